//! The [`Engine`]: the extractors a config selects, built once, and the one path every
//! document takes through them: prepare → extract → resolve overlaps → record.
//!
//! The CLI, a server and the Python bindings all call [`Engine::prepare`] and
//! [`Engine::extract`] (or [`Engine::extract_batch`], the same two steps on the engine's
//! threads), so a document gives the same record whichever front end reads it.
//!
//! Invariant: building checks everything a user can get wrong; after it, extraction cannot
//! fail. Only a document's own fields can be bad, and [`Engine::prepare`] says which.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use khabar_core::{Date, Document, Entity, Extractor, Lang, Prefer};
use rayon::prelude::*;
use serde::Deserialize;

use crate::config::{self, Config, ConfigError, parse_date};
use crate::record::{Record, entity_records};
use crate::resolve_overlaps;

/// The language of documents that do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangChoice {
    /// Detected per document from its letters and words.
    Auto,
    Fixed(Lang),
}

/// A document as a caller hands it over: the fields of a JSON Lines input line (SPEC §0).
/// Fields it leaves out take the engine's defaults.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Input {
    pub text: String,
    /// Any JSON value; echoed in the record.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub reference_date: Option<String>,
    #[serde(default)]
    pub prefer: Option<String>,
}

impl Input {
    /// A document with only its text.
    pub fn new(text: impl Into<String>) -> Input {
        Input {
            text: text.into(),
            ..Input::default()
        }
    }

    pub fn id(mut self, id: impl Into<serde_json::Value>) -> Input {
        self.id = Some(id.into());
        self
    }

    pub fn lang(mut self, lang: impl Into<String>) -> Input {
        self.lang = Some(lang.into());
        self
    }

    pub fn reference_date(mut self, date: impl Into<String>) -> Input {
        self.reference_date = Some(date.into());
        self
    }

    pub fn prefer(mut self, prefer: impl Into<String>) -> Input {
        self.prefer = Some(prefer.into());
        self
    }
}

/// A field of a document that cannot be used. The document still gets a record: an error
/// record (see [`Record::failed`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("invalid lang `{0}`: expected a 2- or 3-letter ISO 639 code")]
    Lang(String),
    #[error("invalid reference_date: {0}")]
    ReferenceDate(String),
    #[error("invalid prefer `{0}`: expected past or future")]
    Prefer(String),
}

/// A document ready for extraction: its id and the prepared [`Document`].
#[derive(Debug, Clone)]
pub struct Prepared {
    pub id: serde_json::Value,
    pub document: Document,
}

/// The registered extractors a config selected, built, with the defaults for documents.
pub struct Engine {
    pub(crate) lang: LangChoice,
    pub(crate) reference_date: Option<Date>,
    pub(crate) prefer: Prefer,
    pub(crate) extractors: BTreeMap<Lang, Vec<Box<dyn Extractor>>>,
    pub(crate) ids: BTreeMap<Lang, Vec<&'static str>>,
    /// Languages some plugin registered extractors for, selected or not.
    pub(crate) supported: BTreeSet<Lang>,
    /// A pool of the requested size; `None` uses rayon's global pool (one thread per core).
    pub(crate) pool: Option<rayon::ThreadPool>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("lang", &self.lang)
            .field("reference_date", &self.reference_date)
            .field("prefer", &self.prefer)
            .field("extractors", &self.ids)
            .finish()
    }
}

/// Settings for an [`Engine`]: a config file and the caller's own values, which win over it.
pub struct EngineBuilder {
    pub(crate) config: Config,
    pub(crate) lang: Option<String>,
    pub(crate) reference_date: Option<String>,
    pub(crate) prefer: Option<String>,
    pub(crate) extractors: Option<String>,
    pub(crate) threads: Option<usize>,
    pub(crate) origin: &'static str,
    pub(crate) flag: Box<dyn Fn(&str) -> String>,
}

