//! The gRPC handlers: the ONLY code that touches generated types (with `convert.rs`).
//!
//! Each document is validated, admitted (a bounded number run at once, a bounded number wait;
//! beyond that RESOURCE_EXHAUSTED), run on the blocking pool under a deadline (the server's
//! timeout or the client's `grpc-timeout`, whichever is shorter), converted, and logged as one
//! line without any article text.

pub mod batch;
pub mod contract;
pub mod convert;
pub mod error;
pub mod json;
pub mod metrics;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use futures::StreamExt;
use tokio::sync::Semaphore;
use tonic::{Request, Response, Status, Streaming};

use crate::pipeline::{Cancellation, Cancelled, Enrichment, Options, Pipeline};
use crate::proto;
use crate::proto::enrichment_service_server::EnrichmentService;
pub use error::ServiceError;

/// Request limits of the service.
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_text_bytes: usize,
    pub max_concurrent_requests: usize,
    pub max_queued_requests: usize,
    pub max_stream_in_flight: usize,
    pub request_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_text_bytes: 1024 * 1024,
            max_concurrent_requests: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_queued_requests: 64,
            max_stream_in_flight: 8,
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl Limits {
    /// The transport's message limit: room for a text of up to four times the text limit plus the
    /// other fields, so that an oversized text still reaches validation and gets a precise
    /// INVALID_ARGUMENT naming its size; anything larger is refused by the transport itself.
    pub fn max_message_bytes(&self) -> usize {
        self.max_text_bytes
            .saturating_mul(4)
            .saturating_add(64 * 1024)
    }
}

/// What runs one document on the blocking pool: `Pipeline::enrich_cancellable`, unless a test
/// swaps in a faulty one to check that a panic becomes INTERNAL for its request alone.
pub type DocumentRunner =
    fn(&Pipeline, &str, &Options, &Cancellation) -> Result<Enrichment, Cancelled>;

/// State shared by all handlers.
#[derive(Debug)]
pub struct ServiceState {
    pipeline: OnceLock<Arc<Pipeline>>,
    run_document: DocumentRunner,
    limits: Limits,
    running: Semaphore,
    admitted: Semaphore,
    /// Pipeline runs stopped early because nobody waited for them any more.
    cancelled_runs: AtomicU64,
}

/// Raises its `Cancellation` when dropped: when the request's future goes away (its deadline
/// passed, the client cancelled) the pipeline run on the blocking pool stops at its next stage,
/// or at the tagger's next sentence.
struct CancelOnDrop(Cancellation);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// How a document waits for a processing slot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Admission {
    /// Unary: wait in a bounded queue, refuse beyond it.
    Queue,
    /// Streams: already bounded by the per-stream window; wait.
    Wait,
}

impl ServiceState {
    pub fn new(limits: Limits) -> Arc<Self> {
        Self::with_runner(limits, Pipeline::enrich_cancellable)
    }

    /// A state whose documents run through `run_document` (fault-injection tests).
    pub fn with_runner(limits: Limits, run_document: DocumentRunner) -> Arc<Self> {
        Arc::new(ServiceState {
            pipeline: OnceLock::new(),
            run_document,
            running: Semaphore::new(limits.max_concurrent_requests.max(1)),
            admitted: Semaphore::new(
                limits.max_concurrent_requests.max(1) + limits.max_queued_requests,
            ),
            cancelled_runs: AtomicU64::new(0),
            limits,
        })
    }

