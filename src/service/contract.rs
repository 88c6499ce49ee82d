//! The promises a response keeps about its spans, checked: what the fuzz target (`fuzz/`), the
//! regression test of its corpus (`tests/fuzz_corpus.rs`) and the property tests assert on any
//! input. Not a validator for callers: a response that breaks one of these is a bug in naba.
//!
//! - every span is half-open, in bounds, on character boundaries, and slices its own `text`;
//! - sentences and tokens are sorted and disjoint; quotes are in text order;
//! - every speaker `entity_index` points at an entity;
//! - UTF-16 and code-point spans of the same request slice what the UTF-8 spans slice.

use crate::pipeline::Pipeline;
use crate::proto::{self, EnrichRequest, EnrichResponse, OffsetEncoding};
use crate::service::{enrich_in_process, Limits};

/// Enriches `text` with every feature in each offset unit and checks every promise above. A
/// refused request (empty text, a bad language code) is fine; a panic or a broken promise is not.
pub fn check_document(pipeline: &Pipeline, text: &str, language_code: &str) -> Result<(), String> {
    let enrich = |encoding: OffsetEncoding| {
        let request = EnrichRequest {
            text: text.to_string(),
            language_code: language_code.to_string(),
            features: vec![
                proto::Feature::NormalizedText as i32,
                proto::Feature::Sentences as i32,
                proto::Feature::Tokens as i32,
                proto::Feature::Entities as i32,
                proto::Feature::Quotes as i32,
            ],
            offset_encoding: encoding as i32,
            ..Default::default()
        };
        enrich_in_process(pipeline, request, &Limits::default())
    };
    let Ok(utf8) = enrich(OffsetEncoding::Utf8) else {
        return Ok(());
    };
    check_utf8_response(text, &utf8)?;
    let utf16 = enrich(OffsetEncoding::Utf16).map_err(|e| format!("utf16 refused: {e}"))?;
    let code_points = enrich(OffsetEncoding::Utf32).map_err(|e| format!("utf32 refused: {e}"))?;
    check_offset_units(text, &utf8, &utf16, &code_points)
}

/// Checks a UTF-8-offset response against `text`. `Err` says which span broke which promise.
pub fn check_utf8_response(text: &str, response: &EnrichResponse) -> Result<(), String> {
    for sentence in &response.sentences {
        slices(text, sentence.span.as_ref(), &sentence.text, "sentence")?;
    }
    for token in &response.tokens {
        slices(text, token.span.as_ref(), &token.text, "token")?;
        for segment in &token.segments {
            slices(text, segment.span.as_ref(), &segment.text, "segment")?;
        }
    }
    for entity in &response.entities {
        for mention in &entity.mentions {
            slices(text, mention.span.as_ref(), &mention.text, "mention")?;
        }
    }
    for quote in &response.quotes {
        slices(text, quote.span.as_ref(), &quote.text, "quote")?;
        if let Some(cue) = &quote.cue {
            slices(text, cue.span.as_ref(), &cue.text, "cue")?;
        }
        if let Some(speaker) = &quote.speaker {
            if let Some(index) = speaker.entity_index {
                if index as usize >= response.entities.len() {
                    return Err(format!(
                        "speaker entity_index {index} with {} entities",
                        response.entities.len()
                    ));
                }
            }
            if let Some(mention) = &speaker.mention {
                slices(
                    text,
                    mention.span.as_ref(),
                    &mention.text,
                    "speaker mention",
                )?;
            }
        }
    }
    let spans = |items: &mut dyn Iterator<Item = Option<&proto::Span>>| -> Vec<(u32, u32)> {
        items.flatten().map(|s| (s.start, s.end)).collect()
    };
    sorted_and_disjoint(
        &spans(&mut response.sentences.iter().map(|s| s.span.as_ref())),
        "sentences",
    )?;
    sorted_and_disjoint(
        &spans(&mut response.tokens.iter().map(|t| t.span.as_ref())),
        "tokens",
    )?;
    let quote_starts = spans(&mut response.quotes.iter().map(|q| q.span.as_ref()));
    if quote_starts.windows(2).any(|pair| pair[0].0 > pair[1].0) {
        return Err(format!("quotes out of text order: {quote_starts:?}"));
    }
    Ok(())
}

