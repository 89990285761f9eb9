//! The TOML config file and the caller's settings, validated into an [`Engine`].
//!
//! Everything a user can get wrong is checked here, before any document is read: unknown
//! keys, malformed values, languages and extractor ids or globs that name nothing, options an
//! extractor rejects. Errors name the file, line and column, or the setting as the caller
//! spells it (`--reference-date` for the CLI). Past this point the engine works only from
//! what it was built with, which cannot be invalid.
//!
//! The file also holds a front end's own settings (`format`, `on_error`, `lossy` under
//! `[defaults]`); the engine does not use them and hands them over, located, through
//! [`Config::front_end`].

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobMatcher};
use khabar_core::{Date, Extractor, Lang, Options, Prefer, Registration, registrations};

use crate::engine::{Engine, EngineBuilder, LangChoice};
use serde::Deserialize;
use toml::Spanned;

/// A config or settings error: nothing was extracted.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read config: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
}

/// Where an error is: in a config file, or among the caller's settings.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: Option<PathBuf>,
    /// 1-based line and column, when the value came from a file.
    pub line_column: Option<(usize, usize)>,
    /// What the caller's settings are called in messages (`command line` for the CLI), when
    /// the value came from them.
    pub origin: &'static str,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line_column) {
            (Some(path), Some((line, column))) => write!(f, "{}:{line}:{column}", path.display()),
            (Some(path), None) => write!(f, "{}", path.display()),
            (None, _) => f.write_str(self.origin),
        }
    }
}

/// A parsed config file, not yet validated: [`EngineBuilder::config`] checks it.
#[derive(Debug, Default)]
pub struct Config {
    path: Option<PathBuf>,
    source: String,
    raw: RawConfig,
}

/// A front end's own setting from the config file, with its place for error messages.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub value: T,
    pub location: Location,
}

/// The settings of `[defaults]` that the engine does not use, for a front end to read.
#[derive(Debug, Clone, Default)]
pub struct FrontEnd {
    pub format: Option<Located<String>>,
    pub on_error: Option<Located<String>>,
    pub lossy: Option<bool>,
}

