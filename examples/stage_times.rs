//! Rough per-stage timings on 1 MiB of Arabic (development aid; criterion gives the real numbers).
use std::time::Instant;

use naba::normalize::{Normalizer, Profile};
use naba::sentences::SentenceSplitter;
use naba::text::lang::Language;

fn main() {
    let seed = std::fs::read_to_string("seeds/ar/000_96ef49ff8062f27d.txt").unwrap();
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let lexicons = naba::resources::Lexicons::load_embedded().unwrap();
    let segmenter = naba::tokens::CliticSegmenter::with_frequencies(&lexicons.arabic_words);
    let tokenizer = naba::tokens::Tokenizer::new(segmenter);
    let plain = naba::tokens::Tokenizer::default();
    let normalizer = Normalizer::for_profile(Profile::Standard);
    for _ in 0..3 {
        let t = Instant::now();
        let n = normalizer.normalize(&text);
        let t_norm = t.elapsed();
        let t = Instant::now();
        let s = SentenceSplitter::new().split(&n.text, Language::Arabic);
        let t_sent = t.elapsed();
        let t = Instant::now();
        let toks = tokenizer.tokenize(&n.text);
        let t_tok = t.elapsed();
        let t = Instant::now();
        let toks2 = plain.tokenize(&n.text);
        let t_tok_plain = t.elapsed();
        let mb = text.len() as f64 / 1e6;
        println!(
            "normalize {:.1} MB/s | sentences {:.1} MB/s ({}) | tokens+clitics {:.1} MB/s ({}) | tokens, empty lexicon {:.1} MB/s ({})",
            mb / t_norm.as_secs_f64(),
            mb / t_sent.as_secs_f64(),
            s.len(),
            mb / t_tok.as_secs_f64(),
            toks.len(),
            mb / t_tok_plain.as_secs_f64(),
            toks2.len()
        );
    }
}
