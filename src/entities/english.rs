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

/// How many capitalized words a name after an organization noun may have (`football club
/// Borussia Dortmund`: two; `cruise line Crystal Cruises`).
const DESCRIBED_NAME_WORDS: usize = 4;

/// A name right after a lower-case organization noun is an ORGANIZATION (`electronics firm
/// Hitachi`, tagged PERSON or not found), and so are its other mentions with the same words in
/// the article: the article introduced it as one. Names of places are left alone. `mentions`
/// stay in text order.
pub(super) fn organizations_by_descriptor(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<EntityMention>,
) {
    let key_of = |span: NormSpan| span.slice(text).to_lowercase();
    let mut introduced: rustc_hash::FxHashSet<String> = Default::default();
    let mut added = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let descriptor = token.is_word()
            && token.span.slice(text).starts_with(char::is_lowercase)
            && is_organization_descriptor(&token.key);
        if !descriptor {
            continue;
        }
        let start = i + 1;
        let end = (start..tokens.len().min(start + DESCRIBED_NAME_WORDS))
            .find(|&k| !is_capitalized(text, &tokens[k]))
            .unwrap_or(tokens.len().min(start + DESCRIBED_NAME_WORDS));
        // `company Chairman John Smith`: a title starts a person's name, not the company's.
        if end == start || is_title(&tokens[start].key) {
            continue;
        }
        let span = NormSpan::new(tokens[start].span.start, tokens[end - 1].span.end);
        introduced.insert(key_of(span));
        // Mentions are in text order and never overlap: the first one ending after `start` is
        // the only one that may cover the name (a binary search keeps a text of many
        // descriptors linear).
        let next = mentions.partition_point(|m| m.tokens.1 <= start);
        let covered = mentions.get(next).is_some_and(|m| m.tokens.0 < end);
        if !covered {
            added.push(EntityMention {
                span,
                label: Label::Organization,
                confidence: 0.7,
                tokens: (start, end),
                evidence: Evidence::Rule,
            });
        }
    }
    if introduced.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        if matches!(mention.label, Label::Person | Label::Misc)
            && introduced.contains(&key_of(mention.span))
        {
            mention.label = Label::Organization;
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.tokens);
    }
}

/// A broadcaster's channel keeps its number (`BBC Radio 4`, `BBC News 24`, `Channel 4`): the
/// tagger stops the name before the digits.
pub(super) fn with_channel_numbers(text: &str, tokens: &[Token], mentions: &mut [EntityMention]) {
    for i in 0..mentions.len() {
        let mention = &mentions[i];
        let end = mention.tokens.1;
        let channel = mention.label == Label::Organization
            && matches!(
                tokens[end - 1].key.as_str(),
                "radio" | "news" | "channel" | "tv" | "fm"
            );
        let number = tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Number && t.span.slice(text).len() <= 3);
        let free = mentions.get(i + 1).is_none_or(|next| next.tokens.0 > end);
        if channel && number && free {
            let mention = &mut mentions[i];
            mention.tokens.1 = end + 1;
            mention.span = NormSpan::new(mention.span.start, tokens[end].span.end);
        }
    }
}

/// A country's name the tagger cut in two keeps its kind word (`Czech Republic`, `Dominican
/// Republic`, tagged `Czech` MISC and `Republic` LOCATION or nothing) and a capital its district
/// (`Washington DC`, `Washington D.C.`): one LOCATION. Mentions stay sorted and never overlap.
pub(super) fn with_place_kinds(text: &str, tokens: &[Token], mentions: &mut Vec<EntityMention>) {
    // Rebuilt in one pass (removing a joined mention in place would make a text of many
    // `X Republic` quadratic).
    let mut joined = Vec::with_capacity(mentions.len());
    let mut rest = std::mem::take(mentions).into_iter().peekable();
    while let Some(mut mention) = rest.next() {
        let end = mention.tokens.1;
        let next_word = tokens.get(end).map(|t| t.span.slice(text));
        let republic =
            matches!(mention.label, Label::Misc | Label::Location) && next_word == Some("Republic");
        let district = mention.label == Label::Location && matches!(next_word, Some("DC" | "D.C."));
        if republic || district {
            // The kind word may be a mention of its own; it joins this one.
            if rest
                .peek()
                .is_some_and(|next| next.tokens == (end, end + 1))
            {
                rest.next();
            }
            if rest.peek().is_none_or(|next| next.tokens.0 > end) {
                mention.tokens.1 = end + 1;
                mention.span = NormSpan::new(mention.span.start, tokens[end].span.end);
                mention.label = Label::Location;
            }
        }
        joined.push(mention);
    }
    *mentions = joined;
}

