//! Light clitic segmentation of Arabic words: proclitics (conjunctions و ف, prepositions ب ك ل,
//! future س, the article ال and لل), the stem, and enclitic pronouns (ه ها هم هما كم كن ي نا).
//!
//! A split is only made with evidence. The article is a reliable anchor (`بالبصرة` = ب + ال +
//! بصرة). Otherwise word frequencies decide (Arabic Wikipedia + ANERcorp train, `naba build
//! lexicons`): a conjunction or preposition is split off when what remains is a frequent word and
//! more frequent than the whole (`لواشنطن` = ل + واشنطن, `وقال` = و + قال), so words that merely
//! start with those letters (`بغداد`, `وزير`, `كاظم`) stay whole; an enclitic pronoun likewise when
//! the base is (`زيارته` = زيارت + ه, looked up as زيارة). Without a lexicon only the article rule
//! applies. This module does not tag or normalize.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{Segment, SegmentRole};
use crate::text::NormSpan;

/// Splits Arabic words into clitics and stem.
#[derive(Clone, Debug, Default)]
pub struct CliticSegmenter {
    /// Word frequencies, keyed by `light_key` form.
    lexicon: Arc<FxHashMap<String, u32>>,
}

/// A stem must have been seen this often to count as evidence for a split.
const MIN_STEM_COUNT: u32 = 50;

/// A segment as (start, end, role) in bytes of the word.
type ByteSegment = (usize, usize, SegmentRole);

const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
const PREPOSITIONS: [char; 4] = ['ب', 'ك', 'ل', 'س'];
const ENCLITICS: [&str; 9] = ["هما", "هم", "ها", "كم", "كن", "نا", "هن", "ه", "ي"];

impl CliticSegmenter {
    /// A segmenter deciding with these word frequencies. Only words frequent enough to be
    /// evidence are kept: a table that small stays in cache, which is what makes the look-ups
    /// cheap (the full table is several MB). Rarer words count as unseen.
    pub fn with_frequencies(frequencies: &FxHashMap<String, u32>) -> Self {
        let lexicon = frequencies
            .iter()
            .filter(|(_, &count)| count >= MIN_STEM_COUNT)
            .map(|(word, &count)| (word.clone(), count))
            .collect();
        CliticSegmenter {
            lexicon: Arc::new(lexicon),
        }
    }

    /// A segmenter that knows these words (each counted as frequent); for tests and tools.
    pub fn with_lexicon(words: impl IntoIterator<Item = String>) -> Self {
        let lexicon = words
            .into_iter()
            .map(|w| (light_key(&w), MIN_STEM_COUNT * 10))
            .collect();
        CliticSegmenter {
            lexicon: Arc::new(lexicon),
        }
    }

    pub fn lexicon_len(&self) -> usize {
        self.lexicon.len()
    }

    /// How often `word` was seen; allocates only when the word carries diacritics or tatweel
    /// (the lexicon's keys have none).
    fn frequency(&self, word: &str) -> u32 {
        let count = if word.chars().any(|c| is_mark(c) || c == 'ـ') {
            self.lexicon.get(light_key(word).as_str())
        } else {
            self.lexicon.get(word)
        };
        count.copied().unwrap_or(0)
    }

    /// The frequency of `prefix` + `word` + `suffix` without allocating for short words.
    fn frequency_of_parts(&self, prefix: &str, word: &str, suffix: &str) -> u32 {
        let len = prefix.len() + word.len() + suffix.len();
        let mut buffer = [0u8; 96];
        if len > buffer.len() {
            return self.frequency(&format!("{prefix}{word}{suffix}"));
        }
        buffer[..prefix.len()].copy_from_slice(prefix.as_bytes());
        buffer[prefix.len()..prefix.len() + word.len()].copy_from_slice(word.as_bytes());
        buffer[prefix.len() + word.len()..len].copy_from_slice(suffix.as_bytes());
        std::str::from_utf8(&buffer[..len]).map_or(0, |joined| self.frequency(joined))
    }

    /// Segments `word`, which starts at byte `offset` of the text. Empty when the word has no
    /// clitic or is not Arabic.
    pub fn segment(&self, word: &str, offset: usize) -> Vec<Segment> {
        // One pass: Arabic letters and marks only, at least three letters.
        let mut letters = 0;
        for c in word.chars() {
            if !is_arabic_letter_or_mark(c) {
                return Vec::new();
            }
            letters += usize::from(!is_mark(c));
        }
        if letters < 3 {
            return Vec::new();
        }
        if is_lexicalized(word) {
            return Vec::new();
        }
        let (prefix_parts, stem_start) = self.split_prefix(word).unwrap_or_default();
        // A definite noun takes no possessive pronoun: after the article, no enclitic (and a word
        // that starts with ال is treated as definite even when the article was not split off).
        let definite = prefix_parts
            .iter()
            .any(|&(_, _, role)| role == SegmentRole::Article)
            || word[stem_start..].starts_with("ال");
        let (stem_end, enclitic) = if definite {
            (word.len(), false)
        } else {
            self.split_suffix(word, stem_start)
        };
        let mut segments: Vec<Segment> = Vec::with_capacity(prefix_parts.len() + 2);
        segments.extend(prefix_parts.into_iter().map(|(start, end, role)| Segment {
            span: NormSpan::new(offset + start, offset + end),
            role,
        }));
        segments.push(Segment {
            span: NormSpan::new(offset + stem_start, offset + stem_end),
            role: SegmentRole::Stem,
        });
        if enclitic {
            segments.push(Segment {
                span: NormSpan::new(offset + stem_end, offset + word.len()),
                role: SegmentRole::Enclitic,
            });
        }
        if segments.len() == 1 {
            return Vec::new();
        }
        segments
    }

