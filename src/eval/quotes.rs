//! `naba eval quotes DIR`: quote detection and attribution against the gold-dev articles, with
//! the scoring rules of `shared/data/gold-dev/README.md`: separately for direct+partial and for
//! indirect quotes, a returned quote matches a gold one when their spans overlap on at least half
//! of the gold quote (one-to-one, greedy); speaker accuracy over matched quotes (the returned name
//! equals, contains or is contained in the gold speaker or one of its surface forms, after
//! normalization; a pronoun is never a speaker name nor a form to match); attribution F1 counts a quote right only when matched and correctly attributed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{char_offset, comparison_form as normalized, Counts};
use crate::pipeline::{Feature, Options, Pipeline};
use crate::quotes::QuoteKind;
use crate::text::lang::parse_language_hint;

#[derive(Deserialize)]
struct GoldQuote {
    text: String,
    kind: String,
    speaker: Option<String>,
    speaker_mention: Option<String>,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct GoldEntity {
    text: String,
    canonical: String,
}

#[derive(Deserialize)]
struct Article {
    id: String,
    lang: String,
    text: String,
    #[serde(default)]
    entities: Vec<GoldEntity>,
    quotes: Vec<GoldQuote>,
}

/// Scores for one group of quotes (direct+partial, or indirect).
#[derive(Clone, Copy, Debug, Default)]
pub struct GroupScore {
    pub detection: Counts,
    pub speaker_right: usize,
    pub attribution: Counts,
}

impl GroupScore {
    fn add(&mut self, other: GroupScore) {
        self.detection.add(other.detection);
        self.speaker_right += other.speaker_right;
        self.attribution.add(other.attribution);
    }

    pub fn speaker_accuracy(&self) -> f64 {
        if self.detection.tp == 0 {
            0.0
        } else {
            self.speaker_right as f64 / self.detection.tp as f64
        }
    }
}

/// Personal pronouns in the comparison form. The gold-dev rules say a pronoun is never a speaker
/// name nor a surface form to match: `he` names nobody (and as a substring it would "match" Shell).
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we", "you", "me",
    "us", "هو", "هي", "هم", "هما", "هن", "انا", "نحن", "انت", "انتم", "انتي",
];

fn is_pronoun(normalized: &str) -> bool {
    PRONOUNS.contains(&normalized)
}

fn speaker_matches(predicted: &str, gold_forms: &[String]) -> bool {
    let predicted = normalized(predicted);
    !predicted.is_empty()
        && !is_pronoun(&predicted)
        && gold_forms.iter().any(|g| {
            !g.is_empty()
                && !is_pronoun(g)
                && (g == &predicted || g.contains(&predicted) || predicted.contains(g.as_str()))
        })
}

/// (start, end, speaker name) in code points, for one group.
type Span = (usize, usize, String);

/// How one quote went wrong, for `--errors`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// A gold quote nothing matched (its index among the group's gold quotes).
    Missed(usize),
    /// A gold quote matched by a prediction with another speaker (gold index, prediction index).
    WrongSpeaker(usize, usize),
    /// A prediction that matched no gold quote (its index).
    Spurious(usize),
}

fn score_group(gold: &[(Span, Vec<String>)], predicted: &[Span]) -> (GroupScore, Vec<QuoteError>) {
    let mut used = vec![false; predicted.len()];
    let mut score = GroupScore::default();
    let mut errors = Vec::new();
    for (g, ((gs, ge, _), forms)) in gold.iter().enumerate() {
        let half = (ge - gs).div_ceil(2).max(1);
        let best = predicted
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, (ps, pe, _))| (i, ge.min(pe).saturating_sub(*gs.max(ps))))
            .filter(|&(_, overlap)| overlap >= half)
            .max_by_key(|&(_, overlap)| overlap);
        match best {
            Some((i, _)) => {
                used[i] = true;
                score.detection.tp += 1;
                if speaker_matches(&predicted[i].2, forms) {
                    score.speaker_right += 1;
                    score.attribution.tp += 1;
                } else {
                    score.attribution.fn_ += 1;
                    score.attribution.fp += 1;
                    errors.push(QuoteError::WrongSpeaker(g, i));
                }
            }
            None => {
                score.detection.fn_ += 1;
                score.attribution.fn_ += 1;
                errors.push(QuoteError::Missed(g));
            }
        }
    }
    for (i, _) in used.iter().enumerate().filter(|(_, u)| !**u) {
        score.detection.fp += 1;
        score.attribution.fp += 1;
        errors.push(QuoteError::Spurious(i));
    }
    (score, errors)
}

/// How much `evaluate` reports beyond the totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    Totals,
    /// A table row per article.
    Documents,
    /// Every missed, spurious and misattributed quote, with its text.
    Errors,
}

