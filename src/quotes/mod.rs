//! Quotes and who said them.
//!
//! Three detectors feed one attributor, all over the normalized text and its tokens:
//! - quote marks (`marks.rs`): outermost pairs, unclosed quotes, stray closing marks;
//! - colon quotes: `قال: ...` and the headline form `الكاظمي من البصرة: ...`;
//! - reported speech: a speech verb, its subject, a complementizer (`إن`/`أن`/`that`) and the clause.
//!
//! Marks around a name or title (`زعيم "الحشد الشعبي"`) are not quotes: a short run with no cue
//! nearby, or one that is exactly an entity, is dropped. The kind is DIRECT when only the speaker,
//! a complementizer or a colon stands between the cue and the quote (or the cue follows it), else
//! PARTIAL. The speaker is the entity or source phrase next to the cue (EXPLICIT), else the current
//! speaker or the last person mentioned (IMPLICIT), else UNRESOLVED: never a guess without
//! evidence. Language-specific lexicons live in `arabic.rs` and `english.rs`.
//! Every step is linear in the number of tokens (bounded look-around windows).

mod arabic;
mod english;
pub mod marks;

use rustc_hash::FxHashSet;

use crate::entities::{Entity, Label};
use crate::normalize::{Normalizer, Profile};
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::{SegmentRole, Token, TokenKind};

/// The form of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

/// How the speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributionMethod {
    Explicit,
    Implicit,
    Unresolved,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// Canonical entity name or descriptive phrase; empty when unresolved.
    pub name: String,
    pub entity: Option<usize>,
    /// The text naming the speaker next to the quote; None when implicit.
    pub mention: Option<NormSpan>,
    pub method: AttributionMethod,
}

/// One attributed quote, spans over the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub span: NormSpan,
    pub kind: QuoteKind,
    pub cue: Option<NormSpan>,
    pub speaker: Speaker,
    pub confidence: f32,
    pub unclosed: bool,
    pub start_inferred: bool,
}

/// Finds and attributes quotes.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteAttributor;

/// Lexicon look-ups for one language.
struct Cues {
    language: Language,
}

impl Cues {
    fn key<'k>(&self, token: &'k Token) -> &'k str {
        match self.language {
            Language::Arabic => arabic::strip_conjunction(&token.key),
            _ => &token.key,
        }
    }
    fn is_speech_verb(&self, token: &Token) -> bool {
        token.is_word()
            && match self.language {
                Language::Arabic => {
                    arabic::is_speech_verb(self.key(token)) || arabic::is_speech_verb(&token.key)
                }
                _ => english::is_speech_verb(&token.key),
            }
    }
    fn is_chaining(&self, token: &Token) -> bool {
        self.language == Language::Arabic && arabic::is_chaining_participle(self.key(token))
    }
    fn is_source_phrase(&self, token: &Token) -> bool {
        match self.language {
            Language::Arabic => arabic::is_source_phrase(self.key(token)),
            _ => english::is_source_phrase(&token.key),
        }
    }
    fn is_complementizer(&self, token: &Token) -> bool {
        match self.language {
            Language::Arabic => arabic::is_complementizer(self.key(token)),
            _ => english::is_complementizer(&token.key),
        }
    }
    fn is_source_noun(&self, token: &Token, name_key: &str) -> bool {
        match self.language {
            Language::Arabic => {
                arabic::is_source_noun(self.key(token)) || arabic::is_source_noun(name_key)
            }
            _ => english::is_source_noun(&token.key),
        }
    }
    fn is_sameness_marker(&self, token: &Token) -> bool {
        match self.language {
            Language::Arabic => arabic::is_sameness_marker(&token.key),
            _ => english::is_sameness_marker(&token.key),
        }
    }
    fn is_preposition(&self, token: &Token) -> bool {
        match self.language {
            Language::Arabic => arabic::is_preposition(&token.key),
            _ => english::is_preposition(&token.key),
        }
    }
    fn is_determiner(&self, token: &Token) -> bool {
        self.language == Language::English && english::is_determiner(&token.key)
    }
    fn is_function_word(&self, token: &Token) -> bool {
        match self.language {
            Language::Arabic => arabic::is_function_word(&token.key),
            _ => english::is_function_word(&token.key),
        }
    }
    fn is_pronoun(&self, token: &Token) -> bool {
        self.language == Language::English && english::is_pronoun(&token.key)
    }
    fn is_cue(&self, token: &Token) -> bool {
        self.is_speech_verb(token) || self.is_chaining(token) || self.is_source_phrase(token)
    }
}

/// What the detectors hand to the attributor.
struct Candidate {
    span: NormSpan,
    kind: QuoteKind,
    /// Token index of the cue, if any.
    cue: Option<usize>,
    cue_span: Option<NormSpan>,
    unclosed: bool,
    start_inferred: bool,
}

