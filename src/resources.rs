//! The committed lexicons, embedded in the binary and parsed once at start-up.
//!
//! Built by `naba build lexicons` (see `training`) from the public corpora; their sources and
//! licences are in `resources/README.md`. A malformed line fails start-up, never a request.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::label::Label;

const GAZETTEER_TSV: &str = include_str!("../resources/lexicons/gazetteer.tsv");
const FIRST_NAMES_TSV: &str = include_str!("../resources/lexicons/first_names.tsv");
const NAME_GENDERS_TSV: &str = include_str!("../resources/lexicons/name_genders.tsv");
const NEWS_GIVEN_NAMES_TSV: &str = include_str!("../resources/lexicons/news_given_names.tsv");
const AR_WORDS_TSV: &str = include_str!("../resources/lexicons/ar_words.tsv");
const PLACES_TSV: &str = include_str!("../resources/lexicons/places.tsv");
const WIKI_TITLES_TSV: &str = include_str!("../resources/lexicons/wiki_titles.tsv");

/// The trained taggers and the word clusters their features use (`naba train clusters`, `naba
/// train ner`; see `resources/README.md`). An empty model file means "not trained yet": the
/// recognizer then finds no names in that language, only values.
pub const NER_MODEL_AR: &[u8] = include_bytes!("../resources/models/ner_ar.bin");
pub const NER_MODEL_EN: &[u8] = include_bytes!("../resources/models/ner_en.bin");
pub const CLUSTERS_AR: &str = include_str!("../resources/models/clusters_ar.tsv");
pub const CLUSTERS_EN: &str = include_str!("../resources/models/clusters_en.tsv");

/// Which data files are built into this binary: name, size in bytes and a checksum (FNV-1a 64 of
/// the bytes, hex), so that a caller or an operator can tell two builds' models apart. Computed
/// once (about 12 MB hashed, a few milliseconds).
pub fn embedded_files() -> &'static [EmbeddedFile] {
    static FILES: std::sync::OnceLock<Vec<EmbeddedFile>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let files: [(&str, &[u8]); 11] = [
            ("models/ner_ar.bin", NER_MODEL_AR),
            ("models/ner_en.bin", NER_MODEL_EN),
            ("models/clusters_ar.tsv", CLUSTERS_AR.as_bytes()),
            ("models/clusters_en.tsv", CLUSTERS_EN.as_bytes()),
            ("lexicons/gazetteer.tsv", GAZETTEER_TSV.as_bytes()),
            ("lexicons/first_names.tsv", FIRST_NAMES_TSV.as_bytes()),
            ("lexicons/name_genders.tsv", NAME_GENDERS_TSV.as_bytes()),
            (
                "lexicons/news_given_names.tsv",
                NEWS_GIVEN_NAMES_TSV.as_bytes(),
            ),
            ("lexicons/ar_words.tsv", AR_WORDS_TSV.as_bytes()),
            ("lexicons/places.tsv", PLACES_TSV.as_bytes()),
            ("lexicons/wiki_titles.tsv", WIKI_TITLES_TSV.as_bytes()),
        ];
        files
            .into_iter()
            .map(|(name, bytes)| EmbeddedFile {
                name,
                bytes: bytes.len(),
                checksum: format!("{:016x}", fnv1a64(bytes)),
            })
            .collect()
    })
}

/// One data file built into the binary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbeddedFile {
    /// Path under `resources/`.
    pub name: &'static str,
    pub bytes: usize,
    /// FNV-1a 64 of the file, 16 hex digits.
    pub checksum: String,
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The version, git revision and built-in data files of this binary, one per line: what
/// `naba --version` prints.
pub fn version_text() -> String {
    let mut text = format!(
        "{} (git {})\n",
        env!("CARGO_PKG_VERSION"),
        env!("NABA_GIT_REVISION")
    );
    for file in embedded_files() {
        text.push_str(&format!(
            "  {:<26} {:>9} bytes  fnv1a64 {}\n",
            file.name, file.bytes, file.checksum
        ));
    }
    text
}

/// Lexicons shared by the stages, keyed by SEARCH-form text.
#[derive(Debug, Default)]
pub struct Lexicons {
    /// Entity strings (tokens joined by one space) and their label.
    pub gazetteer: HashMap<String, Label>,
    /// Longest gazetteer entry in tokens.
    pub gazetteer_max_tokens: usize,
    /// Place and nationality names from the country lexicons only (never from a training
    /// split, so that the tagger's lexicon feature means the same in training and use).
    pub places: PhraseLexicon<Label>,
    /// Arabic Wikipedia article titles (most name people, places and organizations) with the
    /// type of their subject, when the article's first sentence says.
    pub wiki_titles: PhraseLexicon<Option<Label>>,
    /// For each word of a typed title: which types of title it appears in, and where.
    /// `جعفر` is in person titles, `نادي` first in organization titles.
    pub wiki_title_words: HashMap<String, TitleWordPlaces>,
    /// Given names, `light_key` form (letters unfolded, Latin lower case).
    pub first_names: HashSet<String>,
    /// More given names, read off unlabeled news with the tagger (`news_given_names.tsv`,
    /// `light_key` form): evidence for the construction rules, not a tagger feature.
    pub news_given_names: HashSet<String>,
    /// The gender of given names, `light_key` form (`name_genders.tsv`).
    pub first_name_genders: HashMap<String, crate::label::Gender>,
    /// Arabic word frequencies (Wikipedia + training text), `light_key` form; shared with the
    /// clitic segmenter.
    pub arabic_words: std::sync::Arc<HashMap<String, u32>>,
}

/// Where a word stands in a typed Wikipedia title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitlePosition {
    First,
    Inside,
    Last,
}

