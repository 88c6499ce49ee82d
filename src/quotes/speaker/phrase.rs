//! Speakers that are phrases of the text rather than found entities: a name the tagger missed
//! (`وقال علي ثاني "..."`), an unnamed source described by a noun phrase (`مصادر في ديوان
//! محافظة البصرة`, `a ministry spokesman`), and the constructors every finder shares.

use crate::entities::is_institution_head;
use crate::quotes::document::{strip_article, Doc};
use crate::quotes::types::{AttributionMethod, Speaker};
use crate::text::NormSpan;

/// How many words a missed name may have (`علي ثاني`, `سامر بركات`).
const NAME_WORDS: usize = 3;
/// How many words an unnamed source's description may run on after its noun (`مصادر في ديوان
/// محافظة البصرة`: four).
const SOURCE_PHRASE_WORDS: usize = 6;

/// Up to three name-like words from token `start` (after the cue at `cue`) that end where a
/// speaker phrase ends; their span, and the entity of any part the tagger did find.
pub(in crate::quotes) fn name_phrase(
    doc: &Doc,
    cue: usize,
    start: usize,
) -> Option<(NormSpan, Option<usize>)> {
    let mut end = start;
    while end < doc.tokens.len()
        && end - start < NAME_WORDS
        && doc.same_sentence(cue, end)
        && (doc.is_name_like(end) || doc.in_speaker_mention[end])
        // `قال المدير لمراسل "..."`: the press spoken to ends the name, and so does whom the
        // verb addresses (`ودعا قعليش المحامين إلى`).
        && !(end > start && doc.is_spoken_to(cue, end))
    {
        end += 1;
    }
    // The longest run of name-like words that a boundary follows.
    let end = (start + 1..=end)
        .rev()
        .find(|&e| doc.ends_speaker_phrase_of(cue, e))?;
    // The whole first word: a name taken for a clitic split keeps its letters.
    let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
    // Part of the name was found (`سامر` + the mention `بركات`): keep the link to that entity.
    let entity = (start..end).find_map(|i| {
        doc.mention_starting_at(i)
            .or_else(|| doc.mention_ending_at(i))
            .map(|(_, e)| e)
            .filter(|&e| doc.is_speaker_entity(e))
    });
    Some((span, entity))
}

/// How many words a subject described in words no lexicon has may run to (`كاتب عام النقابة
/// العامة للتعليم الأساسي بالاتحاد العام التونسي للشغل المستوري القمودي`: twelve).
const DESCRIBED_SUBJECT_WORDS: usize = 12;

/// The subject between a cue and its report when neither the tagger nor the title and source
/// lexicons know it (`أكد رئيس تيار المحبة الهاشمي الحامدي في اتصال هاتفي أن`, `صرح كاتب عام
/// النقابة ... المستوري القمودي اليوم أن`): two words or more from `start` up to where a speaker
/// phrase ends, when the report's complementizer, colon or quote mark follows in the sentence
/// with no other cue between. The phrase holds the name wherever the name stands in it.
pub(in crate::quotes) fn described_subject(
    doc: &Doc,
    cue: usize,
    start: usize,
) -> Option<NormSpan> {
    let first = doc.tokens.get(start)?;
    if doc.lang.carries_preposition(first) {
        return None;
    }
    let mut end = start;
    while end < doc.tokens.len()
        && end - start < DESCRIBED_SUBJECT_WORDS
        && doc.same_sentence(cue, end)
    {
        if !is_subject_word(doc, end) || (end > start && doc.lang.addressee_at(doc, cue, end)) {
            break;
        }
        end += 1;
    }
    if end - start < 2 || !doc.ends_speaker_phrase_of(cue, end) {
        return None;
    }
    // A verb that takes an object may have it here, quoted words after it (`رفضها لقرار وزير
    // الداخلية بتحجير جريدة "..."`): only a complementizer or a colon then says the words
    // were its subject.
    let takes_object = doc.cue(cue).is_some_and(|w| w.nominal.contains(&""));
    let reach = doc.lang.complementizer_window();
    let reported = (end..(end + reach).min(doc.tokens.len()))
        .take_while(|&k| doc.same_sentence(cue, k) && !doc.is_cue(k))
        .any(|k| {
            doc.opens_complement(k)
                || (!takes_object && crate::quotes::document::is_quote_mark(&doc.tokens[k]))
        });
    // Whom a verb of calling on addresses ends its subject as surely (`ودعت شرطة مدينة أوديسا
    // الأوكرانية المواطنين إلى`).
    let addressee_follows = || doc.lang.addressee_at(doc, cue, end);
    // `وعبر حزب آفاق تونس عن تضامنه`, `أعلنت نقابة موظفي أعوان الولاية عن`: the report's own
    // `عن` right after a phrase headed by an institution. (`كشفت الصين النقاب عن`: an object
    // may stand there too.)
    let about_follows = || {
        is_institution_head(strip_article(first.name_key()))
            && doc.tokens.get(end).is_some_and(|t| t.key == "عن")
            // `أعلن تنظيم داعش مسؤوليته عن الهجوم`: a noun with a pronoun is the verb's object.
            && !doc.tokens[start..end].iter().any(|t| t.has_enclitic())
    };
    (reported || addressee_follows() || about_follows())
        .then(|| NormSpan::new(first.name_span().start, doc.tokens[end - 1].span.end))
}

