//! `cargo xtask holidays`: regenerates the committed day lists of the holiday table,
//! `crates/dates/data/holiday_dates.toml`.
//!
//! The source is a pinned registry package (the `holidays` wheel from PyPI, fetched with
//! `pip download`), cached under `target/holidays-cache` and verified against its SHA-256
//! sum before anything is read, by [`crate::registry`] as for the gazetteer. The
//! parse step is `holidays.py` next to this file, which reads the package's calendar tables
//! as Python literals (nothing of the package runs). This file also rewrites the dates
//! section of `crates/dates/data/SOURCES`. Nothing here runs at build, test or run time.

use anyhow::Result;

use crate::registry::{Source, Task, regenerate};

const SOURCES: &[Source] = &[Source {
    registry: "pypi",
    package: "holidays",
    version: "0.108",
    file: "holidays-0.108-py3-none-any.whl",
    sha256: "5a08fdccd0b8737093d483ba0d0d9696560396d99d3fa6ef9264fd2ac48749c7",
    license: "MIT",
}];

pub(crate) const TASK: Task<'static> = Task {
    name: "holidays",
    sources: SOURCES,
    data: "crates/dates/data",
    script: "xtask/src/holidays.py",
    output: "holiday_dates.toml",
    provenance: "# read: holidays/calendars/{islamic,hebrew,hindu,chinese,buddhist}.py (the `*_DATES` tables \
             of their base calendar classes) -> holiday_dates.toml\n\
             # hand-curated, reviewed: holidays.toml (facts: names, fixed days and rules)\n",
};

pub(crate) fn run() -> Result<()> {
    regenerate(&TASK)
}
