//! Calendar arithmetic every language shares: Julian day numbers, the tabular Islamic
//! (Hijri) calendar, Bangladesh's revised Bengali (Bangla) calendar, Easter, ISO weeks and
//! the periods a grain spans.
//!
//! Conversions used, and their caveats:
//! - **Hijri**: the arithmetical ("tabular") Islamic calendar with the civil epoch
//!   (1 Muharram 1 AH = 16 July 622 Julian, JDN 1948440) and leap years 2, 5, 7, 10, 13, 16,
//!   18, 21, 24, 26 and 29 of each 30-year cycle. Months alternate 30 and 29 days, the last
//!   month has 30 in a leap year. Observed dates (moon sighting, Umm al-Qura) can differ by
//!   a day, sometimes two: 1 Ramadan 1442 is 13 April 2021 here and was observed on 13 April
//!   in most countries.
//! - **Bangla**: the calendar as revised in Bangladesh in 2019. 1 Boishakh is 14 April;
//!   Boishakh to Ashwin have 31 days, Falgun 29 (30 when the Gregorian year it falls in is a
//!   leap year), the other months 30. Year 1430 began on 14 April 2023 (Gregorian year =
//!   Bangla year + 593 from Boishakh to Poush's end of December, + 594 after). This keeps
//!   16 December on 1 Poush, 21 February on 8 Falgun and 26 March on 12 Chaitra every year.
//!   The West Bengal (Surya Siddhanta) calendar differs and is not modelled.
//! - **Easter**: the Gregorian computus, and the Julian one shifted to the Gregorian calendar
//!   for Orthodox Easter.

use jiff::Span;
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// Julian day number of 1970-01-01.
const UNIX_EPOCH_JDN: i64 = 2_440_588;
/// Julian day number of 1 Muharram 1 AH (civil epoch).
const HIJRI_EPOCH_JDN: i64 = 1_948_440;

/// The Gregorian date of a Julian day number, inside jiff's range.
pub fn from_jdn(jdn: i64) -> Option<Date> {
    let days = jdn - UNIX_EPOCH_JDN;
    Date::constant(1970, 1, 1)
        .checked_add(Span::new().try_days(days).ok()?)
        .ok()
}

/// The Julian day number of a Gregorian date.
pub fn to_jdn(date: Date) -> i64 {
    let epoch = Date::constant(1970, 1, 1);
    // Days between two dates always fit: jiff's range is ±10,000 years.
    i64::from(
        date.since((jiff::Unit::Day, epoch))
            .map_or(0, |span| span.get_days()),
    ) + UNIX_EPOCH_JDN
}

/// Adds `days` (any sign) to `date`, or `None` outside jiff's range.
pub fn add_days(date: Date, days: i64) -> Option<Date> {
    from_jdn(to_jdn(date) + days)
}

/// Adds whole months, clamping the day to the month's length (31 March − 1 month = 28/29
/// February).
pub fn add_months(date: Date, months: i64) -> Option<Date> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + months;
    let year = i16::try_from(total.div_euclid(12)).ok()?;
    let month = i8::try_from(total.rem_euclid(12) + 1).ok()?;
    let first = Date::new(year, month, 1).ok()?;
    let day = date.day().min(first.days_in_month());
    Date::new(year, month, day).ok()
}

/// A Gregorian date from numbers that may be out of range.
pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// True when a Hijri year has 355 days.
pub fn hijri_leap(year: i64) -> bool {
    (14 + 11 * year).rem_euclid(30) < 11
}

/// Days in a Hijri month (1–12) of a year.
pub fn hijri_month_days(year: i64, month: u32) -> u32 {
    if (month == 12 && hijri_leap(year)) || month % 2 == 1 {
        30
    } else {
        29
    }
}

fn hijri_jdn(year: i64, month: u32, day: u32) -> i64 {
    let m = i64::from(month);
    i64::from(day)
        + 29 * (m - 1)
        + m / 2
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + HIJRI_EPOCH_JDN
        - 1
}

