//! Arabic organization names written in quote marks: Arabic news puts the names of outlets,
//! parties, militias and companies in marks (`صحيفة "الشرق الأوسط"`, `قال لـ"الوطن"`, `مليشيا
//! "فجر ليبيا"`, `زعيم "الحشد الشعبي"`), where the tagger, trained on text without them, rarely
//! finds the name. A short quoted run is a name here when what stands before it says so: a head
//! noun of an institution or a leader (`زعيم`), the preposition `لـ` of an outlet spoken to,
//! or an organization the run gives a short name to (`الصندوق الوطني للتأمين على المرض
//! "الكنام"`). Every other quoted run with the same words in the article is then the same name.
//! Not here: names in marks with no such word before them the first time (the quote detector
//! leaves those short runs alone), and names outside marks.

use rustc_hash::{FxHashMap, FxHashSet};

use super::arabic::{could_be_name, is_function_word, is_title_head};
use super::arabic_organizations::{is_institution_head, strip_article};
use super::{EntityMention, Evidence, Label};
use crate::resources::Lexicons;
use crate::text::NormSpan;
use crate::tokens::{Token, TokenKind};

/// A quoted name has at most this many words (`مؤسسة محمد بن سلمان الخيرية` is five; longer
/// runs are someone's words).
const MAX_NAME_WORDS: usize = 5;

/// How many words an organization's short name in marks after its full name may have
/// (`"جبهة النصرة"`).
const SHORT_NAME_WORDS: usize = 2;

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
            | "كتله"
            | "معهد"
            | "زعيم"
            // A correspondent or envoy is the outlet's (`مراسل "الجوهرة أف أم"`).
            | "مراسل"
            | "مراسله"
            | "موفد"
            | "موفده"
    )
}

/// The keys a head noun before marks may have: its own, and, where the segmenter left a
/// preposition on it (`لمراسلة`, rarer in the word counts than the bare noun's forms), the key
/// without it.
fn head_keys(token: &Token) -> impl Iterator<Item = &str> {
    let unsplit = (!token.has_proclitic())
        .then(|| {
            let key = token.key.strip_prefix('و').unwrap_or(&token.key);
            key.strip_prefix(['ل', 'ب'])
        })
        .flatten();
    std::iter::once(token.name_key()).chain(unsplit)
}

/// The dual of a place's head noun in a construct (`بين قريتي "بشني"`: `قريتي` of `قرية`),
/// which the segmenter reads as the noun with `my`.
fn is_dual_of_place_head(key: &str) -> bool {
    key.strip_suffix("تي")
        .is_some_and(|stem| super::arabic_places::is_place_head(&format!("{stem}ه")))
}

/// Words of age after a name in parentheses (`"خورام بات" (27 عاما)`), SEARCH form.
fn is_age_unit(key: &str) -> bool {
    matches!(key, "عاما" | "عام" | "سنه" | "سنوات" | "سنا")
}

/// A person's age follows the closing mark at `close`: `(27 عاما)`, `(27 سنة)`.
fn age_follows(tokens: &[Token], close: usize) -> bool {
    matches!(
        tokens.get(close + 1..close + 4),
        Some([open, number, unit])
            if open.key == "(" && number.kind == TokenKind::Number && is_age_unit(unit.name_key())
    )
}

