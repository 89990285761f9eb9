//! `cargo xtask bench`: the throughput, start-up and memory benchmark.
//!
//! It builds a corpus of at least 100 MB of English, Arabic and Bengali news deterministically
//! from the fixtures (and the texts of `../shared/eval/` when that folder exists) by cycling
//! through the documents, then runs over it the binary `cargo xtask dist` builds (profile-guided;
//! `--plain`: the plain release build), and the plain build's one-thread pipeline beside it.
//! Every figure is the median of several runs, because wall-clock time on a shared 2-core
//! machine varies by up to 2×.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

const CORPUS_BYTES: usize = 100 * 1024 * 1024;
const RUNS: usize = 3;

pub(crate) fn run(root: &Path, args: &[String]) -> Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    let plain_only = args.iter().any(|a| a == "--plain");
    let plain = crate::release_cli(&root.join("target"), "")?;
    // The binary measured is the one `cargo xtask dist` makes, unless `--plain` asks for
    // the plain release build alone; the plain build's one-thread pipeline is measured
    // beside it either way.
    let khabar = if plain_only {
        plain.clone()
    } else {
        crate::dist::build(root)?
    };
    let dir = root.join("target/bench");
    std::fs::create_dir_all(&dir)?;
    let size = if quick {
        CORPUS_BYTES / 10
    } else {
        CORPUS_BYTES
    };
    let corpus = build_corpus(root, &dir.join("corpus.jsonl"), size)?;
    let small = build_corpus(root, &dir.join("corpus-small.jsonl"), size / 10)?;
    let mut report = String::new();
    let _ = writeln!(report, "machine: {} cores, {}", cores(), cpu_model());
    let _ = writeln!(
        report,
        "binary: {}",
        if plain_only {
            "plain release build (--plain)"
        } else {
            "profile-guided release build (cargo xtask dist)"
        }
    );
    let _ = writeln!(
        report,
        "corpus: {} ({:.1} MB); per-extractor corpus {:.1} MB; median of {RUNS} runs\n",
        corpus.display(),
        mb(&corpus),
        mb(&small)
    );

    // The name tagger's cost: the same run with every name extractor on tables and rules
    // alone (and no persons, which only the tagger finds).
    let untagged_config = dir.join("no-tagger.toml");
    let mut untagged = String::from("[extractors]\ndisable = [\"*.persons\"]\n");
    for lang in ["en", "ar", "bn"] {
        for kind in ["locations", "organizations"] {
            let _ = write!(untagged, "[options.\"{lang}.{kind}\"]\ntagger = false\n");
        }
    }
    std::fs::write(&untagged_config, untagged)?;
    let untagged_config = untagged_config.to_string_lossy().into_owned();
    // The floor: the same corpus read, normalized and scanned once by the gazetteer
    // automaton of its language, with no rule, selection or output entity.
    let floor_config = dir.join("floor.toml");
    std::fs::write(
        &floor_config,
        "[extractors]\nenable = [\"*.locations\"]\n\n\
         [options.\"en.locations\"]\nscan_only = true\n\
         [options.\"ar.locations\"]\nscan_only = true\n\
         [options.\"bn.locations\"]\nscan_only = true\n",
    )?;
    let floor_config = floor_config.to_string_lossy().into_owned();
    // The whole pipeline on one thread and on every core, the untagged run, the floor and
    // the plain build's pipeline take turns, so that a drift of the shared host's speed
    // falls on all of them; the cores' speed-up, the tagger's speed, the pipeline's
    // multiple of the floor and the profile's gain are medians of each turn's own figures.
    let one_thread_of = |binary: &Path, config: Option<&str>| {
        let mut args = vec!["extract", "--threads", "1", "--stats"];
        if let Some(config) = config {
            args.extend(["--config", config]);
        }
        stats(binary, &args, Some(&corpus), None)
    };
    let one_thread = |config: Option<&str>| one_thread_of(&khabar, config);
    let mut turns = Vec::new();
    let mut all_cores = Vec::new();
    let mut plain_turns = Vec::new();
    for _ in 0..RUNS {
        if !plain_only {
            plain_turns.push(one_thread_of(&plain, None)?);
        }
        turns.push((
            one_thread(None)?,
            one_thread(Some(&untagged_config))?,
            one_thread(Some(&floor_config))?,
        ));
        all_cores.push(stats(
            &khabar,
            &["extract", "--stats"],
            Some(&corpus),
            None,
        )?);
    }
    let one = middle(turns.iter().map(|t| t.0.mb_per_s));
    let untagged = middle(turns.iter().map(|t| t.1.mb_per_s));
    let floor = middle(turns.iter().map(|t| t.2.mb_per_s));
    let floor_peak = middle(turns.iter().map(|t| t.2.peak_mb));
    let tagger = middle(
        turns
            .iter()
            .map(|(all, none, _)| 1.0 / (1.0 / all.mb_per_s - 1.0 / none.mb_per_s).max(1e-9)),
    );
    let floor_multiple = middle(
        turns
            .iter()
            .map(|(all, _, floor)| floor.mb_per_s / all.mb_per_s),
    );
    let all = middle(all_cores.iter().map(|s| s.mb_per_s));
    let speed_up = middle(
        turns
            .iter()
            .zip(&all_cores)
            .map(|((one, _, _), all)| all.mb_per_s / one.mb_per_s),
    );
    let _ = writeln!(report, "whole pipeline, 1 thread:    {:>8.1} MB/s", one);
    if !plain_only {
        let _ = writeln!(
            report,
            "  the plain release build, 1 thread: {:>8.1} MB/s (the profile: {:.2}× its speed)",
            middle(plain_turns.iter().map(|s| s.mb_per_s)),
            middle(
                turns
                    .iter()
                    .zip(&plain_turns)
                    .map(|((pgo, _, _), plain)| pgo.mb_per_s / plain.mb_per_s)
            )
        );
    }
    let _ = writeln!(
        report,
        "whole pipeline, {} threads:   {:>8.1} MB/s  ({:.2}× one thread)",
        cores(),
        all,
        speed_up
    );
    let _ = writeln!(
        report,
        "without the name tagger, 1 thread: {:>8.1} MB/s; the tagger itself (segmentation, \
         features, decoding, combination) runs at {:.1} MB/s",
        untagged, tagger
    );
    let _ = writeln!(
        report,
        "floor (read, normalize, one gazetteer automaton pass), 1 thread: {:>8.1} MB/s; \
         the pipeline takes {:.2}× the floor's time",
        floor, floor_multiple
    );
    // What the gazetteer costs in memory: the floor holds the three languages' matchers,
    // a run with no extractor holds none.
    let bare = stats(
        &khabar,
        &[
            "extract",
            "--threads",
            "1",
            "--stats",
            "--extractors",
            "none",
        ],
        Some(&small),
        None,
    )?;
    let _ = writeln!(
        report,
        "gazetteer memory (three matchers): {:.1} MB (peak RSS {:.1} MB with them, {:.1} MB with no extractor)",
        floor_peak - bare.peak_mb,
        floor_peak,
        bare.peak_mb
    );
    let streamed = stats(&khabar, &["extract", "--stats", "-"], None, Some(&corpus))?;
    let _ = writeln!(
        report,
        "peak RSS, corpus streamed through stdin: {:.1} MB",
        streamed.peak_mb
    );

    let startup = start_up(&khabar, "On 28 June 2021, 83 members met in Rome.")?;
    // A place no table but the towns' lists builds the towns index at its first use.
    let with_town = start_up(
        &khabar,
        "Clashes broke out in the village of Huwara near Nablus on 28 June 2021.",
    )?;
    let _ = writeln!(
        report,
        "start-up (process start to first output, one document): {:.1} ms; {:.1} ms for one \
         that names an unlisted town\n",
        startup * 1000.0,
        with_town * 1000.0
    );

    let _ = writeln!(
        report,
        "per extractor, 1 thread, {:.1} MB corpus:",
        mb(&small)
    );
    for id in extractor_ids(&khabar)? {
        let s = median(RUNS, || {
            stats(
                &khabar,
                &["extract", "--threads", "1", "--stats", "--extractors", &id],
                Some(&small),
                None,
            )
        })?;
        let _ = writeln!(report, "  {id:<22} {:>8.1} MB/s", s.mb_per_s);
    }

    let _ = writeln!(
        report,
        "\npathological inputs (one document each, its language given), whole pipeline, 1 thread;\n\
         time ratio is 10 MB over 2.5 MB (4 for linear time, 16 for quadratic):"
    );
    for (name, lang, unit) in pathological() {
        let mut runs = Vec::new();
        for size in [PATHOLOGICAL_SMALL, 4 * PATHOLOGICAL_SMALL] {
            // A unit with `|` is a prefix written once and the part after it repeated.
            let (prefix, unit) = unit.split_once('|').unwrap_or(("", unit));
            let text = format!("{prefix}{}", unit.repeat(size / unit.len()));
            let path = dir.join(format!("pathological-{name}-{size}.jsonl"));
            std::fs::write(&path, format!("{}\n", json_document(&text, Some(lang))))?;
            let s = median(RUNS, || {
                stats(
                    &khabar,
                    &["extract", "--threads", "1", "--stats"],
                    Some(&path),
                    None,
                )
            })?;
            runs.push((text.len() as f64 / 1e6, s));
        }
        let time = |(mb, s): &(f64, Stats)| mb / s.mb_per_s;
        let _ = writeln!(
            report,
            "  {name:<26} {lang}  {:>5.1} MB {:>7.1} MB/s   {:>5.1} MB {:>7.1} MB/s {:>7.1} MB peak   time ratio {:.1}",
            runs[0].0,
            runs[0].1.mb_per_s,
            runs[1].0,
            runs[1].1.mb_per_s,
            runs[1].1.peak_mb,
            time(&runs[1]) / time(&runs[0]),
        );
    }
    print!("{report}");
    std::fs::write(dir.join("report.txt"), &report)?;
    println!("\n(written to target/bench/report.txt; copy it into BENCHMARKS.md)");
    Ok(())
}

