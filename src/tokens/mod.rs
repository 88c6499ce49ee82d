//! Tokens over the normalized text, with the light clitic segmentation of Arabic words.
//!
//! A token is a word (letters, marks and digits, with inner hyphens and apostrophes: `al-Kadhimi`,
//! `O'Brien`, `COVID-19`), a number with its separators (`3.5`, `1,000`, `12/08/2014`, `٧٫٩`), a
//! URL, an e-mail, a hashtag or an @mention kept whole, a punctuation mark (a run of the same mark,
//! `...`, `?!`, is one token) or a symbol. Each token carries its SEARCH-form matching key, which
//! the entity and quote rules compare against their lexicons.
//!
//! This module does not decide sentences; the pipeline assigns each token its sentence.

pub mod arabic;

use unicode_normalization::char::is_combining_mark;

use crate::normalize::{Normalizer, Profile};
use crate::text::NormSpan;

pub use arabic::CliticSegmenter;

/// The coarse type of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Hashtag,
    Mention,
}

/// The part a segment plays in a clitic-split word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentRole {
    Proclitic,
    /// The definite article ال (or the ل left of it in لل).
    Article,
    Stem,
    Enclitic,
}

/// One morpheme of a clitic-split word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: NormSpan,
    pub role: SegmentRole,
}

/// One token of the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub span: NormSpan,
    pub kind: TokenKind,
    /// SEARCH form of the token (diacritics off, letters folded, lower case).
    pub key: String,
    /// Clitic segmentation of an Arabic word; empty when it has no clitic.
    pub segments: Vec<Segment>,
    /// SEARCH key of the word without its clitics when it differs from `key` (`بالبصرة` ->
    /// `البصره`, `للعراق` -> `العراق`); see `name_key`.
    name_key: Option<String>,
}

impl Token {
    /// The span of the word without attached conjunctions, prepositions and pronouns, keeping the
    /// article: `بالبصرة` -> `البصرة`, `لواشنطن` -> `واشنطن`. This is the span an entity gets.
    /// In `للعراق` the article lost its alef, so the span is the stem alone (`عراق`).
    /// The article of `للجمعية` (ل + ال with its alif dropped): `name_span` leaves it out, so a
    /// name written from that span lacks the `ال` it has standing alone (`الجمعية`).
    pub fn has_elided_article(&self) -> bool {
        self.segments
            .iter()
            .any(|s| s.role == SegmentRole::Article && s.span.len() == 'ل'.len_utf8())
    }

    pub fn name_span(&self) -> NormSpan {
        let elided_article = self.has_elided_article();
        let mut parts = self.segments.iter().filter(|s| match s.role {
            SegmentRole::Stem => true,
            SegmentRole::Article => !elided_article,
            _ => false,
        });
        match parts.next() {
            None => self.span,
            Some(first) => parts.fold(first.span, |acc, s| acc.cover(&s.span)),
        }
    }

    /// True when the word carried a conjunction or preposition (و ف ب ل ك س).
    pub fn has_proclitic(&self) -> bool {
        self.segments
            .iter()
            .any(|s| s.role == SegmentRole::Proclitic)
    }

    /// True when the word carried a possessive or object pronoun (`حزبه`, `ولايته`).
    pub fn has_enclitic(&self) -> bool {
        self.segments
            .iter()
            .any(|s| s.role == SegmentRole::Enclitic)
    }

    /// True for a token that is one quote mark (`"`, `«`, `”` ...).
    pub fn is_quote_mark(&self) -> bool {
        let mut chars = self.key.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if is_quote_mark(c))
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// An Arabic or a Latin comma.
    pub fn is_comma(&self) -> bool {
        matches!(self.key.as_str(), "،" | ",")
    }

    /// The SEARCH key of the word without conjunctions, prepositions and pronouns, keeping the
    /// article: what lexicons and other mentions are matched against. In `للعراق` the elided
    /// alef of the article is restored (`العراق`).
    pub fn name_key(&self) -> &str {
        self.name_key.as_deref().unwrap_or(&self.key)
    }

