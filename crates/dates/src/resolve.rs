//! Resolution: a parsed date expression to a span of days at a grain, against the
//! document's reference date and its `prefer` direction.
//!
//! Rules a reader should know:
//! - an under-specified date (a weekday, a month without a year, a day without a month, a
//!   holiday without a year) is the nearest one in the `prefer` direction: with `past`, the
//!   latest at or before the reference date; with `future`, the earliest after it (a bare
//!   weekday) or at or after it (anything else); but reading backwards, a day or a month
//!   and day in the reference's own month is of that month, whatever the day (news names
//!   the days of its month either side of its date);
//! - `last`/`next` + weekday is that weekday of the previous/next ISO week; `next March` is
//!   the first March after the reference month;
//! - an amount of time counts from the reference date at the grain of its unit (`three
//!   years ago` is a year, `a month ago` a month), except weeks and mixed amounts, which give
//!   a day (`a week ago`);
//! - `last 2 days` is the two whole days before today, `next 3 months` the three months
//!   after this one;
//! - a range spans from its first end's first day to its second end's last day, at the finer
//!   of the two grains;
//! - a part (`early`, `late`, `أوائل`, `শেষ ভাগে`) keeps the whole period as the value, at
//!   the precision the text gives (`late March 2019` is `2019-03`), and the part as an
//!   attribute; Duckling's corpus reads parts as sub-intervals (`2013-03-01/2013-03-10`),
//!   which the project's own gold does not.
//!
//! Invariant: the reference date is read only through [`Context::reference`], which records
//! that it was needed; with none, such an expression fails with
//! [`Failure::NeedsReference`] and is output without a value.

use std::cell::Cell;

use jiff::civil::Date;
use khabar_core::{Calendar, DatePart, Grain, Prefer};

use crate::Unit;
use crate::calendar as cal;
use crate::grammar::{Expr, Nth, Parser, YearRef};
use crate::holidays::{Holiday, HolidayRule};

pub(crate) struct Context<'h> {
    reference: Option<Date>,
    /// The document's `prefer`, or the expression's where its clause says otherwise
    /// ([`Context::set_prefer`]).
    prefer: Cell<Prefer>,
    holidays: &'h [Holiday],
    used_reference: Cell<bool>,
}

/// A resolved date: the days it spans, at a grain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Resolved {
    pub(crate) first: Date,
    pub(crate) last: Date,
    pub(crate) grain: Grain,
    pub(crate) calendar: Option<Calendar>,
    pub(crate) part: Option<DatePart>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// Relative, and the document has no reference date.
    NeedsReference,
    /// No such date (30 February, a holiday the table cannot date that year).
    Invalid,
}

type Result<T> = std::result::Result<T, Failure>;

fn at_grain(first: Date, last: Date, grain: Grain) -> Resolved {
    Resolved {
        first,
        last,
        grain,
        calendar: None,
        part: None,
    }
}

/// The date `month`/`d` in `year` or, when that year has no such day (the 29th of
/// February), in the nearest year after it in steps of `step` (±1) that has: at most eight
/// years away.
fn next_with_day(year: i32, step: i32, month: u8, d: u8) -> Option<Date> {
    (0..9).find_map(|k| cal::ymd(year + step * k, u32::from(month), u32::from(d)))
}

fn day(date: Date) -> Resolved {
    at_grain(date, date, Grain::Day)
}

fn year_span(year: i32) -> Result<Resolved> {
    let first = cal::ymd(year, 1, 1).ok_or(Failure::Invalid)?;
    Ok(at_grain(first, first.last_of_year(), Grain::Year))
}

/// Months `first` to `last` of `year`, at month grain (a quarter, a half).
fn months(year: i32, first: u32, last: u32) -> Result<Resolved> {
    let (first, last) = (month_span(year, first)?, month_span(year, last)?);
    Ok(at_grain(first.first, last.last, Grain::Month))
}

/// The weekend that starts on `saturday` (`None` when the calendar ran out).
fn weekend_from(saturday: Option<Date>) -> Result<Resolved> {
    let saturday = saturday.ok_or(Failure::Invalid)?;
    let sunday = cal::add_days(saturday, 1).ok_or(Failure::Invalid)?;
    Ok(at_grain(saturday, sunday, Grain::Day))
}

/// The year of the month `month` that a shift word names from a reference in year `ry`,
/// month `rm` of the same calendar: this year's for 0, else the `shift`th one after (or
/// before) the reference's month, which itself counts as neither (`next March` in March is
/// next year's).
fn shifted_year(ry: i64, rm: u32, month: u8, shift: i32) -> i64 {
    let m = u32::from(month);
    match shift {
        0 => ry,
        s if s > 0 => (if m > rm { ry } else { ry + 1 }) + i64::from(s - 1),
        s => (if m < rm { ry } else { ry - 1 }) + i64::from(s + 1),
    }
}

fn month_span(year: i32, month: u32) -> Result<Resolved> {
    let first = cal::ymd(year, month, 1).ok_or(Failure::Invalid)?;
    Ok(at_grain(first, first.last_of_month(), Grain::Month))
}

/// How many days a holiday runs on at most when a day of it is counted (`the fourth day of
/// Eid al-Adha`): a festival the table dates by one day lasts a few.
const HOLIDAY_DAYS: i64 = 10;

/// How many years either side of the reference a weekday may move a month and day that
/// carry no year (`Mon, Aug 4`): a day falls on each weekday within every eleven years, so
/// within five either side there is nearly always one, and farther is no longer news.
const WEEKDAY_YEAR_REACH: i32 = 5;

/// The year of a month and day without one that agrees with the weekday written beside them:
/// `default` (the `prefer` reading) when the day falls on the weekday then, else the year
/// within [`WEEKDAY_YEAR_REACH`] of the reference's whose date is nearest the reference
/// (`Mon, Aug 4` read on 2025-06-15 is 2025-08-04, a Monday, though news reads backwards);
/// `default` when no year agrees.
fn agreeing_year(reference: Date, default: i32, month: u8, day: u8, weekday: u8) -> i32 {
    let agrees = |y: i32| {
        cal::ymd(y, u32::from(month), u32::from(day)).filter(|d| cal::weekday_number(*d) == weekday)
    };
    if agrees(default).is_some() {
        return default;
    }
    let ry = i32::from(reference.year());
    let distance = |d: Date| (cal::to_jdn(d) - cal::to_jdn(reference)).abs();
    ((ry - WEEKDAY_YEAR_REACH)..=(ry + WEEKDAY_YEAR_REACH))
        .filter_map(|y| agrees(y).map(|d| (distance(d), y)))
        .min()
        .map_or(default, |(_, y)| y)
}

fn week_span(monday: Date) -> Result<Resolved> {
    let sunday = cal::add_days(monday, 6).ok_or(Failure::Invalid)?;
    Ok(at_grain(monday, sunday, Grain::Week))
}

/// The first and last days of the season (1 spring … 4 winter) that starts in `year`, by
/// the usual equinox and solstice dates.
fn season_span(season: u8, year: i32) -> Result<Resolved> {
    let (first, last) = match season {
        1 => (cal::ymd(year, 3, 20), cal::ymd(year, 6, 20)),
        2 => (cal::ymd(year, 6, 21), cal::ymd(year, 9, 22)),
        3 => (cal::ymd(year, 9, 23), cal::ymd(year, 12, 20)),
        _ => (cal::ymd(year, 12, 21), cal::ymd(year + 1, 3, 19)),
    };
    Ok(at_grain(
        first.ok_or(Failure::Invalid)?,
        last.ok_or(Failure::Invalid)?,
        Grain::Day,
    ))
}

