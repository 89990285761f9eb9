//! Amounts of time (`3 years`, `a fortnight`, `سنتين`) and what uses them: an offset from
//! the reference or another date (`three years ago`, `in 3 weeks`, `5 days before new
//! year`), a window of whole units (`last 2 days`), and a date that lasts an amount (`18th
//! Dec for 10 days`, `a week starting tomorrow`).

use super::{Amount, Expr, Parsed, Parser, longer};
use crate::tokens::Kind;
use crate::{DateWord, Unit};

/// How many words before `in` a [`DateWord::Superlative`] may stand (`the highest level in`).
const SUPERLATIVE_REACH: usize = 3;

impl Parser<'_, '_> {
    /// `3 years`, `a week`, `two weeks and 2 days`, `1 month, 21 days`, `سنتين`, `أسبوع`:
    /// an amount of time (positive).
    pub(super) fn amount(&self, i: usize, bare_unit_ok: bool) -> Option<(usize, Amount)> {
        let mut amount = Amount::default();
        // `نحو أسبوعين`: the approximation is read over.
        let mut j = if self.has(i, DateWord::About) {
            i + 1
        } else {
            i
        };
        let mut any = false;
        // Where the last part read ends: a joiner after it belongs to the amount only when
        // another part follows (`1 day and 5 hours` is `1 day`).
        let mut end = j;
        loop {
            // A count and a half (`দেড়`, `two and a half`, `2.5`), or a half alone before the
            // unit (`half a century`, `نصف قرن`, `a half-century`).
            let mut half = false;
            let count = if let Some(n) = self.num(j).filter(|n| !n.ordinal && !n.plural) {
                // `2.5 years ago`, `in 1.5 years`: digits and a half in digits.
                match self.half_in_digits(j).filter(|_| n.digits > 0) {
                    Some(next) => {
                        j = next;
                        half = true;
                    }
                    None => j += 1,
                }
                Some(n.value)
            } else if let Some(n) = self.half_count(j) {
                j += 1;
                half = true;
                Some(n)
            } else if self.half_word(j) == Some(0)
                && let k = if self.count(j + 1) == Some(1) || self.glued_hyphen(j + 1) {
                    j + 2
                } else {
                    j + 1
                }
                && self.unit(k).is_some()
            {
                j = k;
                half = true;
                Some(0)
            } else if let Some(c) = self.count(j) {
                j += 1;
                // `a few`: the count word after the article.
                let c = match self.count(j) {
                    Some(c2) => {
                        j += 1;
                        c.max(c2)
                    }
                    None => c,
                };
                // `a couple of weeks`.
                j = self.of_before_unit(j);
                Some(i64::from(c))
            } else {
                None
            };
            let added = if let Some(n) = count {
                match (self.unit(j), self.units(j)) {
                    // A quarter of a century or a decade after `a` (`a quarter century`).
                    (Some(Unit::Quarter), _)
                        if n == 1
                            && !half
                            && let Some((k, quarter)) = self.quarter_of(j) =>
                    {
                        j = k;
                        amount.plus(quarter);
                        true
                    }
                    (Some(unit), _)
                        if (n > 0 || half) && n < 10_000 && !self.digits_glued_to(j) =>
                    {
                        j += 1;
                        if half {
                            add_and_a_half(&mut amount, unit, n as i32)
                        } else {
                            // `a year and a half`, `عام ونصف`, `سنة ونصف السنة`.
                            let added;
                            (j, added) = self.add_with_half(&mut amount, unit, n as i32, j);
                            added
                        }
                    }
                    // `a fortnight`; a count and a half of such a word (`দেড় যুগ`, a dozen years
                    // and a half) when its half is whole.
                    (None, Some((unit, k))) if n > 0 && n < 10_000 && (!half || k % 2 == 0) => {
                        j += 1;
                        let half = if half { i32::from(k) / 2 } else { 0 };
                        amount.add(unit, n as i32 * i32::from(k) + half)
                    }
                    _ => false,
                }
            } else if let Some((unit, n)) = self.units(j) {
                // `قبل عامين ونصف`, two years and a half ago.
                let added;
                (j, added) = self.add_with_half(&mut amount, unit, i32::from(n), j + 1);
                added
            } else if let Some(unit) = self.singular_unit(j) {
                if unit == Unit::Quarter
                    && let Some((k, quarter)) = self.quarter_of(j)
                {
                    // A quarter of a century or a decade, uncounted (`قبل ربع قرن`, `সিকি
                    // শতাব্দী আগে`).
                    j = k;
                    amount.plus(quarter);
                    true
                } else if bare_unit_ok
                    && !any
                    // `منذ عام 2014` is "since 2014": the unit word marks the number after it.
                    && self.num(j + 1).is_none()
                {
                    // `منذ أسبوع` ("a week ago"), but not the vague `منذ سنوات` ("for years");
                    // `قبل عام ونصف`, a year and a half ago.
                    let added;
                    (j, added) = self.add_with_half(&mut amount, unit, 1, j + 1);
                    added
                } else {
                    false
                }
            } else {
                false
            };
            if !added {
                j = end;
                break;
            }
            any = true;
            end = j;
            // `and`, `,` between parts.
            let k = if self.has(j, DateWord::And) || self.sym(j, ',') {
                j + 1
            } else {
                j
            };
            if k > j && (self.num(k).is_some() || self.units(k).is_some()) {
                j = k;
            }
        }
        any.then_some((j, amount))
    }

