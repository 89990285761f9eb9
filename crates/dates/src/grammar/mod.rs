//! The date grammar: token sequences to date expressions, in every word order the three
//! languages use, read from the meanings the lexicon gave each word.
//!
//! Every production is a method `fn(&self, at) -> Option<(next, Expr)>` over the token list
//! that either reads a complete expression starting at token `at` or nothing; [`Parser::parse_at`]
//! tries them all and keeps the one that reads furthest. Expressions nest through a
//! per-document arena of nodes, so parsing allocates nothing per date.
//!
//! This module holds the expression types, the parser with its token accessors, and the
//! dispatch (`parse_at`, `single`, `core`). The productions are in one file per family,
//! each an `impl Parser` block:
//!
//! - [`numeric`]: all-numeric dates (`28/06/2021`, `2021-06-28`, `31-Oct-74`);
//! - [`months`]: dates with a month name, in any calendar (`28 June 2021`, `رمضان 1442`);
//! - [`years`]: years with their word or era, decades, centuries, and the year after a date;
//! - [`relative`]: weekdays, days counted from today, periods shifted from the reference's;
//! - [`amounts`]: amounts of time (`three years ago`, `last 2 days`, `18th Dec for 10 days`);
//! - [`ordinals`]: ordinals inside a period (`first wednesday of october`, `the 15th`);
//! - [`named`]: holidays, quarters, seasons, week numbers;
//! - [`ranges`]: two dates joined into one range, each end completing the other.
//!
//! Invariant: a production never reads past the token list and never returns `next <= at`,
//! so the extractor's left-to-right scan always advances.

use std::cell::RefCell;

use khabar_core::{Calendar, DatePart};

use crate::tokens::{Kind, Token};
use crate::{DateWord, Era, NumericOrder, Unit};