/// Document context shared by the detectors, with per-token indexes so that every look-up is
/// O(1) and the detectors stay linear in the number of tokens.
struct Doc<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentence_of_token: &'a [usize],
    entities: &'a [Entity],
    /// (span, entity index) of every entity mention, sorted by start.
    mentions: Vec<(NormSpan, usize)>,
    /// For each mention (same order), the index of the last PERSON mention at or before it.
    last_person_upto: Vec<Option<usize>>,
    /// The mention that starts inside token i / ends inside token i.
    mention_starting: Vec<Option<(NormSpan, usize)>>,
    mention_ending: Vec<Option<(NormSpan, usize)>>,
    /// Token i lies inside a mention of a person, organization or group.
    in_speaker_mention: Vec<bool>,
    /// Token i overlaps any mention.
    in_mention: Vec<bool>,
    /// Exact spans of mentions (a quoted run that is exactly a name is no quote).
    mention_spans: FxHashSet<(usize, usize)>,
    /// Each entity's roles as SEARCH keys per word, the first word without its article.
    role_keys: Vec<Vec<Vec<String>>>,
    /// First and last token of each sentence.
    sentence_first: Vec<usize>,
    sentence_last: Vec<usize>,
    cues: Cues,
}

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentence_of_token: &'a [usize],
        entities: &'a [Entity],
        language: Language,
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
        let is_speaker = |e: usize| {
            matches!(
                entities[e].label,
                Label::Person | Label::Organization | Label::Misc
            )
        };
        let mut mention_starting = vec![None; tokens.len()];
        let mut mention_ending = vec![None; tokens.len()];
        let mut in_speaker_mention = vec![false; tokens.len()];
        let mut in_mention = vec![false; tokens.len()];
        let token_index = |pos: usize| tokens.partition_point(|t| t.span.end <= pos);
        for &(span, entity) in &mentions {
            let first = token_index(span.start);
            let last = token_index(span.end.saturating_sub(1)).min(tokens.len().saturating_sub(1));
            if first < tokens.len() {
                mention_starting[first].get_or_insert((span, entity));
                mention_ending[last].get_or_insert((span, entity));
                for t in first..=last {
                    in_mention[t] = true;
                    in_speaker_mention[t] |= is_speaker(entity);
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
        Doc {
            role_keys,
            text,
            tokens,
            sentence_of_token,
            entities,
            mention_spans: mentions.iter().map(|(s, _)| (s.start, s.end)).collect(),
            mentions,
            last_person_upto,
            mention_starting,
            mention_ending,
            in_speaker_mention,
            in_mention,
            sentence_first,
            sentence_last,
            cues: Cues { language },
        }
    }

    /// Index of the first token starting at or after `pos`.
    fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
    fn mention_starting_at(&self, token: usize) -> Option<(NormSpan, usize)> {
        self.mention_starting.get(token).copied().flatten()
    }
    fn mention_ending_at(&self, token: usize) -> Option<(NormSpan, usize)> {
        self.mention_ending.get(token).copied().flatten()
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of_token.get(a) == self.sentence_of_token.get(b)
    }
    /// First token of the sentence of token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.sentence_first[self.sentence_of_token[i]]
    }
    /// Last token of the sentence of token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        self.sentence_last[self.sentence_of_token[i]]
    }
    fn is_source_noun(&self, token: usize) -> bool {
        self.cues
            .is_source_noun(&self.tokens[token], self.tokens[token].name_key())
    }
    /// A word that may be part of a name the tagger missed: no mention, cue, clitic,
    /// complementizer or function word; in English, capitalized.
    fn is_name_like(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_word()
            && !self.in_mention[i]
            // A clitic split makes a word unlikely to be a name, unless a found name follows
            // it (`سامر` looks like س + أمر, but stands before the name `بركات`).
            && (t.segments.iter().all(|s| {
                matches!(s.role, SegmentRole::Stem | SegmentRole::Article)
            }) || self.in_speaker_mention.get(i + 1).copied().unwrap_or(false))
            && !self.is_source_noun(i)
            && !self.cues.is_cue(t)
            && !self.cues.is_complementizer(t)
            && (!self.cues.is_preposition(t) || arabic::is_name_ali(t.span.slice(self.text)))
            && !self.cues.is_function_word(t)
            && !crate::entities::is_title_word(t.name_key())
            && (self.cues.language != Language::English || self.is_proper_noun(i))
    }
    /// Token `i` ends a speaker phrase: a quote mark, a colon, a comma, a complementizer or a
    /// preposition follows the speaker (`قال علي ثاني "`, `قال X إن`, `قال X في بيان`).
    fn ends_speaker_phrase(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            is_quote_mark(t)
                || matches!(t.key.as_str(), ":" | "," | "،")
                || self.cues.is_complementizer(t)
                || self.cues.is_preposition(t)
                || (self.cues.language == Language::Arabic
                    && (t.key == "فقد" || arabic::is_time_word(t.name_key())))
        })
    }
    /// The PERSON, among the last ones mentioned before `pos`, one of whose roles begins with
    /// the title words at `titles` (`الوزير` -> the one whose role is `وزير الداخلية المغربي`).
    fn person_with_role(&self, titles: std::ops::Range<usize>, pos: usize) -> Option<usize> {
        let wanted: Vec<&str> = titles
            .clone()
            .map(|i| self.tokens[i].name_key())
            .enumerate()
            .map(|(k, key)| if k == 0 { strip_article(key) } else { key })
            .collect();
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        let mut candidate = upto.checked_sub(1).and_then(|i| self.last_person_upto[i]);
        // Bounded, so that a text of titles stays linear.
        for _ in 0..ROLE_LOOKBACK {
            let i = candidate?;
            let entity = self.mentions[i].1;
            if self.role_keys[entity].iter().any(|role| {
                role.len() >= wanted.len() && role.iter().zip(&wanted).all(|(r, w)| r == w)
            }) {
                return Some(entity);
            }
            candidate = i.checked_sub(1).and_then(|j| self.last_person_upto[j]);
        }
        None
    }
    /// A word as names are written: definite (`الهلال`) in Arabic, capitalized in English.
    fn looks_like_name_word(&self, i: usize) -> bool {
        match self.cues.language {
            Language::Arabic => self.tokens[i].name_key().starts_with("ال"),
            _ => self.is_proper_noun(i),
        }
    }
    /// A capitalized English word (`BA chairman ...`); Arabic has no case.
    fn is_proper_noun(&self, token: usize) -> bool {
        self.cues.language == Language::English
            && self.tokens[token]
                .span
                .slice(self.text)
                .starts_with(|c: char| c.is_uppercase())
    }
    fn is_speaker_entity(&self, entity: usize) -> bool {
        matches!(
            self.entities[entity].label,
            Label::Person | Label::Organization | Label::Misc
        )
    }
    /// The last ORGANIZATION mention that ends at or before `pos`, among the few before it.
    fn last_organization_before(&self, pos: usize) -> Option<(NormSpan, usize)> {
        let upto = self.mentions.partition_point(|(s, _)| s.start < pos);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(ORGANIZATION_LOOKBACK)
            .find(|(span, e)| span.end <= pos && self.entities[*e].label == Label::Organization)
            .copied()
    }
    /// The last PERSON mention that ends at or before `pos`.
    fn last_person_before(&self, pos: usize) -> Option<(NormSpan, usize)> {
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
}

const CUE_WINDOW: usize = 12;
/// How many earlier person mentions a title may refer back to.
const ROLE_LOOKBACK: usize = 16;
/// How long an appositive between a name and its cue may be, in tokens.
const APPOSITIVE_WINDOW: usize = 14;
/// How many tokens back an Arabic verb's unnamed plural subject may stand.
const SUBJECT_LOOKBACK: usize = 12;
/// How many earlier mentions `it said` may look back over for its organization.
const ORGANIZATION_LOOKBACK: usize = 24;

/// `الوزير` -> `وزير`: roles are recorded without the article of their first word.
fn strip_article(key: &str) -> &str {
    key.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(key)
}

impl QuoteAttributor {
    pub fn new() -> Self {
        QuoteAttributor
    }

