//! The date grammar: token sequences to date expressions, in every word order the three
//! languages use, read from the meanings the lexicon gave each word.
//!
//! Every production is a method `fn(&self, at) -> Option<(next, Expr)>` over the token list
//! that either reads a complete expression starting at token `at` or nothing; [`Parser::parse_at`]
//! tries them all and keeps the one that reads furthest. Expressions nest through a
//! per-document arena of nodes, so parsing allocates nothing per date.
//!
//! Invariant: a production never reads past the token list and never returns `next <= at`,
//! so the extractor's left-to-right scan always advances.

use std::cell::RefCell;

use khabar_core::DatePart;

use crate::tokens::{Kind, Token};
use crate::{DateWord, Era, NumericOrder, Unit};

/// An index into the parser's node arena.
pub(crate) type Node = u32;

/// A year as written: absolute, or counted from the reference year (`next year` = +1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    Abs(i32),
    Rel(i32),
}

/// What an ordinal counts inside a period: a weekday, a day, or a whole week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nth {
    Weekday(u8),
    Day,
    Week,
}

/// A signed amount of time (`2 years 1 month 21 days ago` is −2, −1, 0, −21).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Amount {
    pub(crate) years: i32,
    pub(crate) months: i32,
    pub(crate) weeks: i32,
    pub(crate) days: i32,
}

impl Amount {
    fn add(&mut self, unit: Unit, n: i32) -> bool {
        match unit {
            Unit::Day => self.days += n,
            Unit::Week => self.weeks += n,
            Unit::Month => self.months += n,
            Unit::Quarter => self.months += 3 * n,
            Unit::Year => self.years += n,
            Unit::Decade => self.years += 10 * n,
            Unit::Century => self.years += 100 * n,
            Unit::Weekend => return false,
        }
        true
    }

    fn negated(self) -> Amount {
        Amount {
            years: -self.years,
            months: -self.months,
            weeks: -self.weeks,
            days: -self.days,
        }
    }

    /// The one unit the amount is in, if it is in one.
    pub(crate) fn single_unit(&self) -> Option<Unit> {
        let units = [
            (self.years, Unit::Year),
            (self.months, Unit::Month),
            (self.weeks, Unit::Week),
            (self.days, Unit::Day),
        ];
        let mut nonzero = units.iter().filter(|(n, _)| *n != 0);
        match (nonzero.next(), nonzero.next()) {
            (Some((_, unit)), None) => Some(*unit),
            _ => None,
        }
    }
}

/// A date expression, before resolution against the reference date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Expr {
    /// Gregorian fields; the missing ones come from the reference date and `prefer`. A
    /// weekday with a day and no month picks the month where the two agree.
    Date {
        year: Option<YearRef>,
        month: Option<u8>,
        day: Option<u8>,
        weekday: Option<u8>,
    },
    /// A Hijri date, month or year; a year of 1700 or more is a Gregorian one (`Ramadan
    /// 2050`).
    Hijri {
        year: Option<i64>,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// A Bangla date, month or year.
    Bangla {
        year: Option<i64>,
        month: Option<u8>,
        day: Option<u8>,
    },
    IsoWeek {
        year: Option<YearRef>,
        week: u8,
    },
    /// Days from the reference date.
    Day(i32),
    /// A weekday: of the week `week` weeks from the reference's, or (`None`) the nearest in
    /// the `prefer` direction.
    Weekday {
        weekday: u8,
        week: Option<i32>,
    },
    /// The unit containing the reference date, shifted: `last week` is (Week, −1).
    Period {
        unit: Unit,
        shift: i32,
    },
    /// `next March` (+1), `this Jan` (0), `last June` (−1), `March after next` (+2).
    MonthShift {
        month: u8,
        shift: i32,
    },
    /// An amount of time from a base date (the reference date when `None`).
    Offset {
        amount: Amount,
        base: Option<Node>,
    },
    /// The `count` units before (negative) or after the reference's unit: `last 2 days`.
    Window {
        unit: Unit,
        count: i32,
    },
    /// The `n`th (negative: from the end) weekday, day or week of a period.
    Nth {
        n: i32,
        what: Nth,
        within: Node,
    },
    /// The `n`th weekday after a date (`third tuesday after christmas 2014`).
    NthAfter {
        n: i32,
        weekday: u8,
        base: Node,
    },
    Holiday {
        index: u16,
        year: Option<YearRef>,
        shift: i32,
    },
    /// Whole Gregorian years: decades and centuries.
    Years {
        first: i32,
        last: i32,
    },
    Quarter {
        n: u8,
        year: Option<YearRef>,
    },
    Season {
        season: u8,
        year: Option<YearRef>,
        shift: i32,
    },
    Range(Node, Node),
    /// A date and the amount of time it lasts: `18th Dec for 10 days`, `a week starting
    /// tomorrow`; from the date's first day to that day plus the amount.
    Lasting(Node, Amount),
    Part(DatePart, Node),
    /// The reference date, as a range's end (`between Jan 22 and now`).
    Now,
}

/// A number token: digits or spelled out.
#[derive(Clone, Copy, Debug)]
struct NumTok {
    value: i64,
    /// Digits written; 0 when spelled out.
    digits: u8,
    ordinal: bool,
    plural: bool,
}

type Parsed = Option<(usize, Expr)>;

pub(crate) struct Parser<'t, 'l> {
    tokens: &'t [Token<'l>],
    order: NumericOrder,
    /// Sub-expressions of the expression being read. Emptied at each [`Parser::parse_at`]:
    /// the previous expression has been resolved by then, so memory stays bounded by one
    /// expression's attempts, however long the document.
    nodes: RefCell<Vec<Expr>>,
    /// [`Parser::core`] at each token, for the current [`Parser::parse_at`] (tagged with its
    /// generation): ranges, ordinals and amounts read the same dates many times over.
    core_memo: RefCell<Vec<(u32, Parsed)>>,
    generation: std::cell::Cell<u32>,
}