    /// Computes `name_key` for a segmented word over `text`.
    fn compute_name_key(&mut self, text: &str, folder: &Normalizer) {
        // Only an attached conjunction, preposition or pronoun makes the key differ (`البصرة`
        // with just the article keeps its key).
        if !self
            .segments
            .iter()
            .any(|s| matches!(s.role, SegmentRole::Proclitic | SegmentRole::Enclitic))
        {
            return;
        }
        let elided_article = self
            .segments
            .iter()
            .any(|s| s.role == SegmentRole::Article && s.span.slice(text) == "ل");
        let mut key = String::with_capacity(self.key.len() + 2);
        if elided_article {
            key.push_str("ال");
        }
        folder.fold_into(self.name_span().slice(text), &mut key);
        if key != self.key {
            self.name_key = Some(key);
        }
    }
}

/// Splits normalized text into tokens.
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    segmenter: CliticSegmenter,
}

impl Tokenizer {
    pub fn new(segmenter: CliticSegmenter) -> Self {
        Tokenizer { segmenter }
    }

    pub fn segmenter(&self) -> &CliticSegmenter {
        &self.segmenter
    }

    /// All tokens of `text`, in order. Linear in the text: each white-space separated run is
    /// found once and split into tokens without looking past its end.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let folder = Normalizer::for_profile(Profile::Search);
        let mut tokens = Vec::with_capacity(text.len() / 6);

        let mut pos = 0;
        while pos < text.len() {
            let rest = &text[pos..];
            let c = rest.chars().next().expect("char boundary");
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            let run_len = find_whitespace(rest).unwrap_or(rest.len());
            let run = &rest[..run_len];
            let mut i = 0;
            let mut at_search_from = 0;
            let mut next_at = None;
            while i < run.len() {
                if at_search_from <= i {
                    next_at = run.as_bytes()[i..]
                        .iter()
                        .position(|&b| b == b'@')
                        .map(|p| p + i);
                    at_search_from = next_at.map_or(run.len(), |p| p + 1);
                }
                let (len, kind) = scan_token(&run[i..], next_at.map(|p| p - i));
                // `Hitachi's`: the possessive is a token of its own, as English corpora write
                // it (and as the tagger was trained), so that the name is `Hitachi`.
                let possessive = if kind == TokenKind::Word {
                    possessive_len(&run[i..i + len])
                } else {
                    0
                };
                if possessive > 0 {
                    let word = NormSpan::new(pos + i, pos + i + len - possessive);
                    tokens.push(self.make_token(text, word, kind, &folder));
                    let suffix = NormSpan::new(word.end, pos + i + len);
                    tokens.push(self.make_token(text, suffix, kind, &folder));
                } else {
                    let span = NormSpan::new(pos + i, pos + i + len);
                    tokens.push(self.make_token(text, span, kind, &folder));
                }
                i += len;
            }
            pos += run_len;
        }
        tokens
    }

    fn make_token(
        &self,
        text: &str,
        span: NormSpan,
        kind: TokenKind,
        folder: &Normalizer,
    ) -> Token {
        let surface = span.slice(text);
        let key = if surface
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            surface.to_string()
        } else {
            let mut key = String::with_capacity(surface.len());
            folder.fold_into(surface, &mut key);
            key
        };
        let segments = if kind == TokenKind::Word && !surface.is_ascii() {
            self.segmenter.segment(surface, span.start)
        } else {
            Vec::new()
        };
        let mut token = Token {
            span,
            kind,
            key,
            segments,
            name_key: None,
        };
        token.compute_name_key(text, folder);
        token
    }
}

/// A character that is a quote mark wherever it stands (the straight apostrophe `'` is one only
/// in context, see `quotes::marks`).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '«' | '»' | '“' | '”' | '„' | '‟' | '‹' | '›' | '‘' | '’'
    )
}

/// The byte length of an English possessive `'s` / `’s` ending `word` after at least one letter
/// or digit (`Hitachi's`, `Greenspan’s`, `BBC Radio 4's`), else 0. `O'Brien` and `Reuters'` have
/// none.
fn possessive_len(word: &str) -> usize {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().next_back().is_some_and(char::is_alphanumeric) {
                return suffix.len();
            }
        }
    }
    0
}

