//! The words the feature reader remembers, in a hash table whose slots hold the words'
//! bytes themselves (up to [`INLINE`] bytes, nearly every word of news): a lookup reads one
//! slot, where a table of `Box<str>` keys reads the slot and then the key's own allocation,
//! a second cache miss on a table too big for the cache. The answers are those of a map
//! keyed by the word: keys are compared in full, the hash only picks the slot.

use std::hash::Hasher;

use hashbrown::HashTable;
use khabar_core::WordHasher;

/// Words of up to this many bytes are stored in the slot.
const INLINE: usize = 30;

#[derive(Debug)]
enum Key {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<[u8]>),
}

impl Key {
    fn new(word: &str) -> Key {
        let len = word.len();
        match u8::try_from(len) {
            Ok(short) if len <= INLINE => {
                let mut bytes = [0u8; INLINE];
                bytes[..len].copy_from_slice(word.as_bytes());
                Key::Inline { len: short, bytes }
            }
            _ => Key::Heap(word.as_bytes().into()),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Key::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Key::Heap(bytes) => bytes,
        }
    }
}

fn hash(word: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(word);
    h.finish()
}

/// A map from words to `V`.
#[derive(Debug)]
pub(crate) struct WordCache<V> {
    table: HashTable<(Key, V)>,
}

impl<V> Default for WordCache<V> {
    fn default() -> Self {
        WordCache {
            table: HashTable::new(),
        }
    }
}

impl<V> WordCache<V> {
    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    pub(crate) fn clear(&mut self) {
        self.table.clear();
    }

    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let word = word.as_bytes();
        self.table
            .find(hash(word), |(k, _)| k.as_bytes() == word)
            .map(|(_, v)| v)
    }

    pub(crate) fn get_mut(&mut self, word: &str) -> Option<&mut V> {
        let word = word.as_bytes();
        self.table
            .find_mut(hash(word), |(k, _)| k.as_bytes() == word)
            .map(|(_, v)| v)
    }

    /// Adds `word`, or replaces its value.
    pub(crate) fn insert(&mut self, word: &str, value: V) {
        match self.get_mut(word) {
            Some(old) => *old = value,
            None => {
                self.table.insert_unique(
                    hash(word.as_bytes()),
                    (Key::new(word), value),
                    |(k, _)| hash(k.as_bytes()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_map_keyed_by_the_word() {
        let long = "একটি-খুব-দীর্ঘ-শব্দ-যা-স্লটে-ধরে-না";
        assert!(long.len() > INLINE);
        let words = ["", "a", "the", "العراق", "বাংলাদেশের", long, "a\0", "ab"];
        let mut cache = WordCache::default();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(cache.get(w), None);
            cache.insert(w, i);
        }
        assert_eq!(cache.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(cache.get(w), Some(&i), "{w}");
        }
        // A word and its prefix padded with zero bytes hash alike but are two keys.
        assert_eq!(cache.get("a\0\0"), None);
        if let Some(v) = cache.get_mut(long) {
            *v = 99;
        }
        cache.insert("the", 42);
        assert_eq!((cache.get(long), cache.get("the")), (Some(&99), Some(&42)));
        assert_eq!(cache.len(), words.len());
        cache.clear();
        assert_eq!((cache.len(), cache.get("the")), (0, None));
    }
}
