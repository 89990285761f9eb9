//! The `Extractor` a language plugin registers for organizations or locations: it runs the
//! language's shared [`Matcher`] and keeps the names of its kind.
//!
//! The matcher over the built-in tables is built once per language and process and shared
//! by both extractors of the language and all threads; an extractor configured with
//! `extra = ["file.tsv", …]` gets its own matcher over the built-in tables plus those files.

use std::sync::{Arc, Mutex};

use khabar_core::{Document, Entity, Extractor, NameValue, Options, OptionsError, Value};

use crate::data::{EntityKind, Gazetteer};
use crate::matcher::Matcher;
use crate::rules::LangRules;

static SHARED: Mutex<Vec<(&'static str, Arc<Matcher>)>> = Mutex::new(Vec::new());

/// The matcher over the built-in tables for `rules.lang`, built on first use.
pub fn shared_matcher(rules: &'static LangRules) -> Result<Arc<Matcher>, String> {
    let lang = rules.lang.as_str().to_owned();
    let mut shared = SHARED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, m)) = shared.iter().find(|(l, _)| *l == lang) {
        return Ok(Arc::clone(m));
    }
    let gazetteer = Gazetteer::builtin().map_err(|e| e.to_string())?;
    let matcher = Arc::new(Matcher::new(gazetteer, *rules).map_err(|e| e.to_string())?);
    let key: &'static str = match lang.as_str() {
        "en" => "en",
        "ar" => "ar",
        "bn" => "bn",
        other => Box::leak(other.to_owned().into_boxed_str()),
    };
    shared.push((key, Arc::clone(&matcher)));
    Ok(matcher)
}

/// Organizations or locations of one language.
#[derive(Debug)]
pub struct NameExtractor {
    id: &'static str,
    kind: EntityKind,
    matcher: Arc<Matcher>,
}

impl NameExtractor {
    /// Builds the extractor `id` from its options (`extra`: user gazetteer files).
    pub fn from_options(
        id: &'static str,
        kind: EntityKind,
        rules: &'static LangRules,
        options: &mut Options,
    ) -> Result<NameExtractor, OptionsError> {
        let extra = options.strings("extra")?;
        std::mem::take(options).finish()?;
        let invalid = |message: String| OptionsError::Invalid {
            key: "extra".to_owned(),
            message,
        };
        let matcher = match extra {
            Some(paths) if !paths.is_empty() => {
                let g = Gazetteer::with_extra(&paths).map_err(|e| invalid(e.to_string()))?;
                Arc::new(Matcher::new(Arc::new(g), *rules).map_err(|e| invalid(e.to_string()))?)
            }
            _ => shared_matcher(rules).map_err(invalid)?,
        };
        Ok(NameExtractor { id, kind, matcher })
    }

    pub fn new(id: &'static str, kind: EntityKind, matcher: Arc<Matcher>) -> NameExtractor {
        NameExtractor { id, kind, matcher }
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}

impl Extractor for NameExtractor {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>)) {
        for found in self.matcher.find(doc) {
            if found.kind != self.kind {
                continue;
            }
            let span = doc.original_span(found.span.clone());
            if span.start >= span.end {
                continue;
            }
            let value = match found.record {
                Some(r) => NameValue {
                    canonical: &r.canonical,
                    id: r.id.as_deref(),
                    country: r.country.as_deref(),
                    coordinates: r.coordinates,
                    feature: r.feature.as_deref(),
                    confidence: found.confidence,
                },
                None => NameValue {
                    canonical: found.surface,
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
