//! The `Extractor` a language plugin registers for organizations or locations: it runs the
//! language's shared [`Matcher`] and keeps the names of its kind.
//!
//! The matcher over the built-in tables is built once per language and process, on the
//! first document of that language (a run over Arabic news never builds the English
//! automaton), and shared by both extractors of the language and all threads. An extractor
//! configured with `extra = ["file.tsv", …]` gets its own matcher over the built-in tables
//! plus those files, built at once so that errors in them stop the run before it starts.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use khabar_core::{Document, Entity, Extractor, Lang, NameValue, Options, OptionsError, Value};

use crate::data::{EntityKind, Gazetteer};
use crate::matcher::{Matcher, MatcherError};
use crate::rules::LangRules;

static SHARED: Mutex<Vec<(Lang, Arc<Matcher>)>> = Mutex::new(Vec::new());

/// Why a language's matcher could not be built.
#[derive(Debug, Clone, thiserror::Error)]
pub enum NamesError {
    #[error("built-in gazetteer unusable: {0}")]
    Builtin(String),
    #[error(transparent)]
    Matcher(Arc<MatcherError>),
}

/// The matcher over the built-in tables for `rules.lang`, built on first use.
pub fn shared_matcher(rules: &'static LangRules) -> Result<Arc<Matcher>, NamesError> {
    let lang = rules.lang;
    let find = |shared: &[(Lang, Arc<Matcher>)]| {
        shared
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, m)| Arc::clone(m))
    };
    if let Some(m) = find(&SHARED.lock().unwrap_or_else(PoisonError::into_inner)) {
        return Ok(m);
    }
    // Built without the lock, so that a document of another language need not wait; two
    // threads may both build the same matcher once, and the first one kept wins.
    // Read ready-made while its files match today's tables and rules; built from them
    // otherwise.
    let matcher = match Matcher::ready(*rules) {
        Some(ready) => ready,
        None => {
            let gazetteer = Gazetteer::builtin().map_err(|e| NamesError::Builtin(e.to_string()))?;
            Matcher::new(gazetteer, *rules)
        }
    };
    let matcher = Arc::new(matcher.map_err(|e| NamesError::Matcher(Arc::new(e)))?);
    let mut shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(m) = find(&shared) {
        return Ok(m);
    }
    shared.push((lang, Arc::clone(&matcher)));
    Ok(matcher)
}

/// Organizations or locations of one language.
#[derive(Debug)]
pub struct NameExtractor {
    id: &'static str,
    kind: EntityKind,
    rules: &'static LangRules,
    /// Set at construction for users' extra tables, on first use for the built-in ones;
    /// the error if the built-in tables failed to load (each document then carries it as a
    /// warning, for the caller to report).
    matcher: OnceLock<Result<Arc<Matcher>, NamesError>>,
    /// Option `scan_only`: run the automaton pass alone and report nothing, to measure the
    /// floor that `cargo xtask bench` compares the pipeline against.
    scan_only: bool,
    /// Option `tagger` (default on): combine the tables and rules with the language's name
    /// tagger; off, names come from the tables and rules alone (fewer names, fewer wrong).
    tagger: bool,
}

impl NameExtractor {
    /// Builds the extractor `id` from its options (`extra`: user gazetteer files;
    /// `tagger`: combine with the name tagger, default on; `scan_only`: the benchmark
    /// floor, finds nothing). Persons come from the tagger alone: a persons extractor
    /// needs a language with a trained tagger and `tagger` on.
    pub fn from_options(
        id: &'static str,
        kind: EntityKind,
        rules: &'static LangRules,
        options: &mut Options,
    ) -> Result<NameExtractor, OptionsError> {
        let extra = options.strings("extra")?;
        let scan_only = options.bool("scan_only")?.unwrap_or(false);
        let tagger = options.bool("tagger")?.unwrap_or(true);
        std::mem::take(options).finish()?;
        if kind == EntityKind::Person {
            let trained = rules.tagger.is_some_and(|t| !t.model.is_empty());
            if !trained || !tagger {
                return Err(OptionsError::Invalid {
                    key: "tagger".to_owned(),
                    message: if trained {
                        "persons come from the name tagger alone; it cannot be off".to_owned()
                    } else {
                        format!("language `{}` has no trained name tagger", rules.lang)
                    },
                });
            }
        }
        let invalid = |message: String| OptionsError::Invalid {
            key: "extra".to_owned(),
            message,
        };
        let matcher = OnceLock::new();
        if let Some(paths) = extra.filter(|p| !p.is_empty()) {
            let g = Gazetteer::with_extra(&paths).map_err(|e| invalid(e.to_string()))?;
            let m = Matcher::new(Arc::new(g), *rules).map_err(|e| invalid(e.to_string()))?;
            let _ = matcher.set(Ok(Arc::new(m)));
        }
        Ok(NameExtractor {
            id,
            kind,
            rules,
            matcher,
            scan_only,
            tagger,
        })
    }

    /// The extractor `id` over an already built matcher.
    pub fn new(
        id: &'static str,
        kind: EntityKind,
        rules: &'static LangRules,
        matcher: Arc<Matcher>,
    ) -> NameExtractor {
        NameExtractor {
            id,
            kind,
            rules,
            matcher: OnceLock::from(Ok(matcher)),
            scan_only: false,
            tagger: true,
        }
    }

    /// The same extractor with the name tagger on or off (see option `tagger`).
    pub fn with_tagger(self, tagger: bool) -> NameExtractor {
        NameExtractor { tagger, ..self }
    }

    /// The matcher, built on the first call for the built-in tables.
    pub fn matcher(&self) -> Result<&Matcher, &NamesError> {
        self.matcher
            .get_or_init(|| shared_matcher(self.rules))
            .as_deref()
    }
}

impl Extractor for NameExtractor {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>)) {
        let matcher = match self.matcher() {
            Ok(matcher) => matcher,
            // Only a broken build can get here: the tables are embedded and `cargo test`
            // loads them.
            Err(e) => {
                doc.warn(format!("{}: {e}", self.id));
                return;
            }
        };
        if self.scan_only {
            std::hint::black_box(matcher.scan(doc));
            return;
        }
        for found in matcher.find_with(doc, self.tagger) {
            if found.kind != self.kind {
                continue;
            }
            let span = doc.original_span(found.span.clone());
            if span.start >= span.end {
                continue;
            }
            let value = match found.record {
                Some(r) => NameValue {
                    canonical: Some(&r.canonical),
                    id: r.id.as_deref(),
                    country: r.country.as_deref(),
                    coordinates: r.coordinates,
                    feature: r.feature.as_deref(),
                    confidence: found.confidence,
                },
                // An unlisted name is its own English name only when written in Latin
                // script; an Arabic or Bengali one has none (SPEC §1: `canonical` is
                // English), its form as written being the entity's `text`.
                None => NameValue {
                    canonical: is_latin(found.surface).then_some(found.surface),
                    id: None,
                    country: None,
                    coordinates: None,
                    feature: None,
                    confidence: found.confidence,
                },
            };
            let value = match self.kind {
                EntityKind::Organization => Value::Organization(value),
                EntityKind::Location => Value::Location(value),
                EntityKind::Person => Value::Person(value),
            };
            sink(Entity {
                span,
                value,
                extractor: self.id,
                reason: found.reason,
            });
        }
    }
}

/// Whether every letter of `name` is a Latin one (ASCII or the Latin-1 and Latin Extended
/// blocks): a name no table lists can then stand as its own English name.
fn is_latin(name: &str) -> bool {
    name.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c))
}
