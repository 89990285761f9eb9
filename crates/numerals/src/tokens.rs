//! One pass over the normalized text's units: digit runs (with their separators and
//! groups), words (looked up once) and symbols.
//!
//! A word is a maximal run of word characters other than ASCII digits, so `10k`, `1st` and
//! `و25` become a digit run and a word that touch; whether they belong together is the
//! grammar's decision ([`crate::expr`]).

use khabar_core::{Unit, UnitCursor, UnitKind, is_word_char};

use crate::NumberTables;
use crate::digits::{glued_to_word_before, read_number};
use crate::lexicon::{Lexeme, Lexicon};

#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind {
    /// A number in digits; `glued` when letters before it make it part of a word
    /// (`COVID-19`), unless they were a glued prefix (`و25`).
    Digits {
        value: f64,
        decimal: bool,
        glued: bool,
    },
    Word(Option<Lexeme>),
    Symbol(char),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// Whitespace separates it from the token before.
    pub(crate) space_before: bool,
}

impl Token {
    pub(crate) fn lexeme(&self) -> Option<Lexeme> {
        match self.kind {
            Kind::Word(lexeme) => lexeme,
            _ => None,
        }
    }

    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word(_))
    }
}

/// The value of a Unicode vulgar fraction (`½`, `¾`, `⅓`).
fn vulgar_fraction(c: char) -> Option<f64> {
    let (n, d) = match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    };
    Some(f64::from(n) / f64::from(d))
}

/// The tokens of `text`, read from its `units` (those of `text`, see
/// [`khabar_core::units`]).
pub(crate) fn tokenize(
    text: &str,
    units: &[Unit],
    tables: &NumberTables,
    lexicon: &Lexicon,
) -> Vec<Token> {
    // A token starts at a unit and none starts inside another's, so there are at most as
    // many tokens as units: one allocation, no growth.
    let mut tokens = Vec::with_capacity(units.len());
    // Everything before `at` has been read (a digit run reads its separators and the
    // groups after them, so `at` may skip units or fall inside one).
    let mut at = 0;
    let mut cursor = UnitCursor::new(units);
    while let Some(unit) = cursor.next_from(at) {
        // Only whitespace lies between units.
        let space_before = unit.start > at;
        at = unit.start;
        match unit.kind {
            UnitKind::Digits => {
                let mut run = read_number(text, at, tables);
                let glued = glued_to_word_before(text, at, tables);
                // A vulgar fraction glued after whole digits adds to them (`2½` = 2.5).
                if !run.decimal
                    && let Some(c) = text[run.end..].chars().next()
                    && let Some(fraction) = vulgar_fraction(c)
                {
                    run.value += fraction;
                    run.decimal = true;
                    run.end += c.len_utf8();
                }
                tokens.push(Token {
                    start: at,
                    end: run.end,
                    kind: Kind::Digits {
                        value: run.value,
                        decimal: run.decimal,
                        glued,
                    },
                    space_before,
                });
                at = run.end;
            }
            UnitKind::Letters => {
                tokens.push(Token {
                    start: at,
                    end: unit.end,
                    kind: Kind::Word(lexicon.lookup(text, at, unit.end)),
                    space_before,
                });
                at = unit.end;
            }
            UnitKind::Symbol => {
                let c = text[at..unit.end].chars().next().unwrap_or('\u{FFFD}');
                if tables.decimal_separators.contains(&c)
                    && text[unit.end..].starts_with(|d: char| d.is_ascii_digit())
                    && text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|p| !is_word_char(p) && p != '.' && p != ',')
                {
                    // A fraction with no integer part: `.77`, `٫٧٧`.
                    let digits_start = unit.end;
                    let digits_end = text[digits_start..]
                        .find(|d: char| !d.is_ascii_digit())
                        .map_or(text.len(), |i| digits_start + i);
                    let value = text[digits_start..digits_end]
                        .bytes()
                        .rev()
                        .fold(0.0, |acc, b| (acc + f64::from(b - b'0')) / 10.0);
                    tokens.push(Token {
                        start: at,
                        end: digits_end,
                        kind: Kind::Digits {
                            value,
                            decimal: true,
                            glued: false,
                        },
                        space_before,
                    });
                    at = digits_end;
                } else {
                    tokens.push(Token {
                        start: at,
                        end: unit.end,
                        kind: Kind::Symbol(c),
                        space_before,
                    });
                    at = unit.end;
                }
            }
        }
    }
    tokens
}
