//! Unit tests of the number machinery over a tiny test language, so that a regression in
//! the digit scanner, the tokenizer, the word index or the grammar fails here rather than
//! only in a language plugin. The language has what a real one has, a few of each: number
//! words one to ten and a ten, `hundred`, `thousand` and `million`, ordinals, a percent
//! sign and word, one currency written two ways, bounds before and after.

use khabar_core::Bound;
use khabar_core::Subtype::{Cardinal as N, Money as M, Ordinal as O, Percent as P};

use crate::testing::{self, Expected};
use crate::{CurrencyEntry as C, NumberTables, Word};

use Word::{Count, Multiplier, Ordinal, Scale};

const WORDS: &[(&str, Word)] = &[
    ("one", Count(1.0)),
    ("two", Count(2.0)),
    ("three", Count(3.0)),
    ("four", Count(4.0)),
    ("five", Count(5.0)),
    ("six", Count(6.0)),
    ("seven", Count(7.0)),
    ("eight", Count(8.0)),
    ("nine", Count(9.0)),
    ("ten", Count(10.0)),
    ("twenty", Count(20.0)),
    ("hundred", Multiplier(100.0)),
    ("thousand", Scale(1e3)),
    ("million", Scale(1e6)),
    ("first", Ordinal(1.0)),
    ("second", Ordinal(2.0)),
    ("third", Ordinal(3.0)),
];

/// One currency: a symbol that may touch the digits and a word that may not.
const CURRENCIES: &[C] = &[C::symbol("$", b"USD"), C::word("dollars", b"USD")];

/// The tiny language: English-like, with `,` grouping (and marking decimals when the group
/// after it is not three digits) and `.` marking decimals.
static TINY: NumberTables = NumberTables {
    group_separators: &[','],
    decimal_separators: &['.'],
    fallback_decimal_separators: &[','],
    percent_signs: &['%'],
    case_insensitive: true,
    words: WORDS,
    connectors: &["and"],
    hyphen_joins: true,
    indefinite: &["a"],
    decimal_words: &["point"],
    negatives: &["minus"],
    ordinal_suffixes: &["th"],
    ordinal_denominators: true,
    glued_scales: &[("k", 1e3)],
    money_glued_scales: &[("B", 1e9)],
    percent_after: &["percent"],
    currencies: CURRENCIES,
    subunits: &["cents"],
    bounds_before: &[("about", Bound::About), ("more than", Bound::MoreThan)],
    bounds_after: &[("or more", Bound::AtLeast)],
    ..NumberTables::EMPTY
};

/// The same words with continental separators: `.` groups, `,` marks decimals.
static CONTINENTAL: NumberTables = NumberTables {
    group_separators: &['.'],
    decimal_separators: &[','],
    words: WORDS,
    ..NumberTables::EMPTY
};

