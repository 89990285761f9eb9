//! The little-endian byte format of the ready-made files (`records.bin`, a language's
//! `names.index`): unsigned integers, floats, strings and lists written one after another,
//! with no padding and no schema, read back in the same order. A reader never panics: any
//! short, malformed or non-UTF-8 input reads as `None`, and the caller falls back to
//! building from the tables.

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    pub(crate) fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A length or index: every list here is far below 2^32 entries.
    pub(crate) fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }

    /// Bytes closed by their length, read back whole by [`Reader::blob`].
    pub(crate) fn blob(&mut self, b: &[u8]) {
        self.len(b.len());
        self.bytes.extend_from_slice(b);
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// An optional string: a flag byte, then the string.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }

    pub(crate) fn u32s(&mut self, list: &[u32]) {
        self.len(list.len());
        for &v in list {
            self.u32(v);
        }
    }
}

/// Reads values back from a byte slice, in the order they were written.
#[derive(Debug)]
pub(crate) struct Reader<'b> {
    rest: &'b [u8],
}

impl<'b> Reader<'b> {
    pub(crate) fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader { rest: bytes }
    }

    /// True when every byte was read.
    pub(crate) fn is_done(&self) -> bool {
        self.rest.is_empty()
    }

    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        self.array().map(u64::from_le_bytes)
    }

    pub(crate) fn f64(&mut self) -> Option<f64> {
        self.array().map(f64::from_le_bytes)
    }

    pub(crate) fn len(&mut self) -> Option<usize> {
        self.u32().map(|n| n as usize)
    }

    pub(crate) fn blob(&mut self) -> Option<&'b [u8]> {
        let n = self.len()?;
        self.take(n)
    }

    pub(crate) fn str(&mut self) -> Option<&'b str> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).ok()
    }

    pub(crate) fn opt_str(&mut self) -> Option<Option<&'b str>> {
        match self.u8()? {
            0 => Some(None),
            1 => self.str().map(Some),
            _ => None,
        }
    }

    pub(crate) fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.len()?;
        // A length beyond what is left is malformed: no allocation of it.
        if n > self.rest.len() / 4 {
            return None;
        }
        (0..n).map(|_| self.u32()).collect()
    }
}

/// A 64-bit hash of `parts`, eight bytes at a time (FNV-1a's multiply on words, so that
/// the 3 MB of built-in tables hash in well under a millisecond), each part closed by its
/// length so that parts cannot run into each other.
pub(crate) fn fingerprint<'p>(parts: impl IntoIterator<Item = &'p [u8]>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |word: u64| hash = (hash ^ word).wrapping_mul(0x0100_0000_01b3);
    for part in parts {
        let mut chunks = part.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            mix(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        mix(u64::from_le_bytes(tail));
        mix(part.len() as u64);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_in_order_and_short_input_is_none() {
        let mut w = Writer::default();
        w.u8(7);
        w.u32(70_000);
        w.u64(u64::MAX - 1);
        w.f64(-33.25);
        w.str("غزة");
        w.opt_str(None);
        w.opt_str(Some("ঢাকা"));
        w.u32s(&[1, 2, 3]);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.u32(), Some(70_000));
        assert_eq!(r.u64(), Some(u64::MAX - 1));
        assert_eq!(r.f64(), Some(-33.25));
        assert_eq!(r.str(), Some("غزة"));
        assert_eq!(r.opt_str(), Some(None));
        assert_eq!(r.opt_str(), Some(Some("ঢাকা")));
        assert_eq!(r.u32s(), Some(vec![1, 2, 3]));
        assert!(r.is_done());
        assert_eq!(r.u8(), None);
        for cut in 0..w.bytes.len() {
            let mut r = Reader::new(&w.bytes[..cut]);
            let all = (|| {
                r.u8()?;
                r.u32()?;
                r.u64()?;
                r.f64()?;
                r.str()?;
                r.opt_str()?;
                r.opt_str()?;
                r.u32s()
            })();
            assert_eq!(all, None, "cut at {cut}");
        }
        // A length larger than the input, and a string that is not UTF-8.
        assert_eq!(Reader::new(&[255, 255, 255, 255]).u32s(), None);
        assert_eq!(Reader::new(&[1, 0, 0, 0, 0xc3]).str(), None);
    }

    #[test]
    fn fingerprints_tell_parts_apart() {
        assert_ne!(
            fingerprint([&b"ab"[..], b"c"]),
            fingerprint([&b"a"[..], b"bc"])
        );
        assert_eq!(fingerprint([&b"x"[..]]), fingerprint([&b"x"[..]]));
    }
}