    /// Whether an ordinal stands among the `reach` words before `i`, with no sign between
    /// (`his 5th title`; not `by the 15th; in a week`).
    fn ordinal_before(&self, i: usize, reach: usize) -> bool {
        (0..i)
            .rev()
            .take_while(|&p| {
                self.tok(p).is_some_and(|t| {
                    matches!(
                        t.kind,
                        Kind::Word { .. } | Kind::Digits { ordinal: true, .. }
                    )
                })
            })
            .take(reach)
            .any(|p| self.num(p).is_some_and(|n| n.ordinal))
    }

    /// `and a half` after the unit `unit` that ends before `j` (`a year and a half`, `عام
    /// ونصف`, `سنة ونصف السنة`, the unit again after it with its article): where it ends.
    fn and_a_half(&self, j: usize, unit: Unit) -> Option<usize> {
        let k = if self.tok(j).is_some_and(|t| t.joined) && self.half_word(j) == Some(0) {
            j + 1
        } else if self.has(j, DateWord::And) {
            let h = if self.count(j + 1) == Some(1) {
                j + 2
            } else {
                j + 1
            };
            (self.half_word(h) == Some(0)).then_some(h + 1)?
        } else {
            return None;
        };
        let again = self.mean(k, |m| (m == DateWord::DefiniteUnit(unit)).then_some(()));
        Some(if again.is_some() { k + 1 } else { k })
    }

    /// Adds `n` of `unit` to `amount`, the unit's word ending before `j`, in its next finer
    /// unit with a half when `and a half` follows ([`Parser::and_a_half`]): where the amount
    /// ends, and whether it took the unit.
    fn add_with_half(&self, amount: &mut Amount, unit: Unit, n: i32, j: usize) -> (usize, bool) {
        match self.and_a_half(j, unit) {
            Some(after) => (after, add_and_a_half(amount, unit, n)),
            None => (j, amount.add(unit, n)),
        }
    }

    /// A quarter of a century or a decade at `j`, and where it ends: the quarter word, a
    /// glued hyphen or `of` and `a` (or nothing), the unit, with or without its article
    /// (`quarter century`, `quarter-century`, `quarter of a century`, `ربع قرن`, `ربع
    /// القرن`, `সিকি শতাব্দী`): 25 years, or 30 months.
    fn quarter_of(&self, j: usize) -> Option<(usize, Amount)> {
        if self.singular_unit(j) != Some(Unit::Quarter) {
            return None;
        }
        let mut k = j + 1;
        if self.glued_hyphen(k) {
            k += 1;
        } else if self.has(k, DateWord::Of) {
            k += 1;
            if self.count(k) == Some(1) {
                k += 1;
            }
        }
        let mut amount = Amount::default();
        match self.singular_unit(k)? {
            Unit::Century => amount.years = 25,
            Unit::Decade => amount.months = 30,
            _ => return None,
        }
        Some((k + 1, amount))
    }

