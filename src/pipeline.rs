//! The only place that knows the order of the stages:
//!
//! ```text
//! original ─normalize(STANDARD)→ analysis text ─sentences─┐
//!                                      └─tokens─┬─entities─┴─quotes
//! original ─normalize(caller's profile)→ normalized_text (returned)
//! ```
//!
//! Every stage works on the analysis text (STANDARD normalization, whatever the caller asked for,
//! so the rules see one form) and returns `NormSpan`s over it; `Mapper` turns them into
//! `OrigSpan`s over the caller's text here and nowhere else. The caller's `normalized_text` has its
//! own map; `normalized_span`s are computed by mapping the original span forward through it.
//! Synchronous and infallible on valid input.

use std::path::Path;
use std::sync::Arc;

use crate::entities::tagger::ModelError;
use crate::entities::{EntityRecognizer, Label, Tagger};
use crate::normalize::{NormalizedText, Normalizer, Profile, Steps};
use crate::quotes::{AttributionMethod, QuoteAttributor, QuoteKind};
use crate::resources::{
    LexiconError, Lexicons, CLUSTERS_AR, CLUSTERS_EN, NER_MODEL_AR, NER_MODEL_EN,
};
use crate::sentences::SentenceSplitter;
use crate::text::lang::{detect_language, Language, LanguageId};
use crate::text::{NormSpan, OrigSpan};
use crate::tokens::{CliticSegmenter, SegmentRole, Token, TokenKind, Tokenizer};

/// An output of the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    NormalizedText,
    Sentences,
    Tokens,
    Entities,
    Quotes,
}

impl Feature {
    pub const ALL: [Feature; 5] = [
        Feature::NormalizedText,
        Feature::Sentences,
        Feature::Tokens,
        Feature::Entities,
        Feature::Quotes,
    ];
    /// What an empty feature list means: everything but tokens.
    pub const DEFAULT: [Feature; 4] = [
        Feature::NormalizedText,
        Feature::Sentences,
        Feature::Entities,
        Feature::Quotes,
    ];

    /// Features that need models or rules of the document's language.
    fn needs_language_rules(self) -> bool {
        matches!(self, Feature::Entities | Feature::Quotes)
    }
}

/// What to compute for one document.
#[derive(Clone, Debug)]
pub struct Options {
    pub features: Vec<Feature>,
    pub normalization: Steps,
    /// The caller's language; None means detect.
    pub language: Option<LanguageId>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            features: Feature::DEFAULT.to_vec(),
            normalization: Steps::of_profile(Profile::Standard),
            language: None,
        }
    }
}

pub use crate::cancel::{Cancellation, Cancelled};

/// A sentence, over the original and the caller's normalized text.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceOut {
    pub span: OrigSpan,
    pub normalized_span: NormSpan,
}

/// A token over the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenOut {
    pub span: OrigSpan,
    pub normalized_span: NormSpan,
    pub kind: TokenKind,
    pub segments: Vec<(OrigSpan, SegmentRole)>,
    pub sentence_index: usize,
}

/// An entity whose mentions are over the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityOut {
    pub name: String,
    pub label: Label,
    pub mentions: Vec<(OrigSpan, f32)>,
    pub roles: Vec<String>,
}

/// A quote over the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteOut {
    pub span: OrigSpan,
    pub kind: QuoteKind,
    pub cue: Option<OrigSpan>,
    pub speaker_name: String,
    pub speaker_entity: Option<usize>,
    pub speaker_mention: Option<OrigSpan>,
    pub method: AttributionMethod,
    pub confidence: f32,
    pub unclosed: bool,
    pub start_inferred: bool,
}

/// The enrichment of one document; every span is over the original text unless named normalized.
#[derive(Clone, Debug, Default)]
pub struct Enrichment {
    pub language: Option<LanguageId>,
    pub normalized_text: Option<String>,
    pub sentences: Vec<SentenceOut>,
    pub tokens: Vec<TokenOut>,
    pub entities: Vec<EntityOut>,
    pub quotes: Vec<QuoteOut>,
    pub features_applied: Vec<Feature>,
    pub warnings: Vec<String>,
}

/// Why the pipeline could not be built: its lexicons or one of its models.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Lexicons(#[from] LexiconError),
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// Which entity taggers a pipeline loads.
#[derive(Clone, Copy, Debug)]
pub enum Models<'a> {
    /// The committed models built into the binary.
    Embedded,
    /// A folder with `ner_<lang>.bin` and `clusters_<lang>.tsv`, as `naba train` writes them: for
    /// measuring a candidate model before it is committed.
    Folder(&'a Path),
    /// None: the text layer alone (what training needs), names from the lexicon fallback.
    None,
}

