//! Tests of the grammar and its resolution in this crate, with a tiny made-up language: a
//! few English month and weekday names, units, shifts and links, and nothing else, so that
//! each example exercises the shared productions rather than a plugin's tables.
//!
//! Every example goes through one check, [`check`], as a table of `text` and the dates
//! found in it, written as `text = value [reason]`: the reason names the production family
//! that read it (`calendar date`, `shifted period`, `range`, …, the holiday's id), so a date
//! read by the wrong production fails even when its value happens to agree. A property test
//! checks the grammar's invariant (every parse advances, within the tokens) on random
//! sequences of the language's words, digits and symbols.

use std::sync::LazyLock;

use khabar_core::{Date, DatePart, Document, Entity, Extractor, Lang, Prefer};
use proptest::prelude::*;

use super::Parser;
use crate::lexicon::Lexicon;
use crate::resolve::Context;
use crate::tokens::tokenize;
use crate::{DateExtractor, DateTables, DateWord, Era, NumericOrder, Unit, testing};

use DateWord::*;

const MONTHS: &[(&str, DateWord)] = &[
    ("january", Month(1)),
    ("jan", Month(1)),
    ("march", Month(3)),
    ("june", Month(6)),
    ("july", Month(7)),
    ("december", Month(12)),
    ("dec", Month(12)),
    ("ramadan", HijriMonth(9)),
    // Hijri months with no holiday of their name, one read only after a shift word or beside
    // the word for month (weak, as Arabic `رجب` is also a name), and a Bangla month.
    // A month name that is also a common word, read only beside what makes it a month.
    ("mai", Month(5)),
    ("muharram", HijriMonth(1)),
    ("rajab", HijriMonth(7)),
    ("boishakh", BanglaMonth(1)),
];

const WEEKDAYS: &[(&str, DateWord)] = &[
    ("monday", Weekday(1)),
    ("tuesday", Weekday(2)),
    ("friday", Weekday(5)),
    ("mondays", Weekdays(1)),
    ("fridays", Weekdays(5)),
    // A weekday's stem, weak, that a list or a range shares its ending with (Bengali `মঙ্গল
    // ও বুধবার`).
    ("lun", Weekday(1)),
];

const WORDS: &[(&str, DateWord)] = &[
    ("today", Day(0)),
    ("yesterday", Day(-1)),
    ("tomorrow", Day(1)),
    ("day", Unit(Unit::Day)),
    ("days", Plural(Unit::Day)),
    ("week", Unit(Unit::Week)),
    ("weeks", Plural(Unit::Week)),
    ("fortnight", Units(Unit::Week, 2)),
    ("month", Unit(Unit::Month)),
    ("months", Plural(Unit::Month)),
    ("quarter", Unit(Unit::Quarter)),
    // A quarter by its letter (`Q3`), a unit only with its number glued after it.
    ("q", Unit(Unit::Quarter)),
    ("year", Unit(Unit::Year)),
    ("years", Plural(Unit::Year)),
    ("century", Unit(Unit::Century)),
    ("this", Shift(0)),
    ("last", Shift(-1)),
    ("last", Ordinal(-1)),
    // Only an ordinal, as Arabic `الأخيرة` and Bengali `শেষ`.
    ("final", Ordinal(-1)),
    // An ordinal used only in dates, as Bengali `পহেলা` and Arabic `غرة`.
    ("prima", Ordinal(1)),
    ("septima", Ordinal(7)),
    ("next", Shift(1)),
    ("coming", Nearest(1)),
    ("after next", ShiftAfter(2)),
    ("current", ShiftAfter(0)),
    // A forward shift after what it shifts, as Arabic `المقبل`.
    ("following", ShiftAfter(1)),
    ("ago", Ago),
    // A word of both counting back and a part, as English `earlier`.
    ("earlier", Ago),
    ("earlier", Part(DatePart::Early)),
    ("since", Since),
    ("after", After),
    ("before", Before),
    ("in", In),
    ("from", From),
    ("between", Between),
    ("to", To),
    ("and", And),
    ("or", Or),
    ("election", Event),
    ("general", EventModifier),
    ("local", EventModifier),
    ("for", For),
    ("within", Within),
    ("inside", WithinAfter),
    ("to date", ToDate),
    ("ended", Ending),
    // A word closing a range after its second end, as Bengali `পর্যন্ত`.
    ("till", Until),
    ("rest", Rest),
    ("eoy", PartOf(DatePart::Late, Unit::Year)),
    ("of", Of),
    ("the", The),
    // The tiny language's word that marks a day of the month, as Bengali `তারিখ` does.
    ("date", DayMark),
    ("day", DayMarkBefore),
    ("a", Count(1)),
    ("two", Count(2)),
    ("now", Now),
    ("early", Part(DatePart::Early)),
    ("ad", Era(Era::Common)),
    ("seventies", Decade(70)),
    // A decade by its tens that is also another word, read only before the word for decade
    // (weak, as Bengali `আশির` is also "of eighty").
    ("ottanta", Decade(80)),
    ("decade", Unit(Unit::Decade)),
    // A word of both a shift and a part, as Arabic `آخر` ("last", "end"), and a unit with
    // its article in one word, as Arabic `الشهر`.
    ("finis", Shift(-1)),
    ("finis", Part(DatePart::Late)),
    ("themonth", DefiniteUnit(Unit::Month)),
    // A word that names one year and never counts, as Bengali `সাল`.
    ("theyear", DefiniteUnit(Unit::Year)),
    // The word for today that is also the day with its article, as Arabic `اليوم`.
    ("theday", Day(0)),
    ("theday", DefiniteUnit(Unit::Day)),
    ("eve", Eve),
    ("morning", DayPart),
    ("this time", SameDay),
    ("same", Same),
    ("ytd", PeriodToDate(Unit::Year)),
    // A part after the period, as Bengali `শেষে`; `from` after a range's first end, as
    // `থেকে`; a part phrase that ends with it, as `শেষ থেকে`.
    ("tail", PartAfter(DatePart::Late)),
    ("thence", FromAfter),
    ("tailthence", PartAfter(DatePart::Late)),
    ("tailthence", FromAfter),
    ("tens", Decade(10)),
    ("his", Possessive),
    ("s", PossessiveEnding),
    ("highest", Superlative),
    ("summer", Season(2)),
    // A season's name that is also another word, as English `fall`.
    ("fall", Season(3)),
    ("weekend", Unit(Unit::Weekend)),
    ("weekends", Plural(Unit::Weekend)),
    ("half", Half(0)),
    ("h", Half(0)),
    ("end", Part(DatePart::Late)),
    ("by", At),
    ("on", At),
    ("will", Auxiliary),
    ("will", Future),
    // Two days from today the way the clause reads, as Bengali `পরশু`.
    ("parshu", DayEitherWay(2)),
    ("done", FutureAfter),
    ("namely", Namely),
    ("about", About),
    // A proclitic that measures an amount after a date, as Arabic `ب`.
    ("zu", By),
];

static ALL_WORDS: [&[(&str, DateWord)]; 3] = [MONTHS, WEEKDAYS, WORDS];

/// The tiny language's numbers: digits alone, `.` marking decimals.
static NUMBERS: khabar_numerals::NumberTables = khabar_numerals::NumberTables {
    decimal_separators: &['.'],
    ..khabar_numerals::NumberTables::EMPTY
};

/// The tiny language. No number grammar: numbers are digits, and `a`, `two` are counts.
/// Holiday names come from the shared table in English (`christmas`): see
/// [`holiday_names`].
static TABLES: DateTables = DateTables {
    numbers: &NUMBERS,
    case_insensitive: true,
    abbreviation_dot: true,
    words: &ALL_WORDS,
    day_suffixes: &["st", "nd", "rd", "th"],
    // An ending glued to a word and kept in its span, as Bengali case endings are.
    suffixes: &["ly"],
    // A whole word a date word and an ending would spell, as Bengali `মেয়ে` (a girl, not
    // `মে` + `য়ে`).
    other_words: &["weekly"],
    // The genitive of a word that is no date word, as Bengali `ের`.
    genitive_endings: &["ik"],
    clitics: &["zu"],
    numeric_order: NumericOrder::DayMonth,
    weak: &["rajab", "mai", "ottanta", "lun", "fall"],
    ..DateTables::EMPTY
};

/// The language whose holiday names the tiny language borrows from the shared table.
fn holiday_names() -> Lang {
    Lang::parse("en").expect("`en` is a language code")
}

/// The reference date of the examples: Tuesday 29 June 2021.
const REF: &str = "2021-06-29";

static EXTRACTOR: LazyLock<DateExtractor> = LazyLock::new(|| {
    DateExtractor::new("test.dates", holiday_names(), &TABLES).expect("the holiday table loads")
});

