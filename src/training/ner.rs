//! Trains a name tagger (`naba train ner`): an averaged structured perceptron over the features
//! of `entities::tagger::features`, decoded with the same Viterbi as at run time.
//!
//! Documents are built the way `naba eval ner` builds them (sentences of a CoNLL training file
//! joined by spaces, 20 to a document) and run through our own text layer, so that training sees
//! our tokens, clitic splits and sentences, exactly as tagging will. Each of our tokens takes the
//! gold tag of the corpus token it starts in. Left to right through each document, the model's own
//! decisions feed the document memory, as they will at run time.
//!
//! The number of epochs is chosen on the last 10% of the primary training file's documents (a
//! development part of the TRAIN split; the test splits are never read), as is the temperature
//! that turns scores into confidences; then the model is retrained on all documents.

use rustc_hash::FxHashMap as HashMap;

use crate::conll::{document_text, label_of, SENTENCES_PER_DOCUMENT};
use crate::entities::tagger::clusters::WordClusters;
use crate::entities::tagger::features::{self, ArticleEvidence, DocumentMemory, FeatureSources};
use crate::entities::tagger::model::{self, Model, TagScores, Transitions, TAGS, TYPES};
use crate::entities::tagger::{entity_runs, remember, sentence_ranges};
use crate::eval::Counts;
use crate::pipeline::Pipeline;
use crate::resources::Lexicons;
use crate::text::lang::Language;
use crate::tokens::Token;

/// Sentences of `token TAG` pairs.
pub type TaggedSentences = Vec<Vec<(String, String)>>;

/// How to train.
#[derive(Clone, Debug)]
pub struct NerTraining {
    pub language: Language,
    /// The most epochs tried; the best on the development part is kept.
    pub max_epochs: usize,
    /// Features seen fewer times in training are dropped.
    pub min_feature_count: u32,
    /// Leave the development documents out of the final model too.
    pub hold_out: bool,
    /// Add a copy of each primary sentence that starts at its first name (`crops`).
    pub crops: bool,
}

/// Copies of `sentences` cut to start at their first name, for the sentences whose first name
/// is not already their first token. Newswire sentences put a verb or a title before the name
/// (`وقال الرئيس ...`); headlines, snippets and captions start with it (`ماكرون يزور الجزائر`), and
/// a tagger that never saw a name without its left context learns that the start of a sentence
/// is no place for one.
fn crops(sentences: &[Vec<(String, String)>]) -> Vec<Vec<(String, String)>> {
    sentences
        .iter()
        .filter_map(|sentence| {
            let first = sentence.iter().position(|(_, tag)| {
                tag.split_once('-')
                    .is_some_and(|(_, kind)| label_of(kind).is_some())
            })?;
            (first > 0).then(|| {
                let mut crop = sentence[first..].to_vec();
                // The name now begins its chunk, whatever IOB1 wrote.
                if let Some(kind) = crop[0].1.strip_prefix("I-") {
                    crop[0].1 = format!("B-{kind}");
                }
                crop
            })
        })
        .collect()
}

/// The first development document of a primary file of `sentences` sentences: the last 10%.
pub fn dev_start(sentences: usize) -> usize {
    let documents = sentences.div_ceil(SENTENCES_PER_DOCUMENT);
    documents - documents / 10
}

/// One analysed training document.
struct Document {
    tokens: Vec<Token>,
    /// The normalized text the tokens are over.
    text: String,
    sentences: Vec<std::ops::Range<usize>>,
    /// Gold tag of each token.
    gold: Vec<usize>,
    /// Static feature rows of each token (`starts` style ranges into `features`).
    features: Vec<u32>,
    starts: Vec<usize>,
}

/// Perceptron weights with the sums needed for averaging.
struct Weights {
    w: Vec<f32>,
    sum: Vec<f64>,
    transitions: Transitions,
    transitions_sum: [[f64; TAGS]; TAGS + 1],
    /// Updates so far (the averaging clock).
    clock: f64,
}

