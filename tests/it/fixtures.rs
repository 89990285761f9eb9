//! Snapshots of `khabar extract` on every fixture under `fixtures/seeds` and
//! `fixtures/cases`, through one check function.
//!
//! Regenerate with `cargo xtask snapshots` and review the diff. Snapshot files are named
//! `extract@<fixture path>.snap`.

use std::path::Path;

use crate::support::{khabar, records, root};

/// Extracts from `fixture`, checks the output's invariants and snapshots it.
fn check(fixture: &Path) {
    let path = fixture.display().to_string();
    let outcome = khabar(&["extract", &path], "");
    assert_eq!(outcome.code, 0, "{path}: {}", outcome.stderr);
    let inputs: Vec<serde_json::Value> = std::fs::read_to_string(fixture)
        .expect("fixture is readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("fixture line is JSON"))
        .collect();
    let outputs = records(&outcome.stdout);
    assert_eq!(
        outputs.len(),
        inputs.len(),
        "{path}: one record per document"
    );
    for (input, output) in inputs.iter().zip(&outputs) {
        assert_eq!(input["id"], output["id"], "{path}: records in input order");
        let text: Vec<char> = input["text"].as_str().expect("text").chars().collect();
        for entity in output["entities"].as_array().expect("entities") {
            let (start, end) = (
                entity["start"].as_u64().expect("start") as usize,
                entity["end"].as_u64().expect("end") as usize,
            );
            assert!(
                start < end && end <= text.len(),
                "{path}: span {start}..{end} inside the text"
            );
            let slice: String = text[start..end].iter().collect();
            assert_eq!(
                entity["text"].as_str(),
                Some(slice.as_str()),
                "{path}: text is the code-point slice"
            );
        }
    }
    // One line per document header and per entity: diffs then show exactly what changed.
    let mut lines = Vec::new();
    for record in &outputs {
        lines.push(format!(
            "# {} {} {}",
            record["id"], record["lang"], record["reference_date"]
        ));
        for entity in record["entities"].as_array().into_iter().flatten() {
            lines.push(serde_json::to_string(entity).expect("JSON"));
        }
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(fixture);
    settings.bind(|| insta::assert_snapshot!("extract", lines.join("\n")));
}

#[test]
fn fixtures() {
    // Paths are relative to the workspace root so snapshots do not depend on the checkout.
    let root = root();
    std::env::set_current_dir(&root).expect("workspace root");
    insta::glob!("../../fixtures", "{seeds,cases}/**/*.jsonl", |path| {
        let relative = path
            .strip_prefix(root.canonicalize().expect("root"))
            .unwrap_or(path);
        check(relative);
    });
}