/// Byte offset of the first white-space character, with a byte-level path for ASCII.
pub(crate) fn find_whitespace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                return Some(i);
            }
            i += 1;
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            if c.is_whitespace() {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        _ if c.is_ascii() => false,
        // The Arabic letters, marks and digits: the bulk of our text, without a table search.
        '\u{621}'..='\u{63A}' | '\u{641}'..='\u{669}' | '\u{66E}'..='\u{6D3}' => true,
        _ => c.is_alphanumeric() || is_combining_mark(c) || c == '\u{200C}' || c == '\u{200D}',
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

/// Length and kind of the token at the start of `run` (a white-space free stretch that starts
/// with the token). `at` is the offset of the next `@` in the run, if any.
fn scan_token(run: &str, at: Option<usize>) -> (usize, TokenKind) {
    if let Some(len) = url_len(run) {
        return (len, TokenKind::Url);
    }
    // An e-mail's local part is at most 64 characters (RFC 5321): the check stays local.
    if let Some(len) = at
        .filter(|&a| a > 0 && a <= 64)
        .and_then(|_| email_len(run))
    {
        return (len, TokenKind::Email);
    }
    let first = run.chars().next().expect("non-empty");
    if (first == '#' || first == '@') && run[1..].starts_with(is_word_char) {
        let len = 1 + word_len(&run[1..]);
        let kind = if first == '#' {
            TokenKind::Hashtag
        } else {
            TokenKind::Mention
        };
        return (len, kind);
    }
    // Only a letter right before a period can start an initialism: a cheap test first.
    if run.as_bytes().get(first.len_utf8()) == Some(&b'.') {
        if let Some(len) = initialism_len(run) {
            return (len, TokenKind::Word);
        }
    }
    if is_word_char(first) {
        let len = word_len(run);
        let word = &run[..len];
        let kind = if word
            .chars()
            .all(|c| is_digit(c) || matches!(c, '.' | ',' | ':' | '/' | '٫' | '٬'))
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        return (len, kind);
    }
    // Punctuation and symbols: a run of the same mark is one token (`...`, `!!`), and `?!` too.
    let mut len = first.len_utf8();
    for c in run[len..].chars() {
        let same_family = c == first || (is_sentence_mark(first) && is_sentence_mark(c));
        if !same_family {
            break;
        }
        len += c.len_utf8();
    }
    // Combining marks belong to the character before them, even a symbol's (`�` + shadda): a
    // token never ends inside a base-and-marks unit.
    len += run[len..]
        .chars()
        .take_while(|&c| unicode_normalization::char::canonical_combining_class(c) != 0)
        .map(char::len_utf8)
        .sum::<usize>();
    let kind = if is_punctuation(first) {
        TokenKind::Punctuation
    } else {
        TokenKind::Symbol
    };
    (len, kind)
}

fn is_sentence_mark(c: char) -> bool {
    matches!(c, '!' | '?' | '؟')
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '۔'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '„'
                | '‹'
                | '›'
                | '…'
                | '–'
                | '—'
                | '‐'
                | '‑'
                | '•'
                | '·'
                | '٪'
        )
}

/// Length of an initialism at the start of `run`: two or more single letters each followed by a
/// period (`U.S.`, `U.N.`, `D.C.`, `p.m.`), kept whole with its last period.
fn initialism_len(run: &str) -> Option<usize> {
    let mut len = 0;
    let mut letters = 0;
    let mut chars = run.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphabetic() && chars.peek() == Some(&'.') {
            chars.next();
            len += c.len_utf8() + 1;
            letters += 1;
        } else {
            if is_word_char(c) {
                // `U.Stuff`: a letter run goes on, so this is not an initialism.
                return None;
            }
            break;
        }
    }
    (letters >= 2).then_some(len)
}

/// Length of a word starting at `text[0]`: word characters, joined by inner `-` `'` `’` between
/// word characters, and by `.` `,` `:` `/` `٫` `٬` between digits.
fn word_len(text: &str) -> usize {
    let mut end = 0;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((p, c)) = chars.next() {
        if is_word_char(c) {
            end = p + c.len_utf8();
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = match (prev, next) {
            (Some(a), Some(b)) if matches!(c, '-' | '\'' | '’') => {
                is_word_char(a) && is_word_char(b)
            }
            (Some(a), Some(b)) if matches!(c, '.' | ',' | ':' | '/' | '٫' | '٬') => {
                is_digit(a) && is_digit(b)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
    }
    end.max(text.chars().next().map_or(0, char::len_utf8))
}

/// Strips the punctuation a URL or e-mail does not end with (`.`, `,`, closing marks ...).
fn trim_trailing_punctuation(s: &str) -> usize {
    s.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '"'
                | '\''
                | '»'
                | '”'
                | '’'
                | '،'
                | '؛'
                | '؟'
        )
    })
    .len()
}

