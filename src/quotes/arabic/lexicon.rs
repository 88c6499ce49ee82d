//! The Arabic cue lexicon as a table of verbs, not a list of words: each speech verb is given
//! by its past stem (`قال`), present stem (`قول` in `يقول`) and active participle (`قائل` in
//! `قائلا`), and its inflected forms are generated with what each form says about its subject
//! (`قالت`: one woman or a feminine noun; `قالوا`: several men; `مضيفة`: a woman). Keys are in
//! the SEARCH form (no diacritics, `أ` -> `ا`, `ة` -> `ه`, `ى` -> `ي`) and are looked up after the
//! conjunction `و`/`ف` is stripped.
//!
//! Forms that are also ordinary nouns or adjectives (`بين` "between", `مؤكدة` "confirmed",
//! `مطالبه` "demands") are marked `needs_support`: they are cues only where a complementizer, a
//! colon, a quote mark or their report's preposition follows closely.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::quotes::language::{Agreement, CueKind, CueWord, Gender, Number};

/// One speech verb.
struct Verb {
    /// Past, third person masculine singular (`قال`); empty when only other forms are cues.
    past: &'static str,
    /// Present stem after the person prefix (`قول` for `يقول`); empty: no present cue.
    present: &'static str,
    /// Active participle stem (`قائل` for `قائلا`); empty: none.
    participle: &'static str,
    /// Prepositions that introduce a nominal report (`دعا إلى إقالة ...`, `طالب بإقالة ...`);
    /// `""` is a direct object (`نفى التهم`). Empty: reports are clauses only.
    nominal: &'static [&'static str],
    /// The past forms are also common nouns (`بين`, `ذكر`, `رفض`): they need support.
    past_ambiguous: bool,
    /// The present forms are also common words (`يبلغ` "amounts to", `يظهر` "appears").
    present_ambiguous: bool,
    /// Its object is the one called on (`دعا الفرنسيين إلى`).
    calls_on: bool,
}

const fn verb(
    past: &'static str,
    present: &'static str,
    participle: &'static str,
    nominal: &'static [&'static str],
) -> Verb {
    Verb {
        past,
        present,
        participle,
        nominal,
        past_ambiguous: false,
        present_ambiguous: false,
        calls_on: false,
    }
}

/// A verb of calling on someone to act: `دعا الفرنسيين إلى التصويت`. (`طالب`, `ناشد`, `حث`
/// take such objects too, but no sentence of mine showed a speaker found wrongly after them.)
const fn calling(v: Verb) -> Verb {
    Verb {
        calls_on: true,
        ..v
    }
}

const fn ambiguous_past(v: Verb) -> Verb {
    Verb {
        past_ambiguous: true,
        ..v
    }
}

const fn ambiguous_present(v: Verb) -> Verb {
    Verb {
        present_ambiguous: true,
        ..v
    }
}

const OBJECT: &[&str] = &[""];