impl<'h> Context<'h> {
    pub(crate) fn new(reference: Option<Date>, prefer: Prefer, holidays: &'h [Holiday]) -> Self {
        Context {
            reference,
            prefer: Cell::new(prefer),
            holidays,
            used_reference: Cell::new(false),
        }
    }

    /// The reference date, noting that the expression being resolved needed it.
    fn reference(&self) -> Result<Date> {
        self.used_reference.set(true);
        self.reference.ok_or(Failure::NeedsReference)
    }

    /// Whether the last resolution read the reference date; resets the flag.
    pub(crate) fn take_used_reference(&self) -> bool {
        self.used_reference.replace(false)
    }

    /// The year of the months `first..=last` named without one: the reference's when they
    /// hold its month, else the nearest in the `prefer` direction (`June` read in March is
    /// last June, or the coming one).
    fn year_of_months(&self, reference: Date, first: u8, last: u8) -> i32 {
        let (year, month) = (i32::from(reference.year()), reference.month() as u8);
        if self.past() && first > month {
            year - 1
        } else if !self.past() && last < month {
            year + 1
        } else {
            year
        }
    }

    fn past(&self) -> bool {
        self.prefer.get() == Prefer::Past
    }

    /// Resolves what follows in the direction `prefer` (the future tense of a clause).
    pub(crate) fn set_prefer(&self, prefer: Prefer) {
        self.prefer.set(prefer);
    }

    fn year(&self, year: YearRef) -> Result<i32> {
        match year {
            YearRef::Abs(y) => Ok(y),
            YearRef::Rel(k) => Ok(i32::from(self.reference()?.year()) + k),
        }
    }

