//! One document as the quote stage sees it: the normalized text, its tokens and sentences, the
//! entity mentions, and per-token indexes over them so that every look-up the detectors and
//! finders make is O(1) or a binary search, and the stage stays linear in the number of tokens.
//! It decides nothing about quotes.

use std::cell::RefCell;

use rustc_hash::{FxHashMap, FxHashSet};

use super::language::{CueKind, CueWord, Number, QuoteLanguage};
use super::marks;
use super::types::Speaker;
use crate::entities::{Entity, Label};
use crate::normalize::{Normalizer, Profile};
use crate::text::NormSpan;
use crate::tokens::{SegmentRole, Token, TokenKind};

/// How many earlier person mentions a bare title may refer back to (`وأشار الوزير` ->
/// the person whose role is `وزير الخارجية`, among the last 16 persons mentioned).
pub(super) const ROLE_LOOKBACK: usize = 16;
/// How many earlier mentions `it said` may look back over for its organization.
pub(super) const ORGANIZATION_LOOKBACK: usize = 24;
/// How many words a headline may have (`Kilroy-Silk quits 'shameful' UKIP`: four).
const HEADLINE_WORDS: usize = 16;
/// How many bytes a headline may have (sixteen long Arabic words with spaces fit well inside).
const HEADLINE_BYTES: usize = 512;

