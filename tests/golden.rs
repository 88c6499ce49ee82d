//! Golden tests: each article in `seeds/<lang>/NAME.txt` is enriched in-process and compared with
//! `seeds/<lang>/NAME.expected.json` (the canonical proto3 JSON, as grpcurl prints it) and with
//! `NAME.expected.txt` (one readable line per sentence, entity and quote, for review).
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites both; a person reviews the diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use naba::pipeline::Pipeline;
use naba::proto;
use naba::service::{enrich_in_process, json, Limits};

fn seeds() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).unwrap() {
        for file in std::fs::read_dir(lang.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt")
                && !path.to_string_lossy().ends_with(".expected.txt")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn readable(response: &proto::EnrichResponse) -> String {
    let mut out = String::new();
    writeln!(
        out,
        "language {} ({:.2})",
        response.language_code, response.language_confidence
    )
    .unwrap();
    for (i, s) in response.sentences.iter().enumerate() {
        let span = s.span.unwrap();
        writeln!(out, "S{i:02} {}..{} {}", span.start, span.end, s.text).unwrap();
    }
    for (i, e) in response.entities.iter().enumerate() {
        let label = proto::EntityLabel::try_from(e.label)
            .unwrap()
            .as_str_name()
            .trim_start_matches("ENTITY_LABEL_");
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}@{}", m.text, m.span.unwrap().start))
            .collect();
        let roles = if e.roles.is_empty() {
            String::new()
        } else {
            format!(" roles=[{}]", e.roles.join(" | "))
        };
        writeln!(
            out,
            "E{i:02} {label} {}{roles} :: {}",
            e.name,
            mentions.join(", ")
        )
        .unwrap();
    }
    for (i, q) in response.quotes.iter().enumerate() {
        let kind = proto::QuoteKind::try_from(q.kind)
            .unwrap()
            .as_str_name()
            .trim_start_matches("QUOTE_KIND_");
        let speaker = q.speaker.as_ref().unwrap();
        let method = proto::AttributionMethod::try_from(speaker.method)
            .unwrap()
            .as_str_name()
            .trim_start_matches("ATTRIBUTION_METHOD_");
        let flags = format!(
            "{}{}",
            if q.unclosed { " unclosed" } else { "" },
            if q.start_inferred {
                " start-inferred"
            } else {
                ""
            }
        );
        writeln!(
            out,
            "Q{i:02} {kind}{flags} cue={:?} speaker={:?} ({method}) :: {}",
            q.cue.as_ref().map(|c| c.text.as_str()).unwrap_or(""),
            speaker.name,
            q.text
        )
        .unwrap();
    }
    out
}

#[test]
fn seeds_match_their_golden_files() {
    let pipeline = Pipeline::load().unwrap();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let files = seeds();
    assert!(!files.is_empty(), "no seed articles found");
    let mut mismatches = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let request = proto::EnrichRequest {
            document_id: stem,
            text,
            ..Default::default()
        };
        let response = enrich_in_process(&pipeline, request, &Limits::default()).unwrap();
        let outputs = [
            (
                path.with_extension("expected.json"),
                json::response_to_json(&response, true) + "\n",
            ),
            (path.with_extension("expected.txt"), readable(&response)),
        ];
        for (golden, actual) in outputs {
            if update {
                std::fs::write(&golden, &actual).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
                panic!(
                    "{} is missing; run UPDATE_GOLDEN=1 cargo test --test golden",
                    golden.display()
                )
            });
            if expected != actual {
                mismatches.push(golden.display().to_string());
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "output differs from {mismatches:?}; review with UPDATE_GOLDEN=1 cargo test --test golden && git diff seeds/"
    );
}
