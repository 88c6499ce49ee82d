//! `naba eval clitics`: lists how the clitic segmenter splits the Arabic words of some texts, as
//! `word<TAB>segments` lines (proclitics+article|stem|enclitic), for review by a person; with
//! `--reviewed FILE` it scores those lines against a reviewed sample (`word<TAB>segments<TAB>ok|wrong`,
//! `wrong` lines carry the right split in a fourth column) and prints precision.

use std::collections::BTreeSet;
use std::path::Path;

use crate::pipeline::Pipeline;
use crate::text::lang::Language;
use crate::tokens::{SegmentRole, Token};

/// `ب+ال|بصرة|` style rendering of a token's segmentation, over `text`.
pub fn render(text: &str, token: &Token) -> String {
    let part = |role: SegmentRole| -> String {
        token
            .segments
            .iter()
            .filter(|s| s.role == role)
            .map(|s| s.span.slice(text))
            .collect::<Vec<_>>()
            .join("+")
    };
    let prefix: Vec<&str> = token
        .segments
        .iter()
        .filter(|s| matches!(s.role, SegmentRole::Proclitic | SegmentRole::Article))
        .map(|s| s.span.slice(text))
        .collect();
    format!(
        "{}|{}|{}",
        prefix.join("+"),
        part(SegmentRole::Stem),
        part(SegmentRole::Enclitic)
    )
}

/// Every distinct split word of the Arabic texts in `paths` (gold-dev JSON or plain text files),
/// sorted.
pub fn split_words(
    pipeline: &Pipeline,
    paths: &[&Path],
) -> Result<BTreeSet<(String, String)>, String> {
    let mut words = BTreeSet::new();
    for path in paths {
        for file in super::sentences::json_files(path).unwrap_or_else(|_| vec![path.to_path_buf()])
        {
            let raw =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let text = match serde_json::from_str::<serde_json::Value>(&raw) {
                Ok(json) if json["lang"] == "ar" => {
                    json["text"].as_str().unwrap_or_default().to_string()
                }
                Ok(_) => continue,
                Err(_) => raw,
            };
            let analysis = pipeline.analyze(&text, Language::Arabic, true);
            for token in analysis.tokens.iter().filter(|t| !t.segments.is_empty()) {
                let surface = token.span.slice(&analysis.normalized.text).to_string();
                words.insert((surface, render(&analysis.normalized.text, token)));
            }
        }
    }
    Ok(words)
}

/// Scores the current segmentation of each reviewed word: a split counts as right when it equals
/// the reviewed right split. Returns the report and the precision.
pub fn score(pipeline: &Pipeline, reviewed: &Path) -> Result<(String, f64), String> {
    let raw =
        std::fs::read_to_string(reviewed).map_err(|e| format!("{}: {e}", reviewed.display()))?;
    let (mut right, mut total) = (0usize, 0usize);
    let mut report = String::new();
    for line in raw
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let (word, reviewed_split, verdict) = match fields.as_slice() {
            [w, s, v, ..] => (*w, *s, *v),
            _ => return Err(format!("bad reviewed line: {line:?}")),
        };
        let correct = match verdict {
            "ok" => reviewed_split.to_string(),
            "wrong" => fields.get(3).map(|s| s.to_string()).unwrap_or_default(),
            other => return Err(format!("verdict {other:?} is neither ok nor wrong")),
        };
        let analysis = pipeline.analyze(word, Language::Arabic, true);
        let now = analysis
            .tokens
            .first()
            .map(|t| render(&analysis.normalized.text, t))
            .unwrap_or_default();
        total += 1;
        if now == correct {
            right += 1;
        } else {
            report.push_str(&format!("  {word}: now {now}, right {correct}\n"));
        }
    }
    let precision = if total == 0 {
        0.0
    } else {
        right as f64 / total as f64
    };
    report.push_str(&format!(
        "clitic splits right: {right}/{total} = {precision:.3}\n"
    ));
    Ok((report, precision))
}
