//! The one check function of the number tests: a text, and every number a language's
//! tables read in it, compared in text order as data (span text, value, subtype, currency,
//! bound) so that a missing, extra, misread or mis-spanned number shows in the diff. The
//! language plugins' number tests and this crate's own tests over a tiny test language
//! share it.

use khabar_core::{Bound, Subtype};

use crate::{NumberExtractor, NumberTables, find_numbers};

/// One expected number: the text of its span, its value, subtype, currency (ISO 4217 code)
/// and bound.
pub type Expected<'a> = (&'a str, f64, Subtype, Option<&'a str>, Option<Bound>);

/// Asserts that the number grammar over `tables` finds exactly `expected` in `text`, in
/// order.
///
/// # Panics
/// When the numbers found differ from `expected`, naming the text.
#[track_caller]
pub fn check(tables: &'static NumberTables, text: &str, expected: &[Expected<'_>]) {
    let extractor = NumberExtractor::new("test.numbers", tables);
    let found = find_numbers(&extractor, text);
    let got: Vec<Expected<'_>> = found
        .iter()
        .map(|(span, v, _)| {
            (
                &text[span.clone()],
                v.value,
                v.subtype,
                v.currency.as_ref().map(|c| c.as_str()),
                v.bound,
            )
        })
        .collect();
    assert_eq!(got, expected, "{text}");
}
