//! The speaker named next to a cue: after it (`قال الكاظمي`, `said Smith`, `وقالت مصادر في
//! ...`), or before it (`Smith said`, `Smith, 52, said`). Each way of finding one is a `Finder`;
//! a language lists its finders in the order they are tried (`QuoteLanguage::speaker_finders`).
//! Asked through `Doc::explicit_speaker`, which runs this once per cue.

use super::phrase::{
    described_subject, entity_speaker, is_subject_word, name_phrase, phrase_speaker, source_speaker,
};
use crate::quotes::document::{strip_article, Doc};
use crate::quotes::language::Number;
use crate::quotes::types::{AttributionMethod, Speaker};
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// One way of finding the speaker of the cue at a token.
pub(in crate::quotes) type Finder = fn(&Doc, usize) -> Option<Speaker>;

/// How many title words may stand between a cue and the name (`قال رئيس الوزراء العراقي
/// مصطفى الكاظمي`: three).
const TITLE_WORDS: usize = 5;
/// How far back before a cue its subject may end, punctuation or auxiliaries between (`Smith,
/// said`, `Barroso has also suggested`).
const SUBJECT_GAP: usize = 3;
/// How long an appositive between a name and its cue may be, in tokens (`Smith, who heads the
/// union, said`; `Lena Ortiz, a London fund manager who has held talks with the club over a
/// possible bond sale, said`: seventeen).
pub(in crate::quotes) const APPOSITIVE_WINDOW: usize = 20;

/// How many words titles and their complement may have when they close the sentence after a
/// cue that reports what came before it (`وفق ما أكده المدير الجهوي للتجارة بصفاقس`: five).
const TRAILING_TITLE_WORDS: usize = 8;

/// The explicit speaker of the cue at token `cue`, if one is named.
pub(in crate::quotes) fn find(doc: &Doc, cue: usize) -> Option<Speaker> {
    let cue_token = &doc.tokens[cue];
    if cue_token.key == ":" {
        return headline_speaker(doc, cue);
    }
    // `مضيفاً`, `داعياً`: the participle's subject is the speaker already talking; what follows
    // it is an object (`داعياً القوات الأمنية إلى ...`). Only a language's `quotes X as saying`
    // names someone else.
    if doc.is_chaining(cue) {
        return doc.lang.quoted_as_saying(doc, cue);
    }
    // `ودعا الفرنسيين إلى التصويت`, `ودعا للمرة الثانية المواطنين إلى`: whom the verb calls on
    // is no speaker, whichever finder offers it; nor is the press spoken to (`بحسب ما أكدته
    // مؤخرا لوكالة الأنباء الرسمية`), unless the cue names its source (`وفقا لوكالة الأنباء`).
    let source_phrase = doc.is_source_phrase(cue);
    let names_addressee = |speaker: &Speaker| {
        speaker.mention.is_some_and(|m| {
            let k = doc.token_containing(m.start);
            k > cue
                && (doc.lang.addressee_at(doc, cue, k)
                    || (!source_phrase && doc.lang.press_addressee(doc, k)))
        })
    };
    // `ووصفوا الوضع بـ"..."`: a verb before its subject agrees with it in gender only, so a
    // plural verb carries its subject as a pronoun, and the noun after it is its object. (Not
    // the dual, whose form is also an accusative noun: `ردا على سؤال`, `رفضا`, `طالبا`.)
    let subject_in_verb = doc.lang.subject_follows_verb()
        && doc
            .cue(cue)
            .is_some_and(|w| w.agreement.number == Some(Number::Plural));
    let names_object = |speaker: &Speaker| {
        subject_in_verb
            && speaker
                .mention
                .is_some_and(|m| m.start >= cue_token.span.end)
    };
    let found = doc.lang.speaker_finders().iter().find_map(|finder| {
        let speaker = finder(doc, cue).filter(|s| !names_addressee(s) && !names_object(s))?;
        doc.lang.agreeing_speaker(doc, cue, speaker)
    })?;
    // `وفق X`, `according to X`: a source phrase names its source after it; a noun before it
    // belongs to the sentence it closes (`شركات ومواطنين، وفق احصائية ...`).
    if source_phrase && found.mention.is_some_and(|m| m.start < cue_token.span.end) {
        return None;
    }
    Some(found)
}

