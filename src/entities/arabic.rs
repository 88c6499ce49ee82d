//! Arabic person evidence: a known given name followed by a name word (`مصطفى الكاظمي`,
//! `عبد الغني الأسدي`), and the titles and roles that introduce a person (`رئيس الوزراء`,
//! `وزير الدفاع`, `محافظ البصرة`), which are kept as the entity's roles.

use super::arabic_organizations::is_institution_head;
use super::{EntityMention, Evidence, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::arabic::light_key;
use crate::tokens::{SegmentRole, Token};

/// Words that never continue a name: particles, prepositions, pronouns and common verbs of
/// reporting (SEARCH form).
pub(super) fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "في" | "من"
            | "الي"
            | "علي"
            | "عن"
            | "مع"
            | "ان"
            | "انه"
            | "انها"
            | "الذي"
            | "التي"
            | "و"
            | "او"
            | "ثم"
            | "قد"
            | "لم"
            | "لن"
            | "لا"
            | "ما"
            | "هو"
            | "هي"
            | "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "كان"
            | "كانت"
            | "قال"
            | "قالت"
            | "بعد"
            | "قبل"
            | "عند"
            | "منذ"
            | "حتي"
            | "بين"
            | "خلال"
            | "امس"
            | "اليوم"
            | "كما"
            | "لكن"
            | "حيث"
            | "اذ"
            | "اذا"
            | "ايضا"
            | "وقال"
            | "وقالت"
            | "واضاف"
            | "اضاف"
            | "اكد"
            | "وكان"
            | "به"
            | "بها"
            | "له"
            | "لها"
            | "فيه"
            | "فيها"
            | "منه"
            | "عنه"
            | "عليه"
            | "اليه"
            | "لهم"
            | "بهم"
    )
}

/// Head words of titles and roles that introduce a person (SEARCH form, without proclitics).
pub(super) fn is_title_head(key: &str) -> bool {
    matches!(
        key,
        "رئيس"
            | "وزير"
            | "وزيره"
            | "محافظ"
            | "زعيم"
            | "قائد"
            | "نائب"
            | "الناشط"
            | "الناشطه"
            | "الرئيس"
            | "الملك"
            | "الامير"
            | "الشيخ"
            | "السيد"
            | "السيده"
            | "الدكتور"
            | "العميد"
            | "اللواء"
            | "الفريق"
            | "المتحدث"
            | "مدير"
            | "امين"
            | "سفير"
            | "النائب"
            | "الوزير"
            // `وأضافت الوزيرة` after `وزيرة الصحة، سميرة مرعي`.
            | "الوزيره"
            | "المحافظ"
            | "مستشار"
            | "عضو"
            | "الصحفي"
            | "الكاتب"
            | "المرشد"
            | "الجنرال"
            // The governor of a Tunisian or Algerian region (`والي سوسة`).
            | "والي"
            | "الوالي"
            // A ministry's regional delegate in Tunisia (`المندوب الجهوي للتربية بمدنين`).
            | "مندوب"
            | "المندوب"
            | "المندوبه"
    )
}

/// Compound-name heads that take the next word with them (`عبد الغني`, `أبو بكر`).
fn is_compound_head(key: &str) -> bool {
    matches!(key, "عبد" | "ابو" | "ابن" | "بن" | "ام" | "نور" | "سيف")
}

/// A token that can continue a name: an Arabic word that is not a function word and carries no
/// conjunction or preposition (`وقدم` after a name is a verb, not a family name).
fn is_name_word(token: &Token) -> bool {
    token.is_word()
        && !token.has_proclitic()
        && !is_function_word(&token.key)
        && token
            .key
            .chars()
            .all(|c| ('\u{621}'..='\u{64A}').contains(&c))
        && token.key.chars().count() >= 2
}

/// The given-name key of a token: its stem without a conjunction (`وعثمان` -> `عثمان`), diacritics
/// off, letters NOT folded (`علي` Ali is a name, `على` on is not).
pub(crate) fn given_name_key<'t>(text: &'t str, token: &Token) -> std::borrow::Cow<'t, str> {
    let span = match token.segments.as_slice() {
        [proclitic, stem]
            if proclitic.role == SegmentRole::Proclitic && stem.role == SegmentRole::Stem =>
        {
            stem.span
        }
        _ => token.span,
    };
    let surface = span.slice(text);
    if surface
        .chars()
        .any(|c| ('\u{64B}'..='\u{65F}').contains(&c) || c == 'ـ' || c.is_uppercase())
    {
        std::borrow::Cow::Owned(light_key(surface).to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(surface)
    }
}

/// A word that is frequent in Wikipedia and the training text but not a known given name is an
/// ordinary word (`أصدر`, `جمعة` Friday), so an unknown word after a title only counts as a name
/// when it is rarer than this.
const COMMON_WORD_COUNT: u32 = 300;

pub(super) fn could_be_name(text: &str, token: &Token, lexicons: &Lexicons) -> bool {
    let key = given_name_key(text, token);
    is_name_word(token)
        && !key.starts_with("ال")
        && (lexicons.first_names.contains(&*key)
            || lexicons
                .arabic_words
                .get(&*key)
                .is_none_or(|&n| n < COMMON_WORD_COUNT))
}

