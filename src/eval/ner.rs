//! `naba eval ner --conll FILE --lang ar|en`: conlleval-style precision, recall and F1 per label
//! and micro-averaged, for PERSON, ORGANIZATION, LOCATION and MISC.
//!
//! The text is built as a user would send it: each sentence's tokens joined by single spaces,
//! sentences one per line, 20 sentences to a document (so entity grouping sees context). Returned
//! mentions are mapped to the gold tokens they overlap, so the score includes our own
//! tokenization; a chunk is right when its first and last token and its label are exact.
//! Gold tags: IOB1 or IOB2 `token TAG` lines (CoNLL-U style `index token tag` lines also work);
//! ANERcorp PERS/ORG/LOC/MISC, GMB per/org/geo/gpe (gpe is nationality adjectives: MISC); other
//! types (GMB tim, art, eve, nat) are not scored.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Counts;
use crate::conll::{document_text, label_of, read, SENTENCES_PER_DOCUMENT};
use crate::entities::Label;
use crate::pipeline::{Feature, Options, Pipeline};
use crate::text::lang::parse_language_hint;

/// A labelled chunk: (first token, one past the last token, label), token indices global.
type Chunk = (usize, usize, Label);

/// Gold chunks of a tag sequence (IOB1 or IOB2), offset by `base`, in the recognizer's (and
/// gold-dev's) convention: a person's chunk starts at the name, leading titles cut (`President
/// B-per Bush I-per` is `Bush`), and a chunk of titles alone (`Mr.`) is dropped; a place's chunk
/// starts at the head noun of its name (`ولاية O كاليفورنيا B-LOC` is `ولاية كاليفورنيا`); a
/// country's name is one place (`Czech B-gpe Republic B-geo`, which GMB splits, is `Czech
/// Republic`).
fn gold_chunks(words: &[&str], tags: &[&str], base: usize, out: &mut BTreeSet<Chunk>) {
    let mut previous: Option<Chunk> = None;
    let mut i = 0;
    while i < tags.len() {
        let Some((prefix, kind)) = tags[i].split_once('-') else {
            i += 1;
            continue;
        };
        let _ = prefix;
        let mut j = i + 1;
        while j < tags.len() && tags[j] == format!("I-{kind}") {
            j += 1;
        }
        if let Some(label) = label_of(kind) {
            let mut start = i;
            if label == Label::Person {
                while start < j && is_title(words[start]) {
                    start += 1;
                }
            }
            if label == Label::Location
                && start > 0
                && tags[start - 1] == "O"
                && is_place_head(words[start - 1])
            {
                start -= 1;
            }
            let joined = previous.filter(|&(_, end, _)| {
                label == Label::Location && words[start] == "Republic" && end == base + start
            });
            if let Some(country) = joined {
                out.remove(&country);
                start = country.0 - base;
            }
            if start < j {
                let chunk = (base + start, base + j, label);
                out.insert(chunk);
                previous = Some(chunk);
            }
        }
        i = j;
    }
}

/// An Arabic place head noun, with or without an attached conjunction or preposition (`بولاية`).
fn is_place_head(word: &str) -> bool {
    let key = crate::normalize::search_key(word);
    let mut rest = key.as_str();
    for _ in 0..=2 {
        if crate::entities::is_place_head(rest) {
            return true;
        }
        match rest.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            Some(shorter) => rest = shorter,
            None => return false,
        }
    }
    false
}

fn is_title(word: &str) -> bool {
    let key = crate::normalize::search_key(word);
    crate::entities::is_title_part(key.trim_end_matches('.'))
}