/// The (title type, position) pairs a word was seen in, one bit each: bit `3 * label + position`
/// (labels in `Label::ALL` order). The tagger's feature ids are these bit numbers, so the layout
/// is part of the model file format: it is defined here only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TitleWordPlaces(u32);

// Every (label, position) pair has its own bit, whatever labels are added.
const _: () = assert!(Label::ALL.len() * 3 <= u32::BITS as usize);

impl TitleWordPlaces {
    pub fn add(&mut self, label: Label, position: TitlePosition) {
        self.0 |= 1 << (3 * label as u32 + position as u32);
    }

    /// The bit numbers set, ascending.
    pub fn bits(self) -> impl Iterator<Item = u32> {
        (0..u32::BITS).filter(move |bit| self.0 & (1 << bit) != 0)
    }
}

/// Phrases (the tokens' keys joined by one space) with a value, and every proper prefix of them,
/// so that matching at a token stops as soon as no phrase can go on.
#[derive(Debug)]
pub struct PhraseLexicon<V> {
    entries: HashMap<String, V>,
    prefixes: HashSet<String>,
}

impl<V> Default for PhraseLexicon<V> {
    fn default() -> Self {
        PhraseLexicon {
            entries: HashMap::default(),
            prefixes: HashSet::default(),
        }
    }
}

impl<V: Copy> PhraseLexicon<V> {
    pub fn insert(&mut self, phrase: &str, value: V) {
        for (at, _) in phrase.match_indices(' ') {
            self.prefixes.insert(phrase[..at].to_string());
        }
        self.entries.insert(phrase.to_string(), value);
    }

    pub fn get(&self, phrase: &str) -> Option<V> {
        self.entries.get(phrase).copied()
    }

    /// True when some longer phrase starts with `phrase` and a space.
    pub fn continues(&self, phrase: &str) -> bool {
        self.prefixes.contains(phrase)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
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
        let mut places = PhraseLexicon::default();
        for (line, text) in data_lines(PLACES_TSV) {
            let (key, label) = text.split_once('\t').ok_or_else(|| LexiconError {
                file: "places.tsv",
                line,
                problem: "expected key<TAB>label".into(),
            })?;
            let label = Label::from_name(label).ok_or_else(|| LexiconError {
                file: "places.tsv",
                line,
                problem: format!("unknown label {label:?}"),
            })?;
            places.insert(key, label);
        }
        let mut wiki_titles = PhraseLexicon::default();
        let mut wiki_title_words: HashMap<String, TitleWordPlaces> = HashMap::default();
        for (line, text) in data_lines(WIKI_TITLES_TSV) {
            // A title alone is untyped.
            let (title, kind) = text.split_once('\t').unwrap_or((text, "-"));
            let label = match kind {
                "-" => None,
                name => Some(Label::from_name(name).ok_or_else(|| LexiconError {
                    file: "wiki_titles.tsv",
                    line,
                    problem: format!("unknown type {name:?}"),
                })?),
            };
            if let Some(label) = label {
                let words: Vec<&str> = title.split(' ').collect();
                for (k, word) in words.iter().enumerate() {
                    let position = if k == 0 {
                        TitlePosition::First
                    } else if k + 1 == words.len() {
                        TitlePosition::Last
                    } else {
                        TitlePosition::Inside
                    };
                    wiki_title_words
                        .entry(word.to_string())
                        .or_default()
                        .add(label, position);
                }
            }
            wiki_titles.insert(title, label);
        }
        let first_names = data_lines(FIRST_NAMES_TSV)
            .map(|(_, l)| l.to_string())
            .collect();
        let news_given_names = data_lines(NEWS_GIVEN_NAMES_TSV)
            .map(|(_, l)| l.split_once('\t').map_or(l, |(name, _)| name).to_string())
            .collect();
        let mut first_name_genders = HashMap::default();
        for (line, text) in data_lines(NAME_GENDERS_TSV) {
            let gender = match text.split_once('\t') {
                Some((name, "m")) => (name, crate::label::Gender::Masculine),
                Some((name, "f")) => (name, crate::label::Gender::Feminine),
                _ => {
                    return Err(LexiconError {
                        file: "name_genders.tsv",
                        line,
                        problem: "expected name<TAB>m or name<TAB>f".into(),
                    })
                }
            };
            first_name_genders.insert(gender.0.to_string(), gender.1);
        }
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
            places,
            wiki_titles,
            wiki_title_words,
            first_names,
            news_given_names,
            first_name_genders,
            arabic_words: std::sync::Arc::new(arabic_words),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_word_places_give_each_type_and_position_its_own_bit() {
        let mut places = TitleWordPlaces::default();
        places.add(Label::Person, TitlePosition::First);
        places.add(Label::Organization, TitlePosition::Last);
        places.add(Label::Person, TitlePosition::First);
        // The feature ids of the committed models: 3 * label + position.
        assert_eq!(places.bits().collect::<Vec<_>>(), vec![0, 5]);
        let mut last = TitleWordPlaces::default();
        last.add(Label::Percent, TitlePosition::Last);
        assert_eq!(last.bits().collect::<Vec<_>>(), vec![23]);
    }

    #[test]
    fn every_embedded_file_is_listed_with_a_checksum() {
        let files = embedded_files();
        assert_eq!(files.len(), 11);
        assert!(files.iter().all(|f| f.bytes > 0 && f.checksum.len() == 16));
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert!(version_text().contains("models/ner_ar.bin"));
        assert!(version_text().contains("lexicons/name_genders.tsv"));
        assert!(version_text().contains("lexicons/news_given_names.tsv"));
    }

    #[test]
    fn the_embedded_lexicons_load() {
        let lexicons = Lexicons::load_embedded().unwrap();
        assert!(lexicons.places.get("العراق").is_some());
        assert!(!lexicons.wiki_title_words.is_empty());
    }
}