/// A rank or honorific that stands right before a person's name (`النقيب عمر الأكلبي`,
/// `الدكتور عبدالله المغلوث`); `key` is a token's SEARCH key without clitics.
pub fn is_honorific(key: &str) -> bool {
    let bare = key.strip_suffix('ه').unwrap_or(key);
    matches!(
        bare,
        "النقيب"
            | "الرائد"
            | "المقدم"
            | "العقيد"
            | "العميد"
            | "اللواء"
            | "الفريق"
            | "الملازم"
            | "الدكتور"
            | "المهندس"
            | "الاستاذ"
            | "الشيخ"
            | "الامير"
            | "السيد"
            | "المحامي"
            | "المستشار"
            | "الحاج"
    )
}

/// True when `token` is a given name, listed or read off unlabeled news (`news_given_names`), by
/// its stem or as the whole word: the segmenter reads `سعيد` as the future prefix and `عيد`.
fn is_known_given_name(text: &str, token: &Token, lexicons: &Lexicons) -> bool {
    let known =
        |key: &str| lexicons.first_names.contains(key) || lexicons.news_given_names.contains(key);
    known(&given_name_key(text, token)) || known(&light_key(token.span.slice(text)))
}

/// A given name carrying the article, as Maghrebi names do (`الطاهر`, `المنجي`, `الهادي`): the
/// name lexicons list them without it. Only where commas fence a name after a role, since each
/// is also an adjective (`الطاهر` "pure").
fn is_known_given_name_with_article(text: &str, token: &Token, lexicons: &Lexicons) -> bool {
    let key = light_key(token.span.slice(text));
    key.strip_prefix("ال").is_some_and(|bare| {
        bare.chars().count() >= 3
            && (lexicons.first_names.contains(bare) || lexicons.news_given_names.contains(bare))
    })
}

/// The PERSON mention a construction rule found on tokens `first..end`.
fn rule_person(tokens: &[Token], first: usize, end: usize) -> EntityMention {
    EntityMention {
        span: NormSpan::new(tokens[first].span.start, tokens[end - 1].span.end),
        label: Label::Person,
        confidence: 0.75,
        tokens: (first, end),
        evidence: Evidence::Rule,
    }
}

/// Person mentions the tagger may miss: an honorific, then an indefinite name word (after a rank
/// even a common word is a given name: `عمر` is also "age"), then a second name word
/// (`النقيب عمر الأكلبي`). Overlaps with the tagger's
/// mentions are settled later, the longer mention winning.
pub(super) fn find_persons_after_honorifics(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    for i in 1..tokens.len().saturating_sub(1) {
        let title = &tokens[i - 1];
        // `الفريق` is also a team (`الفريق تلاشت آماله`).
        if !title.is_word() || !is_honorific(title.name_key()) || title.name_key() == "الفريق"
        {
            continue;
        }
        let (given, family) = (&tokens[i], &tokens[i + 1]);
        if !is_name_word(given)
            || given.key.starts_with("ال")
            || is_title_head(given.name_key())
            || !could_be_family_name(text, family, lexicons)
        {
            continue;
        }
        out.push(rule_person(tokens, i, i + 2));
    }
}

/// True when `family` may end a person's name after a given name: a name word that is no title,
/// rank, place or common word.
fn could_be_family_name(text: &str, family: &Token, lexicons: &Lexicons) -> bool {
    let family_key = given_name_key(text, family);
    is_name_word(family)
        && !is_title_head(family.name_key())
        && !is_honorific(family.name_key())
        // `السيد إسلام درعا`: a place after the name says where the person is from.
        && lexicons.places.get(&family_key).is_none()
        // A common word is no family name; with the article a family name is at least a
        // nisba's length (`العلي`, `الأكلبي`), which leaves out verbs like `القي` (ألقى).
        && !(family_key.starts_with("ال") && family_key.chars().count() < 5)
        && (family_key.starts_with("ال")
            || lexicons
                .arabic_words
                .get(&*family_key)
                .is_none_or(|&n| n < COMMON_WORD_COUNT))
}

/// Role nouns that introduce a person in apposition (`القيادي بحزب التحرير، سعيد خشارم،`)
/// besides the titles and honorifics: they describe someone's position without being a title
/// written before the name.
fn is_role_noun(key: &str) -> bool {
    is_spokesman_title(key)
        || matches!(
            key,
            "القيادي"
                | "القياديه"
                | "المسؤول"
                | "المسؤوله"
                | "الخبير"
                | "الخبيره"
                | "المحلل"
                | "الباحث"
                | "الباحثه"
                | "الاستاذ"
                | "الاستاذه"
                | "العضو"
                | "المنسق"
                | "الامين"
        )
}

/// How many words a role phrase before an appositive name may have (`القيادي بحزب التحرير`:
/// three; `المسؤول عن الملف في وزارة الداخلية` would be six).
const ROLE_BEFORE_APPOSITIVE: usize = 8;

/// True when a role phrase ends at the comma `comma` (`القيادي بحزب التحرير،`): a role noun,
/// title or rank among the words right before it.
fn role_before(tokens: &[Token], comma: usize) -> bool {
    (comma.saturating_sub(ROLE_BEFORE_APPOSITIVE)..comma)
        .rev()
        .take_while(|&k| tokens[k].is_word())
        .any(|k| {
            let key = tokens[k].name_key();
            is_role_noun(key) || is_any_title_head(key) || is_honorific(key)
        })
}