    pub(crate) fn resolve(&self, parser: &Parser<'_, '_>, expr: Expr) -> Result<Resolved> {
        match expr {
            Expr::Date {
                year,
                month,
                day: d,
                weekday,
            } => self.date(year, month, d, weekday),
            Expr::Hijri { year, month, day } => self.hijri(year, month, day),
            Expr::Bangla { year, month, day } => self.bangla(year, month, day),
            Expr::IsoWeek { year, week } => {
                let year = match year {
                    Some(y) => self.year(y)?,
                    None => i32::from(self.reference()?.iso_week_date().year()),
                };
                week_span(cal::iso_week_monday(year, u32::from(week)).ok_or(Failure::Invalid)?)
            }
            Expr::Day(n) => Ok(day(self.shift_days(self.reference()?, n)?)),
            Expr::DayEitherWay(n) => {
                let n = i32::from(n);
                let n = if self.past() { -n } else { n };
                Ok(day(self.shift_days(self.reference()?, n)?))
            }
            Expr::Now => Ok(day(self.reference()?)),
            Expr::Weekday { weekday, week } => {
                let r = self.reference()?;
                let today = i64::from(cal::weekday_number(r));
                let target = i64::from(weekday);
                let date = match week {
                    Some(k) => cal::add_days(cal::week_monday(r), 7 * i64::from(k) + target - 1),
                    None if self.past() => cal::add_days(r, -(today - target).rem_euclid(7)),
                    None => {
                        let ahead = (target - today).rem_euclid(7);
                        cal::add_days(r, if ahead == 0 { 7 } else { ahead })
                    }
                };
                Ok(day(date.ok_or(Failure::Invalid)?))
            }
            Expr::Period { unit, shift } => self.period(unit, shift),
            Expr::Weekend => {
                let r = self.reference()?;
                // Days since Saturday: 0 on Saturday, 1 on Sunday, 2 on Monday … 6 on Friday.
                let since = (i64::from(cal::weekday_number(r)) - 6).rem_euclid(7);
                weekend_from(if since <= 1 || self.past() {
                    cal::add_days(r, -since)
                } else {
                    cal::add_days(r, 7 - since)
                })
            }
            Expr::MonthShift { month, shift } => {
                let r = self.reference()?;
                let year = shifted_year(i64::from(r.year()), r.month() as u32, month, shift);
                month_span(
                    i32::try_from(year).map_err(|_| Failure::Invalid)?,
                    u32::from(month),
                )
            }
            Expr::CalendarMonthShift {
                calendar,
                month,
                shift,
            } => {
                let r = self.reference()?;
                let (ry, rm, _) = match calendar {
                    Calendar::Hijri => cal::gregorian_to_hijri(r),
                    Calendar::Bangla => cal::gregorian_to_bangla(r),
                };
                let year = shifted_year(ry, rm, month, shift);
                // Hijri and Bangla years are far below 1700, which `hijri` would read as a
                // Gregorian year (`Ramadan 2050`).
                match calendar {
                    Calendar::Hijri => self.hijri(Some(year), Some(month), None),
                    Calendar::Bangla => self.bangla(Some(year), Some(month), None),
                }
            }
            Expr::DayShift {
                month,
                day: d,
                shift,
            } => {
                let r = self.reference()?;
                let here = (r.month() as u8, r.day() as u8);
                let ry = i32::from(r.year());
                // Strictly after or before the reference date: `আগামী` names no day past. The
                // 29th of February goes on to the next leap year (at most eight years away).
                let (first, step) = if shift > 0 {
                    (if (month, d) > here { ry } else { ry + 1 }, 1)
                } else {
                    (if (month, d) < here { ry } else { ry - 1 }, -1)
                };
                next_with_day(first, step, month, d)
                    .map(day)
                    .ok_or(Failure::Invalid)
            }
            Expr::MonthDayShift { day: d, shift } => {
                let r = self.reference()?;
                let step = if shift > 0 { 1 } else { -1 };
                let month_start = cal::ymd(i32::from(r.year()), r.month() as u32, 1);
                // From the reference's month on, month by month: a 31st is at most two
                // months away, so a year bounds the search for every day of a month.
                (0..12)
                    .find_map(|k| {
                        let first = cal::add_months(month_start?, step * k)?;
                        let date =
                            cal::ymd(i32::from(first.year()), first.month() as u32, u32::from(d))?;
                        (if shift > 0 { date > r } else { date < r }).then_some(date)
                    })
                    .map(day)
                    .ok_or(Failure::Invalid)
            }
            Expr::Offset { amount, base } => {
                let based = base
                    .map(|node| self.resolve(parser, parser.node(node)))
                    .transpose()?;
                let from = match based {
                    Some(r) => r.first,
                    None => self.reference()?,
                };
                // Months from whole months are those months moved (`the 12 months to March`
                // starts in the April before; `the same quarter last year` is a quarter).
                let month_base = based.is_some_and(|r| r.grain == Grain::Month);
                if let Some(r) = based.filter(|_| month_base)
                    && amount.weeks == 0
                    && amount.days == 0
                {
                    let months = i64::from(amount.years) * 12 + i64::from(amount.months);
                    let first = cal::add_months(r.first, months).ok_or(Failure::Invalid)?;
                    let last = cal::add_months(r.last, months).ok_or(Failure::Invalid)?;
                    return Ok(at_grain(first, last.last_of_month(), Grain::Month));
                }
                // Whole years from whole years are those years moved (`two years after
                // 2011` is 2013, `بعد عام 2011 بعامين`).
                if let Some(r) = based.filter(|r| r.grain == Grain::Year)
                    && amount.single_unit() == Some(Unit::Year)
                {
                    let first = year_span(i32::from(r.first.year()) + amount.years)?;
                    let last = year_span(i32::from(r.last.year()) + amount.years)?;
                    return Ok(at_grain(first.first, last.last, Grain::Year));
                }
                let moved = cal::add_months(
                    from,
                    i64::from(amount.years) * 12 + i64::from(amount.months),
                )
                .and_then(|d| {
                    cal::add_days(d, 7 * i64::from(amount.weeks) + i64::from(amount.days))
                })
                .ok_or(Failure::Invalid)?;
                match (base, amount.single_unit()) {
                    (None, Some(Unit::Year)) => year_span(i32::from(moved.year())),
                    (None, Some(Unit::Month)) => {
                        month_span(i32::from(moved.year()), moved.month() as u32)
                    }
                    _ => Ok(day(moved)),
                }
            }
            Expr::Window { unit, count } => {
                let (from, to) = if count < 0 { (count, -1) } else { (1, count) };
                let a = self.period(unit, from)?;
                let b = self.period(unit, to)?;
                Ok(at_grain(a.first, b.last, a.grain))
            }
            Expr::Nth { n, what, within } => {
                let period = self.resolve(parser, parser.node(within))?;
                let (first, last) = (period.first, period.last);
                match what {
                    Nth::Weekday(wd) => Ok(day(
                        cal::nth_weekday_in(first, last, wd, n).ok_or(Failure::Invalid)?
                    )),
                    // Its Saturday in the period, and the Sunday after it.
                    Nth::Weekend => weekend_from(cal::nth_weekday_in(first, last, 6, n)),
                    Nth::Day => {
                        // A holiday the table dates by its first day runs on a few days
                        // (`the third day of Eid al-Adha`).
                        let last = match parser.node(within) {
                            Expr::Holiday { .. } => {
                                cal::add_days(first, HOLIDAY_DAYS - 1).map_or(last, |d| d.max(last))
                            }
                            _ => last,
                        };
                        let date = if n > 0 {
                            cal::add_days(first, i64::from(n) - 1).filter(|d| *d <= last)
                        } else {
                            cal::add_days(last, i64::from(n) + 1).filter(|d| *d >= first)
                        };
                        Ok(day(date.ok_or(Failure::Invalid)?))
                    }
                    // Weeks of a year are its ISO weeks (`week 2 of 2015` is 2015-W02, as
                    // `second week of 2015`); of a month, its whole weeks.
                    Nth::Week if period.grain == Grain::Year && first.year() == last.year() => {
                        let year = i32::from(first.year());
                        let count = cal::iso_weeks_in(year);
                        let week = if n > 0 { n } else { count + 1 + n };
                        if !(1..=count).contains(&week) {
                            return Err(Failure::Invalid);
                        }
                        week_span(cal::iso_week_monday(year, week as u32).ok_or(Failure::Invalid)?)
                    }
                    Nth::Week => {
                        week_span(cal::nth_full_week_in(first, last, n).ok_or(Failure::Invalid)?)
                    }
                }
            }
            Expr::NthAfter { n, weekday, base } if n < 0 => {
                // `two Mondays ago`: the nearest such weekday strictly before, then back.
                let from = self.resolve(parser, parser.node(base))?.first;
                let behind =
                    (i64::from(cal::weekday_number(from)) - i64::from(weekday)).rem_euclid(7);
                let first = if behind == 0 { 7 } else { behind };
                Ok(day(
                    cal::add_days(from, -first + 7 * i64::from(n + 1)).ok_or(Failure::Invalid)?
                ))
            }
            Expr::NthAfter { n, weekday, base } => {
                let from = self.resolve(parser, parser.node(base))?.last;
                let ahead =
                    (i64::from(weekday) - i64::from(cal::weekday_number(from))).rem_euclid(7);
                let first = if ahead == 0 { 7 } else { ahead };
                Ok(day(
                    cal::add_days(from, first + 7 * i64::from(n - 1)).ok_or(Failure::Invalid)?
                ))
            }
            Expr::WeekOf(date) => {
                let first = self.resolve(parser, parser.node(date))?.first;
                week_span(cal::week_monday(first))
            }
            Expr::DayInYear(year) => {
                // 29 February in a year without one is no date.
                let r = self.reference()?;
                cal::ymd(year, r.month() as u32, r.day() as u32)
                    .map(day)
                    .ok_or(Failure::Invalid)
            }
            Expr::WeekendOf(date) => {
                // The weekend nearest the day: its own on a Saturday or Sunday, the one
                // before from Monday or Tuesday, the one after from Wednesday to Friday.
                let first = self.resolve(parser, parser.node(date))?.first;
                let weekday = i64::from(cal::weekday_number(first));
                let to_saturday = if weekday <= 2 {
                    -(weekday + 1)
                } else {
                    6 - weekday
                };
                weekend_from(cal::add_days(first, to_saturday))
            }
            Expr::Holiday { index, year, shift } => self.holiday(index, year, shift),
            Expr::Years { first, last } => {
                let a = year_span(first)?;
                let b = year_span(last)?;
                Ok(at_grain(a.first, b.last, Grain::Year))
            }
            Expr::HalfOfYears { n, within } => {
                let r = self.resolve(parser, parser.node(within))?;
                let (first, last) = (i32::from(r.first.year()), i32::from(r.last.year()));
                // Whole years only, at least two of them: a half of one year is its months.
                if r.grain != Grain::Year || last <= first {
                    return Err(Failure::Invalid);
                }
                let middle = first + (last - first + 1) / 2;
                let (a, b) = if n == 1 {
                    (first, middle - 1)
                } else {
                    (middle, last)
                };
                Ok(at_grain(
                    year_span(a)?.first,
                    year_span(b)?.last,
                    Grain::Year,
                ))
            }
            Expr::Quarter { n, year } => {
                // Without a year, the reference's quarter or the nearest in the `prefer`
                // direction, as a month without a year (`in the fourth quarter` in March is
                // last year's, or this year's ahead).
                let year = match year {
                    Some(y) => self.year(y)?,
                    None => self.year_of_months(self.reference()?, n * 3 - 2, n * 3),
                };
                months(year, u32::from(n) * 3 - 2, u32::from(n) * 3)
            }
            Expr::Half { n, year } => {
                months(self.year(year)?, u32::from(n) * 6 - 5, u32::from(n) * 6)
            }
            Expr::Season {
                season,
                year,
                shift,
            } => match year {
                // This year's: the one holding the reference (a winter from December), else
                // the one that starts in the reference's year.
                Some(YearRef::Rel(0)) => {
                    let r = self.reference()?;
                    let ry = i32::from(r.year());
                    let holding = season_span(season, ry - 1)
                        .ok()
                        .filter(|s| s.first <= r && r <= s.last);
                    match holding {
                        Some(span) => Ok(span),
                        None => season_span(season, ry),
                    }
                }
                Some(y) => season_span(season, self.year(y)?),
                None => {
                    let r = self.reference()?;
                    let ry = i32::from(r.year());
                    // Occurrences around the reference, in order.
                    let spans = [ry - 2, ry - 1, ry, ry + 1].map(|y| season_span(season, y));
                    let spans: Vec<Resolved> = spans.into_iter().flatten().collect();
                    // The occurrence holding the reference, shifted; between two, the
                    // next one is `next`'s, the last one `last`'s, and the unshifted one
                    // `prefer`'s (`last summer` in March is last year's summer).
                    let holding = spans.iter().position(|s| s.first <= r && r <= s.last);
                    let index = match holding {
                        Some(h) => h as i64 + i64::from(shift),
                        None => {
                            let next = spans
                                .iter()
                                .position(|s| s.first > r)
                                .ok_or(Failure::Invalid)?
                                as i64;
                            match shift {
                                0 if self.past() => next - 1,
                                0 => next,
                                s if s > 0 => next + i64::from(s) - 1,
                                s => next + i64::from(s),
                            }
                        }
                    };
                    usize::try_from(index)
                        .ok()
                        .and_then(|i| spans.get(i).copied())
                        .ok_or(Failure::Invalid)
                }
            },
            Expr::Range(a, b) => {
                let mut ra = self.resolve(parser, parser.node(a))?;
                let mut rb = self.resolve(parser, parser.node(b))?;
                // A bare weekday ending a range falls after its start (`from Monday to
                // Friday` on a Thursday: this week's, not last Friday), and so does any end of
                // a range from now (`between now and June`: the next June) and an end without
                // a year (`জানুয়ারি থেকে মে`: the May after that January).
                // A part of such an end floats alike (`from the end of March to early April`).
                let from_now = matches!(parser.node(a), Expr::Now | Expr::Day(0));
                let floating = floats(parser, parser.node(b));
                if rb.last < ra.first && (from_now || floating) {
                    let after_start = Context::new(Some(ra.first), Prefer::Future, self.holidays);
                    rb = after_start.resolve(parser, parser.node(b))?;
                }
                // A start without a year before an end that has one falls before that end
                // (`from January to last June`, `منذ يناير وحتى يونيو الماضي`: the January
                // of that June's year).
                if rb.last < ra.first && floats(parser, parser.node(a)) && !floating {
                    let before_end = Context::new(Some(rb.last), Prefer::Past, self.holidays);
                    ra = before_end.resolve(parser, parser.node(a))?;
                }
                let grain = if ra.grain == rb.grain {
                    ra.grain
                } else if ra.grain == Grain::Week || rb.grain == Grain::Week {
                    Grain::Day
                } else {
                    ra.grain.min(rb.grain)
                };
                if rb.last < ra.first {
                    return Err(Failure::Invalid);
                }
                Ok(Resolved {
                    first: ra.first,
                    last: rb.last,
                    grain,
                    calendar: ra.calendar.or(rb.calendar),
                    part: None,
                })
            }
            Expr::Lasting(date, amount) => {
                let start = self.resolve(parser, parser.node(date))?;
                let end = cal::add_months(
                    start.first,
                    i64::from(amount.years) * 12 + i64::from(amount.months),
                )
                .and_then(|d| {
                    cal::add_days(d, 7 * i64::from(amount.weeks) + i64::from(amount.days))
                })
                .ok_or(Failure::Invalid)?;
                Ok(Resolved {
                    first: start.first,
                    last: end.max(start.last),
                    grain: Grain::Day,
                    calendar: start.calendar,
                    part: None,
                })
            }
            Expr::RestOf(inner) => {
                // What is left of a period lies ahead: a month without a year is the next
                // one, or the reference's own.
                let prefer = self.prefer.replace(Prefer::Future);
                let r = self.resolve(parser, parser.node(inner));
                self.prefer.set(prefer);
                let r = r?;
                let reference = self.reference()?;
                // A period ahead, or a single day, is whole; so is one wholly past, whose rest
                // the text counts from a day of its own (`the rest of 2020 was hard`).
                if r.first > reference || r.first == r.last || r.last < reference {
                    return Ok(r);
                }
                Ok(at_grain(reference, r.last, Grain::Day))
            }
            Expr::Part(part, inner) => {
                let mut r = self.resolve(parser, parser.node(inner))?;
                r.part = Some(part);
                Ok(r)
            }
        }
    }

