//! Given names read off unlabeled text with the shipped Arabic tagger (`naba build news-names`
//! writes `resources/lexicons/news_given_names.tsv`): a word that opens the names the tagger
//! finds in the Tunisian radio news and the Wikipedia sample of `unlabeled-ar`, in at least half
//! of the places it occurs, is a given name (`سفيان`, `لمياء`, `دونالد`, `كريستينا`). The
//! arabic-names lists behind `first_names.tsv` have about 850 names and few Maghrebi or foreign
//! ones; news is full of both.
//!
//! The entity rules use the list where a construction already says "a name goes here" (after a
//! title, between a role and its comma). The tagger does not: its `first_names.tsv` feature is
//! as the shipped model was trained, and the list is read off that tagger's own output.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::Path;

use crate::pipeline::Pipeline;
use crate::text::lang::Language;
use crate::tokens::arabic::light_key;

/// Fewer names opened than this and a word is not known well enough (a typo, a one-off).
const MIN_NAME_STARTS: usize = 3;
/// The share of names opened among a word's sightings (names opened + times outside any
/// name). The tagger misses many of the names it would list, so the bar is low: `سفيان` opens
/// 43 names and stands 102 times outside one, `لمياء` 14 and 24, `لطفي` 53 and 59; an ordinary
/// word falls short (`خليفة` 80 and 375, `هيكل` 20 and 192).
const MIN_NAME_SHARE: f64 = 0.25;

/// Counts, per word (`light_key` form, no proclitic), how often it is the first word of a name
/// of two words or more that the tagger found, and how often it stands outside any name (a
/// word inside a name, `أبو سفيان`, `فرحات حشاد`, counts for neither).
#[derive(Default)]
pub struct NameEvidence {
    name_starts: HashMap<String, usize>,
    outside_names: HashMap<String, usize>,
}

impl NameEvidence {
    /// Tags one Arabic document and counts its words.
    pub fn add_document(&mut self, pipeline: &Pipeline, text: &str) {
        let analysis = pipeline.analyze(text, Language::Arabic, true);
        let normalized = analysis.normalized.text.as_str();
        let tokens = &analysis.tokens;
        let names = pipeline.recognizer().tag_names(
            normalized,
            tokens,
            &analysis.sentence_of_token,
            Language::Arabic,
        );
        let mut in_name = vec![false; tokens.len()];
        for name in &names {
            let (first, end) = name.tokens;
            in_name[first..end].fill(true);
            if name.label == crate::label::Label::Person && end - first >= 2 {
                if let Some(key) = word_key(normalized, &tokens[first]) {
                    *self.name_starts.entry(key).or_default() += 1;
                }
            }
        }
        for (token, _) in tokens.iter().zip(&in_name).filter(|(_, &inside)| !inside) {
            if let Some(key) = word_key(normalized, token) {
                *self.outside_names.entry(key).or_default() += 1;
            }
        }
    }

    /// The given names the evidence shows, with how many names each opened and how often it
    /// stood outside names; `already_known` words (the listed given names) are left out. Sorted.
    pub fn given_names(
        &self,
        already_known: impl Fn(&str) -> bool,
    ) -> BTreeMap<String, (usize, usize)> {
        self.name_starts
            .iter()
            .filter_map(|(word, &starts)| {
                let outside = self.outside_names.get(word).copied().unwrap_or(0);
                let keep = starts >= MIN_NAME_STARTS
                    && starts as f64 >= MIN_NAME_SHARE * (starts + outside) as f64
                    && word.chars().count() >= 3
                    && !word.starts_with("ال")
                    && !crate::entities::is_title_word(&crate::normalize::search_key(word))
                    && !already_known(word);
                keep.then(|| (word.clone(), (starts, outside)))
            })
            .collect()
    }
}

/// The `light_key` of an Arabic word with no proclitic (`ولمياء` is not counted as `لمياء`).
fn word_key(text: &str, token: &crate::tokens::Token) -> Option<String> {
    let surface = token.span.slice(text);
    (token.is_word()
        && !token.has_proclitic()
        && surface
            .chars()
            .all(|c| ('\u{621}'..='\u{64A}').contains(&c)))
    .then(|| light_key(surface))
}

/// The documents of the two unlabeled Arabic corpora: Jawhara FM articles (each after its
/// `# DOCNO` line) and Wikipedia articles (a blank line between two).
fn for_each_document(data: &Path, mut each: impl FnMut(&str)) -> io::Result<()> {
    let mut document = String::new();
    let mut flush = |document: &mut String| {
        if !document.trim().is_empty() {
            each(document);
        }
        document.clear();
    };
    for line in super::unlabeled_lines(data, "ant-jawharafm-2017.txt.xz")? {
        let line = line?;
        if line.starts_with("# ") {
            flush(&mut document);
        } else {
            document.push_str(&line);
            document.push('\n');
        }
    }
    flush(&mut document);
    for line in super::unlabeled_lines(data, "arwiki-2017.txt.xz")? {
        let line = line?;
        if line.trim().is_empty() {
            flush(&mut document);
        } else {
            document.push_str(&line);
            document.push('\n');
        }
    }
    flush(&mut document);
    Ok(())
}

/// `naba build news-names`: tags the unlabeled Arabic text with the embedded tagger and writes
/// `news_given_names.tsv` to `out_dir`. Returns a one-line summary.
pub fn build_news_names(data: &Path, out_dir: &Path) -> io::Result<String> {
    let pipeline = Pipeline::load().map_err(io::Error::other)?;
    let mut evidence = NameEvidence::default();
    let mut documents = 0usize;
    for_each_document(data, |text| {
        evidence.add_document(&pipeline, text);
        documents += 1;
    })?;
    let listed = pipeline.recognizer().lexicons();
    let names = evidence.given_names(|word| listed.first_names.contains(word));
    let mut text = String::from(
        "# given name<TAB>names it opened<TAB>occurrences outside names — words that open the names the embedded Arabic tagger finds in ANT Corpus v1.1 Jawhara FM news (Apache-2.0) and Arabic Wikipedia 2017 (CC BY-SA 4.0) in at least a quarter of their sightings: `naba build news-names`\n",
    );
    for (name, (starts, occurrences)) in &names {
        text.push_str(&format!("{name}\t{starts}\t{occurrences}\n"));
    }
    std::fs::create_dir_all(out_dir)?;
    std::fs::write(out_dir.join("news_given_names.tsv"), &text)?;
    Ok(format!(
        "news_given_names.tsv: {} given names from {documents} documents",
        names.len()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_that_mostly_opens_names_is_a_given_name() {
        let mut evidence = NameEvidence::default();
        let mut see = |word: &str, starts: usize, outside: usize| {
            evidence.name_starts.insert(word.to_string(), starts);
            evidence.outside_names.insert(word.to_string(), outside);
        };
        see("سفيان", 43, 102);
        // Mostly an ordinary word ("age").
        see("خليفة", 80, 375);
        // Seen too rarely to tell.
        see("كولومب", 2, 2);
        // With the article, or a title: never a given name.
        see("الشيباني", 5, 5);
        see("الوزير", 5, 5);
        see("وزير", 5, 5);
        // Two letters: a particle of names (`بو`), not a given name.
        see("بو", 10, 2);
        // Already on the name lists.
        see("محمد", 50, 60);
        let names = evidence.given_names(|word| word == "محمد");
        assert_eq!(names.keys().collect::<Vec<_>>(), ["سفيان"]);
    }
}
