//! Rule-based values in Arabic and English: DATE (day, month name in the Syriac-Levantine or the
//! Western series, year, Hijri `هـ`), TIME (`10:30`, `3 p.m.`, `الساعة 5`), MONEY (`7.9 مليارات
//! يورو`, `$5 million`) and PERCENT (`30%`, `30 في المئة`, `30 percent`). Works on token keys
//! (SEARCH form: Eastern digits already folded to ASCII).

use super::{EntityMention, Evidence, Label};
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::{Token, TokenKind};

/// Month names, SEARCH form: Western (يناير ..), Syriac-Levantine (كانون الثاني ..), English.
fn month_len(tokens: &[Token], i: usize) -> Option<usize> {
    let key = tokens[i].key.as_str();
    let next = tokens.get(i + 1).map(|t| t.key.as_str());
    let single = matches!(
        key,
        "يناير"
            | "فبراير"
            | "مارس"
            | "ابريل"
            | "مايو"
            | "يونيو"
            | "يونيه"
            | "يوليو"
            | "يوليه"
            | "اغسطس"
            | "سبتمبر"
            | "اكتوبر"
            | "نوفمبر"
            | "ديسمبر"
            | "شباط"
            | "اذار"
            | "نيسان"
            | "ايار"
            | "حزيران"
            | "تموز"
            | "اب"
            | "ايلول"
            | "محرم"
            | "صفر"
            | "رمضان"
            | "شوال"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    );
    if matches!(key, "كانون" | "تشرين" | "جمادي" | "ربيع")
        && matches!(next, Some("الاول" | "الثاني" | "الاولي" | "الاخره" | "الاخر"))
    {
        return Some(2);
    }
    single.then_some(1)
}

