//! A fast hasher for the word indexes extractors build from their tables.
//!
//! The standard `HashMap` hashes with SipHash, which resists collision attacks at a cost
//! that showed in profiles: every word of every document is looked up, often several times
//! (with and without a clitic or an ending). The keys come from the plugins' own tables and
//! the text is only looked up, never inserted, so a document cannot degrade the map; this
//! multiply-rotate hash (the one rustc uses for its own tables) is enough.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` keyed by table words, hashed with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Multiply-rotate hashing of 8 bytes at a time.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A bit per class of words (their length and first and last four bytes): a lookup that
/// asks it first skips hashing and probing a table for nearly every word of running text,
/// which is no key. Invariant: `may_contain` is true for every key it was built from; it
/// may be true for other words too (about 1 in 60 for a table of a thousand keys).
#[derive(Clone, Debug)]
pub struct KeyFilter {
    bits: Box<[u64]>,
}

impl Default for KeyFilter {
    /// The filter of no key: every word is absent.
    fn default() -> KeyFilter {
        KeyFilter::from_keys([])
    }
}

/// Bits in a [`KeyFilter`]: 8 KB, which stays in the cache.
const FILTER_BITS: usize = 1 << 16;

impl KeyFilter {
    /// The filter of `keys`.
    pub fn from_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyFilter {
        let mut bits = vec![0u64; FILTER_BITS / 64].into_boxed_slice();
        for key in keys {
            let at = filter_slot(key.as_bytes());
            bits[at / 64] |= 1 << (at % 64);
        }
        KeyFilter { bits }
    }

    /// False when `word` is none of the keys; true when it may be one.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let at = filter_slot(word.as_bytes());
        self.bits
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }
}

/// The bit of a word: its length and its first and last (up to) four bytes, mixed.
#[inline]
fn filter_slot(word: &[u8]) -> usize {
    let n = word.len().min(4);
    let (mut head, mut tail) = ([0u8; 4], [0u8; 4]);
    head[..n].copy_from_slice(&word[..n]);
    tail[..n].copy_from_slice(&word[word.len() - n..]);
    let mixed = (u64::from(u32::from_le_bytes(head)) << 32 | u64::from(u32::from_le_bytes(tail)))
        ^ (word.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // The top bits of the product depend on every input bit.
    (mixed.wrapping_mul(SEED) >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::{KeyFilter, WordMap};

    #[test]
    fn a_key_filter_keeps_every_key_and_rejects_most_other_words() {
        let keys: Vec<String> = (0..1000).map(|i| format!("key{i}")).collect();
        let filter = KeyFilter::from_keys(keys.iter().map(String::as_str));
        assert!(keys.iter().all(|k| filter.may_contain(k)));
        for key in ["", "a", "عام", "সালে", "a somewhat longer key"] {
            assert!(KeyFilter::from_keys([key]).may_contain(key), "{key:?}");
        }
        let others = (0..10_000)
            .map(|i| format!("word{i}"))
            .filter(|w| filter.may_contain(w))
            .count();
        assert!(others < 500, "{others} of 10,000 other words pass");
        assert!(!KeyFilter::from_keys([]).may_contain("anything"));
    }

    #[test]
    fn a_word_map_finds_what_was_put_in() {
        let mut map: WordMap<String, u32> = WordMap::default();
        for (i, w) in ["", "a", "عام", "সালে", "a somewhat longer key"]
            .iter()
            .enumerate()
        {
            map.insert((*w).to_owned(), i as u32);
        }
        assert_eq!(map.get("عام"), Some(&2));
        assert_eq!(map.get("a somewhat longer key"), Some(&4));
        assert_eq!(map.get("b"), None);
    }
}