#[track_caller]
fn check(text: &str, expected: &[Expected<'_>]) {
    testing::check(&TINY, text, expected);
}

/// A vulgar fraction glued after whole digits is part of the number, in any script.
#[test]
fn a_vulgar_fraction_after_digits() {
    check(
        "2½ and 3¾",
        &[("2½", 2.5, N, None, None), ("3¾", 3.75, N, None, None)],
    );
    check("7⅛", &[("7⅛", 7.125, N, None, None)]);
    // Alone it is no number here.
    check("½", &[]);
}

#[test]
fn digit_runs_with_western_and_south_asian_grouping() {
    check("83", &[("83", 83.0, N, None, None)]);
    check(
        "1,000 and 1,000,000",
        &[
            ("1,000", 1e3, N, None, None),
            ("1,000,000", 1e6, N, None, None),
        ],
    );
    check(
        "1,00,000 or 12,34,567",
        &[
            ("1,00,000", 1e5, N, None, None),
            ("12,34,567", 1_234_567.0, N, None, None),
        ],
    );
    // Groups of the wrong size do not join.
    check(
        "1,2,3 and 12345,678",
        &[
            ("1", 1.0, N, None, None),
            ("2", 2.0, N, None, None),
            ("3", 3.0, N, None, None),
            ("12345", 12345.0, N, None, None),
            ("678", 678.0, N, None, None),
        ],
    );
}

#[test]
fn decimals() {
    check("7.5", &[("7.5", 7.5, N, None, None)]);
    check("1,000.25", &[("1,000.25", 1000.25, N, None, None)]);
    check("rate .5", &[(".5", 0.5, N, None, None)]);
    // Dotted runs are not decimals.
    check(
        "192.168.1.2",
        &[
            ("192", 192.0, N, None, None),
            ("168", 168.0, N, None, None),
            ("1", 1.0, N, None, None),
            ("2", 2.0, N, None, None),
        ],
    );
    // The fallback decimal comma: a group that cannot be a thousands group.
    check(
        "7,5 and 5,00",
        &[("7,5", 7.5, N, None, None), ("5,00", 5.0, N, None, None)],
    );
    // A language whose decimal separator is the comma.
    testing::check(
        &CONTINENTAL,
        "1.000,5 and 2,25",
        &[
            ("1.000,5", 1000.5, N, None, None),
            ("2,25", 2.25, N, None, None),
        ],
    );
    check(
        "seven point five",
        &[("seven point five", 7.5, N, None, None)],
    );
}

#[test]
fn negatives() {
    check("-12", &[("-12", -12.0, N, None, None)]);
    check("minus four", &[("minus four", -4.0, N, None, None)]);
    // A hyphen after a word is not a sign.
    check("x -3", &[("-3", -3.0, N, None, None)]);
}

#[test]
fn digits_glued_to_letters_are_not_numbers() {
    check("COVID-19 and A4", &[]);
    check("4a", &[]);
    check("x1", &[]);
    // A currency word must be separated from the digits; a symbol may touch them.
    check("5dollars", &[]);
    // The scale words of digits glued to letters are theirs: no `million` alone.
    check("x500 million and x2.5 thousand", &[]);
    check("million", &[("million", 1e6, N, None, None)]);
}

/// Binary noise goes (twelve significant digits), a small value keeps its digits.
#[test]
fn values_keep_their_significant_digits() {
    check("0.0000015", &[("0.0000015", 1.5e-6, N, None, None)]);
    check(
        "0.123456789",
        &[("0.123456789", 0.123_456_789, N, None, None)],
    );
    check("7.5 million", &[("7.5 million", 7.5e6, N, None, None)]);
    check("0.1 million", &[("0.1 million", 1e5, N, None, None)]);
    assert_eq!(crate::digits::without_noise(0.1 + 0.2), 0.3);
    assert_eq!(crate::digits::without_noise(7.5 * 1e6 + 1e-9), 7.5e6);
    assert_eq!(
        crate::digits::without_noise(1.000_000_000_000_000_2e-12),
        1e-12
    );
    assert_eq!(crate::digits::without_noise(-2.0 / 3.0), -0.666_666_666_667);
}

#[test]
fn scale_words_after_digits() {
    check("2.5 million", &[("2.5 million", 2.5e6, N, None, None)]);
    check("3 thousand", &[("3 thousand", 3e3, N, None, None)]);
    check(
        "2 million 300 thousand",
        &[("2 million 300 thousand", 2.3e6, N, None, None)],
    );
    check("10k", &[("10k", 1e4, N, None, None)]);
    // A scale only money has: with its currency glued before, else no number.
    check("$5B", &[("$5B", 5e9, M, Some("USD"), None)]);
    check("5B, $ 5B, 5B dollars", &[]);
}

#[test]
fn spelled_out_compounds() {
    check("twenty-three", &[("twenty-three", 23.0, N, None, None)]);
    check("Twenty Three", &[("Twenty Three", 23.0, N, None, None)]);
    check(
        "three hundred and five",
        &[("three hundred and five", 305.0, N, None, None)],
    );
    check(
        "two thousand five hundred",
        &[("two thousand five hundred", 2500.0, N, None, None)],
    );
    check(
        "one million two hundred thousand",
        &[("one million two hundred thousand", 1.2e6, N, None, None)],
    );
    check("a hundred", &[("a hundred", 100.0, N, None, None)]);
    // Hundreds counted past ten take tens and units (`nineteen hundred and eighty-four`).
    check(
        "twenty hundred and twenty-one",
        &[("twenty hundred and twenty-one", 2021.0, N, None, None)],
    );
    // Counts that fill the same decimal place are two numbers.
    check(
        "two three",
        &[("two", 2.0, N, None, None), ("three", 3.0, N, None, None)],
    );
}

#[test]
fn percent() {
    check("5%", &[("5%", 5.0, P, None, None)]);
    check("5 %", &[("5 %", 5.0, P, None, None)]);
    check("3.5 percent", &[("3.5 percent", 3.5, P, None, None)]);
    check("twenty percent", &[("twenty percent", 20.0, P, None, None)]);
    // The sign glued before counts only where the tables say so, and never after a number.
    check("by %5", &[("5", 5.0, N, None, None)]);
    static BEFORE: NumberTables = NumberTables {
        percent_sign_before: true,
        ..TINY
    };
    testing::check(&BEFORE, "by %5", &[("%5", 5.0, P, None, None)]);
    // A percent ending fused to a hundred makes a percentage; fused to another number, or
    // where the tables list none, it is no number.
    static FUSED: NumberTables = NumberTables {
        percent_suffixes: &["parts"],
        ..TINY
    };
    testing::check(
        &FUSED,
        "hundredparts",
        &[("hundredparts", 100.0, P, None, None)],
    );
    testing::check(&FUSED, "twoparts", &[]);
    check("hundredparts", &[]);
    testing::check(
        &BEFORE,
        "50%5",
        &[("50%", 50.0, P, None, None), ("5", 5.0, N, None, None)],
    );
}

#[test]
fn money_with_the_currency_before_or_after() {
    check("$5", &[("$5", 5.0, M, Some("USD"), None)]);
    check("$ 5", &[("$ 5", 5.0, M, Some("USD"), None)]);
    check("5 dollars", &[("5 dollars", 5.0, M, Some("USD"), None)]);
    check(
        "$2.5 million",
        &[("$2.5 million", 2.5e6, M, Some("USD"), None)],
    );
    check(
        "two thousand dollars",
        &[("two thousand dollars", 2000.0, M, Some("USD"), None)],
    );
    check(
        "5 dollars and 20 cents",
        &[("5 dollars and 20 cents", 5.2, M, Some("USD"), None)],
    );
    // A line break may wrap an amount; a blank line ends it.
    check("5\ndollars", &[("5\ndollars", 5.0, M, Some("USD"), None)]);
    check(
        "2024\n\n$5",
        &[
            ("2024", 2024.0, N, None, None),
            ("$5", 5.0, M, Some("USD"), None),
        ],
    );
}

#[test]
fn bounds_stay_outside_the_span() {
    check(
        "about 500 people",
        &[("500", 500.0, N, None, Some(Bound::About))],
    );
    check(
        "more than twenty",
        &[("twenty", 20.0, N, None, Some(Bound::MoreThan))],
    );
    check("20 or more", &[("20", 20.0, N, None, Some(Bound::AtLeast))]);
    check(
        "about $5",
        &[("$5", 5.0, M, Some("USD"), Some(Bound::About))],
    );
}

#[test]
fn ordinals() {
    check("the third", &[("third", 3.0, O, None, None)]);
    // After the indefinite article: an ordinal before a word, a fraction at the end of a
    // clause.
    check("a third way", &[("third", 3.0, O, None, None)]);
    check("by a third.", &[("a third", 1.0 / 3.0, N, None, None)]);
    // The second ordinal is no half: `a second` is a moment or another one.
    check("in a second.", &[("second", 2.0, O, None, None)]);
    check("5th", &[("5th", 5.0, O, None, None)]);
    check("twenty-first", &[("twenty-first", 21.0, O, None, None)]);
    // An ordinal is never a percentage.
    check("5th %", &[("5th", 5.0, O, None, None)]);
}

/// Both currency tables parse, every curated line says why it is there, and the CLDR table
/// has every code the news needs in the three languages.
#[test]
fn currency_tables_parse() {
    use crate::currency::{CLDR_TABLE, NEWS_TABLE, rows};
    let cldr: Vec<_> = rows(CLDR_TABLE)
        .collect::<Result<_, _>>()
        .expect("CLDR table parses");
    let news: Vec<_> = rows(NEWS_TABLE)
        .collect::<Result<_, _>>()
        .expect("news table parses");
    assert!(
        news.iter().all(|r| !r.reason.trim().is_empty()),
        "a curated line without a reason"
    );
    let codes: std::collections::HashSet<&str> = cldr.iter().map(|r| r.code.as_str()).collect();
    assert!(codes.len() > 250, "{} codes", codes.len());
    for lang in ["en", "ar", "bn"] {
        for code in ["USD", "EUR", "OMR", "SDG", "TRY", "JPY", "RUB", "BDT"] {
            assert!(
                cldr.iter()
                    .any(|r| r.lang == lang && r.code.as_str() == code),
                "{code} has no {lang} form"
            );
        }
    }
    assert_eq!(
        crate::currency::rows("USD\ten\tname")
            .next()
            .map(|r| r.map(|_| ())),
        Some(Err(crate::currency::TableError {
            line: 1,
            problem: "no form column"
        }))
    );
    assert!(
        rows("usd\ten\tname\tdollar")
            .next()
            .is_some_and(|r| r.is_err())
    );
}

/// The tiny language's words with the fraction machinery's: denominators made from ordinals
/// by an ending, count adjusters, a linked count, a lower-case-only scale, ratio words.
const FRACTION_WORDS: &[(&str, Word)] = &[
    ("two", Count(2.0)),
    ("three", Count(3.0)),
    ("ten", Count(10.0)),
    ("twohundred", Count(200.0)),
    ("thousand", Scale(1e3)),
    ("million", Scale(1e6)),
    ("third", Ordinal(3.0)),
    ("fifth", Ordinal(5.0)),
    ("half", Word::Fraction(2.0)),
    ("dozen", Multiplier(12.0)),
    ("halfup", Word::Adjust(0.5)),
    ("quarterdown", Word::Adjust(-0.25)),
    ("grand", Scale(1e3)),
    // A count that alone is more often another word, as Bengali `নয়` ("is not").
    ("nove", Count(9.0)),
];

static FRACTIONS: NumberTables = NumberTables {
    decimal_separators: &['.'],
    case_insensitive: true,
    words: FRACTION_WORDS,
    connectors: &["and"],
    hyphen_joins: false,
    indefinite: &["a"],
    currencies: CURRENCIES,
    fraction_links: &["of a"],
    ordinal_fraction_suffixes: &["s"],
    ordinal_denominators: true,
    linked_counts: &[("couple", 2.0, "of")],
    ratios: &["over"],
    lower_case_only: &["grand"],
    ambiguous_alone: &["grand", "nove"],
    count_nouns: &["days"],
    ..NumberTables::EMPTY
};

/// Each rule of the fraction machinery, on words no plugin tuned.
#[test]
fn fractions_adjusters_links_and_ratios() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&FRACTIONS, text, expected);
    // Every ordinal with the ending is a denominator; a hyphen joins before one.
    check("two fifths", &[("two fifths", 0.4, N, None, None)]);
    check("three-fifths", &[("three-fifths", 0.6, N, None, None)]);
    check("two thirds", &[("two thirds", 2.0 / 3.0, N, None, None)]);
    // A fraction after the article reaches its scale through the link.
    check(
        "a fifth of a million",
        &[("a fifth of a million", 2e5, N, None, None)],
    );
    // A multiplier after a fraction is multiplied as a scale is (`half a dozen` is 6).
    check(
        "half of a dozen",
        &[("half of a dozen", 6.0, N, None, None)],
    );
    // A fraction joined by a connector adds to the count or to the scale before it.
    check("three and half", &[("three and half", 3.5, N, None, None)]);
    check(
        "two million and half",
        &[("two million and half", 2.5e6, N, None, None)],
    );
    // Whole digits take a fraction joined after them, and its scale; not a fraction alone.
    check("3 and a half", &[("3 and a half", 3.5, N, None, None)]);
    check(
        "2 and a half million",
        &[("2 and a half million", 2.5e6, N, None, None)],
    );
    check("3 fifths", &[("3", 3.0, N, None, None)]);
    // The scale just read, repeated after the fraction, is the fraction's own.
    check(
        "two million and a half million",
        &[("two million and a half million", 2.5e6, N, None, None)],
    );
    // Adjusters add a fraction of the count's unit: one, or a hundred for whole hundreds.
    check("halfup three", &[("halfup three", 3.5, N, None, None)]);
    check(
        "quarterdown ten thousand",
        &[("quarterdown ten thousand", 9750.0, N, None, None)],
    );
    check(
        "halfup twohundred",
        &[("halfup twohundred", 250.0, N, None, None)],
    );
    check("halfup", &[]);
    // Right before a scale an adjuster adjusts one of it.
    check(
        "quarterdown thousand",
        &[("quarterdown thousand", 750.0, N, None, None)],
    );
    // A linked count reaches its multiplier or scale, and is nothing alone.
    check(
        "a couple of thousand",
        &[("a couple of thousand", 2e3, N, None, None)],
    );
    check("a couple of friends", &[]);
    // A lower-case-only word is no number capitalized; never alone or after an article.
    check("two grand", &[("two grand", 2e3, N, None, None)]);
    check("two Grand", &[("two", 2.0, N, None, None)]);
    check("a grand", &[]);
    // A word that is no number alone counts with a scale or right before a counted noun.
    check("it is nove", &[]);
    check("nove thousand", &[("nove thousand", 9e3, N, None, None)]);
    check("nove days", &[("nove", 9.0, N, None, None)]);
    check("nove, days", &[]);
    // Or as the whole text but for signs, a reply.
    check("nove", &[("nove", 9.0, N, None, None)]);
    check("nove!", &[("nove", 9.0, N, None, None)]);
    // A ratio only between bare numbers; a minus apart only where it opens a value.
    check("two over ten", &[("two over ten", 0.2, N, None, None)]);
    check(
        "$2 over ten",
        &[
            ("$2", 2.0, M, Some("USD"), None),
            ("ten", 10.0, N, None, None),
        ],
    );
    check("x: - 3", &[("- 3", -3.0, N, None, None)]);
    check(
        "2 - 3",
        &[("2", 2.0, N, None, None), ("3", 3.0, N, None, None)],
    );
}

