//! Tokenizes 256 KiB of Arabic once: a small, repeatable workload for callgrind.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "seeds/ar/000_96ef49ff8062f27d.txt".into());
    let seed = std::fs::read_to_string(path).unwrap();
    let mut text = String::new();
    while text.len() < 256 << 10 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    text.truncate(
        text.char_indices()
            .take_while(|(i, _)| *i < 256 << 10)
            .last()
            .map_or(0, |(i, _)| i),
    );
    let lexicons = naba::resources::Lexicons::load_embedded().unwrap();
    let tokenizer = naba::tokens::Tokenizer::new(naba::tokens::CliticSegmenter::with_frequencies(
        &lexicons.arabic_words,
    ));
    let normalized = naba::normalize::Normalizer::for_profile(naba::normalize::Profile::Standard)
        .normalize(&text);
    let tokens = tokenizer.tokenize(&normalized.text);
    println!("{}", tokens.len());
}
