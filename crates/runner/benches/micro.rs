//! Micro-benchmarks (`cargo bench -p khabar-runner`): the normalizer, each registered
//! extractor, and the overlap resolver, on the seed articles. Throughput is reported in bytes
//! of text; the end-to-end figures are `cargo xtask bench`'s (BENCHMARKS.md).

use khabar::resolve_overlaps;
use khabar_core::{Date, Document, Entity, Lang, NormalizedText, Options, Prefer, registrations};

fn main() {
    divan::main();
}

/// The seed articles as (language, text).
fn seeds() -> Vec<(Lang, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/seeds.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).ok()?;
            Some((
                Lang::parse(value["lang"].as_str()?)?,
                value["text"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

fn documents() -> Vec<Document> {
    seeds()
        .into_iter()
        .map(|(lang, text)| {
            Document::new(text, lang, Some(Date::constant(2021, 6, 29)), Prefer::Past)
        })
        .collect()
}

#[divan::bench]
fn normalize(bencher: divan::Bencher<'_, '_>) {
    let texts: Vec<String> = seeds().into_iter().map(|(_, t)| t).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            for text in &texts {
                divan::black_box(NormalizedText::new(divan::black_box(text)));
            }
        });
}

fn extractor_ids() -> Vec<&'static str> {
    registrations().into_iter().map(|r| r.id).collect()
}

#[divan::bench(args = extractor_ids())]
fn extractor(bencher: divan::Bencher<'_, '_>, id: &str) {
    let Some(registration) = registrations().into_iter().find(|r| r.id == id) else {
        return;
    };
    let Ok(extractor) = (registration.build)(&mut Options::default()) else {
        return;
    };
    let documents: Vec<Document> = documents()
        .into_iter()
        .filter(|d| Some(d.lang()) == registration.lang())
        .collect();
    let bytes: usize = documents.iter().map(|d| d.text().len()).sum();
    // Once untimed: the name extractors build their automaton on their first document.
    for document in &documents {
        extractor.extract(&document.clone(), &mut |_| {});
    }
    // Fresh clones each time (untimed): a document keeps what its extractors derived from
    // it (`Document::memo`), and a benchmark over a warm document would time a lookup.
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .with_inputs(|| documents.clone())
        .bench_local_refs(|documents| {
            let mut count = 0usize;
            for document in documents.iter() {
                extractor.extract(document, &mut |_| count += 1);
            }
            count
        });
}

#[divan::bench]
fn overlap_resolver(bencher: divan::Bencher<'_, '_>) {
    let documents = documents();
    let all = registrations();
    let extractors: Vec<_> = all
        .iter()
        .filter_map(|r| Some((r.lang()?, (r.build)(&mut Options::default()).ok()?)))
        .collect();
    let mut found: Vec<Vec<Entity<'_>>> = Vec::new();
    for document in &documents {
        let mut entities = Vec::new();
        for (lang, extractor) in &extractors {
            if *lang == document.lang() {
                extractor.extract(document, &mut |e| entities.push(e));
            }
        }
        found.push(entities);
    }
    let count: usize = found.iter().map(Vec::len).sum();
    bencher
        .counter(divan::counter::ItemsCount::new(count))
        .bench(|| {
            for entities in &found {
                let mut entities = entities.clone();
                resolve_overlaps(&mut entities);
                divan::black_box(entities);
            }
        });
}
