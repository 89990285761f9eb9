//! The server's settings: `[server]` in the config file, then `khabar serve`'s flags, which
//! win over it.
//!
//! The `[server]` table lives in the same `khabar.toml` as the engine's settings. The library's
//! config reader accepts it unread; [`split_config`] takes its text out so that it is parsed
//! here with its own line numbers, blanking its lines in the rest rather than deleting them so
//! that every other error still names the right line.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

/// Everything the server needs besides the engine; every field has a default.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Where to listen; loopback by default.
    pub bind: SocketAddr,
    /// Largest request body; larger bodies are answered 413.
    pub max_body_bytes: usize,
    /// Most documents in one `/v1/extract` request; more are answered 413.
    pub max_batch_docs: usize,
    /// Longest a request's extraction may take before it is answered 503.
    pub request_timeout: Duration,
    /// Requests extracting at once; more are answered 429 with `Retry-After`.
    pub max_inflight: usize,
    /// After SIGTERM or SIGINT, how long in-flight requests may run before the server exits.
    pub shutdown_grace: Duration,
    /// `/parse`'s language: `None` takes it from the request's `locale` or `lang`; `auto`
    /// detects it per message and ignores the locale.
    pub compat_lang: CompatLang,
    /// How `/parse` resolves an under-specified date; `future` as Duckling does.
    pub compat_prefer: String,
    /// One JSON line per request on stderr.
    pub access_log: bool,
}

/// Where `/parse` takes a message's language from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompatLang {
    /// The request's `locale` (or `lang`), as Duckling.
    Locale,
    /// Detected from each message's text.
    Auto,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            bind: SocketAddr::from(([127, 0, 0, 1], 8000)),
            max_body_bytes: 2 << 20,
            max_batch_docs: 256,
            request_timeout: Duration::from_secs(10),
            max_inflight: 16,
            shutdown_grace: Duration::from_secs(30),
            compat_lang: CompatLang::Locale,
            compat_prefer: "future".to_owned(),
            access_log: true,
        }
    }
}

/// A setting that cannot be used, with where it came from.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{path}:{line}: [server]: {message}")]
    File {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Flag(String),
}

/// `[server]` as written in the file: every key optional, unknown keys are errors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawServer {
    bind: Option<String>,
    max_body_bytes: Option<toml::Value>,
    max_batch_docs: Option<usize>,
    request_timeout: Option<String>,
    max_inflight: Option<usize>,
    shutdown_grace: Option<String>,
    compat_lang: Option<String>,
    compat_prefer: Option<String>,
    access_log: Option<bool>,
}

/// The flags of `khabar serve`, as strings to be checked like the file's values.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub bind: Option<String>,
    pub max_body_bytes: Option<String>,
    pub max_batch_docs: Option<usize>,
    pub request_timeout: Option<String>,
    pub max_inflight: Option<usize>,
    pub shutdown_grace: Option<String>,
    pub compat_lang: Option<String>,
    pub compat_prefer: Option<String>,
    pub no_access_log: bool,
}

/// The config text split in two: the engine's part (with `[server]`'s lines blanked) and
/// `[server]`'s own text with the line it starts on.
#[derive(Debug, PartialEq)]
pub(crate) struct Split {
    pub(crate) engine: String,
    pub(crate) server: Option<(usize, String)>,
}

/// Takes the `[server]` table out of config text. Only the `[server]` header form is read;
/// the table ends at the next table header.
pub(crate) fn split_config(source: &str) -> Split {
    let mut engine = String::with_capacity(source.len());
    let mut server: Option<(usize, String)> = None;
    let mut inside = false;
    for (n, line) in source.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            let header = trimmed.split('#').next().unwrap_or("").trim();
            inside = header == "[server]";
            if inside {
                server = Some((n + 1, String::new()));
                engine.push_str(if line.ends_with('\n') { "\n" } else { "" });
                continue;
            }
        }
        if inside {
            if let Some((_, text)) = server.as_mut() {
                text.push_str(line);
            }
            engine.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            engine.push_str(line);
        }
    }
    Split { engine, server }
}

