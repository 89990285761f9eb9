//! The CLI's run: read → the engine's prepare, extract and resolve → write.
//!
//! Documents are read lazily and handed to the thread pool a chunk per job
//! ([`crate::chunks`]): each job prepares, extracts and renders its documents; the calling
//! thread writes them in input order and reads on. It only splits lines: decoding and JSON
//! parsing run on the workers with the rest of a document's work.
//!
//! Invariant: every input document yields exactly one output record, in order: a document
//! that cannot be read or prepared yields an error record in its place.

use std::io::{self, BufRead, Write};

use khabar::{Prepared, Record};

use crate::chunks::in_order;
use crate::input::{Input, Item, RawDocument, Reader, Unread};
use crate::plan::{Format, OnError, Plan};
use crate::table::table_block;

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
/// `progress` is called with the number of input bytes done after each chunk.
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
    let work = |item: Item| process(plan, item);
    plan.engine.scope(|scope| {
        in_order(scope, &mut reader, Item::len, &work, |rendered| {
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
            }
            Ok::<bool, io::Error>(stop)
        })
    })?;
    Ok(summary)
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
