//! `cargo xtask automata` writes the ready-made matchers (`automata.rs`).
//!
//! `cargo xtask train`: trains the name tagger of every registered language that has one,
//! from the corpora `../shared/train/<lang>_*.jsonl` (one sentence per line: `text`, and
//! `entities` with code-point `start`/`end` and a `type` of LOC, ORG, PER or MISC), and
//! writes each model where its plugin embeds it.
//!
//! The words and the gazetteer features are computed exactly as at run time, by the
//! language's own matcher (`Matcher::tagger_tokens`) over the normalized view of each
//! sentence; a gold span labels the words whose original text lies inside it. Label noise
//! is cleaned against SPEC §2 before training: in Latin script, a span with no capital
//! letter is a common noun (`rebels`, `bank`), and a span that is one of the plugin's
//! `not_names` (`police`, `government`) is no name.
//!
//! English keeps a held-out split, since `../shared/eval` has no English names set: every
//! sentence whose id hashes to 0 modulo 10 (FNV-1a of the id, so 10 % of the sentences,
//! fixed whatever the order of files). It is written as gold
//! (`target/heldout/<lang>_heldout.gold.jsonl`, locations and organizations annotated,
//! dates and numbers marked unannotated) for `cargo xtask eval`.
//!
//! Same corpora and same code give byte-identical models: files are read in name order,
//! training shuffles with a fixed seed, and the model's header records each file's SHA-256
//! and the templates' version (checked by `cargo test` against the plugin).

mod automata;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

// The plugins' registrations are linked through the library.
use khabar as _;

use anyhow::{Context, Result, bail};
use khabar_core::{Document, Prefer};
use khabar_gazetteer::{Gazetteer, LangRules, Matcher, NameTagger, names_languages};
use khabar_tagger::{EntityType, Label, Token, TrainConfig, TrainSentence, labels_from_spans};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// Languages whose corpora are split for a held-out figure of their own.
const HELD_OUT_LANGS: &[&str] = &["en"];
/// One training sentence in this many calibrates the confidence.
const CALIBRATION_EVERY: usize = 10;
/// The temperatures tried.
const TEMPERATURES: [f32; 10] = [1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0, 30.0, 50.0, 80.0];
/// The model header's setting that holds [`examples_checksum`].
const EXAMPLES_KEY: &str = "examples";
/// One sentence in this many is held out.
const HELD_OUT_EVERY: u64 = 10;

#[derive(Deserialize)]
struct Sentence {
    id: String,
    text: String,
    entities: Vec<Span>,
}

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1).peekable();
    let automata = args.next_if(|a| a == "automata").is_some();
    let mut dir = PathBuf::from("../shared/train");
    let mut only: Vec<String> = Vec::new();
    let mut config = TrainConfig {
        epochs: 12,
        bits: 18,
        seed: 0x6b68_6162_6172,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--train-dir" => dir = args.next().context("--train-dir needs a directory")?.into(),
            "--lang" => only.push(args.next().context("--lang needs a code")?),
            "--epochs" => {
                config.epochs = args.next().context("--epochs needs a number")?.parse()?;
            }
            "--bits" => {
                config.bits = args.next().context("--bits needs a number")?.parse()?;
            }
            other => bail!(
                "unknown argument `{other}` (--train-dir DIR, --lang CODE, --epochs N, --bits N)"
            ),
        }
    }
    if automata {
        return automata::write_all(&only);
    }
    if !dir.is_dir() {
        bail!("{}: no training corpora there", dir.display());
    }
    for rules in names_languages() {
        let code = rules.lang.as_str().to_owned();
        if !only.is_empty() && !only.contains(&code) {
            continue;
        }
        let Some(tagger) = rules.tagger else {
            println!("{code}: no name tagger configured, skipped");
            continue;
        };
        train_language(&dir, rules, tagger, &config)?;
    }
    Ok(())
}

/// What a language's corpora give: the examples, split, and what the header records.
struct Examples {
    train: Vec<Example>,
    held: Vec<Example>,
    /// Per corpus file: its name and where its held-out examples start in `held`.
    held_files: Vec<(String, usize)>,
    /// The held-out sentences as SPEC gold, one JSON line each.
    held_gold: String,
    /// Each file's name and SHA-256.
    trained_on: Vec<(String, String)>,
    /// Gold spans dropped as no name by SPEC §2.
    cleaned: usize,
}

