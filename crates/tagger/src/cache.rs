//! The words the feature reader remembers: entries that hold the words' bytes themselves (up
//! to [`INLINE`] bytes, nearly every word of news), so that a lookup reads no allocation of
//! its key, found through a small hash table of their indices (see [`WordCache`]). The
//! answers are those of a map keyed by the word: keys are compared in full, the hash only
//! picks the slot.

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
///
/// The entries lie in one vector in the order they came, and the hash table holds only
/// their indices: a table of 4-byte slots stays in a core's cache where one of 80-byte
/// entries did not, and the words that come first in a stream, the frequent ones, lie
/// together at the vector's start.
///
/// Invariant: `index` holds each index of `entries` exactly once, under the hash of that
/// entry's key, and no two entries have the same key.
#[derive(Debug)]
pub(crate) struct WordCache<V> {
    index: HashTable<u32>,
    entries: Vec<(Key, V)>,
}

impl<V> Default for WordCache<V> {
    fn default() -> Self {
        WordCache {
            index: HashTable::new(),
            entries: Vec::new(),
        }
    }
}

impl<V> WordCache<V> {
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
    }

    /// The index of `word`'s entry.
    fn position(&self, word: &[u8]) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash(word), |&i| {
                entries
                    .get(i as usize)
                    .is_some_and(|(k, _)| k.as_bytes() == word)
            })
            .map(|&i| i as usize)
    }

    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let at = self.position(word.as_bytes())?;
        self.entries.get(at).map(|(_, v)| v)
    }

    pub(crate) fn get_mut(&mut self, word: &str) -> Option<&mut V> {
        let at = self.position(word.as_bytes())?;
        self.entries.get_mut(at).map(|(_, v)| v)
    }

    /// Adds `word`, or replaces its value.
    pub(crate) fn insert(&mut self, word: &str, value: V) {
        if let Some(old) = self.get_mut(word) {
            *old = value;
            return;
        }
        let Ok(at) = u32::try_from(self.entries.len()) else {
            // Four billion words: the caller clears long before.
            return;
        };
        let entries = &self.entries;
        self.index.insert_unique(hash(word.as_bytes()), at, |&i| {
            entries
                .get(i as usize)
                .map_or(0, |(k, _)| hash(k.as_bytes()))
        });
        self.entries.push((Key::new(word), value));
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