/// A word of change before the first of two amounts joined by a range word (within
/// `change_reach` words), or after the second (within `change_after_reach`, for a language
/// whose verb ends its clause), makes them two amounts when the first has its own unit;
/// a bare first end keeps the range.
#[test]
fn a_word_of_change_splits_a_range_before_or_after() {
    static CHANGING: NumberTables = NumberTables {
        range_joins: &["to"],
        change_words: &["rose", "climbed up"],
        change_reach: 2,
        change_after_reach: 2,
        ..TINY
    };
    let two = [
        ("$40", 40.0, M, Some("USD"), None),
        ("$50", 50.0, M, Some("USD"), None),
    ];
    testing::check(&CHANGING, "it rose from $40 to $50", &two);
    testing::check(&CHANGING, "from $40 to $50 it rose", &two);
    testing::check(&CHANGING, "from $40 to $50 it climbed up", &two);
    testing::check_range(
        &CHANGING,
        "from 40 to $50 it rose",
        ("40 to $50", 40.0, 50.0, "USD"),
    );
    testing::check_range(
        &CHANGING,
        "from $40 to $50 it stayed",
        ("$40 to $50", 40.0, 50.0, "USD"),
    );
    // Out of reach after the second amount.
    testing::check_range(
        &CHANGING,
        "from $40 to $50 it then quietly rose",
        ("$40 to $50", 40.0, 50.0, "USD"),
    );
}

