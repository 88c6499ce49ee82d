//! Reported speech outside quote marks: a cue, its subject, a complementizer (`إن`/`أن`/`that`)
//! and the clause it introduces; or, with no complementizer, where the language says the report
//! starts (`QuoteLanguage::report_start_without_complementizer`). A cue inside a clause already
//! reported does not open another one, so the clauses never nest and the work stays linear even
//! in a text made of cue verbs.

use rustc_hash::FxHashMap;

use crate::quotes::document::{is_quote_mark, Doc};
use crate::quotes::types::Candidate;
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// How close a cue that needs support must have its own complementizer to end the clause
/// before it (`، يظهر أن`: one word; `يظهر تفضيل ...` without one is part of the clause).
const OWN_COMPLEMENTIZER_REACH: usize = 3;
/// How far into a reported clause a hand-over to another cue is looked for, so that a
/// sentence of a million tokens is scanned once, not once per cue.
const CLAUSE_SCAN: usize = 120;
/// A report needs at least this many words (`قال إن التمويل متوفر` is a report; `قال إن ذلك`
/// is not).
const MIN_WORDS: usize = 2;
/// Without a complementizer the start is a guess (`denied the allegations`, `told the court`):
/// a report needs a few more words.
const MIN_WORDS_WITHOUT_COMPLEMENTIZER: usize = 3;
/// How much farther than the language's complementizer window a complementizer may be when a
/// quote mark follows it, or when the language says it ends a long attribution
/// (`QuoteLanguage::ends_long_attribution`): the direct quote has no other cue to take, and a statement's occasion,
/// place and slogan may run long before it (`واعتبر حزب التحرير في بيان تلاه عضو مكتبه الإعلامي،
/// محمد مقديش، بمناسبة مؤتمره السنوي ... تحت شعار "..."، أن "...`: forty-odd tokens).
const EXTRA_WINDOW_BEFORE_DIRECT_QUOTE: usize = 24;

/// Whether a quote mark follows the complementizer at `i`, past a colon or a dash (`أن "...`,
/// `إن: "...`).
fn opens_direct_quote(doc: &Doc, i: usize) -> bool {
    doc.tokens[i + 1..]
        .iter()
        .find(|t| !matches!(t.key.as_str(), ":" | "-"))
        .is_some_and(is_quote_mark)
}

