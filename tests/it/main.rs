//! One integration-test binary (each extra one would link the whole workspace again).
//!
//! Every test drives the real CLI in-process through [`support::khabar`], so what is tested is
//! what users run.

mod automata;
mod cli_errors;
mod fixtures;
mod hostile;
mod identity;
mod languages;
mod library;
mod models;
mod properties;
mod registry;
mod scale;
mod server;
mod support;
mod tidy;
