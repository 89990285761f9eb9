//! A CLI run: the [`Engine`] plus the settings only the CLI has, validated into a [`Plan`].
//!
//! The engine checks the config file and the engine's settings; this module adds the CLI's
//! own (`format`, `on_error`, `lossy` in the file's `[defaults]`, or their flags) with the
//! same file:line:column errors. Past this point the pipeline works only from the `Plan`,
//! which cannot be invalid.

use std::path::Path;

use khabar::{Config, ConfigError, Engine, Located};

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

/// A validated run: the engine and how the CLI reads and writes.
#[derive(Debug)]
pub struct Plan {
    pub engine: Engine,
    pub format: Format,
    pub on_error: OnError,
    pub lossy: bool,
}

impl Plan {
    /// Builds a plan from an optional config file and the command-line overrides.
    pub fn new(config_path: Option<&Path>, overrides: &Overrides) -> Result<Plan, ConfigError> {
        let config = match config_path {
            None => Config::default(),
            Some(path) => Config::from_file(path)?,
        };
        Plan::from_config(config, overrides)
    }

    /// Builds a plan from config text; `path` is only used in error messages.
    pub fn from_str(
        path: Option<&Path>,
        source: &str,
        overrides: &Overrides,
    ) -> Result<Plan, ConfigError> {
        Plan::from_config(Config::parse(path, source)?, overrides)
    }

    fn from_config(config: Config, overrides: &Overrides) -> Result<Plan, ConfigError> {
        let front_end = config.front_end();
        let mut builder = Engine::builder()
            .config(config)
            .naming("command line", |key| format!("--{}", key.replace('_', "-")));
        if let Some(lang) = &overrides.lang {
            builder = builder.lang(lang);
        }
        if let Some(date) = &overrides.reference_date {
            builder = builder.reference_date(date);
        }
        if let Some(prefer) = &overrides.prefer {
            builder = builder.prefer(prefer);
        }
        if let Some(selection) = &overrides.extractors {
            builder = builder.extractors(selection);
        }
        if let Some(threads) = overrides.threads {
            builder = builder.threads(threads);
        }
        let engine = builder.build()?;
        let format = setting(
            overrides.format.as_deref(),
            front_end.format.as_ref(),
            "format",
            |v| match v {
                "jsonl" | "json" => Some(Format::Jsonl),
                "table" => Some(Format::Table),
                _ => None,
            },
            "jsonl or table",
        )?;
        let on_error = setting(
            overrides.on_error.as_deref(),
            front_end.on_error.as_ref(),
            "on_error",
            |v| match v {
                "skip" => Some(OnError::Skip),
                "fail" => Some(OnError::Fail),
                _ => None,
            },
            "skip or fail",
        )?;
        Ok(Plan {
            engine,
            format: format.unwrap_or(Format::Jsonl),
            on_error: on_error.unwrap_or(OnError::Skip),
            lossy: overrides.lossy || front_end.lossy.unwrap_or(false),
        })
    }
}

/// Reads one CLI setting: the flag wins over the file; errors point at whichever gave it.
fn setting<T>(
    flag: Option<&str>,
    file: Option<&Located<String>>,
    key: &str,
    parse: impl Fn(&str) -> Option<T>,
    expected: &str,
) -> Result<Option<T>, ConfigError> {
    if let Some(value) = flag {
        return parse(value).map(Some).ok_or_else(|| ConfigError::Invalid {
            location: khabar::Location {
                path: None,
                line_column: None,
                origin: "command line",
            },
            message: format!("--{}: `{value}` is not {expected}", key.replace('_', "-")),
        });
    }
    match file {
        None => Ok(None),
        Some(located) => parse(&located.value)
            .map(Some)
            .ok_or_else(|| ConfigError::Invalid {
                location: located.location.clone(),
                message: format!("{key}: `{}` is not {expected}", located.value),
            }),
    }
}
