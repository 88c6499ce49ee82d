//! English abbreviations for the sentence splitter: titles that never end a sentence, other
//! abbreviations that end one only when a sentence plainly starts next, and the words that
//! plainly start one.

/// Titles before a name: a period after them never ends a sentence (`Mr. Smith`).
pub(super) fn is_title(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "mr" | "mrs"
            | "ms"
            | "messrs"
            | "dr"
            | "prof"
            | "gen"
            | "col"
            | "lt"
            | "sgt"
            | "capt"
            | "cmdr"
            | "adm"
            | "maj"
            | "brig"
            | "cpl"
            | "pvt"
            | "gov"
            | "sen"
            | "rep"
            | "rev"
            | "hon"
            | "pres"
            | "supt"
            | "det"
            | "insp"
            | "st"
            | "mt"
            | "fr"
            | "sr"
            | "jr"
            | "mme"
            | "mlle"
            | "sheikh"
    )
}

/// Abbreviations that usually continue the sentence (`No. 10`, `Jan. 5`, `Inc. said`) but can end
/// it (`... Apple Inc. The company ...`).
pub(super) fn is_abbreviation(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "no" | "nos"
            | "inc"
            | "ltd"
            | "co"
            | "corp"
            | "llc"
            | "plc"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "vs"
            | "etc"
            | "approx"
            | "dept"
            | "est"
            | "fig"
            | "vol"
            | "pp"
            | "al"
            | "univ"
            | "assn"
            | "bros"
            | "ave"
            | "blvd"
            | "rd"
            | "ft"
            | "mins"
            | "hrs"
            | "tel"
            | "ext"
    )
}

/// Words that start a sentence after an ambiguous abbreviation: pronouns, determiners and the
/// common sentence-initial function words.
pub(super) fn starts_sentence(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "But"
            | "And"
            | "However"
            | "In"
            | "On"
            | "At"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "Some"
            | "Many"
            | "Most"
            | "Officials"
            | "Police"
    )
}
