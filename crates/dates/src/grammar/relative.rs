//! Dates counted from the reference date by a word: weekdays (`last tuesday`, `الثلاثاء
//! الماضي`, `wednesday of next week`), counted weekdays (`two Mondays ago`, `in three
//! Sundays`), the week of a date (`the week of March 3`), days (`today`, `أمس`) and whole
//! periods shifted from the reference's own (`next week`, `العام القادم`, `গত বছর`, `next
//! March`).

use super::{Amount, Expr, Nth, Parsed, Parser, YearRef, longer};
use crate::tokens::Kind;
use crate::{DateWord, Unit};

impl Parser<'_, '_> {
    /// `two Mondays ago`, `in three Sundays`, `৩ সোমবার আগে`, `بعد ثلاث جمع`, `قبل جمعتين`:
    /// the `n`th weekday before or after today, counted from the next one in that direction.
    pub(super) fn weekday_count(&self, i: usize) -> Parsed {
        let counted = |k: usize| -> Option<(usize, i32, u8)> {
            if let Some((weekday, n)) = self.weekday_with_count(k) {
                return Some((k + 1, i32::from(n), weekday));
            }
            let n = self.num(k).filter(|n| !n.ordinal && !n.plural)?;
            if !(1..=60).contains(&n.value) {
                return None;
            }
            let wd = self.counted_weekday(k + 1)?;
            Some((k + 2, n.value as i32, wd))
        };
        let today = || self.push(Expr::Day(0));
        let mut best: Parsed = None;
        if (self.has(i, DateWord::In)
            || self.has(i, DateWord::Later)
            || self.has(i, DateWord::After))
            && let Some((next, n, weekday)) = counted(i + 1)
        {
            let base = today();
            best = Some((next, Expr::NthAfter { n, weekday, base }));
        }
        if self.has(i, DateWord::Since)
            && let Some((next, n, weekday)) = counted(i + 1)
        {
            let base = today();
            best = longer(
                best,
                Some((
                    next,
                    Expr::NthAfter {
                        n: -n,
                        weekday,
                        base,
                    },
                )),
            );
        }
        // `the Monday after Easter`, `the Friday before Christmas`, `الاثنين بعد عيد الفصح`:
        // the nearest such weekday after or before a date; `the weekend before Christmas`,
        // the weekend nearest before it. From an event, none (`Tuesday after the vote`).
        // Arabic names the weekday after the word for day (`يوم الاثنين`).
        let j = self.the(i);
        let j = if self.is_unit(j, Unit::Day) && self.weekday(j + 1).is_some() {
            j + 1
        } else {
            j
        };
        let n = if self.has(j + 1, DateWord::After) {
            1
        } else if self.has(j + 1, DateWord::Before) || self.has(j + 1, DateWord::Since) {
            -1
        } else {
            0
        };
        let weekday = (n != 0)
            .then(|| {
                self.weekday(j).map(|d| (d, false)).or_else(|| {
                    self.is_unit(j, Unit::Weekend)
                        .then_some((if n > 0 { 6 } else { 7 }, true))
                })
            })
            .flatten();
        if let Some((weekday, weekend)) = weekday
            && let Some((end, base)) = self.core(j + 2)
        {
            let base = self.push(base);
            let day = Expr::NthAfter { n, weekday, base };
            let expr = if weekend {
                Expr::WeekendOf(self.push(day))
            } else {
                day
            };
            best = longer(best, Some((end, expr)));
        }
        if let Some((next, n, weekday)) = counted(i) {
            // `from now` is two words: `from` and the reference date.
            let (sign, end) = if self.has(next, DateWord::Ago) {
                (-1, next + 1)
            } else if self.has(next, DateWord::Later) {
                (1, next + 1)
            } else if self.has(next, DateWord::From) && self.has(next + 1, DateWord::Now) {
                (1, next + 2)
            } else {
                (0, next)
            };
            if sign != 0 {
                let base = today();
                best = longer(
                    best,
                    Some((
                        end,
                        Expr::NthAfter {
                            n: sign * n,
                            weekday,
                            base,
                        },
                    )),
                );
            }
        }
        best
    }