pub(super) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub sentence_of_token: &'a [usize],
    pub entities: &'a [Entity],
    pub lang: &'static dyn QuoteLanguage,
    /// (span, entity index) of every entity mention, sorted by start.
    pub mentions: Vec<(NormSpan, usize)>,
    /// For each mention (same order), the index of the last PERSON mention at or before it.
    last_person_upto: Vec<Option<usize>>,
    /// The mention that starts inside token i / ends inside token i.
    mention_starting: Vec<Option<(NormSpan, usize)>>,
    mention_ending: Vec<Option<(NormSpan, usize)>>,
    /// Token i lies inside a mention of a person, organization or group.
    pub in_speaker_mention: Vec<bool>,
    /// Token i overlaps any mention.
    pub in_mention: Vec<bool>,
    /// Exact spans of mentions (a quoted run that is exactly a name is no quote).
    pub mention_spans: FxHashSet<(usize, usize)>,
    /// Each entity's roles as SEARCH keys per word, the first word without its article.
    role_keys: Vec<Vec<Vec<String>>>,
    /// First and last token of each sentence.
    sentence_first: Vec<usize>,
    sentence_last: Vec<usize>,
    /// The outermost quoted runs, in text order (`marks.rs`).
    pub runs: Vec<marks::QuotedRun>,
    /// The cue word of each token, after its context was checked (`needs_support`).
    cues: Vec<Option<CueWord>>,
    /// The explicit speaker of each cue asked about, found once (detectors and attribution both
    /// ask).
    explicit: RefCell<FxHashMap<usize, Option<Speaker>>>,
    /// One past the headline's last token (`headline_end`), found once: every quoted run asks.
    headline_end: Option<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentence_of_token: &'a [usize],
        entities: &'a [Entity],
        lang: &'static dyn QuoteLanguage,
    ) -> Self {
        let mut mentions: Vec<(NormSpan, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |(s, _)| (*s, i)))
            .collect();
        mentions.sort_by_key(|(s, _)| s.start);
        let mut last_person = None;
        let last_person_upto = mentions
            .iter()
            .enumerate()
            .map(|(i, (_, e))| {
                if entities[*e].label == Label::Person {
                    last_person = Some(i);
                }
                last_person
            })
            .collect();
        let mut mention_starting = vec![None; tokens.len()];
        let mut mention_ending = vec![None; tokens.len()];
        let mut in_speaker_mention = vec![false; tokens.len()];
        let mut in_mention = vec![false; tokens.len()];
        // The last token of the person mention starting at each token.
        let mut person_ending = vec![None; tokens.len()];
        let token_index = |pos: usize| tokens.partition_point(|t| t.span.end <= pos);
        for &(span, entity) in &mentions {
            let first = token_index(span.start);
            let last = token_index(span.end.saturating_sub(1)).min(tokens.len().saturating_sub(1));
            if first < tokens.len() {
                mention_starting[first].get_or_insert((span, entity));
                mention_ending[last].get_or_insert((span, entity));
                if entities[entity].label == Label::Person {
                    person_ending[first].get_or_insert(last);
                }
                for t in first..=last {
                    in_mention[t] = true;
                    in_speaker_mention[t] |= is_speaker_label(entities[entity].label);
                }
            }
        }
        let sentence_count = sentence_of_token.last().map_or(0, |s| s + 1);
        let mut sentence_first = vec![usize::MAX; sentence_count];
        let mut sentence_last = vec![0; sentence_count];
        for (i, &s) in sentence_of_token.iter().enumerate() {
            sentence_first[s] = sentence_first[s].min(i);
            sentence_last[s] = i;
        }
        let cues = cue_words(tokens, sentence_of_token, &in_mention, &person_ending, lang);
        let folder = Normalizer::for_profile(Profile::Search);
        let role_keys = entities
            .iter()
            .map(|e| {
                e.roles
                    .iter()
                    .map(|role| {
                        let mut folded = String::new();
                        folder.fold_into(role, &mut folded);
                        folded
                            .split_whitespace()
                            .enumerate()
                            .map(|(k, w)| if k == 0 { strip_article(w) } else { w }.to_string())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let mut doc = Doc {
            role_keys,
            text,
            tokens,
            sentence_of_token,
            entities,
            lang,
            mention_spans: mentions.iter().map(|(s, _)| (s.start, s.end)).collect(),
            mentions,
            last_person_upto,
            mention_starting,
            mention_ending,
            in_speaker_mention,
            in_mention,
            sentence_first,
            sentence_last,
            cues,
            runs: marks::find_quoted_runs(text),
            explicit: RefCell::default(),
            headline_end: None,
        };
        doc.headline_end = doc.find_headline_end();
        doc.runs = doc.end_unclosed_runs_where_narration_resumes();
        doc
    }

    /// A quote that opens and never closes runs to the end of its paragraph, or, where a
    /// paragraph holds several sentences (some outlets flatten whole articles into one), to the
    /// end of the sentence before the writer's narration plainly resumes (`... ولفتت النقابة
    /// إلى أن ...`).
    fn end_unclosed_runs_where_narration_resumes(&self) -> Vec<marks::QuotedRun> {
        let mut runs = self.runs.clone();
        for run in runs.iter_mut().filter(|r| r.unclosed && r.open.is_some()) {
            let first = self.token_at_or_after(run.content.start);
            let last = self.token_at_or_after(run.content.end);
            let Some(&sentence) = self.sentence_of_token.get(first) else {
                continue;
            };
            let resumes = (sentence + 1..self.sentence_first.len())
                .map(|s| self.sentence_first[s])
                .take_while(|&t| t < last)
                .find(|&t| t > first && self.lang.narration_resumes(self, t));
            if let Some(t) = resumes {
                let mut end = t - 1;
                while end > first && self.tokens[end].kind == TokenKind::Punctuation {
                    end -= 1;
                }
                run.content = NormSpan::new(run.content.start, self.tokens[end].span.end);
            }
        }
        runs
    }

    /// The cue word at token `i`, if it is one in its context.
    pub fn cue(&self, i: usize) -> Option<CueWord> {
        self.cues.get(i).copied().flatten()
    }
    /// A speech verb, a chaining participle, a source phrase or a saying.
    pub fn is_cue(&self, i: usize) -> bool {
        self.cue(i).is_some()
    }
    /// A finite speech verb or a saying (a cue that can have its own subject).
    pub fn is_speech_verb(&self, i: usize) -> bool {
        self.cue(i).is_some_and(|c| c.is_speech_verb())
    }
    /// A participle that chains a report onto the subject already speaking (`مضيفا`, `saying`).
    pub fn is_chaining(&self, i: usize) -> bool {
        self.cue(i).is_some_and(|c| c.kind == CueKind::Participle)
    }
    /// `بحسب`, `according (to)`.
    pub fn is_source_phrase(&self, i: usize) -> bool {
        self.cue(i).is_some_and(|c| c.kind == CueKind::SourcePhrase)
    }

    /// The speaker named next to the cue at token `cue`, found once per cue.
    pub fn explicit_speaker(&self, cue: usize) -> Option<Speaker> {
        if let Some(found) = self.explicit.borrow().get(&cue) {
            return found.clone();
        }
        let found = super::speaker::explicit::find(self, cue);
        self.explicit.borrow_mut().insert(cue, found.clone());
        found
    }

    /// Index of the token that holds byte `pos` (a mention may start after a word's clitic:
    /// `بستراسبورغ`), else of the first one after it.
    pub fn token_containing(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }
    /// One past the last token of the article's headline: its first line, when a blank line
    /// follows it, it has at most `HEADLINE_WORDS` words and it does not end with a period
    /// (`Kilroy-Silk quits 'shameful' UKIP`). None for a text that does not open with one.
    pub fn headline_end(&self) -> Option<usize> {
        self.headline_end
    }
    fn find_headline_end(&self) -> Option<usize> {
        // A headline is short: a first line longer than this many bytes is not one, and a text
        // with no line break is not searched through.
        let line_end = self.text.as_bytes()[..self.text.len().min(HEADLINE_BYTES)]
            .iter()
            .position(|&b| b == b'\n')?;
        let after = self.text[line_end + 1..].trim_start_matches([' ', '\t', '\r']);
        if !after.starts_with('\n') || self.text[..line_end].trim_end().ends_with('.') {
            return None;
        }
        let end = self.token_at_or_after(line_end);
        let words = self.tokens[..end].iter().filter(|t| t.is_word()).count();
        (1..=HEADLINE_WORDS).contains(&words).then_some(end)
    }
    /// Index of the first token starting at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
    pub fn mention_starting_at(&self, token: usize) -> Option<(NormSpan, usize)> {
        self.mention_starting.get(token).copied().flatten()
    }
    pub fn mention_ending_at(&self, token: usize) -> Option<(NormSpan, usize)> {
        self.mention_ending.get(token).copied().flatten()
    }
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of_token.get(a) == self.sentence_of_token.get(b)
    }
    /// First token of the sentence of token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentence_first[self.sentence_of_token[i]]
    }
    /// Last token of the sentence of token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        self.sentence_last[self.sentence_of_token[i]]
    }
    pub fn is_source_noun(&self, token: usize) -> bool {
        self.lang.is_source_noun(&self.tokens[token])
    }
    /// A word that may be part of a name the tagger missed: no mention, cue, clitic,
    /// complementizer or function word, and a possible name word in the language.
    pub fn is_name_like(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_word()
            && !self.in_mention[i]
            // A clitic split makes a word unlikely to be a name, unless a found name follows
            // it (`سامر` looks like س + أمر, but stands before the name `بركات`).
            && (t.segments.iter().all(|s| {
                matches!(s.role, SegmentRole::Stem | SegmentRole::Article)
            }) || self.in_speaker_mention.get(i + 1).copied().unwrap_or(false))
            && !self.is_source_noun(i)
            && !self.is_cue(i)
            && !self.lang.is_complementizer(t)
            && !self.lang.is_function_word(t)
            && !crate::entities::is_title_word(t.name_key())
            && self.lang.may_be_name_word(self, i)
    }
    /// Token `i` ends a speaker phrase: a quote mark, a colon, a comma, a complementizer or a
    /// preposition follows the speaker (`قال علي ثاني "`, `قال X إن`, `قال X في بيان`), or a
    /// clause of time (`قال الوزير بعد أن زار المستشفى إن`), or the speaker's saying (`عن وزير
    /// الخارجية قوله`).
    pub fn ends_speaker_phrase(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            is_quote_mark(t)
                || matches!(t.key.as_str(), ":" | "," | "،")
                || self.lang.is_complementizer(t)
                || self.lang.is_preposition(t)
                || self.lang.ends_speaker_phrase(t)
        }) || self.cue(i).is_some_and(|w| w.kind == CueKind::Saying)
            || self.lang.press_addressee(self, i)
            || self.lang.opens_adverbial_clause(self.tokens, i + 1)
    }
    /// Token `i` is someone the speaker of the cue at `cue` speaks to, which ends a speaker's
    /// name or titles: the press (`قال المدير لمراسل "..."`) or whom the verb addresses (`ودعا
    /// الوزير المواطنين إلى`).
    pub fn is_spoken_to(&self, cue: usize, i: usize) -> bool {
        self.lang.press_addressee(self, i) || self.lang.addressee_at(self, cue, i)
    }
    /// `ends_speaker_phrase` for the subject of the cue at `cue`: a cue whose report comes
    /// before it (`...، وفق ما أكده القاضي.`) has its subject close the sentence.
    pub fn ends_speaker_phrase_of(&self, cue: usize, i: usize) -> bool {
        self.ends_speaker_phrase(i)
            // `ودعا الوزير المواطنين إلى`: whom the verb addresses follows its subject.
            || (i > cue + 1 && self.lang.addressee_at(self, cue, i))
            || (self.tokens.get(i).is_some_and(|t| t.key == ".")
                && self.lang.reports_before_cue(self, cue))
    }
    /// The PERSON, among the last ones mentioned before `pos`, one of whose roles begins with
    /// the title words at `titles` (`الوزير` -> the one whose role is `وزير الداخلية المغربي`).
    pub fn person_with_role(&self, titles: std::ops::Range<usize>, pos: usize) -> Option<usize> {
        // A role keeps its words whole (`رئيس الاتحاد التونسي للفلاحة`): a title word matches
        // with its clitics or without.
        let wanted: Vec<(&str, &str)> = titles
            .clone()
            .map(|i| (self.tokens[i].name_key(), self.tokens[i].key.as_str()))
            .enumerate()
            .map(|(k, (name, whole))| {
                if k == 0 {
                    (strip_article(name), strip_article(whole))
                } else {
                    (name, whole)
                }
            })
            .collect();
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        let mut candidate = upto.checked_sub(1).and_then(|i| self.last_person_upto[i]);
        // Bounded, so that a text of titles stays linear.
        for _ in 0..ROLE_LOOKBACK {
            let i = candidate?;
            let entity = self.mentions[i].1;
            if self.role_keys[entity].iter().any(|role| {
                role.len() >= wanted.len()
                    && role
                        .iter()
                        .zip(&wanted)
                        .all(|(r, &(name, whole))| r == name || r == whole)
            }) {
                return Some(entity);
            }
            candidate = i.checked_sub(1).and_then(|j| self.last_person_upto[j]);
        }
        None
    }
    /// The PERSON, among the last ones mentioned before `pos`, whose mention came right after
    /// the same words as at `description` (a comma between allowed): `وأكد مدير عام هيئة
    /// الرقابة أن ...` after `مدير عام هيئة الرقابة، رمزي جلال`.
    pub fn person_described_as(
        &self,
        description: std::ops::Range<usize>,
        pos: usize,
    ) -> Option<usize> {
        let wanted: Vec<&str> = description
            .clone()
            .map(|i| self.tokens[i].name_key())
            .collect();
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        let mut candidate = upto.checked_sub(1).and_then(|i| self.last_person_upto[i]);
        // Bounded, so that a text of descriptions stays linear.
        for _ in 0..ROLE_LOOKBACK {
            let i = candidate?;
            let (span, entity) = self.mentions[i];
            let mut end = self.token_at_or_after(span.start);
            if end > 0 && self.tokens[end - 1].is_comma() {
                end -= 1;
            }
            let described = end >= wanted.len()
                && self.tokens[end - wanted.len()..end]
                    .iter()
                    .zip(&wanted)
                    .all(|(t, w)| t.name_key() == *w);
            if described {
                return Some(entity);
            }
            candidate = i.checked_sub(1).and_then(|j| self.last_person_upto[j]);
        }
        None
    }
    /// An indirect quote at `span` reported by the cue at token `cue`.
    pub fn reported_clause(&self, span: NormSpan, cue: usize) -> super::types::Candidate {
        super::types::Candidate {
            span,
            kind: super::types::QuoteKind::Indirect,
            cue: Some(cue),
            cue_span: Some(self.cue_span(cue)),
            unclosed: false,
            start_inferred: false,
        }
    }
    /// Token `j` introduces what was said: a complementizer or a colon (`أن`, `that`, `:`).
    pub fn opens_complement(&self, j: usize) -> bool {
        self.lang.is_complementizer(&self.tokens[j]) || self.tokens[j].key == ":"
    }
    /// The cue at token `i` carries its own conjunction (`وأضاف`, `فقال`): it opens a clause.
    pub fn cue_has_conjunction(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        self.lang.cue_key(token).len() < token.key.len()
    }
    /// The cue at `i` carries a conjunction that opens a clause of its own (`وقال`), whose
    /// subject is never a name before it.
    pub fn cue_opens_clause(&self, i: usize) -> bool {
        self.cue_has_conjunction(i) && self.lang.conjunction_opens_clause(&self.tokens[i])
    }
    /// The sentence of the token at or after byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> usize {
        let token = self.token_at_or_after(pos).min(self.tokens.len() - 1);
        self.sentence_of_token[token]
    }
    /// At least `n` words among `tokens` (a report needs a few words to be one).
    pub fn has_words(&self, tokens: std::ops::Range<usize>, n: usize) -> bool {
        self.tokens[tokens]
            .iter()
            .filter(|t| t.is_word())
            .take(n)
            .count()
            == n
    }
    /// A capitalized word in a language with letter case (`BA chairman ...`).
    pub fn is_proper_noun(&self, token: usize) -> bool {
        self.lang.has_letter_case()
            && self.tokens[token]
                .span
                .slice(self.text)
                .starts_with(|c: char| c.is_uppercase())
    }
    pub fn is_speaker_entity(&self, entity: usize) -> bool {
        is_speaker_label(self.entities[entity].label)
    }
    /// The last ORGANIZATION mention that ends at or before `pos`, among the few before it.
    pub fn last_organization_before(&self, pos: usize) -> Option<(NormSpan, usize)> {
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(ORGANIZATION_LOOKBACK)
            .find(|(span, e)| span.end <= pos && self.entities[*e].label == Label::Organization)
            .copied()
    }
    /// The last PERSON mention that ends at or before `pos`.
    pub fn last_person_before(&self, pos: usize) -> Option<(NormSpan, usize)> {
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        let mut candidate = upto.checked_sub(1).and_then(|i| self.last_person_upto[i]);
        // A person mention that starts before `pos` but ends after it does not count.
        while let Some(i) = candidate {
            if self.mentions[i].0.end <= pos {
                return Some(self.mentions[i]);
            }
            candidate = i.checked_sub(1).and_then(|j| self.last_person_upto[j]);
        }
        None
    }
    /// The quoted run whose content contains byte `pos`, by binary search (runs are in text
    /// order and do not overlap). A stray closing mark's run is not counted: where its quote
    /// began is unknown, so the words before it are not known to be quoted.
    pub fn quoted_run_at(&self, pos: usize) -> Option<&marks::QuotedRun> {
        let i = self.runs.partition_point(|r| r.content.end <= pos);
        self.runs
            .get(i)
            .filter(|r| r.content.start <= pos && r.open.is_some())
    }
    /// When token `i` opens a closed quoted run of a few words (a name in marks, `لـ
    /// "الاقتصادية"`), or of any length after a word that names it (`تحت شعار "..."`), the
    /// token after its closing mark.
    pub fn after_quoted_name(&self, i: usize) -> Option<usize> {
        let token = self.tokens.get(i)?;
        if !is_quote_mark(token) {
            return None;
        }
        let run_index = self
            .runs
            .partition_point(|r| r.content.start <= token.span.start);
        let run = self
            .runs
            .get(run_index)
            .filter(|r| r.open == Some(token.span.start) && !r.unclosed)?;
        let close = self.token_at_or_after(run.content.end);
        let words = self.tokens[i + 1..close.min(self.tokens.len())]
            .iter()
            .filter(|t| t.is_word())
            .count();
        let named = i > 0 && self.lang.names_what_follows(&self.tokens[i - 1]);
        ((words <= QUOTED_NAME_WORDS || named) && close < self.tokens.len()).then_some(close + 1)
    }
    /// Token `i` is a mark of a quoted name (`عضو جمعية "واحات جمنة" بقبلي`), opening or
    /// closing it.
    pub fn marks_quoted_name(&self, i: usize) -> bool {
        self.after_quoted_name(i).is_some()
            || (i.saturating_sub(QUOTED_NAME_WORDS + 1)..i)
                .any(|open| self.after_quoted_name(open) == Some(i + 1))
    }
    /// The cue's span without a conjunction (`وقال` -> `قال`).
    pub fn cue_span(&self, i: usize) -> NormSpan {
        let token = &self.tokens[i];
        let stripped = self.lang.cue_key(token);
        if stripped.len() < token.key.len() {
            let skip = token
                .span
                .slice(self.text)
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            NormSpan::new(token.span.start + skip, token.span.end)
        } else {
            token.span
        }
    }
}

