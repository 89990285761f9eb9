//! Years: the year reader every production shares, the year that may follow a yearless
//! date (`, 2014`, `of next year`, `in six years`), a year with its word or era mark (`year
//! 2008`, `1442 هـ`, `২০১৪ সালে`), decades and centuries.

use super::{Expr, Parsed, Parser, YearRef, expand_two_digit_year, longer};
use crate::tokens::{Kind, Token};
use crate::{DateWord, Era, Unit};

/// How many items of a list of years [`Parser::in_year_list`] looks through each way.
const YEAR_LIST_REACH: usize = 8;

impl Parser<'_, '_> {
    /// A year in the genitive, which Bengali writes before the date or period it qualifies
    /// (`১৯৭১ সালের`, `গত বছরের`, `চলতি বছরের`), and where that date or period starts.
    pub(super) fn genitive_year(&self, i: usize) -> Option<(usize, YearRef)> {
        if let Some((
            k,
            Expr::Period {
                unit: Unit::Year,
                shift,
            },
        )) = self.shifted(i)
            && self.tok(k - 1).is_some_and(|t| t.inflected)
        {
            return Some((k, YearRef::Rel(shift)));
        }
        let (j, y) = self.year(i)?;
        let j = if self.is_unit(j, Unit::Year) {
            j + 1
        } else {
            j
        };
        self.tok(j - 1)
            .is_some_and(|t| t.inflected)
            .then_some((j, YearRef::Abs(y)))
    }

    /// Two years written with the second's last two digits (`the 2020-21 season`, `২০২১-২২
    /// অর্থবছরে`, `2019/20`), or with the next year in full after a slash (`2024/2025`): a
    /// season or fiscal year; after a hyphen, a later year of the same century in two digits
    /// closes a range of years (`1914-18`). Only where the two digits cannot be a month,
    /// which the numeric date reads (`2004-05` is May 2004).
    pub(super) fn year_pair(&self, i: usize) -> Parsed {
        self.num(i)
            .filter(|n| n.digits == 4 && !n.ordinal && !n.plural)?;
        let (_, y) = self.year(i)?;
        // Not the end of a chain of numbers (`+86 2010-2015-86`, a telephone number).
        let chained = i > 0
            && (self.sym(i - 1, '-') || self.sym(i - 1, '/'))
            && self.tok(i).is_some_and(|t| !t.space_before);
        if chained {
            return None;
        }
        let (next, pair) = self.pair_after(i + 1, y)?;
        // The word for year after the pair is part of it (`২০২৩-২৪ অর্থবছরে`, `2022-23 fiscal
        // year`).
        let next = if self.is_unit(next, Unit::Year) {
            next + 1
        } else {
            next
        };
        Some((next, pair))
    }

    /// The second year of a pair after the first year `y`, whose token ends before `i`
    /// (`-21` in `2020-21`, `-98` in `1996-98`): the years from `y` to it.
    pub(super) fn pair_after(&self, i: usize, y: i32) -> Parsed {
        let glued = |k: usize| self.tok(k).is_some_and(|t| !t.space_before);
        if !(self.sym(i, '-') || self.sym(i, '/')) || !glued(i) || !glued(i + 1) {
            return None;
        }
        let second = self
            .num(i + 1)
            .filter(|n| (n.digits == 2 || n.digits == 4) && !n.ordinal && !n.plural)?;
        // Not the start of a longer numeric date (`2020-21-05`).
        if (self.sym(i + 2, '-') || self.sym(i + 2, '/')) && glued(i + 2) {
            return None;
        }
        // Written in full, the next year after a slash (`2024/2025`); after a hyphen, any
        // later year is a range the range reading spans (`2020-2025`). With two digits, the
        // next year, or after a hyphen any later year of the same century (`1996-98`,
        // `1914-18`), never a number a month could be (`2004-05` is May 2004).
        let last = if second.digits == 4 {
            (self.sym(i, '/') && second.value == i64::from(y + 1)).then_some(y + 1)
        } else {
            let century = y - y % 100;
            let later = i64::from(y % 100) < second.value;
            let next = second.value == i64::from((y + 1) % 100);
            // After the article, the next year is the pair's even where it could be a month
            // (`the 2008-09 crisis`, `the 2011-12 season`).
            let definite = i >= 2 && self.has(i - 2, DateWord::The);
            ((second.value > 12 || (definite && next)) && (next || (later && self.sym(i, '-'))))
                .then(|| {
                    if next {
                        y + 1
                    } else {
                        century + second.value as i32
                    }
                })
        };
        let last = last?;
        let (from, to) = (self.push(Expr::year(y)), self.push(Expr::year(last)));
        Some((i + 2, Expr::Range(from, to)))
    }

