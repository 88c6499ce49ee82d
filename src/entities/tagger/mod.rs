//! The statistical name tagger: PERSON, ORGANIZATION, LOCATION and MISC mentions from a trained
//! model (`naba train ner`), one model per language.
//!
//! A sentence at a time, left to right through the document: features of every token
//! (`features.rs`), scores from the model's weights, the best BIO sequence (`model.rs`), then the
//! runs of B/I tags become mentions and are remembered, so that later sentences see the labels the
//! document already gave a word. A mention's span starts after any attached proclitic and ends
//! before any attached pronoun (`بالبصرة` gives `البصرة`). Values (dates, money, ...) are not
//! this module's: `rules.rs` finds them.

pub mod clusters;
pub mod features;
pub mod model;
mod word_cache;

use crate::cancel::{Cancellation, Cancelled};
use std::ops::Range;
use std::path::{Path, PathBuf};

use self::clusters::WordClusters;
use self::features::{
    ArticleEvidence, DocumentMemory, FeatureSources, SentenceContext, TokenFacts, WINDOW,
};
use self::model::{Model, Position, TagScores, TAGS, TYPES};
use self::word_cache::{WordCache, WordEntry};
use super::{EntityMention, Evidence};
use crate::resources::Lexicons;
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::Token;

/// Why a tagger could not be loaded. Embedded models are checked by the tests, so in a release
/// this only happens with a model folder (`--models DIR`) or a damaged build.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{language:?} model: {problem}")]
    Model { language: Language, problem: String },
    #[error("{language:?} word clusters: {problem}")]
    Clusters { language: Language, problem: String },
}

/// A model with the word clusters its features were trained with.
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
    clusters: WordClusters,
    article: ArticleEvidence,
    language: Language,
    /// The weights of each window position that falls outside the sentence.
    boundary: [TagScores; WINDOW],
    /// Each word's own weights and facts, computed once (`word_cache.rs`).
    words: WordCache,
}

impl Tagger {
    /// A tagger; `lexicons` gives the Arabic word counts the article evidence is built from.
    pub fn new(
        model: Model,
        clusters: WordClusters,
        lexicons: &Lexicons,
        language: Language,
    ) -> Tagger {
        let article = match language {
            Language::Arabic => ArticleEvidence::from_word_counts(&lexicons.arabic_words),
            _ => ArticleEvidence::default(),
        };
        let mut boundary = [[0f32; TAGS]; WINDOW];
        let mut features = Vec::new();
        for (offset, index) in features::window_offsets() {
            if offset != 0 {
                features.clear();
                features::boundary_features(offset, index, &mut features);
                model.add_emissions(&features, &mut boundary[index]);
            }
        }
        Tagger {
            model,
            clusters,
            article,
            language,
            boundary,
            words: WordCache::default(),
        }
    }

    /// The tagger of `language` from a model file's bytes and its clusters; None when the model
    /// file is empty (a language not trained yet).
    pub fn load(
        model: &[u8],
        clusters: &str,
        lexicons: &Lexicons,
        language: Language,
    ) -> Result<Option<Tagger>, ModelError> {
        if model.is_empty() {
            return Ok(None);
        }
        let model =
            Model::from_bytes(model).map_err(|problem| ModelError::Model { language, problem })?;
        let clusters = WordClusters::parse(clusters)
            .map_err(|problem| ModelError::Clusters { language, problem })?;
        Ok(Some(Tagger::new(model, clusters, lexicons, language)))
    }

    /// The tagger of `language` from a model folder as `naba train` writes it
    /// (`ner_<code>.bin`, `clusters_<code>.tsv`); None when the folder has no model for it.
    pub fn load_folder(
        dir: &Path,
        code: &str,
        lexicons: &Lexicons,
        language: Language,
    ) -> Result<Option<Tagger>, ModelError> {
        let model_path = dir.join(format!("ner_{code}.bin"));
        if !model_path.exists() {
            return Ok(None);
        }
        let read = |path: PathBuf| {
            std::fs::read(&path).map_err(|source| ModelError::Read { path, source })
        };
        let model = read(model_path)?;
        let clusters = read(dir.join(format!("clusters_{code}.tsv")))?;
        Tagger::load(
            &model,
            &String::from_utf8_lossy(&clusters),
            lexicons,
            language,
        )
    }

