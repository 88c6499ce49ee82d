//! Criterion benchmarks of the pipeline stages, in bytes per second:
//! - `text_layer`: normalization + sentences + tokens (the text-layer issue's 30 MB/s floor),
//! - `enrich_all`: every feature, end to end in-process,
//!
//! each on the seed articles and on a 1 MiB concatenation of them.
//! Run: `cargo bench --bench pipeline`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use naba::normalize::{Normalizer, Profile};
use naba::pipeline::{Feature, Options, Pipeline};
use naba::sentences::SentenceSplitter;
use naba::text::lang::Language;
use naba::tokens::Tokenizer;

fn seed(path: &str) -> String {
    std::fs::read_to_string(format!("{}/seeds/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn inputs() -> Vec<(&'static str, String, Language)> {
    let arabic = seed("ar/000_96ef49ff8062f27d.txt");
    let english = seed("en/001_port_authority.txt");
    let mut mib = String::with_capacity(1 << 20);
    while mib.len() < 1 << 20 {
        mib.push_str(&arabic);
        mib.push_str("\n\n");
    }
    vec![
        ("seed_ar", arabic, Language::Arabic),
        ("seed_en", english, Language::English),
        ("1MiB_ar", mib, Language::Arabic),
    ]
}

fn text_layer(c: &mut Criterion) {
    let normalizer = Normalizer::for_profile(Profile::Standard);
    let splitter = SentenceSplitter::new();
    let tokenizer = Tokenizer::default();
    let mut group = c.benchmark_group("text_layer");
    for (name, text, language) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| {
                let normalized = normalizer.normalize(black_box(text));
                let sentences = splitter.split(&normalized.text, language);
                let tokens = tokenizer.tokenize(&normalized.text);
                black_box((sentences.len(), tokens.len()))
            })
        });
    }
    group.finish();
}

fn enrich_all(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let options = Options {
        features: Feature::ALL.to_vec(),
        ..Options::default()
    };
    let mut group = c.benchmark_group("enrich_all");
    group.sample_size(20);
    for (name, text, _) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| black_box(pipeline.enrich(black_box(text), &options)))
        });
    }
    group.finish();
}

criterion_group!(benches, text_layer, enrich_all);
criterion_main!(benches);