/// Reported clauses into `out`; where a complementizer is followed by a quote mark (`أن "...`),
/// the cue of that direct quote into `cue_of_mark`, keyed by the mark's token.
pub(in crate::quotes) fn find(
    doc: &Doc,
    out: &mut Vec<Candidate>,
    cue_of_mark: &mut FxHashMap<usize, usize>,
) {
    let mut claimed_until = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        if !doc.is_cue(i) {
            continue;
        }
        if doc.quoted_run_at(token.span.start).is_some() {
            continue;
        }
        let sentence_end = doc.sentence_end(i);
        // The speaker, titles and circumstances may stand between the cue and its complementizer;
        // a quote mark or another cue before it means the complementizer is not this cue's.
        // A name in marks may stand between (`قال لـ "الاقتصادية" حسين آس ... إنه`).
        let window = doc.lang.complementizer_window();
        let limit = (i + window + EXTRA_WINDOW_BEFORE_DIRECT_QUOTE).min(sentence_end + 1);
        let mut complementizer = None;
        let mut j = i + 1;
        while j < limit && (!doc.is_cue(j) || in_relative_clause(doc, j)) {
            if is_quote_mark(&doc.tokens[j]) {
                match doc.after_quoted_name(j) {
                    Some(next) => {
                        j = next;
                        continue;
                    }
                    None => break,
                }
            }
            // `قال الوزير بعد أن زار المستشفى إن ...`: the circumstance is crossed.
            if doc.lang.opens_adverbial_clause(doc.tokens, j) {
                j += 1;
                continue;
            }
            if doc.lang.is_complementizer(&doc.tokens[j]) {
                if doc.lang.opens_condition(doc, i, j) || doc.lang.report_begins_before(doc, i, j) {
                    break;
                }
                if j < i + window
                    || opens_direct_quote(doc, j)
                    || (doc.is_speech_verb(i) && doc.lang.ends_long_attribution(doc, j))
                {
                    complementizer = Some(j);
                }
                break;
            }
            // `قال الملحق الثقافي: إن ...`: after a colon come the words themselves, a colon
            // quote.
            if doc.tokens[j].key == ":" {
                break;
            }
            j += 1;
        }
        // Inside a clause already reported, only a cue with its own complementizer opens a
        // report of its own (`قال موقع X إن السلطات أوضحت أن ...`); each cue's scan is bounded,
        // so a text of cue verbs stays linear.
        let unambiguous = doc.cue(i).is_some_and(|w| !w.needs_support);
        if i < claimed_until
            && (complementizer.is_none() || !unambiguous || in_relative_clause(doc, i))
        {
            continue;
        }
        let clause_start = match complementizer {
            Some(comp) => comp + 1,
            None => match doc.lang.report_start_without_complementizer(doc, i) {
                Some(start) => start,
                None => continue,
            },
        };
        // `قال إن: "..."`: a colon after the complementizer introduces the words themselves.
        let mut clause_start = clause_start;
        while clause_start <= sentence_end
            && matches!(doc.tokens[clause_start].key.as_str(), ":" | "-")
        {
            clause_start += 1;
        }
        if clause_start > sentence_end {
            continue;
        }
        let next = &doc.tokens[clause_start];
        // The token after the closing mark of quoted words that open the clause.
        let mut after_opening_quote = None;
        if is_quote_mark(next) {
            // A direct quote follows: the marks detector has it, with this cue. After a
            // preposition the quoted words may open a longer report (`نبهت النقابة إلى "خطورة
            // الوضع"، بسبب العجز المالي ...`): the language's start says the report goes on.
            cue_of_mark.entry(clause_start).or_insert(i);
            if complementizer.is_some() || !doc.lang.is_preposition(&doc.tokens[clause_start - 1]) {
                // After a complementizer the report may go on past the marks too (`قال إن
                // "خورام بوت" هو أحد المهاجمين`, `قال إن "الحكومة فشلت" في إدارة الأزمة`):
                // checked below, once the clause's end is known.
                match after_closed_run(doc, clause_start) {
                    Some(after) => after_opening_quote = Some(after),
                    None => continue,
                }
            }
        }
        // The clause ends with the sentence, or where a comma or a conjunction hands over to
        // another cue (`إن نتائج حزبه "جد إيجابية"، معتبرا أن ...`, `... وأكدت أنها ...`).
        // A word that is a cue only with support (`يظهر` "appears", `بين` "between") hands
        // over only with a complementizer of its own; otherwise it is part of the clause
        // (`أوضح الباحثون أنه من منظور تطوري، يظهر تفضيل ...`).
        let takes_over = |j: usize| {
            let Some(word) = doc.cue(j) else {
                return false;
            };
            // `، متحدثة عن ...`: its own preposition right after it is support enough.
            let own_preposition = doc.tokens.get(j + 1).is_some_and(|t| word.governs(t));
            // A verb with its conjunction opens a clause of its own (`، ونشر بيان للتنظيم على
            // مواقع متطرفة، أن ...`): its subject may stand before its complementizer.
            let reach = if doc.is_speech_verb(j) && doc.cue_has_conjunction(j) {
                doc.lang.verb_support_window()
            } else {
                OWN_COMPLEMENTIZER_REACH
            };
            !word.needs_support
                || own_preposition
                || (j + 1..(j + reach).min(sentence_end + 1))
                    .any(|k| doc.lang.is_complementizer(&doc.tokens[k]))
        };
        let mut end = (clause_start + 1..=sentence_end)
            .take(CLAUSE_SCAN)
            .find(|&j| doc.is_cue(j) && hands_over(doc, j) && takes_over(j))
            .map_or(sentence_end, |j| j - 1);
        if doc.lang.is_conjunction(&doc.tokens[end]) && end > clause_start {
            end -= 1;
        }
        // A closing mark stays when the clause holds its opening one (`... هشاشة السوق "في ظل
        // غياب الرقابة"`).
        let opens_inside = |end: usize| (clause_start..end).any(|k| is_quote_mark(&doc.tokens[k]));
        while end > clause_start
            && doc.tokens[end].kind == TokenKind::Punctuation
            && !(is_quote_mark(&doc.tokens[end]) && opens_inside(end))
        {
            end -= 1;
        }
        let min_words = if complementizer.is_some() {
            MIN_WORDS
        } else {
            MIN_WORDS_WITHOUT_COMPLEMENTIZER
        };
        let words = doc.tokens[clause_start..=end]
            .iter()
            .filter(|t| t.is_word())
            .take(min_words)
            .count();
        if words < min_words {
            continue;
        }
        // Quoted words alone after the complementizer are a direct quote, not a report: the
        // writer's own words must go on right after the marks (after a comma the writer is
        // commenting: `إنه "..."، في إشارة إلى ...`), before any other quote and before the
        // attribution that closes the sentence (`... " على حد تعبيره`).
        if let Some(after) = after_opening_quote {
            if after > end || !doc.tokens[after].is_word() {
                continue;
            }
            let words_after = (after..=end)
                .take_while(|&k| !doc.is_cue(k) && !is_quote_mark(&doc.tokens[k]))
                .filter(|&k| doc.tokens[k].is_word())
                .take(MIN_WORDS)
                .count();
            if words_after < MIN_WORDS {
                continue;
            }
        }
        // `طالب بإقالة المحافظ`: the preposition the verb governs is not part of what was said.
        let start = if complementizer.is_none() && doc.lang.carries_preposition(next) {
            next.name_span().start
        } else {
            next.span.start
        };
        out.push(doc.reported_clause(NormSpan::new(start, doc.tokens[end].span.end), i));
        claimed_until = claimed_until.max(end + 1);
    }
}

/// When token `i` opens a closed quoted run, the token after its closing mark.
fn after_closed_run(doc: &Doc, i: usize) -> Option<usize> {
    let open = &doc.tokens[i];
    let run = doc
        .quoted_run_at(open.span.end)
        .filter(|r| r.open == Some(open.span.start) && !r.unclosed)?;
    Some(doc.token_at_or_after(run.content.end) + 1)
}