    /// After a count word, skips an `of` before a unit (`a couple of weeks`).
    fn of_before_unit(&self, j: usize) -> usize {
        if self.has(j, DateWord::Of) && (self.unit(j + 1).is_some() || self.units(j + 1).is_some())
        {
            j + 1
        } else {
            j
        }
    }

    /// The day before or after a date named by its relation to it: `the eve of Eid al-Adha`,
    /// `عشية عيد الأضحى` (the day before); `اليوم التالي لعيد الميلاد`, `اليوم السابق لعيد
    /// الفطر` (the day after or before a date the proclitic `ل` links to the day).
    pub(super) fn day_beside(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let (k, days) = if self.has(j, DateWord::Eve) {
            (
                if self.has(j + 1, DateWord::Of) {
                    j + 2
                } else {
                    j + 1
                },
                -1,
            )
        } else if self.is_unit(j, Unit::Day)
            && let Some(s @ (-1 | 1)) = self.shift_after(j + 1)
            && self.tok(j + 2).is_some_and(|t| t.linked)
        {
            (j + 2, i32::from(s))
        } else {
            return None;
        };
        let (next, base) = self.core(k)?;
        let amount = Amount {
            days,
            ..Amount::default()
        };
        let base = Some(self.push(base));
        Some((next, Expr::Offset { amount, base }))
    }

    /// The count at `c` after a plural unit, at most `max`: digits or words, and a definite
    /// compound the number grammar reads as an ordinal, since after a plural noun it counts
    /// (`السنوات الخمس عشرة`, `الأشهر الاثني عشر`: an ordinal follows a singular noun).
    pub(super) fn count_after_plural(&self, c: usize, max: i64) -> Option<i32> {
        if let Some(n) = self.num(c).filter(|n| !n.plural && n.digits <= 3) {
            return ((1..=max).contains(&n.value)).then_some(n.value as i32);
        }
        self.count(c)
            .map(i32::from)
            .filter(|&n| i64::from(n) <= max)
    }

    /// Whether the word before token `i` is a noun in the genitive that is no date
    /// (`হামলার`, of the attack; `নির্বাচনের`, an event's noun): what follows it counts from
    /// its event, no date.
    pub(super) fn after_event(&self, i: usize) -> bool {
        i > 0
            && self.tok(i - 1).is_some_and(|t| {
                t.inflected
                    && matches!(t.kind, Kind::Word { number: None, .. })
                    && t.all_meanings()
                        .iter()
                        .all(|m| matches!(m, DateWord::Event | DateWord::EventModifier))
            })
    }

