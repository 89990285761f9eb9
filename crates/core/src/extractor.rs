//! The [`Extractor`] trait and how plugin crates register their extractors.
//!
//! A plugin crate submits one [`Registration`] per extractor:
//!
//! ```text
//! khabar_core::inventory::submit! {
//!     khabar_core::Registration {
//!         id: "ar.numbers",
//!         description: "Arabic numbers: digits in any script, words, scales, ordinals, percentages, money",
//!         build: |options| Ok(Box::new(ArabicNumbers::new(options)?)),
//!     }
//! }
//! ```
//!
//! The linker drops a crate nothing refers to, and its registrations with it, so the runner
//! names every plugin crate in one anchor file.

use std::collections::BTreeSet;

use crate::{BuildError, Document, Entity, Kind, Lang, OptionsError};

/// Finds entities of one kind in one language.
///
/// Implementations match on [`Document::normalized`] and report spans through
/// [`Document::original_span`]. `extract` pushes entities to `sink` in any order; the runner
/// sorts them and resolves overlaps. It never fails: input it cannot read yields nothing.
pub trait Extractor: Send + Sync {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>));
}

/// One extractor a plugin crate offers, collected with `inventory`.
#[derive(Debug)]
pub struct Registration {
    /// `<lang>.<kind plural>`, e.g. `ar.numbers`; the language and kind are read from it.
    pub id: &'static str,
    /// One line for `khabar extractors`.
    pub description: &'static str,
    /// Builds the extractor from its options table in the config (empty when there is none).
    /// Unknown or invalid options are an error, never silently ignored.
    pub build: fn(&mut Options) -> Result<Box<dyn Extractor>, BuildError>,
}

inventory::collect!(Registration);

impl Registration {
    /// The language part of the id.
    pub fn lang(&self) -> Option<Lang> {
        self.id
            .split_once('.')
            .and_then(|(lang, _)| Lang::parse(lang))
    }

    /// The kind named by the id's second part, when it is one of the four known kinds.
    pub fn kind(&self) -> Option<Kind> {
        let (_, kind) = self.id.split_once('.')?;
        Kind::ALL.into_iter().find(|k| k.plural() == kind)
    }
}

/// Every registered extractor, sorted by id (inventory's own order is unspecified).
pub fn registrations() -> Vec<&'static Registration> {
    let mut all: Vec<&'static Registration> = inventory::iter::<Registration>.into_iter().collect();
    all.sort_by_key(|r| r.id);
    all
}

/// An extractor's options table, read key by key so that leftovers are reported.
#[derive(Debug, Default)]
pub struct Options {
    table: toml::Table,
    known: BTreeSet<&'static str>,
}

impl Options {
    pub fn new(table: toml::Table) -> Options {
        Options {
            table,
            known: BTreeSet::new(),
        }
    }

    /// Takes a boolean option.
    pub fn bool(&mut self, key: &'static str) -> Result<Option<bool>, OptionsError> {
        self.take(key, "a boolean", toml::Value::as_bool)
    }

    /// Takes a string option.
    pub fn string(&mut self, key: &'static str) -> Result<Option<String>, OptionsError> {
        self.take(key, "a string", |v| v.as_str().map(str::to_owned))
    }

    /// Takes a list of strings.
    pub fn strings(&mut self, key: &'static str) -> Result<Option<Vec<String>>, OptionsError> {
        self.take(key, "a list of strings", |v| {
            v.as_array()?
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
    }

    fn take<T>(
        &mut self,
        key: &'static str,
        expected: &str,
        read: impl FnOnce(&toml::Value) -> Option<T>,
    ) -> Result<Option<T>, OptionsError> {
        self.known.insert(key);
        let Some(value) = self.table.remove(key) else {
            return Ok(None);
        };
        match read(&value) {
            Some(v) => Ok(Some(v)),
            None => Err(OptionsError::Invalid {
                key: key.to_owned(),
                message: format!("expected {expected}, found {}", value.type_str()),
            }),
        }
    }

    /// Fails on the first option nobody took. Call it after taking every known option.
    pub fn finish(self) -> Result<(), OptionsError> {
        match self.table.keys().next() {
            None => Ok(()),
            Some(key) => Err(OptionsError::Unknown {
                key: key.clone(),
                known: if self.known.is_empty() {
                    "none".to_owned()
                } else {
                    self.known.iter().copied().collect::<Vec<_>>().join(", ")
                },
            }),
        }
    }
}
