//! The `khabar` command line: `extract`, `extractors`, `eval` and (with the `server`
//! feature) `serve`.
//!
//! [`main`] takes its streams as arguments so that tests drive the real CLI in-process.
//! Exit status: 0 when everything went well, 1 when some documents failed, 2 on a usage or
//! config error (nothing is read then).

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use khabar_core::registrations;

use crate::eval::{Report, ScoredDocument};
use crate::input::InputFormat;
use crate::{Input, Overrides, Plan, pipeline};

#[derive(Debug, Parser)]
#[command(
    name = "khabar",
    version,
    about = "Dates, numbers, organizations and locations from news, in every language a plugin registers"
)]
struct Cli {
    /// A TOML config file (see khabar.toml for every setting).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract entities: one JSON Lines record per input document, in input order.
    Extract {
        /// .txt files (one document each), .jsonl files (one document a line), directories
        /// (searched recursively for both, sorted), or - for stdin. Default: stdin.
        paths: Vec<PathBuf>,
        #[command(flatten)]
        run: RunArgs,
        /// Output format: JSON Lines, a table for people, or Parquet (one row per entity;
        /// builds with the `parquet` feature).
        #[arg(
            long,
            visible_alias = "output-format",
            value_name = "jsonl|table|parquet"
        )]
        format: Option<String>,
        /// Write to this file instead of stdout; a `.parquet` name implies --format parquet.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        columns: ColumnArgs,
        /// Worker threads (default: one per core).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
        /// Print documents, bytes, time, throughput and peak memory to stderr at the end.
        #[arg(long)]
        stats: bool,
        /// How inputs are read: auto (by extension; stdin is JSON Lines when it starts with
        /// `{`), text (each file, or stdin, is one document) or jsonl.
        #[arg(long, value_name = "auto|text|jsonl", default_value = "auto")]
        input_format: String,
    },
    /// List the registered extractors.
    Extractors,
    /// Serve extraction over HTTP: Duckling's /parse and khabar's /v1/extract (see README,
    /// "Serve"). Settings also under [server] in the config file.
    #[cfg(feature = "server")]
    Serve {
        #[command(flatten)]
        args: khabar_server::ServeArgs,
    },
    /// Score output against gold files (SPEC §3) and print a table per language and kind.
    Eval {
        /// Gold files (JSON Lines with entities).
        #[arg(long, required = true, num_args = 1..)]
        gold: Vec<PathBuf>,
        /// System output to score (one record per gold document, in order). Without it,
        /// khabar extracts from the gold files itself.
        #[arg(long, value_name = "FILE")]
        system: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        run: RunArgs,
    },
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Language of documents that do not say (the registered ones are listed below), or auto.
    #[arg(long, value_name = "CODE|auto", long_help = lang_help())]
    lang: Option<String>,
    /// Reference date for documents that do not carry one; relative dates resolve against it.
    /// Without one, relative dates are output unresolved: today's date is never assumed.
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<String>,
    /// Which way under-specified dates resolve for documents that do not say.
    #[arg(long, value_name = "past|future")]
    prefer: Option<String>,
    /// Extractors to run: comma-separated ids or globs (`ar.*,*.numbers`), or `none`.
    #[arg(long, value_name = "GLOB,...")]
    extractors: Option<String>,
    /// On a document that cannot be read: skip (report it, write an error record, go on) or
    /// fail (the same, then stop).
    #[arg(long, value_name = "skip|fail")]
    on_error: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing the document.
    #[arg(long)]
    lossy: bool,
}

/// Parquet's side of `extract`: where document errors go and which input columns to read.
#[derive(Debug, Args)]
#[cfg_attr(not(feature = "parquet"), allow(dead_code))]
struct ColumnArgs {
    /// With Parquet output: the table of documents that failed (doc_id, error); default
    /// beside the output, `NAME.errors.parquet`.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Parquet input: the column holding each document's text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_col: String,
    /// Parquet input: the column of language codes (used when present).
    #[arg(long, value_name = "NAME")]
    lang_col: Option<String>,
    /// Parquet input: the column of reference dates, strings or dates (used when present);
    /// a date-time's date part is taken.
    #[arg(long, value_name = "NAME")]
    date_col: Option<String>,
    /// Parquet input: the column of document ids (used when present; else `FILE:row N`).
    #[arg(long, value_name = "NAME")]
    id_col: Option<String>,
}