    /// Quotes of a document in text order. `sentence_of_token[i]` is the sentence of token `i`.
    pub fn attribute(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        entities: &[Entity],
        language: Language,
    ) -> Vec<Quote> {
        if language == Language::Other || tokens.is_empty() {
            return Vec::new();
        }
        let doc = Doc::new(text, tokens, sentence_of_token, entities, language);
        let runs = marks::find_quoted_runs(text);
        // Reported clauses first: a quoted run inside one takes its cue (`قال حصاد ... إنه بعد
        // فرز ... جاء "في المقدمة ..."`), however far the cue is.
        let mut clauses = Vec::new();
        find_reported_speech(&doc, &runs, &mut clauses);
        find_trailing_attributions(&doc, &runs, &mut clauses);
        clauses.sort_by_key(|c| (c.span.start, c.span.end));
        let mut candidates = Vec::new();
        for run in &runs {
            if let Some(c) = classify_run(&doc, run, &clauses) {
                // A clause whose start was inferred from a stray closing mark, inside a reported
                // clause found from its cue: the same quote, found less well.
                if c.start_inferred && enclosing_clause(&clauses, c.span).is_some() {
                    continue;
                }
                candidates.push(c);
            }
        }
        find_colon_quotes(&doc, &runs, &mut candidates);
        candidates.extend(clauses);
        candidates.sort_by_key(|c| (c.span.start, c.span.end));
        resolve_speakers(&doc, candidates)
    }
}

/// The reported clause (sorted by start) that contains `span`, if any.
fn enclosing_clause(clauses: &[Candidate], span: NormSpan) -> Option<&Candidate> {
    let after = clauses.partition_point(|c| c.span.start <= span.start);
    clauses[..after]
        .iter()
        .rev()
        .take(2)
        .find(|c| c.span.end >= span.end && c.span != span)
}

/// Decides whether a quoted run is a quote, and its kind and cue. `clauses` are the reported
/// clauses, sorted by start.
fn classify_run(doc: &Doc, run: &marks::QuotedRun, clauses: &[Candidate]) -> Option<Candidate> {
    let mut content = run.content;
    let mut start_inferred = false;
    let open_token = match run.open {
        Some(open) => doc.token_at_or_after(open),
        None => {
            // A stray closing mark: the quote most plausibly began after the last complementizer
            // or colon of the stretch; with none, it is not reported.
            let first = doc.token_at_or_after(content.start);
            let last = doc.token_at_or_after(content.end);
            let anchor = (first..last).rev().find(|&i| {
                doc.cues.is_complementizer(&doc.tokens[i]) || doc.tokens[i].key == ":"
            })?;
            content = NormSpan::new(doc.tokens[anchor].span.end, content.end);
            start_inferred = true;
            anchor
        }
    };
    let mut content = trim_span(doc.text, content);
    // `"...," he said`: the comma belongs to the writer's sentence, not to the quote.
    while let Some(stripped) = content.slice(doc.text).strip_suffix([',', '،']) {
        content = trim_span(
            doc.text,
            NormSpan::new(content.start, content.start + stripped.len()),
        );
    }
    if content.is_empty() {
        return None;
    }
    let first = doc.token_at_or_after(content.start);
    let last = doc.token_at_or_after(content.end);
    let words = doc.tokens[first..last]
        .iter()
        .filter(|t| t.is_word())
        .count();
    if words == 0 {
        return None;
    }
    // Exactly an entity: a name in marks, not a quote.
    if doc.mention_spans.contains(&(content.start, content.end)) {
        return None;
    }
    // Cue before the opening mark, in the same sentence.
    let window_start = open_token.saturating_sub(CUE_WINDOW);
    let cue_before = (window_start..open_token)
        .rev()
        .take_while(|&i| {
            doc.same_sentence(i, open_token.min(doc.tokens.len() - 1)) || i + 1 == open_token
        })
        .find(|&i| doc.cues.is_cue(&doc.tokens[i]));
    let clause_cue = enclosing_clause(clauses, content).and_then(|c| c.cue);
    let cue_only_from_clause = cue_before.is_none() && clause_cue.is_some();
    let cue_before = cue_before.or(clause_cue);
    // Cue after the closing mark, in the quote's sentence: `"...," he said` / `"..." said Smith`.
    let last_content = last.saturating_sub(1);
    // Only the speaker may stand between: names, titles, source nouns, determiners
    // (`"...," BA chairman Martin Broughton said`), or a source phrase (`"..." بحسب بيان`).
    let cue_after = (last..(last + 8).min(doc.tokens.len()))
        .take_while(|&i| {
            let t = &doc.tokens[i];
            doc.same_sentence(i, last_content)
                && (t.kind == TokenKind::Punctuation
                    || doc.cues.is_speech_verb(t)
                    || doc.cues.is_source_phrase(t)
                    || doc.cues.is_pronoun(t)
                    || doc.in_mention[i]
                    || crate::entities::is_title_word(t.name_key())
                    || doc.is_source_noun(i)
                    || doc.cues.is_determiner(t)
                    || doc.is_proper_noun(i))
        })
        .find(|&i| {
            let t = &doc.tokens[i];
            doc.cues.is_speech_verb(t)
                || (doc.cues.is_source_phrase(t)
                    && doc.tokens[last..i]
                        .iter()
                        .all(|t| t.kind == TokenKind::Punctuation))
        })
        .or_else(|| cue_after_appositive(doc, last, last_content));
    let between_is_light = cue_before.is_some_and(|cue| {
        // Everything up to the end of the speaker named after the cue belongs to the attribution.
        let speaker_end = explicit_speaker(doc, cue)
            .and_then(|s| s.mention)
            .map_or(0, |m| m.end);
        (cue + 1..open_token).all(|i| {
            let t = &doc.tokens[i];
            t.span.end <= speaker_end
                || doc.cues.is_complementizer(t)
                || matches!(t.key.as_str(), ":" | "," | "،" | "-" | "ل")
                || doc.in_speaker_mention[i]
                || doc.is_source_noun(i)
                || doc.cues.is_pronoun(t)
                || matches!(t.key.as_str(), "الي" | "علي" | "ب")
        })
    });
    let starts_sentence =
        open_token == 0 || !doc.same_sentence(open_token.saturating_sub(1), first);
    // A quoted run that is a whole sentence of its own (`"Nobody lost today."`) is a quote
    // whatever its length.
    let whole_sentence =
        starts_sentence && content.slice(doc.text).ends_with(['.', '!', '?', '؟', '…']);
    let kind = if start_inferred {
        // Only the closing mark survives: the clause is reported speech whose start we inferred.
        QuoteKind::Indirect
    } else if between_is_light
        || cue_after.is_some()
        || (starts_sentence && words >= 4)
        || whole_sentence
    {
        QuoteKind::Direct
    } else if cue_before.is_some() || words >= 3 {
        QuoteKind::Partial
    } else {
        return None;
    };
    // Short quoted phrases with no cue at all are titles or names (`the so-called "reform"`), and
    // so are short ones after a preposition (`لـ "العربي الجديد"`) or standing as the subject of a
    // complementizer (`وعلم "العربي الجديد"، أن ...`).
    if words <= 3 {
        let after_preposition =
            open_token > 0 && doc.cues.is_preposition(&doc.tokens[open_token - 1]);
        let closing = last; // the closing mark's token
        let subject_of_clause = (closing + 1..(closing + 3).min(doc.tokens.len()))
            .any(|i| doc.cues.is_complementizer(&doc.tokens[i]));
        let nameless = cue_before.is_none() && cue_after.is_none() && !whole_sentence;
        // Inside a reported clause, a few quoted words are the speaker's own when they end a
        // phrase (`إن نتائج حزبه "جد إيجابية"،`); in mid-phrase they are a name
        // (`غريمه "الأصالة والمعاصرة" بثمانين مقعدا`).
        let mid_phrase = cue_only_from_clause
            && doc.tokens.get(closing + 1).is_some_and(|t| {
                t.kind != TokenKind::Punctuation && doc.same_sentence(closing, closing + 1)
            });
        // Shaped like a name (every word definite in Arabic, capitalized in English, or inside
        // an entity), not next to its cue, and running on into the sentence: a name
        // (`قرب مقر "الهلال الأحمر" في المدينة`), where a quoted phrase would not be
        // (`شدد على أهمية "استعادة الثقة" بين ...`).
        let name_shaped = !between_is_light
            && cue_after.is_none()
            && doc
                .tokens
                .get(closing + 1)
                .is_some_and(|t| t.is_word() && doc.same_sentence(closing, closing + 1))
            && (first..last)
                .filter(|&i| doc.tokens[i].is_word())
                .all(|i| doc.in_mention[i] || doc.looks_like_name_word(i));
        if nameless || after_preposition || subject_of_clause || mid_phrase || name_shaped {
            return None;
        }
    }
    let cue = if kind == QuoteKind::Direct && cue_after.is_some() && !between_is_light {
        cue_after
    } else {
        cue_before.or(cue_after)
    };
    Some(Candidate {
        span: content,
        kind,
        cue,
        cue_span: cue.map(|i| cue_span(doc, i)),
        unclosed: run.unclosed,
        start_inferred,
    })
}

