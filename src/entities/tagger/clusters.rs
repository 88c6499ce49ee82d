//! Word clusters at run time: the committed `clusters_<lang>.tsv` (built by `naba train clusters`)
//! parsed into a map from a word's clitic-free SEARCH key to its clusters and frequency class.

use rustc_hash::FxHashMap as HashMap;

/// What the tagger knows of a word from unlabeled text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordClass {
    pub fine: u16,
    pub mid: u16,
    pub coarse: u16,
    /// floor(log2(count)): rare words are more often names.
    pub frequency: u8,
}

/// Word -> clusters, for one language.
#[derive(Clone, Debug, Default)]
pub struct WordClusters {
    words: HashMap<String, WordClass>,
}

impl WordClusters {
    /// Parses `key<TAB>fine<TAB>mid<TAB>coarse<TAB>count` lines (`#` lines are comments).
    pub fn parse(text: &str) -> Result<WordClusters, String> {
        let mut words = HashMap::default();
        for (number, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let parse = |i: usize| -> Result<u64, String> {
                fields.get(i).and_then(|f| f.parse().ok()).ok_or_else(|| {
                    format!(
                        "line {}: expected key, three clusters and a count",
                        number + 1
                    )
                })
            };
            let class = WordClass {
                fine: parse(1)? as u16,
                mid: parse(2)? as u16,
                coarse: parse(3)? as u16,
                frequency: (63 - parse(4)?.max(1).leading_zeros()) as u8,
            };
            words.insert(fields[0].to_string(), class);
        }
        Ok(WordClusters { words })
    }

    pub fn get(&self, key: &str) -> Option<WordClass> {
        self.words.get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_classes_and_frequency() {
        let clusters = WordClusters::parse("# header\nالبصره\t12\t3\t1\t1024\n").unwrap();
        let class = clusters.get("البصره").unwrap();
        assert_eq!(
            (class.fine, class.mid, class.coarse, class.frequency),
            (12, 3, 1, 10)
        );
        assert!(clusters.get("بغداد").is_none());
        assert!(WordClusters::parse("word\t1\t2\n").is_err());
    }
}
