//! Ordinals inside a period: the `n`th weekday, day or week of a month, a year or a
//! shifted period, in either order (`first wednesday of october 2014`, `last day of the
//! month`, `اخر اثنين من شهر اذار`, `الخميس الأخير من الشهر`, `মার্চের দ্বিতীয় শুক্রবার`), the `n`th weekday after a date, and a day of the reference's month alone
//! (`on the 15th`).

use super::{Expr, Nth, Parsed, Parser, longer};
use crate::tokens::Kind;
use crate::{DateWord, Unit};

impl Parser<'_, '_> {
    /// An ordinal: `third`, `3rd`, `الثالث`, `তৃতীয়`, `last`, `آخر`, `3rd last`.
    pub(super) fn ordinal(&self, i: usize) -> Option<(usize, i32)> {
        let n = if let Some(n) = self.num(i).filter(|n| n.ordinal) {
            n.value as i32
        } else {
            i32::from(self.ordinal_word(i)?)
        };
        if n == 0 || n.abs() > 60 {
            return None;
        }
        // `3rd last`
        if n > 0 && self.has(i + 1, DateWord::Ordinal(-1)) {
            return Some((i + 2, -n));
        }
        Some((i + 1, n))
    }

    /// What an ordinal counts, at token `i`, the token after it, and whether it is a weak
    /// weekday name: a weekday, a day or a week. The word for day before a weekday is part
    /// of it (`آخر يوم جمعة`). A weak weekday name (`جمعة`, also "a gathering") counts only
    /// before the period's linking word (`آخر جمعة من الشهر`).
    fn nth_what(&self, i: usize) -> Option<(usize, Nth, bool)> {
        if let Some(wd) = self.weekday(i) {
            return Some((i + 1, Nth::Weekday(wd), false));
        }
        if self.has(i + 1, DateWord::Of)
            && let Some(wd) = self.weekday_weak_ok(i)
        {
            return Some((i + 1, Nth::Weekday(wd), true));
        }
        let unit = self.singular_unit(i)?;
        if unit == Unit::Day
            && let Some(weekday @ (_, Nth::Weekday(_), _)) = self.nth_what(i + 1)
        {
            return Some(weekday);
        }
        match unit {
            Unit::Day => Some((i + 1, Nth::Day, false)),
            Unit::Week => Some((i + 1, Nth::Week, false)),
            Unit::Weekend => Some((i + 1, Nth::Weekend, false)),
            _ => None,
        }
    }

