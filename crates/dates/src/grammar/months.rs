//! Dates written with a month name, in the Gregorian, Hijri or Bangla calendar: day and
//! month in either order, month and year in either order, a month alone, each with the word
//! for "month" that news puts beside the name (`شهر مارس`, `মার্চ মাসের`).

use khabar_core::Calendar;

use super::{Expr, Parsed, Parser, YearRef, longer, valid_day};
use crate::tokens::Kind;
use crate::{DateWord, Era, Unit};

impl Parser<'_, '_> {
    /// A month of any calendar at `i`, as an expression builder.
    fn any_month(&self, i: usize, weak_ok: bool) -> Option<MonthOf> {
        let t = self.tok(i)?;
        let meanings = if weak_ok {
            t.all_meanings()
        } else {
            t.meanings()
        };
        meanings.iter().find_map(|m| match *m {
            DateWord::Month(n) => Some(MonthOf::Gregorian(n)),
            DateWord::HijriMonth(n) => Some(MonthOf::Hijri(n)),
            DateWord::BanglaMonth(n) => Some(MonthOf::Bangla(n)),
            _ => None,
        })
    }

    /// Whether a part word stands right before `i` (`أواخر مارس`, `early may`), or before an
    /// `of` or a hyphen there (`end of may`, `mid-may`): a weak month name after it is a
    /// month. Not a part word after `the` with nothing between, the subject of a verb
    /// (`the end may come`).
    fn after_part(&self, i: usize) -> bool {
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        if self.has(k, DateWord::Of) || self.sym(k, '-') {
            return k.checked_sub(1).is_some_and(|p| self.part(p).is_some());
        }
        self.part(k).is_some() && !k.checked_sub(1).is_some_and(|t| self.has(t, DateWord::The))
    }

    /// Whether a month name of any calendar, a weak one too, stands at `i`.
    pub(super) fn starts_month(&self, i: usize) -> bool {
        self.any_month(i, true).is_some()
    }

    /// A Hijri or Bangla month name at `i`, with the word for month after it (`গত রজব
    /// মাসে`): where it ends, its calendar and its number. A weak name counts beside the word
    /// for month, or where `weak_ok` (before a shift word: `رجب الماضي`); a shift word
    /// before one is not enough (`এ সফর`, `গত সফরে` are "this trip", "on the last trip").
    pub(super) fn calendar_month(&self, i: usize, weak_ok: bool) -> Option<(usize, Calendar, u8)> {
        let month_word = self.is_unit(i + 1, Unit::Month);
        let (calendar, month) = match self.any_month(i, weak_ok || month_word)? {
            MonthOf::Hijri(m) => (Calendar::Hijri, m),
            MonthOf::Bangla(m) => (Calendar::Bangla, m),
            MonthOf::Gregorian(_) => return None,
        };
        Some((if month_word { i + 2 } else { i + 1 }, calendar, month))
    }

    /// `[month-word] MONTH [month-word]`: the month name with the word for "month" that
    /// news puts before it (`شهر مارس`) or after it (`মার্চ মাসের`).
    fn month_name(&self, i: usize, weak_ok: bool) -> Option<(usize, MonthOf)> {
        let j = if self.is_unit(i, Unit::Month) {
            i + 1
        } else {
            i
        };
        // Beside the word for month, before or after it, a weak name is a month (`شهر
        // مارس`, `সফর মাসে`).
        let m = self.any_month(j, weak_ok || j > i || self.is_unit(j + 1, Unit::Month))?;
        let mut next = j + 1;
        // A dot after an abbreviation (`Dec.`), glued to it.
        if self.abbreviation_dot(next) {
            next += 1;
        }
        if self.is_unit(next, Unit::Month) {
            next += 1;
        }
        Some((next, m))
    }

