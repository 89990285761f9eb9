//! `cargo xtask automata`: writes each registered language's name automaton over the
//! built-in tables where its plugin embeds it (`LangRules::automaton`), so that start-up
//! loads it instead of building it. Same tables, rules and code give the same bytes;
//! `cargo test` fails while a committed file no longer matches them.

use std::fs;

use anyhow::{Context, Result};
use khabar_gazetteer::{Gazetteer, LangRules, Matcher, names_languages};

/// Writes the automaton of every registered language that has a ready-made file (of the
/// languages in `only`, when it is not empty).
pub(crate) fn write(only: &[String]) -> Result<()> {
    let gazetteer = Gazetteer::builtin().map_err(|e| anyhow::anyhow!("{e}"))?;
    for rules in names_languages() {
        let code = rules.lang.as_str();
        if !only.is_empty() && !only.iter().any(|o| o == code) {
            continue;
        }
        let Some(ready) = rules.automaton else {
            println!("{code}: no ready-made automaton configured, skipped");
            continue;
        };
        // Built, never loaded: the file must not depend on the one it replaces.
        let matcher = Matcher::new(
            gazetteer.clone(),
            LangRules {
                automaton: None,
                tagger: None,
                ..*rules
            },
        )?;
        let bytes = matcher.automaton_file();
        let unchanged = ready.bytes == bytes.as_slice();
        fs::write(ready.path, &bytes).with_context(|| format!("writing {}", ready.path))?;
        println!(
            "{code}: {} patterns, {:.2} MB, {} {}",
            matcher.pattern_count(),
            bytes.len() as f64 / 1e6,
            if unchanged { "unchanged" } else { "written to" },
            ready.path
        );
    }
    Ok(())
}
