//! Periods known by a name or number rather than a date: holidays (`christmas`, `Eid
//! al-Fitr 1950`), quarters (`the third quarter`), halves of a year (`the first half of
//! 2021`), the first or last months of a year (`the first six months of 2023`), the months
//! or years that end with a named one (`the 12 months to March`, `মার্চ পর্যন্ত ১২ মাসে`,
//! `the decade to 2021`), seasons (`summer 2016`) and ISO week numbers (`week 23`).

use super::ordinals::names_a_month;
use super::{Amount, Expr, Nth, Parsed, Parser, YearRef, expand_two_digit_year, longer};
use crate::tokens::Kind;
use crate::{DateWord, Unit};
use khabar_core::DatePart;

impl Parser<'_, '_> {
    /// `christmas`, `Eid al-Fitr 1950`, `عيد الشكر 2010`, `thanksgiving of next year`; before
    /// the word for weekend, the weekend nearest it (`the Easter weekend`, `Thanksgiving
    /// weekend`, as `the weekend of Easter`).
    pub(super) fn holiday(&self, i: usize) -> Parsed {
        // The year first in its genitive (`২০২৩ সালের ঈদুল ফিতরে`, `১৪৩১ বঙ্গাব্দের পহেলা
        // বৈশাখ`, `গত বছরের ঈদে`).
        // A holiday's name stands within a few tokens, or there is none: reading the year
        // first at every token would cost more than the holidays themselves.
        let near = (i + 1..i + 4).any(|k| self.holiday_word(k).is_some());
        let (j, year) = match near.then(|| self.genitive_year(i)).flatten() {
            Some((k, year)) if self.holiday_word(k).is_some() => (k, Some(year)),
            _ => (self.the(i), None),
        };
        let index = self.holiday_word(j)?;
        let holiday = Expr::Holiday {
            index,
            year,
            shift: 0,
        };
        if self.has(j + 1, DateWord::Unit(Unit::Weekend)) {
            return Some((j + 2, Expr::WeekendOf(self.push(holiday))));
        }
        Some((j + 1, holiday))
    }

    /// `the third quarter`, `1st quarter of 2013`, `الربع الثالث من العام`, `Q3 2022`,
    /// `2019-Q1`.
    pub(super) fn quarter(&self, i: usize) -> Parsed {
        let (next, n, year) = self.part_of_year(i, Self::quarter_number)?;
        Some((next, Expr::Quarter { n, year }))
    }

    /// `the first half of 2021`, `the second half of next year`, `النصف الأول من العام
    /// الجاري`, `২০২১ সালের প্রথমার্ধে`: always with its year (`in the second half` of a
    /// match is no date).
    pub(super) fn half(&self, i: usize) -> Parsed {
        // The word for half stands within the first few tokens, or it is no half at all:
        // reading the year first at every token would cost as much as the quarters.
        if !(i..i + 6).any(|k| self.half_word(k).is_some()) {
            return None;
        }
        let of_year = self
            .part_of_year(i, Self::half_number)
            .and_then(|(next, n, year)| Some((next, Expr::Half { n, year: year? })));
        longer(
            longer(of_year, self.half_of_month(i)),
            self.half_of_years(i),
        )
    }

    /// `the first half of the 20th century`, `the second half of the 1990s`, `النصف الأول
    /// من القرن العشرين`, `বিংশ শতাব্দীর প্রথমার্ধে` (the years first, in their genitive),
    /// `the second half of the century` (the reference's): the first or last half of a
    /// decade's or century's years.
    fn half_of_years(&self, i: usize) -> Parsed {
        let years = |k: usize| {
            longer(
                longer(self.century(k), self.decade(k)),
                self.this_decade_or_century(k),
            )
            .filter(|(_, e)| matches!(e, Expr::Years { .. } | Expr::Period { .. }))
        };
        let (next, n, within) = self.half_of_period(i, years(i), years, false)?;
        let within = self.push(within);
        Some((next, Expr::HalfOfYears { n, within }))
    }

    /// A half of a period: the period first in its genitive (`genitive`, the periods read
    /// at `i`), or the half and `of` (or `in`, where `at_too`) before it (`after` reads it):
    /// where it ends, which half, the period.
    fn half_of_period(
        &self,
        i: usize,
        genitive: impl IntoIterator<Item = (usize, Expr)>,
        after: impl Fn(usize) -> Parsed,
        at_too: bool,
    ) -> Option<(usize, u8, Expr)> {
        let first = genitive.into_iter().find_map(|(k, within)| {
            let inflected = k > i && self.tok(k - 1).is_some_and(|t| t.inflected);
            inflected
                .then(|| self.half_number(k))
                .flatten()
                .map(|(next, n)| (next, n, within))
        });
        if first.is_some() {
            return first;
        }
        let (k, n) = self.half_number(i)?;
        let l = if at_too && self.at(k) {
            k + 1
        } else {
            self.of(k)
        };
        if l == k {
            return None;
        }
        let (next, within) = after(l)?;
        Some((next, n, within))
    }