    /// A year: four digits, or spelled out (`two thousand and eighteen`, `nineteen seventy
    /// eight`, `nineteen hundred ninety three`).
    pub(super) fn year(&self, i: usize) -> Option<(usize, i32)> {
        let n = self.num(i)?;
        if n.ordinal || n.plural {
            return None;
        }
        if n.digits == 4 {
            return (1000..=2999)
                .contains(&n.value)
                .then_some((i + 1, n.value as i32));
        }
        if n.digits != 0 {
            return None;
        }
        if (1000..=2999).contains(&n.value) {
            // `nineteen hundred` + `ninety three`.
            if n.value % 100 == 0
                && let Some(rest) = self.num(i + 1)
                && rest.digits == 0
                && !rest.ordinal
                && (1..=99).contains(&rest.value)
            {
                return Some((i + 2, (n.value + rest.value) as i32));
            }
            return Some((i + 1, n.value as i32));
        }
        // `nineteen` + `seventy eight`.
        if (10..=29).contains(&n.value)
            && let Some(rest) = self.num(i + 1)
            && rest.digits == 0
            && !rest.ordinal
            && (10..=99).contains(&rest.value)
        {
            return Some((i + 2, (n.value * 100 + rest.value) as i32));
        }
        None
    }

    /// A year at the end of a date: `[,] [of] [year-word] YEAR [era]`, or a two-digit year
    /// after `of` (`April of 87`).
    pub(super) fn year_tail(&self, i: usize) -> Option<(usize, YearRef)> {
        let j = self.comma(i);
        // Two digits after an apostrophe (`July 4th '24`, `Dec 25, '23`).
        if let Some((next, y)) = self.apostrophe_year(j) {
            return Some((next, YearRef::Abs(y)));
        }
        let of = self.of(j);
        if let Some((next, y)) = self.glued_year_word(of) {
            return Some((next, YearRef::Abs(y)));
        }
        let k = if self.is_unit(of, Unit::Year) {
            of + 1
        } else {
            of
        };
        if let Some((next, y)) = self.year(k) {
            let next = if self.era(next) == Some(Era::Common) {
                next + 1
            } else {
                next
            };
            return Some((next, YearRef::Abs(y)));
        }
        if of > j
            && let Some(n) = self.num(of)
            && n.digits == 2
            && !n.ordinal
        {
            return Some((of + 1, YearRef::Abs(expand_two_digit_year(n.value))));
        }
        // `of next year`, `من العام الماضي`.
        if of > j
            && let Some((next, shift)) = self.year_shift(self.the(of))
        {
            return Some((next, YearRef::Rel(shift)));
        }
        None
    }

    /// `next year`, `last year`, `العام الماضي`, `গত বছর`: a shifted year.
    fn year_shift(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(s) = self.shift(i)
            && self.is_unit(i + 1, Unit::Year)
        {
            return Some((i + 2, i32::from(s)));
        }
        if self.is_unit(i, Unit::Year)
            && let Some(s) = self.shift_after(i + 1)
        {
            return Some((i + 2, i32::from(s)));
        }
        None
    }

    /// `[of] next year`, `last year`, `, 2014`, `of 2014`, `in 2019`, `in six years`, `nine
    /// yrs ago` after a yearless date or holiday.
    pub(super) fn year_after(&self, i: usize) -> Option<(usize, YearRef)> {
        if let Some(found) = self.year_tail(i) {
            return Some(found);
        }
        if self.at(i)
            && let Some((next, y)) = self.year(i + 1)
        {
            return Some((next, YearRef::Abs(y)));
        }
        // An amount of whole years from the reference: the date falls in that year.
        if let Some((next, Expr::Offset { amount, base: None })) = self.offset(i)
            && amount.single_unit() == Some(Unit::Year)
        {
            return Some((next, YearRef::Rel(amount.years)));
        }
        let j = self.the(self.of(i));
        self.year_shift(j)
            .map(|(next, shift)| (next, YearRef::Rel(shift)))
    }