/// Person mentions in apposition: a role phrase, a comma, a known given name and one or two
/// name words, then a comma (`أما القيادي بحزب التحرير، سعيد خشارم، فقال`). The commas fence the
/// name in, which is what lets a common family name count (the tagger, trained on text that
/// rarely puts names between commas, misses them). Overlaps are settled later.
pub(super) fn find_appositive_persons(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    for open in 1..tokens.len() {
        if !tokens[open].is_comma() {
            continue;
        }
        let first = open + 1;
        let Some(close) =
            (first + 2..=(first + 3).min(tokens.len() - 1)).find(|&k| tokens[k].is_comma())
        else {
            continue;
        };
        let name = &tokens[first..close];
        let given = &name[0];
        if !given.is_word()
            || !(is_known_given_name(text, given, lexicons)
                || is_known_given_name_with_article(text, given, lexicons))
            || !name[1..].iter().all(|t| {
                is_name_word(t) && !is_function_word(&t.key) && !is_title_head(t.name_key())
            })
        {
            continue;
        }
        if role_before(tokens, open) {
            out.push(rule_person(tokens, first, close));
        }
    }
}

/// Kin named by their relation to someone (`ابنته`, `زوجها`, `شقيقه`, SEARCH keys).
fn is_kinship_noun(key: &str) -> bool {
    matches!(
        key,
        "ابنته"
            | "ابنتها"
            | "ابنه"
            | "ابنها"
            | "نجله"
            | "نجلها"
            | "زوجته"
            | "زوجها"
            | "شقيقه"
            | "شقيقها"
            | "شقيقته"
            | "شقيقتها"
            | "والده"
            | "والدها"
            | "والدته"
            | "والدتها"
            | "ارملته"
            | "اخته"
            | "اخوه"
            | "اخيه"
    )
}

/// How many words a relative's name after a kinship noun may have (`ابنته ربح الشرايطي`: two).
const KIN_NAME_WORDS: usize = 3;

/// Relatives named after their relation (`تحدثت ابنته ربح الشرايطي في ...`): two or three name
/// words after a kinship noun, ending before a function word or punctuation, are one PERSON when
/// the first is a known given name or the last is the family name of a person the tagger found
/// in the article (a relative shares it: the tagger's `الشرايطي` is the father, not her).
/// `names` are the tagger's mentions.
pub(super) fn find_kin_persons(
    text: &str,
    tokens: &[Token],
    names: &[EntityMention],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    // Built at the first kinship noun: most texts have none.
    let mut family_names: Option<rustc_hash::FxHashSet<&str>> = None;
    for (k, token) in tokens.iter().enumerate() {
        let key = token.key.as_str();
        let kin = is_kinship_noun(key) || key.strip_prefix(['و', 'ف']).is_some_and(is_kinship_noun);
        if !token.is_word() || !kin {
            continue;
        }
        let first = k + 1;
        let limit = tokens.len().min(first + KIN_NAME_WORDS + 1);
        let end = (first..limit)
            .find(|&j| !is_name_word(&tokens[j]) || is_title_head(tokens[j].name_key()))
            .unwrap_or(limit);
        let fenced = tokens
            .get(end)
            .is_none_or(|t| !t.is_word() || is_function_word(&t.key) || t.has_proclitic());
        if !(2..=KIN_NAME_WORDS).contains(&(end - first))
            || !fenced
            || tokens[first].key.starts_with("ال")
        {
            continue;
        }
        let given = lexicons
            .first_names
            .contains(given_name_key(text, &tokens[first]).as_ref());
        let family_names = family_names.get_or_insert_with(|| {
            names
                .iter()
                .filter(|m| m.label == Label::Person && m.tokens.1 - m.tokens.0 >= 2)
                .map(|m| tokens[m.tokens.1 - 1].name_key())
                .collect()
        });
        if given || family_names.contains(tokens[end - 1].name_key()) {
            out.push(rule_person(tokens, first, end));
        }
    }
}

/// A title head of either gender (see `is_title_head`, which the tagger's features use as it
/// was trained), or one of the heads the rules know beyond it. The feminine (`رئيسة`,
/// `النائبة`, `الوزيرة`: SEARCH keys end in `ه`) is the same title held by a woman; `أمينة` is
/// left out: it is a given name.
pub(crate) fn is_any_title_head(key: &str) -> bool {
    let is_masculine_head = |key: &str| is_title_head(key) || is_rule_title_head(key);
    is_masculine_head(key) || title_held_by_a_woman(key).is_some_and(is_masculine_head)
}

/// The masculine of a title word in the feminine (`الوزيره` -> `الوزير`; SEARCH keys), the title
/// it is when a woman holds it; `أمينة` is a given name.
pub(crate) fn title_held_by_a_woman(key: &str) -> Option<&str> {
    key.strip_suffix('ه').filter(|_| key != "امينه")
}

/// Title heads known to the rules only: `is_title_head` is a feature of the shipped tagger,
/// which was trained with that list as it is.
fn is_rule_title_head(key: &str) -> bool {
    // `وكيل الجمهورية` (the public prosecutor), `وكيل وزارة` (an undersecretary).
    matches!(key, "الزعيم" | "المنسق" | "منسق" | "وكيل")
}

/// How many name words a person named after a title may have (`رئيس الحكومة يوسف الشاهد`: two;
/// `محمد سالم الحسني`: three).
const TITLE_NAME_WORDS: usize = 3;