/// `الكاظمي من البصرة: ...`: the person opening the sentence of a headline colon.
fn headline_speaker(doc: &Doc, colon: usize) -> Option<Speaker> {
    let start = doc.sentence_start(colon);
    if start == colon {
        return None;
    }
    let (span, entity) = doc.mention_starting_at(start)?;
    Some(entity_speaker(doc, span, entity))
}

/// The speaker after the cue: an entity (titles may come first), a name the tagger missed, a
/// title standing for the person who holds it, or an unnamed source.
pub(in crate::quotes) fn after_cue(doc: &Doc, cue: usize) -> Option<Speaker> {
    let cue_token = &doc.tokens[cue];
    let after = cue + 1;
    // `Smith told Reuters`, `أبلغ الوزير الصحافيين`: after `told` comes the addressee.
    if after >= doc.tokens.len()
        || !doc.same_sentence(cue, after)
        || doc.lang.addressee_follows(cue_token)
    {
        return None;
    }
    let source_phrase = doc.is_source_phrase(cue);
    let probe = if source_phrase {
        after + doc.lang.source_link_len(doc, after)
    } else {
        after
    };
    // `according to the Ministry of Transport`: the entity starts after the article. After a
    // speech verb `the` starts the reported clause instead (`said the deficit ...`).
    let probe = if source_phrase
        && doc
            .tokens
            .get(probe)
            .is_some_and(|t| doc.lang.is_article(t))
        && doc.mention_starting_at(probe).is_none()
    {
        probe + 1
    } else {
        probe
    };
    // An adverb or an addressee may come first (`قال أيضا`, `قال لـ "الاقتصادية" حسين آس`).
    let probe = if source_phrase {
        probe
    } else {
        doc.lang.skip_aside_after_cue(doc, cue, probe)
    };
    // `اعتبر "حزب التحرير"، أن ...`: a name in marks, then the complementizer: the speaker; so
    // is one right after a verb whose object is already in place (`وفق ما أوردته "العربية"`).
    if let Some(after) = doc.after_quoted_name(probe) {
        let complementizer = (after..(after + 2).min(doc.tokens.len()))
            .find(|&k| !doc.tokens[k].is_comma())
            .is_some_and(|k| {
                doc.same_sentence(cue, k) && doc.lang.is_complementizer(&doc.tokens[k])
            });
        if complementizer || doc.lang.subject_comes_next(doc, cue) {
            let open = &doc.tokens[probe];
            let close = &doc.tokens[after - 1];
            let name = crate::quotes::document::trim_span(
                doc.text,
                NormSpan::new(open.span.end, close.span.start),
            );
            return Some(match doc.mention_starting_at(probe + 1) {
                Some((span, entity)) if span == name && doc.is_speaker_entity(entity) => {
                    entity_speaker(doc, span, entity)
                }
                _ => phrase_speaker(doc, name, AttributionMethod::Explicit),
            });
        }
    }
    // Titles and their modifiers may come between the cue and the name.
    let trailing = doc.lang.subject_closes_sentence(doc, cue);
    let mut name_start = probe;
    while name_start < doc.tokens.len()
        && name_start - probe < TITLE_WORDS
        && doc.same_sentence(cue, name_start)
        && doc.mention_starting_at(name_start).is_none()
        && !(name_start > probe && doc.is_spoken_to(cue, name_start))
    {
        let key = doc.tokens[name_start].name_key();
        // Where the subject closes the sentence, a title head with the article begins it as one
        // without does (`...، وفق ما أكده المدير الجهوي للتجارة.`); elsewhere a definite title
        // is left to the finders of descriptions.
        let definite_title = trailing && is_title_with_or_without_article(key);
        let title_part = crate::entities::is_title_word(key)
            || definite_title
            || doc
                .lang
                .continues_title(doc, name_start, name_start == probe)
            || (source_phrase && doc.lang.is_article(&doc.tokens[name_start]));
        if !title_part {
            break;
        }
        name_start += 1;
    }
    // `وقال الوزير لقناة الجزيرة إن`: the titles, then the outlet they spoke to; the titles are
    // the speaker, as when nothing follows them.
    if name_start > probe && doc.is_spoken_to(cue, name_start) {
        return Some(titles_speaker(doc, probe..name_start));
    }
    // Descriptive words before a found name (`الباحثة ليلى منصور`, `الخبير الاقتصادي محمد
    // باوزير`) are its title too.
    if doc.mention_starting_at(name_start).is_none() {
        let ahead = (name_start..(name_start + TITLE_WORDS).min(doc.tokens.len()))
            .take_while(|&k| {
                doc.same_sentence(cue, k)
                    && !(k > name_start && doc.lang.press_addressee(doc, k))
                    && (doc.mention_starting_at(k).is_some()
                        || doc.lang.continues_title(doc, k, false))
            })
            // A person behind a preposition is what the description is about (`المرصد السوري
            // المعارض لبشار الأسد`); an organization there belongs to it (`القيادي بحزب X`).
            .find(|&k| {
                doc.mention_starting_at(k).is_some_and(|(_, e)| {
                    doc.is_speaker_entity(e)
                        && !(doc.entities[e].label == crate::entities::Label::Person
                            && doc.lang.carries_preposition(&doc.tokens[k]))
                })
            });
        if let Some(k) = ahead {
            name_start = k;
        }
    }
    // A source noun the tagger took for a one-word name (`صيادو` of `صيادو فرضة القطيف`) is
    // the head of an unnamed source's description, handled below; nor does it start a name the
    // tagger found in part (`موظفو الشركة`).
    let source_head = name_start < doc.tokens.len() && doc.is_source_noun(name_start);
    let tagged_source_noun =
        |span: NormSpan| source_head && doc.token_at_or_after(span.end) == name_start + 1;
    if let Some((span, entity)) = (name_start < doc.tokens.len())
        .then(|| doc.mention_starting_at(name_start))
        .flatten()
        .filter(|&(span, _)| !tagged_source_noun(span))
    {
        let possessor = doc
            .tokens
            .get(doc.token_at_or_after(span.end))
            .is_some_and(|t| doc.lang.is_possessive(t));
        if possessor {
            return None;
        }
        if doc.entities[entity].label == crate::entities::Label::Person {
            return Some(person_speaker(doc, cue, name_start, span, entity));
        }
        // `أكد رئيس الحكومة الإسبانية، ماريانو راخوي`, `according to the mayor of Leeds, Jo
        // Hart`: after a title the organization or place completes it; the person holding it
        // may follow.
        if name_start > probe {
            let after_complement = doc.token_at_or_after(span.end);
            if let Some(person) = person_after_description(doc, cue, after_complement) {
                return Some(person);
            }
            // `وأكد رئيس الاتحاد التونسي للفلاحة أن`: the title with its organization stands
            // for the person introduced with both (`رئيس الاتحاد التونسي للفلاحة X`).
            let title = NormSpan::new(doc.tokens[probe].name_span().start, span.end);
            if let Some(holder) = role_holder(doc, probe..after_complement, title) {
                return Some(holder);
            }
            // An organization right after a definite title with no `لـ` is the verb's object
            // (`واتهم الوزير حركة النهضة بأنها`): the titles speak.
            let key = doc.tokens[probe].name_key();
            let organization = doc.entities[entity].label == crate::entities::Label::Organization
                && is_title_with_or_without_article(key)
                && !source_phrase;
            if organization && doc.lang.object_after_title(doc, name_start) {
                return Some(titles_speaker(doc, probe..name_start));
            }
            // Otherwise it is the title's complement (`الأمين العام لحزب`, `رئيس مجلس
            // المستشارين`): the official so described speaks.
            if organization {
                return Some(phrase_speaker(doc, title, AttributionMethod::Explicit));
            }
        }
        // `said HVB analyst Peter-Thilo Halser`: an employer, a job, then the person.
        if let Some(person) = employee_after(doc, cue, span) {
            return Some(person);
        }
        // `according to Iraq`: after a source phrase, any named thing is the source.
        if doc.is_speaker_entity(entity) || source_phrase {
            return Some(entity_speaker(doc, span, entity));
        }
    }
    // A name found only in part (`سامر` before the mention `بركات`).
    let partly_found =
        name_phrase(doc, cue, name_start).filter(|(_, entity)| entity.is_some() && !source_head);
    if let Some((span, entity)) = partly_found {
        return Some(Speaker {
            entity,
            ..phrase_speaker(doc, span, AttributionMethod::Explicit)
        });
    }
    // Descriptive words the title list does not have, then the person (`أكدت المستشارة
    // القانونية والمحامية بيان زهران`, `أوضح المستشار في إدارة التنمية الدكتور سالم حمدان`):
    // the person, not the description, even where the description could pass for a name.
    if doc.lang.subject_follows_verb()
        && probe < doc.tokens.len()
        && !doc.is_source_noun(probe)
        && doc.tokens[probe].is_word()
    {
        if let Some(person) = person_after_description(doc, cue, probe) {
            return Some(person);
        }
    }
    // A name the entity tagger missed: a few name-like words right after the cue (and its
    // titles) that the quote, a colon or a complementizer follows (`وقال علي ثاني "..."`).
    if let Some((span, entity)) = name_phrase(doc, cue, name_start).filter(|_| !source_head) {
        // Titles, then words that only look like a name (`مدير عام هيئة الرقابة`): the
        // description someone was introduced with.
        if let Some(person) = described_person(doc, probe, span) {
            return Some(person);
        }
        return Some(Speaker {
            entity,
            ..phrase_speaker(doc, span, AttributionMethod::Explicit)
        });
    }
    if name_start > probe {
        // A longer title, then the person (`وقال وزير الدولة لشؤون الإعلام النقيب X إن`).
        if let Some(person) = person_after_description(doc, cue, name_start) {
            return Some(person);
        }
        // Titles with no name: the person who holds that title here (`وأشار الوزير`,
        // `بحسب وزير الداخلية`), else the title itself as a description.
        let titles = NormSpan::new(
            doc.tokens[probe].name_span().start,
            doc.tokens[name_start - 1].span.end,
        );
        if let Some(holder) = role_holder(doc, probe..name_start, titles) {
            return Some(holder);
        }
        // A closing subject names its office in short (`حسب ما ذكره المدير العام للوكالة.`
        // after `المدير العام لوكالة النهوض بالاستثمار X`): its title words find the person
        // who holds it.
        if trailing {
            let heads = (probe..name_start)
                .take_while(|&k| is_title_with_or_without_article(doc.tokens[k].name_key()))
                .count();
            if heads < name_start - probe {
                if let Some(holder) = role_holder(doc, probe..probe + heads, titles) {
                    return Some(holder);
                }
            }
        }
        // `موقع صحيفة "دايلي مايل"`: the outlet's name in marks is part of it.
        if let Some(after) = doc
            .after_quoted_name(name_start)
            .filter(|&after| doc.same_sentence(cue, after - 1))
        {
            let named = NormSpan::new(titles.start, doc.tokens[after - 1].span.end);
            return Some(phrase_speaker(doc, named, AttributionMethod::Explicit));
        }
        // The titles may close the sentence (`..., حسب وزير التجهيز.`).
        let sentence_ends = doc
            .tokens
            .get(name_start)
            .is_none_or(|t| matches!(t.key.as_str(), "." | "؟" | "?" | "!" | "؛" | ";"));
        if doc.ends_speaker_phrase(name_start) || sentence_ends {
            return Some(phrase_speaker(doc, titles, AttributionMethod::Explicit));
        }
        // The titles run on with their complement to the end of the sentence (`...، وفق ما
        // أكده المدير الجهوي للتجارة.`).
        if trailing {
            let complement_end = (name_start..(probe + TRAILING_TITLE_WORDS).min(doc.tokens.len()))
                .take_while(|&k| doc.same_sentence(cue, k) && is_subject_word(doc, k))
                .last()
                .map(|k| k + 1)
                .filter(|&end| doc.ends_speaker_phrase_of(cue, end));
            if let Some(end) = complement_end {
                let described = NormSpan::new(titles.start, doc.tokens[end - 1].span.end);
                return Some(phrase_speaker(doc, described, AttributionMethod::Explicit));
            }
        }
    }
    // `ونفى نفس المصدر`, `وأضاف ذات المصدر`: the source met before, as `المصدر ذاته`.
    let same_source = probe + 1 < doc.tokens.len()
        && doc.same_sentence(cue, probe + 1)
        && doc.lang.is_sameness_before_noun(&doc.tokens[probe])
        && doc.is_source_noun(probe + 1)
        && doc.tokens[probe + 1].name_key().starts_with("ال");
    if same_source {
        let source = source_speaker(doc, probe + 1);
        return Some(Speaker {
            mention: source
                .mention
                .map(|m| NormSpan::new(doc.tokens[probe].name_span().start, m.end)),
            method: AttributionMethod::Implicit,
            ..source
        });
    }
    let source_noun = probe < doc.tokens.len()
        && doc.is_source_noun(probe)
        && (source_phrase || probe != cue + 1 || !doc.lang.is_object_form(&doc.tokens[probe]));
    if source_noun {
        let source = source_speaker(doc, probe);
        // `الناطق باسم الجيش يحيى رسول`, `الناطق الإعلامي بقيادة حرس الحدود بالمنطقة الشرقية
        // عمر الأكلبي`: the description is the title of the person named after it.
        let after_source = source
            .mention
            .map_or(probe + 1, |m| doc.token_at_or_after(m.end));
        if let Some(person) = person_after_description(doc, cue, after_source) {
            return Some(person);
        }
        // `وكان الناطق الإعلامي لحرس الحدود قد أكد`: a spokesman's title alone refers to the
        // person named with it earlier, as any title does.
        if let Some(holder) = source
            .mention
            .and_then(|mention| role_holder(doc, probe..after_source, mention))
        {
            return Some(holder);
        }
        return Some(source);
    }
    if doc.lang.subject_follows_verb() {
        if let Some(subject) = described_subject(doc, cue, probe) {
            return Some(
                described_person(doc, probe, subject)
                    .unwrap_or_else(|| phrase_speaker(doc, subject, AttributionMethod::Explicit)),
            );
        }
    }
    None
}