/// `--lang`'s long help, with the languages this build registers.
fn lang_help() -> String {
    format!(
        "Language of documents that do not say: a registered code ({}), or auto to detect it per document",
        khabar_core::language_list()
    )
}

impl RunArgs {
    fn overrides(&self, format: Option<String>) -> Overrides {
        Overrides {
            lang: self.lang.clone(),
            reference_date: self.reference_date.clone(),
            prefer: self.prefer.clone(),
            format,
            on_error: self.on_error.clone(),
            lossy: self.lossy,
            extractors: self.extractors.clone(),
            threads: None,
        }
    }
}

/// The environment the CLI runs in.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    /// Show a progress bar (stderr is a terminal).
    pub progress: bool,
}

/// Runs the CLI with `args` (including the program name) and returns the exit status.
pub fn main(
    args: Vec<String>,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: Terminal,
) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let rendered = e.render().to_string();
            let _ = if code == 0 {
                out.write_all(rendered.as_bytes())
            } else {
                err.write_all(rendered.as_bytes())
            };
            return code;
        }
    };
    match execute(cli, stdin, out, err, terminal) {
        Ok(code) => code,
        Err(Failure::Usage(e)) => {
            let _ = writeln!(err, "error: {e:#}");
            2
        }
        Err(Failure::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(Failure::Io(e)) => {
            let _ = writeln!(err, "error: {e}");
            1
        }
    }
}

enum Failure {
    /// Usage or config: exit 2.
    Usage(anyhow::Error),
    /// Writing output failed.
    Io(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::Io(e)
    }
}

