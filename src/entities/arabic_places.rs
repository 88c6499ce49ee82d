//! Arabic place names by their construction: a head noun that names a kind of region or facility
//! followed by its proper name (`ولاية أريانة`, `منطقة مكة المكرمة`, `ميناء كيراتسيني`, `سجن
//! المرناقية`, `مستشفى شارل نيكول`). News names these places with the head (the gold-dev
//! convention keeps it: `ولاية أريانة`, not `أريانة`), and the name after it is often one the tagger
//! never saw. The name is either a mention the tagger found right after the head, or one word rare
//! enough to be a name (`المرناقية`, `كيراتسيني`), never a common word (`منطقة صناعية`, `ولاية
//! ثانية`, `مستشفى المدينة`).
//!
//! A place adjective completes a place (`كارولاينا الشمالية`, `المنطقة الشرقية`), and `المملكة`
//! alone is the country.
//!
//! Not here: `مدينة X` (news and the gold name the city alone), places without a head noun (the
//! tagger's), institutions (`arabic_organizations.rs`).

use super::arabic::given_name_key;
use super::{EntityMention, Evidence, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::Token;

/// What a head noun names: a region takes only a place's name after it; a facility may be named
/// after a person or an institution (`مطار الملك خالد`, `مستشفى شارل نيكول`); `منطقة` (area) is
/// so often a common noun's head (`منطقة الجزاء`, the penalty area) that it takes only a place
/// the tagger found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    Region,
    Facility,
    Area,
}

/// True for a head noun that starts a place's name (SEARCH form): what the evaluation adds to
/// the place chunks of corpora that leave the head out (ANERcorp's `ولاية O كاليفورنيا B-LOC`).
pub(crate) fn is_place_head(key: &str) -> bool {
    place_head(key).is_some()
}

/// Head nouns of places (SEARCH form, indefinite: `المنطقة` alone refers back, it names nothing).
fn place_head(key: &str) -> Option<Head> {
    Some(match key {
        "ولايه" | "محافظه" | "معتمديه" | "اقليم" | "مقاطعه" | "حي" | "قريه" | "جبل" | "جزيره"
        | "بحيره" | "نهر" | "وادي" | "مخيم" => Head::Region,
        "ميناء" | "مطار" | "سجن" | "منجم" | "مستشفي" | "كنيسه" | "جامع" | "مسجد" => {
            Head::Facility
        }
        "منطقه" => Head::Area,
        _ => return None,
    })
}

/// An unknown word after the head is a name when Wikipedia and the training text have it fewer
/// times than this (`المرناقية` never, `الليمون` 63 times; `المدينة` 8,982 times is a common noun).
const RARE_DEFINITE_COUNT: u32 = 300;

/// True when a word after the head is a proper name the tagger did not find: a definite word
/// rare in the word counts (`المرناقية`), or an indefinite one absent from them (`كيراتسيني`,
/// `أريانة`); indefinite words that are counted are the adjectives of a common phrase
/// (`منطقة عازلة`, `حي سكني`).
fn is_rare_name_word(text: &str, token: &Token, lexicons: &Lexicons) -> bool {
    if !token.is_word() || has_proclitic_or_enclitic(token) {
        return false;
    }
    let key = given_name_key(text, token);
    if super::arabic::is_function_word(&token.key) || key.chars().count() < 3 {
        return false;
    }
    if !key.chars().all(|c| ('\u{621}'..='\u{64A}').contains(&c)) {
        return false;
    }
    let count = lexicons.arabic_words.get(&*key).copied();
    if key.starts_with("ال") {
        count.is_none_or(|n| n < RARE_DEFINITE_COUNT)
    } else {
        count.is_none()
    }
}

fn has_proclitic_or_enclitic(token: &Token) -> bool {
    token.has_proclitic() || token.has_enclitic()
}

/// The LOCATION mention of tokens `start..end` found by construction.
fn place_mention(tokens: &[Token], start: usize, end: usize) -> EntityMention {
    EntityMention {
        span: NormSpan::new(tokens[start].name_span().start, tokens[end - 1].span.end),
        label: Label::Location,
        confidence: 0.7,
        tokens: (start, end),
        evidence: Evidence::Rule,
    }
}