    fn shift_days(&self, date: Date, n: i32) -> Result<Date> {
        cal::add_days(date, i64::from(n)).ok_or(Failure::Invalid)
    }

    /// The unit containing the reference date, `shift` units away.
    fn period(&self, unit: Unit, shift: i32) -> Result<Resolved> {
        let r = self.reference()?;
        let year = i32::from(r.year());
        match unit {
            Unit::Day => Ok(day(self.shift_days(r, shift)?)),
            Unit::Week => week_span(
                cal::add_days(cal::week_monday(r), 7 * i64::from(shift)).ok_or(Failure::Invalid)?,
            ),
            Unit::Weekend => {
                weekend_from(cal::add_days(cal::week_monday(r), 7 * i64::from(shift) + 5))
            }
            Unit::Month => {
                let first = cal::add_months(r.first_of_month(), i64::from(shift))
                    .ok_or(Failure::Invalid)?;
                Ok(at_grain(first, first.last_of_month(), Grain::Month))
            }
            Unit::Quarter => {
                let q_first = (r.month() as i64 - 1) / 3 * 3 + 1;
                let start = cal::ymd(year, q_first as u32, 1)
                    .and_then(|d| cal::add_months(d, 3 * i64::from(shift)))
                    .ok_or(Failure::Invalid)?;
                let end = cal::add_months(start, 2).ok_or(Failure::Invalid)?;
                Ok(at_grain(start, end.last_of_month(), Grain::Month))
            }
            Unit::Year => year_span(year + shift),
            Unit::Decade => {
                let first = year.div_euclid(10) * 10 + 10 * shift;
                Ok(at_grain(
                    year_span(first)?.first,
                    year_span(first + 9)?.last,
                    Grain::Year,
                ))
            }
            Unit::Century => {
                let first = year.div_euclid(100) * 100 + 100 * shift;
                Ok(at_grain(
                    year_span(first)?.first,
                    year_span(first + 99)?.last,
                    Grain::Year,
                ))
            }
        }
    }

    fn date(
        &self,
        year: Option<YearRef>,
        month: Option<u8>,
        d: Option<u8>,
        weekday: Option<u8>,
    ) -> Result<Resolved> {
        let year = year.map(|y| self.year(y)).transpose()?;
        match (year, month, d) {
            (Some(y), Some(m), Some(dd)) => Ok(day(
                cal::ymd(y, u32::from(m), u32::from(dd)).ok_or(Failure::Invalid)?
            )),
            (Some(y), Some(m), None) => month_span(y, u32::from(m)),
            (Some(y), None, None) => year_span(y),
            (Some(_), None, Some(_)) => Err(Failure::Invalid),
            (None, Some(m), dd) => {
                let r = self.reference()?;
                let ry = i32::from(r.year());
                let here = (r.month() as u8, r.day() as u8);
                let there = (m, dd.unwrap_or(if self.past() { 1 } else { 31 }));
                // The reference's own month is this year's, whatever the day.
                let y = if dd.is_none() || m == here.0 {
                    self.year_of_months(r, m, m)
                } else if self.past() && there > here {
                    ry - 1
                } else if !self.past() && there < here {
                    ry + 1
                } else {
                    ry
                };
                match dd {
                    Some(dd) => {
                        let y = weekday.map_or(y, |w| agreeing_year(r, y, m, dd, w));
                        // The 29th of February goes on in the `prefer` direction to the
                        // nearest year that has one.
                        let step = if self.past() { -1 } else { 1 };
                        next_with_day(y, step, m, dd)
                            .map(day)
                            .ok_or(Failure::Invalid)
                    }
                    None => month_span(y, u32::from(m)),
                }
            }
            (None, None, Some(dd)) => {
                let r = self.reference()?;
                let step: i64 = if self.past() { -1 } else { 1 };
                // Reading backwards, the reference's own month first, whatever the day (as for
                // a month and day: news names days of its own month either side of its
                // date), then the months before; reading forwards, the first such day at or
                // after the reference date (`on the 5th` on 11 October is 5 November); with a
                // weekday, the first month where the day falls on it.
                for k in 0..24 {
                    let Some(month_start) = cal::add_months(r.first_of_month(), step * k) else {
                        break;
                    };
                    let Some(date) = cal::ymd(
                        i32::from(month_start.year()),
                        month_start.month() as u32,
                        u32::from(dd),
                    ) else {
                        continue;
                    };
                    let on_side = if self.past() {
                        k == 0 || date <= r
                    } else {
                        date >= r
                    };
                    if !on_side {
                        continue;
                    }
                    if weekday.is_some_and(|w| cal::weekday_number(date) != w) {
                        continue;
                    }
                    return Ok(day(date));
                }
                Err(Failure::Invalid)
            }
            (None, None, None) => Err(Failure::Invalid),
        }
    }

