//! Arabic organization names by their construction: a head noun that names a kind of institution
//! (`وزارة`, `نادي`, `حزب`, `مجلس`, `هيئة`, `شركة` ...) followed by the words that make it one
//! institution: definite nouns and adjectives in a genitive chain and names found by the tagger
//! (`وزارة الصحة`, `نادي الأهلي`, `مجلس الأمن الدولي`, `حزب العدالة والتنمية`, `الاتحاد
//! الأوروبي`). The trained tagger rarely finds these (multi-word, often unseen in training); the
//! construction is regular. Not here: an institution named without its head noun (`الأهلي`),
//! which is the tagger's.

use super::{EntityMention, Evidence, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::{SegmentRole, Token, TokenKind};

/// Head nouns of institutions (SEARCH form, without the article).
pub(crate) fn is_institution_head(key: &str) -> bool {
    matches!(
        key,
        "وزاره"
            | "نادي"
            | "حزب"
            | "مجلس"
            | "هيئه"
            | "شركه"
            | "جمعيه"
            | "نقابه"
            | "اتحاد"
            | "منظمه"
            | "جامعه"
            | "محكمه"
            | "بنك"
            | "مصرف"
            | "صندوق"
            | "وكاله"
            | "مؤسسه"
            | "معهد"
            | "مرصد"
            | "لجنه"
            | "مديريه"
            | "سفاره"
            | "قنصليه"
            | "بلديه"
            | "رابطه"
            | "حركه"
            | "جبهه"
            | "تحالف"
            | "منتدي"
            | "ديوان"
            | "برلمان"
            | "حكومه"
            | "رئاسه"
            | "شرطه"
            | "اكاديميه"
            | "مفوضيه"
            | "كليه"
            | "صحيفه"
            | "قناه"
            | "اذاعه"
            | "مجموعه"
            | "امانه"
            | "قياده"
            | "تنظيم"
            | "عماده"
            | "فيدراليه"
            | "فدراليه"
    )
}

/// Heads that make an institution only with a name after them (`تنظيم داعش`, `مجموعة
/// السبع`), not with a plain noun (`تنظيم الحفل` is organizing the party).
fn needs_named_complement(key: &str) -> bool {
    matches!(key, "تنظيم" | "مجموعه" | "قياده" | "حركه")
}

/// Heads too generic to name one institution by an adjective alone: `المؤسسة العسكرية` is the
/// army, `التحالف الحكومي` the ruling parties, whereas `الاتحاد الدستوري` is a party's name.
fn is_generic_head(key: &str) -> bool {
    matches!(
        key,
        "مؤسسه" | "تحالف" | "قياده" | "مجموعه" | "حكومه" | "شرطه"
    )
}

/// A relational adjective (nisba: `الدستوري`, `الدبلوماسية`, `العمومية`, `الجهوي`): after a
/// definite head it names the institution (`الأكاديمية الدبلوماسية`), where a descriptive one
/// (`الحزب الحاكم`, `المجلس الجديد`) only describes it.
fn is_relational_adjective(key: &str) -> bool {
    key.starts_with("ال")
        && key.chars().count() >= 6
        && (key.ends_with('ي') || key.ends_with("يه"))
        && !is_stop_word(key)
}

/// Adjectives other than relational ones that are part of institutions' names (`الأمانة العامة`,
/// `المجلس الأعلى`, `الأمم المتحدة`, `الهيئة العليا المستقلة`, `نقابة أصحاب الصيدليات الخاصة`).
fn is_naming_adjective(key: &str) -> bool {
    is_relational_adjective(key)
        || matches!(
            key.strip_suffix('ه').unwrap_or(key),
            "العام"
                | "الاعلي"
                | "العليا"
                | "المتحد"
                | "المستقل"
                | "الموحد"
                | "المؤقت"
                | "الدائم"
                | "الاحمر"
                | "الخاص"
        )
}

/// Titles that introduce the person after an institution's name (`الجمعية السعودية للاقتصاد
/// الدكتور عبدالله`): they end the name. Royal titles do not, as institutions are named after
/// kings and princes (`جامعة الملك سعود`).
fn is_personal_title(key: &str) -> bool {
    super::arabic::is_title_head(key) && !matches!(key, "الملك" | "الامير" | "الشيخ" | "الفريق")
}

/// How many words may follow the head (`حزب الاتحاد الاشتراكي للقوات الشعبية`: five).
const MAX_COMPLEMENT_WORDS: usize = 6;

/// Definite words that never continue an institution's name: relatives, time words and the
/// adjectives that describe an institution rather than name it (`الأكاديمية الجديدة`, `السفارة
/// المعتزمة`, `النادي السابق`).
fn is_stop_word(key: &str) -> bool {
    let bare = key.strip_suffix('ه').unwrap_or(key);
    matches!(
        bare,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "الان"
            | "اليوم"
            | "الماضي"
            | "المقبل"
            | "الحالي"
            | "الجاري"
            | "السابق"
            | "الاخير"
            | "الاول"
            | "الثاني"
            | "الجديد"
            | "القادم"
            | "المعتزم"
            | "الفائز"
            | "المذكور"
            | "الكبير"
            | "الكبري"
            | "المختص"
            | "المعني"
            | "المعنيه"
            | "المسؤول"
            | "نفس"
            | "ذات"
            | "العديد"
            | "الكثير"
            | "الاخري"
    ) || super::arabic::is_function_word(key)
}

/// Regions whose adjectives name institutions like countries' do (`الاتحاد الأوروبي`).
const REGIONS: &[&str] = &["اوروبا", "افريقيا", "اسيا", "امريكا", "العرب", "الخليج"];

/// `الإسبانية`, `الأوروبي`, `التونسية`: the adjective of a country or region in the place
/// lexicon (`إسبانيا`, `أوروبا`, `تونس`).
fn is_demonym(key: &str, lexicons: &Lexicons) -> bool {
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let Some(base) = stem.strip_suffix("يه").or_else(|| stem.strip_suffix('ي')) else {
        return false;
    };
    let is_place =
        |name: &str| lexicons.places.get(name) == Some(Label::Location) || REGIONS.contains(&name);
    [
        base.to_string(),
        format!("{base}ا"),
        format!("{base}يا"),
        format!("ال{base}"),
    ]
    .iter()
    .any(|name| is_place(name))
}

/// How a word after the head continues the name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Continuation {
    /// A definite noun or adjective (`الصحة`, `الإسبانية`).
    Definite,
    /// A name the tagger found (`الأهلي`, `داعش`, `محمد الخامس`), taken whole.
    Name,
    /// A genitive with `لـ` (`للصحة`, `لأصحاب`), which lets the name run on.
    Genitive,
    /// A coordinated word (`والتنمية`, `والمعاصرة`).
    Coordinated,
    /// An indefinite noun in a construct (`مجلس نواب الشعب`), only before a definite word.
    Construct,
}