/// A URL at the start of `run` (an opening bracket before it is its own token).
fn url_len(run: &str) -> Option<usize> {
    let has_prefix = |prefix: &str| {
        run.len() >= prefix.len()
            && run.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    let is_url = has_prefix("http://") || has_prefix("https://") || has_prefix("www.");
    (is_url && run.len() > 4).then(|| trim_trailing_punctuation(run))
}

fn email_len(run: &str) -> Option<usize> {
    let len = trim_trailing_punctuation(run);
    let candidate = &run[..len];
    let (local, domain) = candidate.split_once('@')?;
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    (local_ok && domain_ok).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        Tokenizer::default()
            .tokenize(text)
            .iter()
            .map(|t| (t.span.slice(text), t.kind))
            .collect()
    }

    #[test]
    fn combining_marks_stay_with_the_symbol_before_them() {
        // Found by fuzzing: `�` then marks made two tokens inside one NFC unit, which both
        // mapped back to the whole unit.
        use TokenKind::*;
        assert_eq!(
            tokens("\u{FFFD}\u{651}\u{652} x"),
            vec![("\u{FFFD}\u{651}\u{652}", Symbol), ("x", Word)]
        );
        assert_eq!(
            tokens("!\u{301}?"),
            vec![("!\u{301}", Punctuation), ("?", Punctuation)]
        );
    }

    #[test]
    fn token_kinds_table() {
        use TokenKind::*;
        let cases: &[(&str, &[(&str, TokenKind)])] = &[
            (
                "the U.S. and U.N. at 3 p.m., U.Stuff",
                &[
                    ("the", Word),
                    ("U.S.", Word),
                    ("and", Word),
                    ("U.N.", Word),
                    ("at", Word),
                    ("3", Number),
                    ("p.m.", Word),
                    (",", Punctuation),
                    ("U", Word),
                    (".", Punctuation),
                    ("Stuff", Word),
                ],
            ),
            (
                "Hello, world!",
                &[
                    ("Hello", Word),
                    (",", Punctuation),
                    ("world", Word),
                    ("!", Punctuation),
                ],
            ),
            (
                "3.5 1,000 12/08/2014 ٧٫٩",
                &[
                    ("3.5", Number),
                    ("1,000", Number),
                    ("12/08/2014", Number),
                    ("٧٫٩", Number),
                ],
            ),
            (
                "al-Kadhimi O'Brien COVID-19",
                &[("al-Kadhimi", Word), ("O'Brien", Word), ("COVID-19", Word)],
            ),
            // The possessive is its own token, as a plural's trailing apostrophe is.
            (
                "Hitachi's Greenspan’s Reuters' it's 4's",
                &[
                    ("Hitachi", Word),
                    ("'s", Word),
                    ("Greenspan", Word),
                    ("’s", Word),
                    ("Reuters", Word),
                    ("'", Punctuation),
                    ("it", Word),
                    ("'s", Word),
                    ("4", Word),
                    ("'s", Word),
                ],
            ),
            (
                "see https://example.com/a?b=1. now",
                &[
                    ("see", Word),
                    ("https://example.com/a?b=1", Url),
                    (".", Punctuation),
                    ("now", Word),
                ],
            ),
            (
                "mail a.b@example.org, #Basra @naba",
                &[
                    ("mail", Word),
                    ("a.b@example.org", Email),
                    (",", Punctuation),
                    ("#Basra", Hashtag),
                    ("@naba", Mention),
                ],
            ),
            (
                "wait... what?!",
                &[
                    ("wait", Word),
                    ("...", Punctuation),
                    ("what", Word),
                    ("?!", Punctuation),
                ],
            ),
            (
                "قال: «نعم»، ٢٠٢٠",
                &[
                    ("قال", Word),
                    (":", Punctuation),
                    ("«", Punctuation),
                    ("نعم", Word),
                    ("»", Punctuation),
                    ("،", Punctuation),
                    ("٢٠٢٠", Number),
                ],
            ),
            ("$5 😀", &[("$", Symbol), ("5", Number), ("😀", Symbol)]),
            (
                "(https://x.org/a).",
                &[
                    ("(", Punctuation),
                    ("https://x.org/a", Url),
                    (")", Punctuation),
                    (".", Punctuation),
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(tokens(text), *expected, "{text}");
        }
    }

    #[test]
    fn keys_are_the_search_form() {
        let toks = Tokenizer::default().tokenize("أحمدُ WORLD");
        assert_eq!(toks[0].key, "احمد");
        assert_eq!(toks[1].key, "world");
    }
}
