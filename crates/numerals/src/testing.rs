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
    if let Some(diff) = differences(&extractor, text, expected) {
        panic!("{diff}");
    }
}

/// What `extractor` reads in `text` where it differs from `expected`, as an assertion
/// message; `None` when they agree.
fn differences(
    extractor: &NumberExtractor,
    text: &str,
    expected: &[Expected<'_>],
) -> Option<String> {
    let found = find_numbers(extractor, text);
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
    let same = got.len() == expected.len()
        && got
            .iter()
            .zip(expected)
            .all(|(g, w)| (g.0, g.2, g.3, g.4) == (w.0, w.2, w.3, w.4) && same_value(g.1, w.1));
    (!same).then(|| format!("{text}:\n  got  {got:?}\n  want {expected:?}"))
}

/// Whether a value read equals the one expected up to the binary noise the reader removes
/// (twelve significant digits): `2.0 / 3.0` is the `0.666666666667` of `two thirds`.
fn same_value(got: f64, want: f64) -> bool {
    got == want || (got - want).abs() <= 1e-11 * got.abs().max(want.abs())
}

/// Every currency form the shared tables give a language, as a text with an amount and the
/// ISO code that amount must come out with: each ISO code and each CLDR symbol (of any
/// language) before and after `amount`, and each CLDR and curated name of the language
/// after it (a curated symbol that must touch the digits, glued before them). A form the language's own table lists must read as that table says; a symbol
/// CLDR gives to several currencies and no table settles, and a one-letter symbol, are left
/// out, and counted in the second number returned.
pub fn currency_cases(tables: &NumberTables, amount: &str) -> (Vec<(String, String)>, usize) {
    use crate::currency::{CLDR_TABLE, FormKind, NEWS_TABLE, rows};
    use std::collections::{HashMap, HashSet};

    let fold = |s: &str| {
        let s = khabar_core::NormalizedText::new(s).as_str().to_owned();
        if tables.case_insensitive {
            s.to_ascii_lowercase()
        } else {
            s
        }
    };
    let own: HashMap<String, &str> = tables
        .currencies
        .iter()
        .map(|c| (fold(c.name), c.code.as_str()))
        .collect();
    let cldr: Vec<_> = rows(CLDR_TABLE).filter_map(Result::ok).collect();
    let news: Vec<_> = rows(NEWS_TABLE).filter_map(Result::ok).collect();
    let mut symbol_codes: HashMap<String, HashSet<&str>> = HashMap::new();
    for r in &cldr {
        if r.kind != FormKind::Name {
            symbol_codes
                .entry(fold(r.form))
                .or_default()
                .insert(r.code.as_str());
        }
    }
    let mut cases = Vec::new();
    let mut skipped = 0;
    let mut seen = HashSet::new();
    let mut add = |text: String, code: &str| {
        if seen.insert(text.clone()) {
            cases.push((text, code.to_owned()));
        }
    };
    let codes: HashSet<&str> = cldr.iter().map(|r| r.code.as_str()).collect();
    for code in &codes {
        let expected = own.get(&fold(code)).copied().unwrap_or(code);
        add(format!("{code} {amount}"), expected);
        add(format!("{amount} {code}"), expected);
    }
    for r in &cldr {
        let key = fold(r.form);
        let expected = match r.kind {
            FormKind::Name if r.lang != tables.language => continue,
            FormKind::Name => own.get(&key).copied().unwrap_or(r.code.as_str()),
            _ => {
                let lone_letter =
                    r.form.chars().count() < 2 && r.form.chars().all(char::is_alphabetic);
                let shared = symbol_codes.get(&key).is_some_and(|c| c.len() > 1);
                let settled_by = own
                    .get(&key)
                    .copied()
                    .or_else(|| (!shared && !lone_letter).then_some(r.code.as_str()));
                let Some(code) = settled_by.filter(|_| !codes.contains(r.form)) else {
                    skipped += 1;
                    continue;
                };
                add(format!("{} {amount}", r.form), code);
                code
            }
        };
        add(format!("{amount} {}", r.form), expected);
    }
    for r in news.iter().filter(|r| r.lang == tables.language) {
        let expected = own.get(&fold(r.form)).copied().unwrap_or(r.code.as_str());
        if r.kind == FormKind::GluedSymbol {
            add(format!("{}{amount}", r.form), expected);
        } else {
            add(format!("{amount} {}", r.form), expected);
        }
    }
    cases.sort();
    (cases, skipped)
}

/// Asserts that every text of [`currency_cases`] reads as one money amount of `value` with
/// its currency, the whole text its span.
///
/// # Panics
/// Naming every text read otherwise.
#[track_caller]
pub fn check_every_currency(tables: &'static NumberTables, amount: &str, value: f64) -> usize {
    let extractor = NumberExtractor::new("test.numbers", tables);
    let (cases, _) = currency_cases(tables, amount);
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, code)| {
            let want: Expected<'_> = (text, value, Subtype::Money, Some(code), None);
            differences(&extractor, text, &[want])
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    cases.len()
}

/// Asserts that the number grammar over `tables` reads `text` as exactly one range of
/// amounts: its span text, lower and upper end, and currency.
///
/// # Panics
/// When anything else is read, naming the text.
#[track_caller]
pub fn check_range(tables: &'static NumberTables, text: &str, expected: (&str, f64, f64, &str)) {
    let (span, low, high, code) = expected;
    let want = (span, low, Some(high), Subtype::Money, Some(code.to_owned()));
    assert_eq!(ranges(tables, text), [want], "{text}");
}

/// Asserts that `text` holds exactly one number, a range of percentages: `(span, low,
/// high)`.
///
/// # Panics
/// Naming `text` and what was read instead.
#[track_caller]
pub fn check_percent_range(tables: &'static NumberTables, text: &str, expected: (&str, f64, f64)) {
    let (span, low, high) = expected;
    let want = (span, low, Some(high), Subtype::Percent, None);
    assert_eq!(ranges(tables, text), [want], "{text}");
}

/// Asserts that `text` holds exactly one number, a range of counts: `(span, low, high)`.
///
/// # Panics
/// Naming `text` and what was read instead.
#[track_caller]
pub fn check_count_range(tables: &'static NumberTables, text: &str, expected: (&str, f64, f64)) {
    let (span, low, high) = expected;
    let want = (span, low, Some(high), Subtype::Cardinal, None);
    assert_eq!(ranges(tables, text), [want], "{text}");
}

/// A number as the range checks see it: span text, value, upper end, subtype, currency.
type Read<'t> = (&'t str, f64, Option<f64>, Subtype, Option<String>);