fn execute(
    cli: Cli,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: Terminal,
) -> Result<u8, Failure> {
    match cli.command {
        Command::Extractors => {
            for registration in registrations() {
                writeln!(out, "{:<22} {}", registration.id, registration.description)?;
            }
            Ok(0)
        }
        #[cfg(feature = "server")]
        Command::Serve { args } => {
            khabar_server::serve(cli.config.as_deref(), &args).map_err(Failure::Usage)?;
            Ok(0)
        }
        Command::Extract {
            paths,
            run,
            format,
            output,
            columns,
            threads,
            stats,
            input_format,
        } => {
            let started = std::time::Instant::now();
            let parquet_out = match format.as_deref() {
                Some("parquet") => true,
                Some(_) => false,
                None => output
                    .as_ref()
                    .is_some_and(|p| p.extension().is_some_and(|e| e == "parquet")),
            };
            let parquet_in = paths
                .iter()
                .any(|p| p.extension().is_some_and(|e| e == "parquet"));
            let format = format.filter(|f| f != "parquet");
            let mut overrides = run.overrides(format);
            overrides.threads = threads;
            if parquet_out || parquet_in {
                return columnar(
                    ColumnarRun {
                        config: cli.config.as_deref(),
                        overrides,
                        paths,
                        input_format: &input_format,
                        output,
                        parquet_out,
                        columns,
                    },
                    stdin,
                    out,
                    err,
                );
            }
            let mut file_out = match &output {
                Some(path) => Some(std::fs::File::create(path).map_err(|e| {
                    Failure::Usage(anyhow::anyhow!("{}: cannot write: {e}", path.display()))
                })?),
                None => None,
            };
            let out: &mut dyn Write = match &mut file_out {
                Some(file) => file,
                None => out,
            };
            let plan = Plan::new(cli.config.as_deref(), &overrides)
                .map_err(|e| Failure::Usage(e.into()))?;
            let paths = if paths.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                paths
            };
            let format = InputFormat::parse(&input_format).ok_or_else(|| {
                Failure::Usage(anyhow::anyhow!(
                    "command line: --input-format: `{input_format}` is not auto, text or jsonl"
                ))
            })?;
            let inputs = Input::expand(&paths, format).map_err(|e| Failure::Usage(e.into()))?;
            let bar = progress_bar(terminal, &inputs);
            let mut progress = |done: u64| {
                if let Some(bar) = &bar {
                    bar.inc(done);
                }
            };
            let mut out = std::io::BufWriter::new(out);
            let summary = pipeline::run(&plan, inputs, stdin, &mut out, err, &mut progress)?;
            out.flush()?;
            if stats {
                let seconds = started.elapsed().as_secs_f64();
                let megabytes = summary.bytes as f64 / 1e6;
                write!(
                    err,
                    "stats: {} documents, {} entities, {:.1} MB in {:.3} s, {:.1} MB/s",
                    summary.documents,
                    summary.entities,
                    megabytes,
                    seconds,
                    megabytes / seconds.max(1e-9)
                )?;
                match peak_memory_kb() {
                    Some(kb) => writeln!(err, ", peak RSS {:.1} MB", kb as f64 / 1024.0)?,
                    None => writeln!(err)?,
                }
            }
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            exit_status(&summary, err)
        }
        Command::Eval {
            gold,
            system,
            json,
            run,
        } => {
            let (gold_docs, system_docs) =
                eval_inputs(&cli.config, &gold, system.as_ref(), &run, stdin, err)?;
            let report =
                Report::score(&gold_docs, &system_docs).map_err(|e| Failure::Usage(e.into()))?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::other)?;
                writeln!(out)?;
            } else {
                let names: Vec<String> = gold.iter().map(|p| p.display().to_string()).collect();
                writeln!(
                    out,
                    "gold: {} ({} documents)",
                    names.join(", "),
                    report.documents
                )?;
                out.write_all(report.table().as_bytes())?;
            }
            Ok(0)
        }
    }
}

/// An `extract` that reads or writes Parquet.
#[cfg_attr(not(feature = "parquet"), allow(dead_code))]
struct ColumnarRun<'a> {
    config: Option<&'a std::path::Path>,
    overrides: Overrides,
    paths: Vec<PathBuf>,
    input_format: &'a str,
    output: Option<PathBuf>,
    parquet_out: bool,
    columns: ColumnArgs,
}

#[cfg(not(feature = "parquet"))]
fn columnar(
    _run: ColumnarRun<'_>,
    _stdin: &mut dyn BufRead,
    _out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<u8, Failure> {
    Err(Failure::Usage(anyhow::anyhow!(
        "command line: Parquet input or output needs khabar built with the `parquet` feature \
         (cargo build --release -p khabar-runner --features parquet)"
    )))
}

#[cfg(feature = "parquet")]
fn columnar(
    run: ColumnarRun<'_>,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, Failure> {
    use crate::columnar::{self, ColumnMap, Output};
    let usage = |e: anyhow::Error| Failure::Usage(e);
    let plan = Plan::new(run.config, &run.overrides).map_err(|e| usage(e.into()))?;
    let format = InputFormat::parse(run.input_format).ok_or_else(|| {
        usage(anyhow::anyhow!(
            "command line: --input-format: `{}` is not auto, text or jsonl",
            run.input_format
        ))
    })?;
    let paths = if run.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        run.paths
    };
    let defaults = ColumnMap::default();
    let c = run.columns;
    let explicit = [
        c.lang_col.is_some(),
        c.date_col.is_some(),
        c.id_col.is_some(),
    ];
    let columns = ColumnMap {
        text: c.text_col,
        lang: c.lang_col.or(defaults.lang),
        date: c.date_col.or(defaults.date),
        id: c.id_col.or(defaults.id),
        explicit,
    };
    let output = if run.parquet_out {
        let Some(entities) = run.output.clone() else {
            return Err(usage(anyhow::anyhow!(
                "command line: --format parquet needs --output FILE"
            )));
        };
        let errors = c.errors.unwrap_or_else(|| Output::errors_path(&entities));
        Output::Parquet { entities, errors }
    } else {
        Output::Records(plan.format)
    };
    let mut file_out = match (&output, &run.output) {
        (Output::Records(_), Some(path)) => Some(
            std::fs::File::create(path)
                .map_err(|e| usage(anyhow::anyhow!("{}: cannot write: {e}", path.display())))?,
        ),
        _ => None,
    };
    let mut out = std::io::BufWriter::new(match &mut file_out {
        Some(file) => file as &mut dyn Write,
        None => out,
    });
    let summary = match columnar::run(
        &plan, &paths, format, &columns, &output, stdin, &mut out, err,
    ) {
        Ok(summary) => summary,
        Err(columnar::Error::Usage(message)) => return Err(usage(anyhow::anyhow!(message))),
        Err(columnar::Error::Io(e)) => return Err(Failure::Io(e)),
    };
    out.flush()?;
    exit_status(&summary, err)
}

