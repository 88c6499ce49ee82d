//! English quote rules. The cue lexicon (lower case): speech verbs, source phrases (`according
//! to`), complementizers and unnamed-source nouns, and the pronouns that point back to a speaker.
//! The constructions English has and Arabic lacks: reported clauses with `that` dropped,
//! parenthetical attributions (`, most economists believe,`), clauses before a cue that ends
//! the sentence (`..., officials said.`), descriptive subjects before the cue (`a ministry
//! spokesman said`), `told` + addressee, and `he`/`it` choosing a person or an organization.

mod lexicon;

use super::document::{is_quote_mark, Doc};
use super::language::{Agreement, CueWord, Gender, Number, PhraseTraits, QuoteLanguage, Referent};
use super::speaker::explicit::{self, Finder};
use super::speaker::phrase::{entity_speaker, phrase_speaker};
use super::types::{AttributionMethod, Candidate, Speaker};
use crate::text::NormSpan;
use crate::tokens::{Token, TokenKind};

/// The English rules.
pub(super) struct English;

/// How many words a descriptive subject may have before its cue (`the Federal Reserve head`).
const SUBJECT_PHRASE_WORDS: usize = 5;
/// How many auxiliaries and adverbs may stand between a described subject and its cue
/// (`Officials have also warned`: two).
const AUXILIARIES_BEFORE_CUE: usize = 3;
/// How far after a cue a dropped-`that` clause must show its finite verb (`said sales would`,
/// `said French, Jordanian and Nigerian nationals would`).
const AUXILIARY_WINDOW: usize = 8;
/// How long the addressee after `told` may be (`told the federal court`).
const ADDRESSEE_WORDS: usize = 4;
/// How long the subject of a reported clause may be before its auxiliary (`the plant would`,
/// `French, Jordanian and Nigerian nationals would`).
const SUBJECT_WORDS: usize = 4;
/// How far after `according to` its comma may be (`According to the Ministry of Transport,`).
const ACCORDING_TO_WINDOW: usize = 10;
/// How long a parenthetical subject may be (`, most economists believe,`).
const PARENTHETICAL_WORDS: usize = 4;

impl QuoteLanguage for English {
    fn cue_word(&self, token: &Token) -> Option<CueWord> {
        lexicon::cue_word(&token.key)
    }
    fn is_complementizer(&self, token: &Token) -> bool {
        is_complementizer(&token.key)
    }
    fn is_source_noun(&self, token: &Token) -> bool {
        is_source_noun(&token.key)
    }
    fn is_sameness_marker(&self, token: &Token) -> bool {
        is_sameness_marker(&token.key)
    }
    fn is_preposition(&self, token: &Token) -> bool {
        is_preposition(&token.key)
    }
    fn is_determiner(&self, token: &Token) -> bool {
        is_determiner(&token.key)
    }
    fn is_article(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "the" | "a" | "an")
    }
    fn is_honorific(&self, token: &Token) -> bool {
        matches!(
            token.key.as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "prof"
                | "sir"
                | "lord"
                | "lady"
                | "mr."
                | "mrs."
                | "ms."
                | "dr."
        )
    }
    fn is_conjunction(&self, token: &Token) -> bool {
        is_conjunction(&token.key)
    }
    fn links_source(&self, token: &Token) -> bool {
        token.key == "to"
    }
    fn continues_source_phrase(&self, doc: &Doc, _head: usize, j: usize) -> bool {
        !matches!(doc.tokens[j].key.as_str(), "to" | "that" | "on" | "said")
    }
    fn is_function_word(&self, token: &Token) -> bool {
        is_function_word(&token.key)
    }
    fn is_pronoun(&self, token: &Token) -> bool {
        is_pronoun(&token.key)
    }
    fn names_what_follows(&self, token: &Token) -> bool {
        matches!(
            token.key.as_str(),
            "titled" | "entitled" | "headlined" | "slogan" | "hashtag" | "motto"
        )
    }
    fn is_affiliation(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "of" | "at" | "from")
    }
    fn addressee_follows(&self, cue: &Token) -> bool {
        matches!(cue.key.as_str(), "told" | "tells" | "telling")
    }
    fn stands_between_subject_and_verb(&self, token: &Token) -> bool {
        matches!(
            token.key.as_str(),
            "has" | "have" | "had" | "will" | "would" | "also" | "previously" | "recently"
            // When (`Officials in Vatican City Saturday said`, `Experts now say`).
            | "now"
            // How often or when (`Residents often accuse`, `Police later said`).
            | "often" | "later" | "earlier" | "repeatedly"
        ) || is_day_word(&token.key)
            || is_function_word(&token.key)
    }
    fn is_possessive(&self, token: &Token) -> bool {
        is_possessive(&token.key)
    }
    fn has_letter_case(&self) -> bool {
        true
    }

    fn may_be_name_word(&self, doc: &Doc, i: usize) -> bool {
        !is_preposition(&doc.tokens[i].key) && doc.is_proper_noun(i)
    }
    fn looks_like_name_word(&self, doc: &Doc, i: usize) -> bool {
        doc.is_proper_noun(i)
    }
    fn continues_title(&self, doc: &Doc, i: usize, _first: bool) -> bool {
        matches!(doc.tokens[i].name_key(), "prime" | "foreign")
    }

    fn report_start_without_complementizer(&self, doc: &Doc, cue: usize) -> Option<usize> {
        clause_start(doc, cue)
            .or_else(|| parenthetical(doc, cue).map(|(_, clause)| clause))
            .or_else(|| nominal_report_start(doc, cue))
    }
    /// A subject pronoun or a finite auxiliary between the cue and `that` is the report's own
    /// clause (`told reporters on Monday that` has neither; `said in May 2008 that`: a month).
    fn report_begins_before(&self, doc: &Doc, cue: usize, j: usize) -> bool {
        (cue + 1..j).any(|k| {
            let key = doc.tokens[k].key.as_str();
            is_pronoun(key) || (is_auxiliary(key) && !doc.is_proper_noun(k))
        })
    }
    fn find_trailing_attributions(&self, doc: &Doc, out: &mut Vec<Candidate>) {
        super::detect::trailing::find(doc, out);
    }

    /// `he said`, `she said`, `they say`.
    fn pronoun_agreement(&self, doc: &Doc, cue: usize) -> Agreement {
        let pronoun = [cue.checked_sub(1), Some(cue + 1)]
            .into_iter()
            .flatten()
            .filter(|&i| i < doc.tokens.len() && doc.same_sentence(i, cue))
            .find_map(|i| match doc.tokens[i].key.as_str() {
                "he" => Some((Some(Gender::Masculine), Number::Singular)),
                "she" => Some((Some(Gender::Feminine), Number::Singular)),
                "they" if i < cue => Some((None, Number::Plural)),
                _ => None,
            });
        pronoun.map_or_else(Agreement::default, |(gender, number)| Agreement {
            gender,
            number: Some(number),
        })
    }
    fn is_first_person(&self, doc: &Doc, span: NormSpan) -> bool {
        let first = doc.token_at_or_after(span.start);
        let last = doc.token_at_or_after(span.end);
        doc.tokens[first..last].iter().any(|t| {
            matches!(
                t.key.as_str(),
                "i" | "we" | "my" | "our" | "me" | "us" | "i'm" | "we're" | "i've" | "we've"
            )
        })
    }
    fn traits_of_phrase(&self, phrase: &str) -> PhraseTraits {
        let head = phrase
            .split_whitespace()
            .next_back()
            .unwrap_or_default()
            .to_lowercase();
        let plural = matches!(head.as_str(), "police" | "people")
            || (head.ends_with('s') && !head.ends_with("ss"));
        PhraseTraits {
            gender: head.ends_with("woman").then_some(Gender::Feminine),
            number: Some(if plural {
                Number::Plural
            } else {
                Number::Singular
            }),
            non_human_plural: false,
        }
    }

    fn quoted_as_saying(&self, doc: &Doc, cue: usize) -> Option<Speaker> {
        quoted_as_saying(doc, cue)
    }
    fn speaker_finders(&self) -> &'static [Finder] {
        &[
            according_to_source,
            relative_clause_subject,
            name_after_cue,
            described_subject_after_quote,
            explicit::subject_before_cue,
            descriptive_subject_before,
            parenthetical_subject,
            source_after_passive,
        ]
    }
    /// `he said` is a person; `it said` an organization (`it` after the cue starts the clause).
    fn referent(&self, doc: &Doc, cue: usize) -> Referent {
        // `it also reported`: an adverb may stand between.
        let before = cue.checked_sub(1).map(|i| {
            if i > 0 && is_function_word(&doc.tokens[i].key) {
                i - 1
            } else {
                i
            }
        });
        let next_to_cue = [before, Some(cue + 1)]
            .into_iter()
            .flatten()
            .filter(|&i| i < doc.tokens.len() && doc.same_sentence(i, cue));
        for i in next_to_cue {
            match doc.tokens[i].key.as_str() {
                "he" | "she" => return Referent::Person,
                "it" if i < cue => return Referent::Organization,
                _ => {}
            }
        }
        Referent::Any
    }
}

