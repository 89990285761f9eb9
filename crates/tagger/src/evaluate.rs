//! Evaluation: per-type precision, recall and F1 of a model on held-out labelled
//! sentences, counting exact token spans (CoNLL style: a span counts only if its first
//! token, last token and type all match).

use crate::decode::Tagger;
use crate::features::{Features, Templates};
use crate::labels::{EntityType, spans_from_labels};
use crate::model::Model;
use crate::train::TrainSentence;

/// Span counts of one entity type, or of all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Spans found with the right extent and type.
    pub true_positives: usize,
    /// Spans found that are not gold spans.
    pub false_positives: usize,
    /// Gold spans not found.
    pub false_negatives: usize,
}

impl Counts {
    /// True positives over spans found; 0 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// True positives over gold spans; 0 when there are none.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: &Counts) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The counts of an evaluation, per type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Indexed by [`EntityType::index`].
    pub per_type: [Counts; 4],
}

impl Evaluation {
    /// The counts of `kind`.
    pub fn of(&self, kind: EntityType) -> Counts {
        self.per_type[kind.index()]
    }

    /// The counts of all types together (micro-averaged scores).
    pub fn overall(&self) -> Counts {
        let mut total = Counts::default();
        for counts in &self.per_type {
            total.add(counts);
        }
        total
    }
}

/// Tags `sentences` with `model` under `templates` and counts its spans against the gold
/// labels. Sentences whose label count differs from their token count are skipped.
pub fn evaluate(
    model: &Model,
    templates: &Templates,
    sentences: &[TrainSentence<'_>],
) -> Evaluation {
    let mut tagger = Tagger::new(model);
    let mut features = Features::new();
    let (mut gold, mut found) = (Vec::new(), Vec::new());
    let mut evaluation = Evaluation::default();
    for sentence in sentences {
        if sentence.labels.len() != sentence.tokens.len() {
            continue;
        }
        features.compute(templates, &sentence.tokens);
        gold.clear();
        found.clear();
        spans_from_labels(&sentence.labels, &mut gold);
        spans_from_labels(tagger.labels(&features), &mut found);
        for span in &found {
            let counts = &mut evaluation.per_type[span.1.index()];
            if gold.contains(span) {
                counts.true_positives += 1;
            } else {
                counts.false_positives += 1;
            }
        }
        for span in &gold {
            if !found.contains(span) {
                evaluation.per_type[span.1.index()].false_negatives += 1;
            }
        }
    }
    evaluation
}