/// The titles at `titles` with no name after them: the person who holds them here, else the
/// titles as a description (`وقال الوزير لقناة الجزيرة`).
pub(in crate::quotes) fn titles_speaker(doc: &Doc, titles: std::ops::Range<usize>) -> Speaker {
    let span = NormSpan::new(
        doc.tokens[titles.start].name_span().start,
        doc.tokens[titles.end - 1].span.end,
    );
    role_holder(doc, titles, span)
        .unwrap_or_else(|| phrase_speaker(doc, span, AttributionMethod::Explicit))
}

/// The person introduced earlier with the words from token `start` to the end of `phrase`
/// (`مدير عام هيئة الرقابة، رمزي جلال`): the description stands for them.
fn described_person(doc: &Doc, start: usize, phrase: NormSpan) -> Option<Speaker> {
    let words = start..doc.token_at_or_after(phrase.end);
    let entity = doc.person_described_as(words, doc.tokens[start].span.start)?;
    Some(Speaker {
        name: doc.entities[entity].name.clone(),
        entity: Some(entity),
        mention: Some(NormSpan::new(
            doc.tokens[start].name_span().start,
            phrase.end,
        )),
        method: AttributionMethod::Explicit,
    })
}

/// A title head, written with the article or without it (`المدير`, `مدير`).
pub(in crate::quotes) fn is_title_with_or_without_article(key: &str) -> bool {
    let is_title = |key| {
        crate::entities::is_title_word(key) || crate::entities::is_title_word(strip_article(key))
    };
    // Held by a woman too (`وفق ما أكدته المديرة الجهوية للتجارة.`).
    is_title(key) || crate::entities::title_held_by_a_woman(key).is_some_and(is_title)
}

