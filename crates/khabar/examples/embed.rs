//! What an embedder writes: build an engine once, then prepare and extract each document.
//! `cargo run -p khabar --example embed` prints the entities and the record of one Arabic
//! sentence; `cargo test` runs it too (the test below), so it cannot rot.

use std::io::Write;

fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    let engine = khabar::Engine::builder()
        .reference_date("2017-08-23")
        .build()?;
    let text = "قُتل 43 ألف شخص منذ عام 2014 في العراق، وقدمت الأمم المتحدة 95% من المساعدات.";
    let doc = engine.prepare(khabar::Input::new(text).id("ex1"))?;
    let record = engine.extract(&doc);
    for e in &record.entities {
        let value = e
            .value
            .as_ref()
            .map(|v| format!("{v:?}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{} {:?} {value} {}",
            e.kind.as_str(),
            e.text,
            e.canonical.unwrap_or("")
        )?;
    }
    writeln!(out, "{}", record.to_json())?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout().lock())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_prints_its_entities() {
        let mut out = Vec::new();
        super::run(&mut out).expect("the example runs");
        let out = String::from_utf8(out).expect("UTF-8");
        for line in [
            "number \"43 ألف\" Number(43000.0) ",
            "date \"عام 2014\" Date(\"2014\") ",
            "location \"العراق\"  Iraq",
            "organization \"الأمم المتحدة\"  United Nations",
            "number \"95%\" Number(95.0) ",
        ] {
            assert!(out.lines().any(|l| l == line), "{line:?} not in\n{out}");
        }
        assert!(out.contains("\"id\":\"ex1\",\"lang\":\"ar\",\"reference_date\":\"2017-08-23\""));
    }
}
