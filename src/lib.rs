//! naba (نبأ, "news"): text enrichment for Arabic and English news.
//!
//! A plain library first (`Pipeline`), with a thin gRPC layer on top (`service`, `server`):
//!
//! ```text
//! text ─ normalize ─ sentences ─ tokens ─ entities ─ quotes
//!        (offset map)                     (grouped)  (attributed)
//! ```
//!
//! Offset contract: inside the pipeline, spans are byte offsets, typed `NormSpan` over the
//! normalized text or `OrigSpan` over the original; `pipeline.rs` maps them back in one place.
//! Spans returned to callers are half-open, over the ORIGINAL text, converted to the caller's unit
//! (UTF-8, UTF-16, code points) once, at the edge (`service::convert`).
//!
//! Where each language lives: `normalize/arabic.rs`, `sentences/{arabic,english}.rs`,
//! `tokens/arabic.rs` (clitics), `entities/{arabic,english}.rs`, `quotes/{arabic,english}.rs`.

pub mod cancel;
pub mod conll;
pub mod entities;
pub mod eval;
pub mod label;
pub mod load;
pub mod normalize;
pub mod pipeline;
pub mod quotes;
pub mod resources;
pub mod sentences;
pub mod server;
pub mod service;
pub mod text;
pub mod tokens;
pub mod training;
pub mod view;

pub use pipeline::{Enrichment, Feature, Options, Pipeline};

/// Generated protobuf types and gRPC stubs (package `enrich.v1`).
pub mod proto {
    #![allow(clippy::all, missing_docs)]
    tonic::include_proto!("enrich.v1");

    /// Encoded descriptor set of `proto/`, for reflection and proto3 JSON.
    pub const FILE_DESCRIPTOR_SET: &[u8] =
        include_bytes!(concat!(env!("OUT_DIR"), "/enrich_descriptor.bin"));
}