    /// The proclitics of `word` as (start, end, role) and where the stem starts. Diacritics on a
    /// proclitic (`وَ`, `بِ`) stay with it.
    fn split_prefix(&self, word: &str) -> Option<(Vec<ByteSegment>, usize)> {
        // The first letters with their byte offsets (a letter's marks belong to it): proclitics
        // and the article take at most four, and one more tells where the stem starts.
        const WINDOW: usize = 6;
        let mut letters = [(0usize, '\0'); WINDOW];
        let mut count = 0;
        for (b, c) in word.char_indices().filter(|&(_, c)| !is_mark(c)) {
            if count < WINDOW {
                letters[count] = (b, c);
            }
            count += 1;
        }
        let letters = &letters[..count.min(WINDOW)];
        let start_of = |i: usize| letters.get(i).map_or(word.len(), |&(b, _)| b);
        // Computed only when a candidate needs it: most words end their look-ups early.
        let word_count = std::cell::OnceCell::new();
        let word_count = || *word_count.get_or_init(|| self.frequency(word));
        // Conjunction, then a preposition, then the article: each optional, in that order.
        let mut best: Option<(bool, bool, usize, bool)> = None;
        for conj in [false, true] {
            for prep in [false, true] {
                let mut j = 0;
                if conj {
                    if !CONJUNCTIONS.contains(&letters[j].1) {
                        continue;
                    }
                    j += 1;
                }
                if prep {
                    if j >= count || !PREPOSITIONS.contains(&letters[j].1) {
                        continue;
                    }
                    j += 1;
                }
                if j >= count {
                    continue;
                }
                let rest = &word[start_of(j)..];
                // كأنّ (as if) is one particle: its ك is no preposition (`وكأنني` = و + كأنني).
                if prep
                    && letters[j - 1].1 == 'ك'
                    && (rest.starts_with("أن") || rest.starts_with("إن"))
                {
                    continue;
                }
                let lam_lam = prep && letters[j - 1].1 == 'ل' && letters[j].1 == 'ل';
                let article = (letters[j].1 == 'ا'
                    && letters.get(j + 1).is_some_and(|l| l.1 == 'ل'))
                    || lam_lam;
                let article_len = if lam_lam { 1 } else { 2 };
                let stem_letters = count - j - if article { article_len } else { 0 };
                // Three stem letters after the article, or two when the whole word is not itself
                // a known word (والدة is a word, not و + ال + دة).
                // When the word itself takes the article (`الالتزام` is frequent), its ال is part
                // of the root (`التزام`, form VIII of ل ز م), not the article.
                // (Only the form-VIII pattern ا ل ت ... can hide a root ل, so only it is looked up.)
                let root_alif_lam = article
                    && j == 0
                    && letters.get(2).is_some_and(|l| l.1 == 'ت')
                    && self.frequency_of_parts("ال", word, "") > 0;
                let anchored = article
                    && !root_alif_lam
                    && (stem_letters >= 3 || (stem_letters == 2 && word_count() == 0));
                // Without the article, frequencies decide; what remains may carry a pronoun
                // (`لذويها` = ل + ذوي + ها). A remainder that looks like ال + one or two letters
                // (`والي` -> الي) is no evidence.
                let looks_like_article = rest.starts_with("ال") && count - j < 5;
                let known = !anchored && j > 0 && count - j >= 3 && !looks_like_article && {
                    let rest_count = self.frequency(rest).max(self.enclitic_base_count(rest));
                    rest_count >= MIN_STEM_COUNT && rest_count > word_count()
                };
                if anchored || known {
                    let better = match best {
                        None => true,
                        Some((_, _, bj, banchored)) => {
                            (anchored && !banchored) || (anchored == banchored && j > bj)
                        }
                    };
                    if better {
                        best = Some((conj, prep, j, anchored));
                    }
                }
            }
        }
        let (conj, prep, j, anchored) = best?;
        let mut parts = Vec::with_capacity(3);
        let mut i = 0;
        for present in [conj, prep] {
            if present {
                parts.push((start_of(i), start_of(i + 1), SegmentRole::Proclitic));
                i += 1;
            }
        }
        debug_assert_eq!(i, j);
        let mut stem_start = start_of(j);
        if anchored {
            let article_letters = if letters[j].1 == 'ا' { 2 } else { 1 };
            let article_end = start_of(j + article_letters);
            parts.push((stem_start, article_end, SegmentRole::Article));
            stem_start = article_end;
        }
        Some((parts, stem_start))
    }

