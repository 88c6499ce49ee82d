//! Text primitives shared by every stage: byte spans in the two coordinate spaces, the offset map
//! between them, conversion to the caller's offset unit, and language identification.
//!
//! Nothing here knows about gRPC; nothing here changes text.

pub mod encoding;
pub mod lang;
pub mod offset_map;
pub mod span;

pub use encoding::OffsetConverter;
pub use offset_map::{OffsetMap, OffsetMapBuilder};
pub use span::{NormSpan, OrigSpan, Span};
