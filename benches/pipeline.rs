//! Criterion benchmarks of the pipeline stages, in bytes per second:
//! - `text_layer`: normalization + sentences + tokens (the text-layer issue's 30 MB/s floor),
//! - `tagger`: the entity tagger with its feature extraction alone, on analysed text, in tokens
//!   per second (the entity issue's 300k tokens/s floor),
//! - `enrich_all`: every feature, end to end in-process,
//!
//! each on the seed articles and on 1 MiB of Arabic newswire (ANERcorp training sentences).
//! Run: `cargo bench --bench pipeline`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use naba::pipeline::{Feature, Options, Pipeline};
use naba::text::lang::Language;

fn seed(path: &str) -> String {
    std::fs::read_to_string(format!("{}/seeds/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// 1 MiB of Arabic newswire: ANERcorp training sentences from the shared data (distinct
/// articles, so the benchmark sees realistic word repetition), or the seed repeated without it.
fn arabic_mib(seed: &str) -> String {
    let mut mib = String::with_capacity(1 << 20);
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/ner-ar/anercorp/train.txt"
    );
    if let Ok(conll) = std::fs::read_to_string(corpus) {
        for sentence in conll.split("\n\n") {
            let words: Vec<&str> = sentence
                .lines()
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            mib.push_str(&words.join(" "));
            mib.push_str("\n\n");
            if mib.len() >= 1 << 20 {
                return mib;
            }
        }
    }
    while mib.len() < 1 << 20 {
        mib.push_str(seed);
        mib.push_str("\n\n");
    }
    mib
}

fn inputs() -> Vec<(&'static str, String, Language)> {
    let arabic = seed("ar/000_96ef49ff8062f27d.txt");
    let english = seed("en/001_port_authority.txt");
    let mib = arabic_mib(&arabic);
    vec![
        ("seed_ar", arabic, Language::Arabic),
        ("seed_en", english, Language::English),
        ("1MiB_ar", mib, Language::Arabic),
    ]
}

fn text_layer(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let mut group = c.benchmark_group("text_layer");
    for (name, text, language) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| {
                let analysis = pipeline.analyze(black_box(text), language, true);
                black_box((analysis.sentences.len(), analysis.tokens.len()))
            })
        });
    }
    group.finish();
}

fn tagger(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let mut group = c.benchmark_group("tagger");
    for (name, text, language) in inputs() {
        let analysis = pipeline.analyze(&text, language, true);
        group.throughput(Throughput::Elements(analysis.tokens.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &analysis, |b, a| {
            b.iter(|| {
                let names = pipeline.recognizer().tag_names(
                    &a.normalized.text,
                    black_box(&a.tokens),
                    &a.sentence_of_token,
                    language,
                );
                black_box(names.len())
            })
        });
    }
    group.finish();
}

/// The gold-dev news articles of a language (34 Arabic, 10 English BBC), or the seed without
/// the shared data.
fn news(lang: &str) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/gold-dev");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{lang}_")))
        })
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|raw| serde_json::from_str::<serde_json::Value>(&raw).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    if texts.is_empty() {
        let path = if lang == "ar" {
            "ar/000_96ef49ff8062f27d.txt"
        } else {
            "en/001_port_authority.txt"
        };
        return vec![seed(path)];
    }
    texts
}