/// Reads the corpora `<code>_*.jsonl` of `dir` into training examples, exactly as
/// training sees them (`None` when there are none).
fn read_examples(dir: &Path, rules: &LangRules, tagger: &NameTagger) -> Result<Option<Examples>> {
    let code = rules.lang.as_str();
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{code}_")) && n.ends_with(".jsonl"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Ok(None);
    }
    // The gazetteer's features come from the tables and rules alone, as at run time.
    let gazetteer = Gazetteer::builtin().map_err(|e| anyhow::anyhow!("{e}"))?;
    let matcher = Matcher::new(
        gazetteer,
        LangRules {
            tagger: None,
            ..*rules
        },
    )?;
    let hold_out = HELD_OUT_LANGS.contains(&code);
    let mut out = Examples {
        train: Vec::new(),
        held: Vec::new(),
        held_files: Vec::new(),
        held_gold: String::new(),
        trained_on: Vec::new(),
        cleaned: 0,
    };
    for file in &files {
        let bytes = fs::read(file)?;
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        out.trained_on
            .push((name.clone(), format!("sha256:{:x}", Sha256::digest(&bytes))));
        out.held_files.push((name.clone(), out.held.len()));
        let text = String::from_utf8(bytes).with_context(|| format!("{name}: not UTF-8"))?;
        for (n, line) in text.lines().enumerate() {
            let mut sentence: Sentence = serde_json::from_str(line)
                .with_context(|| format!("{name}:{}: not a training sentence", n + 1))?;
            relabel_countries(&matcher, rules, &mut sentence);
            let held_out = hold_out && fnv1a(&sentence.id).is_multiple_of(HELD_OUT_EVERY);
            if held_out {
                out.held_gold
                    .push_str(&gold_line(&sentence, code, |surface| {
                        is_noise(surface, rules, tagger)
                            || !surface.chars().any(khabar_core::is_word_char)
                    })?);
            }
            let (example, dropped) = example(&matcher, rules, tagger, &sentence);
            out.cleaned += dropped;
            if held_out {
                out.held.push(example);
            } else {
                out.train.push(example);
            }
        }
    }
    Ok(Some(out))
}

/// The SHA-256 of everything training reads of `examples`: each word, its gazetteer
/// features and its gold label. The model records it as its `examples:` setting, so a
/// model that a change of the tables, the name rules or the label cleaning has made stale
/// is told from a current one without training (`tests::every_model_is_trained_on_todays_examples`).
fn examples_checksum(examples: &[Example]) -> String {
    let mut hash = Sha256::new();
    for example in examples {
        hash.update((example.words.len() as u64).to_le_bytes());
        for ((word, extra), label) in example.words.iter().zip(&example.labels) {
            hash.update((word.len() as u64).to_le_bytes());
            hash.update(word.as_bytes());
            hash.update((extra.len() as u64).to_le_bytes());
            for id in extra {
                hash.update(id.to_le_bytes());
            }
            hash.update([label.index() as u8]);
        }
    }
    format!("sha256:{:x}", hash.finalize())
}

