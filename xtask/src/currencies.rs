//! `cargo xtask currencies`: regenerates the committed currency table of `khabar-numerals`.
//!
//! The sources are the pinned npm packages `cldr-numbers-full` and `cldr-core` (Unicode
//! CLDR), fetched with `npm pack`, cached, verified and unpacked by [`crate::registry`]. The
//! parse step is `currencies.py` next to this file; it writes
//! `crates/numerals/data/currencies.tsv` (every ISO 4217 code with its symbols and its names,
//! singular and plural, in en, ar and bn) and `territory-currencies.tsv` (each territory's
//! tenders and its current one).

use anyhow::Result;

use crate::registry::{Source, Task, regenerate};

const SOURCES: &[Source] = &[
    Source {
        registry: "npm",
        package: "cldr-numbers-full",
        version: "48.2.0",
        file: "cldr-numbers-full-48.2.0.tgz",
        sha256: "2d17a1453c559a62112caeed52e0bcfe3cb8539c99d239ae7b7ed4d0827679d9",
        license: "Unicode-3.0",
    },
    Source {
        registry: "npm",
        package: "cldr-core",
        version: "48.2.0",
        file: "cldr-core-48.2.0.tgz",
        sha256: "5310e0c7a06c1feb83dc8e54c8584bbe0b9c2ea8320172a18d541986b124585d",
        license: "Unicode-3.0",
    },
];

pub(crate) const TASK: Task<'static> = Task {
    name: "currencies",
    sources: SOURCES,
    data: "crates/numerals/data",
    script: "xtask/src/currencies.py",
    output: "currencies.tsv",
    provenance: "# hand-curated, reviewed: currencies-news.tsv (news forms CLDR lacks, each with its reason)\n",
};

pub(crate) fn run() -> Result<()> {
    regenerate(&TASK)
}