/// Independent personal pronouns (SEARCH form): someone's words, never a name.
fn is_pronoun(key: &str) -> bool {
    matches!(
        key,
        "انا" | "نحن" | "انت" | "انتم" | "انتما" | "هم" | "هن" | "هما" | "هو" | "هي"
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

/// Given name and family name, maybe a middle one, and no particle: the family name a known
/// given name or a rare word (`خليفة حفتر`; not `نحن مستعدون`, `لن نتراجع`).
fn looks_like_full_name(text: &str, run: &[Token], lexicons: &Lexicons) -> bool {
    (2..=3).contains(&run.len())
        && run
            .iter()
            .all(|t| t.is_word() && !t.has_enclitic() && !is_function_word(t.name_key()))
        && could_be_name(text, &run[run.len() - 1], lexicons)
}

/// The words of tokens `range` as one key (name keys joined by spaces).
fn words_key(tokens: &[Token]) -> String {
    tokens
        .iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Number)
        .map(|t| t.name_key())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names the article gives outside marks, by key, with their label: each mention whole, and
/// an organization's name after its institution head (`تنظيم داعش` gives `داعش` too).
fn names_outside_marks(tokens: &[Token], mentions: &[EntityMention]) -> FxHashMap<String, Label> {
    let mut names = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.label.is_name()) {
        let (start, end) = m.tokens;
        let marked = start > 0 && tokens[start - 1].is_quote_mark();
        if marked || end <= start {
            continue;
        }
        names
            .entry(words_key(&tokens[start..end]))
            .or_insert(m.label);
        let head = &tokens[start];
        if m.label == Label::Organization
            && end - start >= 2
            && is_institution_head(strip_article(head.name_key()))
        {
            names
                .entry(words_key(&tokens[start + 1..end]))
                .or_insert(Label::Organization);
        }
    }
    names
}

/// Name mentions in marks (the words inside, not the marks), appended to `out`: organizations
/// an institution noun, an outlet preposition or an organization found so far introduces, names
/// the article already gives outside marks, and persons after a title.
pub(super) fn find_quoted_names(
    text: &str,
    tokens: &[Token],
    lexicons: &Lexicons,
    out: &mut Vec<EntityMention>,
) {
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
    if runs.is_empty() {
        return;
    }
    // Only an article with marks pays for the keys of its names.
    let known = names_outside_marks(tokens, out);
    let organization_ends: FxHashSet<usize> = out
        .iter()
        .filter(|m| m.label == Label::Organization && m.tokens.1 > 0)
        .map(|m| m.tokens.1 - 1)
        .collect();
    let keys: Vec<String> = runs
        .iter()
        .map(|&(open, close)| words_key(&tokens[open + 1..close]))
        .collect();
    let mut found_keys: FxHashMap<&str, Label> = FxHashMap::default();
    let mut named: Vec<Option<Label>> = vec![None; runs.len()];
    for (r, &(open, close)) in runs.iter().enumerate() {
        if let Some(&label) = known.get(&keys[r]) {
            named[r] = Some(label);
            found_keys.insert(keys[r].as_str(), label);
            continue;
        }
        let Some(before) = open.checked_sub(1).map(|b| &tokens[b]) else {
            continue;
        };
        let first = &tokens[open + 1];
        // `حزبه "..."` (his party) describes what follows; it does not name it.
        let head_noun = |t: &Token| {
            t.is_word()
                && !t.has_enclitic()
                && head_keys(t).any(|key| names_organization_in_marks(strip_article(key)))
        };
        // `الموقع الإلكتروني "..."`, `الكتلة البرلمانية "الحرة"`: a head and its adjective (a
        // nisba: `-ي`, `-ية`) name it just as well.
        let described_head = open >= 2 && {
            let adjective = before.name_key();
            let noun = &tokens[open - 2];
            (adjective.ends_with('ي') || adjective.ends_with("يه")) && head_noun(noun)
        };
        let head = head_noun(before) || described_head;
        // `لـ"الوطن"`: a definite name after the bare preposition is the outlet spoken to.
        let outlet = before.key == "ل" && first.name_key().starts_with("ال");
        // `حركة المقاومة الإسلامية "حماس"`: one or two name words after an organization are its
        // short name; `قناة الحوار التونسي "نحن هنا"` is what was said to it.
        let short_name = organization_ends.contains(&(open - 1))
            && close - open - 1 <= SHORT_NAME_WORDS
            && tokens[open + 1..close]
                .iter()
                .all(|t| !is_function_word(t.name_key()) && !is_pronoun(t.name_key()));
        // `الفريق «خليفة حفتر»`: a title names the person in marks after it.
        let person = before.is_word()
            && !before.has_enclitic()
            && (is_title_head(before.name_key())
                || is_title_head(strip_article(before.name_key())))
            && looks_like_full_name(text, &tokens[open + 1..close], lexicons);
        // `قرية "بشني"`, `بمنطقة "صولة"`: a place's head noun names the place in marks.
        let place = before.is_word()
            && ((!before.has_enclitic() && super::arabic_places::is_place_head(before.name_key()))
                || is_dual_of_place_head(&before.key));
        // Someone's age after the marks: they hold that person's name (`"خورام بات" (27 عاما)`).
        let aged = age_follows(tokens, close);
        let label = if person || aged {
            Label::Person
        } else if place {
            Label::Location
        } else {
            Label::Organization
        };
        // `فقال مخاطبا أنصار الحزب "لن نتراجع"`: words opening with a particle or a pronoun are
        // someone's, whatever stands before them.
        // A pronoun after a definite noun is its subject (`وقالت الشركة "نحن مستعدون"`); after
        // a head in construct it may open a name (`منظمة "أنا يقظ"`).
        let spoken = is_function_word(first.name_key())
            || (is_pronoun(first.name_key()) && before.name_key().starts_with("ال"));
        if !spoken && (head || outlet || short_name || person || place || aged) {
            named[r] = Some(label);
            found_keys.insert(keys[r].as_str(), label);
        }
    }
    let names: Vec<EntityMention> = runs
        .iter()
        .enumerate()
        .filter_map(|(r, &(open, close))| {
            let label = named[r].or_else(|| found_keys.get(keys[r].as_str()).copied())?;
            Some(EntityMention {
                span: NormSpan::new(
                    tokens[open + 1].name_span().start,
                    tokens[close - 1].span.end,
                ),
                label,
                confidence: 0.8,
                tokens: (open + 1, close),
                evidence: Evidence::Rule,
            })
        })
        .collect();
    if names.is_empty() {
        return;
    }
    // The marks bound each name: a mention holding one of them and not the other (the tagger's
    // `معهد "بي` of `معهد "بي في آ"`) is cut through the name. The marks, in text order, open
    // and close in turn, so a mention crosses one when the first mark inside it closes or the
    // last one opens.
    let marks: Vec<(usize, bool)> = names
        .iter()
        .flat_map(|m| [(m.tokens.0 - 1, true), (m.tokens.1, false)])
        .collect();
    out.retain(|m| {
        let (a, b) = m.tokens;
        let inside =
            &marks[marks.partition_point(|&(k, _)| k < a)..marks.partition_point(|&(k, _)| k < b)];
        !(inside.first().is_some_and(|&(_, opens)| !opens)
            || inside.last().is_some_and(|&(_, opens)| opens))
    });
    out.extend(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{arabic_with_names, Tagged};

    /// The names in marks the rule finds in `text`, given the tagger's mentions, with labels.
    fn quoted_names(text: &str, tagged: Tagged) -> Vec<(String, Label)> {
        all_names(text, tagged)
            .into_iter()
            .filter(|&(_, _, evidence)| evidence == Evidence::Rule)
            .map(|(name, label, _)| (name, label))
            .collect()
    }

    /// Every mention after the rule ran on `text`, the tagger's given ones included.
    fn all_names(text: &str, tagged: Tagged) -> Vec<(String, Label, Evidence)> {
        let (analysis, mut out) = arabic_with_names(text, tagged);
        let lexicons = Lexicons::load_embedded().expect("lexicons load");
        find_quoted_names(text, &analysis.tokens, &lexicons, &mut out);
        out.iter()
            .map(|m| (m.span.slice(text).to_string(), m.label, m.evidence))
            .collect()
    }

    #[test]
    fn a_mention_across_one_of_the_marks_gives_way_to_the_name_in_them() {
        let text = "وفق استطلاع أجراه معهد \"بي في آ\". وقال الوزير \"حزب النور\" وحده";
        let tagged: Tagged = &[
            ("معهد", "بي", Label::Organization),
            ("الوزير", "الوزير", Label::Person),
        ];
        let names: Vec<String> = all_names(text, tagged)
            .into_iter()
            .map(|(name, _, _)| name)
            .collect();
        assert_eq!(names, ["الوزير", "بي في آ"], "{text}");
        // Across the closing mark too.
        let text = "وأعلن حزب \"النور الجديد\" أمس مشاركته";
        let tagged: Tagged = &[("الجديد", "أمس", Label::Organization)];
        let names: Vec<String> = all_names(text, tagged)
            .into_iter()
            .map(|(name, _, _)| name)
            .collect();
        assert_eq!(names, ["النور الجديد"], "{text}");
    }

    /// The organizations the rule finds in `text`, given the tagger's mentions.
    fn quoted_organizations(text: &str, tagged: Tagged) -> Vec<String> {
        quoted_names(text, tagged)
            .into_iter()
            .map(|(name, label)| {
                assert_eq!(label, Label::Organization, "{name}");
                name
            })
            .collect()
    }

    #[test]
    fn a_name_the_article_gives_outside_marks_is_a_name_in_marks_too() {
        type Case<'a> = (&'a str, Tagged<'a>, &'a [(&'a str, Label)]);
        let cases: &[Case] = &[
            // An organization without its institution head, however often.
            (
                "ظهر تنظيم داعش في العراق. وانضم 700 إلى «داعش» في سوريا وقاتلوا مع «داعش».",
                &[("تنظيم", "داعش", Label::Organization)],
                &[("داعش", Label::Organization), ("داعش", Label::Organization)],
            ),
            // A person named whole.
            (
                "وصل نبيل القروي إلى تونس. وقال أنصار «نبيل القروي» إنهم سينتخبونه",
                &[("نبيل", "القروي", Label::Person)],
                &[("نبيل القروي", Label::Person)],
            ),
        ];
        for (text, tagged, expected) in cases {
            let expected: Vec<(String, Label)> =
                expected.iter().map(|&(n, l)| (n.to_string(), l)).collect();
            assert_eq!(quoted_names(text, tagged), expected, "{text}");
        }
    }

    #[test]
    fn a_title_before_marks_names_the_person_in_them() {
        assert_eq!(
            quoted_names("ودعا أنصار الفريق «خليفة حفتر» إلى التظاهر", &[]),
            vec![("خليفة حفتر".to_string(), Label::Person)]
        );
        // A title before someone's words: they do not open with a given name.
        assert!(quoted_names("وقال الوزير «سنعمل على ذلك»", &[]).is_empty());
        // A word the article names only inside a longer name is not that name (`الوطن` of
        // `حزب الوطن الحر`, which has no institution head to drop to `الوطن`).
        assert!(quoted_names(
            "وقال حزب الوطن الحر إن «الوطن» يمر بأزمة",
            &[("حزب", "الحر", Label::Organization)]
        )
        .is_empty());
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
            ("ومن معهد \"بي في آ\" قال", &[], &["بي في آ"]),
            // The outlet a correspondent or an envoy works for.
            (
                "وفق ما أكده مراسل \"الجوهرة أف أم\" بالجهة",
                &[],
                &["الجوهرة أف أم"],
            ),
            (
                "بحسب ما أكده موفد \"الجوهرة اف أم\".",
                &[],
                &["الجوهرة اف أم"],
            ),
            // A head with its nisba adjective.
            (
                "وكان الموقع الالكتروني \"وطن يغرد خارج السرب\" قال ان السفير انتقد تونس",
                &[],
                &["وطن يغرد خارج السرب"],
            ),
            ("وغيرت الكتلة البرلمانية \"الحرة\" اسمها", &[], &["الحرة"]),
            // A name may open with a pronoun (`منظمة "أنا يقظ"`, the watchdog).
            (
                "وأعلنت منظمة \"أنا يقظ\" أنها ستقاضي الوزير",
                &[],
                &["أنا يقظ"],
            ),
            (
                "وفق ما أكده مصدر أمني لمراسلة \"الجوهرة أف أم\" بالجهة",
                &[],
                &["الجوهرة أف أم"],
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
            // Nor does a nisba adjective after anything but a head.
            "ووصف الوضع الاقتصادي \"بالكارثي\"",
            "وقال رئيس الحكومة التونسية \"سنواصل الإصلاحات الكبرى\"",
            // Nor does a word after a head that is no nisba adjective (`في بيان`; `الحاكم`,
            // which could as well start the clause).
            "وقال الحزب في بيان \"سنواصل النضال\"",
            "وقال الحزب الحاكم \"سنواصل النضال\"",
            // Scare quotes, and a preposition before an indefinite word.
            "ووصف الاتفاق بأنه \"تاريخي\"",
            "وتعرض ل\"خيانة\" من أقرب الناس",
            // Someone's words are longer than a name, or hold punctuation.
            "وقال رئيس الحزب \"لن نتراجع عن مطالبنا مهما طال الاعتصام\"",
            "ونقلت صحيفة \"نحن هنا، ولن نغادر\"",
            // Words opening with a particle or a pronoun after a head noun are someone's.
            "فقال مخاطبا أنصار الحزب \"لن نتراجع عن الإصلاح\"",
            "وقالت الشركة \"نحن مستعدون\"",
        ];
        for text in cases {
            assert!(quoted_organizations(text, &[]).is_empty(), "{text}");
        }
        // What was said to an organization, right after its name: longer than a short name,
        // or a pronoun in it.
        let cases: &[(&str, Tagged)] = &[
            (
                "وقال الوزير لقناة الحوار التونسي \"نحن هنا\"",
                &[("لقناة", "التونسي", Label::Organization)],
            ),
            (
                "وقال الوزير لقناة الحوار التونسي \"الوضع مستقر جدا\"",
                &[("لقناة", "التونسي", Label::Organization)],
            ),
        ];
        for (text, tagged) in cases {
            assert!(quoted_organizations(text, tagged).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_place_head_or_an_age_says_what_the_marks_name() {
        let cases: &[(&str, &[(&str, Label)])] = &[
            (
                "اندلعت مواجهات بين سكان قرية \"بشني\" من معتمدية الرقاب",
                &[("بشني", Label::Location)],
            ),
            (
                "وتجددت الاشتباكات بين قريتي \"بشني\" والحمايدية أمس",
                &[("بشني", Label::Location)],
            ),
            (
                "وتم إيقافه بمنطقة \"صولة\" بفريانة",
                &[("صولة", Label::Location)],
            ),
            (
                "وقالت الشرطة إن الشخصين هما \"خورام بات\" (27 عاما) وزميله",
                &[("خورام بات", Label::Person)],
            ),
            // Someone's words about an age are no name.
            ("وقال \"لم أعد أحتمل\" (قالها مرتين)", &[]),
            ("ورددوا \"الشعب يريد\" منذ 6 سنوات", &[]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, Label)> =
                expected.iter().map(|&(n, l)| (n.to_string(), l)).collect();
            assert_eq!(quoted_names(text, &[]), expected, "{text}");
        }
    }

    #[test]
    fn an_organization_gives_its_short_name_in_marks() {
        let cases: &[(&str, Tagged, &[&str])] = &[
            (
                "وأعلنت حركة المقاومة الإسلامية \"حماس\" الهدنة",
                &[("حركة", "الإسلامية", Label::Organization)],
                &["حماس"],
            ),
            (
                "وهاجمت هيئة تحرير الشام \"جبهة النصرة\" البلدة",
                &[("هيئة", "الشام", Label::Organization)],
                &["جبهة النصرة"],
            ),
        ];
        for (text, tagged, expected) in cases {
            assert_eq!(quoted_organizations(text, tagged), *expected, "{text}");
        }
    }
}
