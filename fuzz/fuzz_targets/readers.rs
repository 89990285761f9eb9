//! Fuzzes the input readers with arbitrary bytes on stdin: the run never panics, exits 0 or
//! 1, and writes exactly one record per document, where a document is each non-blank line
//! when the stream looks like JSON Lines and the whole stream otherwise.

#![no_main]

use khabar_runner::cli::{Terminal, main};
use libfuzzer_sys::fuzz_target;

/// How many documents khabar should see in `bytes` (the rule in RELIABILITY.md).
fn expected_documents(bytes: &[u8]) -> usize {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let jsonl = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_none_or(|&b| b == b'{');
    if !jsonl {
        return 1;
    }
    body.split(|&b| b == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .count()
}

fuzz_target!(|bytes: &[u8]| {
    for lossy in [false, true] {
        let mut args = vec![
            "khabar".to_owned(),
            "extract".to_owned(),
            "--lang".to_owned(),
            "en".to_owned(),
            // The readers are under test, not the extractors: the cheapest one keeps every
            // run's plan fast to build.
            "--extractors".to_owned(),
            "en.numbers".to_owned(),
        ];
        if lossy {
            args.push("--lossy".to_owned());
        }
        let mut input = std::io::Cursor::new(bytes.to_vec());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = main(
            args,
            &mut input,
            &mut out,
            &mut err,
            Terminal { progress: false },
        );
        assert!(code == 0 || code == 1, "exit status {code}");
        let out = String::from_utf8(out).expect("output is UTF-8");
        assert_eq!(
            out.lines().count(),
            expected_documents(bytes),
            "one record per document"
        );
        for line in out.lines() {
            let record: serde_json::Value =
                serde_json::from_str(line).expect("each record is JSON");
            assert!(record["entities"].is_array());
        }
    }
});
