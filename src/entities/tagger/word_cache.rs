//! What the tagger knows of a word on its own, computed once per distinct word and shared by all
//! requests: its summed feature weights at each window position and the facts its context
//! features read. News text repeats its words (a few thousand make most of any article), so most
//! tokens cost one look-up here instead of some fifty feature hashes and weight look-ups.
//!
//! Bounded: a shard that fills up is emptied and refills with the words that come next, so the
//! memory stays flat however much text goes through. Not here: which features a word has
//! (`features.rs`), or the weights (`model.rs`).

use std::hash::{Hash, Hasher};
use std::sync::RwLock;

use rustc_hash::{FxHashMap, FxHasher};

use super::clusters::WordClass;
use super::features::WINDOW;
use super::model::TagScores;

/// What is cached of one word (its surface as the text has it).
#[derive(Clone, Copy, Debug)]
pub struct WordEntry {
    /// The summed weights of the word's features as seen from each window position
    /// (`features::window_offsets` order).
    pub scores: [TagScores; WINDOW],
    pub shape: u64,
    pub class: Option<WordClass>,
    pub given_name: bool,
    pub title: bool,
}

const SHARDS: usize = 16;
/// Words per shard before it is emptied (16 x 4096 = 65,536 words, about 26 MB).
const SHARD_CAPACITY: usize = 4096;

/// The cache of one tagger.
pub struct WordCache {
    shards: [RwLock<FxHashMap<Box<str>, WordEntry>>; SHARDS],
}

impl Default for WordCache {
    fn default() -> Self {
        WordCache {
            shards: std::array::from_fn(|_| RwLock::new(FxHashMap::default())),
        }
    }
}

impl std::fmt::Debug for WordCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words: usize = self
            .shards
            .iter()
            .map(|s| s.read().map_or(0, |m| m.len()))
            .sum();
        write!(f, "WordCache {{ {words} words }}")
    }
}

impl Clone for WordCache {
    /// A clone starts empty: the entries are a cache, not state.
    fn clone(&self) -> Self {
        WordCache::default()
    }
}

impl WordCache {
    fn shard(&self, surface: &str) -> &RwLock<FxHashMap<Box<str>, WordEntry>> {
        let mut hasher = FxHasher::default();
        surface.hash(&mut hasher);
        &self.shards[(hasher.finish() as usize) % SHARDS]
    }

    /// Forgets every word (for measuring a cold start).
    pub fn clear(&self) {
        for shard in &self.shards {
            shard.write().unwrap_or_else(|e| e.into_inner()).clear();
        }
    }

    /// The entry of `surface`, computed by `compute` the first time.
    pub fn get_or_compute(&self, surface: &str, compute: impl FnOnce() -> WordEntry) -> WordEntry {
        let shard = self.shard(surface);
        // A poisoned lock only means another request panicked mid-insert; the map is intact.
        if let Some(entry) = shard.read().unwrap_or_else(|e| e.into_inner()).get(surface) {
            return *entry;
        }
        let entry = compute();
        let mut map = shard.write().unwrap_or_else(|e| e.into_inner());
        if map.len() >= SHARD_CAPACITY {
            map.clear();
        }
        map.insert(surface.into(), entry);
        entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(shape: u64) -> WordEntry {
        WordEntry {
            scores: [[0.0; super::super::model::TAGS]; WINDOW],
            shape,
            class: None,
            given_name: false,
            title: false,
        }
    }

    #[test]
    fn computes_once_and_stays_bounded() {
        let cache = WordCache::default();
        let mut computed = 0;
        for _ in 0..3 {
            cache.get_or_compute("word", || {
                computed += 1;
                entry(7)
            });
        }
        assert_eq!(computed, 1);
        assert_eq!(cache.get_or_compute("word", || entry(0)).shape, 7);
        for n in 0..SHARDS * SHARD_CAPACITY * 2 {
            cache.get_or_compute(&n.to_string(), || entry(n as u64));
        }
        let words: usize = cache.shards.iter().map(|s| s.read().unwrap().len()).sum();
        assert!(words <= SHARDS * SHARD_CAPACITY, "{words}");
    }
}