/// Place mentions by construction, appended to `out`. `names` are the tagger's mentions, so that
/// a name after the head (`ولاية` + `أريانة`) joins it.
pub(super) fn find_places(
    text: &str,
    tokens: &[Token],
    sentence_of_token: &[usize],
    names: &[EntityMention],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    let mut name_starting_at = vec![None; tokens.len()];
    for mention in names {
        if let Some(slot) = name_starting_at.get_mut(mention.tokens.0) {
            slot.get_or_insert(mention);
        }
    }
    for i in 0..tokens.len().saturating_sub(1) {
        let head = &tokens[i];
        if !head.is_word()
            || head.has_enclitic()
            || sentence_of_token.get(i) != sentence_of_token.get(i + 1)
        {
            continue;
        }
        let Some(kind) = place_head(head.name_key()) else {
            continue;
        };
        let next = &tokens[i + 1];
        let end = match name_starting_at[i + 1] {
            Some(name) if !next.has_proclitic() => {
                let fits = match name.label {
                    Label::Location => true,
                    Label::Person | Label::Organization | Label::Misc => kind == Head::Facility,
                    _ => false,
                };
                fits.then_some(name.tokens.1)
            }
            Some(_) => None,
            None => {
                (kind != Head::Area && is_rare_name_word(text, next, lexicons)).then_some(i + 2)
            }
        };
        if let Some(end) = end {
            let end = with_place_adjective(tokens, sentence_of_token, end);
            out.push(place_mention(tokens, i, end));
        }
    }
    find_places_by_adjective(tokens, sentence_of_token, names, out);
}

/// Adjectives that are part of a place's name (`كارولاينا الجنوبية`, `مكة المكرمة`, `المنطقة
/// الشرقية`), SEARCH form without the feminine ending.
fn is_place_adjective(key: &str) -> bool {
    matches!(
        key.strip_suffix('ه').unwrap_or(key),
        "الشمالي" | "الجنوبي" | "الشرقي" | "الغربي" | "الوسطي" | "المكرم" | "المنور"
    )
}

/// `end` moved past a place adjective right after it, in the same sentence.
fn with_place_adjective(tokens: &[Token], sentence_of_token: &[usize], end: usize) -> usize {
    let adjective = tokens.get(end).is_some_and(|t| {
        t.is_word()
            && !has_proclitic_or_enclitic(t)
            && is_place_adjective(t.name_key())
            && sentence_of_token.get(end) == sentence_of_token.get(end - 1)
    });
    end + usize::from(adjective)
}

