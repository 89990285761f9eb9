//! Language codes: a `Lang` is a short ISO 639 code, made by plugins as constants.

use std::fmt;

/// A language as a short lowercase ASCII code (`en`, `ar`, `bn`, or any other ISO 639 code).
///
/// It is a code rather than an enum so that a plugin crate adds a language without a change
/// here: it writes `const LANG: Lang = Lang::new("ur");` and registers a [`crate::Language`].
/// Shared code names no language.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    // Invariant: bytes[..len] is lowercase ASCII letters, 2 or 3 of them; the rest are 0.
    bytes: [u8; 3],
    len: u8,
}

impl Lang {
    /// Undetermined (ISO 639-2 `und`): the detector's answer when no registered language
    /// fits a text.
    pub const UND: Lang = Lang::new("und");

    /// The language with code `code`, for constants: `const UR: Lang = Lang::new("ur");`.
    ///
    /// # Panics
    /// When `code` is not 2 or 3 lowercase ASCII letters; in a `const` that is a compile
    /// error, which is where plugins call it. Use [`Lang::parse`] for text from users.
    pub const fn new(code: &str) -> Lang {
        match Lang::parse(code) {
            Some(lang) => lang,
            None => panic!("a language code is 2 or 3 lowercase ASCII letters"),
        }
    }

    /// Parses a 2- or 3-letter lowercase code; `None` for anything else.
    pub const fn parse(code: &str) -> Option<Lang> {
        let b = code.as_bytes();
        if b.len() < 2 || b.len() > 3 {
            return None;
        }
        let mut bytes = [0u8; 3];
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_lowercase() {
                return None;
            }
            bytes[i] = b[i];
            i += 1;
        }
        Some(Lang {
            bytes,
            len: b.len() as u8,
        })
    }

    pub fn as_str(&self) -> &str {
        // The invariant makes this ASCII, hence UTF-8; fall back to `und` rather than panic.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("und")
    }

    /// Guesses a document's language among the registered ones (see [`crate::Language`]).
    pub fn detect(text: &str) -> Lang {
        crate::detect::detect(text)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes() {
        assert_eq!(Lang::parse("ar"), Some(Lang::new("ar")));
        assert_eq!(Lang::parse("und"), Some(Lang::UND));
        assert_eq!(Lang::parse("AR"), None);
        assert_eq!(Lang::parse("e"), None);
        assert_eq!(Lang::parse("engl"), None);
        assert_eq!(Lang::parse("e1"), None);
        assert_eq!(Lang::new("ur").as_str(), "ur");
    }

    #[test]
    #[should_panic(expected = "2 or 3 lowercase ASCII letters")]
    fn new_rejects_a_bad_code() {
        let _ = Lang::new(std::hint::black_box("Urdu"));
    }
}