/// The speech verbs of news copy.
const VERBS: &[Verb] = &[
    verb("قال", "قول", "قائل", &[]),
    verb("اضاف", "ضيف", "مضيف", &[]),
    verb("اكد", "ؤكد", "مؤكد", &["", "علي"]),
    verb("اوضح", "وضح", "موضح", &[]),
    verb("شدد", "شدد", "مشدد", &["علي"]),
    ambiguous_past(verb("بين", "بين", "مبين", &[])),
    verb("نوه", "نوه", "منوه", &["ب", "الي"]),
    verb("اشار", "شير", "مشير", &["الي"]),
    verb("اعلن", "علن", "معلن", &["", "عن"]),
    verb("صرح", "صرح", "مصرح", &[]),
    ambiguous_past(verb("ذكر", "ذكر", "مذكر", &["ب"])),
    verb("لفت", "لفت", "لافت", &["الي"]),
    // `يتابع` / `تتابع` is mostly "follows up, monitors" (`الملحقية تشرف وتتابع دراسة ...`).
    ambiguous_present(verb("تابع", "تابع", "متابع", &[])),
    verb("اعتبر", "عتبر", "معتبر", &[]),
    verb("راي", "ري", "", &[]),
    calling(verb("دعا", "دعو", "داعي", &["الي"])),
    verb("طالب", "طالب", "مطالب", &["ب"]),
    verb("حذر", "حذر", "محذر", &["من"]),
    verb("كشف", "كشف", "كاشف", &["عن"]),
    ambiguous_present(verb("افاد", "فيد", "مفيد", &["ب"])),
    verb("اعرب", "عرب", "معرب", &["عن"]),
    verb("نفي", "نفي", "نافي", OBJECT),
    verb("اعترف", "عترف", "معترف", &["ب"]),
    verb("ختم", "ختم", "", &[]),
    verb("استطرد", "ستطرد", "مستطرد", &[]),
    verb("زعم", "زعم", "زاعم", &[]),
    ambiguous_past(verb("وصف", "صف", "واصف", &[])),
    ambiguous_past(verb("كتب", "كتب", "", &[])),
    // `ونشر بيان للتنظيم أن ...`, `نشرت الصحيفة أن ...`: "published that" reports; the noun
    // `نشر` ("publication") does not take `أن`, so each form needs one.
    ambiguous_past(ambiguous_present(verb("نشر", "نشر", "", &[]))),
    verb("غرد", "غرد", "مغرد", &[]),
    verb("ردد", "ردد", "مردد", &[]),
    verb("هتف", "هتف", "", &[]),
    verb("ابرز", "برز", "مبرز", OBJECT),
    verb("اشاد", "شيد", "مشيد", &["ب"]),
    verb("رجح", "رجح", "مرجح", &[]),
    verb("توقع", "توقع", "متوقع", &[]),
    ambiguous_present(verb("اظهر", "ظهر", "", &[])),
    verb("ناشد", "ناشد", "مناشد", OBJECT),
    verb("ادان", "دين", "", OBJECT),
    ambiguous_present(verb("ارجع", "رجع", "", OBJECT)),
    verb("استغرب", "ستغرب", "مستغرب", &[]),
    verb("عزا", "عزو", "", OBJECT),
    verb("تساءل", "تساءل", "متسائل", &[]),
    verb("تحدث", "تحدث", "متحدث", &["عن"]),
    verb("جزم", "جزم", "جازم", &[]),
    ambiguous_past(verb("سجل", "", "مسجل", &[])),
    verb("اوصي", "وصي", "موصي", OBJECT),
    verb("اقترح", "قترح", "مقترح", OBJECT),
    verb("اقر", "قر", "", &["ب"]),
    verb("ابدي", "بدي", "مبدي", OBJECT),
    verb("شرح", "شرح", "شارح", &[]),
    verb("اردف", "ردف", "مردف", &[]),
    // `علق على القرار` names what was commented on, not what was said.
    verb("علق", "علق", "معلق", &[]),
    verb("روي", "روي", "راوي", &[]),
    verb("نبه", "نبه", "منبه", &["الي"]),
    verb("اتهم", "تهم", "", OBJECT),
    verb("انتقد", "نتقد", "منتقد", OBJECT),
    ambiguous_past(verb("رفض", "رفض", "رافض", OBJECT)),
    verb("اجاب", "جيب", "مجيب", &[]),
    verb("افصح", "فصح", "مفصح", &["عن"]),
    verb("حث", "حث", "", &["علي"]),
    verb("رحب", "رحب", "مرحب", &["ب"]),
    verb("استنكر", "ستنكر", "مستنكر", OBJECT),
    verb("عاب", "عيب", "", OBJECT),
    verb("اعترض", "عترض", "معترض", &["علي"]),
    verb("استبعد", "ستبعد", "مستبعد", &[]),
    verb("اكتفي", "", "", &[]),
    // Verbs of informing someone (`أخبرهم بأن`, `كي تخبر عائلتها بأنها`): the object is whom
    // it informs. (`أبلغ` is left out: after it the subject and the one informed are too often
    // confused, `وكان أحد المواطنين قد أبلغ قوات الأمن أنه ...`; its present `يبلغ` is mostly
    // "amounts to", `يبلغ من العمر`.)
    calling(verb("اخبر", "خبر", "", &[])),
    ambiguous_past(verb("وجد", "", "", &[])),
    // `وزاد: "..."` (he went on), `رد ابن كيران بأن ...` (he replied).
    ambiguous_past(ambiguous_present(verb("زاد", "زيد", "", &[]))),
    ambiguous_past(ambiguous_present(verb("رد", "رد", "", &[]))),
    verb("ابان", "بين", "", &[]),
    // `ولاحظ الوزير أن`, `ملاحظا أن` (noted that); the present `يلاحظ أن` is the writer's "one
    // notices", like `يذكر أن`.
    verb("لاحظ", "", "ملاحظ", &[]),
    // `وأورد الموقع أن` (stated, cited); the present `تورد` is also "imports".
    verb("اورد", "", "", &[]),
    // `وعبر الحزب عن رفضه` (expressed); also "via" and "crossed" (`عبر الهاتف`, `عبر الحدود`):
    // a cue only with its `عن` (`reports_nothing_here`). The participle `معبر` is a border
    // crossing.
    // The present `تعبر عن` is mostly a thing that "reflects" (`لافتات تعبر عن معارضتهم`).
    ambiguous_past(verb("عبر", "", "", &["عن"])),
    calling(verb("اعلم", "", "", &[])),
    ambiguous_past(ambiguous_present(verb("قدر", "قدر", "مقدر", OBJECT))),
    // `خلص إلى أن` (concluded that); also "was finished" and, in Tunisian copy, "paid".
    ambiguous_past(ambiguous_present(verb("خلص", "خلص", "", &[]))),
    // `وأكمل: "..."` (he went on); also "completed" (`أكمل دراسته`).
    ambiguous_past(ambiguous_present(verb("اكمل", "كمل", "", &[]))),
    // `واختتم بأن ...` (he concluded); also "closed" an event (`اختتم المهرجان`).
    ambiguous_past(ambiguous_present(verb("اختتم", "ختتم", "", &[]))),
    // `ونقلت وسائل إعلام مصرية أن ...` (relayed); also the noun "transport" (`وزارة النقل`,
    // `نقل المصابين`) and "moved" (`نقل إلى المستشفى`).
    ambiguous_past(ambiguous_present(verb("نقل", "نقل", "", &[]))),
];

