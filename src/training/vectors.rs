//! Dense word vectors from unlabeled text: skip-gram with negative sampling, each word also
//! represented by its character n-grams (the fastText recipe of Bojanowski et al., 2017), so a
//! word seen a handful of times, or a transliterated name seen once, shares evidence with the
//! words it is spelled like (`ماكرون` with `ميركل`'s endings, `بروكسل` with `بروكسيل`).
//!
//! Used only by `naba train clusters` to give the clustering vectors; nothing here runs when the
//! service runs. Single-threaded and seeded, so a rebuild gives the same vectors.

use super::clusters::Rng;

/// The sizes of one training run.
#[derive(Clone, Copy, Debug)]
pub struct SkipGramParams {
    pub dimensions: usize,
    /// Context words on each side (the window actually used is drawn from 1..=window).
    pub window: usize,
    /// Negative samples per (word, context) pair.
    pub negatives: usize,
    pub epochs: usize,
    /// Words seen fewer times get no vector of their own (only their n-grams).
    pub min_count: u64,
    /// Character n-gram lengths (inclusive) and the number of hash buckets they share; no
    /// buckets, no n-grams (a word is then its own row alone, as in word2vec).
    pub min_ngram: usize,
    pub max_ngram: usize,
    pub buckets: usize,
    /// Frequent-word subsampling threshold (word2vec's `t`, e.g. 1e-4).
    pub subsample: f64,
    pub learning_rate: f32,
    /// Seed of the initial vectors, the window sizes, the subsampling and the negative samples.
    pub seed: u64,
}

/// A tokenized corpus as the trainer sees it.
pub struct TokenStream<'c> {
    /// Token ids; `u32::MAX` marks a paragraph border (no window crosses it).
    pub stream: &'c [u32],
    pub words: &'c [String],
    pub counts: &'c [u64],
    /// Whether an id is a word (n-grams are only taken of words, not of digits or punctuation).
    pub is_word: &'c [bool],
}

/// Trained vectors: a row per word of the corpus with `min_count` occurrences, plus n-gram
/// buckets; any string (seen or not) gets a vector from them.
pub struct WordVectors {
    dims: usize,
    params: SkipGramParams,
    /// Row of each corpus id, `u32::MAX` when the word has no row of its own.
    row_of: Vec<u32>,
    rows: usize,
    /// `(rows + buckets) * dims`: word rows, then n-gram buckets.
    input: Vec<f32>,
}

/// The n-gram buckets of `word` (`<` and `>` mark its edges, as in fastText).
fn ngram_buckets(word: &str, params: &SkipGramParams, out: &mut Vec<u32>) {
    out.clear();
    if params.buckets == 0 {
        return;
    }
    let chars: Vec<char> = std::iter::once('<')
        .chain(word.chars())
        .chain(std::iter::once('>'))
        .collect();
    for n in params.min_ngram..=params.max_ngram {
        if n > chars.len() {
            break;
        }
        for window in chars.windows(n) {
            // The whole word with its marks is the word's own row, not an n-gram.
            if n == chars.len() {
                continue;
            }
            let mut hash: u32 = 2_166_136_261;
            for c in window {
                let mut buffer = [0u8; 4];
                for &b in c.encode_utf8(&mut buffer).as_bytes() {
                    hash = (hash ^ b as u32).wrapping_mul(16_777_619);
                }
            }
            out.push(hash % params.buckets as u32);
        }
    }
}

fn sigmoid(x: f32) -> f32 {
    if x > 8.0 {
        1.0
    } else if x < -8.0 {
        0.0
    } else {
        1.0 / (1.0 + (-x).exp())
    }
}

