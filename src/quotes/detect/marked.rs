//! Quoted runs (paired by `marks.rs`) that are quotes: their kind and cue. Marks around a name or
//! a title (`زعيم "الحشد الشعبي"`, `the so-called "reform"`) are not quotes: a short run with
//! no cue nearby, after a preposition, shaped like a name, or exactly an entity is dropped. The
//! kind is DIRECT when only the speaker, a complementizer or a colon stands between the cue and
//! the quote (or the cue follows it), else PARTIAL.

use rustc_hash::FxHashMap;

use crate::quotes::document::{is_quote_mark, trim_span, Doc};
use crate::quotes::marks::QuotedRun;
use crate::quotes::speaker::explicit::APPOSITIVE_WINDOW;
use crate::quotes::types::{Candidate, QuoteKind};
use crate::text::NormSpan;
use crate::tokens::TokenKind;

/// How far before the opening mark its cue may be, in tokens (`وقال وزير المالية خالد الدوري
/// في مؤتمر صحافي "...`).
const CUE_WINDOW: usize = 12;
/// How far before the opening mark a speech verb may be when only its speaker and the occasion
/// stand between, no complementizer, other cue or quote (`وقال وزير الدولة الإماراتي للشؤون
/// الخارجية أنور قرقاش في تغريدة على حسابه في تويتر "...`: fifteen tokens).
const FAR_CUE_WINDOW: usize = 30;
/// How far before a colon and the opening mark after it the sentence's cue may be: the colon
/// says the words follow, the occasion and names in marks may run long before it (`وأضاف
/// الجورشي في مداخلة له اليوم في برنامج "صباح الورد" على "الجوهرة أف أم": "...`: eighteen).
const COLON_CUE_WINDOW: usize = 30;
/// A quoted run with no cue near it and at most this many words is a title, a slogan or scare
/// quotes; a longer one is someone's words whose cue is farther away.
const CUELESS_PARTIAL_WORDS: usize = 6;
/// How far after the closing mark its cue may be (`"...," Authenti-corp's CEO, Cynthia
/// Musselman, told ...`).
const CUE_AFTER_WINDOW: usize = 12;
/// Quoted runs of at most this many words need evidence to be quotes (`"reform"`, `"الهلال
/// الأحمر"` are names); longer ones are quotes when they stand alone.
const SHORT_RUN_WORDS: usize = 3;
/// How close before its cue the first half of a split quote closes (`"...," Mr Brown told`:
/// the mark, then two words).
const SPLIT_QUOTE_GAP: usize = 4;

/// The speech verb of the sentence, farther than `CUE_WINDOW` before the opening mark at
/// `open_token` (`near_start` is where the near window began): words, names in marks and commas
/// between, none of them a cue, a complementizer or a colon (which have windows of their own), and
/// quoted words long enough not to be a name (`خلال زيارته لمشروع "الأمل"`). Not when the verb's
/// complementizer follows the closing mark at `close` (`وقال في تصريح على هامش ندوة حول "..."،
/// إنه ...`): the marks hold the occasion's title, and the words come after.
fn far_speech_verb(
    doc: &Doc,
    open_token: usize,
    close: Option<usize>,
    near_start: usize,
    words: usize,
) -> Option<usize> {
    if words <= SHORT_RUN_WORDS {
        return None;
    }
    // The nearest cue before the near window: no cue stands between it and the mark.
    let from = open_token.saturating_sub(FAR_CUE_WINDOW);
    let cue = (from..near_start)
        .rev()
        .take_while(|&i| doc.same_sentence(i, open_token - 1))
        .find(|&i| doc.is_cue(i))?;
    if !doc.is_speech_verb(cue) {
        return None;
    }
    let mut i = cue + 1;
    while i < open_token {
        if let Some(next) = doc.after_quoted_name(i) {
            i = next;
            continue;
        }
        let t = &doc.tokens[i];
        let plain = (t.is_word() || t.is_comma()) && !doc.lang.is_complementizer(t);
        if !plain {
            return None;
        }
        i += 1;
    }
    let complementizer_after = close.is_some_and(|close| {
        (close + 1..doc.tokens.len())
            .take_while(|&k| doc.same_sentence(close, k) && !doc.is_cue(k))
            .any(|k| doc.lang.is_complementizer(&doc.tokens[k]))
    });
    (!complementizer_after).then_some(cue)
}

