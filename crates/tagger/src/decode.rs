//! Decoding: the best BIO label sequence for a token sequence under a model (Viterbi), the
//! entity spans it spells, and each span's confidence.
//!
//! Confidence. For a span of tokens `s..e` decoded as type `x`, five labellings of exactly
//! those tokens compete: all `O`, or one entity of each of the four types (`B-y I-y…`).
//! Each is scored by its best completion: the best path over the whole sequence that
//! labels `s..e` that way (with the span closed, so the next token is not `I-y`), found
//! from Viterbi scores run forward and backward. The confidence is the softmax of the
//! decoded labelling's score among the five: the probability of "these tokens are an `x`"
//! against "they are nothing" and "they are another type", the rest of the sentence being
//! decoded at its best either way. It lies in `[0.2, 1)` (the decoded labelling has the
//! highest score of the five) and grows with every piece of evidence for the span: raising
//! a weight of `B-x` or `I-x` on the span raises the decoded score and none of the others.
//!
//! Invariant: every label sequence decoded here is valid BIO (`I-t` only after `B-t` or
//! `I-t`): disallowed transitions score `-inf`, and `O` is allowed everywhere, so a finite
//! path always exists.

use std::ops::Range;

use crate::features::{Features, Templates, Token};
use crate::labels::{EntityType, Label, spans_from_labels};
use crate::model::{Model, TRANSITION_ROWS};

/// Label scores of one token, indexed by label.
pub(crate) type Scores = [f32; Label::COUNT];

/// Transition weights: row 0 from the start, row `1 + p` from label `p`.
pub(crate) type Transitions = [Scores; TRANSITION_ROWS];

/// An entity found by the tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedSpan {
    /// Its tokens: indices into the sequence tagged.
    pub tokens: Range<usize>,
    /// Its type.
    pub kind: EntityType,
    /// How sure the model is, in `[0.2, 1)` (see the module doc).
    pub confidence: f32,
}

/// A model with the scratch buffers decoding reuses from one sequence to the next. One per
/// thread; it allocates nothing once its buffers have grown to the longest sequence.
#[derive(Debug)]
pub struct Tagger<'m> {
    model: &'m Model,
    /// The model's transitions with the BIO constraints applied (`-inf` where disallowed).
    transitions: Transitions,
    scratch: Scratch,
}

/// The buffers a [`Tagger`] decodes in. A caller that makes a tagger per document keeps
/// one per thread and lends it ([`Tagger::with_scratch`], [`Tagger::into_scratch`]), so that
/// long sequences do not allocate (and fault in) fresh memory each time.
#[derive(Debug, Default)]
pub struct Scratch {
    lattice: Lattice,
    labels: Vec<Label>,
    spans: Vec<(Range<usize>, EntityType)>,
}