/// Asserts, for each `(text, expected)`, that `text` read against `reference` (`""` for
/// none) with `prefer` yields exactly the dates `expected`, one line a date: the line of
/// [`testing::check`] and the entity's reason in brackets.
#[track_caller]
fn check(reference: &str, prefer: Prefer, cases: &[(&str, &[&str])]) {
    let reference = (!reference.is_empty()).then(|| {
        reference
            .parse::<Date>()
            .expect("a reference date is YYYY-MM-DD")
    });
    for &(text, expected) in cases {
        let doc = Document::new(text.to_owned(), holiday_names(), reference, prefer);
        let mut reasons = Vec::new();
        EXTRACTOR.extract(&doc, &mut |e: Entity<'_>| reasons.push(e.reason));
        let found = EXTRACTOR.find(text, reference, prefer);
        assert_eq!(found.len(), reasons.len(), "in {text:?}");
        let got: Vec<String> = found
            .iter()
            .zip(reasons)
            .map(|(d, reason)| format!("{} [{reason}]", testing::line(d)))
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }
}

#[track_caller]
fn past(cases: &[(&str, &[&str])]) {
    check(REF, Prefer::Past, cases);
}

#[test]
fn numeric_dates_day_first_and_what_is_no_date() {
    past(&[
        ("28/06/2021", &["28/06/2021 = 2021-06-28 [calendar date]"]),
        ("2021-06-28", &["2021-06-28 = 2021-06-28 [calendar date]"]),
        // Day first in this language.
        ("03/04/2021", &["03/04/2021 = 2021-04-03 [calendar date]"]),
        // A two-digit year is 1950–2049.
        ("31-dec-74", &["31-dec-74 = 1974-12-31 [calendar date]"]),
        ("20170302", &["20170302 = 2017-03-02 [calendar date]"]),
        // An ISO 8601 time after the date is no letter glued to its day.
        (
            "2024-03-15T10:00:00Z",
            &["2024-03-15 = 2024-03-15 [calendar date]"],
        ),
        // A proper fraction, a score, a longer numeric run.
        ("1/4 of them", &[]),
        ("won 3-2", &[]),
        ("1/2/3/4", &[]),
        // Two numbers apart by a space are none; three are.
        (
            "in 2019 3 died, 2019 12, 31 10 1974",
            &[
                "2019 = 2019 [calendar date]",
                "31 10 1974 = 1974-10-31 [calendar date]",
            ],
        ),
        // Two numbers before a unit count it (`10-15 days`), whatever could be a date.
        (
            "it takes 10-15 days, 15 - 2",
            &["15 - 2 = 2021-02-15 [calendar date]"],
        ),
        // So before any word that is no date word (`10-15 people`); at the end, a date.
        (
            "10-15 people, on 10-15",
            &["10-15 = 2020-10-15 [calendar date]"],
        ),
    ]);
}

#[test]
fn dates_with_month_names() {
    past(&[
        (
            "28 june 2021",
            &["28 june 2021 = 2021-06-28 [calendar date]"],
        ),
        // A weekday in brackets after a date with its day is the date's; after a month, a
        // date of its own.
        (
            "25 june (friday), june 2021 (friday)",
            &[
                "25 june (friday) = 2021-06-25 [calendar date]",
                "june 2021 = 2021-06 [calendar date]",
                "friday = 2021-06-25 [weekday]",
            ],
        ),
        // A year in two digits after an apostrophe, after a day and month.
        (
            "june 5th '98, dec 25, '20",
            &[
                "june 5th '98 = 1998-06-05 [calendar date]",
                "dec 25, '20 = 2020-12-25 [calendar date]",
            ],
        ),
        // Digits before a colon and digits are an hour, which ends no range of days.
        (
            "june 22 (tuesday)-11:30",
            &["june 22 (tuesday) = 2021-06-22 [calendar date]"],
        ),
        (
            "the 15th of march 2014",
            &["the 15th of march 2014 = 2014-03-15 [calendar date]"],
        ),
        (
            "june 28, 2021",
            &["june 28, 2021 = 2021-06-28 [calendar date]"],
        ),
        (
            "dec. 31, 1994",
            &["dec. 31, 1994 = 1994-12-31 [calendar date]"],
        ),
        ("march 2014", &["march 2014 = 2014-03 [calendar date]"]),
        (
            "2016 december",
            &["2016 december = 2016-12 [calendar date]"],
        ),
        // Without a year: the latest at or before the reference date.
        ("13 july", &["13 july = 2020-07-13 [calendar date]"]),
        ("in july", &["july = 2020-07 [calendar date]"]),
        (
            "june next year",
            &["june next year = 2022-06 [calendar date]"],
        ),
        // 30 February is no date.
        ("30 february 2021", &[]),
        (
            "15 ramadan 1442",
            &["15 ramadan 1442 = 2021-04-27 (hijri) [hijri date]"],
        ),
        // A list of Hijri days: the number after a comma starts the next day, no year 12.
        (
            "10 muharram, 12 ramadan",
            &[
                "10 muharram = 2020-08-29 (hijri) [hijri date]",
                "12 ramadan = 2021-04-24 (hijri) [hijri date]",
            ],
        ),
    ]);
}

#[test]
fn years_decades_and_centuries() {
    past(&[
        ("in the year 2008", &["year 2008 = 2008 [calendar date]"]),
        // Fewer digits with an era (three for the common era), or spelled from a hundred
        // after the year word.
        (
            "in 622 ad, 3 ad spots, the year 267",
            &[
                "622 ad = 0622 [calendar date]",
                "year 267 = 0267 [calendar date]",
            ],
        ),
        // A bare year before a postposition that follows a date, as after a preposition; not
        // where a range of numbers goes on.
        (
            "2015 thence, 2030 till; 2000 thence 3000",
            &["2015 = 2015 [calendar date]", "2030 = 2030 [calendar date]"],
        ),
        // A decade's plural after an apostrophe, after the article; four digits with a
        // possessive ending are a year, which owns what follows.
        (
            "in the 1990's; 2020's budget",
            &[
                "the 1990's = 1990/1999 [decade or century]",
                "2020 = 2020 [calendar date]",
            ],
        ),
        // The year glued after its word, in four digits or two, and a pair so glued.
        (
            "year2008, year08 and year2020-21",
            &[
                "year2008 = 2008 [calendar date]",
                "year08 = 2008 [calendar date]",
                "year2020-21 = 2020/2021 [range]",
            ],
        ),
        // A pair after the word with a space (`fiscal year 2023-24`, `FY 2023-24`).
        ("the year 2020-21", &["year 2020-21 = 2020/2021 [range]"]),
        // The next year in full after a slash is a pair too; after a hyphen, any later year
        // ends a range of years.
        (
            "in 2024/2025, in 2020-2025",
            &[
                "2024/2025 = 2024/2025 [range]",
                "2020-2025 = 2020/2025 [range]",
            ],
        ),
        // Two digits after a hyphen: any later year of the century, never a month; after a
        // slash only the next year.
        (
            "in 1996-98, in 1914-18, in 2004-05, in 1996/98",
            &[
                "1996-98 = 1996/1998 [range]",
                "1914-18 = 1914/1918 [range]",
                "2004-05 = 2004-05 [calendar date]",
                "1996 = 1996 [calendar date]",
            ],
        ),
        // After the article the next year is the pair's, even where it could be a month; a
        // season before a pair is the one running across it.
        (
            "the 2008-09 crisis, the 2008-10 crisis, the summer of 2023-24",
            &[
                "2008-09 = 2008/2009 [range]",
                "2008-10 = 2008-10 [calendar date]",
                "the summer of 2023-24 = 2023-06-21/2023-09-22 [season]",
            ],
        ),
        ("tel 2010-2015-86", &["2010-2015 = 2010/2015 [range]"]),
        // A bare year counts after `in`, not alone.
        ("in 2014", &["2014 = 2014 [calendar date]"]),
        // After `since` too, not before a unit (an amount of years ago).
        (
            "since 1992, since 1500 years",
            &[
                "1992 = 1992 [calendar date]",
                "since 1500 years = 0521 [amount of time]",
            ],
        ),
        // Two digits after an apostrophe, after a preposition or `of`; not before a unit.
        (
            "in '98, the class of '05, '98 people, in '98 days",
            &["98 = 1998 [calendar date]", "05 = 2005 [calendar date]"],
        ),
        // A season's year so shortened.
        (
            "the summer of '69",
            &["the summer of '69 = 1969-06-21/1969-09-22 [season]"],
        ),
        ("2014 people", &[]),
        // Beside the noun of an event, on either side, it dates the event.
        // A half after the unit or before it: in the next finer unit, so that the amount
        // keeps one unit; half a week has none.
        (
            "a year and a half ago, half a century ago, 2 months and a half ago, a week and a half ago",
            &[
                "a year and a half ago = 2019-12 [amount of time]",
                "half a century ago = 1971 [amount of time]",
                "2 months and a half ago = 2021-04-14 [amount of time]",
            ],
        ),
        // A quarter of a century or a decade is 25 years or 30 months; a fraction of a unit,
        // uncounted, after a shift or before one (as Arabic writes it), is a window of it.
        (
            "a quarter century ago, a quarter-century ago, a quarter of a decade ago",
            &[
                "a quarter century ago = 1996 [amount of time]",
                "a quarter-century ago = 1996 [amount of time]",
                "a quarter of a decade ago = 2018-12 [amount of time]",
            ],
        ),
        (
            "the last half century, the last decade and a half, half-century following",
            &[
                "the last half century = 1971/2020 [last or next units]",
                "the last decade and a half = 2006/2020 [last or next units]",
                "half-century following = 2022/2071 [last or next units]",
            ],
        ),
        (
            "the last quarter, the last quarter of 2020",
            &[
                "the last quarter = 2021-01/2021-03 [shifted period]",
                "the last quarter of 2020 = 2020-10/2020-12 [quarter]",
            ],
        ),
        // Whole digits and a half in digits count as a count and a half does.
        (
            "2.5 years ago, 1.25 years ago",
            &["2.5 years ago = 2018-12 [amount of time]"],
        ),
        // A bound between the amount and `ago` is read over, as Bengali writes it.
        (
            "2 years about ago",
            &["2 years about ago = 2019 [amount of time]"],
        ),
        // A shifted period in the genitive and the one before or after it: one more shift
        // (`last` before a unit is also an ordinal here, so only `next` follows).
        (
            "next monthly next month",
            &["next monthly next month = 2021-08 [shifted period]"],
        ),
        // A word the tables list as another word is none, though a date word and an ending
        // would spell it.
        (
            "next weekly report, next monthly report",
            &["next monthly = 2021-07 [shifted period]"],
        ),
        // Not before an event that has its own number after it.
        (
            "resolution 1701 election 2006",
            &["2006 = 2006 [calendar date]"],
        ),
        // With at most two words that name which between (not three).
        (
            "the 2016 general election, the election local general 2020, the 2019 local general local election",
            &["2016 = 2016 [calendar date]", "2020 = 2020 [calendar date]"],
        ),
        (
            "the 2016 election, the election 2020",
            &["2016 = 2016 [calendar date]", "2020 = 2020 [calendar date]"],
        ),
        // After a possessive, a year that is no round hundred names what it owns.
        (
            "his 2016 tour, bob's 2019 sales, his 2000 people",
            &["2016 = 2016 [calendar date]", "2019 = 2019 [calendar date]"],
        ),
        ("2014 ad", &["2014 ad = 2014 [calendar date]"]),
        ("the 1990s", &["the 1990s = 1990/1999 [decade or century]"]),
        // A round hundred before 2000 names its hundred years; the 2000s are a decade.
        (
            "the 1800s, the 2000s",
            &[
                "the 1800s = 1800/1899 [decade or century]",
                "the 2000s = 2000/2009 [decade or century]",
            ],
        ),
        // A part before a decade after an apostrophe.
        (
            "the early '80s",
            &["early '80s = 1980/1989 (early) [part of a period]"],
        ),
        (
            "the seventies",
            &["the seventies = 1970/1979 [decade or century]"],
        ),
        // A decade word before `of` counts; after a possessive it is an age.
        ("tens of thousands", &[]),
        ("in his seventies, in his 70s", &[]),
        (
            "the 21st century",
            &["the 21st century = 2000/2099 [decade or century]"],
        ),
        // A decade of a century by its ordinal, either order, or after the century with an
        // ending (a genitive); not the last decade from today.
        (
            "the 1st decade of the 21st century, the last decade of the 20th century",
            &[
                "the 1st decade of the 21st century = 2000/2009 [decade or century]",
                "the last decade of the 20th century = 1990/1999 [decade or century]",
            ],
        ),
        (
            "decade 3rd of the 20th century, the 20th centuryly 2nd decade",
            &[
                "decade 3rd of the 20th century = 1920/1929 [decade or century]",
                "the 20th centuryly 2nd decade = 1910/1919 [decade or century]",
            ],
        ),
    ]);
}

#[test]
fn relative_days_weekdays_and_shifted_periods() {
    past(&[
        (
            "yesterday, today and tomorrow",
            &[
                "yesterday = 2021-06-28 [relative day]",
                "today = 2021-06-29 [relative day]",
                "tomorrow = 2021-06-30 [relative day]",
            ],
        ),
        // A bare weekday is the latest at or before the reference (a Tuesday).
        ("monday", &["monday = 2021-06-28 [weekday]"]),
        ("tuesday", &["tuesday = 2021-06-29 [weekday]"]),
        // With `last`/`next`, the weekday of the previous/next week.
        (
            "last tuesday and next friday",
            &[
                "last tuesday = 2021-06-22 [weekday]",
                "next friday = 2021-07-09 [weekday]",
            ],
        ),
        (
            "friday of next week",
            &["friday of next week = 2021-07-09 [weekday]"],
        ),
        // `coming` before a weekday: the nearest one after the reference, this week's.
        (
            "coming friday",
            &["coming friday = 2021-07-02 [ordinal in a period]"],
        ),
        // Weekdays listed with one of a named week, after it or before it, are of that
        // week; a weekday apart from the list is not.
        (
            "next week monday, tuesday or friday",
            &[
                "next week monday = 2021-07-05 [weekday]",
                "tuesday = 2021-07-06 [weekday]",
                "friday = 2021-07-09 [weekday]",
            ],
        ),
        (
            "monday or tuesday next week",
            &[
                "monday = 2021-07-05 [weekday]",
                "tuesday next week = 2021-07-06 [weekday]",
            ],
        ),
        (
            "monday and last friday",
            &[
                "monday = 2021-06-28 [weekday]",
                "last friday = 2021-06-25 [weekday]",
            ],
        ),
        (
            "monday, in friday of next week",
            &[
                "monday = 2021-06-28 [weekday]",
                "friday of next week = 2021-07-09 [weekday]",
            ],
        ),
        // A weekday before a day counted in a period: the day, the weekday in its span; not
        // an ordinal before a unit, which counts it.
        (
            "monday 12 of next month, friday, the 2nd day of march",
            &[
                "monday 12 of next month = 2021-07-12 [ordinal in a period]",
                "friday, the 2nd day of march = 2021-03-02 [ordinal in a period]",
            ],
        ),
        ("friday, the 2nd day", &["friday = 2021-06-25 [weekday]"]),
        // A part of the day beside a day, after it or before it, is in its span; alone, or
        // beside a longer period, it is no date.
        (
            "friday morning, morning tomorrow, the morning and next week morning",
            &[
                "friday morning = 2021-06-25 [weekday]",
                "morning tomorrow = 2021-06-30 [relative day]",
                "next week = 2021-W27 [shifted period]",
            ],
        ),
        (
            "yesterday morning morning morning",
            &["yesterday morning = 2021-06-28 [relative day]"],
        ),
        // Before `of` and a day too, its article in the span; not before `of` and a longer
        // period.
        (
            "the morning of friday, morning of march 3, the morning of next week",
            &[
                "the morning of friday = 2021-06-25 [weekday]",
                "morning of march 3 = 2021-03-03 [calendar date]",
                "next week = 2021-W27 [shifted period]",
            ],
        ),
        ("last week", &["last week = 2021-W25 [shifted period]"]),
        ("next month", &["next month = 2021-07 [shifted period]"]),
        ("this year", &["this year = 2021 [shifted period]"]),
        (
            "the week after next",
            &["the week after next = 2021-W28 [shifted period]"],
        ),
        ("next march", &["next march = 2022-03 [shifted month]"]),
        (
            "last summer",
            &["last summer = 2020-06-21/2020-09-22 [season]"],
        ),
    ]);
}

/// A shift word with a month of another calendar names the one before or after the
/// reference's month of that calendar (29 June 2021 is 19 Dhu al-Qadah 1442 and in Asharh
/// 1428), as with a Gregorian month; a weak name beside a shift word is a month.
#[test]
fn a_shifted_month_of_another_calendar() {
    past(&[
        (
            "last muharram",
            &["last muharram = 2020-08-20/2020-09-18 (hijri) [shifted month]"],
        ),
        (
            "next muharram",
            &["next muharram = 2021-08-10/2021-09-08 (hijri) [shifted month]"],
        ),
        (
            "muharram after next",
            &["muharram after next = 2022-07-30/2022-08-28 (hijri) [shifted month]"],
        ),
        (
            "muharram current",
            &["muharram current = 2020-08-20/2020-09-18 (hijri) [shifted month]"],
        ),
        // A weak name is a month before a shift word or beside the word for month, not
        // after a shift word alone (`গত সফরে` is "on the last trip").
        ("rajab", &[]),
        ("next rajab", &[]),
        (
            "rajab current",
            &["rajab current = 2021-02-13/2021-03-14 (hijri) [shifted month]"],
        ),
        (
            "rajab after next",
            &["rajab after next = 2023-01-23/2023-02-21 (hijri) [shifted month]"],
        ),
        (
            "next rajab month",
            &["next rajab month = 2022-02-03/2022-03-04 (hijri) [shifted month]"],
        ),
        (
            "month rajab current",
            &["month rajab current = 2021-02-13/2021-03-14 (hijri) [shifted month]"],
        ),
        (
            "last boishakh",
            &["last boishakh = 2021-04-14/2021-05-14 (bangla) [shifted month]"],
        ),
        (
            "next boishakh",
            &["next boishakh = 2022-04-14/2022-05-14 (bangla) [shifted month]"],
        ),
        // A holiday of the month's name keeps its observed dates.
        (
            "next ramadan",
            &["next ramadan = 2022-04-02/2022-05-01 [ramadan]"],
        ),
    ]);
}

#[test]
fn amounts_offsets_windows_and_durations() {
    past(&[
        // Whole years and months keep their grain; weeks and days give a day.
        ("3 years ago", &["3 years ago = 2018 [amount of time]"]),
        // After a word in the genitive, from its event: no date; after `since` and `from`,
        // from what follows.
        (
            "the attackik 3 days ago, the attack 3 days ago",
            &["3 days ago = 2021-06-26 [amount of time]"],
        ),
        (
            "since 3 days from 2 june, since 3 days from now, since 3 days from the attack",
            &[
                "since 3 days from 2 june = 2021-05-30 [amount of time]",
                "since 3 days from now = 2021-06-26 [amount of time]",
            ],
        ),
        // The marker, the date, then the amount after a measuring proclitic; from an event,
        // no date. Whole years from a year are years.
        (
            "since christmas zu3 days, after 2011 zu2 years, since the attack zu3 days",
            &[
                "since christmas zu3 days = 2020-12-22 [amount of time]",
                "after 2011 zu2 years = 2013 [amount of time]",
            ],
        ),
        (
            "2 years after 2011",
            &["2 years after 2011 = 2013 [amount of time]"],
        ),
        // A weekday or the weekend nearest after or before a date; from an event, none.
        (
            "the monday after christmas, the friday before christmas, the weekend before christmas, friday after the vote",
            &[
                "the monday after christmas = 2020-12-28 [ordinal in a period]",
                "the friday before christmas = 2020-12-18 [ordinal in a period]",
                "the weekend before christmas = 2020-12-19/2020-12-20 [weekend of a date]",
                "friday = 2021-06-25 [weekday]",
            ],
        ),
        // A date, `from` after it, then the amount and `ago`: counted back from the date.
        (
            "today thence 3 years ago, june thence 2 months ago",
            &[
                "today thence 3 years ago = 2018-06-29 [amount of time]",
                "june thence 2 months ago = 2021-04 [amount of time]",
            ],
        ),
        // The reference instant the same way.
        (
            "now thence 3 years ago",
            &["now thence 3 years ago = 2018 [amount of time]"],
        ),
        // With `today` after it, that day so far back; not across a full stop.
        (
            "3 years ago today",
            &["3 years ago today = 2018-06-29 [amount of time]"],
        ),
        (
            "3 years ago. today",
            &[
                "3 years ago = 2018 [amount of time]",
                "today = 2021-06-29 [relative day]",
            ],
        ),
        ("a month ago", &["a month ago = 2021-05 [amount of time]"]),
        (
            "2 weeks ago",
            &["2 weeks ago = 2021-06-15 [amount of time]"],
        ),
        (
            "a fortnight ago",
            &["a fortnight ago = 2021-06-15 [amount of time]"],
        ),
        ("in 3 weeks", &["in 3 weeks = 2021-07-20 [amount of time]"]),
        // A superlative or an ordinal a few words before `in` measures over the amount.
        ("the highest in 3 weeks, his 3rd title in 3 weeks", &[]),
        (
            "his 3rd; in 3 weeks",
            &["in 3 weeks = 2021-07-20 [amount of time]"],
        ),
        // A count word before `of` and a unit (`a couple of weeks`); `a` and `two` are the
        // tiny language's count words.
        (
            "a two of weeks ago",
            &["a two of weeks ago = 2021-06-15 [amount of time]"],
        ),
        (
            "the last two of weeks",
            &["the last two of weeks = 2021-W24/2021-W25 [last or next units]"],
        ),
        // `within` an amount: from the reference date to that far ahead.
        (
            "within 3 days",
            &["within 3 days = 2021-06-29/2021-07-02 [date and duration]"],
        ),
        (
            "within 2 days from tomorrow, within 2 days and 3 weeks",
            &[
                "within 2 days from tomorrow = 2021-06-30/2021-07-02 [date and duration]",
                "within 2 days and 3 weeks = 2021-06-29/2021-07-22 [date and duration]",
            ],
        ),
        // After `of`, from the date or now that follows; from anything else, no date.
        (
            "within 2 days of june 5, within 2 days of now, within 2 days of the meeting",
            &[
                "within 2 days of june 5 = 2021-06-05/2021-06-07 [date and duration]",
                "within 2 days of now = 2021-06-29/2021-07-01 [date and duration]",
            ],
        ),
        // An indefinite unit alone after `within` is one; the amount in the genitive before
        // a postposition of "within" likewise, but not before a superlative or after an
        // event's noun.
        (
            "within week, within the week",
            &["within week = 2021-06-29/2021-07-06 [date and duration]"],
        ),
        (
            "2 dayly inside, 2 dayly inside highest, electionik 2 dayly inside",
            &["2 dayly inside = 2021-06-29/2021-07-01 [date and duration]"],
        ),
        // A superlative before `in` measures over the amount: no date.
        ("the highest level in 2 years", &[]),
        (
            "2 days from tomorrow",
            &["2 days from tomorrow = 2021-07-02 [amount of time]"],
        ),
        // Whole units before or after the reference's own.
        (
            "the last two years",
            &["the last two years = 2019/2020 [last or next units]"],
        ),
        (
            "last 2 days",
            &["last 2 days = 2021-06-27/2021-06-28 [last or next units]"],
        ),
        (
            "next 3 months",
            &["next 3 months = 2021-07/2021-09 [last or next units]"],
        ),
        (
            "28 june 2021 for 2 days",
            &["28 june 2021 for 2 days = 2021-06-28/2021-06-30 [date and duration]"],
        ),
        // A joiner after an amount belongs to it only before another part.
        (
            "in 2 days and 5 people",
            &["in 2 days = 2021-07-01 [amount of time]"],
        ),
        // An amount alone is a duration, not a date; a shift word after an auxiliary is the
        // verb it is spelled like before an amount, not before a period.
        ("for 3 years", &[]),
        ("will last 3 days, will last a fortnight", &[]),
        (
            "from june to last week",
            &["from june to last week = 2021-06-01/2021-06-27 [range]"],
        ),
        // A range that resolves to nothing, with no shorter date at its start, leaves the
        // dates inside it.
        (
            "from march 5 to march 2",
            &[
                "march 5 = 2021-03-05 [calendar date]",
                "march 2 = 2021-03-02 [calendar date]",
            ],
        ),
        // A start without a year before an end that has one falls before that end.
        (
            "from january to last december",
            &["from january to last december = 2020-01/2020-12 [range]"],
        ),
        // `since` opens a range before a word of `to`; before `and` it is the date's alone.
        (
            "since 2015 to 2017; since 2015 and 2017",
            &[
                "since 2015 to 2017 = 2015/2017 [range]",
                "2015 = 2015 [calendar date]",
                "2017 = 2017 [calendar date]",
            ],
        ),
        // The quarter or half named by the month it ends with; not by the letter.
        (
            "the june quarter, the december half-year, the march 2021 quarter, march q, the june quarter-final, the 1st quarter-final",
            &[
                "the june quarter = 2021-04/2021-06 [range]",
                "the december half-year = 2020-07/2020-12 [range]",
                "the march 2021 quarter = 2021-01/2021-03 [range]",
                "march = 2021-03 [calendar date]",
                "june = 2021-06 [calendar date]",
            ],
        ),
        // The months that end with a named one; one month alone is no span.
        (
            "the 12 months to march, the 1 month to june",
            &[
                "the 12 months to march = 2020-04/2021-03 [range]",
                "june = 2021-06 [calendar date]",
            ],
        ),
        // Closed by `ended` and the month or its last day; the unit first, with its article
        // apart before digits; the month first, counted; a weak month.
        (
            "the 3 months ended june 30, the quarter ended in march, months the 12 to mai",
            &[
                "the 3 months ended june 30 = 2021-04/2021-06 [range]",
                "the quarter ended in march = 2021-01/2021-03 [range]",
                "months the 12 to mai = 2020-06/2021-05 [range]",
            ],
        ),
        // The week that ends with a day: the seven days to it.
        (
            "the week ended 18 june, the week to friday",
            &[
                "the week ended 18 june = 2021-06-12/2021-06-18 [range]",
                "the week to friday = 2021-06-19/2021-06-25 [range]",
            ],
        ),
        (
            "june till 3 months, june till months, the 3 months ended june 29",
            &[
                "june till 3 months = 2021-04/2021-06 [range]",
                "june = 2021-06 [calendar date]",
                "june 29 = 2021-06-29 [calendar date]",
            ],
        ),
        // The month's end names the month, as its last day does.
        (
            "the 3 months to the end of june",
            &["the 3 months to the end of june = 2021-04/2021-06 [range]"],
        ),
        (
            "to last 2 days",
            &["last 2 days = 2021-06-27/2021-06-28 [last or next units]"],
        ),
        // Whole years that end with a year named, the unit first or the year first (counted);
        // a year alone or a part of a year is no such period.
        (
            "the 5 years to 2020, the decade ended in 2019, 2020 till 3 years, the year to 2020",
            &[
                "the 5 years to 2020 = 2016/2020 [range]",
                "the decade ended in 2019 = 2010/2019 [range]",
                "2020 till 3 years = 2018/2020 [range]",
                "2020 = 2020 [calendar date]",
            ],
        ),
    ]);
}

/// Ordinal weekdays of a period in either order and with the article on the period;
/// counted weekdays before and after today; the week of a day; a weekday beside a month and
/// day that moves them to the year where they agree; a bare day before a day of a period.
#[test]
fn ordinal_and_counted_weekdays_weeks_of_days_and_agreeing_years() {
    past(&[
        (
            "the last friday of the month",
            &["the last friday of the month = 2021-06-25 [ordinal in a period]"],
        ),
        (
            "the 2nd tuesday of the month",
            &["the 2nd tuesday of the month = 2021-06-08 [ordinal in a period]"],
        ),
        (
            "friday last of the year",
            &["friday last of the year = 2021-12-31 [ordinal in a period]"],
        ),
        (
            "2 mondays ago",
            &["2 mondays ago = 2021-06-21 [ordinal in a period]"],
        ),
        // Weekdays counted after a shift, or after their plural and before it: from the
        // first of them to the last.
        (
            "the last 3 fridays, the next 2 mondays, mondays 2 following",
            &[
                "the last 3 fridays = 2021-06-11/2021-06-25 [range]",
                "the next 2 mondays = 2021-07-05/2021-07-12 [range]",
                "mondays 2 following = 2021-07-05/2021-07-12 [range]",
            ],
        ),
        (
            "1 monday ago",
            &["1 monday ago = 2021-06-28 [ordinal in a period]"],
        ),
        (
            "in 3 fridays",
            &["in 3 fridays = 2021-07-16 [ordinal in a period]"],
        ),
        (
            "in 1 tuesday",
            &["in 1 tuesday = 2021-07-06 [ordinal in a period]"],
        ),
        ("fridays", &[]),
        (
            "the week of june 3",
            &["the week of june 3 = 2021-W22 [week of a date]"],
        ),
        (
            "week of christmas",
            &["week of christmas = 2020-W52 [week of a date]"],
        ),
        // An ordinal day after the article is of the reference's month; not one that counts.
        (
            "the week of the 14th",
            &["the week of the 14th = 2021-W24 [week of a date]"],
        ),
        ("the week of the 4th anniversary", &[]),
        ("a week of march", &["march = 2021-03 [calendar date]"]),
        // July 2 was a Friday in 2021 only, nearer than 2027: the weekday overrides `past`.
        (
            "friday, july 2",
            &["friday, july 2 = 2021-07-02 [calendar date]"],
        ),
        (
            "monday, dec 25",
            &["monday, dec 25 = 2023-12-25 [calendar date]"],
        ),
        (
            "monday, june 28",
            &["monday, june 28 = 2021-06-28 [calendar date]"],
        ),
        (
            "from the 5th to the 9th of this month",
            &["from the 5th to the 9th of this month = 2021-06-05/2021-06-09 [range]"],
        ),
    ]);
}

/// A day with the word that marks it after it: the mark is in the span, wherever the day
/// stands. Alone it is a day of the reference's month, as `on the 15th`; after a shift
/// word, the last such day before the reference date or the first after it, in whichever
/// month (`date` alone is no date).
#[test]
fn days_with_their_mark() {
    past(&[
        (
            "june 15 date",
            &["june 15 date = 2021-06-15 [calendar date]"],
        ),
        (
            "the 15 date of next month",
            &["the 15 date of next month = 2021-07-15 [ordinal in a period]"],
        ),
        ("on 15 date", &["15 date = 2021-06-15 [calendar date]"]),
        (
            "last 30 date, last 15 date, next 30 date, next 15 date, last 31 date",
            &[
                "last 30 date = 2021-05-30 [shifted day of the month]",
                "last 15 date = 2021-06-15 [shifted day of the month]",
                "next 30 date = 2021-06-30 [shifted day of the month]",
                "next 15 date = 2021-07-15 [shifted day of the month]",
                "last 31 date = 2021-05-31 [shifted day of the month]",
            ],
        ),
        ("a date", &[]),
        // A mark before digits: not before a unit, a month or `of` (the longer readings).
        (
            "back on day 27, day 3 weeks, day 2. june, day 20 of next month",
            &[
                "day 27 = 2021-06-27 [calendar date]",
                "2. june = 2021-06-02 [calendar date]",
                "20 of next month = 2021-07-20 [ordinal in a period]",
            ],
        ),
        // Two days joined, the mark after the second: of the period before them, in its
        // genitive, or of the reference's month; the first before the second.
        (
            "last monthly 20 to 25 date, 3 and 7 date till, 7 to 3 date",
            &[
                "last monthly 20 to 25 date = 2021-05-20/2021-05-25 [range]",
                "3 and 7 date till = 2021-06-03/2021-06-07 [range]",
                "3 date = 2021-06-03 [calendar date]",
            ],
        ),
    ]);
}

/// A word read through an ending is that word inflected: a unit still counts (`2 dayly`),
/// but the word for month names no month by its number (`monthly 3`, as Bengali `মাসের ১২
/// জন` "12 people of the month"), and a shift word is another word (as Bengali `এর` "of" is
/// no `এ` "this").
#[test]
fn inflected_words() {
    past(&[
        ("month 3", &["month 3 = 2021-03 [calendar date]"]),
        ("monthly 3", &[]),
        ("this week", &["this week = 2021-W26 [shifted period]"]),
        ("thisly week", &[]),
    ]);
}

#[test]
fn linking_words_start_a_date_only_before_one() {
    past(&[
        ("in the city", &[]),
        ("from the bank to the city and", &[]),
        ("between", &[]),
        ("in the year 2008", &["year 2008 = 2008 [calendar date]"]),
        // The year glued after its word, in four digits or two, and a pair so glued.
        (
            "year2008, year08 and year2020-21",
            &[
                "year2008 = 2008 [calendar date]",
                "year08 = 2008 [calendar date]",
                "year2020-21 = 2020/2021 [range]",
            ],
        ),
        (
            "from the 3rd to the 5th of june",
            &["from the 3rd to the 5th of june = 2021-06-03/2021-06-05 [range]"],
        ),
        (
            "in two weeks",
            &["in two weeks = 2021-07-13 [amount of time]"],
        ),
    ]);
}

#[test]
fn ordinals_inside_periods() {
    past(&[
        (
            "the 1st monday of march 2021",
            &["the 1st monday of march 2021 = 2021-03-01 [ordinal in a period]"],
        ),
        (
            "the last friday of june 2021",
            &["the last friday of june 2021 = 2021-06-25 [ordinal in a period]"],
        ),
        // Weeks of a year are its ISO weeks.
        (
            "the 2nd week of 2015",
            &["the 2nd week of 2015 = 2015-W02 [ordinal in a period]"],
        ),
        (
            "the 20th of next month",
            &["the 20th of next month = 2021-07-20 [ordinal in a period]"],
        ),
        // A day alone, of the reference's month; before a unit, no day; before `of`, the
        // day of what follows.
        ("the 15th.", &["the 15th = 2021-06-15 [calendar date]"]),
        (
            "on the 15th in",
            &["on the 15th = 2021-06-15 [calendar date]"],
        ),
        // Bare digits after a preposition and `the`, ending a clause (the language spells
        // no ordinals: the English tests read `the second`).
        (
            "back for the 27. won the 27. for the 27 people",
            &["the 27 = 2021-06-27 [calendar date]"],
        ),
        // After `on`, a word with no date meaning is what the ordinal counts.
        ("on the 10th anniversary", &[]),
        // After a shifted month, that month's day.
        (
            "next month on the 5th",
            &["next month on the 5th = 2021-07-05 [ordinal in a period]"],
        ),
        // Listed with other ordinals, without `on`, it ranks.
        ("the 1st, 2nd and 3rd places", &[]),
        // Before a weekday, the ordinal counts weekdays, whether `on` stands first or not.
        (
            "on the 2nd friday of march",
            &["the 2nd friday of march = 2021-03-12 [ordinal in a period]"],
        ),
        (
            "on the 1st of march",
            &["the 1st of march = 2021-03-01 [calendar date]"],
        ),
        (
            "on 14th june 2015",
            &["14th june 2015 = 2015-06-14 [calendar date]"],
        ),
        (
            "on the 20th of next month",
            &["the 20th of next month = 2021-07-20 [ordinal in a period]"],
        ),
        ("the 15th day", &[]),
        // A weekday and a day: with the article, an ordinal or the mark, anywhere; bare
        // digits only before the end of a clause, not before a count's noun or a numeric
        // date's separator.
        (
            "back friday the 18th, friday 18 date and friday 18. friday 18 people",
            &[
                "friday the 18th = 2021-06-18 [calendar date]",
                "friday 18 date = 2021-06-18 [calendar date]",
                "friday 18 = 2021-06-18 [calendar date]",
                "friday = 2021-06-25 [weekday]",
            ],
        ),
        (
            "the 15th century",
            &["the 15th century = 1400/1499 [decade or century]"],
        ),
    ]);
}

#[test]
fn ranges_share_their_fields() {
    past(&[
        // Two digit ordinals after `from` or `between` are days of the reference's month;
        // not before a word they count, nor without the opener.
        (
            "from the 5th to the 9th, between the 20th and the 2nd",
            &[
                "from the 5th to the 9th = 2021-06-05/2021-06-09 [range]",
                "between the 20th and the 2nd = 2021-06-20/2021-07-02 [range]",
            ],
        ),
        ("from 5th to 9th place, 3rd-5th in the world", &[]),
        // Bare days listed after a day and month are of its month and resolved year; the
        // list's last day must end it, so a count stays one; no joiner, no list.
        (
            "july 17th, 18th, or 19th; june 12, 14 and 30",
            &[
                "july 17th = 2020-07-17 [calendar date]",
                "18th = 2020-07-18 [calendar date]",
                "19th = 2020-07-19 [calendar date]",
                "june 12 = 2021-06-12 [calendar date]",
                "14 = 2021-06-14 [calendar date]",
                "30 = 2021-06-30 [calendar date]",
            ],
        ),
        (
            "on june 5, 6 died; june 5, 6 and 7 died; 30 june 27th",
            &[
                "june 5 = 2021-06-05 [calendar date]",
                "june 5 = 2021-06-05 [calendar date]",
                "30 june = 2021-06-30 [calendar date]",
            ],
        ),
        (
            "from march to june 2020",
            &["from march to june 2020 = 2020-03/2020-06 [range]"],
        ),
        (
            "between 2014 and 2017",
            &["between 2014 and 2017 = 2014/2017 [range]"],
        ),
        (
            "13 to 15 july",
            &["13 to 15 july = 2020-07-13/2020-07-15 [range]"],
        ),
        (
            "june 24-25, 2019",
            &["june 24-25, 2019 = 2019-06-24/2019-06-25 [range]"],
        ),
        (
            "between jan 22 and now",
            &["between jan 22 and now = 2021-01-22/2021-06-29 [range]"],
        ),
        // A weak weekday counts before a joiner and another weekday, not alone.
        (
            "lun and tuesday, lun",
            &[
                "lun = 2021-06-28 [weekday]",
                "tuesday = 2021-06-29 [weekday]",
            ],
        ),
        // A yearless end falls after the start (the reference is 29 June: `january to
        // december` is this year's, December ahead of it), and a weak month counts after a
        // month and `to`; not after `and`.
        (
            "from january to december, january to mai",
            &[
                "from january to december = 2021-01/2021-12 [range]",
                "january to mai = 2021-01/2021-05 [range]",
            ],
        ),
        ("january and mai", &["january = 2021-01 [calendar date]"]),
        // So does a part of such an end, and the article before a part belongs to its end.
        (
            "from the end of june to early july, between 2007 and the end of 2008",
            &[
                "from the end of june to early july = 2021-06/2021-07 [range]",
                "between 2007 and the end of 2008 = 2007/2008 [range]",
            ],
        ),
        // `and` without `between` lists; a year–year range runs forwards, else its ends
        // are dates of their own (a bare year counts after `from`, `to`, and in a list of
        // years: opened by a preposition or the word for year, closed by the word for year,
        // or not all round hundreds).
        (
            "2007 and 2009",
            &["2007 = 2007 [calendar date]", "2009 = 2009 [calendar date]"],
        ),
        ("1500 and 2000 people", &[]),
        (
            "in 2019, 2020 or 2021",
            &[
                "2019 = 2019 [calendar date]",
                "2020 = 2020 [calendar date]",
                "2021 = 2021 [calendar date]",
            ],
        ),
        (
            "2019 and 2020 theyear",
            &[
                "2019 = 2019 [calendar date]",
                "2020 theyear = 2020 [calendar date]",
            ],
        ),
        // After four digits, the word that counts years counts them (`أكثر من 2100 عام`);
        // the one that names a year names it.
        ("more than 2100 year", &[]),
        // The word for year before a number that counts a unit of its own is an amount's.
        ("aged 26 year 358 days", &[]),
        ("the year 2015", &["year 2015 = 2015 [calendar date]"]),
        ("in 2100 theyear", &["2100 theyear = 2100 [calendar date]"]),
        // A bare day ends a range only of days: after a month it is a number.
        ("from march to 30", &["march = 2021-03 [calendar date]"]),
        (
            "from march 10 to 15",
            &["from march 10 to 15 = 2021-03-10/2021-03-15 [range]"],
        ),
        // A bare weekday ending a range falls after its start; a weekday and a month make
        // no range.
        (
            "from monday to friday",
            &["from monday to friday = 2021-06-28/2021-07-02 [range]"],
        ),
        // Two weekdays, one of a named week: both of that week.
        (
            "monday to friday next week",
            &["monday to friday next week = 2021-07-05/2021-07-09 [range]"],
        ),
        (
            "next monday to friday",
            &["next monday to friday = 2021-07-05/2021-07-09 [range]"],
        ),
        (
            "monday to march",
            &[
                "monday = 2021-06-28 [weekday]",
                "march = 2021-03 [calendar date]",
            ],
        ),
        // A unit after a number makes it an amount, no end of a range.
        (
            "on 3 june 2021 to 10 years",
            &["3 june 2021 = 2021-06-03 [calendar date]"],
        ),
        (
            "from 2018 to 2014",
            &["2018 = 2018 [calendar date]", "2014 = 2014 [calendar date]"],
        ),
    ]);
}

#[test]
fn holidays_quarters_seasons_weeks_and_parts() {
    past(&[
        (
            "christmas 2020",
            &["christmas 2020 = 2020-12-25 [christmas]"],
        ),
        // A year before 1600 is a Hijri holiday's Hijri year; a Gregorian one's own.
        (
            "eid al-fitr 1442, ashura 1443, christmas 1500",
            &[
                "eid al-fitr 1442 = 2021-05-13 [eid_al_fitr]",
                "ashura 1443 = 2021-08-18 [ashura]",
                "christmas 1500 = 1500-12-25 [christmas]",
            ],
        ),
        // The year first in its genitive.
        (
            "2019 yearly christmas, last yearly christmas",
            &[
                "2019 yearly christmas = 2019-12-25 [christmas]",
                "last yearly christmas = 2020-12-25 [christmas]",
            ],
        ),
        // A day by a word used only in dates, before a month of any calendar.
        (
            "prima june, prima ramadan 1442, septima december",
            &[
                "prima june = 2021-06-01 [calendar date]",
                "prima ramadan 1442 = 2021-04-13 (hijri) [hijri date]",
                "septima december = 2020-12-07 [calendar date]",
            ],
        ),
        // The day with its article before an ordinal is counted in something, not today;
        // a day of a weekday's date in another calendar takes the weekday.
        (
            "theday 2nd of the meeting, theday 2nd of june, theday",
            &[
                "theday 2nd of june = 2021-06-02 [ordinal in a period]",
                "theday = 2021-06-29 [relative day]",
            ],
        ),
        (
            "tuesday, 8 ramadan 1442",
            &["tuesday, 8 ramadan 1442 = 2021-04-20 (hijri) [hijri date]"],
        ),
        ("christmas", &["christmas = 2020-12-25 [christmas]"]),
        // The day after or before a date with an ending (a genitive) counts from it.
        (
            "christmasly next day, christmas next day",
            &[
                "christmasly next day = 2020-12-26 [amount of time]",
                "christmas = 2020-12-25 [christmas]",
                "next day = 2021-06-30 [shifted period]",
            ],
        ),
        // A day counted of a holiday, which runs on past the one day the table dates it by:
        // after `of`, with the holiday first in the genitive, or in the construct.
        (
            "the 2nd day of christmas, christmasly 3rd day, 2nd days christmas",
            &[
                "the 2nd day of christmas = 2020-12-26 [ordinal in a period]",
                "christmasly 3rd day = 2020-12-27 [ordinal in a period]",
                "2nd days christmas = 2020-12-26 [ordinal in a period]",
            ],
        ),
        // So does a relative day in one word (as Bengali `পরদিন`).
        (
            "christmasly tomorrow",
            &["christmasly tomorrow = 2020-12-26 [amount of time]"],
        ),
        // After an event's noun in the genitive it counts from the event: no date.
        ("electionik next day", &[]),
        // The nearest weekend after or before the reference, as the nearest weekday.
        (
            "this coming weekend",
            &["this coming weekend = 2021-07-03/2021-07-04 [weekend of a date]"],
        ),
        // A holiday before the word for weekend: the weekend nearest it.
        (
            "the christmas weekend",
            &["the christmas weekend = 2020-12-26/2020-12-27 [weekend of a date]"],
        ),
        // An ordinal weekend of a period: its Saturday and Sunday.
        (
            "the last weekend of june, the 1st weekend of next month",
            &[
                "the last weekend of june = 2021-06-26/2021-06-27 [ordinal in a period]",
                "the 1st weekend of next month = 2021-07-03/2021-07-04 [ordinal in a period]",
            ],
        ),
        // The reference's day named again beside a shifted period is that day moved by it;
        // beside a year, that day in that year; alone, nothing.
        (
            "this time last year, this day next month, on this day in 1971, this time",
            &[
                "this time last year = 2020-06-29 [amount of time]",
                "this day next month = 2021-07-29 [amount of time]",
                "this day in 1971 = 1971-06-29 [this day in a year]",
            ],
        ),
        // The reference's month or quarter named again beside a shifted period or an amount
        // ago is it moved by whole units of it; `same` before or after the unit, or the
        // period first in the genitive. A move of a part of the unit is none.
        (
            "the same quarter last year, the same month 2 years ago, quarter same of last year",
            &[
                "the same quarter last year = 2020-04/2020-06 [amount of time]",
                "the same month 2 years ago = 2019-06 [amount of time]",
                "quarter same of last year = 2020-04/2020-06 [amount of time]",
            ],
        ),
        (
            "last yearly same quarter; the same quarter last month; the same month",
            &[
                "last yearly same quarter = 2020-04/2020-06 [amount of time]",
                "last month = 2021-05 [shifted period]",
            ],
        ),
        // The eve of a date is the day before it.
        (
            "the eve of christmas, eve june 5",
            &[
                "the eve of christmas = 2020-12-24 [amount of time]",
                "eve june 5 = 2021-06-04 [amount of time]",
            ],
        ),
        ("the eve of the election", &[]),
        (
            "next christmas",
            &["next christmas = 2021-12-25 [christmas]"],
        ),
        (
            "the 3rd quarter of 2013",
            &["the 3rd quarter of 2013 = 2013-07/2013-09 [quarter]"],
        ),
        // A unit's letter with digits glued after it names a part, never a unit counted:
        // `in 1q25` is no quarter from now, `2020q4` no 2020 quarters.
        (
            "in 1q25 and in 2020q4",
            &[
                "1q25 = 2025-01/2025-03 [quarter]",
                "2020q4 = 2020-10/2020-12 [quarter]",
            ],
        ),
        // A year glued after its word (`FY24`) is a year before or after a part, as four
        // digits are; a year shortened after an apostrophe after a part.
        (
            "q3 year24, the 3rd quarter of year2024, year24 q3, year24's 3rd quarter",
            &[
                "q3 year24 = 2024-07/2024-09 [quarter]",
                "the 3rd quarter of year2024 = 2024-07/2024-09 [quarter]",
                "year24 q3 = 2024-07/2024-09 [quarter]",
                "year24's 3rd quarter = 2024-07/2024-09 [quarter]",
            ],
        ),
        (
            "q1'25, h1 '24 and year'24",
            &[
                "q1'25 = 2025-01/2025-03 [quarter]",
                "h1 '24 = 2024-01/2024-06 [half of a year]",
                "year'24 = 2024 [calendar date]",
            ],
        ),
        (
            "summer 2016",
            &["summer 2016 = 2016-06-21/2016-09-22 [season]"],
        ),
        (
            "the summer of next year",
            &["the summer of next year = 2022-06-21/2022-09-22 [season]"],
        ),
        // A weak season's name after a shift word, with no article before it.
        (
            "last fall, the last fall in prices",
            &["last fall = 2020-09-23/2020-12-20 [season]"],
        ),
        // `this` before a season: the one of the reference's year, past or ahead.
        (
            "this fall, this summer",
            &[
                "this fall = 2021-09-23/2021-12-20 [season]",
                "this summer = 2021-06-21/2021-09-22 [season]",
            ],
        ),
        // Before a year written out too; `the fall of` something else is none.
        (
            "the fall of 2019, fall '18, the fall of rome",
            &[
                "the fall of 2019 = 2019-09-23/2019-12-20 [season]",
                "fall '18 = 2018-09-23/2018-12-20 [season]",
            ],
        ),
        // Half a year only with its year.
        (
            "the 2nd half of next year, the 1st half",
            &["the 2nd half of next year = 2022-07/2022-12 [half of a year]"],
        ),
        // Half a month: its 1st to 15th or its 16th to its last day; a weak month name too
        // after `of`, and the month first in its genitive.
        (
            "the 2nd half of june, the 1st half of next month, the 2nd half of rajab, monthly 1st half",
            &[
                "the 2nd half of june = 2021-06-16/2021-06-30 [range]",
                "the 1st half of next month = 2021-07-01/2021-07-15 [range]",
                "the 2nd half of rajab = 2021-02-28/2021-03-14 [range]",
                "monthly 1st half = 2021-06-01/2021-06-15 [range]",
            ],
        ),
        // Half of a century's or a decade's years, after `of` or after them in the
        // genitive; the reference's with the article; never of one year's number.
        (
            "the 1st half of the 20th century, the 2nd half of the 1990s, the 20th centuryly 2nd half",
            &[
                "the 1st half of the 20th century = 1900/1949 [half of a decade or century]",
                "the 2nd half of the 1990s = 1995/1999 [half of a decade or century]",
                "the 20th centuryly 2nd half = 1950/1999 [half of a decade or century]",
            ],
        ),
        (
            "the 2nd half of the century; the 1st half of the decade",
            &[
                "the 2nd half of the century = 2050/2099 [half of a decade or century]",
                "the 1st half of the decade = 2020/2024 [half of a decade or century]",
            ],
        ),
        // The year itself after `of`, or alone in the genitive: the reference's.
        (
            "the 2nd half of the year; yearly 1st half",
            &[
                "the 2nd half of the year = 2021-07/2021-12 [half of a year]",
                "yearly 1st half = 2021-01/2021-06 [half of a year]",
            ],
        ),
        (
            "the 3rd quarter of the year",
            &["the 3rd quarter of the year = 2021-07/2021-09 [quarter]"],
        ),
        // Without a year, the reference's quarter or the nearest one before it (the past
        // is preferred); as an adjective with a hyphen; a year's with a possessive.
        (
            "the 3rd quarter, 1st-quarter profit, next year's 3rd quarter",
            &[
                "the 3rd quarter = 2020-07/2020-09 [quarter]",
                "1st-quarter = 2021-01/2021-03 [quarter]",
                "next year's 3rd quarter = 2022-07/2022-09 [quarter]",
            ],
        ),
        // The first or last few months of a year, with the year.
        (
            "the 1st 3 months of 2020, the last 2 months of the year, the last 2 months",
            &[
                "the 1st 3 months of 2020 = 2020-01/2020-03 [range]",
                "the last 2 months of the year = 2021-11/2021-12 [range]",
                "the last 2 months = 2021-04/2021-05 [last or next units]",
            ],
        ),
        // The year first in the genitive, and a singular unit after the count.
        (
            "2020 yearly last 2 month, next yearly 1st 2 week",
            &[
                "2020 yearly last 2 month = 2020-11/2020-12 [range]",
                "next yearly 1st 2 week = 2022-W01/2022-W02 [range]",
            ],
        ),
        // The last quarter or half of a year counts from its end.
        (
            "the last quarter of 2020",
            &["the last quarter of 2020 = 2020-10/2020-12 [quarter]"],
        ),
        // A half by its letter, with its year; the reference's period with a part glued
        // after it.
        ("h2 2020", &["h2 2020 = 2020-07/2020-12 [half of a year]"]),
        ("2020 h2", &["2020 h2 = 2020-07/2020-12 [half of a year]"]),
        // The number first, glued to the letter, and a year glued after it or apart.
        (
            "1h20, 2h 2020, 1h99",
            &[
                "1h20 = 2020-01/2020-06 [half of a year]",
                "2h 2020 = 2020-07/2020-12 [half of a year]",
                "1h99 = 1999-01/1999-06 [half of a year]",
            ],
        ),
        // A period from its start to the reference date; a part of the reference's period
        // after `in the`.
        (
            "the month to date",
            &["the month to date = 2021-06-01/2021-06-29 [range]"],
        ),
        // Joined by hyphens, or in one word.
        (
            "up 8% year-to-date; ytd",
            &[
                "year-to-date = 2021-01-01/2021-06-29 [range]",
                "ytd = 2021-01-01/2021-06-29 [range]",
            ],
        ),
        (
            "early in the week",
            &["early in the week = 2021-W26 (early) [part of a period]"],
        ),
        ("by the eoy", &["the eoy = 2021 (late) [part of a period]"]),
        // The decade with its article after a part: the reference's; alone, no date.
        (
            "by the end of the decade, in the decade since",
            &["end of the decade = 2020/2029 (late) [part of a period]"],
        ),
        // A part after a period in the genitive; a part phrase that ends with `from` joins
        // a range.
        (
            "junely tail, junely tailthence julyly tail till",
            &[
                "junely tail = 2021-06 (late) [part of a period]",
                "junely tailthence julyly tail till = 2021-06/2021-07 [range]",
            ],
        ),
        // The century too, also glued to the part by a hyphen.
        (
            "by the end of the century, by early-century",
            &[
                "end of the century = 2000/2099 (late) [part of a period]",
                "early-century = 2000/2099 (early) [part of a period]",
            ],
        ),
        // From the reference date to the end of its period.
        (
            "the rest of the month, rest of the day",
            &["the rest of the month = 2021-06-29/2021-06-30 [range]"],
        ),
        // Of a named period: its rest when it holds the reference, else whole (ahead: a
        // month without a year is the next; past: the text counts from a day of its own); a
        // day is whole; the period first in the genitive.
        (
            "the rest of 2021, the rest of july, the rest of june, the rest of 2020, the rest of the decade, the rest of today",
            &[
                "the rest of 2021 = 2021-06-29/2021-12-31 [rest of a period]",
                "the rest of july = 2021-07 [rest of a period]",
                "the rest of june = 2021-06-29/2021-06-30 [rest of a period]",
                "the rest of 2020 = 2020 [rest of a period]",
                "the rest of the decade = 2021-06-29/2029-12-31 [rest of a period]",
                "the rest of today = 2021-06-29 [rest of a period]",
            ],
        ),
        (
            "yearly rest, next monthly rest months",
            &[
                "yearly rest = 2021-06-29/2021-12-31 [rest of a period]",
                "next monthly rest months = 2021-07 [rest of a period]",
            ],
        ),
        ("h 2", &[]),
        (
            "by year-end",
            &["year-end = 2021 (late) [part of a period]"],
        ),
        // A quarter too; and with a possessive before the part; the quarter after `of`.
        (
            "by quarter-end, at month's end, by the year's end, the end of the quarter",
            &[
                "quarter-end = 2021-04/2021-06 (late) [part of a period]",
                "month's end = 2021-06 (late) [part of a period]",
                "the year's end = 2021 (late) [part of a period]",
                "end of the quarter = 2021-04/2021-06 (late) [part of a period]",
            ],
        ),
        // A word that also counts back is no part there: `year-earlier` is an adjective.
        ("the year-earlier period", &[]),
        // A shift word before a day and month in digits: strictly after or before the
        // reference date.
        // A day and month with `current` after them: of the reference's year.
        (
            "20 march current",
            &["20 march current = 2021-03-20 [calendar date]"],
        ),
        (
            "next 20 june, last 30 june",
            &[
                "next 20 june = 2022-06-20 [shifted day and month]",
                "last 30 june = 2020-06-30 [shifted day and month]",
            ],
        ),
        // The weekend with its article: the last one with `prefer` past; no bare `weekend`.
        (
            "over the weekend; weekend traffic",
            &["the weekend = 2021-06-26/2021-06-27 [weekend]"],
        ),
        // Counted weekends: so many back or on, or the run of them.
        (
            "2 weekends ago, in 3 weekends, last 2 weekends, next 2 weekends",
            &[
                "2 weekends ago = 2021-06-19/2021-06-20 [weekend of a date]",
                "in 3 weekends = 2021-07-17/2021-07-18 [weekend of a date]",
                "last 2 weekends = 2021-06-19/2021-06-27 [range]",
                "next 2 weekends = 2021-07-03/2021-07-11 [range]",
            ],
        ),
        // The weekend of a date: the nearest (Sunday the weekend's second day, Tuesday's the
        // one before, Wednesday's the one after); of days written, those days.
        (
            "the weekend of 8 june, the weekend of 9 june, the weekend of 13 june, the weekend of 12-13 june",
            &[
                "the weekend of 8 june = 2021-06-05/2021-06-06 [weekend of a date]",
                "the weekend of 9 june = 2021-06-12/2021-06-13 [weekend of a date]",
                "the weekend of 13 june = 2021-06-12/2021-06-13 [weekend of a date]",
                "the weekend of 12-13 june = 2021-06-12/2021-06-13 [range]",
            ],
        ),
        // A weekday with its date in brackets.
        (
            "friday (2 july)",
            &["friday (2 july) = 2021-07-02 [calendar date]"],
        ),
        // Or after a word that names it.
        (
            "friday namely 2 july",
            &["friday namely 2 july = 2021-07-02 [calendar date]"],
        ),
        // `by` stands where `in` does before a year, but gives an amount no direction; an
        // approximation opens an amount.
        (
            "by 2025, by a week, about two weeks ago",
            &[
                "2025 = 2025 [calendar date]",
                "about two weeks ago = 2021-06-15 [amount of time]",
            ],
        ),
        (
            "week 23 of 2021",
            &["week 23 of 2021 = 2021-W23 [week number]"],
        ),
        (
            "early next year",
            &["early next year = 2022 (early) [part of a period]"],
        ),
        // The first or last units of a period, uncounted, in either order or after the
        // period with an ending, are its part; alone they are no date.
        (
            "the last days of 2020, the early months of next year, days last of june",
            &[
                "the last days of 2020 = 2020 (late) [part of a period]",
                "the early months of next year = 2022 (early) [part of a period]",
                "days last of june = 2021-06 (late) [part of a period]",
            ],
        ),
        (
            "junely last days, the last days",
            &["junely last days = 2021-06 (late) [part of a period]"],
        ),
        // Counted, they are the period's first or last days or whole weeks, in either
        // order or after the period with an ending; without `of`, a window from today.
        (
            "the last 10 days of june, days 3 last of ramadan, the last 2 weeks of june",
            &[
                "the last 10 days of june = 2021-06-21/2021-06-30 [range]",
                "days 3 last of ramadan = 2021-05-10/2021-05-12 [range]",
                "the last 2 weeks of june = 2021-W24/2021-W25 [range]",
            ],
        ),
        // An article may stand before the count (as Arabic writes `الـ10` before digits).
        (
            "days the 3 last of ramadan, months the 2 last of 2020",
            &[
                "days the 3 last of ramadan = 2021-05-10/2021-05-12 [range]",
                "months the 2 last of 2020 = 2020-11/2020-12 [range]",
            ],
        ),
        (
            "junely last 10 days, the last 2 days",
            &[
                "junely last 10 days = 2021-06-21/2021-06-30 [range]",
                "the last 2 days = 2021-06-27/2021-06-28 [last or next units]",
            ],
        ),
        // The word for last that is only an ordinal, with a count of units before or after
        // it, is the window of the last units; alone, nothing.
        (
            "the final 3 days, the days 3 final, the final day",
            &[
                "the final 3 days = 2021-06-26/2021-06-28 [last or next units]",
                "the days 3 final = 2021-06-26/2021-06-28 [last or next units]",
            ],
        ),
        // Before a month the days may go unsaid, in either order; not before a year.
        (
            "the last 10 of june, 3 last of ramadan, the first 10 of 2020",
            &[
                "the last 10 of june = 2021-06-21/2021-06-30 [range]",
                "3 last of ramadan = 2021-05-10/2021-05-12 [range]",
            ],
        ),
        (
            "the first 10 of next year",
            &["next year = 2022 [shifted period]"],
        ),
    ]);
}

/// Bengali forms, in the tiny language whose `ly` is a case ending: a weak decade word
/// before the word for decade (`আশির দশকে`), a cardinal before the word for century with an
/// ending (`উনিশ শতকে`), the word for month or year alone in the genitive before an ordinal
/// (`বছরের শেষ সপ্তাহে`, `মাসের প্রথম শুক্রবার`).
#[test]
fn decades_centuries_and_periods_named_the_bengali_way() {
    past(&[
        (
            "ottanta decade",
            &["ottanta decade = 1980/1989 [decade or century]"],
        ),
        ("ottanta", &[]),
        // A year, or its tens alone (of the 1900s), before the word for decade.
        (
            "1970 decade, 80 decade; 85 decade",
            &[
                "1970 decade = 1970/1979 [decade or century]",
                "80 decade = 1980/1989 [decade or century]",
            ],
        ),
        (
            "19 centuryly",
            &["19 centuryly = 1800/1899 [decade or century]"],
        ),
        ("19 century", &[]),
        ("2 centuryly", &[]),
        (
            "yearly last week",
            &["yearly last week = 2021-W52 [ordinal in a period]"],
        ),
        (
            "monthly 1st friday",
            &["monthly 1st friday = 2021-06-04 [ordinal in a period]"],
        ),
        ("3 monthly 1st week", &[]),
    ]);
}

/// Three readings that a longer one used to hide: two days joined by a hyphen before a
/// month name are a range of its days, not a numeric day and month (`12-14 June` is no 14
/// December); `since` with a unit before a shift word is the shifted period (`منذ العام
/// الماضي`, since last year), not an amount ago; a relative day between `the` and `of` names
/// a part of something else (`the last night of the festival`); `the day` before `after` or
/// `before` a date is one day from it; `now` starts a range, whose other end falls after it;
/// a word both of a shift and of a part before a unit with its article is the part (`آخر
/// الشهر`, the end of the month).
#[test]
fn readings_a_longer_one_hid() {
    past(&[
        (
            "12-14 june",
            &["12-14 june = 2021-06-12/2021-06-14 [range]"],
        ),
        ("12/14", &["12/14 = 2020-12-14 [calendar date]"]),
        (
            "since year current",
            &["year current = 2021 [shifted period]"],
        ),
        ("since 2 years", &["since 2 years = 2019 [amount of time]"]),
        ("the yesterday of it", &[]),
        (
            "finis themonth",
            &["finis themonth = 2021-06 (late) [part of a period]"],
        ),
        ("finis month", &["finis month = 2021-05 [shifted period]"]),
        (
            "the day after christmas",
            &["the day after christmas = 2020-12-26 [amount of time]"],
        ),
        (
            "from now to friday",
            &["from now to friday = 2021-06-29/2021-07-02 [range]"],
        ),
        (
            "from now to june",
            &["from now to june = 2021-06-29/2021-06-30 [range]"],
        ),
        (
            "the yesterday",
            &["the yesterday = 2021-06-28 [relative day]"],
        ),
    ]);
}

/// A weak month name is a month after a part word, right after it or after `of` or a
/// hyphen (`أواخر مارس`, `end of may`), but not after `the` and a part word alone, which
/// make a noun before a verb (`the end may come`).
#[test]
fn a_weak_month_after_a_part_word() {
    past(&[
        ("mai", &[]),
        (
            "early mai",
            &["early mai = 2021-05 (early) [part of a period]"],
        ),
        (
            "end of mai",
            &["end of mai = 2021-05 (late) [part of a period]"],
        ),
        (
            "early-mai",
            &["early-mai = 2021-05 (early) [part of a period]"],
        ),
        ("the end mai", &[]),
        (
            "the end of mai",
            &["end of mai = 2021-05 (late) [part of a period]"],
        ),
    ]);
}

#[test]
fn the_prefer_direction_and_no_reference() {
    check(
        REF,
        Prefer::Future,
        &[
            (
                "friday, in january, christmas",
                &[
                    "friday = 2021-07-02 [weekday]",
                    "january = 2022-01 [calendar date]",
                    "christmas = 2021-12-25 [christmas]",
                ],
            ),
            // A bare weekday in the future is strictly after the reference.
            ("tuesday", &["tuesday = 2021-07-06 [weekday]"]),
        ],
    );
    // A shifted season between two occurrences: `last` is the one before the reference,
    // `next` the one after it, whatever `prefer` says; in one, it shifts that one.
    for prefer in [Prefer::Past, Prefer::Future] {
        check(
            "2021-03-14",
            prefer,
            &[(
                "last summer, next summer",
                &[
                    "last summer = 2020-06-21/2020-09-22 [season]",
                    "next summer = 2021-06-21/2021-09-22 [season]",
                ],
            )],
        );
    }
    past(&[(
        "last summer, this summer",
        &[
            "last summer = 2020-06-21/2020-09-22 [season]",
            "this summer = 2021-06-21/2021-09-22 [season]",
        ],
    )]);
    check(
        "",
        Prefer::Past,
        &[(
            "last week, monday and 28 june 2021",
            &[
                "last week = null (last_week) [shifted period]",
                "monday = null (weekday) [weekday]",
                "28 june 2021 = 2021-06-28 [calendar date]",
            ],
        )],
    )
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&TABLES, holiday_names()));

