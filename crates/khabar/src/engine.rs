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
use std::sync::OnceLock;

use khabar_core::{Date, Document, Entity, Extractor, Lang, Prefer};
use rayon::prelude::*;
use serde::Deserialize;

use crate::config::{self, Config, ConfigError, parse_date};
use crate::record::{EntityRecord, Record, entity_records};
use crate::resolve::{drop_names_in_amounts, drop_names_in_links};
use crate::resolve_overlaps;
use crate::runs::ScriptRuns;
use crate::window::{self, WHOLE_LIMIT, WINDOW};

/// What [`Engine::write_json`] wrote.
#[derive(Debug, Default, Clone)]
pub struct Written {
    pub entities: usize,
    /// What extraction could not do, for the caller to report (see [`Record::warnings`]).
    pub warnings: Vec<String>,
}

/// One window of a long document: where it starts, its document and its other-script runs.
#[derive(Debug)]
struct Window {
    bytes: usize,
    chars: usize,
    document: Document,
    runs: Vec<ScriptRuns>,
}

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

/// A document ready for extraction: its id, its settings, and its text prepared once for
/// every extractor, whole or (above the window limit, see [`EngineBuilder::windows`]) window by
/// window.
#[derive(Debug)]
pub struct Prepared {
    pub id: serde_json::Value,
    body: Body,
}

#[derive(Debug)]
enum Body {
    Whole {
        document: Document,
        /// Runs of other scripts, read by their own languages (see [`crate::runs`]).
        runs: Vec<ScriptRuns>,
    },
    /// A long text, prepared per window when it is read (see [`crate::window`]).
    Windowed {
        text: String,
        lang: Lang,
        reference_date: Option<Date>,
        prefer: Prefer,
        /// The window size, in bytes.
        window: usize,
        /// The windows' documents with their byte and char offsets and other-script runs,
        /// built by [`Engine::extract`] (which returns borrows of them);
        /// [`Engine::write_json`] builds and drops one window at a time instead.
        documents: OnceLock<Vec<Window>>,
    },
}

impl Prepared {
    pub fn lang(&self) -> Lang {
        match &self.body {
            Body::Whole { document, .. } => document.lang(),
            Body::Windowed { lang, .. } => *lang,
        }
    }

    pub fn reference_date(&self) -> Option<Date> {
        match &self.body {
            Body::Whole { document, .. } => document.reference_date(),
            Body::Windowed { reference_date, .. } => *reference_date,
        }
    }

    /// The text exactly as given; entity offsets index into it.
    pub fn text(&self) -> &str {
        match &self.body {
            Body::Whole { document, .. } => document.text(),
            Body::Windowed { text, .. } => text,
        }
    }

    /// The prepared document, unless the text is long enough to be read in windows.
    pub fn document(&self) -> Option<&Document> {
        match &self.body {
            Body::Whole { document, .. } => Some(document),
            Body::Windowed { .. } => None,
        }
    }

    /// True when the text is read window by window: [`Engine::write_json`] then keeps
    /// memory bounded by the window, whatever the number of entities.
    pub fn is_windowed(&self) -> bool {
        matches!(self.body, Body::Windowed { .. })
    }
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
    /// Documents above `.0` bytes are read in windows of about `.1` bytes.
    pub(crate) windows: (usize, usize),
    /// Scripts whose runs inside a document of another script are read by their own
    /// language's extractors.
    pub(crate) other_scripts: Vec<&'static str>,
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
    pub(crate) windows: (usize, usize),
    pub(crate) other_scripts: Option<Vec<String>>,
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

    /// Documents longer than `whole_limit` bytes are read in windows of about `window`
    /// bytes (default 256 KiB and 128 KiB; see the `window` module): time and memory per
    /// document stay bounded whatever its length, at the price of an expression cut at a
    /// window's end.
    pub fn windows(mut self, whole_limit: usize, window: usize) -> EngineBuilder {
        self.windows = (whole_limit, window.max(4));
        self
    }