    /// `the week of March 3`, `week of 3 March 2020`, `أسبوع 3 مارس`, `৩ মার্চের সপ্তাহ`: the
    /// week a day falls in. Only a day or a holiday names it (`a week of fighting` is no date).
    pub(super) fn week_of(&self, i: usize) -> Parsed {
        let is_day = |e: &Expr| matches!(e, Expr::Date { day: Some(_), .. } | Expr::Holiday { .. });
        let j = self.the(i);
        if self.singular_unit(j) == Some(Unit::Week) && self.has(j + 1, DateWord::Of) {
            let k = self.the(j + 2);
            if let Some((next, date)) = self.core(k)
                && is_day(&date)
            {
                let node = self.push(date);
                return Some((next, Expr::WeekOf(node)));
            }
            // An ordinal day after the article, of the reference's month (`the week of the
            // 4th`); not one that counts what follows it.
            if k > j + 2
                && self.num(k).is_some_and(|n| n.ordinal)
                && let Some((next, day)) = self.day(k)
                && !self.counted_by_ordinal(next)
            {
                let node = self.push(Expr::Date {
                    year: None,
                    month: None,
                    day: Some(day),
                    weekday: None,
                });
                return Some((next, Expr::WeekOf(node)));
            }
        }
        // In construct, with no `of` (`أسبوع 3 مارس`): only a day of a named month, so that
        // `أسبوع 3` stays the third week.
        let day_of_month = |e: &Expr| {
            matches!(
                e,
                Expr::Date {
                    day: Some(_),
                    month: Some(_),
                    ..
                }
            )
        };
        if self.singular_unit(j) == Some(Unit::Week)
            && !self.has(j + 1, DateWord::Of)
            && let Some((next, date)) = longer(self.day_month(j + 1), self.month_day(j + 1))
            && day_of_month(&date)
        {
            let node = self.push(date);
            return Some((next, Expr::WeekOf(node)));
        }
        // The week after the day, the day in its genitive (`৩ মার্চের সপ্তাহ`). Not through
        // `core`, which tries this production at the same token.
        let (next, date) = self.dated(i)?;
        if is_day(&date)
            && self.tok(next - 1).is_some_and(|t| t.inflected)
            && self.singular_unit(next) == Some(Unit::Week)
        {
            let node = self.push(date);
            return Some((next + 1, Expr::WeekOf(node)));
        }
        None
    }

    /// True when the weekday at `i` (after a day word) is followed by a spelled-out ordinal.
    pub(super) fn spelled_ordinal_after_weekday(&self, i: usize) -> bool {
        let j = self.day_word(i);
        self.weekday(j).is_some()
            && (self.ordinal_word(j + 1).is_some()
                || self.tok(j + 1).is_some_and(
                    |t| matches!(t.kind, Kind::Word { number: Some(n), .. } if n.ordinal),
                ))
    }