/// Writes a JSON Lines corpus of at least `size` bytes by cycling through every available
/// document; the same inputs always give the same file.
fn build_corpus(root: &Path, path: &Path, size: usize) -> Result<PathBuf> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() as usize >= size) {
        return Ok(path.to_owned());
    }
    let mut sources = vec![root.join("fixtures/seeds/seeds.jsonl")];
    let shared = root.join("../shared/eval");
    if shared.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&shared)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        sources.extend(files);
    }
    // Each source line is kept whole; only `text`, `lang`, `reference_date` and `prefer`
    // matter to khabar, the rest (gold entities) is dropped to keep the corpus about text.
    let mut documents = Vec::new();
    for source in sources {
        for line in std::fs::read_to_string(&source)?.lines() {
            if let Some(doc) = strip_to_document(line) {
                documents.push(doc);
            }
        }
    }
    if documents.is_empty() {
        bail!("no documents to build a corpus from");
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut written = 0;
    while written < size {
        for doc in &documents {
            out.write_all(doc.as_bytes())?;
            out.write_all(b"\n")?;
            written += doc.len() + 1;
        }
    }
    out.flush()?;
    Ok(path.to_owned())
}

/// Keeps a gold line's document fields, dropping `entities`, without a JSON library: the
/// gold files put `entities` last, so cut there.
fn strip_to_document(line: &str) -> Option<String> {
    let line = line.trim();
    if !line.starts_with('{') {
        return None;
    }
    match line
        .find(", \"entities\":")
        .or_else(|| line.find(",\"entities\":"))
    {
        Some(at) => Some(format!("{}}}", &line[..at])),
        None => Some(line.to_owned()),
    }
}

