//! Fuzzes every registered extractor on any UTF-8, in each language it is registered for:
//! no panic, every span non-empty, inside the text and on char boundaries, and the same
//! entities on a second run.

#![no_main]

use std::sync::OnceLock;

use khabar_core::{Date, Document, Extractor, Options, Prefer, Registration, registrations};
use libfuzzer_sys::fuzz_target;

// Links the plugin crates (the library names them all); without it their registrations vanish.
use khabar as _;

/// Every registered extractor, built once: building the gazetteer's automata per input
/// would leave no time for fuzzing.
static EXTRACTORS: OnceLock<Vec<(&'static Registration, Box<dyn Extractor>)>> = OnceLock::new();

fuzz_target!(|input: (u8, &str)| {
    let (selector, text) = input;
    let all = EXTRACTORS.get_or_init(|| {
        registrations()
            .into_iter()
            .filter_map(|r| Some((r, (r.build)(&mut Options::default()).ok()?)))
            .collect()
    });
    if all.is_empty() {
        return;
    }
    let (registration, extractor) = &all[selector as usize % all.len()];
    let lang = registration.lang().unwrap_or(khabar_core::Lang::UND);
    let prefer = if selector & 0x80 == 0 {
        Prefer::Past
    } else {
        Prefer::Future
    };
    let reference = (selector & 0x40 == 0).then(|| Date::constant(2021, 6, 29));
    let doc = Document::new(text.to_owned(), lang, reference, prefer);
    let mut first = Vec::new();
    extractor.extract(&doc, &mut |e| first.push(e));
    for entity in &first {
        let span = entity.span.clone();
        assert!(
            span.start < span.end && span.end <= text.len(),
            "{}: span {span:?}",
            registration.id
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{}: span {span:?}",
            registration.id
        );
    }
    let mut second = Vec::new();
    extractor.extract(&doc, &mut |e| second.push(e));
    assert_eq!(first, second, "{}: deterministic", registration.id);
});