    /// `the second half of April`, `the first half of next month`, `النصف الثاني من أبريل`,
    /// `এপ্রিলের দ্বিতীয়ার্ধে` (the month first, in its genitive): the month's 1st to 15th,
    /// or its 16th to its last day.
    fn half_of_month(&self, i: usize) -> Parsed {
        // The month first, in its genitive; the word for month alone so is the reference's
        // (`মাসের প্রথমার্ধে`).
        let reference = (self.is_unit(i, Unit::Month)
            && i.checked_sub(1).is_none_or(|p| self.num(p).is_none()))
        .then_some((
            i + 1,
            Expr::Period {
                unit: Unit::Month,
                shift: 0,
            },
        ));
        let genitive = [self.nth_period(i), reference]
            .into_iter()
            .flatten()
            .filter(|(_, within)| names_a_month(within));
        let after = |l: usize| {
            let month = longer(self.nth_period(self.the(l)), self.period(l, true));
            longer(month, self.month_named(self.the(l))).filter(|(_, within)| names_a_month(within))
        };
        let (next, n, within) = self.half_of_period(i, genitive, after, true)?;
        let within = self.push(within);
        let day = |n: i32| {
            self.push(Expr::Nth {
                n,
                what: Nth::Day,
                within,
            })
        };
        let (from, to) = if n == 1 {
            (day(1), day(15))
        } else {
            (day(16), day(-1))
        };
        Some((next, Expr::Range(from, to)))
    }

    /// A numbered part of a year (`number` reads it: a quarter, a half) with its year: in the
    /// genitive before it (`২০১৪ সালের প্রথম প্রান্তিকে`), joined by a hyphen on either side
    /// (`2019-Q1`, `Q1-2019`), or after it as after any date (`Q3 2022`, `of 2013`); `None`
    /// for no year. Returns where it ends, the part's number and the year.
    fn part_of_year(
        &self,
        i: usize,
        number: fn(&Self, usize) -> Option<(usize, u8)>,
    ) -> Option<(usize, u8, Option<YearRef>)> {
        if let Some((k, year)) = self.genitive_year(i)
            && let Some((next, n)) = number(self, k)
        {
            return Some((next, n, Some(year)));
        }
        // A year with an English possessive before it (`next year's third quarter`, `2023's
        // first half`).
        let possessive = |k: usize| {
            (self.sym(k, '\'') || self.sym(k, '’')) && self.has(k + 1, DateWord::PossessiveEnding)
        };
        // Looked for only where such an ending stands near: reading a shifted period at
        // every token would cost as much as the parts.
        let near = (i + 1..i + 5).any(|k| self.has(k, DateWord::PossessiveEnding));
        if near
            && let Some((
                k,
                Expr::Period {
                    unit: Unit::Year,
                    shift,
                },
            )) = self.shifted(i)
            && possessive(k)
            && let Some((next, n)) = number(self, k + 2)
        {
            return Some((next, n, Some(YearRef::Rel(shift))));
        }
        if near
            && let Some((k, y)) = self.year(i).or_else(|| self.glued_year_word(i))
            && possessive(k)
            && let Some((next, n)) = number(self, k + 2)
        {
            return Some((next, n, Some(YearRef::Abs(y))));
        }
        // The word for year alone in the genitive (`বছরের দ্বিতীয়ার্ধে`): the reference's.
        if self.is_unit(i, Unit::Year)
            && self.tok(i).is_some_and(|t| t.inflected)
            && let Some((next, n)) = number(self, i + 1)
        {
            return Some((next, n, Some(YearRef::Rel(0))));
        }
        if let Some((k, y)) = self.year(i)
            && self.glued_hyphen(k)
            && let Some((next, n)) = number(self, k + 1)
        {
            return Some((next, n, Some(YearRef::Abs(y))));
        }
        // `2019 H2`, `2020 Q3`, `FY24 Q3`: a year in four digits or glued after its word
        // before a part by its letter.
        if let Some((k, y)) = self
            .year(i)
            .filter(|_| self.num(i).is_some_and(|n| n.digits == 4))
            .or_else(|| self.glued_year_word(i))
            && self.glued_digit(k + 1).is_some()
            && let Some((next, n)) = number(self, k)
        {
            return Some((next, n, Some(YearRef::Abs(y))));
        }
        let (k, n) = number(self, i)?;
        if let Some((next, y)) = self.glued_year(k) {
            return Some((next, n, Some(y)));
        }
        // `Q1'25`, `H1 '24`: the year shortened after an apostrophe.
        if let Some((next, y)) = self.apostrophe_year(k) {
            return Some((next, n, Some(YearRef::Abs(y))));
        }
        // `Q1-2019`, and with a slash, `Q4/2023`.
        let slash = self.sym(k, '/')
            && self.tok(k).is_some_and(|t| !t.space_before)
            && self.tok(k + 1).is_some_and(|t| !t.space_before);
        if (self.glued_hyphen(k) || slash)
            && let Some((next, y)) = self.year(k + 1)
        {
            return Some((next, n, Some(YearRef::Abs(y))));
        }
        Some(match self.year_of(k) {
            Some((next, y)) => (next, n, Some(y)),
            None => (k, n, None),
        })
    }

