//! Sentence boundaries over the normalized text.
//!
//! Rule-based and line-aware. A sentence ends at `.` `!` `?` `؟` `…` `۔` (and CJK/Devanagari full
//! stops) followed by white space, with any closing quote marks and brackets kept on the sentence
//! they close. A paragraph break always ends a sentence; a single line break does too (headlines,
//! datelines and captions have no final punctuation) unless the text plainly runs on (the line ends
//! with a comma or hyphen, or the next starts with a lower-case letter). The Arabic comma `،` and
//! semicolon `؛` never end a sentence.
//!
//! A period does not end a sentence after an initial or any single letter (`Jonas E. Smith`,
//! `د.`, `م.`), inside numbers, URLs and e-mails (no space follows), after a dotted abbreviation
//! (`U.S.`, `أ.د.`) or a known one (`english.rs`, `arabic.rs`) unless a sentence plainly starts next,
//! after a list number at the start of a line, or before a lower-case word.
//!
//! Works on the text the normalizer produced (line breaks unified to `\n`); returns spans over it.
//! It does not tokenize.

mod arabic;
mod english;

use crate::text::lang::Language;
use crate::text::NormSpan;

/// Splits normalized text into sentences.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSplitter;

impl SentenceSplitter {
    pub fn new() -> Self {
        SentenceSplitter
    }

    /// Sentence spans in text order, trimmed of surrounding white space, never empty.
    pub fn split(&self, text: &str, language: Language) -> Vec<NormSpan> {
        let mut breaks = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let content_len = line.trim_end_matches('\n').len();
            let content = &line[..content_len];
            find_breaks_in_line(content, language, |offset| breaks.push(line_start + offset));
            let line_end = line_start + content_len;
            if line_start + line.len() < text.len() || line.ends_with('\n') {
                let next_line = &text[line_start + line.len()..];
                if !line_runs_on(content, next_line) {
                    breaks.push(line_end);
                }
            }
            line_start += line.len();
        }
        breaks.push(text.len());

        let mut spans = Vec::with_capacity(breaks.len());
        let mut start = 0;
        for end in breaks {
            if end <= start {
                continue;
            }
            if let Some(span) = trimmed(text, start, end) {
                spans.push(span);
            }
            start = end;
        }
        spans
    }
}

fn trimmed(text: &str, start: usize, end: usize) -> Option<NormSpan> {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (lead + trail < piece.len()).then(|| NormSpan::new(start + lead, end - trail))
}

/// True when the line break after `line` does not end a sentence.
fn line_runs_on(line: &str, next_text: &str) -> bool {
    let line = line.trim_end();
    if line.is_empty() || next_text.starts_with('\n') {
        return false;
    }
    if line.ends_with([',', '،', '-', '‐', '–']) {
        return true;
    }
    let ends_with_terminator = line
        .trim_end_matches(is_closer)
        .ends_with(|c: char| is_terminator(c) || c == ':' || c == ';' || c == '؛');
    !ends_with_terminator
        && next_text
            .trim_start()
            .starts_with(|c: char| c.is_lowercase())
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁉' | '。' | '！' | '？' | '।' | '॥'
    )
}

/// Full stops of scripts written without spaces between sentences.
fn ends_without_space(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Closing quote marks and brackets that stay with the sentence before them.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '„' | '「' | '『' | '（'
    )
}

