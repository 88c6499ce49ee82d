//! The type of an Arabic Wikipedia article's subject, read from its first sentence: the head noun
//! of the definition (`فخري عبد النور ... سياسي مصري` -> PERSON, `أبو رديس مدينة مصرية` ->
//! LOCATION, `قناة الجديد هي قناة فضائية` -> ORGANIZATION), or a birth/death date in parentheses
//! after the title (a person). This is the classic use of Wikipedia as a typed gazetteer (Kazama &
//! Torisawa 2007); it reads unlabeled text only. Articles whose definition has none of these
//! heads stay untyped. It does not decide anything at tagging time: the tagger weighs the type as
//! one more feature.

use crate::entities::Label;

/// Head nouns of definitions, in SEARCH form without the article, by the type they give.
fn head_type(word: &str) -> Option<Label> {
    let word = word.strip_prefix("ال").unwrap_or(word);
    Some(match word {
        "سياسي" | "سياسيه" | "محام" | "محامي" | "لاعب" | "لاعبه" | "ممثل" | "ممثله" | "مغني"
        | "مغنيه" | "مطرب" | "مطربه" | "كاتب" | "كاتبه" | "شاعر" | "شاعره" | "صحفي" | "صحفيه"
        | "مخرج" | "مخرجه" | "ملحن" | "فنان" | "فنانه" | "رسام" | "رسامه" | "مؤرخ" | "فيلسوف"
        | "مفكر" | "طبيب" | "طبيبه" | "مهندس" | "رياضي" | "مدرب" | "روائي" | "روائيه" | "اعلامي"
        | "اعلاميه" | "داعيه" | "فقيه" | "خليفه" | "سلطان" | "ناشط" | "ناشطه" | "اقتصادي"
        | "مؤلف" | "باحث" | "باحثه" | "استاذ" | "عالم" | "قائد" | "ضابط" | "دبلوماسي" | "رجل"
        | "امراه" | "ملكه" | "اميره" | "مذيع" | "مذيعه" | "منشد" | "قارئ" | "مصور" | "نحات"
        | "موسيقي" | "مناضل" | "زعيم" | "امام" | "شيخ" | "قديس" | "بطريرك" | "نبي" | "صحابي"
        | "تابعي" | "محدث" | "مفسر" | "متصوف" | "مصمم" | "عازف" | "ملاكم" | "مصارع" | "عداء"
        | "سباح" | "حارس" | "مهاجم" | "مدافع" => Label::Person,
        "قريه" | "مدينه" | "دوله" | "بلده" | "محافظه" | "منطقه" | "نهر" | "جبل" | "بحيره"
        | "جزيره" | "عاصمه" | "اقليم" | "ولايه" | "حي" | "شارع" | "ميدان" | "بحر" | "خليج"
        | "صحراء" | "واحه" | "قاره" | "مقاطعه" | "بلد" | "مركز" | "ناحيه" | "قضاء" | "جزر"
        | "سلسله" | "وادي" | "شبه" | "ضاحيه" | "مدينه،" | "كومونه" | "بلديه" | "قلعه" | "مسجد"
        | "كنيسه" | "مقبره" | "قصر" | "معبد" | "مطار" | "ميناء" | "محيط" | "هضبه" | "سهل" => {
            Label::Location
        }
        "جامعه"
        | "نادي"
        | "شركه"
        | "حزب"
        | "منظمه"
        | "قناه"
        | "صحيفه"
        | "جريده"
        | "مجله"
        | "فرقه"
        | "مؤسسه"
        | "جمعيه"
        | "هيئه"
        | "وكاله"
        | "بنك"
        | "مصرف"
        | "اتحاد"
        | "منتخب"
        | "جماعه"
        | "حركه"
        | "مجلس"
        | "وزاره"
        | "معهد"
        | "كليه"
        | "فريق"
        | "تنظيم"
        | "مستشفي"
        | "محطه"
        | "اذاعه"
        | "مدرسه"
        | "اكاديميه"
        | "دار"
        | "مجموعه"
        | "تحالف"
        | "جيش"
        | "ميليشيا"
        | "سلاله"
        | "امبراطوريه"
        | "مملكه"
        | "خلافه"
        | "دوري"
        | "برلمان" => Label::Organization,
        "فيلم" | "مسلسل" | "كتاب" | "روايه" | "البوم" | "اغنيه" | "برنامج" | "حرب" | "معركه"
        | "مهرجان" | "بطوله" | "كاس" | "مسرحيه" | "لعبه" | "جائزه" | "ثوره" | "مجزره"
        | "اتفاقيه" | "معاهده" | "ديوان" | "ملحمه" | "قصيده" | "نظام" | "لغه" => {
            Label::Misc
        }
        _ => return None,
    })
}

