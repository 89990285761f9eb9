//! `khabar extract -o FILE`: records go to the file, and Parquet in a build without the
//! `parquet` feature is a usage error that says how to get it.

use std::path::{Path, PathBuf};

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
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/seeds/seeds.jsonl")
}

#[test]
fn output_file_holds_what_stdout_would() {
    let seeds = seeds();
    let seeds = seeds.to_str().expect("path");
    let (code, stdout, _) = khabar(&["extract", seeds]);
    assert_eq!(code, 0);
    let path = std::env::temp_dir().join(format!("khabar-out-{}.jsonl", std::process::id()));
    let (code, nothing, err) = khabar(&["extract", seeds, "-o", path.to_str().expect("path")]);
    assert_eq!((code, nothing.as_str()), (0, ""), "{err}");
    let written = std::fs::read_to_string(&path).expect("output file");
    let _ = std::fs::remove_file(&path);
    assert_eq!(written, stdout);
    assert_eq!(written.lines().count(), 5);
}

#[cfg(not(feature = "parquet"))]
#[test]
fn parquet_without_the_feature_says_how_to_build_it() {
    let seeds = seeds();
    for args in [
        vec!["extract", seeds.to_str().expect("path"), "-o", "x.parquet"],
        vec!["extract", "articles.parquet"],
        vec!["extract", "--output-format", "parquet", "-o", "x"],
    ] {
        let (code, _, err) = khabar(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("needs khabar built with the `parquet` feature"),
            "{err}"
        );
    }
}
