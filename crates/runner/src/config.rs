//! The TOML config and command-line overrides, validated into a [`Plan`].
//!
//! Everything a user can get wrong is checked here, before any document is read: unknown
//! keys, malformed values, extractor ids or globs that name nothing, options an extractor
//! rejects. Errors name the file, line and column. Past this point the pipeline works only
//! from the `Plan`, which cannot be invalid.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobMatcher};
use khabar_core::{Date, Extractor, Lang, Options, Prefer, Registration, registrations};
use serde::Deserialize;
use toml::Spanned;

/// A config or usage error; the CLI exits with status 2 on any of them.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read config: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Syntax { path: PathBuf, message: String },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
}

/// Where in a config file (or on the command line) an error is.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: Option<PathBuf>,
    /// 1-based line and column, when the value came from a file.
    pub line_column: Option<(usize, usize)>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line_column) {
            (Some(path), Some((line, column))) => write!(f, "{}:{line}:{column}", path.display()),
            (Some(path), None) => write!(f, "{}", path.display()),
            (None, _) => f.write_str("command line"),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    defaults: RawDefaults,
    #[serde(default)]
    extractors: RawExtractors,
    #[serde(default)]
    options: BTreeMap<String, Spanned<toml::Table>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    lang: Option<Spanned<String>>,
    reference_date: Option<Spanned<String>>,
    prefer: Option<Spanned<String>>,
    format: Option<Spanned<String>>,
    on_error: Option<Spanned<String>>,
    lossy: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExtractors {
    enable: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    per_lang: BTreeMap<String, Vec<Spanned<String>>>,
}

/// Settings given on the command line; each one, when present, wins over the config file.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub lang: Option<String>,
    pub reference_date: Option<String>,
    pub prefer: Option<String>,
    pub format: Option<String>,
    pub on_error: Option<String>,
    pub lossy: bool,
    /// Comma-separated ids or globs; replaces the config's `enable` lists.
    pub extractors: Option<String>,
    /// Worker threads; `None` for one per core.
    pub threads: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangChoice {
    Auto,
    Fixed(Lang),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Table,
}

/// What happens to a document that cannot be read (malformed JSON, invalid UTF-8, a bad
/// field): `Skip` reports it on stderr and writes an error record in its place, then goes on;
/// `Fail` does the same and stops reading. Either way the exit status is 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    Skip,
    Fail,
}

/// A validated run: the extractors built per language and the defaults for documents.
pub struct Plan {
    pub lang: LangChoice,
    pub reference_date: Option<Date>,
    pub prefer: Prefer,
    pub format: Format,
    pub on_error: OnError,
    pub lossy: bool,
    extractors: BTreeMap<Lang, Vec<Box<dyn Extractor>>>,
    ids: BTreeMap<Lang, Vec<&'static str>>,
    /// Languages some plugin registered extractors for, selected or not.
    supported: BTreeSet<Lang>,
    /// A pool of the requested size; `None` uses rayon's global pool (one thread per core).
    pool: Option<rayon::ThreadPool>,
}

impl fmt::Debug for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Plan")
            .field("lang", &self.lang)
            .field("reference_date", &self.reference_date)
            .field("prefer", &self.prefer)
            .field("format", &self.format)
            .field("on_error", &self.on_error)
            .field("extractors", &self.ids)
            .finish()
    }
}

impl Plan {
    /// Builds a plan from an optional config file and the command-line overrides.
    pub fn new(config_path: Option<&Path>, overrides: &Overrides) -> Result<Plan, ConfigError> {
        match config_path {
            None => Plan::from_parts(None, "", RawConfig::default(), overrides),
            Some(path) => {
                let source = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                Plan::from_str(Some(path), &source, overrides)
            }
        }
    }

    /// Builds a plan from config text; `path` is only used in error messages.
    pub fn from_str(
        path: Option<&Path>,
        source: &str,
        overrides: &Overrides,
    ) -> Result<Plan, ConfigError> {
        let raw: RawConfig = toml::from_str(source).map_err(|e| ConfigError::Syntax {
            path: path.map_or_else(|| PathBuf::from("config"), Path::to_owned),
            message: e.to_string().trim_end().to_owned(),
        })?;
        Plan::from_parts(path, source, raw, overrides)
    }

