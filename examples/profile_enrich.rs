//! A repeatable profiling workload: enriches the Arabic and English seed articles `N` times each
//! (default 200) with every feature, as a server would one request at a time. For `perf record`
//! or `valgrind --tool=callgrind` (instruction counts do not drift with the machine's load).
//! `cargo run --release --example profile_enrich -- 200`
fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let arabic = include_str!("../seeds/ar/000_96ef49ff8062f27d.txt");
    let english = include_str!("../seeds/en/001_port_authority.txt");
    let pipeline = naba::Pipeline::load().unwrap();
    let options = naba::Options {
        features: naba::Feature::DEFAULT.to_vec(),
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for text in [arabic, english] {
            let out = pipeline.enrich(text, &options);
            found += out.entities.len() + out.quotes.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let bytes = (arabic.len() + english.len()) * rounds;
    println!(
        "{found} entities and quotes; {:.2} MB/s ({:.1} ms per round)",
        bytes as f64 / 1e6 / seconds,
        seconds * 1000.0 / rounds as f64
    );
}