/// Every number of `text`, read as [`Read`].
fn ranges<'t>(tables: &'static NumberTables, text: &'t str) -> Vec<Read<'t>> {
    let extractor = NumberExtractor::new("test.numbers", tables);
    find_numbers(&extractor, text)
        .iter()
        .map(|(span, v, _)| {
            (
                &text[span.clone()],
                v.value,
                v.max,
                v.subtype,
                v.currency.as_ref().map(|c| c.as_str().to_owned()),
            )
        })
        .collect()
}

/// Asserts that every shared currency noun with every nationality adjective the CLDR names
/// of `tables`' language give (see `currency.rs`) reads after `amount` as one money amount
/// of `value`: in the adjective's country currency, or in the currency a table names the
/// very pair with (`Canadian dollars`, `دينار يمني`). Returns how many texts were checked.
///
/// # Panics
/// Naming every text read otherwise.
#[track_caller]
pub fn check_every_national(tables: &'static NumberTables, amount: &str, value: f64) -> usize {
    let extractor = NumberExtractor::new("test.numbers", tables);
    let index = crate::currency::CurrencyIndex::new(tables);
    let (adjectives, nouns, after) = index.national_pairs();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (adjective, code) in &adjectives {
        for noun in &nouns {
            let name = if after {
                format!("{noun} {adjective}")
            } else {
                format!("{adjective} {noun}")
            };
            let text = format!("{amount} {name}");
            let found = find_numbers(&extractor, &text);
            let ok = match found.as_slice() {
                [(span, v, _)] => {
                    let named = index.named_currency(&name);
                    *span == (0..text.len())
                        && v.subtype == Subtype::Money
                        && v.value == value
                        && v.currency == Some(named.unwrap_or(*code))
                }
                _ => false,
            };
            checked += 1;
            if !ok {
                wrong.push(format!("{text}: {found:?}, want {code:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    checked
}