/// The cue at token `j` opens a relative clause describing the subject of an earlier cue (`وقالت
/// الشرطة التي كشفت صور المنفذين إن ...`): where the subject follows the verb, the complementizer
/// after it is the earlier cue's, and it reports nothing of its own. With its own complementizer
/// close by it does report (`بيان الجامعة التي أكدت فيه أن ...`).
fn in_relative_clause(doc: &Doc, j: usize) -> bool {
    doc.lang.subject_follows_verb()
        && j > 0
        && doc.same_sentence(j - 1, j)
        && doc.lang.is_relative_pronoun(&doc.tokens[j - 1])
        && !(j + 1..(j + OWN_COMPLEMENTIZER_REACH).min(doc.tokens.len()))
            .any(|k| doc.lang.is_complementizer(&doc.tokens[k]))
}

/// The cue at token `j` starts a report of its own rather than being part of the clause before
/// it: a comma, a semicolon or a conjunction stands before it, or a conjunction is attached
/// (`وأكدت`, `فقالت`).
fn hands_over(doc: &Doc, j: usize) -> bool {
    let before = &doc.tokens[j - 1];
    (before.kind == TokenKind::Punctuation && matches!(before.key.as_str(), "," | "،" | ";" | "؛"))
        || doc.lang.is_conjunction(before)
        || (doc.is_speech_verb(j) && doc.cue_has_conjunction(j))
}