/// Two counts make a range only when the second's scale is the first's too: `5` alone in
/// `5 to 10 million` would be five. A verb of change makes them two levels; without the
/// scale, or when the first scaled would pass the second, they stay two counts.
#[test]
fn counts_share_a_scale_in_a_range() {
    static SCALED: NumberTables = NumberTables {
        range_joins: &["to"],
        change_words: &["rose"],
        change_reach: 2,
        ..TINY
    };
    testing::check_count_range(
        &SCALED,
        "5 to 10 million people",
        ("5 to 10 million", 5e6, 1e7),
    );
    testing::check(
        &SCALED,
        "aged 5 to 10",
        &[("5", 5.0, N, None, None), ("10", 10.0, N, None, None)],
    );
    testing::check(
        &SCALED,
        "500 to 2 million",
        &[
            ("500", 500.0, N, None, None),
            ("2 million", 2e6, N, None, None),
        ],
    );
    testing::check(
        &SCALED,
        "it rose from 3 to 4 million",
        &[("3", 3.0, N, None, None), ("4 million", 4e6, N, None, None)],
    );
    // An approximation before the first end is the whole range's; another bound makes none.
    testing::check_count_range(
        &SCALED,
        "about 5 to 10 million people",
        ("5 to 10 million", 5e6, 1e7),
    );
    testing::check(
        &SCALED,
        "about 5 to 10 million people",
        &[("5 to 10 million", 5e6, N, None, Some(Bound::About))],
    );
    testing::check(
        &SCALED,
        "more than 5 to 10 million",
        &[
            ("5", 5.0, N, None, Some(Bound::MoreThan)),
            ("10 million", 1e7, N, None, None),
        ],
    );
}