    /// The year a part of a year is in, after it: as after any date (`of 2013`, `of next
    /// year`, `من العام المقبل`), or the year itself after `of` (`the second half of the
    /// year`, `النصف الثاني من العام`), the reference's.
    fn year_of(&self, k: usize) -> Option<(usize, YearRef)> {
        if let Some(found) = self.year_after(k) {
            return Some(found);
        }
        let j = self.of(k);
        let y = self.the(j);
        // Not a year's letters before its digits (`of FY24`, read above when a year).
        (j > k && self.is_unit(y, Unit::Year) && !self.digits_glued_to(y))
            .then_some((y + 1, YearRef::Rel(0)))
    }

    /// The first or last few months, quarters or weeks of a year, with the year: `the first
    /// six months of the year`, `the last three months of 2023`, `the first two quarters of
    /// 2024`, `the first 2 weeks of 2021` (ISO weeks), `الأشهر الستة الأولى من العام`.
    pub(super) fn months_of_year(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let count = |k: usize| {
            self.num(k)
                .filter(|n| !n.ordinal && !n.plural && (2..=11).contains(&n.value))
                .map(|n| n.value as u8)
        };
        // The months each unit holds; weeks count apart (0).
        let months = |k: usize| match self.plural_unit(k) {
            Some(Unit::Month) => Some(1),
            Some(Unit::Quarter) => Some(3),
            Some(Unit::Week) => Some(0),
            _ => None,
        };
        let first_or_last = |k: usize| self.ordinal(k).filter(|&(_, n)| n == 1 || n == -1);
        // The year first, in the genitive (`চলতি বছরের প্রথম ছয় মাসে`, `২০২৩ সালের শেষ তিন
        // মাসে`): the unit after a count may be singular. Asked only at four digits or a
        // shift word, as it reads a period.
        let year_first = (self.num(i).is_some_and(|n| n.digits == 4) || self.shift(i).is_some())
            .then(|| self.genitive_year(i))
            .flatten()
            .and_then(|(k, year)| {
                let (l, n) = first_or_last(k)?;
                let c = count(l)?;
                let m = months(l + 1).or(match self.singular_unit(l + 1) {
                    Some(Unit::Month) => Some(1),
                    Some(Unit::Quarter) => Some(3),
                    Some(Unit::Week) => Some(0),
                    _ => None,
                })?;
                Some((l + 2, year, n, c, m))
            });
        // `first six months`, or `الأشهر الستة الأولى`, with the year after.
        let (next, year, n, units, per_unit) = if let Some(found) = year_first {
            found
        } else if let Some((k, n)) = first_or_last(j)
            && let Some(c) = count(k)
            && let Some(m) = months(k + 1)
        {
            let (next, year) = self.year_of(k + 2)?;
            (next, year, n, c, m)
        } else if let Some(m) = months(j)
            // An article may stand before the count's digits (`الأشهر الـ11 الأولى`).
            && let at = self.the(j + 1)
            && let Some(c) = count(at)
            && let Some((k, n)) = first_or_last(at + 1)
        {
            let (next, year) = self.year_of(k)?;
            (next, year, n, c, m)
        } else if let Some(c) = count(j)
            && let Some(m) = months(j + 1)
            && let Some((k, n)) = first_or_last(j + 2)
        {
            // The count first, then the unit and the ordinal (`التسعة أشهر الأولى من 2023`).
            let (next, year) = self.year_of(k)?;
            (next, year, n, c, m)
        } else {
            return None;
        };
        let count = units * per_unit;
        // `the first 2 weeks of 2021`: the year's first or last ISO weeks.
        if per_unit == 0 {
            let weeks = i32::from(units);
            let week = |n: i32| {
                let within = self.push(match year {
                    YearRef::Abs(y) => Expr::year(y),
                    YearRef::Rel(shift) => Expr::Period {
                        unit: Unit::Year,
                        shift,
                    },
                });
                self.push(Expr::Nth {
                    n,
                    what: Nth::Week,
                    within,
                })
            };
            let (from, to) = if n > 0 {
                (week(1), week(weeks))
            } else {
                (week(-weeks), week(-1))
            };
            return Some((next, Expr::Range(from, to)));
        }
        if count > 11 {
            return None;
        }
        let (first, last) = if n > 0 { (1, count) } else { (13 - count, 12) };
        let from = self.push(Expr::month_of(year, first));
        let to = self.push(Expr::month_of(year, last));
        Some((next, Expr::Range(from, to)))
    }