    /// `Monday`, `يوم الاثنين`, `last tuesday`, `الثلاثاء الماضي`, `wednesday of next week`,
    /// `next week Sunday`, `Tuesday the 19th`, `Monday, Feb 18`.
    pub(super) fn weekday_expr(&self, i: usize) -> Parsed {
        // `next week [on] Sunday`, `الأسبوع المقبل يوم الاثنين`
        if let Some((after_week, week)) = self.week_shift(i) {
            // No comma between: `last week, on Monday, …` is a list.
            let j = after_week;
            let j = self.day_word(if self.at(j) { j + 1 } else { j });
            if let Some(wd) = self.weekday(j) {
                return Some((
                    j + 1,
                    Expr::Weekday {
                        weekday: wd,
                        week: Some(week),
                    },
                ));
            }
        }
        // `this coming Friday`, `past Wednesday`: the nearest one after or before the
        // reference date, in whatever week.
        let k = if self.shift(i) == Some(0) { i + 1 } else { i };
        if let Some(direction) = self.nearest(k)
            && let Some(wd) = self.weekday(self.day_word(k + 1))
        {
            let base = self.push(Expr::Day(0));
            return Some((
                self.day_word(k + 1) + 1,
                Expr::NthAfter {
                    n: i32::from(direction),
                    weekday: wd,
                    base,
                },
            ));
        }
        // `last tuesday`, `this friday`, `গত শুক্রবার`
        if let Some(s) = self.shift(i)
            && let Some(wd) = self.weekday(self.day_word(i + 1))
        {
            let next = self.day_word(i + 1) + 1;
            // `গত রোববার (৫ মে)`: the date in brackets decides.
            if let Some(dated) = self.bracketed_date(next, wd) {
                return Some(dated);
            }
            return Some((
                next,
                Expr::Weekday {
                    weekday: wd,
                    week: Some(i32::from(s)),
                },
            ));
        }
        let j = self.day_word(i);
        // A weak weekday name (`احد`, also "someone") counts before a shifted week, and
        // before a joiner and another weekday (Bengali shares `বার` in a list or a range:
        // `মঙ্গল ও বুধবার`, `রবি থেকে বৃহস্পতিবার`).
        let wd = self.weekday(j).or_else(|| {
            let weak = self.weekday_weak_ok(j)?;
            (self.week_shift(j + 1).is_some() || self.weekday_joined(j + 1)).then_some(weak)
        })?;
        let mut next = j + 1;
        if self.abbreviation_dot(next) {
            next += 1;
        }
        // `الثلاثاء الماضي`
        if let Some(s) = self.shift_after(next) {
            // `يوم الاثنين المقبل الموافق 18 مارس`: the date decides.
            if let Some(dated) = self.bracketed_date(next + 1, wd) {
                return Some(dated);
            }
            return Some((
                next + 1,
                Expr::Weekday {
                    weekday: wd,
                    week: Some(i32::from(s)),
                },
            ));
        }
        // `wednesday of next week`, `friday this week`, `احد الاسبوع الماضي`
        let k = self.of(next);
        if let Some((after, week)) = self.week_shift(k) {
            return Some((
                after,
                Expr::Weekday {
                    weekday: wd,
                    week: Some(week),
                },
            ));
        }
        // A date after the weekday, or in brackets after it: the weekday only confirms it.
        if let Some(dated) = self.bracketed_date(next, wd) {
            return Some(dated);
        }
        let k = self.comma(next);
        let k = self.of(self.day_word(k));
        let dated = self.dated(k);
        // A day of another calendar (`الجمعة 5 رمضان 1445`, `শুক্রবার, ১ বৈশাখ ১৪৩১`): the
        // weekday only confirms it.
        if let Some((_, Expr::Hijri { day: Some(_), .. } | Expr::Bangla { day: Some(_), .. })) =
            dated
        {
            return dated;
        }
        if let Some((
            after,
            Expr::Date {
                year, month, day, ..
            },
        )) = dated
        {
            return Some((
                after,
                Expr::Date {
                    year,
                    month,
                    day,
                    weekday: Some(wd),
                },
            ));
        }
        // A day counted in a period after it (`السبت 15 من الشهر الجاري`, `শনিবার, চলতি
        // মাসের ১৫ তারিখে`): the weekday only confirms it. Not an ordinal word right after it,
        // which counts the weekday (`الجمعة الأولى من شهر مارس`, the first Friday of March).
        if !(k == next && self.num(k).is_some_and(|n| n.ordinal && n.digits == 0))
            && let Some((after, nth @ Expr::Nth { what: Nth::Day, .. })) = self.nth(k)
        {
            return Some((after, nth));
        }
        // `Tuesday the 19th`, `Thu 15th`, `الثلاثاء التاسع عشر من هذا الشهر`, `শুক্রবার ২২
        // তারিখে` (a marked day); bare digits only before the end of a clause (`سأعود الجمعة
        // في 22.`, not `الجمعة 22 قتيلا`); no ordinal before a unit, which it counts
        // (`Friday, the second day of Eid`).
        let l = self.the(k);
        if let Some(n) = self.num(l)
            && let Some((after, day)) = self.day(l)
            && (l > k || n.ordinal || after == l + 2 || (n.digits > 0 && self.ends_clause(after)))
            && !(after == l + 1 && (l > k || n.ordinal) && self.any_unit(after).is_some())
        {
            let m = self.of(after);
            if let Some((end, shift)) = self.month_shift_period(m) {
                let within = self.push(Expr::Period {
                    unit: Unit::Month,
                    shift,
                });
                return Some((
                    end,
                    Expr::Nth {
                        n: i32::from(day),
                        what: Nth::Day,
                        within,
                    },
                ));
            }
            return Some((
                after,
                Expr::Date {
                    year: None,
                    month: None,
                    day: Some(day),
                    weekday: Some(wd),
                },
            ));
        }
        Some((
            next,
            Expr::Weekday {
                weekday: wd,
                week: None,
            },
        ))
    }

