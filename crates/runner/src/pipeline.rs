//! The CLI's run: read → the engine's prepare, extract and resolve → write.
//!
//! Documents are read lazily and handed to the thread pool in chunks of a few dozen, each
//! chunk one job that prepares, extracts and renders its documents in turn. While the
//! workers run, the calling thread writes the oldest chunk in input order and reads the next;
//! at most about two thousand documents (or 64 MB of input) are under way, so memory is
//! bounded by that, not by the input. The calling thread only splits lines: decoding and
//! JSON parsing run on the workers with the rest of a document's work. Chunks are separate
//! jobs rather than one parallel iterator per batch: a worker that waited inside such an
//! iterator for its sibling's half took up the next batch's work meanwhile, and held back
//! the batch it was waiting on until that was done, so the reader fell behind and both
//! workers idled at batch ends (6–8% of a two-thread run).
//!
//! Invariant: every input document yields exactly one output record, in order: a document
//! that cannot be read or prepared yields an error record in its place.

use std::collections::VecDeque;
use std::io::{self, BufRead, Write};
use std::sync::mpsc;

use khabar::{Prepared, Record};

use crate::input::{Content, Input, Item, RawDocument, Reader, Unread};
use crate::plan::{Format, OnError, Plan};
use crate::table::table_block;

/// A job for a worker: this many documents, or fewer that reach this many bytes of input.
const CHUNK_DOCUMENTS: usize = 256;
const CHUNK_BYTES: usize = 1 << 20;

/// No chunk is read while this many documents, or this many bytes of input, are under way.
const MAX_DOCUMENTS: usize = 2048;
const MAX_BYTES: usize = 64 << 20;

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
        // The chunks under way, oldest first, with their documents and bytes.
        let mut in_flight: VecDeque<(mpsc::Receiver<Vec<Rendered>>, usize, usize)> =
            VecDeque::new();
        let (mut flying_documents, mut flying_bytes) = (0usize, 0usize);
        let mut reading = true;
        loop {
            // Read and hand out chunks until enough is under way.
            while reading && flying_documents < MAX_DOCUMENTS && flying_bytes < MAX_BYTES {
                let mut chunk: Vec<Item> = Vec::with_capacity(CHUNK_DOCUMENTS);
                let mut bytes = 0usize;
                while chunk.len() < CHUNK_DOCUMENTS && bytes < CHUNK_BYTES {
                    let Some(item) = reader.next() else {
                        reading = false;
                        break;
                    };
                    bytes += item.result.as_ref().map_or(0, Content::len);
                    chunk.push(item);
                }
                if chunk.is_empty() {
                    break;
                }
                // Prepare, extract, resolve and render on a worker, a chunk per job: a
                // worker that is done takes the next chunk, never waits on another's.
                let (done, rendered) = mpsc::sync_channel(1);
                let documents = chunk.len();
                scope.spawn(move |_| {
                    let out: Vec<Rendered> =
                        chunk.into_iter().map(|item| process(plan, item)).collect();
                    // The receiver is gone only when the run stopped early.
                    let _ = done.send(out);
                });
                in_flight.push_back((rendered, documents, bytes));
                flying_documents += documents;
                flying_bytes += bytes;
            }
            // Write the oldest chunk.
            let Some((oldest, documents, read_bytes)) = in_flight.pop_front() else {
                return Ok(summary);
            };
            flying_documents -= documents;
            flying_bytes -= read_bytes;
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