/// Scores the file; returns the report and the micro-averaged counts. With `errors`, the report
/// ends with every chunk the tagger got wrong, in context, so a new feature or rule can be judged
/// on a held-out training part (`naba train ner --hold-out`) by what it fixes and breaks.
pub fn evaluate(
    pipeline: &Pipeline,
    path: &Path,
    language: &str,
    errors: bool,
) -> Result<(String, Counts), String> {
    let sentences = read(path)?;
    let language = parse_language_hint(language)?;
    let options = Options {
        features: vec![Feature::Entities],
        language: Some(language),
        ..Options::default()
    };
    let mut gold: BTreeSet<Chunk> = BTreeSet::new();
    let mut predicted: BTreeSet<Chunk> = BTreeSet::new();
    let mut base = 0;
    let all_words: Vec<&str> = sentences
        .iter()
        .flatten()
        .map(|(word, _)| word.as_str())
        .collect();
    for document in sentences.chunks(SENTENCES_PER_DOCUMENT) {
        let (text, token_spans) = document_text(document);
        let mut first = 0;
        for sentence in document {
            let words: Vec<&str> = sentence.iter().map(|(w, _)| w.as_str()).collect();
            let tags: Vec<&str> = sentence.iter().map(|(_, t)| t.as_str()).collect();
            gold_chunks(&words, &tags, base + first, &mut gold);
            first += sentence.len();
        }
        let enrichment = pipeline.enrich(&text, &options);
        for entity in enrichment.entities.iter().filter(|e| e.label.is_name()) {
            for (span, _) in &entity.mentions {
                let first = token_spans.partition_point(|&(_, end)| end <= span.start);
                let last = token_spans.partition_point(|&(start, _)| start < span.end);
                if first < last {
                    predicted.insert((base + first, base + last, entity.label));
                }
            }
        }
        base += token_spans.len();
    }
    let mut per_label: BTreeMap<Label, Counts> = BTreeMap::new();
    let labels = [
        Label::Person,
        Label::Organization,
        Label::Location,
        Label::Misc,
    ];
    for label in labels {
        let g: BTreeSet<Chunk> = gold.iter().filter(|c| c.2 == label).copied().collect();
        let p: BTreeSet<Chunk> = predicted.iter().filter(|c| c.2 == label).copied().collect();
        per_label.insert(label, Counts::of_sets(&g, &p));
    }
    let mut report = format!(
        "{}: {} sentences, {} tokens, {} gold chunks\n",
        path.display(),
        sentences.len(),
        base,
        gold.len()
    );
    let mut micro = Counts::default();
    for (label, counts) in &per_label {
        report.push_str(&format!("  {:<13} {counts}\n", label.name()));
        micro.add(*counts);
    }
    report.push_str(&format!("  {:<13} {micro}\n", "micro"));
    let mut without_misc = Counts::default();
    for label in [Label::Person, Label::Organization, Label::Location] {
        without_misc.add(per_label[&label]);
    }
    report.push_str(&format!("  {:<13} {without_misc}\n", "micro PER/ORG/LOC"));
    if errors {
        report.push_str(&error_listing(&all_words, &gold, &predicted));
    }
    Ok((report, micro))
}

/// How many words of context an error line shows on each side.
const ERROR_CONTEXT_WORDS: usize = 4;

