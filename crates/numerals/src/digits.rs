//! Finding numbers written in digits: boundaries, group separators and decimals.
//!
//! [`read_number`] reads one digit run with its groups and fraction; the tokenizer and the
//! stand-alone [`scan_digit_runs`] both use it, so the grouping rules exist once.

use khabar_core::is_word_char;

use crate::NumberTables;

/// A number written in digits, as byte offsets into the normalized text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DigitRun {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// True when the number had a fractional part.
    pub decimal: bool,
}

/// Calls `found` for every number written in digits in `text` (normalized: ASCII digits).
///
/// A run glued to letters before it is part of a word (`COVID-19`, `A4`) unless the letters
/// are one of the language's glued prefixes; what follows the run is the caller's to judge.
/// Runs separated by group separators join only when every group has the right size, so
/// `1,000,000` and `10,00,000` are one number and `1,2,3` is three.
pub fn scan_digit_runs(text: &str, tables: &NumberTables, found: &mut dyn FnMut(DigitRun)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let run = read_number(text, start, tables);
        i = run.end;
        if glued_to_word_before(text, start, tables) {
            // Skip any digits and separators that still belong to this token.
            continue;
        }
        found(run);
    }
}

/// Reads the number written in digits that starts at `start` (an ASCII digit).
pub(crate) fn read_number(text: &str, start: usize, tables: &NumberTables) -> DigitRun {
    read_number_with(text, start, tables, true)
}

/// The most groups of thousands apart by spaces one number may have (`1 000 000 000 000 000
/// 000`).
const MAX_SPACED_GROUPS: usize = 6;

/// [`read_number`], with thousands apart by spaces tried (`spaces`) or not.
fn read_number_with(text: &str, start: usize, tables: &NumberTables, spaces: bool) -> DigitRun {
    let bytes = text.as_bytes();
    let first_end = digits_end(bytes, start);
    if let Some(run) = fraction_first(text, start, first_end, tables) {
        return run;
    }
    // Walk the candidate groups "<separator><digits>" once, tracking whether they fit the
    // Western (all 3 digits) or South Asian (2-digit groups, then a final 3) pattern.
    let (mut count, mut all_three, mut all_two_before_last, mut last_len) =
        (0usize, true, true, 0usize);
    let mut groups_end = first_end;
    // Where the last separator starts, and whether every group before the last was 3 long.
    let (mut last_sep_at, mut all_three_before_last) = (first_end, true);
    // Whether the groups are apart by spaces, as French typography writes thousands (`1 500
    // 000`); then every separator is one.
    let mut spaced = false;
    while let Some(sep) = text[groups_end..].chars().next() {
        let space = sep == ' ';
        if (space && (!spaces || (count > 0 && !spaced))) || (!space && spaced) {
            break;
        }
        // At most so many groups apart by spaces (a quintillion): a longer chain is no one
        // number, and each of its runs reads a bounded stretch, so the chain costs linear
        // time.
        if space && count == MAX_SPACED_GROUPS {
            count += 1;
            all_three = false;
            break;
        }
        if !space && !tables.group_separators.contains(&sep) {
            break;
        }
        let group_start = groups_end + sep.len_utf8();
        let group_end = digits_end(bytes, group_start);
        if group_end == group_start {
            break;
        }
        spaced = space;
        if count > 0 && last_len != 2 {
            all_two_before_last = false;
        }
        let len = group_end - group_start;
        all_three_before_last = all_three;
        last_sep_at = groups_end;
        all_three &= len == 3;
        last_len = len;
        count += 1;
        groups_end = group_end;
        // Once no grouping can fit and no last group can be a fraction, later groups change
        // nothing below: stop, so that a long chain (`1,000,1,000,…`) read from each of its
        // digit runs costs linear time, not quadratic.
        let first_len = first_end - start;
        let western_possible = all_three && first_len <= 3;
        let south_asian_possible = all_two_before_last && first_len <= 2;
        let fraction_possible = all_three_before_last && first_len <= 3;
        if count >= 2 && !western_possible && !south_asian_possible && !fraction_possible {
            break;
        }
    }
    let first_len = first_end - start;
    if count == 0
        && let Some(run) = dotted_thousands(text, start, first_end, tables)
    {
        return run;
    }
    let western = all_three && first_len <= 3;
    let south_asian = count >= 2 && all_two_before_last && last_len == 3 && first_len <= 2;
    // Groups apart by spaces only where no list of numbers is likelier: two or more
    // (`1 500 000`), or one of three zeros (`15 000`); `March 5 100 people` stays two. The
    // first group has no leading zero.
    let spaced_fits =
        || bytes[start] != b'0' && (count >= 2 || text[first_end + 1..groups_end] == *"000");
    let grouped = count > 0 && (western || (south_asian && !spaced)) && (!spaced || spaced_fits());
    if spaced && !grouped {
        return read_number_with(text, start, tables, false);
    }
    let integer_end = if grouped { groups_end } else { first_end };
    // A separator that may also mark decimals (`5,00`, `1,3`, Arabic `٠,٠٨`) does so when the
    // one group after it does not fit a thousands group and no further group follows.
    let listed = text[..start].chars().next_back().is_some_and(|c| {
        tables.group_separators.contains(&c)
            && bytes[..start - c.len_utf8()]
                .last()
                .is_some_and(u8::is_ascii_digit)
    });
    // With more groups, the last one is the fraction when all before it are thousands
    // groups (`12،220,13`).
    let fits_before_last = count == 1 || (all_three_before_last && first_len <= 3);
    if !grouped
        && count >= 1
        && last_len != 3
        && !listed
        && fits_before_last
        && let Some(sep) = text[last_sep_at..].chars().next()
        && tables.fallback_decimal_separators.contains(&sep)
        && (count == 1 || !text[first_end..].starts_with(sep))
        && let fraction_start = last_sep_at + sep.len_utf8()
        && let fraction_end = digits_end(bytes, fraction_start)
        // Four digits or more on both sides are two numbers, as years listed (`2020,2021`).
        && (last_sep_at - start < 4 || fraction_end - fraction_start < 4)
    {
        let value = integer_value(&bytes[start..last_sep_at])
            + fraction_value(&bytes[fraction_start..fraction_end]);
        return DigitRun {
            start,
            end: fraction_end,
            value: without_noise(value),
            decimal: true,
        };
    }
    let mut value = integer_value(&bytes[start..integer_end]);
    // A fractional part: a decimal separator followed by digits.
    let mut decimal = false;
    let mut number_end = integer_end;
    if let Some(sep) = text[integer_end..].chars().next()
        && tables.decimal_separators.contains(&sep)
    {
        let fraction_start = integer_end + sep.len_utf8();
        let fraction_end = digits_end(bytes, fraction_start);
        // `192.168.1.2` and `5.17.2018` are not decimals: a second separator and digits
        // after the fraction make every part a number of its own.
        let dotted_again = text[fraction_end..]
            .strip_prefix(sep)
            .is_some_and(|rest| rest.as_bytes().first().is_some_and(u8::is_ascii_digit));
        let dotted_before = digits_behind(text, start, sep);
        if fraction_end > fraction_start && !dotted_again && !dotted_before {
            value += fraction_value(&bytes[fraction_start..fraction_end]);
            decimal = true;
            number_end = fraction_end;
        }
    }
    DigitRun {
        start,
        end: number_end,
        value: without_noise(value),
        decimal,
    }
}

