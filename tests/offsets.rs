//! Property tests of the offset contract on random Unicode input (Arabic with diacritics and
//! tatweel, presentation forms, combining sequences, astral characters, every kind of white space
//! and invisible character, quote marks, sentence punctuation):
//! - every returned span is in bounds, on a character boundary, and slices its `text`;
//! - sentences and tokens are sorted and do not overlap;
//! - the normalized -> original map is monotone and lands on character boundaries;
//! - UTF-16 and code-point spans slice the same substring as the UTF-8 span.

use std::sync::OnceLock;

use naba::normalize::{Normalizer, Profile};
use naba::pipeline::Pipeline;
use naba::proto::{self, EnrichRequest, OffsetEncoding};
use naba::service::{contract, enrich_in_process, Limits};
use naba::text::NormSpan;
use proptest::prelude::*;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::load().unwrap())
}

const PIECES: &[&str] = &[
    "قال",
    " الكاظمي",
    "بالبصرة",
    "مُحَمَّد",
    "العـــراق",
    "ﻻ",
    "ﷲ",
    "ﺑ",
    "٢٠٢٠",
    "۱۴",
    "e\u{301}",
    "\u{301}",
    "😀",
    "𝒜",
    "👨\u{200D}👩",
    " ",
    "  ",
    "\u{A0}",
    "\u{3000}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u{2029}",
    "\u{200B}",
    "\u{200C}",
    "\u{200F}",
    "\u{202B}",
    "\u{FEFF}",
    "\u{AD}",
    "\u{0}",
    "\u{9B}",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "'",
    "’",
    ".",
    "...",
    "…",
    "!",
    "؟",
    "،",
    ":",
    "Mr.",
    " Smith",
    " said",
    " إن",
    "وقال",
    "3.5",
    "U.S.",
    "a",
    "Z",
    "ß",
    "İ",
    "한",
    "字",
    "-",
    "(",
    ")",
    "https://x.org/a",
    "a@b.co",
    "#tag",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|pieces| pieces.concat())
}

fn all_features() -> Vec<i32> {
    vec![
        proto::Feature::NormalizedText as i32,
        proto::Feature::Sentences as i32,
        proto::Feature::Tokens as i32,
        proto::Feature::Entities as i32,
        proto::Feature::Quotes as i32,
    ]
}

fn enrich(text: &str, encoding: OffsetEncoding, language: &str) -> proto::EnrichResponse {
    let request = EnrichRequest {
        text: text.into(),
        features: all_features(),
        offset_encoding: encoding as i32,
        language_code: language.into(),
        ..Default::default()
    };
    enrich_in_process(pipeline(), request, &Limits::default()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_on_boundaries_and_sorted(text in text_strategy(), language in prop::sample::select(&["", "ar", "en"][..])) {
        prop_assume!(!text.trim().is_empty());
        let response = enrich(&text, OffsetEncoding::Utf8, language);
        if let Err(broken) = contract::check_utf8_response(&text, &response) {
            panic!("{broken}");
        }
        for s in &response.sentences {
            let n = s.normalized_span.unwrap();
            prop_assert!(n.end as usize <= response.normalized_text.len() && response.normalized_text.is_char_boundary(n.start as usize) && response.normalized_text.is_char_boundary(n.end as usize));
        }
    }

    #[test]
    fn utf16_and_code_point_spans_slice_what_utf8_slices(text in text_strategy()) {
        prop_assume!(!text.trim().is_empty());
        let utf8 = enrich(&text, OffsetEncoding::Utf8, "ar");
        let utf16 = enrich(&text, OffsetEncoding::Utf16, "ar");
        let utf32 = enrich(&text, OffsetEncoding::Utf32, "ar");
        if let Err(broken) = contract::check_offset_units(&text, &utf8, &utf16, &utf32) {
            panic!("{broken}");
        }
    }

    #[test]
    fn the_normalized_to_original_map_is_monotone(text in text_strategy(), profile in prop::sample::select(&[Profile::Standard, Profile::Search, Profile::None][..])) {
        let normalized = Normalizer::for_profile(profile).normalize(&text);
        let n = &normalized.text;
        let boundaries: Vec<usize> = n.char_indices().map(|(i, _)| i).chain([n.len()]).collect();
        let mut last_start = 0;
        let mut last_end = 0;
        for &p in &boundaries {
            let point = normalized.map.to_original(NormSpan::new(p, p));
            prop_assert!(text.is_char_boundary(point.start));
            prop_assert!(point.start >= last_start, "start of {} went back", p);
            last_start = point.start;
            if p > 0 {
                let span = normalized.map.to_original(NormSpan::new(0, p));
                prop_assert!(text.is_char_boundary(span.end) && span.end <= text.len());
                prop_assert!(span.end >= last_end, "end of {} went back", p);
                last_end = span.end;
            }
        }
        prop_assert_eq!(normalized.map.normalized_len(), n.len());
        prop_assert_eq!(normalized.map.original_len(), text.len());
    }
}
