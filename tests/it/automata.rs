//! The committed ready-made matchers are current: the tables' records (`records.bin`) and,
//! for every language that has them, the automaton and the index are read at start-up
//! (their fingerprints are today's), and a fresh build from the tables writes the same
//! bytes, so neither a table or rule edit nor a change of the build code leaves a stale
//! file behind (`cargo xtask automata` rewrites them). A file that does not match is not
//! read: the matcher is built from the tables instead.

use khabar_gazetteer::{Gazetteer, LangRules, Matcher, ReadyMatcher, names_languages, tables};

#[test]
fn every_ready_made_matcher_is_current() {
    let stale = |what: &str| format!("{what} is stale: run `cargo xtask automata` and commit it");
    let gazetteer = Gazetteer::builtin().expect("built-in tables");
    assert!(
        gazetteer.records_file() == tables::RECORDS_BIN,
        "{}",
        stale("crates/gazetteer/data/records.bin")
    );
    let mut checked = 0;
    for rules in names_languages() {
        let Some(ready) = rules.ready else {
            continue;
        };
        let lang = rules.lang.as_str();
        let read = Matcher::ready(*rules)
            .unwrap_or_else(|| panic!("{lang}: {}", stale(ready.index_path)))
            .expect("the ready-made matcher assembles");
        assert!(
            read.automaton_ready_made(),
            "{lang}: {}",
            stale(ready.automaton_path)
        );
        let built = Matcher::new(
            gazetteer.clone(),
            LangRules {
                ready: None,
                ..*rules
            },
        )
        .expect("matcher");
        assert!(!built.automaton_ready_made());
        assert!(
            built.automaton_file() == ready.automaton,
            "{lang}: the automaton built today differs; {}",
            stale(ready.automaton_path)
        );
        assert!(
            built.index_file() == ready.index,
            "{lang}: the index built today differs; {}",
            stale(ready.index_path)
        );
        // What was read is what was built.
        assert!(read.index_file() == built.index_file());
        assert!(read.automaton_file() == built.automaton_file());
        checked += 1;
    }
    assert!(
        checked >= 3,
        "only {checked} languages have a ready-made matcher"
    );
}

/// An index that is cut short, or was built for other rules, is not read.
#[test]
fn a_ready_made_matcher_that_does_not_match_is_not_read() {
    for rules in names_languages() {
        let Some(ready) = rules.ready else {
            continue;
        };
        let leak = |bytes: Vec<u8>| -> &'static [u8] { Box::leak(bytes.into_boxed_slice()) };
        let cut: &'static ReadyMatcher = Box::leak(Box::new(ReadyMatcher {
            index: leak(ready.index[..ready.index.len() - 1].to_vec()),
            ..*ready
        }));
        assert!(
            Matcher::ready(LangRules {
                ready: Some(cut),
                ..*rules
            })
            .is_none()
        );
        let other = LangRules {
            stop_names: &["a name no table lists"],
            ..*rules
        };
        assert!(Matcher::ready(other).is_none(), "{}", rules.lang);
    }
}