    /// `first wednesday of october 2014`, `last day of october 2015`, `the third week next
    /// year`, `اخر اثنين من شهر اذار`, `الاسبوع الاول من شهر عشرة 2014`, `اليوم الثالث من
    /// اكتوبر`, `second Sunday`, `20th of next month`.
    pub(super) fn nth(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // Each form: where it ends, the ordinal, what it counts, and whether that is a weak
        // weekday name.
        let mut forms: [Option<(usize, i32, Nth, bool)>; 3] = [None; 3];
        // The ordinal at the start, read once for the forms that open with one.
        let ordinal = self.ordinal(j);
        // ordinal what
        if let Some((k, n)) = ordinal
            && let Some((next, what, weak)) = self.nth_what(k)
        {
            forms[0] = Some((next, n, what, weak));
        }
        // what ordinal
        if let Some((next, what, weak)) = self.nth_what(j)
            && let Some((k, n)) = self.ordinal(next)
        {
            forms[1] = Some((k, n, what, weak));
        }
        // A day before `of` + a period (`20th of next month`, `20 of this month`) or right
        // before a shifted month (`15 الشهر المقبل`, `the 21st next month`, `22 this month`);
        // a bare number before `last month` or `next month` counts something (`killed 12
        // last month`, `to hire 30 next month`).
        if let Some((k, n)) = ordinal.or_else(|| self.day(j).map(|(k, d)| (k, i32::from(d))))
            && (self.has(k, DateWord::Of)
                || self.month_shift_period(k).is_some_and(|(_, shift)| {
                    shift == 0
                        || ordinal.is_some()
                        || j > i
                        || self.is_unit(k, Unit::Month) && self.shift_after(k + 1).is_some()
                }))
            && n > 0
        {
            forms[2] = Some((k, n, Nth::Day, false));
        }
        // A month has at most five of a weekday: `يوم الثلاثاء التاسع عشر من مايو` is Tuesday
        // the 19th of May, which the day and month readings read.
        for form in &mut forms {
            *form = form.filter(|&(_, n, what, _)| {
                !matches!(what, Nth::Weekday(_) | Nth::Weekend) || n.abs() <= 5
            });
        }
        let mut best: Parsed = None;
        // The days of a holiday or a month in the construct, with no `of` (`ثاني أيام عيد
        // الأضحى`, the second of the days of Eid al-Adha; `آخر أيام رمضان`).
        if let Some((k, n)) = ordinal
            && self.plural_unit(k) == Some(Unit::Day)
            && let Some((end, within)) = longer(
                self.holiday(k + 1),
                longer(self.nth_period(k + 1), self.month_named(k + 1))
                    .filter(|(_, within)| names_a_month(within)),
            )
        {
            let within = self.push(within);
            best = Some((
                end,
                Expr::Nth {
                    n,
                    what: Nth::Day,
                    within,
                },
            ));
        }
        // The period first, in its genitive: `মার্চের দ্বিতীয় শুক্রবার`, `২০২২ সালের মার্চের
        // শেষ শুক্রবার`, `এই মাসের প্রথম সপ্তাহ`.
        // The word for month or year alone in the genitive is the reference's (`বছরের শেষ
        // সপ্তাহে`, `মাসের প্রথম শুক্রবার`), as before a half of it; after a number it counts
        // (`তিন মাসের প্রথম সপ্তাহে`, the first week of the three months).
        let reference_period = self
            .singular_unit(i)
            .filter(|u| matches!(u, Unit::Month | Unit::Year))
            .filter(|_| self.tok(i).is_some_and(|t| t.inflected))
            .filter(|_| i.checked_sub(1).is_none_or(|p| self.num(p).is_none()))
            .map(|unit| (i + 1, Expr::Period { unit, shift: 0 }));
        // Each reading of the period in turn: a longer one may leave no ordinal after it
        // (`মাসের প্রথম` read as `الشهر الأول`, January).
        // A holiday in the genitive too (`ঈদুল ফিতরের দ্বিতীয় দিনে`, the second day of Eid).
        let periods = [
            longer(longer(self.nth_period(i), self.shifted(i)), self.holiday(i)),
            reference_period,
        ];
        for (k, within) in periods.into_iter().flatten().filter(|&(k, _)| k > i) {
            // The word for month after a shifted month (`গত জানুয়ারি মাসের`).
            let k = if matches!(within, Expr::MonthShift { .. })
                && self.is_unit(k, Unit::Month)
                && self.tok(k).is_some_and(|t| t.inflected)
            {
                k + 1
            } else {
                k
            };
            if !self.tok(k - 1).is_some_and(|t| t.inflected) {
                continue;
            }
            // `মার্চের প্রথম ১০ দিনে`: the first days of it, counted.
            if let Some((l, n)) = self.ordinal(k)
                && let Some((next, what, count)) = self.counted_units(l)
                && let Some(days) = self.first_units(n, what, count, within)
            {
                best = longer(best, Some((next, days)));
            }
            if let Some((l, n)) = self.ordinal(k)
                && let Some((next, what, _)) = self.nth_what(l)
            {
                let within = self.push(within);
                best = longer(best, Some((next, Expr::Nth { n, what, within })));
            } else if let Some((l, day)) = self.marked_day(k) {
                // `গত মাসের ১৫ তারিখে`: the 15th of last month.
                let within = self.push(within);
                best = longer(
                    best,
                    Some((
                        l,
                        Expr::Nth {
                            n: i32::from(day),
                            what: Nth::Day,
                            within,
                        },
                    )),
                );
            } else if let Some((l, first, last)) = self.marked_days(k) {
                // `গত মাসের ২০ থেকে ২৫ তারিখে`: the 20th to the 25th of last month.
                let within = self.push(within);
                let day = |n: u8| {
                    self.push(Expr::Nth {
                        n: i32::from(n),
                        what: Nth::Day,
                        within,
                    })
                };
                let (from, to) = (day(first), day(last));
                best = longer(best, Some((l, Expr::Range(from, to))));
            }
        }
        for (form, (k, n, what, weak)) in forms
            .into_iter()
            .enumerate()
            .filter_map(|(f, x)| x.map(|x| (f, x)))
        {
            // `after christmas 2014`
            if let Nth::Weekday(wd) = what
                && self.has(k, DateWord::After)
                && let Some((end, base)) = self.core(k + 1)
                && n > 0
            {
                let base = self.push(base);
                best = longer(
                    best,
                    Some((
                        end,
                        Expr::NthAfter {
                            n,
                            weekday: wd,
                            base,
                        },
                    )),
                );
            }
            // `of`, or `in` (`last friday in october`).
            let l = if self.at(k) { k + 1 } else { self.of(k) };
            // `of the month`: the article belongs to the period.
            let period = longer(self.nth_period(self.the(l)), self.period(l, true));
            // After a weekday, a week or a day counted and `of`, any month name is one
            // (`الأسبوع الأول من رمضان`, the first week of Ramadan).
            let period = if form != 2 && l > k {
                longer(period, self.month_named(self.the(l)))
            } else {
                period
            };
            // A bare day counts in a month only: `the 20th of next month`, but not `الثاني من
            // العام المقبل` (the second [half] of next year).
            let period = period.filter(|(_, within)| form != 2 || names_a_month(within));
            // A day counted of a holiday (`the second day of Eid al-Fitr`, `اليوم الثاني من
            // عيد الفطر`).
            let period = if form != 2 && what == Nth::Day && l > k {
                longer(period, self.holiday(l))
            } else {
                period
            };
            if let Some((end, within)) = period {
                let within = self.push(within);
                best = longer(best, Some((end, Expr::Nth { n, what, within })));
            } else if matches!(what, Nth::Weekday(_)) && k > j && n > 0 && n <= 5 && !weak {
                // `second Sunday`: of the reference's month (not with a weak name, which
                // counts only with its period).
                let within = self.push(Expr::Period {
                    unit: Unit::Month,
                    shift: 0,
                });
                best = longer(best, Some((k, Expr::Nth { n, what, within })));
            }
        }
        best
    }

