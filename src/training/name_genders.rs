//! The gender of Arabic given names, read off unlabeled text (`naba build lexicons` writes
//! `resources/lexicons/name_genders.tsv`): a name right after a masculine speech verb or title
//! (`قال`, `الوزير`) or after `بن`/`ابن`/`بنت`/`أبو` (a father's name) is a man's; one after
//! a feminine form (`قالت`, `الوزيرة`, `السيدة`) a woman's. A name the two gendered name lists
//! agree on keeps their word; the text decides for the many names the lists lack (`حسن`,
//! `لسعد`).
//!
//! The quote stage uses it to choose between earlier speakers: `وقالت` after `حسن معاذ` spoke is
//! not his. It is not a name detector: a word here is not taken to be a name.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::label::Gender;

/// Words before a man's given name: verb forms of speech and titles in the masculine, and the
/// words that introduce a father's name.
const MASCULINE_BEFORE: &[&str] = &[
    "قال",
    "أكد",
    "اكد",
    "أضاف",
    "اضاف",
    "أوضح",
    "اوضح",
    "أشار",
    "اشار",
    "صرح",
    "ذكر",
    "السيد",
    "الشيخ",
    "الأستاذ",
    "الاستاذ",
    "الدكتور",
    "الوزير",
    "الأمير",
    "الامير",
    "الملك",
    "اللاعب",
    "المدرب",
    "الفنان",
    "الكاتب",
    "الشاعر",
    "النائب",
];
/// Words before a father's name (`محمد بن سلمان`, `فاطمة بنت حسن`, `أبو بكر`): a man's name,
/// and a name at all, whatever the name lists say.
const FATHER_BEFORE: &[&str] = &["بن", "ابن", "بنت", "أبو", "ابو"];
/// Sightings after a father's-name word that make a word a given name for this lexicon.
const MIN_FATHER_SIGHTINGS: usize = 2;
/// ... together with at least this many after a speech verb or a title.
const MIN_CUE_SIGHTINGS: usize = 2;
/// Words before a woman's given name.
const FEMININE_BEFORE: &[&str] = &[
    "قالت",
    "أكدت",
    "اكدت",
    "أضافت",
    "اضافت",
    "أوضحت",
    "اوضحت",
    "أشارت",
    "اشارت",
    "صرحت",
    "ذكرت",
    "السيدة",
    "الآنسة",
    "الانسة",
    "الأستاذة",
    "الاستاذة",
    "الدكتورة",
    "الوزيرة",
    "الأميرة",
    "الاميرة",
    "الملكة",
    "اللاعبة",
    "المدربة",
    "الفنانة",
    "الكاتبة",
    "الشاعرة",
    "النائبة",
];
/// Fewer sightings than this and the text says nothing of a name.
const MIN_EVIDENCE: usize = 5;
/// The share of sightings one gender needs (names shared by men and women, `نور`, fall short).
const MIN_SHARE: f64 = 0.85;

/// Counts, over lines of text, the gendered words seen right before each word.
#[derive(Default)]
pub struct GenderEvidence {
    /// light_key word -> sightings after masculine, feminine and father's-name words.
    counts: HashMap<String, Sightings>,
}

#[derive(Clone, Copy, Default)]
struct Sightings {
    masculine: usize,
    feminine: usize,
    father: usize,
}

impl GenderEvidence {
    pub fn add_line(&mut self, line: &str) {
        let mut previous: Option<String> = None;
        for word in line.split(|c: char| !(('\u{621}'..='\u{652}').contains(&c))) {
            if word.is_empty() {
                continue;
            }
            let key = crate::tokens::arabic::light_key(word);
            if let Some(before) = &previous {
                // `وقال`, `فقالت`: the conjunction is not part of the cue.
                let cue = before
                    .strip_prefix(['و', 'ف'])
                    .filter(|rest| rest.chars().count() >= 2)
                    .unwrap_or(before);
                let father = FATHER_BEFORE.contains(&before.as_str());
                let masculine = MASCULINE_BEFORE.contains(&cue);
                let feminine = FEMININE_BEFORE.contains(&cue);
                if (masculine || feminine || father)
                    && key.chars().count() >= 2
                    && !key.starts_with("ال")
                {
                    let entry = self.counts.entry(key.clone()).or_default();
                    if father {
                        entry.father += 1;
                    } else if masculine {
                        entry.masculine += 1;
                    } else {
                        entry.feminine += 1;
                    }
                }
            }
            previous = Some(key);
        }
    }