/// The person who holds the title at tokens `titles` (`الوزير`, `الناطق الإعلامي`), named
/// earlier with it; `mention` is where the title stands.
fn role_holder(doc: &Doc, titles: std::ops::Range<usize>, mention: NormSpan) -> Option<Speaker> {
    let entity = doc.person_with_role(titles, mention.start)?;
    Some(Speaker {
        name: doc.entities[entity].name.clone(),
        entity: Some(entity),
        mention: Some(mention),
        method: AttributionMethod::Explicit,
    })
}

/// How many words a job between an employer and its employee may have (`HVB analyst X`,
/// `Acme chief executive officer X`: three).
const JOB_WORDS: usize = 3;

/// The person named right after the organization at `employer` and a job of a few plain words
/// (`said HVB analyst Peter-Thilo Halser`).
fn employee_after(doc: &Doc, cue: usize, employer: NormSpan) -> Option<Speaker> {
    let job = doc.token_at_or_after(employer.end);
    let person = (job + 1..(job + 1 + JOB_WORDS).min(doc.tokens.len()))
        .take_while(|&k| doc.same_sentence(cue, k))
        .find(|&k| doc.mention_starting_at(k).is_some())?;
    let plain_job = (job..person).all(|k| {
        let t = &doc.tokens[k];
        t.is_word() && !doc.in_mention[k] && !doc.is_cue(k) && !doc.lang.is_function_word(t)
    });
    let (span, entity) = doc.mention_starting_at(person)?;
    (plain_job && doc.entities[entity].label == crate::entities::Label::Person)
        .then(|| person_speaker(doc, cue, person, span, entity))
}