impl WordVectors {
    /// Trains on `corpus`; `log` receives a progress line per epoch.
    pub fn train(
        corpus: &TokenStream,
        params: SkipGramParams,
        log: &mut dyn FnMut(&str),
    ) -> WordVectors {
        let dims = params.dimensions;
        let mut row_of = vec![u32::MAX; corpus.words.len()];
        let mut row_ids: Vec<u32> = Vec::new();
        for (id, &count) in corpus.counts.iter().enumerate() {
            if count >= params.min_count {
                row_of[id] = row_ids.len() as u32;
                row_ids.push(id as u32);
            }
        }
        let rows = row_ids.len();
        let mut rng = Rng(params.seed | 1);
        let scale = 1.0 / dims as f32;
        let mut input: Vec<f32> = (0..(rows + params.buckets) * dims)
            .map(|_| ((rng.fraction() as f32) * 2.0 - 1.0) * scale)
            .collect();
        let mut output = vec![0f32; rows * dims];

        // Input rows of each word row: itself, then its n-gram buckets.
        let mut pieces: Vec<Vec<u32>> = Vec::with_capacity(rows);
        let mut buffer = Vec::new();
        for &id in &row_ids {
            let mut rows_of_word = vec![row_of[id as usize]];
            if corpus.is_word[id as usize] {
                ngram_buckets(&corpus.words[id as usize], &params, &mut buffer);
                rows_of_word.extend(buffer.iter().map(|b| rows as u32 + b));
            }
            pieces.push(rows_of_word);
        }

        // Negative sampling table: unigram counts to the power 0.75.
        const TABLE: usize = 10_000_000;
        let weights: Vec<f64> = row_ids
            .iter()
            .map(|&id| (corpus.counts[id as usize] as f64).powf(0.75))
            .collect();
        let total_weight: f64 = weights.iter().sum();
        let mut table = Vec::with_capacity(TABLE);
        for (row, w) in weights.iter().enumerate() {
            let n = (w / total_weight * TABLE as f64).round() as usize;
            table.extend(std::iter::repeat_n(row as u32, n.max(1)));
        }

        let total_tokens: u64 = row_ids.iter().map(|&id| corpus.counts[id as usize]).sum();
        let keep_probability: Vec<f64> = row_ids
            .iter()
            .map(|&id| {
                let f = corpus.counts[id as usize] as f64 / total_tokens as f64;
                let t = params.subsample;
                ((f / t).sqrt() + 1.0) * t / f
            })
            .collect();

        let planned = total_tokens as f64 * params.epochs as f64;
        let mut processed = 0f64;
        let mut hidden = vec![0f32; dims];
        let mut gradient = vec![0f32; dims];
        let mut sentence: Vec<u32> = Vec::new();
        for epoch in 0..params.epochs {
            let mut loss = 0f64;
            let mut pairs = 0u64;
            let mut start = 0;
            while start < corpus.stream.len() {
                let end = corpus.stream[start..]
                    .iter()
                    .position(|&t| t == u32::MAX)
                    .map_or(corpus.stream.len(), |p| start + p);
                sentence.clear();
                for &id in &corpus.stream[start..end] {
                    let row = row_of[id as usize];
                    if row == u32::MAX {
                        continue;
                    }
                    processed += 1.0;
                    if rng.fraction() < keep_probability[row as usize] {
                        sentence.push(row);
                    }
                }
                start = end + 1;
                let rate = params.learning_rate * (1.0 - (processed / planned) as f32).max(1e-4);
                for (i, &word) in sentence.iter().enumerate() {
                    let reach = 1 + (rng.next() % params.window as u64) as usize;
                    let word_rows = &pieces[word as usize];
                    let share = 1.0 / word_rows.len() as f32;
                    let window = i.saturating_sub(reach)..(i + reach + 1).min(sentence.len());
                    for (j, &context) in sentence[window.clone()].iter().enumerate() {
                        if window.start + j == i {
                            continue;
                        }
                        hidden.iter_mut().for_each(|h| *h = 0.0);
                        for &r in word_rows {
                            let v = &input[r as usize * dims..(r as usize + 1) * dims];
                            hidden.iter_mut().zip(v).for_each(|(h, x)| *h += x * share);
                        }
                        gradient.iter_mut().for_each(|g| *g = 0.0);
                        for k in 0..=params.negatives {
                            let (target, label) = if k == 0 {
                                (context, 1.0)
                            } else {
                                let t = table[(rng.next() % table.len() as u64) as usize];
                                if t == context {
                                    continue;
                                }
                                (t, 0.0)
                            };
                            let out =
                                &mut output[target as usize * dims..(target as usize + 1) * dims];
                            let dot: f32 = hidden.iter().zip(out.iter()).map(|(a, b)| a * b).sum();
                            let p = sigmoid(dot);
                            loss -= if label > 0.5 {
                                (p.max(1e-6) as f64).ln()
                            } else {
                                ((1.0 - p).max(1e-6) as f64).ln()
                            };
                            let g = (label - p) * rate;
                            gradient
                                .iter_mut()
                                .zip(out.iter())
                                .for_each(|(d, o)| *d += g * o);
                            out.iter_mut().zip(&hidden).for_each(|(o, h)| *o += g * h);
                        }
                        pairs += 1;
                        for &r in word_rows {
                            let v = &mut input[r as usize * dims..(r as usize + 1) * dims];
                            v.iter_mut()
                                .zip(&gradient)
                                .for_each(|(x, d)| *x += d * share);
                        }
                    }
                }
            }
            log(&format!(
                "  epoch {}: {pairs} pairs, mean loss {:.3}",
                epoch + 1,
                loss / pairs.max(1) as f64
            ));
        }
        WordVectors {
            dims,
            params,
            row_of,
            rows,
            input,
        }
    }

