//! `POST /v1/extract` with an `application/x-ndjson` body: documents stream in, records
//! stream out, one a line, in input order.
//!
//! The body is read as it arrives and cut into lines; every `max_batch_docs` lines (or at
//! the end) the group is extracted on the engine's threads and its records are sent while
//! the next lines are read. So a stream has no total size or count limit, only a per-line
//! one (`max_body_bytes`: a longer line becomes an error record), and the server holds at
//! most one group and a few sent buffers of it. The stream holds one in-flight permit from
//! start to end (429 before anything is sent when none is free); a group that takes longer
//! than the request timeout ends the stream with an error record, since the status line
//! has already gone out.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use globset::GlobSet;
use http_body::Frame;
use http_body_util::BodyExt;
use khabar::{Input, Record};
use tokio::sync::{OwnedSemaphorePermit, mpsc};

use crate::app::{Shared, extract_group};
use crate::error::ApiError;

/// A response body fed by a channel of ready lines.
struct Lines(mpsc::Receiver<Bytes>);

impl http_body::Body for Lines {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0
            .poll_recv(cx)
            .map(|chunk| chunk.map(|b| Ok(Frame::data(b))))
    }
}

/// Starts streaming the records of an NDJSON body; answers 429 if no permit is free.
pub(crate) fn ndjson(
    shared: Arc<Shared>,
    body: Body,
    selection: Option<GlobSet>,
) -> Result<Response, ApiError> {
    let Ok(permit) = shared.permits.clone().try_acquire_owned() else {
        shared.metrics.rejected("overloaded");
        return Err(ApiError::overloaded());
    };
    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(pump(
        shared,
        body,
        selection.map(Arc::new),
        Arc::new(permit),
        tx,
    ));
    Ok((
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-ndjson"),
        )],
        Body::new(Lines(rx)),
    )
        .into_response())
}

/// The error record a stream writes in a document's place.
fn error_line(message: &str) -> String {
    Record::failed(&serde_json::Value::Null, message).to_json()
}

/// Cuts the body into documents, a line each.
struct Splitter {
    pending: Vec<u8>,
    /// Lines seen, for error messages (1-based once one is seen).
    line: usize,
    /// Dropping the rest of a line that was too long.
    skipping: bool,
    limit: usize,
}

impl Splitter {
    /// Takes `data` and pushes every complete line's document to `out`.
    fn feed(&mut self, data: &[u8], out: &mut Vec<Result<Input, String>>) {
        self.pending.extend_from_slice(data);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            if std::mem::take(&mut self.skipping) {
                continue;
            }
            self.line += 1;
            if end > self.limit {
                out.push(Err(self.too_long()));
            } else {
                self.document(&line[..end], out);
            }
        }
        if self.pending.len() > self.limit && !self.skipping {
            self.line += 1;
            out.push(Err(self.too_long()));
            self.skipping = true;
        }
        if self.skipping {
            self.pending.clear();
        }
    }

    fn too_long(&self) -> String {
        format!("line {}: longer than {} bytes", self.line, self.limit)
    }

    /// The last line, if the body did not end with a line end.
    fn finish(&mut self, out: &mut Vec<Result<Input, String>>) {
        let rest = std::mem::take(&mut self.pending);
        if !self.skipping && !rest.is_empty() {
            self.line += 1;
            self.document(&rest, out);
        }
    }

    fn document(&self, line: &[u8], out: &mut Vec<Result<Input, String>>) {
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        out.push(serde_json::from_slice::<Input>(line).map_err(|e| {
            // serde's message ends with its own position, within the line.
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(&*message, |m| m.0);
            format!("line {}, column {}: {message}", self.line, e.column())
        }));
    }
}

async fn pump(
    shared: Arc<Shared>,
    mut body: Body,
    selection: Option<Arc<GlobSet>>,
    permit: Arc<OwnedSemaphorePermit>,
    tx: mpsc::Sender<Bytes>,
) {
    let group = shared.settings.max_batch_docs;
    let mut splitter = Splitter {
        pending: Vec::new(),
        line: 0,
        skipping: false,
        limit: shared.settings.max_body_bytes,
    };
    let mut documents = Vec::new();
    loop {
        let done = match body.frame().await {
            None => {
                splitter.finish(&mut documents);
                true
            }
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    splitter.feed(&data, &mut documents);
                }
                false
            }
            Some(Err(e)) => {
                documents.push(Err(format!("cannot read the request body: {e}")));
                true
            }
        };
        while documents.len() >= group || (done && !documents.is_empty()) {
            let rest = documents.split_off(group.min(documents.len()));
            let batch = std::mem::replace(&mut documents, rest);
            let (owned, selection, permit) = (shared.clone(), selection.clone(), permit.clone());
            let work = tokio::task::spawn_blocking(move || {
                let _permit = permit;
                extract_group(&owned, batch, selection.as_deref())
            });
            let lines = match tokio::time::timeout(shared.settings.request_timeout, work).await {
                Ok(Ok(lines)) => lines,
                Ok(Err(e)) => vec![error_line(&format!("the extraction failed: {e}"))],
                Err(_) => {
                    shared.metrics.rejected("timeout");
                    let line = error_line("the extraction took longer than the request timeout");
                    let _ = tx.send(Bytes::from(line + "\n")).await;
                    return;
                }
            };
            let mut chunk = lines.join("\n");
            chunk.push('\n');
            if tx.send(Bytes::from(chunk)).await.is_err() {
                return; // The client went away.
            }
        }
        if done {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&str], limit: usize) -> Vec<Result<Option<String>, String>> {
        let mut splitter = Splitter {
            pending: Vec::new(),
            line: 0,
            skipping: false,
            limit,
        };
        let mut out = Vec::new();
        for chunk in chunks {
            splitter.feed(chunk.as_bytes(), &mut out);
        }
        splitter.finish(&mut out);
        out.into_iter()
            .map(|d| d.map(|i| i.id.map(|v| v.to_string())))
            .collect()
    }

    #[test]
    fn lines_are_cut_across_chunks_and_blank_ones_skipped() {
        let out = split(
            &["{\"id\":1,\"te", "xt\":\"a\"}\n\n{\"id\":2,\"text\":\"b\"}"],
            100,
        );
        assert_eq!(out, [Ok(Some("1".to_owned())), Ok(Some("2".to_owned()))]);
    }

    #[test]
    fn a_line_too_long_is_an_error_and_the_next_one_is_read() {
        let long = format!("{{\"id\":1,\"text\":\"{}\"}}\n", "x".repeat(50));
        let out = split(
            &[&long[..20], &long[20..], "{\"id\":2,\"text\":\"b\"}\n"],
            30,
        );
        assert_eq!(
            out,
            [
                Err("line 1: longer than 30 bytes".to_owned()),
                Ok(Some("2".to_owned()))
            ]
        );
        let out = split(&["not json\n"], 30);
        assert_eq!(out, [Err("line 1, column 2: expected ident".to_owned())]);
    }
}