/// The level a change of money reached, with no currency of its own and the first amount's
/// scale, is money in the first's currency: after a range join (`from $40 to 50`), after a
/// level join (`to $50 from 40`), and after a word of change between the join and it (`from
/// $40 to risen 50`, as Bengali writes `থেকে বেড়ে`). Without a word of change it is a
/// count, and a level with another scale keeps its own reading.
#[test]
fn the_level_a_change_of_money_reached() {
    static LEVELS: NumberTables = NumberTables {
        range_joins: &["to"],
        level_joins: &["from"],
        change_words: &["rose", "risen"],
        change_reach: 2,
        ..TINY
    };
    let dollars = |a: &'static str, b: &'static str, x: f64, y: f64| {
        [(a, x, M, Some("USD"), None), (b, y, M, Some("USD"), None)]
    };
    testing::check(
        &LEVELS,
        "it rose from $40 to 50",
        &dollars("$40", "50", 40.0, 50.0),
    );
    testing::check(
        &LEVELS,
        "it rose to $50 from 40",
        &dollars("$50", "40", 50.0, 40.0),
    );
    testing::check(
        &LEVELS,
        "from $40 to risen 50",
        &dollars("$40", "50", 40.0, 50.0),
    );
    testing::check(
        &LEVELS,
        "it rose to $5 million from 4 million",
        &dollars("$5 million", "4 million", 5e6, 4e6),
    );
    testing::check(
        &LEVELS,
        "it rose to $5 million from 400",
        &[
            ("$5 million", 5e6, M, Some("USD"), None),
            ("400", 400.0, N, None, None),
        ],
    );
    // No word of change: `from` joins nothing.
    testing::check(
        &LEVELS,
        "it paid $50 from 40 accounts",
        &[
            ("$50", 50.0, M, Some("USD"), None),
            ("40", 40.0, N, None, None),
        ],
    );
}

