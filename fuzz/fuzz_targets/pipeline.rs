//! Fuzzes the whole pipeline on any UTF-8 text, sent as a JSON Lines document in each
//! language: exit status 0, one record, every entity's `text` equal to its code-point slice,
//! and the same output twice.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use khabar_runner::{Input, InputKind, Overrides, Plan, pipeline};
use libfuzzer_sys::fuzz_target;

/// The plan of `khabar extract --reference-date 2021-06-29`, built once: building every
/// extractor per input would leave no time for fuzzing.
static PLAN: OnceLock<Plan> = OnceLock::new();

fn extract(stdin: &str) -> (u8, String) {
    let plan = PLAN.get_or_init(|| {
        let overrides = Overrides {
            reference_date: Some("2021-06-29".to_owned()),
            threads: Some(1),
            ..Overrides::default()
        };
        Plan::new(None, &overrides).expect("the default plan builds")
    });
    let inputs = vec![Input {
        path: PathBuf::from("-"),
        kind: InputKind::Stdin,
    }];
    let mut input = std::io::Cursor::new(stdin.as_bytes().to_vec());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let summary = pipeline::run(plan, inputs, &mut input, &mut out, &mut err, &mut |_| {})
        .expect("writing to memory cannot fail");
    let code = u8::from(summary.failed > 0);
    (code, String::from_utf8(out).expect("output is UTF-8"))
}

fuzz_target!(|text: &str| {
    for language in khabar_core::languages() {
        let lang = language.lang.as_str();
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