impl Weights {
    fn new(rows: usize) -> Weights {
        Weights {
            w: vec![0.0; rows * TAGS],
            sum: vec![0.0; rows * TAGS],
            transitions: [[0.0; TAGS]; TAGS + 1],
            transitions_sum: [[0.0; TAGS]; TAGS + 1],
            clock: 1.0,
        }
    }

    fn emissions(&self, rows: &[u32], scores: &mut TagScores) {
        for &row in rows {
            let w = &self.w[row as usize * TAGS..(row as usize + 1) * TAGS];
            scores.iter_mut().zip(w).for_each(|(s, w)| *s += w);
        }
    }

    fn update_rows(&mut self, rows: &[u32], tag: usize, delta: f32) {
        for &row in rows {
            let k = row as usize * TAGS + tag;
            self.w[k] += delta;
            self.sum[k] += self.clock * delta as f64;
        }
    }

    fn update_transition(&mut self, previous: usize, next: usize, delta: f32) {
        self.transitions[previous][next] += delta;
        self.transitions_sum[previous][next] += self.clock * delta as f64;
    }

    fn add(&mut self, other: &Weights) {
        self.w.iter_mut().zip(&other.w).for_each(|(a, b)| *a += b);
        for (row, other) in self.transitions.iter_mut().zip(&other.transitions) {
            row.iter_mut().zip(other).for_each(|(a, b)| *a += b);
        }
    }

    fn scale(&mut self, factor: f32) {
        self.w.iter_mut().for_each(|a| *a *= factor);
        for row in self.transitions.iter_mut() {
            row.iter_mut().for_each(|a| *a *= factor);
        }
    }

    fn into_model(self, keys: &[u64], temperature: f32) -> Model {
        Model::from_parts(keys, self.w, self.transitions, temperature)
    }

    /// A copy with the averaged values (w - sum / clock) as its weights.
    fn averaged(&self) -> Weights {
        let mut copy = Weights::new(0);
        copy.w = self
            .w
            .iter()
            .zip(&self.sum)
            .map(|(w, s)| (*w as f64 - s / self.clock) as f32)
            .collect();
        for (p, row) in copy.transitions.iter_mut().enumerate() {
            for (t, value) in row.iter_mut().enumerate() {
                *value = (self.transitions[p][t] as f64 - self.transitions_sum[p][t] / self.clock)
                    as f32;
            }
        }
        copy
    }
}

/// Our tokens' gold mentions, sentence by sentence, encoded as tags. A token takes the tag of the
/// corpus token its name starts in; a mention begins at a corpus chunk's first token (IOB1 or
/// IOB2) and never crosses one of our sentences.
fn gold_tags(
    tokens: &[Token],
    analysis_to_original: impl Fn(&Token) -> usize,
    spans: &[(usize, usize)],
    tags: &[&str],
    sentences: &[std::ops::Range<usize>],
) -> Vec<usize> {
    let entity_type = |tag: &str| -> Option<usize> {
        let (_, kind) = tag.split_once('-')?;
        let label = label_of(kind)?;
        TYPES.iter().position(|&t| t == label)
    };
    // (corpus token, chunk begins there, type) of each of our tokens.
    let corpus: Vec<Option<(usize, bool, usize)>> = tokens
        .iter()
        .map(|token| {
            let start = analysis_to_original(token);
            let g = spans.partition_point(|&(_, end)| end <= start);
            if g >= spans.len() || spans[g].0 > start {
                return None;
            }
            let t = entity_type(tags[g])?;
            let previous_same = g > 0 && entity_type(tags[g - 1]) == Some(t);
            Some((g, tags[g].starts_with("B-") || !previous_same, t))
        })
        .collect();
    let mut runs = Vec::new();
    for range in sentences {
        let mut i = range.start;
        while i < range.end {
            let Some((g, _, t)) = corpus[i] else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < range.end {
                match corpus[j] {
                    // Same corpus token (split by our tokenizer), or a continuing chunk.
                    Some((h, begins, u)) if u == t && (h == g || !begins) => j += 1,
                    _ => break,
                }
            }
            runs.push((i, j, t));
            i = j;
        }
    }
    model::encode_runs(&runs, tokens.len())
}

