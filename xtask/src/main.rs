//! Project chores, run as `cargo xtask <task>` (the alias is in `.cargo/config.toml`).
//!
//! - `snapshots`: regenerate every insta snapshot, delete orphaned ones, prove the tree is
//!   stable, and show what changed for review;
//! - `dist`: build the CLI with profile-guided optimization, trained on the fixtures, into
//!   `target/pgo/optimized/release/khabar` (see `dist.rs`);
//! - `bench`: build a ≥100 MB mixed corpus deterministically and measure that binary, with
//!   the plain release build beside it (see BENCHMARKS.md);
//! - `gazetteer`: regenerate the gazetteer tables from pinned registry packages;
//! - `currencies`: regenerate the CLDR currency table of `khabar-numerals` from a pinned package;
//! - `holidays`: regenerate the holiday table's generated day lists from a pinned package;
//! - `test`: every test, Rust and Python: `cargo test --workspace` with the Parquet feature,
//!   the Python package's tests, the Spark recipe's check, and `new-language`;
//! - `new-language`: copy `plugins/en` to a new code in a scratch workspace, add only the
//!   manifest and anchor lines, and check the CLI lists and runs it;
//! - `loadtest`: `khabar serve` on loopback under four times the clients it admits, then
//!   100,000 requests with its memory sampled (see `loadtest.rs`);
//! - `eval`: print the SPEC §3 table for `fixtures/gold/` and, when it exists, for every
//!   `../shared/eval/*.gold.jsonl` (those files are read in place, never copied).
//!
//! Only cargo and the standard library are needed for every task but `gazetteer`,
//! `holidays` and `currencies`, which also need python3 and pip (and npm, for the gazetteer
//! and the currencies) to fetch and
//! unpack their pinned packages.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

mod bench;
mod currencies;
mod dist;
mod gazetteer;
mod holidays;
mod loadtest;
mod new_language;
mod registry;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("snapshots") => snapshots(&root),
        Some("eval") => eval(&root, &args[1..]),
        Some("bench") => bench::run(&root, &args[1..]),
        Some("dist") => dist::run(&root),
        Some("gazetteer") => gazetteer::run(),
        Some("currencies") => currencies::run(),
        Some("holidays") => holidays::run(),
        Some("new-language") => new_language::run_check(&root),
        Some("test") => test(&root),
        Some("loadtest") => loadtest::run(&root, &args[1..]),
        Some("automata") => run(automata_command().args(&args[1..])),
        Some("train") => run(cargo()
            .args(["run", "--release", "--quiet", "-p", "khabar-train", "--"])
            .args(&args[1..])),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\ntasks:\n  snapshots   regenerate insta snapshots and show the diff\n  gazetteer   regenerate the gazetteer tables (needs python3, pip, npm)\n  currencies  regenerate the CLDR currency table (needs python3, npm)\n  holidays    regenerate the holiday day lists (needs python3, pip)\n  test        every test: Rust (with Parquet), the Python package, the Spark recipe, new-language\n  new-language  prove a copy of plugins/en under a new code builds and extracts with no shared edit\n  dist        the CLI built with profile-guided optimization (needs rustup's llvm-tools)\n  bench [--quick] [--plain]\n              the throughput, start-up and memory benchmark of that build (--plain: of the\n              plain release build; --quick: a tenth of the corpus; BENCHMARKS.md)\n  loadtest [--max-inflight N] [--seconds S] [--requests N]\n              khabar serve on loopback: overload, latency, memory over many requests\n  automata [--lang CODE]
              write the ready-made name automata over the built-in tables (after a table
              or a language's name rules change; `cargo test` says when)
  train [--lang CODE] [--epochs N] [--bits N]\n              train the name taggers from ../shared/train, write the plugins' models\n  eval [ARGS] the SPEC §3 tables for fixtures/gold and ../shared/eval (extra ARGS go to khabar eval)"
            );
            bail!("no task given")
        }
    }
}

/// `cargo xtask automata`: the ready-made name automata, written by `khabar-train`, which
/// links every plugin.
fn automata_command() -> Command {
    let mut command = cargo();
    command.args([
        "run",
        "--release",
        "--quiet",
        "-p",
        "khabar-train",
        "--",
        "automata",
    ]);
    command
}

