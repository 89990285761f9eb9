//! The output record (SPEC §1): what every front end writes, typed and `Serialize`.
//!
//! Core types are not `Serialize` on purpose: this module is the one place where the JSON
//! contract with users is written down, for the CLI, a server and the bindings alike.
//! Offsets are converted here from bytes to code points in one sweep per document; a record
//! borrows its strings from the document and the engine, so building one allocates per
//! entity only a date's rendered value.

use khabar_core::{
    Bound, Calendar, Currency, Date, DatePart, DateValue, Entity, Grain, Kind, Lang, NameValue,
    NumberValue, Subtype, Value,
};
use serde::{Serialize, Serializer};

/// One document's output: its entities, or the error that kept it from being read.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    /// The document's own `id`; for documents without one the CLI uses their place
    /// (`file.jsonl:3`).
    pub id: &'a serde_json::Value,
    #[serde(serialize_with = "opt_str")]
    pub lang: Option<Lang>,
    #[serde(serialize_with = "opt_str")]
    pub reference_date: Option<Date>,
    pub entities: Vec<EntityRecord<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'a str>,
    /// What extraction could not do for this document (a table that failed to load), for
    /// the caller to report; not part of the JSON.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl<'a> Record<'a> {
    /// The record of a document that could not be read or prepared.
    pub fn failed(id: &'a serde_json::Value, message: &'a str) -> Record<'a> {
        Record {
            id,
            lang: None,
            reference_date: None,
            entities: Vec::new(),
            error: Some(message),
            warnings: Vec::new(),
        }
    }

    /// The record as one JSON line, without its line end.
    pub fn to_json(&self) -> String {
        // Serializing plain data to a String cannot fail; keep the record count right even
        // if it somehow did.
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
    }
}

/// One entity of a record. Fields that do not apply to its kind are `None` and left out of
/// the JSON.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRecord<'a> {
    #[serde(serialize_with = "as_str")]
    pub kind: Kind,
    /// Code points into the text as read.
    pub start: usize,
    pub end: usize,
    /// UTF-8 bytes into the text as read.
    pub byte_start: usize,
    pub byte_end: usize,
    /// Exactly the text between `start` and `end`.
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<OutputValue>,
    /// The upper end of a range of amounts; `value` is its lower end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<OutputValue>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub grain: Option<Grain>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub subtype: Option<Subtype>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub currency: Option<Currency>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub bound: Option<Bound>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub calendar: Option<Calendar>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_str")]
    pub part: Option<DatePart>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature: Option<&'a str>,
    /// Below 1 for names found by a pattern rule rather than a table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// The id of the extractor that found it (`ar.numbers`).
    pub extractor: &'static str,
    /// Which rule or table entry fired.
    pub reason: &'a str,
}

/// An entity's `value`: a number, a date in ISO 8601, or `null` for a date that needs a
/// reference date the document does not have.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputValue {
    Number(f64),
    Date(String),
    Null,
}

impl Serialize for OutputValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // An integer when the value is whole and exactly representable.
            OutputValue::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                serializer.serialize_i64(*n as i64)
            }
            OutputValue::Number(n) if n.is_finite() => serializer.serialize_f64(*n),
            OutputValue::Number(_) | OutputValue::Null => serializer.serialize_none(),
            OutputValue::Date(s) => serializer.serialize_str(s),
        }
    }
}

/// Core's value types as their JSON strings, written without an allocation.
trait JsonStr {
    fn serialize_str<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

macro_rules! json_str_by_as_str {
    ($($t:ty),*) => {$(
        impl JsonStr for $t {
            fn serialize_str<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    )*};
}
json_str_by_as_str!(
    Kind, Grain, Subtype, Currency, Bound, Calendar, DatePart, Lang
);

impl JsonStr for Date {
    fn serialize_str<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn as_str<T: JsonStr, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_str(serializer)
}

fn opt_str<T: JsonStr, S: Serializer>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => v.serialize_str(serializer),
        None => serializer.serialize_none(),
    }
}

/// Builds the records of `entities` (sorted by start) found in `text`, which starts at
/// `byte_offset` (`char_offset` in code points) of the document.
pub(crate) fn entity_records<'a>(
    text: &'a str,
    entities: &[Entity<'a>],
    byte_offset: usize,
    char_offset: usize,
) -> Vec<EntityRecord<'a>> {
    let mut chars = CharOffsets::new(text, entities);
    entities
        .iter()
        .map(|entity| {
            let mut record = EntityRecord {
                kind: entity.kind(),
                start: char_offset + chars.get(entity.span.start),
                end: char_offset + chars.get(entity.span.end),
                byte_start: byte_offset + entity.span.start,
                byte_end: byte_offset + entity.span.end,
                text: &text[entity.span.clone()],
                value: None,
                value_max: None,
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
                Value::Organization(name) | Value::Location(name) | Value::Person(name) => {
                    fill_name(&mut record, name)
                }
            }
            record
        })
        .collect()
}