/// Calls `on_break` with the byte offset right after each sentence end inside one line, in order.
fn find_breaks_in_line(line: &str, language: Language, mut on_break: impl FnMut(usize)) {
    let list = ListItems::find(line);
    let mut breaks: Vec<usize> = list.item_starts.clone();
    let mut iter = line.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        if !is_terminator(c) || list.is_marker(pos) {
            continue;
        }
        let attached = line[..pos]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_alphanumeric() || is_closer(p));
        // `. . . .`: a spaced ellipsis; after a word (`compounds. . . .`) its first dot is a period.
        if c == '.' {
            if let Some(len) = spaced_ellipsis_len(&line[pos..]) {
                let dots = line[pos..pos + len].matches('.').count();
                let end = swallow_closers(line, pos + len);
                let next_word = first_word(&line[end..]);
                let starts_next =
                    !line[end..].trim().is_empty() && capital_starts_sentence(next_word, language);
                if attached && dots >= 4 && starts_next {
                    breaks.push(pos + 1); // the period ends the sentence; the ellipsis opens the next
                } else if !attached && starts_next {
                    breaks.push(end);
                }
                while iter.peek().is_some_and(|&(p, _)| p < end) {
                    iter.next();
                }
                continue;
            }
        }
        // Swallow the run of terminators (`?!`, `...`) and then the closers.
        let mut end = pos + c.len_utf8();
        let mut dots = usize::from(c == '.');
        let mut ellipsis = c == '…';
        while let Some(&(p, n)) = iter.peek() {
            if !is_terminator(n) {
                break;
            }
            dots += usize::from(n == '.');
            ellipsis |= n == '…';
            end = p + n.len_utf8();
            iter.next();
        }
        let omission = line[..pos].ends_with('[') && line[end..].starts_with(']');
        end = swallow_closers(line, end);
        while iter.peek().is_some_and(|&(p, _)| p < end) {
            iter.next();
        }
        let rest = &line[end..];
        if rest.is_empty() {
            continue; // the line end decides
        }
        if !rest.starts_with(char::is_whitespace) && !ends_without_space(c) {
            continue; // 3.5, U.S.A, example.com, 12/08/2014
        }
        let next_word = first_word(rest);
        if next_word.starts_with(|n: char| n.is_lowercase()) {
            continue;
        }
        let is_period = dots == 1 && !ellipsis && c == '.';
        if ellipsis || dots > 1 {
            // An ellipsis inside a sentence is a pause (`[...]` marks an omission): in English a
            // capital after it starts a sentence; in Arabic (no capitals) the pause is kept.
            if omission || !capital_starts_sentence(next_word, language) {
                continue;
            }
        } else if is_period && !period_ends_sentence(&line[..pos], next_word, language) {
            continue;
        }
        breaks.push(end);
    }
    breaks.sort_unstable();
    breaks.dedup();
    breaks.into_iter().for_each(&mut on_break);
}

/// After an ellipsis: a capital starts a sentence, except the pronoun `I` (`the thing is . . .
/// I didn't mean it`), and never in Arabic, which has no capitals.
fn capital_starts_sentence(next_word: &str, language: Language) -> bool {
    language != Language::Arabic
        && next_word.starts_with(|n: char| n.is_uppercase())
        && next_word.trim_end_matches(|c: char| !c.is_alphanumeric()) != "I"
}

