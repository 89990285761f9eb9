//! Growth with input size: time linear in the document for every pathological family (a
//! ratio between two sizes, never an absolute time), and peak memory bounded by the document
//! (3× its size + 200 MB) however many entities it holds.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::support::scratch;

/// The pathological families: (language, repeated unit); a unit with `|` is a prefix
/// written once and the part after it repeated (one long list after one date).
const FAMILIES: &[(&str, &str)] = &[
    ("en", "On March 5, |7, "),
    ("en", "1,000,"),
    ("en", "1 |000 "),
    ("en", "1.000."),
    ("en", "1234567890"),
    ("en", "one thousand two hundred and five "),
    ("ar", "ألف "),
    ("ar", "مليون "),
    ("bn", "এক হাজার দুই শত "),
    ("en", "June "),
    ("ar", "حزيران "),
    ("bn", "জুন "),
    ("en", "28 June 2021, "),
    ("en", "Iraq "),
    ("ar", "العراق "),
    ("bn", "ইরাকের "),
    ("en", "a"),
    ("ar", "ب"),
    ("en", "IraqJune1,000"),
    ("ar", "العراق٢٠١٤مليون"),
];

/// The best of five runs of preparing and extracting `unit` repeated to `bytes`.
fn best_time(engine: &khabar::Engine, lang: &str, unit: &str, bytes: usize) -> Duration {
    let (prefix, unit) = unit.split_once('|').unwrap_or(("", unit));
    let text = format!("{prefix}{}", unit.repeat(bytes / unit.len()));
    (0..5)
        .map(|_| {
            let started = Instant::now();
            let input = khabar::Input::new(text.clone()).lang(lang);
            let doc = engine.prepare(input).expect("a good document");
            std::hint::black_box(engine.extract(&doc).entities.len());
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn time_grows_linearly_on_every_pathological_family() {
    // One thread for the timed work; both sizes are read whole (below the window limit).
    let engine = khabar::Engine::builder()
        .reference_date("2021-06-29")
        .threads(1)
        .build()
        .expect("engine");
    for &(lang, unit) in FAMILIES {
        // Four times the text: 4 for linear time, 16 for quadratic; 10 leaves room for noise and
        // for the larger text outgrowing the caches (up to 7.5 seen).
        // Other tests run at the same time, so a family gets three tries: quadratic time
        // fails all three, a passing disturbance does not.
        let mut ratios = Vec::new();
        for _ in 0..3 {
            let small = best_time(&engine, lang, unit, 60_000);
            let large = best_time(&engine, lang, unit, 240_000);
            ratios.push(large.as_secs_f64() / small.as_secs_f64().max(1e-6));
            if ratios.last().is_some_and(|r| *r < 10.0) {
                break;
            }
        }
        assert!(
            ratios.iter().any(|r| *r < 10.0),
            "{lang} {unit:?}: 4× the text took {ratios:.1?}× the time in three tries"
        );
    }
}

/// Set in the child process of the memory test: the document to extract.
const CHILD: &str = "KHABAR_TEST_BIG_DOCUMENT";

#[test]
fn a_100_mb_document_stays_within_its_memory_bound() {
    if let Some(path) = std::env::var_os(CHILD) {
        // The child: run the CLI in-process on the document, count the output, and report
        // this process's peak resident memory.
        let mut output = Counter(0);
        let args: Vec<String> = ["khabar", "extract", "--lang", "en", "--threads", "2"]
            .into_iter()
            .map(str::to_owned)
            .chain([path.to_string_lossy().into_owned()])
            .collect();
        let mut stdin = std::io::empty();
        let mut stdin = std::io::BufReader::new(&mut stdin);
        let terminal = khabar_runner::cli::Terminal { progress: false };
        let code = khabar_runner::cli::main(
            args,
            &mut stdin,
            &mut output,
            &mut std::io::sink(),
            terminal,
        );
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let peak = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .unwrap_or("0 kB")
            .trim()
            .to_owned();
        println!("child: code {code}, output {} bytes, peak {peak}", output.0);
        return;
    }
    // The parent: a 100 MB news text (the seed articles, over and over), in a child process
    // so that no other test's memory counts.
    let seeds = std::fs::read_to_string(crate::support::root().join("fixtures/seeds/seeds.jsonl"))
        .expect("seeds");
    let mut article = String::new();
    for line in seeds.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("JSON");
        article.push_str(doc["text"].as_str().unwrap_or_default());
        article.push('\n');
    }
    const SIZE: usize = 100_000_000;
    let text = article.repeat(SIZE / article.len() + 1);
    let path = scratch("hundred-mb.txt", text.as_bytes());
    drop(text);
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "scale::a_100_mb_document_stays_within_its_memory_bound",
            "--exact",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(CHILD, &path)
        .output()
        .expect("the child runs");
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.find("child: ").map(|at| &l[at..]))
        .unwrap_or_else(|| {
            panic!(
                "no report from the child:\n{stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let field = |name: &str| -> u64 {
        line.split(", ")
            .find_map(|f| f.split_once(&format!("{name} ")).map(|(_, v)| v))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {line:?}"))
    };
    assert_eq!(field("code"), 0, "{line}");
    assert!(
        field("output") > 50_000_000,
        "the entities were written: {line}"
    );
    let peak_mb = field("peak") / 1024;
    let bound_mb = (3 * SIZE / 1_000_000 + 200) as u64;
    assert!(
        peak_mb <= bound_mb,
        "peak {peak_mb} MB over {bound_mb} MB: {line}"
    );
}

/// Counts what is written and keeps none of it.
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
