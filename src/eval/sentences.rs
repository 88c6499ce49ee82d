//! `naba eval sentences`: boundary precision/recall/F1 against hand-split text, per language.
//!
//! A boundary is the code-point offset where a sentence ends, trailing white space trimmed (the
//! scoring rule of `shared/data/gold-dev/README.md`). Inputs: gold-dev article files (`text`,
//! `lang`, `sentences` as substrings in order) and case files (`{"cases": [{"text", "sentences"}]}`,
//! English) such as `tests/data/golden_rules_en.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::{char_offset, Counts};
use crate::pipeline::{Feature, Options, Pipeline};
use crate::text::lang::parse_language_hint;

#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    id: String,
    #[serde(default = "english")]
    lang: String,
    text: String,
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct CaseFile {
    cases: Vec<Article>,
}

fn english() -> String {
    "en".into()
}

/// One scored document.
pub struct DocumentScore {
    pub id: String,
    pub lang: String,
    pub counts: Counts,
    /// Gold sentences whose end was missed, and predicted sentences that end where gold does not.
    pub errors: Vec<String>,
}

/// End offsets (code points) of `sentences` found in order in `text`.
fn gold_boundaries(text: &str, sentences: &[String]) -> Result<BTreeSet<usize>, String> {
    let mut cursor = 0;
    let mut ends = BTreeSet::new();
    for sentence in sentences {
        let found = text[cursor..]
            .find(sentence.as_str())
            .ok_or_else(|| format!("gold sentence not found in order: {sentence:?}"))?;
        let end = cursor + found + sentence.trim_end().len();
        ends.insert(char_offset(text, end));
        cursor = end;
    }
    Ok(ends)
}

fn score_article(pipeline: &Pipeline, article: &Article) -> Result<DocumentScore, String> {
    let gold = gold_boundaries(&article.text, &article.sentences)?;
    let options = Options {
        features: vec![Feature::Sentences],
        language: Some(parse_language_hint(&article.lang)?),
        ..Options::default()
    };
    let enrichment = pipeline.enrich(&article.text, &options);
    let predicted: BTreeSet<usize> = enrichment
        .sentences
        .iter()
        .map(|s| char_offset(&article.text, s.span.end))
        .collect();
    let counts = Counts::of_sets(&gold, &predicted);
    let chars: Vec<char> = article.text.chars().collect();
    let context = |at: usize| -> String {
        let from = at.saturating_sub(30);
        let to = (at + 20).min(chars.len());
        format!(
            "{}‖{}",
            chars[from..at].iter().collect::<String>(),
            chars[at..to].iter().collect::<String>()
        )
        .replace('\n', "⏎")
    };
    let mut errors = Vec::new();
    for missed in gold.difference(&predicted) {
        errors.push(format!("missed   {}", context(*missed)));
    }
    for extra in predicted.difference(&gold) {
        errors.push(format!("spurious {}", context(*extra)));
    }
    Ok(DocumentScore {
        id: article.id.clone(),
        lang: article.lang.clone(),
        counts,
        errors,
    })
}

fn read_articles(path: &Path) -> Result<Vec<Article>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Ok(file) = serde_json::from_str::<CaseFile>(&text) {
        return Ok(file
            .cases
            .into_iter()
            .enumerate()
            .map(|(i, mut c)| {
                c.id = format!(
                    "{}#{}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    i + 1
                );
                c
            })
            .collect());
    }
    let article: Article =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(vec![article])
}

/// JSON files of `path` (a file, or the `.json` files of a folder).
pub(crate) fn json_files(path: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<_> = std::fs::read_dir(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Scores every article in `paths`; returns the report and the per-language totals.
pub fn evaluate(
    pipeline: &Pipeline,
    paths: &[&Path],
    verbose: bool,
) -> Result<(String, BTreeMap<String, Counts>), String> {
    let mut report = String::new();
    let mut totals: BTreeMap<String, Counts> = BTreeMap::new();
    for path in paths {
        let mut source_total = Counts::default();
        for file in json_files(path)? {
            for article in read_articles(&file)? {
                let score = score_article(pipeline, &article)?;
                totals
                    .entry(score.lang.clone())
                    .or_default()
                    .add(score.counts);
                source_total.add(score.counts);
                if verbose || score.counts.fp + score.counts.fn_ > 0 {
                    if verbose {
                        report.push_str(&format!("  {:<28} {}\n", score.id, score.counts));
                    }
                    for error in &score.errors {
                        report.push_str(&format!("    {} {error}\n", score.id));
                    }
                }
            }
        }
        report.push_str(&format!("{}: {}\n", path.display(), source_total));
    }
    for (lang, counts) in &totals {
        report.push_str(&format!("language {lang}: {counts}\n"));
    }
    Ok((report, totals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_boundaries_are_code_point_ends_without_trailing_space() {
        let text = "أهلاً بكم. Hello there!  Bye.";
        let sentences = vec![
            "أهلاً بكم.".to_string(),
            "Hello there!  ".to_string(),
            "Bye.".to_string(),
        ];
        let ends = gold_boundaries(text, &sentences).unwrap();
        assert_eq!(ends.into_iter().collect::<Vec<_>>(), vec![10, 23, 29]);
    }
}