    /// Makes the pipeline available; the health service turns SERVING after this.
    pub fn set_pipeline(&self, pipeline: Arc<Pipeline>) {
        let _ = self.pipeline.set(pipeline);
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// How many pipeline runs stopped early because their caller no longer waited.
    pub fn cancelled_runs(&self) -> u64 {
        self.cancelled_runs.load(Ordering::Relaxed)
    }

    async fn enrich_one(
        self: &Arc<Self>,
        request: proto::EnrichRequest,
        admission: Admission,
        client_deadline: Option<Duration>,
    ) -> Result<proto::EnrichResponse, ServiceError> {
        let _in_flight = metrics::DocumentInFlight::enter();
        let pipeline = self.pipeline.get().cloned().ok_or(ServiceError::NotReady)?;
        let valid = convert::validate_request(&request, self.limits.max_text_bytes)?;
        let timeout = client_deadline.map_or(self.limits.request_timeout, |d| {
            d.min(self.limits.request_timeout)
        });
        // A deadline already spent cannot be met: say so before doing the work (a race against
        // a zero timer would let a fast document through).
        if timeout.is_zero() {
            return Err(ServiceError::DeadlineExceeded { ms: 0 });
        }
        let cancel = Cancellation::new();
        let _stop_when_dropped = CancelOnDrop(cancel.clone());
        let work =
            async {
                let _admitted =
                    match admission {
                        Admission::Queue => Some(self.admitted.try_acquire().map_err(|_| {
                            ServiceError::Overloaded {
                                in_flight: self.limits.max_concurrent_requests,
                                queued: self.limits.max_queued_requests,
                            }
                        })?),
                        Admission::Wait => None,
                    };
                let _running = self
                    .running
                    .acquire()
                    .await
                    .map_err(|e| ServiceError::Internal(e.to_string()))?;
                let proto::EnrichRequest {
                    document_id, text, ..
                } = request;
                let state = Arc::clone(self);
                let cancel = cancel.clone();
                let run_document = self.run_document;
                // A panic in the run ends this blocking task only: the join error becomes
                // INTERNAL for this request, and the slots it held are released as usual.
                tokio::task::spawn_blocking(move || {
                    match run_document(&pipeline, &text, &valid.options, &cancel) {
                        Ok(enrichment) => Ok(convert::enrichment_to_response(
                            document_id,
                            &text,
                            enrichment,
                            valid.unit,
                        )),
                        Err(Cancelled) => {
                            state.cancelled_runs.fetch_add(1, Ordering::Relaxed);
                            Err(ServiceError::DeadlineExceeded {
                                ms: timeout.as_millis() as u64,
                            })
                        }
                    }
                })
                .await
                .map_err(|e| ServiceError::Internal(format!("pipeline task failed: {e}")))?
            };
        tokio::time::timeout(timeout, work)
            .await
            .map_err(|_| ServiceError::DeadlineExceeded {
                ms: timeout.as_millis() as u64,
            })?
    }
}

/// The `EnrichmentService` implementation.
#[derive(Clone, Debug)]
pub struct EnrichmentServiceImpl {
    state: Arc<ServiceState>,
}

impl EnrichmentServiceImpl {
    pub fn new(state: Arc<ServiceState>) -> Self {
        EnrichmentServiceImpl { state }
    }
}

/// The client's `grpc-timeout` header (e.g. `500m`, `2S`), if any.
fn client_deadline<T>(request: &Request<T>) -> Option<Duration> {
    let value = request.metadata().get("grpc-timeout")?.to_str().ok()?;
    let (digits, unit) = value.split_at(value.len().checked_sub(1)?);
    let n: u64 = digits.parse().ok()?;
    Some(match unit {
        "H" => Duration::from_secs(n * 3600),
        "M" => Duration::from_secs(n * 60),
        "S" => Duration::from_secs(n),
        "m" => Duration::from_millis(n),
        "u" => Duration::from_micros(n),
        "n" => Duration::from_nanos(n),
        _ => return None,
    })
}

/// One line per document (a unary request, or one document of a stream): method, document size,
/// status (canonical gRPC code name), latency; never the text. The same goes to the metrics.
/// Returns the status code.
fn log_request(
    method: &'static str,
    bytes: usize,
    result: &Result<proto::EnrichResponse, ServiceError>,
    started: Instant,
) -> tonic::Code {
    let took = started.elapsed();
    let code = result
        .as_ref()
        .map_or_else(ServiceError::code, |_| tonic::Code::Ok);
    metrics::document_answered(method, bytes, code, took);
    let latency_ms = (took.as_secs_f64() * 1e6).round() / 1e3;
    match result {
        Ok(_) => tracing::info!(target: "naba::request", method, bytes, status = "OK", latency_ms),
        Err(e) => tracing::info!(
            target: "naba::request",
            method,
            bytes,
            status = code_name(code),
            latency_ms,
            error = %e
        ),
    }
    code
}

/// The canonical upper-case name of a gRPC status code (`INVALID_ARGUMENT`).
pub(crate) fn code_name(code: tonic::Code) -> &'static str {
    use tonic::Code::*;
    match code {
        Ok => "OK",
        Cancelled => "CANCELLED",
        Unknown => "UNKNOWN",
        InvalidArgument => "INVALID_ARGUMENT",
        DeadlineExceeded => "DEADLINE_EXCEEDED",
        NotFound => "NOT_FOUND",
        AlreadyExists => "ALREADY_EXISTS",
        PermissionDenied => "PERMISSION_DENIED",
        ResourceExhausted => "RESOURCE_EXHAUSTED",
        FailedPrecondition => "FAILED_PRECONDITION",
        Aborted => "ABORTED",
        OutOfRange => "OUT_OF_RANGE",
        Unimplemented => "UNIMPLEMENTED",
        Internal => "INTERNAL",
        Unavailable => "UNAVAILABLE",
        DataLoss => "DATA_LOSS",
        Unauthenticated => "UNAUTHENTICATED",
    }
}