    /// `عام 2014`, `year 2008`, `২০১৪ সালে`, `1442 هـ`, `2014م`, and a bare year after `in`
    /// or beside the noun of an event (`the 2016 election`).
    pub(super) fn year_expr(&self, i: usize) -> Parsed {
        // Year word first.
        if self.is_unit(i, Unit::Year) {
            // `FY2022`, `FY23`, `FY'24`: the year glued after its word.
            if let Some((next, y)) = self.glued_year_word(i) {
                // `FY2022-23`, `FY23-24`: the word names the pair.
                if let Some(pair) = self.pair_after(next, y) {
                    return Some(pair);
                }
                return Some((next, Expr::year(y)));
            }
            // `the year 2008`, `the year of 2008`.
            let j = self.the(self.of(i + 1));
            // `the year nineteen ninety six`: spelled in two numbers.
            if self.num(j).is_some_and(|n| n.digits == 0 && !n.ordinal)
                && let Some((next, y)) = self.year(j)
                && next > j + 1
            {
                return Some(self.with_era(next, y));
            }
            if let Some(n) = self.num(j)
                && !n.ordinal
                && !n.plural
                && (n.digits == 3 || n.digits == 4 || (n.digits == 0 && n.value >= 100))
                && n.value <= 2200
            {
                let (next, y) = self.year(j).unwrap_or((j + 1, n.value as i32));
                // A number before a unit of its own counts it: `২৬ বছর ৩৫৮ দিন`, 26 years
                // 358 days, has no year 358 (`و` before the unit starts a new item, and a
                // year word after the year starts the next: `العام 2021 وللعام 2022`).
                if self.any_unit(next).is_some_and(|u| u != Unit::Year)
                    && !self.tok(next).is_some_and(|t| t.joined)
                {
                    return None;
                }
                // `fiscal year 2023-24`, `FY 2023-24`: the word names the pair.
                if n.digits == 4
                    && let Some(pair) = self.pair_after(next, y)
                {
                    return Some(pair);
                }
                return Some(self.with_era(next, y));
            }
        }
        // `in '98`, `the class of '05`: two digits glued after an apostrophe, after a
        // preposition or `of` (spanned without the apostrophe, as `'90s`).
        if i >= 2
            && (self.has(i - 2, DateWord::Of)
                || self
                    .tok(i - 2)
                    .is_some_and(|t| t.meanings().iter().any(|m| m.is_year_preposition())))
            && let Some((next, y)) = self.apostrophe_year(i - 1)
        {
            return Some((next, Expr::year(y)));
        }
        // Fewer digits name a year only with an era after them (`622 AD`, `70 هـ`; one or
        // two digits only with the Hijri or Bangla era, `3 ad campaigns` being none) or
        // three with the word that names a year (`৬২২ সালে`).
        let short = || {
            let n = self
                .num(i)
                .filter(|n| !n.ordinal && !n.plural && n.value > 0)?;
            let fits = match self.era(i + 1) {
                Some(Era::Common) => n.digits == 3,
                Some(_) => (1..=3).contains(&n.digits),
                None => n.digits == 3 && self.names_a_year(i + 1),
            };
            fits.then_some((i + 1, n.value as i32))
        };
        let (next, y) = self.year(i).or_else(short)?;
        // The year word after the year (`২০১৪ সালে`), unless `و` starts a new item there: a
        // word that names one year, never a counting one (`أكثر من 2100 عام`, more than 2100
        // years, is an amount).
        if self.names_a_year(next) && !self.tok(next).is_some_and(|t| t.joined) {
            return Some((next + 1, Expr::year(y)));
        }
        if self.era(next).is_some() {
            return Some(self.with_era(next, y));
        }
        // A bare year after `in`, `from`, `between`, `until`, `since` (`منذ 1992`, `قبل
        // 1992`): 1500–2100 only, never before a unit (`منذ 1500 عام` is an amount). Not
        // after a postposition (Bengali `থেকে`), which governs the word before it (`তখন থেকে
        // ২০০০ জন`, 2000 people since then).
        let after_in = i > 0
            && self.tok(i - 1).is_some_and(|t| {
                t.meanings().iter().any(|m| {
                    m.is_year_preposition()
                        || matches!(m, DateWord::Since | DateWord::Before | DateWord::After)
                })
            });
        // Before a postposition that follows a date (`২০১৫ থেকে`, `২০৩০ নাগাদ`, `২০২৩
        // জুড়ে`), as after a preposition; not where a range of numbers goes on (`২০০০
        // থেকে ৩০০০ টাকা`) or a change follows (`১৫০০ থেকে বেড়ে ২০০০`).
        let range_of_years = |k: usize| match self.tok(k).map(|t| t.kind) {
            Some(Kind::Digits {
                len, amount, value, ..
            }) => len == 4 && !amount && (1500..=2100).contains(&value),
            _ => !self.has(k, DateWord::Change),
        };
        let postposition = (self.has(next, DateWord::FromAfter) && range_of_years(next + 1))
            || self.has(next, DateWord::Until);
        let after_in = after_in || postposition;
        // After `to` and a word of change, it is the level a count reached (`rose to 1500`).
        let reached = i > 0 && self.has(i - 1, DateWord::To) && self.change_before(i - 1);
        // Beside the noun of an event it dates (`the 2016 election`, `انتخابات 2020`).
        let dates_event =
            self.event_after(next) || i.checked_sub(1).is_some_and(|p| self.event_before(p));
        // After a possessive, a year that is no round hundred names what it owns (`the
        // company's 2023 revenue`, `their 2024 budget`; but `its 2000 employees`).
        let owned = i > 0
            && (self.has(i - 1, DateWord::Possessive)
                || self.has(i - 1, DateWord::PossessiveEnding))
            && self
                .num(i)
                .is_some_and(|n| n.digits == 4 && n.value % 100 != 0)
            && (1900..=2100).contains(&y);
        // A year that owns something itself (`2020's budget`, `1989's revolutions`): four
        // digits and an English possessive ending, outside the span.
        let owner = (self.sym(next, '\'') || self.sym(next, '’'))
            && self.tok(next).is_some_and(|t| !t.space_before)
            && self.has(next + 1, DateWord::PossessiveEnding)
            && self.num(i).is_some_and(|n| n.digits == 4)
            && (1900..=2100).contains(&y);
        if ((after_in && !reached && !self.thousands_joined(i, next))
            || dates_event
            || owned
            || owner
            || self.in_year_list(i))
            && (1500..=2100).contains(&y)
            && self.any_unit(next).is_none()
        {
            return Some((next, Expr::year(y)));
        }
        None
    }

