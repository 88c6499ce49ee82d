//! Word clusters from unlabeled text (`naba train clusters`): the tagger's way of knowing that a
//! word it never saw labelled behaves like words it did (`بعقوبة` like `البصرة`, `Kirkuk` like
//! `Basra`).
//!
//! Each frequent word is described by the words right around it (left and right, one and two
//! positions away, over the most frequent words as contexts), as Hellinger-weighted counts
//! (square roots of the conditional probabilities) projected to a few dense dimensions; spherical
//! k-means then groups the words at a fine level, and k-means over the fine centroids gives the
//! coarser levels (a three-level hierarchy, as Brown-cluster prefixes give). Words are counted in
//! the form the tagger looks them up: the token's clitic-free SEARCH key (`بالبصرة` counts as
//! `البصره`).
//!
//! Deterministic: a fixed seed, a fixed order of words. Not used at run time; the output is the
//! committed `resources/models/clusters_<lang>.tsv`.

use rustc_hash::FxHashMap as HashMap;

use crate::pipeline::Pipeline;
use crate::text::lang::Language;
use crate::tokens::TokenKind;

use super::vectors::{SkipGramParams, TokenStream, WordVectors};

/// The sizes of one clustering run.
#[derive(Clone, Copy, Debug)]
pub struct ClusterParams {
    /// Words seen fewer times are not clustered (too little evidence).
    pub min_count: usize,
    /// At most this many words, the most frequent first.
    pub max_words: usize,
    /// How many of the most frequent tokens serve as context words.
    pub context_words: usize,
    /// Dimensions of the projected vectors.
    pub dimensions: usize,
    /// Clusters at the fine, middle and coarse level.
    pub levels: [usize; 3],
    pub iterations: usize,
    /// What each word's vector is before clustering.
    pub representation: Representation,
}

/// How words become vectors before they are clustered.
#[derive(Clone, Copy, Debug)]
pub enum Representation {
    /// Hellinger-weighted counts of the words around it, randomly projected.
    ContextCounts,
    /// Skip-gram vectors with character n-grams (`super::vectors`).
    SkipGram(SkipGramParams),
}

/// The key a word is counted and looked up under (shared with the tagger's features).
pub fn cluster_key(token: &crate::tokens::Token) -> &str {
    token.name_key()
}

/// Small deterministic generator (xorshift64*), so that rebuilds give the same clusters and
/// vectors.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [-1, 1).
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    }

    /// Uniform in [0, 1).
    pub(super) fn fraction(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Interned token stream of a corpus.
#[derive(Default)]
struct Corpus {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    counts: Vec<u64>,
    is_word: Vec<bool>,
    /// Token ids, paragraphs separated by u32::MAX.
    stream: Vec<u32>,
}

impl Corpus {
    fn add_paragraph(&mut self, pipeline: &Pipeline, text: &str, language: Language) {
        let analysis = pipeline.analyze(text, language, true);
        for token in &analysis.tokens {
            let key = cluster_key(token);
            let id = match self.ids.get(key) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.ids.insert(key.to_string(), id);
                    self.words.push(key.to_string());
                    self.counts.push(0);
                    self.is_word.push(token.kind == TokenKind::Word);
                    id
                }
            };
            self.counts[id as usize] += 1;
            self.stream.push(id);
        }
        self.stream.push(u32::MAX);
    }
}

