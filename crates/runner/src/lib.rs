//! The khabar runner: composes the registered extractors from a TOML config and streams
//! documents through them.
//!
//! The data flow is [`pipeline::run`]: read → prepare each document once → extract →
//! resolve overlaps → write, with documents processed in parallel and written in input
//! order. Configuration is validated into a [`Plan`] before any document is read; the CLI
//! in [`cli`] is a thin layer over both, and [`eval`] scores output against gold files
//! (SPEC §3).
//!
//! Architecture invariant: this crate is the only one that does IO; extractors see a
//! prepared [`khabar_core::Document`] and nothing else.

#![warn(unused_crate_dependencies)]

pub mod cli;
mod config;
pub mod eval;
mod input;
mod output;
pub mod pipeline;
mod plugins;
mod resolve;

pub use config::{ConfigError, Format, LangChoice, OnError, Overrides, Plan};
pub use input::{Input, InputKind};
pub use resolve::resolve_overlaps;

// Used by the binary only; named here so the crate-dependency lint stays quiet.
use anyhow as _;
use mimalloc as _;
// Used by the benchmarks only.
#[cfg(test)]
use divan as _;
