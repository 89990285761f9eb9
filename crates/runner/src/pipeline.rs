//! The CLI's run: read → the engine's prepare, extract and resolve → write.
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

use khabar::{Prepared, Record};
use rayon::prelude::*;

use crate::input::{Content, Input, Item, RawDocument, Reader, Unread};
use crate::plan::{Format, OnError, Plan};
use crate::table::table_block;

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
    plan.engine.scope(|scope| {
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
                if let Some((origin, prepared)) = &r.deferred {
                    // A long document streams straight to the output, in its turn.
                    let written = plan.engine.write_json(prepared, out)?;
                    summary.entities += written.entities;
                    for w in &written.warnings {
                        writeln!(diagnostics, "warning: {origin}: {w}")?;
                    }
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
    /// A document read in windows (with its origin, for messages): the writing thread
    /// extracts and writes it window by window, so its output is never held in memory.
    deferred: Option<(String, Prepared)>,
    diagnostics: Vec<String>,
    failed: bool,
    entities: usize,
    /// Bytes of the document's text (0 when it could not be read).
    text_bytes: usize,
}

fn process(plan: &Plan, item: Item) -> Rendered {
    let (origin, result, warning) = item.into_document();
    let mut diagnostics: Vec<String> = warning.into_iter().collect();
    let failed =
        |id: &serde_json::Value, message: String, mut diagnostics: Vec<String>, text_bytes| {
            diagnostics.push(format!("error: {message}"));
            Rendered {
                output: render(plan, &Record::failed(id, &message)),
                deferred: None,
                diagnostics,
                failed: true,
                entities: 0,
                text_bytes,
            }
        };
    let (prepared, text_bytes) = match prepare(plan, &origin, result) {
        Ok(prepared) => prepared,
        Err(e) => return failed(&e.id, e.message, diagnostics, e.text_bytes),
    };
    if prepared.is_windowed() && plan.format == Format::Jsonl {
        return Rendered {
            output: String::new(),
            deferred: Some((origin, prepared)),
            diagnostics,
            failed: false,
            entities: 0,
            text_bytes,
        };
    }
    let record = plan.engine.extract(&prepared);
    diagnostics.extend(
        record
            .warnings
            .iter()
            .map(|w| format!("warning: {origin}: {w}")),
    );
    Rendered {
        output: render(plan, &record),
        deferred: None,
        diagnostics,
        failed: false,
        entities: record.entities.len(),
        text_bytes,
    }
}

/// A document that could not be read or prepared: its id (its own when it could be read,
/// else its place), the message, and the bytes of its text (0 when unread).
pub(crate) struct Unprepared {
    pub(crate) id: serde_json::Value,
    pub(crate) message: String,
    pub(crate) text_bytes: usize,
}

/// Prepares a decoded document with the plan's engine, and the bytes of its text. A
/// document without an id is named by its place, `origin`.
pub(crate) fn prepare(
    plan: &Plan,
    origin: &str,
    result: Result<RawDocument, Unread>,
) -> Result<(Prepared, usize), Unprepared> {
    let mut input = result.map_err(|(message, id)| Unprepared {
        id: id.unwrap_or_else(|| serde_json::Value::String(origin.to_owned())),
        message,
        text_bytes: 0,
    })?;
    let text_bytes = input.text.len();
    let id = input
        .id
        .get_or_insert_with(|| serde_json::Value::String(origin.to_owned()))
        .clone();
    match plan.engine.prepare(input) {
        Ok(prepared) => Ok((prepared, text_bytes)),
        Err(e) => Err(Unprepared {
            id,
            message: format!("{origin}: {e}"),
            text_bytes,
        }),
    }
}

fn render(plan: &Plan, record: &Record<'_>) -> String {
    render_as(plan.format, record)
}

/// A record as one line of JSON Lines or one block of the table.
pub(crate) fn render_as(format: Format, record: &Record<'_>) -> String {
    match format {
        Format::Jsonl => {
            let mut line = record.to_json();
            line.push('\n');
            line
        }
        Format::Table => table_block(record),
    }
}