/// The cue's span without a conjunction (`وقال` -> `قال`).
fn cue_span(doc: &Doc, i: usize) -> NormSpan {
    let token = &doc.tokens[i];
    let stripped = doc.cues.key(token);
    if stripped.len() < token.key.len() {
        let skip = token
            .span
            .slice(doc.text)
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        NormSpan::new(token.span.start + skip, token.span.end)
    } else {
        token.span
    }
}

fn trim_span(text: &str, span: NormSpan) -> NormSpan {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return NormSpan::new(span.start, span.start);
    }
    NormSpan::new(span.start + lead, span.end - trail)
}

/// `قال: ...` and the headline form `الكاظمي من البصرة: ...` (no quote marks).
fn find_colon_quotes(doc: &Doc, runs: &[marks::QuotedRun], out: &mut Vec<Candidate>) {
    for (i, token) in doc.tokens.iter().enumerate() {
        if token.key != ":" || i == 0 || i + 1 >= doc.tokens.len() {
            continue;
        }
        if run_containing(runs, token.span.start).is_some() {
            continue;
        }
        let left_start = doc.sentence_start(i);
        let right_end = doc.sentence_end(i);
        if right_end <= i {
            continue;
        }
        let words_right = doc.tokens[i + 1..=right_end]
            .iter()
            .filter(|t| t.is_word())
            .take(3)
            .count();
        // A quote mark opening later in the sentence: the marks detector has that quote.
        let next_run = runs.partition_point(|r| r.content.start <= token.span.start);
        let run_opens_later = runs[next_run..]
            .iter()
            .find_map(|r| r.open)
            .is_some_and(|o| o < doc.tokens[right_end].span.end);
        if words_right < 3 || run_opens_later {
            continue;
        }
        let verb_before = doc.cues.is_speech_verb(&doc.tokens[i - 1]);
        let headline_speaker = i - left_start <= 6
            && doc
                .mention_starting_at(left_start)
                .is_some_and(|(_, e)| doc.entities[e].label == Label::Person);
        if !(verb_before || headline_speaker) {
            continue;
        }
        let end_token = &doc.tokens[right_end];
        let end = if end_token.kind == TokenKind::Punctuation && right_end > i + 1 {
            doc.tokens[right_end - 1].span.end
        } else {
            end_token.span.end
        };
        let cue = if verb_before { i - 1 } else { i };
        out.push(Candidate {
            span: NormSpan::new(doc.tokens[i + 1].span.start, end),
            kind: QuoteKind::Direct,
            cue: Some(cue),
            cue_span: Some(if verb_before {
                cue_span(doc, cue)
            } else {
                token.span
            }),
            unclosed: false,
            start_inferred: false,
        });
    }
}