fn holidays() -> &'static [crate::holidays::Holiday] {
    crate::holidays::builtin().expect("the holiday table loads")
}

/// The tiny language's words, digits and symbols, for random token sequences.
const VOCABULARY: &[&str] = &[
    "the",
    "morning",
    "parshu",
    "weekends",
    "theyear",
    "general",
    "of",
    "in",
    "from",
    "to",
    "between",
    "and",
    "for",
    "last",
    "next",
    "this",
    "ago",
    "a",
    "two",
    "now",
    "early",
    "after next",
    "today",
    "tomorrow",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "quarter",
    "year",
    "years",
    "century",
    "june",
    "dec",
    "ramadan",
    "monday",
    "friday",
    "summer",
    "christmas",
    "seventies",
    "ad",
    "1",
    "3",
    "15th",
    "1st",
    "24",
    "31",
    "74",
    "2014",
    "2021",
    "1990s",
    "20170302",
    "/",
    "-",
    ",",
    ".",
    // Words with no date meaning.
    "city",
    "bank",
];

proptest! {
    /// The module's invariant: a production never reads past the token list nor returns
    /// `next <= at`; and resolving whatever it read never panics. And where the look ahead
    /// says no date starts, none does.
    #[test]
    fn every_parse_advances_and_stays_in_the_tokens(
        words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..12),
        spaced in proptest::collection::vec(any::<bool>(), 12),
    ) {
        let mut text = String::new();
        for (k, w) in words.iter().enumerate() {
            if k > 0 && spaced[k] {
                text.push(' ');
            }
            text.push_str(w);
        }
        let mut units = Vec::new();
        khabar_core::units(&text, &mut units);
        let tokens = tokenize(&text, &units, &LEXICON, &[]);
        let parser = Parser::new(&tokens, TABLES.numeric_order);
        let reference = REF.parse::<Date>().ok();
        let context = Context::new(reference, Prefer::Past, holidays());
        for at in 0..tokens.len() {
            // `parse_at`'s look ahead skips no date.
            prop_assert!(
                parser.may_start(at) || parser.parse_from(at).is_none(),
                "{text:?} at {at}"
            );
            // `single_at` after `parse_at`, as the extractor calls them: the arena keeps
            // the first parse's nodes.
            let parses = [parser.parse_at(at), parser.single_at(at)];
            for (next, expr) in parses.into_iter().flatten() {
                prop_assert!(at < next && next <= tokens.len(), "{text:?} at {at}: {next}");
                let _ = context.resolve(&parser, expr);
                context.take_used_reference();
            }
        }
    }
}