/// Words a definition starts with before its head noun (`هو`, `كان`, `يعد`): skipped.
fn is_copula(word: &str) -> bool {
    matches!(
        word,
        "هو" | "هي"
            | "وهو"
            | "وهي"
            | "كان"
            | "كانت"
            | "يعد"
            | "تعد"
            | "يعتبر"
            | "تعتبر"
            | "احد"
            | "احدي"
            | "اسم"
            | "عباره"
            | "عن"
            | "من"
            | "اكبر"
            | "اشهر"
            | "اول"
            | "اقدم"
    )
}

/// How many words after the title a definition's head may be.
const HEAD_WINDOW: usize = 6;

/// The subject's type from the article's title keys and first paragraph (already folded to SEARCH
/// keys, one per word, parentheses removed), and whether a date stood in parentheses right after
/// the title.
pub fn article_type(title: &[&str], definition: &[&str], dated: bool) -> Option<Label> {
    // A title headed by a type noun (`جامعة فيينا`, `قناة الجديد`) types itself.
    if let Some(label) = title.first().and_then(|w| head_type(w)) {
        if label != Label::Person {
            return Some(label);
        }
    }
    let mut words = definition.iter().copied().peekable();
    // The definition repeats the title (or a longer form of it) first.
    for t in title {
        if words.peek() == Some(t) {
            words.next();
        }
    }
    let head = words
        .filter(|w| !is_copula(w))
        .take(HEAD_WINDOW)
        .find_map(head_type);
    head.or(dated.then_some(Label::Person))
}

/// True when the text in the first parentheses holds a year, as birth and death dates do
/// (`(15 يونيو 1881-9 ديسمبر 1942)`).
pub fn has_dates(parenthesis: &str) -> bool {
    let digits = parenthesis
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4);
    digits && !parenthesis.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_give_types() {
        /// (title, first sentence, dated, expected type)
        type Case<'a> = (&'a [&'a str], &'a [&'a str], bool, Option<Label>);
        let cases: &[Case] = &[
            (
                &["ابو", "رديس"],
                &["ابو", "رديس", "مدينه", "مصريه", "تتبع"],
                false,
                Some(Label::Location),
            ),
            (
                &["فخري", "عبد", "النور"],
                &["فخري", "عبد", "النور", "بك", "سياسي", "مصري"],
                true,
                Some(Label::Person),
            ),
            (
                &["قناه", "الجديد"],
                &["قناه", "الجديد", "هي", "قناه", "فضائيه"],
                false,
                Some(Label::Organization),
            ),
            (
                &["الضوء"],
                &["الضوء", "هو", "اشعاع", "كهرومغناطيسي"],
                false,
                None,
            ),
            (
                &["يوسف", "كرم"],
                &["يوسف", "بطرس", "كرم"],
                true,
                Some(Label::Person),
            ),
        ];
        for (title, definition, dated, expected) in cases {
            assert_eq!(
                article_type(title, definition, *dated),
                *expected,
                "{title:?}"
            );
        }
    }

    #[test]
    fn dates_in_parentheses() {
        assert!(has_dates("15 يونيو 1881-9 ديسمبر 1942"));
        assert!(!has_dates("بالألمانية: Universität Wien"));
        assert!(!has_dates("12 مقعدا"));
    }
}
