//! Hostile input: whatever khabar is given, it never panics or hangs, every input document
//! yields exactly one record, and the exit status says whether any failed.
//!
//! The behaviour for each case is documented in RELIABILITY.md: malformed or undecodable
//! documents become error records (exit 1) and the rest go on; everything else is processed.

use crate::support::{khabar, records, scratch};

/// Runs `khabar extract ARGS` on `stdin` and checks the exit status and the record count.
#[track_caller]
fn check(args: &[&str], stdin: &str, code: u8, documents: usize) -> Vec<serde_json::Value> {
    let mut argv = vec!["extract"];
    argv.extend_from_slice(args);
    let outcome = khabar(&argv, stdin);
    assert_eq!(outcome.code, code, "stderr: {}", outcome.stderr);
    let out = records(&outcome.stdout);
    assert_eq!(out.len(), documents, "one record per document");
    for record in &out {
        assert!(
            record["entities"].is_array(),
            "every record has entities: {record}"
        );
    }
    out
}

fn jsonl(texts: &[&str]) -> String {
    texts
        .iter()
        .map(|t| format!("{}\n", serde_json::json!({ "text": t, "lang": "en" })))
        .collect()
}

#[test]
fn empty_and_blank_documents_are_processed() {
    let out = check(&[], &jsonl(&["", " ", "\n\t\r\n"]), 0, 3);
    assert!(out.iter().all(|r| r["entities"] == serde_json::json!([])));
    // An empty or blank stream holds no documents (it could be JSON Lines with none).
    check(&[], "", 0, 0);
    check(&["--lang", "en"], "  \n ", 0, 0);
    // An empty .txt file is one empty document.
    let empty = scratch("empty.txt", b"");
    check(&["--lang", "en", &empty], "", 0, 1);
}

#[test]
fn control_characters_bom_and_crlf() {
    let out = check(
        &[],
        &jsonl(&[
            "a\u{0}b 5\u{0}6",
            "\u{FEFF}7 items",
            "x \u{202B}٥\u{202C} and \u{200F}12",
            "5\u{0301} and 7",
        ]),
        0,
        4,
    );
    assert_eq!(out[0]["entities"].as_array().map(Vec::len), Some(2));
    assert_eq!(out[1]["entities"][0]["text"], "7");
    assert_eq!(
        out[2]["entities"][0]["text"], "٥",
        "bidi controls stay outside spans"
    );
    // A digit carrying a combining mark is not a clean number; the next one is.
    assert_eq!(out[3]["entities"][0]["text"], "7");

    // CRLF line ends, a BOM before the first line, no newline after the last.
    let out = check(
        &[],
        "\u{FEFF}{\"text\":\"1\",\"lang\":\"en\"}\r\n\r\n{\"text\":\"2\\r\\n3\",\"lang\":\"en\"}",
        0,
        2,
    );
    assert_eq!(out[1]["entities"][1]["start"], 3);
}

#[test]
fn broken_json_lines_become_error_records() {
    // Deep nesting in a field khabar ignores is skipped without recursion; in the `id`, which
    // it keeps, serde_json's recursion limit turns it into an error record.
    let nested = |field: &str| {
        format!(
            "{{\"text\":\"x 1\",\"lang\":\"en\",\"{field}\":{}{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        )
    };
    let stdin = format!(
        "{}\n{}\n{}\n{}\n{}\n{}\n",
        r#"{"text":"lone \ud800 surrogate"}"#,
        nested("id"),
        r#"{"text": 5}"#,
        r#"["not", "an", "object"]"#,
        r#"{"text":"fine 9","lang":"en"}"#,
        nested("ignored"),
    );
    let out = check(&[], &stdin, 1, 6);
    for (i, needle) in [
        (0, "escape"),
        (1, "recursion limit"),
        (2, "invalid type"),
        (3, "expected a JSON object"),
    ] {
        let error = out[i]["error"].as_str().unwrap_or_default();
        assert!(
            error.contains(needle) && error.contains(&format!("<stdin>:{}:", i + 1)),
            "{error}"
        );
    }
    assert_eq!(out[4]["entities"][0]["value"], 9);
    assert_eq!(out[5]["entities"][0]["value"], 1);
}

#[test]
fn invalid_utf8_in_the_middle_of_a_file() {
    let mut bytes = b"{\"text\":\"1\",\"lang\":\"en\"}\n{\"text\":\"a ".to_vec();
    bytes.extend_from_slice(&[0xC3, 0x28, 0xFF]);
    bytes.extend_from_slice(b" 2\",\"lang\":\"en\"}\n{\"text\":\"3\",\"lang\":\"en\"}\n");
    let file = scratch("mid-invalid.jsonl", &bytes);
    let out = check(&[&file], "", 1, 3);
    assert!(
        out[1]["error"].as_str().is_some_and(
            |e| e.contains("mid-invalid.jsonl:2: invalid UTF-8 at byte 36 of the file")
        )
    );
    let out = check(&["--lossy", &file], "", 0, 3);
    assert_eq!(out[1]["entities"][0]["value"], 2);
}

#[test]
fn mixed_scripts_within_a_word() {
    let out = check(
        &[],
        &jsonl(&["ISIS٥ and ১০abc and abc১০ and ٣٣ and ১٢"]),
        0,
        1,
    );
    let texts: Vec<&str> = out[0]["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "number")
        .filter_map(|e| e["text"].as_str())
        .collect();
    // No number inside a word; the name tagger may read `ISIS٥` as a name, which is its
    // business.
    assert_eq!(texts, ["٣٣", "১٢"]);
}

#[test]
fn a_huge_single_line_document() {
    // 50 MB on one line of mixed-script prose, with numbers at both ends so the offsets at
    // the far end are checked too.
    let filler = "The members met in Rome, \u{0627}\u{062C}\u{062A}\u{0645}\u{0639} \u{09AC}\u{09C8}\u{09A0}\u{0995} ";
    let body = filler.repeat(50 * 1024 * 1024 / filler.len());
    let text = format!("83 {body}٤٥");
    let file = scratch("huge.txt", text.as_bytes());
    let outcome = khabar(&["extract", "--lang", "en", &file], "");
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    // Its ~850,000 entities are read into two fields each: as `serde_json::Value` trees
    // they took 3.3 GB of this test's memory, not the program's.
    #[derive(serde::Deserialize)]
    struct Record {
        entities: Vec<Entity>,
    }
    #[derive(serde::Deserialize)]
    struct Entity {
        start: u64,
        #[serde(default)]
        value: serde_json::Value,
    }
    let out: Vec<Record> = outcome
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("output line is JSON"))
        .collect();
    assert_eq!(out.len(), 1);
    let chars = text.chars().count() as u64;
    let entities = &out[0].entities;
    assert_eq!(entities[0].value, 83);
    // The gazetteer finds every `Rome` in between; the number at the far end comes last.
    let last = entities.last().expect("an entity");
    assert_eq!(last.start, chars - 2);
    assert_eq!(last.value, 45);
}

#[test]
fn a_hundred_thousand_documents_in_one_stream() {
    let stdin: String = (0..100_000)
        .map(|i| format!("{{\"id\":{i},\"text\":\"{i}\",\"lang\":\"en\"}}\n"))
        .collect();
    let out = check(&[], &stdin, 0, 100_000);
    assert!(
        out.iter()
            .enumerate()
            .all(|(i, r)| r["id"] == i && r["entities"][0]["value"] == i),
        "in input order"
    );
}