impl fmt::Debug for EngineBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EngineBuilder")
            .field("config", &self.config)
            .field("lang", &self.lang)
            .field("reference_date", &self.reference_date)
            .field("prefer", &self.prefer)
            .field("extractors", &self.extractors)
            .field("threads", &self.threads)
            .finish()
    }
}

impl EngineBuilder {
    /// Reads `[defaults]`, `[extractors]` and `[options]` from a config file.
    pub fn config(mut self, config: Config) -> EngineBuilder {
        self.config = config;
        self
    }

    /// Reads and parses the config file at `path`.
    pub fn config_file(self, path: &Path) -> Result<EngineBuilder, ConfigError> {
        Ok(self.config(Config::from_file(path)?))
    }

    /// The language of documents that do not say: a registered code, or `auto`.
    pub fn lang(mut self, lang: impl Into<String>) -> EngineBuilder {
        self.lang = Some(lang.into());
        self
    }

    /// The article date (`YYYY-MM-DD`) for documents without one. Without it, relative
    /// dates are output unresolved: today's date is never assumed.
    pub fn reference_date(mut self, date: impl Into<String>) -> EngineBuilder {
        self.reference_date = Some(date.into());
        self
    }

    /// `past` or `future`: how under-specified dates resolve for documents that do not say.
    pub fn prefer(mut self, prefer: impl Into<String>) -> EngineBuilder {
        self.prefer = Some(prefer.into());
        self
    }

    /// Which extractors run: comma-separated ids or globs (`ar.*,*.numbers`), or `none`;
    /// replaces the config's `enable` lists.
    pub fn extractors(mut self, selection: impl Into<String>) -> EngineBuilder {
        self.extractors = Some(selection.into());
        self
    }

    /// Worker threads for [`Engine::extract_batch`]; default one per core.
    pub fn threads(mut self, threads: usize) -> EngineBuilder {
        self.threads = Some(threads);
        self
    }

    /// How errors name the caller's settings: `origin` for where they came from (`command
    /// line`), `flag` for a setting's key (`reference_date` → `--reference-date`).
    pub fn naming(
        mut self,
        origin: &'static str,
        flag: impl Fn(&str) -> String + 'static,
    ) -> EngineBuilder {
        self.origin = origin;
        self.flag = Box::new(flag);
        self
    }

    /// Validates everything and builds the selected extractors.
    pub fn build(self) -> Result<Engine, ConfigError> {
        config::build(self)
    }
}

impl Engine {
    /// Settings with nothing set: every registered extractor, `auto` language, `past`.
    pub fn builder() -> EngineBuilder {
        EngineBuilder {
            config: Config::default(),
            lang: None,
            reference_date: None,
            prefer: None,
            extractors: None,
            threads: None,
            origin: "settings",
            flag: Box::new(str::to_owned),
        }
    }

    /// The language of documents that do not say.
    pub fn lang(&self) -> LangChoice {
        self.lang
    }