    fn from_parts(
        path: Option<&Path>,
        source: &str,
        raw: RawConfig,
        overrides: &Overrides,
    ) -> Result<Plan, ConfigError> {
        let ctx = Context { path, source };
        let registered = registrations();

        let lang = ctx.setting(
            overrides.lang.as_deref(),
            raw.defaults.lang.as_ref(),
            "lang",
            |v| {
                parse_lang_choice(v).ok_or_else(|| {
                    format!(
                        "`{v}` is not a language code or auto (registered: {})",
                        khabar_core::language_list()
                    )
                })
            },
        )?;
        let reference_date = ctx.setting(
            overrides.reference_date.as_deref(),
            raw.defaults.reference_date.as_ref(),
            "reference_date",
            parse_date,
        )?;
        let prefer = ctx.setting(
            overrides.prefer.as_deref(),
            raw.defaults.prefer.as_ref(),
            "prefer",
            |v| Prefer::parse(v).ok_or_else(|| format!("`{v}` is not past or future")),
        )?;
        let format = ctx.setting(
            overrides.format.as_deref(),
            raw.defaults.format.as_ref(),
            "format",
            |v| parse_format(v).ok_or_else(|| format!("`{v}` is not jsonl or table")),
        )?;
        let on_error = ctx.setting(
            overrides.on_error.as_deref(),
            raw.defaults.on_error.as_ref(),
            "on_error",
            |v| parse_on_error(v).ok_or_else(|| format!("`{v}` is not skip or fail")),
        )?;
        let (lang, prefer) = (lang.unwrap_or(LangChoice::Auto), prefer.unwrap_or_default());
        let (format, on_error) = (
            format.unwrap_or(Format::Jsonl),
            on_error.unwrap_or(OnError::Skip),
        );
        let lossy = overrides.lossy || raw.defaults.lossy.unwrap_or(false);

        // Which extractors run, per language.
        let default_enable: Vec<Selector> = match &overrides.extractors {
            // `none` runs no extractor: the documents are read, prepared and written only.
            Some(list) if list.trim() == "none" => Vec::new(),
            Some(list) => list
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Selector::new(s, None, &ctx, &registered))
                .collect::<Result<_, _>>()?,
            None => match &raw.extractors.enable {
                None => vec![Selector::new("*", None, &ctx, &registered)?],
                Some(list) => list
                    .iter()
                    .map(|s| Selector::new(s.get_ref(), Some(s.span()), &ctx, &registered))
                    .collect::<Result<_, _>>()?,
            },
        };
        let disable: Vec<Selector> = raw
            .extractors
            .disable
            .iter()
            .map(|s| Selector::new(s.get_ref(), Some(s.span()), &ctx, &registered))
            .collect::<Result<_, _>>()?;
        let mut per_lang: BTreeMap<Lang, Vec<Selector>> = BTreeMap::new();
        if overrides.extractors.is_none() {
            for (code, list) in &raw.extractors.per_lang {
                let lang = Lang::parse(code).ok_or_else(|| {
                    ctx.at(
                        ctx.find(code),
                        format!("invalid language `{code}` in [extractors.per_lang]"),
                    )
                })?;
                let selectors = list
                    .iter()
                    .map(|s| Selector::new(s.get_ref(), Some(s.span()), &ctx, &registered))
                    .collect::<Result<_, _>>()?;
                per_lang.insert(lang, selectors);
            }
        }

        // Option tables must name registered extractors.
        for (id, table) in &raw.options {
            if !registered.iter().any(|r| r.id == id) {
                return Err(ctx.at(
                    ctx.find_from(table.span().start, id).or(ctx.find(id)),
                    format!(
                        "unknown extractor `{id}` in [options]; registered: {}",
                        list_ids(&registered)
                    ),
                ));
            }
        }

        let mut extractors: BTreeMap<Lang, Vec<Box<dyn Extractor>>> = BTreeMap::new();
        let mut ids: BTreeMap<Lang, Vec<&'static str>> = BTreeMap::new();
        for registration in &registered {
            let Some(lang) = registration.lang() else {
                continue;
            };
            let enable = per_lang.get(&lang).unwrap_or(&default_enable);
            let wanted = enable.iter().any(|s| s.matches(registration.id))
                && !disable.iter().any(|s| s.matches(registration.id));
            if !wanted {
                continue;
            }
            let table = raw.options.get(registration.id);
            let mut options = Options::new(table.map(|t| t.get_ref().clone()).unwrap_or_default());
            let extractor = (registration.build)(&mut options).map_err(|e| {
                let span = table
                    .zip(e.key())
                    .and_then(|(t, key)| ctx.find_from(t.span().start, key));
                ctx.at(span, format!("[options.\"{}\"]: {e}", registration.id))
            })?;
            extractors.entry(lang).or_default().push(extractor);
            ids.entry(lang).or_default().push(registration.id);
        }