/// Where a reported clause starts after the cue at token `i` when `that` is dropped:
/// `said the workers had been patient`, `told reporters the government had agreed`,
/// `According to the Ministry of Transport, about 40 ships waited`.
fn clause_start(doc: &Doc, i: usize) -> Option<usize> {
    let token = &doc.tokens[i];
    let sentence = doc.sentence_of_token[i];
    let in_sentence = |j: usize| j < doc.tokens.len() && doc.sentence_of_token[j] == sentence;
    if doc.is_source_phrase(i) {
        // `according to X, <clause>`: the clause follows the first comma.
        let comma = according_to_comma(doc, i)?;
        return in_sentence(comma + 1).then_some(comma + 1);
    }
    // `"We will win," said Jan Kubis, who has led ...`: a cue right after a quote attributes
    // it; what follows is its speaker, not a clause it reports.
    if i > 0 && doc.same_sentence(i - 1, i) && is_quote_mark(&doc.tokens[i - 1]) {
        return None;
    }
    // After `told` comes its addressee (`told reporters`, `told the federal court`), so a
    // determiner there does not start the clause: the clause must show its verb.
    let addressee = doc.lang.addressee_follows(token);
    match token.key.as_str() {
        _ if addressee => {
            // The clause's subject ends before its first auxiliary and starts at its determiner,
            // never at the first word after the cue (the addressee has at least one).
            let window = i + 2..(i + 2 + ADDRESSEE_WORDS + AUXILIARY_WINDOW).min(doc.tokens.len());
            let auxiliary = window
                .clone()
                .take_while(|&j| in_sentence(j) && !is_quote_mark(&doc.tokens[j]))
                .find(|&j| is_auxiliary(&doc.tokens[j].key));
            let Some(auxiliary) = auxiliary else {
                // No auxiliary: a subject pronoun still starts the clause (`told the BBC he
                // wanted ...`).
                return window
                    .take(ADDRESSEE_WORDS)
                    .take_while(|&j| in_sentence(j))
                    .find(|&j| {
                        matches!(
                            doc.tokens[j].key.as_str(),
                            "he" | "she" | "they" | "we" | "i" | "it" | "there"
                        )
                    });
            };
            // A determiner right after the addressee opens the subject, however long the subject
            // runs (`told MPs the rebate, secured by Margaret Thatcher in 1984, was ...`).
            let determiner = (i + 2..(i + 2 + ADDRESSEE_WORDS).min(auxiliary))
                .take_while(|&j| in_sentence(j) && doc.tokens[j].is_word())
                .find(|&j| is_determiner(&doc.tokens[j].key));
            if let Some(determiner) = determiner {
                return Some(determiner);
            }
            let mut start = auxiliary - 1;
            while start > i + 2
                && auxiliary - start < SUBJECT_WORDS
                && doc.tokens[start - 1].is_word()
                && !is_determiner(&doc.tokens[start].key)
                && !starts_clause(&doc.tokens[start].key)
            {
                start -= 1;
            }
            return (start > i + 1).then_some(start);
        }
        "called" | "described" | "dubbed" | "termed" | "branded" | "asked" => return None,
        _ => {}
    }
    let next = past_day_of_saying(doc, i);
    if !in_sentence(next) {
        return None;
    }
    // A subject, then soon a finite auxiliary: `says BA's revenues will ...`, `said sales would`.
    let auxiliary_soon = (next + 1..(next + AUXILIARY_WINDOW).min(doc.tokens.len()))
        .take_while(|&j| in_sentence(j) && !is_quote_mark(&doc.tokens[j]))
        .any(|j| is_auxiliary(&doc.tokens[j].key));
    // `declared Friday a national holiday`: past a day it declares, only a clause that shows
    // its verb is what was declared.
    let day_declared =
        next > i + 1 && matches!(token.key.as_str(), "declared" | "declares" | "declare");
    let starts_like_a_clause = (starts_clause(&doc.tokens[next].key)
        && !addressee
        && (!day_declared || auxiliary_soon || is_pronoun(&doc.tokens[next].key)))
        || ((doc.mention_starting_at(next).is_some()
            || doc.tokens[next].is_word()
            || doc.tokens[next].kind == TokenKind::Number)
            && !is_preposition(&doc.tokens[next].key)
            && auxiliary_soon)
        // A possessive subject: `says BA's estimated revenues - £160m - will ...`.
        || (doc.is_proper_noun(next)
            && doc
                .tokens
                .get(next + 1)
                .is_some_and(|t| is_possessive(&t.key)));
    starts_like_a_clause.then_some(next)
}