    /// `the 12 months to March`, `the three months ended June 30`, `the quarter ending in
    /// September`, `الأشهر الثلاثة حتى يونيو`, `الربع المنتهي في سبتمبر`: the months that end
    /// with the named one, as the financial press counts a period.
    pub(super) fn months_to(&self, i: usize) -> Parsed {
        if let Some(week) = self.week_to(i) {
            return Some(week);
        }
        if let Some(named) = self.period_named_by_month(i) {
            return Some(named);
        }
        let (k, months, _) = self.months_counted(i)?;
        let k = self.closing(k)?;
        if let Some((next, end)) = self.month_ending(k, true) {
            return Some((next, self.months_back(end, months)));
        }
        // `the five years to 2023`, `the decade to 2021`, `العقد المنتهي في 2020`: whole
        // years that end with the year named.
        let (next, end) = self.year_ending(k)?;
        Some((next, self.years_back(end, months)?))
    }

    /// `the June quarter`, `the December half`, `the March 2024 quarter`, `জুন প্রান্তিকে`:
    /// the quarter or half year that ends with the month named, as the Australian and Indian
    /// press name a company's periods.
    fn period_named_by_month(&self, i: usize) -> Parsed {
        // The word for quarter or half stands within a few tokens, or there is no such
        // period: reading the month first at every token costs more.
        // A word, not the letter that names a quarter only with its number (`Q3`).
        let quarter_or_half = |k: usize| {
            if self.tok(k).is_none_or(|t| t.end - t.start <= 1) {
                None
            } else if self.has(k, DateWord::Unit(Unit::Quarter)) {
                Some(3)
            } else if self.half_word(k) == Some(0) {
                Some(6)
            } else {
                None
            }
        };
        if !(i + 1..i + 4).any(|k| quarter_or_half(k).is_some()) {
            return None;
        }
        let (k, end) = self.month_ending(self.the(i), false)?;
        let months = quarter_or_half(k)?;
        // Glued to another word by a hyphen it names something else (`the June
        // quarter-final`, `the March half-marathon`), but `half-year` is the half.
        let next = if self.glued_hyphen(k + 1) {
            if !self.is_unit(k + 2, Unit::Year) {
                return None;
            }
            k + 3
        } else {
            k + 1
        };
        Some((next, self.months_back(end, months)))
    }

    /// A year that closes a period of whole years: `2023`, `year 2023`, `عام 2023`, `২০২৩
    /// সাল`.
    fn year_ending(&self, k: usize) -> Option<(usize, i32)> {
        let bare = self.year(k);
        let written = self.year_expr(k).and_then(|(next, e)| match e {
            Expr::Date {
                year: Some(YearRef::Abs(y)),
                month: None,
                day: None,
                weekday: None,
            } => Some((next, y)),
            _ => None,
        });
        // The longer reading (the year word after the digits is in the span).
        bare.into_iter()
            .chain(written)
            .max_by_key(|&(next, _)| next)
    }

    /// The whole years, `months` of them (two years at least), that end with the year `end`.
    fn years_back(&self, end: i32, months: i32) -> Option<Expr> {
        if months < 24 || months % 12 != 0 {
            return None;
        }
        let from = self.push(Expr::year(end + 1 - months / 12));
        let to = self.push(Expr::year(end));
        Some(Expr::Range(from, to))
    }

