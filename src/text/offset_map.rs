//! The exact map between original and normalized text.
//!
//! Normalization is recorded as a sequence of pieces that tile both texts: an *exact* piece is a
//! stretch copied unchanged (positions inside it map one to one); an *edited* piece replaced or
//! deleted a stretch (positions inside it snap outward to its edges, never interpolated, so a mapped
//! span never lands inside a UTF-8 character or a merged grapheme). A span maps to the smallest span
//! on the other side that produced it: a start snaps to the beginning of an edited piece, an end to
//! its end, and deleted stretches at the edges of a span are left out.
//!
//! Only the normalization driver builds maps (`OffsetMapBuilder`); everyone else only reads them.

use super::span::{NormSpan, OrigSpan};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    orig_start: usize,
    orig_len: usize,
    norm_start: usize,
    norm_len: usize,
    exact: bool,
}

impl Piece {
    fn orig_end(&self) -> usize {
        self.orig_start + self.orig_len
    }
    fn norm_end(&self) -> usize {
        self.norm_start + self.norm_len
    }
}

/// Maps spans between the original and the normalized text.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    orig_len: usize,
    norm_len: usize,
}

/// Which side of the map a lookup starts from.
#[derive(Clone, Copy)]
enum Side {
    Original,
    Normalized,
}

impl Side {
    /// (start, len) of a piece on this side, then on the other side.
    fn coords(self, p: &Piece) -> ((usize, usize), (usize, usize)) {
        match self {
            Side::Original => ((p.orig_start, p.orig_len), (p.norm_start, p.norm_len)),
            Side::Normalized => ((p.norm_start, p.norm_len), (p.orig_start, p.orig_len)),
        }
    }
}

impl OffsetMap {
    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        let mut builder = OffsetMapBuilder::default();
        builder.keep(len);
        builder.finish()
    }

    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// True when normalization changed nothing.
    pub fn is_identity(&self) -> bool {
        self.pieces.iter().all(|p| p.exact)
    }

    /// The smallest original span that produced `span` of the normalized text.
    pub fn to_original(&self, span: NormSpan) -> OrigSpan {
        let start = self.map_start(Side::Normalized, span.start);
        if span.is_empty() {
            return OrigSpan::new(start, start);
        }
        let end = self.map_end(Side::Normalized, span.end).max(start);
        OrigSpan::new(start, end)
    }

    /// The smallest normalized span that `span` of the original text produced.
    pub fn to_normalized(&self, span: OrigSpan) -> NormSpan {
        let start = self.map_start(Side::Original, span.start);
        if span.is_empty() {
            return NormSpan::new(start, start);
        }
        let end = self.map_end(Side::Original, span.end).max(start);
        NormSpan::new(start, end)
    }

    fn side_len(&self, side: Side) -> (usize, usize) {
        match side {
            Side::Original => (self.orig_len, self.norm_len),
            Side::Normalized => (self.norm_len, self.orig_len),
        }
    }

    /// Maps a start position: the first piece that has content at or after `pos` decides.
    fn map_start(&self, side: Side, pos: usize) -> usize {
        let (from_len, to_len) = self.side_len(side);
        if pos >= from_len {
            return to_len;
        }
        let idx = self.pieces.partition_point(|p| {
            let ((s, l), _) = side.coords(p);
            s + l <= pos
        });
        let piece = &self.pieces[idx];
        let ((from_start, _), (to_start, _)) = side.coords(piece);
        if piece.exact {
            to_start + (pos - from_start)
        } else {
            to_start
        }
    }

    /// Maps an end position: the last piece that has content before `pos` decides.
    fn map_end(&self, side: Side, pos: usize) -> usize {
        if pos == 0 {
            return 0;
        }
        let (from_len, to_len) = self.side_len(side);
        if pos >= from_len {
            // Trailing deletions are not part of any span.
            return self
                .pieces
                .iter()
                .rev()
                .find(|p| side.coords(p).0 .1 > 0)
                .map_or(to_len, |p| {
                    let ((fs, fl), (ts, tl)) = side.coords(p);
                    if p.exact {
                        ts + (pos.min(fs + fl) - fs)
                    } else {
                        ts + tl
                    }
                });
        }
        let idx = self.pieces.partition_point(|p| {
            let ((s, l), _) = side.coords(p);
            s + l < pos
        });
        let piece = &self.pieces[idx];
        let ((from_start, _), (to_start, to_len)) = side.coords(piece);
        if piece.exact {
            to_start + (pos - from_start)
        } else {
            to_start + to_len
        }
    }
}