    /// The reference date of documents without one.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    pub fn prefer(&self) -> Prefer {
        self.prefer
    }

    /// Checks a document's own fields (they win over the engine's defaults), detects its
    /// language if need be, and prepares it once for every extractor.
    pub fn prepare(&self, input: Input) -> Result<Prepared, DocumentError> {
        let Input {
            text,
            id,
            lang,
            reference_date,
            prefer,
        } = input;
        let lang = match lang.as_deref() {
            Some(code) => Lang::parse(code).ok_or_else(|| DocumentError::Lang(code.to_owned()))?,
            None => match self.lang {
                LangChoice::Fixed(lang) => lang,
                LangChoice::Auto => Lang::detect(&text),
            },
        };
        let reference_date = match reference_date.as_deref() {
            Some(date) => Some(parse_date(date).map_err(DocumentError::ReferenceDate)?),
            None => self.reference_date,
        };
        let prefer = match prefer.as_deref() {
            Some(p) => Prefer::parse(p).ok_or_else(|| DocumentError::Prefer(p.to_owned()))?,
            None => self.prefer,
        };
        Ok(Prepared {
            id: id.unwrap_or(serde_json::Value::Null),
            document: Document::new(text, lang, reference_date, prefer),
        })
    }

    /// Runs every selected extractor of the document's language, resolves overlaps (SPEC
    /// §1) and returns the record.
    pub fn extract<'a>(&'a self, prepared: &'a Prepared) -> Record<'a> {
        let document = &prepared.document;
        let mut entities: Vec<Entity<'a>> = Vec::new();
        for extractor in self.extractors(document.lang()) {
            extractor.extract(document, &mut |entity| entities.push(entity));
        }
        resolve_overlaps(&mut entities);
        let mut warnings = document.take_warnings();
        if !self.supports(document.lang()) {
            warnings.push(format!(
                "no extractors for language `{}`; the document is output with no entities",
                document.lang()
            ));
        }
        Record {
            id: &prepared.id,
            lang: Some(document.lang()),
            reference_date: document.reference_date(),
            entities: entity_records(document.text(), &entities),
            error: None,
            warnings,
        }
    }

    /// [`Engine::prepare`] and [`Engine::extract`] for each input, in parallel on the
    /// engine's threads; `each` turns a record (or the reason there is none) into what the
    /// caller keeps. Results are in input order.
    pub fn extract_batch<T, F>(&self, inputs: Vec<Input>, each: F) -> Vec<T>
    where
        T: Send,
        F: Fn(Result<Record<'_>, (serde_json::Value, DocumentError)>) -> T + Sync,
    {
        let work = || {
            inputs
                .into_par_iter()
                .map(|input| {
                    let id = input.id.clone();
                    match self.prepare(input) {
                        Ok(prepared) => each(Ok(self.extract(&prepared))),
                        Err(e) => each(Err((id.unwrap_or(serde_json::Value::Null), e))),
                    }
                })
                .collect()
        };
        match &self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }

    /// Runs `work` on the calling thread with a scope whose spawned jobs run on the engine's
    /// threads; returns when they all have. For front ends that stream their own batches.
    pub fn scope<'s, T>(&self, work: impl FnOnce(&rayon::Scope<'s>) -> T) -> T {
        match &self.pool {
            Some(pool) => pool.in_place_scope(work),
            None => rayon::in_place_scope(work),
        }
    }

    /// The extractors that run on a document in `lang`, in id order.
    pub fn extractors(&self, lang: Lang) -> &[Box<dyn Extractor>] {
        self.extractors.get(&lang).map_or(&[], Vec::as_slice)
    }

    /// True when some plugin registered extractors for `lang` (whether or not they were
    /// selected to run).
    pub fn supports(&self, lang: Lang) -> bool {
        self.supported.contains(&lang)
    }

    /// The ids of the extractors that run, per language.
    pub fn extractor_ids(&self) -> &BTreeMap<Lang, Vec<&'static str>> {
        &self.ids
    }

    /// [`Engine::extract`] with only the selected extractors whose id `keep` accepts, for a
    /// front end that narrows the selection per request (a server's `dims` or `extractors`).
    /// Overlaps are resolved among what ran, so a number inside a date is dropped only when
    /// dates were asked for.
    pub fn extract_only<'a>(
        &'a self,
        prepared: &'a Prepared,
        keep: &dyn Fn(&str) -> bool,
    ) -> Record<'a> {
        let document = &prepared.document;
        let lang = document.lang();
        let ids = self.ids.get(&lang).map_or(&[][..], Vec::as_slice);
        let mut entities: Vec<Entity<'a>> = Vec::new();
        for (extractor, id) in self.extractors(lang).iter().zip(ids) {
            if keep(id) {
                extractor.extract(document, &mut |entity| entities.push(entity));
            }
        }
        resolve_overlaps(&mut entities);
        let mut warnings = document.take_warnings();
        if !self.supports(lang) {
            warnings.push(format!(
                "no extractors for language `{lang}`; the document is output with no entities"
            ));
        }
        Record {
            id: &prepared.id,
            lang: Some(lang),
            reference_date: document.reference_date(),
            entities: entity_records(document.text(), &entities),
            error: None,
            warnings,
        }
    }
}