/// Places whose name ends in an adjective the tagger left out (`كارولاينا` + `الشمالية`), the
/// definite regions a direction names (`المنطقة الشرقية`, `الساحل الشرقي`, `الضفة الغربية`: the
/// head alone refers back, with the adjective it names one region), and `المملكة` alone, which in
/// Saudi and Moroccan news is the country (`المملكة العربية السعودية` and `المملكة المتحدة` are
/// longer names, the tagger's).
fn find_places_by_adjective(
    tokens: &[Token],
    sentence_of_token: &[usize],
    names: &[EntityMention],
    out: &mut Vec<EntityMention>,
) {
    let mut push = |start: usize, end: usize| out.push(place_mention(tokens, start, end));
    for name in names.iter().filter(|m| m.label == Label::Location) {
        let (start, end) = name.tokens;
        let extended = with_place_adjective(tokens, sentence_of_token, end);
        if extended > end {
            push(start, extended);
        }
    }
    for (i, token) in tokens.iter().enumerate() {
        if !token.is_word() || token.has_enclitic() {
            continue;
        }
        match token.name_key() {
            "المنطقه" | "الساحل" | "الضفه" => {
                let end = with_place_adjective(tokens, sentence_of_token, i + 1);
                if end > i + 1 {
                    push(i, end);
                }
            }
            "المملكه" => {
                let named_on = tokens.get(i + 1).is_some_and(|next| {
                    next.is_word()
                        && next.key.starts_with("ال")
                        && sentence_of_token.get(i + 1) == sentence_of_token.get(i)
                });
                if !named_on {
                    push(i, i + 1);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{arabic_with_names, Tagged};

    /// The place mentions of `text`, given the tagger's mentions as (first word, last word, label).
    fn places(text: &str, tagged: Tagged, lexicons: &Lexicons) -> Vec<String> {
        let (analysis, names) = arabic_with_names(text, tagged);
        let tokens = &analysis.tokens;
        let mut out = Vec::new();
        find_places(
            text,
            tokens,
            &analysis.sentence_of_token,
            &names,
            lexicons,
            &mut out,
        );
        out.iter().map(|m| m.span.slice(text).to_string()).collect()
    }

    #[test]
    fn a_region_head_joins_the_place_the_tagger_found() {
        let text = "وصل إلى ولاية نابل ثم زار منطقة مكة المكرمة وبولاية سوسة";
        let tagged = [
            ("نابل", "نابل", Label::Location),
            ("مكة", "المكرمة", Label::Location),
            ("سوسة", "سوسة", Label::Location),
        ];
        assert_eq!(
            places(text, &tagged, &Lexicons::default()),
            vec!["ولاية نابل", "منطقة مكة المكرمة", "ولاية سوسة"]
        );
    }

    #[test]
    fn a_facility_may_be_named_after_a_person_but_a_region_may_not() {
        // `ولاية ترامب` is Trump's term of office.
        let text = "نقل إلى مستشفى شارل نيكول خلال ولاية ترامب";
        let tagged = [
            ("شارل", "نيكول", Label::Person),
            ("ترامب", "ترامب", Label::Person),
        ];
        assert_eq!(
            places(text, &tagged, &Lexicons::default()),
            vec!["مستشفى شارل نيكول"]
        );
    }

    #[test]
    fn a_rare_word_after_the_head_is_a_name_a_common_one_is_not() {
        let text = "من سجن المرناقية إلى ميناء كيراتسيني قرب منطقة صناعية في حي الليمون ومستشفى المدينة في منطقة الجزاء";
        let counts = [
            ("صناعية", 223),
            ("الليمون", 63),
            ("المدينة", 8982),
            ("الجزاء", 88),
        ]
        .map(|(word, count)| (word.to_string(), count));
        let lexicons = Lexicons {
            arabic_words: std::sync::Arc::new(counts.into_iter().collect()),
            ..Lexicons::default()
        };
        assert_eq!(
            places(text, &[], &lexicons),
            vec!["سجن المرناقية", "ميناء كيراتسيني", "حي الليمون"]
        );
    }

    #[test]
    fn a_head_with_a_pronoun_or_a_definite_head_names_nothing() {
        let text = "عاد إلى ولايته نابل ثم المنطقة كيراتسيني";
        let tagged = [("نابل", "نابل", Label::Location)];
        assert!(places(text, &tagged, &Lexicons::default()).is_empty());
    }

    #[test]
    fn a_direction_completes_a_place_and_the_kingdom_alone_is_the_country() {
        let text =
            "زار كارولاينا الشمالية ثم ولاية كارولاينا الجنوبية والمنطقة الشرقية وعاد إلى المملكة";
        // The tagger found the first `كارولاينا`; the second is a rare word after `ولاية`.
        let tagged = [("كارولاينا", "كارولاينا", Label::Location)];
        let mut found = places(text, &tagged, &Lexicons::default());
        found.sort();
        let mut expected = vec![
            "كارولاينا الشمالية",
            "ولاية كارولاينا الجنوبية",
            "المنطقة الشرقية",
            "المملكة",
        ];
        expected.sort();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_direction_after_a_common_noun_and_a_named_kingdom_are_left_alone() {
        let text = "وانتقدت القوى الغربية القرار وزار المملكة المتحدة ثم المنطقة";
        assert!(places(text, &[], &Lexicons::default()).is_empty());
    }
}