    /// Whether the word at `k` names one year, never a counting one (Bengali `সাল`, Arabic
    /// `العام` after its digits).
    fn names_a_year(&self, k: usize) -> bool {
        self.mean(k, |m| {
            matches!(m, DateWord::DefiniteUnit(Unit::Year)).then_some(())
        })
        .is_some()
    }

    /// The noun of an event at `k`, or after at most two words that name which (`the 2024
    /// presidential election`, `২০২৪ জাতীয় নির্বাচন`), with no number of its own after it
    /// (`قرار مجلس الأمن 1701 حرب 2006`: 1701 is the resolution's, 2006 the war's).
    fn event_after(&self, k: usize) -> bool {
        (k..k + 3)
            .find(|&k| !self.has(k, DateWord::EventModifier))
            .is_some_and(|k| self.has(k, DateWord::Event) && self.num(k + 1).is_none())
    }

    /// The noun of an event at `k`, or before at most two words that name which, read
    /// backwards (`الانتخابات الرئاسية 2024`, `كأس العالم لكرة القدم 2026`).
    fn event_before(&self, k: usize) -> bool {
        (k.saturating_sub(2)..=k)
            .rev()
            .find(|&k| !self.has(k, DateWord::EventModifier))
            .is_some_and(|k| self.has(k, DateWord::Event))
    }

