//! Arabic abbreviations for the sentence splitter. One-letter abbreviations (`د.` doctor, `م.`
//! and `ه.` after years, `ق.م.`) are handled generically as single letters, and dotted ones
//! (`ص.ب.` P.O. box, `أ.د.` professor) as dotted abbreviations; this list holds the rest.

/// Multi-letter Arabic abbreviations written with a final period: `م.م` (limited company), `ج.م.ع`,
/// `إلخ.` is NOT here: it ends sentences as often as `etc.` does.
pub(super) fn is_abbreviation(word: &str) -> bool {
    matches!(word, "م.م" | "ج.م.ع" | "ش.م.م" | "ت" | "هـ" | "ص" | "ق.م")
}