/// How far after a description its person may be named (`الناطق الإعلامي بقيادة حرس الحدود
/// بالمنطقة الشرقية عمر الأكلبي`: four words after the description; `المشرف على البرنامج وعضو
/// هيئة الخبراء في جامعة هارفارد الدكتور مساعد الأحمد`: a second office coordinated with the
/// first, nine).
const DESCRIPTION_WINDOW: usize = 12;

/// The first person named from token `from` on, within `DESCRIPTION_WINDOW` words of the same
/// sentence and before anything that ends a speaker phrase but a comma (a complementizer, a quote
/// mark, a colon, another cue).
fn person_after_description(doc: &Doc, cue: usize, from: usize) -> Option<Speaker> {
    // The description's head: the title before `from` when there is one (`المشرف` of `المشرف
    // على البرنامج`), so a preposition right at `from` can continue it.
    let head = if from > cue + 1 { from - 1 } else { from };
    let mut window = (from..(from + DESCRIPTION_WINDOW).min(doc.tokens.len())).take_while(|&k| {
        let t = &doc.tokens[k];
        doc.same_sentence(cue, k)
            && !doc.is_cue(k)
            && !doc.lang.is_complementizer(t)
            && !crate::quotes::document::is_quote_mark(t)
            // A time word ends the subject (`أكدت تقارير ... اليوم الأحد خبر مقتل X`).
            && !doc.lang.ends_speaker_phrase(t)
            // A preposition only inside the description (`المستشار في إدارة التنمية`), not
            // before someone else (`مع نظيره الفرنسي`).
            && (!doc.lang.is_preposition(t)
                || (k > head && doc.lang.continues_source_phrase(doc, head, k)))
            && !matches!(t.key.as_str(), ":" | "." | "؛" | ";")
    });
    window.find_map(|k| {
        if let Some((span, entity)) = doc.mention_starting_at(k) {
            // `المرصد ... المعارض لبشار الأسد`: a person behind a preposition is the object
            // of the description, not the one it describes.
            return (doc.entities[entity].label == crate::entities::Label::Person
                && !doc.lang.carries_preposition(&doc.tokens[k]))
            .then(|| person_speaker(doc, cue, k, span, entity));
        }
        // A rank or honorific before a name the tagger missed (`النقيب عمر الأكلبي`).
        if doc.lang.is_honorific(&doc.tokens[k]) {
            return name_phrase(doc, cue, k + 1).map(|(span, entity)| Speaker {
                entity,
                ..phrase_speaker(doc, span, AttributionMethod::Explicit)
            });
        }
        None
    })
}

