//! The committed ready-made name automata are current: for every language that has one, the
//! matcher over the built-in tables loads it (its keys are today's), and an automaton built
//! anew from those keys serializes to the same bytes, so neither a table or rule edit nor a
//! change of the build code leaves a stale file behind (`cargo xtask automata` rewrites them).

use khabar_gazetteer::{Gazetteer, LangRules, Matcher, names_languages};

#[test]
fn every_ready_made_automaton_is_current() {
    let gazetteer = Gazetteer::builtin().expect("built-in tables");
    let mut checked = 0;
    for rules in names_languages() {
        let Some(ready) = rules.automaton else {
            continue;
        };
        let lang = rules.lang.as_str();
        let stale = format!(
            "run `cargo xtask automata --lang {lang}` and commit {}",
            ready.path
        );
        let loaded = Matcher::new(gazetteer.clone(), *rules).expect("matcher");
        assert!(
            loaded.automaton_ready_made(),
            "{lang}: the ready-made automaton was built from other tables or rules; {stale}"
        );
        let built = Matcher::new(
            gazetteer.clone(),
            LangRules {
                automaton: None,
                ..*rules
            },
        )
        .expect("matcher");
        assert!(!built.automaton_ready_made());
        assert!(
            built.automaton_file() == ready.bytes,
            "{lang}: the automaton built today differs from the committed one; {stale}"
        );
        checked += 1;
    }
    assert!(
        checked >= 3,
        "only {checked} languages have a ready-made automaton"
    );
}