    /// `28 June 2021`, `the 15th of February`, `الاول من شهر شباط`, `২১শে ফেব্রুয়ারি`, `15
    /// رمضان 1442 هـ`.
    pub(super) fn day_month(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // A day by a word used only in dates (`পহেলা জানুয়ারি`, `غرة شوال`, `সাতই মার্চ`).
        let day_word = || {
            let n = self.ordinal_word(j).filter(|n| (1..=31).contains(n))?;
            Some((j + 1, n as u8))
        };
        let (after_day, day) = self.day(j).or_else(day_word)?;
        let k = self.of(after_day);
        let (next, month) = self.month_name(k, true)?;
        let (next, year) = match self.calendar_year(next, month) {
            Some((n, y)) => (n, Some(y)),
            None => (next, None),
        };
        let expr = month.expr(year, Some(day))?;
        // The weekday after the date (`৮ মে বুধবার`, 8 May, Wednesday) is part of it.
        if let Expr::Date {
            year,
            month,
            day,
            weekday: None,
        } = expr
            && self.tok(next).is_some_and(|t| !t.joined)
            && let Some(wd) = self.weekday(next)
        {
            let weekday = Some(wd);
            return Some((
                next + 1,
                Expr::Date {
                    year,
                    month,
                    day,
                    weekday,
                },
            ));
        }
        Some((next, expr))
    }

    /// The year after a month of `month`'s calendar, with its era mark.
    fn calendar_year(&self, i: usize, month: MonthOf) -> Option<(usize, YearRef)> {
        match month {
            MonthOf::Gregorian(_) => self.year_tail(i),
            MonthOf::Hijri(_) | MonthOf::Bangla(_) => {
                let j = self.comma(i);
                let year_word = self.is_unit(j, Unit::Year);
                let j = if year_word { j + 1 } else { j };
                let n = self.num(j)?;
                // Without its word or its era mark, a year has four digits and starts no
                // next date: `١٠ محرم، ١٢ ربيع الأول` lists two days, no year 12.
                if !year_word
                    && self.era(j + 1).is_none()
                    && (n.value < 1000 || self.starts_month(j + 1))
                {
                    return None;
                }
                // Nor a number joined by `و` (`رمضان والعشر الأوائل`).
                if n.ordinal
                    || n.digits > 4
                    || !(1..=2999).contains(&n.value)
                    || self.tok(j).is_some_and(|t| t.joined)
                {
                    return None;
                }
                // An era mark after the year is the month's own (`১ বৈশাখ, ১৪৪৫ হিজরির` is no
                // year of the Bangla month).
                let next = match (self.era(j + 1), month) {
                    (None, _) => j + 1,
                    (Some(Era::Hijri), MonthOf::Hijri(_))
                    | (Some(Era::Bangla), MonthOf::Bangla(_)) => j + 2,
                    _ => return None,
                };
                Some((next, YearRef::Abs(n.value as i32)))
            }
        }
    }

    /// `June 28, 2021`, `Aug 8`, `march third 2015`, `may twenty-first`, `Feb13`.
    pub(super) fn month_day(&self, i: usize) -> Parsed {
        let (j, month) = self.month_name(i, true)?;
        let j = if self.sym(j, '.') { j + 1 } else { j };
        let k = self.the(j);
        // A number joined by `و` is another thing than the month's day (`رمضان والعشر
        // الأوائل`, Ramadan and the first ten days).
        if self.tok(k).is_some_and(|t| t.joined) {
            return None;
        }
        let (next, day) = self.day(k)?;
        // The day is not the start of a count (`May 5 people`): a unit word after it makes
        // the number a count.
        if self.any_unit(next).is_some() {
            return None;
        }
        let (next, year) = match self.calendar_year(next, month) {
            Some((n, y)) => (n, Some(y)),
            None => (next, None),
        };
        month.expr(year, Some(day)).map(|e| (next, e))
    }