/// Clusters the words of `paragraphs`; returns the TSV text (`key fine mid coarse count`).
pub fn build_clusters(
    pipeline: &Pipeline,
    paragraphs: impl Iterator<Item = String>,
    language: Language,
    params: ClusterParams,
    header: &str,
) -> (String, usize) {
    let mut corpus = Corpus::default();
    for paragraph in paragraphs {
        corpus.add_paragraph(pipeline, &paragraph, language);
    }
    let mut by_count: Vec<u32> = (0..corpus.words.len() as u32).collect();
    by_count.sort_by(|&a, &b| {
        corpus.counts[b as usize]
            .cmp(&corpus.counts[a as usize])
            .then_with(|| corpus.words[a as usize].cmp(&corpus.words[b as usize]))
    });
    let vocabulary: Vec<u32> = by_count
        .iter()
        .copied()
        .filter(|&id| {
            corpus.is_word[id as usize] && corpus.counts[id as usize] as usize >= params.min_count
        })
        .take(params.max_words)
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let dims;
    let vectors = match params.representation {
        Representation::ContextCounts => {
            dims = params.dimensions;
            context_count_vectors(&corpus, &by_count, &vocabulary, params, &mut rng)
        }
        Representation::SkipGram(skip_gram) => {
            dims = skip_gram.dimensions;
            skip_gram_vectors(&corpus, &vocabulary, skip_gram)
        }
    };

    let fine = spherical_kmeans(
        &vectors,
        dims,
        params.levels[0],
        params.iterations,
        &mut rng,
    );
    let fine_centroids = centroids(&vectors, dims, &fine, params.levels[0]);
    let mid = spherical_kmeans(
        &fine_centroids,
        dims,
        params.levels[1],
        params.iterations,
        &mut rng,
    );
    let mid_centroids = centroids(&fine_centroids, dims, &mid, params.levels[1]);
    let coarse = spherical_kmeans(
        &mid_centroids,
        dims,
        params.levels[2],
        params.iterations,
        &mut rng,
    );

    let mut lines: Vec<String> = vocabulary
        .iter()
        .enumerate()
        .map(|(row, &id)| {
            let f = fine[row];
            let m = mid[f as usize];
            let c = coarse[m as usize];
            format!(
                "{}\t{f}\t{m}\t{c}\t{}",
                corpus.words[id as usize], corpus.counts[id as usize]
            )
        })
        .collect();
    lines.sort();
    let mut text = String::from(header);
    for line in &lines {
        text.push_str(line);
        text.push('\n');
    }
    (text, vocabulary.len())
}

/// Each vocabulary word's context-count vector (unit length), rows in vocabulary order.
fn context_count_vectors(
    corpus: &Corpus,
    by_count: &[u32],
    vocabulary: &[u32],
    params: ClusterParams,
    rng: &mut Rng,
) -> Vec<f32> {
    // Context slot of each token id (u32::MAX: not a context word).
    let mut context_slot = vec![u32::MAX; corpus.words.len()];
    for (slot, &id) in by_count.iter().take(params.context_words).enumerate() {
        context_slot[id as usize] = slot as u32;
    }
    let mut row_of = vec![u32::MAX; corpus.words.len()];

    for (row, &id) in vocabulary.iter().enumerate() {
        row_of[id as usize] = row as u32;
    }

    // (row, context dimension) events, counted by sorting.
    let slots = params.context_words as u32;
    let mut events: Vec<u64> = Vec::new();
    let stream = &corpus.stream;
    for i in 0..stream.len() {
        let id = stream[i];
        if id == u32::MAX || row_of[id as usize] == u32::MAX {
            continue;
        }
        let row = row_of[id as usize] as u64;
        for (offset, kind) in [(-2i64, 0u32), (-1, 1), (1, 2), (2, 3)] {
            let j = i as i64 + offset;
            if j < 0 || j as usize >= stream.len() {
                continue;
            }
            // Paragraph borders stop the window.
            let (lo, hi) = if j < i as i64 {
                (j as usize, i)
            } else {
                (i, j as usize)
            };
            if stream[lo..=hi].contains(&u32::MAX) {
                continue;
            }
            let slot = context_slot[stream[j as usize] as usize];
            if slot != u32::MAX {
                events.push(row << 32 | (kind * slots + slot) as u64);
            }
        }
    }
    events.sort_unstable();

    // Random projection of the Hellinger vectors.
    let dims = params.dimensions;
    let projection: Vec<f32> = (0..(4 * slots as usize) * dims)
        .map(|_| rng.unit())
        .collect();
    let mut vectors = vec![0f32; vocabulary.len() * dims];
    let mut start = 0;
    while start < events.len() {
        let row = (events[start] >> 32) as usize;
        let mut end = start;
        while end < events.len() && (events[end] >> 32) as usize == row {
            end += 1;
        }
        let total = (end - start) as f32;
        let out = &mut vectors[row * dims..(row + 1) * dims];
        let mut k = start;
        while k < end {
            let dim = (events[k] & 0xFFFF_FFFF) as usize;
            let mut n = k;
            while n < end && events[n] == events[k] {
                n += 1;
            }
            let weight = ((n - k) as f32 / total).sqrt();
            let p = &projection[dim * dims..(dim + 1) * dims];
            for (o, r) in out.iter_mut().zip(p) {
                *o += weight * r;
            }
            k = n;
        }
        normalize(out);
        start = end;
    }

    vectors
}

