//! Pairs quote marks within a paragraph: « » “ ” „ ‟ ‘ ’ ‹ › and straight `"`, whose direction is
//! read from its neighbours (space before: opens; space or punctuation after: closes; otherwise
//! it toggles). Nested quotes stay inside their parent: only outermost pairs are returned. A quote
//! that opens and never closes runs to the end of its paragraph (`unclosed`); a closing mark with
//! no opening one is returned with no opening (`open == None`) for the attributor to place.
//! Linear in the text length. It does not decide whether a pair is a quote.

use crate::text::NormSpan;

/// An outermost run of quoted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedRun {
    /// Byte offset of the opening mark, None for a stray closing mark.
    pub open: Option<usize>,
    /// The quoted words without the marks (for a stray close: from the paragraph start).
    pub content: NormSpan,
    /// True when no closing mark was found before the paragraph ended.
    pub unclosed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Guillemet,
    Curly,
    Single,
    Straight,
}

enum Role {
    Open(Family),
    Close(Family),
    /// Straight marks that could be either.
    Either(Family),
}

fn role(c: char, prev: Option<char>, next: Option<char>) -> Option<Role> {
    let space_or_start =
        |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "([{:—–-".contains(c));
    let space_or_punct = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '"') || "،؛؟…".contains(c)
        })
    };
    Some(match c {
        '«' | '‹' => Role::Open(Family::Guillemet),
        '»' | '›' => Role::Close(Family::Guillemet),
        '“' | '„' | '‟' => Role::Open(Family::Curly),
        '”' => {
            // Some outlets use ” on both sides: after a space it opens.
            if space_or_start(prev) && !space_or_punct(next) {
                Role::Either(Family::Curly)
            } else {
                Role::Close(Family::Curly)
            }
        }
        '‘' => Role::Open(Family::Single),
        '’' => {
            // Also the apostrophe (Reuters’, don’t): only a closer after a word and before a break.
            if space_or_punct(next) {
                Role::Close(Family::Single)
            } else {
                return None;
            }
        }
        '"' => match (space_or_start(prev), space_or_punct(next)) {
            (true, false) => Role::Open(Family::Straight),
            (false, true) => Role::Close(Family::Straight),
            _ => Role::Either(Family::Straight),
        },
        _ => return None,
    })
}

/// The outermost quoted runs of `text`, in order.
pub fn find_quoted_runs(text: &str) -> Vec<QuotedRun> {
    let mut runs = Vec::new();
    let mut paragraph_start = 0;
    for paragraph in text.split_inclusive("\n\n") {
        let content_len = paragraph.trim_end_matches('\n').len();
        runs_in_paragraph(&paragraph[..content_len], paragraph_start, &mut runs);
        paragraph_start += paragraph.len();
    }
    runs
}

fn runs_in_paragraph(paragraph: &str, offset: usize, runs: &mut Vec<QuotedRun>) {
    // Stack of (family, byte offset of the mark).
    let mut stack: Vec<(Family, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut last_close_end = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let Some(role) = role(c, prev, next) else {
            prev = Some(c);
            continue;
        };
        let closes = |family: Family, stack: &Vec<(Family, usize)>| {
            stack.iter().rposition(|&(f, _)| f == family)
        };
        match role {
            Role::Open(family) => stack.push((family, pos)),
            Role::Either(family) => match closes(family, &stack) {
                Some(_) => close(
                    &mut stack,
                    family,
                    pos,
                    c,
                    offset,
                    runs,
                    &mut last_close_end,
                    paragraph,
                ),
                None => stack.push((family, pos)),
            },
            Role::Close(family) => match closes(family, &stack) {
                Some(_) => close(
                    &mut stack,
                    family,
                    pos,
                    c,
                    offset,
                    runs,
                    &mut last_close_end,
                    paragraph,
                ),
                // A lone ’ is an apostrophe (Reuters’), never a stray closing quote.
                None if stack.is_empty() && family != Family::Single => {
                    // A stray closing mark: the quote began somewhere after the last one.
                    runs.push(QuotedRun {
                        open: None,
                        content: NormSpan::new(offset + last_close_end, offset + pos),
                        unclosed: false,
                    });
                    last_close_end = pos + c.len_utf8();
                }
                None => {}
            },
        }
        prev = Some(c);
    }
    if let Some(&(_, open)) = stack.first() {
        let mark_len = paragraph[open..].chars().next().map_or(1, char::len_utf8);
        let content_start = open + mark_len;
        let end = paragraph.trim_end().len().max(content_start);
        runs.push(QuotedRun {
            open: Some(offset + open),
            content: NormSpan::new(offset + content_start, offset + end),
            unclosed: true,
        });
    }
}

fn close(
    stack: &mut Vec<(Family, usize)>,
    family: Family,
    pos: usize,
    mark: char,
    offset: usize,
    runs: &mut Vec<QuotedRun>,
    last_close_end: &mut usize,
    paragraph: &str,
) {
    let index = stack
        .iter()
        .rposition(|&(f, _)| f == family)
        .expect("caller checked");
    let (_, open) = stack[index];
    stack.truncate(index);
    if stack.is_empty() {
        let open_len = paragraph[open..].chars().next().map_or(1, char::len_utf8);
        runs.push(QuotedRun {
            open: Some(offset + open),
            content: NormSpan::new(offset + open + open_len, offset + pos),
            unclosed: false,
        });
        *last_close_end = pos + mark.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<(String, bool, bool)> {
        find_quoted_runs(text)
            .iter()
            .map(|r| {
                (
                    r.content.slice(text).to_string(),
                    r.unclosed,
                    r.open.is_none(),
                )
            })
            .collect()
    }

    #[test]
    fn pairs_table() {
        let cases: &[(&str, &[(&str, bool, bool)])] = &[
            (
                "قال «نعم» ثم «لا».",
                &[("نعم", false, false), ("لا", false, false)],
            ),
            (
                "He said “it is over” today.",
                &[("it is over", false, false)],
            ),
            (
                "قال \"نعم\"، و\"لا\".",
                &[("نعم", false, false), ("لا", false, false)],
            ),
            (
                "She said “he told me ‘never’ twice” then.",
                &[("he told me ‘never’ twice", false, false)],
            ),
            (
                "قال إنه \"لم يعد هناك مكان\n\nفقرة جديدة",
                &[("لم يعد هناك مكان", true, false)],
            ),
            (
                "إن القرارات تضمنت صلاحيات واسعة\". ووفقاً",
                &[("إن القرارات تضمنت صلاحيات واسعة", false, true)],
            ),
            ("Reuters’ report didn’t say.", &[]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, bool, bool)> = expected
                .iter()
                .map(|(s, u, i)| (s.to_string(), *u, *i))
                .collect();
            assert_eq!(contents(text), expected, "{text}");
        }
    }
}