/// The first token after the cue at `i` past the day of the saying, which is no part of what was
/// said (`said Wednesday he is not worried`, `said Tuesday, the two children are`); in `said
/// Monday's attack was ...` it is.
fn past_day_of_saying(doc: &Doc, i: usize) -> usize {
    let next = i + 1;
    let after_day = next + 1;
    let day = doc.tokens.get(next).is_some_and(|t| is_day_word(&t.key))
        && doc.same_sentence(i, after_day)
        && !is_possessive(&doc.tokens[after_day].key);
    match day {
        false => next,
        true if doc.tokens[after_day].key == "," && doc.same_sentence(i, after_day + 1) => {
            after_day + 1
        }
        true => after_day,
    }
}

/// `denied charges of fraud and conspiracy`, `rejected allegations he pressured ...`, `warned of
/// a second wave`: the object of a verb whose lexicon entry reports a noun phrase. Its length is
/// checked by the caller (an anaphoric `denied the allegations` is too short to report anything).
fn nominal_report_start(doc: &Doc, i: usize) -> Option<usize> {
    let cue = doc.cue(i).filter(|c| c.is_speech_verb())?;
    let next = doc
        .tokens
        .get(i + 1)
        .filter(|_| doc.same_sentence(i, i + 1))?;
    cue.nominal
        .iter()
        .find_map(|&preposition| match preposition {
            "" => (next.is_word()
                && !is_preposition(&next.key)
                && !is_pronoun(&next.key)
                && !matches!(
                    next.key.as_str(),
                    "him" | "her" | "them" | "us" | "me" | "it"
                )
                && !is_function_word(&next.key))
            .then_some(i + 1),
            word => (next.key == word && doc.same_sentence(i, i + 2)).then_some(i + 2),
        })
}

/// `The new tax, most economists believe, will slow growth`: a cue and its short subject set
/// off by commas inside the clause they report. The subject's first token, and where the report
/// goes on (after the second comma).
fn parenthetical(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if doc.tokens.get(i + 1).is_none_or(|t| t.key != ",") || !doc.same_sentence(i, i + 2) {
        return None;
    }
    let comma = (i.saturating_sub(PARENTHETICAL_WORDS)..i)
        .rev()
        .find(|&j| doc.tokens[j].key == ",")?;
    let subject_is_short_words = comma + 1 < i
        && doc.same_sentence(comma, i)
        && doc.tokens[comma + 1..i].iter().all(Token::is_word);
    subject_is_short_words.then_some((comma + 1, i + 2))
}

/// How many words a described subject after an inverted cue may have (`said a spokesman for
/// the regional health authority`: seven).
const INVERTED_SUBJECT_WORDS: usize = 8;

/// How many words the one quoted may have between the verb of quoting and `as saying` (`quotes
/// Radio Shabelle's deputy director Mohamed Amiin as saying`: seven).
const QUOTED_OBJECT_WORDS: usize = 8;

/// `quotes him as saying`, `quoted the police sources as saying`, `quoting a Pentagon spokesman
/// as saying`: the object of the verb of quoting speaks. A person named in it is the speaker
/// (the words before are the person's title); a pronoun stands for the last person named before
/// the sentence, returned as IMPLICIT so that attribution reads it as the source met before (the
/// current speaker, where that one has no entity); a passive (`quoted by news agencies as
/// saying`) names no one quoted.
fn quoted_as_saying(doc: &Doc, cue: usize) -> Option<Speaker> {
    let as_ = cue.checked_sub(1)?;
    if doc.tokens[cue].key != "saying"
        || doc.tokens[as_].key != "as"
        || !doc.same_sentence(as_, cue)
    {
        return None;
    }
    let verb = (as_.saturating_sub(QUOTED_OBJECT_WORDS + 1)..as_)
        .rev()
        .take_while(|&k| doc.same_sentence(k, cue))
        .find(|&k| {
            matches!(
                doc.tokens[k].key.as_str(),
                "quotes" | "quoted" | "quoting" | "quote"
            )
        })?;
    let end = as_;
    let first = verb + 1;
    if first >= end || doc.tokens[first].key == "by" {
        return None;
    }
    if end == first + 1 && matches!(doc.tokens[first].key.as_str(), "him" | "her") {
        let sentence_start = doc.tokens[doc.sentence_start(cue)].span.start;
        let (span, entity) = doc.last_person_before(sentence_start)?;
        return Some(Speaker {
            method: AttributionMethod::Implicit,
            ..entity_speaker(doc, span, entity)
        });
    }
    let person = (first..end).find_map(|k| {
        doc.mention_starting_at(k)
            .filter(|&(_, e)| doc.entities[e].label == crate::entities::Label::Person)
    });
    if let Some((span, entity)) = person {
        return Some(entity_speaker(doc, span, entity));
    }
    let span = NormSpan::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
    Some(phrase_speaker(doc, span, AttributionMethod::Explicit))
}

/// The comma that closes `according to X,` for the source phrase at token `i`: the source stands
/// before it, the clause reported after it.
fn according_to_comma(doc: &Doc, i: usize) -> Option<usize> {
    (i + 1..(i + ACCORDING_TO_WINDOW).min(doc.tokens.len()))
        .take_while(|&j| doc.same_sentence(i, j))
        .find(|&j| doc.tokens[j].key == ",")
}

/// `According to official results, ...`, `According to the cables, ...`: the source is what
/// stands between `to` and the comma (the name the tagger found there, or the phrase), never a
/// name in the clause after the comma.
fn according_to_source(doc: &Doc, cue: usize) -> Option<Speaker> {
    if !doc.is_source_phrase(cue) {
        return None;
    }
    let start = cue + 1 + doc.lang.source_link_len(doc, cue + 1);
    let comma = according_to_comma(doc, cue)?;
    // `according to his wont`, `according to law`: a custom or a rule is no one speaking, and
    // must not become the speaker later cues go back to.
    let custom =
        matches!(
            doc.tokens[start].key.as_str(),
            "his" | "her" | "its" | "their" | "our" | "my"
        ) || (comma == start + 1 && !doc.is_proper_noun(start) && !doc.is_source_noun(start));
    if comma == start || custom {
        return None;
    }
    let first = if doc.lang.is_article(&doc.tokens[start]) {
        start + 1
    } else {
        start
    };
    if let Some((span, entity)) = doc.mention_starting_at(first) {
        if doc.token_at_or_after(span.end) == comma {
            return Some(entity_speaker(doc, span, entity));
        }
    }
    let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[comma - 1].span.end);
    Some(phrase_speaker(doc, span, AttributionMethod::Explicit))
}

