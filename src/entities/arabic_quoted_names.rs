//! Arabic organization names written in quote marks: Arabic news puts the names of outlets,
//! parties, militias and companies in marks (`صحيفة "الشرق الأوسط"`, `قال لـ"الوطن"`, `مليشيا
//! "فجر ليبيا"`, `زعيم "الحشد الشعبي"`), where the tagger, trained on text without them, rarely
//! finds the name. A short quoted run is a name here when what stands before it says so: a head
//! noun of an institution or a leader (`زعيم`), the preposition `لـ` of an outlet spoken to,
//! or an organization the run gives a short name to (`الصندوق الوطني للتأمين على المرض
//! "الكنام"`). Every other quoted run with the same words in the article is then the same name.
//! Not here: names in marks with no such word before them the first time (the quote detector
//! leaves those short runs alone), and names outside marks.

use rustc_hash::FxHashSet;

use super::arabic_organizations::strip_article;
use super::{EntityMention, Evidence, Label};
use crate::text::NormSpan;
use crate::tokens::{Token, TokenKind};

/// A quoted name has at most this many words (`مؤسسة محمد بن سلمان الخيرية` is five; longer
/// runs are someone's words).
const MAX_NAME_WORDS: usize = 5;

/// Nouns after which a quoted run names an organization (SEARCH form, without the article or a
/// preposition): outlets, parties, armed groups, companies and their leaders.
fn names_organization_in_marks(key: &str) -> bool {
    matches!(
        key,
        "صحيفه"
            | "جريده"
            | "مجله"
            | "موقع"
            | "اذاعه"
            | "قناه"
            | "وكاله"
            | "شبكه"
            | "شركه"
            | "مؤسسه"
            | "حزب"
            | "حركه"
            | "تنظيم"
            | "جماعه"
            | "مليشيا"
            | "ميليشيا"
            | "ميليشيات"
            | "مليشيات"
            | "فصيل"
            | "كتائب"
            | "جمعيه"
            | "منظمه"
            | "ائتلاف"
            | "تحالف"
            | "نادي"
            | "زعيم"
    )
}

/// The quoted run opening at token `open`: the index of its closing mark, when the run holds
/// one to `MAX_NAME_WORDS` words and nothing else (a name has no comma or period in it).
fn short_run(tokens: &[Token], open: usize) -> Option<usize> {
    if !tokens[open].is_quote_mark() {
        return None;
    }
    let mut words = 0;
    for (k, token) in tokens.iter().enumerate().skip(open + 1) {
        if token.is_quote_mark() {
            return (words > 0).then_some(k);
        }
        let dash = token.kind == TokenKind::Punctuation && matches!(token.key.as_str(), "-" | "–");
        if !(token.is_word() || token.kind == TokenKind::Number || dash) {
            return None;
        }
        words += usize::from(token.is_word());
        if words > MAX_NAME_WORDS {
            return None;
        }
    }
    None
}

/// Organization mentions in marks (the words inside, not the marks), appended to `out`, whose
/// organizations found so far (tagger and construction rules) can introduce a short name.
pub(super) fn find_quoted_organizations(tokens: &[Token], out: &mut Vec<EntityMention>) {
    let organization_ends: FxHashSet<usize> = out
        .iter()
        .filter(|m| m.label == Label::Organization && m.tokens.1 > 0)
        .map(|m| m.tokens.1 - 1)
        .collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(close) = short_run(tokens, i) else {
            i += 1;
            continue;
        };
        runs.push((i, close));
        i = close + 1;
    }
    let keys: Vec<String> = runs
        .iter()
        .map(|&(open, close)| {
            tokens[open + 1..close]
                .iter()
                .filter(|t| t.is_word() || t.kind == TokenKind::Number)
                .map(|t| t.name_key())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut found_keys: FxHashSet<&str> = FxHashSet::default();
    let mut named = vec![false; runs.len()];
    for (r, &(open, _)) in runs.iter().enumerate() {
        let Some(before) = open.checked_sub(1).map(|b| &tokens[b]) else {
            continue;
        };
        let first = &tokens[open + 1];
        // `حزبه "..."` (his party) describes what follows; it does not name it.
        let head = before.is_word()
            && !before.has_enclitic()
            && names_organization_in_marks(strip_article(before.name_key()));
        // `لـ"الوطن"`: a definite name after the bare preposition is the outlet spoken to.
        let outlet = before.key == "ل" && first.name_key().starts_with("ال");
        let short_name = organization_ends.contains(&(open - 1));
        if head || outlet || short_name {
            named[r] = true;
            found_keys.insert(keys[r].as_str());
        }
    }
    for (r, &(open, close)) in runs.iter().enumerate() {
        if named[r] || found_keys.contains(keys[r].as_str()) {
            out.push(EntityMention {
                span: NormSpan::new(
                    tokens[open + 1].name_span().start,
                    tokens[close - 1].span.end,
                ),
                label: Label::Organization,
                confidence: 0.8,
                tokens: (open + 1, close),
                evidence: Evidence::Rule,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{arabic_with_names, Tagged};

    /// The organizations the rule finds in `text`, given the tagger's mentions.
    fn quoted_organizations(text: &str, tagged: Tagged) -> Vec<String> {
        let (analysis, mut out) = arabic_with_names(text, tagged);
        let given = out.len();
        find_quoted_organizations(&analysis.tokens, &mut out);
        out[given..]
            .iter()
            .map(|m| m.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_name_in_marks_after_an_outlet_party_or_leader_is_an_organization() {
        let cases: &[(&str, Tagged, &[&str])] = &[
            (
                "ونقلت صحيفة \"الشرق الأوسط\" عن مسؤول قوله",
                &[],
                &["الشرق الأوسط"],
            ),
            ("وأكد زعيم \"الحشد الشعبي\" أن", &[], &["الحشد الشعبي"]),
            ("وهاجمت مليشيا \"فجر ليبيا\" المطار", &[], &["فجر ليبيا"]),
            // The outlet spoken to, and the same name in marks again later.
            (
                "وقال مصدر ل\"الوطن\" إن التحقيق بدأ. وكانت \"الوطن\" نشرت الخبر",
                &[],
                &["الوطن", "الوطن"],
            ),
            // A short name an organization is given.
            (
                "وطالب الصندوق الوطني للتأمين \"الكنام\" بالدفع",
                &[("الصندوق", "للتأمين", Label::Organization)],
                &["الكنام"],
            ),
        ];
        for (text, tagged, expected) in cases {
            assert_eq!(quoted_organizations(text, tagged), *expected, "{text}");
        }
    }

    #[test]
    fn words_in_marks_that_no_name_word_introduces_are_left_alone() {
        let cases: &[&str] = &[
            // `حزبه` (his party) describes; the quoted words are the speaker's.
            "وقال إن نتائج حزبه \"جد إيجابية\"",
            // Scare quotes, and a preposition before an indefinite word.
            "ووصف الاتفاق بأنه \"تاريخي\"",
            "وتعرض ل\"خيانة\" من أقرب الناس",
            // Someone's words are longer than a name, or hold punctuation.
            "وقال رئيس الحزب \"لن نتراجع عن مطالبنا مهما طال الاعتصام\"",
            "ونقلت صحيفة \"نحن هنا، ولن نغادر\"",
        ];
        for text in cases {
            assert!(quoted_organizations(text, &[]).is_empty(), "{text}");
        }
    }
}
