//! The detectors: each proposes quotes (`Candidate`s) of one form, with their cue, and decides
//! nothing about speakers.
//! - `marked.rs`: quoted runs that are quotes (direct or partial), and which are names in marks;
//! - `colon.rs`: `قال: ...` and headline colons;
//! - `reported.rs`: reported clauses after a cue (indirect);
//! - `trailing.rs`: reported clauses before a cue that ends the sentence (indirect).

pub(super) mod colon;
pub(super) mod marked;
pub(super) mod reported;
pub(super) mod trailing;