/// 1 when some documents failed (said on stderr), else 0.
fn exit_status(summary: &pipeline::Summary, err: &mut dyn Write) -> Result<u8, Failure> {
    if summary.failed == 0 {
        return Ok(0);
    }
    writeln!(
        err,
        "{} of {} documents failed",
        summary.failed, summary.documents
    )?;
    Ok(1)
}

/// A progress bar on stderr when it is a terminal: against the total size for large files,
/// or a count of bytes read when stdin has no size to go by.
fn progress_bar(terminal: Terminal, inputs: &[Input]) -> Option<indicatif::ProgressBar> {
    if !terminal.progress {
        return None;
    }
    let total: u64 = inputs.iter().filter_map(Input::size).sum();
    let reads_stdin = inputs.iter().any(|i| i.size().is_none());
    let (bar, template) = if reads_stdin {
        (
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {bytes} read, {bytes_per_sec}",
        )
    } else if total > 4 << 20 {
        (
            indicatif::ProgressBar::new(total),
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        )
    } else {
        return None;
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// The process's peak resident memory in KiB (Linux `VmHWM`); `None` elsewhere.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Reads the gold documents and the system records: from `--system`, or by extracting.
fn eval_inputs(
    config: &Option<PathBuf>,
    gold: &[PathBuf],
    system: Option<&PathBuf>,
    run: &RunArgs,
    stdin: &mut dyn BufRead,
    err: &mut dyn Write,
) -> Result<(Vec<ScoredDocument>, Vec<ScoredDocument>), Failure> {
    let mut gold_docs = Vec::new();
    for path in gold {
        gold_docs.extend(read_scored(path).map_err(Failure::Usage)?);
    }
    let system_docs = match system {
        Some(path) => read_scored(path).map_err(Failure::Usage)?,
        None => {
            let plan = Plan::new(config.as_deref(), &run.overrides(Some("jsonl".into())))
                .map_err(|e| Failure::Usage(e.into()))?;
            let inputs = gold
                .iter()
                .map(|p| Input {
                    path: p.clone(),
                    kind: crate::InputKind::Jsonl,
                })
                .collect();
            let mut buffer = Vec::new();
            pipeline::run(&plan, inputs, stdin, &mut buffer, err, &mut |_| {})?;
            parse_scored(&String::from_utf8_lossy(&buffer), "system output")
                .map_err(Failure::Usage)?
        }
    };
    Ok((gold_docs, system_docs))
}

fn read_scored(path: &PathBuf) -> anyhow::Result<Vec<ScoredDocument>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", path.display()))?;
    parse_scored(&text, &path.display().to_string())
}

fn parse_scored(text: &str, label: &str) -> anyhow::Result<Vec<ScoredDocument>> {
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("{label}:{}:{}: {e}", n + 1, e.column()))?;
        docs.push(doc);
    }
    Ok(docs)
}