/// A decimal separator repeated between groups of three digits after one to three digits
/// (`1.234.567`, as much of Europe writes thousands): no decimal has two marks, so they
/// group thousands, and a fallback decimal separator after them marks the fraction
/// (`1.234.567,89`). Not in the middle of such a chain (read once, from its start), and not
/// where a group has another length (`5.17.2018`, `192.168.1.2`).
fn dotted_thousands(
    text: &str,
    start: usize,
    first_end: usize,
    tables: &NumberTables,
) -> Option<DigitRun> {
    let bytes = text.as_bytes();
    let sep = text[first_end..]
        .chars()
        .next()
        .filter(|c| tables.decimal_separators.contains(c))?;
    let in_chain = digits_behind(text, start, sep);
    if first_end - start > 3 || in_chain {
        return None;
    }
    let (mut groups, mut end) = (0usize, first_end);
    while text[end..].starts_with(sep) {
        let group_start = end + sep.len_utf8();
        let group_end = digits_end(bytes, group_start);
        if group_end == group_start {
            break;
        }
        if group_end - group_start != 3 {
            return None;
        }
        groups += 1;
        end = group_end;
    }
    if groups < 2 {
        return None;
    }
    let mut value = integer_value(&bytes[start..end]);
    let mut decimal = false;
    if let Some(mark) = text[end..].chars().next()
        && tables.fallback_decimal_separators.contains(&mark)
    {
        let fraction_start = end + mark.len_utf8();
        let fraction_end = digits_end(bytes, fraction_start);
        if fraction_end > fraction_start {
            value += fraction_value(&bytes[fraction_start..fraction_end]);
            decimal = true;
            end = fraction_end;
        }
    }
    Some(DigitRun {
        start,
        end,
        value: without_noise(value),
        decimal,
    })
}

