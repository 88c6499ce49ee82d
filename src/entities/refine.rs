//! Mention boundaries and labels as readers expect them, after the tagger and the rules and
//! before grouping:
//! - a person's name keeps the first letters the clitic segmenter took for a conjunction,
//!   preposition or future prefix when the whole word is a given name (`سعيد`, `فيصل`);
//! - a name never starts or ends with a particle (`فإن الكاظمي` gives `الكاظمي`);
//! - a person's mention starts at the given name right before it (`محافظ البصرة أسعد العيداني`
//!   tagged `العيداني` gives `أسعد العيداني`);
//! - a person's mention is the name, without the titles a news corpus tags with it (`Mr. Jaber`
//!   gives `Jaber`; the title becomes a role in grouping); a mention of titles alone is dropped;
//! - a possessive never belongs to a name: `Hitachi 's Emiew` is `Hitachi` and `Emiew`, `the
//!   Federal Reserve 's` is `the Federal Reserve`;
//! - a mention that is exactly a country or capital of the place lexicon is a LOCATION
//!   (`US` tagged ORGANIZATION in `US officials`).
//!
//! Not here: which words are names (the tagger, the rules), or which mentions are one entity
//! (grouping).

use super::arabic::{given_name_key, is_function_word, is_name_after_title};
use super::{is_title_word, EntityMention, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::arabic::light_key;
use crate::tokens::{SegmentRole, Token};

pub(super) fn refine(
    text: &str,
    tokens: &[Token],
    mentions: Vec<EntityMention>,
    lexicons: &Lexicons,
) -> Vec<EntityMention> {
    let mut out: Vec<EntityMention> = Vec::with_capacity(mentions.len());
    let mut starts: Vec<usize> = mentions.iter().map(|m| m.tokens.0).collect();
    starts.sort_unstable();
    for mention in mentions {
        let Some(mention) = without_particles(text, tokens, mention) else {
            continue;
        };
        let mention = with_whole_lineage(tokens, mention, &starts);
        let free_from = out.last().map_or(0, |m| m.tokens.1);
        let mention = with_given_names(text, tokens, lexicons, mention, free_from);
        let mention = with_name_letters(text, tokens, lexicons, mention);
        let mention = with_whole_name_words(text, tokens, mention);
        let mention = without_seat_of_office(text, tokens, lexicons, mention);
        let Some(mention) = without_titles(tokens, mention) else {
            continue;
        };
        for part in split_at_possessives(text, tokens, mention) {
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

/// A name mention without the Arabic particles a tagger can glue to its ends (`فإن الكاظمي`,
/// `وقال إن`): conjunctions, prepositions, pronouns and `إن`/`أن` with their attached `ف`, `و`,
/// `ل`, `ب`. None when nothing else is left.
fn without_particles(
    text: &str,
    tokens: &[Token],
    mention: EntityMention,
) -> Option<EntityMention> {
    let (a, b) = mention.tokens;
    // A name spelled letter by letter (`و م ع`) has no particles: its `و` is a letter.
    let spelled = b - a >= 2
        && tokens[a..b]
            .iter()
            .all(|t| super::arabic_organizations::is_spelled_letter(text, t));
    // A name that fills a pair of marks is written whole (`قناة "بي إف ام تي في"`: its last
    // word is no preposition).
    let fills_marks =
        a > 0 && b < tokens.len() && tokens[a - 1].is_quote_mark() && tokens[b].is_quote_mark();
    if !mention.label.is_name() || spelled || fills_marks {
        return Some(mention);
    }
    let is_particle = |token: &Token| {
        is_function_word(token.name_key())
            || is_function_word(&token.key)
            || is_particle_with_clitic(token.span.slice(text))
    };
    let mut start = a;
    while start < b && is_particle(&tokens[start]) {
        start += 1;
    }
    let mut end = b;
    while end > start && is_particle(&tokens[end - 1]) {
        end -= 1;
    }
    if start == end {
        return None;
    }
    if (start, end) == (a, b) {
        return Some(mention);
    }
    let first = if start == a {
        mention.span.start
    } else {
        tokens[start].name_span().start
    };
    Some(EntityMention {
        span: NormSpan::new(first, tokens[end - 1].span.end),
        tokens: (start, end),
        ..mention
    })
}

/// A person's mention that the tagger ended on a word of lineage (`عبد الرحمن بن` before
/// `مساعد`, `أحمد أبو`): such a word never ends a name, so the name takes the word after it,
/// when that is a plain Arabic word no other mention starts at. `starts`: the first token of
/// every mention, sorted.
fn with_whole_lineage(tokens: &[Token], mention: EntityMention, starts: &[usize]) -> EntityMention {
    let (a, b) = mention.tokens;
    let ends_on_lineage = mention.label == Label::Person
        && b > a
        && matches!(
            tokens[b - 1].key.as_str(),
            "بن" | "ابن" | "بنت" | "ابو" | "عبد"
        );
    let next = tokens.get(b).filter(|t| {
        t.is_word()
            && t.segments.is_empty()
            && !is_function_word(&t.key)
            && !is_title_word(&t.key)
            && t.key
                .chars()
                .all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    });
    match next {
        Some(next) if ends_on_lineage && starts.binary_search(&b).is_err() => EntityMention {
            span: NormSpan::new(mention.span.start, next.span.end),
            tokens: (a, b + 1),
            ..mention
        },
        _ => mention,
    }
}

/// A mention over part of a word the clitic segmenter read as a verb or a noun with a pronoun
/// (`سولانا` as the future `س` + `ولا` + `نا`): a name carries no pronoun, so the mention
/// runs to the end of its last word; nor does a name take the future prefix, so a `س` before the
/// first word's stem is the name's.
fn with_whole_name_words(text: &str, tokens: &[Token], mention: EntityMention) -> EntityMention {
    // Never empty: `without_particles` drops a mention with no token left.
    let (a, b) = mention.tokens;
    let (first, last) = (&tokens[a], &tokens[b - 1]);
    let future_prefix = first
        .segments
        .iter()
        .find(|s| s.role == SegmentRole::Proclitic && s.span.slice(text) == "س")
        .map(|s| s.span.start);
    let start = future_prefix.map_or(mention.span.start, |prefix| prefix.min(mention.span.start));
    let end = if last.has_enclitic() {
        last.span.end.max(mention.span.end)
    } else {
        mention.span.end
    };
    EntityMention {
        span: NormSpan::new(start, end),
        ..mention
    }
}

/// A person's mention whose first word lost letters of the name to the clitic segmenter (`سعيد`
/// read as the future `س` + `عيد`, `فيصل` as `ف` + `يصل`), starting where the word does when
/// the word with those letters is a known given name. The tagger already called the rest a
/// person, and a future prefix or conjunction before a name is rarer than a name read whole;
/// `وسعيد` still loses its `و`, since `وسعيد` is no name.
fn with_name_letters(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    mention: EntityMention,
) -> EntityMention {
    let first = &tokens[mention.tokens.0];
    if mention.label != Label::Person || mention.span.start != first.name_span().start {
        return mention;
    }
    let stem_end = first.name_span().end;
    let restored = first
        .segments
        .iter()
        .filter(|s| s.role == SegmentRole::Proclitic && s.span.start < mention.span.start)
        .map(|s| s.span.start)
        .find(|&start| {
            let word = NormSpan::new(start, stem_end).slice(text);
            lexicons.first_names.contains(&light_key(word))
        });
    if let Some(start) = restored {
        return EntityMention {
            span: NormSpan::new(start, mention.span.end),
            ..mention
        };
    }
    // The reverse: a conjunction the segmenter left on a given name it does not know well
    // enough to split (`وسهيل العلويني`) comes off when the rest is a known given name, more
    // frequent than the whole, and the whole is no name (`فريد` stays: `ريد` is rarer).
    let word = first.span.slice(text);
    let conjunction = word
        .chars()
        .next()
        .filter(|c| matches!(c, 'و' | 'ف') && first.segments.is_empty());
    let count = |w: &str| lexicons.arabic_words.get(w).copied().unwrap_or(0);
    let is_name =
        |w: &str| lexicons.first_names.contains(w) || lexicons.first_name_genders.contains_key(w);
    match conjunction {
        Some(c)
            if mention.span.start == first.span.start && {
                let (whole, rest) = (light_key(word), light_key(&word[c.len_utf8()..]));
                lexicons.first_names.contains(&rest)
                    && !is_name(&whole)
                    && count(&rest) >= count(&whole)
            } =>
        {
            EntityMention {
                span: NormSpan::new(first.span.start + c.len_utf8(), mention.span.end),
                ..mention
            }
        }
        _ => mention,
    }
}

/// A person's mention of three words or more that the tagger started at the seat of the office
/// named before it (`المندوب الجهوي للتربية بمدنين رحومة المحضاوي`: `بمدنين`, "in Medenine"),
/// starting at the name: the first word begins with `ب` the segmenter left on (it knows few
/// small towns), is no given name with or without it (`بلقاسم`, `بسام` are), and follows the
/// office's domain (`للتربية`).
fn without_seat_of_office(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    mention: EntityMention,
) -> EntityMention {
    let (a, b) = mention.tokens;
    if mention.label != Label::Person || b - a < 3 || a == 0 {
        return mention;
    }
    let key = given_name_key(text, &tokens[a]);
    let known = |name: &str| {
        lexicons.first_names.contains(name) || lexicons.first_name_genders.contains_key(name)
    };
    // A town's name after `ب` has three letters at least; foreign names can be short
    // (`بان كي مون`).
    let seat = super::may_be_seat_of_office(tokens, a)
        && key.chars().count() >= 5
        && !known(&key)
        && !known(&key['ب'.len_utf8()..]);
    if !seat {
        return mention;
    }
    EntityMention {
        span: NormSpan::new(tokens[a + 1].span.start, mention.span.end),
        tokens: (a + 1, b),
        ..mention
    }
}

/// A person's mention that the tagger started at the family name, extended over the given names
/// right before it (Arabic: a known given name, or a rare word after a title: `محافظ البصرة
/// أسعد` before `العيداني`), down to token `free_from` (the end of
/// the mention before).
fn with_given_names(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    mention: EntityMention,
    free_from: usize,
) -> EntityMention {
    if mention.label != Label::Person {
        return mention;
    }
    let (a, b) = mention.tokens;
    let mut start = a;
    while start > free_from {
        let token = &tokens[start - 1];
        let key = given_name_key(text, token);
        let arabic_word = token.is_word()
            && key.chars().count() >= 3
            && key.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
            && !is_title_word(&token.key);
        // A word the segmenter split is a given name only whole (`لزهر`, `فيصل`): `ومحمد`
        // before a family name is a conjunction and another person.
        let is_given = arabic_word
            && if token.has_proclitic() {
                lexicons
                    .first_names
                    .contains(&light_key(token.span.slice(text)))
            } else {
                lexicons.first_names.contains(&*key)
                    || is_name_after_title(text, tokens, start - 1, lexicons)
            };
        if !is_given {
            break;
        }
        start -= 1;
    }
    if start == a {
        return mention;
    }
    EntityMention {
        span: NormSpan::new(tokens[start].name_span().start, mention.span.end),
        tokens: (start, b),
        ..mention
    }
}

/// `إن` and `أن` with an attached conjunction or preposition, told by their hamza (the key folds
/// it away, and `فان` is also the `Van` of `فان دايك`).
fn is_particle_with_clitic(surface: &str) -> bool {
    let surface = surface.trim_end_matches(crate::tokens::arabic::is_mark);
    matches!(
        surface,
        "فإن"
            | "وإن"
            | "بأن"
            | "لأن"
            | "فأن"
            | "وأن"
            | "كأن"
            | "فإنه"
            | "وإنه"
            | "بأنه"
            | "لأنه"
    )
}

/// A person's mention from its first name word on: leading titles (`Prime Minister`, `Mr.`,
/// `وزير الخارجية`) are cut, with the period of an abbreviation. None when nothing but titles
/// is left, for a mention of any label.
fn without_titles(tokens: &[Token], mention: EntityMention) -> Option<EntityMention> {
    let (a, b) = mention.tokens;
    // `The MEP said`: a title alone names no one, whatever label the tagger gave it.
    if (a..b).all(|i| is_title_part(&tokens[i].key)) {
        return None;
    }
    if mention.label != Label::Person {
        return Some(mention);
    }
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

/// A dash with spaces around it between two Latin-script words: it sets off an appositive
/// (`Florian Hamm - Borussia Dortmund's largest investor`), never joins a name, as an unspaced
/// hyphen does (`Peter-Thilo`). Arabic names keep theirs (`حزب التحرير - تونس`).
fn is_appositive_dash(text: &str, tokens: &[Token], i: usize) -> bool {
    let latin_word = |t: &Token| t.is_word() && t.span.slice(text).is_ascii();
    matches!(tokens[i].key.as_str(), "-" | "–" | "—")
        && i > 0
        && i + 1 < tokens.len()
        && latin_word(&tokens[i - 1])
        && latin_word(&tokens[i + 1])
        && tokens[i - 1].span.end < tokens[i].span.start
        && tokens[i].span.end < tokens[i + 1].span.start
}

/// The parts of a mention on either side of its possessives (`Hitachi 's Emiew`) and appositive
/// dashes, each without the separator.
fn split_at_possessives(
    text: &str,
    tokens: &[Token],
    mention: EntityMention,
) -> Vec<EntityMention> {
    let (a, b) = mention.tokens;
    let separates = |i: usize| is_possessive(&tokens[i]) || is_appositive_dash(text, tokens, i);
    if !(a..b).any(separates) {
        return vec![mention];
    }
    let mut parts = Vec::new();
    let mut start = a;
    for i in a..=b {
        if i == b || separates(i) {
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
    use crate::pipeline::{Models, Pipeline};
    use crate::text::lang::Language;
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

    /// The surfaces of the refined mentions.
    fn refined_surfaces<'t>(
        text: &'t str,
        tokens: &[Token],
        mentions: Vec<EntityMention>,
        lexicons: &Lexicons,
    ) -> Vec<&'t str> {
        refine(text, tokens, mentions, lexicons)
            .iter()
            .map(|m| m.span.slice(text))
            .collect()
    }

    fn token_at(tokens: &[Token], text: &str, word: &str) -> usize {
        tokens
            .iter()
            .position(|t| t.span.slice(text) == word)
            .unwrap()
    }

    #[test]
    fn titles_and_possessives_come_off_and_countries_are_places() {
        let text = "Mr. Greenspan met Hitachi's Emiew and US officials. Mr. left. The MEP";
        let tokens = Tokenizer::default().tokenize(text);
        let mut lexicons = Lexicons::default();
        lexicons.places.insert("us", Label::Location);
        let found = refine(
            text,
            &tokens,
            vec![
                mention(&tokens, 0, 3, Label::Person),         // Mr . Greenspan
                mention(&tokens, 4, 7, Label::Organization),   // Hitachi 's Emiew
                mention(&tokens, 8, 9, Label::Organization),   // US
                mention(&tokens, 11, 13, Label::Person),       // Mr .
                mention(&tokens, 16, 17, Label::Organization), // MEP
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

    #[test]
    fn a_spaced_dash_ends_a_latin_name_but_not_an_arabic_one() {
        let text = "Fund manager Anna Lind - Nordbank's investor - said. حزب الأمل - تونس";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let mentions = vec![
            mention(&tokens, at("Anna"), at("Nordbank") + 1, Label::Person),
            mention(&tokens, at("حزب"), at("تونس") + 1, Label::Organization),
        ];
        let refined = refine(text, &tokens, mentions, &Lexicons::default());
        let surfaces: Vec<&str> = refined.iter().map(|m| m.span.slice(text)).collect();
        assert_eq!(surfaces, vec!["Anna Lind", "Nordbank", "حزب الأمل - تونس"]);
    }

    #[test]
    fn a_name_read_as_a_word_with_a_pronoun_is_whole() {
        // The segmenter reads `سولانا` as the future `س` + `ولا` + the pronoun `نا`.
        for (text, first, last, expected) in [
            ("وصرح سولانا بأن", "سولانا", "سولانا", "سولانا"),
            ("وقال خافيير سولانا إن", "خافيير", "سولانا", "خافيير سولانا"),
        ] {
            let (analysis, _) = crate::entities::testing::arabic_with_names(text, &[]);
            let tokens = &analysis.tokens;
            let at = |word: &str| token_at(tokens, text, word);
            // As the tagger marks it: from the first stem to the last.
            let tagged = EntityMention {
                span: NormSpan::new(
                    tokens[at(first)].name_span().start,
                    tokens[at(last)].name_span().end,
                ),
                ..mention(tokens, at(first), at(last) + 1, Label::Person)
            };
            let seen = refined_surfaces(text, tokens, vec![tagged], &Lexicons::default());
            assert_eq!(seen, vec![expected], "in {text}");
        }
    }

    #[test]
    fn the_seat_of_an_office_is_no_part_of_the_name_after_it() {
        let text = "المندوب الجهوي للتربية بمدنين رحومة المحضاوي. المدير الجهوي للصحة بلقاسم بن صالح. الأمين العام السابق بان كي مون";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let mut lexicons = Lexicons::default();
        lexicons.first_names.insert("بلقاسم".to_string());
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![
                mention(&tokens, at("بمدنين"), at("المحضاوي") + 1, Label::Person),
                // A given name, and a short foreign name after an adjective, stay whole.
                mention(&tokens, at("بلقاسم"), at("صالح") + 1, Label::Person),
                mention(&tokens, at("بان"), at("مون") + 1, Label::Person),
            ],
            &lexicons,
        );
        assert_eq!(seen, vec!["رحومة المحضاوي", "بلقاسم بن صالح", "بان كي مون"]);
    }

    #[test]
    fn a_name_never_ends_on_a_word_of_lineage() {
        let text = "وغرد الأمير عبد الرحمن بن مساعد أمس. وزار أحمد بن سالم الحداد المدينة";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let surfaces = refined_surfaces(
            text,
            &tokens,
            vec![
                mention(&tokens, at("عبد"), at("مساعد"), Label::Person),
                // The word after it starts a mention of its own: left to grouping.
                mention(&tokens, at("أحمد"), at("سالم"), Label::Person),
                mention(&tokens, at("سالم"), at("المدينة"), Label::Person),
            ],
            &Lexicons::default(),
        );
        assert_eq!(
            surfaces,
            vec!["عبد الرحمن بن مساعد", "أحمد بن", "سالم الحداد"]
        );
    }

    #[test]
    fn particles_come_off_the_ends_of_arabic_names() {
        let text = "فإن الكاظمي وصل. وقال إن فان دايك لم يلعب في";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![
                // A tagger's `فإن الكاظمي` and `دايك لم يلعب في`; `فان دايك` is Van Dijk.
                mention(&tokens, at("فإن"), at("وصل"), Label::Person),
                mention(&tokens, at("فان"), at("دايك") + 1, Label::Person),
                mention(&tokens, at("لم"), at("في") + 1, Label::Location),
                mention(&tokens, at("إن"), at("إن") + 1, Label::Organization),
            ],
            &Lexicons::default(),
        );
        assert_eq!(seen, vec!["الكاظمي", "فان دايك", "يلعب"]);
    }

    #[test]
    fn a_name_that_fills_its_marks_keeps_its_last_word() {
        // `في` ends `بي إف ام تي في` (BFM TV) as a letter, not as the preposition "in".
        let text = "وقال لقناة \"بي إف ام تي في\" إن الحملة ناجحة";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![mention(
                &tokens,
                at("بي"),
                at("في") + 1,
                Label::Organization,
            )],
            &Lexicons::default(),
        );
        assert_eq!(seen, vec!["بي إف ام تي في"]);
    }

    #[test]
    fn a_name_spelled_letter_by_letter_keeps_its_waw() {
        let text = "انتهى الخبر و م ع";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![mention(&tokens, at("و"), at("ع") + 1, Label::Organization)],
            &Lexicons::default(),
        );
        assert_eq!(seen, vec!["و م ع"]);
    }

    #[test]
    fn a_given_name_keeps_the_letters_read_as_clitics() {
        // The pipeline's segmenter knows `عيد`, `يصل` and `سعد` as words, so it splits these.
        let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
        let text = "قال سعيد خشارم وفيصل بن خالد ولسعد اليعقوبي وسعيد ثم لزهر الشرايطي";
        let analysis = pipeline.analyze(text, Language::Arabic, true);
        assert_eq!(analysis.normalized.text, text);
        let tokens = analysis.tokens;
        let at = |word: &str| token_at(&tokens, text, word);
        let mut lexicons = Lexicons::default();
        for name in ["سعيد", "فيصل", "سعد", "لزهر"] {
            lexicons.first_names.insert(name.to_string());
        }
        let person = |a: usize, b: usize| {
            let mut m = mention(&tokens, a, b, Label::Person);
            m.span = NormSpan::new(tokens[a].name_span().start, m.span.end);
            m
        };
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![
                person(at("سعيد"), at("خشارم") + 1),
                person(at("وفيصل"), at("بن") + 2),
                person(at("ولسعد"), at("اليعقوبي") + 1),
                person(at("وسعيد"), at("وسعيد") + 1),
                // The tagger found the family name alone.
                person(at("الشرايطي"), at("الشرايطي") + 1),
            ],
            &lexicons,
        );
        // `لسعد` is not a listed name here, so its `ل` stays a preposition.
        assert_eq!(
            seen,
            vec![
                "سعيد خشارم",
                "فيصل بن خالد",
                "سعد اليعقوبي",
                "سعيد",
                "لزهر الشرايطي"
            ]
        );
    }

    #[test]
    fn a_conjunction_left_on_a_given_name_comes_off() {
        // Without a lexicon the segmenter splits nothing: `وسهيل` is one token.
        let text = "وصل وسهيل العلويني ووليد ثم فريد بن جحا";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let mut lexicons = Lexicons::default();
        for name in ["سهيل", "وليد", "ريد"] {
            lexicons.first_names.insert(name.to_string());
        }
        // `فريد` is far more frequent than `ريد`: a word, not ف + a rare name.
        lexicons.arabic_words = std::sync::Arc::new(
            [("فريد".to_string(), 900), ("ريد".to_string(), 20)]
                .into_iter()
                .collect(),
        );
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![
                mention(&tokens, at("وسهيل"), at("العلويني") + 1, Label::Person),
                mention(&tokens, at("ووليد"), at("ووليد") + 1, Label::Person),
                mention(&tokens, at("فريد"), at("جحا") + 1, Label::Person),
            ],
            &lexicons,
        );
        assert_eq!(seen, vec!["سهيل العلويني", "وليد", "فريد بن جحا"]);
    }

    #[test]
    fn a_family_name_takes_the_given_name_before_it() {
        let text = "والتقى الوزير عثمان الغانمي بالسفير";
        let tokens = Tokenizer::default().tokenize(text);
        let at = |word: &str| token_at(&tokens, text, word);
        let mut lexicons = Lexicons::default();
        lexicons.first_names.insert("عثمان".to_string());
        let seen = refined_surfaces(
            text,
            &tokens,
            vec![mention(
                &tokens,
                at("الغانمي"),
                at("الغانمي") + 1,
                Label::Person,
            )],
            &lexicons,
        );
        assert_eq!(seen, vec!["عثمان الغانمي"]);
    }
}
