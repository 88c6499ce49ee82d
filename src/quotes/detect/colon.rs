//! Quotes introduced by a colon without quote marks: `قال: ...` and the headline form
//! `الكاظمي من البصرة: ...` (a person opening a short head, then the words).

use crate::entities::Label;
use crate::quotes::document::Doc;
use crate::quotes::types::{Candidate, QuoteKind};
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// How many tokens a headline's head may have before its colon (`الكاظمي من البصرة:`).
const HEADLINE_HEAD: usize = 6;
/// How many words the speaker named between a cue and its colon may have (`وقال الملحق
/// الثقافي:`).
const SPEAKER_BEFORE_COLON: usize = 6;
/// How far before its colon a cue may be when the occasion of the saying stands between
/// (`وقال في تصريح صحفي لـ "الرياض":`: nine tokens).
const OCCASION_BEFORE_COLON: usize = 10;
/// Fewer words than this after a colon are a label or a list item, not words spoken.
const MIN_WORDS: usize = 3;

pub(in crate::quotes) fn find(doc: &Doc, out: &mut Vec<Candidate>) {
    let runs = &doc.runs;
    for (i, token) in doc.tokens.iter().enumerate() {
        if token.key != ":" || i == 0 || i + 1 >= doc.tokens.len() {
            continue;
        }
        if doc.quoted_run_at(token.span.start).is_some() {
            continue;
        }
        let left_start = doc.sentence_start(i);
        let right_end = doc.sentence_end(i);
        if right_end <= i {
            continue;
        }
        let words_right = doc.tokens[i + 1..=right_end]
            .iter()
            .filter(|t| t.is_word())
            .take(MIN_WORDS)
            .count();
        // A quote mark opening later in the sentence: the marks detector has that quote.
        let next_run = runs.partition_point(|r| r.content.start <= token.span.start);
        let run_opens_later = runs[next_run..]
            .iter()
            .find_map(|r| r.open)
            .is_some_and(|o| o < doc.tokens[right_end].span.end);
        // A bulleted list after the colon (`وفق ما أعلن عنه المعهد : *ولاية تونس: من 24 إلى
        // 70 *ولاية منوبة ...`): figures or items the writer lists, not words spoken.
        let list = matches!(doc.tokens[i + 1].key.as_str(), "*" | "•" | "●" | "▪");
        if words_right < MIN_WORDS || run_opens_later || list {
            continue;
        }
        // `قال: ...`, a chaining participle's `قائلا: ...`, and a cue with its speaker between
        // (`وقال الملحق الثقافي: إن ...`).
        let verb = (i.saturating_sub(SPEAKER_BEFORE_COLON + 1)..i)
            .rev()
            .take_while(|&k| doc.same_sentence(k, i) && doc.tokens[k].is_word())
            .find(|&k| doc.is_speech_verb(k) || doc.is_chaining(k))
            .filter(|&k| {
                k + 1 == i
                    || doc
                        .explicit_speaker(k)
                        .and_then(|s| s.mention)
                        .is_some_and(|m| m.end >= doc.tokens[i - 1].span.end)
            });
        // `وقال في تصريح لـ"الرياض": ...`: the occasion and the addressee between.
        let verb = verb.or_else(|| {
            (i.saturating_sub(OCCASION_BEFORE_COLON)..i)
                .rev()
                .take_while(|&k| doc.same_sentence(k, i))
                .find(|&k| doc.is_speech_verb(k))
                .filter(|&k| doc.lang.skip_speech_circumstance(doc, k, k + 1) == i)
        });
        let verb_before = verb.is_some();
        // A byline or dateline (`سامي علي- الرياض: أكد الوزير ...`) has dashes in its head, and
        // the reporter's own sentence after it opens with a cue: narration, not a quote.
        let byline = doc.tokens[left_start..i]
            .iter()
            .any(|t| matches!(t.key.as_str(), "-" | "–" | "—"))
            || doc.is_speech_verb(i + 1);
        let headline_speaker = i - left_start <= HEADLINE_HEAD
            && !byline
            && doc
                .mention_starting_at(left_start)
                .is_some_and(|(_, e)| doc.entities[e].label == Label::Person);
        if !(verb_before || headline_speaker) {
            continue;
        }
        // The sentence's closing punctuation and a stray closing mark (`: ... الصحيح".`) are
        // no part of the words; a question or an exclamation is.
        let mut last = right_end;
        while last > i + 1
            && doc.tokens[last].kind == TokenKind::Punctuation
            && !matches!(doc.tokens[last].key.as_str(), "?" | "؟" | "!")
        {
            last -= 1;
        }
        let end = doc.tokens[last].span.end;
        let cue = verb.unwrap_or(i);
        out.push(Candidate {
            span: NormSpan::new(doc.tokens[i + 1].span.start, end),
            kind: QuoteKind::Direct,
            cue: Some(cue),
            cue_span: Some(if verb_before {
                doc.cue_span(cue)
            } else {
                token.span
            }),
            unclosed: false,
            start_inferred: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::testing::{check, organization, person, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect},
    };
    use crate::text::lang::Language;

    #[test]
    fn a_headline_colon_quotes_its_person_but_a_byline_does_not() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "سامي العلي من الرياض: لن نتراجع عن هذا القرار أبدا",
                &[person(&["سامي العلي"])],
                &[seen(
                    Direct,
                    "لن نتراجع عن هذا القرار أبدا",
                    ":",
                    "سامي العلي",
                    Explicit,
                )],
            ),
            (
                "سامي العلي- الرياض: أكد وزير النقل أن المشروع سيكتمل قبل الصيف.",
                &[person(&["سامي العلي"])],
                &[seen(
                    Indirect,
                    "المشروع سيكتمل قبل الصيف",
                    "أكد",
                    "وزير النقل",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_bulleted_list_after_a_colon_is_not_speech() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "وقال المعهد الوطني للرصد الجوي: *ولاية تونس من 24 إلى 70 مليمترا *ولاية منوبة من 10 إلى 85 مليمترا",
            &[organization(&["المعهد الوطني للرصد الجوي"])],
            &[],
        )];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_occasion_and_addressee_may_stand_between_a_cue_and_its_colon() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "وزار سامي العلي المصنع أمس. وقال في تصريح صحفي ل\"الرياض\": نحن على يقين أن العمل سيكتمل قريبا",
            &[person(&["سامي العلي"])],
            &[
                seen(
                    Direct,
                    "نحن على يقين أن العمل سيكتمل قريبا",
                    "قال",
                    "سامي العلي",
                    Implicit,
                ),
            ],
        )];
        check(Language::Arabic, cases);
    }
}
