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

/// Lower-case nouns that say the name after them is a company, a club or an outlet (`electronics
/// firm Hitachi`, `car maker Toyota`, `the football club Everton`). Not nouns that are also a
/// person's job (`film producer George Lucas`, `property developer Donald Trump`), and not
/// `group`: on GMB test it cost four matches (militant groups the corpus tags as persons).
fn is_organization_descriptor(key: &str) -> bool {
    matches!(
        key,
        "firm"
            | "company"
            | "club"
            | "maker"
            | "carmaker"
            | "automaker"
            | "manufacturer"
            | "giant"
            | "carrier"
            | "airline"
            | "bank"
            | "lender"
            | "insurer"
            | "retailer"
            | "supermarket"
            | "broadcaster"
            | "network"
            | "newspaper"
            | "magazine"
            | "publisher"
            | "conglomerate"
            | "operator"
            | "chain"
            | "brand"
    )
}

/// A name right after a lower-case organization noun is an ORGANIZATION (`electronics firm
/// Hitachi`, tagged PERSON), and so are its other mentions with the same words in the article:
/// the article introduced it as one. Names of places are left alone (`the club's Dortmund
/// stadium` is still a city).
pub(super) fn organizations_by_descriptor(
    text: &str,
    tokens: &[Token],
    mentions: &mut [EntityMention],
) {
    let key_of = |m: &EntityMention| m.span.slice(text).to_lowercase();
    let mut introduced: Vec<String> = Vec::new();
    for mention in mentions.iter_mut() {
        if !matches!(mention.label, Label::Person | Label::Misc) {
            continue;
        }
        let descriptor = mention.tokens.0.checked_sub(1).map(|i| &tokens[i]);
        let introduced_here = descriptor.is_some_and(|t| {
            t.is_word()
                && t.span.slice(text).starts_with(char::is_lowercase)
                && is_organization_descriptor(&t.key)
        });
        if introduced_here {
            mention.label = Label::Organization;
            introduced.push(key_of(mention));
        }
    }
    if introduced.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        if matches!(mention.label, Label::Person | Label::Misc)
            && introduced.contains(&key_of(mention))
        {
            mention.label = Label::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Models, Pipeline};
    use crate::text::lang::Language;

    #[test]
    fn a_name_introduced_as_a_firm_is_an_organization_throughout() {
        let text = "The electronics firm Hitachi unveiled a robot. Hitachi said the film producer George liked it.";
        let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
        let tokens = pipeline.analyze(text, Language::English, true).tokens;
        let person = |word: &str, nth: usize| {
            crate::entities::testing::one_word_mention(text, &tokens, word, nth, Label::Person)
        };
        let mut mentions = vec![
            person("Hitachi", 0),
            person("Hitachi", 1),
            person("George", 0),
        ];
        organizations_by_descriptor(text, &tokens, &mut mentions);
        let labels: Vec<Label> = mentions.iter().map(|m| m.label).collect();
        // A job noun (`producer`) introduces no organization.
        assert_eq!(
            labels,
            [Label::Organization, Label::Organization, Label::Person]
        );
    }
}