/// Whole articles one request at a time, as the service sees them: warm (the tagger's per-word
/// cache filled by earlier requests, the steady state of a server) and cold (emptied before
/// every pass, the first requests after start-up).
fn news_articles(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let options = Options {
        features: Feature::DEFAULT.to_vec(),
        ..Options::default()
    };
    let mut group = c.benchmark_group("news");
    group.sample_size(20);
    for lang in ["ar", "en"] {
        let articles = news(lang);
        let bytes: usize = articles.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        let run = |articles: &[String]| {
            for text in articles {
                black_box(pipeline.enrich(black_box(text), &options));
            }
        };
        group.bench_function(BenchmarkId::new("warm", lang), |b| {
            b.iter(|| run(&articles))
        });
        group.bench_function(BenchmarkId::new("cold", lang), |b| {
            b.iter_batched(
                || pipeline.clear_caches(),
                |()| run(&articles),
                criterion::BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// What the service adds to the pipeline for one seed article: the pipeline alone, the same
/// request through validation and the conversion to the response (offsets in the caller's
/// unit), the protobuf encoding of that response, and gzip of the encoded bytes (what
/// `--compress-responses` costs per response).
fn service_layers(c: &mut Criterion) {
    use prost::Message;
    use std::io::Write;
    let pipeline = Pipeline::load().unwrap();
    let text = seed("ar/000_96ef49ff8062f27d.txt");
    let request = naba::proto::EnrichRequest {
        text: text.clone(),
        offset_encoding: naba::proto::OffsetEncoding::Utf16 as i32,
        ..Default::default()
    };
    let limits = naba::service::Limits::default();
    let response = naba::service::enrich_in_process(&pipeline, request.clone(), &limits).unwrap();
    let encoded = response.encode_to_vec();
    let mut group = c.benchmark_group("service_seed_ar");
    group.bench_function("pipeline", |b| {
        b.iter(|| black_box(pipeline.enrich(black_box(&text), &Options::default())))
    });
    group.bench_function("pipeline_and_response", |b| {
        b.iter(|| {
            black_box(naba::service::enrich_in_process(
                &pipeline,
                black_box(request.clone()),
                &limits,
            ))
        })
    });
    group.bench_function("encode", |b| b.iter(|| black_box(response.encode_to_vec())));
    group.bench_function("gzip", |b| {
        b.iter(|| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(black_box(&encoded)).unwrap();
            black_box(gz.finish().unwrap())
        })
    });
    group.finish();
}

/// Cost by document size: the same 1 MiB of newswire sent as documents of about 1 KB, 100 KB or
/// the whole MiB, which should run at about the same MB/s (a per-request overhead or a
/// super-linear step would show here).
fn by_size(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let options = Options::default();
    let mib = arabic_mib(&seed("ar/000_96ef49ff8062f27d.txt"));
    let mut group = c.benchmark_group("size");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(mib.len() as u64));
    for (name, size) in [("1KB", 1_000), ("100KB", 100_000), ("1MB", usize::MAX)] {
        // Documents cut at sentence breaks once they reach `size`.
        let mut documents = vec![String::new()];
        for sentence in mib.split_inclusive("\n\n") {
            let last = documents.last_mut().unwrap();
            last.push_str(sentence);
            if last.len() >= size {
                documents.push(String::new());
            }
        }
        documents.retain(|d| !d.trim().is_empty());
        group.bench_with_input(BenchmarkId::from_parameter(name), &documents, |b, docs| {
            b.iter(|| {
                for text in docs {
                    black_box(pipeline.enrich(black_box(text), &options));
                }
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

/// 1 MiB inputs built to find super-linear behaviour; each should cost at most 10x normal prose.
fn adversarial_inputs() -> Vec<(&'static str, String)> {
    let mib = 1 << 20;
    let fill = |unit: &str| unit.repeat(mib / unit.len() + 1);
    let arabic = seed("ar/000_96ef49ff8062f27d.txt");
    let no_spaces: String = arabic.chars().filter(|c| !c.is_whitespace()).collect();
    vec![
        ("prose", inputs().remove(2).1),
        ("one_word", fill("الكاظمي ")),
        ("punctuation", fill(".!?،؛:...\"«»()")),
        ("no_spaces", no_spaces.repeat(mib / no_spaces.len() + 1)),
        ("quote_marks", fill("\" « » “ ” ")),
        ("cue_verbs", fill("وقال وأضاف مضيفاً إن ")),
        ("many_people_ar", many_people(true, mib)),
        ("many_people_en", many_people(false, mib)),
    ]
}

/// Thousands of different people, each named in full, then by family name, then quoted, with the
/// family names shared in pairs: the worst case for entity grouping (every new name is looked up
/// against every family and short form seen) and for speaker resolution over the whole document.
fn many_people(arabic: bool, size: usize) -> String {
    let syllables: &[&str] = if arabic {
        &["كا", "لو", "مي", "را", "نو", "سي", "دا", "بو", "تي", "فا"]
    } else {
        &["ka", "lo", "mi", "ra", "no", "si", "da", "bu", "ti", "fa"]
    };
    let given: &[&str] = if arabic {
        &["محمد", "أحمد", "سعاد", "كريم", "ليلى", "يوسف"]
    } else {
        &["John", "Maria", "Peter", "Anna", "David", "Laura"]
    };
    let mut text = String::with_capacity(size + 256);
    let mut n = 0usize;
    while text.len() < size {
        let family: String = [n / 200 % 10, n / 20 % 10, n / 2 % 10]
            .iter()
            .map(|&i| syllables[i])
            .collect();
        let person = given[n % given.len()];
        if arabic {
            text.push_str(&format!(
                "وقال {person} ال{family} إن «الوضع صعب». وأضاف ال{family} أن الحل قريب.\n\n"
            ));
        } else {
            let mut letters = family.chars();
            let family: String = letters
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(letters)
                .collect();
            text.push_str(&format!(
                "{person} {family} said \"the situation is hard\". {family} added that a fix was near.\n\n"
            ));
        }
        n += 1;
    }
    text
}

fn adversarial(c: &mut Criterion) {
    let pipeline = Pipeline::load().unwrap();
    let options = Options {
        features: Feature::ALL.to_vec(),
        ..Options::default()
    };
    let mut group = c.benchmark_group("adversarial_1MiB");
    group.sample_size(10);
    for (name, text) in adversarial_inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("enrich_all", name), &text, |b, text| {
            b.iter(|| black_box(pipeline.enrich(black_box(text), &options)))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    text_layer,
    tagger,
    enrich_all,
    news_articles,
    service_layers,
    by_size,
    adversarial
);
criterion_main!(benches);
