//! Script-independent character rules: white space, invisible and control characters, and the
//! ASCII folding of typographic punctuation. Each rule names its characters.

use super::Neighbours;

/// White space the WHITESPACE step unifies: every Unicode space separator, tab, and line breaks.
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Characters that end a line: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Invisible formatting characters removed by the INVISIBLES step: ZWSP (U+200B), LRM/RLM
/// (U+200E/F), ALM (U+061C), LRE..RLO (U+202A-E), LRI..PDI (U+2066-9), WORD JOINER and invisible
/// operators (U+2060-4), BOM / ZWNBSP (U+FEFF), SOFT HYPHEN (U+00AD). ZWNJ (U+200C) is removed
/// only where it does no work: it shapes Persian and Urdu words (می‌خواهم), so between two
/// Arabic-script letters it stays. ZWJ (U+200D) always stays: emoji sequences need it.
pub(crate) fn is_removable_invisible(c: char, context: Neighbours) -> bool {
    if c == '\u{200C}' {
        return !(context.prev.is_some_and(super::arabic::is_arabic_letter)
            && context.next.is_some_and(super::arabic::is_arabic_letter));
    }
    may_be_removable_invisible(c)
}

/// Every character `is_removable_invisible` may remove, whatever its neighbours (ZWNJ included).
pub(crate) fn may_be_removable_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{AD}')
}

/// C0 and C1 control characters removed by the CONTROLS step; the white-space controls (TAB, LF,
/// VT, FF, CR, NEL) are left for the WHITESPACE step.
pub(crate) fn is_removable_control(c: char) -> bool {
    c.is_control() && !is_whitespace(c)
}

/// Typographic punctuation to ASCII (PUNCTUATION step): double quotes and guillemets to `"`,
/// single quotes and primes to `'`, dashes and minus to `-`, ellipsis to `...`.
pub(crate) fn fold_punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '〝' | '〞' | '＂' => "\"",
        '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' => "'",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => "-",
        '…' => "...",
        _ => return None,
    })
}
