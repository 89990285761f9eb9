//! Character classes shared by every extractor's boundary checks.
//!
//! Regex `\b` is Unicode-aware only at a large cost on Arabic and Bengali text, so
//! extractors match without it and check the characters around a match with these
//! predicates instead.

/// True for characters that continue a word: letters, digits and the combining marks of the
/// scripts khabar reads (a Bengali vowel sign or hasanta, an Arabic haraka, ZWJ/ZWNJ).
pub fn is_word_char(c: char) -> bool {
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
