//! `naba load`: a load generator for a naba server on this machine, to measure it the way callers
//! see it (through gRPC, HTTP/2 and the loopback network). Bounded by both a request count and a
//! duration, and refuses any address that is not loopback: it is a measuring tool, not a way to
//! load someone else's service.
//!
//! It reports a human summary and, as its last line, one JSON object (`rpc`, `requests`,
//! `errors` by status, `seconds`, `rps`, `mb_per_s`, `p50_ms`, `p90_ms`, `p99_ms`, `max_ms`).
//! What it does not do: start the server, or check the answers beyond their status.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use tonic::transport::{Channel, Endpoint};

use crate::proto;
use crate::proto::enrichment_service_client::EnrichmentServiceClient;

/// Which RPC to call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rpc {
    Enrich,
    Stream,
    /// `GetCapabilities`: no pipeline work, the gRPC layer alone.
    Capabilities,
}

impl Rpc {
    pub fn name(self) -> &'static str {
        match self {
            Rpc::Enrich => "enrich",
            Rpc::Stream => "stream",
            Rpc::Capabilities => "capabilities",
        }
    }
}

/// A load run.
#[derive(Clone, Debug)]
pub struct LoadConfig {
    pub addr: String,
    pub rpc: Rpc,
    /// Requests in flight at once (for `stream`: the number of streams).
    pub concurrency: usize,
    /// HTTP/2 connections the requests are spread over.
    pub connections: usize,
    /// At most this many requests...
    pub requests: usize,
    /// ... and for at most this long.
    pub duration: Duration,
    /// Documents sent in turn.
    pub documents: Vec<String>,
    /// Accept gzipped responses (grpcio and grpc-go clients do by default).
    pub accept_gzip: bool,
}

/// What a run measured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    pub rpc: &'static str,
    pub requests: usize,
    /// Failed requests by gRPC status name.
    pub errors: BTreeMap<String, usize>,
    pub seconds: f64,
    pub bytes: u64,
    /// Latencies of every request, in microseconds, sorted.
    latencies_us: Vec<u64>,
}

impl LoadReport {
    fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.latencies_us.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.latencies_us.len()) - 1;
        self.latencies_us[index] as f64 / 1000.0
    }

    pub fn rps(&self) -> f64 {
        self.requests as f64 / self.seconds.max(1e-9)
    }

    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }

    /// The summary for a person.
    pub fn human(&self) -> String {
        let failed: usize = self.errors.values().sum();
        let mut text = format!(
            "{} requests ({} failed) in {:.2} s: {:.0} requests/s, {:.2} MB/s of text\n\
             latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms\n",
            self.requests,
            failed,
            self.seconds,
            self.rps(),
            self.mb_per_s(),
            self.percentile_ms(50.0),
            self.percentile_ms(90.0),
            self.percentile_ms(99.0),
            self.percentile_ms(100.0),
        );
        for (status, count) in &self.errors {
            text.push_str(&format!("  {status}: {count}\n"));
        }
        text
    }

    /// The one-line JSON summary.
    pub fn json(&self) -> String {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        serde_json::json!({
            "rpc": self.rpc,
            "requests": self.requests,
            "errors": self.errors,
            "seconds": round(self.seconds),
            "rps": round(self.rps()),
            "mb_per_s": round(self.mb_per_s()),
            "p50_ms": round(self.percentile_ms(50.0)),
            "p90_ms": round(self.percentile_ms(90.0)),
            "p99_ms": round(self.percentile_ms(99.0)),
            "max_ms": round(self.percentile_ms(100.0)),
        })
        .to_string()
    }
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}")]
    Config(String),
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        addr: String,
        source: tonic::transport::Error,
    },
}