/// The first `n` characters of `text` on one line.
fn excerpt(text: &str, n: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    match flat.char_indices().nth(n) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

/// Scores per (language, group).
pub type Totals = BTreeMap<(String, &'static str), GroupScore>;

/// Scores every gold-dev article under `path`; returns the report and the totals per
/// (language, group).
pub fn evaluate(
    pipeline: &Pipeline,
    path: &Path,
    detail: Detail,
) -> Result<(String, Totals), String> {
    let mut totals: Totals = BTreeMap::new();
    let mut report = String::new();
    if detail == Detail::Documents {
        report.push_str("article   d+p: gold  det F1  speaker  attr F1 | indirect: gold  det F1  speaker  attr F1\n");
    }
    for file in super::sentences::json_files(path)? {
        let raw = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let Ok(article) = serde_json::from_str::<Article>(&raw) else {
            continue; // not a gold-dev article (e.g. a case file)
        };
        let options = Options {
            features: vec![Feature::Entities, Feature::Quotes],
            language: Some(parse_language_hint(&article.lang)?),
            ..Options::default()
        };
        let enrichment = pipeline.enrich(&article.text, &options);
        let mut row = format!("{:<9}", article.id);
        for (group, is_group) in [("direct+partial", true), ("indirect", false)] {
            let in_group = |kind: &str| (kind != "indirect") == is_group;
            let gold_quotes: Vec<&GoldQuote> = article
                .quotes
                .iter()
                .filter(|q| in_group(&q.kind))
                .collect();
            let gold: Vec<(Span, Vec<String>)> = gold_quotes
                .iter()
                .map(|q| {
                    let speaker = q.speaker.clone().unwrap_or_default();
                    let mut forms: Vec<String> = article
                        .entities
                        .iter()
                        .filter(|e| e.canonical == speaker)
                        .map(|e| normalized(&e.text))
                        .collect();
                    forms.push(normalized(&speaker));
                    forms.extend(q.speaker_mention.as_deref().map(normalized));
                    ((q.start, q.end, speaker), forms)
                })
                .collect();
            let predicted_quotes: Vec<_> = enrichment
                .quotes
                .iter()
                .filter(|q| (q.kind != QuoteKind::Indirect) == is_group)
                .collect();
            let predicted: Vec<Span> = predicted_quotes
                .iter()
                .map(|q| {
                    (
                        char_offset(&article.text, q.span.start),
                        char_offset(&article.text, q.span.end),
                        q.speaker_name.clone(),
                    )
                })
                .collect();
            let (score, errors) = score_group(&gold, &predicted);
            row.push_str(&format!(
                "{:>10}  {:>6.3}  {:>7.3}  {:>7.3} |",
                gold.len(),
                score.detection.f1(),
                score.speaker_accuracy(),
                score.attribution.f1()
            ));
            if detail == Detail::Errors {
                for error in errors {
                    let line = match error {
                        QuoteError::Missed(g) => format!(
                            "MISSED   [{}] {}  <- {:?}",
                            gold_quotes[g].kind,
                            excerpt(&gold_quotes[g].text, 70),
                            gold[g].0 .2
                        ),
                        QuoteError::WrongSpeaker(g, p) => format!(
                            "SPEAKER  [{}] {}  gold {:?}, got {:?} ({:?})",
                            gold_quotes[g].kind,
                            excerpt(&gold_quotes[g].text, 50),
                            gold[g].0 .2,
                            predicted[p].2,
                            predicted_quotes[p].method
                        ),
                        QuoteError::Spurious(p) => {
                            let q = predicted_quotes[p];
                            format!(
                                "SPURIOUS [{:?}] {}  <- {:?}",
                                q.kind,
                                excerpt(&article.text[q.span.start..q.span.end], 70),
                                q.speaker_name
                            )
                        }
                    };
                    report.push_str(&format!("{} {group}: {line}\n", article.id));
                }
            }
            totals
                .entry((article.lang.clone(), group))
                .or_default()
                .add(score);
        }
        if detail == Detail::Documents {
            report.push_str(row.trim_end_matches('|'));
            report.push('\n');
        }
    }
    for ((lang, group), score) in &totals {
        report.push_str(&format!(
            "{lang} {group:<15} detection {}\n{lang} {group:<15} speaker accuracy {:.3} ({}/{} matched)  attribution {}\n",
            score.detection,
            score.speaker_accuracy(),
            score.speaker_right,
            score.detection.tp,
            score.attribution
        ));
    }
    Ok((report, totals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_needs_half_the_gold_quote_and_is_one_to_one() {
        let forms = |s: &str| vec![normalized(s)];
        let gold = vec![
            ((0, 10, "Ali".to_string()), forms("Ali")),
            ((20, 30, "Mona".to_string()), forms("Mona")),
        ];
        let predicted = vec![
            (0, 5, "Ali".to_string()), // overlaps 5 of 10: enough, but the next overlaps more
            (2, 9, "Ali".to_string()), // overlaps 7 of 10: the greedy match
            (26, 40, "Mona".to_string()), // overlaps 4 of 10: no match
        ];
        let (score, errors) = score_group(&gold, &predicted);
        assert_eq!(
            errors,
            vec![
                QuoteError::Missed(1),
                QuoteError::Spurious(0),
                QuoteError::Spurious(2)
            ]
        );
        // One match; the two other predictions are false positives; Mona's quote is missed.
        assert_eq!(
            (score.detection.tp, score.detection.fp, score.detection.fn_),
            (1, 2, 1)
        );
        assert_eq!(score.speaker_right, 1);
        assert!(speaker_matches("مصطفى الكاظمي", &[normalized("الكاظمي")]));
        assert!(!speaker_matches("", &[normalized("الكاظمي")]));
        // A pronoun is never a speaker name, nor a form that a name could contain.
        assert!(!speaker_matches(
            "He",
            &[normalized("he"), normalized("Smith")]
        ));
        assert!(!speaker_matches("Shell", &[normalized("he")]));
        assert!(speaker_matches(
            "Shell",
            &[normalized("he"), normalized("Shell")]
        ));
    }
}