fn swallow_closers(line: &str, mut end: usize) -> usize {
    for c in line[end..].chars() {
        if !is_closer(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Length of `. . .` (three or more dots separated by single spaces) at the start of `text`.
fn spaced_ellipsis_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut len = 1;
    let mut dots = 1;
    while bytes.get(len) == Some(&b' ') && bytes.get(len + 1) == Some(&b'.') {
        len += 2;
        dots += 1;
    }
    (dots >= 3).then_some(len)
}

/// The kind of a list-item marker, for matching the next item of the same list.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Marker {
    /// `1.` `2.)` `3)`, with the style's punctuation.
    Number(u32, &'static str),
    /// `a.` `b)`
    Letter(char, &'static str),
    /// `•` `⁃` `-` `*`, with or without a number after it.
    Bullet(char),
}

impl Marker {
    fn successor(self) -> Marker {
        match self {
            Marker::Number(n, style) => Marker::Number(n + 1, style),
            Marker::Letter(c, style) => {
                Marker::Letter(char::from_u32(c as u32 + 1).unwrap_or(c), style)
            }
            bullet => bullet,
        }
    }
}

/// Parses a list marker at the start of `text`, followed by white space; returns it and its length.
fn marker_at(text: &str) -> Option<(Marker, usize)> {
    let first = text.chars().next()?;
    let (marker, len) = if matches!(first, '•' | '⁃' | '◦' | '▪' | '*') {
        // A bullet, possibly followed by a number (`• 9.`, `⁃10.`).
        let mut len = first.len_utf8();
        let rest = &text[len..];
        let rest_trimmed = rest.trim_start_matches(' ');
        if let Some((Marker::Number(..), n)) = marker_at(rest_trimmed) {
            len += rest.len() - rest_trimmed.len() + n;
        }
        (Marker::Bullet(first), len)
    } else if first.is_ascii_digit() {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let number: u32 = text[..digits].parse().ok()?;
        let style = [".)", ")", "."]
            .into_iter()
            .find(|s| text[digits..].starts_with(s))?;
        (Marker::Number(number, style), digits + style.len())
    } else if first.is_ascii_lowercase() {
        let style = [")", "."].into_iter().find(|s| text[1..].starts_with(s))?;
        (Marker::Letter(first, style), 1 + style.len())
    } else {
        return None;
    };
    text[len..].starts_with(' ').then_some((marker, len))
}

/// Items of a list written on one line (`1. The first item 2. The second item`): only when the
/// line starts with a marker, and only the markers that continue that list.
struct ListItems {
    /// Byte ranges of the markers (their periods never end a sentence).
    markers: Vec<std::ops::Range<usize>>,
    /// Where each item after the first starts (a sentence break).
    item_starts: Vec<usize>,
}

impl ListItems {
    fn find(line: &str) -> ListItems {
        let mut items = ListItems {
            markers: Vec::new(),
            item_starts: Vec::new(),
        };
        let lead = line.len() - line.trim_start().len();
        let Some((mut marker, len)) = marker_at(&line[lead..]) else {
            return items;
        };
        items.markers.push(lead..lead + len);
        let mut pos = lead + len;
        while let Some(offset) = line[pos..].find(' ') {
            let at = pos + offset + 1;
            let expected = marker.successor();
            match marker_at(&line[at..]) {
                Some((found, len))
                    if found == expected
                        && line[at + len..]
                            .trim_start()
                            .starts_with(char::is_uppercase) =>
                {
                    items.markers.push(at..at + len);
                    items.item_starts.push(at);
                    marker = found;
                    pos = at + len;
                }
                _ => pos = at,
            }
        }
        items
    }

    fn is_marker(&self, pos: usize) -> bool {
        self.markers.iter().any(|m| m.contains(&pos))
    }
}

/// The first white-space separated word of `text`, without leading quote marks or brackets.
fn first_word(text: &str) -> &str {
    let text = text.trim_start().trim_start_matches(is_opener);
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    &text[..end]
}

/// Decides a single period right after `before` (the line up to the period).
fn period_ends_sentence(before: &str, next_word: &str, language: Language) -> bool {
    let before_trimmed = before.trim_end_matches(is_closer);
    let word_start = before_trimmed
        .rfind(|c: char| c.is_whitespace() || is_opener(c))
        .map_or(0, |i| {
            i + before_trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before_trimmed[word_start..];
    if word.is_empty() {
        return true;
    }
    // An initial or a one-letter abbreviation: `E.`, `د.`, `م.`, `ه.` after a year.
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        // `you and I. Did you ...`: the pronoun I, not an initial.
        if first == 'I' && english::starts_sentence(next_word) {
            return true;
        }
        if first.is_alphabetic() {
            return false;
        }
    }
    // A list number at the start of a line: `1.`, `12.`
    if word
        .chars()
        .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
        && before_trimmed[..word_start].trim().is_empty()
    {
        return false;
    }
    if is_dotted_abbreviation(word) {
        return english::starts_sentence(next_word);
    }
    if arabic::is_abbreviation(word) {
        return false;
    }
    let lower = word.to_lowercase();
    if english::is_title(&lower) {
        return false;
    }
    if english::is_abbreviation(&lower) {
        return language != Language::English || english::starts_sentence(next_word);
    }
    true
}

/// `U.S`, `a.m`, `e.g`, `Ph.D`, `ص.ب`, `أ.د`: letters in groups of at most two between dots (a
/// URL's or an e-mail's long parts do not qualify).
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, language: Language) -> Vec<&str> {
        SentenceSplitter::new()
            .split(text, language)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn english_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Hello world. How are you?",
                &["Hello world.", "How are you?"],
            ),
            (
                "Mr. Smith met Dr. Jones at 3 p.m. on Monday.",
                &["Mr. Smith met Dr. Jones at 3 p.m. on Monday."],
            ),
            (
                "Jonas E. Smith said it grew 3.5 percent.",
                &["Jonas E. Smith said it grew 3.5 percent."],
            ),
            (
                "He lives in the U.S. He works at Apple Inc. The firm grew.",
                &[
                    "He lives in the U.S.",
                    "He works at Apple Inc.",
                    "The firm grew.",
                ],
            ),
            (
                "\"Is it over?\" he asked. \"Yes.\" She left.",
                &["\"Is it over?\" he asked.", "\"Yes.\"", "She left."],
            ),
            (
                "Visit www.example.com. Mail me at a.b@example.org. Bye!",
                &[
                    "Visit www.example.com.",
                    "Mail me at a.b@example.org.",
                    "Bye!",
                ],
            ),
            (
                "It was No. 1 in Jan. 2020 and that was it... Then it fell.",
                &[
                    "It was No. 1 in Jan. 2020 and that was it...",
                    "Then it fell.",
                ],
            ),
            ("Wait... what happened?", &["Wait... what happened?"]),
            (
                "It happened on 12/08/2014. Nobody saw it.",
                &["It happened on 12/08/2014.", "Nobody saw it."],
            ),
            (
                "He said (quietly.) Then left.",
                &["He said (quietly.)", "Then left."],
            ),
            (
                "Headline without a stop\nThe body starts here.",
                &["Headline without a stop", "The body starts here."],
            ),
            (
                "A line that was\nwrapped by an editor.",
                &["A line that was\nwrapped by an editor."],
            ),
            (
                "1. First item\n2. Second item",
                &["1. First item", "2. Second item"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text, Language::English), *expected, "{text}");
        }
    }

    #[test]
    fn arabic_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "قال الوزير إن الوضع مستقر، وأضاف أن القوات جاهزة؛ ثم غادر. وعاد لاحقاً.",
                &[
                    "قال الوزير إن الوضع مستقر، وأضاف أن القوات جاهزة؛ ثم غادر.",
                    "وعاد لاحقاً.",
                ],
            ),
            (
                "هل انتهى الأمر؟ نعم! انتهى",
                &["هل انتهى الأمر؟", "نعم!", "انتهى"],
            ),
            (
                "التقى د. محمد بالوزير عام 1990 م. في بغداد.",
                &["التقى د. محمد بالوزير عام 1990 م. في بغداد."],
            ),
            (
                "وقال \"منحها صلاحيات واسعة\". ووفقاً للمصادر ذاتها انتهى.",
                &["وقال \"منحها صلاحيات واسعة\".", "ووفقاً للمصادر ذاتها انتهى."],
            ),
            (
                "العنوان بلا نقطة\n\n23 اغسطس 2020\nالنص يبدأ هنا.",
                &["العنوان بلا نقطة", "23 اغسطس 2020", "النص يبدأ هنا."],
            ),
            (
                "نما الاقتصاد 7.9 بالمئة... وهو رقم كبير.",
                &["نما الاقتصاد 7.9 بالمئة... وهو رقم كبير."],
            ),
            (
                "صندوق ص.ب. 123 في عمّان. أ.د. أحمد حاضر.",
                &["صندوق ص.ب. 123 في عمّان.", "أ.د. أحمد حاضر."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text, Language::Arabic), *expected, "{text}");
        }
    }

    #[test]
    fn other_scripts_get_sentences() {
        assert_eq!(
            sentences("今天下雨。明天晴天。", Language::Other),
            ["今天下雨。", "明天晴天。"]
        );
        assert_eq!(
            sentences("Il pleut. Demain il fera beau.", Language::Other),
            ["Il pleut.", "Demain il fera beau."]
        );
    }

    #[test]
    fn blank_text_has_no_sentence() {
        assert!(sentences("  \n\n ", Language::English).is_empty());
    }
}