    fn hijri(&self, year: Option<i64>, month: Option<u8>, d: Option<u8>) -> Result<Resolved> {
        let with_calendar = |mut r: Resolved| {
            r.calendar = Some(Calendar::Hijri);
            r
        };
        let span = |hy: i64, m: Option<u8>| -> Result<Resolved> {
            let (first, last) = cal::hijri_period(hy, m.map(u32::from)).ok_or(Failure::Invalid)?;
            Ok(at_grain(first, last, Grain::Day))
        };
        let pick = |hy: i64| -> Result<Resolved> {
            match (month, d) {
                (Some(m), Some(dd)) => Ok(day(cal::hijri_to_gregorian(
                    hy,
                    u32::from(m),
                    u32::from(dd),
                )
                .ok_or(Failure::Invalid)?)),
                (m, None) => span(hy, m),
                (None, Some(_)) => Err(Failure::Invalid),
            }
        };
        let resolved = match year {
            // `Ramadan 2050`: the Hijri month that starts in that Gregorian year.
            Some(y) if y >= 1700 => {
                let m = month.ok_or(Failure::Invalid)?;
                let jan = cal::ymd(i32::try_from(y).map_err(|_| Failure::Invalid)?, 1, 1)
                    .ok_or(Failure::Invalid)?;
                let (hy, _, _) = cal::gregorian_to_hijri(jan);
                let candidates = [hy, hy + 1];
                let found = candidates.into_iter().find_map(|hy| {
                    let start = cal::hijri_to_gregorian(hy, u32::from(m), 1)?;
                    (i64::from(start.year()) == y).then_some(hy)
                });
                pick(found.ok_or(Failure::Invalid)?)?
            }
            Some(hy) => pick(hy)?,
            None => {
                let r = self.reference()?;
                let (hy, hm, hd) = cal::gregorian_to_hijri(r);
                let m = month.ok_or(Failure::Invalid)?;
                let there = (u32::from(m), u32::from(d.unwrap_or(1)));
                let here = (hm, hd);
                let behind = if d.is_some() {
                    there < here
                } else {
                    u32::from(m) < hm
                };
                let y = if self.past() && there > here {
                    hy - 1
                } else if !self.past() && behind {
                    hy + 1
                } else {
                    hy
                };
                pick(y)?
            }
        };
        Ok(with_calendar(resolved))
    }

    fn bangla(&self, year: Option<i64>, month: Option<u8>, d: Option<u8>) -> Result<Resolved> {
        let pick = |by: i64| -> Result<Resolved> {
            let mut r = match (month, d) {
                (Some(m), Some(dd)) => {
                    day(cal::bangla_to_gregorian(by, u32::from(m), u32::from(dd))
                        .ok_or(Failure::Invalid)?)
                }
                (m, None) => {
                    let (first, last) =
                        cal::bangla_period(by, m.map(u32::from)).ok_or(Failure::Invalid)?;
                    at_grain(first, last, Grain::Day)
                }
                (None, Some(_)) => return Err(Failure::Invalid),
            };
            r.calendar = Some(Calendar::Bangla);
            Ok(r)
        };
        match year {
            Some(by) => pick(by),
            None => {
                let r = self.reference()?;
                let (by, bm, bd) = cal::gregorian_to_bangla(r);
                let m = month.ok_or(Failure::Invalid)?;
                let there = (u32::from(m), u32::from(d.unwrap_or(1)));
                let y = if self.past() && there > (bm, bd) {
                    by - 1
                } else if !self.past() && there < (bm, bd) {
                    by + 1
                } else {
                    by
                };
                pick(y)
            }
        }
    }

    fn holiday(&self, index: u16, year: Option<YearRef>, shift: i32) -> Result<Resolved> {
        let holiday = self
            .holidays
            .get(usize::from(index))
            .ok_or(Failure::Invalid)?;
        let span = |start: Date| -> Resolved {
            let end = holiday.end(start);
            at_grain(start, end, Grain::Day)
        };
        if let Some(y) = year {
            let y = self.year(y)?;
            // A year before 1600 is the year of the holiday's own calendar, Hijri or Bangla
            // (`عيد الفطر 1445`, `পহেলা বৈশাখ ১৪৩১`): no news dates a festival so long ago.
            if y < 1600
                && let Some(start) = holiday.start_in_own_year(y, self.holidays)
            {
                return Ok(span(start));
            }
            let start = holiday.starts_in(y, self.holidays)[0].ok_or(Failure::Invalid)?;
            return Ok(span(start));
        }
        let r = self.reference()?;
        let ry = i32::from(r.year());
        // Occurrences within four years either side (a presidential cycle), or, for a day
        // a list dates, the whole list (`mini-tuesday` happened once).
        let mut starts: Vec<Date> = match &holiday.rule {
            HolidayRule::Dates(days) => days.iter().map(|(first, _)| *first).collect(),
            _ => (ry - 4..=ry + 4)
                .flat_map(|y| holiday.starts_in(y, self.holidays))
                .flatten()
                .collect(),
        };
        starts.sort();
        if starts.len() == 1 {
            return Ok(span(starts[0]));
        }
        let same_month = |d: &&Date| (d.year(), d.month()) == (r.year(), r.month());
        let pick = match shift {
            // One in the reference's own month is this one, whatever the day (as for a
            // month and day), then the nearest in the `prefer` direction.
            0 if starts.iter().any(|d| same_month(&d)) => starts.iter().find(same_month),
            0 if self.past() => starts.iter().rev().find(|s| **s <= r),
            0 => starts.iter().find(|s| **s >= r),
            s if s > 0 => starts.iter().filter(|d| **d > r).nth((s - 1) as usize),
            s => starts
                .iter()
                .rev()
                .filter(|d| **d < r)
                .nth((-s - 1) as usize),
        };
        Ok(span(*pick.ok_or(Failure::Invalid)?))
    }
}