/// A quoted run of at most this many words may be a name in marks (`"الهلال الأحمر"`).
pub(super) const QUOTED_NAME_WORDS: usize = 3;

/// How close the support of an ambiguous participle or noun-like form must follow it (`مؤكدة
/// أن`, `مشيرة إلى أن`, `claims that`).
const SUPPORT_WINDOW: usize = 3;

/// How many title words may stand between an ambiguous verb and the person who is its subject
/// (`قدر عضو الجمعية السعودية للاقتصاد الدكتور عبدالله المغلوث حجم ...`: the organization
/// counts as one).
const SUBJECT_TITLE_WORDS: usize = 6;

/// The cue word of every token. A word that is also a common noun or adjective
/// (`needs_support`) counts only when a complementizer, a colon, a quote mark or its report's
/// preposition follows within `SUPPORT_WINDOW` tokens of its sentence, or, for a verb that
/// takes an object, when a person and then the object follow it (`subject_then_object`).
fn cue_words(
    tokens: &[Token],
    sentence_of_token: &[usize],
    in_mention: &[bool],
    person_ending: &[Option<usize>],
    lang: &dyn QuoteLanguage,
) -> Vec<Option<CueWord>> {
    let same_sentence = |i: usize, j: usize| sentence_of_token.get(j) == sentence_of_token.get(i);
    // `قدر الخبير سالم الراشد حجم الخسائر`, `يرجع الدكتور محمد عيد السبب إلى ...`: a person
    // right after the word (titles between) and a word after the person that is not a
    // preposition: the word is a verb with its subject and object (the noun `قدر` "fate" is
    // followed by its possessor and nothing else).
    let subject_then_object = |i: usize| {
        let mut j = i + 1;
        while j < tokens.len() && j <= i + SUBJECT_TITLE_WORDS && same_sentence(i, j) {
            if let Some(last) = person_ending[j] {
                return tokens.get(last + 1).is_some_and(|t| {
                    t.is_word()
                        && same_sentence(i, last + 1)
                        && !in_mention[last + 1]
                        && !lang.is_preposition(t)
                        && !lang.is_conjunction(t)
                });
            }
            // A title and its adjectives or complement (`الخبير الاقتصادي`, `دكتور التجميل`).
            let t = &tokens[j];
            let title = in_mention[j]
                || crate::entities::is_title_word(t.name_key())
                || lang.is_honorific(t)
                || (t.is_word() && t.key.starts_with("ال") && !lang.is_function_word(t))
                || (j == i + 1
                    && t.is_word()
                    && !lang.is_preposition(t)
                    && !lang.is_function_word(t)
                    && tokens.get(j + 1).is_some_and(|n| n.key.starts_with("ال")));
            if !title {
                return false;
            }
            j += 1;
        }
        false
    };
    (0..tokens.len())
        .map(|i| {
            let word = lang
                .cue_word(&tokens[i])
                .or_else(|| lang.cue_word_in_context(tokens, i))
                .filter(|_| tokens[i].is_word())?;
            if lang.reports_nothing_here(tokens, i) {
                return None;
            }
            if !word.needs_support {
                return Some(word);
            }
            // `The United States maintains that`, `a pipeline in Puebla State that`: a word that
            // is also a noun, inside a name after its first word, is a word of the name.
            if in_mention[i] && i > 0 && in_mention[i - 1] {
                return None;
            }
            let window = if word.kind == CueKind::Verb {
                lang.verb_support_window()
            } else {
                SUPPORT_WINDOW
            };
            // A verb that opens its clause (`. وعبر الحزب عن رفضه`, `، وذكر الوزير بضرورة`) is
            // read as a verb: its report's preposition may follow its subject. Elsewhere only
            // right after it (`الذي عبر عن أمله`, not `عبر الحدود عن طريق البحر`).
            let opens_clause =
                i == 0 || !same_sentence(i - 1, i) || tokens[i - 1].kind == TokenKind::Punctuation;
            let supported = (i + 1..(i + 1 + window).min(tokens.len()))
                .take_while(|&j| same_sentence(i, j))
                .enumerate()
                .any(|(k, j)| {
                    let t = &tokens[j];
                    (lang.is_complementizer(t) && !lang.opens_adverbial_clause(tokens, j))
                        || t.key == ":"
                        || is_quote_mark(t)
                        || ((k == 0 || opens_clause) && word.governs(t))
                });
            // Where the verb comes first (Arabic), a verb opening its sentence is read as a verb
            // when its complementizer comes as far as the reported clause may (`ذكرت منظمة
            // الصحة العالمية في بيان لها اليوم الجمعة نسخة منه أن`).
            // (Not English: `Reports say ...`. Not a dual, whose form is also an accusative
            // noun: `ردا على`.)
            let verb_opening_sentence = lang.subject_follows_verb()
                && word.agreement.number != Some(Number::Dual)
                && (i == 0 || !same_sentence(i - 1, i));
            let far_complementizer = || {
                (i + 1 + window..(i + 1 + lang.complementizer_window()).min(tokens.len()))
                    .take_while(|&j| same_sentence(i, j))
                    .any(|j| lang.is_complementizer(&tokens[j]))
            };
            let supported = supported
                || (word.kind == CueKind::Verb
                    && word.nominal.contains(&"")
                    && subject_then_object(i))
                || (word.kind == CueKind::Verb && verb_opening_sentence && far_complementizer());
            supported.then_some(word)
        })
        .collect()
}

/// Labels whose entities can speak: people, organizations, and groups (MISC).
fn is_speaker_label(label: Label) -> bool {
    matches!(label, Label::Person | Label::Organization | Label::Misc)
}

pub(super) fn is_quote_mark(token: &Token) -> bool {
    token.is_quote_mark()
}

/// `الوزير` -> `وزير`: roles are recorded without the article of their first word.
pub(super) fn strip_article(key: &str) -> &str {
    key.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(key)
}

/// `span` without the white space at its ends.
pub(super) fn trim_span(text: &str, span: NormSpan) -> NormSpan {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return NormSpan::new(span.start, span.start);
    }
    NormSpan::new(span.start + lead, span.end - trail)
}