    /// Where the date that closes a period starts after the word at `k` that closes it (`to`,
    /// `ended`, `ending in`, `المنتهي في`).
    fn closing(&self, k: usize) -> Option<usize> {
        if self.has(k, DateWord::To) {
            Some(k + 1)
        } else if self.has(k, DateWord::Ending) {
            Some(if self.has(k + 1, DateWord::In) {
                k + 2
            } else {
                k + 1
            })
        } else {
            None
        }
    }

    /// `the week ended March 15`, `the week to Friday`, `الأسبوع المنتهي في 15 مارس`: the
    /// seven days that end with the day named, as weekly statistics count them.
    fn week_to(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let definite = self
            .mean(j, |m| {
                matches!(m, DateWord::DefiniteUnit(Unit::Week)).then_some(())
            })
            .is_some();
        if !(self.singular_unit(j) == Some(Unit::Week) && (j > i || definite)) {
            return None;
        }
        let k = self.closing(j + 1)?;
        let (next, end) = self.core(k)?;
        let a_day = matches!(
            end,
            Expr::Date { day: Some(_), .. } | Expr::Weekday { .. } | Expr::Day(_)
        );
        if !a_day {
            return None;
        }
        let end = self.push(end);
        let start = self.push(Expr::Offset {
            amount: Amount {
                days: -6,
                ..Amount::default()
            },
            base: Some(end),
        });
        Some((next, Expr::Range(start, end)))
    }

    /// The same period with the month first, as Bengali writes it (`মার্চ পর্যন্ত ১২ মাসে`,
    /// `জুনে শেষ হওয়া তিন মাসে`): the amount is counted, never the bare unit.
    pub(super) fn months_to_after(&self, i: usize) -> Parsed {
        // The closing word stands within a few tokens (after a month and its year), or
        // there is no such period: reading the month first at every token costs more.
        if !(i + 1..i + 6).any(|k| self.has(k, DateWord::Until) || self.has(k, DateWord::Ending)) {
            return None;
        }
        let closes = |k: usize| self.has(k, DateWord::Until) || self.has(k, DateWord::Ending);
        if let Some((k, end)) = self.month_ending(i, false)
            && closes(k)
        {
            let (next, months, counted) = self.months_counted(k + 1)?;
            return counted.then(|| (next, self.months_back(end, months)));
        }
        // `২০২৩ সাল পর্যন্ত পাঁচ বছরে`: whole years that end with the year named.
        let (k, end) = self.year_ending(i)?;
        if !closes(k) {
            return None;
        }
        let (next, months, counted) = self.months_counted(k + 1)?;
        if !counted {
            return None;
        }
        Some((next, self.years_back(end, months)?))
    }

    /// An amount of months at `i` (`12 months`, `three quarters`, `الأشهر الثلاثة`, `الأشهر
    /// الـ12`, `the year`, `الربع`): where it ends, the months, and whether a count was
    /// written. At least two months.
    fn months_counted(&self, i: usize) -> Option<(usize, i32, bool)> {
        let j = self.the(i);
        let per_unit = |u: Option<Unit>| match u {
            Some(Unit::Month) => Some(1),
            Some(Unit::Quarter) => Some(3),
            Some(Unit::Year) => Some(12),
            Some(Unit::Decade) => Some(120),
            _ => None,
        };
        let count_at = |k: usize| {
            self.num(k)
                .filter(|n| !n.ordinal && !n.plural && (1..=36).contains(&n.value))
                .map(|n| n.value as i32)
        };
        let (k, months, counted) = if let Some(n) = count_at(j)
            && let Some(per) = per_unit(
                self.plural_unit(j + 1)
                    .or_else(|| self.singular_unit(j + 1)),
            ) {
            (j + 2, n * per, true)
        } else if let Some(per) = per_unit(self.plural_unit(j)) {
            // The definite unit before its count, which a definite compound may read as an
            // ordinal (`الأشهر الاثني عشر`, the twelve months: [`Parser::count_after_plural`]).
            let c = self.count_after_unit(j);
            (c + 1, self.count_after_plural(c, 36)? * per, true)
        } else if j > i
            || self
                .mean(j, |m| matches!(m, DateWord::DefiniteUnit(_)).then_some(()))
                .is_some()
        {
            (j + 1, per_unit(self.singular_unit(j))?, false)
        } else {
            return None;
        };
        (months >= 2).then_some((k, months, counted))
    }