/// Words that look like a generated form but are not cues here: `تبين أن` "it turned out
/// that", `يذكر أن` "it is worth noting that" (the writer's own aside), `يعتبر` "is
/// considered", `تعد`, `تحدث` "took place" after a noun is kept: it needs its subject.
const NOT_CUES: &[&str] = &["تبين", "يذكر", "يعتبر", "تعتبر", "يتوقع"];

/// Source phrases: `بحسب X`, `حسب X`, `وفقا لـ X`, `وفق X`, `نقلا عن X`, `طبقا لـ X`,
/// `بالنسبة لـ X فإن`, `على حد تعبيره` (only there: `reports_nothing_here`).
const SOURCE_PHRASES: &[&str] = &["بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا", "بالنسبه", "حد"];

/// "By saying": `ختم الوزير كلمته بالقول إن`, `اكتفى بالقول: "..."`; like a chaining
/// participle, its speaker is the subject of the verb it completes. (`بالتأكيد على أن` is
/// left out: `بالتأكيد` is as often "certainly".)
const BY_SAYING: &[&str] = &["بالقول"];

/// The saying of someone named before it: `نقلت الوكالة عن المتحدث قوله إن`.
const SAYINGS: &[(&str, Gender, Number)] = &[
    ("قوله", Gender::Masculine, Number::Singular),
    ("قولها", Gender::Feminine, Number::Singular),
    ("قولهم", Gender::Masculine, Number::Plural),
];

/// The cue word of a key (SEARCH form, conjunction stripped), if it is one.
pub(super) fn cue_word(key: &str) -> Option<CueWord> {
    lexicon().get(key).copied()
}

