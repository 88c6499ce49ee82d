//! The gRPC server: the enrichment service plus standard health and reflection (v1 and v1alpha),
//! message limits, gzip, and graceful shutdown.
//!
//! The listener is bound by the caller (tests bind port 0 first; no sleeps). Health reports
//! NOT_SERVING until the models are loaded on the blocking pool, then SERVING; a model that fails
//! to load stops the server with an error. On shutdown the server stops accepting, lets in-flight
//! requests finish (for at most the grace period), and returns.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::codec::CompressionEncoding;
use tonic::transport::Server;
use tonic_health::ServingStatus;

use crate::pipeline::Pipeline;
use crate::proto;
use crate::proto::enrichment_service_server::EnrichmentServiceServer;
use crate::service::{DocumentRunner, EnrichmentServiceImpl, Limits, ServiceState};

/// Why the server stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("failed to load models: {0}")]
    ModelLoad(String),
    #[error("reflection setup failed: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("transport error: {0}")]
    Transport(#[from] tonic::transport::Error),
    #[error("TLS configuration rejected (check --tls-cert, --tls-key and --tls-client-ca): {0}")]
    Tls(tonic::transport::Error),
}

/// Where the pipeline comes from.
pub enum PipelineSource {
    /// Load the embedded models at start-up (the server answers health checks meanwhile).
    Load,
    /// An already loaded pipeline (tests, benchmarks).
    Ready(Arc<Pipeline>),
    /// A pipeline loaded elsewhere (other models, a slow store): served once the future
    /// yields it; an error stops the server as a failed load does.
    Later(futures::future::BoxFuture<'static, Result<Arc<Pipeline>, String>>),
}

/// How the server runs.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub limits: Limits,
    /// After the shutdown signal, how long in-flight requests and open connections may take to
    /// finish before the server closes them.
    pub shutdown_grace: Duration,
    /// Gzip responses for clients that accept it. Off by default: most clients (grpcio,
    /// grpc-go) advertise gzip whether or not they need it, and compressing a response costs
    /// more CPU than building it (measured in the README's Performance section); on loopback
    /// or a data-centre network the bytes saved are not worth it.
    pub compress_responses: bool,
    /// Serve TLS with this certificate and key (PEM); None serves plaintext (the default, for
    /// loopback and for a TLS-terminating proxy in front).
    pub tls: Option<TlsFiles>,
    /// What runs one document (`Pipeline::enrich_cancellable`; tests inject faults here).
    pub document_runner: DocumentRunner,
}

/// A server certificate chain and key, and optionally the CA that client certificates must be
/// signed by (mutual TLS), all PEM.
#[derive(Clone, Debug)]
pub struct TlsFiles {
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
    pub client_ca_pem: Option<Vec<u8>>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            limits: Limits::default(),
            shutdown_grace: Duration::from_secs(30),
            compress_responses: false,
            tls: None,
            document_runner: Pipeline::enrich_cancellable,
        }
    }
}