/// A name for how a relative expression was read, for the `relative` attribute.
pub(crate) fn relative_name(parser: &Parser<'_, '_>, expr: Expr) -> &'static str {
    match expr {
        Expr::Day(-1) => "yesterday",
        Expr::Day(0) | Expr::Now => "today",
        Expr::Day(1) => "tomorrow",
        Expr::Day(n) if n < 0 => "days_before",
        Expr::Day(_) => "days_after",
        Expr::DayEitherWay(_) => "days_either_way",
        Expr::Weekday { week: None, .. } => "weekday",
        Expr::Weekend => "weekend",
        Expr::Weekday { week: Some(w), .. } if w < 0 => "weekday_last_week",
        Expr::Weekday { week: Some(0), .. } => "weekday_this_week",
        Expr::Weekday { .. } => "weekday_next_week",
        Expr::Period { unit, shift } => period_name(unit, shift),
        Expr::MonthShift { shift, .. } | Expr::CalendarMonthShift { shift, .. } if shift < 0 => {
            "last_month_named"
        }
        Expr::MonthShift { shift: 0, .. } | Expr::CalendarMonthShift { shift: 0, .. } => {
            "this_month_named"
        }
        Expr::MonthShift { .. } | Expr::CalendarMonthShift { .. } => "next_month_named",
        Expr::DayShift { shift, .. } | Expr::MonthDayShift { shift, .. } if shift < 0 => {
            "last_day_named"
        }
        Expr::DayShift { .. } | Expr::MonthDayShift { .. } => "next_day_named",
        Expr::Offset { amount, .. } => {
            if amount.years < 0 || amount.months < 0 || amount.weeks < 0 || amount.days < 0 {
                "ago"
            } else {
                "later"
            }
        }
        Expr::Window { count, .. } if count < 0 => "last_n",
        Expr::Window { .. } => "next_n",
        Expr::Nth { within, .. } | Expr::HalfOfYears { within, .. } => {
            relative_name(parser, parser.node(within))
        }
        Expr::Holiday {
            year: Some(YearRef::Rel(_)),
            ..
        } => "relative_year",
        Expr::Holiday { .. } => "holiday_without_year",
        Expr::Date {
            year: Some(YearRef::Rel(_)),
            ..
        } => "relative_year",
        Expr::Date { month: None, .. } => "day_without_month",
        Expr::Date { .. } => "without_year",
        Expr::Hijri { .. } | Expr::Bangla { .. } => "without_year",
        Expr::Quarter {
            year: Some(YearRef::Rel(_)),
            ..
        } => "relative_year",
        Expr::IsoWeek { .. } | Expr::Quarter { .. } => "without_year",
        Expr::Half {
            year: YearRef::Rel(_),
            ..
        } => "relative_year",
        Expr::Half { .. } => "absolute",
        Expr::Season { .. } => "season",
        Expr::Range(a, b) => {
            let left = relative_name(parser, parser.node(a));
            if left == "absolute" {
                relative_name(parser, parser.node(b))
            } else {
                left
            }
        }
        Expr::Part(_, inner) | Expr::Lasting(inner, _) => relative_name(parser, parser.node(inner)),
        Expr::RestOf(_) => "today",
        Expr::NthAfter { n, base, .. } if parser.node(base) == Expr::Day(0) => {
            if n < 0 {
                "weekdays_before"
            } else {
                "weekdays_after"
            }
        }
        Expr::WeekOf(date) | Expr::WeekendOf(date) => relative_name(parser, parser.node(date)),
        Expr::DayInYear(_) => "this_day_in_year",
        Expr::NthAfter { base, .. } => relative_name(parser, parser.node(base)),
        Expr::Years { .. } => "absolute",
    }
}

/// Whether a range's end, or a part of it, names no year of its own (a bare weekday, a date
/// without a year), so that the other end may place it.
fn floats(parser: &Parser<'_, '_>, mut end: Expr) -> bool {
    while let Expr::Part(_, inner) = end {
        end = parser.node(inner);
    }
    matches!(
        end,
        Expr::Weekday { week: None, .. } | Expr::Date { year: None, .. }
    )
}

