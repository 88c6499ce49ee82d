//! Named entities: mentions found over the tokens, then grouped into one entity per real-world
//! thing with a canonical name and the roles that introduce it.
//!
//! Names (PERSON, ORGANIZATION, LOCATION, MISC) come from a trained sequence tagger per language
//! (`tagger/`); dates, times, money and percentages from rules (`rules.rs`). Without a trained
//! model for the language, names fall back to a gazetteer learned from the training splits
//! (`naba build lexicons`) with given-name and title evidence (`arabic.rs`, `english.rs`).
//! Mention spans never include an attached proclitic (`بالبصرة` gives `البصرة`).
//! Spans are over the normalized text; the pipeline maps them back.

mod arabic;
pub(crate) use arabic::is_any_title_head as is_arabic_title_head;
pub(crate) use arabic::is_honorific as is_arabic_honorific;
pub(crate) use arabic::title_held_by_a_woman;
mod arabic_organizations;
pub(crate) use arabic_organizations::is_institution_head;
mod arabic_places;
mod arabic_quoted_names;
pub(crate) use arabic_places::is_place_head;
mod english;
mod grouping;
mod refine;
pub(crate) use refine::is_title_part;
pub(crate) use rules::is_weekday;
mod rules;
pub mod tagger;
#[cfg(test)]
mod testing;

use std::sync::Arc;

use crate::cancel::{Cancellation, Cancelled};
use crate::resources::Lexicons;
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::Token;

pub use crate::label::Label;
pub use grouping::Entity;
pub use tagger::Tagger;

/// Where a mention came from; decides overlaps (higher wins on equal length).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    Gazetteer,
    GivenName,
    Title,
    Tagger,
    Rule,
}

/// One mention before grouping.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityMention {
    pub span: NormSpan,
    pub label: Label,
    pub confidence: f32,
    /// First and one-past-last token of the mention.
    pub tokens: (usize, usize),
    pub(crate) evidence: Evidence,
}

/// Finds and groups entities.
#[derive(Clone, Debug)]
pub struct EntityRecognizer {
    lexicons: Arc<Lexicons>,
    arabic: Option<Tagger>,
    english: Option<Tagger>,
}

impl EntityRecognizer {
    /// A recognizer with the given taggers (None: the lexicon fallback for that language).
    pub fn new(lexicons: Arc<Lexicons>, arabic: Option<Tagger>, english: Option<Tagger>) -> Self {
        EntityRecognizer {
            lexicons,
            arabic,
            english,
        }
    }

    /// The lexicons the recognizer reads.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The tagger of a language, if one is trained.
    pub fn tagger(&self, language: Language) -> Option<&Tagger> {
        match language {
            Language::Arabic => self.arabic.as_ref(),
            Language::English => self.english.as_ref(),
            Language::Other => None,
        }
    }

    /// The tagger's name mentions alone (no values, no grouping): what the tagger benchmark
    /// measures. Nothing when the language has no tagger.
    pub fn tag_names(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        language: Language,
    ) -> Vec<EntityMention> {
        let mut out = Vec::new();
        if let Some(tagger) = self.tagger(language) {
            let never = Cancellation::new();
            let _ = tagger.find_names(
                text,
                tokens,
                sentence_of_token,
                &self.lexicons,
                &never,
                &mut out,
            );
        }
        out
    }

