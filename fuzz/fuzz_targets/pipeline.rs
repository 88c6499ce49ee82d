//! Any bytes as an article: the first byte picks the language hint (detect, ar, en, fr), the rest
//! is the text (invalid UTF-8 replaced, as a gRPC client could not send it). Asserts the
//! response contract of `naba::service::contract`: no panic, every span in bounds, on character
//! boundaries and slicing its text, sentences and tokens sorted and disjoint, every speaker index
//! valid, UTF-16 and code-point spans slicing what the UTF-8 spans slice.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use naba::pipeline::Pipeline;
use naba::service::contract;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::load().expect("embedded models load"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let language = ["", "ar", "en", "fr"][usize::from(selector % 4)];
    let text = String::from_utf8_lossy(rest);
    if let Err(broken) = contract::check_document(pipeline(), &text, language) {
        panic!("{broken}\nlanguage {language:?}, text {text:?}");
    }
});
