//! Holidays: named days and periods, each with the rule that dates it in a given year and
//! its names in English, Arabic and Bengali.
//!
//! The table is `data/holidays.toml`, embedded at compile time and parsed once. A holiday
//! is dated by exactly one rule:
//!
//! - `fixed = "MM-DD"`: the same Gregorian day every year (Christmas, 16 December);
//! - `nth = { month, weekday, n }`: the `n`th weekday of a month, `n = -1` the last
//!   (Thanksgiving is the 4th Thursday of November);
//! - `on_or_before = { month, day, weekday }` / `on_or_after`: the weekday nearest a day on
//!   one side (Victoria Day is the Monday on or before 24 May);
//! - `easter = N` / `orthodox_easter = N`: N days after Easter Sunday;
//! - `hijri = "MM-DD"`: a day of the tabular Hijri calendar (`calendar` module), so it moves
//!   about 11 days a year and may fall twice in one Gregorian year;
//! - `bangla = "MM-DD"`: a day of the revised Bangla calendar;
//! - `after = { holiday, days }`: a number of days after another holiday;
//! - `dates = ["YYYY-MM-DD", …]`: one start day per year, for lunisolar calendars this crate
//!   does not compute (Hebrew, Hindu, Chinese); such lists come from a registry package
//!   and are regenerated, never typed in (see the file's header).
//!
//! `days = N` makes the holiday a period of N days from its start (Hanukkah, Ramadan).

use std::sync::LazyLock;

use jiff::civil::Date;
use serde::Deserialize;

use crate::calendar;

/// The built-in table, as text.
pub const HOLIDAYS_TOML: &str = include_str!("../data/holidays.toml");

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
    /// One start day per year, sorted.
    Dates(Vec<Date>),
}

/// One holiday of the table.
#[derive(Clone, Debug)]
pub struct Holiday {
    /// A stable English key (`christmas`, `eid_al_fitr`).
    pub id: Box<str>,
    pub rule: HolidayRule,
    /// Its length in days (1 for a single day).
    pub days: u16,
    pub en: Vec<Box<str>>,
    pub ar: Vec<Box<str>>,
    pub bn: Vec<Box<str>>,
}

/// Why the holiday table could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HolidayError {
    #[error("holidays.toml: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("holidays.toml: holiday `{id}`: {message}")]
    Invalid { id: String, message: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    holiday: Vec<RawHoliday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    id: String,
    fixed: Option<String>,
    nth: Option<RawNth>,
    on_or_before: Option<RawNear>,
    on_or_after: Option<RawNear>,
    easter: Option<i16>,
    orthodox_easter: Option<i16>,
    hijri: Option<String>,
    bangla: Option<String>,
    after: Option<RawAfter>,
    dates: Option<Vec<String>>,
    days: Option<u16>,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    ar: Vec<String>,
    #[serde(default)]
    bn: Vec<String>,
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

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses a holiday table in the format above.
pub fn parse(text: &str) -> Result<Vec<Holiday>, HolidayError> {
    let raw: RawTable = toml::from_str(text)?;
    let ids: Vec<String> = raw.holiday.iter().map(|h| h.id.clone()).collect();
    raw.holiday
        .into_iter()
        .map(|h| {
            let invalid = |message: String| HolidayError::Invalid {
                id: h.id.clone(),
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
            let mut rules = Vec::new();
            if let Some(s) = &h.fixed {
                let (month, day) = month_day(s)?;
                rules.push(HolidayRule::Fixed { month, day });
            }
            if let Some(n) = &h.nth {
                rules.push(HolidayRule::NthWeekday {
                    month: n.month,
                    weekday: weekday(&n.weekday)?,
                    n: n.n,
                });
            }
            if let Some(n) = &h.on_or_before {
                rules.push(HolidayRule::OnOrBefore {
                    month: n.month,
                    day: n.day,
                    weekday: weekday(&n.weekday)?,
                });
            }
            if let Some(n) = &h.on_or_after {
                rules.push(HolidayRule::OnOrAfter {
                    month: n.month,
                    day: n.day,
                    weekday: weekday(&n.weekday)?,
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
            if let Some(list) = &h.dates {
                let mut dates = list
                    .iter()
                    .map(|s| {
                        s.parse::<Date>()
                            .map_err(|e| invalid(format!("`{s}`: {e}")))
                    })
                    .collect::<Result<Vec<Date>, _>>()?;
                dates.sort();
                rules.push(HolidayRule::Dates(dates));
            }
            if rules.len() != 1 {
                return Err(invalid(format!(
                    "needs exactly one dating rule, has {}",
                    rules.len()
                )));
            }
            let boxed = |v: Vec<String>| v.into_iter().map(String::into_boxed_str).collect();
            Ok(Holiday {
                id: h.id.clone().into_boxed_str(),
                rule: rules.remove(0),
                days: h.days.unwrap_or(1).max(1),
                en: boxed(h.en),
                ar: boxed(h.ar),
                bn: boxed(h.bn),
            })
        })
        .collect()
}

static BUILTIN: LazyLock<Result<Vec<Holiday>, String>> =
    LazyLock::new(|| parse(HOLIDAYS_TOML).map_err(|e| e.to_string()));

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
                one(dates.iter().find(|d| i32::from(d.year()) == year).copied())
            }
        }
    }

    /// The last day of the holiday starting on `start`.
    pub fn end(&self, start: Date) -> Date {
        calendar::add_days(start, i64::from(self.days) - 1).unwrap_or(start)
    }

    /// The names in one language.
    pub fn names(&self, lang: khabar_core::Lang) -> &[Box<str>] {
        if lang == khabar_core::Lang::EN {
            &self.en
        } else if lang == khabar_core::Lang::AR {
            &self.ar
        } else if lang == khabar_core::Lang::BN {
            &self.bn
        } else {
            &[]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_table_parses_and_ids_are_unique() {
        let table = builtin().expect("holidays.toml parses");
        let mut ids: Vec<&str> = table.iter().map(|h| &*h.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate holiday ids");
        for h in table {
            assert!(
                !h.en.is_empty() || !h.ar.is_empty() || !h.bn.is_empty(),
                "{} has no name",
                h.id
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
    fn a_bad_table_names_the_holiday() {
        let e = parse("[[holiday]]\nid = \"x\"\nfixed = \"13-01\"\n").expect_err("bad month");
        assert!(e.to_string().contains("`x`"), "{e}");
        let e = parse("[[holiday]]\nid = \"y\"\nen = [\"y\"]\n").expect_err("no rule");
        assert!(e.to_string().contains("exactly one"), "{e}");
    }
}