/// `Moscow, which says it will not accept ...`, `the top U.S. military commander, who said
/// ...`: `which`/`who` after a comma stands for the phrase before the comma, a name the tagger
/// found there or a described source.
fn relative_clause_subject(doc: &Doc, cue: usize) -> Option<Speaker> {
    let mut relative = cue.checked_sub(1)?;
    // `who also said`, `who all said`.
    if matches!(doc.tokens[relative].key.as_str(), "also" | "all") {
        relative = relative.checked_sub(1)?;
    }
    let comma = relative.checked_sub(1)?;
    if !matches!(doc.tokens[relative].key.as_str(), "which" | "who")
        || doc.tokens[comma].key != ","
        || comma == 0
        || !doc.same_sentence(comma - 1, cue)
    {
        return None;
    }
    match doc.mention_ending_at(comma - 1) {
        Some((span, entity)) => Some(entity_speaker(doc, span, entity)),
        None => descriptive_subject_before(doc, comma),
    }
}

/// The speaker named right after the cue (`said Jan Kubis.`, `"...," said the minister`), unless
/// the cue has its subject before it and the name opens the clause it reports: in `The OSCE says
/// Jan Kubis will visit` and `Police say Mr. Smith was arrested` the name is whom the report is
/// about. English puts the speaker after the verb only where a quote or nothing stands before
/// it (after a quote `clause_start` finds no clause).
fn name_after_cue(doc: &Doc, cue: usize) -> Option<Speaker> {
    // `She said French nationals would ...`: a pronoun subject, whatever follows.
    let pronoun_subject = cue
        .checked_sub(1)
        .is_some_and(|b| doc.same_sentence(b, cue) && is_pronoun(&doc.tokens[b].key));
    if pronoun_subject
        || described_subject_right_before(doc, cue)
        || (cue > 0 && clause_start(doc, cue) == Some(past_day_of_saying(doc, cue)))
    {
        return None;
    }
    explicit::after_cue(doc, cue)
}

/// `Residents often accuse authorities of forcing them off land`: a source noun, a title or a
/// speaker's name right before the cue (adverbs between) is its subject, so the phrase after the
/// cue is its object, however much it looks like a source.
fn described_subject_right_before(doc: &Doc, cue: usize) -> bool {
    if cue == 0 || !doc.same_sentence(cue - 1, cue) {
        return false;
    }
    let k = last_word_of_subject(doc, cue);
    is_described_head(doc, k)
        || doc
            .mention_ending_at(k)
            .is_some_and(|(_, entity)| doc.is_speaker_entity(entity))
}

/// The last word of a subject standing before the cue at `cue` (which has a token of its
/// sentence before it): auxiliaries and adverbs may stand between (`Officials have warned`,
/// `Residents often accuse`).
fn last_word_of_subject(doc: &Doc, cue: usize) -> usize {
    let mut k = cue - 1;
    while k > 0
        && cue - k <= AUXILIARIES_BEFORE_CUE
        && doc.same_sentence(k - 1, cue)
        && doc.lang.stands_between_subject_and_verb(&doc.tokens[k])
    {
        k -= 1;
    }
    k
}

/// The head of a described subject: a source noun (`officials`) or a title (`minister`).
fn is_described_head(doc: &Doc, i: usize) -> bool {
    doc.is_source_noun(i) || crate::entities::is_title_word(&doc.tokens[i].key)
}

/// `"...," said a spokesman.`, `"...," said one resident, who asked not to be named`: after a
/// quote the cue may come first, then a subject described by a source noun or a title, to the
/// end of its clause. (Before a quote, `said the police` starts what was said.)
fn described_subject_after_quote(doc: &Doc, cue: usize) -> Option<Speaker> {
    let mut before = cue.checked_sub(1)?;
    if doc.tokens[before].key == "," {
        before = before.checked_sub(1)?;
    }
    if !is_quote_mark(&doc.tokens[before]) || !doc.same_sentence(before, cue) {
        return None;
    }
    let start = cue + 1;
    let mut end = start;
    while end < doc.tokens.len()
        && end - start < INVERTED_SUBJECT_WORDS
        && doc.same_sentence(cue, end)
        && doc.tokens[end].is_word()
        && !matches!(doc.tokens[end].key.as_str(), "who" | "which" | "that")
    {
        end += 1;
    }
    let described = (start..end)
        .any(|i| doc.is_source_noun(i) || crate::entities::is_title_word(&doc.tokens[i].key));
    (end > start && described).then(|| {
        let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        phrase_speaker(doc, span, AttributionMethod::Explicit)
    })
}

