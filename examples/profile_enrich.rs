//! Enriches 256 KiB of Arabic once with every feature: a repeatable workload for callgrind.
fn main() {
    let seed = std::fs::read_to_string("seeds/ar/000_96ef49ff8062f27d.txt").unwrap();
    let mut text = String::new();
    while text.len() < 256 << 10 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let pipeline = naba::Pipeline::load().unwrap();
    let options = naba::Options {
        features: naba::Feature::ALL.to_vec(),
        ..Default::default()
    };
    let out = pipeline.enrich(&text, &options);
    println!(
        "{} entities {} quotes",
        out.entities.len(),
        out.quotes.len()
    );
}