/// One line per wrong chunk: `LABEL` (same words, other label), `BOUNDARY` (overlapping words),
/// `MISSED`, `SPURIOUS`; the chunk in brackets inside its context, gold first.
fn error_listing(words: &[&str], gold: &BTreeSet<Chunk>, predicted: &BTreeSet<Chunk>) -> String {
    let shown = |chunk: &Chunk| {
        let from = chunk.0.saturating_sub(ERROR_CONTEXT_WORDS);
        let to = (chunk.1 + ERROR_CONTEXT_WORDS).min(words.len());
        format!(
            "{} [{}] {}",
            words[from..chunk.0].join(" "),
            words[chunk.0..chunk.1].join(" "),
            words[chunk.1..to].join(" ")
        )
        .trim()
        .to_string()
    };
    let overlapping = |chunk: &Chunk, others: &BTreeSet<Chunk>| -> Option<Chunk> {
        others
            .iter()
            .find(|other| other.0 < chunk.1 && chunk.0 < other.1)
            .copied()
    };
    let mut out = String::new();
    for chunk in gold.difference(predicted) {
        let line = match overlapping(chunk, predicted) {
            Some(got) if (got.0, got.1) == (chunk.0, chunk.1) => format!(
                "LABEL     {} gold {} got {}",
                shown(chunk),
                chunk.2.name(),
                got.2.name()
            ),
            Some(got) => format!(
                "BOUNDARY  {} gold {} got [{}] {}",
                shown(chunk),
                chunk.2.name(),
                words[got.0..got.1].join(" "),
                got.2.name()
            ),
            None => format!("MISSED    {} gold {}", shown(chunk), chunk.2.name()),
        };
        out.push_str(&line);
        out.push('\n');
    }
    for chunk in predicted.difference(gold) {
        if overlapping(chunk, gold).is_none() {
            out.push_str(&format!(
                "SPURIOUS  {} got {}\n",
                shown(chunk),
                chunk.2.name()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_listed_by_kind_in_context() {
        let words = [
            "Mr.", "Smith", "met", "the", "Red", "Cross", "in", "Paris", "today",
        ];
        let gold: BTreeSet<Chunk> = [
            (1, 2, Label::Person),
            (4, 6, Label::Organization),
            (7, 8, Label::Location),
        ]
        .into_iter()
        .collect();
        let predicted: BTreeSet<Chunk> = [
            (1, 2, Label::Organization),
            (5, 6, Label::Organization),
            (8, 9, Label::Location),
        ]
        .into_iter()
        .collect();
        let listing = error_listing(&words, &gold, &predicted);
        let lines: Vec<&str> = listing.lines().collect();
        assert_eq!(
            lines,
            [
                "LABEL     Mr. [Smith] met the Red Cross gold PERSON got ORGANIZATION",
                "BOUNDARY  Mr. Smith met the [Red Cross] in Paris today gold ORGANIZATION got [Cross] ORGANIZATION",
                "MISSED    the Red Cross in [Paris] today gold LOCATION",
                "SPURIOUS  Red Cross in Paris [today] got LOCATION",
            ]
        );
    }

    #[test]
    fn chunks_read_iob1_and_iob2() {
        let mut out = BTreeSet::new();
        gold_chunks(
            &["a", "b", "c", "d", "e", "f", "g"],
            &["B-PERS", "I-PERS", "O", "I-LOC", "B-geo", "I-geo", "B-tim"],
            0,
            &mut out,
        );
        let expected: BTreeSet<Chunk> = [
            (0, 2, Label::Person),
            (3, 4, Label::Location),
            (4, 6, Label::Location),
        ]
        .into_iter()
        .collect();
        assert_eq!(out, expected);
    }

    #[test]
    fn person_chunks_start_at_the_name() {
        let mut out = BTreeSet::new();
        gold_chunks(
            &[
                "President",
                "Bush",
                "met",
                "Mr.",
                "and",
                "Prime",
                "Minister",
                "Blair",
            ],
            &["B-per", "I-per", "O", "B-per", "O", "B-per", "O", "B-per"],
            0,
            &mut out,
        );
        let expected: BTreeSet<Chunk> = [(1, 2, Label::Person), (7, 8, Label::Person)]
            .into_iter()
            .collect();
        assert_eq!(out, expected);
    }

    #[test]
    fn place_chunks_start_at_their_head_noun() {
        let mut out = BTreeSet::new();
        gold_chunks(
            &[
                "بولاية",
                "كاليفورنيا",
                "و",
                "الولاية",
                "نفسها",
                "منطقة",
                "الخليج",
            ],
            &["O", "B-LOC", "O", "O", "O", "B-LOC", "I-LOC"],
            0,
            &mut out,
        );
        // `الولاية` refers back and is no head; a head inside the chunk stays as it is.
        let expected: BTreeSet<Chunk> = [(0, 2, Label::Location), (5, 7, Label::Location)]
            .into_iter()
            .collect();
        assert_eq!(out, expected);
    }

    #[test]
    fn a_country_split_before_republic_is_one_place() {
        let mut out = BTreeSet::new();
        gold_chunks(
            &[
                "the", "Czech", "Republic", "and", "Serb", "troops", "Republic",
            ],
            &["O", "B-gpe", "B-geo", "O", "B-gpe", "O", "B-geo"],
            0,
            &mut out,
        );
        // Only a Republic right after the name joins it.
        let expected: BTreeSet<Chunk> = [
            (1, 3, Label::Location),
            (4, 5, label_of("gpe").unwrap()),
            (6, 7, Label::Location),
        ]
        .into_iter()
        .collect();
        assert_eq!(out, expected);
    }
}