    /// Scripts (as languages register them: `Latin`, `Arabic`, `Bengali`) whose runs
    /// inside a document of another script are read by their own language's extractors:
    /// `$5 million` or `Google` in an Arabic article. Default `["Latin"]`; empty turns it off.
    pub fn other_scripts<S: Into<String>>(
        mut self,
        scripts: impl IntoIterator<Item = S>,
    ) -> EngineBuilder {
        self.other_scripts = Some(scripts.into_iter().map(Into::into).collect());
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
            windows: (WHOLE_LIMIT, WINDOW),
            other_scripts: None,
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
        let id = id.unwrap_or(serde_json::Value::Null);
        let body = if text.len() <= self.windows.0 {
            let runs = self.script_runs(&text, lang, reference_date, prefer);
            Body::Whole {
                document: Document::new(text, lang, reference_date, prefer),
                runs,
            }
        } else {
            Body::Windowed {
                text,
                lang,
                reference_date,
                prefer,
                window: self.windows.1,
                documents: OnceLock::new(),
            }
        };
        Ok(Prepared { id, body })
    }

    /// Runs every selected extractor of the document's language, resolves overlaps (SPEC
    /// §1) and returns the record. Its entities are all in memory: for a long document,
    /// [`Engine::write_json`] writes them window by window instead.
    pub fn extract<'a>(&'a self, prepared: &'a Prepared) -> Record<'a> {
        self.extract_only(prepared, &|_| true)
    }