/// The Gregorian date of a Hijri date, `None` when the Hijri date does not exist.
pub fn hijri_to_gregorian(year: i64, month: u32, day: u32) -> Option<Date> {
    if !(1..=12).contains(&month) || day == 0 || day > hijri_month_days(year, month) {
        return None;
    }
    from_jdn(hijri_jdn(year, month, day))
}

/// The Hijri date (year, month, day) of a Gregorian date.
pub fn gregorian_to_hijri(date: Date) -> (i64, u32, u32) {
    let jdn = to_jdn(date);
    let mut year = (30 * (jdn - HIJRI_EPOCH_JDN) + 10_646).div_euclid(10_631);
    if jdn < hijri_jdn(year, 1, 1) {
        year -= 1;
    }
    let mut month = 12;
    while month > 1 && jdn < hijri_jdn(year, month, 1) {
        month -= 1;
    }
    // The day of the month is at most 30, so the cast cannot truncate.
    let day = (jdn - hijri_jdn(year, month, 1) + 1) as u32;
    (year, month, day)
}

/// The first and last Gregorian days of a Hijri month, or of a whole Hijri year when
/// `month` is `None`.
pub fn hijri_period(year: i64, month: Option<u32>) -> Option<(Date, Date)> {
    match month {
        Some(m) => Some((
            hijri_to_gregorian(year, m, 1)?,
            hijri_to_gregorian(year, m, hijri_month_days(year, m))?,
        )),
        None => Some((
            hijri_to_gregorian(year, 1, 1)?,
            hijri_to_gregorian(year, 12, hijri_month_days(year, 12))?,
        )),
    }
}

/// Days in a month (1–12, Boishakh first) of a Bangla year.
pub fn bangla_month_days(year: i64, month: u32) -> u32 {
    match month {
        1..=6 => 31,
        // Falgun falls in February and March of the Gregorian year after the one in which
        // the Bangla year began.
        11 if gregorian_leap(year + 594) => 30,
        11 => 29,
        _ => 30,
    }
}

fn gregorian_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The Gregorian date of a Bangla date (year in বঙ্গাব্দ), `None` when it does not exist.
pub fn bangla_to_gregorian(year: i64, month: u32, day: u32) -> Option<Date> {
    if !(1..=12).contains(&month) || day == 0 || day > bangla_month_days(year, month) {
        return None;
    }
    let new_year = ymd(i32::try_from(year + 593).ok()?, 4, 14)?;
    let before: u32 = (1..month).map(|m| bangla_month_days(year, m)).sum();
    add_days(new_year, i64::from(before + day - 1))
}

/// The Bangla date (year, month, day) of a Gregorian date.
pub fn gregorian_to_bangla(date: Date) -> (i64, u32, u32) {
    let g = i64::from(date.year());
    let year = if (date.month(), date.day()) >= (4, 14) {
        g - 593
    } else {
        g - 594
    };
    let mut left = to_jdn(date) - bangla_to_gregorian(year, 1, 1).map_or(0, to_jdn);
    let mut month = 1;
    while month < 12 && left >= i64::from(bangla_month_days(year, month)) {
        left -= i64::from(bangla_month_days(year, month));
        month += 1;
    }
    // `left` is below the month's length here, at most 31.
    (year, month, left as u32 + 1)
}

/// The first and last Gregorian days of a Bangla month, or of a whole Bangla year.
pub fn bangla_period(year: i64, month: Option<u32>) -> Option<(Date, Date)> {
    let (first, last) = match month {
        Some(m) => (m, m),
        None => (1, 12),
    };
    Some((
        bangla_to_gregorian(year, first, 1)?,
        bangla_to_gregorian(year, last, bangla_month_days(year, last))?,
    ))
}

/// Western (Gregorian) Easter Sunday.
pub fn easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Orthodox Easter Sunday (the Julian computus), as a Gregorian date.
pub fn orthodox_easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date as a day count, then the century shift between the calendars.
    let julian = ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let shift = year / 100 - year / 400 - 2;
    add_days(julian, i64::from(shift))
}