/// The documents to send: the `.txt` files of a folder, a single file, or the built-in seeds.
pub fn documents(input: Option<&Path>) -> Result<Vec<String>, LoadError> {
    let Some(path) = input else {
        return Ok(vec![
            include_str!("../seeds/ar/000_96ef49ff8062f27d.txt").to_string(),
            include_str!("../seeds/en/001_port_authority.txt").to_string(),
        ]);
    };
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| LoadError::Config(format!("cannot read {}: {e}", p.display())))
    };
    if !path.is_dir() {
        return Ok(vec![read(path)?]);
    }
    let mut files: Vec<_> = walk(path)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let documents = files
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    if documents.is_empty() {
        return Err(LoadError::Config(format!(
            "{} has no .txt files to send",
            path.display()
        )));
    }
    Ok(documents)
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// The address, if it names this machine only.
fn loopback(addr: &str) -> Result<SocketAddr, LoadError> {
    let resolved: Vec<SocketAddr> = addr
        .to_socket_addrs()
        .map_err(|e| LoadError::Config(format!("--addr {addr:?}: {e}")))?
        .collect();
    let is_loopback = |ip: IpAddr| ip.is_loopback();
    match resolved.first() {
        Some(first) if resolved.iter().all(|a| is_loopback(a.ip())) => Ok(*first),
        _ => Err(LoadError::Config(format!(
            "--addr {addr}: naba load only targets loopback addresses (127.0.0.0/8, ::1, \
             localhost); it measures a server on this machine"
        ))),
    }
}

/// Runs the load and returns what it measured.
pub async fn run(config: LoadConfig) -> Result<LoadReport, LoadError> {
    if config.concurrency == 0 || config.connections == 0 || config.requests == 0 {
        return Err(LoadError::Config(
            "--concurrency, --connections and --requests must be at least 1".into(),
        ));
    }
    if config.documents.is_empty() {
        return Err(LoadError::Config("no documents to send".into()));
    }
    let addr = loopback(&config.addr)?;
    let mut channels = Vec::with_capacity(config.connections);
    for _ in 0..config.connections {
        let channel = Endpoint::from_shared(format!("http://{addr}"))
            .map_err(|e| LoadError::Config(e.to_string()))?
            .tcp_nodelay(true)
            .connect()
            .await
            .map_err(|source| LoadError::Connect {
                addr: addr.to_string(),
                source,
            })?;
        channels.push(channel);
    }
    let documents = Arc::new(config.documents.clone());
    let issued = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + config.duration;
    let mut workers = Vec::with_capacity(config.concurrency);
    for worker in 0..config.concurrency {
        let mut client = EnrichmentServiceClient::new(channels[worker % channels.len()].clone())
            .max_decoding_message_size(usize::MAX);
        if config.accept_gzip {
            client = client.accept_compressed(tonic::codec::CompressionEncoding::Gzip);
        }
        let job = Job {
            rpc: config.rpc,
            limit: config.requests,
            deadline,
            documents: documents.clone(),
            issued: issued.clone(),
        };
        workers.push(tokio::spawn(job.run(client)));
    }
    let mut report = LoadReport {
        rpc: config.rpc.name(),
        ..LoadReport::default()
    };
    for worker in workers {
        let outcome = worker
            .await
            .map_err(|e| LoadError::Config(format!("a load worker failed: {e}")))?;
        report.requests += outcome.latencies_us.len();
        report.bytes += outcome.bytes;
        report.latencies_us.extend(outcome.latencies_us);
        for (status, count) in outcome.errors {
            *report.errors.entry(status).or_default() += count;
        }
    }
    report.seconds = started.elapsed().as_secs_f64();
    report.latencies_us.sort_unstable();
    Ok(report)
}

/// One worker's share of the load.
struct Job {
    rpc: Rpc,
    limit: usize,
    deadline: Instant,
    documents: Arc<Vec<String>>,
    issued: Arc<AtomicUsize>,
}

#[derive(Default)]
struct Outcome {
    latencies_us: Vec<u64>,
    bytes: u64,
    errors: BTreeMap<String, usize>,
}

impl Outcome {
    fn record(&mut self, started: Instant, bytes: usize, status: Option<tonic::Code>) {
        self.latencies_us
            .push(started.elapsed().as_micros().min(u64::MAX as u128) as u64);
        match status {
            None => self.bytes += bytes as u64,
            Some(code) => {
                *self
                    .errors
                    .entry(crate::service::code_name(code).to_string())
                    .or_default() += 1
            }
        }
    }
}

impl Job {
    /// The index of the next request to send, while the count and the time last.
    fn next(&self) -> Option<usize> {
        if Instant::now() >= self.deadline {
            return None;
        }
        let n = self.issued.fetch_add(1, Ordering::Relaxed);
        (n < self.limit).then_some(n)
    }

