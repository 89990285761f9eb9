//! The `khabar` command line over the [`khabar`] library: arguments, files, progress and
//! output formats.
//!
//! The data flow is [`pipeline::run`]: read → the engine's prepare, extract and resolve →
//! write, with documents processed in parallel and written in input order. Configuration
//! is validated into a [`Plan`] (the engine plus the CLI's own settings) before any
//! document is read; the CLI in [`cli`] is a thin layer over both, and [`eval`] scores
//! output against gold files (SPEC §3).
//!
//! Architecture invariant: the CLI's IO (documents in, records out) happens here; the
//! engine sees inputs and returns records.

#![warn(unused_crate_dependencies)]

mod chunks;
pub mod cli;
#[cfg(feature = "parquet")]
pub mod columnar;
pub mod eval;
mod input;
pub mod pipeline;
mod plan;
mod table;

pub use input::{Input, InputFormat, InputKind};
pub use khabar::ConfigError;
pub use plan::{Format, OnError, Overrides, Plan};

// Used by the binary only; named here so the crate-dependency lint stays quiet.
use anyhow as _;
use mimalloc as _;
// Used by the benchmarks only.
#[cfg(test)]
use divan as _;
