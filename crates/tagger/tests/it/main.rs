//! The tagger end to end on a synthetic corpus: training, tagging unseen names by context,
//! determinism, storing and loading models, and the validity of every output.

mod toy;

use std::sync::OnceLock;

use khabar_tagger::{
    EntityType, Features, Label, Model, ModelError, TaggedSpan, Tagger, Templates, Token,
    TrainConfig, evaluate, is_valid_bio, segment, train,
};
use proptest::prelude::*;

use toy::{Names, TEMPLATES, ToySentence, corpus, gazetteer_location};

const CONFIG: TrainConfig = TrainConfig {
    epochs: 8,
    bits: 16,
    seed: 7,
};

fn training_data() -> &'static [ToySentence] {
    static DATA: OnceLock<Vec<ToySentence>> = OnceLock::new();
    DATA.get_or_init(|| corpus(1, 600, Names::Train))
}

fn trained() -> Model {
    let sentences: Vec<_> = training_data()
        .iter()
        .map(ToySentence::train_sentence)
        .collect();
    let trained_on = vec![("toy/train.txt".to_owned(), "fnv:0123".to_owned())];
    train(&TEMPLATES, &sentences, &CONFIG, trained_on)
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(trained)
}

fn tag(model: &Model, tokens: &[Token<'_>]) -> Vec<TaggedSpan> {
    let mut features = Features::new();
    features.compute(&TEMPLATES, tokens);
    let mut spans = Vec::new();
    Tagger::new(model).tag(&features, &mut spans);
    spans
}

fn words(text: &str) -> Vec<Token<'_>> {
    text.split_whitespace()
        .map(|text| Token { text, extra: &[] })
        .collect()
}

#[test]
fn unseen_names_are_tagged_by_context() {
    let held = corpus(2, 300, Names::Held);
    let sentences: Vec<_> = held.iter().map(ToySentence::train_sentence).collect();
    let evaluation = evaluate(model(), &TEMPLATES, &sentences);
    for kind in EntityType::ALL {
        let counts = evaluation.of(kind);
        assert!(counts.f1() > 0.9, "{}: {counts:?}", kind.as_str());
    }
    assert!(
        evaluation.overall().f1() > 0.95,
        "{:?}",
        evaluation.overall()
    );

    let spans = tag(
        model(),
        &words("Minister Jaxwim Zupex said on Monday that Qahul Corp would expand in Tylbrum ."),
    );
    let found: Vec<_> = spans.iter().map(|s| (s.tokens.clone(), s.kind)).collect();
    assert_eq!(
        found,
        [
            (1..3, EntityType::Per),
            (7..9, EntityType::Org),
            (12..13, EntityType::Loc)
        ]
    );
}

#[test]
fn training_is_deterministic() {
    let again = trained();
    assert_eq!(again.to_bytes(), model().to_bytes());
    let sentences: Vec<_> = training_data()
        .iter()
        .map(ToySentence::train_sentence)
        .collect();
    let other_seed = train(
        &TEMPLATES,
        &sentences,
        &TrainConfig { seed: 8, ..CONFIG },
        Vec::new(),
    );
    assert_ne!(other_seed.to_bytes(), model().to_bytes());
}

#[test]
fn a_stored_model_tags_the_same() {
    let bytes: &'static [u8] = Box::leak(model().to_bytes().into_boxed_slice());
    let loaded = Model::from_bytes(bytes).expect("a model just written");
    assert_eq!(loaded.header(), model().header());
    for sentence in corpus(3, 50, Names::Held) {
        let tokens = sentence.tokens();
        assert_eq!(
            tag(&loaded, &tokens),
            tag(model(), &tokens),
            "{}",
            sentence.text()
        );
    }
}

#[test]
fn the_header_names_the_training_run() {
    let bytes = model().to_bytes();
    let end = bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .expect("a header");
    let header = std::str::from_utf8(&bytes[..end]).expect("a UTF-8 header");
    for line in [
        "khabar-tagger-model: 1",
        "templates-version: 1",
        "bits: 16",
        "epochs: 8",
        "seed: 7",
        "sentences: 600",
        "trained-on: toy/train.txt fnv:0123",
        "labels: O B-LOC I-LOC B-ORG I-ORG B-PER I-PER B-MISC I-MISC",
    ] {
        assert!(
            header.lines().any(|l| l == line),
            "no {line:?} in\n{header}"
        );
    }
    let h = model().header();
    assert_eq!(
        h.trained_on,
        [("toy/train.txt".to_owned(), "fnv:0123".to_owned())]
    );
    assert_eq!(h.templates_fingerprint, TEMPLATES.fingerprint());
    assert!(model().check_templates(&TEMPLATES).is_ok());
    let changed = Templates {
        version: 2,
        ..TEMPLATES
    };
    assert!(matches!(
        model().check_templates(&changed),
        Err(ModelError::Templates { .. })
    ));
}