/// ISO weekday number: 1 = Monday … 7 = Sunday.
pub fn weekday_number(date: Date) -> u8 {
    // to_monday_one_offset is 1..=7.
    date.weekday().to_monday_one_offset() as u8
}

/// The weekday for an ISO number (1 = Monday … 7 = Sunday).
pub fn weekday(number: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(i8::try_from(number).ok()?).ok()
}

/// Monday of the ISO week `date` is in.
pub fn week_monday(date: Date) -> Date {
    add_days(date, -i64::from(weekday_number(date) - 1)).unwrap_or(date)
}

/// Monday of ISO week `week` of ISO year `year`.
pub fn iso_week_monday(year: i32, week: u32) -> Option<Date> {
    ISOWeekDate::new(
        i16::try_from(year).ok()?,
        i8::try_from(week).ok()?,
        Weekday::Monday,
    )
    .ok()
    .map(|w| w.date())
}

/// Number of ISO weeks (52 or 53) in ISO year `year`.
pub fn iso_weeks_in(year: i32) -> i32 {
    // 28 December is always in the year's last ISO week.
    ymd(year, 12, 28).map_or(52, |d| i32::from(d.iso_week_date().week()))
}

/// The `n`th (1-based; negative counts from the end) `weekday` (1–7) of a month.
pub fn nth_weekday_of_month(year: i32, month: u32, weekday_no: u8, n: i32) -> Option<Date> {
    let first = ymd(year, month, 1)?;
    let day = weekday(weekday_no)?;
    let n = i8::try_from(n).ok()?;
    first.nth_weekday_of_month(n, day).ok()
}

/// The `n`th (1-based; negative from the end) `weekday` between `first` and `last`
/// inclusive.
pub fn nth_weekday_in(first: Date, last: Date, weekday_no: u8, n: i32) -> Option<Date> {
    if n > 0 {
        let offset = (i64::from(weekday_no) - i64::from(weekday_number(first))).rem_euclid(7);
        let day = add_days(first, offset + 7 * i64::from(n - 1))?;
        (day <= last).then_some(day)
    } else if n < 0 {
        let offset = (i64::from(weekday_number(last)) - i64::from(weekday_no)).rem_euclid(7);
        let day = add_days(last, -offset - 7 * i64::from(-n - 1))?;
        (day >= first).then_some(day)
    } else {
        None
    }
}

