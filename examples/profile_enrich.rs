//! A repeatable profiling workload: enriches text files (default: the two seed articles) `ROUNDS`
//! times each with the default features, one document at a time as a server would. For `perf
//! record` or `valgrind --tool=callgrind` (instruction counts do not drift with the machine's
//! load). `cargo run --release --example profile_enrich -- 200 [FILE ...]`
fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let files: Vec<String> = args.collect();
    let texts: Vec<String> = if files.is_empty() {
        vec![
            include_str!("../seeds/ar/000_96ef49ff8062f27d.txt").to_string(),
            include_str!("../seeds/en/001_port_authority.txt").to_string(),
        ]
    } else {
        files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("readable file"))
            .collect()
    };
    let pipeline = naba::Pipeline::load().unwrap();
    let options = naba::Options {
        features: naba::Feature::DEFAULT.to_vec(),
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for text in &texts {
            let out = pipeline.enrich(text, &options);
            found += out.entities.len() + out.quotes.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * rounds;
    println!(
        "{found} entities and quotes; {:.2} MB/s ({:.2} ms per round)",
        bytes as f64 / 1e6 / seconds,
        seconds * 1000.0 / rounds as f64
    );
}
