//! The one check machinery of the language plugins' name tests: a text, and every entity
//! the name extractors of the language find in it, compared as a sorted list so that a
//! missing, extra or mislinked name shows in the diff. [`check`] tests the tables and rules
//! (the tagger off); [`check_in_context`] the whole combination with the name tagger,
//! persons included.

use khabar_core::{Document, Extractor, Prefer, Value};

use crate::{EntityKind, LangRules, NameExtractor, shared_matcher};

/// One expected entity: kind (`"org"`, `"loc"` or `"per"`), the span's text, the canonical
/// name, and the reason's prefix (`gazetteer`, `pattern`, `tagger`, …).
pub type Expected<'a> = (&'a str, &'a str, &'a str, &'a str);

/// Runs `<lang>.organizations` and `<lang>.locations` over the built-in tables on each case,
/// with the tables and rules alone.
///
/// # Panics
/// On the first case whose entities differ, naming the text.
pub fn check(rules: &'static LangRules, cases: &[(&str, &[Expected<'_>])]) {
    run(rules, cases, false);
}

/// As [`check`], with the language's name tagger on and its persons too.
///
/// # Panics
/// On the first case whose entities differ, naming the text; when the language has no
/// trained tagger.
pub fn check_in_context(rules: &'static LangRules, cases: &[(&str, &[Expected<'_>])]) {
    assert!(
        shared_matcher(rules).is_ok_and(|m| m.has_tagger()),
        "{} has no trained name tagger",
        rules.lang
    );
    run(rules, cases, true);
}

fn run(rules: &'static LangRules, cases: &[(&str, &[Expected<'_>])], tagger: bool) {
    let matcher = shared_matcher(rules).expect("built-in tables load");
    let mut extractors = vec![
        NameExtractor::new(
            "test.organizations",
            EntityKind::Organization,
            rules,
            matcher.clone(),
        )
        .with_tagger(tagger),
        NameExtractor::new(
            "test.locations",
            EntityKind::Location,
            rules,
            matcher.clone(),
        )
        .with_tagger(tagger),
    ];
    if tagger {
        extractors.push(NameExtractor::new(
            "test.persons",
            EntityKind::Person,
            rules,
            matcher,
        ));
    }
    for (text, expected) in cases {
        let doc = Document::new((*text).to_owned(), rules.lang, None, Prefer::Past);
        let mut got = Vec::new();
        for extractor in &extractors {
            extractor.extract(&doc, &mut |e| {
                let (kind, value) = match &e.value {
                    Value::Organization(v) => ("org", v),
                    Value::Location(v) => ("loc", v),
                    Value::Person(v) => ("per", v),
                    _ => return,
                };
                let prefix = e.reason.split(':').next().unwrap_or_default();
                got.push((
                    kind,
                    text[e.span.clone()].to_owned(),
                    // A name with no English canonical is compared by its text, which is
                    // what the cases list for it.
                    value.canonical.unwrap_or(&text[e.span.clone()]).to_owned(),
                    prefix.to_owned(),
                ));
            });
        }
        got.sort();
        let mut want: Vec<_> = expected
            .iter()
            .map(|(k, t, c, r)| (*k, (*t).to_owned(), (*c).to_owned(), (*r).to_owned()))
            .collect();
        want.sort();
        assert_eq!(got, want, "in {text:?}");
    }
}

/// Each name the tables and rules find in `text` (tagger off) with its `canonical`, to test
/// that a name no table lists has an English canonical only when written in Latin script.
///
/// # Panics
/// When the built-in tables do not load.
pub fn canonicals(rules: &'static LangRules, text: &str) -> Vec<(String, Option<String>)> {
    let matcher = shared_matcher(rules).expect("built-in tables load");
    let doc = Document::new(text.to_owned(), rules.lang, None, Prefer::Past);
    let mut got = Vec::new();
    for kind in [EntityKind::Organization, EntityKind::Location] {
        let extractor =
            NameExtractor::new("test.names", kind, rules, matcher.clone()).with_tagger(false);
        extractor.extract(&doc, &mut |e| {
            if let Value::Organization(v) | Value::Location(v) = &e.value {
                got.push((
                    text[e.span.clone()].to_owned(),
                    v.canonical.map(str::to_owned),
                ));
            }
        });
    }
    got
}