/// Speech verb + subject + complementizer + clause, outside quote marks. A cue inside a clause
/// already reported does not open another one, so the clauses never nest and the work stays
/// linear even in a text made of cue verbs.
fn find_reported_speech(doc: &Doc, runs: &[marks::QuotedRun], out: &mut Vec<Candidate>) {
    let mut claimed_until = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        if i < claimed_until {
            continue;
        }
        if !(doc.cues.is_speech_verb(token)
            || doc.cues.is_chaining(token)
            || doc.cues.is_source_phrase(token))
        {
            continue;
        }
        if run_containing(runs, token.span.start).is_some() {
            continue;
        }
        let sentence_end = doc.sentence_end(i);
        // The speaker, titles and circumstances may stand between the cue and its complementizer
        // (`وقال حصاد خلال مؤتمر صحافي في مقر وزارة الداخلية في الرباط إنه ...`); a quote
        // mark or another cue before it means the complementizer is not this cue's.
        let limit = (i + COMPLEMENTIZER_WINDOW).min(sentence_end + 1);
        let complementizer = (i + 1..limit)
            .take_while(|&j| {
                let t = &doc.tokens[j];
                !is_quote_mark(t) && !doc.cues.is_cue(t)
            })
            .find(|&j| doc.cues.is_complementizer(&doc.tokens[j]));
        let clause_start = match complementizer {
            Some(comp) => comp + 1,
            None => match english_clause_start(doc, i)
                .or_else(|| source_clause_start(doc, i))
                .or_else(|| nominal_report_start(doc, i))
                .or_else(|| parenthetical(doc, i).map(|(_, clause)| clause))
            {
                Some(start) => start,
                None => continue,
            },
        };
        if clause_start > sentence_end {
            continue;
        }
        let next = &doc.tokens[clause_start];
        if is_quote_mark(next) {
            continue; // a direct quote follows; the marks detector has it
        }
        // The clause ends with the sentence, or where a comma hands over to another cue
        // (`إن نتائج حزبه "جد إيجابية"، معتبرا أن ...`).
        let mut end = (clause_start + 1..=sentence_end)
            .take(CLAUSE_SCAN)
            .find(|&j| {
                doc.tokens[j - 1].kind == TokenKind::Punctuation
                    && matches!(doc.tokens[j - 1].key.as_str(), "," | "،" | ";" | "؛")
                    && doc.cues.is_cue(&doc.tokens[j])
            })
            .map_or(sentence_end, |j| j - 1);
        while end > clause_start && doc.tokens[end].kind == TokenKind::Punctuation {
            end -= 1;
        }
        let words = doc.tokens[clause_start..=end]
            .iter()
            .filter(|t| t.is_word())
            .take(3)
            .count();
        if words < 3 {
            continue;
        }
        out.push(Candidate {
            span: NormSpan::new(next.span.start, doc.tokens[end].span.end),
            kind: QuoteKind::Indirect,
            cue: Some(i),
            cue_span: Some(cue_span(doc, i)),
            unclosed: false,
            start_inferred: false,
        });
        claimed_until = end + 1;
    }
}

/// How far after a cue its complementizer may be, in tokens.
const COMPLEMENTIZER_WINDOW: usize = 20;
/// How far into a reported clause a hand-over to another cue is looked for, so that a
/// sentence of a million tokens is scanned once, not once per cue.
const CLAUSE_SCAN: usize = 120;

fn is_quote_mark(token: &Token) -> bool {
    let mut chars = token.key.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if marks::is_quote_mark(c))
}

/// Where the clause starts after an Arabic source phrase with no complementizer: after the
/// source and a comma or `فقد` (`وبحسب وزير الداخلية فقد ناهزت نسبة المشاركة ...`).
fn source_clause_start(doc: &Doc, i: usize) -> Option<usize> {
    if doc.cues.language != Language::Arabic || !doc.cues.is_source_phrase(&doc.tokens[i]) {
        return None;
    }
    let sentence_end = doc.sentence_end(i);
    let boundary = (i + 2..(i + 9).min(sentence_end + 1))
        .take_while(|&j| !is_quote_mark(&doc.tokens[j]))
        .find(|&j| matches!(doc.tokens[j].key.as_str(), "،" | "," | "فقد"))?;
    Some(boundary + 1)
}

/// `The new tax, most economists believe, will slow growth`: a cue and its short subject set
/// off by commas inside the clause they report. The subject's first token, and where the report
/// goes on (after the second comma).
fn parenthetical(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if doc.cues.language != Language::English
        || doc.tokens.get(i + 1).is_none_or(|t| t.key != ",")
        || !doc.same_sentence(i, i + 2)
    {
        return None;
    }
    let comma = (i.saturating_sub(4)..i)
        .rev()
        .find(|&j| doc.tokens[j].key == ",")?;
    let subject_is_short_words = comma + 1 < i
        && doc.same_sentence(comma, i)
        && doc.tokens[comma + 1..i].iter().all(Token::is_word);
    subject_is_short_words.then_some((comma + 1, i + 2))
}

/// Where the report starts after an Arabic verb whose complement is a noun phrase, not a
/// clause: an appeal (`دعوا فيه إلى إقالة المحافظ`, `طالب بإقالة ...`) or an announcement
/// with its speaker and time (`أعلن وزير الداخلية محمد حصاد فجر السبت تصدر الحزب ...`).
fn nominal_report_start(doc: &Doc, i: usize) -> Option<usize> {
    if doc.cues.language != Language::Arabic {
        return None;
    }
    let key = doc.cues.key(&doc.tokens[i]);
    let in_sentence = |j: usize| j < doc.tokens.len() && doc.same_sentence(i, j);
    if arabic::is_appeal_verb(key) {
        let mut j = i + 1;
        if in_sentence(j) && matches!(doc.tokens[j].key.as_str(), "فيه" | "فيها") {
            j += 1;
        }
        if !in_sentence(j) {
            return None;
        }
        return if doc.tokens[j].key == "الي" {
            in_sentence(j + 1).then_some(j + 1)
        } else if doc.tokens[j].has_proclitic() && doc.tokens[j].key.starts_with('ب') {
            Some(j)
        } else {
            None
        };
    }
    if !arabic::is_announcement_verb(key) {
        return None;
    }
    let cue_end = doc.tokens[i].span.end;
    let speaker_end = explicit_speaker(doc, i)
        .and_then(|s| s.mention)
        .filter(|m| m.start >= cue_end)?
        .end;
    let mut j = doc.token_at_or_after(speaker_end);
    while in_sentence(j)
        && ((doc.in_mention[j] && !doc.in_speaker_mention[j])
            || arabic::is_time_word(doc.tokens[j].name_key()))
    {
        j += 1;
    }
    let t = doc.tokens.get(j)?;
    let report = in_sentence(j)
        && t.is_word()
        && !doc.in_mention[j]
        && !doc.cues.is_preposition(t)
        && !doc.cues.is_function_word(t)
        && !doc.cues.is_complementizer(t);
    report.then_some(j)
}

/// The quoted run whose content contains byte `pos`, by binary search (runs are in text order
/// and do not overlap). A stray closing mark's run is not counted: where its quote began is
/// unknown, so the words before it are not known to be quoted.
fn run_containing(runs: &[marks::QuotedRun], pos: usize) -> Option<&marks::QuotedRun> {
    let i = runs.partition_point(|r| r.content.end <= pos);
    runs.get(i)
        .filter(|r| r.content.start <= pos && r.open.is_some())
}