/// A day of the week, Arabic or English (SEARCH key: `الجمعه`, `friday`).
pub(crate) fn is_weekday(key: &str) -> bool {
    matches!(
        key,
        "السبت"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

fn is_number(token: &Token) -> bool {
    token.kind == TokenKind::Number
}

fn is_year(token: &Token) -> bool {
    is_number(token) && token.key.len() == 4 && token.key.starts_with(['1', '2'])
}

fn is_day(token: &Token) -> bool {
    is_number(token)
        && token.key.len() <= 2
        && token.key.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_currency(key: &str) -> bool {
    matches!(
        key,
        "دولار"
            | "دولارا"
            | "دولارات"
            | "يورو"
            | "دينار"
            | "دينارا"
            | "دنانير"
            | "ريال"
            | "ريالا"
            | "ريالات"
            | "جنيه"
            | "جنيها"
            | "جنيهات"
            | "درهم"
            | "درهما"
            | "دراهم"
            | "ليره"
            | "ليرات"
            | "dollars"
            | "dollar"
            | "euros"
            | "euro"
            | "pounds"
            | "dinars"
            | "riyals"
            | "yen"
    )
}

fn is_multiplier(key: &str) -> bool {
    matches!(
        key,
        "الف"
            | "الاف"
            | "مليون"
            | "ملايين"
            | "مليار"
            | "مليارات"
            | "ترليون"
            | "thousand"
            | "million"
            | "billion"
            | "trillion"
            | "bn"
            | "m"
    )
}

fn push(out: &mut Vec<EntityMention>, tokens: &[Token], start: usize, end: usize, label: Label) {
    out.push(EntityMention {
        span: NormSpan::new(tokens[start].name_span().start, tokens[end - 1].span.end),
        label,
        confidence: 0.9,
        tokens: (start, end),
        evidence: Evidence::Rule,
    });
}

/// Finds DATE, TIME, MONEY and PERCENT mentions.
pub(super) fn find_values(
    text: &str,
    tokens: &[Token],
    _language: Language,
    out: &mut Vec<EntityMention>,
) {
    let mut i = 0;
    while i < tokens.len() {
        let key = tokens[i].key.as_str();
        // DATE: [weekday] [day] month [year] [هـ|م] | year alone after "عام/سنة/in"
        let date_start = i;
        let mut j = i;
        if is_weekday(key) {
            j += 1;
        }
        if j < tokens.len() && is_day(&tokens[j]) {
            j += 1;
        }
        if let Some(len) = (j < tokens.len()).then(|| month_len(tokens, j)).flatten() {
            let month_is_may =
                tokens[j].key == "may" && !text[tokens[j].span.range()].starts_with('M');
            if !month_is_may {
                j += len;
                if j < tokens.len() && is_day(&tokens[j]) {
                    j += 1;
                    if j < tokens.len() && tokens[j].key == "," {
                        j += 1;
                    }
                }
                if j < tokens.len() && is_year(&tokens[j]) {
                    j += 1;
                    if j < tokens.len() && matches!(tokens[j].key.as_str(), "ه" | "م") {
                        j += 1;
                    }
                }
                if j > date_start + len
                    || is_year_context(tokens, date_start)
                    || tokens[j - 1].key.len() > 3
                {
                    push(out, tokens, date_start, j, Label::Date);
                    i = j;
                    continue;
                }
            }
        }
        if is_weekday(key) {
            push(out, tokens, i, i + 1, Label::Date);
            i += 1;
            continue;
        }
        if matches!(key, "عام" | "سنه" | "العام") && tokens.get(i + 1).is_some_and(is_year)
        {
            push(out, tokens, i + 1, i + 2, Label::Date);
            i += 2;
            continue;
        }
        // TIME: 10:30 | N a.m./p.m. | الساعة N
        if is_number(&tokens[i]) && key.contains(':') && key.len() <= 5 {
            let mut end = i + 1;
            if tokens.get(end).is_some_and(|t| {
                matches!(
                    t.key.as_str(),
                    "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." | "صباحا" | "مساء"
                )
            }) {
                end += 1;
            }
            push(out, tokens, i, end, Label::Time);
            i = end;
            continue;
        }
        if matches!(key, "الساعه") && tokens.get(i + 1).is_some_and(is_number) {
            push(out, tokens, i, i + 2, Label::Time);
            i += 2;
            continue;
        }
        // PERCENT: N % | N ٪ | N في المئة/المائة/بالمئة | N percent
        if is_number(&tokens[i]) {
            let next = tokens.get(i + 1).map(|t| t.key.as_str());
            let after = tokens.get(i + 2).map(|t| t.key.as_str());
            let percent_len = match (next, after) {
                (Some("%" | "٪" | "percent" | "بالمئه" | "بالمائه"), _) => Some(2),
                (Some("في"), Some("المئه" | "المائه")) => Some(3),
                _ => None,
            };
            if let Some(len) = percent_len {
                push(out, tokens, i, i + len, Label::Percent);
                i += len;
                continue;
            }
            // MONEY: N [multiplier] currency | $ N [multiplier]
            let mut end = i + 1;
            if tokens.get(end).is_some_and(|t| is_multiplier(&t.key)) {
                end += 1;
            }
            if tokens.get(end).is_some_and(|t| is_currency(&t.key)) {
                end += 1;
                push(out, tokens, i, end, Label::Money);
                i = end;
                continue;
            }
        }
        if matches!(key, "$" | "€" | "£") && tokens.get(i + 1).is_some_and(is_number) {
            let mut end = i + 2;
            if tokens.get(end).is_some_and(|t| is_multiplier(&t.key)) {
                end += 1;
            }
            push(out, tokens, i, end, Label::Money);
            i = end;
            continue;
        }
        i += 1;
    }
}

fn is_year_context(tokens: &[Token], i: usize) -> bool {
    i > 0
        && matches!(
            tokens[i - 1].key.as_str(),
            "في" | "منذ" | "in" | "since" | "on"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Tokenizer;

    fn values(text: &str) -> Vec<(String, Label)> {
        let tokens = Tokenizer::default().tokenize(text);
        let mut out = Vec::new();
        find_values(text, &tokens, Language::Arabic, &mut out);
        out.iter()
            .map(|m| (m.span.slice(text).to_string(), m.label))
            .collect()
    }

    #[test]
    fn values_table() {
        let cases: &[(&str, &[(&str, Label)])] = &[
            (
                "وصل في 23 اغسطس 2020 إلى بغداد",
                &[("23 اغسطس 2020", Label::Date)],
            ),
            (
                "في 5 كانون الثاني 2021",
                &[("5 كانون الثاني 2021", Label::Date)],
            ),
            ("في ١٥ رمضان ١٤٤١ هـ", &[("١٥ رمضان ١٤٤١ هـ", Label::Date)]),
            (
                "بلغت 7.9 مليارات يورو",
                &[("7.9 مليارات يورو", Label::Money)],
            ),
            ("ارتفع 30 في المئة", &[("30 في المئة", Label::Percent)]),
            (
                "It rose 5 percent to $3 billion on March 3, 2020 at 10:30 pm",
                &[
                    ("5 percent", Label::Percent),
                    ("$3 billion", Label::Money),
                    ("March 3, 2020", Label::Date),
                    ("10:30 pm", Label::Time),
                ],
            ),
            ("He may go", &[]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, Label)> =
                expected.iter().map(|(s, l)| (s.to_string(), *l)).collect();
            assert_eq!(values(text), expected, "{text}");
        }
    }
}