/// Token `k` may be a word of a subject the lexicons do not know: a word, not a cue, a function
/// word or a pronoun, and nothing that ends a speaker phrase.
pub(in crate::quotes) fn is_subject_word(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.is_word()
        && !doc.is_cue(k)
        && !doc.lang.is_function_word(t)
        && !doc.lang.is_pronoun(t)
        && !doc.ends_speaker_phrase(k)
}

/// A speaker named by the text at `span`, with no entity.
pub(in crate::quotes) fn phrase_speaker(
    doc: &Doc,
    span: NormSpan,
    method: AttributionMethod,
) -> Speaker {
    Speaker {
        name: span.slice(doc.text).to_string(),
        entity: None,
        mention: Some(span),
        method,
    }
}

/// An unnamed source from its noun at `start`: the descriptive phrase runs to the addressee,
/// the complementizer, a comma or a word with a preposition attached (`مصادر في ديوان محافظة
/// البصرة`, `ناشطون في البصرة`, `a ministry spokesman`). `المصادر ذاتها`, a source met before,
/// and `البيان` alone, a statement met before, come back IMPLICIT for the attribution to resolve.
pub(in crate::quotes) fn source_speaker(doc: &Doc, start: usize) -> Speaker {
    // `بيان صادر عن الديوان الملكي`, `بلاغ للمديرية العامة للأمن الوطني`: a document speaks
    // for whoever issued it, when the tagger found them.
    let issuer = doc
        .lang
        .document_issuer_start(doc, start)
        .and_then(|k| doc.mention_starting_at(k))
        .filter(|&(_, e)| doc.is_speaker_entity(e));
    if let Some((span, entity)) = issuer {
        return entity_speaker(doc, span, entity);
    }
    let mut end = start;
    while end + 1 < doc.tokens.len()
        && end - start < SOURCE_PHRASE_WORDS
        && doc.same_sentence(start, end + 1)
        && doc.tokens[end + 1].is_word()
        && !doc.is_cue(end + 1)
        && !doc.lang.is_complementizer(&doc.tokens[end + 1])
        && doc.lang.continues_source_phrase(doc, start, end + 1)
    {
        end += 1;
    }
    // `صحيفة "دايلي مايل"`, `the newspaper "Le Monde"`: the outlet's name in marks ends the
    // description and is part of it.
    if let Some(after) = doc.after_quoted_name(end + 1) {
        if doc.same_sentence(start, after - 1) {
            end = after - 1;
        }
    }
    let span = NormSpan::new(
        doc.tokens[start].name_span().start,
        doc.tokens[end].span.end,
    );
    let refers_back = (start..=end).any(|i| doc.lang.is_sameness_marker(&doc.tokens[i]))
        || (end == start && doc.lang.is_earlier_document(doc, start))
        || doc.lang.is_guest_noun(&doc.tokens[start]);
    phrase_speaker(
        doc,
        span,
        if refers_back {
            AttributionMethod::Implicit
        } else {
            AttributionMethod::Explicit
        },
    )
}