/// Where an English reported clause starts after the cue at token `i` when `that` is dropped:
/// `said the workers had been patient`, `told reporters the government had agreed`,
/// `According to the Ministry of Transport, about 40 ships waited`.
fn english_clause_start(doc: &Doc, i: usize) -> Option<usize> {
    if doc.cues.language != Language::English {
        return None;
    }
    let token = &doc.tokens[i];
    let sentence = doc.sentence_of_token[i];
    let in_sentence = |j: usize| j < doc.tokens.len() && doc.sentence_of_token[j] == sentence;
    if doc.cues.is_source_phrase(token) {
        // `according to X, <clause>`: the clause follows the first comma.
        let comma = (i + 1..(i + 10).min(doc.tokens.len()))
            .take_while(|&j| in_sentence(j))
            .find(|&j| doc.tokens[j].key == ",")?;
        return in_sentence(comma + 1).then_some(comma + 1);
    }
    let mut next = i + 1;
    match token.key.as_str() {
        "told" => {
            // `told reporters the ...` / `told Reuters that ...` (that is handled by the caller)
            while in_sentence(next)
                && next - i <= 2
                && !english::starts_clause(&doc.tokens[next].key)
            {
                next += 1;
            }
        }
        "called" | "described" | "dubbed" | "termed" | "branded" | "asked" => return None,
        _ => {}
    }
    if !in_sentence(next) {
        return None;
    }
    // A subject, then soon a finite auxiliary: `says BA's revenues will ...`, `said sales would`.
    let starts_like_a_clause = english::starts_clause(&doc.tokens[next].key)
        || ((doc.mention_starting_at(next).is_some() || doc.tokens[next].is_word())
            && !english::is_preposition(&doc.tokens[next].key)
            && (next + 1..(next + 6).min(doc.tokens.len()))
                .take_while(|&j| in_sentence(j) && !is_quote_mark(&doc.tokens[j]))
                .any(|j| english::is_auxiliary(&doc.tokens[j].key)))
        // A possessive subject: `says BA's estimated revenues - £160m - will ...`.
        || (doc.is_proper_noun(next)
            && (doc.tokens[next].key.ends_with("'s") || doc.tokens[next].key.ends_with("’s")));
    starts_like_a_clause.then_some(next)
}

/// `<clause>, officials said.` / `<clause>, according to X.`: the clause before a cue that ends
/// the sentence.
fn find_trailing_attributions(doc: &Doc, runs: &[marks::QuotedRun], out: &mut Vec<Candidate>) {
    if doc.cues.language != Language::English {
        return;
    }
    for (i, token) in doc.tokens.iter().enumerate() {
        let is_cue = doc.cues.is_speech_verb(token) || doc.cues.is_source_phrase(token);
        if !is_cue || run_containing(runs, token.span.start).is_some() {
            continue;
        }
        // The cue and its subject/object must close the sentence: at most 4 more words.
        let sentence_end = doc.sentence_end(i);
        let rest_words = doc.tokens[i + 1..=sentence_end.max(i)]
            .iter()
            .filter(|t| t.is_word())
            .take(5)
            .count();
        if rest_words > 4 {
            continue;
        }
        let start = doc.sentence_start(i);
        let Some(comma) = (i.saturating_sub(5).max(start)..i)
            .rev()
            .find(|&j| doc.tokens[j].key == ",")
        else {
            continue;
        };
        if run_containing(runs, doc.tokens[start].span.start).is_some() {
            continue;
        }
        let words = doc.tokens[start..comma]
            .iter()
            .filter(|t| t.is_word())
            .take(4)
            .count();
        if words < 4 || doc.tokens[start].kind == TokenKind::Punctuation {
            continue;
        }
        out.push(Candidate {
            span: NormSpan::new(doc.tokens[start].span.start, doc.tokens[comma - 1].span.end),
            kind: QuoteKind::Indirect,
            cue: Some(i),
            cue_span: Some(cue_span(doc, i)),
            unclosed: false,
            start_inferred: false,
        });
    }
}

