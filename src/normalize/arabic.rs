//! Arabic-script character rules: presentation forms, tatweel, diacritics, letter folding,
//! Persian/Urdu letters and Eastern digits. Each rule names its characters with an example.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Arabic letters (base block and supplements), for the ZWNJ rule and script tests.
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64A}' | '\u{66E}'..='\u{6D3}' | '\u{6D5}' | '\u{6EE}'..='\u{6FF}'
        | '\u{750}'..='\u{77F}' | '\u{8A0}'..='\u{8C9}')
}

/// Arabic Presentation Forms-A (U+FB50-U+FDFF) and -B (U+FE70-U+FEFF, less the BOM), e.g.
/// `ﺑ` (U+FE91, BEH INITIAL FORM) or `ﻻ` (U+FEFB, LAM-ALEF ligature).
pub(crate) fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The base letters of a presentation form (its compatibility decomposition): `ﻻ` -> `لا`,
/// `ﷲ` -> `الله`. The isolated tashkeel forms (U+FE70..) decompose to a space plus the mark; the
/// space is an artefact of the decomposition and is dropped.
pub(crate) fn push_presentation_form_base(c: char, mut push: impl FnMut(char)) {
    let mut first = true;
    let mut pending_space = false;
    decompose_compatible(c, |d| {
        if first && d == ' ' {
            pending_space = true;
        } else {
            if pending_space && !is_combining_mark(d) {
                push(' ');
            }
            pending_space = false;
            push(d);
        }
        first = false;
    });
}

/// TATWEEL `ـ` (U+0640), the kashida that stretches a word: `العـــراق` -> `العراق`.
pub(crate) fn is_tatweel(c: char) -> bool {
    c == '\u{640}'
}

/// Arabic diacritics (DIACRITICS step): Quranic annotation signs U+0610-U+061A, tashkeel
/// U+064B-U+065F (fathatan .. wavy hamza below, incl. shadda and sukun), superscript alef U+0670,
/// Quranic marks U+06D6-U+06DC, U+06DF-U+06E4, U+06E7-U+06E8, U+06EA-U+06ED: `مُحَمَّد` -> `محمد`.
pub(crate) fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{610}'..='\u{61A}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{6D6}'..='\u{6DC}'
        | '\u{6DF}'..='\u{6E4}' | '\u{6E7}'..='\u{6E8}' | '\u{6EA}'..='\u{6ED}')
}

/// LETTER_FOLDING step: hamza/madda alef forms `أ إ آ ٱ` (U+0623, U+0625, U+0622, U+0671) and
/// the wavy-hamza and high-hamza alefs `ٲ ٳ ٵ` (U+0672, U+0673, U+0675; written for `أ` in some
/// Maghrebi copy, `ٲكّد`) -> `ا`; alef maqsura `ى` (U+0649) -> `ي`; teh marbuta `ة` (U+0629) -> `ه`.
pub(crate) fn fold_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    }
}

/// PERSIAN_LETTERS step: keheh `ک` (U+06A9) -> kaf `ك`; Farsi yeh `ی` (U+06CC) and yeh barree
/// `ے` (U+06D2) -> `ي`; heh goal `ہ` (U+06C1), heh with yeh `ۀ` (U+06C0) and ae `ە` (U+06D5) -> `ه`.
pub(crate) fn fold_persian_letter(c: char) -> char {
    match c {
        'ک' => 'ك',
        'ی' | 'ے' => 'ي',
        'ہ' | 'ۀ' | 'ە' => 'ه',
        _ => c,
    }
}

/// DIGITS step: Arabic-Indic `٠..٩` (U+0660-9) and Persian `۰..۹` (U+06F0-9) -> ASCII; the Arabic
/// decimal separator `٫` (U+066B) -> `.` and thousands separator `٬` (U+066C) -> `,`.
pub(crate) fn fold_digit(c: char) -> char {
    match c {
        '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
        '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
        '\u{66B}' => '.',
        '\u{66C}' => ',',
        _ => c,
    }
}
