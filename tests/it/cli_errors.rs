//! Every error path of the CLI: the message says what and where, the exit status is right,
//! and no document is lost (one output record per input document, in order).

use crate::support::{khabar, records, root, scratch};

#[track_caller]
fn check_stderr(outcome: &crate::support::Outcome, code: u8, needles: &[&str]) {
    assert_eq!(outcome.code, code, "stderr: {}", outcome.stderr);
    for needle in needles {
        assert!(
            outcome.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            outcome.stderr
        );
    }
}

#[test]
fn malformed_jsonl_line_is_an_error_record_and_the_rest_go_on() {
    let file = scratch("malformed.jsonl", b"{\"id\":\"a\",\"text\":\"5 dogs\"}\n{\"id\":\"b\",\"text\":\n\n{\"id\":\"c\",\"text\":\"7 cats\"}");
    let outcome = khabar(&["extract", "--lang", "en", &file], "");
    check_stderr(
        &outcome,
        1,
        &[
            "malformed.jsonl:2:",
            "malformed document",
            "1 of 3 documents failed",
        ],
    );
    let out = records(&outcome.stdout);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0]["id"], "a");
    assert!(
        out[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("malformed.jsonl:2:"))
    );
    assert_eq!(out[1]["entities"], serde_json::json!([]));
    assert_eq!(out[2]["id"], "c");
    assert_eq!(out[2]["entities"][0]["value"], 7);
}

#[test]
fn on_error_fail_stops_after_the_bad_document() {
    let file = scratch(
        "fail.jsonl",
        b"{\"text\":\"1\"}\nnot json\n{\"text\":\"2\"}\n",
    );
    let outcome = khabar(
        &["extract", "--lang", "en", "--on-error", "fail", &file],
        "",
    );
    check_stderr(
        &outcome,
        1,
        &["fail.jsonl:2:1: malformed document: expected a JSON object"],
    );
    assert_eq!(records(&outcome.stdout).len(), 2);
}

#[test]
fn bad_fields_name_the_line() {
    let file = scratch("fields.jsonl", b"{\"text\":\"x\",\"reference_date\":\"2021-13-01\"}\n{\"text\":\"x\",\"lang\":\"English\"}\n{\"text\":\"x\",\"prefer\":\"sideways\"}\n{\"id\":1}\n");
    let outcome = khabar(&["extract", &file], "");
    check_stderr(
        &outcome,
        1,
        &[
            "fields.jsonl:1: invalid reference_date",
            "fields.jsonl:2: invalid lang `English`",
            "fields.jsonl:3: invalid prefer",
            "fields.jsonl:4:",
            "missing field `text`",
        ],
    );
    assert_eq!(records(&outcome.stdout).len(), 4);
}

#[test]
fn invalid_utf8_names_the_byte_or_is_replaced_with_lossy() {
    let file = scratch("latin1.txt", b"Price: 5 \xE9 and 7");
    let outcome = khabar(&["extract", "--lang", "en", &file], "");
    check_stderr(&outcome, 1, &["latin1.txt: invalid UTF-8 at byte 9"]);
    assert_eq!(records(&outcome.stdout).len(), 1);

    let outcome = khabar(&["extract", "--lang", "en", "--lossy", &file], "");
    check_stderr(
        &outcome,
        0,
        &["latin1.txt: invalid UTF-8 from byte 9 replaced"],
    );
    let out = records(&outcome.stdout);
    assert_eq!(out[0]["entities"].as_array().map(Vec::len), Some(2));

    let jsonl = scratch(
        "bad-line.jsonl",
        b"{\"text\":\"1\"}\n{\"text\":\"\xff\"}\n{\"text\":\"3\"}\n",
    );
    let outcome = khabar(&["extract", &jsonl], "");
    check_stderr(
        &outcome,
        1,
        &["bad-line.jsonl:2: invalid UTF-8 at byte 22 of the file"],
    );
    assert_eq!(records(&outcome.stdout).len(), 3);
}

