//! Holidays: named days and periods, each with the rule that dates it in a given year and
//! its names in English, Arabic and Bengali.
//!
//! The table is `data/holidays.toml`, embedded at compile time and parsed once, with the
//! generated day lists of `data/holiday_dates.toml`. A holiday is dated by exactly one rule:
//!
//! - `fixed = "MM-DD"`: the same Gregorian day every year (Christmas, 16 December);
//! - `nth = { month, weekday, n }`: the `n`th weekday of a month, `n = -1` the last
//!   (Thanksgiving is the 4th Thursday of November);
//! - `on_or_before = { month, day, weekday }` / `on_or_after`: the weekday nearest a day on
//!   one side (Victoria Day is the Monday on or before 24 May);
//! - `nearest = { month, day, weekday }`: the weekday nearest a day on either side
//!   (Newfoundland's Discovery Day is the Monday nearest 24 June);
//! - `easter = N` / `orthodox_easter = N`: N days after Easter Sunday;
//! - `hijri = "MM-DD"`: a day of the tabular Hijri calendar (`calendar` module), so it moves
//!   about 11 days a year and may fall twice in one Gregorian year;
//! - `bangla = "MM-DD"`: a day of the revised Bangla calendar;
//! - `after = { holiday, days }`: a number of days after another holiday (negative: before);
//! - `cycle = { from = "YYYY-MM-DD", days = N }`: every N days from a day, for calendars of
//!   a fixed year length (the 365-day Shahenshahi year of the Parsi New Year);
//! - `dates = ["YYYY-MM-DD", …]`: one start day per year, typed in for days no calendar
//!   dates (an entry `"YYYY-MM-DD/YYYY-MM-DD"` is one occurrence with its own last day);
//! - `generated = "NAME"`: the list `NAME` of `holiday_dates.toml`, in the `dates` format.
//!   Lunisolar calendars this crate does not compute (Hebrew, Hindu, Chinese, Buddhist) and
//!   Islamic days as observed (Umm al-Qura, which the tabular calendar misses by a day
//!   about half the time) come from there. That file is written by `cargo xtask holidays`
//!   from a pinned registry package (see `data/SOURCES`), never by hand.
//!
//! `days = N` makes the holiday a period of N days from its start (Hanukkah, Kwanzaa).
//! `move = { sat = -1, sun = 1 }` moves a start that falls on the given weekdays by that
//! many days (Boss's Day is the weekday nearest 16 October; King's Day is 26 April when
//! 27 April is a Sunday).
//!
//! Hebrew days run from sundown to sundown; the table dates each by the Gregorian day most
//! of it falls on (Yom Kippur 2018 is 19 September, though it began on the evening of the
//! 18th), as civil calendars and public-holiday lists do, so `Yom Kippur 2018` means the
//! day a reader would put in a diary.

use std::sync::LazyLock;

use jiff::civil::Date;
use khabar_core::Lang;
use serde::Deserialize;

use crate::calendar;

/// The built-in table, as text.
pub const HOLIDAYS_TOML: &str = include_str!("../data/holidays.toml");

/// The generated day lists the table's `generated` rules name, as text.
pub const HOLIDAY_DATES_TOML: &str = include_str!("../data/holiday_dates.toml");

/// How a holiday is dated in a year.
#[derive(Clone, Debug, PartialEq)]
pub enum HolidayRule {
    Fixed {
        month: u8,
        day: u8,
    },
    NthWeekday {
        month: u8,
        weekday: u8,
        n: i8,
    },
    OnOrBefore {
        month: u8,
        day: u8,
        weekday: u8,
    },
    OnOrAfter {
        month: u8,
        day: u8,
        weekday: u8,
    },
    /// The weekday nearest a day, on either side.
    Nearest {
        month: u8,
        day: u8,
        weekday: u8,
    },
    Easter(i16),
    OrthodoxEaster(i16),
    Hijri {
        month: u8,
        day: u8,
    },
    Bangla {
        month: u8,
        day: u8,
    },
    /// Days after the holiday at this index of the table.
    After {
        holiday: u16,
        days: i16,
    },
    /// Every `days` days from `from`.
    Cycle {
        from: Date,
        days: u16,
    },
    /// Occurrences as (first day, last day), sorted.
    Dates(Vec<(Date, Date)>),
}

/// One holiday of the table.
#[derive(Clone, Debug)]
pub struct Holiday {
    /// A stable English key (`christmas`, `eid_al_fitr`).
    pub id: Box<str>,
    pub rule: HolidayRule,
    /// Its length in days (1 for a single day), unless a `Dates` occurrence says otherwise.
    pub days: u16,
    /// Days to move a start falling on each weekday (Monday first), usually 0.
    pub moves: [i8; 7],
    /// Its names per language, as written in the table (each list in table order).
    pub names: Vec<(Lang, Vec<Box<str>>)>,
}