    /// `three years ago`, `منذ ثلاث سنوات`, `তিন বছর আগে`, `in 3 weeks`, `2 days hence`,
    /// `two days from tomorrow`, `5 days before new year`, `one year after christmas`.
    pub(super) fn offset(&self, i: usize) -> Parsed {
        let mut best: Parsed = None;
        // The reference instant first, then `from` and the amount (`এখন থেকে তিন মাস পর`,
        // three months from now), as a date first is read ([`Parser::amount_from_date`]).
        if self.has(i, DateWord::Now)
            && let Some((end, amount)) = self.amount_from_date(i + 1, false)
        {
            best = Some((end, Expr::Offset { amount, base: None }));
        }
        // The amount counted back from `base`, or from the reference date.
        let back = |amount: Amount, base| Expr::Offset {
            amount: amount.negated(),
            base,
        };
        // Marker before the amount: `منذ`, `قبل`, `in`.
        // Not before a shift word: `منذ العام الماضي` is "since last year", whose date is the
        // shifted period, not a year ago.
        // Before `من` it counts back from what follows (`قبل أسبوعين من الانتخابات`, two
        // weeks before the elections): from a date, a date; from now, the reference's; from
        // an event, no date.
        if self.has(i, DateWord::Since)
            && let Some((next, amount)) = self.amount(i + 1, true)
            && self.shift_after(next).is_none()
        {
            let from = self.has(next, DateWord::From) || self.has(next, DateWord::Of);
            let dated = if !from {
                Some((next, None))
            } else if self.has(next + 1, DateWord::Now) {
                Some((next + 2, None))
            } else {
                self.core(next + 1)
                    .map(|(end, base)| (end, Some(self.push(base))))
            };
            if let Some((end, base)) = dated {
                best = longer(best, Some((end, back(amount, base))));
            }
        }
        // `in 3 weeks`; `بعد 3 أسابيع`, `after two days`, but not `بعد ثلاث سنوات منذ تشكيله`
        // ("three years after its founding"), which counts from another event.
        let from_event = |k: usize| {
            self.has(k, DateWord::Since) || self.has(k, DateWord::From) || self.has(k, DateWord::Of)
        };
        // `the highest level in two years` measures over the amount: no date; so does an
        // ordinal (`his fifth title in six years`, `الهجوم الرابع في شهرين`).
        let measured = |k: usize| {
            self.word_before(k, SUPERLATIVE_REACH, DateWord::Superlative)
                || self.ordinal_before(k, SUPERLATIVE_REACH)
        };
        // An indefinite unit alone is one (`في غضون أسبوع`, within a week; `بعد أسبوع`, in a
        // week; not `في غضون الأسبوع`, the week's).
        let one_unit = |k: usize| {
            let unit = self.singular_unit(k)?;
            if !self.has(k, DateWord::Unit(unit)) || self.num(k + 1).is_some() {
                return None;
            }
            let mut amount = Amount::default();
            // `بعد شهر ونصف`, in a month and a half.
            let (end, added) = self.add_with_half(&mut amount, unit, 1, k + 1);
            added.then_some((end, amount))
        };
        // The marker, a date, then the amount after a proclitic that measures it (`قبل عيد
        // الأضحى بثلاثة أيام`, three days before Eid al-Adha; `بعد عيد الفطر بيومين`, two days
        // after Eid al-Fitr). From an event, no date (`قبل الانتخابات بأسبوع`).
        let sign = if self.has(i, DateWord::Since) {
            -1
        } else if self.has(i, DateWord::After) {
            1
        } else {
            0
        };
        if sign != 0
            && let Some((next, base)) = self.core(i + 1)
            && self.tok(next).is_some_and(|t| t.by)
            && let Some((end, amount)) = self.amount(next, false).or_else(|| one_unit(next))
        {
            let base = Some(self.push(base));
            let amount = if sign < 0 { amount.negated() } else { amount };
            best = longer(best, Some((end, Expr::Offset { amount, base })));
        }
        let after = self.has(i, DateWord::After);
        // Not between two of the same unit: `day after day`, `يوما بعد يوم` is no date.
        let unit_before = i.checked_sub(1).is_some_and(|p| self.any_unit(p).is_some());
        if (self.has(i, DateWord::In) || self.has(i, DateWord::Later) || after)
            && let Some((next, amount)) = self
                .amount(i + 1, false)
                .or_else(|| (after && !unit_before).then(|| one_unit(i + 1)).flatten())
            && !(after && from_event(next))
            && !(self.has(i, DateWord::In) && measured(i))
        {
            best = longer(best, Some((next, Expr::Offset { amount, base: None })));
        }
        // `within 5 days`: from the reference date, or the date after `from`, to that far
        // ahead.
        // Before `before` or `after` a date, the amount counts from it, no span (`within
        // 2 weeks before yesterday` is a day).
        // A shift word after the amount makes it a window of its own (`في غضون الأسبوعين
        // المقبلين`, within the next two weeks), read without `within`.
        // After `of`, the amount counts from what follows: a date, or an event (`within 100
        // days of taking office`, `في غضون 30 يوما من توليه`), no date.
        if self.has(i, DateWord::Within)
            && let Some((next, amount)) = self.amount(i + 1, false).or_else(|| one_unit(i + 1))
            && !self.has(next, DateWord::Before)
            && !self.has(next, DateWord::After)
            && self.shift_after(next).is_none()
        {
            let from_date = self.has(next, DateWord::From) || self.has(next, DateWord::Of);
            let (end, start) = match self.core(next + 1) {
                Some((end, base)) if from_date => (end, base),
                _ if from_date && self.has(next + 1, DateWord::Now) => (next + 2, Expr::Now),
                _ if self.has(next, DateWord::Of) => return best,
                _ => (next, Expr::Now),
            };
            let start = self.push(start);
            best = longer(best, Some((end, Expr::Lasting(start, amount))));
        }
        best = longer(best, self.weekends_apart(i));
        // The amount at `i`, read once for this reading and the amount-first ones below.
        let amount_here = self.amount(i, false);
        // `এক সপ্তাহের মধ্যে`: the amount in the genitive before a postposition of "within".
        // Not before a superlative, which measures over the amount (`দুই বছরের মধ্যে
        // সর্বোচ্চ`, the highest in two years).
        if let Some((next, amount)) = amount_here
            && self.has(next, DateWord::WithinAfter)
            && self.tok(next - 1).is_some_and(|t| t.inflected)
            && !self.after_event(i)
            && !self.word_after(next + 1, SUPERLATIVE_REACH, DateWord::Superlative)
        {
            let start = self.push(Expr::Now);
            best = longer(best, Some((next + 1, Expr::Lasting(start, amount))));
        }
        // Amount first. `the day` before `after` or `before` is one day too (`the day after
        // christmas`; from today it is a word of its own, `the day after tomorrow`).
        let the_day = || {
            let j = self.the(i);
            (j > i
                && self.singular_unit(j) == Some(Unit::Day)
                && (self.has(j + 1, DateWord::After) || self.has(j + 1, DateWord::Before)))
            .then_some((
                j + 1,
                Amount {
                    days: 1,
                    ..Amount::default()
                },
            ))
        };
        // After a noun in the genitive that is no date (`হামলার দুই দিন পর`, two days after
        // the attack; `নির্বাচনের দুই সপ্তাহ আগে`, an event's noun), `ago` and `later` count
        // from its event: no date.
        // An indefinite unit alone counts from the date after `from` (`بعد أسبوع من اليوم`, a
        // week from today).
        let one_from = || one_unit(i).filter(|&(after, _)| self.has(after, DateWord::From));
        if let Some((after, amount)) = amount_here.or_else(the_day).or_else(one_from)
            && !self.after_event(i)
        {
            // A bound after the amount, before `ago` or `later`, is read over (Bengali `দুই
            // বছরেরও বেশি আগে`, more than two years ago).
            let after = if self.has(after, DateWord::About)
                && (self.has(after + 1, DateWord::Ago) || self.has(after + 1, DateWord::Later))
            {
                after + 1
            } else {
                after
            };
            if self.has(after, DateWord::Ago) {
                // `a year ago today`: that day a year back.
                let (end, base) = if self.day_offset(after + 1) == Some(0) {
                    (after + 2, Some(self.push(Expr::Day(0))))
                } else {
                    (after + 1, None)
                };
                best = longer(best, Some((end, back(amount, base))));
            }
            if self.has(after, DateWord::Later) {
                best = longer(best, Some((after + 1, Expr::Offset { amount, base: None })));
            }
            // `from now`, `from today`, `from tomorrow`, `from January 15`
            for (marker, sign) in [
                (DateWord::From, 1),
                (DateWord::After, 1),
                (DateWord::Before, -1),
            ] {
                if !self.has(after, marker) {
                    continue;
                }
                let k = after + 1;
                if self.has(k, DateWord::Now) {
                    best = longer(
                        best,
                        Some((
                            k + 1,
                            Expr::Offset {
                                amount: if sign > 0 { amount } else { amount.negated() },
                                base: None,
                            },
                        )),
                    );
                    continue;
                }
                if let Some((end, base)) = self.core(k) {
                    let base = self.push(base);
                    best = longer(
                        best,
                        Some((
                            end,
                            Expr::Offset {
                                amount: if sign > 0 { amount } else { amount.negated() },
                                base: Some(base),
                            },
                        )),
                    );
                }
            }
        }
        best
    }