type ResponseStream = metrics::BoxStream<proto::EnrichStreamResponse>;

#[tonic::async_trait]
impl EnrichmentService for EnrichmentServiceImpl {
    async fn enrich(
        &self,
        request: Request<proto::EnrichRequest>,
    ) -> Result<Response<proto::EnrichResponse>, Status> {
        let timer = metrics::RpcTimer::unary("Enrich");
        let started = Instant::now();
        let deadline = client_deadline(&request);
        let request = request.into_inner();
        let bytes = request.text.len();
        let result = self
            .state
            .enrich_one(request, Admission::Queue, deadline)
            .await;
        timer.finish(log_request("Enrich", bytes, &result, started));
        result.map(Response::new).map_err(Status::from)
    }

    type EnrichStreamStream = ResponseStream;

    async fn enrich_stream(
        &self,
        request: Request<Streaming<proto::EnrichStreamRequest>>,
    ) -> Result<Response<Self::EnrichStreamStream>, Status> {
        let state = self.state.clone();
        let in_flight = state.limits.max_stream_in_flight.max(1);
        let inbound = request.into_inner();
        // `buffered` keeps at most `in_flight` documents in progress and yields them in request
        // order; it stops pulling from the client while the window is full (backpressure).
        let outbound = inbound
            .enumerate()
            .map(move |(index, item)| {
                let state = state.clone();
                async move {
                    let message = item?;
                    let started = Instant::now();
                    let (document_id, bytes, result) = match message.request {
                        Some(request) => {
                            // An over-long id is refused, not echoed back.
                            let document_id =
                                if request.document_id.len() <= convert::MAX_DOCUMENT_ID_BYTES {
                                    request.document_id.clone()
                                } else {
                                    String::new()
                                };
                            let bytes = request.text.len();
                            // A task of its own, so that the document runs to the end and
                            // frees its processing slot even while the client is not reading
                            // (the stream is then not polled, and a slot held by an unpolled
                            // future would starve every other request).
                            let work = tokio::spawn(async move {
                                state.enrich_one(request, Admission::Wait, None).await
                            });
                            let result = work.await.unwrap_or_else(|e| {
                                Err(ServiceError::Internal(format!("document task failed: {e}")))
                            });
                            (document_id, bytes, result)
                        }
                        None => (
                            String::new(),
                            0,
                            Err(ServiceError::InvalidArgument(
                                "stream message has no `request`; set EnrichStreamRequest.request"
                                    .into(),
                            )),
                        ),
                    };
                    log_request("EnrichStream", bytes, &result, started);
                    let result = Some(match result {
                        Ok(response) => proto::enrich_stream_response::Result::Response(response),
                        Err(error) => {
                            proto::enrich_stream_response::Result::Error(proto::DocumentError {
                                code: error.code() as i32,
                                message: error.to_string(),
                            })
                        }
                    });
                    Ok(proto::EnrichStreamResponse {
                        document_id,
                        result,
                        index: index as u64,
                    })
                }
            })
            .buffered(in_flight);
        Ok(Response::new(metrics::measured_stream(
            "EnrichStream",
            outbound,
        )))
    }

    async fn get_capabilities(
        &self,
        _request: Request<proto::GetCapabilitiesRequest>,
    ) -> Result<Response<proto::GetCapabilitiesResponse>, Status> {
        let timer = metrics::RpcTimer::unary("GetCapabilities");
        timer.finish(tonic::Code::Ok);
        Ok(Response::new(convert::capabilities(&self.state.limits)))
    }
}

