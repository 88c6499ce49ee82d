//! `<clause>, officials said.` / `<clause>, according to X.`: the clause before a cue that ends
//! its sentence. Languages that write reports this way call it from their
//! `find_trailing_attributions`.

use rustc_hash::FxHashMap;

use crate::entities::Label;
use crate::quotes::document::Doc;
use crate::quotes::types::Candidate;
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// The cue and its subject close the sentence: at most this many words after the cue
/// (`..., the ministry's chief spokesman said on Monday.`).
const MAX_WORDS_AFTER_CUE: usize = 4;
/// How far before the cue the comma that ends the clause may be (`..., a senior official said`).
const COMMA_WINDOW: usize = 5;
/// A clause needs at least this many words to be a report.
const MIN_WORDS: usize = 4;

pub(in crate::quotes) fn find(doc: &Doc, out: &mut Vec<Candidate>) {
    // Where each report already found ends, and its latest start there: looked up once per
    // trailing cue, so a text of many `..., officials said.` stays linear.
    let mut report_start_at_end: FxHashMap<usize, usize> = FxHashMap::default();
    for c in out.iter() {
        let start = report_start_at_end
            .entry(c.span.end)
            .or_insert(c.span.start);
        *start = (*start).max(c.span.start);
    }
    for (i, token) in doc.tokens.iter().enumerate() {
        let is_cue = doc.is_speech_verb(i) || doc.is_source_phrase(i);
        if !is_cue || doc.quoted_run_at(token.span.start).is_some() {
            continue;
        }
        let sentence_end = doc.sentence_end(i);
        let rest_words = doc.tokens[i + 1..=sentence_end.max(i)]
            .iter()
            .filter(|t| t.is_word())
            .take(MAX_WORDS_AFTER_CUE + 1)
            .count();
        // A cue with its own complement (`Tom Avery, said that costs rose`) reports that.
        let own_complement = (i + 1..=sentence_end.max(i)).any(|j| doc.opens_complement(j));
        if rest_words > MAX_WORDS_AFTER_CUE || own_complement {
            continue;
        }
        let start = doc.sentence_start(i);
        let Some(comma) = (i.saturating_sub(COMMA_WINDOW).max(start)..i)
            .rev()
            .find(|&j| doc.tokens[j].key == ",")
        else {
            continue;
        };
        if doc.quoted_run_at(doc.tokens[start].span.start).is_some() {
            continue;
        }
        if !doc.has_words(start..comma, MIN_WORDS)
            || doc.tokens[start].kind == TokenKind::Punctuation
        {
            continue;
        }
        // `By 2030, it is predicted that X, according to Y`: the clause already holds a report
        // of its own that ends at the comma; that report is what Y says, not the whole clause.
        let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[comma - 1].span.end);
        if report_start_at_end
            .get(&span.end)
            .is_some_and(|&start| start > span.start)
        {
            continue;
        }
        // `A federal forces spokesman, Ilya Shabalkin, says authorities detained two men`: a
        // person fenced by commas right before the cue is its subject in apposition, and what
        // follows the cue is the report, not the speaker.
        let appositive_person = doc.mention_ending_at(comma - 1).is_some_and(|(m, e)| {
            let first = doc.token_at_or_after(m.start);
            doc.entities[e].label == Label::Person
                && first
                    .checked_sub(1)
                    .is_some_and(|b| b >= start && doc.tokens[b].key == ",")
        });
        if appositive_person {
            continue;
        }
        // `Horiuchi, from the laboratory, said it was safe`: the clause is the cue's subject and
        // its appositive, not what was said.
        let speaker_inside = doc
            .explicit_speaker(i)
            .and_then(|s| s.mention)
            .is_some_and(|m| span.start <= m.start && m.end <= span.end);
        if speaker_inside {
            continue;
        }
        out.push(doc.reported_clause(span, i));
    }
}
