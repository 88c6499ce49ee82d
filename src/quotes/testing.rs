//! Rule tests without the entity tagger: a sentence, the entities a test says are in it, and the
//! quotes the stage must return, exactly. Retraining the tagger cannot change these results, and
//! a boundary that moves by one word fails them.

use std::sync::OnceLock;

use super::{AttributionMethod, QuoteAttributor, QuoteKind};
use crate::entities::{Entity, Label};
use crate::label::Gender;
use crate::pipeline::{Models, Pipeline};
use crate::text::lang::Language;
use crate::text::NormSpan;

/// The text layer alone (normalizer, sentences, tokens with clitics): no tagger.
fn text_layer() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::load_with_models(Models::None).expect("lexicons load"))
}

/// A quote as a test states it: kind, exact quoted text, cue text, speaker name (empty:
/// unresolved) and method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Seen {
    pub kind: QuoteKind,
    pub text: String,
    pub cue: String,
    pub speaker: String,
    pub method: AttributionMethod,
}

/// Shorthand for an expected quote.
pub(super) fn seen(
    kind: QuoteKind,
    text: &str,
    cue: &str,
    speaker: &str,
    method: AttributionMethod,
) -> Seen {
    Seen {
        kind,
        text: text.to_string(),
        cue: cue.to_string(),
        speaker: speaker.to_string(),
        method,
    }
}

/// One entity of a test: its surface forms (the first is its name), label and roles. Every
/// whole-word occurrence of a form is a mention.
pub(super) struct Given<'a> {
    pub forms: &'a [&'a str],
    pub label: Label,
    pub roles: &'a [&'a str],
    /// What the entity stage read off the given name (`أحمد`: masculine).
    pub gender: Option<Gender>,
}

pub(super) const fn person<'a>(forms: &'a [&'a str]) -> Given<'a> {
    Given {
        forms,
        label: Label::Person,
        roles: &[],
        gender: None,
    }
}

/// A person whose given name the name lists know the gender of.
pub(super) const fn gendered_person<'a>(forms: &'a [&'a str], gender: Gender) -> Given<'a> {
    Given {
        gender: Some(gender),
        ..person(forms)
    }
}

pub(super) const fn organization<'a>(forms: &'a [&'a str]) -> Given<'a> {
    Given {
        forms,
        label: Label::Organization,
        roles: &[],
        gender: None,
    }
}

/// The quotes of `text` (already in normalized form) given `entities`.
pub(super) const fn place<'a>(forms: &'a [&'a str]) -> Given<'a> {
    Given {
        forms,
        label: Label::Location,
        roles: &[],
        gender: None,
    }
}

pub(super) fn quotes(language: Language, text: &str, entities: &[Given]) -> Vec<Seen> {
    let analysis = text_layer().analyze(text, language, true);
    let normalized = analysis.normalized.text.as_str();
    assert_eq!(
        normalized, text,
        "test texts are written in normalized form"
    );
    let tokens = &analysis.tokens;
    let entities: Vec<Entity> = entities
        .iter()
        .map(|given| {
            let mut mentions = Vec::new();
            for form in given.forms {
                for (at, _) in text.match_indices(form) {
                    let end = at + form.len();
                    // Whole words only: the form starts where a token or its name starts, and
                    // ends where a token ends.
                    let starts = tokens
                        .iter()
                        .any(|t| t.span.start == at || t.name_span().start == at);
                    let ends = tokens.iter().any(|t| t.span.end == end);
                    let inside_other = mentions
                        .iter()
                        .any(|(m, _): &(NormSpan, f32)| m.start <= at && end <= m.end);
                    if starts && ends && !inside_other {
                        mentions.push((NormSpan::new(at, end), 1.0));
                    }
                }
            }
            mentions.sort_by_key(|(m, _)| m.start);
            Entity {
                name: given.forms[0].to_string(),
                label: given.label,
                mentions,
                roles: given.roles.iter().map(|r| r.to_string()).collect(),
                gender: given.gender,
            }
        })
        .collect();
    QuoteAttributor::new()
        .attribute(
            normalized,
            tokens,
            &analysis.sentence_of_token,
            &entities,
            language,
        )
        .into_iter()
        .map(|q| Seen {
            kind: q.kind,
            text: q.span.slice(normalized).to_string(),
            cue: q
                .cue
                .map_or(String::new(), |c| c.slice(normalized).to_string()),
            speaker: q.speaker.name,
            method: q.speaker.method,
        })
        .collect()
}

/// Runs a table of cases; every failure is reported, not only the first. Each text cut after
/// each of its words is run too, for no rule may look past the end of a text (`ودعا الوزير
/// السيد` with nothing after the subject once panicked).
pub(super) fn check(language: Language, cases: &[(&str, &[Given], &[Seen])]) {
    for (text, entities, _) in cases {
        for (cut, _) in text.match_indices(' ') {
            quotes(language, &text[..cut], entities);
        }
    }
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, entities, expected)| {
            let got = quotes(language, text, entities);
            (got != *expected).then(|| format!("{text}\n  expected {expected:#?}\n  got {got:#?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
