//! The service layer's one error type, mapped to `tonic::Status` in one place (exhaustive match).
//! Every message says what to change.

use tonic::{Code, Status};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ServiceError {
    #[error("{0}")]
    InvalidArgument(String),
    #[error("text is {size} bytes, over the limit of {limit} bytes; split the document or raise --max-text-bytes (NABA_MAX_TEXT_BYTES)")]
    TextTooLarge { size: usize, limit: usize },
    #[error("server is busy: {in_flight} requests in flight and {queued} queued; retry with backoff or use EnrichStream")]
    Overloaded { in_flight: usize, queued: usize },
    #[error("processing did not finish within {ms} ms; send a smaller document, a longer deadline, or raise --request-timeout-ms")]
    DeadlineExceeded { ms: u64 },
    #[error("models are still loading; retry when the health service reports SERVING")]
    NotReady,
    #[error("internal error ({0}); a bug in naba, not in the request: the same document will fail again, so skip it and report it (the server log has the details)")]
    Internal(String),
}

impl ServiceError {
    pub fn code(&self) -> Code {
        match self {
            ServiceError::InvalidArgument(_) | ServiceError::TextTooLarge { .. } => {
                Code::InvalidArgument
            }
            ServiceError::Overloaded { .. } => Code::ResourceExhausted,
            ServiceError::DeadlineExceeded { .. } => Code::DeadlineExceeded,
            ServiceError::NotReady => Code::Unavailable,
            ServiceError::Internal(_) => Code::Internal,
        }
    }
}

impl From<ServiceError> for Status {
    fn from(error: ServiceError) -> Status {
        Status::new(error.code(), error.to_string())
    }
}