/// The person whose mention `span` starts at token `start`, named after the cue at `cue`; when
/// the tagger found only part of the name (`يحيى` of `يحيى رسول "...`), the whole name up to
/// where the speaker phrase ends.
fn person_speaker(doc: &Doc, cue: usize, start: usize, span: NormSpan, entity: usize) -> Speaker {
    // After a verb that takes an object the word after the name is the object (`نفى سالم
    // الراشد الاتهامات إلى ...`), not more of the name.
    let takes_object = doc.cue(cue).is_some_and(|w| w.nominal.contains(&""));
    let longer = name_phrase(doc, cue, start).filter(|(p, _)| p.end > span.end && !takes_object);
    match longer {
        Some((longer, _)) => Speaker {
            entity: Some(entity),
            ..phrase_speaker(doc, longer, AttributionMethod::Explicit)
        },
        None => entity_speaker(doc, span, entity),
    }
}

/// The subject right before the cue (`Smith said`), or before an appositive comma
/// (`Jaber, ..., called`); `X of Y said` is X.
pub(in crate::quotes) fn subject_before_cue(doc: &Doc, cue: usize) -> Option<Speaker> {
    // `تحدث الوزير لقناة الجزيرة، وقال`: a cue with its conjunction goes on with the subject
    // of the clause before; the name before it is no subject.
    if cue == 0 || !doc.same_sentence(cue - 1, cue) || doc.cue_opens_clause(cue) {
        return None;
    }
    // A person before an appositive that ends at the cue (`Toshihiko Horiuchi, from Hitachi's
    // laboratory, said`) is the subject, not the organization the appositive names; so is any
    // name before an appositive that opens with an affiliation (`from`), even one the tagger took
    // for an organization.
    let appositive = subject_before_appositive(doc, cue).filter(|&(span, e)| {
        doc.entities[e].label == crate::entities::Label::Person
            || doc
                .tokens
                .get(doc.token_at_or_after(span.end) + 1)
                .is_some_and(|t| doc.lang.is_affiliation(t))
    });
    let (span, entity) = appositive.or_else(|| {
        (cue.saturating_sub(SUBJECT_GAP)..cue)
            .rev()
            .take_while(|&j| {
                j + 1 == cue
                    || doc.tokens[j + 1].kind == TokenKind::Punctuation
                    || doc.lang.stands_between_subject_and_verb(&doc.tokens[j + 1])
            })
            .find_map(|j| doc.mention_ending_at(j))
            .or_else(|| subject_before_appositive(doc, cue))
    })?;
    // `أصدر بلاغا بستراسبورغ أشاد فيه`: a name behind its own preposition is no subject.
    if doc
        .lang
        .carries_preposition(&doc.tokens[doc.token_containing(span.start)])
    {
        return None;
    }
    // `ثلاثة مساجين (... لطفي نقض)، أعلنوا`: a plural or dual verb's subject is no one person.
    let many = doc
        .cue(cue)
        .and_then(|w| w.agreement.number)
        .is_some_and(|n| n != Number::Singular);
    if many && doc.entities[entity].label == crate::entities::Label::Person {
        return None;
    }
    // `Nick Van den Brul of BNP Paribas described`: the person, not the employer.
    if doc.entities[entity].label != crate::entities::Label::Person {
        if let Some((person_span, person)) = person_before_affiliation(doc, span) {
            return Some(entity_speaker(doc, person_span, person));
        }
    }
    let place_subject = doc.entities[entity].label == crate::entities::Label::Location
        && place_opens_subject(doc, cue, span);
    (doc.is_speaker_entity(entity) || place_subject).then(|| entity_speaker(doc, span, entity))
}