/// The entity at mention `span`, named explicitly.
pub(in crate::quotes) fn entity_speaker(doc: &Doc, span: NormSpan, entity: usize) -> Speaker {
    Speaker {
        name: doc.entities[entity].name.clone(),
        entity: Some(entity),
        mention: Some(span),
        method: AttributionMethod::Explicit,
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::testing::{check, organization, person, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect},
    };
    use crate::text::lang::Language;

    #[test]
    fn unnamed_sources_keep_their_description_and_stop_where_the_report_starts() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقالت مصادر في ديوان محافظة الموصل إن اللجنة ستجتمع غدا في المدينة.",
                &[],
                &[seen(
                    Indirect,
                    "اللجنة ستجتمع غدا في المدينة",
                    "قالت",
                    "مصادر في ديوان محافظة الموصل",
                    Explicit,
                )],
            ),
            (
                "وقال مصدر مطلع إن الاتفاق سيوقع الأسبوع المقبل في العاصمة.",
                &[],
                &[seen(
                    Indirect,
                    "الاتفاق سيوقع الأسبوع المقبل في العاصمة",
                    "قال",
                    "مصدر مطلع",
                    Explicit,
                )],
            ),
            // A correspondent reports too.
            (
                "تعرض المدير إلى الاعتداء بالعنف، وفق ما أكده مراسل الإذاعة.",
                &[],
                &[seen(
                    Indirect,
                    "تعرض المدير إلى الاعتداء بالعنف",
                    "أكده",
                    "مراسل الإذاعة",
                    Explicit,
                )],
            ),
            // A statement speaks for its author, who may be named after it.
            (
                "وأكد بيان صادر عن مجلس الوزراء أن الدعم سيصل إلى كل المتضررين.",
                &[organization(&["مجلس الوزراء"])],
                &[seen(
                    Indirect,
                    "الدعم سيصل إلى كل المتضررين",
                    "أكد",
                    "مجلس الوزراء",
                    Explicit,
                )],
            ),
            // The pronoun after the cue is the addressee, the name after it the speaker.
            (
                "وقال لها سمير الحداد: \"لا أملك وقتا لهذه الأسئلة اليوم\".",
                &[person(&["سمير الحداد"])],
                &[seen(
                    Direct,
                    "لا أملك وقتا لهذه الأسئلة اليوم",
                    "قال",
                    "سمير الحداد",
                    Explicit,
                )],
            ),
            (
                "وعلق عليه سمير الحداد: \"هذا القرار جاء متأخرا جدا\".",
                &[person(&["سمير الحداد"])],
                &[seen(
                    Direct,
                    "هذا القرار جاء متأخرا جدا",
                    "علق",
                    "سمير الحداد",
                    Explicit,
                )],
            ),
            // A party named in marks before the complementizer speaks.
            (
                "واعتبر \"حزب الأمل\"، أن الانتخابات المقبلة لن تغير شيئا في البلاد.",
                &[],
                &[seen(
                    Indirect,
                    "الانتخابات المقبلة لن تغير شيئا في البلاد",
                    "اعتبر",
                    "حزب الأمل",
                    Explicit,
                )],
            ),
            // A relative named by whose relative they are.
            (
                "وأكد زوج المعلمة أن العائلة ستلجأ إلى القضاء بعد الحادثة.",
                &[],
                &[seen(
                    Indirect,
                    "العائلة ستلجأ إلى القضاء بعد الحادثة",
                    "أكد",
                    "زوج المعلمة",
                    Explicit,
                )],
            ),
            // An outlet's talk is about what follows `عن`, not part of its name.
            (
                "وتحدثت الصحيفة عن خلافات عميقة داخل الحكومة حول الموازنة.",
                &[],
                &[seen(
                    Indirect,
                    "خلافات عميقة داخل الحكومة حول الموازنة",
                    "تحدثت",
                    "الصحيفة",
                    Explicit,
                )],
            ),
            // A newspaper named in marks after its noun is the source, marks and all.
            (
                "وذكر موقع صحيفة \"الأيام\" أن المفاوضات توقفت بسبب الخلاف على الأسعار.",
                &[],
                &[seen(
                    Indirect,
                    "المفاوضات توقفت بسبب الخلاف على الأسعار",
                    "ذكر",
                    "موقع صحيفة \"الأيام\"",
                    Explicit,
                )],
            ),
            // The addressee after `لـ` is not part of the source.
            (
                "وقالت مصادر للصحيفة إن الوزير سيستقيل قبل نهاية العام.",
                &[],
                &[seen(
                    Indirect,
                    "الوزير سيستقيل قبل نهاية العام",
                    "قالت",
                    "مصادر",
                    Explicit,
                )],
            ),
            // A name the tagger missed, right after the cue, before the complementizer.
            (
                "وقال جاسم الفيلكاوي إن السوق سيتعافى خلال أشهر قليلة.",
                &[],
                &[seen(
                    Indirect,
                    "السوق سيتعافى خلال أشهر قليلة",
                    "قال",
                    "جاسم الفيلكاوي",
                    Explicit,
                )],
            ),
            (
                "وقالت الباحثة ليلى منصور إن الدراسة شملت ثلاثة آلاف طالب.",
                &[person(&["ليلى منصور"])],
                &[seen(
                    Indirect,
                    "الدراسة شملت ثلاثة آلاف طالب",
                    "قالت",
                    "ليلى منصور",
                    Explicit,
                )],
            ),
            // A subject no lexicon knows, up to where the circumstances start: the whole
            // description with the name in it.
            (
                "أكد رئيس تيار الأمل الهادي الزغلامي في اتصال هاتفي أن الحكومة فشلت.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة فشلت",
                    "أكد",
                    "رئيس تيار الأمل الهادي الزغلامي",
                    Explicit,
                )],
            ),
            (
                "صرح كاتب عام نقابة التعليم بالاتحاد الجهوي للشغل المنجي الورتاني اليوم أن الإضراب قائم.",
                &[],
                &[seen(
                    Indirect,
                    "الإضراب قائم",
                    "صرح",
                    "كاتب عام نقابة التعليم بالاتحاد الجهوي للشغل المنجي الورتاني",
                    Explicit,
                )],
            ),
            // The description a person was introduced with stands for that person.
            (
                "وزار مدير عام هيئة الرقابة، سامي الحداد، المدينة. وأكد مدير عام هيئة الرقابة أن العمل متواصل.",
                &[person(&["سامي الحداد"])],
                &[seen(
                    Indirect,
                    "العمل متواصل",
                    "أكد",
                    "سامي الحداد",
                    Explicit,
                )],
            ),
            // An adverb after the cue is no subject.
            (
                "وأكد مرة أخرى أن الحكومة فشلت في إدارة الأزمة.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة فشلت في إدارة الأزمة",
                    "أكد",
                    "",
                    Unresolved,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }
}
