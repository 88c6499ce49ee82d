//! Cancellation of a pipeline run: a flag shared between the caller (who raises it) and the
//! stages (which look at it often and stop early). A leaf module, so that stages deep in the
//! pipeline (the tagger) can look at it without depending on the pipeline.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A flag a caller raises to stop work nobody waits for any more (a passed deadline, a call the
/// client cancelled). The pipeline looks at it between stages, and the entity tagger (the longest
/// stage) before each sentence, so a cancelled run stops within a sentence's work instead of
/// running to its end.
#[derive(Clone, Debug, Default)]
pub struct Cancellation(Arc<AtomicBool>);

impl Cancellation {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
    pub(crate) fn check(&self) -> Result<(), Cancelled> {
        if self.is_cancelled() {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }
}

/// The run stopped because its `Cancellation` was raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("enrichment cancelled")]
pub struct Cancelled;
