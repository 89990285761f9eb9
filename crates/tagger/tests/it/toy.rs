//! A synthetic news corpus for the tests and the throughput example: sentences built from
//! templates (`X visited Y`, cities after `in`, companies before `Inc`) with invented names,
//! so a model can only tag unseen names right from their context and shape.
//!
//! Names come from two disjoint syllable sets: [`Names::Train`] for training data,
//! [`Names::Held`] for held-out data, so no held-out name was ever seen in training.

#![allow(dead_code, unreachable_pub)]

use khabar_tagger::{
    EntityType, Label, Templates, Token, TrainSentence, feature_id, labels_from_spans,
};

/// English-like templates for the toy corpus.
pub const TEMPLATES: Templates = Templates {
    version: 1,
    window: 2,
    lowercase: true,
    conjunctions: true,
    shape: true,
    prefix_lengths: &[1, 2, 3],
    suffix_lengths: &[2, 3, 4],
    strip_prefixes: &[],
    strip_suffixes: &[],
    stem_pairs: true,
    classes: &[
        ("title", &["mr", "mrs", "president", "minister", "chief"]),
        ("company", &["inc", "corp", "ltd", "group"]),
        ("place-preposition", &["in", "at", "from", "near"]),
        ("say", &["said", "says", "told", "added"]),
    ],
};

/// The gazetteer hit the toy data puts on some city tokens.
pub fn gazetteer_location() -> u32 {
    feature_id("gaz:location:city:B")
}

/// Which syllables names are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Names {
    Train,
    Held,
}

/// A small deterministic PRNG (xorshift64*).
#[derive(Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One owned sentence: words, gold labels and extra feature ids per word.
#[derive(Debug)]
pub struct ToySentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
    pub extras: Vec<Vec<u32>>,
}

impl ToySentence {
    /// The sentence as the tagger's training input, borrowing from `self`.
    pub fn train_sentence(&self) -> TrainSentence<'_> {
        TrainSentence {
            tokens: self.tokens(),
            labels: self.labels.clone(),
        }
    }

    pub fn tokens(&self) -> Vec<Token<'_>> {
        self.words
            .iter()
            .zip(&self.extras)
            .map(|(text, extra)| Token { text, extra })
            .collect()
    }

    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

fn name(rng: &mut Rng, names: Names) -> String {
    const TRAIN: &[&str] = &[
        "ka", "lo", "mi", "ran", "tes", "vo", "bel", "dor", "ni", "sa", "gu", "fen",
    ];
    const HELD: &[&str] = &[
        "zu", "pex", "qa", "wim", "yo", "hul", "jax", "cie", "orv", "tyl", "ek", "brum",
    ];
    let syllables = match names {
        Names::Train => TRAIN,
        Names::Held => HELD,
    };
    let mut word = String::new();
    for _ in 0..2 + rng.below(2) {
        word.push_str(rng.pick(syllables));
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => word,
    }
}

struct Builder<'r> {
    rng: &'r mut Rng,
    names: Names,
    words: Vec<String>,
    extras: Vec<Vec<u32>>,
    spans: Vec<(std::ops::Range<usize>, EntityType)>,
}

impl Builder<'_> {
    fn plain(&mut self, text: &str) {
        for word in text.split_whitespace() {
            self.words.push(word.to_owned());
            self.extras.push(Vec::new());
        }
    }

    fn entity(&mut self, kind: EntityType, words: &[String]) {
        let start = self.words.len();
        for word in words {
            self.words.push(word.clone());
            let mut extra = Vec::new();
            // Most cities are in the gazetteer, some are not.
            if kind == EntityType::Loc && self.rng.below(10) < 6 {
                extra.push(gazetteer_location());
            }
            self.extras.push(extra);
        }
        self.spans.push((start..self.words.len(), kind));
    }

    fn person(&mut self) {
        let mut words = vec![name(self.rng, self.names)];
        if self.rng.below(2) == 0 {
            words.push(name(self.rng, self.names));
        }
        self.entity(EntityType::Per, &words);
    }

    fn city(&mut self) {
        let words = [name(self.rng, self.names)];
        self.entity(EntityType::Loc, &words);
    }

    fn company(&mut self) {
        let suffix = self.rng.pick(&["Inc", "Corp", "Ltd", "Group"]).to_owned();
        let words = [name(self.rng, self.names), suffix];
        self.entity(EntityType::Org, &words);
    }

    fn event(&mut self) {
        let kind = self.rng.pick(&["Marathon", "Festival", "Cup"]).to_owned();
        let words = [name(self.rng, self.names), kind];
        self.entity(EntityType::Misc, &words);
    }
}

/// `count` sentences from `seed` with names of `names`.
pub fn corpus(seed: u64, count: usize, names: Names) -> Vec<ToySentence> {
    let mut rng = Rng::new(seed);
    (0..count).map(|_| sentence(&mut rng, names)).collect()
}

fn sentence(rng: &mut Rng, names: Names) -> ToySentence {
    let pattern = rng.below(8);
    let mut b = Builder {
        rng,
        names,
        words: Vec::new(),
        extras: Vec::new(),
        spans: Vec::new(),
    };
    match pattern {
        0 => {
            let title = b.rng.pick(&["President", "Minister", "Mr"]);
            b.plain(title);
            b.person();
            b.plain("said on Monday that");
            b.company();
            b.plain("would expand in");
            b.city();
            b.plain(".");
        }
        1 => {
            b.city();
            b.plain("officials met");
            b.person();
            b.plain(", a spokesman for");
            b.company();
            b.plain(".");
        }
        2 => {
            b.plain("Shares of");
            b.company();
            b.plain("fell 3 % in");
            b.city();
            b.plain("trading on Friday .");
        }
        3 => {
            b.person();
            b.plain("visited");
            b.city();
            b.plain("and");
            b.city();
            b.plain("last week , officials said .");
        }
        4 => {
            b.plain("The");
            b.event();
            b.plain("attracted runners from");
            b.city();
            b.plain(".");
        }
        5 => {
            b.plain("the market closed higher as investors weighed the news , analysts told reporters .");
        }
        6 => {
            b.plain("Police in");
            b.city();
            b.plain("said");
            b.person();
            b.plain("was arrested near");
            b.city();
            b.plain(".");
        }
        _ => {
            b.company();
            b.plain("chief");
            b.person();
            b.plain("told investors in");
            b.city();
            b.plain("that sales rose .");
        }
    }
    let labels = labels_from_spans(b.words.len(), &b.spans);
    ToySentence {
        words: b.words,
        labels,
        extras: b.extras,
    }
}