    /// Where the stem ends, and whether an enclitic pronoun follows.
    fn split_suffix(&self, word: &str, stem_start: usize) -> (usize, bool) {
        match self.enclitic_base(&word[stem_start..]) {
            Some((base_len, _)) => (stem_start + base_len, true),
            None => (word.len(), false),
        }
    }

    /// The frequency of `stem` without its enclitic, when one can be split off (else 0).
    fn enclitic_base_count(&self, stem: &str) -> u32 {
        self.enclitic_base(stem).map_or(0, |(_, count)| count)
    }

    /// Splits an enclitic pronoun off `stem` when the base is a frequent word of at least three
    /// letters, more frequent than the whole: returns the base length and frequency. A base ending
    /// in ت is looked up with ة (`زيارته`: زيارت is زيارة before a pronoun).
    fn enclitic_base(&self, stem: &str) -> Option<(usize, u32)> {
        // Every pronoun ends in one of these letters; most words can be ruled out here.
        if !stem.ends_with(['ه', 'ا', 'م', 'ن', 'ي']) {
            return None;
        }
        let stem_count = std::cell::OnceCell::new();
        ENCLITICS.iter().find_map(|enclitic| {
            let base = stem.strip_suffix(enclitic)?;
            if base.chars().filter(|&c| !is_mark(c)).count() < 3 {
                return None;
            }
            let count = match base.strip_suffix('ت') {
                Some(root) => self
                    .frequency(base)
                    .max(self.frequency_of_parts("", root, "ة")),
                None => self.frequency(base),
            };
            // "my" (ي) only on a noun whose ة became ت (`مدينتي`); elsewhere a final ي is the nisba
            // ending of adjectives and family names (`جنوبي`, `عراقي`, `بصري`).
            if *enclitic == "ي" && !base.ends_with('ت') {
                return None;
            }
            (count >= MIN_STEM_COUNT && count > *stem_count.get_or_init(|| self.frequency(stem)))
                .then_some((base.len(), count))
        })
    }
}

/// The lexicon's key: diacritics and tatweel removed, letters NOT folded, so that `وإلى` and
/// `والي` stay distinct.
pub fn light_key(word: &str) -> String {
    use crate::normalize::{Normalizer, Step, Steps};
    let steps = Steps::default().with(Step::Diacritics).with(Step::Tatweel);
    let mut key = String::with_capacity(word.len());
    Normalizer::new(steps).fold_into(word, &mut key);
    key
}

/// Closed-class words that look clitic-prefixed but are one word: the relative pronouns
/// (`الذي`, `الذين`, ...: their ال is not a removable article).
fn is_lexicalized(word: &str) -> bool {
    let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    bare.starts_with("ال")
        && matches!(
            bare,
            "الذي"
                | "التي"
                | "الذين"
                | "اللذان"
                | "اللتان"
                | "اللذين"
                | "اللتين"
                | "اللاتي"
                | "اللواتي"
                | "اللائي"
        )
}

/// Arabic diacritics (tashkeel U+064B-U+065F, superscript alef U+0670).
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}')
}

fn is_arabic_letter_or_mark(c: char) -> bool {
    matches!(c, '\u{621}'..='\u{64A}' | '\u{64B}'..='\u{65F}' | '\u{670}'..='\u{6D3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(segmenter: &CliticSegmenter, word: &str) -> Vec<(String, SegmentRole)> {
        segmenter
            .segment(word, 0)
            .iter()
            .map(|s| (s.span.slice(word).to_string(), s.role))
            .collect()
    }

    #[test]
    fn the_article_anchors_a_split_without_a_lexicon() {
        use SegmentRole::*;
        let seg = CliticSegmenter::default();
        assert_eq!(
            split(&seg, "بالبصرة"),
            vec![
                ("ب".into(), Proclitic),
                ("ال".into(), Article),
                ("بصرة".into(), Stem)
            ]
        );
        assert_eq!(
            split(&seg, "والعراق"),
            vec![
                ("و".into(), Proclitic),
                ("ال".into(), Article),
                ("عراق".into(), Stem)
            ]
        );
        assert_eq!(
            split(&seg, "بِالبَصرة"),
            vec![
                ("بِ".into(), Proclitic),
                ("ال".into(), Article),
                ("بَصرة".into(), Stem)
            ]
        );
        assert_eq!(
            split(&seg, "للعراق"),
            vec![
                ("ل".into(), Proclitic),
                ("ل".into(), Article),
                ("عراق".into(), Stem)
            ]
        );
    }

    #[test]
    fn known_words_are_not_cut() {
        let seg = CliticSegmenter::with_lexicon(
            ["بغداد", "والي", "كاظم", "واشنطن", "قال"].map(String::from),
        );
        for word in ["بغداد", "والي", "كاظم"] {
            assert!(seg.segment(word, 0).is_empty(), "{word}");
        }
        assert_eq!(split(&seg, "لواشنطن")[1].0, "واشنطن");
        assert_eq!(split(&seg, "وقال")[1].0, "قال");
    }
}