fn proclitics(token: &Token) -> usize {
    token
        .segments
        .iter()
        .filter(|s| s.role == SegmentRole::Proclitic)
        .count()
}

fn continuation(
    tokens: &[Token],
    j: usize,
    first: bool,
    definite_head: bool,
    name: Option<&EntityMention>,
) -> Option<Continuation> {
    let token = &tokens[j];
    if token.kind != TokenKind::Word {
        return None;
    }
    let key = token.name_key();
    let clitics = proclitics(token);
    if let Some(mention) = name {
        // A name right after the head, or a place or institution after `لـ`/`و` (`لمجلس
        // أوروبا`): never a person after the name is complete (`جامعة X بجدة كارولين هاشمي`).
        let attached_ok = clitics == 0 || token.key.starts_with('ل') || token.key.starts_with('و');
        // A person names an institution only after an indefinite head (`جامعة محمد الخامس`);
        // after a definite one it is in apposition (`رئيس الحكومة عبد الإله ابن كيران`).
        let kind_ok = match mention.label {
            Label::Location | Label::Organization => true,
            _ => first && !definite_head,
        };
        return (attached_ok && kind_ok && (clitics == 0 || !first)).then_some(Continuation::Name);
    }
    let definite = key.starts_with("ال") && key.chars().count() >= 4 && !is_stop_word(key);
    match clitics {
        0 if definite && !is_stop_word(&token.key) && !is_personal_title(key) => {
            Some(Continuation::Definite)
        }
        0 if first
            && !key.starts_with("ال")
            && key.chars().count() >= 3
            && !super::arabic::is_function_word(key)
            && !is_institution_head(key)
            && token
                .segments
                .iter()
                .all(|s| s.role != SegmentRole::Enclitic)
            && tokens.get(j + 1).is_some_and(|next| {
                next.is_word() && proclitics(next) == 0 && next.name_key().starts_with("ال")
            }) =>
        {
            Some(Continuation::Construct)
        }
        1 if !first && token.key.starts_with('ل') => Some(Continuation::Genitive),
        1 if !first
            && definite
            && token.key.starts_with('و')
            && !is_institution_head(strip_article(key)) =>
        {
            Some(Continuation::Coordinated)
        }
        _ => None,
    }
}