    /// The period an ordinal counts in: a month (with or without its year), a year, a
    /// shifted period, `the month`, `الشهر التاسع`.
    pub(super) fn nth_period(&self, i: usize) -> Parsed {
        let mut best = longer(self.month_year(i), self.month_alone(i));
        best = longer(best, self.shifted(i));
        best = longer(best, self.year_expr(i));
        best = longer(best, self.period(i, true));
        if let Some((next, y)) = self.year(i) {
            best = longer(best, Some((next, Expr::year(y))));
        }
        // `the month` as the Arabic `الشهر` (article in the word): the reference's
        // (`الخميس الأخير من الشهر`), or numbered by the ordinal after it.
        if best.is_none()
            && let Some(unit) = self.mean(i, |m| match m {
                DateWord::DefiniteUnit(u @ (Unit::Week | Unit::Month | Unit::Year)) => Some(u),
                _ => None,
            })
            && self.shift_after(i + 1).is_none()
            && self.num(i + 1).is_none()
        {
            return Some((i + 1, Expr::Period { unit, shift: 0 }));
        }
        if best.is_none() && self.is_unit(i, Unit::Month) && self.shift_after(i + 1).is_none() {
            // `الشهر التاسع`: the month numbered by the ordinal after it.
            if let Some(n) = self.num(i + 1).filter(|n| (1..=12).contains(&n.value)) {
                let (next, year) = match self.year_tail(i + 2) {
                    Some((n2, y)) => (n2, Some(y)),
                    None => (i + 2, None),
                };
                return Some((
                    next,
                    Expr::Date {
                        year,
                        month: Some(n.value as u8),
                        day: None,
                        weekday: None,
                    },
                ));
            }
        }
        // A month with a shifted year after it (`من شهر مارس السنة القادمة`).
        if let Some((
            next,
            Expr::Date {
                year: None,
                month: Some(m),
                day: None,
                ..
            },
        )) = best
            && let Some((after, year)) = self.year_after(next)
        {
            return Some((
                after,
                Expr::Date {
                    year: Some(year),
                    month: Some(m),
                    day: None,
                    weekday: None,
                },
            ));
        }
        best
    }

    /// Two days of a month joined by `to`, `and` or a dash, the second with the language's
    /// word for a day of the month after it (`২০ থেকে ২৫ তারিখে`, `১০ ও ১১ তারিখে`): where
    /// they end and the two days, the first before the second.
    fn marked_days(&self, i: usize) -> Option<(usize, u8, u8)> {
        let (next, first) = self.day(i).filter(|&(next, _)| next == i + 1)?;
        let joined = self.tok(next).is_some_and(|t| t.joined);
        let k = if joined {
            next
        } else if self.has(next, DateWord::To)
            || self.has(next, DateWord::FromAfter)
            || self.has(next, DateWord::And)
            || self.sym(next, '-')
        {
            next + 1
        } else {
            return None;
        };
        let (end, last) = self.marked_day(k)?;
        // `পর্যন্ত` closes it, as it closes a range.
        let end = if self.has(end, DateWord::Until) {
            end + 1
        } else {
            end
        };
        (first < last).then_some((end, first, last))
    }

