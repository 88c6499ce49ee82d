//! The `naba` binary: `enrich` on a file and as a JSON-lines filter, `--help`, and `serve`
//! exiting 0 on SIGTERM.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

mod common;

use common::with_stdin;

const NABA: &str = env!("CARGO_BIN_EXE_naba");

fn seed_path() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/ar/000_96ef49ff8062f27d.txt"
    )
    .to_string()
}

#[test]
fn enrich_prints_proto3_json_for_a_file() {
    let output = Command::new(NABA)
        .args(["enrich", &seed_path(), "--compact"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["languageCode"], "ar");
    assert!(json["sentences"].as_array().unwrap().len() > 10);
    assert_eq!(
        json["entities"][0]["label"]
            .as_str()
            .unwrap()
            .split('_')
            .next(),
        Some("ENTITY")
    );
    assert!(json.get("tokens").is_none(), "tokens only with --tokens");
}

#[test]
fn enrich_jsonl_answers_each_line_in_order_and_reports_bad_lines() {
    // Sequential and parallel (`--jobs`) batches must answer alike, in input order.
    for jobs in ["1", "3"] {
        check_jsonl_batch(jobs);
    }
}

fn check_jsonl_batch(jobs: &str) {
    let input = concat!(
        r#"{"documentId":"a","text":"First one. Second one."}"#,
        "\n",
        r#"{"documentId":"b","text":""}"#,
        "\n",
        "not json\n",
        "\n",
        r#"{"documentId":"c","text":"قال الوزير إن الوضع مستقر تماما.","offsetEncoding":"OFFSET_ENCODING_UTF32"}"#,
        "\n",
    );
    let output = with_stdin(
        Command::new(NABA).args(["enrich", "--jsonl", "--jobs", jobs]),
        input,
    );
    // Some lines failed: scripts must be able to tell.
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = output
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    // One output line per input line, blank ones included, so line N answers line N.
    assert_eq!(lines.len(), 5, "--jobs {jobs}");
    assert_eq!(lines[0]["documentId"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["error"]["code"], 3);
    assert_eq!(lines[1]["documentId"], "b");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["error"]["code"], 3);
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(lines[3]["line"], 4);
    assert_eq!(lines[4]["documentId"], "c");
    assert_eq!(lines[4]["languageCode"], "ar");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("5 documents, 2 ok, 3 failed") && stderr.contains("failed lines: 2, 3, 4"),
        "{stderr}"
    );
}

#[test]
fn enrich_takes_the_text_limit_it_names_in_its_error() {
    let small = Command::new(NABA)
        .args(["enrich", &seed_path(), "--max-text-bytes", "100"])
        .output()
        .unwrap();
    assert!(!small.status.success());
    let stderr = String::from_utf8_lossy(&small.stderr);
    assert!(stderr.contains("--max-text-bytes"), "{stderr}");
    // The same limit from the environment, raised past a document of more than 1 MiB.
    let big = "Word after word, sentence after sentence. ".repeat(30_000);
    let output = with_stdin(
        Command::new(NABA)
            .args(["enrich", "-", "--compact"])
            .env("NABA_MAX_TEXT_BYTES", "2000000"),
        &big,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["sentences"].as_array().unwrap().len(), 30_000);
}