fn json_document(text: &str, lang: Option<&str>) -> String {
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(escaped, "\\u{:04x}", c as u32);
            }
            c => escaped.push(c),
        }
    }
    match lang {
        Some(lang) => format!("{{\"lang\":\"{lang}\",\"text\":\"{escaped}\"}}"),
        None => format!("{{\"text\":\"{escaped}\"}}"),
    }
}

/// Bytes of the smaller pathological document; the larger is four times as long.
const PATHOLOGICAL_SMALL: usize = 2_500_000;

/// The pathological families as (name, language, repeated unit).
fn pathological() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        ("digits, no separator", "en", "1234567890"),
        ("digit runs 1,000,…", "en", "1,000,"),
        ("digit groups apart by spaces 1 000 …", "en", "1 |000 "),
        ("digit runs 1.000.…", "en", "1.000."),
        ("number words", "en", "one thousand two hundred and five "),
        ("number words ألف", "ar", "ألف "),
        ("number words مليون", "ar", "مليون "),
        ("number words হাজার", "bn", "এক হাজার দুই শত "),
        ("month names", "en", "June "),
        ("month names حزيران", "ar", "حزيران "),
        ("month names জুন", "bn", "জুন "),
        ("dates", "en", "28 June 2021, "),
        ("days listed after a date", "en", "On March 5, |7, "),
        ("one place name", "en", "Iraq "),
        ("one place name العراق", "ar", "العراق "),
        ("one place name ইরাকের", "bn", "ইরাকের "),
        ("one long word", "en", "a"),
        ("one long word", "ar", "ب"),
        ("no spaces", "en", "IraqJune1,000"),
        ("no spaces", "ar", "العراق٢٠١٤مليون"),
    ]
}