    /// A spelled round thousand at `i`, ending before `next`, joined by `and` to another
    /// spelled count of thousands (`between two thousand and three thousand`, `بين ألفين
    /// وثلاثة آلاف`): two counts, not a year.
    fn thousands_joined(&self, i: usize, next: usize) -> bool {
        let spelled_thousands = |k: usize| {
            self.num(k)
                .is_some_and(|n| n.digits == 0 && n.value % 1000 == 0)
        };
        if !spelled_thousands(i) {
            return false;
        }
        let k = if self.has(next, DateWord::And) {
            next + 1
        } else if self.tok(next).is_some_and(|t| t.joined) {
            next
        } else {
            return false;
        };
        spelled_thousands(k)
    }

    /// A year glued after its word at `i`, as businesses write a fiscal or calendar year
    /// (`FY2022`, `FY23`, `FY'24`, `CY18`; named by the calendar year it ends in): the year
    /// and where it ends. Such a year stands wherever a year does, after a part of it (`Q3
    /// FY24`, `the third quarter of FY24`) or before (`FY24 Q3`, `FY24's third quarter`).
    pub(super) fn glued_year_word(&self, i: usize) -> Option<(usize, i32)> {
        if !self.is_unit(i, Unit::Year) {
            return None;
        }
        if let Some(found) = self
            .apostrophe_year(i + 1)
            .filter(|_| self.tok(i + 1).is_some_and(|t| !t.space_before))
        {
            return Some(found);
        }
        let Some(Token {
            kind:
                Kind::Digits {
                    value,
                    len: len @ (2 | 4),
                    ordinal: false,
                    glued_before: true,
                    glued_after: false,
                    plural: false,
                    amount: false,
                },
            ..
        }) = self.tok(i + 1)
        else {
            return None;
        };
        let y = if *len == 2 {
            expand_two_digit_year(i64::from(*value))
        } else {
            *value as i32
        };
        (1900..=2100).contains(&y).then_some((i + 2, y))
    }

    /// An apostrophe at `i` and two digits glued after it (`'98`), before no unit: the year
    /// they shorten and where it ends.
    pub(super) fn apostrophe_year(&self, i: usize) -> Option<(usize, i32)> {
        if !(self.sym(i, '\'') || self.sym(i, '’')) {
            return None;
        }
        let Some(Token {
            kind:
                Kind::Digits {
                    value,
                    len: 2,
                    ordinal: false,
                    glued_after: false,
                    plural: false,
                    ..
                },
            space_before: false,
            ..
        }) = self.tok(i + 1)
        else {
            return None;
        };
        self.any_unit(i + 2)
            .is_none()
            .then(|| (i + 2, expand_two_digit_year(i64::from(*value))))
    }

    /// Whether the four digits at `i` are an item of a list of years (joined by commas,
    /// `and`, `or`, a glued `و`) that a preposition or the word for year opens (`in 2019,
    /// 2020 and 2021`, `عامي 2022 و2023`) or the word for year closes (`২০২৩ ও ২০২৪ সালে`),
    /// or of two or more such numbers not all round hundreds (`sales of 2007 and 2009`;
    /// `1500 and 2000 people` count). Looks at most [`YEAR_LIST_REACH`] items each way, so
    /// a run of numbers stays linear.
    fn in_year_list(&self, i: usize) -> bool {
        let is_year = |k: usize| {
            self.num(k).is_some_and(|n| {
                n.digits == 4 && !n.ordinal && !n.plural && (1500..=2100).contains(&n.value)
            })
        };
        if !is_year(i) {
            return false;
        }
        // The item before the one at `k`, across its joiner.
        let before = |k: usize| -> Option<usize> {
            let p = if self.tok(k).is_some_and(|t| t.joined) {
                k.checked_sub(1)?
            } else {
                let j = k.checked_sub(1)?;
                let joiner = self.sym(j, ',')
                    || self.sym(j, '،')
                    || self.has(j, DateWord::And)
                    || self.has(j, DateWord::Or);
                if !joiner {
                    return None;
                }
                j.checked_sub(1)?
            };
            is_year(p).then_some(p)
        };
        // Whether the number at `k` is no round hundred.
        let not_round_at = |k: usize| self.num(k).is_some_and(|n| n.value % 100 != 0);
        let mut not_round = not_round_at(i);
        let mut first = i;
        for _ in 0..YEAR_LIST_REACH {
            match before(first) {
                Some(p) => first = p,
                None => break,
            }
            not_round |= not_round_at(first);
        }
        let mut last = i;
        for _ in 0..YEAR_LIST_REACH {
            match (last + 1..last + 3).find(|&k| is_year(k) && before(k) == Some(last)) {
                Some(k) => last = k,
                None => break,
            }
            not_round |= not_round_at(last);
        }
        if first == last {
            return false;
        }
        let opened = first > 0
            && self.tok(first - 1).is_some_and(|t| {
                t.meanings().iter().any(|m| m.is_year_preposition())
                    || t.meanings().contains(&DateWord::Unit(Unit::Year))
                    || t.meanings().contains(&DateWord::DefiniteUnit(Unit::Year))
            });
        let closed = self.is_unit(last + 1, Unit::Year);
        opened || closed || not_round
    }