    /// Whether a joiner of a list or a range at `k` comes before a weekday, itself weak and
    /// so joined (`রবি, সোম ও মঙ্গলবার`), at most seven deep.
    fn weekday_joined(&self, k: usize) -> bool {
        let mut k = k;
        for _ in 0..7 {
            let joiner = self.sym(k, ',')
                || self.has(k, DateWord::And)
                || self.has(k, DateWord::Or)
                || self.has(k, DateWord::To)
                || self.has(k, DateWord::FromAfter);
            if !joiner {
                return false;
            }
            if self.weekday(k + 1).is_some() {
                return true;
            }
            if self.weekday_weak_ok(k + 1).is_none() {
                return false;
            }
            k += 2;
        }
        false
    }

    /// A bare day of the month at `i` in a list after a day and month (`July 17th, 18th, or
    /// 19th`, `March 5, 9 and 12`): digits or a digit ordinal of one or two digits. Returns
    /// the day and the index of the list's last day, which must end the list (the text's
    /// end, a sign, a joiner before something else), so that a count stays one (`on March
    /// 5, 6 people died`, `March 5, 9 and 12 people`). The list is walked once: a caller
    /// that knows where a list it accepted ends asks [`Parser::bare_day`] inside it.
    pub(crate) fn listed_day(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.bare_day(i)?;
        let joiner = |k: usize| {
            self.sym(k, ',')
                || self.sym(k, '،')
                || self.has(k, DateWord::And)
                || self.has(k, DateWord::Or)
        };
        let mut k = i;
        loop {
            let mut j = k + 1;
            // Up to two joiners (`, and`, `, or`).
            while j < k + 3 && joiner(j) {
                j += 1;
            }
            if j > k + 1 && self.bare_day(j).is_some() {
                k = j;
                continue;
            }
            let ends = j > k + 1
                || match self.tok(k + 1) {
                    None => true,
                    Some(t) => {
                        matches!(t.kind, Kind::Sym('.' | ';' | ')' | '؛' | '।' | '!' | '?'))
                            && !self.tok(k + 2).is_some_and(|d| {
                                !d.space_before && matches!(d.kind, Kind::Digits { .. })
                            })
                    }
                };
            return ends.then_some((n, k));
        }
    }

    /// Digits or a digit ordinal of one or two digits at `i` that can be a day of a month.
    pub(crate) fn bare_day(&self, i: usize) -> Option<u8> {
        self.num(i)
            .filter(|n| (1..=2).contains(&n.digits) && !n.plural && (1..=31).contains(&n.value))
            .map(|n| n.value as u8)
    }

    /// Whether only list joiners stand from token `from` to `to`: commas, `and`, `or`, or
    /// nothing (`Tuesday Wednesday or Thursday`).
    pub(crate) fn joins_list(&self, from: usize, to: usize) -> bool {
        from <= to
            && (from..to).all(|k| {
                self.has(k, DateWord::And)
                    || self.has(k, DateWord::Or)
                    || self.sym(k, ',')
                    || self.sym(k, '،')
            })
    }

