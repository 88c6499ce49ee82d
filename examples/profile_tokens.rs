//! Tokenizes 256 KiB of Arabic once: a small, repeatable workload for callgrind.
fn main() {
    let seed = std::fs::read_to_string("seeds/ar/000_96ef49ff8062f27d.txt").unwrap();
    let mut text = String::new();
    while text.len() < 256 << 10 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let lexicons = naba::resources::Lexicons::load_embedded().unwrap();
    let tokenizer = naba::tokens::Tokenizer::new(naba::tokens::CliticSegmenter::with_lexicon(
        lexicons.arabic_words.keys().cloned(),
    ));
    let normalized = naba::normalize::Normalizer::for_profile(naba::normalize::Profile::Standard)
        .normalize(&text);
    let tokens = tokenizer.tokenize(&normalized.text);
    println!("{}", tokens.len());
}