        let pool = match overrides.threads {
            None => None,
            Some(0) => return Err(ctx.cli("--threads: must be at least 1".to_owned())),
            Some(threads) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .map_err(|e| ctx.cli(format!("--threads: {e}")))?,
            ),
        };
        let supported = registered.iter().filter_map(|r| r.lang()).collect();
        Ok(Plan {
            lang,
            reference_date,
            prefer,
            format,
            on_error,
            lossy,
            extractors,
            ids,
            supported,
            pool,
        })
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

    /// Runs `work` on the calling thread with a scope whose spawned jobs run on the plan's
    /// thread pool; returns when they all have.
    pub(crate) fn scope<'s, T>(&self, work: impl FnOnce(&rayon::Scope<'s>) -> T) -> T {
        match &self.pool {
            Some(pool) => pool.in_place_scope(work),
            None => rayon::in_place_scope(work),
        }
    }

    /// The ids of the extractors that run, per language.
    pub fn extractor_ids(&self) -> &BTreeMap<Lang, Vec<&'static str>> {
        &self.ids
    }
}

fn parse_lang_choice(s: &str) -> Option<LangChoice> {
    if s == "auto" {
        Some(LangChoice::Auto)
    } else {
        Lang::parse(s).map(LangChoice::Fixed)
    }
}

/// Parses `YYYY-MM-DD`.
pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    let shape_ok = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(format!("`{s}` is not a date in the form YYYY-MM-DD"));
    }
    s.parse::<Date>()
        .map_err(|e| format!("`{s}` is not a valid date: {e}"))
}

fn parse_format(s: &str) -> Option<Format> {
    match s {
        "jsonl" | "json" => Some(Format::Jsonl),
        "table" => Some(Format::Table),
        _ => None,
    }
}

fn parse_on_error(s: &str) -> Option<OnError> {
    match s {
        "skip" => Some(OnError::Skip),
        "fail" => Some(OnError::Fail),
        _ => None,
    }
}

fn list_ids(registered: &[&'static Registration]) -> String {
    registered
        .iter()
        .map(|r| r.id)
        .collect::<Vec<_>>()
        .join(", ")
}

/// An extractor id or a glob over ids.
struct Selector(GlobMatcher);

impl Selector {
    fn new(
        pattern: &str,
        span: Option<Range<usize>>,
        ctx: &Context<'_>,
        registered: &[&'static Registration],
    ) -> Result<Selector, ConfigError> {
        let at = |message: String| match &span {
            Some(span) => ctx.at(Some(span.clone()), message),
            None => ctx.cli(message),
        };
        let glob = Glob::new(pattern)
            .map_err(|e| at(format!("invalid extractor glob `{pattern}`: {e}")))?;
        let matcher = glob.compile_matcher();
        if !registered.iter().any(|r| matcher.is_match(r.id)) {
            let what = if pattern.contains(['*', '?', '[', '{']) {
                "glob matches no"
            } else {
                "unknown"
            };
            return Err(at(format!(
                "{what} extractor `{pattern}`; registered: {}",
                list_ids(registered)
            )));
        }
        Ok(Selector(matcher))
    }

    fn matches(&self, id: &str) -> bool {
        self.0.is_match(id)
    }
}

struct Context<'a> {
    path: Option<&'a Path>,
    source: &'a str,
}

impl Context<'_> {
    /// Reads one setting: the command line wins over the file; errors point at whichever
    /// gave the bad value (`--reference-date` on the command line, or its place in the file).
    fn setting<T>(
        &self,
        cli: Option<&str>,
        file: Option<&Spanned<String>>,
        key: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        if let Some(value) = cli {
            let flag = key.replace('_', "-");
            return parse(value)
                .map(Some)
                .map_err(|m| self.cli(format!("--{flag}: {m}")));
        }
        match file {
            None => Ok(None),
            Some(value) => parse(value.get_ref())
                .map(Some)
                .map_err(|m| self.at(Some(value.span()), format!("{key}: {m}"))),
        }
    }

    fn at(&self, span: Option<Range<usize>>, message: String) -> ConfigError {
        let line_column = span.map(|s| line_column(self.source, s.start));
        ConfigError::Invalid {
            location: Location {
                path: self.path.map(Path::to_owned),
                line_column,
            },
            message,
        }
    }

    fn cli(&self, message: String) -> ConfigError {
        ConfigError::Invalid {
            location: Location {
                path: None,
                line_column: None,
            },
            message,
        }
    }

    /// The first occurrence of `needle` in the config text, for values serde gives no span.
    fn find(&self, needle: &str) -> Option<Range<usize>> {
        self.find_from(0, needle)
    }

    fn find_from(&self, from: usize, needle: &str) -> Option<Range<usize>> {
        let start = from.min(self.source.len());
        // Search from the start of the line, so a table header's own line counts.
        let line_start = self.source[..start].rfind('\n').map_or(0, |i| i + 1);
        self.source[line_start..]
            .find(needle)
            .map(|i| line_start + i..line_start + i + needle.len())
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
