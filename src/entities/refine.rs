//! Mention boundaries and labels as readers expect them, after the tagger and the rules and
//! before grouping:
//! - a person's mention is the name, without the titles a news corpus tags with it (`Mr. Jaber`
//!   gives `Jaber`; the title becomes a role in grouping); a mention of titles alone is dropped;
//! - a possessive never belongs to a name: `Hitachi 's Emiew` is `Hitachi` and `Emiew`, `the
//!   Federal Reserve 's` is `the Federal Reserve`;
//! - a mention that is exactly a country or capital of the place lexicon is a LOCATION
//!   (`US` tagged ORGANIZATION in `US officials`).
//!
//! Not here: which words are names (the tagger, the rules), or which mentions are one entity
//! (grouping).

use super::{is_title_word, EntityMention, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::Token;

pub(super) fn refine(
    tokens: &[Token],
    mentions: Vec<EntityMention>,
    lexicons: &Lexicons,
) -> Vec<EntityMention> {
    let mut out = Vec::with_capacity(mentions.len());
    for mention in mentions {
        let Some(mention) = without_titles(tokens, mention) else {
            continue;
        };
        for part in split_at_possessives(tokens, mention) {
            out.push(place_label(tokens, lexicons, part));
        }
    }
    out
}

fn is_possessive(token: &Token) -> bool {
    matches!(token.key.as_str(), "'s" | "’s")
}

/// A word of a title before a person's name (`Prime Minister`, `Mr.`, `وزير`), or the period of
/// an abbreviated one; `key` is a token's SEARCH key. The evaluation cuts the same words from the
/// gold mentions of corpora that tag titles with the name (GMB's `President Bush`).
pub(crate) fn is_title_part(key: &str) -> bool {
    is_title_word(key)
        || is_honorific(key)
        || key == "."
        || matches!(key, "prime" | "vice" | "deputy" | "foreign")
}

/// Honorifics that never start a name (`Mr`, `Dr`), beside the title words.
fn is_honorific(key: &str) -> bool {
    matches!(
        key,
        "mr" | "mrs" | "ms" | "dr" | "prof" | "sir" | "lord" | "lady"
    )
}

/// A person's mention from its first name word on: leading titles (`Prime Minister`, `Mr.`,
/// `وزير الخارجية`) are cut, with the period of an abbreviation. None when nothing but titles
/// is left.
fn without_titles(tokens: &[Token], mention: EntityMention) -> Option<EntityMention> {
    if mention.label != Label::Person {
        return Some(mention);
    }
    let (a, b) = mention.tokens;
    // Titles are cut only from the front, and only when a name follows them.
    let mut start = a;
    while start < b && is_title_part(&tokens[start].key) {
        start += 1;
    }
    if start == b {
        return None;
    }
    if start == a {
        return Some(mention);
    }
    Some(EntityMention {
        span: NormSpan::new(tokens[start].name_span().start, mention.span.end),
        tokens: (start, b),
        ..mention
    })
}

/// The parts of a mention on either side of its possessives (`Hitachi 's Emiew`), each without
/// the possessive.
fn split_at_possessives(tokens: &[Token], mention: EntityMention) -> Vec<EntityMention> {
    let (a, b) = mention.tokens;
    if !tokens[a..b].iter().any(is_possessive) {
        return vec![mention];
    }
    let mut parts = Vec::new();
    let mut start = a;
    for i in a..=b {
        if i == b || is_possessive(&tokens[i]) {
            if i > start {
                let first = if start == a {
                    mention.span.start
                } else {
                    tokens[start].name_span().start
                };
                parts.push(EntityMention {
                    span: NormSpan::new(first, tokens[i - 1].span.end),
                    tokens: (start, i),
                    ..mention.clone()
                });
            }
            start = i + 1;
        }
    }
    parts
}

/// A mention that is exactly a country or capital is a LOCATION, whatever the tagger said.
fn place_label(tokens: &[Token], lexicons: &Lexicons, mention: EntityMention) -> EntityMention {
    if mention.label == Label::Location || !mention.label.is_name() {
        return mention;
    }
    let (a, b) = mention.tokens;
    let mut key = String::new();
    for (k, token) in tokens[a..b].iter().enumerate() {
        if k > 0 {
            key.push(' ');
        }
        key.push_str(token.name_key());
    }
    match lexicons.places.get(&key) {
        Some(Label::Location) => EntityMention {
            label: Label::Location,
            ..mention
        },
        _ => mention,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Evidence;
    use crate::tokens::Tokenizer;

    fn mention(tokens: &[Token], a: usize, b: usize, label: Label) -> EntityMention {
        EntityMention {
            span: NormSpan::new(tokens[a].span.start, tokens[b - 1].span.end),
            label,
            confidence: 1.0,
            tokens: (a, b),
            evidence: Evidence::Tagger,
        }
    }

    #[test]
    fn titles_and_possessives_come_off_and_countries_are_places() {
        let text = "Mr. Greenspan met Hitachi's Emiew and US officials. Mr. left.";
        let tokens = Tokenizer::default().tokenize(text);
        let mut lexicons = Lexicons::default();
        lexicons.places.insert("us", Label::Location);
        let found = refine(
            &tokens,
            vec![
                mention(&tokens, 0, 3, Label::Person),       // Mr . Greenspan
                mention(&tokens, 4, 7, Label::Organization), // Hitachi 's Emiew
                mention(&tokens, 8, 9, Label::Organization), // US
                mention(&tokens, 11, 13, Label::Person),     // Mr .
            ],
            &lexicons,
        );
        let seen: Vec<(&str, Label)> = found
            .iter()
            .map(|m| (m.span.slice(text), m.label))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("Greenspan", Label::Person),
                ("Hitachi", Label::Organization),
                ("Emiew", Label::Organization),
                ("US", Label::Location),
            ]
        );
    }
}
