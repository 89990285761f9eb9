//! Ranges: two dates joined by `to`, `-`, `and` after `between`, or Bengali `থেকে` …
//! `পর্যন্ত`, each end completing the other; a bare day ends a range only of days, and after
//! Bengali `থেকে` only with the closing word (`13 to 15 July`, `July 13-15`, `بين عامي 2014
//! و2017`).

use super::{Expr, Nth, Parsed, Parser, YearRef, longer};
use crate::{DateWord, Unit};

impl Parser<'_, '_> {
    /// `from X to Y`, `between X and Y`, `X - Y`, `24 و 25 حزيران 2019`, `July 13-15`,
    /// `بين عامي 2014 و2017`, `২০১৪ থেকে ২০১৭ সাল পর্যন্ত`.
    pub(super) fn range(&self, i: usize) -> Parsed {
        let opener = if self.has(i, DateWord::From) {
            Some(DateWord::From)
        } else if self.has(i, DateWord::Between) {
            Some(DateWord::Between)
        } else if self.has(i, DateWord::Since) {
            // `منذ 2010 وحتى 2015`: only before `to` (checked at the joiner).
            Some(DateWord::Since)
        } else {
            None
        };
        let mut j = if opener.is_some() { i + 1 } else { i };
        // `بين عامي`: the year word before both years.
        let year_word = self.is_unit(j, Unit::Year);
        if year_word {
            j += 1;
        }
        // `from now to Friday`, `between now and June`: the reference date starts it.
        let (after_left, left) = if opener.is_some() && self.has(j, DateWord::Now) {
            (j + 1, Expr::Now)
        } else {
            self.range_end(j)?
        };
        // A span of its own (`2019-20`) ends no range.
        if matches!(left, Expr::Range(..)) {
            return None;
        }
        // The joiner.
        let (k, joiner) = if let Some(t) = self.tok(after_left) {
            if t.joined && self.has(after_left, DateWord::To) {
                // `وحتى`, "and until".
                (after_left + 1, Some(DateWord::To))
            } else if t.joined {
                (after_left, Some(DateWord::And))
            } else if let Some(c) = t.sym() {
                if matches!(c, '-' | '~' | '–') {
                    (after_left + 1, Some(DateWord::To))
                } else {
                    (after_left, None)
                }
            } else if self.has(after_left, DateWord::To) {
                (after_left + 1, Some(DateWord::To))
            } else if self.has(after_left, DateWord::FromAfter) {
                (after_left + 1, Some(DateWord::FromAfter))
            } else if self.has(after_left, DateWord::And) {
                (after_left + 1, Some(DateWord::And))
            } else {
                (after_left, None)
            }
        } else {
            (after_left, None)
        };
        // A part phrase that ends with `from` closes the first end and joins (Bengali `শেষ
        // থেকে`, from the end: `মার্চের শেষ থেকে এপ্রিলের শুরু পর্যন্ত`).
        let (k, joiner) = match joiner {
            None if after_left > j
                && self.has(after_left - 1, DateWord::FromAfter)
                && self.part_after(after_left - 1).is_some() =>
            {
                (after_left, Some(DateWord::FromAfter))
            }
            found => (k, found),
        };
        let joiner = joiner?;
        if joiner == DateWord::And && opener == Some(DateWord::From) {
            return None;
        }
        // `since` opens a range only with a word of `to` (`منذ 2010 وحتى 2015`); before a
        // dash or `and` it is the date's alone.
        if opener == Some(DateWord::Since) && (joiner != DateWord::To || self.sym(after_left, '-'))
        {
            return None;
        }
        // Without `between`, `and` lists dates (`2007 and 2009`); it makes a range only of a
        // bare day and the date that completes it (`24 و 25 حزيران`).
        let is_bare_day = |e: &Expr| {
            matches!(
                e,
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(_),
                    ..
                }
            )
        };
        let left_bare_day = is_bare_day(&left);
        let (mut next, right) = if self.has(k, DateWord::Now) || self.has(k, DateWord::Day(0)) {
            (k + 1, Expr::Now)
        } else {
            self.range_end(k)?
        };
        if matches!(right, Expr::Range(..)) {
            return None;
        }
        // After a `from` written after the first date, an amount of time before or after
        // counts from that date (`শুক্রবার থেকে দুই সপ্তাহ পরে`, two weeks from Friday): one
        // day, not a range.
        if joiner == DateWord::FromAfter
            && let Expr::Offset { amount, base: None } = right
        {
            let base = match left {
                Expr::Now => Expr::Day(0),
                other => other,
            };
            let base = self.push(base);
            return Some((
                next,
                Expr::Offset {
                    amount,
                    base: Some(base),
                },
            ));
        }
        if joiner == DateWord::And
            && opener != Some(DateWord::Between)
            && !left_bare_day
            && !is_bare_day(&right)
        {
            return None;
        }
        // `June 24-25, 2019`: a year after a bare second day belongs to the range.
        let right = match right {
            Expr::Date {
                year: None,
                month: None,
                day: Some(d),
                weekday,
            } => match self.year_tail(next) {
                Some((after, year)) => {
                    next = after;
                    Expr::Date {
                        year: Some(year),
                        month: None,
                        day: Some(d),
                        weekday,
                    }
                }
                None => right,
            },
            other => other,
        };
        // `২০১৭ সাল পর্যন্ত`
        let closed = self.has(next, DateWord::Until);
        if closed {
            next += 1;
        }
        // After a `from` written after the first end, a bare number is a range's end only
        // with the closing word (`১০ মার্চ থেকে ১৫ জন আহত` is a date and a count).
        if joiner == DateWord::FromAfter
            && !closed
            && matches!(
                right,
                Expr::Date {
                    year: None,
                    month: None,
                    ..
                }
            )
        {
            return None;
        }
        // Two days written as digit ordinals after `from` or `between` (`from the 5th to the
        // 9th`, `between the 23rd and the 2nd`) are days of the reference's month, as one
        // marked day alone is; not before a word they count (`from 5th to 9th place`), nor
        // without the opener (`ranked 3rd-5th in the world`).
        let digit_ordinal = |k: usize| {
            self.num(self.the(k))
                .is_some_and(|n| n.ordinal && n.digits > 0)
        };
        if let (
            Expr::Date {
                year: None,
                month: None,
                day: Some(_),
                ..
            },
            Expr::Date {
                year: None,
                month: None,
                day: Some(_),
                ..
            },
        ) = (left, right)
            && digit_ordinal(j)
            && digit_ordinal(k)
            && (opener == Some(DateWord::Between)
                || (opener == Some(DateWord::From) && joiner == DateWord::To))
            && !self.counted_by_ordinal(next)
        {
            let (left, right) = (self.push(left), self.push(right));
            return Some((next, Expr::Range(left, right)));
        }
        let (left, right) = self.share_fields(left, right, year_word)?;
        // Without an opener, `-` and `and` join only what shares a month or year, so a score
        // (`3-2`) or a list of counts is no range.
        let is_bare = |e: &Expr| {
            matches!(
                e,
                Expr::Date {
                    month: None,
                    year: None,
                    ..
                }
            )
        };
        if is_bare(&left) || is_bare(&right) {
            return None;
        }
        let left = self.push(left);
        let right = self.push(right);
        Some((next, Expr::Range(left, right)))
    }

    /// One end of a range: a date, or a bare day or year the other end completes.
    fn range_end(&self, i: usize) -> Parsed {
        let mut best = self.single(i);
        let j = self.the(i);
        // `the end of March`: the article before a part belongs to the end.
        if j > i && self.part(j).is_some() {
            best = longer(best, self.single(j));
        }
        // A unit after the number makes it an amount (`sentenced on 3 May to 10 years`).
        if let Some(n) = self.num(j)
            && !n.plural
            && self.any_unit(j + 1).is_none()
        {
            if n.digits == 4 && (1000..=2999).contains(&n.value) {
                best = longer(
                    best,
                    Some((
                        j + 1,
                        Expr::Date {
                            year: Some(YearRef::Abs(n.value as i32)),
                            month: None,
                            day: None,
                            weekday: None,
                        },
                    )),
                );
            } else if let Some((next, day)) = self.day(j) {
                best = longer(
                    best,
                    Some((
                        next,
                        Expr::Date {
                            year: None,
                            month: None,
                            day: Some(day),
                            weekday: None,
                        },
                    )),
                );
            }
        }
        // A weekday end (`from this Friday until next Sunday`) is already a date.
        best
    }

    /// Completes each end of a range from the other (`13 to 15 July`: the 13th is in July;
    /// `July 13-15`: so is the 15th); `None` when they cannot form a range.
    fn share_fields(&self, left: Expr, right: Expr, year_word: bool) -> Option<(Expr, Expr)> {
        match (left, right) {
            (
                Expr::Date {
                    year: ly,
                    month: lm,
                    day: ld,
                    weekday: lw,
                },
                Expr::Date {
                    year: ry,
                    month: rm,
                    day: rd,
                    weekday: rw,
                },
            ) => {
                // Bare year–year (`2014-2018`): the second after the first, within a century.
                if let (Some(YearRef::Abs(a)), Some(YearRef::Abs(b)), None, None) = (ly, ry, lm, rm)
                    && ld.is_none()
                    && rd.is_none()
                    && (b <= a || b - a > 100)
                {
                    return None;
                }
                if year_word && (lm.is_some() || rm.is_some()) {
                    return None;
                }
                // A bare day ends a range only of days: `October to 30` is a month and a
                // number (`অক্টোবর থেকে ৩০ হাজার`), `July 13-15` a range.
                if (rd.is_some() && rm.is_none() && ry.is_none() && ld.is_none())
                    || (ld.is_some() && lm.is_none() && ly.is_none() && rd.is_none())
                {
                    return None;
                }
                let left = Expr::Date {
                    year: ly.or(if lm.is_some() || ld.is_some() {
                        ry
                    } else {
                        None
                    }),
                    month: lm.or(if ld.is_some() { rm } else { None }),
                    day: ld,
                    weekday: lw,
                };
                let right = Expr::Date {
                    year: ry.or(ly),
                    month: rm.or(if rd.is_some() { lm } else { None }),
                    day: rd,
                    weekday: rw,
                };
                Some((left, right))
            }
            // `20 و21 أبريل المقبل`: a bare day before a shifted day and month is a day of
            // the same month, shifted alike.
            (
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(d),
                    ..
                },
                Expr::DayShift {
                    month,
                    day: rd,
                    shift,
                },
            ) if d < rd => Some((
                Expr::DayShift {
                    month,
                    day: d,
                    shift,
                },
                right,
            )),
            // `من 5 إلى 9 من الشهر الجاري`, `from the 5th to the 9th of this month`: a bare day
            // before a day of a period is a day of the same period.
            (
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(d),
                    ..
                },
                Expr::Nth {
                    n,
                    what: Nth::Day,
                    within,
                },
            ) if n > i32::from(d) => Some((
                Expr::Nth {
                    n: i32::from(d),
                    what: Nth::Day,
                    within,
                },
                right,
            )),
            (
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(d),
                    ..
                },
                Expr::Hijri {
                    year,
                    month,
                    day: Some(_),
                },
            ) => Some((
                Expr::Hijri {
                    year,
                    month,
                    day: Some(d),
                },
                right,
            )),
            (
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(d),
                    ..
                },
                Expr::Bangla {
                    year,
                    month,
                    day: Some(_),
                },
            ) => Some((
                Expr::Bangla {
                    year,
                    month,
                    day: Some(d),
                },
                right,
            )),
            (
                Expr::Date {
                    year: None,
                    month: None,
                    ..
                },
                _,
            ) => None,
            (
                _,
                Expr::Date {
                    year: None,
                    month: None,
                    ..
                },
            ) => None,
            // Two weekdays, one of a named week: both are of that week (`Monday to Friday next
            // week`, `next Monday to Friday`).
            (
                Expr::Weekday {
                    weekday: lw,
                    week: None,
                },
                Expr::Weekday { week: Some(w), .. },
            ) => Some((
                Expr::Weekday {
                    weekday: lw,
                    week: Some(w),
                },
                right,
            )),
            (
                Expr::Weekday { week: Some(w), .. },
                Expr::Weekday {
                    weekday: rw,
                    week: None,
                },
            ) => Some((
                left,
                Expr::Weekday {
                    weekday: rw,
                    week: Some(w),
                },
            )),
            // A weekday and a month or longer make no range (`closed every Monday through
            // March`).
            (Expr::Weekday { .. }, other) | (other, Expr::Weekday { .. })
                if longer_than_a_week(&other) =>
            {
                None
            }
            _ => Some((left, right)),
        }
    }
}

/// True for a month or a longer period: no end of a range whose other end is a weekday.
fn longer_than_a_week(e: &Expr) -> bool {
    match *e {
        Expr::Date { day, .. } | Expr::Hijri { day, .. } | Expr::Bangla { day, .. } => {
            day.is_none()
        }
        Expr::Period { unit, .. } | Expr::Window { unit, .. } => {
            !matches!(unit, Unit::Day | Unit::Week | Unit::Weekend)
        }
        Expr::MonthShift { .. }
        | Expr::Years { .. }
        | Expr::Quarter { .. }
        | Expr::Half { .. }
        | Expr::Season { .. } => true,
        _ => false,
    }
}
