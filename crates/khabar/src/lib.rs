//! khabar as a library: dates, numbers, organizations and locations from news text, with
//! the same [`Engine`] and the same [`Record`] the `khabar` CLI, a server and the Python
//! bindings use.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let engine = khabar::Engine::builder().reference_date("2021-06-29").build()?;
//! let doc = engine.prepare(khabar::Input::new("Iraq got $20 billion last week."))?;
//! let record = engine.extract(&doc);
//! for entity in &record.entities {
//!     println!("{} {:?} {:?}", entity.text, entity.kind, entity.value);
//! }
//! println!("{}", record.to_json());
//! # Ok(())
//! # }
//! ```
//!
//! Languages are plugin crates linked by cargo features (`en`, `ar`, `bn`, all on by
//! default); [`khabar_core::languages`] and [`khabar_core::registrations`] list what a build
//! has. An [`Engine`] is built once from a config file and the caller's settings, which are
//! all checked then ([`ConfigError`] names file, line and column); after that, extraction
//! cannot fail, and a document whose own fields are bad gets an error record.
//!
//! Architecture invariant: this crate does no IO but reading a config file it is asked to;
//! front ends read documents and write records.

mod config;
mod engine;
mod plugins;
mod record;
mod resolve;
mod runs;
mod window;

pub use config::{Config, ConfigError, FrontEnd, Located, Location, parse_date};
pub use engine::{DocumentError, Engine, EngineBuilder, Input, LangChoice, Prepared, Written};
pub use record::{EntityRecord, EntityRow, OutputValue, Record};
pub use resolve::resolve_overlaps;

pub use khabar_core::{Document, Kind, Lang, Language, Prefer, languages, registrations};