#[cfg(test)]
mod tests {
    use crate::quotes::testing::{check, organization, person, place, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect, Partial},
    };
    use crate::text::lang::Language;

    #[test]
    fn arabic_reported_clauses() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Verb, title, name, complementizer, clause.
            (
                "وقال وزير المالية خالد الدوري إن الموازنة الجديدة ستقر قبل نهاية الشهر.",
                &[person(&["خالد الدوري"])],
                &[seen(
                    Indirect,
                    "الموازنة الجديدة ستقر قبل نهاية الشهر",
                    "قال",
                    "خالد الدوري",
                    Explicit,
                )],
            ),
            // Quoted words opening a warning's report, which the writer's sentence goes on after:
            // the report runs on, the quoted words are a partial quote inside it.
            (
                "وحذرت النقابة من \"تدهور أوضاع المهنة\"، بسبب الأزمة المالية التي تعيشها المؤسسات.",
                &[organization(&["النقابة"])],
                &[
                    seen(
                        Indirect,
                        "\"تدهور أوضاع المهنة\"، بسبب الأزمة المالية التي تعيشها المؤسسات",
                        "حذرت",
                        "النقابة",
                        Explicit,
                    ),
                    seen(Partial, "تدهور أوضاع المهنة", "حذرت", "النقابة", Explicit),
                ],
            ),
            // A newspaper's name in marks between the cue and its speaker and complementizer.
            (
                "وقال ل \"الصباح\" مدير المستشفى سعيد الكعبي إن عدد المصابين بلغ عشرين شخصا.",
                &[person(&["سعيد الكعبي"])],
                &[seen(
                    Indirect,
                    "عدد المصابين بلغ عشرين شخصا",
                    "قال",
                    "سعيد الكعبي",
                    Explicit,
                )],
            ),
            // The pluperfect `كان X قد قال`: the subject stands between `كان` and `قد`, an
            // appositive name after the title.
            (
                "وكان وزير النقل، سامي العبيدي، قد أكد أن الطريق الجديد سيفتتح في الربيع.",
                &[person(&["سامي العبيدي"])],
                &[seen(
                    Indirect,
                    "الطريق الجديد سيفتتح في الربيع",
                    "أكد",
                    "سامي العبيدي",
                    Explicit,
                )],
            ),
            (
                "وكانت الوزارة قد أعلنت أن المدارس ستغلق يومين بسبب العاصفة.",
                &[organization(&["الوزارة"])],
                &[seen(
                    Indirect,
                    "المدارس ستغلق يومين بسبب العاصفة",
                    "أعلنت",
                    "الوزارة",
                    Explicit,
                )],
            ),
            // ... and a description the tagger does not find, which the next bare cue keeps
            // (`قد` ends the subject as a complementizer would).
            (
                "وكانت الإدارة الفنية قد نفت أن يكون المدرب قد رحل. وقالت عبر بيان لها إن العقد سار حتى الصيف.",
                &[],
                &[
                    seen(
                        Indirect,
                        "يكون المدرب قد رحل",
                        "نفت",
                        "الإدارة الفنية",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "العقد سار حتى الصيف",
                        "قالت",
                        "الإدارة الفنية",
                        Implicit,
                    ),
                ],
            ),
            // `تابع لـ` is "belonging to", not "went on"; a verb with its conjunction after a
            // comma opens its own report though its complementizer comes late.
            (
                "أعلنت الحركة مسؤوليتها عن الهجوم، ونشر موقع تابع للحركة على الإنترنت صباح اليوم أن منفذ الهجوم قتل.",
                &[organization(&["الحركة"])],
                &[
                    seen(
                        Indirect,
                        "مسؤوليتها عن الهجوم",
                        "أعلنت",
                        "الحركة",
                        Explicit,
                    ),
                    seen(Indirect, "منفذ الهجوم قتل", "نشر", "موقع", Explicit),
                ],
            ),
            // `أحد أبرز` is "one of the most prominent": no cue.
            (
                "يصادف اليوم ذكرى إعدام أحد أبرز قيادات المقاومة الوطنية ضد المستعمر سنة 1963 سالم الدريدي.",
                &[],
                &[],
            ),
            // `الأخير` ("the latter"): the last person named, not the first.
            (
                "وتولى الوزير سامي العبيدي علاج الفنان حسن معاذ، وأوضح الأخير أن العلاج تم في الرباط.",
                &[person(&["سامي العبيدي"]), person(&["حسن معاذ"])],
                &[seen(
                    Indirect,
                    "العلاج تم في الرباط",
                    "أوضح",
                    "حسن معاذ",
                    Explicit,
                )],
            ),
            // ... even one the tagger took for a place.
            (
                "وتولى الوزير سامي العبيدي علاج أمينوكس، وأوضح الأخير أن العلاج تم في الرباط.",
                &[person(&["سامي العبيدي"]), place(&["أمينوكس"])],
                &[seen(
                    Indirect,
                    "العلاج تم في الرباط",
                    "أوضح",
                    "أمينوكس",
                    Explicit,
                )],
            ),
            // Two short complements of one cue, each after its complementizer: both quotes,
            // the first not taken for the subject of the second's clause.
            (
                "وانتقد سامي العبيدي الخطة التي وصفها بأنها \"مغامرة خطيرة\" وبأنها \"خطوة في الاتجاه الخاطئ\".",
                &[person(&["سامي العبيدي"])],
                &[
                    seen(
                        Indirect,
                        "الخطة التي وصفها بأنها \"مغامرة خطيرة\" وبأنها \"خطوة في الاتجاه الخاطئ\"",
                        "انتقد",
                        "سامي العبيدي",
                        Explicit,
                    ),
                    seen(Partial, "مغامرة خطيرة", "وصفها", "سامي العبيدي", Implicit),
                    seen(Direct, "خطوة في الاتجاه الخاطئ", "وصفها", "سامي العبيدي", Implicit),
                ],
            ),
            // A term in marks that a relative clause describes is not a quote; the verb of that
            // clause takes the subject of the sentence's first speech verb.
            (
                "وقال حسن معاذ إن الوضع صعب. وانتقد سامي العبيدي \"الخصخصة\" التي وصفها بأنها \"خطر على الاقتصاد\".",
                &[person(&["حسن معاذ"]), person(&["سامي العبيدي"])],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "حسن معاذ", Explicit),
                    seen(Direct, "خطر على الاقتصاد", "وصفها", "سامي العبيدي", Implicit),
                ],
            ),
            // `تتابع` after a conjunction inside the clause is "follows up", no new report.
            (
                "وأكد سامي العبيدي أن الملحقية تشرف وتتابع دراسة أكثر من ألف طالب في الولايات.",
                &[person(&["سامي العبيدي"])],
                &[seen(
                    Indirect,
                    "الملحقية تشرف وتتابع دراسة أكثر من ألف طالب في الولايات",
                    "أكد",
                    "سامي العبيدي",
                    Explicit,
                )],
            ),
            // A word that is a cue only with support (`يظهر` "appears") does not cut the clause
            // after a comma.
            (
                "وأوضح الباحثون أنه من منظور تطوري، يظهر تفضيل المرأة للرجل الوسيم أكثر من أن تفضل غيره.",
                &[],
                &[seen(
                    Indirect,
                    "من منظور تطوري، يظهر تفضيل المرأة للرجل الوسيم أكثر من أن تفضل غيره",
                    "أوضح",
                    "الباحثون",
                    Explicit,
                )],
            ),
            // Content before its cue: `X، كما يقول ...`, `... بحسب ما أكد ...`; `كما` followed
            // by more than the cue's subject is "and also", no report of what came before.
            (
                "إن الاقتصاد ليس في أزمة، كما يقول بعض المسؤولين.",
                &[],
                &[seen(
                    Indirect,
                    "إن الاقتصاد ليس في أزمة",
                    "يقول",
                    "بعض المسؤولين",
                    Explicit,
                )],
            ),
            (
                "وعاد اللاعبون أمس، لكنه لم يعد إلى الفريق بحسب ما أكد المدرب سامي العلي.",
                &[person(&["سامي العلي"])],
                &[seen(
                    Indirect,
                    "لكنه لم يعد إلى الفريق",
                    "أكد",
                    "سامي العلي",
                    Explicit,
                )],
            ),
            ("وافتتح الوزير المصنع الجديد، كما نفى عنه تهمة الفساد.", &[], &[]),
            // The verb with the pronoun of what was said (`ما أكده`), and `به` after it; the
            // addressee after the source is neither the source nor a report of its own.
            (
                "تم القبض على عنصر متشدد وفق ما أكده مصدر أمني لمراسل الإذاعة في الجهة.",
                &[],
                &[seen(Indirect, "تم القبض على عنصر متشدد", "أكده", "مصدر أمني", Explicit)],
            ),
            (
                "تم القبض على عنصر متشدد، وفق ما أفاد به مصدر أمني.",
                &[],
                &[seen(Indirect, "تم القبض على عنصر متشدد", "أفاد", "مصدر أمني", Explicit)],
            ),
            // `وهو ما أكده X` ("which is what X said") with X named.
            (
                "الوضع الاقتصادي صعب جدا، وهو ما أكده الوزير سامي العلي.",
                &[person(&["سامي العلي"])],
                &[seen(Indirect, "الوضع الاقتصادي صعب جدا", "أكده", "سامي العلي", Explicit)],
            ),
            // Inside a clause, `ما وصفته الشرطة بأنه` describes; it reports nothing before it.
            (
                "وقال المحققون إنهم لم يعثروا على دليل يدعم ما وصفته الشرطة بأنه ادعاء.",
                &[],
                &[seen(
                    Indirect,
                    "لم يعثروا على دليل يدعم ما وصفته الشرطة بأنه ادعاء",
                    "قال",
                    "المحققون",
                    Explicit,
                )],
            ),
            // `وفق ما جاء في X`, `بحسب ما أكد X`: the source comes after `ما` and its verb.
            (
                "وتباينت الآراء بين الإشادة بآرائه التي \"تترجم صوت العقل والعاطفة بعيدا عن التعصب\" وفق ما جاء في إحدى التعليقات على الحلقة.",
                &[],
                &[seen(
                    Direct,
                    "تترجم صوت العقل والعاطفة بعيدا عن التعصب",
                    "وفق",
                    "إحدى التعليقات",
                    Explicit,
                )],
            ),
            // A saying that is only possible or required is no report.
            ("لا يمكن أن تقول إن المنافسين زوروا الانتخابات ضدك.", &[], &[]),
            ("لايمكن أن تقول إنهم قزموك رغم أنك الأكثر شعبية.", &[], &[]),
            ("ويجب أن يعلن الوزير أن الميزانية عجزت عن تغطية النفقات.", &[], &[]),
            // `أما X، ...، فقال`: the cue with `فـ` answers the topic, whose person speaks; a
            // participle of addressing and its addressee are not the speaker, and the quote
            // after them is still direct.
            (
                "أما القيادي في الحزب، سامي العبيدي، فقال مخاطبا أنصار الحزب \"إن النظام الحالي ليس الحل\".",
                &[person(&["سامي العبيدي"])],
                &[seen(Direct, "إن النظام الحالي ليس الحل", "قال", "سامي العبيدي", Explicit)],
            ),
            (
                "وقال وزير النقل مخاطبا الحضور إن الطريق الجديد سيفتتح في الربيع.",
                &[],
                &[seen(
                    Indirect,
                    "الطريق الجديد سيفتتح في الربيع",
                    "قال",
                    "وزير النقل",
                    Explicit,
                )],
            ),
            // `بالنسبة لـ X، ...، فإن ...`: the view is X's, from after `فإن`, and words in marks
            // inside it are X's too, whatever verb the view itself contains.
            (
                "وبالنسبة للخبير الاقتصادي سالم الراشد، مدير مركز الدراسات، فإن ارتفاع الأسعار يؤكد هشاشة السوق \"في ظل غياب الرقابة الكافية\".",
                &[person(&["سالم الراشد"])],
                &[
                    seen(
                        Indirect,
                        "ارتفاع الأسعار يؤكد هشاشة السوق \"في ظل غياب الرقابة الكافية\"",
                        "بالنسبة",
                        "سالم الراشد",
                        Explicit,
                    ),
                    seen(
                        Partial,
                        "في ظل غياب الرقابة الكافية",
                        "بالنسبة",
                        "سالم الراشد",
                        Explicit,
                    ),
                ],
            ),
            // An object between the verb and the preposition of its nominal report; in its
            // object form (`المواطنين`, not `المواطنون`) it is not the speaker either.
            (
                "وقال الوزير سالم العبيدي إن الوضع مستقر تماما. ودعا المواطنين في المدينة إلى الهدوء وعدم الانجرار وراء الشائعات.",
                &[person(&["سالم العبيدي"])],
                &[
                    seen(
                        Indirect,
                        "الوضع مستقر تماما",
                        "قال",
                        "سالم العبيدي",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "الهدوء وعدم الانجرار وراء الشائعات",
                        "دعا",
                        "سالم العبيدي",
                        Implicit,
                    ),
                ],
            ),
            (
                "وطالب الوزير كريم الساعدي النواب الجدد بالإسراع في إقرار قانون الموازنة.",
                &[person(&["كريم الساعدي"])],
                &[seen(
                    Indirect,
                    "الإسراع في إقرار قانون الموازنة",
                    "طالب",
                    "كريم الساعدي",
                    Explicit,
                )],
            ),
            // A speech verb inside a reported clause that names nobody (`التي تحدثت عنها الدراسة`,
            // agreeing with its own subject) is part of the report: the words in marks are the
            // clause's speaker's.
            (
                "وأكد الوزير سالم الراشد أن المشروع سيكتمل قريبا، مشيرا إلى أن الخطة التي تحدثت عنها الدراسة \"تحتاج إلى تمويل إضافي كبير\".",
                &[person(&["سالم الراشد"])],
                &[
                    seen(
                        Indirect,
                        "المشروع سيكتمل قريبا",
                        "أكد",
                        "سالم الراشد",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "الخطة التي تحدثت عنها الدراسة \"تحتاج إلى تمويل إضافي كبير\"",
                        "مشيرا",
                        "سالم الراشد",
                        Implicit,
                    ),
                    seen(
                        Partial,
                        "تحتاج إلى تمويل إضافي كبير",
                        "تحدثت",
                        "سالم الراشد",
                        Implicit,
                    ),
                ],
            ),
            // A cue right after a relative pronoun: its subject is the noun before it.
            (
                "ورحب بالقرار مجلس النواب الذي أكد أن الجلسة ستعقد الأسبوع المقبل.",
                &[organization(&["مجلس النواب"])],
                &[seen(
                    Indirect,
                    "الجلسة ستعقد الأسبوع المقبل",
                    "أكد",
                    "مجلس النواب",
                    Explicit,
                )],
            ),
            // A title completed by an organization, then the person who holds it.
            (
                "وأكد رئيس البرلمان الأوروبي، ديفيد ساسولي، أن الاتفاق سيوقع قبل الصيف.",
                &[organization(&["البرلمان الأوروبي"]), person(&["ديفيد ساسولي"])],
                &[seen(
                    Indirect,
                    "الاتفاق سيوقع قبل الصيف",
                    "أكد",
                    "ديفيد ساسولي",
                    Explicit,
                )],
            ),
            // A place behind its own preposition (`بباريس`) is no subject of the verb after it;
            // the subject of `نشرت` ("published", a cue) is.
            (
                "ونشرت الهيئة تقريرا بباريس أكدت فيه أن الأسعار ارتفعت بشكل كبير.",
                &[organization(&["الهيئة"]), place(&["باريس"])],
                &[seen(
                    Indirect,
                    "الأسعار ارتفعت بشكل كبير",
                    "أكدت",
                    "الهيئة",
                    Explicit,
                )],
            ),
            // A cue opening a clause of time: the main clause's subject speaks.
            (
                "ثم رد المدرب خالد الشمري على الانتقادات عندما قال إن الفريق سيعود أقوى في الموسم المقبل.",
                &[person(&["خالد الشمري"])],
                &[seen(
                    Indirect,
                    "الفريق سيعود أقوى في الموسم المقبل",
                    "قال",
                    "خالد الشمري",
                    Explicit,
                )],
            ),
            // A speech verb with an object pronoun (`وصفها بأنها`): a characterisation in marks.
            (
                "وانتقد الوزير سامي العلي الخطة التي وصفها بأنها \"مغامرة خطيرة\" وطالب بسحبها.",
                &[person(&["سامي العلي"])],
                &[
                    seen(
                        Indirect,
                        "الخطة التي وصفها بأنها \"مغامرة خطيرة\"",
                        "انتقد",
                        "سامي العلي",
                        Explicit,
                    ),
                    seen(Partial, "مغامرة خطيرة", "وصفها", "سامي العلي", Implicit),
                ],
            ),
            // A source phrase with no comma, its view after `فإن`.
            (
                "وبحسب وزارة السياحة فإن عدد الزوار تضاعف خلال العام الماضي.",
                &[organization(&["وزارة السياحة"])],
                &[seen(
                    Indirect,
                    "عدد الزوار تضاعف خلال العام الماضي",
                    "بحسب",
                    "وزارة السياحة",
                    Explicit,
                )],
            ),
            // After a definite source noun, an indefinite noun is the verb's object, not more of
            // the source.
            (
                "وأرجع التقرير أسباب الارتفاع إلى تحسن الخدمات في المطارات.",
                &[],
                &[seen(
                    Indirect,
                    "أسباب الارتفاع إلى تحسن الخدمات في المطارات",
                    "أرجع",
                    "التقرير",
                    Explicit,
                )],
            ),
            // An appeal reports a noun phrase after its preposition.
            (
                "ودعا رئيس البلدية ماهر الحسن إلى إصلاح الطرق المتضررة قبل الشتاء.",
                &[person(&["ماهر الحسن"])],
                &[seen(
                    Indirect,
                    "إصلاح الطرق المتضررة قبل الشتاء",
                    "دعا",
                    "ماهر الحسن",
                    Explicit,
                )],
            ),
            // A present-tense feminine cue.
            (
                "وتقول الباحثة ليلى منصور إن الدراسة شملت ثلاثة آلاف طالب.",
                &[person(&["ليلى منصور"])],
                &[seen(
                    Indirect,
                    "الدراسة شملت ثلاثة آلاف طالب",
                    "تقول",
                    "ليلى منصور",
                    Explicit,
                )],
            ),
            // A feminine participle chains a second report onto the same speaker; the first
            // clause ends where the comma hands over.
            (
                "وقالت ليلى منصور إن النتائج مشجعة جدا، مشيرة إلى أن العينة ستتوسع العام المقبل.",
                &[person(&["ليلى منصور"])],
                &[
                    seen(
                        Indirect,
                        "النتائج مشجعة جدا",
                        "قالت",
                        "ليلى منصور",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "العينة ستتوسع العام المقبل",
                        "مشيرة",
                        "ليلى منصور",
                        Implicit,
                    ),
                ],
            ),
            // `مؤكدة` as an adjective, with nothing reported: no quote.
            ("وصدرت معلومات مؤكدة عن الحادث في المدينة.", &[], &[]),
            // `يذكر أن`: the writer's own aside, not a report.
            ("ويذكر أن المدينة شهدت فيضانات مماثلة قبل عامين.", &[], &[]),
            // A denial reports its object; the spokesman's phrase keeps `باسم الوزارة`.
            (
                "ونفى المتحدث باسم الوزارة وجود أي إصابات بين العاملين في المصنع.",
                &[],
                &[seen(
                    Indirect,
                    "وجود أي إصابات بين العاملين في المصنع",
                    "نفى",
                    "المتحدث باسم الوزارة",
                    Explicit,
                )],
            ),
            // A cue inside a relative clause on the subject (`التي نشرت صور المنفذين`) leaves
            // the complementizer to the main cue, whose speaker stops at the relative pronoun.
            (
                "وقالت الشرطة التي نشرت صور المنفذين إن المهاجم الأول من أصول باكستانية.",
                &[],
                &[seen(
                    Indirect,
                    "المهاجم الأول من أصول باكستانية",
                    "قالت",
                    "الشرطة",
                    Explicit,
                )],
            ),
            (
                "وقال الوزير الذي زار المدينة أمس إن المشروع سينطلق قريبا.",
                &[],
                &[seen(
                    Indirect,
                    "المشروع سينطلق قريبا",
                    "قال",
                    "الوزير",
                    Explicit,
                )],
            ),
            // A verb's object before quoted words is no subject: the report is the object.
            (
                "وقالت النقابة إن الصحافة في خطر كبير. ورفضت قرار وزير الداخلية بتحجير صدور جريدة \"الأيام\" بسبب مقال.",
                &[organization(&["النقابة"])],
                &[
                    seen(
                        Indirect,
                        "الصحافة في خطر كبير",
                        "قالت",
                        "النقابة",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "قرار وزير الداخلية بتحجير صدور جريدة \"الأيام\" بسبب مقال",
                        "رفضت",
                        "النقابة",
                        Implicit,
                    ),
                ],
            ),
            // With its own complementizer close by, the relative clause's cue reports that.
            (
                "ورد الأب على بيان الجامعة التي أكدت فيه أن ابنته لم تختر الطب.",
                &[organization(&["الجامعة"])],
                &[seen(
                    Indirect,
                    "ابنته لم تختر الطب",
                    "أكدت",
                    "الجامعة",
                    Explicit,
                )],
            ),
            // A name in marks opening the report: the report goes on after the marks.
            (
                "وقالت الشرطة إن \"سامي الفارس\" هو أحد المهاجمين الثلاثة.",
                &[person(&["سامي الفارس"])],
                &[seen(
                    Indirect,
                    "\"سامي الفارس\" هو أحد المهاجمين الثلاثة",
                    "قالت",
                    "الشرطة",
                    Explicit,
                )],
            ),
            // Quoted words the writer's clause goes on after: a report holding a partial quote.
            (
                "وقال الوزير إن \"الحكومة فشلت\" في إدارة الأزمة الحالية.",
                &[],
                &[
                    seen(
                        Indirect,
                        "\"الحكومة فشلت\" في إدارة الأزمة الحالية",
                        "قال",
                        "الوزير",
                        Explicit,
                    ),
                    seen(Partial, "الحكومة فشلت", "قال", "الوزير", Explicit),
                ],
            ),
            // After a comma, or before `على حد تعبيره`, the writer comments: the quote alone.
            (
                "وقال الوزير إنه \"لا مكان للخائفين في البلاد\"، في إشارة إلى خصومه.",
                &[],
                &[seen(
                    Direct,
                    "لا مكان للخائفين في البلاد",
                    "قال",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وأكد الوزير أن \"الجميع حر في رأيه\" على حد تعبيره.",
                &[],
                &[seen(
                    Direct,
                    "الجميع حر في رأيه",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// Past the complementizer window, `إن` or a comma before `أن` still closes a long
    /// attribution; any other far `أن` belongs to the words before it.
    #[test]
    fn arabic_complementizer_past_a_long_attribution() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The speaker's description and the occasion run past thirty tokens; `إن` is `قال`'s.
            (
                "قال علي الهمامي شقيق الشاب المتهم بتنفيذ الهجوم الذي أودى بحياة عشرات الأشخاص في مدينة سوسة الساحلية في تصريح خاص لإذاعة محلية مساء اليوم الأحد 17 جويلية 2016 إن والده سيسافر غدا إلى فرنسا للتعرف على الجثة.",
                &[person(&["علي الهمامي"])],
                &[seen(
                    Indirect,
                    "والده سيسافر غدا إلى فرنسا للتعرف على الجثة",
                    "قال",
                    "علي الهمامي",
                    Explicit,
                )],
            ),
            // The occasion closed by a comma before `أنه`.
            (
                "وأكد الكاتب العام للنقابة الجهوية للتعليم الأساسي محمد الطرابلسي في تصريح لإذاعة محلية اليوم الاثنين، على إثر جلسة تفاوض جمعت ممثلين عن النقابة ووزارة التربية والمندوبية الجهوية للتعليم بالجهة، أنه تم الاتفاق على تأجيل الإضراب إلى موعد لاحق.",
                &[person(&["محمد الطرابلسي"])],
                &[seen(
                    Indirect,
                    "تم الاتفاق على تأجيل الإضراب إلى موعد لاحق",
                    "أكد",
                    "محمد الطرابلسي",
                    Explicit,
                )],
            ),
            // `على أن` ("provided that") is no complementizer of the verb far before it.
            (
                "وتحدث المدير الجهوي للفلاحة بالقيروان في ندوة صحفية عقدها صباح اليوم بمقر الولاية عن شروط الحصول على رخصة حفر بئر وهي عدم وجود مخالفات سابقة لدى صاحب المطلب وموافقة المصالح الفنية المختصة، على أن تبقى الموافقة النهائية بيد الوزارة.",
                &[],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn english_reported_clauses() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A definite title with no name is the person named just before it ...
            (
                "Jo Hart has quit the party. The MEP said he was ashamed to have joined it.",
                &[person(&["Jo Hart"])],
                &[seen(
                    Indirect,
                    "he was ashamed to have joined it",
                    "said",
                    "Jo Hart",
                    Explicit,
                )],
            ),
            // ... but not someone named several sentences earlier.
            (
                "Jo Hart has quit the party. Voters were surprised. The vote is in May. Polls are open late. The minister said the count would be fast.",
                &[person(&["Jo Hart"])],
                &[seen(
                    Indirect,
                    "the count would be fast",
                    "said",
                    "The minister",
                    Explicit,
                )],
            ),
            // After `told` and its addressee, a subject with an appositive of its own.
            (
                "The minister told MPs the plan, drawn up by Anna Lind in 2019, was entirely sound.",
                &[person(&["Anna Lind"])],
                &[seen(
                    Indirect,
                    "the plan, drawn up by Anna Lind in 2019, was entirely sound",
                    "told",
                    "The minister",
                    Explicit,
                )],
            ),
            // An employer and a job before the person after the cue.
            (
                "The shares fell on Monday, said Nordbank analyst Tom Avery, adding that more losses were likely.",
                &[organization(&["Nordbank"]), person(&["Tom Avery"])],
                &[seen(
                    Indirect,
                    "more losses were likely",
                    "adding",
                    "Tom Avery",
                    Implicit,
                )],
            ),
            // A long appositive with a relative clause between the name and the cue.
            (
                "Lena Ortiz, a London fund manager who has held talks with the club over a possible bond sale, said the club needs new owners.",
                &[person(&["Lena Ortiz"])],
                &[seen(
                    Indirect,
                    "the club needs new owners",
                    "said",
                    "Lena Ortiz",
                    Explicit,
                )],
            ),
            // An appositive between dashes, naming someone else, before the cue.
            (
                "Fund manager Lena Ortiz - Greenline Energy's largest investor - said the board must be replaced.",
                &[person(&["Lena Ortiz"]), organization(&["Greenline Energy"])],
                &[seen(
                    Indirect,
                    "the board must be replaced",
                    "said",
                    "Lena Ortiz",
                    Explicit,
                )],
            ),
            (
                "Anna Lind said that the plant would close in May.",
                &[person(&["Anna Lind"])],
                &[seen(
                    Indirect,
                    "the plant would close in May",
                    "said",
                    "Anna Lind",
                    Explicit,
                )],
            ),
            // `that` dropped after a descriptive subject.
            (
                "The mayor said the bridge would reopen in March.",
                &[],
                &[seen(
                    Indirect,
                    "the bridge would reopen in March",
                    "said",
                    "The mayor",
                    Explicit,
                )],
            ),
            // `told` + addressee, then `saying` chains a second report onto the same speaker.
            (
                "Anna Lind told reporters the plant would close, saying that costs had doubled.",
                &[person(&["Anna Lind"])],
                &[
                    seen(
                        Indirect,
                        "the plant would close",
                        "told",
                        "Anna Lind",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "costs had doubled",
                        "saying",
                        "Anna Lind",
                        Implicit,
                    ),
                ],
            ),
            // `claims` as a noun: no quote.
            ("The claims were rejected by the court last week.", &[], &[]),
            // A denial reports its object; an anaphoric `the allegations` reports nothing.
            (
                "Anna Lind denied charges of fraud and conspiracy. Later she denied the allegations.",
                &[person(&["Anna Lind"])],
                &[seen(Indirect, "charges of fraud and conspiracy", "denied", "Anna Lind", Explicit)],
            ),
            // After `told`, a determiner starts the addressee, not the clause.
            (
                "Anna Lind told the federal court the plant would close in May.",
                &[person(&["Anna Lind"])],
                &[seen(Indirect, "the plant would close in May", "told", "Anna Lind", Explicit)],
            ),
            // A pronoun subject: the name after the cue is part of what was said.
            (
                "She said Germany and France would sign the treaty in June.",
                &[],
                &[seen(Indirect, "Germany and France would sign the treaty in June", "said", "", Unresolved)],
            ),
            // An impersonal passive takes the source that closes its sentence, and the source's
            // clause is that report alone, not one around it.
            (
                "By 2030, it is predicted that the rebate will be worth ten billion euros, according to the European Commission.",
                &[organization(&["European Commission"])],
                &[seen(
                    Indirect,
                    "the rebate will be worth ten billion euros",
                    "predicted",
                    "European Commission",
                    Explicit,
                )],
            ),
            // An appositive that opens with an affiliation describes the name before it, even
            // one the tagger took for an organization.
            (
                "Toshihiko Horiuchi, from the Acme Research Laboratory, said the robot was safe.",
                &[
                    organization(&["Toshihiko Horiuchi"]),
                    organization(&["Acme Research Laboratory"]),
                ],
                &[seen(
                    Indirect,
                    "the robot was safe",
                    "said",
                    "Toshihiko Horiuchi",
                    Explicit,
                )],
            ),
            // A perfect auxiliary and an adverb between the subject and its verb.
            (
                "Neil Kinnock has also suggested the party should change its name.",
                &[person(&["Neil Kinnock"])],
                &[seen(
                    Indirect,
                    "the party should change its name",
                    "suggested",
                    "Neil Kinnock",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }
}