fn train_language(
    dir: &Path,
    rules: &'static LangRules,
    tagger: &'static NameTagger,
    config: &TrainConfig,
) -> Result<()> {
    let code = rules.lang.as_str();
    let Some(examples) = read_examples(dir, rules, tagger)? else {
        println!(
            "{code}: no corpora `{code}_*.jsonl` in {}, skipped",
            dir.display()
        );
        return Ok(());
    };
    let Examples {
        train,
        held,
        held_files,
        held_gold,
        trained_on,
        cleaned,
    } = examples;
    let checksum = examples_checksum(&train);
    let tokens: usize = train.iter().map(|s| s.labels.len()).sum();
    let (train, held) = (sentences(&train), sentences(&held));
    println!(
        "{code}: {} sentences, {tokens} words for training, {} held out, {cleaned} gold spans cleaned",
        train.len(),
        held.len()
    );
    let started = Instant::now();
    // Calibration: a model trained without one sentence in ten tags that tenth, and the
    // temperature that makes its confidences the best probabilities of a span being right
    // (least log loss) goes into the model trained on everything.
    let (fit, check): (Vec<_>, Vec<_>) = train
        .iter()
        .cloned()
        .enumerate()
        .partition(|(i, _)| *i % CALIBRATION_EVERY != CALIBRATION_EVERY - 1);
    let fit: Vec<TrainSentence<'_>> = fit.into_iter().map(|(_, s)| s).collect();
    let check: Vec<TrainSentence<'_>> = check.into_iter().map(|(_, s)| s).collect();
    let probe = khabar_tagger::train(tagger.templates, &fit, config, Vec::new());
    let temperature = calibrate(probe, tagger, &check);
    let model = khabar_tagger::train(tagger.templates, &train, config, trained_on)
        .with_temperature(temperature)
        .with_setting(EXAMPLES_KEY, &checksum);
    println!(
        "{code}: trained in {:.1} s, confidence temperature {temperature}",
        started.elapsed().as_secs_f64()
    );
    let bytes = model.to_bytes();
    fs::write(tagger.model_path, &bytes)
        .with_context(|| format!("writing {}", tagger.model_path))?;
    println!(
        "{code}: wrote {} ({} bytes)",
        tagger.model_path,
        bytes.len()
    );
    if !held.is_empty() {
        for (i, (name, from)) in held_files.iter().enumerate() {
            let to = held_files.get(i + 1).map_or(held.len(), |(_, t)| *t);
            let scores = khabar_tagger::evaluate(&model, tagger.templates, &held[*from..to]);
            let (loc, org) = (scores.of(EntityType::Loc), scores.of(EntityType::Org));
            println!(
                "{code}: held-out of {name}: LOC F1 {:.3}, ORG F1 {:.3} ({} sentences)",
                loc.f1(),
                org.f1(),
                to - from
            );
        }
        let scores = khabar_tagger::evaluate(&model, tagger.templates, &held);
        for kind in [
            EntityType::Loc,
            EntityType::Org,
            EntityType::Per,
            EntityType::Misc,
        ] {
            let c = scores.of(kind);
            println!(
                "{code}: held-out {}: precision {:.3} recall {:.3} F1 {:.3} (exact word spans)",
                kind.as_str(),
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/heldout");
        fs::create_dir_all(&out)?;
        let path = out.join(format!("{code}_heldout.gold.jsonl"));
        fs::File::create(&path)?.write_all(held_gold.as_bytes())?;
        println!("{code}: held-out gold in {}", path.display());
    }
    Ok(())
}

/// SPEC §2 makes a country a location whatever it does in the sentence; GMB's `gpe`
/// (mapped to MISC) also marks countries acting as political actors (`Iran said`), and its
/// `org` the country as a government (`U.S. support`, `the U.S. President`). Any span that is
/// exactly a country the tables list becomes a location, unless it is a person's (`Jordan
/// scored`); nationality adjectives (`Iranian`) stay MISC.
fn relabel_countries(matcher: &Matcher, rules: &LangRules, sentence: &mut Sentence) {
    let country_like = |kind: &str| kind == "ORG" || kind == "MISC";
    if !sentence.entities.iter().any(|e| country_like(&e.kind)) {
        return;
    }
    let doc = Document::new(sentence.text.clone(), rules.lang, None, Prefer::Past);
    let countries: Vec<std::ops::Range<usize>> = matcher
        .find_with(&doc, false)
        .into_iter()
        .filter(|f| {
            f.record
                .is_some_and(|r| r.feature.as_deref() == Some("country"))
        })
        .map(|f| doc.original_span(f.span))
        .collect();
    let bytes = byte_offsets(&sentence.text);
    for e in &mut sentence.entities {
        let span = bytes.get(e.start).copied().unwrap_or(0)..bytes.get(e.end).copied().unwrap_or(0);
        if country_like(&e.kind) && countries.contains(&span) {
            e.kind = "LOC".to_owned();
        }
    }
}

/// The temperature under which `model`'s span confidences on `check` have the least log
/// loss, a span counting as right when the gold has exactly it, of its type.
fn calibrate(model: khabar_tagger::Model, tagger: &NameTagger, check: &[TrainSentence<'_>]) -> f32 {
    let mut best = (f64::INFINITY, 1.0);
    for t in TEMPERATURES {
        let model = model.clone().with_temperature(t);
        let mut run = khabar_tagger::Tagger::new(&model);
        let mut features = khabar_tagger::Features::new();
        let (mut spans, mut gold) = (Vec::new(), Vec::new());
        let mut loss = 0.0f64;
        for sentence in check {
            features.compute(tagger.templates, &sentence.tokens);
            spans.clear();
            run.tag(&features, &mut spans);
            gold.clear();
            khabar_tagger::spans_from_labels(&sentence.labels, &mut gold);
            for span in &spans {
                let right = gold
                    .iter()
                    .any(|(g, k)| *g == span.tokens && *k == span.kind);
                let p = f64::from(span.confidence).clamp(1e-6, 1.0 - 1e-6);
                loss -= if right { p.ln() } else { (1.0 - p).ln() };
            }
        }
        if loss < best.0 {
            best = (loss, t);
        }
    }
    best.1
}

/// A sentence's words with their gazetteer features, and its gold labels.
struct Example {
    words: Vec<(String, Vec<u32>)>,
    labels: Vec<Label>,
}

/// The examples as the tagger's training sentences, borrowing from them.
fn sentences(examples: &[Example]) -> Vec<TrainSentence<'_>> {
    examples
        .iter()
        .map(|e| TrainSentence {
            tokens: e
                .words
                .iter()
                .map(|(text, extra)| Token { text, extra })
                .collect(),
            labels: e.labels.clone(),
        })
        .collect()
}

/// One training example and how many gold spans cleaning dropped.
fn example(
    matcher: &Matcher,
    rules: &LangRules,
    tagger: &NameTagger,
    sentence: &Sentence,
) -> (Example, usize) {
    let doc = Document::new(sentence.text.clone(), rules.lang, None, Prefer::Past);
    let words = matcher.tagger_tokens(&doc);
    let bytes = byte_offsets(&sentence.text);
    let originals: Vec<_> = words
        .tokens
        .iter()
        .map(|t| doc.original_span(t.clone()))
        .collect();
    let mut spans = Vec::new();
    let mut dropped = 0;
    for e in &sentence.entities {
        let (Some(&start), Some(&end)) = (bytes.get(e.start), bytes.get(e.end)) else {
            continue;
        };
        let Some(kind) = EntityType::parse(&e.kind) else {
            continue;
        };
        let surface = &sentence.text[start..end];
        if is_noise(surface, rules, tagger) {
            dropped += 1;
            continue;
        }
        let first = originals
            .iter()
            .position(|o| o.start >= start && o.end <= end);
        let last = originals
            .iter()
            .rposition(|o| o.start >= start && o.end <= end);
        if let (Some(first), Some(last)) = (first, last) {
            let word = |i: usize| &doc.normalized()[words.tokens[i].clone()];
            if let Some(range) = trim_gold(word, first..last + 1, kind, tagger) {
                spans.push((range, kind));
            } else {
                dropped += 1;
            }
        }
    }
    let labels: Vec<Label> = labels_from_spans(words.tokens.len(), &spans);
    let text = doc.normalized();
    let example = Example {
        words: words
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (text[t.clone()].to_owned(), words.extra(i).to_vec()))
            .collect(),
        labels,
    };
    (example, dropped)
}

/// The words of a gold span that are the name's, as the combination reads the tagger's
/// spans: no words that do not start with a letter or digit at either end (`@`, `'s`), no
/// leading word of `drop_first` (`the`), and for a person no leading title (the templates'
/// word class `title`: `President`, `Mr.`), which some corpora put inside the span.
fn trim_gold<'w>(
    word: impl Fn(usize) -> &'w str,
    mut range: std::ops::Range<usize>,
    kind: EntityType,
    tagger: &NameTagger,
) -> Option<std::ops::Range<usize>> {
    let starts_word = |w: &str| w.chars().next().is_some_and(khabar_core::is_word_char);
    let titles: &[&str] = tagger
        .templates
        .classes
        .iter()
        .find(|(name, _)| *name == "title")
        .map_or(&[], |(_, words)| words);
    let is_title = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        titles.iter().any(|t| t.trim_end_matches('.') == w)
    };
    while range.start < range.end {
        let w = word(range.start);
        let title = kind == EntityType::Per && range.end - range.start > 1 && is_title(w);
        if !starts_word(w) || tagger.drop_first.contains(&w) || title {
            range.start += 1;
        } else {
            break;
        }
    }
    while range.start < range.end && !starts_word(word(range.end - 1)) {
        range.end -= 1;
    }
    (range.start < range.end).then_some(range)
}