/// How often a word must be counted before its use with and without the article says whether it
/// is a proper noun.
const PROPER_NOUN_MIN_COUNT: u32 = 20;

/// A name the tagger did not find, right after an indefinite head that needs one (`تنظيم داعش`,
/// `حركة طالبان`, `مجموعة فاغنر`): a word that never takes the article in the word counts, or takes it
/// less than one time in ten (`طالبان`), or is not counted at all (a rare foreign name); a common
/// noun takes it (`تنظيم حفل`: `الحفل` is a third of its uses; `حركة مرور`).
fn is_proper_noun_word(text: &str, token: &Token, lexicons: &Lexicons) -> bool {
    if !token.is_word() || token.has_proclitic() || token.has_enclitic() {
        return false;
    }
    let key = super::arabic::given_name_key(text, token);
    if key.starts_with("ال")
        || key.chars().count() < 3
        || !key.chars().all(crate::normalize::is_arabic_letter)
        || super::arabic::is_function_word(&token.key)
        || is_institution_head(token.name_key())
        // A relational adjective (`مجموعة سنغالية`) or `one` (`حركة واحدة`) describes the head.
        || key.ends_with("ية")
        || key.ends_with("يه")
        || matches!(&*key, "واحد" | "واحدة" | "واحده")
    {
        return false;
    }
    let count = |k: &str| lexicons.arabic_words.get(k).copied().unwrap_or(0);
    // A verb never takes the article either: its other persons are counted (`تصل`, `يصل`).
    let mut letters = key.chars();
    if let Some(first @ ('ي' | 'ت' | 'ن')) = letters.next() {
        let stem = letters.as_str();
        let other_person = ['ي', 'ت', 'ن']
            .iter()
            .filter(|&&p| p != first)
            .any(|p| count(&format!("{p}{stem}")) >= PROPER_NOUN_MIN_COUNT);
        if other_person {
            return false;
        }
    }
    // ... and a feminine past (`مجموعة خضعت للبحث`: `خضع` is counted).
    if key
        .strip_suffix('ت')
        .is_some_and(|stem| count(stem) >= PROPER_NOUN_MIN_COUNT)
    {
        return false;
    }
    let bare = count(&key);
    let with_article = count(&format!("ال{key}"));
    (bare >= PROPER_NOUN_MIN_COUNT && with_article * 10 < bare) || bare + with_article == 0
}