    /// Forgets the words seen so far (benchmarks of a cold start).
    pub fn clear_word_cache(&self) {
        self.words.clear();
    }

    fn sources<'a>(&'a self, lexicons: &'a Lexicons) -> FeatureSources<'a> {
        FeatureSources {
            clusters: &self.clusters,
            article: &self.article,
            lexicons,
            language: self.language,
        }
    }

    /// What the tagger knows of `token` on its own, from the cache or computed now.
    fn word(&self, sources: &FeatureSources, text: &str, token: &Token) -> WordEntry {
        self.words.get_or_compute(token.span.slice(text), || {
            let facts = TokenFacts::of(sources, text, token);
            let mut scores = [[0f32; TAGS]; WINDOW];
            let mut features = Vec::new();
            for (index, scores) in scores.iter_mut().enumerate() {
                features.clear();
                features::word_features(sources, text, token, &facts, index, &mut features);
                self.model.add_emissions(&features, scores);
            }
            WordEntry {
                scores,
                shape: facts.shape(),
                class: facts.class(),
                given_name: facts.given_name(),
                title: facts.title(),
            }
        })
    }

    /// The static scores of every token of a sentence: each window position's word weights
    /// (cached per word) plus the context features' weights. `memory` adds the document's
    /// earlier labels.
    fn sentence_scores(
        &self,
        sources: &FeatureSources,
        text: &str,
        sentence: &[Token],
        memory: &DocumentMemory,
        buffer: &mut Vec<u64>,
    ) -> Vec<TagScores> {
        let words: Vec<WordEntry> = sentence
            .iter()
            .map(|t| self.word(sources, text, t))
            .collect();
        let facts: Vec<TokenFacts> = sentence
            .iter()
            .zip(&words)
            .map(|(t, w)| TokenFacts::cached(t, w.shape, w.class, w.given_name, w.title))
            .collect();
        let context = SentenceContext::new(sources, text, sentence);
        let offsets = features::window_offsets();
        (0..sentence.len())
            .map(|i| {
                let mut scores = [0f32; TAGS];
                for (offset, index) in offsets {
                    let j = i as isize + offset;
                    let add = if j >= 0 && (j as usize) < sentence.len() {
                        &words[j as usize].scores[index]
                    } else {
                        &self.boundary[index]
                    };
                    scores.iter_mut().zip(add).for_each(|(s, w)| *s += w);
                }
                buffer.clear();
                features::context_features(&context, sentence, &facts, i, buffer);
                features::memory_features(memory, &sentence[i], buffer);
                self.model.add_emissions(buffer, &mut scores);
                scores
            })
            .collect()
    }

    /// Name mentions of a document, appended to `out` in text order.
    pub fn find_names(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        lexicons: &Lexicons,
        cancel: &Cancellation,
        out: &mut Vec<EntityMention>,
    ) -> Result<(), Cancelled> {
        let sources = self.sources(lexicons);
        let mut memory = DocumentMemory::default();
        let mut buffer = Vec::new();
        let model = &self.model;
        // A sentence at a time, so that the buffers stay small and in cache; a cancelled run
        // stops before the next one (the stage takes about half of a long document's time).
        for range in sentence_ranges(sentence_of_token) {
            cancel.check()?;
            let sentence = &tokens[range.clone()];
            let emissions = self.sentence_scores(&sources, text, sentence, &memory, &mut buffer);
            let tags = model::viterbi(&emissions, model.transitions());
            let runs = entity_runs(&tags);
            if runs.is_empty() {
                continue;
            }
            let probabilities =
                model::marginals_with(&emissions, model.transition_weights(), model.temperature());
            for &(a, b, entity_type) in &runs {
                let confidence = (a..b)
                    .map(|i| probabilities[i][tags[i]])
                    .fold(1f32, f32::min);
                out.push(EntityMention {
                    span: mention_span(&sentence[a..b]),
                    label: TYPES[entity_type],
                    confidence: (confidence * 100.0).round() / 100.0,
                    tokens: (range.start + a, range.start + b),
                    evidence: Evidence::Tagger,
                });
            }
            remember(&mut memory, sentence, &runs);
        }
        Ok(())
    }
}

