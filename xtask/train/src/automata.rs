//! `cargo xtask automata`: writes the ready-made matchers over the built-in tables: the
//! tables' records (`crates/gazetteer/data/records.bin`) and, for each registered language
//! that has a `LangRules::ready`, its automaton (`names.automaton`) and index
//! (`names.index`), where the plugin embeds them; start-up then reads them instead of
//! parsing the tables and building the matchers. Same tables, rules and code give the same
//! bytes; `cargo test` fails while a committed file no longer matches them.

use std::fs;

use anyhow::{Context, Result};
use khabar_gazetteer::{Gazetteer, LangRules, Matcher, RECORDS_PATH, names_languages};

/// Writes `bytes` to `path`, saying what was done.
fn write(what: &str, path: &str, old: &[u8], bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).with_context(|| format!("writing {path}"))?;
    let done = if old == bytes { "unchanged" } else { "written" };
    println!("{what}: {:.2} MB, {done}: {path}", bytes.len() as f64 / 1e6);
    Ok(())
}

/// Writes the records and the files of every registered language that has ready-made
/// ones (of the languages in `only`, when it is not empty).
pub(crate) fn write_all(only: &[String]) -> Result<()> {
    let gazetteer = Gazetteer::builtin().map_err(|e| anyhow::anyhow!("{e}"))?;
    let old = fs::read(RECORDS_PATH).unwrap_or_default();
    write("records", RECORDS_PATH, &old, &gazetteer.records_file())?;
    for rules in names_languages() {
        let code = rules.lang.as_str();
        if !only.is_empty() && !only.iter().any(|o| o == code) {
            continue;
        }
        let Some(ready) = rules.ready else {
            println!("{code}: no ready-made matcher configured, skipped");
            continue;
        };
        // Built, never read: the files must not depend on the ones they replace.
        let matcher = Matcher::new(
            gazetteer.clone(),
            LangRules {
                ready: None,
                tagger: None,
                ..*rules
            },
        )?;
        let what = format!("{code} automaton ({} patterns)", matcher.pattern_count());
        write(
            &what,
            ready.automaton_path,
            ready.automaton,
            &matcher.automaton_file(),
        )?;
        let what = format!("{code} index");
        write(&what, ready.index_path, ready.index, &matcher.index_file())?;
    }
    Ok(())
}
