//! Arabic quote rules. The cue lexicon (SEARCH form, matched after stripping a conjunction و/ف):
//! speech verbs in past and present, masculine and feminine (`قال`, `قالت`, `يقول`),
//! circumstantial participles that chain a second quote onto the current speaker (`مضيفا`,
//! `مؤكدا`), source phrases (`بحسب`, `وفقا لـ`, `نقلا عن`), complementizers (`إن`, `أن`, `إنه`)
//! and unnamed-source nouns (`مصادر`). The constructions Arabic has and English lacks: reports
//! after a source phrase with `فقد` or a comma, nominal reports after appeal and announcement
//! verbs, and plural unnamed subjects before their verb (subject-verb order).

use super::document::Doc;
use super::language::QuoteLanguage;
use super::speaker::explicit::{self, Finder};
use super::speaker::phrase::source_speaker;
use super::types::Speaker;
use crate::tokens::Token;

/// The Arabic rules.
pub(super) struct Arabic;

/// How many tokens back an Arabic verb's unnamed plural subject may stand (`أطلق ناشطون في
/// البصرة ... وسماً دعوا فيه ...`).
const SUBJECT_LOOKBACK: usize = 12;
/// How far after a source phrase its comma or `فقد` may be (`وبحسب وزير الداخلية فقد ...`).
const SOURCE_PHRASE_WINDOW: usize = 9;

impl QuoteLanguage for Arabic {
    fn cue_key<'k>(&self, token: &'k Token) -> &'k str {
        strip_conjunction(&token.key)
    }
    fn is_speech_verb(&self, token: &Token) -> bool {
        token.is_word() && (is_speech_verb(self.cue_key(token)) || is_speech_verb(&token.key))
    }
    fn is_chaining(&self, token: &Token) -> bool {
        is_chaining_participle(self.cue_key(token))
    }
    fn is_source_phrase(&self, token: &Token) -> bool {
        is_source_phrase(self.cue_key(token))
    }
    fn is_complementizer(&self, token: &Token) -> bool {
        is_complementizer(self.cue_key(token))
    }
    fn is_source_noun(&self, token: &Token) -> bool {
        is_source_noun(self.cue_key(token)) || is_source_noun(token.name_key())
    }
    fn is_sameness_marker(&self, token: &Token) -> bool {
        is_sameness_marker(&token.key)
    }
    fn is_preposition(&self, token: &Token) -> bool {
        is_preposition(&token.key)
    }
    fn is_function_word(&self, token: &Token) -> bool {
        is_function_word(&token.key)
    }
    fn links_source(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "ل" | "عن")
    }
    fn stops_source_phrase(&self, token: &Token) -> bool {
        token.key.starts_with('ل')
    }
    fn may_precede_direct_quote(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "ل" | "الي" | "علي" | "ب")
    }

    fn may_be_name_word(&self, doc: &Doc, i: usize) -> bool {
        let t = &doc.tokens[i];
        !is_preposition(&t.key) || is_name_ali(t.span.slice(doc.text))
    }
    fn looks_like_name_word(&self, doc: &Doc, i: usize) -> bool {
        doc.tokens[i].name_key().starts_with("ال")
    }
    fn continues_title(&self, doc: &Doc, i: usize, first: bool) -> bool {
        let word = &doc.tokens[i];
        !first
            && word.name_key().starts_with("ال")
            && !is_preposition(&word.key)
            && !is_function_word(&word.key)
    }
    fn ends_speaker_phrase(&self, token: &Token) -> bool {
        token.key == "فقد" || is_time_word(token.name_key())
    }

    fn report_start_without_complementizer(&self, doc: &Doc, cue: usize) -> Option<usize> {
        source_clause_start(doc, cue).or_else(|| nominal_report_start(doc, cue))
    }

    fn speaker_finders(&self) -> &'static [Finder] {
        &[
            explicit::after_cue,
            plural_source_before,
            explicit::subject_before_cue,
        ]
    }
}

/// Where the clause starts after a source phrase with no complementizer: after the source and a
/// comma or `فقد` (`وبحسب وزير الداخلية فقد ناهزت نسبة المشاركة ...`).
fn source_clause_start(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.lang.is_source_phrase(&doc.tokens[i]) {
        return None;
    }
    let sentence_end = doc.sentence_end(i);
    let boundary = (i + 2..(i + SOURCE_PHRASE_WINDOW).min(sentence_end + 1))
        .take_while(|&j| !super::document::is_quote_mark(&doc.tokens[j]))
        .find(|&j| matches!(doc.tokens[j].key.as_str(), "،" | "," | "فقد"))?;
    Some(boundary + 1)
}