/// Whether a word of the same sentence follows the mark at `close` that ends the run; with none,
/// the run went to the end of its paragraph or of its sentence.
fn sentence_goes_on_after(doc: &Doc, close: Option<usize>) -> bool {
    close.is_some_and(|close| {
        doc.tokens
            .get(close + 1)
            .is_some_and(|t| t.is_word() && doc.same_sentence(close, close + 1))
    })
}

/// The reported clause (sorted by start) that contains `span`, if any.
pub(in crate::quotes) fn enclosing_clause(
    clauses: &[Candidate],
    span: NormSpan,
) -> Option<&Candidate> {
    let after = clauses.partition_point(|c| c.span.start <= span.start);
    clauses[..after]
        .iter()
        .rev()
        .take(2)
        .find(|c| c.span.end >= span.end && c.span != span)
}

/// Decides whether a quoted run is a quote, and its kind and cue. `clauses` are the reported
/// clauses, sorted by start: a run inside one takes its cue, however far the cue is.
pub(in crate::quotes) fn classify_run(
    doc: &Doc,
    run: &QuotedRun,
    clauses: &[Candidate],
    cue_of_mark: &FxHashMap<usize, usize>,
) -> Option<Candidate> {
    let mut content = run.content;
    let mut start_inferred = false;
    let open_token = match run.open {
        Some(open) => doc.token_at_or_after(open),
        None => {
            // A stray closing mark: the quote most plausibly began after the last complementizer
            // or colon of the stretch, in the sentence the mark closes (a period the writer
            // ended a sentence with is no part of the quote: `أكد إنه ... . وأضاف في ندوة
            // بعنوان" ...`); with none, it is not reported.
            let last = doc.token_at_or_after(content.end);
            let first = doc
                .token_at_or_after(content.start)
                .max(doc.sentence_start(last.min(doc.tokens.len() - 1)));
            let anchor = (first..last).rev().find(|&i| {
                doc.lang.is_complementizer(&doc.tokens[i]) || doc.tokens[i].key == ":"
            })?;
            content = NormSpan::new(doc.tokens[anchor].span.end, content.end);
            start_inferred = true;
            anchor
        }
    };
    let mut content = trim_span(doc.text, content);
    // `"...," he said`: the comma belongs to the writer's sentence, not to the quote.
    // A quote never closed ends with its paragraph, whose period is the writer's: without it the
    // quote lies inside the reported clause that holds it (`أكد X أن التصريحات "ليست بجديدة.`).
    let writers_stop: &[char] = if run.unclosed {
        &[',', '،', '.']
    } else {
        &[',', '،']
    };
    while let Some(stripped) = content.slice(doc.text).strip_suffix(writers_stop) {
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
    // The mark that ends the run, if one does: a quote never closed ends with its paragraph,
    // and `last` is then the next paragraph's first token.
    let close = doc
        .tokens
        .get(last)
        .is_some_and(is_quote_mark)
        .then_some(last);
    let words = doc.tokens[first..last]
        .iter()
        .filter(|t| t.is_word())
        .count();
    if words == 0 {
        return None;
    }
    // Exactly an entity: a name in marks, not a quote; so is what a title noun names
    // (`تحت عنوان "..."`, `titled "..."`), however long.
    if doc.mention_spans.contains(&(content.start, content.end))
        || (run.open.is_some()
            && open_token > 0
            && doc.lang.names_what_follows(&doc.tokens[open_token - 1]))
    {
        return None;
    }
    // An abbreviation spelled in letters (`الجوهرة "اف ام"`): part of a name.
    if doc.lang.spells_letters(doc, first..last) {
        return None;
    }
    // An epithet in apposition to a name (`الاتحاد الأوروبي، "الشريك الأساسي" للمملكة`): marks
    // around a title, not someone's words; the sentence goes on after it.
    if run.open.is_some() && is_epithet_after_name(doc, open_token, first, last) {
        return None;
    }
    // A headline with no cue quotes its story in a word or two (`Kilroy-Silk quits 'shameful'
    // UKIP`, `Hitachi unveils 'fastest robot'`): words in marks there are a partial quote of a
    // speaker of the story, unless they look like a name (`BBC airs 'The Office'`). A headline
    // quoted whole is direct, as any sentence in marks.
    // Every word in an entity, definite in Arabic, capitalized in English.
    let looks_like_name = (first..last)
        .filter(|&i| doc.tokens[i].is_word())
        .all(|i| doc.in_mention[i] || doc.lang.looks_like_name_word(doc, i));
    if let Some(headline_end) = doc.headline_end().filter(|&end| last <= end) {
        let whole = first <= 1 && last + 1 >= headline_end;
        let cueless = (0..headline_end).all(|i| !doc.is_cue(i));
        if cueless && !whole && run.open.is_some() {
            return (!looks_like_name).then_some(Candidate {
                span: content,
                kind: QuoteKind::Partial,
                cue: None,
                cue_span: None,
                unclosed: run.unclosed,
                start_inferred: false,
            });
        }
    }
    // Cue before the opening mark, in the same sentence.
    let after_colon = open_token > 0 && doc.tokens[open_token - 1].key == ":";
    let window_start = open_token.saturating_sub(if after_colon {
        COLON_CUE_WINDOW
    } else {
        CUE_WINDOW
    });
    let near_cue = (window_start..open_token)
        .rev()
        .take_while(|&i| {
            doc.same_sentence(i, open_token.min(doc.tokens.len() - 1)) || i + 1 == open_token
        })
        .find(|&i| doc.is_cue(i));
    let far_cue = match near_cue {
        Some(_) => None,
        None => far_speech_verb(doc, open_token, close, window_start, words),
    };
    let cue_before = near_cue
        .or(far_cue)
        // A cue farther away whose complementizer opens the quote (`أوضح المستشار ... الدكتور
        // سالم باهمام لـ"الوطن" أن "...`), as the reported-speech detector found it.
        .or_else(|| cue_of_mark.get(&open_token).copied());
    let clause_cue = enclosing_clause(clauses, content).and_then(|c| c.cue);
    let cue_only_from_clause = cue_before.is_none() && clause_cue.is_some();
    // The view a source phrase reports (`بالنسبة لـ X، فإن الأرقام تؤكد "..."`) is the source's
    // all through: a verb inside it is part of the view, not a cue of its own.
    let cue_before = match (cue_before, clause_cue) {
        (Some(near), Some(source)) if near > source && doc.is_source_phrase(source) => Some(source),
        (near, clause) => near.or(clause),
    };
    // Cue after the closing mark, in the quote's sentence: `"...," he said` / `"..." said Smith`.
    let last_content = last.saturating_sub(1);
    // Only the speaker may stand between: names, titles, source nouns, determiners
    // (`"...," BA chairman Martin Broughton said`), or a source phrase (`"..." بحسب بيان`).
    let cue_after = (last..(last + CUE_AFTER_WINDOW).min(doc.tokens.len()))
        .take_while(|&i| {
            let t = &doc.tokens[i];
            doc.same_sentence(i, last_content)
                && (t.kind == TokenKind::Punctuation
                    || doc.is_speech_verb(i)
                    || doc.is_source_phrase(i)
                    || doc.lang.points_back_to_quote(t)
                    || doc.lang.is_pronoun(t)
                    || doc.in_mention[i]
                    || crate::entities::is_title_word(t.name_key())
                    || doc.is_source_noun(i)
                    || doc.lang.is_determiner(t)
                    || doc.lang.is_possessive(t)
                    || doc.is_proper_noun(i))
        })
        .find(|&i| {
            doc.is_speech_verb(i)
                || (doc.is_source_phrase(i)
                    && doc.tokens[last..i]
                        .iter()
                        .all(|t| t.kind == TokenKind::Punctuation))
        })
        .or_else(|| cue_after_appositive(doc, last, last_content));
    // The complement of its cue's complementizer, however far the cue (`أكدت النقابة في بيان
    // ...، بمناسبة ...، أن "..."`): the speaker's words in full. A source phrase (`حسب رأيه، أن
    // "..."`) governs no complementizer: the clause is the writer's.
    let after_complementizer = doc.tokens[..open_token]
        .iter()
        .rev()
        .find(|t| !matches!(t.key.as_str(), ":" | "-"))
        .is_some_and(|t| doc.lang.is_complementizer(t));
    let whole_complement = after_complementizer
        && cue_before.is_some_and(|cue| {
            doc.is_speech_verb(cue) && cue_of_mark.get(&open_token) == Some(&cue)
        });
    let between_is_light = whole_complement
        || cue_before.is_some_and(|cue| {
            // Everything up to the end of the speaker named after the cue belongs to the attribution.
            let speaker_end = doc
                .explicit_speaker(cue)
                .and_then(|s| s.mention)
                .map_or(0, |m| m.end);
            // After a chaining participle comes its object (`داعيا الأهالي إلى "..."`), never a
            // speaker.
            let speaker_may_follow = !doc.is_chaining(cue);
            // An adverb or an addressee (`فقال مخاطبا أنصار الحزب "..."`) leaves the quote direct.
            let aside_end = doc.lang.skip_aside_after_cue(doc, cue, cue + 1);
            // So does one after the speaker (`وقال جلاد موجها كلامه لرئيسة الهيئة "..."`).
            let after_speaker = doc.token_at_or_after(speaker_end).max(cue + 1);
            let aside_after_speaker_end = doc.lang.skip_aside_after_cue(doc, cue, after_speaker);
            let mut i = cue + 1;
            while i < open_token {
                let t = &doc.tokens[i];
                // A name in marks on the way (`لـ"الوطن"`) is part of the attribution.
                if let Some(next) = doc.after_quoted_name(i) {
                    i = next;
                    continue;
                }
                let light = t.span.end <= speaker_end
                    || i < aside_end
                    || (after_speaker..aside_after_speaker_end).contains(&i)
                    || doc.lang.is_complementizer(t)
                    || matches!(t.key.as_str(), ":" | "," | "،" | "-")
                    || (speaker_may_follow && (doc.in_speaker_mention[i] || doc.is_source_noun(i)))
                    || doc.lang.is_pronoun(t)
                    || doc.lang.may_precede_direct_quote(t);
                if !light {
                    return false;
                }
                i += 1;
            }
            true
        });
    let starts_sentence =
        open_token == 0 || !doc.same_sentence(open_token.saturating_sub(1), first);
    // A quoted run that is a whole sentence of its own (`"Nobody lost today."`) is a quote
    // whatever its length.
    let whole_sentence =
        starts_sentence && content.slice(doc.text).ends_with(['.', '!', '?', '؟', '…']);
    // A few quoted words the writer's sentence goes on after (`وصفها بأنها "مغامرة خطيرة"
    // وطالب ...`) are a partial quote, however close the cue.
    let sentence_goes_on = words <= SHORT_RUN_WORDS && sentence_goes_on_after(doc, close);
    // The second half of a quote split by its cue (`"...," Mr Brown told MPs, "but ..."`,
    // `"..."، قال الوزير، "..."`): a quote closed right before the cue, and a comma before
    // this one.
    let after_comma = open_token > 0 && doc.tokens[open_token - 1].is_comma();
    let split_by_cue = after_comma
        && cue_before.is_some_and(|cue| {
            (doc.sentence_start(cue)
                .max(cue.saturating_sub(SPLIT_QUOTE_GAP))..cue)
                .any(|k| is_quote_mark(&doc.tokens[k]))
        });
    let kind = if start_inferred {
        // Only the closing mark survives: the clause is reported speech whose start we inferred.
        QuoteKind::Indirect
    } else if between_is_light && sentence_goes_on {
        QuoteKind::Partial
    } else if between_is_light
        || cue_after.is_some()
        // `وقال أوباما في مؤتمر صحفي بالبيت الأبيض: "..."`: the colon introduces the words
        // as said, whatever circumstance stands between them and the cue.
        || (after_colon && cue_before.is_some())
        // `وقال X في تغريدة على حسابه "..."`: so do the speaker and the occasion alone, when the
        // words close the sentence and the verb takes no noun phrase (after `طالب`, `استنكر`,
        // `توقع` the marks hold its object: `استنكرت الهيئة ... "الجريمة البشعة ..."`).
        || (far_cue.is_some_and(|cue| doc.cue(cue).is_some_and(|w| w.nominal.is_empty()))
            && !sentence_goes_on_after(doc, close))
        || split_by_cue
        || (starts_sentence && words > SHORT_RUN_WORDS)
        || whole_sentence
    {
        QuoteKind::Direct
    } else if cue_before.is_some() || words >= SHORT_RUN_WORDS {
        QuoteKind::Partial
    } else {
        return None;
    };
    // Short quoted phrases with no cue at all are titles or names (`the so-called "reform"`), and
    // so are short ones after a preposition (`لـ "العربي الجديد"`) or standing as the subject of a
    // complementizer (`وعلم "العربي الجديد"، أن ...`).
    if words <= SHORT_RUN_WORDS {
        // `وصفت الحكومة سير الانتخابات بـ"النموذجية"`: after a cue, a preposition may
        // introduce the quoted characterisation itself; so does the preposition of the cue's
        // report (`حذرت النقابة من "تدهور أوضاع المهنة"`).
        let after_preposition = open_token > 0 && {
            let preposition = &doc.tokens[open_token - 1];
            doc.lang.is_preposition(preposition)
                && !cue_before.is_some_and(|cue| {
                    doc.lang.introduces_characterisation(preposition)
                        || doc.cue(cue).is_some_and(|w| w.governs(preposition))
                })
        };
        let closing = last; // the closing mark's token
                            // Quoted words right after their cue's complementizer are its complement (`وصفها بأنها
                            // "..." وبأنها "..."`): a complementizer after them starts the next one, and they are
                            // not the subject of its clause.
        let complement_of_cue = between_is_light
            && cue_before.is_some_and(|cue| {
                (cue + 1..open_token).any(|i| doc.lang.is_complementizer(&doc.tokens[i]))
            });
        let subject_of_clause = !complement_of_cue
            && (closing + 1..(closing + 3).min(doc.tokens.len()))
                .any(|i| doc.lang.is_complementizer(&doc.tokens[i]));
        let nameless = cue_before.is_none() && cue_after.is_none() && !whole_sentence;
        // Inside a reported clause, a few quoted words are the speaker's own when they end a
        // phrase (`إن نتائج حزبه "جد إيجابية"،`); in mid-phrase they are a name
        // (`غريمه "الأصالة والمعاصرة" بثمانين مقعدا`) if they look like one: lower-case words
        // are no name (`still had to "see the light" on the rebate`).
        let mid_phrase = cue_only_from_clause
            && looks_like_name
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
            && looks_like_name;
        // `وفق ما أوردته "العربية"`: the subject of a verb whose object is already in place.
        let subject_of_cue = cue_before
            .is_some_and(|cue| cue + 1 == open_token && doc.lang.subject_comes_next(doc, cue));
        let described = doc.tokens.get(closing + 1).is_some_and(|t| {
            doc.same_sentence(closing, closing + 1) && doc.lang.is_relative_pronoun(t)
        });
        if nameless
            || after_preposition
            || subject_of_clause
            || mid_phrase
            || name_shaped
            || subject_of_cue
            || described
        {
            return None;
        }
    }
    // Quoted words inside the writer's sentence with no cue anywhere near and not in the first
    // person are a title, a slogan or scare quotes (`"القلب النابض للمقاومة"`), not a report.
    if kind == QuoteKind::Partial
        && cue_before.is_none()
        && cue_after.is_none()
        && words <= CUELESS_PARTIAL_WORDS
        && !doc.lang.is_first_person(doc, content)
    {
        return None;
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
        cue_span: cue.map(|i| doc.cue_span(i)),
        unclosed: run.unclosed,
        start_inferred,
    })
}