/// `A ministry spokesman said`, `the Federal Reserve head said`, `many commentators believe`: a
/// source noun or title right before the cue, with its modifiers back to the determiner.
fn descriptive_subject_before(doc: &Doc, cue: usize) -> Option<Speaker> {
    if cue == 0 || !doc.same_sentence(cue - 1, cue) {
        return None;
    }
    let mut head_at = last_word_of_subject(doc, cue);
    // `A statement from the prime minister on Wednesday said`: the day's preposition goes with
    // the day.
    if head_at + 1 < cue && head_at > 0 && is_preposition(&doc.tokens[head_at].key) {
        head_at -= 1;
    }
    let is_head = |i: usize| is_described_head(doc, i);
    let subject_end = head_at;
    // `He called Zarqawi the prince of martyrs and said`: the subject is the first verb's.
    if is_conjunction(&doc.tokens[subject_end].key) {
        return None;
    }
    // The head with its modifiers back to the determiner, then, where a preposition stands
    // before that, the head it completes (`A spokesman for the army`, `officials in Iraq`,
    // `The top U.S. military commander in Afghanistan`): the whole phrase is the subject.
    let phrase_start = |last: usize| {
        let mut start = last;
        while start > 0
            && last + 1 - start < SUBJECT_PHRASE_WORDS
            && doc.same_sentence(start - 1, last)
            && doc.tokens[start - 1].is_word()
            && !doc.is_speech_verb(start - 1)
            && !is_conjunction(&doc.tokens[start - 1].key)
            && !is_preposition(&doc.tokens[start - 1].key)
        {
            start -= 1;
            if is_determiner(&doc.tokens[start].key) {
                break;
            }
        }
        start
    };
    let mut head = subject_end;
    let mut start = phrase_start(subject_end);
    while start >= 2
        && doc.same_sentence(start - 2, subject_end)
        && matches!(
            doc.tokens[start - 1].key.as_str(),
            "for" | "of" | "in" | "at" | "from" | "with" | "on"
        )
        && is_head(start - 2)
    {
        head = start - 2;
        start = phrase_start(head);
    }
    if !is_head(head) {
        return None;
    }
    // `China's official Xinhua news agency says`: the possessor is part of the subject.
    if start > 0 && is_possessive(&doc.tokens[start].key) && doc.same_sentence(start - 1, start) {
        start = match doc.mention_ending_at(start - 1) {
            Some((possessor, _)) => doc.token_at_or_after(possessor.start),
            None => start - 1,
        };
    }
    let cue = subject_end + 1;
    let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[cue - 1].span.end);
    // `the foreign secretary said`, `The MEP said`: a definite title with no name refers back to
    // someone already named: the person who holds that title, else the last person named a
    // sentence or two before.
    let definite_title =
        doc.tokens[start].key == "the" && !doc.is_source_noun(head) && head + 1 == cue;
    if definite_title && start + 1 < cue {
        let holder = doc
            .person_with_role(start + 1..cue, span.start)
            .or_else(|| {
                let (named, e) = doc.last_person_before(span.start)?;
                (doc.sentence_at(span.start) - doc.sentence_at(named.start)
                    <= TITLE_REFERENT_SENTENCES)
                    .then_some(e)
            });
        if let Some(e) = holder {
            return Some(entity_speaker(doc, span, e));
        }
    }
    Some(phrase_speaker(doc, span, AttributionMethod::Explicit))
}

/// `it is predicted that ..., according to the United Nations`: an impersonal passive has no
/// speaker of its own; a source phrase that closes the same sentence names it.
fn source_after_passive(doc: &Doc, cue: usize) -> Option<Speaker> {
    let before = cue.checked_sub(1)?;
    if !doc.same_sentence(before, cue)
        || !matches!(
            doc.tokens[before].key.as_str(),
            "is" | "was" | "are" | "were" | "been" | "being"
        )
    {
        return None;
    }
    let sentence_end = doc.sentence_end(cue);
    let source = (cue + 1..=sentence_end)
        .take(TRAILING_SOURCE_SCAN)
        .find(|&k| doc.is_source_phrase(k) && doc.tokens[k - 1].key == ",")?;
    explicit::after_cue(doc, source)
}

/// How far after an impersonal passive its closing source phrase is looked for.
const TRAILING_SOURCE_SCAN: usize = 80;

/// How many sentences back the person a definite title refers to may have been named (`Robert
/// Kilroy-Silk has quit ... . The MEP said ...`: one).
const TITLE_REFERENT_SENTENCES: usize = 2;

/// `..., some believe, ...`: the parenthetical's own few words are the source.
fn parenthetical_subject(doc: &Doc, cue: usize) -> Option<Speaker> {
    if cue == 0 || !doc.same_sentence(cue - 1, cue) {
        return None;
    }
    let (start, _) = parenthetical(doc, cue)?;
    // `But, he said, no date has been fixed`: a pronoun is no name; attribution finds whom it
    // stands for.
    if start + 1 == cue && is_pronoun(&doc.tokens[start].key) {
        return None;
    }
    let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[cue - 1].span.end);
    Some(phrase_speaker(doc, span, AttributionMethod::Explicit))
}

fn is_complementizer(key: &str) -> bool {
    key == "that"
}

fn is_source_noun(key: &str) -> bool {
    matches!(
        key,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officials"
            | "member"
            | "members"
            | "source"
            | "sources"
            | "witnesses"
            | "statement"
            | "police"
            | "analysts"
            | "residents"
            | "commentators"
            | "economists"
            | "experts"
            | "observers"
            | "critics"
            | "diplomats"
            | "investors"
            | "traders"
            | "officers"
            | "authorities"
            | "researchers"
            | "scientists"
            | "doctors"
            | "lawyers"
            | "spokespeople"
            // One of a group (`said one resident`), and institutions speaking as one (`The
            // company said in a statement`).
            | "resident"
            | "witness"
            | "eyewitness"
            | "analyst"
            | "economist"
            | "expert"
            | "observer"
            | "critic"
            | "diplomat"
            | "investor"
            | "trader"
            | "officer"
            | "researcher"
            | "scientist"
            | "doctor"
            | "lawyer"
            | "company"
            | "firm"
            | "government"
            | "ministry"
            | "department"
            | "council"
            | "union"
            | "agency"
            | "army"
            | "military"
            | "committee"
            | "embassy"
            | "charity"
            | "airline"
            // Who speaks in wire copy without a name (`Prosecutors say`, `The broadcaster
            // says`, `Zambia's deputy leader says`).
            | "prosecutor"
            | "prosecutors"
            | "investigators"
            | "commander"
            | "commanders"
            | "leader"
            | "leaders"
            | "opposition"
            | "broadcaster"
            | "newspaper"
            | "rebels"
            | "protesters"
            | "organizers"
            | "organisers"
            | "report"
            | "study"
            | "survey"
    )
}

fn is_pronoun(key: &str) -> bool {
    matches!(key, "he" | "she" | "it" | "they" | "i" | "we")
}

/// Words that mark a source phrase as the same source met before (`the same sources`).
fn is_sameness_marker(key: &str) -> bool {
    key == "same"
}

/// Prepositions before a quoted name (`to "X"`, `by "X"`): the marks hold a name, not a quote.
fn is_preposition(key: &str) -> bool {
    matches!(
        key,
        "to" | "by" | "from" | "of" | "for" | "with" | "on" | "in" | "at"
    )
}

/// Words that start a reported clause right after a speech verb with no `that`
/// (`said the workers had been patient`).
fn starts_clause(key: &str) -> bool {
    matches!(
        key,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "there"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "no"
            | "some"
            | "all"
    )
}

/// Determiners that open a descriptive source phrase (`a ministry spokesman`).
fn is_determiner(key: &str) -> bool {
    matches!(
        key,
        "a" | "an" | "the" | "many" | "some" | "several" | "most" | "other" | "two" | "three"
    )
}