struct Trainer {
    language: Language,
    index: HashMap<u64, u32>,
    keys: Vec<u64>,
}

impl Trainer {
    /// Runs the text layer over every document and finds our tokens' gold tags.
    fn analyse(&self, pipeline: &Pipeline, sentences: &[Vec<(String, String)>]) -> Vec<Document> {
        sentences
            .chunks(SENTENCES_PER_DOCUMENT)
            .map(|chunk| {
                let (text, spans) = document_text(chunk);
                let tags: Vec<&str> = chunk.iter().flatten().map(|(_, t)| t.as_str()).collect();
                let analysis = pipeline.analyze(&text, self.language, true);
                let sentences = sentence_ranges(&analysis.sentence_of_token);
                let gold = gold_tags(
                    &analysis.tokens,
                    |t| analysis.normalized.map.to_original(t.name_span()).start,
                    &spans,
                    &tags,
                    &sentences,
                );
                Document {
                    tokens: analysis.tokens,
                    text: analysis.normalized.text,
                    sentences,
                    gold,
                    features: Vec::new(),
                    starts: Vec::new(),
                }
            })
            .collect()
    }

    /// The static feature hashes of a document's tokens, with `starts` ranges.
    fn feature_hashes(
        &self,
        sources: &FeatureSources,
        document: &Document,
    ) -> (Vec<u64>, Vec<usize>) {
        let mut hashes = Vec::new();
        let mut starts = Vec::new();
        let (mut buffer, mut buffer_starts) = (Vec::new(), Vec::new());
        for range in &document.sentences {
            let sentence = &document.tokens[range.clone()];
            features::sentence_features(
                sources,
                &document.text,
                sentence,
                &mut buffer,
                &mut buffer_starts,
            );
            for i in 0..sentence.len() {
                starts.push(hashes.len());
                hashes.extend_from_slice(&buffer[buffer_starts[i]..buffer_starts[i + 1]]);
            }
        }
        starts.push(hashes.len());
        (hashes, starts)
    }

    fn row(&mut self, hash: u64) -> u32 {
        let next = self.keys.len() as u32;
        *self.index.entry(hash).or_insert_with(|| {
            self.keys.push(hash);
            next
        })
    }

    /// Scores of a sentence's tokens: their static feature rows plus the memory features.
    fn sentence_scores(
        &self,
        weights: &Weights,
        document: &Document,
        range: &std::ops::Range<usize>,
        memory: &DocumentMemory,
    ) -> (Vec<Vec<u32>>, Vec<TagScores>) {
        let mut dynamic = Vec::new();
        range
            .clone()
            .map(|i| {
                let mut rows: Vec<u32> =
                    document.features[document.starts[i]..document.starts[i + 1]].to_vec();
                dynamic.clear();
                features::memory_features(memory, &document.tokens[i], &mut dynamic);
                rows.extend(dynamic.iter().filter_map(|h| self.index.get(h).copied()));
                let mut scores = [0f32; TAGS];
                weights.emissions(&rows, &mut scores);
                (rows, scores)
            })
            .unzip()
    }

    /// Decodes one document; calls `step` with each sentence's range, scores and predicted tags.
    fn tag_document(
        &self,
        weights: &Weights,
        document: &Document,
        mut step: impl FnMut(&std::ops::Range<usize>, &[TagScores], &[usize]),
    ) {
        let mut memory = DocumentMemory::default();
        for range in &document.sentences {
            let (_, emissions) = self.sentence_scores(weights, document, range, &memory);
            let predicted = model::viterbi(&emissions, &weights.transitions);
            step(range, &emissions, &predicted);
            let runs = entity_runs(&predicted);
            remember(&mut memory, &document.tokens[range.clone()], &runs);
        }
    }