/// Organization mentions by construction, appended to `out`. `names` are the tagger's mentions,
/// so that a name after the head (`نادي` + `الأهلي`) joins it.
pub(super) fn find_organizations(
    text: &str,
    tokens: &[Token],
    sentence_of_token: &[usize],
    names: &[EntityMention],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
    let mut name_at = vec![None; tokens.len()];
    for (n, mention) in names.iter().enumerate() {
        let end = mention.tokens.1.min(tokens.len());
        for slot in name_at.iter_mut().take(end).skip(mention.tokens.0) {
            slot.get_or_insert(n);
        }
    }
    let mut i = 0;
    while i < tokens.len() {
        let head = &tokens[i];
        let head_key = strip_article(head.name_key());
        // `حزبه` (his party) is a reference, not a name; a preposition before the head
        // (`بوزارة`) is left out of the span.
        if !head.is_word() || head.has_enclitic() || !is_institution_head(head_key) {
            i += 1;
            continue;
        }
        let definite_head = head.name_key().starts_with("ال");
        let mut end = i + 1;
        let mut parts = Vec::new();
        while end < tokens.len()
            && end - i <= MAX_COMPLEMENT_WORDS
            && sentence_of_token.get(end) == sentence_of_token.get(i)
        {
            let name = name_at[end]
                .map(|n| &names[n])
                .filter(|m| m.tokens.0 == end && m.label != Label::Misc);
            // A word the construction does not take may still be a name the tagger missed
            // (`تنظيم داعش`); a construct comes first (`جامعة محمد الخامس`).
            let Some(kind) = continuation(tokens, end, parts.is_empty(), definite_head, name)
                .or_else(|| {
                    (parts.is_empty()
                        && !definite_head
                        && name.is_none()
                        && needs_named_complement(head_key)
                        && is_proper_noun_word(text, &tokens[end], lexicons))
                    .then_some(Continuation::Name)
                })
            else {
                break;
            };
            // Once the name has its complement, a definite word continues it only as an adjective
            // (`وزارة الشؤون الخارجية`); any other is the sentence's object (`انتقد الاتحاد
            // الدستوري القرار`, `أصدرت وزارة الصحة البيان`). After a genitive or a construct
            // it is still the complement (`الاتحاد الأوروبي لكرة القدم`, `مجلس نواب الشعب`).
            if kind == Continuation::Definite
                && matches!(
                    parts.last(),
                    Some(Continuation::Definite | Continuation::Name | Continuation::Coordinated)
                )
                && !is_naming_adjective(tokens[end].name_key())
            {
                break;
            }
            // After a coordination (`حزب العدالة والتنمية`) the name is complete: a genitive
            // there is the sentence's (`لنتائج الانتخابات`), not the name's.
            if kind == Continuation::Genitive && parts.contains(&Continuation::Coordinated) {
                break;
            }
            parts.push(kind);
            end = match name {
                Some(m) => m.tokens.1.max(end + 1),
                None => end + 1,
            };
        }
        // A name cannot end on a construct or a genitive preposition alone.
        while matches!(parts.last(), Some(Continuation::Construct)) {
            parts.pop();
            end -= 1;
        }
        let named = parts.contains(&Continuation::Name);
        let first_is_demonym = parts.first() == Some(&Continuation::Definite)
            && is_demonym(tokens[i + 1].name_key(), lexicons);
        let first_is_relational = parts.first() == Some(&Continuation::Definite)
            && !is_generic_head(head_key)
            && is_relational_adjective(tokens[i + 1].name_key());
        let complete = !parts.is_empty()
            && (!needs_named_complement(head_key) || named)
            && (!definite_head
                || named
                || first_is_demonym
                || first_is_relational
                || parts.contains(&Continuation::Genitive));
        if complete {
            out.push(EntityMention {
                span: NormSpan::new(head.name_span().start, tokens[end - 1].span.end),
                label: Label::Organization,
                confidence: 0.7,
                tokens: (i, end),
                evidence: Evidence::Rule,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

/// How many letters a news agency's name spelled out letter by letter has (`أ ف ب`, `و م ع`,
/// `ق ن ا`): three or four; two letters are too often a list's labels.
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 3..=4;

/// News agencies named by their acronym spelled out in Arabic letters, one letter a word (`أ ف
/// ب` is AFP, `و م ع` the Moroccan MAP), usually alone on the dateline or in parentheses.
pub(super) fn find_spelled_acronyms(text: &str, tokens: &[Token], out: &mut Vec<EntityMention>) {
    let mut i = 0;
    while i < tokens.len() {
        let run = tokens[i..]
            .iter()
            .take_while(|t| is_spelled_letter(text, t))
            .count();
        if ACRONYM_LETTERS.contains(&run) {
            out.push(EntityMention {
                span: NormSpan::new(tokens[i].span.start, tokens[i + run - 1].span.end),
                label: Label::Organization,
                confidence: 0.7,
                tokens: (i, i + run),
                evidence: Evidence::Rule,
            });
        }
        i += run.max(1);
    }
}

/// A token that is one Arabic letter (`ف` of `أ ف ب`): a letter of a spelled name, never a
/// conjunction or preposition standing alone.
pub(super) fn is_spelled_letter(text: &str, token: &Token) -> bool {
    let mut chars = token.span.slice(text).chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if crate::normalize::is_arabic_letter(c))
}

pub(super) fn strip_article(key: &str) -> &str {
    key.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{arabic_with_names, Tagged};

    /// The organization mentions of `text`, given the tagger's mentions as (first word, last
    /// word, label).
    fn organizations(text: &str, tagged: Tagged) -> Vec<String> {
        let (analysis, names) = arabic_with_names(text, tagged);
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        let mut out = Vec::new();
        find_organizations(
            text,
            &analysis.tokens,
            &analysis.sentence_of_token,
            &names,
            &lexicons,
            &mut out,
        );
        out.iter().map(|m| m.span.slice(text).to_string()).collect()
    }

    #[test]
    fn a_head_noun_and_its_definite_complement_name_an_institution() {
        let cases: &[(&str, Tagged, &[&str])] = &[
            ("أعلنت وزارة الصحة عن حملة جديدة", &[], &["وزارة الصحة"]),
            // An adjective continues the name; the verb's object does not.
            (
                "وقالت وزارة الشؤون الخارجية إن",
                &[],
                &["وزارة الشؤون الخارجية"],
            ),
            ("أصدرت وزارة الصحة البيان", &[], &["وزارة الصحة"]),
            (
                "وطالبت نقابة أصحاب المدارس الخاصة الحكومة",
                &[],
                &["نقابة أصحاب المدارس الخاصة"],
            ),
            (
                "وأكدت الأمانة العامة لمجلس التعاون الخليجي",
                &[],
                &["الأمانة العامة لمجلس التعاون الخليجي"],
            ),
            (
                "وقال مجلس نواب الشعب إن الجلسة أجلت",
                &[],
                &["مجلس نواب الشعب"],
            ),
            (
                "فاز حزب العدالة والتنمية في الانتخابات",
                &[],
                &["حزب العدالة والتنمية"],
            ),
            // A genitive after the coordination is the sentence's.
            (
                "تصدر حزب العدالة والتنمية لنتائج الانتخابات",
                &[],
                &["حزب العدالة والتنمية"],
            ),
            (
                "وطالبت الهيئة الوطنية للمحامين بالتحقيق",
                &[],
                &["الهيئة الوطنية للمحامين"],
            ),
            // An observatory, as rights and press-freedom groups call themselves.
            (
                "وأكد المرصد السوري لحقوق الإنسان مقتل 90 مدنيا",
                &[],
                &["المرصد السوري لحقوق الإنسان"],
            ),
            // A personal title ends the name; a royal one may be part of it.
            (
                "وقال رئيس الجمعية السعودية للاقتصاد الدكتور عبدالله",
                &[],
                &["الجمعية السعودية للاقتصاد"],
            ),
            (
                "تخرج من جامعة الملك سعود",
                &[("الملك", "سعود", Label::Person)],
                &["جامعة الملك سعود"],
            ),
            // A definite head names an institution with a relational adjective...
            ("وانتقد الاتحاد الدستوري القرار", &[], &["الاتحاد الدستوري"]),
            (
                "وأعلنت الأكاديمية الدبلوماسية عن دورة",
                &[],
                &["الأكاديمية الدبلوماسية"],
            ),
            // ... or a demonym, or a name.
            ("وقالت السفارة التركية إن", &[], &["السفارة التركية"]),
            (
                "وأصدر تنظيم داعش بيانا",
                &[("داعش", "داعش", Label::Organization)],
                &["تنظيم داعش"],
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_name_the_tagger_missed_completes_a_head_that_needs_one() {
        check(&[
            // A word that (almost) never takes the article in the word counts is a name.
            ("وأعلن تنظيم داعش مسؤوليته عن الهجوم", &[], &["تنظيم داعش"]),
            ("وأكدت حركة طالبان أنها لن تشارك", &[], &["حركة طالبان"]),
        ]);
    }

    #[test]
    fn an_agency_spelled_letter_by_letter_is_an_organization() {
        let spelled = |text: &str| {
            let (analysis, _) = arabic_with_names(text, &[]);
            let mut out = Vec::new();
            find_spelled_acronyms(text, &analysis.tokens, &mut out);
            out.iter()
                .map(|m| m.span.slice(text).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(spelled("الرباط (أ ف ب) أعلن الوزير"), vec!["أ ف ب"]);
        assert_eq!(spelled("انتهى الخبر\n\nو م ع"), vec!["و م ع"]);
        // Two letters are a list's labels; a word is no letter.
        assert!(spelled("البند أ ب من القانون").is_empty());
        assert!(spelled("قال إن في ذلك خيرا").is_empty());
    }

    fn check(cases: &[(&str, Tagged, &[&str])]) {
        for (text, tagged, expected) in cases {
            assert_eq!(&organizations(text, tagged), expected, "in {text}");
        }
    }

    #[test]
    fn a_head_that_only_describes_names_nothing() {
        check(&[
            // A descriptive adjective, a generic head, a time word, a pronoun.
            ("وقال الحزب الحاكم إن", &[], &[]),
            ("تدخلت المؤسسة العسكرية في", &[], &[]),
            ("وقال المجلس الجديد إن", &[], &[]),
            ("وقال حزبه إن", &[], &[]),
            // A head that needs a name (`تنظيم الحفل` is organizing the party); a common noun,
            // a verb or an adjective after it is not one.
            ("أشرف على تنظيم الحفل", &[], &[]),
            ("أشرف على تنظيم حفل الافتتاح", &[], &[]),
            ("وشهدت المدينة حركة مرور كثيفة", &[], &[]),
            ("وقالت إن مجموعة خضعت للبحث", &[], &[]),
            ("وتمكنت مجموعة تصل إلى عشرين شخصا", &[], &[]),
            ("وتأسست حركة واحدة في المدينة", &[], &[]),
            // A person after a definite head is in apposition, not part of the name.
            (
                "قال رئيس الحكومة عبد الإله ابن كيران",
                &[("عبد", "كيران", Label::Person)],
                &[],
            ),
        ]);
    }
}