/// Organization heads that take a `for` complement naming what they are for (`Commission for
/// Europe`, `Association for the Advancement of Science`, `School for the Deaf and the Blind`).
fn takes_for_complement(key: &str) -> bool {
    matches!(
        key,
        "association"
            | "commission"
            | "commissioner"
            | "committee"
            | "council"
            | "centre"
            | "center"
            | "centers"
            | "institute"
            | "school"
            | "college"
            | "academy"
            | "league"
            | "alliance"
            | "organization"
            | "organisation"
            | "foundation"
            | "federation"
            | "society"
            | "fund"
            | "program"
            | "programme"
            | "campaign"
            | "office"
            | "agency"
            | "ministry"
            | "department"
            | "movement"
            | "front"
            | "group"
            | "union"
            | "coalition"
            | "network"
            | "trust"
    )
}

/// How many tokens a `for` complement may have (`for the Advancement of Science`: five; `for
/// the Deaf and the Blind`: six).
const MAX_COMPLEMENT_TOKENS: usize = 8;

/// A lower-case token that reads `word` (`for`, not `For` starting a title).
fn is_lower(text: &str, token: &Token, word: &str) -> bool {
    token.span.slice(text) == word
}

/// The end of the capitalized words from `k`, joined by `of [the]` (`Advancement of Science`,
/// `Liberation of the Niger Delta`); `k` itself when `k` is not capitalized.
fn capitalized_run_end(text: &str, tokens: &[Token], mut k: usize) -> usize {
    let start = k;
    while k < tokens.len() && is_capitalized(text, &tokens[k]) {
        k += 1;
        if k < tokens.len() && is_lower(text, &tokens[k], "of") {
            let article = tokens.get(k + 1).is_some_and(|t| is_lower(text, t, "the"));
            let name = k + 1 + usize::from(article);
            if tokens.get(name).is_some_and(|t| is_capitalized(text, t)) {
                k = name;
            }
        }
    }
    if k == start {
        start
    } else {
        k
    }
}

/// Where the `for` complement after an organization's head ends (`for the Deaf and the Blind`),
/// or None when `for` starts no capitalized name (`the Council for a quick approval`). A
/// complement goes on after `and [the]` unless what follows is an organization of its own (`for
/// Europe and the International Federation of Robotics`).
fn for_complement_end(
    text: &str,
    tokens: &[Token],
    after_head: usize,
    next_mention: Option<&EntityMention>,
) -> Option<usize> {
    if !tokens
        .get(after_head)
        .is_some_and(|t| is_lower(text, t, "for"))
    {
        return None;
    }
    let limit = tokens.len().min(after_head + 1 + MAX_COMPLEMENT_TOKENS);
    let skip_the = |k: usize| {
        if k < limit && is_lower(text, &tokens[k], "the") {
            k + 1
        } else {
            k
        }
    };
    let first = skip_the(after_head + 1);
    let mut end = capitalized_run_end(text, tokens, first).min(limit);
    if end == first {
        return None;
    }
    while end < limit && is_lower(text, &tokens[end], "and") {
        let next = skip_the(end + 1);
        let next_end = capitalized_run_end(text, tokens, next);
        let own_organization = tokens[next..next_end]
            .iter()
            .any(|t| is_org_word(&t.key) || takes_for_complement(&t.key))
            || next_mention.is_some_and(|m| m.tokens.0 == next && m.label == Label::Organization);
        if next_end == next || next_end > limit || own_organization {
            break;
        }
        end = next_end;
    }
    Some(end)
}

