//! khabar over HTTP: `khabar serve`.
//!
//! Two faces on one [`khabar::Engine`]. Chat bots that call Duckling (Rasa's
//! `DucklingEntityExtractor` and others) change one URL: `POST /parse` takes Duckling's form
//! parameters and answers Duckling's JSON ([`duckling`] has the mapping and what differs).
//! Everyone else posts documents to `POST /v1/extract` and gets SPEC §1 records, the same
//! as `khabar extract` writes. Around both: a body limit, a batch limit, a request timeout,
//! a bound on extractions in flight (429 beyond it), Prometheus metrics, probes, an access
//! log and a graceful shutdown.
//!
//! Architecture invariant: this crate is the only one that links axum and tokio; the library
//! stays free of them, and the CLI links this crate behind its `server` feature.

mod app;
mod duckling;
mod error;
mod metrics;
mod serve;
mod settings;
mod stream;

pub use app::{Shared, router};
pub use serve::{ServeArgs, prepare, run, serve};
pub use settings::{CompatLang, Flags, Settings, SettingsError};
