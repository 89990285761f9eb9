//! Parquet round trip (feature `parquet`): the test writes its own articles file with the
//! `parquet` crate, runs `khabar extract` on it, and checks every entity row against the
//! JSON Lines the CLI writes for the same documents; bad rows land in the errors table.

#![cfg(feature = "parquet")]

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float32Type, Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, Date32Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("khabar-parquet-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs the CLI in-process; returns (status, stdout, stderr).
fn khabar(args: &[&str]) -> (u8, String, String) {
    let mut argv = vec!["khabar".to_owned()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = khabar_runner::cli::main(
        argv,
        &mut std::io::empty(),
        &mut out,
        &mut err,
        khabar_runner::cli::Terminal { progress: false },
    );
    (
        code,
        String::from_utf8(out).expect("utf-8 out"),
        String::from_utf8(err).expect("utf-8 err"),
    )
}

/// The seed articles, as JSON values.
fn seeds() -> Vec<Value> {
    std::fs::read_to_string(root().join("fixtures/seeds/seeds.jsonl"))
        .expect("seeds")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("seed line"))
        .collect()
}

/// The seeds as a news-please-like Parquet file (maintext, language, date_publish as a
/// date-time string, url as id), plus a row with a bad language and one with no text.
fn write_articles(path: &Path, docs: &[Value]) {
    let mut texts: Vec<Option<String>> = Vec::new();
    let mut langs: Vec<Option<String>> = Vec::new();
    let mut dates: Vec<Option<String>> = Vec::new();
    let mut ids: Vec<Option<String>> = Vec::new();
    for doc in docs {
        texts.push(doc["text"].as_str().map(str::to_owned));
        langs.push(doc["lang"].as_str().map(str::to_owned));
        dates.push(
            doc["reference_date"]
                .as_str()
                .map(|d| format!("{d} 09:30:00")),
        );
        ids.push(doc["id"].as_str().map(str::to_owned));
    }
    texts.extend([Some("Iraq, 2014.".to_owned()), None]);
    langs.extend([Some("english".to_owned()), Some("en".to_owned())]);
    dates.extend([None, None]);
    ids.extend([Some("bad-lang".to_owned()), Some("no-text".to_owned())]);
    let schema = Arc::new(Schema::new(vec![
        Field::new("url", DataType::Utf8, true),
        Field::new("language", DataType::Utf8, true),
        Field::new("date_publish", DataType::Utf8, true),
        Field::new("maintext", DataType::Utf8, true),
    ]));
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from(ids)),
        Arc::new(StringArray::from(langs)),
        Arc::new(StringArray::from(dates)),
        Arc::new(StringArray::from(texts)),
    ];
    let batch = RecordBatch::try_new(schema.clone(), columns).expect("batch");
    let mut writer =
        ArrowWriter::try_new(File::create(path).expect("create"), schema, None).expect("writer");
    writer.write(&batch).expect("write");
    writer.close().expect("close");
}

fn read(path: &Path) -> Vec<RecordBatch> {
    ParquetRecordBatchReaderBuilder::try_new(File::open(path).expect("open"))
        .expect("parquet")
        .build()
        .expect("reader")
        .map(|b| b.expect("batch"))
        .collect()
}

fn string_at(batch: &RecordBatch, name: &str, row: usize) -> Value {
    let column = batch.column_by_name(name).expect(name).as_string::<i32>();
    if column.is_null(row) {
        Value::Null
    } else {
        Value::String(column.value(row).to_owned())
    }
}

fn float_at(batch: &RecordBatch, name: &str, row: usize) -> Option<f64> {
    let column = batch.column_by_name(name).expect(name);
    if column.is_null(row) {
        return None;
    }
    match column.data_type() {
        DataType::Float32 => Some(f64::from(column.as_primitive::<Float32Type>().value(row))),
        _ => Some(column.as_primitive::<Float64Type>().value(row)),
    }
}

const NEWS_PLEASE: [&str; 8] = [
    "--text-col",
    "maintext",
    "--lang-col",
    "language",
    "--date-col",
    "date_publish",
    "--id-col",
    "url",
];