/// `"...," Jonas Weber, who leads the union, said`: after the quote's closing marks, a speaker
/// name, an appositive between commas, then the speech verb; its index.
/// The most words an epithet in marks has (`"the Iron Lady"`, `"الشريك الأساسي"`).
const MAX_EPITHET_WORDS: usize = 3;

/// True when the quoted words `first..last` (opening mark at `open`) stand right after a name and
/// a comma, every one of them looks like a name word (definite in Arabic, capitalized in
/// English), and the sentence goes on after the closing mark with no cue (an epithet, not a
/// quote ending its sentence).
fn is_epithet_after_name(doc: &Doc, open: usize, first: usize, last: usize) -> bool {
    let words = || (first..last).filter(|&i| doc.tokens[i].is_word());
    let count = words().count();
    if count == 0 || count > MAX_EPITHET_WORDS || open < 2 {
        return false;
    }
    let after_name = doc.tokens[open - 1].is_comma() && doc.in_mention[open - 2];
    // The token after the closing mark continues the sentence (`للمملكة`), not a cue.
    let goes_on = doc.tokens.get(last + 1).is_some_and(|next| {
        next.is_word() && doc.same_sentence(last, last + 1) && !doc.is_cue(last + 1)
    });
    after_name && goes_on && words().all(|i| doc.lang.looks_like_name_word(doc, i))
}

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
    (cue < doc.tokens.len() && doc.is_speech_verb(cue)).then_some(cue)
}