    /// A whole month at `i` that closes a period: a month (`March`, `June 2024`), or with
    /// `last_day` its last day (`June 30`, `December 31, 2023`), which the financial press
    /// names for the month.
    ///
    /// Invariant: `last_day` only where `i` lies after the reading's own start, since it asks
    /// [`Parser::core`] at `i`, which runs every reading there.
    fn month_ending(&self, i: usize, last_day: bool) -> Parsed {
        // A weak month name counts here (`الأشهر الـ12 حتى مارس`), as after `in`; a
        // Gregorian one, which months count back from.
        let weak = self
            .month_named(i)
            .filter(|(_, e)| matches!(e, Expr::Date { .. }));
        let month = longer(longer(self.month_year(i), self.month_alone(i)), weak);
        // `end-June`, `the end of March`: the month's end names the month, as its last day
        // does.
        let end_of = last_day
            .then(|| self.single(self.the(i)))
            .flatten()
            .and_then(|(next, e)| match e {
                Expr::Part(DatePart::Late, inner) => match self.node(inner) {
                    month @ Expr::Date {
                        month: Some(_),
                        day: None,
                        ..
                    } => Some((next, month)),
                    _ => None,
                },
                _ => None,
            });
        let month = longer(month, end_of);
        let date = last_day.then(|| self.core(i)).flatten();
        // A day that is not the month's last names that day (`ended June 29`).
        if let Some((
            _,
            Expr::Date {
                month: Some(m),
                day: Some(d),
                ..
            },
        )) = date
            && !is_last_day(m, d)
        {
            return None;
        }
        let last_day = date.and_then(|(next, e)| match e {
            Expr::Date {
                year,
                month: Some(m),
                day: Some(d),
                weekday: None,
            } if is_last_day(m, d) => Some((
                next,
                Expr::Date {
                    year,
                    month: Some(m),
                    day: None,
                    weekday: None,
                },
            )),
            _ => None,
        });
        let (next, end) = longer(month, last_day)?;
        matches!(
            end,
            Expr::Date {
                month: Some(_),
                day: None,
                ..
            }
        )
        .then_some((next, end))
    }

    /// The `months` that end with the month `end`.
    fn months_back(&self, end: Expr, months: i32) -> Expr {
        let end = self.push(end);
        let start = self.push(Expr::Offset {
            amount: Amount {
                months: 1 - months,
                ..Amount::default()
            },
            base: Some(end),
        });
        Expr::Range(start, end)
    }

