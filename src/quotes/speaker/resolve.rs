//! Attribution over the whole article. Quotes are taken in text order with a speaker state: the
//! speaker the article is quoting now, and the few it quoted before. A quote whose cue names its
//! speaker (EXPLICIT) sets the state. One whose cue does not (`وأضاف`, `قالت`, `he said`, a
//! chaining `مضيفا`, `saying`) or that has no cue at all takes, in this order, the first that
//! fits the cue's gender and number (`قالت`: a woman or a feminine noun; `قالوا`: a group; `it
//! said`: an organization):
//! 1. for a chaining participle, the subject of its own sentence (the speaker of an earlier quote
//!    in the sentence, else the first speaker named in it, else, for a plural participle, the
//!    group named before it); for any other cue, the subject named after an earlier speech verb
//!    of its sentence that agrees with it;
//! 2. the current speaker, then the earlier ones, most recent first; then the subject of the
//!    verb that opened its sentence or the one before, where the language's verbs show it
//!    (`أصدرت الوزارة بيانا. وأوضحت`);
//! 3. the last person or organization named in the last few sentences;
//!
//! and is IMPLICIT. A quote with no cue is attributed only where the article is plainly still
//! quoting: a direct quote, or a few words in the first person; otherwise it stays UNRESOLVED.
//! Never a guess against the evidence.

use rustc_hash::{FxHashMap, FxHashSet};

use super::phrase::entity_speaker;
use crate::entities::Label;
use crate::quotes::document::{strip_article, Doc};
use crate::quotes::language::{Agreement, CueKind, Gender, Number, Referent};
use crate::quotes::types::{AttributionMethod, Candidate, Quote, QuoteKind, Speaker};

/// How many earlier speakers the state remembers (an interview with two or three voices, and a
/// hand-over back to the first).
const HISTORY: usize = 6;
/// How far back in its sentence a chaining participle looks for its subject (`وزار الوزير
/// أحمد سالم المصنع أمس، مؤكدا`), so that a sentence of a million words stays linear.
const SUBJECT_WINDOW: usize = 60;
/// How many sentences back a named person may be the speaker of a cue with no subject, when no
/// speaker has been quoted yet (`وصل الوزير X ... . وأضاف ...`).
const MENTION_LOOKBACK_SENTENCES: usize = 3;
/// How many names inside earlier quotes are passed over when looking back for the last one named
/// (and how many earlier quotes are checked for each), so a text of quoted names stays linear.
const QUOTED_MENTION_LOOKBACK: usize = 8;
/// How many earlier quotes are checked for a reported clause holding a quoted run (the clause
/// and a partial or two inside it: `قال X إن "..." وإن "..."`), so the look stays constant.
const ENCLOSING_LOOKBACK: usize = 4;

/// What is known of a speaker's grammatical gender and number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Traits {
    gender: Option<Gender>,
    number: Option<Number>,
    /// A plural of things or institutions (`مصادر`, `تقارير`), which Arabic agrees with a
    /// feminine singular verb.
    non_human_plural: bool,
    label: Option<Label>,
}