fn period_name(unit: Unit, shift: i32) -> &'static str {
    const NAMES: [[&str; 3]; 8] = [
        ["yesterday", "today", "tomorrow"],
        ["last_week", "this_week", "next_week"],
        ["last_weekend", "this_weekend", "next_weekend"],
        ["last_month", "this_month", "next_month"],
        ["last_quarter", "this_quarter", "next_quarter"],
        ["last_year", "this_year", "next_year"],
        ["last_decade", "this_decade", "next_decade"],
        ["last_century", "this_century", "next_century"],
    ];
    let row = match unit {
        Unit::Day => 0,
        Unit::Week => 1,
        Unit::Weekend => 2,
        Unit::Month => 3,
        Unit::Quarter => 4,
        Unit::Year => 5,
        Unit::Decade => 6,
        Unit::Century => 7,
    };
    NAMES[row][(shift.signum() + 1) as usize]
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;
    use khabar_core::Prefer::{self, Future, Past};

    use super::{Context, relative_name};
    use crate::grammar::{Amount, Expr, Parser, YearRef};
    use crate::{NumericOrder, Unit};

    /// The reference date of the examples: Tuesday 29 June 2021.
    const REF: &str = "2021-06-29";

    fn date(year: Option<YearRef>, month: Option<u8>, day: Option<u8>) -> Expr {
        Expr::Date {
            year,
            month,
            day,
            weekday: None,
        }
    }

    fn ago(amount: Amount) -> Expr {
        Expr::Offset { amount, base: None }
    }

    fn christmas() -> u16 {
        let table = crate::holidays::builtin().expect("the holiday table loads");
        let index = table
            .iter()
            .position(|h| &*h.id == "christmas")
            .expect("christmas is in the table");
        u16::try_from(index).expect("a holiday index fits")
    }

    /// Asserts, for each `(reference, prefer, expr, expected)`, that `expr` resolved
    /// against `reference` (`""` for none) with `prefer` gives `expected`: `first/last
    /// grain` (`first grain` for one day), then `(calendar)` when set and `, relative` when
    /// the reference date was read; or the failure.
    #[track_caller]
    fn check(cases: &[(&str, Prefer, Expr, &str)]) {
        let holidays = crate::holidays::builtin().expect("the holiday table loads");
        let parser = Parser::new(&[], NumericOrder::DayMonth);
        for &(reference, prefer, expr, expected) in cases {
            let reference = (!reference.is_empty()).then(|| {
                reference
                    .parse::<Date>()
                    .expect("a reference date is YYYY-MM-DD")
            });
            let context = Context::new(reference, prefer, holidays);
            let got = match context.resolve(&parser, expr) {
                Ok(r) => {
                    let mut line = if r.first == r.last {
                        format!("{} {}", r.first, r.grain.as_str())
                    } else {
                        format!("{}/{} {}", r.first, r.last, r.grain.as_str())
                    };
                    if let Some(c) = r.calendar {
                        line.push_str(&format!(" ({})", c.as_str()));
                    }
                    if context.take_used_reference() {
                        line.push_str(", relative");
                    }
                    line
                }
                Err(failure) => format!("{failure:?}"),
            };
            assert_eq!(got, expected, "{expr:?} against {reference:?}, {prefer:?}");
        }
    }

    #[test]
    fn calendar_dates_with_and_without_their_fields() {
        let abs = |y| Some(YearRef::Abs(y));
        check(&[
            (
                REF,
                Past,
                date(abs(2014), Some(3), Some(15)),
                "2014-03-15 day",
            ),
            (
                REF,
                Past,
                date(abs(2014), Some(3), None),
                "2014-03-01/2014-03-31 month",
            ),
            (
                REF,
                Past,
                date(abs(2014), None, None),
                "2014-01-01/2014-12-31 year",
            ),
            (REF, Past, date(abs(2021), Some(2), Some(29)), "Invalid"),
            (REF, Past, date(abs(2021), None, Some(5)), "Invalid"),
            // A month and day without a year: the nearest in the `prefer` direction…
            (
                REF,
                Past,
                date(None, Some(7), Some(4)),
                "2020-07-04 day, relative",
            ),
            (
                REF,
                Future,
                date(None, Some(7), Some(4)),
                "2021-07-04 day, relative",
            ),
            (
                REF,
                Future,
                date(None, Some(5), None),
                "2022-05-01/2022-05-31 month, relative",
            ),
            // The 29th of February: the nearest year that has one.
            (
                REF,
                Past,
                date(None, Some(2), Some(29)),
                "2020-02-29 day, relative",
            ),
            (
                REF,
                Future,
                date(None, Some(2), Some(29)),
                "2024-02-29 day, relative",
            ),
            // …but the reference's own month is this year's, whatever the day.
            (
                REF,
                Past,
                date(None, Some(6), Some(30)),
                "2021-06-30 day, relative",
            ),
            (
                REF,
                Future,
                date(None, Some(6), Some(1)),
                "2021-06-01 day, relative",
            ),
            // A day alone: the nearest month that has it.
            (
                REF,
                Past,
                date(None, None, Some(31)),
                "2021-05-31 day, relative",
            ),
            (
                REF,
                Future,
                date(None, None, Some(31)),
                "2021-07-31 day, relative",
            ),
            // Reading backwards, the reference's own month whatever the day; forwards, the
            // first such day at or after the reference date.
            (
                REF,
                Past,
                date(None, None, Some(30)),
                "2021-06-30 day, relative",
            ),
            (
                REF,
                Future,
                date(None, None, Some(5)),
                "2021-07-05 day, relative",
            ),
            (
                REF,
                Future,
                date(None, None, Some(29)),
                "2021-06-29 day, relative",
            ),
            // With a weekday, the nearest month where the day falls on it.
            (
                REF,
                Past,
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(15),
                    weekday: Some(1),
                },
                "2021-03-15 day, relative",
            ),
            (
                REF,
                Past,
                date(Some(YearRef::Rel(1)), Some(3), None),
                "2022-03-01/2022-03-31 month, relative",
            ),
            // No reference: a relative date has no value; an absolute one needs none.
            ("", Past, date(None, Some(7), Some(4)), "NeedsReference"),
            (
                "",
                Past,
                date(abs(2014), Some(3), Some(15)),
                "2014-03-15 day",
            ),
        ]);
    }

    #[test]
    fn days_weekdays_and_shifted_periods() {
        check(&[
            (REF, Past, Expr::Day(-2), "2021-06-27 day, relative"),
            (REF, Past, Expr::Now, "2021-06-29 day, relative"),
            // A bare weekday: the reference's own day in the past, strictly after in the
            // future.
            (
                REF,
                Past,
                Expr::Weekday {
                    weekday: 2,
                    week: None,
                },
                "2021-06-29 day, relative",
            ),
            (
                REF,
                Future,
                Expr::Weekday {
                    weekday: 2,
                    week: None,
                },
                "2021-07-06 day, relative",
            ),
            (
                REF,
                Past,
                Expr::Weekday {
                    weekday: 5,
                    week: Some(-1),
                },
                "2021-06-25 day, relative",
            ),
            (
                REF,
                Past,
                Expr::Weekday {
                    weekday: 7,
                    week: Some(0),
                },
                "2021-07-04 day, relative",
            ),
            (
                REF,
                Past,
                Expr::Period {
                    unit: Unit::Week,
                    shift: -1,
                },
                "2021-06-21/2021-06-27 week, relative",
            ),
            (
                REF,
                Past,
                Expr::Period {
                    unit: Unit::Weekend,
                    shift: 0,
                },
                "2021-07-03/2021-07-04 day, relative",
            ),
            (
                REF,
                Past,
                Expr::Period {
                    unit: Unit::Quarter,
                    shift: 1,
                },
                "2021-07-01/2021-09-30 month, relative",
            ),
            (
                REF,
                Past,
                Expr::Period {
                    unit: Unit::Decade,
                    shift: 0,
                },
                "2020-01-01/2029-12-31 year, relative",
            ),
        ]);
    }

    #[test]
    fn a_shifted_month_is_the_next_or_last_of_that_name() {
        let shifted = |month, shift| Expr::MonthShift { month, shift };
        check(&[
            (
                REF,
                Past,
                shifted(3, 1),
                "2022-03-01/2022-03-31 month, relative",
            ),
            (
                REF,
                Past,
                shifted(7, 1),
                "2021-07-01/2021-07-31 month, relative",
            ),
            (
                REF,
                Past,
                shifted(6, 1),
                "2022-06-01/2022-06-30 month, relative",
            ),
            (
                REF,
                Past,
                shifted(6, 0),
                "2021-06-01/2021-06-30 month, relative",
            ),
            (
                REF,
                Past,
                shifted(6, -1),
                "2020-06-01/2020-06-30 month, relative",
            ),
            (
                REF,
                Past,
                shifted(3, -1),
                "2021-03-01/2021-03-31 month, relative",
            ),
            // `July after next`.
            (
                REF,
                Past,
                shifted(7, 2),
                "2022-07-01/2022-07-31 month, relative",
            ),
        ]);
    }

    /// The weekend alone is the reference's own on a Saturday or Sunday, else the nearest in
    /// the `prefer` direction.
    #[test]
    fn the_weekend_alone_is_the_nearest() {
        check(&[
            (
                REF,
                Past,
                Expr::Weekend,
                "2021-06-26/2021-06-27 day, relative",
            ),
            (
                REF,
                Future,
                Expr::Weekend,
                "2021-07-03/2021-07-04 day, relative",
            ),
            (
                "2021-07-03",
                Future,
                Expr::Weekend,
                "2021-07-03/2021-07-04 day, relative",
            ),
            (
                "2021-07-04",
                Past,
                Expr::Weekend,
                "2021-07-03/2021-07-04 day, relative",
            ),
            (
                "2021-07-02",
                Past,
                Expr::Weekend,
                "2021-06-26/2021-06-27 day, relative",
            ),
        ]);
    }

    /// A shifted day of the month is strictly after (or before) the reference date, whatever
    /// `prefer` says, in the nearest month that has that day.
    #[test]
    fn a_shifted_day_of_the_month_skips_months_without_it() {
        let shifted = |day, shift| Expr::MonthDayShift { day, shift };
        check(&[
            (REF, Future, shifted(15, -1), "2021-06-15 day, relative"),
            (REF, Past, shifted(29, -1), "2021-05-29 day, relative"),
            (REF, Past, shifted(29, 1), "2021-07-29 day, relative"),
            (REF, Past, shifted(31, 1), "2021-07-31 day, relative"),
            (REF, Past, shifted(31, -1), "2021-05-31 day, relative"),
            (
                "2021-03-15",
                Past,
                shifted(30, -1),
                "2021-01-30 day, relative",
            ),
            (
                "2021-01-31",
                Past,
                shifted(30, 1),
                "2021-03-30 day, relative",
            ),
            (
                "2021-12-20",
                Past,
                shifted(25, 1),
                "2021-12-25 day, relative",
            ),
            (
                "2021-12-30",
                Past,
                shifted(25, 1),
                "2022-01-25 day, relative",
            ),
        ]);
    }

    /// A shifted day and month is strictly after (or before) the reference date, whatever
    /// `prefer` says; the 29th of February only in a leap year.
    #[test]
    fn a_shifted_day_is_the_next_or_last_of_that_date() {
        let shifted = |month, day, shift| Expr::DayShift { month, day, shift };
        check(&[
            (REF, Past, shifted(7, 15, 1), "2021-07-15 day, relative"),
            (REF, Past, shifted(6, 30, 1), "2021-06-30 day, relative"),
            (REF, Past, shifted(6, 29, 1), "2022-06-29 day, relative"),
            (REF, Past, shifted(6, 20, 1), "2022-06-20 day, relative"),
            (REF, Future, shifted(6, 30, -1), "2020-06-30 day, relative"),
            (REF, Future, shifted(6, 29, -1), "2020-06-29 day, relative"),
            (REF, Future, shifted(6, 20, -1), "2021-06-20 day, relative"),
            (REF, Past, shifted(2, 29, -1), "2020-02-29 day, relative"),
            (REF, Past, shifted(2, 29, 1), "2024-02-29 day, relative"),
            (
                "2024-03-01",
                Past,
                shifted(2, 29, -1),
                "2024-02-29 day, relative",
            ),
            (REF, Past, shifted(4, 31, 1), "Invalid"),
        ]);
    }

    #[test]
    fn amounts_of_time_and_windows() {
        let amount = Amount::default;
        check(&[
            // Whole years or months keep their grain; weeks, days and mixes give a day.
            (
                REF,
                Past,
                ago(Amount {
                    years: -3,
                    ..amount()
                }),
                "2018-01-01/2018-12-31 year, relative",
            ),
            (
                REF,
                Past,
                ago(Amount {
                    months: -1,
                    ..amount()
                }),
                "2021-05-01/2021-05-31 month, relative",
            ),
            (
                REF,
                Past,
                ago(Amount {
                    weeks: -2,
                    ..amount()
                }),
                "2021-06-15 day, relative",
            ),
            (
                REF,
                Past,
                ago(Amount {
                    months: 1,
                    days: 2,
                    ..amount()
                }),
                "2021-07-31 day, relative",
            ),
            // The whole units before or after the reference's own.
            (
                REF,
                Past,
                Expr::Window {
                    unit: Unit::Day,
                    count: -2,
                },
                "2021-06-27/2021-06-28 day, relative",
            ),
            (
                REF,
                Past,
                Expr::Window {
                    unit: Unit::Month,
                    count: 3,
                },
                "2021-07-01/2021-09-30 month, relative",
            ),
            (
                REF,
                Past,
                Expr::Window {
                    unit: Unit::Year,
                    count: -2,
                },
                "2019-01-01/2020-12-31 year, relative",
            ),
        ]);
    }

    #[test]
    fn named_periods_and_other_calendars() {
        let christmas = |year, shift| Expr::Holiday {
            index: christmas(),
            year,
            shift,
        };
        let season = |season, year| Expr::Season {
            season,
            year,
            shift: 0,
        };
        check(&[
            (
                REF,
                Past,
                Expr::Years {
                    first: 1990,
                    last: 1999,
                },
                "1990-01-01/1999-12-31 year",
            ),
            (
                REF,
                Past,
                Expr::Quarter { n: 1, year: None },
                "2021-01-01/2021-03-31 month, relative",
            ),
            (
                REF,
                Past,
                Expr::Quarter {
                    n: 4,
                    year: Some(YearRef::Abs(2013)),
                },
                "2013-10-01/2013-12-31 month",
            ),
            (
                REF,
                Past,
                Expr::Half {
                    n: 2,
                    year: YearRef::Rel(1),
                },
                "2022-07-01/2022-12-31 month, relative",
            ),
            (
                "",
                Past,
                Expr::Half {
                    n: 1,
                    year: YearRef::Abs(2020),
                },
                "2020-01-01/2020-06-30 month",
            ),
            // The week's year is the reference's ISO year: 2 January 2021 is in 2020-W53.
            (
                "2021-01-02",
                Past,
                Expr::IsoWeek {
                    year: None,
                    week: 1,
                },
                "2019-12-30/2020-01-05 week, relative",
            ),
            (
                REF,
                Past,
                Expr::IsoWeek {
                    year: Some(YearRef::Abs(2021)),
                    week: 53,
                },
                "Invalid",
            ),
            // A season without a year: the one the reference is in, else the nearest.
            (
                REF,
                Past,
                season(2, None),
                "2021-06-21/2021-09-22 day, relative",
            ),
            (
                REF,
                Past,
                season(4, None),
                "2020-12-21/2021-03-19 day, relative",
            ),
            (
                REF,
                Future,
                season(4, None),
                "2021-12-21/2022-03-19 day, relative",
            ),
            (
                REF,
                Past,
                season(1, Some(YearRef::Abs(2016))),
                "2016-03-20/2016-06-20 day",
            ),
            (REF, Past, christmas(None, 0), "2020-12-25 day, relative"),
            (REF, Future, christmas(None, 0), "2021-12-25 day, relative"),
            (REF, Past, christmas(None, 1), "2021-12-25 day, relative"),
            (REF, Past, christmas(None, -2), "2019-12-25 day, relative"),
            (
                REF,
                Past,
                christmas(Some(YearRef::Abs(2014)), 0),
                "2014-12-25 day",
            ),
            (
                REF,
                Past,
                Expr::Hijri {
                    year: Some(1442),
                    month: Some(9),
                    day: Some(15),
                },
                "2021-04-27 day (hijri)",
            ),
            (
                REF,
                Past,
                Expr::Hijri {
                    year: None,
                    month: Some(9),
                    day: None,
                },
                "2021-04-13/2021-05-12 day (hijri), relative",
            ),
            (
                REF,
                Past,
                Expr::Bangla {
                    year: Some(1428),
                    month: Some(1),
                    day: Some(1),
                },
                "2021-04-14 day (bangla)",
            ),
        ]);
    }

    #[test]
    fn relative_names() {
        let parser = Parser::new(&[], NumericOrder::DayMonth);
        let amount = Amount::default;
        let cases = [
            (Expr::Day(-1), "yesterday"),
            (Expr::Day(3), "days_after"),
            (
                Expr::Weekday {
                    weekday: 1,
                    week: None,
                },
                "weekday",
            ),
            (
                Expr::Weekday {
                    weekday: 1,
                    week: Some(-1),
                },
                "weekday_last_week",
            ),
            (
                Expr::Period {
                    unit: Unit::Week,
                    shift: 1,
                },
                "next_week",
            ),
            (
                Expr::Period {
                    unit: Unit::Quarter,
                    shift: 0,
                },
                "this_quarter",
            ),
            (
                Expr::MonthShift {
                    month: 3,
                    shift: -1,
                },
                "last_month_named",
            ),
            (
                ago(Amount {
                    years: -3,
                    ..amount()
                }),
                "ago",
            ),
            (
                ago(Amount {
                    days: 2,
                    ..amount()
                }),
                "later",
            ),
            (
                Expr::Window {
                    unit: Unit::Day,
                    count: -2,
                },
                "last_n",
            ),
            (date(Some(YearRef::Rel(1)), Some(3), None), "relative_year"),
            (date(None, None, Some(15)), "day_without_month"),
            (date(None, Some(7), Some(4)), "without_year"),
            (
                Expr::Years {
                    first: 1990,
                    last: 1999,
                },
                "absolute",
            ),
        ];
        for (expr, name) in cases {
            assert_eq!(relative_name(&parser, expr), name, "{expr:?}");
        }
    }
}