/// Token ranges of the sentences (tokens are in text order, so each sentence is contiguous).
pub fn sentence_ranges(sentence_of_token: &[usize]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 1..=sentence_of_token.len() {
        if i == sentence_of_token.len() || sentence_of_token[i] != sentence_of_token[start] {
            ranges.push(start..i);
            start = i;
        }
    }
    ranges
}

/// Mentions of a tag sequence as (first token, one past the last, entity type): a U- tag alone,
/// or B- through L-. A stray I- or L- (impossible from Viterbi) starts a mention too.
pub fn entity_runs(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some((position, entity_type)) = model::tag_type(tags[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        if !matches!(position, Position::Unit | Position::Last) {
            while j < tags.len() {
                match model::tag_type(tags[j]) {
                    Some((Position::Inside, t)) if t == entity_type => j += 1,
                    Some((Position::Last, t)) if t == entity_type => {
                        j += 1;
                        break;
                    }
                    _ => break,
                }
            }
        }
        runs.push((i, j, entity_type));
        i = j;
    }
    runs
}

/// Adds the words of the runs to the document's memory.
pub fn remember(memory: &mut DocumentMemory, sentence: &[Token], runs: &[(usize, usize, usize)]) {
    for &(a, b, entity_type) in runs {
        for token in sentence[a..b].iter().filter(|t| t.is_word()) {
            memory.remember(token.name_key(), entity_type as u8);
        }
    }
}

/// From the first token's name (after its proclitics) to the end of the last token's name
/// (before an attached pronoun).
fn mention_span(tokens: &[Token]) -> NormSpan {
    let first = tokens[0].name_span();
    let last = tokens[tokens.len() - 1].name_span();
    NormSpan::new(first.start, last.end.max(first.end))
}

#[cfg(test)]
mod tests {
    use super::model::{encode_runs, tag, OUTSIDE};
    use super::*;

    #[test]
    fn a_model_folder_loads_or_says_which_file_is_wrong() {
        let dir = std::env::temp_dir().join(format!("naba-models-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let lexicons = Lexicons::default();
        // No model for the language: no tagger, not an error.
        assert!(Tagger::load_folder(&dir, "ar", &lexicons, Language::Arabic)
            .unwrap()
            .is_none());
        std::fs::write(dir.join("ner_ar.bin"), b"not a model").unwrap();
        let error = Tagger::load_folder(&dir, "ar", &lexicons, Language::Arabic).unwrap_err();
        assert!(matches!(error, ModelError::Read { .. }), "{error}");
        assert!(error.to_string().contains("clusters_ar.tsv"), "{error}");
        std::fs::write(dir.join("clusters_ar.tsv"), "").unwrap();
        let error = Tagger::load_folder(&dir, "ar", &lexicons, Language::Arabic).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(error, ModelError::Model { .. }), "{error}");
    }

    #[test]
    fn runs_round_trip_through_tags() {
        let runs = vec![(1, 3, 0), (3, 4, 0), (5, 8, 2)];
        assert_eq!(entity_runs(&encode_runs(&runs, 9)), runs);
        // A stray inside tag still yields its mention.
        let stray = [OUTSIDE, tag(Position::Inside, 1), tag(Position::Last, 1)];
        assert_eq!(entity_runs(&stray), vec![(1, 3, 1)]);
    }

    #[test]
    fn sentences_are_contiguous_ranges() {
        assert_eq!(sentence_ranges(&[0, 0, 1, 2, 2]), vec![0..2, 2..3, 3..5]);
        assert!(sentence_ranges(&[]).is_empty());
    }
}
