//! The `khabar` library crate is what embedders link: it must not pull in the CLI's
//! dependencies, and its records are the CLI's.

use std::process::Command;

use crate::support::{khabar, records, root};

#[test]
fn the_library_links_no_cli_dependency() {
    let out = Command::new(env!("CARGO"))
        .current_dir(root())
        .args([
            "tree",
            "--offline",
            "-p",
            "khabar",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.contains("khabar-core"), "{tree}");
    for cli_only in ["clap", "indicatif", "mimalloc", "anyhow"] {
        assert!(
            !tree.lines().any(|l| l.starts_with(&format!("{cli_only} "))),
            "khabar depends on {cli_only}:\n{tree}"
        );
    }
}

#[test]
fn an_engine_gives_the_cli_s_record() {
    let text = "Iraq got $20 billion from the World Bank last week, 95% of it in 2014.";
    let engine = khabar::Engine::builder()
        .reference_date("2021-06-29")
        .build()
        .expect("the default engine builds");
    let doc = engine
        .prepare(khabar::Input::new(text).id("x").lang("en"))
        .expect("a good document");
    let record = engine.extract(&doc);
    assert!(record.entities.len() >= 4, "{record:?}");
    let line = serde_json::json!({"id": "x", "lang": "en", "text": text}).to_string();
    let cli = khabar(&["extract", "--reference-date", "2021-06-29"], &line);
    assert_eq!(cli.stdout, format!("{}\n", record.to_json()));

    // The batch form gives the same records, in input order, and error records' reasons.
    let inputs = vec![
        khabar::Input::new(text).id("x").lang("en"),
        khabar::Input::new(text).id(2).lang("English"),
    ];
    let out = engine.extract_batch(inputs, |result| match result {
        Ok(record) => record.to_json(),
        Err((id, e)) => format!("{id} {e}"),
    });
    assert_eq!(out[0], record.to_json());
    assert_eq!(
        out[1],
        "2 invalid lang `English`: expected a 2- or 3-letter ISO 639 code"
    );
    assert_eq!(records(&cli.stdout).len(), 1);
}

#[test]
fn engine_settings_errors_name_the_setting() {
    let error = khabar::Engine::builder()
        .reference_date("2021-02-30")
        .build()
        .expect_err("a bad date is an error");
    assert!(
        error
            .to_string()
            .starts_with("settings: reference_date: `2021-02-30` is not a valid date: "),
        "{error}"
    );
    let error = khabar::Engine::builder()
        .extractors("en.numbers,xx.*")
        .build()
        .expect_err("a glob naming nothing is an error");
    assert!(
        error
            .to_string()
            .starts_with("settings: glob matches no extractor `xx.*`"),
        "{error}"
    );
}

/// The seed article in `lang`, with its reference date.
fn seed(lang: &str) -> (String, String) {
    let seeds = std::fs::read_to_string(root().join("fixtures/seeds/seeds.jsonl")).expect("seeds");
    let doc = seeds
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .find(|d| d["lang"] == lang)
        .expect("a seed in that language");
    (
        doc["text"].as_str().unwrap_or_default().to_owned(),
        doc["reference_date"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}

#[test]
fn a_long_document_read_in_windows_gives_the_entities_of_its_parts() {
    for lang in ["en", "ar", "bn"] {
        let (article, date) = seed(lang);
        let article: String = article.lines().collect::<Vec<_>>().join("\n");
        let whole = khabar::Engine::builder().build().expect("engine");
        let windowed = khabar::Engine::builder()
            .windows(4096, 2048)
            .build()
            .expect("engine");
        let input = |text: &str| khabar::Input::new(text).lang(lang).reference_date(&date);
        // Three copies of the article, a line apart: the windows cut between lines.
        let long = format!("{article}\n{article}\n{article}");
        let one = whole.prepare(input(&long)).expect("prepared");
        let parts = windowed.prepare(input(&long)).expect("prepared");
        assert!(parts.is_windowed() && !one.is_windowed());
        let key = |r: &khabar::Record<'_>| -> Vec<String> {
            r.entities
                .iter()
                .map(|e| {
                    format!(
                        "{:?} {} {} {:?} {:?}",
                        e.kind, e.start, e.end, e.value, e.canonical
                    )
                })
                .collect()
        };
        let (a, b) = (whole.extract(&one), windowed.extract(&parts));
        // Cutting at lines loses nothing the article's lines hold on their own.
        let (whole_keys, window_keys) = (key(&a), key(&b));
        let missing: Vec<&String> = whole_keys
            .iter()
            .filter(|k| !window_keys.contains(k))
            .collect();
        assert_eq!(
            missing,
            Vec::<&String>::new(),
            "{lang}: windows lost entities"
        );
        for e in &b.entities {
            assert_eq!(&long[e.byte_start..e.byte_end], e.text);
            let chars: String = long.chars().skip(e.start).take(e.end - e.start).collect();
            assert_eq!(chars, e.text, "code-point offsets");
        }
        // Streaming writes the same bytes as the record.
        let mut streamed = Vec::new();
        let written = windowed.write_json(&parts, &mut streamed).expect("write");
        assert_eq!(
            String::from_utf8(streamed).expect("UTF-8"),
            format!("{}\n", b.to_json())
        );
        assert_eq!(written.entities, b.entities.len());
    }
}

#[test]
fn latin_runs_in_an_arabic_document_are_read_by_the_english_extractors() {
    let text = "قدمت الحكومة (Reuters, March 5, 2021) $5 million لشركة Google في Dubai وZürich يوم الاثنين.";
    let line = serde_json::json!({"text": text, "lang": "ar", "reference_date": "2021-06-29"});
    let outcome = khabar(&["extract"], &format!("{line}\n"));
    let record = &records(&outcome.stdout)[0];
    let found: Vec<(String, String, String)> = record["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| {
            let value = e.get("canonical").unwrap_or(&e["value"]).to_string();
            let chars: String = text
                .chars()
                .skip(e["start"].as_u64().unwrap_or(0) as usize)
                .take((e["end"].as_u64().unwrap_or(0) - e["start"].as_u64().unwrap_or(0)) as usize)
                .collect();
            assert_eq!(
                e["text"].as_str(),
                Some(chars.as_str()),
                "offsets are the document's"
            );
            (
                chars,
                e["extractor"].as_str().unwrap_or("").to_owned(),
                value,
            )
        })
        .collect();
    for expected in [
        ("$5 million", "en.numbers", "5000000"),
        // Each run is read apart: the year ending one is no price with the `$` opening
        // the next.
        ("March 5, 2021", "en.dates", "\"2021-03-05\""),
        ("Google", "en.organizations", "\"Google\""),
        ("Dubai", "en.locations", "\"Dubai\""),
        // An accented letter does not cut a run.
        ("Zürich", "en.locations", "\"Zürich\""),
        ("يوم الاثنين", "ar.dates", "\"2021-06-28\""),
    ] {
        assert!(
            found
                .iter()
                .any(|(t, x, v)| (t.as_str(), x.as_str(), v.as_str()) == expected),
            "{expected:?} not in {found:?}"
        );
    }
    let dubai = record["entities"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["text"] == "Dubai"))
        .expect("Dubai");
    assert_eq!(dubai["id"], "geonames:292223");

    // The switch: with no other script read, the Latin words are left alone.
    let config = crate::support::scratch("no-runs.toml", b"[defaults]\nother_scripts = []\n");
    let outcome = khabar(&["--config", &config, "extract"], &format!("{line}\n"));
    let record = &records(&outcome.stdout)[0];
    assert!(
        record["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .all(|e| e["extractor"]
                .as_str()
                .is_some_and(|x| x.starts_with("ar."))),
        "{record}"
    );
    let config = crate::support::scratch(
        "bad-runs.toml",
        b"[defaults]\nother_scripts = [\"Klingon\"]\n",
    );
    let outcome = khabar(&["--config", &config, "extract"], "");
    assert_eq!(outcome.code, 2);
    assert!(outcome.stderr.contains("bad-runs.toml:2:18: other_scripts: `Klingon` is not the script of a registered language"), "{}", outcome.stderr);
}
