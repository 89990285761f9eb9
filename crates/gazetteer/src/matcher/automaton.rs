//! The automaton over a language's keys (names, triggers, sports words): a char-wise
//! double-array Aho–Corasick automaton, built from the keys or loaded ready-made from the
//! file `cargo xtask automata` wrote, and that file's format.
//!
//! The file is one header line, `khabar names automaton 2 daachorse 5 keys=N hash=H`, then
//! the automaton as `daachorse` serializes it. `N` and `H` (the ready-made files' fingerprint,
//! `codec.rs`, over every key in pattern order) identify the key list it was built from: the
//! matcher computes its keys from the tables and rules of the moment and loads the file only
//! when both agree, so the automaton always answers for exactly those keys.
//!
//! Invariant: the value of a key is its first pattern, and `same_key` chains the patterns
//! sharing a key in ascending order; a hit therefore reports every pattern of its key, in
//! pattern order, as the key list had them.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};

use super::{HashMap, MatcherError};
use crate::codec::fingerprint;

/// The end of a [`Automaton::same_key`] chain.
const NO_PATTERN: u32 = u32::MAX;

/// The file's format: bump when the header or the serialized layout changes.
const FORMAT: &str = "khabar names automaton 2 daachorse 5";

/// The automaton and, per pattern, the next pattern with the same key.
pub(super) struct Automaton {
    daac: CharwiseDoubleArrayAhoCorasick<u32>,
    same_key: Vec<u32>,
    /// Loaded from a ready-made file rather than built.
    ready_made: bool,
    /// The keys, concatenated, and where each ends: what [`Automaton::file`] identifies.
    key_text: String,
    key_ends: Vec<u32>,
}

impl std::fmt::Debug for Automaton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Automaton")
            .field("states", &self.daac.num_states())
            .field("patterns", &self.same_key.len())
            .field("ready_made", &self.ready_made)
            .finish()
    }
}

/// The header line of the file for `keys`.
fn header<'k>(keys: impl Iterator<Item = &'k str>) -> String {
    let mut count = 0usize;
    let hash = fingerprint(keys.map(|key| {
        count += 1;
        key.as_bytes()
    }));
    format!("{FORMAT} keys={count} hash={hash:016x}\n")
}

