//! Running the CLI in-process, and scratch files for tests.

use std::path::PathBuf;

/// What one `khabar` invocation produced.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `khabar ARGS…` with `stdin`, from the workspace root.
pub(crate) fn khabar(args: &[&str], stdin: &str) -> Outcome {
    let mut argv = vec!["khabar".to_owned()];
    argv.extend(args.iter().map(|a| (*a).to_owned()));
    let mut input = std::io::Cursor::new(stdin.as_bytes().to_vec());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let terminal = khabar_runner::cli::Terminal { progress: false };
    let code = khabar_runner::cli::main(argv, &mut input, &mut out, &mut err, terminal);
    Outcome {
        code,
        stdout: String::from_utf8_lossy(&out).into_owned(),
        stderr: String::from_utf8_lossy(&err).into_owned(),
    }
}

/// The workspace root; fixtures are named relative to it.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Writes `contents` to a fresh scratch file named `name` and returns its path.
pub(crate) fn scratch(name: &str, contents: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("khabar-it");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("scratch file");
    path.display().to_string()
}

/// Parses JSON Lines output.
pub(crate) fn records(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("output line is JSON"))
        .collect()
}
