//! Property tests of the whole pipeline on arbitrary text, on a small budget so every CI run
//! exercises them: one record per document, every span inside the text on character
//! boundaries with `text` equal to the slice, and the same output twice.
//!
//! The fuzz targets in `fuzz/` check the same invariants for much longer.

use proptest::prelude::*;

use crate::support::{khabar, records};

/// Text built from pieces that stress the extractors: digits of every script, separators,
/// Arabic and Bengali letters with marks, joiners, bidi controls and plain noise.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "1",
        "٣",
        "৩",
        "۵",
        ",",
        "٬",
        "٫",
        ".",
        "%",
        "٪",
        " ",
        "-",
        "\n",
        "و",
        "ال",
        "عام",
        "ألف",
        "مليون",
        "\u{064E}",
        "\u{0640}",
        "সাল",
        "হাজার",
        "টি",
        "য়",
        "\u{09BC}",
        "\u{200D}",
        "\u{202B}",
        "\u{FEFF}",
        "a",
        "COVID",
        "June",
        "\u{0301}",
        "\u{0}",
        "\u{1F600}",
        "ﻻ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn output_invariants_hold_on_any_text(texts in prop::collection::vec(text(), 1..4), lang in prop::sample::select(khabar_core::languages().iter().map(|l| l.lang.as_str()).collect::<Vec<_>>())) {
        let stdin: String = texts.iter().map(|t| format!("{}\n", serde_json::json!({ "text": t, "lang": lang, "reference_date": "2021-06-29" }))).collect();
        let first = khabar(&["extract"], &stdin);
        prop_assert_eq!(first.code, 0, "{}", first.stderr);
        let out = records(&first.stdout);
        prop_assert_eq!(out.len(), texts.len());
        for (text, record) in texts.iter().zip(&out) {
            let chars: Vec<char> = text.chars().collect();
            for entity in record["entities"].as_array().into_iter().flatten() {
                let start = entity["start"].as_u64().unwrap_or(u64::MAX) as usize;
                let end = entity["end"].as_u64().unwrap_or(u64::MAX) as usize;
                prop_assert!(start < end && end <= chars.len(), "span {}..{} in {:?}", start, end, text);
                let slice: String = chars[start..end].iter().collect();
                prop_assert_eq!(entity["text"].as_str(), Some(slice.as_str()));
                let (byte_start, byte_end) = (entity["byte_start"].as_u64().unwrap_or(0) as usize, entity["byte_end"].as_u64().unwrap_or(0) as usize);
                prop_assert_eq!(text.get(byte_start..byte_end), Some(slice.as_str()));
            }
        }
        let second = khabar(&["extract"], &stdin);
        prop_assert_eq!(first.stdout, second.stdout, "deterministic");
    }
}