/// A clause of the future tense reads a date's under-specified parts forward under the
/// default `past` reading: a mark up to five words before the date, or after it for a
/// language whose verb ends the clause (`done` here), or that verb right before the date. A comma or a full stop ends the
/// clause; a date with its own direction or year keeps it; `future` is unchanged.
#[test]
fn a_clause_of_the_future_tense_reads_forward() {
    past(&[
        (
            "it will be held in july",
            &["july = 2021-07 [calendar date]"],
        ),
        ("it was held in july", &["july = 2020-07 [calendar date]"]),
        // A day either way: behind in the past, ahead in a clause of the future.
        (
            "it was held parshu",
            &["parshu = 2021-06-27 [relative day]"],
        ),
        (
            "it will be held parshu",
            &["parshu = 2021-07-01 [relative day]"],
        ),
        (
            "they will meet on friday",
            &["friday = 2021-07-02 [weekday]"],
        ),
        ("friday the talks done", &["friday = 2021-07-02 [weekday]"]),
        // Such a verb right before the date, as a headline puts it; not two words before.
        ("the talks done friday", &["friday = 2021-07-02 [weekday]"]),
        ("done the talks friday", &["friday = 2021-06-25 [weekday]"]),
        // Out of reach, or in another clause.
        (
            "it will be said of what he did on friday",
            &["friday = 2021-06-25 [weekday]"],
        ),
        (
            "on friday , it will rain",
            &["friday = 2021-06-25 [weekday]"],
        ),
        (
            "it will end , as on friday",
            &["friday = 2021-06-25 [weekday]"],
        ),
        // Its own direction or year.
        (
            "it will be as last july",
            &["last july = 2020-07 [shifted month]"],
        ),
        (
            "it will be as in july 2019",
            &["july 2019 = 2019-07 [calendar date]"],
        ),
    ]);
    check(
        REF,
        Prefer::Future,
        &[("it was held in july", &["july = 2021-07 [calendar date]"])],
    );
}
