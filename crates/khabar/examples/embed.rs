//! What an embedder writes: build an engine once, then prepare and extract each document.
//! `cargo run -p khabar --example embed` prints the record of one Arabic sentence; the
//! integration tests run it and check its output.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let engine = khabar::Engine::builder()
        .reference_date("2017-08-23")
        .build()?;
    let text = "قُتل 43 ألف شخص منذ عام 2014 في العراق، وقدمت الأمم المتحدة 95% من المساعدات.";
    let doc = engine.prepare(khabar::Input::new(text).id("ex1"))?;
    let record = engine.extract(&doc);
    for entity in &record.entities {
        println!(
            "{:?}\t{}\t{:?}\t{:?}",
            entity.kind, entity.text, entity.value, entity.canonical
        );
    }
    println!("{}", record.to_json());
    Ok(())
}
