//! The one check function of the language plugins' name tests: a text, and every entity
//! both name extractors of the language find in it, compared as a sorted list so that a
//! missing, extra or mislinked name shows in the diff.

use khabar_core::{Document, Extractor, Prefer, Value};

use crate::{EntityKind, LangRules, NameExtractor, shared_matcher};

/// One expected entity: kind (`"org"` or `"loc"`), the span's text, the canonical name, and
/// the reason's prefix (`gazetteer`, `pattern`, …).
pub type Expected<'a> = (&'a str, &'a str, &'a str, &'a str);

/// Runs `<lang>.organizations` and `<lang>.locations` over the built-in tables on each case.
///
/// # Panics
/// On the first case whose entities differ, naming the text.
pub fn check(rules: &'static LangRules, cases: &[(&str, &[Expected<'_>])]) {
    let matcher = shared_matcher(rules).expect("built-in tables load");
    let extractors = [
        NameExtractor::new(
            "test.organizations",
            EntityKind::Organization,
            rules,
            matcher.clone(),
        ),
        NameExtractor::new("test.locations", EntityKind::Location, rules, matcher),
    ];
    for (text, expected) in cases {
        let doc = Document::new((*text).to_owned(), rules.lang, None, Prefer::Past);
        let mut got = Vec::new();
        for extractor in &extractors {
            extractor.extract(&doc, &mut |e| {
                let (kind, value) = match &e.value {
                    Value::Organization(v) => ("org", v),
                    Value::Location(v) => ("loc", v),
                    _ => return,
                };
                let prefix = e.reason.split(':').next().unwrap_or_default();
                got.push((
                    kind,
                    text[e.span.clone()].to_owned(),
                    value.canonical.to_owned(),
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
