//! Arabic cue lexicon (SEARCH form, matched after stripping a conjunction و/ف): speech verbs in
//! past and present, masculine and feminine (`قال`, `قالت`, `يقول`), circumstantial participles
//! that chain a second quote onto the current speaker (`مضيفا`, `مؤكدا`), source phrases (`بحسب`,
//! `وفقا لـ`, `نقلا عن`), complementizers (`إن`, `أن`, `إنه`) and unnamed-source nouns (`مصادر`).

/// Speech verbs: past (m/f) and present forms, and the masculine plural of every past form
/// (`أوضحوا`, `شددوا`, `كشفوا`).
pub(super) fn is_speech_verb(key: &str) -> bool {
    is_listed_speech_verb(key)
        || key
            .strip_suffix("وا")
            .is_some_and(|past| past.chars().count() >= 3 && is_listed_speech_verb(past))
}

fn is_listed_speech_verb(key: &str) -> bool {
    matches!(
        key,
        "قال"
            | "قالت"
            | "يقول"
            | "تقول"
            | "اضاف"
            | "اضافت"
            | "يضيف"
            | "تضيف"
            | "اكد"
            | "اكدت"
            | "يؤكد"
            | "تؤكد"
            | "اوضح"
            | "اوضحت"
            | "يوضح"
            | "شدد"
            | "شددت"
            | "يشدد"
            | "بين"
            | "بينت"
            | "نوه"
            | "نوهت"
            | "اشار"
            | "اشارت"
            | "يشير"
            | "اعلن"
            | "اعلنت"
            | "صرح"
            | "صرحت"
            | "ذكر"
            | "ذكرت"
            | "لفت"
            | "لفتت"
            | "تابع"
            | "تابعت"
            | "اعتبر"
            | "اعتبرت"
            | "راي"
            | "رات"
            | "دعا"
            | "دعت"
            | "دعوا"
            | "طالب"
            | "طالبت"
            | "حذر"
            | "حذرت"
            | "كشف"
            | "كشفت"
            | "افاد"
            | "افادت"
            | "اعرب"
            | "اعربت"
            | "نفي"
            | "نفت"
            | "اعترف"
            | "اعترفت"
            | "ختم"
            | "ختمت"
            | "استطرد"
            | "قالوا"
            | "اكدوا"
            | "اضافوا"
            | "يقولون"
            | "زعم"
            | "زعمت"
            | "وصف"
            | "وصفت"
            | "كتب"
            | "كتبت"
            | "غرد"
            | "غردت"
            | "ردد"
            | "هتف"
            | "هتفوا"
            // `نقلت الوكالة عن المتحدث قوله إن`: the saying, whose owner stands before it.
            | "قوله"
            | "قولها"
            | "قولهم"
    )
}

/// Participles that chain a quote onto the current speaker (`مضيفاً`, `مؤكداً` ...).
pub(super) fn is_chaining_participle(key: &str) -> bool {
    matches!(
        key,
        "مضيفا"
            | "مؤكدا"
            | "مشيرا"
            | "داعيا"
            | "لافتا"
            | "موضحا"
            | "معتبرا"
            | "منوها"
            | "مشددا"
            | "محذرا"
            | "قائلا"
            | "متابعا"
            | "مطالبا"
            | "مبينا"
            | "معربا"
            | "مضيفه"
            | "مؤكده"
            | "مشيره"
            | "قائله"
    )
}

/// Source phrases that introduce a reported source: `بحسب`, `حسب`, `وفقا لـ`, `نقلا عن`.
pub(super) fn is_source_phrase(key: &str) -> bool {
    matches!(key, "بحسب" | "حسب" | "وفقا" | "نقلا" | "طبقا")
}

/// Complementizers after a speech verb: `إن`, `أن`, with pronoun enclitics.
pub(super) fn is_complementizer(key: &str) -> bool {
    matches!(
        key,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "اننا"
            | "انني"
            | "انهما"
            | "بان"
            | "بانه"
            | "بانها"
    )
}

/// Nouns of unnamed sources (`مصادر في ديوان محافظة البصرة`).
pub(super) fn is_source_noun(key: &str) -> bool {
    matches!(
        key,
        "مصادر"
            | "المصادر"
            | "مصدر"
            | "المصدر"
            | "مسؤول"
            | "مسؤولون"
            | "متحدث"
            | "المتحدث"
            | "ناشطون"
            | "شهود"
            | "مراقبون"
            | "بيان"
            | "مسؤولين"
            | "الناطق"
            | "ناطق"
            | "وزاره"
            | "مكتب"
    )
}

