//! Scale-out across processes: three `naba serve` processes on loopback ports behind one client
//! channel that balances requests over them (tonic's `Channel::balance_list`, the same
//! power-of-two-choices balancing a client does over a headless Kubernetes Service's addresses).
//! Every document must come back once, answered, and every server must have taken a share.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use naba::proto::enrichment_service_client::EnrichmentServiceClient;
use naba::proto::EnrichRequest;
use tonic::transport::{Channel, Endpoint};

const NABA: &str = env!("CARGO_BIN_EXE_naba");
const SERVERS: usize = 3;
const DOCUMENTS: usize = 3_000;
const CONCURRENCY: usize = 24;

/// One server process, and a thread that reads its JSON log to the end.
struct Server {
    child: Child,
    addr: String,
    /// Requests the server logged (one line per request: method and status), once it exits.
    log: JoinHandle<Vec<serde_json::Value>>,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(NABA)
            .args(["serve", "--addr", "127.0.0.1:0", "--log-format", "json"])
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (ready_tx, ready_rx) = mpsc::channel();
        let log = std::thread::spawn(move || {
            let mut addr = None;
            let mut requests = Vec::new();
            for line in BufReader::new(stderr).lines() {
                let record: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
                if record["message"] == "naba listening" {
                    addr = record["addr"].as_str().map(str::to_string);
                } else if record["message"] == "models loaded; serving" {
                    let _ = ready_tx.send(addr.clone().expect("listening line first"));
                } else if record.get("method").is_some() {
                    requests.push(record);
                }
            }
            requests
        });
        let addr = ready_rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the server starts serving within a minute");
        Server { child, addr, log }
    }

    /// SIGTERM, a clean exit, and the requests it logged.
    fn stop(mut self) -> Vec<serde_json::Value> {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        assert!(exit.success(), "exit status {exit:?}");
        self.log.join().unwrap()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_servers_share_the_documents_of_one_balanced_channel_and_lose_none() {
    let servers: Vec<Server> = (0..SERVERS).map(|_| Server::start()).collect();
    let endpoints = servers.iter().map(|server| {
        Endpoint::from_shared(format!("http://{}", server.addr))
            .unwrap()
            .timeout(Duration::from_secs(60))
    });
    let channel = Channel::balance_list(endpoints);
    let client = EnrichmentServiceClient::new(channel);

    // CONCURRENCY callers share the channel; each document names itself in its text, so a
    // response cannot be matched to the wrong request unnoticed.
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut callers = Vec::new();
    for caller in 0..CONCURRENCY {
        let mut client = client.clone();
        let done_tx = done_tx.clone();
        callers.push(tokio::spawn(async move {
            for n in (caller..DOCUMENTS).step_by(CONCURRENCY) {
                let request = EnrichRequest {
                    document_id: format!("doc-{n}"),
                    text: format!("Document {n} arrived in Paris. Smith said it was number {n}."),
                    ..Default::default()
                };
                let response = client.enrich(request).await.map(|r| r.into_inner());
                done_tx.send((n, response)).unwrap();
            }
        }));
    }
    drop(done_tx);
    let mut answered = vec![0usize; DOCUMENTS];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(300);
    while let Ok(Some((n, response))) = tokio::time::timeout_at(deadline, done_rx.recv()).await {
        let response = response.unwrap_or_else(|status| panic!("doc-{n}: {status:?}"));
        assert_eq!(response.document_id, format!("doc-{n}"));
        let first = &response.sentences[0];
        let sentence = &format!("Document {n} arrived in Paris.");
        assert_eq!(first.span.as_ref().unwrap().end as usize, sentence.len());
        answered[n] += 1;
    }
    for caller in callers {
        caller.await.unwrap();
    }
    let missing: Vec<usize> = (0..DOCUMENTS).filter(|&n| answered[n] != 1).collect();
    assert!(missing.is_empty(), "answered other than once: {missing:?}");

    // Each server's own log says what it served: all of it, OK, and a share for each.
    let served: Vec<Vec<serde_json::Value>> = servers.into_iter().map(Server::stop).collect();
    let counts: Vec<usize> = served
        .iter()
        .map(|requests| requests.iter().filter(|r| r["method"] == "Enrich").count())
        .collect();
    assert_eq!(
        counts.iter().sum::<usize>(),
        DOCUMENTS,
        "per server: {counts:?}"
    );
    for requests in &served {
        assert!(requests.iter().all(|r| r["status"] == "OK"), "{requests:?}");
    }
    for (server, &count) in counts.iter().enumerate() {
        assert!(
            count >= DOCUMENTS / SERVERS / 4,
            "server {server} took {count} of {DOCUMENTS} (all: {counts:?})"
        );
    }
    eprintln!("documents per server: {counts:?}");
}