impl Config {
    /// Reads and parses a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let source = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Config::parse(Some(path), &source)
    }

    /// Parses config text; `path` is only used in error messages.
    pub fn parse(path: Option<&Path>, source: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(source).map_err(|e| ConfigError::Invalid {
            location: Location {
                path: Some(path.map_or_else(|| PathBuf::from("config"), Path::to_owned)),
                line_column: e.span().map(|s| line_column(source, s.start)),
                origin: "config",
            },
            message: e.message().trim_end().to_owned(),
        })?;
        Ok(Config {
            path: path.map(Path::to_owned),
            source: source.to_owned(),
            raw,
        })
    }

    /// The front end's settings from `[defaults]`, unchecked but located.
    pub fn front_end(&self) -> FrontEnd {
        let ctx = Context {
            path: self.path.as_deref(),
            source: &self.source,
            origin: "config",
            flag: &|k: &str| k.to_owned(),
        };
        let located = |v: &Option<Spanned<String>>| {
            v.as_ref().map(|v| Located {
                value: v.get_ref().clone(),
                location: ctx.location(Some(v.span())),
            })
        };
        FrontEnd {
            format: located(&self.raw.defaults.format),
            on_error: located(&self.raw.defaults.on_error),
            lossy: self.raw.defaults.lossy,
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
    /// `khabar serve`'s settings: the server reads and checks them; other front ends leave
    /// them alone, so one file serves both.
    #[serde(default, rename = "server")]
    _server: Option<toml::Table>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    lang: Option<Spanned<String>>,
    reference_date: Option<Spanned<String>>,
    prefer: Option<Spanned<String>>,
    other_scripts: Option<Vec<Spanned<String>>>,
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

const EMPTY_SELECTION: &str =
    "selects no extractor; name ids or globs, or `none` to read and write documents only";

/// Validates `builder`'s config and settings and builds every selected extractor.
pub(crate) fn build(builder: EngineBuilder) -> Result<Engine, ConfigError> {
    let EngineBuilder {
        config,
        lang,
        reference_date,
        prefer,
        extractors: extractors_setting,
        threads,
        windows,
        other_scripts,
        origin,
        flag,
    } = builder;
    let ctx = Context {
        path: config.path.as_deref(),
        source: &config.source,
        origin,
        flag: &flag,
    };
    let raw = config.raw;
    let registered = registrations();

    let lang = ctx.setting(lang.as_deref(), raw.defaults.lang.as_ref(), "lang", |v| {
        parse_lang_choice(v, &registered).ok_or_else(|| {
            format!(
                "`{v}` is not a registered language or auto (registered: {})",
                khabar_core::language_list()
            )
        })
    })?;
    let reference_date = ctx.setting(
        reference_date.as_deref(),
        raw.defaults.reference_date.as_ref(),
        "reference_date",
        parse_date,
    )?;
    let prefer = ctx.setting(
        prefer.as_deref(),
        raw.defaults.prefer.as_ref(),
        "prefer",
        |v| Prefer::parse(v).ok_or_else(|| format!("`{v}` is not past or future")),
    )?;
    let (lang, prefer) = (lang.unwrap_or(LangChoice::Auto), prefer.unwrap_or_default());

    // Which extractors run, per language.
    let default_enable: Vec<Selector> = match &extractors_setting {
        // `none` runs no extractor: the documents are read, prepared and written only.
        Some(list) if list.trim() == "none" => Vec::new(),
        Some(list) => {
            let selectors: Vec<Selector> = list
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Selector::new(s, None, &ctx, &registered))
                .collect::<Result<_, _>>()?;
            if selectors.is_empty() {
                return Err(ctx.caller("extractors", EMPTY_SELECTION.to_owned()));
            }
            selectors
        }
        None => match &raw.extractors.enable {
            None => vec![Selector::new("*", None, &ctx, &registered)?],
            Some(list) if list.is_empty() => {
                return Err(ctx.at(ctx.find("enable"), format!("enable: {EMPTY_SELECTION}")));
            }
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
    if extractors_setting.is_none() {
        for (code, list) in &raw.extractors.per_lang {
            let lang = Lang::parse(code)
                .filter(|&l| known(l, &registered))
                .ok_or_else(|| {
                    ctx.at(
                        ctx.find(code),
                        format!(
                            "`{code}` in [extractors.per_lang] is not a registered language (registered: {})",
                            khabar_core::language_list()
                        ),
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

    // Scripts whose runs are read by their own language: the caller's list, the file's, or
    // Latin; each must be the script of a registered language.
    let scripts: Vec<&'static str> = {
        let mut known: Vec<&'static str> =
            khabar_core::languages().iter().map(|l| l.script).collect();
        known.sort_unstable();
        known.dedup();
        let pick = |name: &str| known.iter().copied().find(|s| *s == name);
        match (&other_scripts, &raw.defaults.other_scripts) {
            (Some(list), _) => list
                .iter()
                .map(|name| {
                    pick(name).ok_or_else(|| {
                        ctx.caller(
                            "other_scripts",
                            format!("`{name}` is not the script of a registered language ({})", known.join(", ")),
                        )
                    })
                })
                .collect::<Result<_, _>>()?,
            (None, Some(list)) => list
                .iter()
                .map(|name| {
                    pick(name.get_ref()).ok_or_else(|| {
                        ctx.at(
                            Some(name.span()),
                            format!(
                                "other_scripts: `{}` is not the script of a registered language ({})",
                                name.get_ref(),
                                known.join(", ")
                            ),
                        )
                    })
                })
                .collect::<Result<_, _>>()?,
            (None, None) => pick("Latin").into_iter().collect(),
        }
    };
    let other_scripts = scripts;

    let pool = match threads {
        None => None,
        Some(0) => return Err(ctx.caller("threads", "must be at least 1".to_owned())),
        Some(threads) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map_err(|e| ctx.caller("threads", e.to_string()))?,
        ),
    };
    let supported = registered.iter().filter_map(|r| r.lang()).collect();
    Ok(Engine {
        lang,
        reference_date,
        prefer,
        extractors,
        ids,
        supported,
        pool,
        windows,
        other_scripts,
    })
}

/// `auto`, or the code of a known language: a run in a language nothing reads would
/// output only empty records.
fn parse_lang_choice(s: &str, registered: &[&'static Registration]) -> Option<LangChoice> {
    if s == "auto" {
        Some(LangChoice::Auto)
    } else {
        Lang::parse(s)
            .filter(|&l| known(l, registered))
            .map(LangChoice::Fixed)
    }
}

/// A language some plugin registered, or registered extractors for.
fn known(lang: Lang, registered: &[&'static Registration]) -> bool {
    khabar_core::Language::get(lang).is_some() || registered.iter().any(|r| r.lang() == Some(lang))
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<Date, String> {
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
            None => ctx.settings_error(message),
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
    /// What the caller's settings are called in messages.
    origin: &'static str,
    /// How the caller spells a setting's key (`reference_date` → `--reference-date`).
    flag: &'a dyn Fn(&str) -> String,
}

impl Context<'_> {
    /// Reads one setting: the caller's value wins over the file; errors point at whichever
    /// gave the bad value (`--reference-date` on the command line, or its place in the file).
    fn setting<T>(
        &self,
        caller: Option<&str>,
        file: Option<&Spanned<String>>,
        key: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        if let Some(value) = caller {
            return parse(value).map(Some).map_err(|m| self.caller(key, m));
        }
        match file {
            None => Ok(None),
            Some(value) => parse(value.get_ref())
                .map(Some)
                .map_err(|m| self.at(Some(value.span()), format!("{key}: {m}"))),
        }
    }

    fn location(&self, span: Option<Range<usize>>) -> Location {
        Location {
            path: self.path.map(Path::to_owned),
            line_column: span.map(|s| line_column(self.source, s.start)),
            origin: self.origin,
        }
    }

    fn at(&self, span: Option<Range<usize>>, message: String) -> ConfigError {
        ConfigError::Invalid {
            location: self.location(span),
            message,
        }
    }

    /// An error in the caller's setting `key`.
    fn caller(&self, key: &str, message: String) -> ConfigError {
        self.settings_error(format!("{}: {message}", (self.flag)(key)))
    }

    /// An error in the caller's settings as a whole.
    fn settings_error(&self, message: String) -> ConfigError {
        ConfigError::Invalid {
            location: Location {
                path: None,
                line_column: None,
                origin: self.origin,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds an engine from config text and CLI-like settings; the result is the ids of the
    /// test extractors below that were selected, or the error message, which must start
    /// with `expected` (messages go on to list every registered extractor, plugins' too).
    #[track_caller]
    fn check(config: &str, settings: &[(&str, &str)], expected: Result<&str, &str>) {
        let parsed = Config::parse(Some(Path::new("k.toml")), config);
        let built = parsed.and_then(|config| {
            let mut builder = Engine::builder()
                .config(config)
                .naming("command line", |k| format!("--{}", k.replace('_', "-")));
            for &(key, value) in settings {
                builder = match key {
                    "lang" => builder.lang(value),
                    "reference_date" => builder.reference_date(value),
                    "prefer" => builder.prefer(value),
                    "extractors" => builder.extractors(value),
                    "threads" => builder.threads(value.parse().unwrap_or(0)),
                    other => panic!("no setting {other}"),
                };
            }
            builder.build()
        });
        let got = built.map(|engine| {
            engine
                .extractor_ids()
                .values()
                .flatten()
                .copied()
                .filter(|id| id.starts_with('x'))
                .collect::<Vec<_>>()
                .join(",")
        });
        match (&got, expected) {
            (Ok(ids), Ok(want)) => assert_eq!(ids, want),
            (Err(e), Err(want)) => assert!(e.to_string().starts_with(want), "{e}\n{want}"),
            _ => panic!("got {got:?}, expected {expected:?}"),
        }
    }

    // Two test extractors with ids no plugin uses, beside the linked plugins' own.
    struct Nothing;
    impl Extractor for Nothing {
        fn extract<'a>(
            &'a self,
            _: &'a khabar_core::Document,
            _: &mut dyn FnMut(khabar_core::Entity<'a>),
        ) {
        }
    }
    fn build(options: &mut Options) -> Result<Box<dyn Extractor>, khabar_core::BuildError> {
        let _ = options.bool("fast")?;
        std::mem::take(options).finish()?;
        Ok(Box::new(Nothing))
    }
    khabar_core::inventory::submit! {
        Registration { id: "xa.numbers", description: "test", build }
    }
    khabar_core::inventory::submit! {
        Registration { id: "xb.dates", description: "test", build }
    }

    #[test]
    fn selection_by_config_and_settings() {
        check("", &[], Ok("xa.numbers,xb.dates"));
        check(
            "[extractors]\nenable = [\"*.dates\"]\n",
            &[],
            Ok("xb.dates"),
        );
        check("[extractors]\ndisable = [\"xa.*\"]\n", &[], Ok("xb.dates"));
        check(
            "[extractors]\nenable = [\"*.dates\"]\n",
            &[("extractors", "xa.numbers")],
            Ok("xa.numbers"),
        );
        check("", &[("extractors", "none")], Ok(""));
        check("[extractors.per_lang]\nxa = []\n", &[], Ok("xb.dates"));
        check(
            "[options.\"xa.numbers\"]\nfast = true\n",
            &[],
            Ok("xa.numbers,xb.dates"),
        );
    }

    #[test]
    fn errors_name_file_line_and_column_or_the_setting() {
        check(
            "[defaults]\nprefer = \"sideways\"\n",
            &[],
            Err("k.toml:2:10: prefer: `sideways` is not past or future"),
        );
        check(
            "",
            &[("reference_date", "29/06/2021")],
            Err(
                "command line: --reference-date: `29/06/2021` is not a date in the form YYYY-MM-DD",
            ),
        );
        check(
            "[extractors]\nenable = [\"yy.*\"]\n",
            &[],
            Err("k.toml:2:11: glob matches no extractor `yy.*`; registered: "),
        );
        check(
            "[options.\"xa.numbers\"]\nslow = true\n",
            &[],
            Err(
                "k.toml:2:1: [options.\"xa.numbers\"]: unknown option `slow` (known options: fast)",
            ),
        );
        check(
            "[options.\"xa.numbers\"]\nfast = 3\n",
            &[],
            Err(
                "k.toml:2:1: [options.\"xa.numbers\"]: option `fast`: expected a boolean, found integer",
            ),
        );
        check(
            "[options.\"zz.numbers\"]\n",
            &[],
            Err("k.toml:1:11: unknown extractor `zz.numbers` in [options]; registered: "),
        );
        check(
            "",
            &[("threads", "0")],
            Err("command line: --threads: must be at least 1"),
        );
        check(
            "[defaults]\nlang = \"xx\"\n",
            &[],
            Err("k.toml:2:8: lang: `xx` is not a registered language or auto (registered: "),
        );
        check(
            "",
            &[("extractors", " , ")],
            Err("command line: --extractors: selects no extractor"),
        );
        check(
            "[extractors]\nenable = []\n",
            &[],
            Err("k.toml:2:1: enable: selects no extractor"),
        );
        check(
            "[defaults\n",
            &[],
            Err("k.toml:1:10: unclosed table, expected `]`"),
        );
        check(
            "[defaults]\nlossy = \"yes\"\n",
            &[],
            Err("k.toml:2:9: invalid type: string \"yes\", expected a boolean"),
        );
        check(
            "[defualts]\n",
            &[],
            Err("k.toml:1:2: unknown field `defualts`"),
        );
    }

    #[test]
    fn the_front_end_gets_its_settings_located() {
        let config = Config::parse(
            Some(Path::new("k.toml")),
            "[defaults]\nformat = \"table\"\nlossy = true\n",
        )
        .expect("parses");
        let front = config.front_end();
        let format = front.format.expect("format");
        assert_eq!(format.value, "table");
        assert_eq!(format.location.to_string(), "k.toml:2:10");
        assert_eq!(front.lossy, Some(true));
        assert!(front.on_error.is_none());
    }
}