/// Checks that the UTF-16 and code-point responses to the same request give the spans of the
/// UTF-8 one, converted: each slices the same substring of `text`.
pub fn check_offset_units(
    text: &str,
    utf8: &EnrichResponse,
    utf16: &EnrichResponse,
    code_points: &EnrichResponse,
) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    let all = |r: &EnrichResponse| -> Vec<proto::Span> {
        let mut spans = Vec::new();
        spans.extend(r.sentences.iter().filter_map(|s| s.span));
        spans.extend(r.tokens.iter().filter_map(|t| t.span));
        for entity in &r.entities {
            spans.extend(entity.mentions.iter().filter_map(|m| m.span));
        }
        spans.extend(r.quotes.iter().filter_map(|q| q.span));
        spans
    };
    let (a, b, c) = (all(utf8), all(utf16), all(code_points));
    if a.len() != b.len() || a.len() != c.len() {
        return Err(format!(
            "span counts differ by offset unit: utf8 {}, utf16 {}, code points {}",
            a.len(),
            b.len(),
            c.len()
        ));
    }
    for ((s8, s16), s32) in a.iter().zip(&b).zip(&c) {
        let expected = text
            .get(s8.start as usize..s8.end as usize)
            .ok_or_else(|| format!("utf8 span {s8:?} does not slice the text"))?;
        let in_utf16 = units
            .get(s16.start as usize..s16.end as usize)
            .and_then(|u| String::from_utf16(u).ok())
            .ok_or_else(|| format!("utf16 span {s16:?} does not slice the text"))?;
        let in_chars: String = chars
            .get(s32.start as usize..s32.end as usize)
            .ok_or_else(|| format!("code-point span {s32:?} does not slice the text"))?
            .iter()
            .collect();
        if in_utf16 != expected || in_chars != expected {
            return Err(format!(
                "utf8 {s8:?} slices {expected:?}, utf16 {s16:?} {in_utf16:?}, code points {s32:?} {in_chars:?}"
            ));
        }
    }
    Ok(())
}

fn slices(
    text: &str,
    span: Option<&proto::Span>,
    expected: &str,
    what: &str,
) -> Result<(), String> {
    let span = span.ok_or_else(|| format!("{what} has no span"))?;
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > text.len() {
        return Err(format!(
            "{what} {start}..{end} out of bounds ({} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what} {start}..{end} not on character boundaries"));
    }
    if &text[start..end] != expected {
        return Err(format!(
            "{what} {start}..{end} slices {:?}, its text says {expected:?}",
            &text[start..end]
        ));
    }
    Ok(())
}

fn sorted_and_disjoint(spans: &[(u32, u32)], what: &str) -> Result<(), String> {
    match spans.windows(2).find(|pair| pair[0].1 > pair[1].0) {
        Some(pair) => Err(format!("{what} overlap or are out of order: {pair:?}")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: u32, end: u32) -> Option<proto::Span> {
        Some(proto::Span { start, end })
    }

    #[test]
    fn catches_a_span_off_a_boundary_a_bad_index_and_an_overlap() {
        let text = "قال: نعم";
        let mut response = EnrichResponse {
            sentences: vec![proto::Sentence {
                text: "قال".into(),
                span: span(0, 6),
                ..Default::default()
            }],
            ..Default::default()
        };
        assert_eq!(check_utf8_response(text, &response), Ok(()));
        response.sentences[0].span = span(0, 5);
        assert!(check_utf8_response(text, &response)
            .unwrap_err()
            .contains("boundaries"));
        response.sentences[0].span = span(0, 6);
        response.quotes.push(proto::Quote {
            text: "نعم".into(),
            span: span(8, 14),
            speaker: Some(proto::Speaker {
                entity_index: Some(0),
                ..Default::default()
            }),
            ..Default::default()
        });
        assert!(check_utf8_response(text, &response)
            .unwrap_err()
            .contains("entity_index"));
        response.quotes.clear();
        response.sentences.push(proto::Sentence {
            text: "ال: نعم".into(),
            span: span(2, 14),
            ..Default::default()
        });
        assert!(check_utf8_response(text, &response)
            .unwrap_err()
            .contains("overlap"));
    }
}
