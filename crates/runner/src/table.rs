//! The human-readable table (`--format table`): one block per document.

use std::fmt::Write as _;

use khabar::{OutputValue, Record};

/// One document as a block of the table.
pub(crate) fn table_block(record: &Record<'_>) -> String {
    let mut out = String::new();
    let id = match record.id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let lang = record.lang.map(|l| l.to_string());
    let date = record.reference_date.map(|d| d.to_string());
    let _ = writeln!(
        out,
        "── {id}  lang={}  reference_date={}",
        lang.as_deref().unwrap_or("-"),
        date.as_deref().unwrap_or("-")
    );
    if let Some(error) = record.error {
        let _ = writeln!(out, "   error: {error}");
    }
    for e in &record.entities {
        let detail = match (&e.value, e.canonical) {
            (_, Some(canonical)) => format!("{canonical} {}", e.id.unwrap_or("")),
            (Some(value), None) => {
                let mut d = match value {
                    OutputValue::Date(s) => format!("{s:?}"),
                    other => serde_json::to_string(other).unwrap_or_default(),
                };
                let currency = e.currency.as_ref().map(|c| c.as_str());
                for extra in [
                    e.grain.map(|g| g.as_str()),
                    e.subtype.map(|s| s.as_str()),
                    currency,
                    e.bound.map(|b| b.as_str()),
                    e.relative,
                    e.calendar.map(|c| c.as_str()),
                    e.part.map(|p| p.as_str()),
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
            e.kind.as_str(),
            e.start,
            e.end,
            e.text.replace('\n', " "),
            detail.trim_end()
        );
    }
    out
}
