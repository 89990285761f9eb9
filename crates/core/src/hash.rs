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
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
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

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::WordMap;

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