/// The stages, loaded once and shared by all requests.
#[derive(Debug)]
pub struct Pipeline {
    analysis_normalizer: Normalizer,
    splitter: SentenceSplitter,
    tokenizer: Tokenizer,
    recognizer: EntityRecognizer,
    attributor: QuoteAttributor,
}

/// The text layer's output for one document: everything the later stages stand on.
#[derive(Debug)]
pub struct Analysis {
    /// STANDARD normalization of the original, with its offset map.
    pub normalized: NormalizedText,
    /// Sentence spans over the normalized text.
    pub sentences: Vec<NormSpan>,
    /// Tokens over the normalized text (empty when not asked for).
    pub tokens: Vec<Token>,
    /// The sentence index of each token.
    pub sentence_of_token: Vec<usize>,
}

/// The analysis text and its map to the original.
struct Mapper<'a> {
    analysis: &'a NormalizedText,
}

impl Mapper<'_> {
    fn to_original(&self, span: NormSpan) -> OrigSpan {
        self.analysis.map.to_original(span)
    }

    /// Maps spans that are sorted and disjoint in the normalized text so that they stay so in
    /// the original. Normalization edits an NFC unit (a base and its combining marks) as one
    /// piece, and two spans that split such a unit (a symbol, then marks the tokenizer could not
    /// attach to it) would both map to the whole piece: the later one starts where the earlier
    /// one ends instead (possibly empty).
    fn to_original_disjoint(&self, spans: impl Iterator<Item = NormSpan>) -> Vec<OrigSpan> {
        let mut previous_end = 0;
        spans
            .map(|span| {
                let mapped = self.to_original(span);
                let start = mapped.start.max(previous_end);
                let end = mapped.end.max(start);
                previous_end = end;
                OrigSpan::new(start, end)
            })
            .collect()
    }
}

impl Pipeline {
    /// Loads the embedded lexicons and models and builds every stage. Fails on bad resource data.
    pub fn load() -> Result<Pipeline, LoadError> {
        Pipeline::load_with_models(Models::Embedded)
    }

    /// Like `load`, with the taggers `models` says.
    pub fn load_with_models(models: Models) -> Result<Pipeline, LoadError> {
        let lexicons = Arc::new(Lexicons::load_embedded()?);
        let segmenter = CliticSegmenter::with_frequencies(&lexicons.arabic_words);
        let (arabic, english) = match models {
            Models::None => (None, None),
            Models::Embedded => (
                Tagger::load(NER_MODEL_AR, CLUSTERS_AR, &lexicons, Language::Arabic)?,
                Tagger::load(NER_MODEL_EN, CLUSTERS_EN, &lexicons, Language::English)?,
            ),
            Models::Folder(dir) => (
                Tagger::load_folder(dir, "ar", &lexicons, Language::Arabic)?,
                Tagger::load_folder(dir, "en", &lexicons, Language::English)?,
            ),
        };
        Ok(Pipeline {
            analysis_normalizer: Normalizer::for_profile(Profile::Standard),
            splitter: SentenceSplitter::new(),
            tokenizer: Tokenizer::new(segmenter),
            recognizer: EntityRecognizer::new(lexicons, arabic, english),
            attributor: QuoteAttributor::new(),
        })
    }

    /// Forgets what the stages cache across documents (the tagger's per-word weights), so that
    /// the next document costs what the first one after start-up does. For benchmarks.
    pub fn clear_caches(&self) {
        for language in [Language::Arabic, Language::English] {
            if let Some(tagger) = self.recognizer.tagger(language) {
                tagger.clear_word_cache();
            }
        }
    }

    /// The entity stage (for benchmarks and tools that run it on an `Analysis`).
    pub fn recognizer(&self) -> &EntityRecognizer {
        &self.recognizer
    }

    /// The text layer: normalization (STANDARD), sentences and, when `with_tokens`, tokens.
    pub fn analyze(&self, text: &str, language: Language, with_tokens: bool) -> Analysis {
        let normalized = self.analysis_normalizer.normalize(text);
        let sentences = self.splitter.split(&normalized.text, language);
        let (tokens, sentence_of_token) = if with_tokens {
            let tokens = self.tokenizer.tokenize(&normalized.text);
            let sentence_of_token = assign_sentences(&tokens, &sentences);
            (tokens, sentence_of_token)
        } else {
            (Vec::new(), Vec::new())
        };
        Analysis {
            normalized,
            sentences,
            tokens,
            sentence_of_token,
        }
    }

    /// Runs the stages `options` asks for on `text`.
    pub fn enrich(&self, text: &str, options: &Options) -> Enrichment {
        self.enrich_cancellable(text, options, &Cancellation::new())
            .expect("a run nobody can cancel finishes")
    }