/// The explicit speaker next to a cue: an entity or a source phrase after it (`قال الكاظمي`,
/// `said Smith`, `وقالت مصادر في ...`) or before it (`Smith said`).
fn explicit_speaker(doc: &Doc, cue: usize) -> Option<Speaker> {
    let cue_token = &doc.tokens[cue];
    let after = cue + 1;
    if cue_token.key == ":" {
        let start = doc.sentence_start(cue);
        if start == cue {
            return None;
        }
        let (span, entity) = doc.mention_starting_at(start)?;
        return Some(entity_speaker(doc, span, entity));
    }
    // `مضيفاً`, `داعياً`: the participle's subject is the speaker already talking; what follows
    // it is an object (`داعياً القوات الأمنية إلى ...`).
    if doc.cues.is_chaining(cue_token) {
        return None;
    }
    // `Smith told Reuters`, `أبلغ الوزير الصحافيين`: after `told` comes the addressee.
    let addressee_follows = matches!(cue_token.key.as_str(), "told" | "tells" | "telling");
    if after < doc.tokens.len() && doc.same_sentence(cue, after) && !addressee_follows {
        let probe = if doc.cues.is_source_phrase(cue_token)
            && doc
                .tokens
                .get(after)
                .is_some_and(|t| matches!(t.key.as_str(), "ل" | "to" | "عن"))
        {
            after + 1
        } else {
            after
        };
        // `according to the Ministry of Transport`: the entity starts after the article. After
        // a speech verb `the` starts the reported clause instead (`said the deficit ...`).
        let source_phrase = doc.cues.is_source_phrase(cue_token);
        let probe = if source_phrase
            && doc
                .tokens
                .get(probe)
                .is_some_and(|t| matches!(t.key.as_str(), "the" | "a" | "an"))
            && doc.mention_starting_at(probe).is_none()
        {
            probe + 1
        } else {
            probe
        };
        // Titles and their definite modifiers may come between the cue and the name:
        // `قال رئيس الوزراء العراقي مصطفى الكاظمي`, `said Prime Minister ...`.
        let mut name_start = probe;
        while name_start < doc.tokens.len()
            && name_start - probe < 5
            && doc.same_sentence(cue, name_start)
            && doc.mention_starting_at(name_start).is_none()
        {
            let key = doc.tokens[name_start].name_key();
            let word = &doc.tokens[name_start];
            let title_part = crate::entities::is_title_word(key)
                || (name_start > probe
                    && key.starts_with("ال")
                    && !doc.cues.is_preposition(word)
                    && !doc.cues.is_function_word(word))
                || matches!(key, "prime" | "foreign")
                || (source_phrase && key == "the");
            if !title_part {
                break;
            }
            name_start += 1;
        }
        if let Some((span, entity)) = (name_start < doc.tokens.len())
            .then(|| doc.mention_starting_at(name_start))
            .flatten()
        {
            // `according to Iraq`: after a source phrase, any named thing is the source.
            if doc.is_speaker_entity(entity) || source_phrase {
                return Some(entity_speaker(doc, span, entity));
            }
        }
        // A name the entity tagger missed: a few name-like words right after the cue (and its
        // titles) that the quote, a colon or a complementizer follows (`وقال علي ثاني "..."`).
        if let Some((span, entity)) = name_phrase(doc, cue, name_start) {
            return Some(Speaker {
                entity,
                ..phrase_speaker(doc, span, AttributionMethod::Explicit)
            });
        }
        if name_start > probe {
            // Titles with no name: the person who holds that title here (`وأشار الوزير`,
            // `بحسب وزير الداخلية`), else the title itself as a description.
            let titles = NormSpan::new(
                doc.tokens[probe].name_span().start,
                doc.tokens[name_start - 1].span.end,
            );
            if let Some(entity) = doc.person_with_role(probe..name_start, titles.start) {
                return Some(Speaker {
                    name: doc.entities[entity].name.clone(),
                    entity: Some(entity),
                    mention: Some(titles),
                    method: AttributionMethod::Explicit,
                });
            }
            if doc.ends_speaker_phrase(name_start) {
                return Some(phrase_speaker(doc, titles, AttributionMethod::Explicit));
            }
        }
        if probe < doc.tokens.len() && doc.is_source_noun(probe) {
            return Some(source_speaker(doc, probe));
        }
    }
    // Arabic subject-verb order with a plural source (`أطلق ناشطون في البصرة ... وسماً دعوا
    // فيه إلى ...`): the nearest unnamed source earlier in the sentence, no cue between.
    if doc.cues.language == Language::Arabic {
        let source = (cue.saturating_sub(SUBJECT_LOOKBACK)..cue)
            .rev()
            .take_while(|&j| doc.same_sentence(j, cue) && !doc.cues.is_cue(&doc.tokens[j]))
            .find(|&j| doc.is_source_noun(j));
        if let Some(start) = source {
            return Some(source_speaker(doc, start));
        }
    }
    if cue > 0 && doc.same_sentence(cue - 1, cue) {
        // The subject right before the cue, or before an appositive comma (`Jaber, ..., called`).
        let subject = (cue.saturating_sub(3)..cue)
            .rev()
            .take_while(|&j| j + 1 == cue || doc.tokens[j + 1].kind == TokenKind::Punctuation)
            .find_map(|j| doc.mention_ending_at(j))
            .or_else(|| subject_before_appositive(doc, cue));
        if let Some((span, entity)) = subject {
            // `Nick Van den Brul of BNP Paribas described`: the person, not the employer.
            let employer_of = (doc.entities[entity].label != Label::Person
                && doc.cues.language == Language::English)
                .then(|| person_before_affiliation(doc, span))
                .flatten();
            if let Some((person_span, person)) = employer_of {
                return Some(entity_speaker(doc, person_span, person));
            }
            if doc.is_speaker_entity(entity) {
                return Some(entity_speaker(doc, span, entity));
            }
        }
        // `A ministry spokesman said`, `the Federal Reserve head said`, `many commentators
        // believe`: a source noun or title right before the cue, with its modifiers back to the
        // determiner.
        let head = &doc.tokens[cue - 1];
        if doc.cues.language == Language::English
            && (doc.is_source_noun(cue - 1) || crate::entities::is_title_word(&head.key))
        {
            let mut start = cue - 1;
            while start > 0
                && cue - start < 5
                && doc.same_sentence(start - 1, cue)
                && doc.tokens[start - 1].is_word()
                && !doc.cues.is_speech_verb(&doc.tokens[start - 1])
                && !english::is_conjunction(&doc.tokens[start - 1].key)
            {
                start -= 1;
                if english::is_determiner(&doc.tokens[start].key) {
                    break;
                }
            }
            let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[cue - 1].span.end);
            return Some(phrase_speaker(doc, span, AttributionMethod::Explicit));
        }
        // `..., some believe, ...`: the parenthetical's own few words are the source.
        if let Some((start, _)) = parenthetical(doc, cue) {
            let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[cue - 1].span.end);
            return Some(phrase_speaker(doc, span, AttributionMethod::Explicit));
        }
    }
    None
}