#[test]
fn version_names_the_commit_and_every_built_in_model() {
    let output = Command::new(NABA).arg("--version").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with(&format!("naba {} (git ", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    for model in [
        "models/ner_ar.bin",
        "models/ner_en.bin",
        "models/clusters_ar.tsv",
    ] {
        assert!(text.contains(model) && text.contains("fnv1a64"), "{text}");
    }
}

#[test]
fn help_names_every_flag_and_its_environment_variable() {
    let output = Command::new(NABA)
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for (flag, env) in [
        ("--addr", "NABA_ADDR"),
        ("--log-format", "NABA_LOG_FORMAT"),
        ("--max-text-bytes", "NABA_MAX_TEXT_BYTES"),
        ("--max-concurrent-requests", "NABA_MAX_CONCURRENT_REQUESTS"),
        ("--max-queued-requests", "NABA_MAX_QUEUED_REQUESTS"),
        ("--max-stream-in-flight", "NABA_MAX_STREAM_IN_FLIGHT"),
        ("--request-timeout-ms", "NABA_REQUEST_TIMEOUT_MS"),
        ("--shutdown-grace-ms", "NABA_SHUTDOWN_GRACE_MS"),
        ("--compress-responses", "NABA_COMPRESS_RESPONSES"),
        ("--tls-cert", "NABA_TLS_CERT"),
        ("--tls-key", "NABA_TLS_KEY"),
        ("--tls-client-ca", "NABA_TLS_CLIENT_CA"),
    ] {
        assert!(
            help.contains(flag) && help.contains(env),
            "{flag} / {env} missing from:\n{help}"
        );
    }
}

/// Kills the server if the test fails half-way, so no orphan keeps the port or the pipes.
struct ChildGuard(std::process::Child);

impl std::ops::Deref for ChildGuard {
    type Target = std::process::Child;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for ChildGuard {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `naba serve` on a free loopback port with `flags`, its log piped to the test.
fn serve_on_a_free_port(flags: &[&str]) -> ChildGuard {
    ChildGuard(
        Command::new(NABA)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(flags)
            .env_remove("RUST_LOG")
            .env_remove("NO_COLOR")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    )
}

#[cfg(unix)]
#[test]
fn serve_logs_one_json_line_per_request_and_exits_zero_on_sigterm() {
    let mut child = serve_on_a_free_port(&["--log-format", "json"]);
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    // Wait for the models to load (health SERVING is logged as "models loaded; serving").
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let record: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        seen.push(record.clone());
        if record["message"] == "models loaded; serving" {
            break;
        }
    }
    let listening = seen
        .iter()
        .find(|r| r["message"] == "naba listening")
        .expect("listening line");
    let addr = listening["addr"].as_str().unwrap().to_string();

    // One request, then its log line: method, size, status, latency, and never the text.
    let secret = "نص المقال لا يظهر في السجل. Marker QZXJV never reaches the log.";
    block_on(async {
        let mut client = connect(&addr).await;
        let request = naba::proto::EnrichRequest {
            text: secret.into(),
            ..Default::default()
        };
        client.enrich(request).await.unwrap();
        let empty = naba::proto::EnrichRequest::default();
        assert!(client.enrich(empty).await.is_err());
    });
    let mut request_lines = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        assert!(
            !line.contains("المقال") && !line.contains("QZXJV"),
            "article text in log: {line}"
        );
        let record: serde_json::Value = serde_json::from_str(&line).unwrap();
        if record["method"] == "Enrich" {
            request_lines.push(record);
            if request_lines.len() == 2 {
                break;
            }
        }
    }
    assert_eq!(request_lines[0]["status"], "OK");
    assert_eq!(request_lines[0]["bytes"], secret.len());
    assert!(request_lines[0]["latency_ms"].as_f64().unwrap() >= 0.0);
    assert_eq!(request_lines[1]["status"], "INVALID_ARGUMENT");
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "exit status {exit:?}");
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert!(rest.iter().any(|l| l.contains("stopped")), "{rest:?}");
}

#[cfg(unix)]
#[test]
fn text_logs_into_a_pipe_carry_no_colour_codes() {
    let mut child = serve_on_a_free_port(&[]);
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let loaded = line.contains("models loaded; serving");
        seen.push(line);
        if loaded {
            break;
        }
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success());
    seen.extend(lines.map(|l| l.unwrap()));
    assert!(
        seen.iter().any(|l| l.contains("naba listening")),
        "{seen:?}"
    );
    assert!(
        seen.iter().all(|l| !l.contains('\u{1b}')),
        "ANSI escape in piped logs: {seen:?}"
    );
}

#[test]
fn the_kubernetes_manifest_sets_only_settings_the_server_knows() {
    // A renamed flag would leave the Deployment setting an environment variable nobody reads.
    let manifest = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/kubernetes/deployment.yaml"
    ))
    .unwrap();
    let help = Command::new(NABA)
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let names: Vec<&str> = manifest
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- name: NABA_"))
        .collect();
    assert!(names.len() >= 4, "{names:?}");
    for name in names {
        assert!(
            help.contains(&format!("NABA_{name}")),
            "NABA_{name} unknown to naba serve"
        );
    }
    // The probes and the port must be the ones the server listens on inside the container.
    assert!(manifest.contains("value: \"0.0.0.0:50051\""));
    assert_eq!(
        manifest.matches("port: 50051").count(),
        3,
        "three gRPC probes"
    );
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

async fn connect(
    addr: &str,
) -> naba::proto::enrichment_service_client::EnrichmentServiceClient<tonic::transport::Channel> {
    naba::proto::enrichment_service_client::EnrichmentServiceClient::connect(format!(
        "http://{addr}"
    ))
    .await
    .unwrap()
}