    /// One perceptron pass; online: each sentence is decoded with the weights the sentences
    /// before it left.
    fn epoch(&self, weights: &mut Weights, documents: &[&Document]) {
        for document in documents {
            let mut memory = DocumentMemory::default();
            for range in &document.sentences {
                let (rows_of, emissions) = self.sentence_scores(weights, document, range, &memory);
                let predicted = model::viterbi(&emissions, &weights.transitions);
                let gold = &document.gold[range.clone()];
                if predicted != gold {
                    let mut previous = (TAGS, TAGS);
                    for (k, rows) in rows_of.iter().enumerate() {
                        let (g, p) = (gold[k], predicted[k]);
                        if g != p {
                            weights.update_rows(rows, g, 1.0);
                            weights.update_rows(rows, p, -1.0);
                        }
                        if (previous.0, g) != (previous.1, p) {
                            weights.update_transition(previous.0, g, 1.0);
                            weights.update_transition(previous.1, p, -1.0);
                        }
                        previous = (g, p);
                    }
                }
                weights.clock += 1.0;
                let runs = entity_runs(&predicted);
                remember(&mut memory, &document.tokens[range.clone()], &runs);
            }
        }
    }

    /// Chunk counts of `weights` on `documents` (over our tokens).
    fn score(&self, weights: &Weights, documents: &[&Document]) -> Counts {
        let mut counts = Counts::default();
        for document in documents {
            self.tag_document(weights, document, |range, _, predicted| {
                let gold: std::collections::BTreeSet<_> =
                    entity_runs(&document.gold[range.clone()])
                        .into_iter()
                        .collect();
                let found: std::collections::BTreeSet<_> =
                    entity_runs(predicted).into_iter().collect();
                counts.add(Counts::of_sets(&gold, &found));
            });
        }
        counts
    }

    /// The temperature (from a grid) that gives the gold tags the highest likelihood.
    fn fit_temperature(&self, weights: &Weights, documents: &[&Document]) -> f32 {
        let mut all: Vec<(Vec<TagScores>, Vec<usize>)> = Vec::new();
        for document in documents {
            self.tag_document(weights, document, |range, emissions, _| {
                all.push((emissions.to_vec(), document.gold[range.clone()].to_vec()));
            });
        }
        let candidates = [0.25f32, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0];
        let mut best = (f64::MAX, 1.0);
        for &t in &candidates {
            let mut loss = 0f64;
            for (emissions, gold) in &all {
                let m = model::marginals(emissions, &weights.transitions, t);
                for (p, &g) in m.iter().zip(gold) {
                    loss -= (p[g].max(1e-6) as f64).ln();
                }
            }
            if loss < best.0 {
                best = (loss, t);
            }
        }
        best.1
    }
}

/// Deterministic shuffle (Fisher-Yates with a fixed xorshift seed).
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}

/// Folds of `naba train ner --cross-validate`: contiguous runs of documents, since neighbouring
/// documents tell the same stories (a test split is a later stretch of news, not interleaved).
const FOLDS: usize = 5;

/// What training reads: the text layer, resources, and the corpus sentences.
#[derive(Clone, Copy)]
pub struct TrainingSources<'a> {
    /// The text layer (no taggers needed).
    pub pipeline: &'a Pipeline,
    pub lexicons: &'a Lexicons,
    pub clusters: &'a WordClusters,
    /// The primary training file, whose last 10% of documents choose the epochs.
    pub primary: &'a [Vec<(String, String)>],
    /// Extra training sentences (never development data).
    pub extra: &'a [Vec<(String, String)>],
}

/// Training documents with their feature rows.
struct Prepared {
    trainer: Trainer,
    documents: Vec<Document>,
    /// Documents of the primary file come first; this many.
    primary_count: usize,
    /// The primary document each document comes from (itself for a primary document, the one
    /// it was cropped from for a crop), None for extra documents: a development document's
    /// crops are development data too.
    origin: Vec<Option<usize>>,
    report: String,
}

impl Prepared {
    /// The documents to train on when the primary documents in `held_out` are not.
    fn training_indices(&self, held_out: &std::ops::Range<usize>) -> Vec<usize> {
        (0..self.documents.len())
            .filter(|&i| !self.origin[i].is_some_and(|o| held_out.contains(&o)))
            .collect()
    }
}

