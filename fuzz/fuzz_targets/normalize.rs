//! Fuzzes the normalizer and its offset map: on any UTF-8, every normalized char boundary maps
//! to an original char boundary, starts never go backwards, ranges stay inside the text, and
//! normalizing twice changes nothing, with the folds of every language the library links. The
//! text's links (`khabar_core::links`) come out sorted, disjoint, non-empty and on char
//! boundaries.

#![no_main]

use khabar_core::NormalizedText;
use libfuzzer_sys::fuzz_target;

// Links the plugin crates: the normalizer folds what their languages register.
use khabar as _;

fuzz_target!(|original: &str| {
    let n = NormalizedText::new(original);
    let normalized = n.as_str();
    let boundaries: Vec<usize> = normalized
        .char_indices()
        .map(|(i, _)| i)
        .chain([normalized.len()])
        .collect();
    let mut previous = 0;
    for &at in &boundaries {
        let span = n.original_span(at..at);
        assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
        assert!(span.start >= previous, "offset map went backwards at {at}");
        previous = span.start;
    }
    for pair in boundaries.windows(2) {
        let span = n.original_span(pair[0]..pair[1]);
        assert!(span.start <= span.end && span.end <= original.len());
    }
    assert_eq!(
        NormalizedText::new(normalized).as_str(),
        normalized,
        "idempotent"
    );
    let mut links = Vec::new();
    khabar_core::links(original, &mut links);
    let mut end = 0;
    for link in &links {
        assert!(link.start >= end && link.start < link.end && link.end <= original.len());
        assert!(original.is_char_boundary(link.start) && original.is_char_boundary(link.end));
        end = link.end;
    }
});