    /// Entities of a document, ordered by first mention. `sentence_of_token` gives each token's
    /// sentence (the tagger works a sentence at a time).
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        language: Language,
    ) -> Vec<Entity> {
        let never = Cancellation::new();
        self.recognize_cancellable(text, tokens, sentence_of_token, language, &never)
            .unwrap_or_default()
    }

    /// `recognize`, stopping early (between two sentences of the tagger) once `cancel` is raised.
    pub fn recognize_cancellable(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_of_token: &[usize],
        language: Language,
        cancel: &Cancellation,
    ) -> Result<Vec<Entity>, Cancelled> {
        if language == Language::Other {
            return Ok(Vec::new());
        }
        let mut candidates = Vec::new();
        rules::find_values(text, tokens, language, &mut candidates);
        match self.tagger(language) {
            Some(tagger) => tagger.find_names(
                text,
                tokens,
                sentence_of_token,
                &self.lexicons,
                cancel,
                &mut candidates,
            )?,
            None => self.find_gazetteer_names(text, tokens, language, &mut candidates),
        }
        if language == Language::Arabic {
            let names: Vec<EntityMention> = candidates
                .iter()
                .filter(|m| m.label.is_name())
                .cloned()
                .collect();
            arabic_organizations::find_organizations(
                text,
                tokens,
                sentence_of_token,
                &names,
                &self.lexicons,
                &mut candidates,
            );
            arabic_organizations::find_spelled_acronyms(text, tokens, &mut candidates);
            arabic_quoted_names::find_quoted_names(text, tokens, &self.lexicons, &mut candidates);
            if self.tagger(language).is_some() {
                arabic::find_persons_after_honorifics(
                    text,
                    tokens,
                    &self.lexicons,
                    &mut candidates,
                );
                arabic::find_appositive_persons(text, tokens, &self.lexicons, &mut candidates);
                arabic::find_persons_after_titles(
                    text,
                    tokens,
                    &names,
                    &self.lexicons,
                    &mut candidates,
                );
                arabic::find_kin_persons(text, tokens, &names, &self.lexicons, &mut candidates);
            }
            arabic_places::find_places(
                text,
                tokens,
                sentence_of_token,
                &names,
                &self.lexicons,
                &mut candidates,
            );
        }
        if self.tagger(language).is_none() {
            match language {
                Language::Arabic => {
                    arabic::find_persons(text, tokens, &self.lexicons, &mut candidates)
                }
                Language::English => {
                    english::find_names(text, tokens, &self.lexicons, &mut candidates)
                }
                Language::Other => {}
            }
        }
        let mut mentions = resolve_overlaps(candidates, tokens.len());
        if language == Language::Arabic {
            arabic::with_latin_runs(text, tokens, &mut mentions);
        }
        let mut mentions = refine::refine(text, tokens, mentions, &self.lexicons);
        if language == Language::English {
            english::organizations_by_descriptor(text, tokens, &mut mentions);
            english::with_channel_numbers(text, tokens, &mut mentions);
            english::with_place_kinds(text, tokens, &mut mentions);
            english::with_organization_complements(text, tokens, &mut mentions);
            english::without_members_titles(tokens, &mut mentions);
            english::without_leading_article(text, tokens, &mut mentions);
        }
        Ok(grouping::group(
            text,
            tokens,
            mentions,
            language,
            &self.lexicons,
        ))
    }

    /// Longest gazetteer match at each token; the first token is matched without its proclitics.
    fn find_gazetteer_names(
        &self,
        text: &str,
        tokens: &[Token],
        language: Language,
        out: &mut Vec<EntityMention>,
    ) {
        let max = self.lexicons.gazetteer_max_tokens;
        let mut key = String::new();
        for start in 0..tokens.len() {
            if !tokens[start].is_word() {
                continue;
            }
            if language == Language::English
                && !tokens[start]
                    .span
                    .slice(text)
                    .starts_with(char::is_uppercase)
            {
                continue;
            }
            let first_span = tokens[start].name_span();
            for n in (1..=max.min(tokens.len() - start)).rev() {
                key.clear();
                key.push_str(tokens[start].name_key());
                let mut ok = true;
                for token in &tokens[start + 1..start + n] {
                    if !(token.is_word() || token.kind == crate::tokens::TokenKind::Number) {
                        ok = false;
                        break;
                    }
                    key.push(' ');
                    key.push_str(&token.key);
                }
                if !ok {
                    continue;
                }
                if let Some(&label) = self.lexicons.gazetteer.get(&key) {
                    let end = tokens[start + n - 1].span.end;
                    out.push(EntityMention {
                        span: NormSpan::new(first_span.start, end),
                        label,
                        confidence: 0.6,
                        tokens: (start, start + n),
                        evidence: Evidence::Gazetteer,
                    });
                    break;
                }
            }
        }
    }
}

/// Token `i` may be the seat of the office named before it (`المندوب الجهوي للتربية بمدنين`): a
/// word beginning with `ب` that the segmenter left whole (it knows few small towns), right after
/// the office's domain with `لـ` (`للتربية`, `للصحة`; not an adjective, `السابق بان كي مون`).
/// The entity stage cuts it from the name after it, the quote stage from the speaker.
pub(crate) fn may_be_seat_of_office(tokens: &[crate::tokens::Token], i: usize) -> bool {
    let word = &tokens[i];
    i > 0
        && tokens[i - 1].is_word()
        && tokens[i - 1].key.starts_with("لل")
        && word.segments.is_empty()
        && word.key.starts_with('ب')
}

/// True for a title or role word that can stand between a speech verb and a name
/// (`قال رئيس الوزراء مصطفى الكاظمي`, `said Prime Minister ...`); `key` is a SEARCH key.
pub fn is_title_word(key: &str) -> bool {
    arabic::is_title_head(key) || english::is_title(key)
}

/// Keeps the best of overlapping mentions: longer first, then stronger evidence. Mentions never
/// share a token, which a token occupancy map checks in linear time.
fn resolve_overlaps(mut candidates: Vec<EntityMention>, token_count: usize) -> Vec<EntityMention> {
    candidates.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(b.evidence.cmp(&a.evidence))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut occupied = vec![false; token_count];
    let mut kept: Vec<EntityMention> = Vec::new();
    for candidate in candidates {
        let (a, b) = candidate.tokens;
        if occupied[a..b].iter().all(|t| !t) {
            occupied[a..b].iter_mut().for_each(|t| *t = true);
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|m| m.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use crate::cancel::{Cancellation, Cancelled};
    use crate::pipeline::Pipeline;
    use crate::text::lang::Language;

    /// The tagger looks at the flag before each sentence, so a run cancelled while the stage is
    /// under way stops there (the pipeline's own checks are only between stages).
    #[test]
    fn the_tagger_stops_when_its_run_is_cancelled() {
        let pipeline = Pipeline::load().unwrap();
        let text = "قال رئيس الوزراء مصطفى الكاظمي إن الوضع مستقر. ".repeat(50);
        let analysis = pipeline.analyze(&text, Language::Arabic, true);
        let recognize = |cancel: &Cancellation| {
            pipeline.recognizer().recognize_cancellable(
                &analysis.normalized.text,
                &analysis.tokens,
                &analysis.sentence_of_token,
                Language::Arabic,
                cancel,
            )
        };
        let found = recognize(&Cancellation::new()).expect("not cancelled");
        assert!(found.iter().any(|e| e.name == "مصطفى الكاظمي"));
        let cancelled = Cancellation::new();
        cancelled.cancel();
        assert_eq!(recognize(&cancelled).unwrap_err(), Cancelled);
    }
}