    /// `enrich`, stopping at the next stage boundary (or the tagger's next sentence) once
    /// `cancel` is raised.
    pub fn enrich_cancellable(
        &self,
        text: &str,
        options: &Options,
        cancel: &Cancellation,
    ) -> Result<Enrichment, Cancelled> {
        cancel.check()?;
        let wants = |f: Feature| options.features.contains(&f);
        let language = options
            .language
            .clone()
            .unwrap_or_else(|| detect_language(text));
        let mut out = Enrichment {
            language: Some(language.clone()),
            ..Default::default()
        };
        if let Some(guess) = &language.guess {
            out.warnings.push(guess.clone());
        }

        let needs_tokens = options
            .features
            .iter()
            .any(|f| matches!(f, Feature::Tokens | Feature::Entities | Feature::Quotes));
        let Analysis {
            normalized: analysis,
            sentences: sentence_spans,
            tokens,
            sentence_of_token,
        } = self.analyze(text, language.language, needs_tokens);
        cancel.check()?;
        let caller_normalized = if options.normalization == self.analysis_normalizer.steps() {
            None
        } else {
            Some(Normalizer::new(options.normalization).normalize(text))
        };
        let caller_view = caller_normalized.as_ref().unwrap_or(&analysis);
        let mapper = Mapper {
            analysis: &analysis,
        };
        if wants(Feature::NormalizedText) {
            out.normalized_text = Some(caller_view.text.clone());
            out.features_applied.push(Feature::NormalizedText);
        }

        let sentences_orig = mapper.to_original_disjoint(sentence_spans.iter().copied());
        if wants(Feature::Sentences) {
            out.sentences = sentences_orig
                .iter()
                .map(|&span| SentenceOut {
                    span,
                    normalized_span: caller_view.map.to_normalized(span),
                })
                .collect();
            out.features_applied.push(Feature::Sentences);
        }

        if !needs_tokens {
            return Ok(out);
        }
        cancel.check()?;
        if wants(Feature::Tokens) {
            let token_spans = mapper.to_original_disjoint(tokens.iter().map(|t| t.span));
            out.tokens = tokens
                .iter()
                .zip(&sentence_of_token)
                .zip(token_spans)
                .map(|((t, &sentence_index), span)| TokenOut {
                    span,
                    normalized_span: caller_view.map.to_normalized(span),
                    kind: t.kind,
                    segments: t
                        .segments
                        .iter()
                        .map(|s| (mapper.to_original(s.span), s.role))
                        .collect(),
                    sentence_index,
                })
                .collect();
            out.features_applied.push(Feature::Tokens);
        }

        let has_rules = language.language != Language::Other;
        for feature in [Feature::Entities, Feature::Quotes] {
            if wants(feature) && feature.needs_language_rules() && !has_rules {
                out.warnings.push(format!(
                    "{feature:?} skipped: no models for language {:?}; normalization and sentences were applied",
                    language.code
                ));
            }
        }
        if !has_rules || !(wants(Feature::Entities) || wants(Feature::Quotes)) {
            return Ok(out);
        }
        cancel.check()?;
        let entities = self.recognizer.recognize_cancellable(
            &analysis.text,
            &tokens,
            &sentence_of_token,
            language.language,
            cancel,
        )?;
        if wants(Feature::Entities) {
            out.entities = entities
                .iter()
                .map(|e| EntityOut {
                    name: e.name.clone(),
                    label: e.label,
                    mentions: e
                        .mentions
                        .iter()
                        .map(|(s, c)| (mapper.to_original(*s), *c))
                        .collect(),
                    roles: e.roles.clone(),
                })
                .collect();
            out.features_applied.push(Feature::Entities);
        }
        if wants(Feature::Quotes) {
            cancel.check()?;
            let quotes = self.attributor.attribute(
                &analysis.text,
                &tokens,
                &sentence_of_token,
                &entities,
                language.language,
            );
            out.quotes = quotes
                .into_iter()
                .map(|q| QuoteOut {
                    span: mapper.to_original(q.span),
                    kind: q.kind,
                    cue: q.cue.map(|c| mapper.to_original(c)),
                    speaker_name: q.speaker.name,
                    // Entity indices are only meaningful when entities are returned.
                    speaker_entity: q.speaker.entity.filter(|_| wants(Feature::Entities)),
                    speaker_mention: q.speaker.mention.map(|m| mapper.to_original(m)),
                    method: q.speaker.method,
                    confidence: q.confidence,
                    unclosed: q.unclosed,
                    start_inferred: q.start_inferred,
                })
                .collect();
            out.features_applied.push(Feature::Quotes);
        }
        Ok(out)
    }
}

/// The sentence index of each token (the sentence that contains its start).
pub(crate) fn assign_sentences(
    tokens: &[crate::tokens::Token],
    sentences: &[NormSpan],
) -> Vec<usize> {
    let mut result = Vec::with_capacity(tokens.len());
    let mut s = 0;
    for t in tokens {
        while s + 1 < sentences.len() && sentences[s].end <= t.span.start {
            s += 1;
        }
        result.push(s);
    }
    result
}
