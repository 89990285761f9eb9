//! The small crate every khabar plugin depends on.
//!
//! It defines what an extractor sees and what it produces, and nothing heavier:
//! a [`Document`] is prepared once (original text, language, reference date and one
//! normalized view with an offset map back to the original), each [`Extractor`] pushes
//! [`Entity`] values to a sink, and plugin crates announce their extractors with
//! [`inventory::submit!`] of a [`Registration`], and their language with a [`Language`]
//! (which the detector and the normalizer read; this crate lists no language).
//! Language-independent text machinery that every extractor shares (the normalizer,
//! character classes) lives here too, so that it exists exactly once.
//!
//! Architecture invariant: nothing in this crate does IO, and extraction never fails;
//! malformed input yields fewer entities, not an error.

mod affix;
mod chars;
mod codepoints;
mod detect;
mod document;
mod entity;
mod error;
mod extractor;
mod hash;
mod lang;
mod language;
mod links;
mod nfc;
mod normalize;
mod units;

pub use affix::{strip_prefix, strip_suffix};
pub use chars::{is_digit, is_word_char};
pub use document::{Document, Prefer};
pub use entity::{
    Bound, Calendar, Currency, DatePart, DateValue, Entity, Grain, IsoSpan, Kind, NameValue,
    NumberValue, Subtype, TimeSpan, Value,
};
pub use error::{BuildError, OptionsError};
pub use extractor::{Extractor, Options, Registration, registrations};
pub use hash::{KeyFilter, WordHasher, WordMap};
pub use lang::Lang;
pub use language::{Language, language_list, languages};
pub use links::links;
pub use normalize::NormalizedText;
pub use units::{Unit, UnitCursor, UnitKind, units};

pub use inventory;
pub use jiff::civil::Date;