/// Records the edits of one normalization pass, left to right.
#[derive(Debug, Default)]
pub struct OffsetMapBuilder {
    pieces: Vec<Piece>,
    orig_pos: usize,
    norm_pos: usize,
}

impl OffsetMapBuilder {
    /// `len` bytes copied unchanged.
    pub fn keep(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            if last.exact && last.orig_end() == self.orig_pos {
                last.orig_len += len;
                last.norm_len += len;
                self.orig_pos += len;
                self.norm_pos += len;
                return;
            }
        }
        self.push(len, len, true);
    }

    /// `orig_len` original bytes became `norm_len` normalized bytes (0 for a deletion).
    pub fn replace(&mut self, orig_len: usize, norm_len: usize) {
        if orig_len == 0 && norm_len == 0 {
            return;
        }
        debug_assert!(
            orig_len > 0,
            "normalization never inserts text from nothing"
        );
        self.push(orig_len, norm_len, false);
    }

    fn push(&mut self, orig_len: usize, norm_len: usize, exact: bool) {
        self.pieces.push(Piece {
            orig_start: self.orig_pos,
            orig_len,
            norm_start: self.norm_pos,
            norm_len,
            exact,
        });
        self.orig_pos += orig_len;
        self.norm_pos += norm_len;
    }

    pub fn finish(self) -> OffsetMap {
        debug_assert!(self
            .pieces
            .windows(2)
            .all(|w| w[0].orig_end() == w[1].orig_start && w[0].norm_end() == w[1].norm_start));
        OffsetMap {
            pieces: self.pieces,
            orig_len: self.orig_pos,
            norm_len: self.norm_pos,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "aXXb" -> "aYb": X X replaced by one Y; then "c" deleted; then "d" kept.
    fn sample() -> OffsetMap {
        let mut b = OffsetMapBuilder::default();
        b.keep(1); // a
        b.replace(2, 1); // XX -> Y
        b.keep(1); // b
        b.replace(1, 0); // c deleted
        b.keep(1); // d
        b.finish()
    }

    #[test]
    fn exact_positions_map_one_to_one() {
        let m = sample();
        assert_eq!(m.to_original(NormSpan::new(0, 1)), OrigSpan::new(0, 1));
        assert_eq!(m.to_original(NormSpan::new(2, 3)), OrigSpan::new(3, 4));
        assert_eq!(m.to_original(NormSpan::new(3, 4)), OrigSpan::new(5, 6));
    }

    #[test]
    fn edited_pieces_snap_outward() {
        let m = sample();
        assert_eq!(m.to_original(NormSpan::new(1, 2)), OrigSpan::new(1, 3));
        assert_eq!(m.to_normalized(OrigSpan::new(2, 3)), NormSpan::new(1, 2));
    }

    #[test]
    fn deletions_at_span_edges_are_left_out() {
        let m = sample();
        // "b" then "d": the deleted "c" lies between them; "bd" covers it, "b" alone does not.
        assert_eq!(m.to_original(NormSpan::new(2, 3)), OrigSpan::new(3, 4));
        assert_eq!(m.to_original(NormSpan::new(3, 4)), OrigSpan::new(5, 6));
        assert_eq!(m.to_original(NormSpan::new(2, 4)), OrigSpan::new(3, 6));
    }

    #[test]
    fn trailing_deletion_is_not_in_a_span_to_the_end() {
        let mut b = OffsetMapBuilder::default();
        b.keep(2);
        b.replace(3, 0);
        let m = b.finish();
        assert_eq!(m.to_original(NormSpan::new(0, 2)), OrigSpan::new(0, 2));
        assert_eq!(m.to_original(NormSpan::new(2, 2)), OrigSpan::new(5, 5));
    }

    #[test]
    fn identity_map_is_identity() {
        let m = OffsetMap::identity(10);
        assert!(m.is_identity());
        assert_eq!(m.to_original(NormSpan::new(3, 7)), OrigSpan::new(3, 7));
    }
}
