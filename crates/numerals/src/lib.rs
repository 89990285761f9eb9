//! Language-independent number machinery, driven by each language's tables.
//!
//! A language plugin describes its numbers as data in a [`NumberTables`] (which separators
//! group and which mark decimals, which letters may be glued before or after digits, which
//! signs and words make a percentage) and registers a [`NumberExtractor`] over them. The
//! scanning, the grouping rules (Western `1,000,000` and South Asian `10,00,000`) and the
//! value arithmetic live here once.
//!
//! Everything runs on the document's normalized view, where digits of every script are
//! already ASCII.

mod digits;

pub use digits::{DigitRun, scan_digit_runs};

use khabar_core::{Document, Entity, Extractor, NumberValue, Subtype, Value, is_word_char};

/// What a language says about numbers written in digits.
#[derive(Debug)]
pub struct NumberTables {
    /// Characters that group thousands (or lakhs) when followed by a full group of digits.
    pub group_separators: &'static [char],
    /// Characters that start a fractional part when followed by a digit.
    pub decimal_separators: &'static [char],
    /// Letter sequences that may be glued before digits without making them part of a word
    /// (Arabic `و`, `ب`, `ل`: `و25`). Longest first is not required.
    pub glued_prefixes: &'static [&'static str],
    /// Letter sequences that may be glued after digits (Bengali classifiers and case endings:
    /// `১০টি`, `২০১৪-এর`).
    pub glued_suffixes: &'static [&'static str],
    /// Signs after a number that make it a percentage (`%`, `٪`), with at most one space
    /// between.
    pub percent_signs: &'static [char],
}

/// An extractor of numbers in one language, reading that language's [`NumberTables`].
#[derive(Debug)]
pub struct NumberExtractor {
    id: &'static str,
    tables: &'static NumberTables,
}

impl NumberExtractor {
    pub fn new(id: &'static str, tables: &'static NumberTables) -> NumberExtractor {
        NumberExtractor { id, tables }
    }
}

impl Extractor for NumberExtractor {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>)) {
        let text = doc.normalized();
        scan_digit_runs(text, self.tables, &mut |run| {
            let mut end = run.end;
            let mut value = NumberValue::cardinal(run.value);
            let mut reason = "digits";
            if let Some(percent_end) = percent_after(text, end, self.tables.percent_signs) {
                end = percent_end;
                value.subtype = Subtype::Percent;
                reason = "digits+percent-sign";
            } else if !suffix_allows(text, end, self.tables.glued_suffixes) {
                return;
            }
            sink(Entity {
                span: doc.original_span(run.start..end),
                value: Value::Number(value),
                extractor: self.id,
                reason,
            });
        });
    }
}

/// The end of a percent sign right after `at` (one space allowed), if there is one.
fn percent_after(text: &str, at: usize, signs: &[char]) -> Option<usize> {
    let rest = &text[at..];
    let rest_trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let c = rest_trimmed.chars().next()?;
    signs
        .contains(&c)
        .then(|| at + (rest.len() - rest_trimmed.len()) + c.len_utf8())
}

/// True when the text after a digit run ends the number: a non-word character, or one of the
/// language's glued suffixes followed by one.
fn suffix_allows(text: &str, at: usize, suffixes: &[&str]) -> bool {
    let rest = &text[at..];
    match rest.chars().next() {
        None => true,
        Some(c) if !is_word_char(c) => true,
        Some(_) => suffixes.iter().any(|suffix| {
            rest.strip_prefix(suffix)
                .is_some_and(|after| after.chars().next().is_none_or(|c| !is_word_char(c)))
        }),
    }
}
