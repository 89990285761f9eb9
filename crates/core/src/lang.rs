//! Language codes and the script-based detector behind `--lang auto`.

use std::fmt;

/// A language as a short lowercase ASCII code (`en`, `ar`, `bn`, or any other ISO 639 code).
///
/// It is a code rather than an enum so that a plugin crate can add a language without a
/// change here: the runner runs whatever extractors are registered for a document's code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    // Invariant: bytes[..len] is lowercase ASCII letters, 2 or 3 of them; the rest are 0.
    bytes: [u8; 3],
    len: u8,
}

impl Lang {
    pub const EN: Lang = Lang {
        bytes: *b"en\0",
        len: 2,
    };
    pub const AR: Lang = Lang {
        bytes: *b"ar\0",
        len: 2,
    };
    pub const BN: Lang = Lang {
        bytes: *b"bn\0",
        len: 2,
    };
    /// Persian: Arabic script, recognised only so that it is not read as Arabic.
    pub const FA: Lang = Lang {
        bytes: *b"fa\0",
        len: 2,
    };
    /// Undetermined (ISO 639-2 `und`).
    pub const UND: Lang = Lang {
        bytes: *b"und",
        len: 3,
    };

    /// Parses a 2- or 3-letter lowercase code; `None` for anything else.
    pub fn parse(code: &str) -> Option<Lang> {
        let b = code.as_bytes();
        if !(2..=3).contains(&b.len()) || !b.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let mut bytes = [0u8; 3];
        bytes[..b.len()].copy_from_slice(b);
        Some(Lang {
            bytes,
            len: b.len() as u8,
        })
    }

    pub fn as_str(&self) -> &str {
        // The invariant makes this ASCII, hence UTF-8; fall back to `und` rather than panic.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("und")
    }

    /// Guesses a document's language from its letters.
    ///
    /// Within English, Arabic and Bengali the script decides, and does so reliably even on
    /// short text; words matter only to tell apart languages sharing a script: Persian
    /// letters mark Arabic-script text as Persian, and Latin text with none of the most common
    /// English function words is left undetermined.
    pub fn detect(text: &str) -> Lang {
        let (mut arabic, mut persian, mut bengali, mut latin) = (0usize, 0usize, 0usize, 0usize);
        for c in text.chars() {
            match c {
                'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' | 'ۀ' | 'ے' | 'ٹ' | 'ڈ' | 'ڑ' => {
                    persian += 1
                }
                // Letters, and the script's own digits and percent sign, so that "٩٥٪" alone
                // still reads as Arabic.
                '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{066A}' | '\u{066E}'..='\u{06D3}' => {
                    arabic += 1
                }
                '\u{06F0}'..='\u{06F9}' => persian += 1,
                '\u{0980}'..='\u{09FF}' => bengali += 1,
                'a'..='z' | 'A'..='Z' => latin += 1,
                _ => {}
            }
        }
        let arabic_script = arabic + persian;
        if bengali == 0 && arabic_script == 0 && latin == 0 {
            return Lang::UND;
        }
        if bengali >= arabic_script && bengali >= latin {
            return Lang::BN;
        }
        if arabic_script >= latin {
            // Persian-only letters are rare in Arabic news (loanwords aside); a few percent of
            // the letters is a clear signal.
            return if persian * 25 > arabic_script {
                Lang::FA
            } else {
                Lang::AR
            };
        }
        if looks_english(text) {
            Lang::EN
        } else {
            Lang::UND
        }
    }
}

/// True when a Latin-script text has English function words, or is too short to tell.
fn looks_english(text: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "at",
        "from", "it", "as", "are", "has", "have", "a", "an", "this", "be", "or", "not", "will",
    ];
    let mut words = 0usize;
    let mut hits = 0usize;
    for word in text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word)) {
            hits += 1;
        }
        if words >= 400 {
            break;
        }
    }
    // English prose runs at a quarter to a third function words; French or Spanish with the
    // odd shared `a`/`on` stays far below an eighth. Short snippets ("one dollar", "June 28") carry no function word; take them as English.
    words < 8 || hits * 8 >= words
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

    #[track_caller]
    fn check(text: &str, expected: &str) {
        assert_eq!(Lang::detect(text).as_str(), expected, "{text}");
    }

    #[test]
    fn detects_by_script() {
        check("The coalition met in Rome on Monday.", "en");
        check("اجتمع التحالف الدولي في روما", "ar");
        check("২০১৪ সালে বিশ্ব কোয়ালিশন গঠন করা হয়", "bn");
        check("این یک متن فارسی است که با حروف پ و گ نوشته شده", "fa");
        check(
            "Le ministre des affaires étrangères a rencontré ses homologues à Rome hier",
            "und",
        );
        check("1 2 3", "und");
        check("٩٥٪", "ar");
        check("১০", "bn");
        check("one dollar", "en");
    }

    #[test]
    fn parses_codes() {
        assert_eq!(Lang::parse("ar"), Some(Lang::AR));
        assert_eq!(Lang::parse("und"), Some(Lang::UND));
        assert_eq!(Lang::parse("AR"), None);
        assert_eq!(Lang::parse("e"), None);
        assert_eq!(Lang::parse("engl"), None);
    }
}