    /// [`Engine::extract`] with only the selected extractors whose id `keep` accepts: what a
    /// request to a server asks for (its dims or extractors), without a second engine.
    pub fn extract_only<'a>(
        &'a self,
        prepared: &'a Prepared,
        keep: &dyn Fn(&str) -> bool,
    ) -> Record<'a> {
        let mut warnings = Vec::new();
        let entities = match &prepared.body {
            Body::Whole { document, runs } => {
                self.window_records(document, runs, 0, 0, &mut warnings, keep)
            }
            Body::Windowed { .. } => {
                let mut all = Vec::new();
                for w in self.window_documents(&prepared.body) {
                    all.extend(self.window_records(
                        &w.document,
                        &w.runs,
                        w.bytes,
                        w.chars,
                        &mut warnings,
                        keep,
                    ));
                }
                all
            }
        };
        self.warn_unsupported(prepared.lang(), &mut warnings);
        Record {
            id: &prepared.id,
            lang: Some(prepared.lang()),
            reference_date: prepared.reference_date(),
            entities,
            error: None,
            warnings,
        }
    }

    /// Writes the document's record as one JSON line (with its line end), the same bytes as
    /// [`Record::to_json`]. A long document is prepared, extracted and written one window at
    /// a time, so memory stays bounded by the window whatever the number of entities.
    pub fn write_json(
        &self,
        prepared: &Prepared,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<Written> {
        let Body::Windowed {
            text,
            lang,
            reference_date,
            prefer,
            window,
            ..
        } = &prepared.body
        else {
            let record = self.extract(prepared);
            writeln!(out, "{}", record.to_json())?;
            return Ok(Written {
                entities: record.entities.len(),
                warnings: record.warnings,
            });
        };
        // The record's own serialization with no entity, split where they go.
        let mut empty = Record::failed(&prepared.id, "");
        (empty.lang, empty.reference_date, empty.error) = (Some(*lang), *reference_date, None);
        let empty = empty.to_json();
        let (head, tail) = empty
            .split_once("\"entities\":[]")
            .unwrap_or((empty.as_str(), "}"));
        write!(out, "{head}\"entities\":[")?;
        let mut written = Written::default();
        let mut chars = 0;
        for range in window::windows(text, 0, *window) {
            let piece = &text[range.clone()];
            let runs = self.script_runs(piece, *lang, *reference_date, *prefer);
            let document = Document::new(piece.to_owned(), *lang, *reference_date, *prefer);
            let records = self.window_records(
                &document,
                &runs,
                range.start,
                chars,
                &mut written.warnings,
                &|_| true,
            );
            for record in &records {
                if written.entities > 0 {
                    out.write_all(b",")?;
                }
                serde_json::to_writer(&mut *out, record).map_err(std::io::Error::other)?;
                written.entities += 1;
            }
            chars += piece.chars().count();
        }
        self.warn_unsupported(*lang, &mut written.warnings);
        writeln!(out, "]{tail}")?;
        Ok(written)
    }

    /// The resolved entities of one document (a whole text or one window), with offsets
    /// moved by the window's place in the text.
    fn window_records<'a>(
        &'a self,
        document: &'a Document,
        runs: &'a [ScriptRuns],
        byte_offset: usize,
        char_offset: usize,
        warnings: &mut Vec<String>,
        keep: &dyn Fn(&str) -> bool,
    ) -> Vec<EntityRecord<'a>> {
        let mut entities: Vec<Entity<'a>> = Vec::new();
        for (extractor, id) in self.selected(document.lang()) {
            if keep(id) {
                extractor.extract(document, &mut |entity| entities.push(entity));
            }
        }
        if !runs.is_empty() {
            let mut found: Vec<Entity<'a>> = Vec::new();
            for run in runs {
                for (extractor, _) in self
                    .selected(run.document.lang())
                    .filter(|(_, id)| keep(id))
                {
                    extractor.extract(&run.document, &mut |mut entity| {
                        if let Some(span) = run.to_document(&entity.span) {
                            entity.span = span;
                            found.push(entity);
                        }
                    });
                }
            }
            // A name in another script is its own language's to read: a name the document's
            // language read over it (`شركة Google` from a trigger word) gives way.
            entities.retain(|e| {
                !e.kind().is_name()
                    || !found.iter().any(|f| {
                        f.kind() == e.kind()
                            && f.span.start < e.span.end
                            && e.span.start < f.span.end
                    })
            });
            entities.extend(found);
        }
        drop_names_in_links(document.text(), &mut entities);
        drop_names_in_amounts(&mut entities);
        resolve_overlaps(&mut entities);
        for doc in std::iter::once(document).chain(runs.iter().map(|r| &r.document)) {
            for warning in doc.take_warnings() {
                // The same warning from every window is said once.
                if !warnings.contains(&warning) {
                    warnings.push(warning);
                }
            }
        }
        entity_records(document.text(), &entities, byte_offset, char_offset)
    }

    /// The runs of the scripts [`EngineBuilder::other_scripts`] names in `text`, a document
    /// (or window) in `lang`.
    fn script_runs(
        &self,
        text: &str,
        lang: Lang,
        reference_date: Option<Date>,
        prefer: Prefer,
    ) -> Vec<ScriptRuns> {
        self.other_scripts
            .iter()
            .filter_map(|script| ScriptRuns::find(text, lang, script, reference_date, prefer))
            .collect()
    }

    /// The documents of a windowed body's windows, built on first use.
    fn window_documents<'a>(&self, body: &'a Body) -> &'a [Window] {
        match body {
            Body::Whole { .. } => &[],
            Body::Windowed {
                text,
                lang,
                reference_date,
                prefer,
                window,
                documents,
            } => documents.get_or_init(|| {
                let mut chars = 0;
                window::windows(text, 0, *window)
                    .into_iter()
                    .map(|range| {
                        let piece = &text[range.clone()];
                        let w = Window {
                            bytes: range.start,
                            chars,
                            runs: self.script_runs(piece, *lang, *reference_date, *prefer),
                            document: Document::new(
                                piece.to_owned(),
                                *lang,
                                *reference_date,
                                *prefer,
                            ),
                        };
                        chars += piece.chars().count();
                        w
                    })
                    .collect()
            }),
        }
    }

    /// The selected extractors of `lang` with their ids.
    fn selected(&self, lang: Lang) -> impl Iterator<Item = (&Box<dyn Extractor>, &'static str)> {
        let ids = self.ids.get(&lang).map_or(&[][..], Vec::as_slice);
        self.extractors(lang).iter().zip(ids.iter().copied())
    }

    fn warn_unsupported(&self, lang: Lang, warnings: &mut Vec<String>) {
        if !self.supports(lang) {
            warnings.push(format!(
                "no extractors for language `{lang}`; the document is output with no entities"
            ));
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
}