/// A language whose scales take case endings (`cents` is the hundred with an ending), and
/// a word those would spell that is another word (`century`: `cent` + `ury`).
static ENDINGS: NumberTables = NumberTables {
    words: &[("three", Count(3.0)), ("cent", Multiplier(100.0))],
    scale_suffixes: &["s", "ury"],
    other_words: &["century"],
    ..NumberTables::EMPTY
};

/// A word listed in `other_words` is never read as a number word and an ending.
#[test]
fn other_words_are_no_scale_with_an_ending() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&ENDINGS, text, expected);
    // The ending stays outside the span.
    check("three cents", &[("three cent", 300.0, N, None, None)]);
    check("three century", &[("three", 3.0, N, None, None)]);
}

/// A language whose counts take classifiers (`o`, and `os` with a case ending), glued to
/// a count word or to digits, which may close with a particle (`ya`).
static CLASSIFIERS: NumberTables = NumberTables {
    count_suffixes: &["o", "os"],
    glued_suffixes: &["o", "os"],
    ending_particles: &["ya"],
    ..TINY
};

/// A classifier stays outside the span, alone or closed by a particle; a particle alone,
/// or after another ending, makes no count.
#[test]
fn classifiers_and_the_particles_after_them() {
    let check =
        |text: &str, expected: &[Expected<'_>]| testing::check(&CLASSIFIERS, text, expected);
    check(
        "twoo twoos twooya twoosya",
        &[
            ("two", 2.0, N, None, None),
            ("two", 2.0, N, None, None),
            ("two", 2.0, N, None, None),
            ("two", 2.0, N, None, None),
        ],
    );
    check(
        "10o 10os 10oya 10osya",
        &[
            ("10", 10.0, N, None, None),
            ("10", 10.0, N, None, None),
            ("10", 10.0, N, None, None),
            ("10", 10.0, N, None, None),
        ],
    );
    check("twoya twooyaya 10ya 10oyaya", &[]);
}

/// The tiny language where `hundred` and `nine` alone are more often other words.
static AMBIGUOUS: NumberTables = NumberTables {
    ambiguous_alone: &["hundred", "nine"],
    ..TINY
};

/// A word more often another is no number alone; after a bound, a multiplier is one (a
/// few hundred), a count is not.
#[test]
fn an_ambiguous_multiplier_after_a_bound() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&AMBIGUOUS, text, expected);
    check("the hundred came, nine came", &[]);
    check(
        "about hundred came, about nine came",
        &[("hundred", 100.0, N, None, Some(Bound::About))],
    );
}