/// Per pattern, the next pattern with the same key, and the distinct keys with their first
/// pattern.
fn chains<'k>(keys: &[&'k str]) -> (Vec<u32>, Vec<(&'k str, u32)>) {
    let mut last: HashMap<&str, u32> = HashMap::default();
    let mut same_key = vec![NO_PATTERN; keys.len()];
    let mut distinct = Vec::with_capacity(keys.len());
    for (i, &key) in keys.iter().enumerate() {
        let i = i as u32;
        match last.insert(key, i) {
            Some(previous) => same_key[previous as usize] = i,
            None => distinct.push((key, i)),
        }
    }
    (same_key, distinct)
}

impl Automaton {
    /// The automaton over `keys` (pattern `i` is `keys[i]`): `ready`'s when it was built
    /// from exactly these keys, else built now.
    pub(super) fn new(keys: &[&str], ready: Option<&[u8]>) -> Result<Automaton, MatcherError> {
        let (same_key, distinct) = chains(keys);
        let key_text = keys.concat();
        let key_ends = keys
            .iter()
            .scan(0u32, |end, k| {
                *end += k.len() as u32;
                Some(*end)
            })
            .collect();
        let (daac, ready_made) = match ready.and_then(|bytes| load(bytes, keys)) {
            Some(daac) => (daac, true),
            None => {
                let daac = CharwiseDoubleArrayAhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build_with_values(distinct)
                    .map_err(|e| MatcherError::Automaton(e.to_string()))?;
                (daac, false)
            }
        };
        Ok(Automaton {
            daac,
            same_key,
            ready_made,
            key_text,
            key_ends,
        })
    }

    /// The key of pattern `i` (empty past the last).
    pub(super) fn key(&self, i: usize) -> &str {
        let end = self.key_ends.get(i).copied().unwrap_or(0) as usize;
        let start = match i.checked_sub(1) {
            Some(before) => self.key_ends.get(before).copied().unwrap_or(0) as usize,
            None => 0,
        };
        self.key_text.get(start..end).unwrap_or("")
    }

    /// The keys it was built from, in pattern order.
    pub(super) fn keys(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.key_ends.iter().copied());
        starts.zip(&self.key_ends).map(|(start, &end)| {
            self.key_text
                .get(start as usize..end as usize)
                .unwrap_or("")
        })
    }

    /// Whether this automaton was loaded ready-made.
    pub(super) fn ready_made(&self) -> bool {
        self.ready_made
    }

    /// The file `cargo xtask automata` writes for this automaton.
    pub(super) fn file(&self) -> Vec<u8> {
        let mut out = header(self.keys()).into_bytes();
        out.extend(self.daac.serialize());
        out
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.daac.heap_bytes()
            + self.same_key.len() * 4
            + self.key_text.len()
            + self.key_ends.len() * 4
    }

    /// Every hit in `hay`: (start, end, pattern), ends ascending; a key shared by several
    /// patterns gives one hit per pattern.
    pub(super) fn hits<'a>(
        &'a self,
        hay: &'a str,
    ) -> impl Iterator<Item = (usize, usize, u32)> + 'a {
        self.daac.find_overlapping_iter(hay).flat_map(move |m| {
            let (start, end) = (m.start(), m.end());
            std::iter::successors(Some(m.value()), |&p| {
                self.same_key
                    .get(p as usize)
                    .copied()
                    .filter(|&next| next != NO_PATTERN)
            })
            .map(move |p| (start, end, p))
        })
    }
}

/// The automaton of a ready-made file, if the file was built from `keys` and reads whole.
fn load(bytes: &[u8], keys: &[&str]) -> Option<CharwiseDoubleArrayAhoCorasick<u32>> {
    let expected = header(keys.iter().copied());
    let body = bytes.strip_prefix(expected.as_bytes())?;
    match CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(body) {
        Ok((daac, [])) => Some(daac),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(a: &Automaton, hay: &str) -> Vec<(usize, usize, u32)> {
        a.hits(hay).collect()
    }

    #[test]
    fn a_shared_key_reports_each_pattern_in_order() {
        let keys = ["paris", "texas", "paris", "is"];
        let a = Automaton::new(&keys, None).expect("builds");
        assert_eq!(
            hits(&a, "paris texas"),
            [(0, 5, 0), (0, 5, 2), (3, 5, 3), (6, 11, 1)]
        );
    }

    #[test]
    fn a_file_loads_only_for_the_keys_it_was_built_from() {
        let keys = ["غزة", "رفح", "dhaka"];
        let built = Automaton::new(&keys, None).expect("builds");
        assert!(!built.ready_made());
        let file: &'static [u8] = Box::leak(built.file().into_boxed_slice());
        let loaded = Automaton::new(&keys, Some(file)).expect("loads");
        assert!(loaded.ready_made());
        assert_eq!(hits(&loaded, "رفح و غزة"), hits(&built, "رفح و غزة"));
        assert_eq!(loaded.file(), file);
        // One key more, one key changed, or the same keys in another order: built anew.
        for other in [
            &["غزة", "رفح", "dhaka", "delhi"][..],
            &["غزة", "رفح", "dhakka"],
            &["رفح", "غزة", "dhaka"],
        ] {
            let a = Automaton::new(other, Some(file)).expect("builds");
            assert!(!a.ready_made(), "{other:?}");
        }
        // A truncated or corrupted file is not loaded.
        let cut = &file[..file.len() - 3];
        assert!(
            !Automaton::new(&keys, Some(cut))
                .expect("builds")
                .ready_made()
        );
        assert_eq!(loaded.key(1), "رفح");
        assert_eq!(loaded.key(3), "");
    }
}