#[cfg(test)]
mod tests {
    use crate::quotes::testing::{check, organization, person, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect, Partial},
    };
    use crate::text::lang::Language;

    #[test]
    fn a_colon_before_the_marks_reaches_back_to_the_sentence_cue() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "وأضاف سامي العلي في مداخلة له اليوم في برنامج \"صباح الخير\" على \"إذاعة المدينة\": \"أتمنى أن يكون الخطاب مختلفا هذه المرة\".",
            &[
                person(&["سامي العلي"]),
                organization(&["صباح الخير"]),
                organization(&["إذاعة المدينة"]),
            ],
            &[seen(
                Direct,
                "أتمنى أن يكون الخطاب مختلفا هذه المرة",
                "أضاف",
                "سامي العلي",
                Explicit,
            )],
        )];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_sentence_speech_verb_reaches_the_marks_past_its_speaker_and_the_occasion() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A long title and the occasion: the words close the sentence, a direct quote.
            (
                "وقال وزير الدولة للشؤون الخارجية والتعاون الدولي سامي العلي في تغريدة على حسابه في تويتر \"لا بد من إطار جديد يعزز أمن المنطقة\".",
                &[person(&["سامي العلي"])],
                &[seen(
                    Direct,
                    "لا بد من إطار جديد يعزز أمن المنطقة",
                    "قال",
                    "سامي العلي",
                    Explicit,
                )],
            ),
            // A relative clause describing the speaker, and the outlet spoken to.
            (
                "وقال كمال الساحلي الذي نقل الطفل من القارب إلى سفينة الإنقاذ لوكالة الأنباء \"كانت أصعب ليلة في حياتي كلها\".",
                &[person(&["كمال الساحلي"])],
                &[seen(
                    Direct,
                    "كانت أصعب ليلة في حياتي كلها",
                    "قال",
                    "كمال الساحلي",
                    Explicit,
                )],
            ),
            // After a verb that takes a noun phrase, the words in marks are its object: partial.
            (
                "وطالب النائب سامي العلي خلال ندوة صحفية عقدها أمس بالعاصمة مع ممثلي جمعيات المرضى \"بإخضاع كل المصحات الخاصة للرقابة\".",
                &[person(&["سامي العلي"])],
                &[seen(
                    Partial,
                    "بإخضاع كل المصحات الخاصة للرقابة",
                    "طالب",
                    "سامي العلي",
                    Explicit,
                )],
            ),
            // Not to the title of the occasion, when the verb's complementizer follows it (the
            // report after `إن` is still missed: the complementizer scan stops at the marks).
            (
                "وقال في تصريح لإذاعة الجوهرة أف أم على هامش ندوة علمية نظمتها الجمعية أمس حول \"مكافحة الفساد في تونس اليوم\"، إن الهيئة تحتاج إلى موارد إضافية.",
                &[],
                &[],
            ),
            // Not to a short name in marks.
            (
                "وقال وزير الدولة للشؤون الخارجية والتعاون الدولي سامي العلي خلال زيارته أمس إلى ولاية القصرين لمشروع \"الأمل\".",
                &[person(&["سامي العلي"])],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_stray_closing_mark_reaches_back_only_within_its_sentence() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A mark glued to the word before in the next sentence closes nothing of the
            // first: that report ends with its sentence, once.
            (
                "وأوضح سامي العلي أن الوضع الأمني صعب جدا. وشارك في ندوة بعنوان\" الأمن والتنمية في الجنوب.",
                &[person(&["سامي العلي"])],
                &[seen(
                    Indirect,
                    "الوضع الأمني صعب جدا",
                    "أوضح",
                    "سامي العلي",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn an_epithet_in_marks_after_a_name_and_a_comma_is_no_quote() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "ويقدم الاتحاد الأوروبي، \"الشريك الأساسي\" للمغرب، دعما ماليا كبيرا.",
                &[organization(&["الاتحاد الأوروبي"])],
                &[],
            ),
            // After a cue and its subject, too: the epithet is no partial quote of the speaker.
            (
                "وأكد الاتحاد الأوروبي، \"الشريك الأساسي\" للمغرب، أن الانتخابات خطوة مهمة.",
                &[organization(&["الاتحاد الأوروبي"])],
                &[seen(
                    Indirect,
                    "الانتخابات خطوة مهمة",
                    "أكد",
                    "الاتحاد الأوروبي",
                    Explicit,
                )],
            ),
            (
                "Margaret Thatcher, \"The Iron Lady\" of British politics, died on Monday.",
                &[person(&["Margaret Thatcher"])],
                &[],
            ),
            // Words in marks that end the sentence, or that a cue follows, are still a quote.
            (
                "وقال الوزير سامي العلي، \"الوضع المستقر\".",
                &[person(&["سامي العلي"])],
                &[seen(Direct, "الوضع المستقر", "قال", "سامي العلي", Explicit)],
            ),
        ];
        for (text, entities, expected) in cases {
            let language = if text.is_ascii() {
                Language::English
            } else {
                Language::Arabic
            };
            check(language, &[(text, entities, expected)]);
        }
    }
}
