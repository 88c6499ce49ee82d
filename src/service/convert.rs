//! Proto <-> domain conversion: request validation into `pipeline::Options`, and the enrichment
//! into the response, with every span converted to the caller's offset unit here, once per
//! response (one linear pass over the text, then a binary search per offset).

use super::error::ServiceError;
use crate::entities::Label;
use crate::normalize::{Profile, Step, Steps};
use crate::pipeline::{Enrichment, Feature, Options};
use crate::proto;
use crate::quotes::{AttributionMethod, QuoteKind};
use crate::text::encoding::OffsetUnit;
use crate::text::lang::parse_language_hint;
use crate::text::{OffsetConverter, OrigSpan};
use crate::tokens::{SegmentRole, TokenKind};

/// A validated request.
pub struct ValidRequest {
    pub options: Options,
    pub unit: OffsetUnit,
}

/// Largest `document_id` accepted, in bytes: an identifier, echoed in every response and log
/// line, not a second payload.
pub const MAX_DOCUMENT_ID_BYTES: usize = 1024;

fn invalid(message: String) -> ServiceError {
    ServiceError::InvalidArgument(message)
}

/// Checks a request and turns it into pipeline options.
pub fn validate_request(
    req: &proto::EnrichRequest,
    max_text_bytes: usize,
) -> Result<ValidRequest, ServiceError> {
    if req.document_id.len() > MAX_DOCUMENT_ID_BYTES {
        return Err(invalid(format!(
            "document_id is {} bytes, over the limit of {MAX_DOCUMENT_ID_BYTES}; send a short \
             identifier (a key or a hash), not the document",
            req.document_id.len()
        )));
    }
    if req.text.is_empty() {
        return Err(invalid(
            "text is empty; send the article text in the `text` field".into(),
        ));
    }
    if req.text.len() > max_text_bytes {
        return Err(ServiceError::TextTooLarge {
            size: req.text.len(),
            limit: max_text_bytes,
        });
    }
    if req.text.trim().is_empty() {
        return Err(invalid(
            "text is only white space; send the article text in the `text` field".into(),
        ));
    }
    let language = if req.language_code.is_empty() {
        None
    } else {
        Some(parse_language_hint(&req.language_code).map_err(invalid)?)
    };
    let mut features = Vec::new();
    for &value in &req.features {
        let feature = match proto::Feature::try_from(value) {
            Ok(proto::Feature::NormalizedText) => Feature::NormalizedText,
            Ok(proto::Feature::Sentences) => Feature::Sentences,
            Ok(proto::Feature::Tokens) => Feature::Tokens,
            Ok(proto::Feature::Entities) => Feature::Entities,
            Ok(proto::Feature::Quotes) => Feature::Quotes,
            Ok(proto::Feature::Unspecified) | Err(_) => {
                return Err(invalid(format!(
                    "features contains {value}, which is not a feature; use FEATURE_NORMALIZED_TEXT (1), FEATURE_SENTENCES (2), FEATURE_TOKENS (3), FEATURE_ENTITIES (4) or FEATURE_QUOTES (5), or leave the list empty for all but tokens"
                )))
            }
        };
        if !features.contains(&feature) {
            features.push(feature);
        }
    }
    if features.is_empty() {
        features = Feature::DEFAULT.to_vec();
    }
    let unit = match proto::OffsetEncoding::try_from(req.offset_encoding) {
        Ok(proto::OffsetEncoding::Unspecified | proto::OffsetEncoding::Utf8) => OffsetUnit::Utf8,
        Ok(proto::OffsetEncoding::Utf16) => OffsetUnit::Utf16,
        Ok(proto::OffsetEncoding::Utf32) => OffsetUnit::CodePoint,
        Err(_) => {
            return Err(invalid(format!(
                "offset_encoding {} is unknown; use OFFSET_ENCODING_UTF8 (1), OFFSET_ENCODING_UTF16 (2) or OFFSET_ENCODING_UTF32 (3)",
                req.offset_encoding
            )))
        }
    };
    let normalization = match &req.normalization {
        None => Steps::of_profile(Profile::Standard),
        Some(options) => normalization_steps(options)?,
    };
    Ok(ValidRequest {
        options: Options {
            features,
            normalization,
            language,
        },
        unit,
    })
}

fn normalization_steps(options: &proto::NormalizationOptions) -> Result<Steps, ServiceError> {
    let profile = match proto::NormalizationProfile::try_from(options.profile) {
        Ok(proto::NormalizationProfile::Unspecified | proto::NormalizationProfile::Standard) => Profile::Standard,
        Ok(proto::NormalizationProfile::Search) => Profile::Search,
        Ok(proto::NormalizationProfile::None) => Profile::None,
        Err(_) => {
            return Err(invalid(format!(
                "normalization.profile {} is unknown; use NORMALIZATION_PROFILE_STANDARD (1), NORMALIZATION_PROFILE_SEARCH (2) or NORMALIZATION_PROFILE_NONE (3)",
                options.profile
            )))
        }
    };
    let mut steps = Steps::of_profile(profile);
    for &value in &options.enable_steps {
        steps = steps.with(step(value, "enable_steps")?);
    }
    for &value in &options.disable_steps {
        steps = steps.without(step(value, "disable_steps")?);
    }
    Ok(steps)
}