/// Trains on `primary` (whose last 10% of documents choose the epochs) plus `extra` training
/// sentences; returns the model and a report.
pub fn train(sources: &TrainingSources, config: &NerTraining) -> (Model, String) {
    let prepared = prepare(sources, config);
    let dev = dev_start(sources.primary.len())..prepared.primary_count;
    let train_part = prepared.training_indices(&dev);
    let kept = if config.hold_out {
        train_part.clone()
    } else {
        (0..prepared.documents.len()).collect()
    };
    let Prepared {
        trainer,
        documents,
        mut report,
        ..
    } = prepared;
    let dev: Vec<usize> = dev.collect();
    let (epochs, temperature) =
        choose_epochs(&trainer, &documents, &dev, &train_part, config, &mut report);
    let model = fit(&trainer, &documents, &kept, epochs);
    report.push_str(&format!(
        "retrained on {}\n",
        if config.hold_out {
            "all but the development documents"
        } else {
            "all documents"
        }
    ));
    (model.into_model(&trainer.keys, temperature), report)
}

/// Models trained with different document orders, averaged: averaging the weights of a few
/// perceptrons lowers their variance (measured: five-fold cross-validation F1 on ANERcorp train
/// 0.761 for one model, 0.769 for five).
const BAGS: usize = 5;

/// Trains `BAGS` models on the documents at `indices` for `epochs` epochs, each over its own
/// shuffles; their averaged weights, averaged.
fn fit(trainer: &Trainer, documents: &[Document], indices: &[usize], epochs: usize) -> Weights {
    let mut total: Option<Weights> = None;
    for bag in 0..BAGS {
        let mut order: Vec<&Document> = indices.iter().map(|&i| &documents[i]).collect();
        let mut weights = Weights::new(trainer.keys.len());
        for epoch in 1..=epochs {
            shuffle(&mut order, epoch as u64 * 7919 + bag as u64 * 104_729);
            trainer.epoch(&mut weights, &order);
        }
        let averaged = weights.averaged();
        total = Some(match total {
            None => averaged,
            Some(mut sum) => {
                sum.add(&averaged);
                sum
            }
        });
    }
    let mut model = total.expect("at least one bag");
    model.scale(1.0 / BAGS as f32);
    model
}

/// Trains on all but `dev` and scores `dev` after each epoch; the best epoch count and the
/// temperature fitted there.
fn choose_epochs(
    trainer: &Trainer,
    documents: &[Document],
    dev: &[usize],
    train_part: &[usize],
    config: &NerTraining,
    report: &mut String,
) -> (usize, f32) {
    let dev_docs: Vec<&Document> = dev.iter().map(|&i| &documents[i]).collect();
    let mut train_part: Vec<&Document> = train_part.iter().map(|&i| &documents[i]).collect();
    let mut weights = Weights::new(trainer.keys.len());
    let mut best = (-1.0, 1usize, 1.0f32);
    for epoch in 1..=config.max_epochs {
        shuffle(&mut train_part, epoch as u64 * 7919);
        trainer.epoch(&mut weights, &train_part);
        let averaged = weights.averaged();
        let counts = trainer.score(&averaged, &dev_docs);
        report.push_str(&format!("  epoch {epoch:>2}: development {counts}\n"));
        if counts.f1() > best.0 {
            let temperature = trainer.fit_temperature(&averaged, &dev_docs);
            best = (counts.f1(), epoch, temperature);
        }
    }
    report.push_str(&format!(
        "  chosen: {} epochs, temperature {}\n",
        best.1, best.2
    ));
    (best.1, best.2)
}

