//! Prometheus metrics of the gRPC layer, and the HTTP endpoint that exposes them
//! (`naba serve --metrics-addr`).
//!
//! RPC-level series follow the names of the gRPC ecosystem's Prometheus middleware
//! (`grpc_server_started_total`, `grpc_server_handled_total`, `grpc_server_handling_seconds`
//! with `grpc_type`, `grpc_service`, `grpc_method`, `grpc_code`), so existing dashboards and alerts
//! work unchanged. naba's own series count documents (a stream carries many), their bytes and
//! time, what is in flight, and the model load time. Recording goes through the `metrics`
//! facade: without an installed recorder (the library, the tests, the CLI) every call is a no-op.
//! What this does not do: process metrics (CPU, memory; the kubelet and node exporters have
//! those) or tracing.

use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::Poll;
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

const SERVICE: &str = "enrich.v1.EnrichmentService";

/// Upper bounds (seconds) of the latency histograms: from a short sentence (0.5 ms) to a 1 MiB
/// document under load (tens of seconds, the default request timeout is 30 s).
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Histograms keep a window of recent observations that upkeep folds in; without the exporter's
/// own listener nothing runs it, so the endpoint does, this often.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// The text exposition format Prometheus scrapes.
const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Installs the process-wide Prometheus recorder and describes every series. Fails when a
/// recorder is already installed.
pub fn install() -> Result<PrometheusHandle, String> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), LATENCY_BUCKETS)
        .map_err(|e| e.to_string())?
        .install_recorder()
        .map_err(|e| format!("cannot install the metrics recorder: {e}"))?;
    describe_counter!("grpc_server_started_total", "RPCs started, by method");
    describe_counter!(
        "grpc_server_handled_total",
        "RPCs finished, by method and status code (CANCELLED: the client went away)"
    );
    describe_histogram!(
        "grpc_server_handling_seconds",
        "Time from an RPC's start to its status (a stream: its whole life)"
    );
    describe_gauge!("naba_in_flight_requests", "RPCs in progress, by method");
    describe_counter!(
        "naba_documents_total",
        "Documents answered, by method and status (each document of a stream counts)"
    );
    describe_counter!(
        "naba_document_bytes_total",
        "Text bytes of the documents received"
    );
    describe_histogram!(
        "naba_document_seconds",
        "Time per document, queueing included"
    );
    describe_gauge!(
        "naba_in_flight_documents",
        "Documents admitted or waiting for a processing slot"
    );
    describe_gauge!(
        "naba_model_load_seconds",
        "Time the models and lexicons took to load at start-up"
    );
    describe_gauge!(
        "naba_build_info",
        "Always 1; the labels say which naba this is"
    );
    gauge!(
        "naba_build_info",
        "version" => env!("CARGO_PKG_VERSION"),
        "git_revision" => env!("NABA_GIT_REVISION")
    )
    .set(1.0);
    Ok(handle)
}

/// Serves `GET /metrics` on `listener` until the future of the caller is dropped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    handle: PrometheusHandle,
) -> std::io::Result<()> {
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(UPKEEP_EVERY);
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    let app = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let text = handle.render();
            async move { ([(axum::http::header::CONTENT_TYPE, CONTENT_TYPE)], text) }
        }),
    );
    axum::serve(listener, app).await
}

/// One RPC from start to status: counts its start, holds it in flight, and counts it handled
/// with the status given to `finish`, or CANCELLED when dropped without one.
pub(crate) struct RpcTimer {
    method: &'static str,
    kind: &'static str,
    started: Instant,
    code: OnceLock<&'static str>,
}

impl RpcTimer {
    pub(crate) fn unary(method: &'static str) -> RpcTimer {
        RpcTimer::start(method, "unary")
    }

    fn start(method: &'static str, kind: &'static str) -> RpcTimer {
        counter!("grpc_server_started_total", "grpc_type" => kind, "grpc_service" => SERVICE, "grpc_method" => method)
            .increment(1);
        gauge!("naba_in_flight_requests", "grpc_method" => method).increment(1.0);
        RpcTimer {
            method,
            kind,
            started: Instant::now(),
            code: OnceLock::new(),
        }
    }

    /// Counts the RPC handled with `code`, now (before the client can see the status, so a
    /// scrape right after a call sees it). Only the first status of an RPC counts.
    pub(crate) fn finish(&self, code: tonic::Code) {
        self.record(super::code_name(code));
    }

    fn record(&self, code: &'static str) {
        if self.code.set(code).is_err() {
            return;
        }
        let (method, kind) = (self.method, self.kind);
        counter!("grpc_server_handled_total", "grpc_type" => kind, "grpc_service" => SERVICE, "grpc_method" => method, "grpc_code" => code)
            .increment(1);
        histogram!("grpc_server_handling_seconds", "grpc_type" => kind, "grpc_service" => SERVICE, "grpc_method" => method)
            .record(self.started.elapsed().as_secs_f64());
        gauge!("naba_in_flight_requests", "grpc_method" => method).decrement(1.0);
    }
}

