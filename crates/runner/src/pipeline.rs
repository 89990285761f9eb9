//! The run: read → prepare each document once → extract → resolve overlaps → write.
//!
//! Documents are read lazily and processed in batches. While the thread pool prepares and
//! extracts one batch, the calling thread reads the next one and writes the one before, in
//! input order; at most two batches are in flight, so memory is bounded by the batch size,
//! not by the input. The calling thread only splits lines: decoding and JSON parsing run
//! on the workers with the rest of a document's work.
//!
//! Invariant: every input document yields exactly one output record, in order: a document
//! that cannot be read or prepared yields an error record in its place.

use std::collections::VecDeque;
use std::io::{self, BufRead, Write};
use std::sync::mpsc;

use khabar_core::{Document, Entity, Lang, Prefer};
use rayon::prelude::*;

use crate::config::{Format, LangChoice, OnError, Plan, parse_date};
use crate::input::{Content, Input, Item, RawDocument, Reader};
use crate::output::{Record, entity_records, table_block};
use crate::resolve_overlaps;

/// At most this many documents, or this many bytes of text, are in flight at once.
const BATCH_DOCUMENTS: usize = 1024;
const BATCH_BYTES: usize = 32 << 20;

/// How a run went.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    /// Bytes of document text read.
    pub bytes: usize,
    pub failed: usize,
    pub entities: usize,
}

/// Runs `plan` over `inputs`, writing records to `out` and warnings and errors to `diagnostics`.
/// `progress` is called with the number of input bytes done after each batch.
pub fn run(
    plan: &Plan,
    inputs: Vec<Input>,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    diagnostics: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut reader = Reader::new(inputs, stdin, plan.lossy);
    plan.scope(|scope| {
        let mut in_flight: VecDeque<mpsc::Receiver<Vec<Rendered>>> = VecDeque::new();
        let mut reading = true;
        loop {
            // Read.
            if reading {
                let mut batch: Vec<Item> = Vec::with_capacity(BATCH_DOCUMENTS);
                let mut bytes = 0usize;
                while batch.len() < BATCH_DOCUMENTS && bytes < BATCH_BYTES {
                    let Some(item) = reader.next() else {
                        reading = false;
                        break;
                    };
                    bytes += item.result.as_ref().map_or(0, Content::len);
                    batch.push(item);
                }
                if !batch.is_empty() {
                    // Prepare, extract, resolve and render, in parallel; collect keeps
                    // input order.
                    let (done, rendered) = mpsc::sync_channel(1);
                    scope.spawn(move |_| {
                        let out: Vec<Rendered> = batch
                            .into_par_iter()
                            .map(|item| process(plan, item))
                            .collect();
                        // The receiver is gone only when the run stopped early.
                        let _ = done.send(out);
                    });
                    in_flight.push_back(rendered);
                }
            }
            // Write the oldest batch once the next one is under way (or nothing is left
            // to read).
            if in_flight.len() < 2 && reading {
                continue;
            }
            let Some(oldest) = in_flight.pop_front() else {
                return Ok(summary);
            };
            let rendered = oldest.recv().unwrap_or_default();
            let mut stop = false;
            let mut bytes = 0;
            for r in rendered {
                summary.documents += 1;
                summary.entities += r.entities;
                bytes += r.text_bytes;
                for message in &r.diagnostics {
                    writeln!(diagnostics, "{message}")?;
                }
                out.write_all(r.output.as_bytes())?;
                if r.failed {
                    summary.failed += 1;
                    stop |= plan.on_error == OnError::Fail;
                }
                if stop {
                    break;
                }
            }
            summary.bytes += bytes;
            progress(bytes as u64);
            if stop {
                out.flush()?;
                return Ok(summary);
            }
        }
    })
}

/// One document's output, rendered on a worker thread.
struct Rendered {
    output: String,
    diagnostics: Vec<String>,
    failed: bool,
    entities: usize,
    /// Bytes of the document's text (0 when it could not be read).
    text_bytes: usize,
}

fn process(plan: &Plan, item: Item) -> Rendered {
    let (origin, result, warning) = item.into_document();
    let mut diagnostics: Vec<String> = warning.into_iter().collect();
    let raw = match result {
        Ok(raw) => raw,
        Err(message) => {
            diagnostics.push(format!("error: {message}"));
            let id = serde_json::Value::String(origin);
            return Rendered {
                output: render(plan, &failed_record(&id, &message)),
                diagnostics,
                failed: true,
                entities: 0,
                text_bytes: 0,
            };
        }
    };
    let text_bytes = raw.text.len();
    let id = raw
        .id
        .clone()
        .unwrap_or_else(|| serde_json::Value::String(origin.clone()));
    let document = match prepare(plan, raw) {
        Ok(document) => document,
        Err(message) => {
            let message = format!("{origin}: {message}");
            diagnostics.push(format!("error: {message}"));
            return Rendered {
                output: render(plan, &failed_record(&id, &message)),
                diagnostics,
                failed: true,
                entities: 0,
                text_bytes,
            };
        }
    };
    let extractors = plan.extractors(document.lang());
    if !plan.supports(document.lang()) {
        diagnostics.push(format!(
            "warning: {}: no extractors for language `{}`; the document is output with no entities",
            origin,
            document.lang()
        ));
    }
    let mut entities: Vec<Entity<'_>> = Vec::new();
    for extractor in extractors {
        extractor.extract(&document, &mut |entity| entities.push(entity));
    }
    resolve_overlaps(&mut entities);
    let lang = document.lang();
    let record = Record {
        id: &id,
        lang: Some(lang.as_str()),
        reference_date: document.reference_date().map(|d| d.to_string()),
        entities: entity_records(document.text(), &entities),
        error: None,
    };
    Rendered {
        output: render(plan, &record),
        diagnostics,
        failed: false,
        entities: entities.len(),
        text_bytes,
    }
}

/// Builds the Document: the document's own fields win over the run's defaults.
fn prepare(plan: &Plan, raw: RawDocument) -> Result<Document, String> {
    let lang = match raw.lang.as_deref() {
        Some(code) => Lang::parse(code).ok_or_else(|| {
            format!("invalid lang `{code}`: expected a 2- or 3-letter ISO 639 code")
        })?,
        None => match plan.lang {
            LangChoice::Fixed(lang) => lang,
            LangChoice::Auto => Lang::detect(&raw.text),
        },
    };
    let reference_date = match raw.reference_date.as_deref() {
        Some(date) => Some(parse_date(date).map_err(|m| format!("invalid reference_date: {m}"))?),
        None => plan.reference_date,
    };
    let prefer = match raw.prefer.as_deref() {
        Some(p) => Prefer::parse(p)
            .ok_or_else(|| format!("invalid prefer `{p}`: expected past or future"))?,
        None => plan.prefer,
    };
    Ok(Document::new(raw.text, lang, reference_date, prefer))
}

fn failed_record<'a>(id: &'a serde_json::Value, message: &'a str) -> Record<'a> {
    Record {
        id,
        lang: None,
        reference_date: None,
        entities: Vec::new(),
        error: Some(message),
    }
}

fn render(plan: &Plan, record: &Record<'_>) -> String {
    match plan.format {
        Format::Jsonl => {
            // Serializing plain data to a String cannot fail; keep the record count right
            // even if it somehow did.
            let mut line = serde_json::to_string(record)
                .unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()));
            line.push('\n');
            line
        }
        Format::Table => table_block(record),
    }
}
