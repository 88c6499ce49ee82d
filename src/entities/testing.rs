//! Test support for the construction rules (`arabic_places.rs`, `arabic_organizations.rs`,
//! `english.rs`, grouping): a
//! text's tokens and the tagger mentions a test hands in by their first and last word, so a rule
//! is tested without the trained tagger (retraining cannot change a rule's test).

use super::{EntityMention, Evidence, Label};
use crate::pipeline::{Analysis, Models, Pipeline};
use crate::text::lang::Language;
use crate::text::NormSpan;

/// Tagger mentions a test hands in: (first word, last word, label).
pub(super) type Tagged<'a> = &'a [(&'a str, &'a str, Label)];

/// The Arabic analysis of `text` (which must already be normalized) and the tagger's mentions
/// given as (first word, last word, label).
pub(super) fn arabic_with_names(text: &str, tagged: Tagged) -> (Analysis, Vec<EntityMention>) {
    with_names(text, Language::Arabic, tagged)
}

/// The analysis of `text` in `language` (which must already be normalized) and the tagger's
/// mentions given as (first word, last word, label), each word's first occurrence.
pub(super) fn with_names(
    text: &str,
    language: Language,
    tagged: Tagged,
) -> (Analysis, Vec<EntityMention>) {
    let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
    let analysis = pipeline.analyze(text, language, true);
    assert_eq!(analysis.normalized.text, text);
    let tokens = &analysis.tokens;
    let at = |word: &str| {
        tokens
            .iter()
            .position(|t| t.span.slice(text) == word)
            .unwrap_or_else(|| panic!("{word} is not a token"))
    };
    let names = tagged
        .iter()
        .map(|&(first, last, label)| EntityMention {
            span: NormSpan::new(tokens[at(first)].span.start, tokens[at(last)].span.end),
            label,
            confidence: 1.0,
            tokens: (at(first), at(last) + 1),
            evidence: Evidence::Tagger,
        })
        .collect();
    (analysis, names)
}

/// A one-word tagger mention on the `nth` token (from 0) of `tokens` that reads `word`.
pub(super) fn one_word_mention(
    text: &str,
    tokens: &[crate::tokens::Token],
    word: &str,
    nth: usize,
    label: Label,
) -> EntityMention {
    let i = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.slice(text) == word)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{word} is not a token {nth} times"));
    EntityMention {
        span: tokens[i].span,
        label,
        confidence: 1.0,
        tokens: (i, i + 1),
        evidence: Evidence::Tagger,
    }
}