#[test]
fn unknown_extractor_lists_the_registered_ones() {
    let outcome = khabar(&["extract", "--extractors", "xx.numbers"], "");
    check_stderr(
        &outcome,
        2,
        &[
            "command line: unknown extractor `xx.numbers`; registered: ",
            "ar.numbers",
            "en.numbers",
        ],
    );
    let outcome = khabar(&["extract", "--extractors", "zz.*"], "");
    check_stderr(&outcome, 2, &["glob matches no extractor `zz.*`"]);
}

#[test]
fn config_errors_name_file_line_and_column() {
    let syntax = scratch("syntax.toml", b"[defaults]\nlang = \"en\"\nprefer = past\n");
    let outcome = khabar(&["--config", &syntax, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &["syntax.toml:3:10: string values must be quoted"],
    );

    let unknown_key = scratch("unknown-key.toml", b"[defaults]\nlanguage = \"en\"\n");
    let outcome = khabar(&["--config", &unknown_key, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &[
            "unknown-key.toml:2:1: unknown field `language`",
            "unknown field `language`",
        ],
    );

    let bad_value = scratch(
        "bad-value.toml",
        b"[defaults]\nlang = \"en\"\nreference_date = \"29/06/2021\"\n",
    );
    let outcome = khabar(&["--config", &bad_value, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &["bad-value.toml:3:18: reference_date: `29/06/2021` is not a date in the form YYYY-MM-DD"],
    );

    let bad_id = scratch(
        "bad-id.toml",
        b"[extractors]\nenable = [\"en.numbers\", \"en.nombres\"]\n",
    );
    let outcome = khabar(&["--config", &bad_id, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &["bad-id.toml:2:25: unknown extractor `en.nombres`; registered: "],
    );

    let bad_option = scratch(
        "bad-option.toml",
        b"[options.\"en.numbers\"]\nspeed = \"fast\"\n",
    );
    let outcome = khabar(&["--config", &bad_option, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &["bad-option.toml:2:1: [options.\"en.numbers\"]: unknown option `speed`"],
    );

    let options_for_nothing = scratch("options-for-nothing.toml", b"[options.\"en.nothing\"]\n");
    let outcome = khabar(&["--config", &options_for_nothing, "extract"], "");
    check_stderr(
        &outcome,
        2,
        &[
            "options-for-nothing.toml:1:",
            "unknown extractor `en.nothing` in [options]",
        ],
    );

    let outcome = khabar(&["--config", "/nonexistent/khabar.toml", "extract"], "");
    check_stderr(
        &outcome,
        2,
        &["/nonexistent/khabar.toml: cannot read config"],
    );
}

#[test]
fn usage_errors_exit_2() {
    check_stderr(
        &khabar(&["extract", "--reference-date", "yesterday"], ""),
        2,
        &["--reference-date: `yesterday` is not a date"],
    );
    check_stderr(
        &khabar(&["extract", "--lang", "english"], ""),
        2,
        &[
            "--lang: `english` is not a registered language or auto (registered: ar (Arabic), bn (Bengali), en (English)",
        ],
    );
    check_stderr(
        &khabar(&["extract", "/nonexistent/input.txt"], ""),
        2,
        &["/nonexistent/input.txt: no such file or directory"],
    );
    check_stderr(
        &khabar(&["frobnicate"], ""),
        2,
        &["unrecognized subcommand"],
    );
}

#[test]
fn a_language_without_extractors_is_output_with_a_warning() {
    let outcome = khabar(
        &["extract"],
        "{\"id\":\"fr\",\"lang\":\"fr\",\"text\":\"Il y a 3 chats.\"}\n",
    );
    check_stderr(
        &outcome,
        0,
        &["warning: <stdin>:1: no extractors for language `fr`"],
    );
    let out = records(&outcome.stdout);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["entities"], serde_json::json!([]));
}

#[test]
fn stdin_text_and_jsonl() {
    let outcome = khabar(&["extract", "--lang", "en"], "There were 83 members.");
    assert_eq!(outcome.code, 0);
    let out = records(&outcome.stdout);
    assert_eq!(
        (
            out[0]["id"].as_str(),
            out[0]["entities"][0]["value"].as_i64()
        ),
        (Some("<stdin>"), Some(83))
    );

    let outcome = khabar(
        &["extract", "-"],
        "\u{FEFF}{\"text\":\"٩٥٪\"}\r\n{\"text\":\"১০\"}",
    );
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    let out = records(&outcome.stdout);
    assert_eq!(out.len(), 2);
    assert_eq!(
        (
            out[0]["lang"].as_str(),
            out[0]["entities"][0]["subtype"].as_str()
        ),
        (Some("ar"), Some("percent"))
    );
    assert_eq!(out[1]["lang"], "bn");
}

#[test]
fn eval_checks_that_gold_and_system_line_up() {
    let gold = scratch(
        "gold.jsonl",
        b"{\"id\":\"a\",\"text\":\"x\",\"entities\":[]}\n",
    );
    let system = scratch(
        "system.jsonl",
        b"{\"id\":\"a\",\"entities\":[]}\n{\"id\":\"b\",\"entities\":[]}\n",
    );
    check_stderr(
        &khabar(&["eval", "--gold", &gold, "--system", &system], ""),
        2,
        &["gold has 1 documents but the system output has 2"],
    );
    let seeds = root()
        .join("fixtures/gold/seeds.gold.jsonl")
        .display()
        .to_string();
    let outcome = khabar(&["eval", "--gold", &seeds], "");
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    assert!(
        outcome.stdout.contains("all   number"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn the_shipped_config_is_valid() {
    let config = root().join("khabar.toml").display().to_string();
    let outcome = khabar(&["--config", &config, "extract", "--lang", "en"], "5 dogs");
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
}

#[test]
fn a_run_that_would_read_nothing_is_a_usage_error() {
    for args in [
        &["extract", "--lang", "eng"][..],
        &["extract", "--lang", "fr"][..],
    ] {
        check_stderr(
            &khabar(args, "{\"text\":\"x\"}\n"),
            2,
            &[
                "is not a registered language or auto (registered: ar (Arabic), bn (Bengali), en (English)",
            ],
        );
    }
    check_stderr(
        &khabar(&["extract", "--extractors", ""], "{\"text\":\"x\"}\n"),
        2,
        &["command line: --extractors: selects no extractor"],
    );
    let config = scratch("lang-fr.toml", b"[defaults]\nlang = \"fr\"\n");
    check_stderr(
        &khabar(&["--config", &config, "extract"], "{\"text\":\"x\"}\n"),
        2,
        &["lang-fr.toml:2:8: lang: `fr` is not a registered language"],
    );
    let config = scratch("typo.toml", b"[defaults]\nlossy = 1\n");
    check_stderr(
        &khabar(&["--config", &config, "extract"], ""),
        2,
        &["typo.toml:2:9: invalid type: integer `1`, expected a boolean"],
    );
}

#[test]
fn input_format_text_reads_a_brace_as_text() {
    let outcome = khabar(
        &["extract", "--lang", "en", "--input-format", "text"],
        "{Breaking} 83 members met.",
    );
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    let out = records(&outcome.stdout);
    assert_eq!(out.len(), 1);
    let numbers: Vec<_> = out[0]["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "number")
        .collect();
    assert_eq!(numbers[0]["value"].as_i64(), Some(83));
}

#[test]
fn error_records_keep_the_document_id() {
    let outcome = khabar(&["extract"], "{\"id\":\"a7\",\"text\":5}\n");
    assert_eq!(outcome.code, 1);
    assert_eq!(records(&outcome.stdout)[0]["id"], "a7");
}