#[test]
fn entity_rows_match_the_jsonl_output() {
    let dir = scratch("rows");
    let articles = dir.join("articles.parquet");
    let docs = seeds();
    write_articles(&articles, &docs);
    let entities = dir.join("entities.parquet");
    let (articles_arg, entities_arg) = (
        articles.to_str().expect("path"),
        entities.to_str().expect("path"),
    );
    let mut args = vec!["extract", articles_arg, "-o", entities_arg];
    args.extend(NEWS_PLEASE);
    let (code, _, err) = khabar(&args);
    assert_eq!(code, 1, "two rows fail: {err}");
    assert!(err.contains("2 of 7 documents failed"), "{err}");

    let seeds_path = root().join("fixtures/seeds/seeds.jsonl");
    let (code, jsonl, err) = khabar(&["extract", seeds_path.to_str().expect("path")]);
    assert_eq!(code, 0, "{err}");
    let mut expected = Vec::new();
    for line in jsonl.lines() {
        let record: Value = serde_json::from_str(line).expect("record");
        for entity in record["entities"].as_array().expect("entities") {
            expected.push((record["id"].clone(), record["lang"].clone(), entity.clone()));
        }
    }
    assert!(expected.len() > 50, "the seeds have many entities");

    let batches = read(&entities);
    assert_eq!(
        batches[0].schema().as_ref(),
        khabar_runner::columnar::entity_schema().as_ref()
    );
    let mut rows = 0;
    for batch in &batches {
        for row in 0..batch.num_rows() {
            let (id, lang, e) = &expected[rows];
            rows += 1;
            assert_eq!(&string_at(batch, "doc_id", row), id);
            assert_eq!(&string_at(batch, "lang", row), lang);
            for key in [
                "kind",
                "text",
                "grain",
                "subtype",
                "currency",
                "bound",
                "relative",
                "calendar",
                "part",
                "canonical",
                "id",
                "country",
                "feature",
                "extractor",
                "reason",
            ] {
                assert_eq!(
                    string_at(batch, key, row),
                    e.get(key).cloned().unwrap_or(Value::Null),
                    "{key} of {e}"
                );
            }
            for key in ["start", "end", "byte_start", "byte_end"] {
                let column = batch
                    .column_by_name(key)
                    .expect(key)
                    .as_primitive::<Int64Type>();
                assert_eq!(Some(column.value(row)), e[key].as_i64(), "{key} of {e}");
            }
            // Equal to a millionth of the value: a confidence is an f32 that JSON writes in
            // its shortest decimal and Parquet keeps widened to f64 (0.8983015 is
            // 0.89830148…), so rounding both to six places may split a half.
            for key in ["lat", "lon", "confidence", "value_max"] {
                let want = e.get(key).and_then(Value::as_f64);
                let got = float_at(batch, key, row);
                let close = match (got, want) {
                    (Some(g), Some(w)) => (g - w).abs() <= 1e-6 * w.abs().max(1.0),
                    (g, w) => g.is_none() && w.is_none(),
                };
                assert!(close, "{key} of {e}: {got:?} against {want:?}");
            }
            match &e["value"] {
                Value::Number(n) => {
                    assert_eq!(float_at(batch, "value_num", row), n.as_f64());
                    assert_eq!(
                        string_at(batch, "value_str", row),
                        Value::String(n.to_string())
                    );
                }
                other => {
                    assert_eq!(float_at(batch, "value_num", row), None);
                    assert_eq!(&string_at(batch, "value_str", row), other);
                }
            }
        }
    }
    assert_eq!(rows, expected.len());

    let errors = read(&dir.join("entities.errors.parquet"));
    let errors: Vec<(Value, Value)> = errors
        .iter()
        .flat_map(|b| {
            (0..b.num_rows()).map(move |r| (string_at(b, "doc_id", r), string_at(b, "error", r)))
        })
        .collect();
    let articles_name = articles.display().to_string();
    assert_eq!(
        errors,
        vec![
            (
                Value::from("bad-lang"),
                Value::from(format!(
                    "{articles_name}:row 6: invalid lang `english`: expected a 2- or 3-letter ISO 639 code"
                ))
            ),
            (
                Value::from("no-text"),
                Value::from(format!("{articles_name}:row 7: text is null"))
            ),
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn parquet_in_jsonl_out_is_the_jsonl_run() {
    let dir = scratch("jsonl");
    let articles = dir.join("articles.parquet");
    let docs = seeds();
    write_articles(&articles, &docs[..3]);
    let mut args = vec![
        "extract",
        articles.to_str().expect("path"),
        "--output-format",
        "jsonl",
    ];
    args.extend(NEWS_PLEASE);
    let (code, out, _) = khabar(&args);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "one record per row, failures included");
    let seeds_path = root().join("fixtures/seeds/seeds.jsonl");
    let (_, jsonl, _) = khabar(&["extract", seeds_path.to_str().expect("path")]);
    assert_eq!(lines[..3], jsonl.lines().take(3).collect::<Vec<_>>()[..]);
    assert!(
        lines[3].starts_with(r#"{"id":"bad-lang","lang":null"#),
        "{}",
        lines[3]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonl_in_parquet_out_and_date_columns() {
    let dir = scratch("dates");
    // Dates as Arrow dates; default column names; an integer-free minimal file.
    let schema = Arc::new(Schema::new(vec![
        Field::new("text", DataType::Utf8, false),
        Field::new("reference_date", DataType::Date32, true),
    ]));
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![
            Arc::new(StringArray::from(vec![
                "The talks ended last week in Iraq.",
            ])),
            Arc::new(Date32Array::from(vec![Some(18_807)])), // 2021-06-29
        ],
    )
    .expect("batch");
    let articles = dir.join("dated.parquet");
    let mut writer = ArrowWriter::try_new(File::create(&articles).expect("create"), schema, None)
        .expect("writer");
    writer.write(&batch).expect("write");
    writer.close().expect("close");
    let (code, out, err) = khabar(&["extract", articles.to_str().expect("path"), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let record: Value = serde_json::from_str(out.trim()).expect("record");
    assert_eq!(record["reference_date"], "2021-06-29");
    assert_eq!(
        record["id"],
        Value::String(format!("{}:row 1", articles.display()))
    );
    assert_eq!(record["entities"][0]["value"], "2021-W25");

    let entities = dir.join("seeds.parquet");
    let seeds_path = root().join("fixtures/seeds/seeds.jsonl");
    let (code, _, err) = khabar(&[
        "extract",
        seeds_path.to_str().expect("path"),
        "-o",
        entities.to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let rows: usize = read(&entities).iter().map(RecordBatch::num_rows).sum();
    assert!(rows > 50);
    assert_eq!(
        read(&dir.join("seeds.errors.parquet"))
            .iter()
            .map(RecordBatch::num_rows)
            .sum::<usize>(),
        0
    );

    let (code, _, err) = khabar(&[
        "extract",
        articles.to_str().expect("path"),
        "--id-col",
        "url",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no column `url` (--id-col); columns: text, reference_date"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