impl Traits {
    /// Whether a subject with these traits can agree with `cue` (a verb form's gender and number)
    /// and `referent` (a pronoun's).
    fn fits(&self, cue: Agreement, referent: Referent) -> bool {
        if !referent.fits(self.label) {
            return false;
        }
        if let (Some(Number::Plural), Some(number)) = (cue.number, self.number) {
            if number != Number::Plural || self.non_human_plural {
                return false;
            }
        }
        if cue.number == Some(Number::Singular) && self.number == Some(Number::Plural) {
            // `قالت مصادر`: things in the plural take a feminine singular verb; people do not.
            return self.non_human_plural && cue.gender != Some(Gender::Masculine);
        }
        match (cue.gender, self.gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// A speaker the article has quoted, with what is known of it.
#[derive(Clone, Debug)]
struct Known {
    speaker: Speaker,
    traits: Traits,
}

/// The state carried through the article.
#[derive(Default)]
struct State {
    /// Most recent last.
    history: Vec<Known>,
    /// Gender of each entity, from the verbs it was the explicit subject of (`قالت X`).
    entity_gender: FxHashMap<usize, Gender>,
}

impl State {
    fn current(&self) -> Option<&Known> {
        self.history.last()
    }

    fn remember(&mut self, known: Known) {
        let same = |k: &Known| {
            k.speaker.entity.is_some() && k.speaker.entity == known.speaker.entity
                || (k.speaker.entity.is_none() && k.speaker.name == known.speaker.name)
        };
        self.history.retain(|k| !same(k));
        self.history.push(known);
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }
}

/// The latest unnamed source whose noun is the noun of the phrase at `mention` (`مصادر مطلعة`
/// for `المصادر ذاتها`).
fn same_source_noun<'s>(
    doc: &Doc,
    state: &'s State,
    mention: Option<crate::text::NormSpan>,
) -> Option<&'s Known> {
    let noun = |m: crate::text::NormSpan| {
        (doc.token_at_or_after(m.start)..doc.token_at_or_after(m.end))
            .find(|&k| doc.is_source_noun(k))
            .map(|k| strip_article(doc.tokens[k].name_key()))
    };
    let wanted = noun(mention?)?;
    // A speaker carried over (`مشيرة`) has no mention: its name's first word is its noun.
    let first_word = |name: &str| {
        let folded =
            crate::normalize::search_key(name.split_whitespace().next().unwrap_or_default());
        strip_article(&folded) == wanted
    };
    state.history.iter().rev().find(|k| {
        k.speaker.entity.is_none()
            && match k.speaker.mention {
                Some(m) => noun(m) == Some(wanted),
                None => first_word(&k.speaker.name),
            }
    })
}

/// Attributes candidates in text order (see the module comment).
pub(in crate::quotes) fn resolve_speakers(doc: &Doc, candidates: Vec<Candidate>) -> Vec<Quote> {
    let mut state = State {
        entity_gender: entity_genders(doc, &candidates),
        ..State::default()
    };
    let mut quotes: Vec<Quote> = Vec::with_capacity(candidates.len());
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    for c in candidates {
        if !seen.insert((c.span.start, c.span.end)) {
            continue;
        }
        let speaker = match c.cue.and_then(|cue| doc.explicit_speaker(cue)) {
            // `المصادر ذاتها` / `the same sources`: the source named before, seen again here;
            // `وأضاف البيان`: the statement speaks for whoever the article was quoting when it
            // was issued (`أوضحت النقابة في بيان`), person, organization or phrase alike.
            Some(s) if s.method == AttributionMethod::Implicit => {
                // `البيان`, or `ذات البلاغ` (the same statement).
                let document = s.mention.is_some_and(|m| {
                    (doc.token_at_or_after(m.start)..doc.token_at_or_after(m.end))
                        .any(|k| doc.lang.is_earlier_document(doc, k))
                });
                // `وأكدت المصادر ذاتها`: the sources met before, though a nested report's
                // subject (`مشيرة إلى أن المعلومات تؤكد`) was named since.
                let earlier = if document {
                    state.current()
                } else {
                    same_source_noun(doc, &state, s.mention).or_else(|| state.current())
                };
                // `ذات المصدر` (the same source) after a named official is that official.
                let same_as_before = s.mention.is_some_and(|m| {
                    doc.lang
                        .is_sameness_before_noun(&doc.tokens[doc.token_at_or_after(m.start)])
                });
                // `وأوضح ضيف "بوليتيكا"`: the guest is the person the article has been quoting,
                // never an institution.
                let guest_noun = s.mention.is_some_and(|m| {
                    doc.lang
                        .is_guest_noun(&doc.tokens[doc.token_at_or_after(m.start)])
                });
                let refers_to_earlier = if guest_noun {
                    earlier.is_some_and(|k| k.traits.label == Some(Label::Person))
                } else {
                    earlier.is_some_and(|k| k.speaker.entity.is_none())
                        || document
                        || same_as_before
                };
                match earlier.map(|k| &k.speaker) {
                    Some(earlier) if refers_to_earlier => Speaker {
                        name: earlier.name.clone(),
                        entity: earlier.entity,
                        mention: s.mention,
                        method: AttributionMethod::Explicit,
                    },
                    _ => Speaker {
                        method: AttributionMethod::Explicit,
                        ..s
                    },
                }
            }
            Some(s) => s,
            None => implicit_speaker(doc, &state, &c, &quotes),
        };
        if speaker.method != AttributionMethod::Unresolved {
            state.remember(Known {
                traits: traits_of(doc, &state, &speaker),
                speaker: speaker.clone(),
            });
        }
        let confidence = confidence(speaker.method, c.unclosed || c.start_inferred);
        quotes.push(Quote {
            span: c.span,
            kind: c.kind,
            cue: c.cue_span,
            speaker,
            confidence,
            unclosed: c.unclosed,
            start_inferred: c.start_inferred,
        });
    }
    attribute_headline_quotes(doc, &mut quotes);
    quotes
}

/// How sure the stage is of a quote and its speaker: by the kind of evidence that named the
/// speaker, less for a quote whose marks are incomplete.
fn confidence(method: AttributionMethod, incomplete: bool) -> f32 {
    let by_method = match method {
        AttributionMethod::Explicit => 0.85,
        AttributionMethod::Implicit => 0.6,
        AttributionMethod::Unresolved => 0.3,
    };
    by_method * if incomplete { 0.8 } else { 1.0 }
}

/// How many quotes after the headline are looked at for the speaker the headline quotes.
const HEADLINE_LEAD_QUOTES: usize = 3;

/// Quotes in a headline with no cue (`Kilroy-Silk quits 'shameful' UKIP`, `'UK will stand firm
/// on EU rebate'`) speak for the story's speaker: the person or organization the headline opens
/// with, else the first speaker the body names for a quote of its own.
fn attribute_headline_quotes(doc: &Doc, quotes: &mut [Quote]) {
    let Some(headline_end) = doc.headline_end() else {
        return;
    };
    let headline_text_end = doc.tokens[headline_end - 1].span.end;
    let in_headline = |q: &Quote| q.cue.is_none() && q.span.end <= headline_text_end;
    if !quotes.iter().any(&in_headline) {
        return;
    }
    let body_speaker = quotes
        .iter()
        .filter(|q| q.span.start > headline_text_end)
        .take(HEADLINE_LEAD_QUOTES)
        .find(|q| q.speaker.method == AttributionMethod::Explicit)
        .map(|q| q.speaker.clone());
    let opening = doc
        .mention_starting_at(0)
        .filter(|&(_, e)| doc.is_speaker_entity(e));
    for quote in quotes.iter_mut().filter(|q| in_headline(q)) {
        let subject = opening
            .filter(|&(span, _)| span.end <= quote.span.start)
            .map(|(span, e)| entity_speaker(doc, span, e));
        if let Some(speaker) = subject.or_else(|| body_speaker.clone()) {
            quote.speaker = Speaker {
                mention: None,
                method: AttributionMethod::Implicit,
                ..speaker
            };
            quote.confidence = confidence(
                AttributionMethod::Implicit,
                quote.unclosed || quote.start_inferred,
            );
        }
    }
}

/// The speaker of a quote whose cue names none, or that has no cue.
fn implicit_speaker(doc: &Doc, state: &State, c: &Candidate, earlier: &[Quote]) -> Speaker {
    let (agreement, referent) = match c.cue {
        Some(cue) => {
            let verb = doc.cue(cue).map(|w| w.agreement).unwrap_or_default();
            let pronoun = doc.lang.pronoun_agreement(doc, cue);
            (
                Agreement {
                    gender: pronoun.gender.or(verb.gender),
                    number: pronoun.number.or(verb.number),
                },
                doc.lang.referent(doc, cue),
            )
        }
        None => (Agreement::default(), Referent::Any),
    };
    let fits = |speaker: &Speaker| traits_of(doc, state, speaker).fits(agreement, referent);
    let implicit = |speaker: &Speaker| Speaker {
        mention: None,
        method: AttributionMethod::Implicit,
        ..speaker.clone()
    };
    // A quote with no cue is the current speaker's only where the article is plainly still
    // quoting: words in marks standing as a direct quote, or in the first person.
    if c.cue.is_none() && c.kind != QuoteKind::Direct && !doc.lang.is_first_person(doc, c.span) {
        return Speaker::unresolved();
    }
    // 0. Words in marks inside a reported clause are its speaker's when no one else is named
    // for them: a verb on the way (`مبينا أن التوجهات التي تحدثت عنها الرؤية "..."`) agrees
    // with its own subject, not with the speaker.
    if c.kind != QuoteKind::Indirect {
        let enclosing = earlier.iter().rev().take(ENCLOSING_LOOKBACK).find(|q| {
            q.kind == QuoteKind::Indirect
                && q.span.contains(&c.span)
                && q.speaker.method != AttributionMethod::Unresolved
        });
        if let Some(clause) = enclosing {
            return implicit(&clause.speaker);
        }
    }
    let cue_token = c.cue.unwrap_or_else(|| doc.token_at_or_after(c.span.start));
    let sentence = doc
        .sentence_of_token
        .get(cue_token)
        .copied()
        .unwrap_or_default();
    let from = doc
        .sentence_start(cue_token)
        .max(cue_token.saturating_sub(SUBJECT_WINDOW));
    // 1. A chaining participle shares the subject of its sentence.
    let participle = c
        .cue
        .is_some_and(|cue| doc.cue(cue).is_some_and(|w| w.kind == CueKind::Participle));
    if participle {
        // A report nested in another is its own subject's (`قال المصدر إن الفتى اعترف بأنه
        // ...، مضيفا أن`): the participle goes on with the sentence's speaker.
        let nested = |q: &Quote| {
            earlier.iter().any(|o| {
                o.kind == QuoteKind::Indirect && o.span != q.span && o.span.contains(&q.span)
            })
        };
        let in_sentence = earlier
            .iter()
            .rev()
            .take_while(|q| doc.sentence_at(q.span.start) == sentence)
            .find(|q| q.speaker.method != AttributionMethod::Unresolved && !nested(q))
            .map(|q| q.speaker.clone());
        if let Some(s) = in_sentence.filter(|s| fits(s)) {
            return implicit(&s);
        }
        // The subject of an earlier verb of the sentence (`استغربت إدارة نادي الأهلي ...، مشيرة
        // إلى أن`).
        if let Some(s) = earlier_verb_subject(doc, from..cue_token, agreement) {
            return implicit(&s);
        }
        let first_named = (from..cue_token)
            .filter_map(|i| doc.mention_starting_at(i))
            .filter(|&(span, e)| doc.is_speaker_entity(e) && !said(earlier, span))
            .map(|(span, e)| entity_speaker(doc, span, e))
            .find(|s| fits(s));
        if let Some(s) = first_named {
            return implicit(&s);
        }
        if let Some(s) = opening_verb_subject(doc, cue_token).filter(|s| fits(s)) {
            return implicit(&s);
        }
        // A participle in the plural agrees with a group, named before it in its sentence as
        // the subject of a verb that need not be a speech verb (`نفذ عدد من التلاميذ وقفة
        // احتجاجية، مطالبين بإطلاق سراح`, `ووقف أعضاء المكتب على ظروف العمل، مشيرين إلى أن`).
        if agreement.number == Some(Number::Plural) {
            if let Some(s) = group_before(doc, from..cue_token).filter(|s| fits(s)) {
                return implicit(&s);
            }
        }
    }
    // 1b. A verb with no subject of its own later in a sentence whose earlier speech verb
    // named one (`انتقد X "الديمقراطية" التي وصفها بأنها "..."`) has that subject.
    // (A participle has looked already, in step 1.)
    if c.cue.is_some() && !participle {
        if let Some(s) = earlier_verb_subject(doc, from..cue_token, agreement).filter(|s| fits(s)) {
            return implicit(&s);
        }
    }
    // 1c. Someone named as the subject of a speech verb since the last quote, in words that
    // reported nothing the detectors took for a quote (`اعتبر القيادي سمير بن عمر المبادرة
    // "تهريجا". وقال ...`): the article has moved on to them.
    if c.cue.is_some() {
        if let Some(s) =
            unquoted_verb_subject(doc, earlier, doc.sentence_start(cue_token)).filter(|s| fits(s))
        {
            return implicit(&s);
        }
    }
    // 2. The speakers the article has been quoting, most recent first.
    if let Some(known) = state
        .history
        .iter()
        .rev()
        .find(|k| k.traits.fits(agreement, referent))
    {
        return implicit(&known.speaker);
    }
    // 2b. The subject of the verb that opened this sentence or the one before, when it agrees
    // (`وقد ألغت الشركة كل الرحلات ... وقالت إن`): the article is telling of it.
    if c.cue.is_some() {
        if let Some(s) = doc
            .lang
            .opening_subject_agreeing(doc, cue_token, agreement)
            .filter(|s| fits(s))
        {
            return implicit(&s);
        }
    }
    // 3. Someone named just before.
    let pos = c
        .span
        .start
        .min(doc.tokens[cue_token.min(doc.tokens.len() - 1)].span.start);
    let recent = |(span, e): (crate::text::NormSpan, usize)| {
        let named_in = doc.sentence_at(span.start);
        (sentence.saturating_sub(named_in) <= MENTION_LOOKBACK_SENTENCES)
            .then(|| entity_speaker(doc, span, e))
    };
    // A name inside what someone said (`"... التي يقودها الملك"`) is talked about, not talking.
    let quoted = |span: crate::text::NormSpan| said(earlier, span);
    let mut before = pos;
    let mut named = None;
    for _ in 0..QUOTED_MENTION_LOOKBACK {
        let found = match referent {
            Referent::Organization => doc.last_organization_before(before),
            _ => doc.last_person_before(before),
        };
        match found {
            Some((span, _)) if quoted(span) => before = span.start,
            found => {
                named = found.and_then(recent);
                break;
            }
        }
    }
    match named.filter(|s| fits(s)) {
        Some(s) => implicit(&s),
        None => Speaker::unresolved(),
    }
}

/// A name inside what someone said (`"... التي يقودها الملك"`, `نفى X "خبر طرد حافظ قايد
/// السبسي"، قائلا`) is talked about, not talking.
fn said(earlier: &[Quote], span: crate::text::NormSpan) -> bool {
    earlier
        .iter()
        .rev()
        .take(QUOTED_MENTION_LOOKBACK)
        .any(|q| q.span.contains(&span))
}

/// The subject of the verb that opens the sentence of a chaining participle, which completes
/// that verb (`واستهل الوزير كلمته بالقول إن`, `ورد رئيس الحكومة على منتقديه بالقول`): someone
/// the tagger found, or a title (with its domain) standing for whoever holds it. A longer phrase after an
/// arbitrary verb may run into its object (`وزار وزير الصحة المستشفى الجهوي`), or be no
/// speaker at all (`وشهد الاجتماع نقاشا`).
/// How many words a title standing for the subject of a sentence's opening verb may have: the
/// title and its domain (`رئيس الحكومة`); a third is as likely the verb's object (`وزير الصحة
/// المستشفى`).
const OPENING_TITLE_WORDS: usize = 2;

fn opening_verb_subject(doc: &Doc, cue_token: usize) -> Option<Speaker> {
    let first = doc.sentence_start(cue_token);
    if first + 1 >= cue_token || !doc.lang.opens_with_verb(doc, first) {
        return None;
    }
    let subject = super::explicit::after_cue(doc, first)?;
    let short_title = subject.mention.is_some_and(|m| {
        let k = doc.token_at_or_after(m.start);
        doc.token_at_or_after(m.end) <= k + OPENING_TITLE_WORDS
            && crate::entities::is_title_word(doc.tokens[k].name_key())
    });
    (subject.entity.is_some() || short_title).then_some(subject)
}

/// The nearest group of people among `tokens` (a plural participle's sentence before it) that
/// may be a subject, as an unnamed source phrase.
fn group_before(doc: &Doc, tokens: std::ops::Range<usize>) -> Option<Speaker> {
    tokens
        .rev()
        .filter(|&k| !doc.in_mention[k])
        .find_map(|k| doc.lang.group_subject_at(doc, k))
        .map(|span| super::phrase::phrase_speaker(doc, span, AttributionMethod::Implicit))
}

/// The subject named after the nearest speech verb among `tokens` (the cue's sentence before
/// it) that agrees with the cue, whether or not that verb reported anything.
fn earlier_verb_subject(
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    agreement: Agreement,
) -> Option<Speaker> {
    let agrees = |k: usize| {
        doc.cue(k).is_some_and(|w| {
            w.is_speech_verb()
                && match (w.agreement.gender, agreement.gender) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        })
    };
    tokens
        .rev()
        .filter(|&k| agrees(k))
        .find_map(|k| doc.explicit_speaker(k))
}

/// How many tokens before its sentence a cue with no subject looks for a speech verb that
/// named one but reported nothing (`وأعرب الوزير عن ارتياحه للنتائج. وأضاف أن ...`), so a
/// long stretch of unquoted text stays linear.
const UNQUOTED_CUE_WINDOW: usize = 80;

/// How many sentences back that speech verb may be: the sentence before only (`اعتبر X ... .
/// وقال`); further back, whoever the article named since (`وثمن الجهيناوي ... . وأشار`) is the
/// better guess.
const UNQUOTED_CUE_SENTENCES: usize = 1;

/// The explicit subject of the last finite speech verb before `before` (the start of a cue's
/// sentence) and after the last quote, within `UNQUOTED_CUE_SENTENCES` sentences and
/// `UNQUOTED_CUE_WINDOW` tokens.
fn unquoted_verb_subject(doc: &Doc, earlier: &[Quote], before: usize) -> Option<Speaker> {
    let since = earlier
        .last()
        .map_or(0, |q| doc.token_at_or_after(q.span.end))
        .max(before.saturating_sub(UNQUOTED_CUE_WINDOW));
    let sentence = doc.sentence_of_token.get(before).copied()?;
    (since..before)
        .rev()
        .take_while(|&k| sentence - doc.sentence_of_token[k] <= UNQUOTED_CUE_SENTENCES)
        .filter(|&k| doc.cue(k).is_some_and(|w| w.kind == CueKind::Verb))
        .find_map(|k| {
            doc.explicit_speaker(k)
                .filter(|s| s.method == AttributionMethod::Explicit)
        })
}

/// Each entity's gender, from the cues that name it explicitly: `قالت X` makes X feminine,
/// `قال X` masculine; the first cue decides.
fn entity_genders(doc: &Doc, candidates: &[Candidate]) -> FxHashMap<usize, Gender> {
    let mut genders = FxHashMap::default();
    for cue in candidates.iter().filter_map(|c| c.cue) {
        let Some(gender) = doc.cue(cue).and_then(|w| w.agreement.gender) else {
            continue;
        };
        if let Some(entity) = doc.explicit_speaker(cue).and_then(|s| s.entity) {
            genders.entry(entity).or_insert(gender);
        }
    }
    genders
}

/// What is known of a speaker: its label, gender (from its cues, or its name's form) and number.
fn traits_of(doc: &Doc, state: &State, speaker: &Speaker) -> Traits {
    match speaker.entity {
        Some(entity) => {
            let label = doc.entities[entity].label;
            let gender = state
                .entity_gender
                .get(&entity)
                .copied()
                .or_else(|| doc.lang.gender_of_entity(&doc.entities[entity]));
            Traits {
                gender,
                number: Some(Number::Singular),
                non_human_plural: false,
                label: Some(label),
            }
        }
        None => {
            let phrase = doc.lang.traits_of_phrase(&speaker.name);
            Traits {
                gender: phrase.gender,
                number: phrase.number,
                non_human_plural: phrase.non_human_plural,
                label: None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::label::Gender;
    use crate::quotes::testing::{check, gendered_person, organization, person, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect, Partial},
    };
    use crate::text::lang::Language;

    #[test]
    fn arabic_cues_without_a_subject_take_the_speaker_who_agrees() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A masculine bare cue after a woman spoke goes back to the man quoted before.
            (
                "وقال الوزير أحمد سالم إن المشروع سينتهي قريبا. وقالت النائبة هدى كامل إن التمويل متوفر. وأضاف أن العمال سيعودون الأسبوع المقبل.",
                &[person(&["أحمد سالم"]), person(&["هدى كامل"])],
                &[
                    seen(Indirect, "المشروع سينتهي قريبا", "قال", "أحمد سالم", Explicit),
                    seen(Indirect, "التمويل متوفر", "قالت", "هدى كامل", Explicit),
                    seen(Indirect, "العمال سيعودون الأسبوع المقبل", "أضاف", "أحمد سالم", Implicit),
                ],
            ),
            // A plural cue takes the group.
            (
                "وقال ناشطون في المدينة إن الاحتجاجات ستستمر. وأضافوا أن المطالب لم تتحقق بعد.",
                &[],
                &[
                    seen(Indirect, "الاحتجاجات ستستمر", "قال", "ناشطون في المدينة", Explicit),
                    seen(Indirect, "المطالب لم تتحقق بعد", "أضافوا", "ناشطون في المدينة", Implicit),
                ],
            ),
            // A plural in the construct state (`موظفو`), even taken for a name by the tagger,
            // heads an unnamed source that a plural cue goes back to.
            (
                "وأكد موظفو الشركة أن الرواتب تأخرت. وأضافوا أن الإدارة وعدت بالدفع.",
                &[person(&["موظفو"])],
                &[
                    seen(Indirect, "الرواتب تأخرت", "أكد", "موظفو الشركة", Explicit),
                    seen(Indirect, "الإدارة وعدت بالدفع", "أضافوا", "موظفو الشركة", Implicit),
                ],
            ),
            // Sources (a plural of things) take a feminine singular verb.
            (
                "وقالت مصادر أمنية إن الهجوم وقع ليلا. وأضافت أن ثلاثة أشخاص أصيبوا بجروح.",
                &[],
                &[
                    seen(Indirect, "الهجوم وقع ليلا", "قالت", "مصادر أمنية", Explicit),
                    seen(Indirect, "ثلاثة أشخاص أصيبوا بجروح", "أضافت", "مصادر أمنية", Implicit),
                ],
            ),
            // So do institutions in the sound feminine plural, after a man was quoted.
            (
                "وقال الوزير أحمد سالم إن الوضع مستقر. وقالت المنظمات الإنسانية إن المساعدات لم تصل. وأضافت أن الطرق مقطوعة منذ أسبوع.",
                &[person(&["أحمد سالم"])],
                &[
                    seen(Indirect, "الوضع مستقر", "قال", "أحمد سالم", Explicit),
                    seen(Indirect, "المساعدات لم تصل", "قالت", "المنظمات الإنسانية", Explicit),
                    seen(Indirect, "الطرق مقطوعة منذ أسبوع", "أضافت", "المنظمات الإنسانية", Implicit),
                ],
            ),
            // The subject of a speech verb that reported nothing the detectors take for a
            // quote, not the person it talked about, is who a bare cue after it goes on with.
            (
                "واعتبر الوزير سامي الحداد مبادرة النائب خالد العمري غير مدروسة. وقال إن المبادرة تبعد الناس عن القضايا الحقيقية.",
                &[person(&["سامي الحداد"]), person(&["خالد العمري"])],
                &[seen(
                    Indirect,
                    "المبادرة تبعد الناس عن القضايا الحقيقية",
                    "قال",
                    "سامي الحداد",
                    Implicit,
                )],
            ),
            // ... from the sentence before only: someone named since as the subject of a
            // sentence of their own is the better guess.
            (
                "واعتبر الوزير سامي الحداد المبادرة غير مدروسة. وثمن خالد العمري قرار الحكومة. وأشار إلى أن الأسعار ستنخفض.",
                &[person(&["سامي الحداد"]), person(&["خالد العمري"])],
                &[seen(Indirect, "الأسعار ستنخفض", "أشار", "خالد العمري", Implicit)],
            ),
            // A name in what was said is talked about: no speaker for a participle with none.
            (
                "\"خبر طرد سامي الحداد من الحركة\" عار من الصحة، مضيفا أن الحركة موحدة.",
                &[person(&["سامي الحداد"])],
                &[
                    seen(Direct, "خبر طرد سامي الحداد من الحركة", "", "", Unresolved),
                    seen(Indirect, "الحركة موحدة", "مضيفا", "", Unresolved),
                ],
            ),
            // ... but not past a quote with a speaker of its own.
            (
                "واعتبر الوزير سامي الحداد المبادرة غير مدروسة. وقالت النائبة هدى كامل إن المبادرة ضرورية. وأضافت أن الحكومة تأخرت.",
                &[person(&["سامي الحداد"]), person(&["هدى كامل"])],
                &[
                    seen(Indirect, "المبادرة ضرورية", "قالت", "هدى كامل", Explicit),
                    seen(Indirect, "الحكومة تأخرت", "أضافت", "هدى كامل", Implicit),
                ],
            ),
            // A participle shares the subject of its sentence, even after a verb that is not
            // one of speech.
            (
                "وزار الوزير أحمد سالم المصنع أمس، مؤكدا أن الإنتاج سيرتفع هذا العام.",
                &[person(&["أحمد سالم"])],
                &[seen(Indirect, "الإنتاج سيرتفع هذا العام", "مؤكدا", "أحمد سالم", Implicit)],
            ),
            // A direct quote with no cue, a paragraph later: the speaker still talking.
            (
                "وقال أحمد سالم: \"سنبدأ العمل في الشهر المقبل\".\n\n\"لن نتأخر عن الموعد هذه المرة أبدا\".",
                &[person(&["أحمد سالم"])],
                &[
                    seen(Direct, "سنبدأ العمل في الشهر المقبل", "قال", "أحمد سالم", Explicit),
                    seen(Direct, "لن نتأخر عن الموعد هذه المرة أبدا", "", "أحمد سالم", Implicit),
                ],
            ),
            // Quoted words with no cue, not in the first person and short: a title or scare
            // quotes, not a report.
            ("وجاء في المقال أن \"الأزمة مستمرة منذ سنوات\" في القطاع.", &[], &[]),
            // A cue far before its complementizer and the quote (`... لـ"الوطن" أن "...`).
            (
                "وأوضح المستشار في إدارة التنمية البشرية الدكتور سالم حمدان ل\"الوطن\" أن \"القضية تستوجب وقفة جادة من الجميع\".",
                &[person(&["سالم حمدان"])],
                &[seen(Direct, "القضية تستوجب وقفة جادة من الجميع", "أوضح", "سالم حمدان", Explicit)],
            ),
            // `وزاد: "..."`: a bare cue of going on, the speaker carried over.
            (
                "وقال سالم حمدان: \"العمل مستمر حتى النهاية\". وزاد: \"لن نتراجع عن أي خطوة اتخذناها\".",
                &[person(&["سالم حمدان"])],
                &[
                    seen(Direct, "العمل مستمر حتى النهاية", "قال", "سالم حمدان", Explicit),
                    seen(Direct, "لن نتراجع عن أي خطوة اتخذناها", "زاد", "سالم حمدان", Implicit),
                ],
            ),
            // `البيان` alone: the statement issued before speaks for its author, whatever the
            // verb's gender (it agrees with `البيان`, not with `النقابة`); a plural `التقارير`
            // is no statement met before.
            (
                "وأوضحت النقابة، في بيان أصدرته أمس، أن الأدوية نفدت. وأضاف البيان أن الصيادلة لن يتحملوا العبء وحدهم.",
                &[organization(&["النقابة"])],
                &[
                    seen(Indirect, "الأدوية نفدت", "أوضحت", "النقابة", Explicit),
                    seen(Indirect, "الصيادلة لن يتحملوا العبء وحدهم", "أضاف", "النقابة", Explicit),
                ],
            ),
            (
                "وقال المدرب سالم حمدان إن الفريق جاهز. وذكرت التقارير أن اللاعب سيرحل في الصيف.",
                &[person(&["سالم حمدان"])],
                &[
                    seen(Indirect, "الفريق جاهز", "قال", "سالم حمدان", Explicit),
                    seen(Indirect, "اللاعب سيرحل في الصيف", "ذكرت", "التقارير", Explicit),
                ],
            ),
            // `خلص إلى أن`: a conclusion is reported like a statement.
            (
                "وقال المجلس في بيان إن المباراة نظمت بشفافية. وخلص إلى أن \"الأخبار المتداولة لا أساس لها من الصحة\".",
                &[organization(&["المجلس"])],
                &[
                    seen(Indirect, "المباراة نظمت بشفافية", "قال", "المجلس", Explicit),
                    seen(
                        Direct,
                        "الأخبار المتداولة لا أساس لها من الصحة",
                        "خلص",
                        "المجلس",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// `المصادر ذاتها` ("the same sources") are the unnamed source with that noun met before,
    /// not whoever spoke last in a report nested since.
    #[test]
    fn the_same_sources_are_the_source_with_that_noun() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Named with its phrase ...
            (
                "قالت مصادر أمنية إن الشبكة تنشط في الجنوب. وذكرت الصحيفة أن المعلومات تؤكد أن عناصرها عبروا الحدود. وأكدت المصادر ذاتها أن الأبحاث متواصلة.",
                &[],
                &[
                    seen(Indirect, "الشبكة تنشط في الجنوب", "قالت", "مصادر أمنية", Explicit),
                    seen(
                        Indirect,
                        "المعلومات تؤكد أن عناصرها عبروا الحدود",
                        "ذكرت",
                        "الصحيفة",
                        Explicit,
                    ),
                    seen(Indirect, "عناصرها عبروا الحدود", "تؤكد", "المعلومات", Explicit),
                    seen(Indirect, "الأبحاث متواصلة", "أكدت", "مصادر أمنية", Explicit),
                ],
            ),
            // ... or carried on by a participle, with no phrase of its own.
            (
                "قالت مصادر أمنية إن الشبكة تنشط في الجنوب، مشيرة إلى أن المعلومات تؤكد أن عناصرها عبروا الحدود. وأكدت المصادر ذاتها أن الأبحاث متواصلة.",
                &[],
                &[
                    seen(Indirect, "الشبكة تنشط في الجنوب", "قالت", "مصادر أمنية", Explicit),
                    seen(
                        Indirect,
                        "المعلومات تؤكد أن عناصرها عبروا الحدود",
                        "مشيرة",
                        "مصادر أمنية",
                        Implicit,
                    ),
                    seen(Indirect, "عناصرها عبروا الحدود", "تؤكد", "المعلومات", Explicit),
                    seen(Indirect, "الأبحاث متواصلة", "أكدت", "مصادر أمنية", Explicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_given_names_gender_keeps_a_feminine_cue_from_a_man() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "وقال حسن معاذ إن الانتقال تم. وقالت إن العقد وقع أمس.",
            &[gendered_person(&["حسن معاذ"], Gender::Masculine)],
            &[
                seen(Indirect, "الانتقال تم", "قال", "حسن معاذ", Explicit),
                seen(Indirect, "العقد وقع أمس", "قالت", "", Unresolved),
            ],
        )];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_feminine_verb_takes_no_man_for_its_subject() {
        let ministry_and_suspect: &[Given] = &[
            organization(&["الوزارة"]),
            gendered_person(&["حمزة السالمي"], Gender::Masculine),
        ];
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The pupil is named after his mother's description; she spoke, described down to
            // him.
            (
                "وأكدت والدة التلميذ مالك بن حمودة أن ابنها نجح بامتياز.",
                &[gendered_person(&["مالك بن حمودة"], Gender::Masculine)],
                &[seen(
                    Indirect,
                    "ابنها نجح بامتياز",
                    "أكدت",
                    "والدة التلميذ مالك بن حمودة",
                    Explicit,
                )],
            ),
            // Words that open with no feminine noun, or too many to describe her, or a comma
            // between, are no description of her: someone else spoke, or no one found.
            (
                "وأعلنت الوزارة أن الأبحاث متواصلة. وأكدت أسماء المتهمين ومنهم حمزة السالمي أن القضية جاهزة.",
                ministry_and_suspect,
                &[
                    seen(Indirect, "الأبحاث متواصلة", "أعلنت", "الوزارة", Explicit),
                    seen(Indirect, "القضية جاهزة", "أكدت", "الوزارة", Implicit),
                ],
            ),
            (
                "وأعلنت الوزارة أن الأبحاث متواصلة. وأكدت قائمة المتهمين الذين أوقفوا في المدينة أمس حمزة السالمي أن القضية جاهزة.",
                ministry_and_suspect,
                &[
                    seen(Indirect, "الأبحاث متواصلة", "أعلنت", "الوزارة", Explicit),
                    seen(Indirect, "القضية جاهزة", "أكدت", "قائمة المتهمين", Explicit),
                ],
            ),
            (
                "وطالبت الهيئة الإدارية الوطنية للنقابة بإطلاق سراح الناشط حسين العباسي فورا.",
                &[gendered_person(&["حسين العباسي"], Gender::Masculine)],
                &[seen(
                    Indirect,
                    "إطلاق سراح الناشط حسين العباسي فورا",
                    "طالبت",
                    "الهيئة الإدارية الوطنية",
                    Implicit,
                )],
            ),
            (
                "وأكدت الوزيرة أن حمزة السالمي مطلوب للعدالة.",
                &[gendered_person(&["حمزة السالمي"], Gender::Masculine)],
                &[seen(
                    Indirect,
                    "حمزة السالمي مطلوب للعدالة",
                    "أكدت",
                    "الوزيرة",
                    Explicit,
                )],
            ),
            (
                "وقالت رئيسة الجمعية، حسين العباسي، إن الوقفة سلمية.",
                &[gendered_person(&["حسين العباسي"], Gender::Masculine)],
                &[seen(Indirect, "الوقفة سلمية", "قالت", "", Unresolved)],
            ),
            // Nor is a man named before the verb its subject.
            (
                "ألقي القبض على حمزة السالمي الذي أعلنت الوزارة أنه مطلوب للعدالة.",
                ministry_and_suspect,
                &[seen(Indirect, "مطلوب للعدالة", "أعلنت", "الوزارة", Explicit)],
            ),
            // Right after the verb, a name is its subject whatever the name lists say.
            (
                "وقالت كلثوم كنو إن الإرهاب تحركه أياد خفية.",
                &[gendered_person(&["كلثوم كنو"], Gender::Masculine)],
                &[seen(
                    Indirect,
                    "الإرهاب تحركه أياد خفية",
                    "قالت",
                    "كلثوم كنو",
                    Explicit,
                )],
            ),
            // Relayed: the agency (feminine) reports what the man said.
            (
                "ونقلت الوكالة عن رئيس المؤسسة محمد علي شهيدي أن الحرس أعلن عدد القتلى.",
                &[gendered_person(&["محمد علي شهيدي"], Gender::Masculine)],
                &[seen(
                    Indirect,
                    "الحرس أعلن عدد القتلى",
                    "نقلت",
                    "محمد علي شهيدي",
                    Explicit,
                )],
            ),
            // A lone family name may be a woman's (`ألفة يوسف`), whatever given name it looks
            // like.
            (
                "وقالت الجامعية يوسف إن السينما أصبحت موسمية.",
                &[gendered_person(&["يوسف"], Gender::Masculine)],
                &[seen(Indirect, "السينما أصبحت موسمية", "قالت", "يوسف", Explicit)],
            ),
            // A verb that agrees with the person named after it.
            (
                "وقال وزير الداخلية محمد البراهمي إن المنطقة أصبحت نقطة عبور. وقالت وزيرة الطاقة هالة شيخ روحو إن المشاريع جاهزة.",
                &[
                    gendered_person(&["محمد البراهمي"], Gender::Masculine),
                    gendered_person(&["هالة شيخ روحو"], Gender::Feminine),
                ],
                &[
                    seen(
                        Indirect,
                        "المنطقة أصبحت نقطة عبور",
                        "قال",
                        "محمد البراهمي",
                        Explicit,
                    ),
                    seen(Indirect, "المشاريع جاهزة", "قالت", "هالة شيخ روحو", Explicit),
                ],
            ),
            // The press writes a masculine verb for a woman too.
            (
                "وأكد روضة قفراج أن أزمة المياه ستحتد.",
                &[gendered_person(&["روضة قفراج"], Gender::Feminine)],
                &[seen(Indirect, "أزمة المياه ستحتد", "أكد", "روضة قفراج", Explicit)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn english_pronouns_choose_a_person_or_an_organization() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "Greenline Energy said that profits fell. Its chief, Tom Avery, said that costs rose. It also said that sales would recover.",
            &[organization(&["Greenline Energy"]), person(&["Tom Avery"])],
            &[
                seen(Indirect, "profits fell", "said", "Greenline Energy", Explicit),
                seen(Indirect, "costs rose", "said", "Tom Avery", Explicit),
                seen(Indirect, "sales would recover", "said", "Greenline Energy", Implicit),
            ],
        )];
        check(Language::English, cases);
    }

    #[test]
    fn a_headline_quotes_the_speaker_of_its_story() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A word in marks: the person the headline opens with.
            (
                "Avery quits 'shameful' board\n\nTom Avery has left the board of Greenline Energy.",
                &[
                    person(&["Tom Avery", "Avery"]),
                    organization(&["Greenline Energy"]),
                ],
                &[seen(Partial, "shameful", "", "Tom Avery", Implicit)],
            ),
            // A headline quoted whole: the first speaker the story names.
            (
                "'We will not pay the bill'\n\nThe rebate is not for negotiation, Jack Straw said on Monday.",
                &[person(&["Jack Straw"])],
                &[
                    seen(Direct, "We will not pay the bill", "", "Jack Straw", Implicit),
                    seen(
                        Indirect,
                        "The rebate is not for negotiation",
                        "said",
                        "Jack Straw",
                        Explicit,
                    ),
                ],
            ),
            // A title in marks is no quote; nor is anything in marks in a first line that is a
            // sentence of the story.
            (
                "BBC airs 'The Office' again\n\nThe show returns on Monday.",
                &[organization(&["BBC"])],
                &[],
            ),
            (
                "Avery left the 'shameful' board.\n\nThe show returns on Monday.",
                &[person(&["Avery"])],
                &[],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn a_first_line_too_long_for_a_headline_is_not_searched_through() {
        // Byte 512 falls inside a letter, and the line never ends: no headline, no panic.
        let text = format!("قق{}", "ش ".repeat(400));
        let text = text.trim_end();
        assert!(crate::quotes::testing::quotes(Language::Arabic, text, &[]).is_empty());
        let with_break = format!("{text}\n\nقال \"نعم\"");
        crate::quotes::testing::quotes(Language::Arabic, &with_break, &[]);
    }
}