fn lexicon() -> &'static FxHashMap<String, CueWord> {
    static LEXICON: OnceLock<FxHashMap<String, CueWord>> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> FxHashMap<String, CueWord> {
    let mut map = FxHashMap::default();
    // Whether the verb whose forms are being added calls on someone.
    let calls_on = std::cell::Cell::new(false);
    let mut add = |key: String, kind: CueKind, agreement: Agreement, nominal, needs_support| {
        if NOT_CUES.contains(&key.as_str()) {
            return;
        }
        // The first verb to claim a form keeps it.
        map.entry(key).or_insert(CueWord {
            kind,
            agreement,
            nominal,
            needs_support,
            calls_on: calls_on.get(),
        });
    };
    use Gender::{Feminine as F, Masculine as M};
    use Number::{Dual as D, Plural as P, Singular as S};
    let agree = |gender, number| Agreement {
        gender: Some(gender),
        number: Some(number),
    };
    // Before the verbs, which would claim `نقلا` as the dual of `نقل`.
    for phrase in SOURCE_PHRASES {
        add(
            phrase.to_string(),
            CueKind::SourcePhrase,
            Agreement::default(),
            &[],
            false,
        );
    }
    for v in VERBS {
        calls_on.set(v.calls_on);
        let nominal = v.nominal;
        if !v.past.is_empty() {
            let p = v.past;
            let support = v.past_ambiguous;
            add(p.to_string(), CueKind::Verb, agree(M, S), nominal, support);
            // Defective verbs (`دعا`, `نفى`) drop their last letter before a suffix: `دعت`,
            // `نفوا`.
            let defective = p.ends_with(['ا', 'ي']);
            let stem = if defective {
                &p[..p.len() - p.chars().next_back().map_or(0, char::len_utf8)]
            } else {
                p
            };
            add(
                format!("{stem}ت"),
                CueKind::Verb,
                agree(F, S),
                nominal,
                support,
            );
            add(
                format!("{stem}وا"),
                CueKind::Verb,
                agree(M, P),
                nominal,
                support,
            );
            add(
                format!("{stem}تا"),
                CueKind::Verb,
                agree(F, D),
                nominal,
                support,
            );
            if !defective {
                // `قالا`, `أكدا`: also the accusative of nouns (`رفضا`, `ذكرا`), so supported.
                add(format!("{p}ا"), CueKind::Verb, agree(M, D), nominal, true);
            }
        }
        if !v.present.is_empty() {
            let s = v.present;
            let support = v.present_ambiguous;
            add(
                format!("ي{s}"),
                CueKind::Verb,
                agree(M, S),
                nominal,
                support,
            );
            add(
                format!("ت{s}"),
                CueKind::Verb,
                agree(F, S),
                nominal,
                support,
            );
            let plural_stem = s.strip_suffix(['و', 'ي']).unwrap_or(s);
            add(
                format!("ي{plural_stem}ون"),
                CueKind::Verb,
                agree(M, P),
                nominal,
                support,
            );
            add(
                format!("ي{s}ان"),
                CueKind::Verb,
                agree(M, D),
                nominal,
                support,
            );
            add(
                format!("ت{s}ان"),
                CueKind::Verb,
                agree(F, D),
                nominal,
                support,
            );
        }
        if !v.participle.is_empty() {
            let a = v.participle;
            // `مؤكداً` is adverbial; `مؤكدة` is as often an adjective (`معلومات مؤكدة`), and
            // plurals too (`أعداد معتبرة`): the feminine and plural forms need support.
            add(
                format!("{a}ا"),
                CueKind::Participle,
                agree(M, S),
                nominal,
                false,
            );
            add(
                format!("{a}ه"),
                CueKind::Participle,
                agree(F, S),
                nominal,
                true,
            );
            add(
                format!("{a}ين"),
                CueKind::Participle,
                agree(M, P),
                nominal,
                true,
            );
            add(
                format!("{a}ات"),
                CueKind::Participle,
                agree(F, P),
                nominal,
                true,
            );
        }
    }
    calls_on.set(false);
    for by_saying in BY_SAYING {
        add(
            by_saying.to_string(),
            CueKind::Participle,
            Agreement::default(),
            &[],
            false,
        );
    }
    for &(saying, gender, number) in SAYINGS {
        add(
            saying.to_string(),
            CueKind::Saying,
            agree(gender, number),
            &[],
            false,
        );
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_carry_their_subjects_gender_and_number() {
        let cases = [
            (
                "قال",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Singular),
            ),
            (
                "قالت",
                CueKind::Verb,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            (
                "قالوا",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Plural),
            ),
            (
                "تقول",
                CueKind::Verb,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            (
                "يقولون",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Plural),
            ),
            (
                "ينفي",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Singular),
            ),
            (
                "دعت",
                CueKind::Verb,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            (
                "نفوا",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Plural),
            ),
            (
                "يدعون",
                CueKind::Verb,
                Some(Gender::Masculine),
                Some(Number::Plural),
            ),
            (
                "قائلا",
                CueKind::Participle,
                Some(Gender::Masculine),
                Some(Number::Singular),
            ),
            (
                "مضيفه",
                CueKind::Participle,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            (
                "داعيا",
                CueKind::Participle,
                Some(Gender::Masculine),
                Some(Number::Singular),
            ),
            (
                "مشيره",
                CueKind::Participle,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            (
                "قولها",
                CueKind::Saying,
                Some(Gender::Feminine),
                Some(Number::Singular),
            ),
            ("بحسب", CueKind::SourcePhrase, None, None),
        ];
        for (key, kind, gender, number) in cases {
            let word = cue_word(key).unwrap_or_else(|| panic!("{key} is a cue"));
            assert_eq!(word.kind, kind, "{key}");
            assert_eq!(word.agreement.gender, gender, "{key}");
            assert_eq!(word.agreement.number, number, "{key}");
        }
    }

    #[test]
    fn homographs_need_support_and_asides_are_not_cues() {
        for key in ["بين", "مؤكده", "مطالبه", "رفضا", "ذكر"] {
            assert!(cue_word(key).unwrap().needs_support, "{key}");
        }
        for key in ["قال", "مؤكدا", "اشار", "يقول"] {
            assert!(!cue_word(key).unwrap().needs_support, "{key}");
        }
        for key in ["تبين", "يذكر", "كتاب", "بيان", "قلوا", "وا"] {
            assert!(cue_word(key).is_none(), "{key}");
        }
    }

    #[test]
    fn nominal_reports_keep_their_preposition() {
        assert_eq!(cue_word("دعا").unwrap().nominal, &["الي"]);
        assert_eq!(cue_word("طالبت").unwrap().nominal, &["ب"]);
        assert_eq!(cue_word("نفت").unwrap().nominal, &[""]);
        assert!(cue_word("قال").unwrap().nominal.is_empty());
    }
}