/// Why the holiday table could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HolidayError {
    #[error("holidays.toml: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("holidays.toml:{line}: holiday `{id}`: {message}")]
    Invalid {
        id: String,
        line: usize,
        message: String,
    },
    #[error("holiday_dates.toml: {0}")]
    Generated(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    holiday: Vec<RawHoliday>,
}

/// A holiday as written. Its names stand under language codes (`en = […]`); any other key
/// lands among them and is rejected as not a language code.
#[derive(Deserialize)]
struct RawHoliday {
    id: String,
    fixed: Option<String>,
    nth: Option<RawNth>,
    on_or_before: Option<RawNear>,
    on_or_after: Option<RawNear>,
    nearest: Option<RawNear>,
    easter: Option<i16>,
    orthodox_easter: Option<i16>,
    hijri: Option<String>,
    bangla: Option<String>,
    after: Option<RawAfter>,
    cycle: Option<RawCycle>,
    dates: Option<Vec<String>>,
    generated: Option<String>,
    days: Option<u16>,
    #[serde(rename = "move")]
    moves: Option<RawMove>,
    #[serde(flatten)]
    names: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNth {
    month: u8,
    weekday: String,
    n: i8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNear {
    month: u8,
    day: u8,
    weekday: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAfter {
    holiday: String,
    days: i16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCycle {
    from: String,
    days: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMove {
    mon: Option<i8>,
    tue: Option<i8>,
    wed: Option<i8>,
    thu: Option<i8>,
    fri: Option<i8>,
    sat: Option<i8>,
    sun: Option<i8>,
}

/// The generated file: named lists in the `dates` format.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGenerated {
    dates: std::collections::BTreeMap<String, Vec<String>>,
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses a holiday table in the format above that names no generated list.
pub fn parse(text: &str) -> Result<Vec<Holiday>, HolidayError> {
    parse_with(text, "[dates]\n")
}

/// Parses a holiday table whose `generated` rules name the lists of `generated`.
pub fn parse_with(text: &str, generated: &str) -> Result<Vec<Holiday>, HolidayError> {
    let raw: RawTable = toml::from_str(text)?;
    let lists: RawGenerated =
        toml::from_str(generated).map_err(|e| HolidayError::Generated(e.to_string()))?;
    let ids: Vec<String> = raw.holiday.iter().map(|h| h.id.clone()).collect();
    raw.holiday
        .into_iter()
        .map(|h| {
            // The holiday's line, looked up only for an error: the table is read at start-up.
            let invalid = |message: String| HolidayError::Invalid {
                id: h.id.clone(),
                line: text
                    .find(&format!("\"{}\"", h.id))
                    .map_or(0, |at| text[..at].lines().count().max(1)),
                message,
            };
            let weekday = |name: &str| {
                WEEKDAYS
                    .iter()
                    .position(|w| *w == name)
                    .map(|i| i as u8 + 1)
                    .ok_or_else(|| invalid(format!("unknown weekday `{name}` (use mon … sun)")))
            };
            let month_day = |s: &str| -> Result<(u8, u8), HolidayError> {
                let (m, d) = s
                    .split_once('-')
                    .ok_or_else(|| invalid(format!("`{s}` is not MM-DD")))?;
                match (m.parse::<u8>(), d.parse::<u8>()) {
                    (Ok(m), Ok(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => Ok((m, d)),
                    _ => Err(invalid(format!("`{s}` is not MM-DD"))),
                }
            };
            let day = |s: &str| {
                s.parse::<Date>()
                    .map_err(|e| invalid(format!("`{s}`: {e}")))
            };
            let length = h.days.unwrap_or(1).max(1);
            // `START` lasts the holiday's `days`; `START/END` gives its own last day.
            let occurrences = |list: &[String]| -> Result<Vec<(Date, Date)>, HolidayError> {
                let mut out = list
                    .iter()
                    .map(|s| {
                        let (first, last) = match s.split_once('/') {
                            Some((a, b)) => (day(a)?, day(b)?),
                            None => {
                                let first = day(s)?;
                                let last = calendar::add_days(first, i64::from(length) - 1)
                                    .ok_or_else(|| invalid(format!("`{s}` is out of range")))?;
                                (first, last)
                            }
                        };
                        if last < first {
                            return Err(invalid(format!("`{s}` ends before it starts")));
                        }
                        Ok((first, last))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                out.sort();
                Ok(out)
            };
            let mut rules = Vec::new();
            if let Some(s) = &h.fixed {
                let (month, day) = month_day(s)?;
                rules.push(HolidayRule::Fixed { month, day });
            }
            if let Some(n) = &h.nth {
                if n.n == 0 || !(-5..=5).contains(&n.n) || !(1..=12).contains(&n.month) {
                    return Err(invalid(format!("bad nth: month {}, n {}", n.month, n.n)));
                }
                rules.push(HolidayRule::NthWeekday {
                    month: n.month,
                    weekday: weekday(&n.weekday)?,
                    n: n.n,
                });
            }
            for (near, kind) in [(&h.on_or_before, 0), (&h.on_or_after, 1), (&h.nearest, 2)] {
                let Some(n) = near else { continue };
                let (month, day) = month_day(&format!("{}-{}", n.month, n.day))?;
                let weekday = weekday(&n.weekday)?;
                rules.push(match kind {
                    0 => HolidayRule::OnOrBefore {
                        month,
                        day,
                        weekday,
                    },
                    1 => HolidayRule::OnOrAfter {
                        month,
                        day,
                        weekday,
                    },
                    _ => HolidayRule::Nearest {
                        month,
                        day,
                        weekday,
                    },
                });
            }
            if let Some(days) = h.easter {
                rules.push(HolidayRule::Easter(days));
            }
            if let Some(days) = h.orthodox_easter {
                rules.push(HolidayRule::OrthodoxEaster(days));
            }
            if let Some(s) = &h.hijri {
                let (month, day) = month_day(s)?;
                rules.push(HolidayRule::Hijri { month, day });
            }
            if let Some(s) = &h.bangla {
                let (month, day) = month_day(s)?;
                rules.push(HolidayRule::Bangla { month, day });
            }
            if let Some(a) = &h.after {
                let holiday = ids
                    .iter()
                    .position(|id| *id == a.holiday)
                    .ok_or_else(|| invalid(format!("`after` names unknown `{}`", a.holiday)))?;
                rules.push(HolidayRule::After {
                    holiday: u16::try_from(holiday).map_err(|e| invalid(e.to_string()))?,
                    days: a.days,
                });
            }
            if let Some(c) = &h.cycle {
                if c.days == 0 {
                    return Err(invalid("`cycle` needs days > 0".to_owned()));
                }
                rules.push(HolidayRule::Cycle {
                    from: day(&c.from)?,
                    days: c.days,
                });
            }
            if let Some(list) = &h.dates {
                rules.push(HolidayRule::Dates(occurrences(list)?));
            }
            if let Some(name) = &h.generated {
                let list = lists
                    .dates
                    .get(name)
                    .ok_or_else(|| invalid(format!("`generated` names unknown list `{name}`")))?;
                rules.push(HolidayRule::Dates(occurrences(list)?));
            }
            if rules.len() != 1 {
                return Err(invalid(format!(
                    "needs exactly one dating rule, has {}",
                    rules.len()
                )));
            }
            let mut moves = [0i8; 7];
            if let Some(m) = &h.moves {
                let by_day = [m.mon, m.tue, m.wed, m.thu, m.fri, m.sat, m.sun];
                for (slot, shift) in moves.iter_mut().zip(by_day) {
                    let shift = shift.unwrap_or(0);
                    if !(-6..=6).contains(&shift) {
                        return Err(invalid(format!("`move` by {shift} days")));
                    }
                    *slot = shift;
                }
            }
            let names = h
                .names
                .iter()
                .map(|(key, list)| {
                    let lang = Lang::parse(key).ok_or_else(|| {
                        invalid(format!(
                            "`{key}` is neither a known key nor a language code"
                        ))
                    })?;
                    Ok((lang, list.iter().map(|n| n.as_str().into()).collect()))
                })
                .collect::<Result<Vec<_>, HolidayError>>()?;
            Ok(Holiday {
                id: h.id.clone().into_boxed_str(),
                rule: rules.remove(0),
                days: length,
                moves,
                names,
            })
        })
        .collect()
}

static BUILTIN: LazyLock<Result<Vec<Holiday>, String>> =
    LazyLock::new(|| parse_with(HOLIDAYS_TOML, HOLIDAY_DATES_TOML).map_err(|e| e.to_string()));

/// The built-in table, parsed on first use.
pub fn builtin() -> Result<&'static [Holiday], &'static str> {
    match &*BUILTIN {
        Ok(table) => Ok(table),
        Err(message) => Err(message),
    }
}

impl Holiday {
    /// The start days of the holiday in Gregorian `year`, in order: none, one, or (for a
    /// Hijri holiday) two. `table` is the table the holiday is in, for `after` rules.
    pub fn starts_in(&self, year: i32, table: &[Holiday]) -> [Option<Date>; 2] {
        self.starts_in_depth(year, table, 0)
    }

    fn starts_in_depth(&self, year: i32, table: &[Holiday], depth: u8) -> [Option<Date>; 2] {
        let starts = self.rule_starts_in(year, table, depth);
        if self.moves == [0; 7] {
            return starts;
        }
        starts.map(|d| {
            d.and_then(|d| {
                let shift = self.moves[usize::from(calendar::weekday_number(d)) - 1];
                calendar::add_days(d, i64::from(shift))
            })
        })
    }

    fn rule_starts_in(&self, year: i32, table: &[Holiday], depth: u8) -> [Option<Date>; 2] {
        let one = |d: Option<Date>| [d, None];
        match &self.rule {
            HolidayRule::Fixed { month, day } => {
                one(calendar::ymd(year, u32::from(*month), u32::from(*day)))
            }
            HolidayRule::NthWeekday { month, weekday, n } => one(calendar::nth_weekday_of_month(
                year,
                u32::from(*month),
                *weekday,
                i32::from(*n),
            )),
            HolidayRule::OnOrBefore {
                month,
                day,
                weekday,
            } => one(
                calendar::ymd(year, u32::from(*month), u32::from(*day)).and_then(|d| {
                    let back = (i64::from(calendar::weekday_number(d)) - i64::from(*weekday))
                        .rem_euclid(7);
                    calendar::add_days(d, -back)
                }),
            ),
            HolidayRule::OnOrAfter {
                month,
                day,
                weekday,
            } => one(
                calendar::ymd(year, u32::from(*month), u32::from(*day)).and_then(|d| {
                    let ahead = (i64::from(*weekday) - i64::from(calendar::weekday_number(d)))
                        .rem_euclid(7);
                    calendar::add_days(d, ahead)
                }),
            ),
            HolidayRule::Nearest {
                month,
                day,
                weekday,
            } => one(
                calendar::ymd(year, u32::from(*month), u32::from(*day)).and_then(|d| {
                    let ahead = (i64::from(*weekday) - i64::from(calendar::weekday_number(d)))
                        .rem_euclid(7);
                    calendar::add_days(d, if ahead <= 3 { ahead } else { ahead - 7 })
                }),
            ),
            HolidayRule::Cycle { from, days } => {
                let Some(jan1) = calendar::ymd(year, 1, 1) else {
                    return [None, None];
                };
                let step = i64::from(*days);
                let offset = calendar::to_jdn(jan1) - calendar::to_jdn(*from);
                // The first occurrence on or after 1 January, then the next if still in year.
                let k = offset.div_euclid(step) + i64::from(offset.rem_euclid(step) != 0);
                let mut found = [None, None];
                for (slot, k) in found.iter_mut().zip([k, k + 1]) {
                    *slot =
                        calendar::add_days(*from, k * step).filter(|d| i32::from(d.year()) == year);
                }
                if found[0].is_none() {
                    found = [found[1], None];
                }
                found
            }
            HolidayRule::Easter(days) => {
                one(calendar::easter(year).and_then(|d| calendar::add_days(d, i64::from(*days))))
            }
            HolidayRule::OrthodoxEaster(days) => one(calendar::orthodox_easter(year)
                .and_then(|d| calendar::add_days(d, i64::from(*days)))),
            HolidayRule::Hijri { month, day } => {
                let mut found = [None, None];
                let mut count = 0;
                // A Gregorian year overlaps two or three Hijri years.
                let first = calendar::gregorian_to_hijri(
                    calendar::ymd(year, 1, 1).unwrap_or(Date::constant(2000, 1, 1)),
                )
                .0;
                for hy in first..=first + 1 {
                    if let Some(d) =
                        calendar::hijri_to_gregorian(hy, u32::from(*month), u32::from(*day))
                        && i32::from(d.year()) == year
                        && count < 2
                    {
                        found[count] = Some(d);
                        count += 1;
                    }
                }
                found
            }
            HolidayRule::Bangla { month, day } => {
                // Boishakh to Poush fall in the Gregorian year the Bangla year began in.
                let by = if *month <= 9 { year - 593 } else { year - 594 };
                one(calendar::bangla_to_gregorian(
                    i64::from(by),
                    u32::from(*month),
                    u32::from(*day),
                ))
            }
            HolidayRule::After { holiday, days } => {
                let Some(base) = table.get(usize::from(*holiday)) else {
                    return [None, None];
                };
                if depth > 4 {
                    return [None, None];
                }
                let starts = base.starts_in_depth(year, table, depth + 1);
                starts.map(|d| d.and_then(|d| calendar::add_days(d, i64::from(*days))))
            }
            HolidayRule::Dates(dates) => {
                let mut found = [None, None];
                let in_year = dates.iter().filter(|(d, _)| i32::from(d.year()) == year);
                for (slot, (first, _)) in found.iter_mut().zip(in_year) {
                    *slot = Some(*first);
                }
                found
            }
        }
    }

    /// The holiday's start in year `year` of the calendar its rule counts in (`عيد الفطر
    /// 1445`, `পহেলা বৈশাখ ১৪৩১`): the Bangla year for a Bangla rule, the Hijri year for a
    /// Hijri rule or a list of days (the Islamic festivals' observed days); `None` for a
    /// Gregorian rule, or no start in that year.
    pub fn start_in_own_year(&self, year: i32, table: &[Holiday]) -> Option<Date> {
        // The rule an `after` rule counts from.
        let mut rule = &self.rule;
        for _ in 0..4 {
            match rule {
                HolidayRule::After { holiday, .. } => {
                    rule = &table.get(usize::from(*holiday))?.rule;
                }
                _ => break,
            }
        }
        let (gregorian, in_year): (i32, fn(Date) -> i64) = match rule {
            HolidayRule::Bangla { .. } => (year + 593, |d| calendar::gregorian_to_bangla(d).0),
            // Two days on: an observed first of Muharram may be the tabular year's last day.
            HolidayRule::Hijri { .. } | HolidayRule::Dates(_) => (
                i32::from(calendar::hijri_to_gregorian(i64::from(year), 1, 1)?.year()),
                |d| calendar::gregorian_to_hijri(calendar::add_days(d, 2).unwrap_or(d)).0,
            ),
            _ => return None,
        };
        (gregorian..=gregorian + 1)
            .flat_map(|y| self.starts_in(y, table))
            .flatten()
            .find(|&d| in_year(d) == i64::from(year))
    }

    /// The last day of the holiday starting on `start`.
    pub fn end(&self, start: Date) -> Date {
        if let HolidayRule::Dates(dates) = &self.rule
            && let Ok(i) = dates.binary_search_by(|(first, _)| first.cmp(&start))
        {
            return dates[i].1;
        }
        calendar::add_days(start, i64::from(self.days) - 1).unwrap_or(start)
    }

    /// The names in one language.
    pub fn names(&self, lang: Lang) -> &[Box<str>] {
        self.names
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[], |(_, names)| names.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> &'static [Holiday] {
        builtin().expect("holidays.toml and holiday_dates.toml parse")
    }

    fn by_id(id: &str) -> &'static Holiday {
        table()
            .iter()
            .find(|h| &*h.id == id)
            .unwrap_or_else(|| panic!("no holiday `{id}`"))
    }

    /// The first start of `id` in `year`, and its last day.
    fn span(id: &str, year: i32) -> Option<String> {
        let h = by_id(id);
        let start = h.starts_in(year, table())[0]?;
        let end = h.end(start);
        Some(if end == start {
            start.to_string()
        } else {
            format!("{start}/{end}")
        })
    }

    #[test]
    fn the_builtin_table_parses_and_ids_are_unique() {
        let table = table();
        assert!(table.len() > 400, "only {} holidays", table.len());
        let mut ids: Vec<&str> = table.iter().map(|h| &*h.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate holiday ids");
        for h in table {
            assert!(
                h.names.iter().any(|(_, names)| !names.is_empty()),
                "{} has no name",
                h.id
            );
            for name in h.names.iter().flat_map(|(_, names)| names) {
                assert!(
                    !name.trim().is_empty() && name.trim() == &**name,
                    "{}: name {name:?}",
                    h.id
                );
            }
        }
    }

    #[test]
    fn no_name_means_two_holidays_in_one_language() {
        let mut langs: Vec<Lang> = table()
            .iter()
            .flat_map(|h| h.names.iter().map(|(l, _)| *l))
            .collect();
        langs.sort_unstable();
        langs.dedup();
        assert!(langs.len() >= 3, "names in {langs:?} only");
        for lang in langs {
            // The lexicon lowercases keys of a script with case; these tests check the
            // key as the lexicon would make it for a Latin-script language too.
            let lowercase = table()
                .iter()
                .flat_map(|h| h.names(lang))
                .any(|n| n.chars().any(char::is_alphabetic) && n.is_ascii());
            let mut seen: std::collections::HashMap<String, &str> =
                std::collections::HashMap::new();
            for h in table() {
                for name in h.names(lang) {
                    // The key as the lexicon matches it: normalized, in runs of word chars.
                    let key = crate::lexicon::normalize_key(name, lowercase);
                    let units: Vec<&str> = key
                        .split(|c: char| !khabar_core::is_word_char(c))
                        .filter(|u| !u.is_empty())
                        .collect();
                    let units = units.join(" ");
                    assert!(!units.is_empty(), "{}: {name:?} has no word", h.id);
                    if let Some(other) = seen.insert(units.clone(), &h.id) {
                        assert_eq!(
                            other, &*h.id,
                            "{lang:?} `{units}` names {other} and {}",
                            h.id
                        );
                    }
                }
            }
        }
    }

    /// The years a holiday's rule covers: every year, or a `Dates` list's span (also
    /// through `after`).
    fn covered_years(h: &Holiday, table: &[Holiday]) -> Option<(i32, i32)> {
        match &h.rule {
            HolidayRule::Dates(dates) => Some((
                i32::from(dates.first()?.0.year()),
                i32::from(dates.last()?.0.year()),
            )),
            HolidayRule::After { holiday, .. } => {
                covered_years(table.get(usize::from(*holiday))?, table)
            }
            _ => Some((i32::MIN, i32::MAX)),
        }
    }

    #[test]
    fn every_holiday_dates_in_2000_to_2040_where_its_rule_covers_the_year() {
        let table = table();
        for h in table {
            let (first, last) = covered_years(h, table).expect("a non-empty rule");
            // A list of days that do not recur every year (Super Tuesday, Mini-Tuesday) has
            // nothing to cover.
            if let HolidayRule::Dates(dates) = &h.rule
                && (dates.len() < 2
                    || dates
                        .windows(2)
                        .any(|w| calendar::to_jdn(w[1].0) - calendar::to_jdn(w[0].0) > 400))
            {
                continue;
            }
            // Generated lists cover at least the years their source tabulates.
            if let HolidayRule::Dates(_) = h.rule {
                assert!(first <= 2001 && last >= 2035, "{}: {first}–{last}", h.id);
            }
            for year in 2000.max(first)..=2040.min(last) {
                let starts = h.starts_in(year, table);
                // Lunar holidays near 1 January may start in the neighbouring year instead.
                let near = h.starts_in(year - 1, table)[0].is_some()
                    || h.starts_in(year + 1, table)[0].is_some();
                assert!(
                    starts[0].is_some() || (matches!(h.rule, HolidayRule::Dates(_)) && near),
                    "{} has no day in {year}",
                    h.id
                );
                for start in starts.into_iter().flatten() {
                    let end = h.end(start);
                    assert!(end >= start, "{}: {start} ends {end}", h.id);
                    assert!(
                        calendar::to_jdn(end) - calendar::to_jdn(start) < 60,
                        "{}: {start}/{end} is too long",
                        h.id
                    );
                }
            }
        }
    }

    #[test]
    fn spot_checks_for_each_rule_family() {
        let cases = [
            // nth weekday, fixed, after, on_or_before / on_or_after, nearest, move, cycle.
            ("thanksgiving", 2013, "2013-11-28"),
            ("black_friday", 2013, "2013-11-29"),
            ("mlk_day", 2013, "2013-01-21"),
            ("memorial_day", 2013, "2013-05-27"),
            ("victory_day_bd", 2013, "2013-12-16"),
            ("independence_day_bd", 2021, "2021-03-26"),
            ("language_movement_day", 2020, "2020-02-21"),
            ("christmas", 2014, "2014-12-25"),
            ("victoria_day", 2018, "2018-05-21"),
            ("administrative_professionals_day", 2019, "2019-04-24"),
            ("administrative_professionals_day", 2016, "2016-04-27"),
            ("election_day", 2016, "2016-11-08"),
            ("discovery_day", 2018, "2018-06-25"),
            ("discovery_day", 2020, "2020-06-22"),
            ("bosss_day", 2021, "2021-10-15"),
            ("bosss_day", 2013, "2013-10-16"),
            ("emancipation_day", 2011, "2011-04-15"),
            ("kings_day", 2014, "2014-04-26"),
            ("kings_day", 2018, "2018-04-27"),
            ("ekka", 2013, "2013-08-09/2013-08-18"),
            ("ekka_day", 2018, "2018-08-15"),
            ("parsi_new_year", 2018, "2018-08-17"),
            ("parsi_new_year", 2022, "2022-08-16"),
            ("parsi_new_year", 2024, "2024-08-15"),
            // Easter and Orthodox Easter.
            ("easter", 2019, "2019-04-21"),
            ("easter_monday", 2013, "2013-04-01"),
            ("good_friday", 2013, "2013-03-29"),
            ("orthodox_easter", 2020, "2020-04-19"),
            ("orthodox_good_friday", 2020, "2020-04-17"),
            ("clean_monday", 2018, "2018-02-19"),
            // Bangla calendar.
            ("pohela_boishakh", 2020, "2020-04-14"),
            ("chaitra_sankranti", 2020, "2020-04-13"),
            // Generated: Islamic days as observed (Umm al-Qura), not tabular.
            ("eid_al_fitr", 2023, "2023-04-21"),
            ("eid_al_fitr", 1950, "1950-07-16"),
            ("eid_al_adha", 2018, "2018-08-21"),
            ("islamic_new_year", 2018, "2018-09-11"),
            ("ramadan", 2023, "2023-03-23/2023-04-20"),
            ("ramadan", 1950, "1950-06-17/1950-07-15"),
            ("day_of_arafah", 2018, "2018-08-20"),
            ("laylat_al_qadr", 2017, "2017-06-22"),
            ("jumuatul_wida", 2018, "2018-06-08"),
            // Generated: Hebrew days, by the civil day (Yom Kippur 2018 began at sundown
            // on 18 September).
            ("yom_kippur", 2018, "2018-09-19"),
            ("rosh_hashanah", 2018, "2018-09-10/2018-09-11"),
            ("hanukkah", 2018, "2018-12-03/2018-12-10"),
            ("shemini_atzeret", 2018, "2018-10-01"),
            ("yom_haatzmaut", 2018, "2018-04-19"),
            ("yom_hashoah", 2018, "2018-04-12"),
            ("tu_bishvat", 2019, "2019-01-21"),
            // Generated: Hindu, Sikh, Jain, Buddhist and Chinese days.
            ("diwali", 2019, "2019-10-27"),
            ("bhai_dooj", 2019, "2019-10-29"),
            ("naraka_chaturdashi", 2019, "2019-10-26"),
            ("dhanteras", 2017, "2017-10-17"),
            ("holi", 2019, "2019-03-21"),
            ("mahavir_jayanti", 2020, "2020-04-06"),
            ("guru_ravidas_jayanti", 2019, "2019-02-19"),
            ("vesak", 2013, "2013-05-24"),
            ("lunar_new_year", 2014, "2014-01-31"),
        ];
        for (id, year, want) in cases {
            assert_eq!(span(id, year).as_deref(), Some(want), "{id} {year}");
        }
        // Eid al-Adha fell twice in 1974 (3 January and 24 December).
        let both = by_id("eid_al_adha").starts_in(1974, table());
        assert_eq!(
            both.map(|d| d.map(|d| d.to_string())),
            [Some("1974-01-03".to_owned()), Some("1974-12-24".to_owned())]
        );
    }

    #[test]
    fn names_are_found_in_the_document_language() {
        let fitr = by_id("eid_al_fitr");
        assert!(
            fitr.names(Lang::new("ar"))
                .iter()
                .any(|n| &**n == "عيد الفطر")
        );
        assert!(
            fitr.names(Lang::new("bn"))
                .iter()
                .any(|n| &**n == "ঈদুল ফিতর")
        );
        assert!(
            by_id("victory_day_bd")
                .names(Lang::new("bn"))
                .iter()
                .any(|n| &**n == "বিজয় দিবস")
        );
    }

    /// What `holidays.py` writes for the lists parsed back: its header, `[dates]`, then
    /// one sorted line per list.
    fn render(lists: &RawGenerated) -> String {
        let mut out = String::new();
        out.push_str(GENERATED_HEADER);
        out.push_str("\n[dates]\n");
        for (name, dates) in &lists.dates {
            let quoted: Vec<String> = dates.iter().map(|d| format!("\"{d}\"")).collect();
            out.push_str(&format!("{name} = [{}]\n", quoted.join(", ")));
        }
        out
    }

    const GENERATED_HEADER: &str =
        "# generated by `cargo xtask holidays` from the pinned packages in SOURCES; do not edit.";
    const GENERATOR: &str = include_str!("../../../xtask/src/holidays.py");

    #[test]
    fn committed_dates_are_what_the_generator_writes() {
        assert!(
            GENERATOR.contains(&format!("HEADER = '{GENERATED_HEADER}'")),
            "holidays.py writes another header"
        );
        let lists: RawGenerated = toml::from_str(HOLIDAY_DATES_TOML).expect("parses");
        assert_eq!(
            render(&lists),
            HOLIDAY_DATES_TOML,
            "holiday_dates.toml was edited by hand: rerun `cargo xtask holidays`"
        );
        for (name, dates) in &lists.dates {
            let mut sorted = dates.clone();
            sorted.sort();
            assert_eq!(&sorted, dates, "{name} is not sorted");
            assert!(dates.len() >= 30, "{name} has {} days", dates.len());
        }
        // Every list is used, and every `generated` rule names one (parse checks the latter).
        let raw: RawTable = toml::from_str(HOLIDAYS_TOML).expect("parses");
        for name in lists.dates.keys() {
            assert!(
                raw.holiday
                    .iter()
                    .any(|h| h.generated.as_deref() == Some(name.as_str())),
                "list `{name}` is generated but unused"
            );
        }
    }

    #[test]
    fn every_rule_kind_dates_its_holiday() {
        let table = parse(
            r#"
            [[holiday]]
            id = "christmas"
            fixed = "12-25"
            en = ["christmas"]
            [[holiday]]
            id = "thanksgiving"
            nth = { month = 11, weekday = "thu", n = 4 }
            en = ["thanksgiving"]
            [[holiday]]
            id = "black_friday"
            after = { holiday = "thanksgiving", days = 1 }
            en = ["black friday"]
            [[holiday]]
            id = "victoria_day"
            on_or_before = { month = 5, day = 24, weekday = "mon" }
            en = ["victoria day"]
            [[holiday]]
            id = "easter_monday"
            easter = 1
            en = ["easter monday"]
            [[holiday]]
            id = "eid_al_fitr"
            hijri = "10-01"
            en = ["eid al-fitr"]
            [[holiday]]
            id = "ramadan"
            hijri = "09-01"
            days = 30
            en = ["ramadan"]
            [[holiday]]
            id = "pohela_boishakh"
            bangla = "01-01"
            bn = ["পহেলা বৈশাখ"]
            [[holiday]]
            id = "diwali"
            dates = ["2019-10-27", "2018-11-07"]
            en = ["diwali"]
            "#,
        )
        .expect("parses");
        assert!(matches!(table[8].rule, HolidayRule::Dates(_)));
        let first = |i: usize, y: i32| table[i].starts_in(y, &table)[0].map(|d| d.to_string());
        assert_eq!(first(0, 2013).as_deref(), Some("2013-12-25"));
        assert_eq!(first(1, 2013).as_deref(), Some("2013-11-28"));
        assert_eq!(first(2, 2013).as_deref(), Some("2013-11-29"));
        assert_eq!(first(3, 2018).as_deref(), Some("2018-05-21"));
        assert_eq!(first(4, 2013).as_deref(), Some("2013-04-01"));
        // Tabular Hijri: a day after the observed Eid of 21 April 2023.
        assert_eq!(first(5, 2023).as_deref(), Some("2023-04-22"));
        assert_eq!(first(7, 2023).as_deref(), Some("2023-04-14"));
        assert_eq!(first(8, 2019).as_deref(), Some("2019-10-27"));
        assert_eq!(first(8, 2020), None);
        // Eid al-Fitr fell twice in 2000 (8 January and 27 December in the tabular calendar).
        let both = table[5].starts_in(2000, &table);
        assert!(both[0].is_some() && both[1].is_some(), "{both:?}");
        let ramadan = &table[6];
        let start = ramadan.starts_in(2021, &table)[0].expect("Ramadan 2021");
        assert_eq!(start.to_string(), "2021-04-13");
        assert_eq!(ramadan.end(start).to_string(), "2021-05-12");
    }

    #[test]
    fn nearest_cycle_move_and_intervals() {
        let table = parse_with(
            r#"
            [[holiday]]
            id = "discovery_day"
            nearest = { month = 6, day = 24, weekday = "mon" }
            en = ["discovery day"]
            [[holiday]]
            id = "parsi_new_year"
            cycle = { from = "2020-08-16", days = 365 }
            en = ["parsi new year"]
            [[holiday]]
            id = "bosss_day"
            fixed = "10-16"
            move = { sat = -1, sun = 1 }
            en = ["boss's day"]
            [[holiday]]
            id = "ramadan"
            generated = "ramadan"
            en = ["ramadan"]
            [[holiday]]
            id = "hanukkah"
            dates = ["2018-12-03"]
            days = 8
            en = ["hanukkah"]
            [[holiday]]
            id = "short"
            cycle = { from = "2000-01-01", days = 180 }
            en = ["short"]
            "#,
            "[dates]\nramadan = [\"2023-03-23/2023-04-20\", \"2030-01-05/2030-02-03\", \"2030-12-26/2031-01-24\"]\n",
        )
        .expect("parses");
        let first = |i: usize, y: i32| table[i].starts_in(y, &table)[0].map(|d| d.to_string());
        // Nearest: 24 June 2018 is a Sunday (next day), 2020 a Wednesday (two days back).
        assert_eq!(first(0, 2018).as_deref(), Some("2018-06-25"));
        assert_eq!(first(0, 2020).as_deref(), Some("2020-06-22"));
        assert_eq!(first(0, 2013).as_deref(), Some("2013-06-24"));
        // A 365-day year slips a day after each 29 February, both ways from its epoch.
        assert_eq!(first(1, 2018).as_deref(), Some("2018-08-17"));
        assert_eq!(first(1, 2020).as_deref(), Some("2020-08-16"));
        assert_eq!(first(1, 2024).as_deref(), Some("2024-08-15"));
        // Saturday 16 October 2021 moves to Friday; Sunday 16 October 2022 to Monday.
        assert_eq!(first(2, 2021).as_deref(), Some("2021-10-15"));
        assert_eq!(first(2, 2022).as_deref(), Some("2022-10-17"));
        assert_eq!(first(2, 2019).as_deref(), Some("2019-10-16"));
        // An interval entry has its own last day; two starts may share a year.
        let ramadan = &table[3];
        let start = ramadan.starts_in(2023, &table)[0].expect("Ramadan 2023");
        assert_eq!(ramadan.end(start).to_string(), "2023-04-20");
        let both = ramadan.starts_in(2030, &table);
        assert_eq!(
            both[1].map(|d| d.to_string()).as_deref(),
            Some("2030-12-26")
        );
        assert_eq!(ramadan.starts_in(2024, &table), [None, None]);
        let hanukkah = &table[4];
        let start = hanukkah.starts_in(2018, &table)[0].expect("Hanukkah 2018");
        assert_eq!(hanukkah.end(start).to_string(), "2018-12-10");
        // A cycle shorter than a year can fall twice in one.
        let twice = table[5].starts_in(2000, &table);
        assert!(twice[0].is_some() && twice[1].is_some(), "{twice:?}");
    }

    #[test]
    fn a_bad_table_names_the_holiday() {
        let e = parse("[[holiday]]\nid = \"x\"\nfixed = \"13-01\"\n").expect_err("bad month");
        assert!(e.to_string().contains("`x`"), "{e}");
        let e = parse("[[holiday]]\nid = \"y\"\nen = [\"y\"]\n").expect_err("no rule");
        assert!(e.to_string().contains("exactly one"), "{e}");
        let e = parse("[[holiday]]\nid = \"z\"\ngenerated = \"nope\"\n").expect_err("list");
        assert!(e.to_string().contains("`nope`"), "{e}");
        let e = parse("[[holiday]]\nid = \"w\"\ndates = [\"2020-01-05/2020-01-01\"]\n")
            .expect_err("backwards");
        assert!(e.to_string().contains("ends before"), "{e}");
        let e = parse("[[holiday]]\nid = \"v\"\nfixed = \"01-01\"\nmove = { sun = 9 }\n")
            .expect_err("move");
        assert!(e.to_string().contains("`v`"), "{e}");
        assert!(parse_with("", "not toml [").is_err());
    }
}