/// Each vocabulary word's skip-gram vector (unit length), rows in vocabulary order.
fn skip_gram_vectors(corpus: &Corpus, vocabulary: &[u32], params: SkipGramParams) -> Vec<f32> {
    let stream = TokenStream {
        stream: &corpus.stream,
        words: &corpus.words,
        counts: &corpus.counts,
        is_word: &corpus.is_word,
    };
    let trained = WordVectors::train(&stream, params, &mut |line| eprintln!("{line}"));
    let dims = trained.dimensions();
    let mut vectors = vec![0f32; vocabulary.len() * dims];
    for (row, &id) in vocabulary.iter().enumerate() {
        trained.vector(
            Some(id),
            &corpus.words[id as usize],
            corpus.is_word[id as usize],
            &mut vectors[row * dims..(row + 1) * dims],
        );
    }
    vectors
}

fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// Mean direction of each cluster, unit length.
fn centroids(vectors: &[f32], dims: usize, assignment: &[u32], k: usize) -> Vec<f32> {
    let mut sums = vec![0f32; k * dims];
    for (row, &c) in assignment.iter().enumerate() {
        let v = &vectors[row * dims..(row + 1) * dims];
        let s = &mut sums[c as usize * dims..(c as usize + 1) * dims];
        s.iter_mut().zip(v).for_each(|(a, b)| *a += b);
    }
    for c in 0..k {
        normalize(&mut sums[c * dims..(c + 1) * dims]);
    }
    sums
}

/// Spherical k-means (cosine): returns the cluster of each row. Assignment runs on all cores.
fn spherical_kmeans(
    vectors: &[f32],
    dims: usize,
    k: usize,
    iterations: usize,
    rng: &mut Rng,
) -> Vec<u32> {
    let rows = vectors.len() / dims;
    let k = k.min(rows).max(1);
    // Distinct random rows as the first centroids.
    let mut chosen: Vec<usize> = Vec::with_capacity(k);
    let mut taken = vec![false; rows];
    while chosen.len() < k {
        let r = (rng.next() % rows as u64) as usize;
        if !taken[r] {
            taken[r] = true;
            chosen.push(r);
        }
    }
    let mut centers: Vec<f32> = chosen
        .iter()
        .flat_map(|&r| vectors[r * dims..(r + 1) * dims].iter().copied())
        .collect();
    let mut assignment = vec![0u32; rows];
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    for _ in 0..iterations {
        let chunk = rows.div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            for (part, out) in assignment.chunks_mut(chunk).enumerate() {
                let centers = &centers;
                scope.spawn(move || {
                    for (i, slot) in out.iter_mut().enumerate() {
                        let row = part * chunk + i;
                        let v = &vectors[row * dims..(row + 1) * dims];
                        let mut best = (f32::MIN, 0u32);
                        for c in 0..k {
                            let center = &centers[c * dims..(c + 1) * dims];
                            let dot: f32 = v.iter().zip(center).map(|(a, b)| a * b).sum();
                            if dot > best.0 {
                                best = (dot, c as u32);
                            }
                        }
                        *slot = best.1;
                    }
                });
            }
        });
        let mut sizes = vec![0usize; k];
        assignment.iter().for_each(|&c| sizes[c as usize] += 1);
        let mut next = centroids(vectors, dims, &assignment, k);
        // An empty cluster restarts at a random row.
        for (c, &size) in sizes.iter().enumerate() {
            if size == 0 {
                let r = (rng.next() % rows as u64) as usize;
                next[c * dims..(c + 1) * dims].copy_from_slice(&vectors[r * dims..(r + 1) * dims]);
            }
        }
        centers = next;
    }
    assignment
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kmeans_separates_two_obvious_groups() {
        // Two tight groups of unit vectors, far apart.
        let vectors = [1.0, 0.0, 0.99, 0.14, 0.0, 1.0, 0.14, 0.99];
        let mut rng = Rng(7);
        let a = spherical_kmeans(&vectors, 2, 2, 5, &mut rng);
        assert_eq!(a[0], a[1]);
        assert_eq!(a[2], a[3]);
        assert_ne!(a[0], a[2]);
    }
}