/// The tiny language with clock words: `at` before an hour, `pm` and `sharp` after it,
/// `minutes` after its minutes, `to` between two hours.
static CLOCK: NumberTables = NumberTables {
    count_suffixes: &["o"],
    glued_suffixes: &["o"],
    clock: crate::ClockWords {
        before: &["at"],
        after: &["pm", "sharp"],
        minutes: &["minutes"],
        joins: &["to"],
    },
    ..TINY
};

/// A time of day is no number: an hour with its minutes after a colon, or with a clock
/// word before or after it, with what belongs to it; every other number stays.
#[test]
fn a_time_of_day_is_no_number() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&CLOCK, text, expected);
    // Minutes and seconds after a colon, with or without a clock word.
    check("20:00 and 3:42:10 and 7:05 pm", &[]);
    // Not minutes: one digit, more than 59, more than two digits, an hour past 24.
    check(
        "10:5",
        &[("10", 10.0, N, None, None), ("5", 5.0, N, None, None)],
    );
    check(
        "10:75",
        &[("10", 10.0, N, None, None), ("75", 75.0, N, None, None)],
    );
    check(
        "25:10",
        &[("25", 25.0, N, None, None), ("10", 10.0, N, None, None)],
    );
    // A clock word before or after the hour, words or digits; minutes and more clock words.
    check("at nine", &[]);
    check("seven pm sharp", &[]);
    check("at 9o five minutes", &[]);
    check("0700 pm", &[]);
    // A four-digit number that is no hour and minutes, an hour past 24, money, a percentage.
    check("0775 pm", &[("0775", 775.0, N, None, None)]);
    check("30 pm", &[("30", 30.0, N, None, None)]);
    check(
        "$5 pm and 5% pm",
        &[
            ("$5", 5.0, M, Some("USD"), None),
            ("5%", 5.0, P, None, None),
        ],
    );
    // Minutes need their word and a clock before them.
    check(
        "9 five minutes",
        &[("9", 9.0, N, None, None), ("five", 5.0, N, None, None)],
    );
    // An hour joined to a time of day: from it, or to it with the same counting ending.
    check("5 to 6 pm", &[]);
    check("at 4o to 5o", &[]);
    check(
        "1:30 pm to 4 dollars",
        &[("4 dollars", 4.0, M, Some("USD"), None)],
    );
    check("at 1 to 4 people", &[("4", 4.0, N, None, None)]);
    // A score in digits ends with no hour of the clock word after it alone.
    check(
        "1 - 1 pm",
        &[("1", 1.0, N, None, None), ("1", 1.0, N, None, None)],
    );
}

/// A bare count of sub-units after an amount of money in the same sentence is money in
/// its currency; alone, after a full stop, or a hundred or more, a count.
#[test]
fn sub_units_take_the_currency_before() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&TINY, text, expected);
    check(
        "it rose to $5, up 60 cents",
        &[
            ("$5", 5.0, M, Some("USD"), None),
            ("60 cents", 0.6, M, Some("USD"), None),
        ],
    );
    check(
        "it rose to $5. up 60 cents",
        &[
            ("$5", 5.0, M, Some("USD"), None),
            ("60", 60.0, N, None, None),
        ],
    );
    check("up 60 cents", &[("60", 60.0, N, None, None)]);
    check(
        "it rose to $5, up 160 cents",
        &[
            ("$5", 5.0, M, Some("USD"), None),
            ("160", 160.0, N, None, None),
        ],
    );
}

/// The tiny language with a count that reaches a scale through `of`.
static LINKED: NumberTables = NumberTables {
    linked_counts: &[("couple", 2.0, "of")],
    ..TINY
};

/// A linked count reaches its multiplier or scale with its link or without it; alone it is
/// no number.
#[test]
fn a_linked_count_with_or_without_its_link() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&LINKED, text, expected);
    check(
        "a couple of hundred",
        &[("a couple of hundred", 200.0, N, None, None)],
    );
    check(
        "a couple hundred",
        &[("a couple hundred", 200.0, N, None, None)],
    );
    check(
        "a couple thousand",
        &[("a couple thousand", 2000.0, N, None, None)],
    );
    check("the couple of them", &[]);
}