    fn request(&self, n: usize) -> proto::EnrichRequest {
        proto::EnrichRequest {
            document_id: format!("load-{n}"),
            text: self.documents[n % self.documents.len()].clone(),
            ..Default::default()
        }
    }

    async fn run(self, mut client: EnrichmentServiceClient<Channel>) -> Outcome {
        let mut outcome = Outcome::default();
        match self.rpc {
            Rpc::Enrich => {
                while let Some(n) = self.next() {
                    let request = self.request(n);
                    let bytes = request.text.len();
                    let started = Instant::now();
                    let status = client.enrich(request).await.err().map(|s| s.code());
                    outcome.record(started, bytes, status);
                }
            }
            Rpc::Capabilities => {
                while self.next().is_some() {
                    let started = Instant::now();
                    let status = client
                        .get_capabilities(proto::GetCapabilitiesRequest {})
                        .await
                        .err()
                        .map(|s| s.code());
                    outcome.record(started, 0, status);
                }
            }
            Rpc::Stream => self.stream(client, &mut outcome).await,
        }
        outcome
    }

    /// One stream: documents go out as fast as the server's window lets them; each answer's
    /// latency runs from its request's send.
    async fn stream(&self, mut client: EnrichmentServiceClient<Channel>, outcome: &mut Outcome) {
        let (tx, rx) = tokio::sync::mpsc::channel::<proto::EnrichStreamRequest>(STREAM_WINDOW);
        let sent: Arc<std::sync::Mutex<std::collections::VecDeque<(Instant, usize)>>> =
            Arc::default();
        let sent_by_sender = sent.clone();
        let requests: Vec<proto::EnrichRequest> = std::iter::from_fn(|| self.next())
            .map(|n| self.request(n))
            .collect();
        let deadline = self.deadline;
        let sender = tokio::spawn(async move {
            for request in requests {
                if Instant::now() >= deadline {
                    break;
                }
                let bytes = request.text.len();
                sent_by_sender
                    .lock()
                    .expect("not poisoned")
                    .push_back((Instant::now(), bytes));
                let message = proto::EnrichStreamRequest {
                    request: Some(request),
                };
                if tx.send(message).await.is_err() {
                    break;
                }
            }
        });
        let outbound = tokio_stream::wrappers::ReceiverStream::new(rx);
        match client.enrich_stream(outbound).await {
            Ok(response) => {
                let mut inbound = response.into_inner();
                while let Some(item) = inbound.next().await {
                    let Some((started, bytes)) = sent.lock().expect("not poisoned").pop_front()
                    else {
                        break;
                    };
                    let status = match item {
                        Ok(reply) => match reply.result {
                            Some(proto::enrich_stream_response::Result::Error(e)) => {
                                Some(tonic::Code::from(e.code))
                            }
                            _ => None,
                        },
                        Err(status) => Some(status.code()),
                    };
                    outcome.record(started, bytes, status);
                }
            }
            Err(status) => {
                let started = Instant::now();
                outcome.record(started, 0, Some(status.code()));
            }
        }
        let _ = sender.await;
    }
}

/// Documents a stream may have sent and not yet had answered.
const STREAM_WINDOW: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_addresses_are_accepted() {
        assert!(loopback("127.0.0.1:50051").is_ok());
        assert!(loopback("[::1]:50051").is_ok());
        assert!(loopback("localhost:50051").is_ok());
        let refused = loopback("10.1.2.3:50051").unwrap_err().to_string();
        assert!(refused.contains("loopback"), "{refused}");
        assert!(loopback("192.168.0.1:1").is_err());
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let report = LoadReport {
            rpc: "enrich",
            requests: 4,
            seconds: 2.0,
            bytes: 4_000_000,
            latencies_us: vec![1000, 2000, 3000, 40_000],
            ..LoadReport::default()
        };
        assert_eq!(report.percentile_ms(50.0), 2.0);
        assert_eq!(report.percentile_ms(99.0), 40.0);
        let json: serde_json::Value = serde_json::from_str(&report.json()).unwrap();
        assert_eq!(json["rps"], 2.0);
        assert_eq!(json["mb_per_s"], 2.0);
        assert_eq!(json["p50_ms"], 2.0);
        assert_eq!(json["max_ms"], 40.0);
    }
}