impl Settings {
    /// The defaults, overridden by `[server]` (from `path`, for messages), then by `flags`.
    pub(crate) fn resolve(
        path: Option<&Path>,
        server: Option<&(usize, String)>,
        flags: &Flags,
    ) -> Result<Settings, SettingsError> {
        let mut settings = Settings::default();
        if let Some((first_line, text)) = server {
            let name = path.map_or_else(|| "config".to_owned(), |p| p.display().to_string());
            let at = |line: usize, message: String| SettingsError::File {
                path: name.clone(),
                line,
                message,
            };
            let raw: RawServer = toml::from_str(text).map_err(|e| {
                let line = e
                    .span()
                    .map_or(0, |s| text[..s.start.min(text.len())].matches('\n').count());
                at(first_line + 1 + line, e.message().to_owned())
            })?;
            settings
                .apply_file(&raw)
                .map_err(|message| at(*first_line, message))?;
        }
        settings.apply_flags(flags).map_err(SettingsError::Flag)?;
        Ok(settings)
    }

    fn apply_file(&mut self, raw: &RawServer) -> Result<(), String> {
        if let Some(bind) = &raw.bind {
            self.bind = parse_bind(bind).map_err(|e| format!("bind: {e}"))?;
        }
        if let Some(value) = &raw.max_body_bytes {
            self.max_body_bytes = match value {
                toml::Value::Integer(n) => usize::try_from(*n)
                    .map_err(|_| format!("max_body_bytes: `{n}` is not a size in bytes"))?,
                toml::Value::String(s) => {
                    parse_bytes(s).map_err(|e| format!("max_body_bytes: {e}"))?
                }
                other => return Err(format!("max_body_bytes: `{other}` is not a size")),
            };
        }
        if let Some(n) = raw.max_batch_docs {
            self.max_batch_docs = positive(n, "max_batch_docs")?;
        }
        if let Some(t) = &raw.request_timeout {
            self.request_timeout =
                parse_duration(t).map_err(|e| format!("request_timeout: {e}"))?;
        }
        if let Some(n) = raw.max_inflight {
            self.max_inflight = positive(n, "max_inflight")?;
        }
        if let Some(t) = &raw.shutdown_grace {
            self.shutdown_grace = parse_duration(t).map_err(|e| format!("shutdown_grace: {e}"))?;
        }
        if let Some(lang) = &raw.compat_lang {
            self.compat_lang = parse_compat_lang(lang).map_err(|e| format!("compat_lang: {e}"))?;
        }
        if let Some(prefer) = &raw.compat_prefer {
            self.compat_prefer = parse_prefer(prefer).map_err(|e| format!("compat_prefer: {e}"))?;
        }
        if let Some(on) = raw.access_log {
            self.access_log = on;
        }
        Ok(())
    }

    fn apply_flags(&mut self, flags: &Flags) -> Result<(), String> {
        if let Some(bind) = &flags.bind {
            self.bind = parse_bind(bind).map_err(|e| format!("--bind: {e}"))?;
        }
        if let Some(size) = &flags.max_body_bytes {
            self.max_body_bytes =
                parse_bytes(size).map_err(|e| format!("--max-body-bytes: {e}"))?;
        }
        if let Some(n) = flags.max_batch_docs {
            self.max_batch_docs = positive(n, "--max-batch-docs")?;
        }
        if let Some(t) = &flags.request_timeout {
            self.request_timeout =
                parse_duration(t).map_err(|e| format!("--request-timeout: {e}"))?;
        }
        if let Some(n) = flags.max_inflight {
            self.max_inflight = positive(n, "--max-inflight")?;
        }
        if let Some(t) = &flags.shutdown_grace {
            self.shutdown_grace =
                parse_duration(t).map_err(|e| format!("--shutdown-grace: {e}"))?;
        }
        if let Some(lang) = &flags.compat_lang {
            self.compat_lang =
                parse_compat_lang(lang).map_err(|e| format!("--compat-lang: {e}"))?;
        }
        if let Some(prefer) = &flags.compat_prefer {
            self.compat_prefer =
                parse_prefer(prefer).map_err(|e| format!("--compat-prefer: {e}"))?;
        }
        if flags.no_access_log {
            self.access_log = false;
        }
        Ok(())
    }
}

