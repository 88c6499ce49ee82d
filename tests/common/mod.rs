//! A real server on an ephemeral loopback port, for the end-to-end tests. No sleeps: the listener
//! is bound before the server starts, and readiness is awaited through the health service.

#![allow(dead_code)]

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use naba::pipeline::Pipeline;
use naba::proto::enrichment_service_client::EnrichmentServiceClient;
use naba::server::{self, PipelineSource, ServerConfig, ServerError};
use naba::service::Limits;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::transport::Channel;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

pub const SERVICE_NAME: &str = "enrich.v1.EnrichmentService";

pub fn pipeline() -> Arc<Pipeline> {
    static PIPELINE: OnceLock<Arc<Pipeline>> = OnceLock::new();
    PIPELINE
        .get_or_init(|| Arc::new(Pipeline::load().expect("embedded models load")))
        .clone()
}

pub struct TestServer {
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<Result<(), ServerError>>>,
}

impl TestServer {
    pub async fn start(limits: Limits) -> TestServer {
        Self::start_with(limits, PipelineSource::Ready(pipeline())).await
    }

    pub async fn start_with(limits: Limits, source: PipelineSource) -> TestServer {
        Self::start_configured(
            ServerConfig {
                limits,
                ..ServerConfig::default()
            },
            source,
        )
        .await
    }

    pub async fn start_configured(config: ServerConfig, source: PipelineSource) -> TestServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(server::run(listener, config, source, async {
            let _ = rx.await;
        }));
        let server = TestServer {
            addr,
            shutdown: Some(tx),
            handle: Some(handle),
        };
        server.wait_until_serving().await;
        server
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn channel(&self) -> Channel {
        Channel::from_shared(self.url())
            .unwrap()
            .connect()
            .await
            .expect("connect")
    }

    pub async fn client(&self) -> EnrichmentServiceClient<Channel> {
        EnrichmentServiceClient::new(self.channel().await)
    }

    async fn wait_until_serving(&self) {
        let mut health = HealthClient::new(self.channel().await);
        let mut watch = health
            .watch(HealthCheckRequest {
                service: SERVICE_NAME.into(),
            })
            .await
            .expect("health watch")
            .into_inner();
        let waited = tokio::time::timeout(Duration::from_secs(30), async {
            while let Some(update) = watch.message().await.expect("health stream") {
                if update.status == ServingStatus::Serving as i32 {
                    return;
                }
            }
            panic!("health stream ended before SERVING");
        });
        waited.await.expect("server became SERVING within 30 s");
    }

    /// Triggers a graceful shutdown and returns how the server ended.
    pub async fn stop(mut self) -> Result<(), ServerError> {
        let _ = self.shutdown.take().unwrap().send(());
        self.handle.take().unwrap().await.expect("server task")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub fn seed_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/ar/000_96ef49ff8062f27d.txt"
    ))
    .unwrap()
}

/// The substring of `text` between two offsets in `unit` ("utf8", "utf16", "utf32").
pub fn slice_in_unit(text: &str, start: u32, end: u32, unit: &str) -> String {
    match unit {
        "utf8" => text[start as usize..end as usize].to_string(),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start as usize..end as usize])
                .expect("span on UTF-16 boundaries")
        }
        "utf32" => text
            .chars()
            .skip(start as usize)
            .take((end - start) as usize)
            .collect(),
        _ => unreachable!(),
    }
}

/// Says that the running test was skipped and why, as one line straight to the terminal: the test
/// harness captures `eprintln!` of passing tests, and a skip that nobody sees looks like a pass.
pub fn announce_skip(reason: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let line = format!("SKIPPED {test}: {reason}\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// Whether `variable` is set to 1 (a skip becomes a failure).
pub fn required(variable: &str) -> bool {
    std::env::var_os(variable).is_some_and(|v| v == "1")
}

/// `../shared/data/<relative>` beside the checkout: the public corpora and the annotated dev
/// articles that measuring needs (the README's "Data" section). When it is absent the test is
/// skipped with a visible line, or fails when NABA_REQUIRE_DATA=1 (as in CI).
pub fn shared_data(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    if path.exists() {
        return Some(path);
    }
    let reason = format!(
        "../shared/data/{relative} is missing beside the checkout {} (the shared data: only \
         measuring needs it; see the README's \"Data\" section)",
        env!("CARGO_MANIFEST_DIR")
    );
    assert!(
        !required("NABA_REQUIRE_DATA"),
        "NABA_REQUIRE_DATA=1 but {reason}"
    );
    announce_skip(&reason);
    None
}

/// Runs `command` with `input` on its standard input; its output.
pub fn with_stdin(command: &mut std::process::Command, input: &str) -> std::process::Output {
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
