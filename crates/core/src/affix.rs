//! Stripping a clitic or an ending, as the language tables try them on every word.
//!
//! `str::strip_prefix` compares through a `memcmp` call, and a table's dozen clitics or
//! thirty endings tried on each word made that call a few percent of a run although nearly
//! every try fails at its first byte. These compare that byte inline first.

/// `word.strip_prefix(prefix)`, quick to fail.
#[inline]
pub fn strip_prefix<'w>(word: &'w str, prefix: &str) -> Option<&'w str> {
    match (word.as_bytes().first(), prefix.as_bytes().first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => word.strip_prefix(prefix),
    }
}

/// `word.strip_suffix(suffix)`, quick to fail.
#[inline]
pub fn strip_suffix<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    match (word.as_bytes().last(), suffix.as_bytes().last()) {
        (Some(a), Some(b)) if a != b => None,
        _ => word.strip_suffix(suffix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_answers_as_the_standard_library() {
        let words = ["", "و", "والعام", "ইরাকের", "twenty", "a"];
        let affixes = ["", "و", "ال", "ের", "র", "ty", "twenty", "a", "ab"];
        for w in words {
            for a in affixes {
                assert_eq!(strip_prefix(w, a), w.strip_prefix(a), "{w:?} {a:?}");
                assert_eq!(strip_suffix(w, a), w.strip_suffix(a), "{w:?} {a:?}");
            }
        }
    }
}