/// Words that mark a source phrase as the same source met before (`المصادر ذاتها`).
pub(super) fn is_sameness_marker(key: &str) -> bool {
    matches!(
        key,
        "ذاتها" | "ذاته" | "نفسها" | "نفسه" | "ذاتهم" | "انفسهم"
    )
}

/// Strips a leading conjunction (و / ف) and preposition-less `ل`/`ب` from a cue candidate key.
pub(super) fn strip_conjunction(key: &str) -> &str {
    for prefix in ["و", "ف"] {
        if let Some(rest) = key.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    key
}

/// Prepositions before a quoted name (`لـ "العربي الجديد"`): the marks hold a name, not a quote.
pub(super) fn is_preposition(key: &str) -> bool {
    matches!(key, "ل" | "عن" | "من" | "في" | "الي" | "علي" | "مع" | "ب")
}

/// Adverbs, particles and demonstratives that follow a speech verb but never name its speaker
/// (`قال أمس`, `قال أيضا`, `قال بدوره`).
pub(super) fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "امس"
            | "اليوم"
            | "ايضا"
            | "كذلك"
            | "بدوره"
            | "بدورها"
            | "لاحقا"
            | "سابقا"
            | "خلال"
            | "قبل"
            | "بعد"
            | "منذ"
            | "حول"
            | "امام"
            | "عند"
            | "لدي"
            | "اثناء"
            | "عبر"
            | "ضمن"
            | "حيث"
            | "كما"
            | "ذلك"
            | "هذا"
            | "هذه"
            | "الذي"
            | "التي"
            | "الذين"
            | "قد"
            | "لقد"
            | "انه"
            | "انها"
            | "هو"
            | "هي"
            | "هم"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "ان"
            | "صباح"
            | "مساء"
            | "يوم"
            | "اول"
            | "فيه"
            | "فيها"
            | "فيهم"
            | "عليه"
            | "عليها"
            | "منه"
            | "منها"
            | "له"
            | "لها"
            | "لهم"
            | "عنه"
            | "عنها"
            | "اليه"
            | "اليها"
            | "به"
            | "بها"
            | "معه"
            | "معها"
    )
}

/// `علي` (the name Ali) rather than `على` (on): the two share a SEARCH key, but the preposition
/// is written with alef maqsura, which the normalized text keeps.
pub(super) fn is_name_ali(surface: &str) -> bool {
    surface == "علي"
}

/// Verbs of appeal, whose report is a noun after `إلى` or `ب` (`دعا إلى إقالة ...`).
pub(super) fn is_appeal_verb(key: &str) -> bool {
    matches!(
        key,
        "دعا"
            | "دعت"
            | "دعوا"
            | "يدعو"
            | "تدعو"
            | "طالب"
            | "طالبت"
            | "طالبوا"
            | "يطالب"
            | "تطالب"
    )
}

/// Verbs of announcement, whose report may be a noun phrase (`أعلن ... تصدر الحزب`).
pub(super) fn is_announcement_verb(key: &str) -> bool {
    matches!(
        key,
        "اعلن" | "اعلنت" | "اعلنوا" | "كشف" | "كشفت" | "نفي" | "نفت" | "اكد" | "اكدت"
    )
}

/// Words of time between an announcement's speaker and its report (`فجر السبت`, `مساء أمس`).
pub(super) fn is_time_word(key: &str) -> bool {
    matches!(
        key,
        "فجر"
            | "صباح"
            | "ظهر"
            | "مساء"
            | "ليل"
            | "ليله"
            | "امس"
            | "اليوم"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "الاحد"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_in_their_forms() {
        for verb in [
            "قال",
            "قالت",
            "قالوا",
            "اوضحوا",
            "شددوا",
            "كشفوا",
            "يقول",
            "دعوا",
        ] {
            assert!(is_speech_verb(verb), "{verb}");
        }
        for word in ["قلوا", "كتاب", "بيان", "وا"] {
            assert!(!is_speech_verb(word), "{word}");
        }
        assert_eq!(strip_conjunction("وقالت"), "قالت");
        assert_eq!(strip_conjunction("فاضاف"), "اضاف");
        // Too short to hold a conjunction and a verb: left alone.
        assert_eq!(strip_conjunction("وفي"), "وفي");
    }

    #[test]
    fn ali_is_not_the_preposition() {
        assert!(is_name_ali("علي"));
        assert!(!is_name_ali("على"));
    }
}
