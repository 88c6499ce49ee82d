//! Reported speech outside quote marks: a cue, its subject, a complementizer (`إن`/`أن`/`that`)
//! and the clause it introduces; or, with no complementizer, where the language says the report
//! starts (`QuoteLanguage::report_start_without_complementizer`). A cue inside a clause already
//! reported does not open another one, so the clauses never nest and the work stays linear even
//! in a text made of cue verbs.

use crate::quotes::document::{is_quote_mark, Doc};
use crate::quotes::types::{Candidate, QuoteKind};
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// How far after a cue its complementizer may be, in tokens (`وقال حصاد خلال مؤتمر صحافي في
/// مقر وزارة الداخلية في الرباط إنه ...`: eleven).
const COMPLEMENTIZER_WINDOW: usize = 20;
/// How far into a reported clause a hand-over to another cue is looked for, so that a
/// sentence of a million tokens is scanned once, not once per cue.
const CLAUSE_SCAN: usize = 120;
/// A report needs at least this many words (`قال إنه سيعود` is a report; `قال إنه` is not).
const MIN_WORDS: usize = 3;

pub(in crate::quotes) fn find(doc: &Doc, out: &mut Vec<Candidate>) {
    let mut claimed_until = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        if i < claimed_until {
            continue;
        }
        if !doc.is_cue(i) {
            continue;
        }
        if doc.quoted_run_at(token.span.start).is_some() {
            continue;
        }
        let sentence_end = doc.sentence_end(i);
        // The speaker, titles and circumstances may stand between the cue and its complementizer;
        // a quote mark or another cue before it means the complementizer is not this cue's.
        // A name in marks may stand between (`قال لـ "الاقتصادية" حسين آس ... إنه`).
        let limit = (i + COMPLEMENTIZER_WINDOW).min(sentence_end + 1);
        let mut complementizer = None;
        let mut j = i + 1;
        while j < limit && !doc.is_cue(j) {
            if is_quote_mark(&doc.tokens[j]) {
                match doc.after_quoted_name(j) {
                    Some(next) => {
                        j = next;
                        continue;
                    }
                    None => break,
                }
            }
            if doc.lang.is_complementizer(&doc.tokens[j]) {
                complementizer = Some(j);
                break;
            }
            j += 1;
        }
        let clause_start = match complementizer {
            Some(comp) => comp + 1,
            None => match doc.lang.report_start_without_complementizer(doc, i) {
                Some(start) => start,
                None => continue,
            },
        };
        if clause_start > sentence_end {
            continue;
        }
        let next = &doc.tokens[clause_start];
        if is_quote_mark(next) {
            continue; // a direct quote follows; the marks detector has it
        }
        // The clause ends with the sentence, or where a comma hands over to another cue
        // (`إن نتائج حزبه "جد إيجابية"، معتبرا أن ...`).
        let mut end = (clause_start + 1..=sentence_end)
            .take(CLAUSE_SCAN)
            .find(|&j| {
                doc.tokens[j - 1].kind == TokenKind::Punctuation
                    && matches!(doc.tokens[j - 1].key.as_str(), "," | "،" | ";" | "؛")
                    && doc.is_cue(j)
            })
            .map_or(sentence_end, |j| j - 1);
        while end > clause_start && doc.tokens[end].kind == TokenKind::Punctuation {
            end -= 1;
        }
        let words = doc.tokens[clause_start..=end]
            .iter()
            .filter(|t| t.is_word())
            .take(MIN_WORDS)
            .count();
        if words < MIN_WORDS {
            continue;
        }
        out.push(Candidate {
            span: NormSpan::new(next.span.start, doc.tokens[end].span.end),
            kind: QuoteKind::Indirect,
            cue: Some(i),
            cue_span: Some(doc.cue_span(i)),
            unclosed: false,
            start_inferred: false,
        });
        claimed_until = end + 1;
    }
}
