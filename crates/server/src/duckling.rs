//! Duckling's `/parse` contract: its request parameters and its value shapes, mapped from
//! khabar's SPEC §1 records.
//!
//! The mapping reads the record a client of `/v1/extract` would get, so `/parse` can only say
//! what khabar says: dates become local midnights in the request's zone at khabar's grain
//! (day, week, month, year; khabar has no time of day), an interval's `to` is the start of
//! the period after its last one (exclusive, as Duckling), a part of a period (`early`,
//! `mid`, `late`) becomes a third of it, a bound on money becomes an open interval and a
//! range of money a closed one (Duckling has no range of percentages: its lower end).
//! An entity with no value (a relative date with no reference date) is left out: Duckling
//! never answers a null value.

use std::collections::BTreeSet;

use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::tz::TimeZone;
use khabar::{EntityRecord, Kind, OutputValue};
use khabar_core::{Bound, DatePart, Grain, Subtype};
use serde_json::{Value, json};

/// Duckling's own dims that khabar fills, asked for when a request names none.
pub(crate) const DEFAULT_DIMS: [&str; 4] = ["time", "number", "ordinal", "amount-of-money"];

/// khabar's dims that Duckling does not have; only returned when a request names them.
pub(crate) const EXTRA_DIMS: [&str; 3] = ["percent", "location", "organization"];

/// The zone Duckling uses when a request names none.
pub(crate) const DEFAULT_TZ: &str = "America/Los_Angeles";

/// The dims a kind of entity can answer.
pub(crate) fn dims_of_kind(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Date => &["time"],
        Kind::Number => &["number", "ordinal", "amount-of-money", "percent"],
        Kind::Location => &["location"],
        Kind::Organization => &["organization"],
        // Duckling has no dim for people; `/parse` never answers them.
        Kind::Person => &[],
    }
}

/// Reads `dims` as Duckling does: a JSON list of names, possibly wrapped in quotes or with
/// escaped quotes; `null`, absent, empty or unreadable means the default dims. Names khabar
/// does not know are dropped.
pub(crate) fn parse_dims(raw: Option<&str>) -> BTreeSet<&'static str> {
    let defaults = || DEFAULT_DIMS.into_iter().collect();
    let Some(raw) = raw else {
        return defaults();
    };
    let cleaned: String = raw
        .trim()
        .trim_matches('"')
        .chars()
        .filter(|&c| c != '\\')
        .collect();
    let Ok(names) = serde_json::from_str::<Vec<String>>(&cleaned) else {
        return defaults();
    };
    if names.is_empty() {
        return defaults();
    }
    names
        .iter()
        .filter_map(|name| {
            DEFAULT_DIMS
                .into_iter()
                .chain(EXTRA_DIMS)
                .find(|d| d.eq_ignore_ascii_case(name.trim()))
        })
        .collect()
}