/// Conjunctions: a source phrase before a cue never reaches back over one.
fn is_conjunction(key: &str) -> bool {
    matches!(key, "and" | "but" | "or" | "while" | "as" | "because")
}

/// Finite auxiliaries and modals: after a speech verb, a subject followed by one of these is a
/// reported clause with `that` dropped (`said sales would be better`).
/// The day a thing was said (`said Wednesday`, `Officials Saturday said`).
fn is_day_word(key: &str) -> bool {
    crate::entities::is_weekday(key) || matches!(key, "today" | "yesterday" | "tonight")
}

fn is_auxiliary(key: &str) -> bool {
    matches!(
        key,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "do"
    )
}

/// Words that never name a speaker after a speech verb (`said on Monday`, `said yesterday`).
fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "yesterday" | "today" | "also" | "then" | "later" | "earlier" | "again" | "however"
    )
}

/// The possessive `'s`, a token of its own (`BA 's revenues`).
fn is_possessive(key: &str) -> bool {
    matches!(key, "'s" | "’s")
}

#[cfg(test)]
mod tests {
    use crate::quotes::testing::{check, organization, person, place, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect},
    };
    use crate::text::lang::Language;

    #[test]
    fn described_subjects_after_an_inverted_cue_or_before_auxiliaries() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // After a quote, `said` + a described subject; the subject is no clause of its own.
            (
                "\"It is a disaster,\" said a spokesman for the regional health authority.",
                &[],
                &[seen(
                    Direct,
                    "It is a disaster",
                    "said",
                    "a spokesman for the regional health authority",
                    Explicit,
                )],
            ),
            (
                "\"It's a disaster,\" said one resident, who asked not to be named.",
                &[],
                &[seen(
                    Direct,
                    "It's a disaster",
                    "said",
                    "one resident",
                    Explicit,
                )],
            ),
            // A name at the end of the quote is not the subject.
            (
                "\"I met Obama,\" said a spokesman.",
                &[person(&["Obama"])],
                &[seen(Direct, "I met Obama", "said", "a spokesman", Explicit)],
            ),
            (
                "Officials have also warned that the number of casualties could rise.",
                &[],
                &[seen(
                    Indirect,
                    "the number of casualties could rise",
                    "warned",
                    "Officials",
                    Explicit,
                )],
            ),
            (
                "The company said in a statement that profits had fallen sharply.",
                &[],
                &[seen(
                    Indirect,
                    "profits had fallen sharply",
                    "said",
                    "The company",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn a_subject_before_the_cue_speaks_and_the_name_after_it_is_what_the_report_is_about() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The name after the cue opens the reported clause (it was the speaker).
            (
                "The OSCE says Jan Kubis will seek ways to help.",
                &[organization(&["OSCE"]), person(&["Jan Kubis"])],
                &[seen(
                    Indirect,
                    "Jan Kubis will seek ways to help",
                    "says",
                    "OSCE",
                    Explicit,
                )],
            ),
            // ... as after a conjunction: the subject is the one before it, which no finder
            // reaches yet.
            (
                "The minister arrived in Kabul and said Jan Kubis will lead the mission.",
                &[person(&["Jan Kubis"])],
                &[seen(
                    Indirect,
                    "Jan Kubis will lead the mission",
                    "said",
                    "",
                    Unresolved,
                )],
            ),
            // ... but after a quote or a comma the name after the cue is the speaker.
            (
                "\"We will win,\" said Jan Kubis, who has led the mission since May.",
                &[person(&["Jan Kubis"])],
                &[seen(Direct, "We will win", "said", "Jan Kubis", Explicit)],
            ),
            (
                "The economy will grow, says Jan Kubis.",
                &[person(&["Jan Kubis"])],
                &[seen(
                    Indirect,
                    "The economy will grow",
                    "says",
                    "Jan Kubis",
                    Explicit,
                )],
            ),
            // A source noun with its complement (`officials in Iraq`, `A spokesman for the
            // army`): the whole phrase, not the complement.
            (
                "U.S. military officials in Iraq say American soldiers have detained 50 people.",
                &[],
                &[seen(
                    Indirect,
                    "American soldiers have detained 50 people",
                    "say",
                    "U.S. military officials in Iraq",
                    Explicit,
                )],
            ),
            (
                "A spokesman for the army said the attack was repelled.",
                &[],
                &[seen(
                    Indirect,
                    "the attack was repelled",
                    "said",
                    "A spokesman for the army",
                    Explicit,
                )],
            ),
            // Sources of wire copy with no name.
            (
                "Prosecutors say the suspect had gone to Afghanistan.",
                &[],
                &[seen(
                    Indirect,
                    "the suspect had gone to Afghanistan",
                    "say",
                    "Prosecutors",
                    Explicit,
                )],
            ),
            (
                "The broadcaster says its reporter was rushed to a local hospital.",
                &[],
                &[seen(
                    Indirect,
                    "its reporter was rushed to a local hospital",
                    "says",
                    "The broadcaster",
                    Explicit,
                )],
            ),
            // A person between commas before the cue is its subject in apposition: the words
            // before are no report and the words after no speaker (they were both).
            (
                "A federal forces spokesman, Ilya Shabalkin, says authorities detained two men.",
                &[person(&["Ilya Shabalkin"])],
                &[],
            ),
            // ... but a clause that ends with a name is a report.
            (
                "The talks were led by Ilya Shabalkin, the agency said.",
                &[person(&["Ilya Shabalkin"])],
                &[seen(
                    Indirect,
                    "The talks were led by Ilya Shabalkin",
                    "said",
                    "the agency",
                    Explicit,
                )],
            ),
            // A second verb joined by `and` has the first one's subject, not a title in its
            // object.
            (
                "He called Zarqawi the prince of martyrs and said no member would die.",
                &[],
                &[seen(
                    Indirect,
                    "no member would die",
                    "said",
                    "",
                    Unresolved,
                )],
            ),
            // When it was said stands between the subject and the verb, with its preposition.
            (
                "Officials in Vatican City Saturday said the stamp will carry an image of keys.",
                &[],
                &[seen(
                    Indirect,
                    "the stamp will carry an image of keys",
                    "said",
                    "Officials in Vatican City",
                    Explicit,
                )],
            ),
            (
                "Forensics experts in Indonesia now say three of the victims were bombers.",
                &[],
                &[seen(
                    Indirect,
                    "three of the victims were bombers",
                    "say",
                    "Forensics experts in Indonesia",
                    Explicit,
                )],
            ),
            (
                "A statement from the prime minister on Wednesday said both sides will hold talks.",
                &[],
                &[seen(
                    Indirect,
                    "both sides will hold talks",
                    "said",
                    "A statement from the prime minister",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn the_one_quoted_as_saying_speaks_not_who_quotes_them() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "Reuters quoted a Pentagon spokesman as saying the strike was a mistake.",
                &[organization(&["Reuters"])],
                &[seen(
                    Indirect,
                    "the strike was a mistake",
                    "saying",
                    "a Pentagon spokesman",
                    Explicit,
                )],
            ),
            // A person named in the object is the speaker; the words before are a title.
            (
                "The agency quotes Radio Shabelle's deputy director Mohamed Amiin as saying the station was closed.",
                &[organization(&["Radio Shabelle"]), person(&["Mohamed Amiin"])],
                &[seen(
                    Indirect,
                    "the station was closed",
                    "saying",
                    "Mohamed Amiin",
                    Explicit,
                )],
            ),
            // A pronoun: the person named before (the pronoun is the mention, as `the same
            // source` is).
            (
                "Police spokesman Ilya Shabalkin said two men were detained. The Interfax news agency quotes him as saying the truck was packed with explosives.",
                &[person(&["Ilya Shabalkin"]), organization(&["Interfax"])],
                &[
                    seen(Indirect, "two men were detained", "said", "Ilya Shabalkin", Explicit),
                    seen(
                        Indirect,
                        "the truck was packed with explosives",
                        "saying",
                        "Ilya Shabalkin",
                        Explicit,
                    ),
                ],
            ),
            // A passive names who quoted, not who was quoted.
            (
                "He was quoted by news agencies as saying the talks had failed.",
                &[],
                &[seen(
                    Indirect,
                    "the talks had failed",
                    "saying",
                    "",
                    Unresolved,
                )],
            ),
        ];
        check(Language::English, cases);
    }

    /// A place that opens its clause before the verb speaks for its government; a place at the
    /// end of a longer subject does not.
    #[test]
    fn a_place_opening_its_clause_before_the_verb_speaks() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "Iran says its nuclear program is for peaceful purposes.",
                &[place(&["Iran"])],
                &[seen(
                    Indirect,
                    "its nuclear program is for peaceful purposes",
                    "says",
                    "Iran",
                    Explicit,
                )],
            ),
            (
                "The United States says the talks will resume next week.",
                &[place(&["United States"])],
                &[seen(
                    Indirect,
                    "the talks will resume next week",
                    "says",
                    "United States",
                    Explicit,
                )],
            ),
            (
                "Iran has said its nuclear program is peaceful.",
                &[place(&["Iran"])],
                &[seen(
                    Indirect,
                    "its nuclear program is peaceful",
                    "said",
                    "Iran",
                    Explicit,
                )],
            ),
            (
                "Meanwhile, Vietnam says it will open a new medical centre.",
                &[place(&["Vietnam"])],
                &[seen(
                    Indirect,
                    "it will open a new medical centre",
                    "says",
                    "Vietnam",
                    Explicit,
                )],
            ),
            // (The spokesman with his place speaks, not the place.)
            (
                "A spokesman in Kabul said the talks had failed.",
                &[place(&["Kabul"])],
                &[seen(
                    Indirect,
                    "the talks had failed",
                    "said",
                    "A spokesman in Kabul",
                    Explicit,
                )],
            ),
            (
                "The head of U.S. troops in the Horn of Africa says the threat is growing.",
                &[place(&["U.S."]), place(&["Horn of Africa"])],
                &[seen(
                    Indirect,
                    "the threat is growing",
                    "says",
                    "",
                    Unresolved,
                )],
            ),
            (
                "Officials in both Los Angeles and Melbourne say the tape was a hoax.",
                &[place(&["Los Angeles"]), place(&["Melbourne"])],
                &[seen(Indirect, "the tape was a hoax", "say", "", Unresolved)],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn a_marked_quote_is_not_read_again_as_a_clause_and_a_split_quote_stays_direct() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "Ms Smith told the BBC: \"I was shocked when I heard the news.\"",
                &[person(&["Smith"])],
                &[seen(
                    Direct,
                    "I was shocked when I heard the news.",
                    "told",
                    "Smith",
                    Explicit,
                )],
            ),
            (
                "\"The economy is recovering,\" Mr Brown told MPs, \"but we cannot be complacent.\"",
                &[person(&["Brown"])],
                &[
                    seen(Direct, "The economy is recovering", "told", "Brown", Explicit),
                    seen(
                        Direct,
                        "but we cannot be complacent.",
                        "told",
                        "Brown",
                        Explicit,
                    ),
                ],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn the_report_starts_where_its_clause_does_not_at_a_later_that() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A pronoun subject: the `that` belongs to the report.
            (
                "Russia says it agrees with Germany that Iran must be stopped.",
                &[place(&["Russia", "Germany", "Iran"])],
                &[seen(
                    Indirect,
                    "it agrees with Germany that Iran must be stopped",
                    "says",
                    "Russia",
                    Explicit,
                )],
            ),
            // A subject and its auxiliary.
            (
                "Officials say Uzbekistan has given Germany formal notice that it must leave.",
                &[place(&["Uzbekistan", "Germany"])],
                &[seen(
                    Indirect,
                    "Uzbekistan has given Germany formal notice that it must leave",
                    "say",
                    "Officials",
                    Explicit,
                )],
            ),
            // `May` the month is no auxiliary.
            (
                "Saud al-Faisal said in May 2008 that a response was needed.",
                &[person(&["Saud al-Faisal"])],
                &[seen(
                    Indirect,
                    "a response was needed",
                    "said",
                    "Saud al-Faisal",
                    Explicit,
                )],
            ),
            // The day of the saying is not said; a number may be the subject.
            (
                "Bill Clinton said Wednesday he is not worried about his condition.",
                &[person(&["Bill Clinton"])],
                &[seen(
                    Indirect,
                    "he is not worried about his condition",
                    "said",
                    "Bill Clinton",
                    Explicit,
                )],
            ),
            (
                "The military said Saturday 13 guerrillas were killed.",
                &[],
                &[seen(
                    Indirect,
                    "13 guerrillas were killed",
                    "said",
                    "The military",
                    Explicit,
                )],
            ),
            (
                "The health ministry said Tuesday, the two children are from Cairo.",
                &[place(&["Cairo"])],
                &[seen(
                    Indirect,
                    "the two children are from Cairo",
                    "said",
                    "The health ministry",
                    Explicit,
                )],
            ),
            // A day with its possessive is part of what was said.
            (
                "The minister said Monday's attack was a crime.",
                &[],
                &[seen(
                    Indirect,
                    "Monday's attack was a crime",
                    "said",
                    "The minister",
                    Explicit,
                )],
            ),
            // Past the day, the name after `that` is what the report is about.
            (
                "Bedfordshire police said Tuesday that Omar Khayam was arrested.",
                &[person(&["Omar Khayam"]), place(&["Bedfordshire"])],
                &[seen(
                    Indirect,
                    "Omar Khayam was arrested",
                    "said",
                    "Bedfordshire police",
                    Explicit,
                )],
            ),
            // What a day was declared is no report.
            (
                "Several African states declared Friday a national holiday.",
                &[],
                &[],
            ),
            (
                "Ariel Sharon said today he will not rule it out.",
                &[person(&["Ariel Sharon"])],
                &[seen(
                    Indirect,
                    "he will not rule it out",
                    "said",
                    "Ariel Sharon",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn a_word_of_a_name_is_no_cue() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "The United States maintains that the Iraqi authorities will decide.",
                &[place(&["United States"])],
                &[seen(
                    Indirect,
                    "the Iraqi authorities will decide",
                    "maintains",
                    "United States",
                    Explicit,
                )],
            ),
            (
                "Europe and the United States are concerned that Tehran is trying to build a bomb.",
                &[place(&["Europe", "United States", "Tehran"])],
                &[],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn described_subjects_keep_their_possessor_and_a_parenthetical_pronoun_is_no_name() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "China's official Xinhua news agency says archaeologists have found ruins.",
                &[place(&["China"]), organization(&["Xinhua"])],
                &[seen(
                    Indirect,
                    "archaeologists have found ruins",
                    "says",
                    "China's official Xinhua news agency",
                    Explicit,
                )],
            ),
            (
                "South Africa's official SAPA news agency says the peace plan will hold.",
                &[place(&["South Africa"]), organization(&["SAPA"])],
                &[seen(
                    Indirect,
                    "the peace plan will hold",
                    "says",
                    "South Africa's official SAPA news agency",
                    Explicit,
                )],
            ),
            (
                "A member of the ruling party said the vote was fair.",
                &[],
                &[seen(
                    Indirect,
                    "the vote was fair",
                    "said",
                    "A member of the ruling party",
                    Explicit,
                )],
            ),
            (
                "Ray Nagin says the city is recovering. But, he said, no date has been fixed.",
                &[person(&["Ray Nagin"])],
                &[
                    seen(
                        Indirect,
                        "the city is recovering",
                        "says",
                        "Ray Nagin",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "no date has been fixed",
                        "said",
                        "Ray Nagin",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn a_subject_right_before_the_cue_makes_the_phrase_after_it_an_object() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "Residents often accuse authorities of forcing them off land.",
                &[],
                &[seen(
                    Indirect,
                    "authorities of forcing them off land",
                    "accuse",
                    "Residents",
                    Explicit,
                )],
            ),
            (
                "The Palestinian president accused Hamas of violating the agreement.",
                &[organization(&["Hamas"])],
                &[seen(
                    Indirect,
                    "Hamas of violating the agreement",
                    "accused",
                    "The Palestinian president",
                    Explicit,
                )],
            ),
            (
                "Meles Zenawi accused Berhanu Nega of conspiring to incite violence.",
                &[person(&["Meles Zenawi"]), person(&["Berhanu Nega"])],
                &[seen(
                    Indirect,
                    "Berhanu Nega of conspiring to incite violence",
                    "accused",
                    "Meles Zenawi",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn according_to_names_the_source_before_its_comma() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Not the person the report is about.
            (
                "According to official results, Emmanual Akitani-Bob won 38 percent of the vote.",
                &[person(&["Emmanual Akitani-Bob"])],
                &[seen(
                    Indirect,
                    "Emmanual Akitani-Bob won 38 percent of the vote",
                    "According",
                    "official results",
                    Explicit,
                )],
            ),
            (
                "According to the Ministry of Transport, about 40 ships waited.",
                &[organization(&["Ministry of Transport"])],
                &[seen(
                    Indirect,
                    "about 40 ships waited",
                    "According",
                    "Ministry of Transport",
                    Explicit,
                )],
            ),
            // A rule or a custom speaks for no one: the minister goes on speaking (the clause
            // after `according to law` is still read as a report).
            (
                "The minister said the plan was ready. According to law, the vote must be held in May. \"We are ready,\" he said.",
                &[],
                &[
                    seen(Indirect, "the plan was ready", "said", "The minister", Explicit),
                    seen(
                        Indirect,
                        "the vote must be held in May",
                        "According",
                        "The minister",
                        Implicit,
                    ),
                    seen(Direct, "We are ready", "said", "The minister", Implicit),
                ],
            ),
            (
                "The minister said the plan was ready. According to his custom, the vote is held in May. \"We are ready,\" he said.",
                &[],
                &[
                    seen(Indirect, "the plan was ready", "said", "The minister", Explicit),
                    seen(
                        Indirect,
                        "the vote is held in May",
                        "According",
                        "The minister",
                        Implicit,
                    ),
                    seen(Direct, "We are ready", "said", "The minister", Implicit),
                ],
            ),
        ];
        check(Language::English, cases);
    }

    #[test]
    fn which_or_who_after_a_comma_speaks_for_the_phrase_before_it() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "The plan is opposed by Moscow, which says it will not accept any expansion.",
                &[place(&["Moscow"])],
                &[seen(
                    Indirect,
                    "it will not accept any expansion",
                    "says",
                    "Moscow",
                    Explicit,
                )],
            ),
            (
                "Bakri met the top U.S. military commander, who said Washington has not ruled out force.",
                &[person(&["Bakri"]), place(&["Washington"])],
                &[seen(
                    Indirect,
                    "Washington has not ruled out force",
                    "said",
                    "the top U.S. military commander",
                    Explicit,
                )],
            ),
            // No comma, no reading back: never `Moscow` (the restrictive `residents who say`
            // is left unresolved for now).
            (
                "The report cited Moscow residents who say the water is unsafe.",
                &[place(&["Moscow"])],
                &[seen(
                    Indirect,
                    "the water is unsafe",
                    "say",
                    "",
                    Unresolved,
                )],
            ),
            (
                "The vote was criticized by Britain and Germany, who all said it was flawed.",
                &[place(&["Britain"]), place(&["Germany"])],
                &[seen(
                    Indirect,
                    "it was flawed",
                    "said",
                    "Germany",
                    Explicit,
                )],
            ),
        ];
        check(Language::English, cases);
    }
}