/// Where the report starts after a verb whose complement is a noun phrase, not a clause: an
/// appeal (`دعوا فيه إلى إقالة المحافظ`, `طالب بإقالة ...`) or an announcement with its speaker
/// and time (`أعلن وزير الداخلية محمد حصاد فجر السبت تصدر الحزب ...`).
fn nominal_report_start(doc: &Doc, i: usize) -> Option<usize> {
    let key = doc.lang.cue_key(&doc.tokens[i]);
    let in_sentence = |j: usize| j < doc.tokens.len() && doc.same_sentence(i, j);
    if is_appeal_verb(key) {
        let mut j = i + 1;
        if in_sentence(j) && matches!(doc.tokens[j].key.as_str(), "فيه" | "فيها") {
            j += 1;
        }
        if !in_sentence(j) {
            return None;
        }
        return if doc.tokens[j].key == "الي" {
            in_sentence(j + 1).then_some(j + 1)
        } else if doc.tokens[j].has_proclitic() && doc.tokens[j].key.starts_with('ب') {
            Some(j)
        } else {
            None
        };
    }
    if !is_announcement_verb(key) {
        return None;
    }
    let cue_end = doc.tokens[i].span.end;
    let speaker_end = doc
        .explicit_speaker(i)
        .and_then(|s| s.mention)
        .filter(|m| m.start >= cue_end)?
        .end;
    let mut j = doc.token_at_or_after(speaker_end);
    while in_sentence(j)
        && ((doc.in_mention[j] && !doc.in_speaker_mention[j])
            || is_time_word(doc.tokens[j].name_key()))
    {
        j += 1;
    }
    let t = doc.tokens.get(j)?;
    let report = in_sentence(j)
        && t.is_word()
        && !doc.in_mention[j]
        && !is_preposition(&t.key)
        && !is_function_word(&t.key)
        && !doc.lang.is_complementizer(t);
    report.then_some(j)
}

/// Subject-verb order with a plural unnamed source (`أطلق ناشطون في البصرة ... وسماً دعوا
/// فيه إلى ...`): the nearest source noun earlier in the sentence, no cue between.
fn plural_source_before(doc: &Doc, cue: usize) -> Option<Speaker> {
    let start = (cue.saturating_sub(SUBJECT_LOOKBACK)..cue)
        .rev()
        .take_while(|&j| doc.same_sentence(j, cue) && !doc.lang.is_cue(&doc.tokens[j]))
        .find(|&j| doc.is_source_noun(j))?;
    Some(source_speaker(doc, start))
}

/// Speech verbs: past (m/f) and present forms, and the masculine plural of every past form
/// (`أوضحوا`, `شددوا`, `كشفوا`).
fn is_speech_verb(key: &str) -> bool {
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
fn is_chaining_participle(key: &str) -> bool {
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
fn is_source_phrase(key: &str) -> bool {
    matches!(key, "بحسب" | "حسب" | "وفقا" | "نقلا" | "طبقا")
}

/// Complementizers after a speech verb: `إن`, `أن`, with pronoun enclitics.
fn is_complementizer(key: &str) -> bool {
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
fn is_source_noun(key: &str) -> bool {
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
fn is_sameness_marker(key: &str) -> bool {
    matches!(
        key,
        "ذاتها" | "ذاته" | "نفسها" | "نفسه" | "ذاتهم" | "انفسهم"
    )
}

/// Strips a leading conjunction (و / ف) and preposition-less `ل`/`ب` from a cue candidate key.
fn strip_conjunction(key: &str) -> &str {
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
fn is_preposition(key: &str) -> bool {
    matches!(key, "ل" | "عن" | "من" | "في" | "الي" | "علي" | "مع" | "ب")
}

/// Adverbs, particles and demonstratives that follow a speech verb but never name its speaker
/// (`قال أمس`, `قال أيضا`, `قال بدوره`).
fn is_function_word(key: &str) -> bool {
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
fn is_name_ali(surface: &str) -> bool {
    surface == "علي"
}

/// Verbs of appeal, whose report is a noun after `إلى` or `ب` (`دعا إلى إقالة ...`).
fn is_appeal_verb(key: &str) -> bool {
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
fn is_announcement_verb(key: &str) -> bool {
    matches!(
        key,
        "اعلن" | "اعلنت" | "اعلنوا" | "كشف" | "كشفت" | "نفي" | "نفت" | "اكد" | "اكدت"
    )
}

/// Words of time between an announcement's speaker and its report (`فجر السبت`, `مساء أمس`).
fn is_time_word(key: &str) -> bool {
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