/// The longer of two parses; the first on a tie.
fn longer(a: Parsed, b: Parsed) -> Parsed {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

fn valid_day(month: Option<u8>, day: u8) -> bool {
    let max = match month {
        Some(2) => 29,
        Some(4 | 6 | 9 | 11) => 30,
        _ => 31,
    };
    (1..=max).contains(&day)
}

/// A two-digit year in a numeric date: 1950–2049.
fn expand_two_digit_year(y: i64) -> i32 {
    let y = y as i32;
    if y < 50 { 2000 + y } else { 1900 + y }
}

impl<'t, 'l> Parser<'t, 'l> {
    pub(crate) fn new(tokens: &'t [Token<'l>], order: NumericOrder) -> Parser<'t, 'l> {
        Parser {
            tokens,
            order,
            nodes: RefCell::new(Vec::new()),
            core_memo: RefCell::new(vec![(0, None); tokens.len()]),
            generation: std::cell::Cell::new(0),
        }
    }

    /// Resets the arena between documents' uses of one parser.
    pub(crate) fn node(&self, id: Node) -> Expr {
        self.nodes.borrow()[id as usize]
    }

    fn push(&self, expr: Expr) -> Node {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(expr);
        (nodes.len() - 1) as Node
    }

    fn tok(&self, i: usize) -> Option<&Token<'l>> {
        self.tokens.get(i)
    }

    /// The first meaning of token `i` that `f` accepts.
    fn mean<T>(&self, i: usize, f: impl Fn(DateWord) -> Option<T>) -> Option<T> {
        self.tok(i)?.meanings().iter().find_map(|m| f(*m))
    }

    fn has(&self, i: usize, word: DateWord) -> bool {
        self.tok(i).is_some_and(|t| t.meanings().contains(&word))
    }

    fn sym(&self, i: usize, c: char) -> bool {
        self.tok(i).and_then(Token::sym) == Some(c)
    }

    /// Skips a `the` at `i`.
    fn the(&self, i: usize) -> usize {
        if self.has(i, DateWord::The) { i + 1 } else { i }
    }

    /// Skips a comma at `i`.
    fn comma(&self, i: usize) -> usize {
        if self.sym(i, ',') || self.sym(i, '،') {
            i + 1
        } else {
            i
        }
    }

    /// Skips an `of`-like link at `i`.
    fn of(&self, i: usize) -> usize {
        if self.has(i, DateWord::Of) { i + 1 } else { i }
    }

    fn month(&self, i: usize) -> Option<u8> {
        self.mean(i, |m| match m {
            DateWord::Month(n) => Some(n),
            _ => None,
        })
    }

    /// A month name, including a lower-case one that needs a number beside it (`may 5`).
    fn month_weak_ok(&self, i: usize) -> Option<u8> {
        self.tok(i)?.all_meanings().iter().find_map(|m| match m {
            DateWord::Month(n) => Some(*n),
            _ => None,
        })
    }

    /// A unit, singular or plural.
    fn unit(&self, i: usize) -> Option<Unit> {
        self.mean(i, |m| match m {
            DateWord::Unit(u) | DateWord::Plural(u) => Some(u),
            _ => None,
        })
    }

    /// Any unit word, however it is used.
    fn any_unit(&self, i: usize) -> Option<Unit> {
        self.unit(i).or_else(|| self.singular_unit(i))
    }

    /// A plural unit (`weeks`, `السنوات`).
    fn plural_unit(&self, i: usize) -> Option<Unit> {
        self.mean(i, |m| match m {
            DateWord::Plural(u) => Some(u),
            _ => None,
        })
    }

    /// A singular unit (`week`, `السنة`): the word that can name one period.
    fn singular_unit(&self, i: usize) -> Option<Unit> {
        self.mean(i, |m| match m {
            DateWord::Unit(u) | DateWord::DefiniteUnit(u) => Some(u),
            _ => None,
        })
    }

    fn is_unit(&self, i: usize, unit: Unit) -> bool {
        self.has(i, DateWord::Unit(unit)) || self.has(i, DateWord::DefiniteUnit(unit))
    }

    /// A shift written before what it shifts (`last week`, `هذا الأسبوع`, `গত বছর`).
    fn shift(&self, i: usize) -> Option<i8> {
        self.mean(i, |m| match m {
            DateWord::Shift(s) => Some(s),
            _ => None,
        })
    }

    /// A shift written after what it shifts (`الأسبوع الماضي`, `the week after next`).
    fn shift_after(&self, i: usize) -> Option<i8> {
        self.mean(i, |m| match m {
            DateWord::ShiftAfter(s) => Some(s),
            _ => None,
        })
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        self.mean(i, |m| match m {
            DateWord::Weekday(d) => Some(d),
            _ => None,
        })
    }

    fn part(&self, i: usize) -> Option<DatePart> {
        self.mean(i, |m| match m {
            DateWord::Part(p) => Some(p),
            _ => None,
        })
    }

    fn era(&self, i: usize) -> Option<Era> {
        self.mean(i, |m| match m {
            DateWord::Era(e) => Some(e),
            _ => None,
        })
    }

    /// A dot glued after an abbreviated name (`Dec.`, `Tue.`) belongs to it; after a full
    /// name it ends the sentence.
    fn abbreviation_dot(&self, dot: usize) -> bool {
        dot > 0
            && self.sym(dot, '.')
            && !self.tok(dot).is_some_and(|t| t.space_before)
            && self
                .tok(dot - 1)
                .is_some_and(|t| t.end - t.start <= 4 && t.end > t.start)
    }

    fn prev_is_month(&self, i: usize) -> bool {
        i > 0 && self.month_weak_ok(i - 1).is_some()
    }

    fn num(&self, i: usize) -> Option<NumTok> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Digits {
                value,
                len,
                ordinal,
                glued_before,
                glued_after,
                plural,
                amount,
            } => {
                if glued_after
                    || amount
                    || (glued_before && !self.prev_is_month(i))
                    || value == u32::MAX
                {
                    return None;
                }
                Some(NumTok {
                    value: i64::from(value),
                    digits: len,
                    ordinal,
                    plural,
                })
            }
            Kind::Word {
                number: Some(n), ..
            } => Some(NumTok {
                value: n.value as i64,
                digits: 0,
                ordinal: n.ordinal,
                plural: false,
            }),
            _ => None,
        }
    }

    /// A day of the month: one or two digits, a digit ordinal, or a spelled number ≤ 31.
    fn day(&self, i: usize) -> Option<(usize, u8)> {
        let n = self.num(i)?;
        if n.digits > 2 || n.plural || !(1..=31).contains(&n.value) {
            return None;
        }
        Some((i + 1, n.value as u8))
    }

    /// A year: four digits, or spelled out (`two thousand and eighteen`, `nineteen seventy
    /// eight`, `nineteen hundred ninety three`).
    fn year(&self, i: usize) -> Option<(usize, i32)> {
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
    fn year_tail(&self, i: usize) -> Option<(usize, YearRef)> {
        let j = self.comma(i);
        let of = self.of(j);
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

    /// The longest date expression starting at token `i`.
    pub(crate) fn parse_at(&self, i: usize) -> Parsed {
        let t = self.tok(i)?;
        let starts = match t.kind {
            Kind::Digits { .. } => true,
            Kind::Word { number, .. } => number.is_some() || !t.all_meanings().is_empty(),
            Kind::Sym(_) => false,
        };
        if !starts {
            return None;
        }
        self.nodes.borrow_mut().clear();
        self.generation
            .set(self.generation.get().wrapping_add(1).max(1));
        longer(
            longer(self.range(i), self.single(i)).map(|parsed| self.lasting(parsed)),
            self.lasting_first(i),
        )
    }

    /// `DATE [,] for AMOUNT`: the date stretched over the amount.
    fn lasting(&self, (next, expr): (usize, Expr)) -> (usize, Expr) {
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
    fn lasting_first(&self, i: usize) -> Parsed {
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
        if marker == DateWord::Starting
            && (self.has(k, DateWord::From) || self.has(k, DateWord::In))
        {
            k += 1;
        }
        let (end, date) = longer(self.range(k), self.single(k))?;
        let node = self.push(date);
        Some((end, Expr::Lasting(node, amount)))
    }

    /// The longest date starting at token `i` that is not a range.
    pub(crate) fn single_at(&self, i: usize) -> Parsed {
        self.single(i).map(|parsed| self.lasting(parsed))
    }

    /// One date, with a part before or after it (`early March`, `মার্চ মাসের শেষ ভাগে`).
    fn single(&self, i: usize) -> Parsed {
        let mut parted: Parsed = None;
        if let Some(p) = self.part(i) {
            let mut j = i + 1;
            if self.sym(j, '-') {
                j += 1;
            }
            let j = self.of(j);
            let mut inner = longer(self.period(j, false), self.core(self.the(j)));
            // `end of 2012`: a bare year is a date after a part word.
            if let Some((next, y)) = self.year(self.the(j)) {
                let year = Expr::Date {
                    year: Some(YearRef::Abs(y)),
                    month: None,
                    day: None,
                    weekday: None,
                };
                inner = longer(inner, Some((next, year)));
            }
            if let Some((next, inner)) = inner {
                let node = self.push(inner);
                parted = Some((next, Expr::Part(p, node)));
            }
        }
        // `বছরের শুরুতে`, `মাসের শেষে`: the reference's period, named by its unit alone, with a
        // part after it.
        if let Some(unit) = self.singular_unit(i)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
            && self.tok(i).is_some_and(|t| t.inflected)
            && let Some(p) = self.part(i + 1)
        {
            let node = self.push(Expr::Period { unit, shift: 0 });
            parted = longer(parted, Some((i + 2, Expr::Part(p, node))));
        }
        // A part word may also be an ordinal (`آخر اثنين من شهر آذار`, `أول أسبوع`): the
        // plain reading wins a tie.
        let plain = self.core(i).map(|(next, expr)| {
            if let Some(p) = self.part(next) {
                let node = self.push(expr);
                (next + 1, Expr::Part(p, node))
            } else {
                (next, expr)
            }
        });
        longer(plain, parted)
    }

    /// A period a part or an ordinal may apply to: a date, or `the month`, `the year`, `the
    /// week` alone (the reference's).
    fn period(&self, i: usize, needs_the: bool) -> Parsed {
        let j = self.the(i);
        if (j > i || !needs_the)
            && let Some(unit) = self.singular_unit(j)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Year)
        {
            return Some((j + 1, Expr::Period { unit, shift: 0 }));
        }
        // Arabic `الشهر` / `العام` carry the article in the word.
        None
    }

    fn core(&self, i: usize) -> Parsed {
        let generation = self.generation.get();
        if let Some(&(g, parsed)) = self.core_memo.borrow().get(i)
            && g == generation
        {
            return parsed;
        }
        let parsed = self.core_uncached(i);
        if let Some(slot) = self.core_memo.borrow_mut().get_mut(i) {
            *slot = (generation, parsed);
        }
        parsed
    }

    fn core_uncached(&self, i: usize) -> Parsed {
        let mut best = self.numeric(i);
        for parse in [
            self.day_month(i),
            self.month_day(i),
            self.month_year(i),
            self.month_alone(i),
            self.year_expr(i),
            self.weekday_expr(i),
            self.relative_day(i),
            self.shifted(i),
            self.offset(i),
            self.window(i),
            self.nth(i),
            self.holiday(i),
            self.decade(i),
            self.century(i),
            self.quarter(i),
            self.season(i),
            self.week_number(i),
            self.nth_day_alone(i),
        ] {
            best = longer(best, parse);
        }
        // A Hijri month without a day, alone or with a Gregorian year, is also a holiday
        // (`Ramadan 2023`): the holiday's observed dates beat the tabular month on a tie.
        if let Some((
            next,
            Expr::Hijri {
                day: None, year, ..
            },
        )) = best
            && year.is_none_or(|y| y >= 1700)
            && let Some((h_next, Expr::Holiday { index, .. })) = self.holiday(i)
        {
            let with_year = self
                .year_after(h_next)
                .map_or((h_next, None), |(n, y)| (n, Some(y)));
            if with_year.0 >= next {
                best = Some((
                    with_year.0,
                    Expr::Holiday {
                        index,
                        year: with_year.1,
                        shift: 0,
                    },
                ));
            }
        }
        let (next, expr) = best?;
        // A date without a year may take one after it: `June next year`, `thanksgiving of
        // next year`, `مارس من العام الماضي`.
        if let Expr::Date {
            year: None,
            month,
            day,
            weekday,
        } = expr
            && month.is_some()
            && let Some((after, year)) = self.year_after(next)
        {
            return Some((
                after,
                Expr::Date {
                    year: Some(year),
                    month,
                    day,
                    weekday,
                },
            ));
        }
        if let Expr::Holiday {
            index,
            year: None,
            shift: 0,
        } = expr
            && let Some((after, year)) = self.year_after(next)
        {
            return Some((
                after,
                Expr::Holiday {
                    index,
                    year: Some(year),
                    shift: 0,
                },
            ));
        }
        Some((next, expr))
    }

    /// `[of] next year`, `last year`, `, 2014`, `of 2014` after a yearless date.
    /// `[of] next year`, `last year`, `, 2014`, `of 2014`, `in 2019`, `in six years`, `nine
    /// yrs ago` after a yearless date or holiday.
    fn year_after(&self, i: usize) -> Option<(usize, YearRef)> {
        if let Some(found) = self.year_tail(i) {
            return Some(found);
        }
        if self.has(i, DateWord::In)
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

    // ---- numeric dates ------------------------------------------------------------------

    /// `28/06/2021`, `2021-06-28`, `٢٨/٦/٢٠٢١`, `31-Oct-74`, `2019-sep-1`, `15/2`, `2/2013`,
    /// `2014-10`, `31 10 1974`, `20170302`.
    fn numeric(&self, i: usize) -> Parsed {
        // Not inside a longer numeric run (`1/2/3/4`, `3.14.15`).
        if i > 0
            && let Some(c) = self.tok(i - 1).and_then(Token::sym)
            && matches!(c, '/' | '-' | '.' | ':' | ',')
            && !self.tok(i).is_some_and(|t| t.space_before)
            && i >= 2
            && self.num(i - 2).is_some()
        {
            return None;
        }
        #[derive(Clone, Copy)]
        enum Part {
            Num(NumTok),
            Month(u8),
        }
        let part_at = |j: usize| -> Option<Part> {
            if let Some(n) = self.num(j)
                && n.digits > 0
                && !n.ordinal
                && !n.plural
            {
                return Some(Part::Num(n));
            }
            self.month_weak_ok(j).map(Part::Month)
        };
        let first = part_at(i)?;
        // Eight digits: YYYYMMDD.
        if let Part::Num(n) = first
            && n.digits == 8
        {
            let (y, m, d) = (n.value / 10_000, (n.value / 100) % 100, n.value % 100);
            if (1900..=2100).contains(&y)
                && (1..=12).contains(&m)
                && valid_day(Some(m as u8), d as u8)
            {
                return Some((
                    i + 1,
                    Expr::Date {
                        year: Some(YearRef::Abs(y as i32)),
                        month: Some(m as u8),
                        day: Some(d as u8),
                        weekday: None,
                    },
                ));
            }
            return None;
        }
        let mut parts = [first, first, first];
        let mut count = 1;
        let mut j = i + 1;
        let mut sep: Option<char> = None;
        while count < 3 {
            // A separator (with spaces around it allowed), or a space between digits.
            let (next_sep, after) = match self.tok(j).and_then(Token::sym) {
                Some(c @ ('/' | '-' | '.')) => (c, j + 1),
                _ => (' ', j),
            };
            if sep.is_some_and(|s| s != next_sep) {
                break;
            }
            if next_sep == ' '
                && !(self.tok(j).is_some_and(|t| t.space_before)
                    && matches!(parts[0], Part::Num(_)))
            {
                break;
            }
            let Some(p) = part_at(after) else { break };
            if next_sep == ' ' && matches!(p, Part::Month(_)) {
                break;
            }
            sep = Some(next_sep);
            parts[count] = p;
            count += 1;
            j = after + 1;
        }
        let sep = sep?;
        // Not followed by more of the same (`1/2/3/4`), nor a decimal (`7.5`).
        if let Some(c) = self.tok(j).and_then(Token::sym)
            && c == sep
            && self.num(j + 1).is_some()
        {
            return None;
        }
        let date = |y: Option<i32>, m: i64, d: Option<i64>| -> Option<Expr> {
            if !(1..=12).contains(&m) {
                return None;
            }
            let m = m as u8;
            if let Some(d) = d
                && !(1..=31).contains(&d)
            {
                return None;
            }
            let d = d.map(|d| d as u8);
            if let Some(d) = d
                && !valid_day(Some(m), d)
            {
                return None;
            }
            Some(Expr::Date {
                year: y.map(YearRef::Abs),
                month: Some(m),
                day: d,
                weekday: None,
            })
        };
        let year_of = |n: NumTok| -> Option<i32> {
            match n.digits {
                4 => Some(n.value as i32),
                2 => Some(expand_two_digit_year(n.value)),
                _ => None,
            }
        };
        let small = |n: NumTok| n.digits <= 2;
        let expr = match (count, parts) {
            (3, [Part::Num(a), b, Part::Num(c)]) if a.digits == 4 => {
                // Y M D
                let m = match b {
                    Part::Num(b) if small(b) => b.value,
                    Part::Month(m) => i64::from(m),
                    _ => return None,
                };
                if !small(c) {
                    return None;
                }
                date(Some(a.value as i32), m, Some(c.value))
            }
            (3, [a, Part::Num(y), c]) if y.digits == 4 && sep != ' ' => {
                // `September-2020-23`, `23-2020-September`.
                match (a, c) {
                    (Part::Month(m), Part::Num(d)) | (Part::Num(d), Part::Month(m)) if small(d) => {
                        date(Some(y.value as i32), i64::from(m), Some(d.value))
                    }
                    _ => None,
                }
            }
            (3, [a, b, Part::Num(c)]) if c.digits == 4 || (c.digits == 2 && sep != ' ') => {
                let y = year_of(c)?;
                match (a, b) {
                    (Part::Num(a), Part::Num(b)) if small(a) && small(b) => {
                        let month_first = self.order == NumericOrder::MonthDay && a.value <= 12;
                        if month_first && b.value <= 31 {
                            date(Some(y), a.value, Some(b.value))
                        } else {
                            date(Some(y), b.value, Some(a.value))
                        }
                    }
                    (Part::Num(d), Part::Month(m)) | (Part::Month(m), Part::Num(d)) if small(d) => {
                        date(Some(y), i64::from(m), Some(d.value))
                    }
                    _ => None,
                }
            }
            (2, [Part::Num(a), Part::Num(b), _]) => {
                if a.digits == 4 && small(b) && sep != '.' {
                    date(Some(a.value as i32), b.value, None)
                } else if b.digits == 4 && small(a) && sep != '.' {
                    date(Some(b.value as i32), a.value, None)
                } else if small(a) && small(b) && (sep == '/' || sep == '-') {
                    // Day and month: `/` any valid pair but a proper fraction (`1/4`); `-`
                    // only when one part cannot be a month (`2-15`), since `3-2` is a score.
                    let (x, y) = (a.value, b.value);
                    if sep == '/' && x < y && y <= 10 {
                        return None;
                    }
                    if sep == '-' && x <= 12 && y <= 12 {
                        return None;
                    }
                    let month_first = (self.order == NumericOrder::MonthDay && x <= 12) || y > 12;
                    if month_first {
                        date(None, x, Some(y))
                    } else {
                        date(None, y, Some(x))
                    }
                } else {
                    None
                }
            }
            (2, [Part::Month(m), Part::Num(n), _]) | (2, [Part::Num(n), Part::Month(m), _])
                if sep != ' ' =>
            {
                if n.digits == 4 {
                    date(Some(n.value as i32), i64::from(m), None)
                } else if small(n) {
                    date(None, i64::from(m), Some(n.value))
                } else {
                    None
                }
            }
            _ => None,
        }?;
        Some((j, expr))
    }

    // ---- dates with month names ---------------------------------------------------------

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

    /// `[month-word] MONTH [month-word]`: the month name with the word for "month" that
    /// news puts before it (`شهر مارس`) or after it (`মার্চ মাসের`).
    fn month_name(&self, i: usize, weak_ok: bool) -> Option<(usize, MonthOf)> {
        let j = if self.is_unit(i, Unit::Month) {
            i + 1
        } else {
            i
        };
        // After the word for month, a weak name is a month (`شهر مارس`).
        let m = self.any_month(j, weak_ok || j > i)?;
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
    fn day_month(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let (after_day, day) = self.day(j)?;
        let k = self.of(after_day);
        let (next, month) = self.month_name(k, true)?;
        let (next, year) = match self.calendar_year(next, month) {
            Some((n, y)) => (n, Some(y)),
            None => (next, None),
        };
        month.expr(year, Some(day)).map(|e| (next, e))
    }

    /// The year after a month of `month`'s calendar, with its era mark.
    fn calendar_year(&self, i: usize, month: MonthOf) -> Option<(usize, YearRef)> {
        match month {
            MonthOf::Gregorian(_) => self.year_tail(i),
            MonthOf::Hijri(_) | MonthOf::Bangla(_) => {
                let j = self.comma(i);
                let j = if self.is_unit(j, Unit::Year) {
                    j + 1
                } else {
                    j
                };
                let n = self.num(j)?;
                if n.ordinal || n.digits > 4 || !(1..=2999).contains(&n.value) {
                    return None;
                }
                let next = if self.era(j + 1).is_some() {
                    j + 2
                } else {
                    j + 1
                };
                Some((next, YearRef::Abs(n.value as i32)))
            }
        }
    }

    /// `June 28, 2021`, `Aug 8`, `march third 2015`, `may twenty-first`, `Feb13`.
    fn month_day(&self, i: usize) -> Parsed {
        let (j, month) = self.month_name(i, true)?;
        let j = if self.sym(j, '.') { j + 1 } else { j };
        let k = self.the(j);
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

    /// `September 2014`, `Mar, 2001`, `June of nineteen ninety nine`, `حزيران 2019`, `2016
    /// November`, `২০১৯ সালের মার্চ মাসের`, `رمضان 1442`.
    fn month_year(&self, i: usize) -> Parsed {
        if let Some((j, month)) = self.month_name(i, true)
            && let Some((next, year)) = self.calendar_year(j, month)
        {
            return month.expr(Some(year), None).map(|e| (next, e));
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

    /// A month alone (`يناير`, `in June`), or `شهر 3`, `الشهر التاسع`.
    fn month_alone(&self, i: usize) -> Parsed {
        // A weak month name (`may`, `مارس`) counts after `in` or the word for month.
        let weak_ok = i > 0 && (self.has(i - 1, DateWord::In) || self.is_unit(i - 1, Unit::Month));
        if let Some((next, month)) = self.month_name(i, weak_ok) {
            return month.expr(None, None).map(|e| (next, e));
        }
        if self.is_unit(i, Unit::Month)
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

    // ---- years, decades, centuries ------------------------------------------------------

    /// `عام 2014`, `year 2008`, `২০১৪ সালে`, `1442 هـ`, `2014م`, and a bare year after `in`.
    fn year_expr(&self, i: usize) -> Parsed {
        // Year word first.
        if self.is_unit(i, Unit::Year) {
            let j = self.the(i + 1);
            if let Some(n) = self.num(j)
                && !n.ordinal
                && !n.plural
                && (n.digits == 3 || n.digits == 4 || (n.digits == 0 && n.value >= 1000))
                && n.value <= 2200
            {
                let (next, y) = self.year(j).unwrap_or((j + 1, n.value as i32));
                return Some(self.with_era(next, y));
            }
        }
        let (next, y) = self.year(i)?;
        // The year word after the year (`২০১৪ সালে`), unless `و` starts a new item there.
        if self.is_unit(next, Unit::Year) && !self.tok(next).is_some_and(|t| t.joined) {
            return Some((
                next + 1,
                Expr::Date {
                    year: Some(YearRef::Abs(y)),
                    month: None,
                    day: None,
                    weekday: None,
                },
            ));
        }
        if self.era(next).is_some() {
            return Some(self.with_era(next, y));
        }
        // A bare year after `in`, `from`, `between`, `until`: 1500–2100 only.
        let after_in = i > 0
            && self.tok(i - 1).is_some_and(|t| {
                t.meanings().iter().any(|m| {
                    matches!(
                        m,
                        DateWord::In
                            | DateWord::From
                            | DateWord::Between
                            | DateWord::To
                            | DateWord::Before
                            | DateWord::After
                            | DateWord::And
                    )
                })
            });
        if after_in && (1500..=2100).contains(&y) && self.any_unit(next).is_none() {
            return Some((
                next,
                Expr::Date {
                    year: Some(YearRef::Abs(y)),
                    month: None,
                    day: None,
                    weekday: None,
                },
            ));
        }
        None
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
            era => (
                next + usize::from(era.is_some()),
                Expr::Date {
                    year: Some(YearRef::Abs(y)),
                    month: None,
                    day: None,
                    weekday: None,
                },
            ),
        }
    }

    /// `1990s`, `the 1970s`, `the nineteen seventies`, `the twenty-tens`, `الثمانينيات`,
    /// `১৯৭০-এর দশকে`.
    fn decade(&self, i: usize) -> Parsed {
        let j = self.the(i);
        if let Some(n) = self.num(j)
            && n.plural
            && n.value % 10 == 0
        {
            let first = match n.digits {
                4 => n.value as i32,
                2 => 1900 + n.value as i32,
                _ => return None,
            };
            return Some((
                j + 1,
                Expr::Years {
                    first,
                    last: first + 9,
                },
            ));
        }
        let decade_word = |k: usize| {
            self.mean(k, |m| match m {
                DateWord::Decade(d) => Some(i32::from(d)),
                _ => None,
            })
        };
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
        if let Some(d) = decade_word(j) {
            let first = 1900 + d;
            let next = if self.is_unit(j + 1, Unit::Decade) {
                j + 2
            } else {
                j + 1
            };
            return Some((
                next,
                Expr::Years {
                    first,
                    last: first + 9,
                },
            ));
        }
        // `১৯৭০-এর দশকে`: a year and the word for decade.
        if let Some((next, y)) = self.year(j)
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
    fn century(&self, i: usize) -> Parsed {
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
        if self.is_unit(j, Unit::Century)
            && let Some(n) = self.num(j + 1)
            && (1..=30).contains(&n.value)
        {
            return Some((j + 2, years(n.value)));
        }
        None
    }

    // ---- weekdays and relative days -----------------------------------------------------

    /// `Monday`, `يوم الاثنين`, `last tuesday`, `الثلاثاء الماضي`, `wednesday of next week`,
    /// `next week Sunday`, `Tuesday the 19th`, `Monday, Feb 18`.
    fn weekday_expr(&self, i: usize) -> Parsed {
        // `next week [on] Sunday`
        if let Some((after_week, week)) = self.week_shift(i) {
            // No comma between: `last week, on Monday, …` is a list.
            let j = after_week;
            let j = if self.has(j, DateWord::In) { j + 1 } else { j };
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
        // `last tuesday`, `this friday`, `গত শুক্রবার`
        if let Some(s) = self.shift(i)
            && let Some(wd) = self.weekday(self.day_word(i + 1))
        {
            return Some((
                self.day_word(i + 1) + 1,
                Expr::Weekday {
                    weekday: wd,
                    week: Some(i32::from(s)),
                },
            ));
        }
        let j = self.day_word(i);
        // A weak weekday name (`احد`, also "someone") counts before a shifted week.
        let wd = self.weekday(j).or_else(|| {
            let weak = self.tok(j)?.all_meanings().iter().find_map(|m| match m {
                DateWord::Weekday(d) => Some(*d),
                _ => None,
            })?;
            self.week_shift(j + 1).map(|_| weak)
        })?;
        let mut next = j + 1;
        if self.abbreviation_dot(next) {
            next += 1;
        }
        // `الثلاثاء الماضي`
        if let Some(s) = self.shift_after(next) {
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
        // A date after the weekday: the weekday only confirms it.
        let k = self.comma(next);
        let k = self.of(self.day_word(k));
        let dated = longer(
            longer(self.day_month(k), self.month_day(k)),
            self.numeric(k),
        );
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
        // `Tuesday the 19th`, `Thu 15th`, `الثلاثاء التاسع عشر من هذا الشهر`
        let l = self.the(k);
        if let Some(n) = self.num(l)
            && (l > k || n.ordinal)
            && let Some((after, day)) = self.day(l)
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

    /// `this month`, `الشهر الحالي`, `next month`.
    fn month_shift_period(&self, i: usize) -> Option<(usize, i32)> {
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
    fn relative_day(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let n = self.mean(j, |m| match m {
            DateWord::Day(n) => Some(n),
            _ => None,
        })?;
        Some((j + 1, Expr::Day(i32::from(n))))
    }

    /// `next week`, `العام القادم`, `গত বছর`, `the week after next`, `next March`, `يناير
    /// الماضي`, `next halloween`, `this winter`.
    fn shifted(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let make = |unit: Unit, shift: i8| Expr::Period {
            unit,
            shift: i32::from(shift),
        };
        if let Some(s) = self.shift(j) {
            if let Some(unit) = self.singular_unit(j + 1) {
                return Some((j + 2, make(unit, s)));
            }
            if let Some(m) = self.month_weak_ok(j + 1) {
                return Some((
                    j + 2,
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
            if let Some(season) = self.season_word(j + 1) {
                return Some((
                    j + 2,
                    Expr::Season {
                        season,
                        year: None,
                        shift: i32::from(s),
                    },
                ));
            }
        }
        if let Some(unit) = self.singular_unit(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((j + 2, make(unit, s)));
        }
        if let Some(m) = self.month(j)
            && let Some(s) = self.shift_after(j + 1)
        {
            return Some((
                j + 2,
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
            return Some((
                j + 2,
                Expr::Season {
                    season,
                    year: None,
                    shift: i32::from(s),
                },
            ));
        }
        None
    }

    fn holiday_word(&self, i: usize) -> Option<u16> {
        self.mean(i, |m| match m {
            DateWord::Holiday(h) => Some(h),
            _ => None,
        })
    }

    fn season_word(&self, i: usize) -> Option<u8> {
        self.mean(i, |m| match m {
            DateWord::Season(s) => Some(s),
            _ => None,
        })
    }

    // ---- amounts of time ----------------------------------------------------------------

    /// `3 years`, `a week`, `two weeks and 2 days`, `1 month, 21 days`, `سنتين`, `أسبوع`:
    /// an amount of time (positive).
    fn amount(&self, i: usize, bare_unit_ok: bool) -> Option<(usize, Amount)> {
        let mut amount = Amount::default();
        let mut j = i;
        let mut any = false;
        loop {
            let start = j;
            let count = if let Some(n) = self.num(j).filter(|n| !n.ordinal && !n.plural) {
                j += 1;
                Some(n.value)
            } else if let Some(c) = self.mean(j, |m| match m {
                DateWord::Count(c) => Some(c),
                _ => None,
            }) {
                j += 1;
                // `a few`: the count word after the article.
                if let Some(c2) = self.mean(j, |m| match m {
                    DateWord::Count(c) => Some(c),
                    _ => None,
                }) {
                    j += 1;
                    Some(i64::from(c.max(c2)))
                } else {
                    Some(i64::from(c))
                }
            } else {
                None
            };
            let units = |k: usize| {
                self.mean(k, |m| match m {
                    DateWord::Units(u, n) => Some((u, n)),
                    _ => None,
                })
            };
            let added = if let Some(n) = count {
                match (self.unit(j), units(j)) {
                    (Some(unit), _) if n > 0 && n < 10_000 => {
                        j += 1;
                        amount.add(unit, n as i32)
                    }
                    // `a fortnight`
                    (None, Some((unit, k))) if n > 0 && n < 10_000 => {
                        j += 1;
                        amount.add(unit, n as i32 * i32::from(k))
                    }
                    _ => false,
                }
            } else if let Some((unit, n)) = self.mean(j, |m| match m {
                DateWord::Units(u, n) => Some((u, n)),
                _ => None,
            }) {
                j += 1;
                amount.add(unit, i32::from(n))
            } else if bare_unit_ok
                && !any
                // `منذ أسبوع` ("a week ago"), but not the vague `منذ سنوات` ("for years").
                && let Some(unit) = self.singular_unit(j)
                // `منذ عام 2014` is "since 2014": the unit word marks the number after it.
                && self.num(j + 1).is_none()
            {
                j += 1;
                amount.add(unit, 1)
            } else {
                false
            };
            if !added {
                j = start;
                break;
            }
            any = true;
            // `and`, `,` between parts.
            let k = if self.has(j, DateWord::And) || self.sym(j, ',') {
                j + 1
            } else {
                j
            };
            if k > j
                && (self.num(k).is_some()
                    || self
                        .mean(k, |m| matches!(m, DateWord::Units(..)).then_some(()))
                        .is_some())
            {
                j = k;
            }
        }
        any.then_some((j, amount))
    }

    /// `three years ago`, `منذ ثلاث سنوات`, `তিন বছর আগে`, `in 3 weeks`, `2 days hence`,
    /// `two days from tomorrow`, `5 days before new year`, `one year after christmas`.
    fn offset(&self, i: usize) -> Parsed {
        let mut best: Parsed = None;
        // Marker before the amount: `منذ`, `قبل`, `in`.
        if self.has(i, DateWord::Since)
            && let Some((next, amount)) = self.amount(i + 1, true)
        {
            best = longer(
                best,
                Some((
                    next,
                    Expr::Offset {
                        amount: amount.negated(),
                        base: None,
                    },
                )),
            );
        }
        // `in 3 weeks`; `بعد 3 أسابيع`, `after two days`, but not `بعد ثلاث سنوات منذ تشكيله`
        // ("three years after its founding"), which counts from another event.
        let from_event = |k: usize| {
            self.has(k, DateWord::Since) || self.has(k, DateWord::From) || self.has(k, DateWord::Of)
        };
        if (self.has(i, DateWord::In)
            || self.has(i, DateWord::Later)
            || self.has(i, DateWord::After))
            && let Some((next, amount)) = self.amount(i + 1, false)
            && !(self.has(i, DateWord::After) && from_event(next))
        {
            best = longer(best, Some((next, Expr::Offset { amount, base: None })));
        }
        // Amount first.
        if let Some((after, amount)) = self.amount(i, false) {
            if self.has(after, DateWord::Ago) {
                best = longer(
                    best,
                    Some((
                        after + 1,
                        Expr::Offset {
                            amount: amount.negated(),
                            base: None,
                        },
                    )),
                );
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
    fn window(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let count_at = |k: usize| -> Option<i64> {
            if let Some(n) = self
                .num(k)
                .filter(|n| !n.ordinal && !n.plural && n.digits <= 3)
            {
                return Some(n.value);
            }
            self.mean(k, |m| match m {
                DateWord::Count(c) => Some(i64::from(c)),
                _ => None,
            })
        };
        let window = |unit: Unit, n: i64, s: i8| -> Option<Expr> {
            if s == 0 || n <= 0 || n > 1000 || unit == Unit::Weekend {
                return None;
            }
            Some(Expr::Window {
                unit,
                count: n as i32 * i32::from(s.signum()),
            })
        };
        // Shift count unit
        if let Some(s) = self.shift(j)
            && let Some(n) = count_at(j + 1)
            && let Some(unit) = self.unit(j + 2)
        {
            return window(unit, n, s).map(|e| (j + 3, e));
        }
        // count shift unit / count unit shift
        if let Some(n) = count_at(j) {
            if let Some(s) = self.shift(j + 1)
                && let Some(unit) = self.unit(j + 2)
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
        // unit count shift (Arabic definite: `السنوات الخمس الماضية`)
        if let Some(unit) = self.plural_unit(j)
            && let Some(n) = count_at(j + 1)
            && let Some(s) = self.shift_after(j + 2)
        {
            return window(unit, n, s).map(|e| (j + 3, e));
        }
        // A counted unit after a shift: `past fortnight`.
        if let Some(s) = self.shift(j)
            && let Some((unit, n)) = self.mean(j + 1, |m| match m {
                DateWord::Units(u, n) => Some((u, n)),
                _ => None,
            })
        {
            return window(unit, i64::from(n), s).map(|e| (j + 2, e));
        }
        // A dual unit with a shift: `الأسبوعين الماضيين`.
        if let Some((unit, n)) = self.mean(j, |m| match m {
            DateWord::Units(u, n) => Some((u, n)),
            _ => None,
        }) && let Some(s) = self.shift_after(j + 1)
        {
            return window(unit, i64::from(n), s).map(|e| (j + 2, e));
        }
        None
    }

    // ---- ordinals inside periods ---------------------------------------------------------

    /// An ordinal: `third`, `3rd`, `الثالث`, `তৃতীয়`, `last`, `آخر`, `3rd last`.
    fn ordinal(&self, i: usize) -> Option<(usize, i32)> {
        let n = if let Some(n) = self.num(i).filter(|n| n.ordinal) {
            n.value as i32
        } else {
            i32::from(self.mean(i, |m| match m {
                DateWord::Ordinal(n) => Some(n),
                _ => None,
            })?)
        };
        if n == 0 || n.abs() > 60 {
            return None;
        }
        // `3rd last`
        if n > 0
            && self
                .mean(i + 1, |m| match m {
                    DateWord::Ordinal(-1) => Some(()),
                    _ => None,
                })
                .is_some()
        {
            return Some((i + 2, -n));
        }
        Some((i + 1, n))
    }

    fn nth_what(&self, i: usize) -> Option<Nth> {
        if let Some(wd) = self.weekday(i) {
            return Some(Nth::Weekday(wd));
        }
        match self.singular_unit(i)? {
            Unit::Day => Some(Nth::Day),
            Unit::Week => Some(Nth::Week),
            _ => None,
        }
    }

    /// `first wednesday of october 2014`, `last day of october 2015`, `the third week next
    /// year`, `اخر اثنين من شهر اذار`, `الاسبوع الاول من شهر عشرة 2014`, `اليوم الثالث من
    /// اكتوبر`, `second Sunday`, `20th of next month`.
    fn nth(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let mut forms: [Option<(usize, i32, Nth)>; 3] = [None; 3];
        // ordinal what
        if let Some((k, n)) = self.ordinal(j)
            && let Some(what) = self.nth_what(k)
        {
            forms[0] = Some((k + 1, n, what));
        }
        // what ordinal
        if let Some(what) = self.nth_what(j)
            && let Some((k, n)) = self.ordinal(j + 1)
        {
            forms[1] = Some((k, n, what));
        }
        // A day before `of` + a period (`20th of next month`, `20 of this month`) or right
        // before a shifted month (`15 الشهر المقبل`).
        if let Some((k, n)) = self
            .ordinal(j)
            .or_else(|| self.day(j).map(|(k, d)| (k, i32::from(d))))
            && (self.has(k, DateWord::Of) || self.month_shift_period(k).is_some())
            && n > 0
        {
            forms[2] = Some((k, n, Nth::Day));
        }
        let mut best: Parsed = None;
        for (k, n, what) in forms.into_iter().flatten() {
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
            let l = if self.has(k, DateWord::In) {
                k + 1
            } else {
                self.of(k)
            };
            let l = self.the(l);
            if let Some((end, within)) = self.nth_period(l) {
                let within = self.push(within);
                best = longer(best, Some((end, Expr::Nth { n, what, within })));
            } else if matches!(what, Nth::Weekday(_)) && k > j && n > 0 && n <= 5 {
                // `second Sunday`: of the reference's month.
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
    fn nth_period(&self, i: usize) -> Parsed {
        let mut best = longer(self.month_year(i), self.month_alone(i));
        best = longer(best, self.shifted(i));
        best = longer(best, self.year_expr(i));
        best = longer(best, self.period(i, true));
        if let Some((next, y)) = self.year(i) {
            best = longer(
                best,
                Some((
                    next,
                    Expr::Date {
                        year: Some(YearRef::Abs(y)),
                        month: None,
                        day: None,
                        weekday: None,
                    },
                )),
            );
        }
        // `the month` as the Arabic `الشهر` (article in the word).
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

    /// `on the 15th`, `the 27th.`: a day of the reference's month.
    fn nth_day_alone(&self, i: usize) -> Parsed {
        let on = self.has(i, DateWord::In);
        let j = if on { i + 1 } else { i };
        let k = self.the(j);
        if k == j && !on {
            return None;
        }
        let n = self.num(k)?;
        if !n.ordinal || n.digits == 0 {
            return None;
        }
        let (next, day) = self.day(k)?;
        // Followed by nothing or punctuation: `the 15th century` is no day.
        let ends = match self.tok(next) {
            None => true,
            Some(t) => {
                matches!(t.kind, Kind::Sym(c) if matches!(c, '.' | ',' | '!' | '?' | ';' | ')'))
            }
        };
        if !ends && !on {
            return None;
        }
        if self.any_unit(next).is_some() {
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

    // ---- named days, quarters, seasons, weeks ---------------------------------------------

    /// `christmas`, `Eid al-Fitr 1950`, `عيد الشكر 2010`, `thanksgiving of next year`.
    fn holiday(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let index = self.holiday_word(j)?;
        Some((
            j + 1,
            Expr::Holiday {
                index,
                year: None,
                shift: 0,
            },
        ))
    }

    /// `the third quarter`, `1st quarter of 2013`, `الربع الثالث من العام`.
    fn quarter(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let (k, n) = if let Some((k, n)) = self.ordinal(j)
            && self.is_unit(k, Unit::Quarter)
        {
            (k + 1, n)
        } else if self.is_unit(j, Unit::Quarter)
            && let Some((k, n)) = self.ordinal(j + 1)
        {
            (k, n)
        } else {
            return None;
        };
        if !(1..=4).contains(&n) {
            return None;
        }
        let (next, year) = match self.year_after(k) {
            Some((next, y)) => (next, Some(y)),
            None => (k, None),
        };
        Some((next, Expr::Quarter { n: n as u8, year }))
    }

    /// `summer 2016`, `the winter`.
    fn season(&self, i: usize) -> Parsed {
        let j = self.the(i);
        let season = self.season_word(j)?;
        // `summer 2016`, `ربيع عام 1978`
        let k = if self.is_unit(j + 1, Unit::Year) {
            j + 2
        } else {
            j + 1
        };
        if let Some((next, y)) = self.year(k) {
            return Some((
                next,
                Expr::Season {
                    season,
                    year: Some(YearRef::Abs(y)),
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
    fn week_number(&self, i: usize) -> Parsed {
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

    // ---- ranges ---------------------------------------------------------------------------

    /// `from X to Y`, `between X and Y`, `X - Y`, `24 و 25 حزيران 2019`, `July 13-15`,
    /// `بين عامي 2014 و2017`, `২০১৪ থেকে ২০১৭ সাল পর্যন্ত`.
    fn range(&self, i: usize) -> Parsed {
        let opener = if self.has(i, DateWord::From) {
            Some(DateWord::From)
        } else if self.has(i, DateWord::Between) {
            Some(DateWord::Between)
        } else {
            None
        };
        let mut j = if opener.is_some() { i + 1 } else { i };
        // `بين عامي`: the year word before both years.
        let year_word = self.is_unit(j, Unit::Year);
        if year_word {
            j += 1;
        }
        let (after_left, left) = self.range_end(j)?;
        // The joiner.
        let (k, joiner) = if let Some(t) = self.tok(after_left) {
            if t.joined {
                (after_left, Some(DateWord::And))
            } else if let Some(c) = t.sym() {
                if matches!(c, '-' | '~' | '–') {
                    (after_left + 1, Some(DateWord::To))
                } else {
                    (after_left, None)
                }
            } else if self.has(after_left, DateWord::To) {
                (after_left + 1, Some(DateWord::To))
            } else if self.has(after_left, DateWord::And) {
                (after_left + 1, Some(DateWord::And))
            } else {
                (after_left, None)
            }
        } else {
            (after_left, None)
        };
        let joiner = joiner?;
        if joiner == DateWord::And && opener == Some(DateWord::From) {
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
        if self.has(next, DateWord::Until) {
            next += 1;
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
        if let Some(n) = self.num(j)
            && !n.plural
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
            _ => Some((left, right)),
        }
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
