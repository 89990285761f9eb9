//! The one segmentation of a text that every extractor reads: letter runs, digit runs and
//! single symbols, cut once per document ([`Document::units`](crate::Document::units)) so
//! that the number, date and name passes do not each decode every character and ask
//! [`is_word_char`] of it again.
//!
//! The rules:
//! - whitespace is never in a unit and separates units;
//! - a run of ASCII digits is a [`UnitKind::Digits`] unit (the normalized view has folded
//!   every script's digits to ASCII);
//! - a run of other word characters ([`is_word_char`]: letters, their marks, joiners of
//!   the scripts khabar reads) is a [`UnitKind::Letters`] unit;
//! - every other character is a [`UnitKind::Symbol`] unit of its own.
//!
//! Invariants: units are non-empty, in order, non-overlapping and on char boundaries, and
//! every character of the text that is not whitespace lies in exactly one unit, so what
//! lies between two units is whitespace only. Passes build their own tokens on top:
//! `10,000` is three units the number pass reads as one number, `U.S` three units the
//! name tagger reads as one word. A unit read from its middle (a pass that consumed its
//! start) reads as the same kind of unit: a run's suffix is still a maximal run.

use crate::chars::is_word_char;

/// What a [`Unit`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A maximal run of word characters other than ASCII digits.
    Letters,
    /// A maximal run of ASCII digits.
    Digits,
    /// One character that is neither a word character nor whitespace.
    Symbol,
}

/// A byte range of the text and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    pub start: usize,
    pub end: usize,
    pub kind: UnitKind,
}

impl Unit {
    /// True for letters and digits, the units a word is made of.
    pub fn is_word(&self) -> bool {
        self.kind != UnitKind::Symbol
    }
}

/// Pushes to `out` the units of `text` (see the module doc), in order.
///
/// `out` is not cleared; nothing is allocated but its growth.
pub fn units(text: &str, out: &mut Vec<Unit>) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    // The kind of the run being read and where it started.
    let mut run: Option<(UnitKind, usize)> = None;
    while pos < bytes.len() {
        let (kind, len) = match bytes[pos] {
            // ASCII first: a byte test, no decoding.
            b'0'..=b'9' => (Some(UnitKind::Digits), 1),
            b'a'..=b'z' | b'A'..=b'Z' => (Some(UnitKind::Letters), 1),
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => (None, 1),
            byte if byte.is_ascii() => (Some(UnitKind::Symbol), 1),
            _ => {
                // Not ASCII, so `pos` starts a multi-byte char of `text`.
                let c = text[pos..].chars().next().unwrap_or('\u{FFFD}');
                let kind = if is_word_char(c) {
                    Some(UnitKind::Letters)
                } else if c.is_whitespace() {
                    None
                } else {
                    Some(UnitKind::Symbol)
                };
                (kind, c.len_utf8())
            }
        };
        match (run, kind) {
            (Some((open, _)), Some(next)) if open == next && next != UnitKind::Symbol => {}
            _ => {
                if let Some((open, start)) = run.take() {
                    out.push(Unit {
                        start,
                        end: pos,
                        kind: open,
                    });
                }
                match kind {
                    Some(UnitKind::Symbol) => out.push(Unit {
                        start: pos,
                        end: pos + len,
                        kind: UnitKind::Symbol,
                    }),
                    Some(open) => run = Some((open, pos)),
                    None => {}
                }
            }
        }
        pos += len;
    }
    if let Some((open, start)) = run {
        out.push(Unit {
            start,
            end: pos,
            kind: open,
        });
    }
}

/// Walks units for a pass that reads forward but may consume more than a unit at a time
/// (a number's separators and groups, a phrase of several words).
#[derive(Clone, Debug)]
pub struct UnitCursor<'u> {
    units: &'u [Unit],
    next: usize,
}

