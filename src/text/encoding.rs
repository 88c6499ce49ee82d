//! Conversion of byte offsets into the caller's unit: UTF-8 bytes, UTF-16 code units or code
//! points.
//!
//! Built once per text in one linear pass, then each offset converts in O(log n) by binary search
//! over the positions of non-ASCII characters (ASCII runs need no table). Astral characters count
//! two UTF-16 units and one code point. Offsets are expected on `char` boundaries; the pipeline
//! only ever produces those.

/// The unit offsets are reported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    #[default]
    Utf8,
    Utf16,
    CodePoint,
}

/// Converts byte offsets of one text into another unit.
#[derive(Clone, Debug)]
pub struct OffsetConverter {
    unit: OffsetUnit,
    /// For each non-ASCII char: (byte offset just after it, units up to that point).
    checkpoints: Vec<(u32, u32)>,
}

impl OffsetConverter {
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut checkpoints = Vec::new();
        if unit != OffsetUnit::Utf8 && !text.is_ascii() {
            let mut units: u32 = 0;
            for (byte, c) in text.char_indices() {
                units += match unit {
                    OffsetUnit::Utf16 => c.len_utf16() as u32,
                    _ => 1,
                };
                if !c.is_ascii() {
                    checkpoints.push(((byte + c.len_utf8()) as u32, units));
                }
            }
        }
        OffsetConverter { unit, checkpoints }
    }

    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// The offset, in this converter's unit, of the byte offset `byte`.
    pub fn convert(&self, byte: usize) -> u32 {
        let byte = byte as u32;
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        // The last checkpoint at or before `byte`; everything after it is ASCII.
        let idx = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        match idx {
            0 => byte,
            _ => {
                let (b, units) = self.checkpoints[idx - 1];
                units + (byte - b)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_unit() {
        // a, alef (2 bytes), emoji (4 bytes, 2 UTF-16 units), b
        let text = "aا😀b";
        let end = text.len();
        let utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
        let cp = OffsetConverter::new(text, OffsetUnit::CodePoint);
        let utf8 = OffsetConverter::new(text, OffsetUnit::Utf8);
        assert_eq!(
            (utf16.convert(3), utf16.convert(7), utf16.convert(end)),
            (2, 4, 5)
        );
        assert_eq!((cp.convert(3), cp.convert(7), cp.convert(end)), (2, 3, 4));
        assert_eq!(utf8.convert(7), 7);
    }
}
