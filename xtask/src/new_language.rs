//! `cargo xtask new-language`: proves that a new language is a new crate plus manifest and
//! anchor lines, and no edit of shared logic.
//!
//! In a scratch copy of the workspace (under `target/`, the working tree untouched) it does
//! exactly what the README's recipe says and nothing else: copy `plugins/en` to
//! `plugins/zz`, rename the crate, replace the code `"en"` (and the `"en.` of its extractor
//! ids) by `"zz"`, add the crate to `[workspace.dependencies]`, give the `khabar` library a
//! `zz` feature for it, and add the anchor line. It then builds the CLI and checks that
//! `khabar extractors` lists `zz.*` and that `khabar extract --lang zz` finds numbers and
//! dates. Any other edit the recipe needed would make the build or the checks fail.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};

use crate::{cargo, run};

/// The scratch copy's place, inside the target directory so that nothing else sees it.
const SCRATCH: &str = "target/xtask-new-language";
const CODE: &str = "zz";

pub(crate) fn run_check(root: &Path) -> Result<()> {
    let scratch = root.join(SCRATCH);
    let _ = std::fs::remove_dir_all(&scratch);
    copy_tracked(root, &scratch)?;

    // 1. The new crate: a copy of the English plugin under the new code.
    let plugin = scratch.join("plugins").join(CODE);
    copy_dir(&scratch.join("plugins/en"), &plugin)?;
    edit(&plugin.join("Cargo.toml"), |s| {
        s.replacen(
            "name = \"khabar-en\"",
            &format!("name = \"khabar-{CODE}\""),
            1,
        )
    })?;
    for file in rust_files(&plugin.join("src"))? {
        edit(&file, |s| {
            s.replace("\"en\"", &format!("\"{CODE}\""))
                .replace("\"en.", &format!("\"{CODE}."))
        })?;
    }
    // 2. The manifest lines that name the crate.
    edit(&scratch.join("Cargo.toml"), |s| {
        s.replacen(
            "[workspace.dependencies]\n",
            &format!("[workspace.dependencies]\nkhabar-{CODE} = {{ path = \"plugins/{CODE}\" }}\n"),
            1,
        )
    })?;
    edit(&scratch.join("crates/khabar/Cargo.toml"), |s| {
        s.replacen(
            "default = [",
            &format!("default = [\"{CODE}\", "),
            1,
        )
        .replacen(
            "[dependencies]\n",
            &format!(
                "{CODE} = [\"dep:khabar-{CODE}\"]\n\n[dependencies]\nkhabar-{CODE} = {{ workspace = true, optional = true }}\n"
            ),
            1,
        )
    })?;
    // 3. The anchor line.
    edit(&scratch.join("crates/khabar/src/plugins.rs"), |s| {
        format!("{s}#[cfg(feature = \"{CODE}\")]\nuse khabar_{CODE} as _;\n")
    })?;

    // Build the CLI of the copy. Its binary goes to a target directory of its own, so the
    // real `target/debug/khabar` stays the real CLI; its intermediate files go to the real
    // build directory, where the registry dependencies the tests built are reused (the copy's
    // own crates lie at other paths, so cargo keeps them apart from the real ones). A clean
    // CI clone built every dependency again for this check: 2 minutes of 15. The setting
    // is Cargo 1.91's; an older Cargo falls back to the target directory, as before.
    run(cargo()
        .current_dir(&scratch)
        .env("CARGO_TARGET_DIR", root.join("target/new-language"))
        .env("CARGO_BUILD_BUILD_DIR", root.join("target"))
        .args(["build", "--quiet", "-p", "khabar-runner", "--bin", "khabar"]))?;
    let khabar = root.join("target/new-language/debug/khabar");

    let listed = output(Command::new(&khabar).arg("extractors"))?;
    for kind in ["dates", "numbers", "locations", "organizations"] {
        let id = format!("{CODE}.{kind}");
        ensure!(
            listed
                .lines()
                .any(|l| l.split_whitespace().next() == Some(id.as_str())),
            "`khabar extractors` does not list {id}:\n{listed}"
        );
    }
    let text = "On 28 June 2021 the fund paid $20 billion, 95% of it to three firms.";
    std::fs::write(scratch.join("input.txt"), text)?;
    let extracted = output(
        Command::new(&khabar)
            .args(["extract", "--lang", CODE, "--reference-date", "2021-06-29"])
            .arg(scratch.join("input.txt")),
    )?;
    // The record's fields are in a fixed order; each entity is one `{"kind":…}` object.
    ensure!(
        extracted.contains(&format!("\"lang\":\"{CODE}\"")),
        "lang is not {CODE}: {extracted}"
    );
    let entities: Vec<&str> = extracted.split("{\"kind\":").skip(1).collect();
    for (extractor, text) in [
        (format!("{CODE}.dates"), "28 June 2021"),
        (format!("{CODE}.numbers"), "$20 billion"),
        (format!("{CODE}.numbers"), "95%"),
    ] {
        ensure!(
            entities
                .iter()
                .any(|e| e.contains(&format!("\"text\":\"{text}\""))
                    && e.contains(&format!("\"extractor\":\"{extractor}\""))),
            "{extractor} did not find `{text}`: {extracted}"
        );
    }
    println!(
        "new-language: plugins/{CODE} (a copy of plugins/en) builds with one crate, its manifest lines and one anchor line; \
         `khabar extractors` lists {CODE}.*, and `khabar extract --lang {CODE}` found {} entities",
        entities.len()
    );
    std::fs::remove_dir_all(&scratch).ok();
    Ok(())
}

/// Copies the files git tracks or would track (untracked, not ignored) to `to`.
fn copy_tracked(root: &Path, to: &Path) -> Result<()> {
    let listed = output(Command::new("git").current_dir(root).args([
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]))?;
    for name in listed.split('\0').filter(|n| !n.is_empty()) {
        let from = root.join(name);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let dest = to.join(name);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&from, &dest).with_context(|| format!("copying {name}"))?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let dest = to.join(path.file_name().context("a file name")?);
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest)?;
        }
    }
    Ok(())
}

fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    Ok(files)
}

/// Rewrites a file; fails if the edit changed nothing, so a recipe step that no longer
/// applies is noticed.
fn edit(path: &Path, change: impl FnOnce(&str) -> String) -> Result<()> {
    let before = std::fs::read_to_string(path).with_context(|| format!("reading {path:?}"))?;
    let after = change(&before);
    if after == before {
        bail!("{}: the recipe's edit does not apply", path.display());
    }
    std::fs::write(path, after)?;
    Ok(())
}

fn output(command: &mut Command) -> Result<String> {
    let out = command
        .output()
        .with_context(|| format!("running {command:?}"))?;
    if !out.status.success() {
        bail!(
            "{command:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8(out.stdout)?)
}
