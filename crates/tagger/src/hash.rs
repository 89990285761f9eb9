//! The fixed hash behind every feature id: 64-bit FNV-1a over UTF-8 bytes, finished with a
//! bit mixer, and a combiner for features built from other hashes.
//!
//! Invariant: nothing here depends on the platform, the process or a random seed, so a
//! feature gets the same id in the training run that wrote a model and in every program
//! that reads it. Changing any constant or step here changes every id and invalidates every
//! trained model: bump [`crate::model::FORMAT`] if that ever happens.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a state fed bytes, chars or chars lowercased on the fly.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) const fn new() -> Fnv {
        Fnv(FNV_OFFSET)
    }

    pub(crate) const fn byte(self, byte: u8) -> Fnv {
        Fnv((self.0 ^ byte as u64).wrapping_mul(FNV_PRIME))
    }

    pub(crate) const fn bytes(mut self, bytes: &[u8]) -> Fnv {
        let mut i = 0;
        while i < bytes.len() {
            self = self.byte(bytes[i]);
            i += 1;
        }
        self
    }

    pub(crate) fn char(self, c: char) -> Fnv {
        let mut buf = [0u8; 4];
        self.bytes(c.encode_utf8(&mut buf).as_bytes())
    }

    /// Feeds the lowercase form of `c` (one or more chars), without allocating.
    pub(crate) fn lower_char(self, c: char) -> Fnv {
        if c.is_ascii() {
            return self.byte(c.to_ascii_lowercase() as u8);
        }
        c.to_lowercase().fold(self, Fnv::char)
    }

    /// Feeds `text`, lowercased if `lowercase`.
    pub(crate) fn str(self, text: &str, lowercase: bool) -> Fnv {
        if lowercase {
            text.chars().fold(self, Fnv::lower_char)
        } else {
            self.bytes(text.as_bytes())
        }
    }

    pub(crate) const fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// The murmur3 64-bit finalizer: a bijection that spreads every input bit over the output,
/// so the low bits of an id are as good as the high ones.
const fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// The hash of a feature made of two parts (a template's tag and a value, or two values), in
/// order: `combine(a, b) != combine(b, a)` in general.
pub(crate) const fn combine(a: u64, b: u64) -> u64 {
    mix(a.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ b.rotate_left(23))
}

/// The hash of a string, as a `const` so feature templates have fixed tags.
pub(crate) const fn tag(name: &str) -> u64 {
    Fnv::new().bytes(name.as_bytes()).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pins the hash: a change here silently breaks every trained model.
    #[test]
    fn the_hash_is_fixed() {
        assert_eq!(Fnv::new().bytes(b"").0, FNV_OFFSET);
        // The published FNV-1a 64 test vector for "a".
        assert_eq!(Fnv::new().bytes(b"a").0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(tag("word"), Fnv::new().str("WORD", true).finish());
        assert_eq!(
            Fnv::new().str("İstanbul", true).0,
            Fnv::new().str("i̇stanbul", false).0
        );
        assert_ne!(combine(1, 2), combine(2, 1));
    }
}
