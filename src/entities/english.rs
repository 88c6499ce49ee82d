//! English name evidence: titles before capitalized names (`Prime Minister Mustafa al-Kadhimi`,
//! `Mr. Smith`), known given names starting a capitalized sequence, and organization words
//! (`Ministry`, `Council`, `Inc.`) inside one.

use super::{EntityMention, Evidence, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::{Token, TokenKind};

/// Titles and roles before a person's name (SEARCH form, lower case).
pub(super) fn is_title(key: &str) -> bool {
    matches!(
        key,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "president"
            | "minister"
            | "senator"
            | "mep"
            | "mp"
            | "sen"
            | "gen"
            | "general"
            | "governor"
            | "gov"
            | "king"
            | "queen"
            | "prince"
            | "sheikh"
            | "pope"
            | "chancellor"
            | "secretary"
            | "ambassador"
            | "spokesman"
            | "spokeswoman"
            | "judge"
            | "rep"
            | "representative"
            | "mayor"
            | "lt"
            | "col"
            | "colonel"
            | "captain"
            | "chairman"
            | "director"
            | "premier"
            | "activist"
            | "cleric"
            | "imam"
    )
}

fn is_org_word(key: &str) -> bool {
    matches!(
        key,
        "ministry"
            | "council"
            | "party"
            | "university"
            | "bank"
            | "agency"
            | "company"
            | "corp"
            | "inc"
            | "ltd"
            | "association"
            | "organization"
            | "organisation"
            | "committee"
            | "commission"
            | "army"
            | "forces"
            | "front"
            | "union"
            | "institute"
            | "court"
            | "parliament"
            | "assembly"
            | "news"
            | "times"
            | "post"
            | "group"
            | "fund"
            | "department"
            | "office"
            | "police"
            | "movement"
            | "brigade"
            | "brigades"
    )
}

/// Lower-case words that may sit inside a name (`Bank of England`, `Abu al-Fadl`).
fn is_name_connector(key: &str) -> bool {
    matches!(
        key,
        "of" | "al" | "bin" | "bint" | "abu" | "de" | "van" | "von" | "el" | "the" | "and" | "for"
    )
}

/// A capitalized word, or an Arabic-style particle name (`al-Rikabi`, `el-Sisi`, `bin-Zayed`).
fn is_capitalized(text: &str, token: &Token) -> bool {
    let surface = token.span.slice(text);
    let particle_name = ["al-", "el-", "bin-", "abu-", "ibn-"].iter().any(|p| {
        surface
            .strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    token.is_word() && (surface.starts_with(char::is_uppercase) || particle_name)
}

/// Capitalized sequences labelled by the evidence they carry; unlabelled ones are left out.
pub(super) fn find_names(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    let mut i = 0;
    while i < tokens.len() {
        if !is_capitalized(text, &tokens[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() {
            if is_capitalized(text, &tokens[end]) {
                end += 1;
            } else if end + 1 < tokens.len()
                && is_name_connector(&tokens[end].key)
                && is_capitalized(text, &tokens[end + 1])
            {
                end += 2;
            } else {
                break;
            }
        }
        // A title inside the run (`Labour Minister Adel al-Rikabi`): the name starts after it.
        if let Some(last_title) = (i..end).rev().find(|&k| is_title(&tokens[k].key)) {
            if last_title + 1 < end {
                i = last_title + 1;
            } else {
                i = end;
                continue;
            }
        }
        let sequence = &tokens[i..end];
        let preceded_by_title = i > 0
            && (is_title(&tokens[i - 1].key)
                || (tokens[i - 1].kind == TokenKind::Punctuation
                    && i > 1
                    && is_title(&tokens[i - 2].key)));
        let label = if sequence.iter().any(|t| is_org_word(&t.key)) {
            Some(Label::Organization)
        } else if preceded_by_title
            || (lexicons.first_names.contains(&tokens[i].key.to_lowercase()) && end - i >= 2)
        {
            Some(Label::Person)
        } else {
            None
        };
        if let Some(label) = label {
            out.push(EntityMention {
                span: NormSpan::new(tokens[i].span.start, tokens[end - 1].span.end),
                label,
                confidence: if preceded_by_title { 0.75 } else { 0.6 },
                tokens: (i, end),
                evidence: if preceded_by_title {
                    Evidence::Title
                } else {
                    Evidence::GivenName
                },
            });
        }
        i = end;
    }
}

/// The title words right before token `first` (`Prime Minister`, `Labour Minister`): title words
/// and the capitalized words that qualify them.
pub(super) fn title_before(text: &str, tokens: &[Token], first: usize) -> Option<(usize, usize)> {
    let mut start = first;
    while start > 0 && is_title(&tokens[start - 1].key) {
        start -= 1;
    }
    if start == first {
        return None;
    }
    while start > 0 && first - start < 5 && is_capitalized(text, &tokens[start - 1]) {
        start -= 1;
    }
    Some((start, first))
}