/// `Iran says`, `The United States has said`, `Meanwhile, Vietnam says`, `تونس أكدت`: a place
/// that opens its clause (its sentence, or after a comma or a conjunction) before the verb is
/// the verb's subject and speaks for its government. One at the end of a longer subject is not
/// (`a spokesman in Kabul said`, `the head of U.S. troops in the Horn of Africa says`, `The
/// center in Alexandria, Virginia says`, `Officials in both Los Angeles and Melbourne say`).
fn place_opens_subject(doc: &Doc, cue: usize, place: NormSpan) -> bool {
    let mut first = doc.token_containing(place.start);
    loop {
        let Some(k) = first.checked_sub(1).filter(|&k| doc.same_sentence(k, cue)) else {
            return true;
        };
        let before = &doc.tokens[k];
        if doc.lang.is_article(before) {
            first = k;
            continue;
        }
        // Places joined to it belong to the same subject (`Japan and North Korea say`).
        let joins = doc.lang.is_conjunction(before) || before.is_comma();
        let joined_place = k
            .checked_sub(1)
            .and_then(|j| doc.mention_ending_at(j))
            .filter(|&(_, e)| doc.entities[e].label == crate::entities::Label::Location);
        match joined_place {
            Some((span, _)) if joins => first = doc.token_containing(span.start),
            _ => return joins,
        }
    }
}

