//! Training: the structured averaged perceptron that turns labelled sentences into a
//! [`Model`].
//!
//! Each epoch visits the sentences in an order shuffled by a seeded PRNG of our own. A
//! sentence is decoded with the current weights (Viterbi under the BIO constraints, as the
//! tagger decodes); where the decoded labels differ from the gold ones, every feature of a
//! wrong token gains one on the gold label and loses one on the decoded label, and so do
//! the transitions the two paths take differently. The model keeps the average of the
//! weights over every step, computed lazily: beside each weight `w` an accumulator `u`
//! sums `c × change` with `c` the step's timestamp, and the average after `c` steps is
//! `w - u / c`, so a step only touches the weights it changes.
//!
//! Invariant: training is deterministic. Weights are integers while training, the shuffle
//! comes from [`TrainConfig::seed`], and ties in decoding go to the lower label, so the
//! same sentences, templates and configuration give byte-identical [`Model::to_bytes`].

use crate::decode::{Lattice, Scores, Transitions, constrain};
use crate::features::{Features, Templates, Token};
use crate::labels::{Label, is_valid_bio, labels_from_spans, spans_from_labels};
use crate::model::{FORMAT, Header, Model, TRANSITION_ROWS, bucket};

/// One labelled sentence (or any sequence the caller tags as a unit).
#[derive(Clone, Debug)]
pub struct TrainSentence<'a> {
    /// Its tokens, with the caller's extra feature ids.
    pub tokens: Vec<Token<'a>>,
    /// One gold label per token. An invalid BIO sequence is read the lenient CoNLL way
    /// (a stray `I-t` starts an entity).
    pub labels: Vec<Label>,
}

/// How to train. There is no default: the values are part of the model's header.
#[derive(Clone, Copy, Debug)]
pub struct TrainConfig {
    /// Passes over the data; 10 to 20 is usual.
    pub epochs: u32,
    /// The model has `2^bits` weight buckets of 9 bytes (18: 2.4 MB). Within
    /// [`crate::model::BITS`]; clamped into it otherwise.
    pub bits: u8,
    /// Seeds the shuffle of each epoch.
    pub seed: u64,
}