    /// A Gregorian day and month with no year and a shift word before it (`আগামী ১৫ জুলাই`,
    /// the coming 15th of July; `last July 4`) or after it (`20 يونيو الماضي`, the 20th of
    /// last June): the first such day after the reference date, or the last before it; with
    /// `الجاري` ("current") after it, the day in the reference's year.
    pub(super) fn day_shift(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let before = self.shift(j).filter(|&s| s != 0);
        // Without a shift word before, one must follow within a date's length (`15 يوليو
        // المقبل`, `31 أكتوبر / تشرين الأول المقبل`) before the date is read again.
        if before.is_none() && !(i + 1..i + 8).any(|k| self.shift_after(k).is_some()) {
            return None;
        }
        let at = if before.is_some() { j + 1 } else { i };
        let (next, expr) = longer(self.day_month(at), self.month_day(at))?;
        let Expr::Date {
            year: None,
            month: Some(month),
            day: Some(day),
            ..
        } = expr
        else {
            return None;
        };
        let (next, shift) = match before {
            // A spelled day after a shift word may be something else (`اخر اثنين`, the last
            // Monday): only digits.
            Some(s) if (at..next).any(|k| self.num(k).is_some_and(|n| n.digits > 0)) => (next, s),
            Some(_) => return None,
            // `20 مارس الجاري`: the 20th of the reference's March.
            None if self.shift_after(next) == Some(0) => {
                return Some((next + 1, Expr::day_of(YearRef::Rel(0), month, day)));
            }
            None => (next + 1, self.shift_after(next).filter(|&s| s != 0)?),
        };
        Some((next, Expr::DayShift { month, day, shift }))
    }

    /// `September 2014`, `Mar, 2001`, `June of nineteen ninety nine`, `حزيران 2019`, `2016
    /// November`, `২০১৯ সালের মার্চ মাসের`, `رمضان 1442`, and the year before a day and month
    /// (`১৯৭১ সালের ২৬ মার্চ`).
    pub(super) fn month_year(&self, i: usize) -> Parsed {
        if let Some((j, month)) = self.month_name(i, true)
            && let Some((next, year)) = self.calendar_year(j, month)
        {
            return month.expr(Some(year), None).map(|e| (next, e));
        }
        // A year in the genitive before a day and month or a month is theirs (`১৯৭১ সালের ২৬
        // মার্চ`, the 26th of March of 1971; `গত বছরের এপ্রিলে`, April of last year).
        if let Some((k, year)) = self.genitive_year(i) {
            if let Some((
                next,
                Expr::Date {
                    year: None,
                    month,
                    day: Some(d),
                    weekday,
                },
            )) = self.day_month(k)
            {
                let year = Some(year);
                return Some((
                    next,
                    Expr::Date {
                        year,
                        month,
                        day: Some(d),
                        weekday,
                    },
                ));
            }
            if let Some((next, MonthOf::Gregorian(m))) = self.month_name(k, true) {
                let (year, month) = (Some(year), Some(m));
                return Some((
                    next,
                    Expr::Date {
                        year,
                        month,
                        day: None,
                        weekday: None,
                    },
                ));
            }
        }
        // A year of the Hijri or Bangla era in the genitive before a day and month, or a
        // month, of its calendar (`১৪৩১ বঙ্গাব্দের ১ বৈশাখ`, 1 Boishakh 1431; `১৪৪৫ হিজরির
        // রমজান মাসে`, Ramadan 1445).
        if let Some(n) = self
            .num(i)
            .filter(|n| !n.ordinal && (1..=2999).contains(&n.value))
            && let Some(era @ (Era::Hijri | Era::Bangla)) = self.era(i + 1)
            && self.tok(i + 1).is_some_and(|t| t.inflected)
            && let Some((next, expr)) = self.day_month(i + 2).or_else(|| {
                let (next, month) = self.month_name(i + 2, true)?;
                month.expr(None, None).map(|e| (next, e))
            })
        {
            let year = Some(n.value);
            match (era, expr) {
                (
                    Era::Hijri,
                    Expr::Hijri {
                        year: None,
                        month,
                        day,
                    },
                ) => {
                    return Some((next, Expr::Hijri { year, month, day }));
                }
                (
                    Era::Bangla,
                    Expr::Bangla {
                        year: None,
                        month,
                        day,
                    },
                ) => {
                    return Some((next, Expr::Bangla { year, month, day }));
                }
                _ => {}
            }
        }
        // The year first.
        let (j, y) = self.year(i)?;
        let j = if self.is_unit(j, Unit::Year) {
            j + 1
        } else {
            j
        };
        let j = self.comma(j);
        let (next, month) = self.month_name(j, true)?;
        let MonthOf::Gregorian(m) = month else {
            return None;
        };
        // `2016 November 3rd` is Y M D; a plain day after is left to the next date.
        Some((
            next,
            Expr::Date {
                year: Some(YearRef::Abs(y)),
                month: Some(m),
                day: None,
                weekday: None,
            },
        ))
    }

