//! Who said each quote: the explicit speaker of a cue (`explicit.rs`), phrases that name
//! speakers the tagger did not find (`phrase.rs`), and the attribution over the whole article
//! that resolves quotes with no named speaker (`resolve.rs`).

pub(super) mod explicit;
pub(super) mod phrase;
pub(super) mod resolve;
