//! Fuzzes the whole pipeline on any UTF-8 text, sent as a JSON Lines document in each
//! language: exit status 0, one record, every entity's `text` equal to its code-point slice,
//! and the same output twice.

#![no_main]

use khabar_runner::cli::{Terminal, main};
use libfuzzer_sys::fuzz_target;

fn extract(stdin: &str) -> (u8, String) {
    let args = ["khabar", "extract", "--reference-date", "2021-06-29"]
        .map(String::from)
        .to_vec();
    let mut input = std::io::Cursor::new(stdin.as_bytes().to_vec());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = main(
        args,
        &mut input,
        &mut out,
        &mut err,
        Terminal { progress: false },
    );
    (code, String::from_utf8(out).expect("output is UTF-8"))
}

fuzz_target!(|text: &str| {
    for lang in ["en", "ar", "bn"] {
        let line = format!("{}\n", serde_json::json!({ "text": text, "lang": lang }));
        let (code, out) = extract(&line);
        assert_eq!(code, 0);
        let records: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect();
        assert_eq!(records.len(), 1);
        let chars: Vec<char> = text.chars().collect();
        for entity in records[0]["entities"].as_array().expect("entities") {
            let (start, end) = (
                entity["start"].as_u64().expect("start") as usize,
                entity["end"].as_u64().expect("end") as usize,
            );
            assert!(start < end && end <= chars.len());
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(entity["text"].as_str(), Some(slice.as_str()));
        }
        assert_eq!(extract(&line), (code, out), "deterministic");
    }
});