/// An organization keeps the `for` complement the tagger cut off its head (`UN Economic
/// Commission` + `for Europe`; `American Association` + `for the Advancement of Science`): one
/// ORGANIZATION, and the pieces the tagger made of the complement (`Europe` LOCATION,
/// `Advancement of Science`) go. GMB writes these names whole (`National League for
/// Democracy`). Mentions stay sorted and never overlap.
pub(super) fn with_organization_complements(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<EntityMention>,
) {
    let all = std::mem::take(mentions);
    let mut i = 0;
    while i < all.len() {
        let mut mention = all[i].clone();
        i += 1;
        let end = mention.tokens.1;
        let head =
            mention.label == Label::Organization && takes_for_complement(&tokens[end - 1].key);
        let complement_end = if head {
            for_complement_end(text, tokens, end, all.get(i))
        } else {
            None
        };
        if let Some(new_end) = complement_end {
            // Mentions inside the complement join this one; one crossing its end keeps the
            // tagger's reading.
            let inside = all[i..]
                .iter()
                .take_while(|next| next.tokens.1 <= new_end)
                .count();
            let crossing = all
                .get(i + inside)
                .is_some_and(|next| next.tokens.0 < new_end);
            if !crossing {
                i += inside;
                mention.tokens.1 = new_end;
                mention.span = NormSpan::new(mention.span.start, tokens[new_end - 1].span.end);
            }
        }
        mentions.push(mention);
    }
}

/// Plural titles that follow a party's or a country's name (`UKIP MEPs`, `Labour MPs`).
fn is_members_title(key: &str) -> bool {
    matches!(key, "mps" | "meps" | "senators" | "congressmen")
}

/// `UKIP MEPs` names the party's members, not an entity: the mention keeps `UKIP`, and a
/// PERSON reading of the rest (`Labour MPs` tagged PERSON) becomes an ORGANIZATION, since
/// members belong to a party (a country before them is a LOCATION the tagger already knows).
/// A mention that is only the title (`MPs`) goes.
pub(super) fn without_members_titles(tokens: &[Token], mentions: &mut Vec<EntityMention>) {
    mentions.retain_mut(|mention| {
        let (start, end) = mention.tokens;
        if !is_members_title(&tokens[end - 1].key) {
            return true;
        }
        if end - start == 1 {
            return false;
        }
        mention.tokens.1 = end - 1;
        mention.span = NormSpan::new(mention.span.start, tokens[end - 2].span.end);
        if mention.label == Label::Person {
            mention.label = Label::Organization;
        }
        true
    });
}