struct Stats {
    mb_per_s: f64,
    peak_mb: f64,
}

/// Runs khabar with `--stats` and reads its figures from stderr.
fn stats(khabar: &Path, args: &[&str], file: Option<&Path>, stdin: Option<&Path>) -> Result<Stats> {
    let mut command = Command::new(khabar);
    command
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(file) = file {
        command.arg(file);
    }
    match stdin {
        Some(path) => command.stdin(std::fs::File::open(path)?),
        None => command.stdin(Stdio::null()),
    };
    let output = command.output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("stats:"))
        .with_context(|| format!("no stats from {args:?}: {stderr}"))?;
    let number_before = |unit: &str| -> Option<f64> {
        let at = line.find(unit)?;
        line[..at].trim_end().rsplit(' ').next()?.parse().ok()
    };
    let peak_mb = line
        .split_once("peak RSS ")
        .and_then(|(_, rest)| rest.trim_end_matches(" MB").trim().parse().ok());
    Ok(Stats {
        mb_per_s: number_before(" MB/s").unwrap_or(0.0),
        peak_mb: peak_mb.unwrap_or(0.0),
    })
}

/// The median time from starting `khabar` to its output for one English
/// document of `text`.
fn start_up(khabar: &Path, text: &str) -> Result<f64> {
    let line = format!("{}\n", json_document(text, None));
    median_seconds(10, || {
        let started = Instant::now();
        let mut child = Command::new(khabar)
            .args(["extract", "--lang", "en"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        child
            .stdin
            .take()
            .context("stdin")?
            .write_all(line.as_bytes())?;
        let output = child.wait_with_output()?;
        if output.stdout.is_empty() {
            bail!("no output");
        }
        Ok(started.elapsed().as_secs_f64())
    })
}

/// The median of `values` (the upper one of an even count).
fn middle(values: impl Iterator<Item = f64>) -> f64 {
    let mut all: Vec<f64> = values.collect();
    all.sort_by(f64::total_cmp);
    all.get(all.len() / 2).copied().unwrap_or(0.0)
}

fn median(runs: usize, mut measure: impl FnMut() -> Result<Stats>) -> Result<Stats> {
    let mut all = Vec::new();
    for _ in 0..runs {
        all.push(measure()?);
    }
    all.sort_by(|a, b| a.mb_per_s.total_cmp(&b.mb_per_s));
    Ok(all.swap_remove(runs / 2))
}

fn median_seconds(runs: usize, mut measure: impl FnMut() -> Result<f64>) -> Result<f64> {
    let all = (0..runs).map(|_| measure()).collect::<Result<Vec<f64>>>()?;
    Ok(middle(all.into_iter()))
}

fn extractor_ids(khabar: &Path) -> Result<Vec<String>> {
    let output = Command::new(khabar).arg("extractors").output()?;
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect())
}

fn mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}