/// Person mentions the tagger may miss after a title, directly (`النائبة هالة عمران`) or in
/// apposition after a comma (`رئيسة المركز الدولي للدراسات ...، بدرة قعلول عن`): a run of two or
/// three name words (a longer run is no name: `يفتتح المستشفى الجهوي الجديد`). The first
/// is a known given name, or, in a two-word name, a rare word that does not look like a verb
/// (`وزير الصحة يفتتح مستشفى`); the last is no place, title or common word. Overlaps with the
/// tagger's mentions are settled later, the longer mention winning. Words the tagger named
/// (`names`) are left to it: after `الرئيس شيراك` the next word is a verb as often as a name.
pub(super) fn find_persons_after_titles(
    text: &str,
    tokens: &[Token],
    names: &[EntityMention],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    let mut tagged = vec![false; tokens.len()];
    for mention in names {
        tagged[mention.tokens.0..mention.tokens.1].fill(true);
    }
    for first in 1..tokens.len() {
        let after_title = title_ends_at(tokens, first);
        let after_role = tokens[first - 1].is_comma() && role_before(tokens, first - 1);
        if !(after_title || after_role) {
            continue;
        }
        let limit = tokens.len().min(first + TITLE_NAME_WORDS + 1);
        let run_end = (first..limit)
            .find(|&j| {
                !is_name_word(&tokens[j])
                    || is_any_title_head(tokens[j].name_key())
                    || is_honorific(tokens[j].name_key())
            })
            .unwrap_or(limit);
        // The longest name first; a shorter one when a common word follows the name in the
        // run (`منصف المحمدي تسجيل قرابة 130 حالة`).
        let found = (first + 2..=run_end.min(first + TITLE_NAME_WORDS))
            .rev()
            .find(|&end| {
                !tagged[first..end].iter().any(|&t| t)
                    && is_titled_name(text, tokens, first, end, end == run_end, lexicons)
            });
        if let Some(end) = found {
            out.push(rule_person(tokens, first, end));
        }
    }
}

/// True when tokens `first..end` after a title are a person's name. `fenced`: no name-like word
/// follows; when one does, the name needs stronger evidence, as a run of name-like words after a
/// title is more often a verb and its object (`يفتتح المستشفى الجهوي الجديد`).
fn is_titled_name(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    fenced: bool,
    lexicons: &Lexicons,
) -> bool {
    let given = &tokens[first];
    let given_key = given_name_key(text, given);
    let known = is_known_given_name(text, given, lexicons);
    let family = &tokens[end - 1];
    let family_key = given_name_key(text, family);
    // An unknown first word is rare and has none of the shapes of the words that follow
    // titles in news copy: a verb (`يفتتح`, `زارت`, `أشاع`), a word whose proclitic the
    // segmenter left on (`وكتم`, `لتضرب`, `سيقاطع`), an indefinite accusative or a dual
    // (`اتصالا هاتفيا`, `اتصالين هاتفيين`); its family name is no `و`-joined noun
    // (`دينامية وصرامة`).
    let two_words = end - first == 2;
    let rare_name = two_words
        && !given_key.starts_with(['ي', 'ت', 'ن', 'ا', 'أ', 'إ', 'و', 'ف', 'ل', 'س'])
        && !given_key.ends_with(['ت', 'ا'])
        && !given_key.ends_with("ين")
        && !family_key.starts_with('و')
        && could_be_name(text, given, lexicons);
    // Unfenced, a name has two words, and a rare given name needs a family name of the nisba
    // shape (`المحمدي`).
    let nisba = family_key.starts_with("ال") && family_key.ends_with('ي');
    !(given.key.starts_with("ال")
            // `عضو مكتبه الإعلامي`, `وكذا محاولته`: a noun with a pronoun is no name.
            || given.has_enclitic()
            || family.has_enclitic()
            || !(known || rare_name)
            || !(fenced || (two_words && (known || nisba)))
            || !could_be_family_name(text, family, lexicons)
            // A definite feminine word is an adjective (`قاعة الملك عبد الله الثقافية`), a
            // definite plural a noun (`باسم المحكمة بنابل الاتهامات`).
            || (family_key.starts_with("ال")
                && (family_key.ends_with(['ة', 'ه']) || family_key.ends_with("ات"))))
}