    /// A year with the era mark at `next`, if any.
    fn with_era(&self, next: usize, y: i32) -> (usize, Expr) {
        match self.era(next) {
            Some(Era::Hijri) => (
                next + 1,
                Expr::Hijri {
                    year: Some(i64::from(y)),
                    month: None,
                    day: None,
                },
            ),
            Some(Era::Bangla) => (
                next + 1,
                Expr::Bangla {
                    year: Some(i64::from(y)),
                    month: None,
                    day: None,
                },
            ),
            era => (next + usize::from(era.is_some()), Expr::year(y)),
        }
    }

    /// `1990s`, `the 1970s`, `the nineteen seventies`, `the twenty-tens`, `الثمانينيات`,
    /// `১৯৭০-এর দশকে`.
    pub(super) fn decade(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // `in his seventies`, `in their 20s`: an age.
        if j == i && i > 0 && self.has(i - 1, DateWord::Possessive) {
            return None;
        }
        if let Some(n) = self.num(j)
            && n.plural
            && n.value % 10 == 0
        {
            let first = match n.digits {
                4 => n.value as i32,
                2 => 1900 + n.value as i32,
                _ => return None,
            };
            // A round hundred before 2000 names its hundred years (`the 1800s` are 1800 to
            // 1899); `the 2000s` are the decade, as news uses them.
            let last = if n.digits == 4 && first % 100 == 0 && first < 2000 {
                first + 99
            } else {
                first + 9
            };
            return Some((j + 1, Expr::Years { first, last }));
        }
        let decade_word = |k: usize| self.decade_tens(k).map(i32::from);
        if let Some(n) = self.num(j)
            && n.digits == 0
            && (10..=29).contains(&n.value)
            && let Some(d) = decade_word(j + 1)
        {
            let first = n.value as i32 * 100 + d;
            return Some((
                j + 2,
                Expr::Years {
                    first,
                    last: first + 9,
                },
            ));
        }
        // A weak name counts before the word for decade (`আশির দশকে`, "in the decade of
        // eighty"; `আশির বেশি` is "more than eighty").
        let named = decade_word(j).or_else(|| {
            self.is_unit(j + 1, Unit::Decade)
                .then(|| self.decade_tens_weak_ok(j).map(i32::from))
                .flatten()
        });
        if let Some(d) = named {
            let mut first = 1900 + d;
            let mut next = if self.is_unit(j + 1, Unit::Decade) {
                j + 2
            } else {
                j + 1
            };
            // The century after it, in the genitive or after `of` (`سبعينيات القرن الماضي`,
            // the seventies of the last century; `الثمانينات من القرن الماضي`; `تسعينيات
            // القرن التاسع عشر`): a named century gives its own decade, the last century the
            // 1900s'. Any other `of` makes a count (`tens of thousands`).
            let century = self.of(next);
            match longer(self.century(century), self.shifted(century)) {
                Some((end, Expr::Years { first: c, last })) if last - c == 99 => {
                    first = c + d;
                    next = end;
                }
                Some((
                    end,
                    Expr::Period {
                        unit: Unit::Century,
                        shift: -1,
                    },
                )) => next = end,
                _ if century > next => return None,
                _ => {}
            }
            return Some((
                next,
                Expr::Years {
                    first,
                    last: first + 9,
                },
            ));
        }
        // `১৯৭০-এর দশকে`: a year and the word for decade; its tens alone are of the 1900s
        // (`৯০-এর দশকে`, `৮০'র দশকে`), as `the 90s` are.
        let tens = self
            .num(j)
            .filter(|n| n.digits == 2 && !n.ordinal && !n.plural && n.value % 10 == 0)
            .map(|n| (j + 1, 1900 + n.value as i32));
        if let Some((next, y)) = self.year(j).or(tens)
            && y % 10 == 0
            && self.is_unit(next, Unit::Decade)
        {
            return Some((
                next + 1,
                Expr::Years {
                    first: y,
                    last: y + 9,
                },
            ));
        }
        None
    }