    /// Whether tokens `from..to` name a week (`next week`, `الأسبوع المقبل`): a weekday's
    /// own shift (`last Tuesday`, `الثلاثاء الماضي`) names none, and is no week of the
    /// weekdays listed before it (`on Monday and last Friday`, `يوم الاثنين والثلاثاء
    /// الماضي` are the latest Monday and the Friday, Tuesday before).
    pub(crate) fn names_week(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.is_unit(k, Unit::Week))
    }

    /// Whether the weekday parsed over `from..to` gives its week to the weekdays listed
    /// after it: when it names its week, or its shift word stands before it and so before
    /// the whole list (`next Monday or Tuesday`, `গত সোমবার ও মঙ্গলবার`).
    pub(crate) fn week_for_list(&self, from: usize, to: usize) -> bool {
        self.names_week(from, to) || self.shift(from).is_some()
    }

    /// The week of the weekday a list of weekdays from token `from` ends with, when that
    /// one names its week (`Thursday or Friday this week`, `الاثنين أو الثلاثاء من الأسبوع
    /// المقبل`): what a bare weekday right before `from` in the list is of. Each item must
    /// start with its weekday (`يوم` before it allowed): `Monday, and on Friday next week`
    /// is two dates.
    pub(crate) fn listed_week_after(&self, from: usize) -> Option<i32> {
        let mut k = from;
        // At most a week's days.
        for _ in 0..7 {
            while k < self.tokens.len() && self.joins_list(k, k + 1) {
                k += 1;
            }
            self.weekday(self.day_word(k))?;
            match self.weekday_expr(k)? {
                (
                    next,
                    Expr::Weekday {
                        week: Some(week), ..
                    },
                ) => return self.names_week(k, next).then_some(week),
                (next, Expr::Weekday { week: None, .. }) => k = next,
                _ => return None,
            }
        }
        None
    }

    /// `this month`, `الشهر الحالي`, `next month`.
    pub(super) fn month_shift_period(&self, i: usize) -> Option<(usize, i32)> {
        let j = self.the(i);
        if let Some(s) = self.shift(j)
            && self.is_unit(j + 1, Unit::Month)
        {
            return Some((j + 2, i32::from(s)));
        }
        if self.is_unit(j, Unit::Month)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((j + 2, i32::from(s)));
        }
        None
    }

    /// A date with its day at `i`: day and month in either order, or all in digits.
    fn dated(&self, i: usize) -> Parsed {
        longer(
            longer(self.day_month(i), self.month_day(i)),
            self.numeric(i),
        )
    }

    /// A day and month (or a whole date) in brackets at `i`, as news writes it after a
    /// weekday (`বৃহস্পতিবার (২০ জুন)`, `يوم الخميس (20 يونيو)`), or after a word that
    /// names it ([`DateWord::Namely`]: `يوم الخميس الموافق 24 يونيو`): that date, with
    /// weekday `wd`, the closing bracket or the word in the span.
    fn bracketed_date(&self, i: usize, wd: u8) -> Parsed {
        let bracket = self.sym(i, '(');
        if !bracket && !self.has(i, DateWord::Namely) {
            return None;
        }
        let dated = self.dated(i + 1);
        let Some((
            after,
            Expr::Date {
                year,
                month,
                day: day @ Some(_),
                ..
            },
        )) = dated
        else {
            return None;
        };
        let end = match bracket {
            true if self.sym(after, ')') => after + 1,
            true => return None,
            false => after,
        };
        Some((
            end,
            Expr::Date {
                year,
                month,
                day,
                weekday: Some(wd),
            },
        ))
    }

    /// The weekend alone, with its article (`over the weekend`) or definite itself (`نهاية
    /// الأسبوع`); a shift word makes it a shifted period instead (`this weekend`), and a bare
    /// `weekend` is a word like any other (`weekend traffic`).
    pub(super) fn weekend(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let named = (j > i && self.has(j, DateWord::Unit(Unit::Weekend)))
            || self.has(j, DateWord::DefiniteUnit(Unit::Weekend));
        if !named {
            return None;
        }
        // `the weekend of March 9`: that day's weekend; `the weekend of 12-13 March`: the
        // days written.
        let k = self.the(j + 2);
        if self.has(j + 1, DateWord::Of)
            && let Some((next, date)) = longer(self.core(k), self.range(k))
        {
            match date {
                Expr::Date { day: Some(_), .. } | Expr::Holiday { .. } => {
                    let node = self.push(date);
                    return Some((next, Expr::WeekendOf(node)));
                }
                Expr::Range(from, _)
                    if matches!(self.node(from), Expr::Date { day: Some(_), .. }) =>
                {
                    return Some((next, date));
                }
                _ => {}
            }
        }
        Some((j + 1, Expr::Weekend))
    }

    /// Skips `يوم` ("day") before a weekday.
    fn day_word(&self, i: usize) -> usize {
        if self.is_unit(i, Unit::Day) && self.weekday(i + 1).is_some() {
            i + 1
        } else {
            i
        }
    }

    /// `next week`, `الأسبوع الماضي`, `this week`: a shifted week.
    fn week_shift(&self, i: usize) -> Option<(usize, i32)> {
        let j = self.the(i);
        if let Some(s) = self.shift(j)
            && self.is_unit(j + 1, Unit::Week)
        {
            return Some((j + 2, i32::from(s)));
        }
        if self.is_unit(j, Unit::Week)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((j + 2, i32::from(s)));
        }
        None
    }

    /// `today`, `أمس`, `আগামীকাল`, `the day after tomorrow`.
    pub(super) fn relative_day(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // `পরশু`: two days from today, the way the clause reads.
        if let Some(n) = self.mean(j, |m| match m {
            DateWord::DayEitherWay(n) => Some(n),
            _ => None,
        }) {
            return Some((j + 1, Expr::DayEitherWay(n)));
        }
        let n = self.day_offset(j)?;
        // News names the day twice, `امس الخميس`, `غدا الجمعة`, `গতকাল বৃহস্পতিবার`
        // (yesterday, Thursday): one expression, whose value is the relative day's (the
        // weekday agrees when the reference date is the article's).
        let next = if self.tok(j + 1).is_some_and(|t| !t.joined) && self.weekday(j + 1).is_some() {
            j + 2
        } else {
            j + 1
        };
        // Between `the` and `of` it names a part of something else (`the last night of the
        // festival`).
        if j.checked_sub(1).is_some_and(|t| self.has(t, DateWord::The))
            && self.has(next, DateWord::Of)
        {
            return None;
        }
        // The word for today that is also `the day` (Arabic `اليوم`) before an ordinal is a
        // day counted in something (`اليوم الثاني من المؤتمر`, the second day of the
        // conference), not today; before an ordinal of units it is today (`اليوم أول أيام
        // العيد`, today is the first day of the Eid).
        // Digits after the article written apart count so too (`اليوم الـ100 من الحرب`, the
        // 100th day of the war).
        let counted_digits = self.has(j + 1, DateWord::The) && self.num(j + 2).is_some();
        if n == 0
            && self.is_unit(j, Unit::Day)
            && (counted_digits
                || self
                    .ordinal(j + 1)
                    .is_some_and(|(k, _)| self.any_unit(k).is_none()))
        {
            return None;
        }
        // Nor is it today before a shift word (`اليوم التالي`, the next day: [`Parser::shifted`]
        // reads it, or, before what `ل` links, no date).
        if n == 0 && self.is_unit(j, Unit::Day) && self.shift_after(j + 1).is_some() {
            return None;
        }
        Some((next, Expr::Day(i32::from(n))))
    }

    /// The reference's day moved by a shifted period beside it: `this time last year`, `the
    /// same day next month`, `this day last week`, `في مثل هذا اليوم من العام الماضي`, and
    /// the period first in the genitive, `গত বছরের এই দিনে`; and the reference's month or
    /// quarter so moved ([`Parser::same_period`]: `the same quarter last year`).
    pub(super) fn same_day(&self, i: usize) -> Parsed {
        // Whether the day or period may be named again a few words on, after a period in
        // the genitive: one look ahead for both readings, asked at every token.
        let j = self.the(i);
        let ahead = (j + 1..j + 5).any(|k| {
            self.has(k, DateWord::SameDay)
                || self.has(k, DateWord::Same)
                || self.shift(k) == Some(0)
        });
        longer(self.same_day_moved(i, ahead), self.same_period(i, ahead))
    }

    /// [`Parser::same_day`] for a day or a time of day; `ahead` from it.
    fn same_day_moved(&self, i: usize, ahead: bool) -> Parsed {
        // `this time`, `the same day`, or `this day` (a shift of none and the word for day).
        let same_at = |k: usize| -> Option<usize> {
            let k = self.the(k);
            if self.has(k, DateWord::SameDay) {
                Some(k + 1)
            } else {
                (self.shift(k) == Some(0) && self.is_unit(k + 1, Unit::Day)).then_some(k + 2)
            }
        };
        let moved = |unit: Unit, shift: i32| -> Option<Expr> {
            let mut amount = Amount::default();
            (shift != 0 && unit != Unit::Day && amount.add(unit, shift)).then(|| Expr::Offset {
                amount,
                base: Some(self.push(Expr::Day(0))),
            })
        };
        if let Some(k) = same_at(i) {
            // `on this day in 1971`, `في مثل هذا اليوم من عام 1971`.
            if let Some((next, super::YearRef::Abs(y))) = self.year_after(k) {
                return Some((next, Expr::DayInYear(y)));
            }
            let k = if self.has(k, DateWord::Of) || self.has(k, DateWord::In) {
                k + 1
            } else {
                k
            };
            if let Some((next, Expr::Period { unit, shift })) = self.shifted(k) {
                return moved(unit, shift).map(|e| (next, e));
            }
        }
        // A year first, in the genitive (`১৯৭১ সালের এই দিনে`): digits first, asked before the
        // year is read, at every token.
        if self.num(i).is_some_and(|n| n.digits == 4)
            && let Some((k, super::YearRef::Abs(y))) = self.genitive_year(i)
            && let Some(next) = same_at(k)
        {
            return Some((next, Expr::DayInYear(y)));
        }
        // The period first, in the genitive (a shift word or a unit first, and the day named
        // again a few words on).
        let j = self.the(i);
        if ahead
            && (self.shift(j).is_some() || self.singular_unit(j).is_some())
            && let Some((k, Expr::Period { unit, shift })) = self.shifted(i)
            && self.tok(k - 1).is_some_and(|t| t.inflected)
            && let Some(next) = same_at(k)
        {
            return moved(unit, shift).map(|e| (next, e));
        }
        None
    }

    /// The reference's month or quarter moved by a shifted year or quarter, or by whole
    /// months ago or later, beside it: `the same quarter last year`, `the same month a year
    /// earlier`, `الربع نفسه من العام الماضي`, `نفس الشهر من العام الماضي`, and the period
    /// first in the genitive, `গত বছরের একই প্রান্তিকে`. A move that is not whole units of
    /// it (`the same quarter last month`) is no date.
    fn same_period(&self, i: usize, ahead: bool) -> Parsed {
        // `same quarter`, `الربع نفسه`: the unit and where it ends.
        let unit_at = |k: usize| -> Option<(usize, Unit)> {
            let k = self.the(k);
            let (unit, next) = if self.has(k, DateWord::Same) {
                (self.singular_unit(k + 1), k + 2)
            } else if self.has(k + 1, DateWord::Same) {
                (self.singular_unit(k), k + 2)
            } else {
                return None;
            };
            unit.filter(|u| matches!(u, Unit::Month | Unit::Quarter))
                .map(|u| (next, u))
        };
        let moved = |unit: Unit, by: Expr| -> Option<Expr> {
            let mut amount = match by {
                Expr::Period { unit, shift } if shift != 0 => {
                    let mut amount = Amount::default();
                    amount.add(unit, shift).then_some(amount)?
                }
                Expr::Offset { amount, base: None } => amount,
                _ => return None,
            };
            let months = amount.years * 12 + amount.months;
            let per_unit = if unit == Unit::Quarter { 3 } else { 1 };
            if amount.weeks != 0 || amount.days != 0 || months == 0 || months % per_unit != 0 {
                return None;
            }
            amount = Amount::default();
            amount.add(Unit::Month, months);
            Some(Expr::Offset {
                amount,
                base: Some(self.push(Expr::Period { unit, shift: 0 })),
            })
        };
        if let Some((k, unit)) = unit_at(i) {
            let k = if self.has(k, DateWord::Of) || self.has(k, DateWord::In) {
                k + 1
            } else {
                k
            };
            let by = longer(self.shifted(k), self.offset(k));
            return by.and_then(|(next, by)| moved(unit, by).map(|e| (next, e)));
        }
        // The period first, in the genitive (a shift word or a unit first, and `same` a few
        // words on).
        let j = self.the(i);
        if ahead
            && (self.shift(j).is_some() || self.singular_unit(j).is_some())
            && let Some((k, by @ Expr::Period { .. })) = self.shifted(i)
            && self.tok(k - 1).is_some_and(|t| t.inflected)
            && let Some((next, unit)) = unit_at(k)
        {
            return moved(unit, by).map(|e| (next, e));
        }
        None
    }

    /// `next week`, `العام القادم`, `গত বছর`, `the week after next`, `next March`, `يناير
    /// الماضي`, `next halloween`, `this winter`.
    pub(super) fn shifted(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // `this coming weekend`, `the past weekend`: the nearest one after or before the
        // reference date, as `this coming Friday` (`next weekend` is the next week's).
        let k = if self.shift(j) == Some(0) { j + 1 } else { j };
        if let Some(direction) = self.nearest(k)
            && self.singular_unit(k + 1) == Some(Unit::Weekend)
        {
            let base = self.push(Expr::Day(0));
            // Its Saturday ahead, or its Sunday behind.
            let weekday = if direction > 0 { 6 } else { 7 };
            let day = self.push(Expr::NthAfter {
                n: i32::from(direction),
                weekday,
                base,
            });
            return Some((k + 2, Expr::WeekendOf(day)));
        }
        let make = |unit: Unit, shift: i8| Expr::Period {
            unit,
            shift: i32::from(shift),
        };
        if let Some(s) = self.shift(j) {
            // A word both of a shift and of a part, before the unit with its article, is the
            // part (`آخر الشهر`, the end of the month; `آخر شهر` is the last month).
            let part_of_definite = self.part(j).is_some()
                && self
                    .mean(j + 1, |m| {
                        matches!(m, DateWord::DefiniteUnit(_)).then_some(())
                    })
                    .is_some();
            if let Some(unit) = self.singular_unit(j + 1)
                && !part_of_definite
            {
                // The day before or after an event (`ঘটনার আগের দিন`, the day before the
                // incident) counts from it: no date.
                if unit == Unit::Day && self.after_event(i) {
                    return None;
                }
                return Some((j + 2, make(unit, s)));
            }
            if let Some(m) = self.month_weak_ok(j + 1) {
                // The word for month after it is in the expression (`গত মার্চ মাসে`).
                let next = if self.is_unit(j + 2, Unit::Month) {
                    j + 3
                } else {
                    j + 2
                };
                return Some((
                    next,
                    Expr::MonthShift {
                        month: m,
                        shift: i32::from(s),
                    },
                ));
            }
            if let Some(index) = self.holiday_word(j + 1) {
                return Some((
                    j + 2,
                    Expr::Holiday {
                        index,
                        year: None,
                        shift: i32::from(s),
                    },
                ));
            }
            // A weak name counts after a shift word with no article before it (`last fall`,
            // `গত শীতে`; `the last fall in prices` is a drop).
            let no_article = j == i && i.checked_sub(1).is_none_or(|p| !self.has(p, DateWord::The));
            let season = self.season_word(j + 1).or_else(|| {
                no_article
                    .then(|| self.season_word_weak_ok(j + 1))
                    .flatten()
            });
            if let Some(season) = season {
                return Some((j + 2, this_season(season, s)));
            }
            // After the holidays, so that `next Ramadan` keeps the observed month.
            if let Some((next, calendar, month)) = self.calendar_month(j + 1, false) {
                return Some((
                    next,
                    Expr::CalendarMonthShift {
                        calendar,
                        month,
                        shift: i32::from(s),
                    },
                ));
            }
        }
        if let Some(unit) = self.singular_unit(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            // The day after something the proclitic `ل` links to it counts from that
            // (`اليوم التالي للانتخابات`, the day after the elections): a date's is
            // [`Parser::day_beside`], an event's no date.
            if unit == Unit::Day && self.tok(j + 2).is_some_and(|t| t.linked) {
                return None;
            }
            return Some((j + 2, make(unit, s)));
        }
        // Before a shift word, or after the word for month, a weak name is a month too, as
        // after a shift word (`مارس الماضي`, `شهر مارس الماضي`).
        let k = if self.is_unit(j, Unit::Month) {
            j + 1
        } else {
            j
        };
        if let Some(m) = self.month_weak_ok(k)
            && let Some(s) = self.shift_after(k + 1)
        {
            return Some((
                k + 2,
                Expr::MonthShift {
                    month: m,
                    shift: i32::from(s),
                },
            ));
        }
        if let Some(index) = self.holiday_word(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((
                j + 2,
                Expr::Holiday {
                    index,
                    year: None,
                    shift: i32::from(s),
                },
            ));
        }
        if let Some(season) = self.season_word(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((j + 2, this_season(season, s)));
        }
        // A month of another calendar before a shift word, after the word for month or not
        // (`رجب الماضي`, `شهر محرم المقبل`).
        if let Some(s) = self.shift_after(k + 1)
            && let Some((_, calendar, month)) = self.calendar_month(k, true)
        {
            return Some((
                k + 2,
                Expr::CalendarMonthShift {
                    calendar,
                    month,
                    shift: i32::from(s),
                },
            ));
        }
        None
    }
}

/// A season after (or before) a shift word `s`: `this summer`, `هذا الصيف` is the one of the
/// reference's year (the year's own, as `the summer of this year`; a winter holding the
/// reference is that one), never last year's summer in spring; `last summer`, `next
/// spring` count from the reference.
fn this_season(season: u8, s: i8) -> Expr {
    if s == 0 {
        Expr::Season {
            season,
            year: Some(YearRef::Rel(0)),
            shift: 0,
        }
    } else {
        Expr::Season {
            season,
            year: None,
            shift: i32::from(s),
        }
    }
}
