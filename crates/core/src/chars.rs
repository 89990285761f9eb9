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
    // extractors. Each range below is wholly assigned letters or digits, so the answer is
    // the one the full check would give.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if matches!(c,
        '\u{0620}'..='\u{064A}'
        | '\u{0660}'..='\u{0669}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{0985}'..='\u{098C}'
        | '\u{098F}'..='\u{0990}'
        | '\u{0993}'..='\u{09A8}'
        | '\u{09AA}'..='\u{09B0}'
        | '\u{09B6}'..='\u{09B9}'
        | '\u{09E6}'..='\u{09EF}'
        // The marks the full check below accepts too, so vowel signs are fast as well.
        | '\u{064B}'..='\u{065F}'
        | '\u{0981}'..='\u{0983}'
        | '\u{09BC}'
        | '\u{09BE}'..='\u{09CD}')
    {
        return true;
    }
    // Arabic comma, semicolon and question mark; the Bengali danda and double danda.
    if matches!(
        c,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0964}' | '\u{0965}'
    ) {
        return false;
    }
    full_check(c)
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
