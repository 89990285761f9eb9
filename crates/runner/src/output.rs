//! The output record (SPEC §1) and the human table, built from entities at the edge.
//!
//! Core types are not `Serialize` on purpose: this module is the one place where the JSON
//! contract with users is written down. Offsets are converted here from bytes to code points
//! in one sweep per document.

use std::fmt::Write as _;

use khabar_core::{
    Currency, Date, DateValue, Entity, Grain, NameValue, NumberValue, TimeSpan, Value,
};
use serde::Serialize;

#[derive(Serialize)]
pub(crate) struct Record<'a> {
    pub id: &'a serde_json::Value,
    pub lang: Option<&'a str>,
    pub reference_date: Option<String>,
    pub entities: Vec<EntityRecord<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct EntityRecord<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    grain: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtype: Option<&'static str>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_currency"
    )]
    currency: Option<Currency>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bound: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    relative: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    calendar: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canonical: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feature: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f32>,
    extractor: &'static str,
    reason: &'a str,
}

/// Builds the records of `entities` (sorted by start) found in `text`.
pub(crate) fn entity_records<'a>(
    text: &'a str,
    entities: &'a [Entity<'a>],
) -> Vec<EntityRecord<'a>> {
    let mut chars = CharOffsets::new(text, entities);
    entities
        .iter()
        .map(|entity| {
            let mut record = EntityRecord {
                kind: entity.kind().as_str(),
                start: chars.get(entity.span.start),
                end: chars.get(entity.span.end),
                byte_start: entity.span.start,
                byte_end: entity.span.end,
                text: &text[entity.span.clone()],
                value: None,
                grain: None,
                subtype: None,
                currency: None,
                bound: None,
                relative: None,
                calendar: None,
                part: None,
                canonical: None,
                id: None,
                country: None,
                lat: None,
                lon: None,
                feature: None,
                confidence: None,
                extractor: entity.extractor,
                reason: entity.reason,
            };
            match &entity.value {
                Value::Date(date) => fill_date(&mut record, date),
                Value::Number(number) => fill_number(&mut record, number),
                Value::Organization(name) | Value::Location(name) => fill_name(&mut record, name),
            }
            record
        })
        .collect()
}

fn fill_date<'a>(record: &mut EntityRecord<'a>, date: &DateValue<'a>) {
    record.value = Some(date.time.map_or(serde_json::Value::Null, |t| {
        serde_json::Value::String(render_time(t, date.grain))
    }));
    record.grain = Some(date.grain.as_str());
    record.relative = date.relative;
    record.calendar = date.calendar.map(|c| c.as_str());
    record.part = date.part.map(|p| p.as_str());
}

fn fill_number(record: &mut EntityRecord<'_>, number: &NumberValue) {
    record.value = Some(number_json(number.value));
    record.subtype = Some(number.subtype.as_str());
    record.bound = number.bound.map(|b| b.as_str());
    record.currency = number.currency;
}

fn fill_name<'a>(record: &mut EntityRecord<'a>, name: &NameValue<'a>) {
    record.canonical = Some(name.canonical);
    record.id = name.id;
    record.country = name.country;
    record.lat = name.coordinates.map(|c| c.0);
    record.lon = name.coordinates.map(|c| c.1);
    record.feature = name.feature;
    record.confidence = (name.confidence < 1.0).then_some(name.confidence);
}

/// A JSON number: an integer when the value is whole and exactly representable.
pub(crate) fn number_json(value: f64) -> serde_json::Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serde_json::Value::from(value as i64)
    } else {
        serde_json::Number::from_f64(value)
            .map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

fn serialize_currency<S: serde::Serializer>(
    currency: &Option<Currency>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match currency {
        Some(c) => serializer.serialize_str(c.as_str()),
        None => serializer.serialize_none(),
    }
}

/// Renders a time span at its grain: `2014`, `2014-09`, `2019-W26`, `2021-06-28`, `A/B`.
pub(crate) fn render_time(time: TimeSpan, grain: Grain) -> String {
    let mut out = String::new();
    render_date(&mut out, time.start, grain);
    if let Some(end) = time.end {
        out.push('/');
        render_date(&mut out, end, grain);
    }
    out
}

fn render_date(out: &mut String, date: Date, grain: Grain) {
    // Writing to a String cannot fail.
    let _ = match grain {
        Grain::Year => write!(out, "{:04}", date.year()),
        Grain::Month => write!(out, "{:04}-{:02}", date.year(), date.month()),
        Grain::Week => {
            let week = date.iso_week_date();
            write!(out, "{:04}-W{:02}", week.year(), week.week())
        }
        Grain::Day => write!(
            out,
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        ),
    };
}

/// Byte → code-point offsets for the span ends of one document, computed in one sweep.
struct CharOffsets {
    // Sorted, unique (byte offset, char offset) pairs for every span end.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    fn new(text: &str, entities: &[Entity<'_>]) -> CharOffsets {
        let mut bytes: Vec<usize> = entities
            .iter()
            .flat_map(|e| [e.span.start, e.span.end])
            .collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        let (mut byte, mut chars) = (0usize, 0usize);
        for offset in bytes {
            let offset = offset.min(text.len());
            chars += text.get(byte..offset).map_or(0, |s| s.chars().count());
            byte = offset;
            table.push((offset, chars));
        }
        CharOffsets { table }
    }

    fn get(&mut self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => 0, // Unreachable: every span end is in the table.
        }
    }
}

/// One document as a block of the human-readable table.
pub(crate) fn table_block(record: &Record<'_>) -> String {
    let mut out = String::new();
    let id = match record.id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let _ = writeln!(
        out,
        "── {id}  lang={}  reference_date={}",
        record.lang.unwrap_or("-"),
        record.reference_date.as_deref().unwrap_or("-")
    );
    if let Some(error) = record.error {
        let _ = writeln!(out, "   error: {error}");
    }
    for e in &record.entities {
        let detail = match (&e.value, e.canonical) {
            (_, Some(canonical)) => format!("{canonical} {}", e.id.unwrap_or("")),
            (Some(value), None) => {
                let mut d = value.to_string();
                let currency = e.currency.as_ref().map(Currency::as_str);
                for extra in [
                    e.grain, e.subtype, currency, e.bound, e.relative, e.calendar, e.part,
                ]
                .into_iter()
                .flatten()
                {
                    d.push(' ');
                    d.push_str(extra);
                }
                d
            }
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "   {:<12} {:>6}-{:<6} {:<30} {}",
            e.kind,
            e.start,
            e.end,
            e.text.replace('\n', " "),
            detail.trim_end()
        );
    }
    out
}