/// Person mentions: a known given name followed by a name word (`عثمان الغانمي`), a compound
/// name (`عبد الغني الأسدي`), or a title with its modifiers followed by a name
/// (`وزير الدفاع جمعة عناد`, `محافظ البصرة أسعد العيداني`, `الناشطة المدنية ريهام يعقوب`).
pub(super) fn find_persons(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let key = given_name_key(text, token);
        let compound = is_compound_head(&token.key) || is_compound_head(&key);
        let is_given =
            (lexicons.first_names.contains(&*key) && key.chars().count() >= 3) || compound;
        // The function-word list is in SEARCH form, where على (on) and علي (Ali) coincide: a
        // known given name by its unfolded key is not a function word.
        let first_ok = token.is_word()
            && (lexicons.first_names.contains(&*key) || !is_function_word(&token.key));
        let after_title = title_ends_at(tokens, i) && could_be_name(text, token, lexicons);
        if !((is_given && first_ok) || after_title) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let wanted = if compound { 3 } else { 2 };
        while end < tokens.len() && end - i < wanted && is_name_word(&tokens[end]) {
            end += 1;
        }
        // A third word when it is a family name with the article (`صالح محمد العلي`).
        if !compound
            && end - i == 2
            && end < tokens.len()
            && is_name_word(&tokens[end])
            && tokens[end].key.starts_with("ال")
            && !tokens[end - 1].key.starts_with("ال")
            && lexicons
                .first_names
                .contains(&*given_name_key(text, &tokens[end - 1]))
        {
            end += 1;
        }
        if end - i >= 2 {
            let start = match token.segments.as_slice() {
                [proclitic, stem] if proclitic.role == SegmentRole::Proclitic => stem.span.start,
                _ => token.span.start,
            };
            out.push(EntityMention {
                span: NormSpan::new(start, tokens[end - 1].span.end),
                label: Label::Person,
                confidence: if after_title { 0.75 } else { 0.7 },
                tokens: (i, end),
                evidence: if after_title {
                    Evidence::Title
                } else {
                    Evidence::GivenName
                },
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// True when token `i` may be the given name of a person introduced by the title before it
/// (`محافظ البصرة أسعد`): a name word, rare enough or a known given name.
pub(super) fn is_name_after_title(
    text: &str,
    tokens: &[Token],
    i: usize,
    lexicons: &Lexicons,
) -> bool {
    title_ends_at(tokens, i) && could_be_name(text, &tokens[i], lexicons)
}

/// How many words may stand between a title head and the name it introduces
/// (`المكلف بالإعلام والاتصال لدى الإدارة العامة للحرس الوطني خليفة`: seven).
const TITLE_MODIFIER_WORDS: usize = 8;

/// True when token `i` directly follows a title and its modifiers: definite words
/// (`الدفاع`, `البصرة`, `المدنية`), quoted names (`زعيم "الحشد الشعبي"`) and a prepositional
/// complement (`مدير عام الامتحانات بوزارة التربية`, `الناطقة باسم إدارة الأمن في كيبيك`).
fn title_ends_at(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    let mut in_quotes = false;
    while j > 0 && i - j < TITLE_MODIFIER_WORDS {
        let prev = &tokens[j - 1];
        let key = prev.name_key();
        if is_any_title_head(key) || is_any_title_head(&prev.key) || is_spokesman_title(key) {
            // `بأي قائد` (any leader), `كل وزير` (every minister): an indefinite title names nobody.
            let quantified = j >= 2
                && matches!(
                    tokens[j - 2].key.as_str(),
                    "اي" | "باي" | "لاي" | "كل" | "لكل" | "بكل"
                );
            return !quantified;
        }
        let is_mark = matches!(prev.key.as_str(), "\"" | "«" | "»");
        if is_mark {
            // Right before the name, only a mark closing a quoted modifier (`زعيم "الحشد
            // الشعبي" هادي`): one that opens a quote (`حذر من "صدام الجهل"`) ends the walk.
            let closes = j >= 2
                && tokens[j - 2].span.end == prev.span.start
                && prev.span.end < tokens[j].span.start;
            if j == i && !closes {
                return false;
            }
            in_quotes = !in_quotes;
        } else if !(in_quotes
            || (prev.is_word() && key.starts_with("ال") && !is_function_word(&prev.key))
            // A preposition is never the last word before a name (`وزير الاقتصاد في ختام`).
            || (is_title_complement(tokens, j - 1)
                && !(j == i && is_title_preposition(&prev.key))))
        {
            // `رئيس حزب العمال`: the head of an institution named in the title.
            if !is_institution_in_title(tokens, j - 1, i) {
                return false;
            }
        }
        j -= 1;
    }
    false
}

/// True when token `k` is the indefinite head noun of an institution in the construct state
/// inside a title, its definite complement already crossed (`حزب` of `رئيس حزب العمال حمة
/// الهمامي`, `حركة` of `رئيس حركة النهضة راشد الغنوشي`), bare or carrying ب/ل (`لحركة النهضة`).
/// A word right after such a head, short of the name, names the institution (`بلدية طولكرم`),
/// and the names of institutions in indefinite words (`نداء تونس`) are not crossed: there the
/// walk cannot tell them from the person's own name (`نادي سامي حشاني`).
fn is_institution_in_title(tokens: &[Token], k: usize, name: usize) -> bool {
    k + 1 < name && is_institution_head(tokens[k].name_key())
}

/// True when token `k` belongs to a prepositional complement inside a title, short of the name:
/// a preposition (`في`, `لدى`, `عن`), an indefinite noun carrying one (`بوزارة`, `باسم`), the
/// indefinite noun right after one of these (`في كيبيك`, `باسم إدارة`), or `عام` after the
/// title head (`مدير عام`).
fn is_title_complement(tokens: &[Token], k: usize) -> bool {
    let token = &tokens[k];
    if !token.is_word() {
        return false;
    }
    if is_title_preposition(&token.key) {
        return true;
    }
    if is_function_word(&token.key) || token.has_enclitic() {
        return false;
    }
    let carries_preposition = |t: &Token| t.has_proclitic() && t.key.starts_with(['ب', 'ل']);
    if carries_preposition(token) {
        return true;
    }
    // `مدير عام`, `أمين عام`: the indefinite title's own adjective.
    if token.key == "عام" && k > 0 && is_any_title_head(tokens[k - 1].name_key()) {
        return true;
    }
    k > 0 && {
        let before = &tokens[k - 1];
        is_title_preposition(&before.key) || (carries_preposition(before) && !before.has_enclitic())
    }
}

/// A preposition inside a title (`النائب عن`, `المكلف بالإعلام لدى`); `باسم` (in the name of),
/// which the segmenter leaves whole since it is also a given name, is one.
fn is_title_preposition(key: &str) -> bool {
    matches!(key, "في" | "لدي" | "عن" | "باسم")
}

/// A spokesman's or an officer's title, a title before a name though no title head
/// (`الناطقة باسم الشرطة`, `المكلف بالإعلام بوزارة الداخلية`: a Tunisian officer in charge of a
/// field). Also role nouns (`is_role_noun`).
fn is_spokesman_title(key: &str) -> bool {
    matches!(
        key,
        "الناطق" | "الناطقه" | "المتحدثه" | "المكلف" | "المكلفه"
    )
}

/// How many words a title before a name may have (`الناطق الإعلامي بقيادة حرس الحدود بالمنطقة
/// الشرقية النقيب عمر الأكلبي`: eight), so that the title alone later (`الناطق الإعلامي`) finds
/// the person.
const TITLE_BEFORE_WORDS: usize = 8;

/// The title phrase right before token `first` (e.g. `رئيس الوزراء العراقي`), as token range.
pub(super) fn title_before(tokens: &[Token], first: usize) -> Option<(usize, usize)> {
    let title_ending_at = |end: usize| {
        let window_start = end.saturating_sub(TITLE_BEFORE_WORDS);
        (window_start..end)
            .find(|&i| {
                let key = tokens[i].name_key();
                // A spokesman's title and a rank are titles too (`الناطق الإعلامي ... النقيب`).
                (is_title_head(key) || is_honorific(key) || is_spokesman_title(key))
                    && tokens[i..end]
                        .iter()
                        .all(|t| t.is_word() && !is_function_word(&t.key))
            })
            .map(|i| (i, end))
    };
    // `قال وزير العدل، غازي الجريبي`: the title in apposition, before a comma, is the role a
    // later `الوزير` names him by.
    title_ending_at(first).or_else(|| {
        let comma = first.checked_sub(1).filter(|&c| tokens[c].is_comma())?;
        title_ending_at(comma)
    })
}

/// A Latin-script name inside Arabic text (a byline `AHDATH INFO`, a site `Hespress.com`, `Paris
/// Saint-Germain`): the Arabic tagger, trained on Arabic script, often labels one of its words;
/// the mention then covers the whole run of capitalized Latin words on its line, and a period
/// with no space on either side joins two of them (`AHDATH.INFO`). Mentions stay sorted and never
/// grow over another mention.
pub(super) fn with_latin_runs(text: &str, tokens: &[Token], mentions: &mut [EntityMention]) {
    let is_latin_name_word = |token: &Token| {
        let surface = token.span.slice(text);
        token.is_word()
            && surface.starts_with(|c: char| c.is_ascii_uppercase())
            && surface
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    // Only spaces or tabs between two tokens: a line break ends a byline.
    let adjacent = |a: &Token, b: &Token| {
        text[a.span.end..b.span.start]
            .chars()
            .all(|c| c == ' ' || c == '\t')
    };
    let touching = |a: &Token, b: &Token| a.span.end == b.span.start;
    // Next token index the run can take from `end` on, if any.
    let step_right = |end: usize| -> Option<usize> {
        let last = tokens.get(end.checked_sub(1)?)?;
        let next = tokens.get(end)?;
        if is_latin_name_word(next) && adjacent(last, next) {
            return Some(end + 1);
        }
        let after = tokens.get(end + 1)?;
        (next.span.slice(text) == "."
            && touching(last, next)
            && touching(next, after)
            && is_latin_name_word(after))
        .then_some(end + 2)
    };
    for n in 0..mentions.len() {
        let (a, b) = mentions[n].tokens;
        if !mentions[n].label.is_name() || !(a..b).all(|i| is_latin_name_word(&tokens[i])) {
            continue;
        }
        let left_limit = if n == 0 { 0 } else { mentions[n - 1].tokens.1 };
        let right_limit = mentions.get(n + 1).map_or(tokens.len(), |m| m.tokens.0);
        let mut start = a;
        while start > left_limit
            && is_latin_name_word(&tokens[start - 1])
            && adjacent(&tokens[start - 1], &tokens[start])
        {
            start -= 1;
        }
        let mut end = b;
        while let Some(next) = step_right(end).filter(|&next| next <= right_limit) {
            end = next;
        }
        let mention = &mut mentions[n];
        mention.tokens = (start, end);
        mention.span = NormSpan::new(tokens[start].span.start, tokens[end - 1].span.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Models, Pipeline};
    use crate::text::lang::Language;

    #[test]
    fn a_role_phrase_introduces_a_name_between_commas() {
        let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        let cases: &[(&str, &[&str])] = &[
            (
                "أما القيادي بحزب التحرير، سعيد خشارم، فقال إن",
                &["سعيد خشارم"],
            ),
            (
                "وقال الباحث في المركز، محمد سالم الحسني، إن",
                &["محمد سالم الحسني"],
            ),
            // A given name with the article (`الطاهر`, Maghrebi names).
            (
                "أفاد وكيل الجمهورية بالمحكمة الابتدائية بجندوبة، الطاهر المناعي، أنه",
                &["الطاهر المناعي"],
            ),
            (
                "وقال الباحث في المركز، الطاهر المناعي، إن",
                &["الطاهر المناعي"],
            ),
            // No role before the commas, or no given name, or no closing comma.
            ("وفي تونس، سعيد خشارم، وغيره", &[]),
            ("أما القيادي بالحزب، المعروف بمواقفه، فقال", &[]),
            ("أما القيادي بالحزب، سعيد خشارم فقال", &[]),
        ];
        for (text, expected) in cases {
            let analysis = pipeline.analyze(text, Language::Arabic, true);
            let mut out = Vec::new();
            find_appositive_persons(text, &analysis.tokens, &lexicons, &mut out);
            let found: Vec<&str> = out.iter().map(|m| m.span.slice(text)).collect();
            assert_eq!(&found, expected, "in {text}");
        }
    }

    #[test]
    fn a_relative_is_named_after_the_kinship_noun() {
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        let cases: &[(&str, &[&str])] = &[
            // The family name of the person the tagger found: the relative shares it.
            (
                "توفي المناضل سالم الدريدي. وتحدثت ابنته نورة الدريدي في تصريح للإذاعة",
                &["نورة الدريدي"],
            ),
            // A known given name is enough.
            ("وقالت زوجته فاطمة العمري إن", &["فاطمة العمري"]),
            // An adjective, one word, a word running on, a family name nobody found: no name.
            ("وقالت ابنته الصغرى إن", &[]),
            ("وقالت ابنته نورة إن", &[]),
            ("وتحدثت ابنته بحماس كبير", &[]),
            ("وتحدثت ابنته نورة الدريدي في تصريح", &[]),
        ];
        for (text, expected) in cases {
            let (analysis, names) = crate::entities::testing::arabic_with_names(
                text,
                if text.contains("سالم الدريدي") {
                    &[("سالم", "الدريدي", Label::Person)]
                } else {
                    &[]
                },
            );
            let mut out = Vec::new();
            find_kin_persons(text, &analysis.tokens, &names, &lexicons, &mut out);
            let found: Vec<&str> = out.iter().map(|m| m.span.slice(text)).collect();
            assert_eq!(&found, expected, "in {text}");
        }
    }

    #[test]
    fn a_title_ends_where_an_institution_named_in_it_ends() {
        // (text, the word after the walk, whether a title ends right before it)
        let cases: &[(&str, &str, bool)] = &[
            ("وقال رئيس حزب العمال حمة الهمامي", "حمة", true),
            ("رئيس ديوان ومحاسبة بلدية طولكرم محمد", "طولكرم", false),
            // The walk crosses no institution named in indefinite words.
            ("رئيس ديوان ومحاسبة بلدية طولكرم محمد", "محمد", false),
            ("وقال رئيس هيئة الانتخابات شفيق صرصار", "شفيق", true),
        ];
        for (text, word, expected) in cases {
            let (analysis, _) = crate::entities::testing::arabic_with_names(text, &[]);
            let at = analysis
                .tokens
                .iter()
                .position(|t| t.span.slice(text) == *word)
                .expect("word in text");
            assert_eq!(
                title_ends_at(&analysis.tokens, at),
                *expected,
                "{word} in {text}"
            );
        }
    }

    #[test]
    fn a_title_or_a_role_introduces_a_name_the_tagger_missed() {
        use crate::entities::testing::Tagged;
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        let none: Tagged = &[];
        let cases: &[(&str, Tagged, &[&str])] = &[
            // A feminine title, then a known given name.
            ("وصفت النائبة هالة عمران ما يقوم به", none, &["هالة عمران"]),
            // A role of seven words and a comma, then a rare given name.
            (
                "تحدثت رئيسة المركز الدولي للدراسات الاستراتيجية الأمنية والعسكرية، بدرة قعلول عن وجود صفقة",
                none,
                &["بدرة قعلول"],
            ),
            ("وقال وزير الداخلية محمد سالم الحسني إن", none, &["محمد سالم الحسني"]),
            // A noun with its pronoun belongs to the title; the name comes after the comma.
            (
                "واعتبر الحزب في بيان تلاه عضو مكتبه الإعلامي، محمد مقدي أن",
                none,
                &["محمد مقدي"],
            ),
            // A title with a prepositional complement: `عام` of an indefinite title, a noun
            // carrying its preposition, a preposition and the noun after it.
            (
                "أكد مدير عام الامتحانات بوزارة التربية محمد الولباني في مداخلة",
                none,
                &["محمد الولباني"],
            ),
            (
                "وأعلنت الناطقة باسم إدارة الأمن في كيبيك هالة كولومب للصحافيين",
                none,
                &["هالة كولومب"],
            ),
            // Eight words between the title and the name.
            (
                "وقال المكلف بالإعلام والاتصال لدى الإدارة العامة للحرس الوطني سامي حشلوف إن",
                none,
                &["سامي حشلوف"],
            ),
            ("وقال النائب عن الجبهة الشعبية أحمد الصديق إن", none, &["أحمد الصديق"]),
            (
                "وقال المندوب الجهوي للتربية بولاية صفاقس محمد العياري إن",
                none,
                &["محمد العياري"],
            ),
            // A quote mark closing a quoted modifier ends the title; one opening a quote is no
            // part of it.
            ("وقال زعيم \"الحشد الشعبي\" هادي العامري إن", none, &["هادي العامري"]),
            ("حذر الرئيس شيراك من \"صدام الجهل\" خلال زيارته", none, &[]),
            // A given name known from unlabeled news only (`news_given_names.tsv`); `ل` would
            // make it a preposition's word were it unknown.
            ("وأعلنت الوزيرة لمياء الزريبي أن", none, &["لمياء الزريبي"]),
            // A word the tagger named is left to it: after `الرئيس شيراك` comes a verb.
            (
                "وقال الرئيس شيراك استنكر القرار",
                &[("شيراك", "شيراك", Label::Person)],
                &[],
            ),
            // An institution named inside the title: its head noun, bare or with `ل`, in the
            // construct state with a definite noun.
            ("وأعلن رئيس حزب العمال حمة الهمامي أن", none, &["حمة الهمامي"]),
            (
                "وقال المنسق الجهوي لحركة النهضة بالقصرين لطفي الزيتوني إن",
                none,
                &["لطفي الزيتوني"],
            ),
            // Not an institution named in indefinite words: its words may be a person's name.
            (
                "وأكد رئيس نادي سامي حشاني تصريحات رايس بالخطيرة",
                none,
                &[],
            ),
            // The walk crosses no person's name, nor the words before a function word or a comma.
            (
                "ووصف وزير الدولة بوزارة الداخلية سامي حشاني تصريحات رايس بالخطيرة",
                none,
                &["سامي حشاني"],
            ),
            ("وأكد عضو لجنة الكرة أن النادي بصدد حسم الموقف", none, &[]),
            (
                "وأكد عضو هيئة الانتخابات سامي حشاني حسم الموقف",
                none,
                &["سامي حشاني"],
            ),
            ("وأكد رئيس نادي سوسة أن النادي حسم الموقف", none, &[]),
            ("وأكد رئيس نادي سوسة، النادي حسم الموقف", none, &[]),
            (
                "رئيس مجلس إدارة الشركة هو السيد ناصر الطبسي خريج الاقتصاد",
                none,
                &["ناصر الطبسي"],
            ),
            // A word right after the head names the institution (`نادي حمام الأنف` is a club).
            ("وقال رئيس نادي حمام الأنف إن", none, &[]),
            // Heads the tagger's title list lacks.
            ("وأعلن الزعيم الشيعي مقتدى الصدر أن", none, &["مقتدى الصدر"]),
            ("وقال منسق الحملة رياض الشعيبي إن", none, &["رياض الشعيبي"]),
            // A common word after the name in the run: the shorter name, a rare given name
            // with a nisba.
            (
                "أكد كاهية مدير الرعاية الصحية بالقصرين منصف المحمدي تسجيل قرابة 130 حالة",
                none,
                &["منصف المحمدي"],
            ),
            // Without the nisba, a rare word followed by more words is no name.
            ("وأكد وزير التجارة حجز البضائع المهربة بالميناء", none, &[]),
            // Words that follow titles without being names.
            ("وزير الصحة يفتتح مستشفى.", none, &[]),
            ("الرئيس ارتكب خطأ.", none, &[]),
            ("ثم الوزيرة دشنت مصحة.", none, &[]),
            ("أكد الوزير ولن يتراجع.", none, &[]),
            ("وأبدى الرئيس عزما أكيدا.", none, &[]),
            ("وعقد الرئيس جلستين مطولتين.", none, &[]),
            (
                "التي أطلقت تحت قيادة الملك محمد السادس، دينامية وصرامة.",
                &[("محمد", "السادس", Label::Person)],
                &[],
            ),
            ("وزار الطلاب قاعة الملك عبد الله الثقافية.", none, &[]),
            ("وقال وزير الاقتصاد والتجارة في ختام الاجتماع إنه", none, &[]),
            (
                "نفت الناطقة باسم المحكمة الابتدائية بنابل الاتهامات التي وجهها المحتجون",
                none,
                &[],
            ),
            ("وأكد الرئيس بري زيارته للبنان.", none, &[]),
        ];
        for (text, tagged, expected) in cases {
            let (analysis, names) = crate::entities::testing::arabic_with_names(text, tagged);
            let mut out = Vec::new();
            find_persons_after_titles(text, &analysis.tokens, &names, &lexicons, &mut out);
            let found: Vec<&str> = out.iter().map(|m| m.span.slice(text)).collect();
            assert_eq!(&found, expected, "in {text}");
        }
    }

    #[test]
    fn a_rank_or_honorific_introduces_a_two_word_name() {
        let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        let cases: &[(&str, &[&str])] = &[
            // `عمر` is also a common word ("age"): after a rank it is a given name.
            ("وقال النقيب عمر الأكلبي إن البحث مستمر", &["عمر الأكلبي"]),
            ("وأوضح الدكتور سامي الزهراني أن", &["سامي الزهراني"]),
            // A team, a title, a verb, a time word: no name.
            ("الفريق تلاشت آماله", &[]),
            ("وقال السيد الرئيس إن", &[]),
            ("يذكر أن السيد إسلام القي محاضرة", &[]),
            ("وصل الدكتور في الموعد", &[]),
        ];
        for (text, expected) in cases {
            let analysis = pipeline.analyze(text, Language::Arabic, true);
            let mut out = Vec::new();
            find_persons_after_honorifics(text, &analysis.tokens, &lexicons, &mut out);
            let found: Vec<&str> = out.iter().map(|m| m.span.slice(text)).collect();
            assert_eq!(&found, expected, "in {text}");
        }
    }

    #[test]
    fn a_latin_name_in_arabic_text_covers_its_run_on_the_line() {
        let text =
            "AHDATH.INFO\n\nقال BBC News Arabic إن\nAHDATH INFO- _إكرام زايد\nنقلت AFP via X";
        let pipeline = Pipeline::load_with_models(Models::None).expect("lexicons load");
        let tokens = pipeline.analyze(text, Language::Arabic, true).tokens;
        let tagged = |word: &str, nth: usize| {
            crate::entities::testing::one_word_mention(
                text,
                &tokens,
                word,
                nth,
                Label::Organization,
            )
        };
        let mut mentions = vec![
            tagged("AHDATH", 0),
            tagged("News", 0),
            tagged("AHDATH", 1),
            tagged("AFP", 0),
        ];
        with_latin_runs(text, &tokens, &mut mentions);
        let seen: Vec<&str> = mentions.iter().map(|m| m.span.slice(text)).collect();
        // A lower-case word ends the run (`via`); so does the dash of a byline.
        assert_eq!(
            seen,
            vec!["AHDATH.INFO", "BBC News Arabic", "AHDATH INFO", "AFP"]
        );
    }
}