/// Trains a model on `sentences` with features from `templates`.
///
/// `trained_on` names the training files with checksums the caller computed; they are
/// written into the header for tests that compare a model with its data. Sentences whose
/// label count differs from their token count are skipped (the header's `skipped:` line
/// counts them).
pub fn train(
    templates: &Templates,
    sentences: &[TrainSentence<'_>],
    config: &TrainConfig,
    trained_on: Vec<(String, String)>,
) -> Model {
    let bits = config
        .bits
        .clamp(*crate::model::BITS.start(), *crate::model::BITS.end());
    let corpus = Corpus::new(templates, sentences, bits);
    let mut weights = Averaged::new((1usize << bits) * Label::COUNT);
    let mut transition_weights = Averaged::new(TRANSITION_ROWS * Label::COUNT);

    let mut order: Vec<usize> = (0..corpus.sentences.len()).collect();
    let mut rng = SplitMix64(config.seed);
    let mut lattice = Lattice::default();
    let mut predicted = Vec::new();
    // The step count: the timestamp of the next update, 1-based.
    let mut step: i64 = 1;
    for _ in 0..config.epochs {
        shuffle(&mut order, &mut rng);
        for &s in &order {
            let tokens = corpus.sentences[s].clone();
            let transitions = constrain(&current_transitions(&transition_weights));
            lattice.emissions.clear();
            for t in tokens.clone() {
                let mut scores: Scores = [0.0; Label::COUNT];
                for &b in corpus.features(t) {
                    let row = &weights.current[b as usize * Label::COUNT..][..Label::COUNT];
                    for (score, &w) in scores.iter_mut().zip(row) {
                        *score += w as f32;
                    }
                }
                lattice.emissions.push(scores);
            }
            lattice.viterbi(&transitions, &mut predicted);
            let gold = &corpus.labels[tokens.clone()];
            if predicted != gold {
                update(
                    &corpus,
                    &mut weights,
                    &mut transition_weights,
                    tokens.start,
                    &predicted,
                    gold,
                    step,
                );
            }
            step += 1;
        }
    }

    let averaged = weights.average(step);
    let scale = quantization_scale(&averaged);
    let quantized = averaged
        .iter()
        .map(|&w| {
            if scale > 0.0 {
                (w / f64::from(scale)).round().clamp(-127.0, 127.0) as i8 as u8
            } else {
                0
            }
        })
        .collect();
    let averaged_transitions = transition_weights.average(step);
    let mut transitions: Transitions = [[0.0; Label::COUNT]; TRANSITION_ROWS];
    for (weight, &avg) in transitions.iter_mut().flatten().zip(&averaged_transitions) {
        *weight = avg as f32;
    }

    let header = Header {
        format: FORMAT,
        templates_version: templates.version,
        templates_fingerprint: templates.fingerprint(),
        bits,
        scale,
        epochs: config.epochs,
        temperature: 1.0,
        trained_on,
        settings: vec![
            ("seed".to_owned(), config.seed.to_string()),
            ("averaged".to_owned(), "yes".to_owned()),
            ("quantile".to_owned(), QUANTILE.to_string()),
            ("sentences".to_owned(), corpus.sentences.len().to_string()),
            ("tokens".to_owned(), corpus.labels.len().to_string()),
            ("skipped".to_owned(), corpus.skipped.to_string()),
        ],
    };
    Model::from_parts(header, transitions, quantized)
}

/// The share of nonzero weights that quantize without clipping: the scale maps this
/// quantile of their magnitudes to 127, so a few outliers (the bias on `O`) do not round
/// every ordinary weight to zero.
const QUANTILE: f64 = 0.9999;

fn quantization_scale(weights: &[f64]) -> f32 {
    let mut magnitudes: Vec<f64> = weights
        .iter()
        .map(|w| w.abs())
        .filter(|&w| w > 0.0)
        .collect();
    if magnitudes.is_empty() {
        return 0.0;
    }
    let at = ((magnitudes.len() - 1) as f64 * QUANTILE) as usize;
    let (_, &mut high, _) = magnitudes.select_nth_unstable_by(at, f64::total_cmp);
    (high / 127.0) as f32
}

/// Applies one perceptron update at timestamp `step`: `gold` gains and `predicted` loses
/// on every token where they differ and on every transition the two paths take
/// differently.
fn update(
    corpus: &Corpus,
    weights: &mut Averaged,
    transition_weights: &mut Averaged,
    first_token: usize,
    predicted: &[Label],
    gold: &[Label],
    step: i64,
) {
    let mut prev: Option<(Label, Label)> = None;
    for (t, (&p, &g)) in predicted.iter().zip(gold).enumerate() {
        if p != g {
            for &b in corpus.features(first_token + t) {
                let row = b as usize * Label::COUNT;
                weights.add(row + g.index(), 1, step);
                weights.add(row + p.index(), -1, step);
            }
        }
        let (row_p, row_g) = match prev {
            None => (0, 0),
            Some((pp, pg)) => (1 + pp.index(), 1 + pg.index()),
        };
        if (row_p, p) != (row_g, g) {
            transition_weights.add(row_g * Label::COUNT + g.index(), 1, step);
            transition_weights.add(row_p * Label::COUNT + p.index(), -1, step);
        }
        prev = Some((p, g));
    }
}

fn current_transitions(weights: &Averaged) -> Transitions {
    let mut out: Transitions = [[0.0; Label::COUNT]; TRANSITION_ROWS];
    for (weight, &w) in out.iter_mut().flatten().zip(&weights.current) {
        *weight = w as f32;
    }
    out
}

/// Integer weights with the accumulators of lazy averaging (see the module doc).
struct Averaged {
    current: Vec<i32>,
    /// `sum of step × change` per weight.
    timed: Vec<i64>,
}

impl Averaged {
    fn new(len: usize) -> Averaged {
        Averaged {
            current: vec![0; len],
            timed: vec![0; len],
        }
    }

    fn add(&mut self, at: usize, change: i32, step: i64) {
        self.current[at] += change;
        self.timed[at] += step * i64::from(change);
    }

    /// The average of every weight over steps `1..steps`.
    fn average(&self, steps: i64) -> Vec<f64> {
        let steps = steps as f64;
        self.current
            .iter()
            .zip(&self.timed)
            .map(|(&w, &u)| f64::from(w) - u as f64 / steps)
            .collect()
    }
}

/// The training sentences' features (as model buckets) and gold labels, flattened.
///
/// Invariant: `starts` has one entry per token plus one; token `t`'s buckets are
/// `buckets[starts[t]..starts[t + 1]]`; `sentences` hold token ranges covering `labels`.
struct Corpus {
    buckets: Vec<u32>,
    starts: Vec<usize>,
    labels: Vec<Label>,
    sentences: Vec<std::ops::Range<usize>>,
    skipped: usize,
}

impl Corpus {
    fn new(templates: &Templates, sentences: &[TrainSentence<'_>], bits: u8) -> Corpus {
        let mut corpus = Corpus {
            buckets: Vec::new(),
            starts: vec![0],
            labels: Vec::new(),
            sentences: Vec::new(),
            skipped: 0,
        };
        let mut features = Features::new();
        let mut spans = Vec::new();
        for sentence in sentences {
            if sentence.labels.len() != sentence.tokens.len() {
                corpus.skipped += 1;
                continue;
            }
            let first = corpus.labels.len();
            if is_valid_bio(&sentence.labels) {
                corpus.labels.extend_from_slice(&sentence.labels);
            } else {
                spans.clear();
                spans_from_labels(&sentence.labels, &mut spans);
                corpus
                    .labels
                    .extend(labels_from_spans(sentence.labels.len(), &spans));
            }
            corpus.sentences.push(first..corpus.labels.len());
            features.compute(templates, &sentence.tokens);
            for t in 0..features.len() {
                corpus
                    .buckets
                    .extend(features.token(t).iter().map(|&id| bucket(id, bits) as u32));
                corpus.starts.push(corpus.buckets.len());
            }
        }
        corpus
    }

    fn features(&self, token: usize) -> &[u32] {
        &self.buckets[self.starts[token]..self.starts[token + 1]]
    }
}

/// SplitMix64: a small, fixed PRNG, so the shuffle is the same everywhere.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound > 0`), with a negligible bias for our sizes.
    fn below(&mut self, bound: usize) -> usize {
        ((u128::from(self.next()) * bound as u128) >> 64) as usize
    }
}

/// Fisher–Yates.
fn shuffle(order: &mut [usize], rng: &mut SplitMix64) {
    for i in (1..order.len()).rev() {
        let j = rng.below(i + 1);
        order.swap(i, j);
    }
}
