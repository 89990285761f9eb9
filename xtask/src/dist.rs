//! `cargo xtask dist`: the `khabar` binary built with profile-guided optimization.
//!
//! An instrumented build counts how often each branch and call runs while it extracts the
//! bundled fixtures many times over and serves requests on loopback; `llvm-profdata` merges
//! the counts; the binary is built again with them, so that the compiler lays out and
//! inlines the hot paths as they run on news. The builds live in `target/pgo/`, apart
//! from the plain release build, and the training input is the repository's own fixtures,
//! never an evaluation text. Before it names the binary, the task checks that it writes
//! exactly what the plain release build writes on the training input: the optimization may
//! change speed, never output.
//!
//! `llvm-profdata` must read the format of this rustc's LLVM, so it is taken from rustup's
//! `llvm-tools` component of the active toolchain.

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::run as run_command;

/// How many times the training input repeats the fixtures: enough that the per-document
/// paths, not start-up, hold most of the counts (about 7 MB of text).
const REPEATS: usize = 200;

/// Requests the instrumented server answers.
const REQUESTS: usize = 600;

pub(crate) fn run(root: &Path) -> Result<()> {
    let binary = build(root)?;
    println!("{}", binary.display());
    Ok(())
}

/// Builds the profile-guided binary and returns its path.
pub(crate) fn build(root: &Path) -> Result<PathBuf> {
    let profdata = llvm_profdata()?;
    let dir = root.join("target/pgo");
    let counts = dir.join("counts");
    std::fs::create_dir_all(&counts)?;
    let counts = counts.canonicalize()?;

    eprintln!("dist: instrumented build");
    let instrumented = crate::release_cli(
        &dir.join("instrumented"),
        &format!("-Cprofile-generate={}", counts.display()),
    )?;
    let input = training_input(root, &dir.join("train.jsonl"))?;
    // The profile is named after what made it, the instrumented binary and the training
    // input: cargo rebuilds when the flags change, not when a file they name does, so a new
    // profile needs a new name; and when neither changed, the last one is still right and
    // the training run is skipped.
    let mut hasher = DefaultHasher::new();
    hasher.write(&std::fs::read(&instrumented)?);
    hasher.write(&std::fs::read(&input)?);
    hasher.write_usize(REQUESTS);
    let profile = dir.join(format!("khabar-{:016x}.profdata", hasher.finish()));
    if !profile.is_file() {
        // Counts of earlier runs, and of the build scripts and macros the instrumented
        // build ran, go.
        std::fs::remove_dir_all(&counts)?;
        std::fs::create_dir_all(&counts)?;
        eprintln!("dist: training run ({})", input.display());
        let counts_file = counts.join("khabar-%p.profraw");
        run_command(
            Command::new(&instrumented)
                .args(["extract", "--threads", "1"])
                .arg(&input)
                .env("LLVM_PROFILE_FILE", &counts_file)
                .stdout(Stdio::null()),
        )?;
        crate::loadtest::exercise(&instrumented, REQUESTS, &counts_file)?;
        let merged = dir.join("merged.profdata");
        run_command(
            Command::new(&profdata)
                .arg("merge")
                .arg("-o")
                .arg(&merged)
                .arg(&counts),
        )?;
        for old in std::fs::read_dir(&dir)? {
            let old = old?.path();
            if old
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("khabar-") && n.ends_with(".profdata"))
            {
                std::fs::remove_file(old)?;
            }
        }
        std::fs::rename(&merged, &profile)?;
    }

    eprintln!("dist: optimized build");
    let optimized = crate::release_cli(
        &dir.join("optimized"),
        &format!("-Cprofile-use={}", profile.canonicalize()?.display()),
    )?;

    eprintln!("dist: checking the output against the plain release build");
    let plain = crate::release_cli(&root.join("target"), "")?;
    let output = |binary: &Path| -> Result<Vec<u8>> {
        let out = Command::new(binary)
            .args(["extract", "--threads", "1"])
            .arg(&input)
            .stderr(Stdio::inherit())
            .output()
            .with_context(|| format!("running {}", binary.display()))?;
        if !out.status.success() {
            bail!("{} failed with {}", binary.display(), out.status);
        }
        Ok(out.stdout)
    };
    if output(&optimized)? != output(&plain)? {
        bail!(
            "{} writes other output than {} on {}",
            optimized.display(),
            plain.display(),
            input.display()
        );
    }
    Ok(optimized)
}

/// The documents of the bundled fixtures (every JSON Lines file under `fixtures/seeds` and
/// `fixtures/cases`; not the gold), `REPEATS` times, written to `path`; the same repository
/// always gives the same file.
fn training_input(root: &Path, path: &Path) -> Result<PathBuf> {
    let mut files = Vec::new();
    let jsonl = |name: &str| name.ends_with(".jsonl");
    crate::find_files(&root.join("fixtures/seeds"), &mut files, &jsonl)?;
    crate::find_files(&root.join("fixtures/cases"), &mut files, &jsonl)?;
    files.sort();
    let mut once = String::new();
    for file in &files {
        let text = std::fs::read_to_string(file)?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            once.push_str(line);
            once.push('\n');
        }
    }
    if once.is_empty() {
        bail!("no fixture documents under fixtures/seeds and fixtures/cases");
    }
    std::fs::write(path, once.repeat(REPEATS))?;
    Ok(path.to_owned())
}

/// The `llvm-profdata` of the active toolchain's `llvm-tools` component.
fn llvm_profdata() -> Result<PathBuf> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let ask = |args: &[&str]| -> Result<String> {
        let out = Command::new(&rustc)
            .args(args)
            .output()
            .with_context(|| format!("running {rustc}"))?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let sysroot = ask(&["--print", "sysroot"])?;
    let version = ask(&["-vV"])?;
    let host = version
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .context("rustc -vV names no host")?;
    let tool = Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(host.trim())
        .join("bin/llvm-profdata");
    if !tool.is_file() {
        bail!(
            "{} not found: profile-guided builds need rustup's llvm-tools component \
             (`rustup component add llvm-tools`)",
            tool.display()
        );
    }
    Ok(tool)
}
