//! One pass over the normalized text: digit runs, words (looked up once) and symbols.
//!
//! A word is a maximal run of word characters other than ASCII digits, so `10k`, `1st` and
//! `و25` become a digit run and a word that touch; whether they belong together is the
//! grammar's decision ([`crate::expr`]).

use khabar_core::is_word_char;

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

pub(crate) fn tokenize(text: &str, tables: &NumberTables, lexicon: &Lexicon) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut at = 0;
    let mut space_before = false;
    while let Some(c) = text[at..].chars().next() {
        if c.is_ascii_digit() {
            let run = read_number(text, at, tables);
            let glued = glued_to_word_before(text, at, tables.glued_prefixes);
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
        } else if tables.decimal_separators.contains(&c)
            && text[at + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
            && text[..at]
                .chars()
                .next_back()
                .is_none_or(|p| !is_word_char(p) && p != '.' && p != ',')
        {
            // A fraction with no integer part: `.77`, `٫٧٧`.
            let digits_start = at + c.len_utf8();
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
        } else if is_word_char(c) {
            let end = text[at..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c) || c.is_ascii_digit())
                .map_or(text.len(), |(i, _)| at + i);
            tokens.push(Token {
                start: at,
                end,
                kind: Kind::Word(lexicon.lookup(text, at, end)),
                space_before,
            });
            at = end;
        } else if c.is_whitespace() {
            space_before = true;
            at += c.len_utf8();
            continue;
        } else {
            tokens.push(Token {
                start: at,
                end: at + c.len_utf8(),
                kind: Kind::Symbol(c),
                space_before,
            });
            at += c.len_utf8();
        }
        space_before = false;
    }
    tokens
}
