//! Quotes and who said them, over the normalized text, its tokens and the entities.
//!
//! Two stages:
//! 1. **Detection** (`detect/`) proposes quotes with their cue: quoted runs (`marked.rs`, over
//!    the mark pairs of `marks.rs`), colon quotes (`colon.rs`), reported clauses (`reported.rs`)
//!    and, where the language has them, clauses before a sentence-final cue (`trailing.rs`).
//!    Marks around a name or title are not quotes.
//! 2. **Attribution** (`speaker/`) gives each quote its speaker: the one named next to its cue
//!    (EXPLICIT), else the speaker the article is quoting or the last fitting mention
//!    (IMPLICIT), else UNRESOLVED: never a guess without evidence.
//!
//! Everything a language decides lives in its file (`arabic.rs`, `english.rs`) behind the
//! `QuoteLanguage` trait (`language.rs`); `document.rs` holds the per-document indexes. Every step
//! is linear in the number of tokens: look-arounds are bounded by named windows.
//! Not here: finding names (the entity stage), mapping spans to the original text (the pipeline).

mod arabic;
mod detect;
mod document;
mod english;
mod language;
pub mod marks;
mod speaker;
#[cfg(test)]
mod testing;
mod types;

use crate::entities::Entity;
use crate::text;
use crate::text::lang::Language;
use crate::tokens::Token;
use document::Doc;
pub use types::{AttributionMethod, Quote, QuoteKind, Speaker};

/// Finds and attributes quotes.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteAttributor;

impl QuoteAttributor {
    pub fn new() -> Self {
        QuoteAttributor
    }

    /// Quotes of a document in text order. `sentence_of_token[i]` is the sentence of token `i`.
    pub fn attribute(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        entities: &[Entity],
        language: Language,
    ) -> Vec<Quote> {
        let Some(lang) = language::for_language(language) else {
            return Vec::new();
        };
        if tokens.is_empty() {
            return Vec::new();
        }
        let doc = Doc::new(text, tokens, sentence_of_token, entities, lang);
        // Reported clauses first: a quoted run inside one takes its cue (`قال حصاد ... إنه بعد
        // فرز ... جاء "في المقدمة ..."`), however far the cue is.
        let mut clauses = Vec::new();
        let mut cue_of_mark = rustc_hash::FxHashMap::default();
        detect::reported::find(&doc, &mut clauses, &mut cue_of_mark);
        lang.find_trailing_attributions(&doc, &mut clauses);
        clauses.sort_by_key(|c| (c.span.start, c.span.end));
        let mut candidates = Vec::new();
        for run in &doc.runs {
            if let Some(c) = detect::marked::classify_run(&doc, run, &clauses, &cue_of_mark) {
                // A clause whose start was inferred from a stray closing mark, inside a reported
                // clause found from its cue: the same quote, found less well.
                if c.start_inferred && detect::marked::enclosing_clause(&clauses, c.span).is_some()
                {
                    continue;
                }
                candidates.push(c);
            }
        }
        detect::colon::find(&doc, &mut candidates);
        candidates.extend(clauses);
        drop_clauses_read_twice(&doc, &mut candidates);
        candidates.sort_by_key(|c| (c.span.start, c.span.end));
        speaker::resolve::resolve_speakers(&doc, candidates)
    }
}

/// Drops a reported clause that is its cue's own subject (`"...," said a spokesman for the
/// health authority`: who spoke, not what was said) or lies inside a direct or partial quote of
/// the same cue (`told the BBC: "..."`: that quote, read again). Marked quotes are indexed by
/// cue, so the check stays linear however many quotes a text has.
fn drop_clauses_read_twice(doc: &Doc, candidates: &mut Vec<types::Candidate>) {
    let mut marked_by_cue: rustc_hash::FxHashMap<Option<usize>, Vec<text::NormSpan>> =
        rustc_hash::FxHashMap::default();
    for c in candidates.iter().filter(|c| c.kind != QuoteKind::Indirect) {
        marked_by_cue.entry(c.cue).or_default().push(c.span);
    }
    let within = |inner: text::NormSpan, outer: text::NormSpan| {
        outer.start <= inner.start && inner.end <= outer.end
    };
    candidates.retain(|c| {
        if c.kind != QuoteKind::Indirect {
            return true;
        }
        let subject = c
            .cue
            .and_then(|cue| doc.explicit_speaker(cue))
            .and_then(|s| s.mention);
        let is_subject = subject.is_some_and(|m| within(c.span, m));
        let read_again = marked_by_cue
            .get(&c.cue)
            .is_some_and(|spans| spans.iter().any(|&span| within(c.span, span)));
        !is_subject && !read_again
    });
}