    /// Adds the Jawhara FM news of `unlabeled-ar` (`data` is the shared data folder).
    pub fn add_lines_of_news(&mut self, data: &std::path::Path) -> std::io::Result<()> {
        for line in super::unlabeled_lines(data, "ant-jawharafm-2017.txt.xz")? {
            let line = line?;
            // `# DOCNO` lines name an article; they are not text.
            if !line.starts_with("# ") {
                self.add_line(&line);
            }
        }
        Ok(())
    }

    /// The gender of each word that is a given name (`is_given_name`) or was seen after a
    /// father's-name word, decided by the name lists first, then by the evidence. Sorted, so
    /// that rebuilds diff cleanly.
    pub fn genders(
        &self,
        is_given_name: impl Fn(&str) -> bool,
        listed: &HashMap<String, Gender>,
    ) -> BTreeMap<String, Gender> {
        let mut out: BTreeMap<String, Gender> =
            listed.iter().map(|(k, &g)| (k.clone(), g)).collect();
        for (word, seen) in &self.counts {
            // `ابن عمتها`, `ابن سنة`: a word after `ابن` is a name only if a cue or a title
            // also stands before it somewhere.
            let a_name = is_given_name(word)
                || (seen.father >= MIN_FATHER_SIGHTINGS
                    && seen.masculine + seen.feminine >= MIN_CUE_SIGHTINGS);
            if listed.contains_key(word) || !a_name {
                continue;
            }
            let masculine = seen.masculine + seen.father;
            let feminine = seen.feminine;
            let total = masculine + feminine;
            if total < MIN_EVIDENCE {
                continue;
            }
            if masculine as f64 >= MIN_SHARE * total as f64 {
                out.insert(word.clone(), Gender::Masculine);
            } else if feminine as f64 >= MIN_SHARE * total as f64 {
                out.insert(word.clone(), Gender::Feminine);
            }
        }
        out
    }
}

/// The names of the two gendered lists that are on only one of them.
pub fn listed_genders(male: &HashSet<String>, female: &HashSet<String>) -> HashMap<String, Gender> {
    let mut out = HashMap::new();
    for name in male.difference(female) {
        out.insert(name.clone(), Gender::Masculine);
    }
    for name in female.difference(male) {
        out.insert(name.clone(), Gender::Feminine);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_titles_and_fathers_names_give_a_names_gender() {
        let mut evidence = GenderEvidence::default();
        for _ in 0..5 {
            evidence.add_line("وقال حسن معاذ إن الفريق جاهز، وقالت ليلى سالم إنها راضية.");
            evidence.add_line("وصل محمد بن لسعد. وأكدت الوزيرة ليلى ذلك، والسيدة نور حاضرة.");
            evidence.add_line("وقال لسعد إن ابن عمتها وصل.");
            evidence.add_line("وقال نور الدين كلاما.");
            evidence.add_line("وقال مصدر مطلع إن الاجتماع تأجل.");
        }
        // Only `ليلى` and `حسن` are known given names; `لسعد` is one for being a father's name.
        let known = ["ليلى", "حسن", "نور"];
        let genders = evidence.genders(|w| known.contains(&w), &HashMap::new());
        assert_eq!(genders.get("حسن"), Some(&Gender::Masculine));
        assert_eq!(genders.get("لسعد"), Some(&Gender::Masculine));
        assert_eq!(genders.get("ليلى"), Some(&Gender::Feminine));
        // Seen after masculine and feminine words alike: no gender.
        assert_eq!(genders.get("نور"), None);
        // Not a given name: after `قال`, but never after `بن`.
        assert_eq!(genders.get("مصدر"), None);
        // After `ابن`, but never after a cue or title.
        assert_eq!(genders.get("عمتها"), None);
    }

    #[test]
    fn the_lists_win_and_rare_or_unlisted_words_are_left_out() {
        let mut evidence = GenderEvidence::default();
        for _ in 0..6 {
            evidence.add_line("قالت هدى");
        }
        evidence.add_line("قال سامي");
        let listed = HashMap::from([("هدى".to_string(), Gender::Masculine)]);
        let genders = evidence.genders(|_| true, &listed);
        assert_eq!(genders.get("هدى"), Some(&Gender::Masculine));
        assert_eq!(genders.get("سامي"), None, "one sighting is not evidence");
    }
}