/// Runs one request through validation and the pipeline without a server (the CLI's path).
pub fn enrich_in_process(
    pipeline: &Pipeline,
    request: proto::EnrichRequest,
    limits: &Limits,
) -> Result<proto::EnrichResponse, ServiceError> {
    let valid = convert::validate_request(&request, limits.max_text_bytes)?;
    let enrichment = pipeline.enrich(&request.text, &valid.options);
    Ok(convert::enrichment_to_response(
        request.document_id,
        &request.text,
        enrichment,
        valid.unit,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(text: &str) -> proto::EnrichRequest {
        proto::EnrichRequest {
            text: text.into(),
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn requests_before_the_models_load_are_unavailable() {
        let state = ServiceState::new(Limits::default());
        let error = state
            .enrich_one(request("text"), Admission::Queue, None)
            .await
            .unwrap_err();
        assert_eq!(error, ServiceError::NotReady);
        assert_eq!(Status::from(error).code(), tonic::Code::Unavailable);
    }

    #[tokio::test]
    async fn a_full_queue_refuses_with_resource_exhausted() {
        let state = ServiceState::new(Limits {
            max_concurrent_requests: 1,
            max_queued_requests: 0,
            ..Limits::default()
        });
        state.set_pipeline(Arc::new(Pipeline::load().unwrap()));
        let _held = state.admitted.try_acquire().unwrap();
        let error = state
            .enrich_one(request("text"), Admission::Queue, None)
            .await
            .unwrap_err();
        assert!(
            matches!(error, ServiceError::Overloaded { .. }),
            "{error:?}"
        );
        assert_eq!(error.code(), tonic::Code::ResourceExhausted);
        // A stream document waits for a slot instead of failing.
        let waiting = state
            .enrich_one(request("text. more."), Admission::Wait, None)
            .await;
        assert!(waiting.is_ok());
    }

    #[tokio::test]
    async fn the_client_deadline_wins_when_shorter() {
        let state = ServiceState::new(Limits::default());
        state.set_pipeline(Arc::new(Pipeline::load().unwrap()));
        let _running = state
            .running
            .acquire_many(state.limits.max_concurrent_requests as u32)
            .await
            .unwrap();
        let error = state
            .enrich_one(
                request("text"),
                Admission::Queue,
                Some(Duration::from_millis(20)),
            )
            .await
            .unwrap_err();
        assert_eq!(error, ServiceError::DeadlineExceeded { ms: 20 });
    }

    #[tokio::test]
    async fn a_run_past_its_deadline_stops_instead_of_running_on() {
        let limits = Limits {
            max_text_bytes: 8 << 20,
            ..Limits::default()
        };
        let state = ServiceState::new(limits);
        state.set_pipeline(Arc::new(Pipeline::load().unwrap()));
        // Several megabytes of Arabic news: seconds of work, far past a 30 ms deadline.
        let article = include_str!("../../seeds/ar/000_96ef49ff8062f27d.txt");
        let text = article.repeat((4 << 20) / article.len());
        let error = state
            .enrich_one(
                request(&text),
                Admission::Queue,
                Some(Duration::from_millis(30)),
            )
            .await
            .unwrap_err();
        assert_eq!(error, ServiceError::DeadlineExceeded { ms: 30 });
        // The run on the blocking pool sees the raised flag at its next stage or sentence and stops; only a
        // stopped run moves the counter (one that ran on to its end would leave it at 0).
        // Bounded wait, no sleep-and-hope.
        let waited = Instant::now();
        while state.cancelled_runs() == 0 && waited.elapsed() < Duration::from_secs(60) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(state.cancelled_runs(), 1);
    }

    #[test]
    fn grpc_timeout_headers_parse() {
        let mut req = Request::new(());
        req.metadata_mut()
            .insert("grpc-timeout", "250m".parse().unwrap());
        assert_eq!(client_deadline(&req), Some(Duration::from_millis(250)));
        req.metadata_mut()
            .insert("grpc-timeout", "3S".parse().unwrap());
        assert_eq!(client_deadline(&req), Some(Duration::from_secs(3)));
        req.metadata_mut()
            .insert("grpc-timeout", "bogus".parse().unwrap());
        assert_eq!(client_deadline(&req), None);
    }
}