fn positive(n: usize, name: &str) -> Result<usize, String> {
    if n == 0 {
        Err(format!("{name}: must be at least 1"))
    } else {
        Ok(n)
    }
}

fn parse_bind(s: &str) -> Result<SocketAddr, String> {
    s.parse()
        .map_err(|_| format!("`{s}` is not an address and port such as 127.0.0.1:8000"))
}

fn parse_compat_lang(s: &str) -> Result<CompatLang, String> {
    match s {
        "locale" => Ok(CompatLang::Locale),
        "auto" => Ok(CompatLang::Auto),
        _ => Err(format!("`{s}` is not locale or auto")),
    }
}

fn parse_prefer(s: &str) -> Result<String, String> {
    match s {
        "past" | "future" => Ok(s.to_owned()),
        _ => Err(format!("`{s}` is not past or future")),
    }
}

/// `500ms`, `10s`, `2m`, or a bare number of seconds.
pub(crate) fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a duration such as 500ms, 10s or 2m"))?;
    match unit.trim() {
        "ms" => Ok(Duration::from_millis(n)),
        "" | "s" => Ok(Duration::from_secs(n)),
        "m" => Ok(Duration::from_secs(n * 60)),
        _ => Err(format!("`{s}` is not a duration such as 500ms, 10s or 2m")),
    }
}

/// `2097152`, `512KiB`, `2MiB`, `1MB`.
pub(crate) fn parse_bytes(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let n: usize = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size such as 2097152, 512KiB or 2MiB"))?;
    let scale = match unit.trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "KB" | "kB" => 1000,
        "MB" => 1_000_000,
        _ => {
            return Err(format!(
                "`{s}` is not a size such as 2097152, 512KiB or 2MiB"
            ));
        }
    };
    n.checked_mul(scale)
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("`{s}` is not a usable size"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_table_is_cut_out_and_other_lines_keep_their_numbers() {
        let source = "[defaults]\nlang = \"en\"\n[server]\nbind = \"127.0.0.1:9\"\n\n[extractors]\nenable = [\"*\"]\n";
        let split = split_config(source);
        assert_eq!(
            split.engine,
            "[defaults]\nlang = \"en\"\n\n\n\n[extractors]\nenable = [\"*\"]\n"
        );
        assert_eq!(
            split.server,
            Some((3, "bind = \"127.0.0.1:9\"\n\n".to_owned()))
        );
        assert_eq!(split.engine.lines().count(), source.lines().count());
    }

    #[test]
    fn flags_win_over_the_file_and_errors_name_the_line() {
        let split = split_config("[server]\nmax_inflight = 3\nrequest_timeout = \"2s\"\n");
        let flags = Flags {
            max_inflight: Some(5),
            ..Flags::default()
        };
        let settings = Settings::resolve(None, split.server.as_ref(), &flags).expect("valid");
        assert_eq!(settings.max_inflight, 5);
        assert_eq!(settings.request_timeout, Duration::from_secs(2));

        let split = split_config("# c\n[server]\nbind = \"127.0.0.1:1\"\nspeed = 3\n");
        let err = Settings::resolve(
            Some(Path::new("k.toml")),
            split.server.as_ref(),
            &Flags::default(),
        )
        .expect_err("unknown key");
        assert!(
            err.to_string()
                .starts_with("k.toml:4: [server]: unknown field `speed`"),
            "{err}"
        );
    }

    #[test]
    fn sizes_and_durations() {
        assert_eq!(parse_bytes("2MiB"), Ok(2 << 20));
        assert_eq!(parse_bytes("1000"), Ok(1000));
        assert!(parse_bytes("0").is_err());
        assert!(parse_bytes("2 GB").is_err());
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_duration("soon").is_err());
    }
}