mod amounts;
mod months;
mod named;
mod numeric;
mod ordinals;
mod ranges;
mod relative;
#[cfg(test)]
mod tests;
mod years;

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
    /// A weekend, named by its Saturday (`the last weekend of June`).
    Weekend,
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

    /// Adds another amount to this one, unit by unit.
    fn plus(&mut self, other: Amount) {
        self.years += other.years;
        self.months += other.months;
        self.weeks += other.weeks;
        self.days += other.days;
    }

    /// The one unit the amount is in, if it is in one.
    pub(crate) fn single_unit(&self) -> Option<Unit> {
        self.in_one_unit().map(|(unit, _)| unit)
    }

    /// The one unit the amount is in and how many of it, if it is in one.
    pub(crate) fn in_one_unit(&self) -> Option<(Unit, i32)> {
        let units = [
            (self.years, Unit::Year),
            (self.months, Unit::Month),
            (self.weeks, Unit::Week),
            (self.days, Unit::Day),
        ];
        let mut nonzero = units.iter().filter(|(n, _)| *n != 0);
        match (nonzero.next(), nonzero.next()) {
            (Some(&(n, unit)), None) => Some((unit, n)),
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
    /// So many days from the reference date, ahead or behind as `prefer` reads
    /// ([`DateWord::DayEitherWay`]).
    DayEitherWay(u8),
    /// A weekday: of the week `week` weeks from the reference's, or (`None`) the nearest in
    /// the `prefer` direction.
    Weekday {
        weekday: u8,
        week: Option<i32>,
    },
    /// The weekend named alone (`the weekend`, `نهاية الأسبوع`): the reference's own when it
    /// falls on one, else the nearest in the `prefer` direction.
    Weekend,
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
    /// A Hijri or Bangla month with a shift word (`last Rajab`, `رمضان المقبل`, `আগামী
    /// আষাঢ়ে`): the month of that name before or after the reference's month of its
    /// calendar, as [`Expr::MonthShift`] is for a Gregorian one.
    CalendarMonthShift {
        calendar: Calendar,
        month: u8,
        shift: i32,
    },
    /// A day and month with a shift word (`আগামী ১৫ জুলাই`, `20 يونيو الماضي`): the first such
    /// day after the reference date (`shift` > 0) or the last before it (< 0).
    DayShift {
        month: u8,
        day: u8,
        shift: i8,
    },
    /// A day of the month with a shift word (`গত ১৫ তারিখে`, "on the last 15th"): the last
    /// such day before the reference date (`shift` < 0) or the first after it (> 0), in
    /// whichever month it falls.
    MonthDayShift {
        day: u8,
        shift: i8,
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
    /// The `n`th weekday after a date (`third tuesday after christmas 2014`); with `n`
    /// negative, the `-n`th before it (`two Mondays ago`, from today).
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
    /// The first (1) or second (2) half of a year: January to June, July to December.
    Half {
        n: u8,
        year: YearRef,
    },
    /// The first (1) or second (2) half of whole years, a decade's or a century's (`the
    /// first half of the 20th century` is 1900 to 1949).
    HalfOfYears {
        n: u8,
        within: Node,
    },
    Season {
        season: u8,
        year: Option<YearRef>,
        shift: i32,
    },
    Range(Node, Node),
    /// The week (Monday to Sunday) a date falls in: `the week of March 3`.
    WeekOf(Node),
    /// The weekend (Saturday and Sunday) nearest a date: `the weekend of March 9`.
    WeekendOf(Node),
    /// The reference's month and day in a year: `on this day in 1971`, `১৯৭১ সালের এই দিনে`.
    DayInYear(i32),
    /// A date and the amount of time it lasts: `18th Dec for 10 days`, `a week starting
    /// tomorrow`; from the date's first day to that day plus the amount.
    Lasting(Node, Amount),
    Part(DatePart, Node),
    /// The rest of a named period (`the rest of 2024`, `ما تبقى من شهر مارس`): from the
    /// reference date to its end when it holds the reference, else the whole period.
    RestOf(Node),
    /// The reference date, as a range's end (`between Jan 22 and now`).
    Now,
}

impl Expr {
    /// A whole Gregorian year (`2014`, `year 2008`, `FY23`).
    pub(crate) const fn year(y: i32) -> Expr {
        Expr::Date {
            year: Some(YearRef::Abs(y)),
            month: None,
            day: None,
            weekday: None,
        }
    }

    /// A month of a year (`the first six months of 2023` ends with `2023-06`).
    pub(crate) const fn month_of(year: YearRef, month: u8) -> Expr {
        Expr::Date {
            year: Some(year),
            month: Some(month),
            day: None,
            weekday: None,
        }
    }

    /// A day of a month of a year (`20 مارس الجاري`).
    pub(crate) const fn day_of(year: YearRef, month: u8, day: u8) -> Expr {
        Expr::Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            weekday: None,
        }
    }
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
    /// How many words before `to` a word of change may stand ([`DateWord::Change`]).
    change_reach: usize,
    /// The language's decimal marks (`NumberTables::decimal_separators`), for a half in
    /// digits ([`Parser::half_in_digits`]).
    decimal_marks: &'static [char],
}

/// Whether `expr` names one day, which a part of the day beside it leaves that day
/// ([`DateWord::DayPart`]).
fn names_a_day(expr: &Expr) -> bool {
    match *expr {
        Expr::Day(_)
        | Expr::DayEitherWay(_)
        | Expr::Weekday { .. }
        | Expr::DayShift { .. }
        | Expr::MonthDayShift { .. } => true,
        Expr::Date { day, .. } | Expr::Hijri { day, .. } | Expr::Bangla { day, .. } => {
            day.is_some()
        }
        _ => false,
    }
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

/// Declares the parser's one-meaning accessors: `fn NAME -> T = READ(PATTERN => VALUE);`
/// becomes `fn NAME(&self, i: usize) -> Option<T>`, the first meaning of token `i` (read
/// with `READ`: [`Parser::mean`] or [`Parser::mean_weak_ok`]) that matches `PATTERN`, as
/// `VALUE`. It writes out the closure each accessor would spell by hand, so it costs
/// nothing at run time: no allocation, no dynamic dispatch.
macro_rules! meanings {
    ($($(#[$doc:meta])* fn $name:ident -> $t:ty = $read:ident($p:pat => $v:expr);)*) => {
        $(
            $(#[$doc])*
            fn $name(&self, i: usize) -> Option<$t> {
                self.$read(i, |m| match m {
                    $p => Some($v),
                    _ => None,
                })
            }
        )*
    };
}

/// How many words before or after a date, in its clause, a mark of the future tense reaches
/// ([`Parser::future_clause`]): `will be held on`, `من المقرر أن تجرى الانتخابات في`.
const FUTURE_REACH: usize = 5;

/// How many linking words after the first [`Parser::may_start`] looks through.
const LINKS_AHEAD: usize = 4;

/// True for a word that only links or opens what follows it: a preposition, an article,
/// a conjunction ([`Parser::may_start`]).
fn links(word: &DateWord) -> bool {
    matches!(
        word,
        DateWord::In
            | DateWord::At
            | DateWord::From
            | DateWord::Between
            | DateWord::To
            | DateWord::FromAfter
            | DateWord::And
            | DateWord::Or
            | DateWord::Until
            | DateWord::Of
            | DateWord::The
            | DateWord::For
            | DateWord::Since
            | DateWord::Before
            | DateWord::After
            | DateWord::Auxiliary
            | DateWord::Future
            | DateWord::FutureAfter
            | DateWord::Namely
            | DateWord::Possessive
            | DateWord::Superlative
            | DateWord::Rest
    )
}

/// Whether one of the first `reach` tokens of `tokens`, up to the first that is no word (a
/// sign or a number), has the meaning `word`.
fn words_with<'a, 'l: 'a>(
    tokens: impl Iterator<Item = &'a Token<'l>>,
    reach: usize,
    word: DateWord,
) -> bool {
    tokens
        .take_while(|t| matches!(t.kind, Kind::Word { .. }))
        .take(reach)
        .any(|t| t.all_meanings().contains(&word))
}

/// True for a word whose every date meaning links ([`links`]), with no number.
fn links_only(t: &Token<'_>) -> bool {
    matches!(t.kind, Kind::Word { number: None, .. })
        && !t.all_meanings().is_empty()
        && t.all_meanings().iter().all(links)
}

impl<'t, 'l> Parser<'t, 'l> {
    pub(crate) fn new(tokens: &'t [Token<'l>], order: NumericOrder) -> Parser<'t, 'l> {
        Parser {
            tokens,
            order,
            nodes: RefCell::new(Vec::new()),
            core_memo: RefCell::new(vec![(0, None); tokens.len()]),
            generation: std::cell::Cell::new(0),
            change_reach: 0,
            decimal_marks: &[],
        }
    }

    /// The reach of the language's words of change (`NumberTables::change_reach`).
    pub(crate) fn with_change_reach(mut self, reach: usize) -> Self {
        self.change_reach = reach;
        self
    }

    /// The language's decimal marks (`NumberTables::decimal_separators`).
    pub(crate) fn with_decimal_marks(mut self, marks: &'static [char]) -> Self {
        self.decimal_marks = marks;
        self
    }

    /// Whether one of the `change_reach` words before token `i` (no sign or number between)
    /// is a word of change (`rose to`, `ارتفع عدد الوفيات إلى`).
    fn change_before(&self, i: usize) -> bool {
        self.word_before(i, self.change_reach, DateWord::Change)
    }

    /// Whether the date of tokens `start..end` stands in a clause of the future tense: a
    /// [`DateWord::Future`] among the [`FUTURE_REACH`] words before it, or a
    /// [`DateWord::FutureAfter`] among those after it or right before it (the verb a
    /// headline puts before the date: `নির্বাচন হবে ৭ জানুয়ারি`), no sign or number between
    /// (a comma or a full stop ends the clause).
    pub(crate) fn future_clause(&self, start: usize, end: usize) -> bool {
        self.word_before(start, FUTURE_REACH, DateWord::Future)
            || self.word_after(end, FUTURE_REACH, DateWord::FutureAfter)
            || self.word_before(start, 1, DateWord::FutureAfter)
    }

    /// Whether one of the `reach` words right before token `i` (no sign or number between)
    /// has the meaning `word`.
    fn word_before(&self, i: usize, reach: usize, word: DateWord) -> bool {
        words_with(self.tokens[..i].iter().rev(), reach, word)
    }

    /// Whether one of the `reach` words from token `i` on (no sign or number between) has
    /// the meaning `word`.
    fn word_after(&self, i: usize, reach: usize, word: DateWord) -> bool {
        words_with(self.tokens.get(i..).unwrap_or_default().iter(), reach, word)
    }

    /// The sub-expression `id` of the arena, valid until the next [`Parser::parse_at`].
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

    fn has(&self, i: usize, word: DateWord) -> bool {
        // The variants first (inline), the payloads only for the same variant.
        let variant = std::mem::discriminant(&word);
        self.tok(i).is_some_and(|t| {
            t.meanings()
                .iter()
                .any(|m| std::mem::discriminant(m) == variant && *m == word)
        })
    }

    /// [`Parser::has`], counting the meanings of a weak word too (`may` is an auxiliary).
    fn has_weak_ok(&self, i: usize, word: DateWord) -> bool {
        self.tok(i)
            .is_some_and(|t| t.all_meanings().contains(&word))
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

    /// The first meaning of token `i` that `f` accepts.
    fn mean<T>(&self, i: usize, f: impl Fn(DateWord) -> Option<T>) -> Option<T> {
        self.tok(i)?.meanings().iter().find_map(|m| f(*m))
    }

    /// [`Parser::mean`], counting the meanings of a weak word too (`may`), for the rules that
    /// check for a number or a shifted week beside it.
    fn mean_weak_ok<T>(&self, i: usize, f: impl Fn(DateWord) -> Option<T>) -> Option<T> {
        self.tok(i)?.all_meanings().iter().find_map(|m| f(*m))
    }

    meanings! {
        /// A month name, including a lower-case one that needs a number beside it (`may 5`).
        fn month_weak_ok -> u8 = mean_weak_ok(DateWord::Month(n) => n);
        /// A weekday, 1 = Monday.
        fn weekday -> u8 = mean(DateWord::Weekday(d) => d);
        /// A weekday that may be counted, singular or plural (`Monday`, `Mondays`).
        fn counted_weekday -> u8 = mean(DateWord::Weekday(d) | DateWord::Weekdays(d) => d);
        /// A weekday counted by the word itself (`جمعتين`), with its count.
        fn weekday_with_count -> (u8, u8) = mean(DateWord::WeekdaysCounted(d, n) => (d, n));
        /// A weekday, including a weak name (`احد`, also "someone").
        fn weekday_weak_ok -> u8 = mean_weak_ok(DateWord::Weekday(d) => d);
        /// A day counted from the reference date (`yesterday` −1).
        fn day_offset -> i8 = mean(DateWord::Day(n) => n);
        /// Before a weekday, its nearest occurrence's direction (`coming` +1, `past` −1).
        fn nearest -> i8 = mean(DateWord::Nearest(d) => d);
        /// A unit, singular or plural.
        fn unit -> Unit = mean(DateWord::Unit(u) | DateWord::Plural(u) => u);
        /// A plural unit (`weeks`, `السنوات`).
        fn plural_unit -> Unit = mean(DateWord::Plural(u) => u);
        /// A singular unit (`week`, `السنة`): the word that can name one period.
        fn singular_unit -> Unit = mean(DateWord::Unit(u) | DateWord::DefiniteUnit(u) => u);
        /// A unit counted by the word itself (`fortnight`, `سنتين`), with its count.
        fn units -> (Unit, u8) = mean(DateWord::Units(u, n) => (u, n));
        /// An amount a word stands for (`a` 1, `few` 3).
        fn count -> u8 = mean(DateWord::Count(c) => c);
        /// A shift written after what it shifts (`الأسبوع الماضي`, `the week after next`).
        fn shift_after -> i8 = mean(DateWord::ShiftAfter(s) => s);
        /// A word for half a year (`half`, `نصف`, `প্রথমার্ধ`).
        fn half_word -> u8 = mean(DateWord::Half(n) => n);
        /// A period to the reference date in one word (`YTD`).
        fn period_to_date -> Unit = mean(DateWord::PeriodToDate(u) => u);
        /// An ordinal used only in dates (`পহেলা` 1, `آخر` −1).
        fn ordinal_word -> i8 = mean(DateWord::Ordinal(n) => n);
        /// A part of a period (`early`, `منتصف`, `শেষ ভাগে`).
        fn part -> DatePart = mean(DateWord::Part(p) => p);
        /// A part of the reference's period in one word (`EOY`).
        fn part_of -> (DatePart, Unit) = mean(DateWord::PartOf(p, u) => (p, u));
        /// A part of a period written after it (`মাসের শেষে`).
        fn part_after -> DatePart = mean(DateWord::PartAfter(p) => p);
        /// An era or calendar mark after a year (`AD`, `هـ`, `বঙ্গাব্দ`).
        fn era -> Era = mean(DateWord::Era(e) => e);
        /// A decade named by its tens (`seventies` 70).
        fn decade_tens -> u8 = mean(DateWord::Decade(d) => d);
        /// A decade named by its tens, including a weak name (Bengali `আশির`, "of eighty").
        fn decade_tens_weak_ok -> u8 = mean_weak_ok(DateWord::Decade(d) => d);
        /// A holiday, by its index in the holiday table.
        fn holiday_word -> u16 = mean(DateWord::Holiday(h) => h);
        /// A season, 1 = spring.
        fn season_word -> u8 = mean(DateWord::Season(s) => s);

        fn season_word_weak_ok -> u8 = mean_weak_ok(DateWord::Season(s) => s);
    }

    /// A shift written before what it shifts (`last week`, `هذا الأسبوع`, `গত বছর`), as
    /// written: a demonstrative takes no ending, so a shift word read through one is another
    /// word (Bengali `এর` "of" is no `এ` "this").
    /// `in` or one of the words that stand where it does before a date (`on`, `by`): see
    /// [`DateWord::At`]. Only `in` gives an amount of time a direction.
    fn at(&self, i: usize) -> bool {
        self.has(i, DateWord::In) || self.has(i, DateWord::At)
    }

    fn shift(&self, i: usize) -> Option<i8> {
        if self.tok(i)?.inflected {
            return None;
        }
        self.mean(i, |m| match m {
            DateWord::Shift(s) => Some(s),
            _ => None,
        })
    }

    /// Any unit word, however it is used.
    fn any_unit(&self, i: usize) -> Option<Unit> {
        self.unit(i).or_else(|| self.singular_unit(i))
    }

    fn is_unit(&self, i: usize, unit: Unit) -> bool {
        self.has(i, DateWord::Unit(unit)) || self.has(i, DateWord::DefiniteUnit(unit))
    }

    /// Whether token `i` ends a clause: the end of the text, or a mark of punctuation that is
    /// no separator glued between digits (`7.6`, `1,5`).
    fn ends_clause(&self, i: usize) -> bool {
        let glued_digits = self
            .tok(i + 1)
            .is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Digits { .. }));
        self.tok(i).is_none_or(|t| {
            matches!(t.kind, Kind::Sym(c) if matches!(c, '.' | ',' | '!' | '?' | ';' | ')' | '،' | '؟'))
                && !glued_digits
        })
    }

    /// A dot glued after an abbreviated name (`Dec.`, `Tue.`, `Sept.`) belongs to it; after
    /// a full name (`May.`, `June.`) it ends the sentence.
    fn abbreviation_dot(&self, dot: usize) -> bool {
        dot > 0
            && self.sym(dot, '.')
            && !self.tok(dot).is_some_and(|t| t.space_before)
            && self.tok(dot - 1).is_some_and(|t| {
                matches!(
                    t.kind,
                    Kind::Word {
                        abbreviated: true,
                        ..
                    }
                )
            })
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
            } if n.value.fract() == 0.0 => Some(NumTok {
                value: n.value as i64,
                digits: 0,
                ordinal: n.ordinal,
                plural: false,
            }),
            _ => None,
        }
    }

    /// Whether a half in digits follows the whole digits at `i`, one of the language's
    /// decimal marks and `5` touching them (`2.5`, `٢٫٥`, `১.৫`): where it ends. Only amounts of time read it, as
    /// they read [`Parser::half_count`].
    fn half_in_digits(&self, i: usize) -> Option<usize> {
        let touching = |k: usize| self.tok(k).is_some_and(|t| !t.space_before);
        let half = self.decimal_marks.iter().any(|&mark| self.sym(i + 1, mark))
            && touching(i + 1)
            && touching(i + 2)
            && self
                .num(i + 2)
                .is_some_and(|f| f.digits == 1 && f.value == 5 && !f.ordinal)
            && !self.decimal_marks.iter().any(|&mark| self.sym(i + 3, mark));
        half.then_some(i + 3)
    }

    /// A spelled count and a half at `i` (`দেড়` 1½, `আড়াই` 2½, `two and a half`): its whole
    /// part. Only amounts of time read it; [`Parser::num`] never gives it.
    fn half_count(&self, i: usize) -> Option<i64> {
        match self.tok(i)?.kind {
            Kind::Word {
                number: Some(n), ..
            } if !n.ordinal && n.value.fract() == 0.5 && n.value > 0.0 => {
                Some(n.value.trunc() as i64)
            }
            _ => None,
        }
    }

    /// A day of the month: one or two digits, a digit ordinal, or a spelled number ≤ 31,
    /// with the language's word for a day of the month after it, if any (`১৫ তারিখে`).
    fn day(&self, i: usize) -> Option<(usize, u8)> {
        let n = self.num(i)?;
        if n.digits > 2 || n.plural || !(1..=31).contains(&n.value) {
            return None;
        }
        // Digits before a colon and more digits are an hour (`-11:30 AM`), no day.
        let glued = |k: usize| self.tok(k).is_some_and(|t| !t.space_before);
        if self.sym(i + 1, ':') && glued(i + 1) && glued(i + 2) && self.num(i + 2).is_some() {
            return None;
        }
        let next = if self.has(i + 1, DateWord::DayMark) {
            i + 2
        } else {
            i + 1
        };
        Some((next, n.value as u8))
    }

    /// A day of the month followed by the language's word for one (`১৫ তারিখে`): a day
    /// even where a bare number could count something else (`গত মাসের ১৫ জন`, "15 people of
    /// last month").
    fn marked_day(&self, i: usize) -> Option<(usize, u8)> {
        let (next, day) = self.day(i)?;
        (next == i + 2).then_some((next, day))
    }

    /// False where a date cannot start at token `i` though it is a date word: a run of
    /// words that only link ([`links_only`]: `in the`, `من`, `এবং`) before a word with no
    /// date meaning and no number, or before the end. Every date holds a token of its own (a
    /// number, a month, a unit, a shift word …), and no production reads a word with no
    /// meaning between the linking words it starts with and that token: tested as
    /// "`!may_start(i)` implies `parse_from(i)` is `None`". The connectives are frequent and
    /// all the readings tried at one cost more than this look ahead, which stops after
    /// [`LINKS_AHEAD`] linking words (then the grammar decides), so a run of them still
    /// costs linear time.
    pub(crate) fn may_start(&self, i: usize) -> bool {
        if !self.tok(i).is_some_and(links_only) {
            return true;
        }
        let ahead = self.tokens.get(i + 1..).unwrap_or_default();
        match ahead.iter().take(LINKS_AHEAD + 1).find(|t| !links_only(t)) {
            Some(t) => {
                !matches!(t.kind, Kind::Word { number: None, .. }) || !t.all_meanings().is_empty()
            }
            // The end of the text, or more linking words than looked at.
            None => ahead.len() > LINKS_AHEAD,
        }
    }

    /// The longest date expression starting at token `i`.
    pub(crate) fn parse_at(&self, i: usize) -> Parsed {
        if !self.may_start(i) {
            return None;
        }
        self.parse_from(i)
    }

    /// [`Parser::parse_at`] without its look ahead.
    pub(crate) fn parse_from(&self, i: usize) -> Parsed {
        let t = self.tok(i)?;
        let starts = match t.kind {
            // The digits after a group or decimal mark glued between digits (`2,500`, `1.5`)
            // end a number that began before them: no date starts there (`up from 2,500
            // last year`). A numeric date still starts at its first digits (`28.06.2021`).
            Kind::Digits { .. } => {
                !(i >= 2
                    && !t.space_before
                    && matches!(
                        self.tok(i - 1).map(|m| (m.kind, m.space_before)),
                        Some((Kind::Sym(',' | '.'), false))
                    )
                    && matches!(self.tok(i - 2).map(|d| d.kind), Some(Kind::Digits { .. })))
            }
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

    /// The longest date starting at token `i` that is not a range.
    pub(crate) fn single_at(&self, i: usize) -> Parsed {
        self.single(i).map(|parsed| self.lasting(parsed))
    }

    /// One date, with a part of a period before or after it (`early March`, `মার্চ মাসের শেষ
    /// ভাগে`), a part of the day beside a day (`Friday morning`, `صباح الجمعة`), or its
    /// weekday in brackets after it (`March 22 (Friday)`).
    fn single(&self, i: usize) -> Parsed {
        // A part of the day before a day (Arabic `صباح اليوم`, `مساء يوم الخميس`), or before
        // `of` and a day (`the night of March 3`, `in the early hours of Sunday`): the day,
        // read from the token after alone, so a run of such words costs no recursion.
        let part_at = self.the(i);
        if self.has(part_at, DateWord::DayPart)
            && let Some((next, expr)) = self.core(self.of(part_at + 1))
            && names_a_day(&expr)
        {
            return Some((next, expr));
        }
        let mut read = self.single_unparted_day(i);
        // A weekday in brackets after a date with its day (`March 22 (Friday)`, `22 مارس
        // (الجمعة)`): that date's, in its span; the date decides.
        if let Some((
            next,
            Expr::Date {
                year,
                month,
                day: day @ Some(_),
                weekday: None,
            },
        )) = read
            && self.sym(next, '(')
            && self.sym(next + 2, ')')
            && let Some(wd) = self.weekday(next + 1)
        {
            let weekday = Some(wd);
            read = Some((
                next + 3,
                Expr::Date {
                    year,
                    month,
                    day,
                    weekday,
                },
            ));
        }
        // A part of the day after it (`yesterday evening`, `الخميس مساء`, `শুক্রবার সকালে`),
        // unless `و` starts a new item there (`يوم غد وصباح غد`).
        match read {
            Some((next, expr))
                if names_a_day(&expr)
                    && self.has(next, DateWord::DayPart)
                    && !self.tok(next).is_some_and(|t| t.joined) =>
            {
                Some((next + 1, expr))
            }
            read => read,
        }
    }

    /// [`Parser::single`] without a part of the day or a weekday in brackets.
    fn single_unparted_day(&self, i: usize) -> Parsed {
        let mut parted: Parsed = None;
        if let Some(p) = self.part(i) {
            let mut j = i + 1;
            if self.sym(j, '-') {
                j += 1;
            }
            // `later in the year`, `earlier in the week`: the reference's period.
            let in_the = self.has(j, DateWord::In) && self.has(j + 1, DateWord::The);
            if in_the && let Some((next, Expr::Period { unit, .. })) = self.period(j + 1, true) {
                parted = Some((next, self.part_of_current(p, unit)));
            }
            let j = self.of(j);
            if let Some((next, inner)) = self.part_inner(j) {
                let node = self.push(inner);
                parted = Some((next, Expr::Part(p, node)));
            }
        }
        // `the last days of 2023`, `the first months of the year`, `الأيام الأخيرة من عام
        // 2023`: the first or last units of a period, uncounted, are its part.
        let j = self.the(i);
        let units_first = self
            .plural_unit(j)
            .and_then(|_| self.ordinal(j + 1))
            .and_then(|(k, n)| end_part(n).map(|p| (k, p)));
        if let Some((k, p)) = self.part_by_units(j).or(units_first)
            && self.has(k, DateWord::Of)
            && let Some((next, inner)) = self.part_inner(k + 1)
        {
            let node = self.push(inner);
            parted = longer(parted, Some((next, Expr::Part(p, node))));
        }
        // `বছরের শুরুতে`, `মাসের শেষে`, `দশকের শেষ নাগাদ`: the reference's period, named by its
        // unit alone, with a part after it.
        if let Some(unit) = self.singular_unit(i)
            && matches!(
                unit,
                Unit::Week
                    | Unit::Month
                    | Unit::Quarter
                    | Unit::Year
                    | Unit::Decade
                    | Unit::Century
            )
            && self.tok(i).is_some_and(|t| t.inflected)
            // The units first: a part word may also start them (`বছরের শেষ কয়েক সপ্তাহে`).
            && let Some((end, p)) = self
                .part_by_units(i + 1)
                .or_else(|| self.part_after(i + 1).map(|p| (i + 2, p)))
        {
            parted = longer(parted, Some((end, self.part_of_current(p, unit))));
        }
        // `EOY`, `the BOM`: a part of the reference's period in one word.
        let j = self.the(i);
        if let Some((p, unit)) = self.part_of(j) {
            parted = longer(parted, Some((j + 1, self.part_of_current(p, unit))));
        }
        // `year-end`, `month-end`: the reference's period with a part word glued after it;
        // not a word that also counts back or on (`year-earlier`, `year-later`: a year
        // before or after something, an adjective).
        if let Some(unit) = self.singular_unit(i)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
            && self.glued_hyphen(i + 1)
            && let Some(p) = self.part(i + 2)
            && !self.has(i + 2, DateWord::Ago)
            && !self.has(i + 2, DateWord::Later)
        {
            parted = longer(parted, Some((i + 3, self.part_of_current(p, unit))));
        }
        // `month's end`, `by the year's end`: the same with a possessive before the part.
        let j = self.the(i);
        if let Some(unit) = self.singular_unit(j)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
            && (self.sym(j + 1, '\'') || self.sym(j + 1, '’'))
            && self.has(j + 2, DateWord::PossessiveEnding)
            && let Some(p) = self.part(j + 3)
            && !self.has(j + 3, DateWord::Ago)
            && !self.has(j + 3, DateWord::Later)
        {
            parted = longer(parted, Some((j + 4, self.part_of_current(p, unit))));
        }
        // A part word may also be an ordinal (`آخر اثنين من شهر آذار`, `أول أسبوع`): the
        // plain reading wins a tie.
        // A part after the date follows a genitive (`মার্চ মাসের শেষ ভাগে`, `২০২০ সালের
        // শেষে`); a part after anything else begins the next expression (`الشهر الماضي
        // ومطلع العام`).
        // The day before or after a date in the genitive is counted from it (`ঈদের আগের
        // দিন`, the day before Eid), not from the reference date.
        let plain = self.core(i).map(|(next, expr)| {
            let genitive = next > i && self.tok(next - 1).is_some_and(|t| t.inflected);
            if genitive && let Some((end, p)) = self.part_by_units(next) {
                // `২০২৩ সালের শেষ দিনগুলোতে`, `বছরের শেষ কয়েক সপ্তাহে` (before the part word
                // alone, which may start them).
                let node = self.push(expr);
                (end, Expr::Part(p, node))
            } else if genitive && let Some(p) = self.part_after(next) {
                let node = self.push(expr);
                (next + 1, Expr::Part(p, node))
            } else if let Some((end, amount)) = self.amount_from_date(next, genitive) {
                let base = Some(self.push(expr));
                (end, Expr::Offset { amount, base })
            } else if genitive
                && let Expr::Period { unit, shift } = expr
                && let Some(s @ (-1 | 1)) = self.shift(next)
                && self.singular_unit(next + 1) == Some(unit)
            {
                // `গত সপ্তাহের আগের সপ্তাহে`, the week before last week: one more shift.
                (
                    next + 2,
                    Expr::Period {
                        unit,
                        shift: shift + i32::from(s),
                    },
                )
            } else if genitive
                && let Some(s @ (-1 | 1)) = self.shift(next)
                && self.is_unit(next + 1, Unit::Day)
            {
                let base = Some(self.push(expr));
                let amount = Amount {
                    days: i32::from(s),
                    ..Amount::default()
                };
                (next + 2, Expr::Offset { amount, base })
            } else if genitive && let Some(s @ (-1 | 1)) = self.day_offset(next) {
                // The same in one word (`২৬ মার্চের পরদিন`, the day after 26 March).
                let base = Some(self.push(expr));
                let amount = Amount {
                    days: i32::from(s),
                    ..Amount::default()
                };
                (next + 1, Expr::Offset { amount, base })
            } else if let Expr::Period {
                unit: Unit::Month, ..
            } = expr
                && let Some((
                    end,
                    Expr::Date {
                        day: Some(day),
                        month: None,
                        year: None,
                        ..
                    },
                )) = self.nth_day_alone(next)
            {
                // `next month on the 5th`: the day of that month.
                let within = self.push(expr);
                (
                    end,
                    Expr::Nth {
                        n: i32::from(day),
                        what: Nth::Day,
                        within,
                    },
                )
            } else {
                (next, expr)
            }
        });
        longer(plain, parted)
    }

    /// An amount before `ago` or `later` counted from the date that ends at `next`: the
    /// date in its genitive (`২৬ মার্চের দুই দিন আগে`, two days before 26 March) or before
    /// `from` (`আজ থেকে এক বছর আগে`, a year before today; `মার্চ থেকে দুই মাস পরে`). Where
    /// it ends and the amount, negative before `ago`.
    fn amount_from_date(&self, next: usize, genitive: bool) -> Option<(usize, Amount)> {
        let starts = [
            genitive.then_some(next),
            self.has(next, DateWord::FromAfter).then_some(next + 1),
        ];
        starts.into_iter().flatten().find_map(|k| {
            let (end, amount) = self.amount(k, false)?;
            if self.has(end, DateWord::Ago) {
                Some((end + 1, amount.negated()))
            } else if self.has(end, DateWord::Later) {
                Some((end + 1, amount))
            } else {
                None
            }
        })
    }

    /// The period a part applies to, at `j` after its part word and `of`: a date, `the
    /// month` alone, or a bare year (`end of 2012`). A span that lasts an amount has no part
    /// (`start within 2 weeks` is a verb).
    fn part_inner(&self, j: usize) -> Parsed {
        // A decade after an apostrophe (`the early '80s`, `the mid-'90s`), spanned from its
        // digits as alone.
        let j = if (self.sym(j, '\'') || self.sym(j, '’'))
            && self.num(j + 1).is_some_and(|n| n.plural && n.digits == 2)
        {
            j + 1
        } else {
            j
        };
        let core = self
            .core(self.the(j))
            .filter(|(_, e)| !matches!(e, Expr::Lasting(..)));
        let inner = longer(self.period(j, false), core);
        // `the end of the decade`, `نهاية العقد`, `by the end of the century`, `منتصف القرن`:
        // the reference's decade or century, with its article or glued to the part by a
        // hyphen (`mid-century`).
        let inner = longer(inner, self.this_decade_or_century(j));
        let year = self
            .year(self.the(j))
            .map(|(next, y)| (next, Expr::year(y)));
        longer(inner, year)
    }

    /// The reference's decade or century named by its unit with the article or glued to
    /// the part before it by a hyphen (`the decade`, `القرن`, `mid-century`).
    pub(super) fn this_decade_or_century(&self, j: usize) -> Parsed {
        let k = self.the(j);
        self.singular_unit(k)
            .filter(|&u| {
                matches!(u, Unit::Decade | Unit::Century)
                    && (k > j
                        || self.has(k, DateWord::DefiniteUnit(u))
                        || j.checked_sub(1).is_some_and(|h| self.glued_hyphen(h)))
            })
            .map(|unit| (k + 1, Expr::Period { unit, shift: 0 }))
    }

    /// Where the count after the definite unit at `j` stands (Arabic `الأشهر الثلاثة`, and
    /// `الأشهر الـ12` past the article written apart before digits).
    fn count_after_unit(&self, j: usize) -> usize {
        if self.has(j + 1, DateWord::The) && self.num(j + 2).is_some() {
            j + 2
        } else {
            j + 1
        }
    }

    /// The first or last units of a period, uncounted (`last days`, `first months`, `final
    /// few weeks`, `শেষ কয়েক সপ্তাহে`, `early months`): where they end and the part they
    /// name. A count word makes a singular unit do (`কয়েক সপ্তাহ`, a few weeks).
    fn part_by_units(&self, i: usize) -> Option<(usize, DatePart)> {
        // A unit follows within a few tokens, or there are no such units.
        if !(i + 1..i + 4).any(|k| self.unit(k).is_some()) {
            return None;
        }
        let (k, p) = match self.ordinal(i) {
            Some((k, n)) => (k, end_part(n)?),
            None => (i + 1, self.part(i)?),
        };
        if self.plural_unit(k).is_some() {
            return Some((k + 1, p));
        }
        (self.count(k).is_some() && self.unit(k + 1).is_some()).then_some((k + 2, p))
    }

    /// Part `p` of the reference's period of `unit` (`year-end`, `EOY`, `বছরের শুরুতে`).
    fn part_of_current(&self, p: DatePart, unit: Unit) -> Expr {
        Expr::Part(p, self.push(Expr::Period { unit, shift: 0 }))
    }

    /// A period a part or an ordinal may apply to: a date, or `the month`, `the year`, `the
    /// week` alone (the reference's).
    fn period(&self, i: usize, needs_the: bool) -> Parsed {
        let j = self.the(i);
        if (j > i || !needs_the)
            && let Some(unit) = self.singular_unit(j)
            && matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
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
        // Each reading tried in turn (the order is kept for ties: the earlier wins).
        // A pair of years first: after the article it wins a tie with a year and month
        // (`the 2008-09 crisis`); elsewhere the two never both read.
        let mut best = longer(self.year_pair(i), self.numeric(i));
        let readings: [fn(&Self, usize) -> Parsed; 32] = [
            Self::day_month,
            Self::month_day,
            Self::month_year,
            Self::month_alone,
            Self::year_expr,
            Self::weekday_expr,
            Self::relative_day,
            Self::shifted,
            Self::offset,
            Self::window,
            Self::nth,
            Self::units_of_period,
            Self::holiday,
            Self::decade,
            Self::century,
            Self::decade_of_century,
            Self::quarter,
            Self::half,
            Self::months_of_year,
            Self::months_to,
            Self::months_to_after,
            Self::to_date,
            Self::rest_of,
            Self::season,
            Self::week_number,
            Self::nth_day_alone,
            Self::weekday_count,
            Self::week_of,
            Self::weekend,
            Self::day_beside,
            Self::same_day,
            // Last: on a tie an earlier reading wins (`اخر اثنين من شهر اذار` is the last
            // Monday of March, not the 2nd of last March).
            Self::day_shift,
        ];
        for read in readings {
            best = longer(best, read(self, i));
        }
        // A weekday with a spelled ordinal after it is the ordinal weekday of the period
        // that follows (`الجمعة الأولى من شهر مارس`, the first Friday of March), not the
        // weekday of a day (`Friday the first of March` has its article).
        if let Some((
            next,
            Expr::Date {
                weekday: Some(_), ..
            },
        )) = best
            && self.spelled_ordinal_after_weekday(i)
            && let Some((nth_next, nth @ Expr::Nth { .. })) = self.nth(i)
            && nth_next >= next
        {
            best = Some((nth_next, nth));
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
}

/// The part of a period its first (1) or last (−1) units name.
fn end_part(n: i32) -> Option<DatePart> {
    match n {
        1 => Some(DatePart::Early),
        -1 => Some(DatePart::Late),
        _ => None,
    }
}