/// Up to three name-like words from token `start` (after the cue at `cue`) that end where a
/// speaker phrase ends; their span.
fn name_phrase(doc: &Doc, cue: usize, start: usize) -> Option<(NormSpan, Option<usize>)> {
    let mut end = start;
    while end < doc.tokens.len()
        && end - start < 3
        && doc.same_sentence(cue, end)
        && (doc.is_name_like(end) || doc.in_speaker_mention[end])
    {
        end += 1;
    }
    // The longest run of name-like words that a boundary follows.
    let end = (start + 1..=end)
        .rev()
        .find(|&e| doc.ends_speaker_phrase(e))?;
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

fn phrase_speaker(doc: &Doc, span: NormSpan, method: AttributionMethod) -> Speaker {
    Speaker {
        name: span.slice(doc.text).to_string(),
        entity: None,
        mention: Some(span),
        method,
    }
}

/// An unnamed source from its noun at `start`: the descriptive phrase runs to the addressee,
/// the complementizer, a comma or a word with a preposition attached (`مصادر في ديوان محافظة
/// البصرة`, `ناشطون في البصرة`, `a ministry spokesman`).
fn source_speaker(doc: &Doc, start: usize) -> Speaker {
    let mut end = start;
    while end + 1 < doc.tokens.len()
        && end - start < 6
        && doc.same_sentence(start, end + 1)
        && doc.tokens[end + 1].is_word()
        && !doc.tokens[end + 1].has_proclitic()
        && !doc.cues.is_cue(&doc.tokens[end + 1])
        && !doc.cues.is_complementizer(&doc.tokens[end + 1])
        && !doc.tokens[end + 1].key.starts_with('ل')
        && !matches!(
            doc.tokens[end + 1].key.as_str(),
            "to" | "that" | "on" | "said"
        )
    {
        end += 1;
    }
    let span = NormSpan::new(
        doc.tokens[start].name_span().start,
        doc.tokens[end].span.end,
    );
    let refers_back = (start..=end).any(|i| doc.cues.is_sameness_marker(&doc.tokens[i]));
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

/// `"...," Jonas Weber, who leads the union, said`: after the quote's closing marks, a speaker
/// name, an appositive between commas, then the speech verb; its index.
fn cue_after_appositive(doc: &Doc, closing: usize, last_content: usize) -> Option<usize> {
    let name = (closing..(closing + 3).min(doc.tokens.len()))
        .find(|&i| doc.tokens[i].kind != TokenKind::Punctuation)?;
    let (span, entity) = doc.mention_starting_at(name)?;
    if !doc.is_speaker_entity(entity) || !doc.same_sentence(name, last_content) {
        return None;
    }
    let comma = doc.token_at_or_after(span.end);
    if doc.tokens.get(comma).is_none_or(|t| t.key != ",") {
        return None;
    }
    let cue = (comma + 1..(comma + 1 + APPOSITIVE_WINDOW).min(doc.tokens.len()))
        .take_while(|&j| doc.same_sentence(j, name))
        .find(|&j| doc.tokens[j].key == ",")?
        + 1;
    doc.tokens
        .get(cue)
        .is_some_and(|t| doc.cues.is_speech_verb(t))
        .then_some(cue)
}

/// `Smith, who heads the union, said` / `Smith, 52, said`: the name before a comma-enclosed
/// appositive that ends right before the cue.
fn subject_before_appositive(doc: &Doc, cue: usize) -> Option<(NormSpan, usize)> {
    let closing = cue.checked_sub(1)?;
    if !matches!(doc.tokens[closing].key.as_str(), "," | "،") {
        return None;
    }
    let opening = (closing.saturating_sub(APPOSITIVE_WINDOW)..closing)
        .rev()
        .take_while(|&j| doc.same_sentence(j, cue) && !doc.cues.is_cue(&doc.tokens[j]))
        .find(|&j| matches!(doc.tokens[j].key.as_str(), "," | "،"))?;
    doc.mention_ending_at(opening.checked_sub(1)?)
        .filter(|&(_, e)| doc.is_speaker_entity(e))
}

/// The PERSON mention right before `of`/`at`/`from` + the organization at `affiliation`.
fn person_before_affiliation(doc: &Doc, affiliation: NormSpan) -> Option<(NormSpan, usize)> {
    let first = doc.token_at_or_after(affiliation.start);
    let preposition = first.checked_sub(1)?;
    if !matches!(doc.tokens[preposition].key.as_str(), "of" | "at" | "from") {
        return None;
    }
    let (span, person) = doc.mention_ending_at(preposition.checked_sub(1)?)?;
    (doc.entities[person].label == Label::Person).then_some((span, person))
}

fn entity_speaker(doc: &Doc, span: NormSpan, entity: usize) -> Speaker {
    Speaker {
        name: doc.entities[entity].name.clone(),
        entity: Some(entity),
        mention: Some(span),
        method: AttributionMethod::Explicit,
    }
}

fn unresolved() -> Speaker {
    Speaker {
        name: String::new(),
        entity: None,
        mention: None,
        method: AttributionMethod::Unresolved,
    }
}

/// Attributes candidates in text order, carrying the current speaker forward for implicit cues.
fn resolve_speakers(doc: &Doc, candidates: Vec<Candidate>) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(candidates.len());
    let mut current: Option<Speaker> = None;
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    for c in candidates {
        if !seen.insert((c.span.start, c.span.end)) {
            continue;
        }
        let explicit = c.cue.and_then(|cue| explicit_speaker(doc, cue));
        let speaker = match explicit {
            // `المصادر ذاتها` / `the same sources`: the source named before, seen again here.
            Some(s) if s.method == AttributionMethod::Implicit => match &current {
                Some(earlier) if earlier.entity.is_none() => Speaker {
                    name: earlier.name.clone(),
                    entity: None,
                    mention: s.mention,
                    method: AttributionMethod::Explicit,
                },
                _ => Speaker {
                    method: AttributionMethod::Explicit,
                    ..s
                },
            },
            Some(s) => s,
            None => {
                let pronoun_or_prodrop = c.cue.is_some();
                // `he said` is a person, `it said` an organization: the current speaker only if
                // it fits, else the last mention that does.
                let referent = c.cue.map_or(Referent::Any, |cue| subject_pronoun(doc, cue));
                let implicit = current
                    .clone()
                    .filter(|s| referent.fits(s.entity.map(|e| doc.entities[e].label)))
                    .or_else(|| match referent {
                        Referent::Organization => doc
                            .last_organization_before(c.span.start)
                            .map(|(span, e)| entity_speaker(doc, span, e)),
                        _ => last_person_before(doc, c.span.start),
                    });
                match implicit {
                    Some(s) if pronoun_or_prodrop || c.kind == QuoteKind::Direct => Speaker {
                        mention: None,
                        method: AttributionMethod::Implicit,
                        ..s
                    },
                    _ => unresolved(),
                }
            }
        };
        if speaker.method != AttributionMethod::Unresolved {
            current = Some(speaker.clone());
        }
        let confidence = match speaker.method {
            AttributionMethod::Explicit => 0.85,
            AttributionMethod::Implicit => 0.6,
            AttributionMethod::Unresolved => 0.3,
        } * if c.unclosed || c.start_inferred {
            0.8
        } else {
            1.0
        };
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
    quotes
}

/// What a pronoun subject of the cue says about the speaker.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Referent {
    Person,
    Organization,
    Any,
}

impl Referent {
    /// Whether a speaker with this entity label (None: a descriptive phrase) can be meant.
    fn fits(self, label: Option<Label>) -> bool {
        match (self, label) {
            (Referent::Any, _) | (_, None) => true,
            (Referent::Person, Some(label)) => label == Label::Person,
            (Referent::Organization, Some(label)) => label != Label::Person,
        }
    }
}

/// The English pronoun right before or after the cue (`he said`, `said she`, `it reported`).
fn subject_pronoun(doc: &Doc, cue: usize) -> Referent {
    if doc.cues.language != Language::English {
        return Referent::Any;
    }
    // `it also reported`: an adverb may stand between.
    let before = cue.checked_sub(1).map(|i| {
        if i > 0 && doc.cues.is_function_word(&doc.tokens[i]) {
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
            // After the cue `it` starts the clause (`said it would ...`).
            "it" if i < cue => return Referent::Organization,
            _ => {}
        }
    }
    Referent::Any
}

fn last_person_before(doc: &Doc, pos: usize) -> Option<Speaker> {
    doc.last_person_before(pos)
        .map(|(span, e)| entity_speaker(doc, span, e))
}