/// A lower-case `the` before a name is not part of it (`the Netherlands`, `the EU`): GMB leaves
/// it out of the name about twenty times as often as it puts it in, and so do the dev articles.
/// `The Hague`, capitalized, stays.
pub(super) fn without_leading_article(
    text: &str,
    tokens: &[Token],
    mentions: &mut [EntityMention],
) {
    for mention in mentions.iter_mut() {
        let (start, end) = mention.tokens;
        if end - start >= 2 && is_lower(text, &tokens[start], "the") {
            mention.tokens.0 = start + 1;
            mention.span = NormSpan::new(tokens[start + 1].span.start, mention.span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{one_word_mention, with_names};
    use crate::text::lang::Language;

    #[test]
    fn a_country_keeps_its_republic_and_a_capital_its_district() {
        let text = "Officials from the Czech Republic met in Washington DC and Paris on Monday.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("Czech", "Czech", Label::Misc),
                ("Republic", "Republic", Label::Location),
                ("Washington", "Washington", Label::Location),
                ("Paris", "Paris", Label::Location),
            ],
        );
        with_place_kinds(text, &analysis.tokens, &mut mentions);
        let seen: Vec<(&str, Label)> = mentions
            .iter()
            .map(|m| (m.span.slice(text), m.label))
            .collect();
        assert_eq!(
            seen,
            [
                ("Czech Republic", Label::Location),
                ("Washington DC", Label::Location),
                ("Paris", Label::Location)
            ]
        );
        // A demonym before another word stays what it is.
        let text = "The Czech government said so.";
        let (analysis, mut mentions) =
            with_names(text, Language::English, &[("Czech", "Czech", Label::Misc)]);
        with_place_kinds(text, &analysis.tokens, &mut mentions);
        assert_eq!(mentions[0].label, Label::Misc);
        assert_eq!(mentions[0].span.slice(text), "Czech");
    }

    #[test]
    fn a_name_introduced_as_a_firm_is_an_organization_throughout() {
        let text = "The electronics firm Hitachi unveiled a robot. Hitachi said the film producer George liked it.";
        let (analysis, _) = with_names(text, Language::English, &[]);
        let tokens = analysis.tokens;
        let person =
            |word: &str, nth: usize| one_word_mention(text, &tokens, word, nth, Label::Person);
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

    #[test]
    fn a_name_the_tagger_missed_after_a_firm_noun_is_found() {
        let text =
            "Last year car maker Toyota Motor unveiled a robot; company Chairman Ken Ito spoke.";
        let (analysis, mut mentions) = with_names(text, Language::English, &[]);
        organizations_by_descriptor(text, &analysis.tokens, &mut mentions);
        let seen: Vec<(&str, Label)> = mentions
            .iter()
            .map(|m| (m.span.slice(text), m.label))
            .collect();
        // A title after the noun starts a person's name, not the company's.
        assert_eq!(seen, [("Toyota Motor", Label::Organization)]);
    }

    #[test]
    fn a_channel_keeps_its_number() {
        let text = "He told BBC Radio 4 and Channel 4 that Acme News 2004 was a bad year.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("BBC", "Radio", Label::Organization),
                ("Channel", "Channel", Label::Organization),
                ("Acme", "News", Label::Organization),
            ],
        );
        with_channel_numbers(text, &analysis.tokens, &mut mentions);
        let seen: Vec<&str> = mentions.iter().map(|m| m.span.slice(text)).collect();
        // A year is not a channel number.
        assert_eq!(seen, ["BBC Radio 4", "Channel 4", "Acme News"]);
    }

    fn seen(text: &str, mentions: &[EntityMention]) -> Vec<(String, Label)> {
        mentions
            .iter()
            .map(|m| (m.span.slice(text).to_string(), m.label))
            .collect()
    }

    #[test]
    fn an_organization_keeps_its_for_complement() {
        let text =
            "The Economic Commission for Europe and the International Federation of Robotics \
                    met the Acme School for the Deaf and the Blind and the Budget Council for a \
                    vote.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("Economic", "Commission", Label::Organization),
                ("Europe", "Europe", Label::Location),
                ("International", "Robotics", Label::Organization),
                ("Acme", "School", Label::Organization),
                ("Deaf", "Deaf", Label::Location),
                ("Blind", "Blind", Label::Location),
                ("Budget", "Council", Label::Organization),
            ],
        );
        with_organization_complements(text, &analysis.tokens, &mut mentions);
        let org = |name: &str| (name.to_string(), Label::Organization);
        // A second organization after `and` is its own; `for a vote` names nothing.
        assert_eq!(
            seen(text, &mentions),
            [
                org("Economic Commission for Europe"),
                org("International Federation of Robotics"),
                org("Acme School for the Deaf and the Blind"),
                org("Budget Council"),
            ]
        );
    }

    #[test]
    fn a_complement_the_tagger_split_across_its_end_is_left_alone() {
        // The complement would run to `Fund`, but the tagger read `Fund met` as one name.
        let text = "The Acme Association for Peace Prize Fund met.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("Acme", "Association", Label::Organization),
                ("Fund", "met", Label::Organization),
            ],
        );
        with_organization_complements(text, &analysis.tokens, &mut mentions);
        let names: Vec<&str> = mentions.iter().map(|m| m.span.slice(text)).collect();
        assert_eq!(names, ["Acme Association", "Fund met"]);
    }

    #[test]
    fn members_titles_leave_the_party() {
        let text = "Two UKIP MEPs and three Labour MPs met MPs from France.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("UKIP", "MEPs", Label::Organization),
                ("Labour", "MPs", Label::Person),
                ("France", "France", Label::Location),
            ],
        );
        let tokens = &analysis.tokens;
        mentions.insert(
            2,
            one_word_mention(text, tokens, "MPs", 1, Label::Organization),
        );
        without_members_titles(tokens, &mut mentions);
        assert_eq!(
            seen(text, &mentions),
            [
                ("UKIP".to_string(), Label::Organization),
                ("Labour".to_string(), Label::Organization),
                ("France".to_string(), Label::Location),
            ]
        );
    }

    #[test]
    fn a_lower_case_article_is_not_part_of_a_name() {
        let text = "Both the Netherlands and The Hague said so.";
        let (analysis, mut mentions) = with_names(
            text,
            Language::English,
            &[
                ("the", "Netherlands", Label::Location),
                ("The", "Hague", Label::Location),
            ],
        );
        without_leading_article(text, &analysis.tokens, &mut mentions);
        let names: Vec<&str> = mentions.iter().map(|m| m.span.slice(text)).collect();
        assert_eq!(names, ["Netherlands", "The Hague"]);
    }
}