/// The language of a `locale` such as `en_US`, `ar_AR` or bare `ar`: the part before `_`,
/// lower-cased.
pub(crate) fn locale_lang(locale: &str) -> String {
    locale
        .split(['_', '-'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The reference date of a request: `reftime`'s local date in `tz`, or `now`'s.
pub(crate) fn reference_date(
    reftime: Option<&str>,
    tz: &TimeZone,
    now: jiff::Timestamp,
) -> Result<Date, String> {
    let instant = match reftime {
        None => now,
        Some(ms) => {
            let ms: i64 = ms
                .trim()
                .parse()
                .map_err(|_| "Please use milliseconds since epoch for reftime".to_owned())?;
            jiff::Timestamp::from_millisecond(ms)
                .map_err(|_| format!("reftime `{ms}` is out of range"))?
        }
    };
    Ok(instant.to_zoned(tz.clone()).date())
}

/// One Duckling entity for a record's entity, if it answers one of `dims` and has a value.
pub(crate) fn entity(
    record: &EntityRecord<'_>,
    dims: &BTreeSet<&'static str>,
    tz: &TimeZone,
) -> Option<Value> {
    let (dim, value) = match record.kind {
        Kind::Date => ("time", time_value(record, tz)?),
        Kind::Number => number_value(record)?,
        Kind::Location => ("location", name_value(record)?),
        Kind::Organization => ("organization", name_value(record)?),
        Kind::Person => return None,
    };
    if !dims.contains(dim) {
        return None;
    }
    Some(json!({
        "body": record.text,
        "start": record.start,
        "end": record.end,
        "dim": dim,
        "latent": false,
        "value": value,
    }))
}

fn number(record: &EntityRecord<'_>) -> Option<Value> {
    match &record.value {
        Some(value @ OutputValue::Number(n)) if n.is_finite() => serde_json::to_value(value).ok(),
        _ => None,
    }
}

fn number_value(record: &EntityRecord<'_>) -> Option<(&'static str, Value)> {
    let n = number(record)?;
    Some(match record.subtype {
        Some(Subtype::Ordinal) => ("ordinal", json!({"type": "value", "value": n})),
        Some(Subtype::Percent) => ("percent", json!({"type": "value", "value": n})),
        Some(Subtype::Money) => {
            let unit = record.currency.as_ref().map_or("unknown", |c| c.as_str());
            let amount = json!({"value": n, "unit": unit});
            // Written as the lower end is (`5000000`, not `5000000.0`).
            let upper = match &record.value_max {
                Some(max @ OutputValue::Number(n)) if n.is_finite() => {
                    serde_json::to_value(max).ok()
                }
                _ => None,
            };
            let value = match record.bound {
                // A range of amounts (`between $3 and $5 million`): a closed interval.
                _ if let Some(max) = upper => json!({
                    "type": "interval",
                    "from": amount,
                    "to": {"value": max, "unit": unit},
                }),
                Some(Bound::MoreThan | Bound::AtLeast) => {
                    json!({"type": "interval", "from": amount})
                }
                Some(Bound::LessThan | Bound::AtMost) => json!({"type": "interval", "to": amount}),
                Some(Bound::About) | None => json!({"type": "value", "value": n, "unit": unit}),
            };
            ("amount-of-money", value)
        }
        Some(Subtype::Cardinal) | None => ("number", json!({"type": "value", "value": n})),
    })
}

fn name_value(record: &EntityRecord<'_>) -> Option<Value> {
    let canonical = record.canonical?;
    let mut value = json!({"type": "value", "value": canonical});
    if let Some(object) = value.as_object_mut() {
        for (key, field) in [
            ("id", record.id.map(Value::from)),
            ("country", record.country.map(Value::from)),
            ("lat", record.lat.map(Value::from)),
            ("lon", record.lon.map(Value::from)),
            ("feature", record.feature.map(Value::from)),
        ] {
            if let Some(field) = field {
                object.insert(key.to_owned(), field);
            }
        }
    }
    Some(value)
}

/// A day at a grain, as the start of its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Instant {
    date: Date,
    grain: Grain,
}

fn time_value(record: &EntityRecord<'_>, tz: &TimeZone) -> Option<Value> {
    let Some(OutputValue::Date(iso)) = &record.value else {
        return None;
    };
    let (first, last) = match iso.split_once('/') {
        Some((a, b)) => (parse_period(a)?, Some(parse_period(b)?)),
        None => (parse_period(iso)?, None),
    };
    let (from, to) = match (last, record.part) {
        (Some(last), _) => (first, next_period(last)?),
        (None, Some(part)) => match part_of(first, part)? {
            Some(range) => range,
            None => return single(first, tz),
        },
        (None, None) => return single(first, tz),
    };
    let from = json!({"value": render(from.date, tz)?, "grain": from.grain.as_str()});
    let to = json!({"value": render(to.date, tz)?, "grain": to.grain.as_str()});
    let interval = json!({"type": "interval", "from": from, "to": to});
    let mut value = interval.clone();
    if let Some(object) = value.as_object_mut() {
        object.insert("values".to_owned(), Value::Array(vec![interval]));
    }
    Some(value)
}

fn single(at: Instant, tz: &TimeZone) -> Option<Value> {
    let one = json!({"type": "value", "value": render(at.date, tz)?, "grain": at.grain.as_str()});
    let mut value = one.clone();
    if let Some(object) = value.as_object_mut() {
        object.insert("values".to_owned(), Value::Array(vec![one]));
    }
    Some(value)
}

/// Local midnight of `date` in `tz` as Duckling writes it: milliseconds and the zone's
/// offset on that date (where midnight does not exist, the first instant after the gap).
fn render(date: Date, tz: &TimeZone) -> Option<String> {
    let zoned = date.to_zoned(tz.clone()).ok()?;
    Some(zoned.strftime("%Y-%m-%dT%H:%M:%S.000%:z").to_string())
}

/// One period of SPEC §1's ISO forms: `2014`, `2014-09`, `2019-W26`, `2021-06-28`.
fn parse_period(s: &str) -> Option<Instant> {
    let parts: Vec<&str> = s.split('-').collect();
    let year = |y: &str| y.parse::<i16>().ok();
    match parts.as_slice() {
        [y] => Some(Instant {
            date: Date::new(year(y)?, 1, 1).ok()?,
            grain: Grain::Year,
        }),
        [y, w] if w.starts_with('W') => Some(Instant {
            date: ISOWeekDate::new(year(y)?, w[1..].parse().ok()?, Weekday::Monday)
                .ok()?
                .date(),
            grain: Grain::Week,
        }),
        [y, m] => Some(Instant {
            date: Date::new(year(y)?, m.parse().ok()?, 1).ok()?,
            grain: Grain::Month,
        }),
        [y, m, d] => Some(Instant {
            date: Date::new(year(y)?, m.parse().ok()?, d.parse().ok()?).ok()?,
            grain: Grain::Day,
        }),
        _ => None,
    }
}

/// The start of the period after `at`'s.
fn next_period(at: Instant) -> Option<Instant> {
    let span = match at.grain {
        Grain::Day => 1.day(),
        Grain::Week => 1.week(),
        Grain::Month => 1.month(),
        Grain::Year => 1.year(),
    };
    Some(Instant {
        date: at.date.checked_add(span).ok()?,
        grain: at.grain,
    })
}

/// The third of a period that `part` names, as a sub-interval one grain finer (`early
/// March` is March 1st to 11th, exclusive; `late 2014` September to January); `None` for a
/// day, which has no finer grain here.
fn part_of(at: Instant, part: DatePart) -> Option<Option<(Instant, Instant)>> {
    let third = match part {
        DatePart::Early => 0,
        DatePart::Mid => 1,
        DatePart::Late => 2,
    };
    let (grain, starts): (Grain, [jiff::Span; 3]) = match at.grain {
        Grain::Day => return Some(None),
        Grain::Week => (Grain::Day, [0.days(), 2.days(), 4.days()]),
        Grain::Month => (Grain::Day, [0.days(), 10.days(), 20.days()]),
        Grain::Year => (Grain::Month, [0.months(), 4.months(), 8.months()]),
    };
    let from = at.date.checked_add(starts[third]).ok()?;
    let to = match starts.get(third + 1) {
        Some(span) => at.date.checked_add(*span).ok()?,
        None => next_period(at)?.date,
    };
    Some(Some((
        Instant { date: from, grain },
        Instant { date: to, grain },
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn la() -> TimeZone {
        TimeZone::get(DEFAULT_TZ).expect("bundled zone")
    }

    #[test]
    fn dims_as_rasa_and_others_send_them() {
        let defaults: BTreeSet<_> = DEFAULT_DIMS.into_iter().collect();
        assert_eq!(parse_dims(None), defaults);
        assert_eq!(parse_dims(Some("null")), defaults);
        assert_eq!(parse_dims(Some("[]")), defaults);
        assert_eq!(parse_dims(Some("not json")), defaults);
        let two: BTreeSet<_> = ["time", "location"].into_iter().collect();
        assert_eq!(
            parse_dims(Some(r#"["time","location","phone-number"]"#)),
            two
        );
        assert_eq!(parse_dims(Some(r#""[\"time\",\"location\"]""#)), two);
        assert_eq!(parse_dims(Some(r#"[\"time\", \"location\"]"#)), two);
    }

    #[test]
    fn locales_name_their_language_first() {
        assert_eq!(locale_lang("en_US"), "en");
        assert_eq!(locale_lang("ar_AR"), "ar");
        assert_eq!(locale_lang("BN_bn"), "bn");
        assert_eq!(locale_lang("ar"), "ar");
    }

    #[test]
    fn reftime_is_read_in_the_zone() {
        let now = jiff::Timestamp::UNIX_EPOCH;
        // 2013-10-12 00:03 UTC is still the 11th in Los Angeles.
        let date = reference_date(Some("1381536182000"), &la(), now).expect("ms");
        assert_eq!(date, Date::new(2013, 10, 11).expect("date"));
        let utc = reference_date(Some("1381536182000"), &TimeZone::UTC, now).expect("ms");
        assert_eq!(utc, Date::new(2013, 10, 12).expect("date"));
        assert!(reference_date(Some("tomorrow"), &la(), now).is_err());
        assert_eq!(
            reference_date(None, &TimeZone::UTC, now).expect("now"),
            Date::new(1970, 1, 1).expect("date")
        );
    }

    #[test]
    fn periods_start_where_duckling_starts_them() {
        let p = |s| parse_period(s).expect("period");
        assert_eq!(p("2014").date, Date::new(2014, 1, 1).expect("d"));
        assert_eq!(p("2019-W26").date, Date::new(2019, 6, 24).expect("d"));
        assert_eq!(p("2014-05").grain, Grain::Month);
        assert_eq!(
            next_period(p("2014-05")).expect("next").date,
            Date::new(2014, 6, 1).expect("d")
        );
        assert_eq!(
            next_period(p("2020-12-31")).expect("next").date,
            Date::new(2021, 1, 1).expect("d")
        );
        assert!(parse_period("2014-13").is_none());
        assert!(parse_period("x").is_none());
    }

    #[test]
    fn parts_are_thirds_one_grain_finer() {
        let march = parse_period("2013-03").expect("period");
        let (from, to) = part_of(march, DatePart::Early).expect("ok").expect("range");
        assert_eq!(
            (from.date, to.date),
            (
                Date::new(2013, 3, 1).expect("d"),
                Date::new(2013, 3, 11).expect("d")
            )
        );
        let (from, to) = part_of(march, DatePart::Late).expect("ok").expect("range");
        assert_eq!(
            (from.date, to.date),
            (
                Date::new(2013, 3, 21).expect("d"),
                Date::new(2013, 4, 1).expect("d")
            )
        );
        let year = parse_period("2014").expect("period");
        let (from, to) = part_of(year, DatePart::Mid).expect("ok").expect("range");
        assert_eq!(
            (from.date, to.date, from.grain),
            (
                Date::new(2014, 5, 1).expect("d"),
                Date::new(2014, 9, 1).expect("d"),
                Grain::Month
            )
        );
    }

    #[test]
    fn midnight_carries_the_offset_of_its_own_date() {
        let ny = TimeZone::get("America/New_York").expect("zone");
        let d = |m, day| Date::new(2014, m, day).expect("d");
        assert_eq!(
            render(d(3, 1), &ny).as_deref(),
            Some("2014-03-01T00:00:00.000-05:00")
        );
        assert_eq!(
            render(d(6, 1), &ny).as_deref(),
            Some("2014-06-01T00:00:00.000-04:00")
        );
        assert_eq!(
            render(d(6, 1), &TimeZone::UTC).as_deref(),
            Some("2014-06-01T00:00:00.000+00:00")
        );
    }
}
