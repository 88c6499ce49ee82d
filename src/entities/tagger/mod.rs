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

use std::ops::Range;

use self::clusters::WordClusters;
use self::features::{ArticleEvidence, DocumentMemory, FeatureSources};
use self::model::{Model, Position, TagScores, TAGS, TYPES};
use super::{EntityMention, Evidence};
use crate::resources::Lexicons;
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::Token;

/// A model with the word clusters its features were trained with.
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
    clusters: WordClusters,
    article: ArticleEvidence,
    language: Language,
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
        Tagger {
            model,
            clusters,
            article,
            language,
        }
    }

    /// Name mentions of a document, appended to `out` in text order.
    pub fn find_names(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        lexicons: &Lexicons,
        out: &mut Vec<EntityMention>,
    ) {
        let sources = FeatureSources {
            clusters: &self.clusters,
            article: &self.article,
            lexicons,
            language: self.language,
        };
        let mut memory = DocumentMemory::default();
        let (mut features, mut starts, mut dynamic) = (Vec::new(), Vec::new(), Vec::new());
        let model = &self.model;
        // A sentence at a time, so that the feature buffers stay small and in cache.
        for range in sentence_ranges(sentence_of_token) {
            let sentence = &tokens[range.clone()];
            features::sentence_features(&sources, text, sentence, &mut features, &mut starts);
            let emissions: Vec<TagScores> = (0..sentence.len())
                .map(|i| {
                    let mut scores = [0f32; TAGS];
                    model.add_emissions(&features[starts[i]..starts[i + 1]], &mut scores);
                    dynamic.clear();
                    features::memory_features(&memory, &sentence[i], &mut dynamic);
                    model.add_emissions(&dynamic, &mut scores);
                    scores
                })
                .collect();
            let tags = model::viterbi(&emissions, model.transitions());
            let runs = entity_runs(&tags);
            if runs.is_empty() {
                continue;
            }
            let probabilities =
                model::marginals(&emissions, model.transitions(), model.temperature());
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