    /// `last 2 days`, `next three months`, `past few days`, `the last two decades`, `2
    /// upcoming months`, `الاسابيع الثلاثة القادمة`, `গত ১০ বছরে`.
    pub(super) fn window(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let count_at = |k: usize| -> Option<i64> {
            if let Some(n) = self
                .num(k)
                .filter(|n| !n.ordinal && !n.plural && n.digits <= 3)
            {
                return Some(n.value);
            }
            self.count(k).map(i64::from)
        };
        let window = |unit: Unit, n: i64, s: i8| -> Option<Expr> {
            if s == 0 || n <= 0 || n > 1000 {
                return None;
            }
            // `the last two weekends`, `গত দুই সপ্তাহান্তে`: from the first of them to the
            // last, each a Saturday and its Sunday.
            if unit == Unit::Weekend {
                let n = i32::try_from(n).ok().filter(|&n| n <= 52)?;
                let weekend = |n: i32| self.push(self.weekends_away(n));
                let (from, to) = if s < 0 {
                    (weekend(-n), weekend(-1))
                } else {
                    (weekend(1), weekend(n))
                };
                return Some(Expr::Range(from, to));
            }
            Some(Expr::Window {
                unit,
                count: n as i32 * i32::from(s.signum()),
            })
        };
        // A shift word after an auxiliary is a verb before an amount (`to last six weeks`).
        let verb = j > 0 && self.has_weak_ok(j - 1, DateWord::Auxiliary);
        // The word for last, before a count of units or after it (`শেষ পাঁচ বছরে`, `السنوات
        // الخمس الأخيرة`), is a backward shift there: only with a count (alone it may be
        // an ordinal of something else: `اليوم الأخير`).
        let last = |k: usize| (self.ordinal_word(k) == Some(-1)).then_some(-1);
        // Shift count unit (`the past couple of weeks`: `of` after a count word).
        let u = self.of_before_unit(j + 2);
        if let Some(s) = self.shift(j).or_else(|| last(j)).filter(|_| !verb)
            && let Some(n) = count_at(j + 1)
            && let Some(unit) = self.unit(u)
        {
            return window(unit, n, s).map(|e| (u + 1, e));
        }
        // Weekdays counted after a shift (`the last three Fridays`, `গত তিন শুক্রবার`) or
        // before it, after their plural (`الجمعات الثلاث الماضية`): from the first of them to
        // the last, each counted from the reference date.
        let weekdays = |n: i64, weekday: u8, s: i8| -> Option<Expr> {
            let n = i32::try_from(n).ok().filter(|n| (2..=60).contains(n))?;
            let base = self.push(Expr::Day(0));
            let day = |n: i32| self.push(Expr::NthAfter { n, weekday, base });
            let (from, to) = match s.signum() {
                -1 => (day(-n), day(-1)),
                1 => (day(1), day(n)),
                _ => return None,
            };
            Some(Expr::Range(from, to))
        };
        if let Some(s) = self.shift(j).filter(|_| !verb)
            && let Some(n) = count_at(j + 1)
            && let Some(weekday) = self.counted_weekday(j + 2)
        {
            return weekdays(n, weekday, s).map(|e| (j + 3, e));
        }
        if self.counted_weekday(j).is_some()
            && let Some(n) = self.count_after_plural(j + 1, 60).map(i64::from)
            && let Some(s) = self.shift_after(j + 2)
            && let Some(weekday) = self.counted_weekday(j)
        {
            return weekdays(n, weekday, s).map(|e| (j + 3, e));
        }
        // count shift unit / count unit shift
        if let Some(n) = count_at(j) {
            // Before a backward shift and a singular unit the count is what the sentence
            // counts, and the rest an adverb (`killed 12 last month`, `500 last year`); the
            // count-first window is plural (`13 last minutes`) or forward (`two upcoming
            // week`).
            if let Some(s) = self.shift(j + 1)
                && let Some(unit) = self.unit(j + 2)
                && (s > 0 || self.singular_unit(j + 2).is_none())
            {
                return window(unit, n, s).map(|e| (j + 3, e));
            }
            // A plural unit: `15 الشهر المقبل` is the 15th of next month.
            if let Some(unit) = self.plural_unit(j + 1)
                && let Some(s) = self.shift_after(j + 2)
            {
                return window(unit, n, s).map(|e| (j + 3, e));
            }
        }
        // unit count shift (Arabic definite: `السنوات الخمس الماضية`, and with the article
        // written apart before digits, `الأشهر الـ12 الماضية`)
        if let Some(unit) = self.plural_unit(j) {
            let c = self.count_after_unit(j);
            if let Some(n) = self.count_after_plural(c, 999).map(i64::from)
                && let Some(s) = self.shift_after(c + 1).or_else(|| last(c + 1))
            {
                return window(unit, n, s).map(|e| (c + 2, e));
            }
        }
        // A counted unit after a shift: `past fortnight`.
        if let Some(s) = self.shift(j).filter(|_| !verb)
            && let Some((unit, n)) = self.units(j + 1)
        {
            return window(unit, i64::from(n), s).map(|e| (j + 2, e));
        }
        // A dual unit with a shift: `الأسبوعين الماضيين`.
        if let Some((unit, n)) = self.units(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            return window(unit, i64::from(n), s).map(|e| (j + 2, e));
        }
        // An amount in one unit that no count above reads, after a shift (`the past half
        // century`, `the past decade and a half`, `the last quarter-century`, `গত দেড়
        // দশকে`) or, opened by a half or a quarter, before one (`نصف القرن الماضي`).
        if let Some(s) = self.shift(j).filter(|_| !verb)
            && let Some((end, amount)) = self
                .amount(j + 1, false)
                .or_else(|| self.uncounted_fraction(j + 1))
            && let Some((unit, n)) = amount.in_one_unit()
        {
            return window(unit, i64::from(n), s).map(|e| (end, e));
        }
        if let Some((end, amount)) = self.uncounted_fraction(j)
            && let Some(s @ (-1 | 1)) = self.shift_after(end)
            && let Some((unit, n)) = amount.in_one_unit()
        {
            return window(unit, i64::from(n), s).map(|e| (end + 1, e));
        }
        None
    }