fn step(value: i32, field: &str) -> Result<Step, ServiceError> {
    use proto::NormalizationStep as P;
    Ok(match P::try_from(value) {
        Ok(P::Nfc) => Step::Nfc,
        Ok(P::PresentationForms) => Step::PresentationForms,
        Ok(P::Tatweel) => Step::Tatweel,
        Ok(P::Invisibles) => Step::Invisibles,
        Ok(P::Controls) => Step::Controls,
        Ok(P::Whitespace) => Step::Whitespace,
        Ok(P::Diacritics) => Step::Diacritics,
        Ok(P::LetterFolding) => Step::LetterFolding,
        Ok(P::PersianLetters) => Step::PersianLetters,
        Ok(P::Digits) => Step::Digits,
        Ok(P::CaseFold) => Step::CaseFold,
        Ok(P::Punctuation) => Step::Punctuation,
        Ok(P::Unspecified) | Err(_) => {
            return Err(invalid(format!(
                "normalization.{field} contains {value}, which is not a step; use a NORMALIZATION_STEP_* value from 1 to 12"
            )))
        }
    })
}

fn feature_to_proto(feature: Feature) -> proto::Feature {
    match feature {
        Feature::NormalizedText => proto::Feature::NormalizedText,
        Feature::Sentences => proto::Feature::Sentences,
        Feature::Tokens => proto::Feature::Tokens,
        Feature::Entities => proto::Feature::Entities,
        Feature::Quotes => proto::Feature::Quotes,
    }
}

pub fn label_to_proto(label: Label) -> proto::EntityLabel {
    match label {
        Label::Person => proto::EntityLabel::Person,
        Label::Organization => proto::EntityLabel::Organization,
        Label::Location => proto::EntityLabel::Location,
        Label::Misc => proto::EntityLabel::Misc,
        Label::Date => proto::EntityLabel::Date,
        Label::Time => proto::EntityLabel::Time,
        Label::Money => proto::EntityLabel::Money,
        Label::Percent => proto::EntityLabel::Percent,
    }
}

/// Converts spans of one response into the caller's unit.
struct Edge<'a> {
    text: &'a str,
    original: OffsetConverter,
    normalized: Option<OffsetConverter>,
}

impl Edge<'_> {
    fn span(&self, span: OrigSpan) -> Option<proto::Span> {
        Some(proto::Span {
            start: self.original.convert(span.start),
            end: self.original.convert(span.end),
        })
    }
    fn normalized_span(&self, span: crate::text::NormSpan) -> Option<proto::Span> {
        self.normalized.as_ref().map(|c| proto::Span {
            start: c.convert(span.start),
            end: c.convert(span.end),
        })
    }
    fn text(&self, span: OrigSpan) -> String {
        span.slice(self.text).to_string()
    }
}

/// Builds the response; `text` is the original request text.
pub fn enrichment_to_response(
    document_id: String,
    text: &str,
    enrichment: Enrichment,
    unit: OffsetUnit,
) -> proto::EnrichResponse {
    let language = enrichment.language.clone();
    let normalized_converter = enrichment
        .normalized_text
        .as_deref()
        .map(|n| OffsetConverter::new(n, unit));
    let edge = Edge {
        text,
        original: OffsetConverter::new(text, unit),
        normalized: normalized_converter,
    };
    let sentences = enrichment
        .sentences
        .iter()
        .map(|s| proto::Sentence {
            span: edge.span(s.span),
            normalized_span: edge.normalized_span(s.normalized_span),
            text: edge.text(s.span),
        })
        .collect();
    let tokens = enrichment
        .tokens
        .iter()
        .map(|t| proto::Token {
            span: edge.span(t.span),
            normalized_span: edge.normalized_span(t.normalized_span),
            text: edge.text(t.span),
            kind: token_kind(t.kind) as i32,
            segments: t
                .segments
                .iter()
                .map(|&(span, role)| proto::Segment {
                    span: edge.span(span),
                    text: edge.text(span),
                    role: segment_role(role) as i32,
                })
                .collect(),
            sentence_index: t.sentence_index as u32,
        })
        .collect();
    let entities = enrichment
        .entities
        .iter()
        .map(|e| proto::Entity {
            name: e.name.clone(),
            label: label_to_proto(e.label) as i32,
            mentions: e
                .mentions
                .iter()
                .map(|&(span, confidence)| proto::Mention {
                    span: edge.span(span),
                    text: edge.text(span),
                    confidence,
                })
                .collect(),
            roles: e.roles.clone(),
        })
        .collect();
    let quotes = enrichment
        .quotes
        .iter()
        .map(|q| proto::Quote {
            text: edge.text(q.span),
            span: edge.span(q.span),
            kind: match q.kind {
                QuoteKind::Direct => proto::QuoteKind::Direct,
                QuoteKind::Partial => proto::QuoteKind::Partial,
                QuoteKind::Indirect => proto::QuoteKind::Indirect,
            } as i32,
            cue: q.cue.map(|c| proto::Cue {
                text: edge.text(c),
                span: edge.span(c),
            }),
            speaker: Some(proto::Speaker {
                name: q.speaker_name.clone(),
                entity_index: q.speaker_entity.map(|i| i as u32),
                mention: q.speaker_mention.map(|m| proto::SpeakerMention {
                    span: edge.span(m),
                    text: edge.text(m),
                }),
                method: match q.method {
                    AttributionMethod::Explicit => proto::AttributionMethod::Explicit,
                    AttributionMethod::Implicit => proto::AttributionMethod::Implicit,
                    AttributionMethod::Unresolved => proto::AttributionMethod::Unresolved,
                } as i32,
            }),
            confidence: q.confidence,
            unclosed: q.unclosed,
            start_inferred: q.start_inferred,
        })
        .collect();
    proto::EnrichResponse {
        document_id,
        language_code: language
            .as_ref()
            .map(|l| l.code.clone())
            .unwrap_or_default(),
        language_confidence: language.map_or(0.0, |l| l.confidence),
        normalized_text: enrichment.normalized_text.unwrap_or_default(),
        sentences,
        tokens,
        entities,
        quotes,
        features_applied: enrichment
            .features_applied
            .into_iter()
            .map(|f| feature_to_proto(f) as i32)
            .collect(),
        warnings: enrichment.warnings,
    }
}