impl<'m> Tagger<'m> {
    /// A tagger over `model`.
    pub fn new(model: &'m Model) -> Tagger<'m> {
        Tagger::with_scratch(model, Scratch::default())
    }

    /// A tagger over `model` that decodes in `scratch`'s buffers.
    pub fn with_scratch(model: &'m Model, scratch: Scratch) -> Tagger<'m> {
        Tagger {
            model,
            transitions: constrain(model.transitions()),
            scratch,
        }
    }

    /// The buffers, for the next tagger.
    pub fn into_scratch(self) -> Scratch {
        self.scratch
    }

    /// Pushes to `out` the entities in the sequence whose features are `features`, in
    /// order, with their confidence. `out` is not cleared.
    pub fn tag(&mut self, features: &Features, out: &mut Vec<TaggedSpan>) {
        self.decode(features);
        self.spans(out);
    }

    /// As [`Tagger::tag`] over `tokens` read with `templates`, computing their features in
    /// `features`: the same spans, faster, since what a frequent word adds to the scores is
    /// remembered with it ([`Features`]' score path) instead of looked up at every token.
    pub fn tag_tokens(
        &mut self,
        features: &mut Features,
        templates: &Templates,
        tokens: &[Token<'_>],
        out: &mut Vec<TaggedSpan>,
    ) {
        features.score(templates, self.model, tokens);
        self.decode_scores(features.scores());
        self.spans(out);
    }

    /// Pushes to `out` the spans of the labels just decoded, with their confidence.
    fn spans(&mut self, out: &mut Vec<TaggedSpan>) {
        self.scratch.spans.clear();
        spans_from_labels(&self.scratch.labels, &mut self.scratch.spans);
        // A confidence reads the backward scores at a span's end only: none are needed when
        // nothing was tagged (most sentences of news), and none before the first span's end.
        let Some(first_end) = self.scratch.spans.iter().map(|(t, _)| t.end).min() else {
            return;
        };
        self.scratch
            .lattice
            .run_backward(&self.transitions, first_end);
        for (tokens, kind) in self.scratch.spans.drain(..) {
            let confidence = self.scratch.lattice.confidence(
                &self.transitions,
                tokens.clone(),
                kind,
                self.model.header().temperature,
            );
            out.push(TaggedSpan {
                tokens,
                kind,
                confidence,
            });
        }
    }

    /// The best label sequence for `features`, one label per token (valid BIO).
    pub fn labels(&mut self, features: &Features) -> &[Label] {
        self.decode(features);
        &self.scratch.labels
    }

    fn decode(&mut self, features: &Features) {
        let scale = self.model.header().scale;
        self.scratch.lattice.emissions.clear();
        for i in 0..features.len() {
            let mut sums = [0i32; Label::COUNT];
            self.model.add_weights(features.token(i), &mut sums);
            self.scratch
                .lattice
                .emissions
                .push(sums.map(|s| s as f32 * scale));
        }
        self.scratch
            .lattice
            .viterbi(&self.transitions, &mut self.scratch.labels);
    }

    /// [`Tagger::decode`] from label scores already summed, one row per token.
    fn decode_scores(&mut self, scores: &[[i32; Label::COUNT]]) {
        let scale = self.model.header().scale;
        self.scratch.lattice.emissions.clear();
        self.scratch
            .lattice
            .emissions
            .extend(scores.iter().map(|sums| sums.map(|s| s as f32 * scale)));
        self.scratch
            .lattice
            .viterbi(&self.transitions, &mut self.scratch.labels);
    }
}

/// `transitions` with the BIO constraints: `-inf` for `I-t` at the start or after anything
/// but `B-t` and `I-t`.
pub(crate) fn constrain(transitions: &Transitions) -> Transitions {
    let mut out = *transitions;
    for (row, weights) in out.iter_mut().enumerate() {
        let prev = row.checked_sub(1).and_then(Label::from_index);
        for (next, weight) in weights.iter_mut().enumerate() {
            let allowed = Label::from_index(next).is_some_and(|next| Label::may_follow(prev, next));
            if !allowed {
                *weight = f32::NEG_INFINITY;
            }
        }
    }
    out
}

/// The emission scores of a sequence and the Viterbi tables over them.
///
/// Invariant: after [`Lattice::viterbi`], `forward` has one row per emission row; after
/// [`Lattice::run_backward`] from `from`, so has `backward`, exact from row `from` on.
#[derive(Debug, Default)]
pub(crate) struct Lattice {
    /// Per token, the score of each label from the token's features.
    pub(crate) emissions: Vec<Scores>,
    /// `forward[t][l]`: the best score of tokens `0..=t` ending with label `l`.
    forward: Vec<Scores>,
    /// `backward[t][l]`: the best score of tokens `t+1..` given label `l` at `t`.
    backward: Vec<Scores>,
}

impl Lattice {
    /// Fills `labels` with the best label sequence under `transitions` (constrained). Ties
    /// go to the lower label index, so decoding is deterministic.
    pub(crate) fn viterbi(&mut self, transitions: &Transitions, labels: &mut Vec<Label>) {
        labels.clear();
        self.forward.clear();
        let Some(first) = self.emissions.first() else {
            return;
        };
        self.forward.push(add(&transitions[0], first));
        for emission in &self.emissions[1..] {
            let prev = self.forward[self.forward.len() - 1];
            let mut scores = [f32::NEG_INFINITY; Label::COUNT];
            for (p, &prev_score) in prev.iter().enumerate() {
                let row = &transitions[1 + p];
                for l in 0..Label::COUNT {
                    scores[l] = max(scores[l], prev_score + row[l]);
                }
            }
            self.forward.push(add(&scores, emission));
        }
        // Back pointers are found again while tracing back, from the same sums, rather than
        // kept for every token: the forward pass stays a plain max, which vectorizes.
        let n = self.emissions.len();
        let mut label = argmax(&self.forward[n - 1]);
        labels.resize(n, Label::O);
        for t in (0..n).rev() {
            labels[t] = Label::from_index(label).unwrap_or(Label::O);
            if t > 0 {
                let before: Scores =
                    std::array::from_fn(|p| self.forward[t - 1][p] + transitions[1 + p][label]);
                label = argmax(&before);
            }
        }
    }

    /// Fills the rows `from..` of `backward` (see the field) under `transitions`
    /// (constrained); the rows before `from` are left at zero, not computed.
    fn run_backward(&mut self, transitions: &Transitions, from: usize) {
        let n = self.emissions.len();
        self.backward.clear();
        self.backward.resize(n, [0.0; Label::COUNT]);
        for t in (from..n.saturating_sub(1)).rev() {
            let next = add(&self.backward[t + 1], &self.emissions[t + 1]);
            let mut scores = [f32::NEG_INFINITY; Label::COUNT];
            for (score, row) in scores.iter_mut().zip(&transitions[1..]) {
                for (&weight, &after) in row.iter().zip(&next) {
                    *score = max(*score, weight + after);
                }
            }
            self.backward[t] = scores;
        }
    }

    /// The confidence of the span `tokens` decoded as `kind` (see the module doc).
    fn confidence(
        &self,
        transitions: &Transitions,
        tokens: Range<usize>,
        kind: EntityType,
        temperature: f32,
    ) -> f32 {
        let decoded = self.best_with(transitions, tokens.clone(), Some(kind));
        let mut total = 0.0f64;
        let temperature = f64::from(temperature);
        for other in [
            None,
            Some(EntityType::Loc),
            Some(EntityType::Org),
            Some(EntityType::Per),
            Some(EntityType::Misc),
        ] {
            let score = self.best_with(transitions, tokens.clone(), other);
            total += (f64::from(score - decoded) / temperature).exp();
        }
        // `total >= 1`: the decoded labelling is one of the five.
        (1.0 / total) as f32
    }

    /// The best score of a path labelling `tokens` as one entity of type `kind` (`None`:
    /// all `O`), closed at its end.
    fn best_with(
        &self,
        transitions: &Transitions,
        tokens: Range<usize>,
        kind: Option<EntityType>,
    ) -> f32 {
        let label_at = |t: usize| match kind {
            None => Label::O,
            Some(kind) if t == tokens.start => Label::begin(kind),
            Some(kind) => Label::inside(kind),
        };
        let first = label_at(tokens.start).index();
        let mut score = match tokens.start.checked_sub(1) {
            None => transitions[0][first],
            Some(before) => (0..Label::COUNT)
                .map(|p| self.forward[before][p] + transitions[1 + p][first])
                .fold(f32::NEG_INFINITY, f32::max),
        } + self.emissions[tokens.start][first];
        let mut prev = first;
        for t in tokens.start + 1..tokens.end {
            let label = label_at(t).index();
            score += transitions[1 + prev][label] + self.emissions[t][label];
            prev = label;
        }
        if tokens.end < self.emissions.len() {
            let continues = kind.map(|kind| Label::inside(kind).index());
            let exit = (0..Label::COUNT)
                .filter(|&q| Some(q) != continues)
                .map(|q| {
                    transitions[1 + prev][q]
                        + self.emissions[tokens.end][q]
                        + self.backward[tokens.end][q]
                })
                .fold(f32::NEG_INFINITY, f32::max);
            score += exit;
        }
        score
    }
}

/// The larger of two scores. Unlike `f32::max` it does not look for NaN (scores are never
/// NaN: the model's weights are finite), so the forward pass compiles to vector max.
#[inline]
fn max(a: f32, b: f32) -> f32 {
    if b > a { b } else { a }
}

fn add(a: &Scores, b: &Scores) -> Scores {
    std::array::from_fn(|l| a[l] + b[l])
}

/// The index of the highest score, the lowest index on ties.
fn argmax(scores: &Scores) -> usize {
    let mut best = 0;
    for l in 1..Label::COUNT {
        if scores[l] > scores[best] {
            best = l;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::is_valid_bio;

    fn lattice(emissions: &[Scores]) -> Lattice {
        Lattice {
            emissions: emissions.to_vec(),
            ..Lattice::default()
        }
    }

    /// Emissions that favour `I-LOC` everywhere still decode to valid BIO.
    #[test]
    fn constraints_hold_against_the_emissions() {
        let transitions = constrain(&[[0.0; Label::COUNT]; TRANSITION_ROWS]);
        let inside = Label::inside(EntityType::Loc).index();
        let begin_org = Label::begin(EntityType::Org).index();
        let mut row = [0.0; Label::COUNT];
        row[inside] = 5.0;
        let mut second = row;
        second[begin_org] = 20.0;
        let mut lattice = lattice(&[row, row, second, row]);
        let mut labels = Vec::new();
        lattice.viterbi(&transitions, &mut labels);
        assert!(is_valid_bio(&labels), "{labels:?}");
        assert_eq!(labels[2], Label::begin(EntityType::Org));
    }

    #[test]
    fn confidence_grows_with_the_evidence() {
        let transitions = constrain(&[[0.0; Label::COUNT]; TRANSITION_ROWS]);
        let begin = Label::begin(EntityType::Per).index();
        let mut confidences = Vec::new();
        for evidence in [0.5f32, 1.0, 2.0, 4.0] {
            let mut row = [0.0; Label::COUNT];
            row[begin] = evidence;
            let mut lattice = lattice(&[[0.0; Label::COUNT], row, [0.0; Label::COUNT]]);
            let mut labels = Vec::new();
            lattice.viterbi(&transitions, &mut labels);
            // Backward from the span's end on, as the tagger runs it, and in full: the same.
            lattice.run_backward(&transitions, 2);
            let from_the_end = lattice.confidence(&transitions, 1..2, EntityType::Per, 1.0);
            lattice.run_backward(&transitions, 0);
            assert_eq!(labels[1], Label::begin(EntityType::Per));
            let confidence = lattice.confidence(&transitions, 1..2, EntityType::Per, 1.0);
            assert_eq!(from_the_end.to_bits(), confidence.to_bits());
            assert!((0.2..1.0).contains(&confidence), "{confidence}");
            confidences.push(confidence);
        }
        assert!(
            confidences.windows(2).all(|w| w[0] < w[1]),
            "{confidences:?}"
        );
    }
}
