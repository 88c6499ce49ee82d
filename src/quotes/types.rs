//! The quote stage's types: what callers get (`Quote`, `Speaker`, `QuoteKind`,
//! `AttributionMethod`) and what detection hands to attribution (`Candidate`).

use crate::text::NormSpan;

/// The form of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// Inside quote marks, or after a colon, with the cue right beside it.
    Direct,
    /// A few quoted words inside the writer's own sentence.
    Partial,
    /// Reported speech without marks.
    Indirect,
}

/// How the speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributionMethod {
    /// Named next to the cue.
    Explicit,
    /// Not named at the quote (pro-drop, a pronoun, a chained participle, a quote with no cue):
    /// carried from the speaker the article was quoting.
    Implicit,
    /// No speaker with enough evidence.
    Unresolved,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// Canonical entity name or descriptive phrase; empty when unresolved.
    pub name: String,
    pub entity: Option<usize>,
    /// The text naming the speaker next to the quote; None when implicit.
    pub mention: Option<NormSpan>,
    pub method: AttributionMethod,
}

impl Speaker {
    pub(super) fn unresolved() -> Speaker {
        Speaker {
            name: String::new(),
            entity: None,
            mention: None,
            method: AttributionMethod::Unresolved,
        }
    }
}

/// One attributed quote, spans over the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub span: NormSpan,
    pub kind: QuoteKind,
    pub cue: Option<NormSpan>,
    pub speaker: Speaker,
    pub confidence: f32,
    pub unclosed: bool,
    pub start_inferred: bool,
}

/// A quote found by a detector, before attribution.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    pub span: NormSpan,
    pub kind: QuoteKind,
    /// Token index of the cue, if any.
    pub cue: Option<usize>,
    pub cue_span: Option<NormSpan>,
    pub unclosed: bool,
    pub start_inferred: bool,
}