/// Analyses the training documents, computes their features and numbers the features seen often
/// enough.
fn prepare(sources: &TrainingSources, config: &NerTraining) -> Prepared {
    let mut trainer = Trainer {
        language: config.language,
        index: HashMap::default(),
        keys: Vec::new(),
    };
    let TrainingSources {
        pipeline,
        lexicons,
        clusters,
        primary,
        extra,
    } = *sources;
    let mut documents = trainer.analyse(pipeline, primary);
    let primary_count = documents.len();
    let mut origin: Vec<Option<usize>> = (0..primary_count).map(Some).collect();
    documents.extend(trainer.analyse(pipeline, extra));
    origin.resize(documents.len(), None);
    if config.crops {
        for (d, chunk) in primary.chunks(SENTENCES_PER_DOCUMENT).enumerate() {
            let cropped = crops(chunk);
            for document in trainer.analyse(pipeline, &cropped) {
                documents.push(document);
                origin.push(Some(d));
            }
        }
    }

    let article = match config.language {
        Language::Arabic => ArticleEvidence::from_word_counts(&lexicons.arabic_words),
        _ => ArticleEvidence::default(),
    };
    let sources = FeatureSources {
        clusters,
        article: &article,
        lexicons,
        language: config.language,
    };
    let all_hashes: Vec<(Vec<u64>, Vec<usize>)> = documents
        .iter()
        .map(|document| trainer.feature_hashes(&sources, document))
        .collect();

    // Feature rows: hashes seen often enough in training, plus the memory features.
    let mut counts: HashMap<u64, u32> = HashMap::default();
    for (hashes, _) in &all_hashes {
        for &h in hashes {
            *counts.entry(h).or_default() += 1;
        }
    }
    let mut frequent: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= config.min_feature_count)
        .map(|(h, _)| h)
        .collect();
    frequent.sort_unstable();
    for h in frequent {
        trainer.row(h);
    }
    for t in 0..TYPES.len() {
        let mut memory = DocumentMemory::default();
        memory.remember("x", t as u8);
        let mut hashes = Vec::new();
        let token = pipeline.analyze("x", config.language, true).tokens;
        features::memory_features(&memory, &token[0], &mut hashes);
        for h in hashes {
            trainer.row(h);
        }
    }
    for (document, (hashes, starts)) in documents.iter_mut().zip(all_hashes) {
        let mut rows = Vec::with_capacity(hashes.len());
        let mut row_starts = Vec::with_capacity(starts.len());
        for w in starts.windows(2) {
            row_starts.push(rows.len());
            rows.extend(
                hashes[w[0]..w[1]]
                    .iter()
                    .filter_map(|h| trainer.index.get(h).copied()),
            );
        }
        row_starts.push(rows.len());
        document.features = rows;
        document.starts = row_starts;
    }
    let tokens: usize = documents.iter().map(|d| d.tokens.len()).sum();
    let report = format!(
        "{} documents, {tokens} tokens, {} features (seen {}+ times)\n",
        documents.len(),
        trainer.keys.len(),
        config.min_feature_count
    );
    Prepared {
        trainer,
        documents,
        primary_count,
        origin,
        report,
    }
}

/// `naba train ner --cross-validate`: five contiguous folds of the primary file, each scored by
/// the shipped training procedure (`fit`, `max_epochs` epochs) run on the rest. Writes no model.
pub fn cross_validate(sources: &TrainingSources, config: &NerTraining) -> String {
    let prepared = prepare(sources, config);
    let fold_size = prepared.primary_count.div_ceil(FOLDS);
    let mut report = prepared.report.clone();
    let mut pooled = Counts::default();
    for fold in 0..FOLDS {
        let dev_range = fold * fold_size..((fold + 1) * fold_size).min(prepared.primary_count);
        let dev: Vec<&Document> = prepared.documents[dev_range.clone()].iter().collect();
        let others = prepared.training_indices(&dev_range);
        let weights = fit(
            &prepared.trainer,
            &prepared.documents,
            &others,
            config.max_epochs,
        );
        let counts = prepared.trainer.score(&weights, &dev);
        report.push_str(&format!("fold {fold}: {counts}\n"));
        pooled.add(counts);
    }
    report.push_str(&format!(
        "pooled ({} epochs): {pooled}\n",
        config.max_epochs
    ));
    report
}