    pub fn dimensions(&self) -> usize {
        self.dims
    }

    /// The vector of corpus word `id` spelled `word` (unit length): its own row, if it has one,
    /// averaged with its n-grams.
    pub fn vector(&self, id: Option<u32>, word: &str, is_word: bool, out: &mut [f32]) {
        let dims = self.dims;
        out.iter_mut().for_each(|x| *x = 0.0);
        let mut parts = 0usize;
        if let Some(row) = id
            .map(|id| self.row_of[id as usize])
            .filter(|&r| r != u32::MAX)
        {
            let v = &self.input[row as usize * dims..(row as usize + 1) * dims];
            out.iter_mut().zip(v).for_each(|(o, x)| *o += x);
            parts += 1;
        }
        if is_word {
            let mut buckets = Vec::new();
            ngram_buckets(word, &self.params, &mut buckets);
            for b in buckets {
                let r = self.rows + b as usize;
                let v = &self.input[r * dims..(r + 1) * dims];
                out.iter_mut().zip(v).for_each(|(o, x)| *o += x);
                parts += 1;
            }
        }
        if parts > 0 {
            let norm = out.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                out.iter_mut().for_each(|x| *x /= norm);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ngrams_cover_the_word_edges_and_not_the_whole_word() {
        let params = SkipGramParams {
            dimensions: 4,
            window: 2,
            negatives: 1,
            epochs: 1,
            min_count: 1,
            min_ngram: 3,
            max_ngram: 3,
            buckets: 1 << 20,
            subsample: 1e-3,
            learning_rate: 0.05,
            seed: 7,
        };
        let mut out = Vec::new();
        // <ab> has the trigrams <ab and ab>; the 4-character whole is not an n-gram.
        ngram_buckets("ab", &params, &mut out);
        assert_eq!(out.len(), 2);
        ngram_buckets("a", &params, &mut out);
        assert!(out.is_empty(), "<a> is the whole word");
    }

    #[test]
    fn words_in_the_same_contexts_end_up_closer_than_words_in_others() {
        // Two families of words, each only ever seen between its own neighbours.
        let words: Vec<String> = ["north", "south", "pear", "plum", "go", "eat", "now", "ripe"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let mut stream = Vec::new();
        let mut rng = Rng(3);
        for _ in 0..3000 {
            let place = if rng.next().is_multiple_of(2) { 0 } else { 1 };
            let fruit = if rng.next().is_multiple_of(2) { 2 } else { 3 };
            stream.extend([4, place, 6, u32::MAX, 5, fruit, 7, u32::MAX]);
        }
        let mut counts = vec![0u64; words.len()];
        stream
            .iter()
            .filter(|&&t| t != u32::MAX)
            .for_each(|&t| counts[t as usize] += 1);
        let is_word = vec![true; words.len()];
        let corpus = TokenStream {
            stream: &stream,
            words: &words,
            counts: &counts,
            is_word: &is_word,
        };
        let params = SkipGramParams {
            dimensions: 16,
            window: 2,
            negatives: 3,
            epochs: 3,
            min_count: 1,
            min_ngram: 3,
            max_ngram: 4,
            buckets: 1000,
            subsample: 1.0,
            learning_rate: 0.05,
            seed: 7,
        };
        let vectors = WordVectors::train(&corpus, params, &mut |_| {});
        let v = |id: u32| {
            let mut out = vec![0f32; 16];
            vectors.vector(Some(id), &words[id as usize], true, &mut out);
            out
        };
        let cos = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
        let (north, south, pear, plum) = (v(0), v(1), v(2), v(3));
        assert!(cos(&north, &south) > cos(&north, &pear));
        assert!(cos(&pear, &plum) > cos(&plum, &south));
    }
}