fn fill_date<'a>(record: &mut EntityRecord<'a>, date: &DateValue<'a>) {
    record.value = Some(date.time.map_or(OutputValue::Null, |t| {
        OutputValue::Date(t.iso(date.grain).to_string())
    }));
    record.grain = Some(date.grain);
    record.relative = date.relative;
    record.calendar = date.calendar;
    record.part = date.part;
}

fn fill_number(record: &mut EntityRecord<'_>, number: &NumberValue) {
    record.value = Some(OutputValue::Number(number.value));
    record.subtype = Some(number.subtype);
    record.bound = number.bound;
    record.currency = number.currency;
    record.value_max = number.max.map(OutputValue::Number);
}

fn fill_name<'a>(record: &mut EntityRecord<'a>, name: &NameValue<'a>) {
    record.canonical = name.canonical;
    record.id = name.id;
    record.country = name.country;
    record.lat = name.coordinates.map(|c| c.0);
    record.lon = name.coordinates.map(|c| c.1);
    record.feature = name.feature;
    record.confidence = (name.confidence < 1.0).then_some(name.confidence);
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

impl EntityRecord<'_> {
    /// The `value` as text for flat tables (Parquet, Arrow): a date's ISO form, or a
    /// number as the JSON writes it; `None` where the JSON has no value or `null`.
    pub fn value_str(&self) -> Option<String> {
        match &self.value {
            Some(OutputValue::Date(s)) => Some(s.clone()),
            Some(number @ OutputValue::Number(n)) if n.is_finite() => {
                serde_json::to_string(number).ok()
            }
            _ => None,
        }
    }

    /// The `value` of a number (finite), for flat tables.
    pub fn value_num(&self) -> Option<f64> {
        match self.value {
            Some(OutputValue::Number(n)) if n.is_finite() => Some(n),
            _ => None,
        }
    }
}

/// One entity as an owned, flat row: what a columnar output (a Parquet file, an Arrow table)
/// writes per entity, built in this one place for every front end.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    pub doc_id: String,
    pub lang: Option<String>,
    pub kind: &'static str,
    /// `start`, `end`, `byte_start`, `byte_end`.
    pub offsets: [i64; 4],
    pub text: String,
    pub value_str: Option<String>,
    pub value_num: Option<f64>,
    /// The upper end of a range of amounts (`value_max`).
    pub value_max: Option<f64>,
    /// The optional string fields, in the order of [`EntityRow::STRING_COLUMNS`].
    pub strings: [Option<String>; 11],
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub confidence: Option<f32>,
    pub extractor: &'static str,
    pub reason: String,
}

impl EntityRow {
    /// The names of [`EntityRow::strings`], in order.
    pub const STRING_COLUMNS: [&'static str; 11] = [
        "grain",
        "subtype",
        "currency",
        "bound",
        "relative",
        "calendar",
        "part",
        "canonical",
        "id",
        "country",
        "feature",
    ];

    /// The row of entity `e` of the document `doc_id` in `lang`.
    pub fn new(doc_id: &str, lang: Option<&str>, e: &EntityRecord<'_>) -> EntityRow {
        let own = |s: Option<&str>| s.map(str::to_owned);
        let offset = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        EntityRow {
            doc_id: doc_id.to_owned(),
            lang: own(lang),
            kind: e.kind.as_str(),
            offsets: [
                offset(e.start),
                offset(e.end),
                offset(e.byte_start),
                offset(e.byte_end),
            ],
            text: e.text.to_owned(),
            value_str: e.value_str(),
            value_num: e.value_num(),
            value_max: match e.value_max {
                Some(OutputValue::Number(n)) if n.is_finite() => Some(n),
                _ => None,
            },
            strings: [
                own(e.grain.map(|g| g.as_str())),
                own(e.subtype.map(|s| s.as_str())),
                own(e.currency.as_ref().map(|c| c.as_str())),
                own(e.bound.map(|b| b.as_str())),
                own(e.relative),
                own(e.calendar.map(|c| c.as_str())),
                own(e.part.map(|p| p.as_str())),
                own(e.canonical),
                own(e.id),
                own(e.country),
                own(e.feature),
            ],
            lat: e.lat,
            lon: e.lon,
            confidence: e.confidence,
            extractor: e.extractor,
            reason: e.reason.to_owned(),
        }
    }
}