/// The tiny language with a plural scale and `w` as a proclitic that also joins parts of a
/// number (as Arabic `و`).
static JOINED: NumberTables = NumberTables {
    words: &[
        ("two", Count(2.0)),
        ("three", Count(3.0)),
        ("five", Count(5.0)),
        ("thousand", Scale(1e3)),
        ("million", Scale(1e6)),
        ("millions", Word::Plural(1e6)),
    ],
    clitics: &["w"],
    connector_clitics: &["w"],
    ..TINY
};

/// A count joined to a scaled number starts a second number when it takes a scale as large
/// as one already read, singular or plural, the join a word apart or a proclitic; a smaller
/// scale continues the number.
#[test]
fn a_joined_count_with_as_large_a_scale_is_a_second_number() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&JOINED, text, expected);
    let two = [
        ("two million", 2e6, N, None, None),
        ("three millions", 3e6, N, None, None),
    ];
    check("two million and three millions", &two);
    check("two million wthree millions", &two);
    check(
        "two million wthree thousand",
        &[("two million wthree thousand", 2_003_000.0, N, None, None)],
    );
    check(
        "five million wfive",
        &[("five million wfive", 5_000_005.0, N, None, None)],
    );
}

/// The joined language with a dual scale form that counts two only in construct.
static DUALS: NumberTables = NumberTables {
    words: &[
        ("two", Count(2.0)),
        ("three", Count(3.0)),
        ("thousand", Scale(1e3)),
        ("million", Scale(1e6)),
        ("milliona", Word::ScaledCount(2.0, 1e6)),
    ],
    construct_duals: &["milliona"],
    ..JOINED
};

/// A dual in construct is two of its scale before what it counts, one of it before a
/// connector, a sign or the end; after a count it is the scale.
#[test]
fn a_dual_in_construct_or_the_singular() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&DUALS, text, expected);
    check(
        "milliona dollars",
        &[("milliona dollars", 2e6, M, Some("USD"), None)],
    );
    check("milliona.", &[("milliona", 1e6, N, None, None)]);
    check(
        "milliona wthree thousand",
        &[("milliona wthree thousand", 1_003_000.0, N, None, None)],
    );
    check("three milliona", &[("three milliona", 3e6, N, None, None)]);
}

/// The tiny language with `k` a proclitic after which a lone cardinal word is another word.
static LIKE: NumberTables = NumberTables {
    clitics: &["k", "w"],
    clitics_not_alone: &["k"],
    ..TINY
};

/// A lone cardinal word after such a proclitic is no number; with another part, after
/// another proclitic, or an ordinal, it is.
#[test]
fn a_lone_word_after_a_proclitic_that_makes_another_word() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&LIKE, text, expected);
    check("khundred", &[]);
    check("kthree", &[]);
    check("wthree", &[("three", 3.0, N, None, None)]);
    check(
        "kthree thousand",
        &[("three thousand", 3000.0, N, None, None)],
    );
    check("kfirst", &[("first", 1.0, O, None, None)]);
}

/// The tiny language with a per-mille word, a basis-point word and a rate word.
static RATES: NumberTables = NumberTables {
    percent_parts_after: &[("per thousand", 10.0), ("bp", 100.0)],
    rate_words: &["per"],
    ..TINY
};

/// Per mille, by the sign in any language or the language's words, is a tenth of a percent,
/// a basis point a hundredth (its word apart, glued or after a hyphen); a percent word after
/// a hyphen makes a percentage too; a lone scale after a rate word is the rate's
/// denominator, no number.
#[test]
fn parts_of_a_percent_and_the_denominator_of_a_rate() {
    let check = |text: &str, expected: &[Expected<'_>]| testing::check(&RATES, text, expected);
    check("12‰", &[("12‰", 1.2, P, None, None)]);
    check("5 per thousand", &[("5 per thousand", 0.5, P, None, None)]);
    check(
        "50 bp, 25bp, a 75-bp cut, a 10-percent rise",
        &[
            ("50 bp", 0.5, P, None, None),
            ("25bp", 0.25, P, None, None),
            ("75-bp", 0.75, P, None, None),
            ("10-percent", 10.0, P, None, None),
        ],
    );
    check("10 - percent, 3bpx", &[("10", 10.0, N, None, None)]);
    check("deaths per thousand births", &[]);
    check("per 5 thousand", &[("5 thousand", 5000.0, N, None, None)]);
    check("a thousand", &[("a thousand", 1000.0, N, None, None)]);
}