/// `Smith, who heads the union, said` / `Smith, 52, said` / `Smith - the club's largest
/// investor - said`: the name before an appositive between commas or dashes that ends right
/// before the cue.
fn subject_before_appositive(doc: &Doc, cue: usize) -> Option<(NormSpan, usize)> {
    let closing = cue.checked_sub(1)?;
    let delimiter = |key: &str| match key {
        "," | "،" => Some(','),
        "-" | "–" | "—" => Some('-'),
        _ => None,
    };
    let kind = delimiter(doc.tokens[closing].key.as_str())?;
    let opening = (closing.saturating_sub(APPOSITIVE_WINDOW)..closing)
        .rev()
        .take_while(|&j| doc.same_sentence(j, cue) && !doc.is_cue(j))
        .find(|&j| delimiter(doc.tokens[j].key.as_str()) == Some(kind))?;
    doc.mention_ending_at(opening.checked_sub(1)?)
        .filter(|&(_, e)| doc.is_speaker_entity(e))
}

/// The PERSON mention right before `of`/`at`/`from` + the organization at `affiliation`.
fn person_before_affiliation(doc: &Doc, affiliation: NormSpan) -> Option<(NormSpan, usize)> {
    let first = doc.token_at_or_after(affiliation.start);
    let preposition = first.checked_sub(1)?;
    if !doc.lang.is_affiliation(&doc.tokens[preposition]) {
        return None;
    }
    let (span, person) = doc.mention_ending_at(preposition.checked_sub(1)?)?;
    (doc.entities[person].label == crate::entities::Label::Person).then_some((span, person))
}