    /// `21st century`, `القرن العشرين`, `একবিংশ শতাব্দী`.
    pub(super) fn century(&self, i: usize) -> Parsed {
        let century = self.century_alone(i)?;
        // A decade of it after, the century in the genitive (`একবিংশ শতাব্দীর প্রথম দশকে`).
        if let (next, Expr::Years { first, .. }) = century
            && self.tok(next - 1).is_some_and(|t| t.inflected)
            && let Some((after, n)) = self.ordinal(next)
            && self.is_unit(after, Unit::Decade)
            && let Some(decade) = decade_of(first, n)
        {
            return Some((after + 1, decade));
        }
        Some(century)
    }

    /// `the first decade of the 21st century`, `the last decade of the 20th century`, `العقد
    /// الأول من القرن الحادي والعشرين`: the `n`th ten years of a century.
    pub(super) fn decade_of_century(&self, i: usize) -> Parsed {
        let j = self.the(i);
        // The word for decade stands within the first tokens, or there is no such decade.
        if !(j..j + 3).any(|k| self.is_unit(k, Unit::Decade)) {
            return None;
        }
        let (n, k) = if let Some((after, n)) = self.ordinal(j)
            && self.is_unit(after, Unit::Decade)
        {
            (n, after + 1)
        } else if self.is_unit(j, Unit::Decade)
            && let Some((after, n)) = self.ordinal(j + 1)
        {
            (n, after)
        } else {
            return None;
        };
        if !self.has(k, DateWord::Of) {
            return None;
        }
        let (next, century) = self.century_alone(k + 1)?;
        let Expr::Years { first, .. } = century else {
            return None;
        };
        Some((next, decade_of(first, n)?))
    }

    /// A century alone: `the 21st century`, `القرن الحادي والعشرين`, `উনিশ শতকে`.
    fn century_alone(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let years = |n: i64| {
            let first = (n as i32 - 1) * 100;
            Expr::Years {
                first,
                last: first + 99,
            }
        };
        if let Some(n) = self.num(j)
            && n.ordinal
            && (1..=30).contains(&n.value)
            && self.is_unit(j + 1, Unit::Century)
        {
            return Some((j + 2, years(n.value)));
        }
        // The word for century first (`القرن الأول`, `century 21`), never in the genitive:
        // `শতাব্দীর প্রথম দশকে` is the century's first decade.
        if self.is_unit(j, Unit::Century)
            && !self.tok(j).is_some_and(|t| t.inflected)
            && let Some(n) = self.num(j + 1)
            && (1..=30).contains(&n.value)
        {
            return Some((j + 2, years(n.value)));
        }
        // A cardinal before the word for century with a case ending names it, as Bengali
        // does (`উনিশ শতকে`, in the nineteenth century; `বিশ শতকের`): from ten on, and only
        // with the ending, so that an amount stays one (`দুই শতক আগে`, two centuries ago;
        // `চৌদ্দ শতাব্দী ধরে`, for fourteen centuries).
        if let Some(n) = self.num(j)
            && !n.ordinal
            && !n.plural
            && n.digits <= 2
            && (10..=21).contains(&n.value)
            && self.singular_unit(j + 1) == Some(Unit::Century)
            && self.tok(j + 1).is_some_and(|t| t.inflected)
        {
            return Some((j + 2, years(n.value)));
        }
        None
    }
}

/// The `n`th decade (−1 the last) of the century whose first year is `first`.
fn decade_of(first: i32, n: i32) -> Option<Expr> {
    let n = match n {
        1..=10 => n,
        -10..=-1 => 11 + n,
        _ => return None,
    };
    let first = first + (n - 1) * 10;
    Some(Expr::Years {
        first,
        last: first + 9,
    })
}