    /// `on the 15th`, `the 27th.`, `২০ তারিখে` (the language's word for a day of the month
    /// after it): a day of the reference's month. After a shift word, a marked day is the
    /// last such day before the reference date or the first after it (`গত ১৫ তারিখে`,
    /// `আগামী ২০ তারিখে`).
    pub(super) fn nth_day_alone(&self, i: usize) -> Parsed {
        if let Some(shift) = self.shift(i).filter(|&s| s != 0)
            && let Some((next, day)) = self.marked_day(i + 1)
        {
            return Some((next, Expr::MonthDayShift { day, shift }));
        }
        let marked_before = || {
            if !self.has(i, DateWord::DayMarkBefore) {
                return None;
            }
            let (next, day) = self.day(i + 1)?;
            let digits = self.num(i + 1).is_some_and(|n| n.digits > 0 && !n.ordinal);
            (digits
                && next == i + 2
                && self.any_unit(next).is_none()
                && self.num(next).is_none()
                // Nor where the digits start a longer date (`يوم 2. أكتوبر`, `يوم 15 رمضان
                // 1442`, `يوم 20 من الشهر`), which is read without the mark. The readings
                // themselves, not `parse_from`, which would clear the node arena this parse
                // is filling.
                && longer(self.range(i + 1), self.single(i + 1))
                    .is_none_or(|(end, _)| end <= next))
            .then_some((next, day))
        };
        // `২০ থেকে ২৫ তারিখে`: days of the reference's month.
        if let Some((next, first, last)) = self.marked_days(i) {
            let day = |d: u8| {
                self.push(Expr::Date {
                    year: None,
                    month: None,
                    day: Some(d),
                    weekday: None,
                })
            };
            let (from, to) = (day(first), day(last));
            return Some((next, Expr::Range(from, to)));
        }
        if let Some((next, day)) = self.marked_day(i).or_else(marked_before) {
            let day = Expr::Date {
                year: None,
                month: None,
                day: Some(day),
                weekday: None,
            };
            return Some((next, day));
        }
        let on = self.at(i);
        let j = if on { i + 1 } else { i };
        let k = self.the(j);
        if k == j && !on {
            return None;
        }
        let n = self.num(k)?;
        let (next, day) = self.day(k)?;
        // Followed by nothing or punctuation: `the 15th century` is no day.
        let ends = self.ends_clause(next);
        // Bare digits or a spelled ordinal after `the` are a day where a preposition before
        // and the end of a clause after make them one (`i went back for the 27`, `on the
        // second.`); not `the first`, mostly a pronoun.
        let after_preposition = k > j
            && (on
                || i.checked_sub(1)
                    .is_some_and(|p| self.at(p) || self.has(p, DateWord::For)));
        let loose_day = ends
            && after_preposition
            && !n.plural
            && ((n.digits > 0 && !n.ordinal) || (n.digits == 0 && n.ordinal && n.value > 1));
        let digit_ordinal = n.ordinal && n.digits > 0;
        if !(digit_ordinal || loose_day) {
            return None;
        }
        // An ordinal listed with others, without `on`, ranks (`the 1st, 2nd and 3rd places`).
        let listed = (self.sym(next, ',') || self.has(next, DateWord::And))
            && self.num(next + 1).is_some_and(|n| n.ordinal);
        if listed && !on {
            return None;
        }
        // Before `of` or a month the day is of what follows (`on the 1st of May`, `on 14th
        // June`, `on the 20th of next month`): the productions that start after `on` read
        // it whole.
        if !ends && (!on || self.of(next) != next || self.day_month(j).is_some()) {
            return None;
        }
        if self.counted_by_ordinal(next) {
            return None;
        }
        Some((
            next,
            Expr::Date {
                year: None,
                month: None,
                day: Some(day),
                weekday: None,
            },
        ))
    }

    /// Whether the token at `next` is what an ordinal day before it counts, so that the
    /// ordinal is no day: a word with no date meaning (`on the 10th anniversary`, `on the 5th
    /// floor`, `from 5th to 9th place`), a unit or a weekday (`on the 2nd Friday of March`,
    /// which the ordinal reading reads from `the`). The end of a clause or a linking word
    /// counts nothing (`on the 15th in Geneva`, `on the 15th and 16th`).
    pub(super) fn counted_by_ordinal(&self, next: usize) -> bool {
        let counted_word = !self.ends_clause(next)
            && self.tok(next).is_some_and(|t| {
                matches!(t.kind, Kind::Word { .. }) && t.all_meanings().is_empty()
            });
        counted_word || self.any_unit(next).is_some() || self.weekday_weak_ok(next).is_some()
    }