/// The `n`th (negative: from the end) whole ISO week inside `first..=last`: the first week
/// of October is the one starting on October's first Monday, its last week the last one
/// ending in it.
pub fn nth_full_week_in(first: Date, last: Date, n: i32) -> Option<Date> {
    if n > 0 {
        let first_monday = nth_weekday_in(first, last, 1, 1)?;
        let monday = add_days(first_monday, 7 * i64::from(n - 1))?;
        (add_days(monday, 6)? <= last).then_some(monday)
    } else if n < 0 {
        let last_sunday = nth_weekday_in(first, last, 7, -1)?;
        let monday = add_days(last_sunday, -6 - 7 * i64::from(-n - 1))?;
        (monday >= first).then_some(monday)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    #[test]
    fn hijri_dates_against_known_conversions() {
        // 1 Ramadan 1442 AH: 13 April 2021 in the tabular calendar (observed the same day).
        assert_eq!(hijri_to_gregorian(1442, 9, 1), Some(d(2021, 4, 13)));
        // 15 Ramadan 1442.
        assert_eq!(hijri_to_gregorian(1442, 9, 15), Some(d(2021, 4, 27)));
        // 1 Muharram 1445: 19 July 2023 tabular (observed 19 July in Saudi Arabia).
        assert_eq!(hijri_to_gregorian(1445, 1, 1), Some(d(2023, 7, 19)));
        // 1 Shawwal 1444 (Eid al-Fitr): 22 April 2023 in the tabular calendar, a day after
        // it was observed in most countries (21 April): the caveat the module documents.
        assert_eq!(hijri_to_gregorian(1444, 10, 1), Some(d(2023, 4, 22)));
        // The epoch itself: 16 July 622 Julian is 19 July 622 proleptic Gregorian.
        assert_eq!(hijri_to_gregorian(1, 1, 1), Some(d(622, 7, 19)));
        assert_eq!(hijri_to_gregorian(1442, 2, 30), None);
        assert_eq!(hijri_to_gregorian(1442, 13, 1), None);
    }

    #[test]
    fn hijri_round_trips() {
        let mut day = d(1990, 1, 1);
        while day < d(2040, 1, 1) {
            let (y, m, dd) = gregorian_to_hijri(day);
            assert_eq!(hijri_to_gregorian(y, m, dd), Some(day), "{day}");
            day = add_days(day, 13).expect("in range");
        }
    }

    #[test]
    fn bangla_dates_against_the_fixed_national_days() {
        // Pohela Boishakh, 1 Boishakh 1430.
        assert_eq!(bangla_to_gregorian(1430, 1, 1), Some(d(2023, 4, 14)));
        // Victory Day is 1 Poush, Language Martyrs' Day 8 Falgun, Independence Day 12
        // Chaitra, every year since the 2019 revision.
        assert_eq!(bangla_to_gregorian(1430, 9, 1), Some(d(2023, 12, 16)));
        assert_eq!(bangla_to_gregorian(1430, 11, 8), Some(d(2024, 2, 21)));
        assert_eq!(bangla_to_gregorian(1430, 12, 12), Some(d(2024, 3, 26)));
        assert_eq!(bangla_to_gregorian(1431, 12, 12), Some(d(2025, 3, 26)));
        // The year ends on 13 April.
        assert_eq!(bangla_to_gregorian(1430, 12, 30), Some(d(2024, 4, 13)));
        assert_eq!(bangla_to_gregorian(1431, 11, 30), None);
        let mut day = d(2000, 1, 1);
        while day < d(2035, 1, 1) {
            let (y, m, dd) = gregorian_to_bangla(day);
            assert_eq!(bangla_to_gregorian(y, m, dd), Some(day), "{day}");
            day = add_days(day, 5).expect("in range");
        }
    }

    #[test]
    fn easter_sundays() {
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
        assert_eq!(easter(2019), Some(d(2019, 4, 21)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(orthodox_easter(2020), Some(d(2020, 4, 19)));
        assert_eq!(orthodox_easter(2018), Some(d(2018, 4, 8)));
        assert_eq!(orthodox_easter(2024), Some(d(2024, 5, 5)));
    }

    #[test]
    fn weeks_and_nth_weekdays() {
        assert_eq!(week_monday(d(2019, 6, 27)), d(2019, 6, 24));
        assert_eq!(iso_week_monday(2019, 26), Some(d(2019, 6, 24)));
        assert_eq!(nth_weekday_of_month(2014, 10, 3, 1), Some(d(2014, 10, 1)));
        assert_eq!(nth_weekday_of_month(2013, 3, 1, -1), Some(d(2013, 3, 25)));
        assert_eq!(
            nth_weekday_in(d(2013, 10, 1), d(2013, 10, 31), 5, -1),
            Some(d(2013, 10, 25))
        );
        // First week of October 2014 starts on the first Monday (W41); the last week of
        // September 2014 is the last one to end in it (W39).
        assert_eq!(
            nth_full_week_in(d(2014, 10, 1), d(2014, 10, 31), 1),
            Some(d(2014, 10, 6))
        );
        assert_eq!(
            nth_full_week_in(d(2014, 9, 1), d(2014, 9, 30), -1),
            Some(d(2014, 9, 22))
        );
        assert_eq!(add_months(d(2021, 3, 31), -1), Some(d(2021, 2, 28)));
        assert_eq!(add_months(d(2021, 1, 15), -13), Some(d(2019, 12, 15)));
    }
}