/// Serves on `listener` until `shutdown` completes, then drains for at most the grace period.
pub async fn run(
    listener: TcpListener,
    config: ServerConfig,
    source: PipelineSource,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let limits = config.limits.clone();
    let state = ServiceState::with_runner(limits.clone(), config.document_runner);
    let (health_reporter, health_service) = tonic_health::server::health_reporter();
    // The overall status ("", what Kubernetes probes and most balancers ask) follows the
    // enrichment service: not serving while the models load, nor once shutdown has begun.
    set_health(&health_reporter, ServingStatus::NotServing).await;

    let reflection_v1 = reflection_builder().build_v1()?;
    let reflection_v1alpha = reflection_builder().build_v1alpha()?;

    let max_message = limits.max_message_bytes();
    let mut enrichment = EnrichmentServiceServer::new(EnrichmentServiceImpl::new(state.clone()))
        .max_decoding_message_size(max_message)
        // Responses carry every span and token text: allow well beyond the request size.
        .max_encoding_message_size(max_message.saturating_mul(16))
        .accept_compressed(CompressionEncoding::Gzip);
    if config.compress_responses {
        enrichment = enrichment.send_compressed(CompressionEncoding::Gzip);
    }

    let (load_failed_tx, load_failed_rx) = tokio::sync::oneshot::channel::<String>();
    let loader_state = state.clone();
    let loader_health = health_reporter.clone();
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        let loaded = match source {
            PipelineSource::Ready(pipeline) => Ok(pipeline),
            PipelineSource::Later(pipeline) => pipeline.await,
            PipelineSource::Load => tokio::task::spawn_blocking(Pipeline::load)
                .await
                .map_err(|e| e.to_string())
                .and_then(|r| r.map(Arc::new).map_err(|e| e.to_string())),
        };
        match loaded {
            Ok(pipeline) => {
                crate::service::metrics::models_loaded(started.elapsed());
                loader_state.set_pipeline(pipeline);
                set_health(&loader_health, ServingStatus::Serving).await;
                tracing::info!(
                    load_ms = started.elapsed().as_millis() as u64,
                    "models loaded; serving"
                );
            }
            Err(error) => {
                tracing::error!(%error, "models failed to load");
                let _ = load_failed_tx.send(error);
            }
        }
    });

    // `stopping` flips once: on the shutdown signal or when the models fail to load.
    let (stopping_tx, stopping_rx) = tokio::sync::watch::channel(false);
    let failure = Arc::new(std::sync::Mutex::new(None::<String>));
    let failure_slot = failure.clone();
    let stopping_health = health_reporter.clone();
    tokio::spawn(async move {
        tokio::select! {
            _ = shutdown => {}
            Ok(error) = load_failed_rx => { *failure_slot.lock().expect("not poisoned") = Some(error); }
        }
        // Health first, so that a balancer polling on an open connection drains this server.
        set_health(&stopping_health, ServingStatus::NotServing).await;
        let _ = stopping_tx.send(true);
    });
    let wait_for_stop = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stopping| *stopping).await;
    };

    let mut builder = Server::builder();
    if let Some(tls) = &config.tls {
        let mut tls_config = tonic::transport::ServerTlsConfig::new().identity(
            tonic::transport::Identity::from_pem(&tls.cert_pem, &tls.key_pem),
        );
        if let Some(ca) = &tls.client_ca_pem {
            tls_config = tls_config.client_ca_root(tonic::transport::Certificate::from_pem(ca));
        }
        builder = builder.tls_config(tls_config).map_err(ServerError::Tls)?;
    }
    let serve = builder
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(enrichment)
        .serve_with_incoming_shutdown(incoming(listener), wait_for_stop(stopping_rx.clone()));
    // Graceful shutdown waits for open connections; a client that never closes its connection
    // must not keep the process alive forever, so the wait is bounded by the grace period.
    let grace = config.shutdown_grace;
    let grace_over = async move {
        wait_for_stop(stopping_rx).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        served = serve => served?,
        _ = grace_over => {
            tracing::warn!(grace_ms = grace.as_millis() as u64, "shutdown grace period over; closing remaining connections");
        }
    }
    if let Some(error) = failure.lock().expect("not poisoned").take() {
        return Err(ServerError::ModelLoad(error));
    }
    Ok(())
}

/// Sets the enrichment service's health and the server's overall health ("") together.
async fn set_health(reporter: &tonic_health::server::HealthReporter, status: ServingStatus) {
    reporter
        .set_service_status(
            <EnrichmentServiceServer<EnrichmentServiceImpl> as tonic::server::NamedService>::NAME,
            status,
        )
        .await;
    reporter.set_service_status("", status).await;
}

/// The accepted connections of `listener`, each with TCP_NODELAY set. The builder's
/// `tcp_nodelay` applies only to listeners the builder binds itself, not to an incoming stream
/// like this one; without it, any response larger than one segment waited ~40 ms for the
/// client's delayed ACK (Nagle's algorithm), 48 ms per seed article instead of 6.
pub fn incoming(
    listener: TcpListener,
) -> impl futures::Stream<Item = std::io::Result<tokio::net::TcpStream>> {
    use futures::StreamExt;
    TcpListenerStream::new(listener).map(|accepted| {
        let stream = accepted?;
        if let Err(error) = stream.set_nodelay(true) {
            tracing::warn!(%error, "could not set TCP_NODELAY on an accepted connection");
        }
        Ok(stream)
    })
}

/// Reflection over every service the server runs. Each reflection version lists both reflection
/// services (by default each lists only itself, so grpcurl, which asks v1alpha, never saw v1).
fn reflection_builder() -> tonic_reflection::server::Builder<'static> {
    tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_reflection::pb::v1alpha::FILE_DESCRIPTOR_SET)
        .include_reflection_service(false)
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown signal received; finishing in-flight requests");
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    /// Nagle's algorithm on the server's sockets costs every multi-segment response ~40 ms: the
    /// accepted connections must have TCP_NODELAY.
    #[tokio::test]
    async fn accepted_connections_have_tcp_nodelay() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut accepted = Box::pin(incoming(listener));
        let _client = tokio::net::TcpStream::connect(addr).await.unwrap();
        let server_side = accepted.next().await.unwrap().unwrap();
        assert!(server_side.nodelay().unwrap());
    }
}
