//! Measures the tagger on the synthetic corpus of the tests: training time on about 500k
//! tokens, load time, held-out scores, and tagging throughput (segmentation, features and
//! decoding) in MB of text per second on one core. Run it with
//! `cargo run --release -p khabar-tagger --example throughput`.

#[path = "../tests/it/toy.rs"]
mod toy;

use std::time::Instant;

use khabar_tagger::{
    EntityType, Features, Model, Templates, Token, TrainConfig, evaluate, segment, train,
};

use toy::{Names, TEMPLATES, ToySentence, corpus};

fn main() {
    let config = TrainConfig {
        epochs: 10,
        bits: 18,
        seed: 1,
    };
    for (name, templates) in [
        ("with conjunctions", TEMPLATES),
        (
            "without conjunctions",
            Templates {
                conjunctions: false,
                ..TEMPLATES
            },
        ),
    ] {
        println!("== {name}");
        measure(&templates, &config);
    }
}

fn measure(templates: &Templates, config: &TrainConfig) {
    let data = corpus(1, 40_000, Names::Train);
    let sentences: Vec<_> = data.iter().map(ToySentence::train_sentence).collect();
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    let started = Instant::now();
    let model = train(templates, &sentences, config, Vec::new());
    println!(
        "trained on {tokens} tokens, {} epochs: {:.2?}",
        config.epochs,
        started.elapsed()
    );

    let bytes: &'static [u8] = Box::leak(model.to_bytes().into_boxed_slice());
    let started = Instant::now();
    let model = Model::from_bytes(bytes).expect("a model just written");
    println!(
        "model of {} bytes loaded in {:.2?}",
        bytes.len(),
        started.elapsed()
    );

    let held = corpus(2, 5_000, Names::Held);
    let held_sentences: Vec<_> = held.iter().map(ToySentence::train_sentence).collect();
    let evaluation = evaluate(&model, templates, &held_sentences);
    for kind in EntityType::ALL {
        let c = evaluation.of(kind);
        println!(
            "  {:4} P {:.3} R {:.3} F1 {:.3}",
            kind.as_str(),
            c.precision(),
            c.recall(),
            c.f1()
        );
    }

    // About 10 MB of text, one sentence a line.
    let mut text = String::new();
    let mut seed = 3;
    while text.len() < 10_000_000 {
        for sentence in corpus(seed, 1_000, Names::Held) {
            text.push_str(&sentence.text());
            text.push('\n');
        }
        seed += 1;
    }
    let mut tagger = khabar_tagger::Tagger::new(&model);
    let mut features = Features::new();
    let mut ranges = Vec::new();
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut spans = Vec::new();
    let (mut n_tokens, mut n_spans) = (0usize, 0usize);
    let (mut segmenting, mut computing, mut decoding) = (0.0, 0.0, 0.0);
    let started = Instant::now();
    for line in text.lines() {
        let t0 = Instant::now();
        ranges.clear();
        segment(line, &mut ranges);
        tokens.clear();
        tokens.extend(ranges.iter().map(|r| Token {
            text: &line[r.clone()],
            extra: &[],
        }));
        let t1 = Instant::now();
        features.compute(templates, &tokens);
        let t2 = Instant::now();
        spans.clear();
        tagger.tag(&features, &mut spans);
        let t3 = Instant::now();
        segmenting += (t1 - t0).as_secs_f64();
        computing += (t2 - t1).as_secs_f64();
        decoding += (t3 - t2).as_secs_f64();
        n_tokens += tokens.len();
        n_spans += spans.len();
    }
    let total = started.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "tagged {mb:.1} MB ({n_tokens} tokens, {n_spans} spans) in {total:.2} s: {:.1} MB/s \
         (segment {:.3} s, features {:.3} s, decode {:.3} s; features+decode {:.1} MB/s)",
        mb / total,
        segmenting,
        computing,
        decoding,
        mb / (computing + decoding)
    );
}