/// Rewrites every language's ready-made name automaton.
pub(crate) fn automata() -> Result<()> {
    run(&mut automata_command())
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// `cargo build --release` of the CLI into `target_dir` (the workspace's `target/` for the
/// plain build), with `flags` added to any
/// `RUSTFLAGS` the caller set; the binary's path.
pub(crate) fn release_cli(target_dir: &Path, flags: &str) -> Result<PathBuf> {
    let mut command = cargo();
    command.args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "khabar-runner",
        "--bin",
        "khabar",
    ]);
    command.env("CARGO_TARGET_DIR", target_dir);
    if !flags.is_empty() {
        let mut all = std::env::var("RUSTFLAGS").unwrap_or_default();
        if !all.is_empty() {
            all.push(' ');
        }
        all.push_str(flags);
        command.env("RUSTFLAGS", all);
    }
    run(&mut command)?;
    Ok(target_dir.join("release/khabar"))
}

pub(crate) fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .with_context(|| format!("running {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed with {status}");
    }
    Ok(())
}

/// Every test of the project, as the README's test command and CI run them. The Python and
/// Spark steps reuse the dev build the Rust tests made; they need python3 with venv and pip.
fn test(root: &Path) -> Result<()> {
    run(cargo().args(["test", "--workspace", "--features", "khabar-runner/parquet"]))?;
    run(Command::new("bash").arg(root.join("bindings/python/run-tests")))?;
    run(Command::new("bash")
        .arg(root.join("examples/run-checks"))
        .arg("spark"))?;
    new_language::run_check(root)
}

fn snapshots(root: &Path) -> Result<()> {
    let references = root.join("target/insta-references.txt");
    let _ = std::fs::remove_file(&references);
    let mut stale = Vec::new();
    find_files(&root.join("tests"), &mut stale, &|name| {
        name.ends_with(".snap.new") || name.ends_with(".pending-snap")
    })?;
    for path in stale {
        std::fs::remove_file(path)?;
    }
    // 1. Regenerate, recording every snapshot the tests assert.
    run(cargo()
        .args(["test", "--workspace", "--quiet"])
        .env("INSTA_UPDATE", "always")
        .env("INSTA_FORCE_PASS", "1")
        .env("INSTA_SNAPSHOT_REFERENCES_FILE", &references)
        .env_remove("CI"))?;
    // 2. Delete snapshots no test asserted (their fixture or test is gone).
    let referenced = std::fs::read_to_string(&references).unwrap_or_default();
    let referenced: Vec<PathBuf> = referenced
        .lines()
        .map(|l| PathBuf::from(l.trim()))
        .collect();
    let mut all = Vec::new();
    find_files(&root.join("tests"), &mut all, &|name| {
        name.ends_with(".snap")
    })?;
    for path in all {
        let absolute = path.canonicalize()?;
        if !referenced
            .iter()
            .any(|r| r.canonicalize().is_ok_and(|r| r == absolute))
        {
            println!("removing orphaned snapshot {}", path.display());
            std::fs::remove_file(&path)?;
        }
    }
    // 3. Prove the tree is stable, as CI will see it.
    run(cargo()
        .args(["test", "--workspace", "--quiet"])
        .env("INSTA_UPDATE", "no"))?;
    // 4. Show what changed, for review.
    run(Command::new("git").args(["status", "--short", "--", "tests"]))?;
    Ok(())
}

/// Every file under `dir` (none if it is no directory) whose name `wanted` accepts, pushed
/// to `found` in directory order.
pub(crate) fn find_files(
    dir: &Path,
    found: &mut Vec<PathBuf>,
    wanted: &dyn Fn(&str) -> bool,
) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            find_files(&path, found, wanted)?;
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(wanted)
        {
            found.push(path);
        }
    }
    Ok(())
}

fn eval(root: &Path, extra: &[String]) -> Result<()> {
    let khabar = release_cli(&root.join("target"), "")?;
    let mut golds = vec![root.join("fixtures/gold/seeds.gold.jsonl")];
    // The held-out splits `cargo xtask train` keeps of the training corpora.
    let heldout = root.join("target/heldout");
    if heldout.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&heldout)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".gold.jsonl")))
            .collect();
        files.sort();
        golds.extend(files);
    }
    let shared = root.join("../shared/eval");
    if shared.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&shared)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".gold.jsonl")))
            .collect();
        files.sort();
        golds.extend(files);
    } else {
        println!("(../shared/eval not found: only the bundled gold is scored)");
    }
    for gold in golds {
        println!();
        run(Command::new(&khabar)
            .arg("eval")
            .arg("--gold")
            .arg(&gold)
            .args(extra))?;
    }
    Ok(())
}