    /// A month name at `i` of any calendar, a weak one too, with the word for month beside
    /// it or not (`مارس`, `رمضان`, `شهر رمضان`), without a year: for the readings where
    /// what comes before makes any name a month (what counts its parts and `of`: `النصف
    /// الثاني من رمضان`, `الأيام العشرة الأخيرة من رمضان`; a closing word: `الأشهر الـ12 حتى
    /// مارس`).
    pub(super) fn month_named(&self, i: usize) -> Parsed {
        let (next, month) = self.month_name(i, true)?;
        month.expr(None, None).map(|e| (next, e))
    }

    /// A month alone (`يناير`, `in June`), or `شهر 3`, `الشهر التاسع`.
    pub(super) fn month_alone(&self, i: usize) -> Parsed {
        // A weak month name (`may`, `مارس`) counts after `in` or `since` (`منذ مارس`), the
        // word for month or a part word, and after a month and a word that opens a range's
        // end (`জানুয়ারি থেকে মে`, `January to may`; not `and`: `January and may be`).
        let weak = self
            .tok(i)
            .is_some_and(|t| matches!(t.kind, Kind::Word { weak: true, .. }));
        let joined_to_month = i >= 2
            && (self.has(i - 1, DateWord::To) || self.has(i - 1, DateWord::FromAfter))
            && self.month_name(i - 2, false).is_some();
        // And after `between` and a month, `و` glued to it (`ما بين يناير ومارس`).
        let joined_between = i >= 2
            && self.tok(i).is_some_and(|t| t.joined)
            && self.has(i - 2, DateWord::Between)
            && self.month_name(i - 1, false).is_some();
        let weak_ok = i > 0
            && (self.at(i - 1)
                || self.has(i - 1, DateWord::Since)
                || self.is_unit(i - 1, Unit::Month)
                || (weak && (self.after_part(i) || joined_to_month || joined_between)));
        if let Some((next, month)) = self.month_name(i, weak_ok) {
            return month.expr(None, None).map(|e| (next, e));
        }
        // The word for month names one by its number only as written (`شهر 3`): with an
        // ending (`মাসের ১২ জন`, "12 people of the month") the number counts something else.
        if self.is_unit(i, Unit::Month)
            && self.tok(i).is_some_and(|t| !t.inflected)
            && let Some(n) = self.num(i + 1)
            && (1..=12).contains(&n.value)
            && n.digits <= 2
        {
            return Some((
                i + 2,
                Expr::Date {
                    year: None,
                    month: Some(n.value as u8),
                    day: None,
                    weekday: None,
                },
            ));
        }
        None
    }
}

/// A month of one of the calendars, waiting for its day and year.
#[derive(Clone, Copy, Debug)]
enum MonthOf {
    Gregorian(u8),
    Hijri(u8),
    Bangla(u8),
}

impl MonthOf {
    fn expr(self, year: Option<YearRef>, day: Option<u8>) -> Option<Expr> {
        match self {
            MonthOf::Gregorian(m) => {
                if let Some(d) = day
                    && !valid_day(Some(m), d)
                {
                    return None;
                }
                Some(Expr::Date {
                    year,
                    month: Some(m),
                    day,
                    weekday: None,
                })
            }
            MonthOf::Hijri(m) | MonthOf::Bangla(m) => {
                if day.is_some_and(|d| d > 31) {
                    return None;
                }
                let year = match year {
                    Some(YearRef::Abs(y)) => Some(i64::from(y)),
                    Some(YearRef::Rel(_)) => return None,
                    None => None,
                };
                Some(match self {
                    MonthOf::Hijri(_) => Expr::Hijri {
                        year,
                        month: Some(m),
                        day,
                    },
                    _ => Expr::Bangla {
                        year,
                        month: Some(m),
                        day,
                    },
                })
            }
        }
    }
}