    /// `the first 10 days of March`, `the last ten days of Ramadan`, `the first two weeks of
    /// June`, `الأيام العشرة الأولى من مارس`: the first or last days or whole weeks of a
    /// period, counted. Before a month the days may go unsaid (`العشر الأواخر من رمضان`, the
    /// last ten of Ramadan).
    pub(super) fn units_of_period(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // A unit stands within the first tokens, or a count and an ordinal with none.
        let (k, n, what, count, elided) = if !(j..j + 4).any(|k| self.unit(k).is_some()) {
            let (k, n, count) = self.first_count(j)?;
            (k, n, Nth::Day, count, true)
        } else if let Some((k, n)) = self.ordinal(j)
            && let Some((k, what, count)) = self.counted_units(k)
        {
            // `first 10 days`, or `الأيام العشرة الأولى`.
            (k, n, what, count, false)
        } else if let Some(unit) = self.plural_unit(j)
            // An article may stand before the count's digits (`الأيام الـ10 الأولى`).
            && let c = self.the(j + 1)
            && let Some(count) = self.count_of_units(c)
            && let Some((k, n)) = self.ordinal(c + 1)
        {
            (k, n, nth_of(unit)?, count, false)
        } else {
            return None;
        };
        if !self.has(k, DateWord::Of) {
            return None;
        }
        let l = self.the(k + 1);
        // A weak month name counts here (`الأيام العشرة الأخيرة من رمضان`), as after `in`.
        let (next, within) = longer(self.nth_period(l), self.month_named(l))?;
        if elided && !names_a_month(&within) {
            return None;
        }
        Some((next, self.first_units(n, what, count, within)?))
    }

    /// A count and the first or last, in either order, with no unit (`العشر الأواخر`, `last
    /// ten`): where they end, the ordinal (1 or −1) and the count.
    fn first_count(&self, j: usize) -> Option<(usize, i32, i32)> {
        let (k, n, count) = if let Some(count) = self.count_of_units(j) {
            let (k, n) = self.ordinal(j + 1)?;
            (k, n, count)
        } else {
            let (k, n) = self.ordinal(j)?;
            (k + 1, n, self.count_of_units(k)?)
        };
        matches!(n, 1 | -1).then_some((k, n, count))
    }

    /// A count and a plural unit of days or weeks at `i`: where they end, what they count
    /// and how many.
    fn counted_units(&self, i: usize) -> Option<(usize, Nth, i32)> {
        let count = self.count_of_units(i)?;
        let what = nth_of(
            self.plural_unit(i + 1)
                .or_else(|| self.singular_unit(i + 1))?,
        )?;
        Some((i + 2, what, count))
    }

    /// A count of days or weeks: two or more, digits or words.
    fn count_of_units(&self, i: usize) -> Option<i32> {
        self.num(i)
            .filter(|n| !n.ordinal && !n.plural && (2..=100).contains(&n.value))
            .map(|n| n.value as i32)
    }

    /// The first (`n` = 1) or last (−1) `count` days or weeks of `within`.
    fn first_units(&self, n: i32, what: Nth, count: i32, within: Expr) -> Option<Expr> {
        let within = self.push(within);
        let nth = |n: i32| self.push(Expr::Nth { n, what, within });
        let (from, to) = match n {
            1 => (nth(1), nth(count)),
            -1 => (nth(-count), nth(-1)),
            _ => return None,
        };
        Some(Expr::Range(from, to))
    }
}

/// What an ordinal counts in a unit: days, or whole weeks.
fn nth_of(unit: Unit) -> Option<Nth> {
    match unit {
        Unit::Day => Some(Nth::Day),
        Unit::Week => Some(Nth::Week),
        _ => None,
    }
}

/// True when `e` is a month (named, shifted or the reference's), with no day.
pub(super) fn names_a_month(e: &Expr) -> bool {
    match *e {
        Expr::Date { month, day, .. } => month.is_some() && day.is_none(),
        Expr::Hijri { month, day, .. } | Expr::Bangla { month, day, .. } => {
            month.is_some() && day.is_none()
        }
        Expr::Period { unit, .. } => unit == Unit::Month,
        Expr::MonthShift { .. } => true,
        _ => false,
    }
}
