//! All-numeric dates (`28/06/2021`, `2021-06-28`, `٢٨/٦/٢٠٢١`, `20170302`), and numeric
//! dates with an abbreviated month among the numbers (`31-Oct-74`, `2019-sep-1`), read in
//! the language's [`NumericOrder`] when day and month could swap.

use super::{Expr, NumTok, Parsed, Parser, YearRef, expand_two_digit_year, valid_day};
use crate::NumericOrder;
use crate::tokens::{Kind, Token};

impl Parser<'_, '_> {
    /// `28/06/2021`, `2021-06-28`, `٢٨/٦/٢٠٢١`, `31-Oct-74`, `2019-sep-1`, `15/2`, `2/2013`,
    /// `2014-10`, `31 10 1974`, `20170302`.
    pub(super) fn numeric(&self, i: usize) -> Parsed {
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
            // Two numbers apart by a space are no date (`in 2019 3 people died`, `2019 5
            // percent`): only three are (`31 10 1974`).
            (2, [Part::Num(a), Part::Num(b), _]) if sep != ' ' => {
                if a.digits == 4 && small(b) && sep != '.' {
                    date(Some(a.value as i32), b.value, None)
                } else if b.digits == 4 && small(a) && sep != '.' {
                    date(Some(b.value as i32), a.value, None)
                } else if small(a) && small(b) && (sep == '/' || sep == '-') {
                    // Before a month name the two are days of it, which the range rule reads
                    // (`12-14 June` is no 14 December); before a unit they count it (`10-15
                    // days`, `১০ - ১৫ দিন`, `10-15 يوما`).
                    if self.starts_month(j) || self.any_unit(j).is_some() {
                        return None;
                    }
                    // Before a word that is no date word, two numbers joined by a hyphen
                    // count it (`10-15 people`, `১০-১৫ জন`, `10-15 شخصا`): no 15 October.
                    if sep == '-'
                        && self.tok(j).is_some_and(|t| {
                            matches!(t.kind, Kind::Word { number: None, .. })
                                && t.all_meanings().is_empty()
                        })
                    {
                        return None;
                    }
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
}
