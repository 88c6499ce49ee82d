//! The committed lexicons, embedded in the binary and parsed once at start-up.
//!
//! Built by `naba build lexicons` (see `training`) from the public corpora; their sources and
//! licences are in `resources/README.md`. A malformed line fails start-up, never a request.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::entities::Label;

const GAZETTEER_TSV: &str = include_str!("../resources/lexicons/gazetteer.tsv");
const FIRST_NAMES_TSV: &str = include_str!("../resources/lexicons/first_names.tsv");
const AR_WORDS_TSV: &str = include_str!("../resources/lexicons/ar_words.tsv");

/// Lexicons shared by the stages, keyed by SEARCH-form text.
#[derive(Debug, Default)]
pub struct Lexicons {
    /// Entity strings (tokens joined by one space) and their label.
    pub gazetteer: HashMap<String, Label>,
    /// Longest gazetteer entry in tokens.
    pub gazetteer_max_tokens: usize,
    /// Given names, `light_key` form (letters unfolded, Latin lower case).
    pub first_names: HashSet<String>,
    /// Arabic word frequencies (Wikipedia + training text), `light_key` form; shared with the
    /// clitic segmenter.
    pub arabic_words: std::sync::Arc<HashMap<String, u32>>,
}

/// A lexicon file that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("lexicon {file}, line {line}: {problem}")]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub problem: String,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicons {
    /// Parses the embedded lexicons.
    pub fn load_embedded() -> Result<Lexicons, LexiconError> {
        let mut gazetteer = HashMap::default();
        let mut max_tokens = 1;
        for (line, text) in data_lines(GAZETTEER_TSV) {
            let mut fields = text.split('\t');
            let (Some(key), Some(label)) = (fields.next(), fields.next()) else {
                return Err(LexiconError {
                    file: "gazetteer.tsv",
                    line,
                    problem: "expected key<TAB>label".into(),
                });
            };
            let label = Label::from_name(label).ok_or_else(|| LexiconError {
                file: "gazetteer.tsv",
                line,
                problem: format!("unknown label {label:?}"),
            })?;
            max_tokens = max_tokens.max(key.split(' ').count());
            gazetteer.insert(key.to_string(), label);
        }
        let first_names = data_lines(FIRST_NAMES_TSV)
            .map(|(_, l)| l.to_string())
            .collect();
        let mut arabic_words = HashMap::default();
        for (line, text) in data_lines(AR_WORDS_TSV) {
            let (word, count) = text.split_once('\t').ok_or_else(|| LexiconError {
                file: "ar_words.tsv",
                line,
                problem: "expected word<TAB>count".into(),
            })?;
            let count = count.parse().map_err(|_| LexiconError {
                file: "ar_words.tsv",
                line,
                problem: format!("count {count:?} is not a number"),
            })?;
            arabic_words.insert(word.to_string(), count);
        }
        Ok(Lexicons {
            gazetteer,
            gazetteer_max_tokens: max_tokens,
            first_names,
            arabic_words: std::sync::Arc::new(arabic_words),
        })
    }
}