impl<'u> UnitCursor<'u> {
    /// A cursor at the start of `units`.
    pub fn new(units: &'u [Unit]) -> UnitCursor<'u> {
        UnitCursor { units, next: 0 }
    }

    /// The first unit a pass that has read up to byte `at` has still to read: the first
    /// ending after `at`, cut to start there if `at` falls inside it.
    ///
    /// `at` is a char boundary of the units' text and never less than at the previous
    /// call (the cursor only moves forward: amortized constant time).
    pub fn next_from(&mut self, at: usize) -> Option<Unit> {
        while let Some(u) = self.units.get(self.next) {
            if u.end > at {
                return Some(Unit {
                    start: u.start.max(at),
                    ..*u
                });
            }
            self.next += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{Unit, UnitCursor, UnitKind, units};
    use crate::chars::is_word_char;

    /// The units of `text` as (kind letter, slice): `L` letters, `D` digits, `S` symbol.
    fn read(text: &str) -> Vec<(char, &str)> {
        let mut out = Vec::new();
        units(text, &mut out);
        out.iter()
            .map(|u| {
                let kind = match u.kind {
                    UnitKind::Letters => 'L',
                    UnitKind::Digits => 'D',
                    UnitKind::Symbol => 'S',
                };
                (kind, &text[u.start..u.end])
            })
            .collect()
    }

    #[track_caller]
    fn check(text: &str, expected: &[(char, &str)]) {
        assert_eq!(read(text), expected, "units of {text:?}");
    }

    #[test]
    fn letters_digits_and_symbols() {
        check(
            "U.S. $10,000 in 2024",
            &[
                ('L', "U"),
                ('S', "."),
                ('L', "S"),
                ('S', "."),
                ('S', "$"),
                ('D', "10"),
                ('S', ","),
                ('D', "000"),
                ('L', "in"),
                ('D', "2024"),
            ],
        );
        check(
            "COVID-19 10k",
            &[
                ('L', "COVID"),
                ('S', "-"),
                ('D', "19"),
                ('D', "10"),
                ('L', "k"),
            ],
        );
        check("", &[]);
        check(" \t\n ", &[]);
    }

    #[test]
    fn other_scripts_and_their_marks() {
        // A proclitic glued to digits, an Arabic comma, a Bengali vowel sign and danda.
        check(
            "و2017، পৌঁছেছে।",
            &[
                ('L', "و"),
                ('D', "2017"),
                ('S', "،"),
                ('L', "পৌঁছেছে"),
                ('S', "।"),
            ],
        );
        // Non-ASCII whitespace separates; ZWNJ is a word character.
        check(
            "a\u{00A0}b\u{2003}c\u{200C}d",
            &[('L', "a"), ('L', "b"), ('L', "c\u{200C}d")],
        );
        check("«القدس»", &[('S', "«"), ('L', "القدس"), ('S', "»")]);
    }

    /// Every non-whitespace char is in exactly one unit of the kind its class gives, and
    /// units are maximal.
    #[test]
    fn units_cover_every_char_but_whitespace() {
        let text = "Zürich ১৬ই ডিসেম্বর, ٢٠٢٤ — (50%) x\u{0301}y 3.5bn\u{FEFF}ok";
        let mut out: Vec<Unit> = Vec::new();
        units(text, &mut out);
        let mut covered = 0;
        for (i, u) in out.iter().enumerate() {
            assert!(
                u.start < u.end && text.is_char_boundary(u.start) && text.is_char_boundary(u.end)
            );
            if i > 0 {
                let gap = &text[out[i - 1].end..u.start];
                assert!(gap.chars().all(char::is_whitespace), "{gap:?}");
                let touching = out[i - 1].end == u.start;
                if touching && u.kind != UnitKind::Symbol {
                    assert_ne!(out[i - 1].kind, u.kind, "not maximal at {}", u.start);
                }
            }
            for c in text[u.start..u.end].chars() {
                let kind = if c.is_ascii_digit() {
                    UnitKind::Digits
                } else if is_word_char(c) {
                    UnitKind::Letters
                } else {
                    UnitKind::Symbol
                };
                assert_eq!(kind, u.kind, "{c:?}");
                covered += c.len_utf8();
            }
        }
        let spaces: usize = text
            .chars()
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        assert_eq!(covered + spaces, text.len());
    }

    #[test]
    fn reading_from_an_offset() {
        let text = "abc 12345 x";
        let mut out = Vec::new();
        units(text, &mut out);
        let from = |at| -> Vec<&str> {
            let mut cursor = UnitCursor::new(&out);
            let mut read = Vec::new();
            let mut at = at;
            while let Some(u) = cursor.next_from(at) {
                read.push(&text[u.start..u.end]);
                at = u.end;
            }
            read
        };
        assert_eq!(from(0), ["abc", "12345", "x"]);
        assert_eq!(from(3), ["12345", "x"]);
        assert_eq!(from(6), ["345", "x"]);
        assert_eq!(from(9), ["x"]);
        assert!(from(11).is_empty());
    }
}