    /// An amount of time that a fraction of one unit makes, with no count: a half or a
    /// quarter of the unit, or the unit and a half, the unit with or without its article
    /// (`half century`, `نصف القرن`, `quarter-century`, `ربع القرن`, `decade and a half`,
    /// `العقد ونصف`), and where it ends.
    fn uncounted_fraction(&self, j: usize) -> Option<(usize, Amount)> {
        let mut amount = Amount::default();
        // The half word or the unit, in one look at the token's meanings.
        let unit = self.mean(j, |m| match m {
            DateWord::Half(0) => Some(None),
            DateWord::Unit(u) | DateWord::DefiniteUnit(u) => Some(Some(u)),
            _ => None,
        })?;
        let Some(unit) = unit else {
            let k = if self.glued_hyphen(j + 1) {
                j + 2
            } else {
                j + 1
            };
            let unit = self.singular_unit(k)?;
            return add_and_a_half(&mut amount, unit, 0).then_some((k + 1, amount));
        };
        if unit == Unit::Quarter
            && let Some(found) = self.quarter_of(j)
        {
            return Some(found);
        }
        let after = self.and_a_half(j + 1, unit)?;
        add_and_a_half(&mut amount, unit, 1).then_some((after, amount))
    }

    /// `two weekends ago`, `in three weekends`, `দুই সপ্তাহান্ত আগে`: the weekend so many
    /// weekends away (an amount of time has no weekends).
    fn weekends_apart(&self, i: usize) -> Parsed {
        let counted = |k: usize| -> Option<(usize, i32)> {
            let n = if let Some(n) = self.num(k).filter(|n| !n.ordinal && !n.plural) {
                n.value
            } else {
                i64::from(self.count(k)?)
            };
            let n = i32::try_from(n).ok().filter(|n| (1..=52).contains(n))?;
            let k = self.of_before_unit(k + 1);
            (self.unit(k) == Some(Unit::Weekend)).then_some((k + 1, n))
        };
        if self.has(i, DateWord::In)
            && let Some((next, n)) = counted(i + 1)
        {
            return Some((next, self.weekends_away(n)));
        }
        let (next, n) = counted(i)?;
        if self.has(next, DateWord::Ago) {
            Some((next + 1, self.weekends_away(-n)))
        } else if self.has(next, DateWord::Later) {
            Some((next + 1, self.weekends_away(n)))
        } else {
            None
        }
    }

