//! `naba eval entities DIR`: named entities as a reader of the article sees them, against the
//! gold-dev articles, with the scoring rule of `shared/data/gold-dev/README.md`: per document,
//! the set of (normalized surface, type) for PERSON, ORGANIZATION and LOCATION (GPE counts as
//! LOCATION) against the set of mention surfaces the service returns; micro P/R/F1 over
//! documents, per language and per label. `naba eval ner` is the token-level measure on CoNLL
//! files; this one asks whether each name of the article was found at all.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::{comparison_form, Counts};
use crate::entities::Label;
use crate::pipeline::{Enrichment, Feature, Options, Pipeline};
use crate::text::lang::parse_language_hint;

#[derive(Deserialize)]
struct GoldEntity {
    text: String,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Deserialize)]
struct Article {
    id: String,
    lang: String,
    text: String,
    entities: Vec<GoldEntity>,
}

/// The labels scored, by their gold-dev type names.
fn label_of_gold_type(kind: &str) -> Option<Label> {
    match kind {
        "PERSON" => Some(Label::Person),
        "ORG" => Some(Label::Organization),
        "LOC" | "GPE" => Some(Label::Location),
        _ => None,
    }
}

/// Counts per (language, label name); "ALL" sums the three labels.
pub type Totals = BTreeMap<(String, &'static str), Counts>;

/// Scores every gold-dev article under `path`; `verbose` adds each article's line and its
/// missed and spurious names.
pub fn evaluate(
    pipeline: &Pipeline,
    path: &Path,
    verbose: bool,
) -> Result<(String, Totals), String> {
    let mut totals: Totals = BTreeMap::new();
    let mut report = String::new();
    for file in super::sentences::json_files(path)? {
        let raw = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let Ok(article) = serde_json::from_str::<Article>(&raw) else {
            continue;
        };
        let options = Options {
            features: vec![Feature::Entities],
            language: Some(parse_language_hint(&article.lang)?),
            ..Options::default()
        };
        let enrichment = pipeline.enrich(&article.text, &options);
        let text = article.text.as_str();
        let gold: BTreeSet<(String, Label)> = article
            .entities
            .iter()
            .filter_map(|e| Some((comparison_form(&e.text), label_of_gold_type(&e.kind)?)))
            .filter(|(surface, _)| !surface.is_empty())
            .collect();
        let predicted = named_mentions(&enrichment, text);
        let mut document = Counts::default();
        for label in [Label::Person, Label::Organization, Label::Location] {
            let of = |set: &BTreeSet<(String, Label)>| -> BTreeSet<String> {
                set.iter()
                    .filter(|(_, l)| *l == label)
                    .map(|(s, _)| s.clone())
                    .collect()
            };
            let counts = Counts::of_sets(&of(&gold), &of(&predicted));
            document.add(counts);
            totals
                .entry((article.lang.clone(), label.name()))
                .or_default()
                .add(counts);
        }
        totals
            .entry((article.lang.clone(), "ALL"))
            .or_default()
            .add(document);
        if verbose {
            report.push_str(&format!("{:<9} {document}\n", article.id));
            for (surface, label) in gold.difference(&predicted) {
                report.push_str(&format!("  missed   {:<13} {surface}\n", label.name()));
            }
            for (surface, label) in predicted.difference(&gold) {
                report.push_str(&format!("  spurious {:<13} {surface}\n", label.name()));
            }
        }
    }
    for ((lang, label), counts) in &totals {
        report.push_str(&format!("{lang} {label:<13} {counts}\n"));
    }
    Ok((report, totals))
}

/// The PERSON, ORGANIZATION and LOCATION mentions of an enrichment of `text`, as compared with
/// gold names: (surface in comparison form, label).
pub fn named_mentions(enrichment: &Enrichment, text: &str) -> BTreeSet<(String, Label)> {
    enrichment
        .entities
        .iter()
        .filter(|e| {
            matches!(
                e.label,
                Label::Person | Label::Organization | Label::Location
            )
        })
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |(span, _)| (comparison_form(span.slice(text)), e.label))
        })
        .filter(|(surface, _)| !surface.is_empty())
        .collect()
}
