//! Character classes shared by every extractor's boundary checks.
//!
//! Regex `\b` is Unicode-aware only at a large cost on Arabic and Bengali text, so
//! extractors match without it and check the characters around a match with these
//! predicates instead.

/// True for characters that continue a word: letters, digits and the combining marks of the
/// scripts khabar reads (a Bengali vowel sign or hasanta, an Arabic haraka, ZWJ/ZWNJ).
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Fast paths for the letters khabar reads most: `char::is_alphanumeric` takes a slow
    // table search for every non-ASCII character, which was a third of the time of some
    // extractors. Arabic and Bengali (and the blocks between them) are one bit each.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let offset = (c as u32).wrapping_sub(BLOCK_START);
    if offset < 64 * BLOCK.len() as u32 {
        return BLOCK[(offset / 64) as usize] >> (offset % 64) & 1 == 1;
    }
    full_check(c)
}

/// The first char of [`BLOCK`].
const BLOCK_START: u32 = 0x0600;

/// [`full_check`] over U+0600..U+0A00 (Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic,
/// Devanagari, Bengali), one bit per char, from the word-char ranges of the block as this
/// Rust's Unicode tables have them. Invariant, tested: equal to `full_check` there (a newer
/// Unicode that assigns a letter in the block fails the test, which names it).
const BLOCK: [u64; 16] = block_bits(&[
    (0x0610, 0x061A),
    (0x0620, 0x0669),
    (0x066E, 0x06D3),
    (0x06D5, 0x06FC),
    (0x06FF, 0x06FF),
    (0x0710, 0x073F),
    (0x074D, 0x07B1),
    (0x07C0, 0x07EA),
    (0x07F4, 0x07F5),
    (0x07FA, 0x07FA),
    (0x0800, 0x0817),
    (0x081A, 0x082C),
    (0x0840, 0x0858),
    (0x0860, 0x086A),
    (0x0870, 0x0887),
    (0x0889, 0x088F),
    (0x0897, 0x0897),
    (0x08A0, 0x08C9),
    (0x08D4, 0x08DF),
    (0x08E3, 0x08E9),
    (0x08F0, 0x093B),
    (0x093D, 0x094C),
    (0x094E, 0x0950),
    (0x0955, 0x0963),
    (0x0966, 0x096F),
    (0x0971, 0x0983),
    (0x0985, 0x098C),
    (0x098F, 0x0990),
    (0x0993, 0x09A8),
    (0x09AA, 0x09B0),
    (0x09B2, 0x09B2),
    (0x09B6, 0x09B9),
    (0x09BC, 0x09CE),
    (0x09D7, 0x09D7),
    (0x09DC, 0x09DD),
    (0x09DF, 0x09E3),
    (0x09E6, 0x09F1),
    (0x09F4, 0x09F9),
    (0x09FC, 0x09FC),
]);

/// The bits of inclusive code point ranges, from [`BLOCK_START`].
const fn block_bits(ranges: &[(u32, u32)]) -> [u64; 16] {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < ranges.len() {
        let (first, last) = ranges[i];
        let mut c = first;
        while c <= last {
            let offset = (c - BLOCK_START) as usize;
            bits[offset / 64] |= 1 << (offset % 64);
            c += 1;
        }
        i += 1;
    }
    bits
}

/// The definition the fast paths of [`is_word_char`] stand in for: letters and digits,
/// and the combining marks and joiners of the scripts khabar reads.
fn full_check(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0981}'..='\u{0983}'
            | '\u{09BC}'
            | '\u{09BE}'..='\u{09CD}'
            | '\u{09D7}'
            | '\u{200C}'
            | '\u{200D}')
}

/// True for an ASCII digit; the normalized view has folded every other script's digits to
/// ASCII, so this is the only digit test extractors need on it.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::{full_check, is_word_char};

    /// The fast paths answer as the full check does, over the scripts they cover.
    #[test]
    fn fast_paths_agree_with_the_full_check() {
        for c in (0u32..0x0B00).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), full_check(c), "U+{:04X}", c as u32);
        }
    }
}
