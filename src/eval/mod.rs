//! Quality measurement (`naba eval ...`): scores the pipeline against annotated data and prints
//! precision, recall and F1. Reads test and dev files only to measure; nothing here trains or
//! tunes.

pub mod clitics;
pub mod entities;
pub mod ner;
pub mod quotes;
pub mod sentences;

use std::fmt;

/// True/false positive and false negative counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Counts for two sets of comparable items.
    pub fn of_sets<T: Ord>(
        gold: &std::collections::BTreeSet<T>,
        predicted: &std::collections::BTreeSet<T>,
    ) -> Counts {
        let tp = gold.intersection(predicted).count();
        Counts {
            tp,
            fp: predicted.len() - tp,
            fn_: gold.len() - tp,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

/// Code-point offset of each byte offset in `text` (for the byte offsets asked).
pub(crate) fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The gold-dev comparison form of a name (its README's rule): SEARCH fold (diacritics and
/// tatweel off, `أ إ آ ٱ` -> `ا`, `ى` -> `ي`, `ة` -> `ه`, lower case), punctuation dropped, spaces
/// collapsed.
pub fn comparison_form(text: &str) -> String {
    crate::normalize::search_key(text)
        .chars()
        .filter(|c| !c.is_ascii_punctuation() && !matches!(c, '،' | '؛' | '؟'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