    /// `the year to date`, `month to date`, `year-to-date`, `YTD`: from the start of the
    /// reference's period to the reference date.
    pub(super) fn to_date(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // `YTD`: the whole of it in one word.
        let (next, unit) = if let Some(unit) = self.period_to_date(j) {
            (j + 1, unit)
        } else {
            let unit = self.calendar_unit(j)?;
            // `year-to-date`, the phrase joined by hyphens.
            let k = if self.glued_hyphen(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if !self.has(k, DateWord::ToDate) {
                return None;
            }
            (k + 1, unit)
        };
        let from = self.push(Expr::Period { unit, shift: 0 });
        let to = self.push(Expr::Now);
        Some((next, Expr::Range(from, to)))
    }

    /// `the rest of the week`, `rest of month`, `بقية الأسبوع`: from the reference date to
    /// the end of the reference's period; `the rest of 2024`, of a named period.
    pub(super) fn rest_of(&self, i: usize) -> Parsed {
        let j = self.the(i);
        if !self.has(j, DateWord::Rest) {
            return self.rest_after(i);
        }
        let k = self.the(self.of(j + 1));
        let current = self.calendar_unit(k).map(|unit| {
            let from = self.push(Expr::Now);
            let to = self.push(Expr::Period { unit, shift: 0 });
            (k + 1, Expr::Range(from, to))
        });
        // A named period (`the rest of 2024`, `the rest of March`, `the rest of the year
        // 2024`), when longer.
        let year = self.year(k).map(|(next, y)| (next, Expr::year(y)));
        let named = longer(longer(self.core(k), self.period(k, false)), year);
        let named = longer(named, self.this_decade_or_century(self.of(j + 1)))
            .map(|(next, period)| (next, Expr::RestOf(self.push(period))));
        longer(current, named)
    }

    /// The period first, in its genitive, then the word for the rest (`বছরের বাকি সময়`,
    /// `চলতি মাসের বাকি দিনগুলোতে`).
    fn rest_after(&self, i: usize) -> Parsed {
        // The word for the rest stands within the first few tokens, or there is none.
        if !(i + 1..i + 4).any(|k| self.has(k, DateWord::Rest)) {
            return None;
        }
        let current = self
            .calendar_unit(i)
            .map(|unit| (i + 1, Expr::Period { unit, shift: 0 }));
        // Not `core`, which reads this rule.
        let year = self.genitive_year(i).map(|(next, y)| {
            let year = Expr::Date {
                year: Some(y),
                month: None,
                day: None,
                weekday: None,
            };
            (next, year)
        });
        let shifted = longer(self.period(i, false), self.shifted(i));
        let (next, period) = longer(longer(current, shifted), year)?;
        if !(self.tok(next - 1).is_some_and(|t| t.inflected) && self.has(next, DateWord::Rest)) {
            return None;
        }
        // Its days or months after it (`বাকি দিনগুলোতে`) are in the span.
        let end = if self.plural_unit(next + 1).is_some() {
            next + 2
        } else {
            next + 1
        };
        Some((end, Expr::RestOf(self.push(period))))
    }

    /// A singular unit at `k` that names a calendar period of the reference: a week, month,
    /// quarter or year (not a day, a decade, a weekend).
    fn calendar_unit(&self, k: usize) -> Option<Unit> {
        self.singular_unit(k)
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year))
    }

    /// A hyphen at `i` touching the tokens on both sides (`2019-Q1`).
    pub(super) fn glued_hyphen(&self, i: usize) -> bool {
        self.sym(i, '-')
            && self.tok(i).is_some_and(|t| !t.space_before)
            && self.tok(i + 1).is_some_and(|t| !t.space_before)
    }

    /// An ordinal and the word for half, in either order (`the first half`, `النصف الأول`),
    /// or a word that is both (`প্রথমার্ধে`), and where it ends.
    fn half_number(&self, i: usize) -> Option<(usize, u8)> {
        let j = self.the(i);
        let (k, n) = match self.half_word(j) {
            // `H1 2024`: the half's letter with its number glued after it.
            Some(0) => match self.glued_digit(j + 1) {
                Some(n) => (j + 2, n),
                None => self.ordinal(j + 1)?,
            },
            Some(n) => (j + 1, i32::from(n)),
            // `1H24`: the number first, glued to the letter.
            None if self.half_word(j + 1) == Some(0) && self.digit_before_letter(j).is_some() => {
                (j + 2, self.digit_before_letter(j)?)
            }
            // `the first half`, and as an adjective `first-half profit`.
            None => {
                let (k, n) = self.ordinal(j)?;
                let k = if self.glued_hyphen(k) { k + 1 } else { k };
                (self.half_word(k) == Some(0)).then_some((k + 1, n))?
            }
        };
        counted_from_start(n, 2).map(|n| (k, n))
    }

    /// An ordinal and the word for quarter, in either order (`the third quarter`,
    /// `الربع الثالث`), and where it ends.
    fn quarter_number(&self, i: usize) -> Option<(usize, u8)> {
        let j = self.the(i);
        // `the third quarter`, and as an adjective `third-quarter profit`.
        let hyphen = |k: usize| if self.glued_hyphen(k) { k + 1 } else { k };
        let (k, n) = if let Some((k, n)) = self.ordinal(j)
            && self.is_unit(hyphen(k), Unit::Quarter)
        {
            (hyphen(k) + 1, n)
        } else if self.is_unit(j, Unit::Quarter)
            && let Some((k, n)) = self.ordinal(j + 1)
            // A shift word before a unit shifts that unit (`the same quarter last year`).
            && !(self.shift(j + 1).is_some() && self.any_unit(k).is_some())
        {
            (k, n)
        } else if let Some(n) = self.digit_before_letter(j)
            && self.is_unit(j + 1, Unit::Quarter)
        {
            // `3Q24`, `2Q 2024`: the number first, glued to the letter.
            (j + 2, n)
        } else if self.is_unit(j, Unit::Quarter)
            && let Some(n) = self.glued_digit(j + 1)
        {
            // `Q3`: the quarter's letter with its number glued after it.
            (j + 2, n)
        } else {
            return None;
        };
        // Glued to another word by a hyphen the word names something else (`the first
        // quarter-final`); a year may follow so (`Q1-2019`).
        if self.glued_hyphen(k) && self.year(k + 1).is_none() {
            return None;
        }
        counted_from_start(n, 4).map(|n| (k, n))
    }

    /// One digit glued before a word and after nothing (the `3` of `3Q24`).
    fn digit_before_letter(&self, i: usize) -> Option<i32> {
        match self.tok(i)?.kind {
            Kind::Digits {
                value,
                len: 1,
                glued_before: false,
                ordinal: false,
                ..
            } if self.tok(i + 1).is_some_and(|t| !t.space_before) => Some(value as i32),
            _ => None,
        }
    }

    /// A year glued after the letter of a part (the `24` of `3Q24`, `1H2024`): two digits
    /// (`4Q99` is 1999) or four.
    fn glued_year(&self, i: usize) -> Option<(usize, YearRef)> {
        match self.tok(i)?.kind {
            Kind::Digits {
                value,
                len: len @ (2 | 4),
                glued_before: true,
                glued_after: false,
                ..
            } => {
                let year = if len == 2 {
                    expand_two_digit_year(i64::from(value))
                } else {
                    value as i32
                };
                (1000..=2999)
                    .contains(&year)
                    .then_some((i + 1, YearRef::Abs(year)))
            }
            _ => None,
        }
    }

    /// Whether digits are glued after the word at `i` (`Q3`, `Q25`, `FY24`): such a word is
    /// the letter of a named part or year, never a unit an amount counts (`in 1Q25` is no
    /// quarter from now, `2023Q4` no 2023 quarters).
    pub(super) fn digits_glued_to(&self, i: usize) -> bool {
        matches!(
            self.tok(i + 1).map(|t| t.kind),
            Some(Kind::Digits {
                glued_before: true,
                ..
            })
        )
    }

    /// One digit glued after the word before it and to nothing after (the `3` of `Q3`).
    fn glued_digit(&self, i: usize) -> Option<i32> {
        match self.tok(i)?.kind {
            Kind::Digits {
                value,
                len: 1,
                glued_before: true,
                glued_after: false,
                ..
            } => Some(value as i32),
            _ => None,
        }
    }

    /// `summer 2016`, `the winter`.
    pub(super) fn season(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // A name that is also another word is a season only before a year written out
        // (`the fall of 2019`, `fall 2019`; `the fall of Rome` is none).
        let weak = self.season_word(j).is_none();
        let season = self.season_word_weak_ok(j)?;
        // `summer 2016`, `ربيع عام 1978`, `the fall of 2020`
        let k = if self.is_unit(j + 1, Unit::Year) {
            j + 2
        } else {
            self.of(j + 1)
        };
        // `the summer of '69`.
        if let Some((next, y)) = self.year(k).or_else(|| self.apostrophe_year(k)) {
            // A pair of years names the season that runs across them (`the winter of
            // 2023-24`, `winter 2023/24`): the one of the first year.
            let next = match self.pair_after(next, y) {
                Some((end, _)) => end,
                None => next,
            };
            return Some((
                next,
                Expr::Season {
                    season,
                    year: Some(YearRef::Abs(y)),
                    shift: 0,
                },
            ));
        }
        if weak {
            return None;
        }
        // `the spring of next year`, `صيف العام المقبل`.
        if let Some((next, year)) = self.year_after(j + 1) {
            return Some((
                next,
                Expr::Season {
                    season,
                    year: Some(year),
                    shift: 0,
                },
            ));
        }
        if j > i {
            return Some((
                j + 1,
                Expr::Season {
                    season,
                    year: None,
                    shift: 0,
                },
            ));
        }
        None
    }

    /// `week 23`, `week 3 of 2027`.
    pub(super) fn week_number(&self, i: usize) -> Parsed {
        let j = self.the(i);
        if !self.is_unit(j, Unit::Week) {
            return None;
        }
        let n = self.num(j + 1)?;
        if n.digits == 0 || n.digits > 2 || !(1..=53).contains(&n.value) {
            return None;
        }
        let k = j + 2;
        let (next, year) = match self.year_tail(k) {
            Some((next, y)) => (next, Some(y)),
            None => (k, None),
        };
        Some((
            next,
            Expr::IsoWeek {
                year,
                week: n.value as u8,
            },
        ))
    }
}

/// The `n`th of `count` parts counted from the first: a negative `n` counts from the last
/// (`the last quarter` is the fourth, `النصف الأخير` the second).
fn counted_from_start(n: i32, count: i32) -> Option<u8> {
    let n = if n < 0 { count + 1 + n } else { n };
    (1..=count).contains(&n).then_some(n as u8)
}

/// Whether `day` is the last of `month` in some year (the 28th or 29th of February).
fn is_last_day(month: u8, day: u8) -> bool {
    match month {
        2 => day == 28 || day == 29,
        4 | 6 | 9 | 11 => day == 30,
        _ => day == 31,
    }
}
