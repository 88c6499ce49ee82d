//! Half-open byte spans, typed by the text they point into.
//!
//! The pipeline has two coordinate spaces: the ORIGINAL text as the caller sent it, and the
//! NORMALIZED text the stages work on. `OrigSpan` and `NormSpan` are distinct types so that a span
//! over one can never be used to slice the other; the only way across is `OffsetMap`.
//! Spans are byte offsets on `char` boundaries; conversion to UTF-16 or code points happens once,
//! at the service edge (`text::encoding`).

use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;

/// Marker for spans over the original request text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Original;

/// Marker for spans over the normalized (analysis) text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Normalized;

/// A half-open byte range `[start, end)` in the coordinate space `S`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span<S> {
    pub start: usize,
    pub end: usize,
    space: PhantomData<S>,
}

/// A span over the original text.
pub type OrigSpan = Span<Original>;
/// A span over the normalized text.
pub type NormSpan = Span<Normalized>;

impl<S> Span<S> {
    /// A span from `start` to `end`; panics in debug builds when `start > end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            start,
            end,
            space: PhantomData,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers in `text`, which must be the text of its coordinate space.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Self) -> Self {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: &Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: &Self) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl<S> fmt::Debug for Span<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_and_overlap_are_half_open() {
        let a = NormSpan::new(0, 3);
        let b = NormSpan::new(3, 5);
        assert!(!a.overlaps(&b), "touching spans do not overlap");
        assert_eq!(a.cover(&b), NormSpan::new(0, 5));
        assert!(a.cover(&b).contains(&b));
        assert_eq!(NormSpan::new(1, 4).slice("abcdef"), "bcd");
    }
}