impl Drop for RpcTimer {
    /// Dropped without a status: the client went away (or its deadline passed) first.
    fn drop(&mut self) {
        self.record("CANCELLED");
    }
}

/// A boxed stream of responses, as tonic handlers return them.
pub(crate) type BoxStream<T> = Pin<Box<dyn Stream<Item = Result<T, tonic::Status>> + Send>>;

/// A bidirectional stream's responses, measured as one RPC: OK when they end, the status of an
/// error item when one is sent, CANCELLED when the client leaves first.
pub(crate) fn measured_stream<T: Send + 'static>(
    method: &'static str,
    responses: impl Stream<Item = Result<T, tonic::Status>> + Send + 'static,
) -> BoxStream<T> {
    let timer = Arc::new(RpcTimer::start(method, "bidi_stream"));
    let on_error = timer.clone();
    let mut at_end = Some(timer);
    let ended = futures::stream::poll_fn(move |_| {
        if let Some(timer) = at_end.take() {
            timer.finish(tonic::Code::Ok);
        }
        Poll::Ready(None)
    });
    Box::pin(
        responses
            .inspect(move |item| {
                if let Err(status) = item {
                    on_error.finish(status.code());
                }
            })
            .chain(ended),
    )
}

/// One document answered (or refused), with its size and the time from its arrival.
pub(crate) fn document_answered(
    method: &'static str,
    bytes: usize,
    code: tonic::Code,
    took: Duration,
) {
    counter!("naba_documents_total", "grpc_method" => method, "status" => super::code_name(code))
        .increment(1);
    counter!("naba_document_bytes_total", "grpc_method" => method).increment(bytes as u64);
    histogram!("naba_document_seconds", "grpc_method" => method).record(took.as_secs_f64());
}

/// Holds one document in the in-flight gauge for as long as it lives.
pub(crate) struct DocumentInFlight;

impl DocumentInFlight {
    pub(crate) fn enter() -> DocumentInFlight {
        gauge!("naba_in_flight_documents").increment(1.0);
        DocumentInFlight
    }
}

impl Drop for DocumentInFlight {
    fn drop(&mut self) {
        gauge!("naba_in_flight_documents").decrement(1.0);
    }
}

/// Records how long the models took to load.
pub(crate) fn models_loaded(took: Duration) {
    gauge!("naba_model_load_seconds").set(took.as_secs_f64());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exposition text after `record` runs against a recorder of its own.
    fn exposition(record: impl FnOnce()) -> String {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, record);
        handle.render()
    }

    fn handled(method: &str, kind: &str, code: &str) -> String {
        format!("grpc_server_handled_total{{grpc_type=\"{kind}\",grpc_service=\"{SERVICE}\",grpc_method=\"{method}\",grpc_code=\"{code}\"}} 1")
    }

    #[test]
    fn a_call_dropped_before_its_status_counts_as_cancelled_once() {
        let text = exposition(|| {
            let timer = RpcTimer::unary("Enrich");
            drop(timer);
            let timer = RpcTimer::unary("GetCapabilities");
            timer.finish(tonic::Code::Ok);
            timer.finish(tonic::Code::Internal);
        });
        assert!(
            text.contains(&handled("Enrich", "unary", "CANCELLED")),
            "{text}"
        );
        assert!(
            text.contains(&handled("GetCapabilities", "unary", "OK")),
            "{text}"
        );
        assert!(
            !text.contains("INTERNAL"),
            "only the first status counts: {text}"
        );
        assert!(
            text.contains("naba_in_flight_requests{grpc_method=\"Enrich\"} 0"),
            "{text}"
        );
    }

    #[test]
    fn a_stream_counts_ok_at_its_end_an_error_item_or_cancelled() {
        let text = exposition(|| {
            futures::executor::block_on(async {
                let items = vec![Ok(1), Ok(2)];
                let all: Vec<_> = measured_stream("A", futures::stream::iter(items))
                    .collect()
                    .await;
                assert_eq!(all.len(), 2);
                let items = vec![Ok(1), Err(tonic::Status::data_loss("gone"))];
                let _: Vec<_> = measured_stream("B", futures::stream::iter(items))
                    .collect()
                    .await;
                let mut left = measured_stream("C", futures::stream::iter(vec![Ok(1), Ok(2)]));
                let _ = left.next().await;
                drop(left);
            })
        });
        assert!(text.contains(&handled("A", "bidi_stream", "OK")), "{text}");
        assert!(
            text.contains(&handled("B", "bidi_stream", "DATA_LOSS")),
            "{text}"
        );
        assert!(
            text.contains(&handled("C", "bidi_stream", "CANCELLED")),
            "{text}"
        );
    }
}
