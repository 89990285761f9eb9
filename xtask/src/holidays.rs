//! `cargo xtask holidays`: regenerates the committed day lists of the holiday table,
//! `crates/dates/data/holiday_dates.toml`.
//!
//! The source is a pinned registry package (the `holidays` wheel from PyPI, fetched with
//! `pip download`), cached under `target/holidays-cache` and verified against its SHA-256
//! sum before anything is read; the fetch, check and unpack steps are the gazetteer's. The
//! parse step is `holidays.py` next to this file, which reads the package's calendar tables
//! as Python literals (nothing of the package runs). This file also rewrites the dates
//! section of `crates/dates/data/SOURCES`. Nothing here runs at build, test or run time.

use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::gazetteer::{Source, fetch, unpack, verify, workspace_root};

const SOURCES: &[Source] = &[Source {
    registry: "pypi",
    package: "holidays",
    version: "0.108",
    file: "holidays-0.108-py3-none-any.whl",
    sha256: "5a08fdccd0b8737093d483ba0d0d9696560396d99d3fa6ef9264fd2ac48749c7",
    license: "MIT",
}];

pub(crate) fn run() -> Result<()> {
    let root = workspace_root();
    let cache = root.join("target/holidays-cache");
    let unpacked = cache.join("unpacked");
    std::fs::create_dir_all(&unpacked).with_context(|| format!("creating {}", cache.display()))?;
    for source in SOURCES {
        let file = cache.join(source.file);
        if !file.exists() {
            fetch(source, &cache)?;
        }
        verify(source, &file)?;
        unpack(&file, &unpacked)?;
    }
    let data = root.join("crates/dates/data");
    let script = root.join("xtask/src/holidays.py");
    let status = Command::new("python3")
        .arg(&script)
        .arg(&unpacked)
        .arg(data.join("holiday_dates.toml"))
        .status()
        .context("running python3 (the parse step)")?;
    if !status.success() {
        bail!("{} failed: {status}", script.display());
    }
    write_sources(&data.join("SOURCES"))
}

fn write_sources(path: &std::path::Path) -> Result<()> {
    let mut text = String::from(
        "# Registry packages `cargo xtask holidays` reads (see NOTICE for attributions).\n\
         # registry\tpackage\tversion\tfile\tsha256\tlicense\n",
    );
    for s in SOURCES {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            s.registry, s.package, s.version, s.file, s.sha256, s.license
        ));
    }
    text.push_str(
        "# read: holidays/calendars/{islamic,hebrew,hindu,chinese,buddhist}.py (the `*_DATES` tables \
         of their base calendar classes) -> holiday_dates.toml\n\
         # hand-curated, reviewed: holidays.toml (facts: names, fixed days and rules)\n",
    );
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}