fn token_kind(kind: TokenKind) -> proto::TokenKind {
    match kind {
        TokenKind::Word => proto::TokenKind::Word,
        TokenKind::Number => proto::TokenKind::Number,
        TokenKind::Punctuation => proto::TokenKind::Punctuation,
        TokenKind::Symbol => proto::TokenKind::Symbol,
        TokenKind::Url => proto::TokenKind::Url,
        TokenKind::Email => proto::TokenKind::Email,
        TokenKind::Hashtag => proto::TokenKind::Hashtag,
        TokenKind::Mention => proto::TokenKind::Mention,
    }
}

fn segment_role(role: SegmentRole) -> proto::SegmentRole {
    match role {
        SegmentRole::Proclitic => proto::SegmentRole::Proclitic,
        SegmentRole::Article => proto::SegmentRole::Article,
        SegmentRole::Stem => proto::SegmentRole::Stem,
        SegmentRole::Enclitic => proto::SegmentRole::Enclitic,
    }
}

/// Capabilities: what this build supports, with the limits in force.
pub fn capabilities(limits: &super::Limits) -> proto::GetCapabilitiesResponse {
    let all_features: Vec<i32> = Feature::ALL
        .iter()
        .map(|f| feature_to_proto(*f) as i32)
        .collect();
    let language = |code: &str, name: &str, features: &[Feature]| proto::LanguageSupport {
        language_code: code.into(),
        name: name.into(),
        features: features
            .iter()
            .map(|f| feature_to_proto(*f) as i32)
            .collect(),
    };
    proto::GetCapabilitiesResponse {
        version: env!("CARGO_PKG_VERSION").into(),
        languages: vec![
            language("ar", "Arabic", &Feature::ALL),
            language("en", "English", &Feature::ALL),
            language(
                "und",
                "Any other language",
                &[Feature::NormalizedText, Feature::Sentences, Feature::Tokens],
            ),
        ],
        entity_labels: Label::ALL
            .iter()
            .map(|l| label_to_proto(*l) as i32)
            .collect(),
        features: all_features,
        limits: Some(proto::Limits {
            max_text_bytes: limits.max_text_bytes as u64,
            max_request_message_bytes: limits.max_message_bytes() as u64,
            max_concurrent_requests: limits.max_concurrent_requests as u32,
            max_queued_requests: limits.max_queued_requests as u32,
            max_stream_in_flight: limits.max_stream_in_flight as u32,
            request_timeout_ms: limits.request_timeout.as_millis() as u64,
            max_document_id_bytes: MAX_DOCUMENT_ID_BYTES as u64,
        }),
        offset_encodings: vec![
            proto::OffsetEncoding::Utf8 as i32,
            proto::OffsetEncoding::Utf16 as i32,
            proto::OffsetEncoding::Utf32 as i32,
        ],
        git_revision: env!("NABA_GIT_REVISION").into(),
        data_files: crate::resources::embedded_files()
            .iter()
            .map(|f| proto::DataFile {
                name: f.name.into(),
                bytes: f.bytes as u64,
                checksum: f.checksum.clone(),
            })
            .collect(),
        normalization_profiles: vec![
            proto::NormalizationProfile::Standard as i32,
            proto::NormalizationProfile::Search as i32,
            proto::NormalizationProfile::None as i32,
        ],
    }
}
