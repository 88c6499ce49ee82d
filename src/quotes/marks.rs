//! Pairs quote marks within a paragraph: « » “ ” „ ‟ ‘ ’ ‹ › and straight `"`, whose direction is
//! read from its neighbours (space before: opens; space or punctuation after: closes; otherwise
//! it toggles; a straight `"` opening while one is open ends the unclosed one). Nested quotes stay
//! inside their parent: only outermost pairs are returned. A quote
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
    /// The straight apostrophe `'`, a quote mark only where it cannot be an apostrophe.
    StraightSingle,
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
        // Also the apostrophe (Reuters’, don’t): only a closer after a word and before a break.
        '’' if space_or_punct(next) => Role::Close(Family::Single),
        // `'` is far more often an apostrophe (don't, BA's, the '90s, the boys'): it opens only
        // between a space and a letter, closes only between a letter and a break.
        '\'' => {
            let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
            match (space_or_start(prev), space_or_punct(next)) {
                (true, false) if letter(next) => Role::Open(Family::StraightSingle),
                (false, true) if letter(prev) || prev.is_some_and(|c| ".!?,".contains(c)) => {
                    Role::Close(Family::StraightSingle)
                }
                _ => return None,
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

/// A character that is a quote mark wherever it stands (the straight apostrophe `'` is one only
/// in context, see `role`). Defined with the tokens, which the entity stage also reads.
pub use crate::tokens::is_quote_mark;

/// The outermost quoted runs of `text`, in order.
pub fn find_quoted_runs(text: &str) -> Vec<QuotedRun> {
    let mut runs: Vec<QuotedRun> = Vec::new();
    let mut paragraph_start = 0;
    // A paragraph ends at any line break: news copy (the Tunisian radio articles, the dev set)
    // separates paragraphs by one `\n` as often as by a blank line, and no quote in the dev
    // set runs over a line break unless it is reopened.
    for paragraph in text.split_inclusive('\n') {
        let content_len = paragraph.trim_end_matches(['\n', '\r']).len();
        let first = runs.len();
        runs_in_paragraph(&paragraph[..content_len], paragraph_start, &mut runs);
        // The English convention for a quote over several paragraphs: each paragraph reopens it
        // and only the last closes. An unclosed quote followed by a paragraph that starts with
        // an opening mark is one quote with the next.
        let reopens = paragraph_start + (paragraph.len() - paragraph.trim_start().len());
        if first > 0
            && runs[first - 1].unclosed
            && runs.get(first).and_then(|r| r.open) == Some(reopens)
        {
            let next = runs.remove(first);
            let previous = &mut runs[first - 1];
            previous.content = NormSpan::new(previous.content.start, next.content.end);
            previous.unclosed = next.unclosed;
        }
        paragraph_start += paragraph.len();
    }
    runs
}

/// The state of the scan over one paragraph.
struct ParagraphScan<'p> {
    paragraph: &'p str,
    /// Byte offset of the paragraph in the text.
    offset: usize,
    /// Open marks: (family, byte offset in the paragraph).
    stack: Vec<(Family, usize)>,
    /// Where the last outermost quote closed; a stray closing mark's quote starts after it.
    last_close_end: usize,
}

impl ParagraphScan<'_> {
    fn is_open(&self, family: Family) -> bool {
        self.stack.iter().any(|&(f, _)| f == family)
    }

    /// Closes the innermost open mark of `family`; an outermost pair becomes a run.
    fn close(&mut self, family: Family, pos: usize, mark: char, runs: &mut Vec<QuotedRun>) {
        let index = self
            .stack
            .iter()
            .rposition(|&(f, _)| f == family)
            .expect("caller checked is_open");
        let (_, open) = self.stack[index];
        self.stack.truncate(index);
        if self.stack.is_empty() {
            let open_len = self.paragraph[open..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            runs.push(QuotedRun {
                open: Some(self.offset + open),
                content: NormSpan::new(self.offset + open + open_len, self.offset + pos),
                unclosed: false,
            });
            self.last_close_end = pos + mark.len_utf8();
        }
    }

    /// A straight `"` that opens while another straight one is innermost open: identical marks
    /// cannot nest, so the earlier quote was never closed (`said: "There's nothing bigger.
    /// "We're looking forward."`). It ends where the new one opens.
    fn reopen_straight(&mut self, pos: usize, runs: &mut Vec<QuotedRun>) {
        let Some(&(_, open)) = self.stack.last() else {
            return;
        };
        self.stack.pop();
        if self.stack.is_empty() {
            let content_start = open + 1;
            let end = content_start.max(self.paragraph[..pos].trim_end().len());
            runs.push(QuotedRun {
                open: Some(self.offset + open),
                content: NormSpan::new(self.offset + content_start, self.offset + end),
                unclosed: true,
            });
            self.last_close_end = pos;
        }
    }

    /// A closing mark with nothing open: the quote began somewhere after the last one.
    fn stray_close(&mut self, pos: usize, mark: char, runs: &mut Vec<QuotedRun>) {
        runs.push(QuotedRun {
            open: None,
            content: NormSpan::new(self.offset + self.last_close_end, self.offset + pos),
            unclosed: false,
        });
        self.last_close_end = pos + mark.len_utf8();
    }

    /// A quote still open at the end of the paragraph runs to its end; a straight `'` left
    /// open was an apostrophe.
    fn finish(self, runs: &mut Vec<QuotedRun>) {
        if let Some(&(family, open)) = self.stack.first() {
            if family == Family::StraightSingle {
                return;
            }
            let mark_len = self.paragraph[open..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            let content_start = open + mark_len;
            let end = self.paragraph.trim_end().len().max(content_start);
            runs.push(QuotedRun {
                open: Some(self.offset + open),
                content: NormSpan::new(self.offset + content_start, self.offset + end),
                unclosed: true,
            });
        }
    }
}

fn runs_in_paragraph(paragraph: &str, offset: usize, runs: &mut Vec<QuotedRun>) {
    let mut scan = ParagraphScan {
        paragraph,
        offset,
        stack: Vec::new(),
        last_close_end: 0,
    };
    let mut prev: Option<char> = None;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match role(c, prev, next) {
            None => {}
            Some(Role::Open(Family::Straight))
                if scan
                    .stack
                    .last()
                    .is_some_and(|&(f, _)| f == Family::Straight) =>
            {
                scan.reopen_straight(pos, runs);
                scan.stack.push((Family::Straight, pos));
            }
            Some(Role::Open(family)) => scan.stack.push((family, pos)),
            Some(Role::Either(family)) if scan.is_open(family) => scan.close(family, pos, c, runs),
            Some(Role::Either(family)) => scan.stack.push((family, pos)),
            Some(Role::Close(family)) if scan.is_open(family) => scan.close(family, pos, c, runs),
            // A lone ’ or ' is an apostrophe (Reuters’, the boys'), never a stray closing quote.
            Some(Role::Close(family))
                if scan.stack.is_empty()
                    && !matches!(family, Family::Single | Family::StraightSingle) =>
            {
                scan.stray_close(pos, c, runs)
            }
            Some(Role::Close(_)) => {}
        }
        prev = Some(c);
    }
    scan.finish(runs);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (content, unclosed, start missing)
    type Run = (String, bool, bool);

    fn contents(text: &str) -> Vec<Run> {
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
        type Case<'a> = (&'a str, &'a [(&'a str, bool, bool)]);
        let cases: &[Case] = &[
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
            // One line break ends a paragraph too: the unclosed name does not swallow the next.
            (
                "وفق الوسيط بالبورصة \"مينا كابتل.\nوشهدت اسهم 36 شركة ارتفاعا.",
                &[("مينا كابتل.", true, false)],
            ),
            (
                "He said: \"The first part ends here.\n\"The second part ends here.\" Then.",
                &[(
                    "The first part ends here.\n\"The second part ends here.",
                    false,
                    false,
                )],
            ),
            (
                "إن القرارات تضمنت صلاحيات واسعة\". ووفقاً",
                &[("إن القرارات تضمنت صلاحيات واسعة", false, true)],
            ),
            ("Reuters’ report didn’t say.", &[]),
            // Straight single marks pair only where they cannot be apostrophes.
            (
                "He called it 'a total disaster' and left. The boys' club isn't open in the '90s.",
                &[("a total disaster", false, false)],
            ),
            ("Rock 'n' roll never dies", &[("n", false, false)]),
            // A straight mark opening while another is open: the first was never closed.
            (
                "He said: \"Nothing is bigger. \"We look forward to it.\" Then.",
                &[
                    ("Nothing is bigger.", true, false),
                    ("We look forward to it.", false, false),
                ],
            ),
            (
                "ما يسمى \"الخط الثالث أو \"الطريق الثالث\" في السياسة.",
                &[
                    ("الخط الثالث أو", true, false),
                    ("الطريق الثالث", false, false),
                ],
            ),
            // A quote over two paragraphs, reopened at the second: one quote, closed.
            (
                "He said: \"The first part ends here.\n\n\"The second part ends here.\" Then.",
                &[(
                    "The first part ends here.\n\n\"The second part ends here.",
                    false,
                    false,
                )],
            ),
        ];
        for (text, expected) in cases {
            let expected: Vec<Run> = expected
                .iter()
                .map(|(s, u, i)| (s.to_string(), *u, *i))
                .collect();
            assert_eq!(contents(text), expected, "{text}");
        }
    }
}