/// Whether `sep` glued after a digit stands just before `start`: the run at `start`
/// continues a chain of digits and separators that began before it.
fn digits_behind(text: &str, start: usize, sep: char) -> bool {
    text[..start]
        .strip_suffix(sep)
        .is_some_and(|before| before.as_bytes().last().is_some_and(u8::is_ascii_digit))
}

fn integer_value(digits: &[u8]) -> f64 {
    digits
        .iter()
        .filter(|b| b.is_ascii_digit())
        .fold(0.0, |acc, &b| acc * 10.0 + f64::from(b - b'0'))
}

fn fraction_value(digits: &[u8]) -> f64 {
    let mut scale = 0.1;
    let mut value = 0.0;
    for &b in digits {
        value += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    value
}

/// A decimal written fraction first around one of [`NumberTables::fraction_first_marks`],
/// touching both runs (`94ر6` is 6.94: read right to left, as its script is, it is `6ر94`).
fn fraction_first(
    text: &str,
    start: usize,
    first_end: usize,
    tables: &NumberTables,
) -> Option<DigitRun> {
    let mark = text[first_end..].chars().next()?;
    if !tables.fraction_first_marks.contains(&mark) {
        return None;
    }
    let whole_start = first_end + mark.len_utf8();
    let whole_end = digits_end(text.as_bytes(), whole_start);
    // Nine digits each way at most: more is no price or index, and stays exact in an f64.
    if whole_end == whole_start || whole_end - whole_start > 9 || first_end - start > 9 {
        return None;
    }
    let bytes = text.as_bytes();
    let value =
        integer_value(&bytes[whole_start..whole_end]) + fraction_value(&bytes[start..first_end]);
    Some(DigitRun {
        start,
        end: whole_end,
        value: without_noise(value),
        decimal: true,
    })
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Removes binary noise from a value computed in binary (`7.5 × 10⁶` is 7500000, not
/// 7500000.000000001; `0.1 + 0.2` is 0.3): twelve significant digits, so that a small value
/// keeps its own (`0.0000015`, `a trillionth`, `0.123456789`). Whole and non-finite values
/// are returned as they are.
pub(crate) fn without_noise(value: f64) -> f64 {
    use std::io::Write;
    if value == 0.0 || !value.is_finite() || value.fract() == 0.0 {
        return value;
    }
    // Written in decimal with twelve significant digits and read back: both exact, where
    // scaling by a power of ten would add noise of its own (`1e-12`). On the stack: no
    // allocation per number.
    let mut buffer = [0u8; 40];
    let mut cursor = std::io::Cursor::new(&mut buffer[..]);
    if write!(cursor, "{value:.11e}").is_err() {
        return value;
    }
    let written = cursor.position() as usize;
    std::str::from_utf8(&buffer[..written])
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(value)
}

/// True when the digits at `start` continue a word: a letter right before them that is not a
/// glued prefix standing at a word start nor a letter of a script whose words the language
/// runs into numbers ([`NumberTables::run_together`]), or a hyphen joining them to a word
/// (`COVID-19`).
pub(crate) fn glued_to_word_before(text: &str, start: usize, tables: &NumberTables) -> bool {
    let before = &text[..start];
    let Some(prev) = before.chars().next_back() else {
        return false;
    };
    if prev == '-' || prev == '.' || prev == '_' {
        let before_sep = &before[..before.len() - 1];
        return before_sep
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic());
    }
    if !is_word_char(prev) {
        return false;
    }
    if tables.runs_together(prev) {
        return false;
    }
    !tables.glued_prefixes.iter().any(|prefix| {
        before
            .strip_suffix(prefix)
            .is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !is_word_char(c)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLES: NumberTables = NumberTables {
        group_separators: &[',', '٬', '،'],
        decimal_separators: &['.', '٫'],
        fallback_decimal_separators: &[','],
        glued_prefixes: &["و", "ب"],
        ..NumberTables::EMPTY
    };

    /// The same, with Arabic letters running into digits and `ر` marking a decimal
    /// written fraction first.
    const RUN_TOGETHER: NumberTables = NumberTables {
        run_together: &[('\u{0620}', '\u{064A}')],
        fraction_first_marks: &['ر'],
        ..TABLES
    };

    #[track_caller]
    fn check(text: &str, expected: &[(&str, f64)]) {
        check_with(&TABLES, text, expected);
    }

    #[track_caller]
    fn check_with(tables: &NumberTables, text: &str, expected: &[(&str, f64)]) {
        let mut got = Vec::new();
        scan_digit_runs(text, tables, &mut |run| {
            got.push((&text[run.start..run.end], run.value))
        });
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn groups_and_decimals() {
        check(
            "1,000 and 1,000,000",
            &[("1,000", 1000.0), ("1,000,000", 1_000_000.0)],
        );
        check(
            "1,00,000 and 12,34,567",
            &[("1,00,000", 100_000.0), ("12,34,567", 1_234_567.0)],
        );
        check("1٬000 و7٫5", &[("1٬000", 1000.0), ("7٫5", 7.5)]);
        check("7.5 million, 2.6.", &[("7.5", 7.5), ("2.6", 2.6)]);
        check("1,2,3", &[("1", 1.0), ("2", 2.0), ("3", 3.0)]);
        check("In 2014, 83 members", &[("2014", 2014.0), ("83", 83.0)]);
        check("12345,678", &[("12345", 12345.0), ("678", 678.0)]);
        check(
            "5,00 and 1,3 but 22,24,26",
            &[
                ("5,00", 5.0),
                ("1,3", 1.3),
                ("22", 22.0),
                ("24", 24.0),
                ("26", 26.0),
            ],
        );
        check("12،220,13", &[("12،220,13", 12220.13)]);
        // A fallback mark of two bytes marks decimals too, and after a number it marks a
        // list as a one-byte mark does; four digits or more on both sides are two numbers.
        static COMMA: NumberTables = NumberTables {
            fallback_decimal_separators: &[',', '،'],
            ..TABLES
        };
        check_with(&COMMA, "3،5 and 2،500", &[("3،5", 3.5), ("2،500", 2500.0)]);
        check_with(
            &COMMA,
            "1،2،3 and 1,2,3",
            &[
                ("1", 1.0),
                ("2", 2.0),
                ("3", 3.0),
                ("1", 1.0),
                ("2", 2.0),
                ("3", 3.0),
            ],
        );
        check_with(
            &COMMA,
            "2020,2021 and 0,0008 and 1234,5",
            &[
                ("2020", 2020.0),
                ("2021", 2021.0),
                ("0,0008", 0.0008),
                ("1234,5", 1234.5),
            ],
        );
        check(
            "192.168.1.2",
            &[("192", 192.0), ("168", 168.0), ("1", 1.0), ("2", 2.0)],
        );
        // The decimal mark repeated between groups of three groups thousands, and the
        // fallback decimal mark after them is the fraction; a group of another length
        // makes every part a number.
        check(
            "1.000.000 and 1.234.567,89 but 5.17.2018 and 1.000.1",
            &[
                ("1.000.000", 1_000_000.0),
                ("1.234.567,89", 1_234_567.89),
                ("5", 5.0),
                ("17", 17.0),
                ("2018", 2018.0),
                ("1", 1.0),
                ("000", 0.0),
                ("1", 1.0),
            ],
        );
    }

    /// Thousands apart by spaces make one number where two or more groups follow or the one
    /// group is three zeros; else the runs are numbers of their own. Separators are not
    /// mixed, and a chain longer than a number can be is no number.
    #[test]
    fn groups_apart_by_spaces() {
        check(
            "1 500 000 and 15 000 and 3 000 000.50",
            &[
                ("1 500 000", 1_500_000.0),
                ("15 000", 15_000.0),
                ("3 000 000.50", 3_000_000.5),
            ],
        );
        check(
            "March 5 100 people, 2019 300, 1,000 000",
            &[
                ("5", 5.0),
                ("100", 100.0),
                ("2019", 2019.0),
                ("300", 300.0),
                ("1,000", 1000.0),
                ("000", 0.0),
            ],
        );
        let chain = format!("1{}", " 000".repeat(7));
        let mut got = Vec::new();
        scan_digit_runs(&chain, &TABLES, &mut |run| got.push(run.end - run.start));
        assert_eq!(got, [1, 3, 3, 3, 3, 3, 3, 3], "{chain}");
    }

    #[test]
    fn glued_letters() {
        check("COVID-19 and A4 and x_1", &[]);
        check("و25 ب3 كل5", &[("25", 25.0), ("3", 3.0)]);
        check("(95)", &[("95", 95.0)]);
        // A letter the language runs into numbers is a lost space; other letters and a
        // hyphen still make a code.
        check_with(&RUN_TOGETHER, "بقيمة21 كوفيد-19 A4", &[("21", 21.0)]);
    }

    #[test]
    fn decimals_written_fraction_first() {
        check_with(
            &RUN_TOGETHER,
            "94ر6 و07ر0 و92ر3499",
            &[("94ر6", 6.94), ("07ر0", 0.07), ("92ر3499", 3499.92)],
        );
        // Without the mark in the tables, the letter joins no digits.
        check("94ر6", &[("94", 94.0)]);
    }
}