/// `GET path` over plain HTTP/1.1; the status line, headers and body as one string.
fn http_get(addr: &str, path: &str) -> String {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[cfg(unix)]
#[test]
fn metrics_endpoint_counts_requests_documents_and_statuses() {
    let mut child =
        serve_on_a_free_port(&["--log-format", "json", "--metrics-addr", "127.0.0.1:0"]);
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let (mut grpc_addr, mut metrics_addr) = (String::new(), String::new());
    for line in lines.by_ref() {
        let record: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let addr = record["addr"].as_str().unwrap_or_default().to_string();
        match record["message"].as_str() {
            Some("naba listening") => grpc_addr = addr,
            Some("metrics listening") => metrics_addr = addr,
            Some("models loaded; serving") => break,
            _ => {}
        }
    }
    assert!(!metrics_addr.is_empty(), "metrics address logged");
    // Keep reading the log so the server never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));

    block_on(async {
        use naba::proto::{EnrichRequest, EnrichStreamRequest, GetCapabilitiesRequest};
        let mut client = connect(&grpc_addr).await;
        let document = |text: &str| EnrichRequest {
            text: text.into(),
            ..Default::default()
        };
        for _ in 0..3 {
            client
                .enrich(document("Smith said it works."))
                .await
                .unwrap();
        }
        assert!(client.enrich(document("")).await.is_err());
        // A stream of two documents, one of them refused: the RPC is OK, the documents not.
        let messages =
            [document("Paris is big."), document(" ")].map(|request| EnrichStreamRequest {
                request: Some(request),
            });
        let mut responses = client
            .enrich_stream(futures::stream::iter(messages))
            .await
            .unwrap()
            .into_inner();
        let mut answered = 0;
        while let Some(response) = responses.message().await.unwrap() {
            answered += 1;
            let _ = response;
        }
        assert_eq!(answered, 2);
        client
            .get_capabilities(GetCapabilitiesRequest::default())
            .await
            .unwrap();
    });

    let answer = http_get(&metrics_addr, "/metrics");
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/plain; version=0.0.4"),
        "{head}"
    );
    // Exactly these series and values (label order as the exporter writes them).
    let service = "grpc_service=\"enrich.v1.EnrichmentService\"";
    for expected in [
        format!("grpc_server_started_total{{grpc_type=\"unary\",{service},grpc_method=\"Enrich\"}} 4"),
        format!("grpc_server_handled_total{{grpc_type=\"unary\",{service},grpc_method=\"Enrich\",grpc_code=\"OK\"}} 3"),
        format!("grpc_server_handled_total{{grpc_type=\"unary\",{service},grpc_method=\"Enrich\",grpc_code=\"INVALID_ARGUMENT\"}} 1"),
        format!("grpc_server_handled_total{{grpc_type=\"bidi_stream\",{service},grpc_method=\"EnrichStream\",grpc_code=\"OK\"}} 1"),
        format!("grpc_server_handled_total{{grpc_type=\"unary\",{service},grpc_method=\"GetCapabilities\",grpc_code=\"OK\"}} 1"),
        format!("grpc_server_handling_seconds_count{{grpc_type=\"unary\",{service},grpc_method=\"Enrich\"}} 4"),
        "naba_documents_total{grpc_method=\"Enrich\",status=\"OK\"} 3".to_string(),
        "naba_documents_total{grpc_method=\"Enrich\",status=\"INVALID_ARGUMENT\"} 1".to_string(),
        "naba_documents_total{grpc_method=\"EnrichStream\",status=\"OK\"} 1".to_string(),
        "naba_documents_total{grpc_method=\"EnrichStream\",status=\"INVALID_ARGUMENT\"} 1".to_string(),
        format!("naba_document_bytes_total{{grpc_method=\"Enrich\"}} {}", 3 * "Smith said it works.".len()),
        "naba_document_seconds_bucket{grpc_method=\"Enrich\",le=\"+Inf\"} 4".to_string(),
        "naba_in_flight_requests{grpc_method=\"Enrich\"} 0".to_string(),
        "naba_in_flight_documents 0".to_string(),
    ] {
        assert!(
            body.lines().any(|line| line == expected),
            "missing `{expected}` in:\n{body}"
        );
    }
    let load_seconds: f64 = body
        .lines()
        .find_map(|line| line.strip_prefix("naba_model_load_seconds "))
        .expect("model load time")
        .parse()
        .unwrap();
    assert!(load_seconds > 0.0 && load_seconds < 60.0, "{load_seconds}");
    assert!(body.contains("naba_build_info{version=\""), "{body}");
    assert!(http_get(&metrics_addr, "/other").starts_with("HTTP/1.1 404"));
}

#[test]
fn view_writes_a_page_per_article_and_names_batch_pages_safely() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("seed.html");
    let output = Command::new(NABA)
        .args(["view", &seed_path(), "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"ar\">"));
    assert!(html.matches("<p dir=\"auto\">").count() > 10);
    assert!(html.contains("data-mention=") && html.contains("data-quote="));
    assert!(!html.contains("<script"), "no script of its own");

    // A batch: one page per request, named after its id with nothing that leaves the folder.
    let pages = dir.path().join("pages");
    let output = with_stdin(
        Command::new(NABA)
            .args(["view", "--jsonl", "-o"])
            .arg(&pages),
        concat!(
            r#"{"documentId":"../../etc/evil","text":"Smith said it works."}"#,
            "\n",
            r#"{"text":"قال الوزير إن الوضع مستقر."}"#,
            "\n",
            r#"{"text":"Paris is big.","response":{"documentId":"given","entities":[{"name":"Paris","label":"ENTITY_LABEL_LOCATION","mentions":[{"span":{"end":5},"text":"Paris"}]}]}}"#,
            "\n",
        ),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["_.._etc_evil.html", "given.html", "line-2.html"]);
    // A response made elsewhere is shown as given, beside its text.
    let given = std::fs::read_to_string(pages.join("given.html")).unwrap();
    assert!(given.contains("data-mention=\"0.0\""), "{given}");
}