#[test]
fn a_damaged_model_is_an_error() {
    let bytes = model().to_bytes();
    for len in [0, 10, 100, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Model::from_vec(bytes[..len].to_vec()).is_err(),
            "truncated to {len}"
        );
    }
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1000;
    damaged[last] ^= 1;
    assert_eq!(Model::from_vec(damaged).err(), Some(ModelError::Checksum));
}

#[test]
fn gazetteer_evidence_raises_confidence() {
    let gazetteer = [gazetteer_location()];
    let sentence = |extra: &'static [u32]| {
        ["Police", "in", "Orvek", "said", "."].map(|text| Token {
            text,
            extra: if text == "Orvek" { extra } else { &[] },
        })
    };
    let with: &'static [u32] = Box::leak(Box::new(gazetteer));
    let plain = tag(model(), &sentence(&[]));
    let evidenced = tag(model(), &sentence(with));
    assert_eq!(plain.len(), 1, "{plain:?}");
    assert_eq!(evidenced.len(), 1, "{evidenced:?}");
    assert_eq!(evidenced[0].kind, EntityType::Loc);
    assert!(
        evidenced[0].confidence > plain[0].confidence,
        "{evidenced:?} vs {plain:?}"
    );
    // A lowercase word where a city would be is weaker evidence than a capitalized one.
    let lower = tag(model(), &words("Police in orvek said ."));
    assert!(
        lower.iter().all(|s| s.confidence < plain[0].confidence),
        "{lower:?}"
    );
}

#[test]
fn segmented_text_can_be_tagged() {
    let text = "Shares of Pexyo Inc fell 3 % in Wimcie trading on Friday.";
    let mut ranges = Vec::new();
    segment(text, &mut ranges);
    let tokens: Vec<Token<'_>> = ranges
        .iter()
        .map(|r| Token {
            text: &text[r.clone()],
            extra: &[],
        })
        .collect();
    let spans = tag(model(), &tokens);
    let found: Vec<_> = spans
        .iter()
        .map(|s| {
            (
                &text[ranges[s.tokens.start].start..ranges[s.tokens.end - 1].end],
                s.kind,
            )
        })
        .collect();
    assert_eq!(
        found,
        [("Pexyo Inc", EntityType::Org), ("Wimcie", EntityType::Loc)]
    );
}

const VOCABULARY: &[&str] = &[
    "in",
    "Inc",
    "said",
    "Mr",
    "the",
    ".",
    ",",
    "Zupex",
    "visited",
    "and",
    "Corp",
    "of",
    "Marathon",
    "qa",
    "3",
    "%",
    "President",
    "from",
    "ঢাকা",
    "بغداد",
];

proptest! {
    /// Whatever the tokens, the labels are valid BIO and every span is inside the sequence
    /// with a confidence in range.
    #[test]
    fn every_output_is_valid(picks in proptest::collection::vec(0..VOCABULARY.len(), 0..30)) {
        let tokens: Vec<Token<'_>> = picks.iter().map(|&i| Token { text: VOCABULARY[i], extra: &[] }).collect();
        let mut features = Features::new();
        features.compute(&TEMPLATES, &tokens);
        let mut tagger = Tagger::new(model());
        let labels: Vec<Label> = tagger.labels(&features).to_vec();
        prop_assert_eq!(labels.len(), tokens.len());
        prop_assert!(is_valid_bio(&labels));
        let mut spans = Vec::new();
        tagger.tag(&features, &mut spans);
        for span in &spans {
            prop_assert!(span.tokens.start < span.tokens.end && span.tokens.end <= tokens.len());
            prop_assert!((0.2..=1.0).contains(&span.confidence), "{:?}", span);
        }
        prop_assert!(spans.windows(2).all(|w| w[0].tokens.end <= w[1].tokens.start));
    }
}
