//! Documents handed to the engine's threads a chunk per job and taken back in input order:
//! the scheduling the streaming pipeline and the Parquet path share.
//!
//! Each chunk of up to [`CHUNK_DOCUMENTS`] documents (fewer when they reach [`CHUNK_BYTES`]
//! of input) is one job that works through its documents in turn. While the workers run,
//! the calling thread takes back the oldest chunk and reads the next; at most
//! [`MAX_DOCUMENTS`] documents (or [`MAX_BYTES`] of input) are under way, so memory is
//! bounded by that, not by the input.
//!
//! Chunks are separate jobs rather than one parallel iterator per batch: a worker that
//! waited inside such an iterator for its sibling's half took up the next batch's work
//! meanwhile, and held back the batch it was waiting on until that was done, so the reader
//! fell behind and both workers idled at batch ends (6–8% of a two-thread run).
//!
//! Invariant: `done` sees the results of the items in input order, each once, until it asks
//! to stop or the items end.

use std::collections::VecDeque;
use std::sync::mpsc;

/// A job for a worker: this many documents, or fewer that reach this many bytes of input.
const CHUNK_DOCUMENTS: usize = 256;
const CHUNK_BYTES: usize = 1 << 20;

/// No chunk is read while this many documents, or this many bytes of input, are under way.
pub(crate) const MAX_DOCUMENTS: usize = 2048;
const MAX_BYTES: usize = 64 << 20;

/// Runs `work` on every item of `items` on `scope`'s threads, a chunk per job, and hands
/// the results to `done` a chunk at a time, in input order; `size` is an item's bytes of
/// input, for the bound on what is under way. `done` returns `Ok(true)` to stop: no item is
/// read after that, and the chunks under way finish unseen. Returns whether `done` stopped
/// the run.
pub(crate) fn in_order<'s, I, T, E>(
    scope: &rayon::Scope<'s>,
    items: &mut dyn Iterator<Item = I>,
    size: impl Fn(&I) -> usize,
    work: &'s (dyn Fn(I) -> T + Sync),
    mut done: impl FnMut(Vec<T>) -> Result<bool, E>,
) -> Result<bool, E>
where
    I: Send + 's,
    T: Send + 's,
{
    // The chunks under way, oldest first, with their items and bytes.
    let mut in_flight: VecDeque<(mpsc::Receiver<Vec<T>>, usize, usize)> = VecDeque::new();
    let (mut flying_items, mut flying_bytes) = (0usize, 0usize);
    let mut reading = true;
    loop {
        // Read and hand out chunks until enough is under way.
        while reading && flying_items < MAX_DOCUMENTS && flying_bytes < MAX_BYTES {
            let mut chunk: Vec<I> = Vec::with_capacity(CHUNK_DOCUMENTS);
            let mut bytes = 0usize;
            while chunk.len() < CHUNK_DOCUMENTS && bytes < CHUNK_BYTES {
                let Some(item) = items.next() else {
                    reading = false;
                    break;
                };
                bytes += size(&item);
                chunk.push(item);
            }
            if chunk.is_empty() {
                break;
            }
            let (sender, results) = mpsc::sync_channel(1);
            let count = chunk.len();
            scope.spawn(move |_| {
                let out: Vec<T> = chunk.into_iter().map(work).collect();
                // The receiver is gone only when the run stopped early.
                let _ = sender.send(out);
            });
            in_flight.push_back((results, count, bytes));
            flying_items += count;
            flying_bytes += bytes;
        }
        let Some((oldest, count, bytes)) = in_flight.pop_front() else {
            return Ok(false);
        };
        flying_items -= count;
        flying_bytes -= bytes;
        // A job that panicked sent nothing; the scope re-raises its panic when it ends.
        let results = oldest.recv().unwrap_or_default();
        if done(results)? {
            return Ok(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Results come back in input order, each once, whatever the chunking, and a stop ends
    /// the reading.
    #[test]
    fn results_in_input_order_until_a_stop() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("a pool");
        for (count, item_size) in [
            (0usize, 1usize),
            (1, 1),
            (255, 1),
            (5_000, 1),
            (300, 1 << 19),
        ] {
            let square = |i: usize| i * i;
            let mut seen = Vec::new();
            let stopped = pool.in_place_scope(|scope| {
                in_order(
                    scope,
                    &mut (0..count),
                    |_| item_size,
                    &square,
                    |results| -> Result<bool, ()> {
                        seen.extend(results);
                        Ok(false)
                    },
                )
            });
            assert_eq!(stopped, Ok(false));
            assert_eq!(seen, (0..count).map(square).collect::<Vec<_>>());
        }
        // Stop after the first chunk: what was read beyond it is never handed over, and no
        // more was read than the bounds allow, in items and in bytes.
        for item_size in [1usize, 1 << 19] {
            let mut read = 0usize;
            let mut items = (0..10_000usize).inspect(|_| read += 1);
            let mut chunks = 0;
            let stopped = pool.in_place_scope(|scope| {
                in_order(
                    scope,
                    &mut items,
                    |_| item_size,
                    &|i: usize| i,
                    |_| -> Result<bool, ()> {
                        chunks += 1;
                        Ok(true)
                    },
                )
            });
            assert_eq!((stopped, chunks), (Ok(true), 1));
            assert!(read <= MAX_DOCUMENTS + CHUNK_DOCUMENTS, "{read} items read");
            assert!(
                read * item_size <= MAX_BYTES + CHUNK_BYTES,
                "{read} items read"
            );
        }
    }
}
