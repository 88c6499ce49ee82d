//! Attribution over the whole article: each candidate, in text order, takes the explicit speaker
//! of its cue when there is one; otherwise the speaker the article is quoting (carried from the
//! last attributed quote) when the cue's pronoun fits, else the last fitting mention; else it
//! stays UNRESOLVED. Never a guess without evidence.

use rustc_hash::FxHashSet;

use super::phrase::entity_speaker;
use crate::quotes::document::Doc;
use crate::quotes::language::Referent;
use crate::quotes::types::{AttributionMethod, Candidate, Quote, QuoteKind, Speaker};

/// Attributes candidates in text order, carrying the current speaker forward for implicit cues.
pub(in crate::quotes) fn resolve_speakers(doc: &Doc, candidates: Vec<Candidate>) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(candidates.len());
    let mut current: Option<Speaker> = None;
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    for c in candidates {
        if !seen.insert((c.span.start, c.span.end)) {
            continue;
        }
        let explicit = c.cue.and_then(|cue| doc.explicit_speaker(cue));
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
                let referent = c
                    .cue
                    .map_or(Referent::Any, |cue| doc.lang.referent(doc, cue));
                let implicit = current
                    .clone()
                    .filter(|s| referent.fits(s.entity.map(|e| doc.entities[e].label)))
                    .or_else(|| match referent {
                        Referent::Organization => doc
                            .last_organization_before(c.span.start)
                            .map(|(span, e)| entity_speaker(doc, span, e)),
                        _ => doc
                            .last_person_before(c.span.start)
                            .map(|(span, e)| entity_speaker(doc, span, e)),
                    });
                match implicit {
                    Some(s) if pronoun_or_prodrop || c.kind == QuoteKind::Direct => Speaker {
                        mention: None,
                        method: AttributionMethod::Implicit,
                        ..s
                    },
                    _ => Speaker::unresolved(),
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