/// A gold span SPEC §2 does not count as a name: a common noun written in lower case in a
/// cased script, or one of the language's `not_names`.
fn is_noise(surface: &str, rules: &LangRules, tagger: &NameTagger) -> bool {
    let cased = surface.chars().any(|c| c.is_lowercase());
    let capital = surface.chars().any(|c| c.is_uppercase());
    // A not-name with one of the language's endings glued on is one too (`দেশের`).
    let not_name = tagger.not_names.iter().any(|n| {
        surface.strip_prefix(n).is_some_and(|rest| {
            rest.is_empty() || rules.suffixes.contains(&rest) || rules.emphatics.contains(&rest)
        })
    });
    (cased && !capital) || not_name
}

/// The held-out sentence as SPEC gold: locations and organizations, with dates and numbers
/// marked unannotated. A span that training cleans away as no name (`noise`: a lowercase
/// common noun, a lone `@` that the Broad Twitter Corpus labels besides the handle after it)
/// is optional, as SPEC §2 marks borderline spans: neither reward nor penalty.
fn gold_line(sentence: &Sentence, lang: &str, noise: impl Fn(&str) -> bool) -> Result<String> {
    let chars = sentence.text.chars().count();
    let mut entities = Vec::new();
    for e in &sentence.entities {
        let kind = match e.kind.as_str() {
            "LOC" => "location",
            "ORG" => "organization",
            _ => continue,
        };
        let text: String = sentence
            .text
            .chars()
            .skip(e.start)
            .take(e.end - e.start)
            .collect();
        let mut entity =
            serde_json::json!({"kind": kind, "start": e.start, "end": e.end, "text": text});
        if noise(&text) {
            entity["optional"] = serde_json::Value::Bool(true);
        }
        entities.push(entity);
    }
    for kind in ["date", "number"] {
        entities.push(serde_json::json!({
            "kind": kind, "start": 0, "end": chars, "text": sentence.text,
            "optional": true, "unannotated": true
        }));
    }
    let record = serde_json::json!({
        "id": sentence.id,
        "lang": lang,
        "reference_date": null,
        "text": sentence.text,
        "entities": entities,
    });
    Ok(format!("{record}\n"))
}