    /// The `n`th weekend after the reference date (before it for a negative `n`), counted
    /// from the nearest: its Saturday the `n`th after the reference, or its Sunday the `n`th
    /// before. From a Tuesday the first ahead is that week's, the first behind the last.
    fn weekends_away(&self, n: i32) -> Expr {
        let base = self.push(Expr::Day(0));
        let weekday = if n > 0 { 6 } else { 7 };
        let day = self.push(Expr::NthAfter { n, weekday, base });
        Expr::WeekendOf(day)
    }

    /// `DATE [,] for AMOUNT`: the date stretched over the amount.
    pub(super) fn lasting(&self, (next, expr): (usize, Expr)) -> (usize, Expr) {
        let k = self.comma(next);
        if self.has(k, DateWord::For)
            && let Some((end, amount)) = self.amount(k + 1, false)
        {
            let node = self.push(expr);
            return (end, Expr::Lasting(node, amount));
        }
        (next, expr)
    }

    /// `for AMOUNT [,] from DATE`, `AMOUNT starting [from] DATE`.
    pub(super) fn lasting_first(&self, i: usize) -> Parsed {
        let (after, amount, marker) = if self.has(i, DateWord::For) {
            let (after, amount) = self.amount(i + 1, false)?;
            (self.comma(after), amount, DateWord::From)
        } else {
            let (after, amount) = self.amount(i, false)?;
            (after, amount, DateWord::Starting)
        };
        if !self.has(after, marker) {
            return None;
        }
        let mut k = after + 1;
        if marker == DateWord::Starting && (self.has(k, DateWord::From) || self.at(k)) {
            k += 1;
        }
        let (end, date) = longer(self.range(k), self.single(k))?;
        let node = self.push(date);
        Some((end, Expr::Lasting(node, amount)))
    }
}

/// Adds `n` and a half of `unit` to `amount` in the next finer unit, so that the amount
/// keeps one unit (`দেড় বছর` is 18 months, `half a century` 50 years); false for a unit with
/// no whole finer one (half a week, half a day).
fn add_and_a_half(amount: &mut Amount, unit: Unit, n: i32) -> bool {
    match unit {
        Unit::Year => amount.add(Unit::Month, n * 12 + 6),
        Unit::Decade => amount.add(Unit::Year, n * 10 + 5),
        Unit::Century => amount.add(Unit::Year, n * 100 + 50),
        Unit::Quarter => amount.add(Unit::Month, n * 3 + 1) && amount.add(Unit::Day, 15),
        Unit::Month => amount.add(Unit::Month, n) && amount.add(Unit::Day, 15),
        Unit::Week | Unit::Day | Unit::Weekend => false,
    }
}
