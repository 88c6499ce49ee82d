//! Light clitic segmentation of Arabic words: proclitics (conjunctions و ف, prepositions ب ك ل,
//! future س, the article ال and لل), the stem, and enclitic pronouns (ه ها هم هما كم كن ي نا).
//!
//! A split is only made with evidence: the article is a reliable anchor (`بالبصرة` = ب + ال +
//! بصرة), and otherwise the remaining stem must be a known word of the lexicon (`لواشنطن` = ل +
//! واشنطن when واشنطن is known). Words that merely start with those letters (`بغداد`, `والي`,
//! `كاظم`) stay whole because the lexicon knows them whole. Without a lexicon only the article
//! rule applies. This module does not tag or normalize.

use rustc_hash::FxHashSet;

use super::{Segment, SegmentRole};
use crate::text::NormSpan;

/// Splits Arabic words into clitics and stem.
#[derive(Clone, Debug, Default)]
pub struct CliticSegmenter {
    /// Known whole words, in `light_key` form.
    lexicon: FxHashSet<String>,
}

/// A segment as (start, end, role) in bytes of the word.
type ByteSegment = (usize, usize, SegmentRole);

const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
const PREPOSITIONS: [char; 4] = ['ب', 'ك', 'ل', 'س'];
const ENCLITICS: [&str; 9] = ["هما", "هم", "ها", "كم", "كن", "نا", "هن", "ه", "ي"];

impl CliticSegmenter {
    pub fn with_lexicon(words: impl IntoIterator<Item = String>) -> Self {
        CliticSegmenter {
            lexicon: words.into_iter().collect(),
        }
    }

    pub fn lexicon_len(&self) -> usize {
        self.lexicon.len()
    }

    /// Whether `word` is in the lexicon; allocates only when the word carries diacritics or
    /// tatweel (the lexicon's keys have none).
    fn is_known(&self, word: &str) -> bool {
        if word.chars().any(|c| is_mark(c) || c == 'ـ') {
            self.lexicon.contains(light_key(word).as_str())
        } else {
            self.lexicon.contains(word)
        }
    }

    /// Segments `word`, which starts at byte `offset` of the text. Empty when the word has no
    /// clitic or is not Arabic.
    pub fn segment(&self, word: &str, offset: usize) -> Vec<Segment> {
        // Most words start with none of the proclitic letters: nothing to split.
        let first = word.chars().next().unwrap_or(' ');
        if !(CONJUNCTIONS.contains(&first) || PREPOSITIONS.contains(&first) || first == 'ا') {
            return Vec::new();
        }
        if !word.chars().all(is_arabic_letter_or_mark)
            || word.chars().filter(|&c| !is_mark(c)).count() < 3
        {
            return Vec::new();
        }
        let Some((prefix_parts, stem_start)) = self.split_prefix(word) else {
            return Vec::new();
        };
        let (stem_end, enclitic) = self.split_suffix(word, stem_start);
        let mut segments: Vec<Segment> = prefix_parts
            .into_iter()
            .map(|(start, end, role)| Segment {
                span: NormSpan::new(offset + start, offset + end),
                role,
            })
            .collect();
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
        let word_known = self.is_known(word);
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
                let lam_lam = prep && letters[j - 1].1 == 'ل' && letters[j].1 == 'ل';
                let article = (letters[j].1 == 'ا'
                    && letters.get(j + 1).is_some_and(|l| l.1 == 'ل'))
                    || lam_lam;
                let article_len = if lam_lam { 1 } else { 2 };
                let stem_letters = count - j - if article { article_len } else { 0 };
                // Three stem letters after the article, or two when the whole word is not itself
                // a known word (والدة is a word, not و + ال + دة).
                let anchored = article && (stem_letters >= 3 || (stem_letters == 2 && !word_known));
                let known = j > 0 && count - j >= 3 && !word_known && self.is_known(rest);
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

    /// Where the stem ends, and whether an enclitic pronoun follows. A pronoun is split only when
    /// what is left is a known word of at least three letters.
    fn split_suffix(&self, word: &str, stem_start: usize) -> (usize, bool) {
        let stem = &word[stem_start..];
        let candidates = ENCLITICS.iter().filter_map(|e| stem.strip_suffix(e));
        let mut candidates = candidates
            .filter(|base| base.chars().count() >= 3)
            .peekable();
        if candidates.peek().is_none() || self.is_known(stem) {
            return (word.len(), false);
        }
        match candidates.find(|base| self.is_known(base)) {
            Some(base) => (stem_start + base.len(), true),
            None => (word.len(), false),
        }
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

/// Arabic diacritics (tashkeel U+064B-U+065F, superscript alef U+0670).
fn is_mark(c: char) -> bool {
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