/// The byte offset of each code point of `text`, and of its end: the corpora's offsets are
/// code points.
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// FNV-1a, 64 bits: the held-out split's hash, fixed across platforms and releases.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each committed model records the checksum of the examples it was trained on, and
    /// where the corpora are at hand they still give exactly those examples: a change of
    /// the tables, the name rules or the label cleaning that the model has not been
    /// retrained after fails here, with no training in the test.
    #[test]
    fn every_model_is_trained_on_todays_examples() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/train");
        let mut checked = 0;
        for rules in names_languages() {
            let Some(tagger) = rules.tagger else {
                continue;
            };
            let code = rules.lang.as_str();
            let model = khabar_tagger::Model::from_bytes(tagger.model)
                .unwrap_or_else(|e| panic!("{code}: the committed model does not load: {e}"));
            let recorded = model.setting(EXAMPLES_KEY).unwrap_or_else(|| {
                panic!("{code}: the model records no `{EXAMPLES_KEY}:`; run `cargo xtask train --lang {code}`")
            });
            if !dir.is_dir() {
                continue;
            }
            let examples = read_examples(&dir, rules, tagger)
                .expect("readable corpora")
                .unwrap_or_else(|| panic!("{code}: a model but no corpora in {}", dir.display()));
            assert_eq!(
                examples_checksum(&examples.train),
                recorded,
                "{code}: the committed model was trained on other examples than today's tables, \
                 rules and corpora give; run `cargo xtask train --lang {code}`"
            );
            checked += 1;
        }
        if dir.is_dir() {
            assert!(checked >= 3, "every built-in language has a model");
        }
    }

    #[test]
    fn the_checksum_sees_a_word_a_feature_and_a_label() {
        let example = |word: &str, extra: Vec<u32>, label: Label| Example {
            words: vec![(word.to_owned(), extra)],
            labels: vec![label],
        };
        let base = examples_checksum(&[example("Iraq", vec![7], Label::ALL[1])]);
        assert_eq!(
            base,
            examples_checksum(&[example("Iraq", vec![7], Label::ALL[1])])
        );
        for other in [
            example("Iran", vec![7], Label::ALL[1]),
            example("Iraq", vec![8], Label::ALL[1]),
            example("Iraq", vec![7, 8], Label::ALL[1]),
            example("Iraq", vec![7], Label::ALL[2]),
        ] {
            assert_ne!(base, examples_checksum(&[other]));
        }
    }
}
