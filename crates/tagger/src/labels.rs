//! The entity types and the nine BIO labels the tagger assigns to tokens, and the
//! conversions between a label sequence and entity spans over token indices.
//!
//! Invariant: a [`Label`] is always one of the nine values of [`Label::ALL`]; its index
//! (`0` for `O`, `1 + 2t` for `B-t`, `2 + 2t` for `I-t` with `t` the type's index) is the
//! row and column used by the model's weights and transitions.

use std::ops::Range;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A place: a country, city, region, river, mountain…
    Loc,
    /// An organization: a company, party, agency, team…
    Org,
    /// A person.
    Per,
    /// Any other name (events, nationalities, works…).
    Misc,
}

impl EntityType {
    /// Every type, in index order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Loc,
        EntityType::Org,
        EntityType::Per,
        EntityType::Misc,
    ];

    /// The CoNLL name: `LOC`, `ORG`, `PER` or `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Per => "PER",
            EntityType::Misc => "MISC",
        }
    }

    /// The type named `name` (`LOC`, `ORG`, `PER`, `MISC`, exactly), if any.
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// The type's position in [`EntityType::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One of the nine BIO labels: `O` (outside any entity), `B-t` (first token of an entity of
/// type `t`) or `I-t` (a following token of it).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(u8);

impl Label {
    /// The number of labels.
    pub const COUNT: usize = 9;

    /// Outside any entity.
    pub const O: Label = Label(0);

    /// Every label, in index order.
    pub const ALL: [Label; Label::COUNT] = [
        Label(0),
        Label(1),
        Label(2),
        Label(3),
        Label(4),
        Label(5),
        Label(6),
        Label(7),
        Label(8),
    ];

    /// `B-t`: the first token of an entity of type `kind`.
    pub fn begin(kind: EntityType) -> Label {
        Label(1 + 2 * kind as u8)
    }

    /// `I-t`: a token after the first of an entity of type `kind`.
    pub fn inside(kind: EntityType) -> Label {
        Label(2 + 2 * kind as u8)
    }

    /// The label with index `index` (see the module doc), if `index < 9`.
    pub fn from_index(index: usize) -> Option<Label> {
        Label::ALL.get(index).copied()
    }

    /// The label's index, below [`Label::COUNT`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The entity type of a `B-` or `I-` label; `None` for `O`.
    pub fn kind(self) -> Option<EntityType> {
        match self.0 {
            0 => None,
            n => EntityType::ALL.get(usize::from((n - 1) / 2)).copied(),
        }
    }

    /// True for the `B-` labels.
    pub fn is_begin(self) -> bool {
        !self.0.is_multiple_of(2)
    }

    /// True for the `I-` labels.
    pub fn is_inside(self) -> bool {
        self.0 != 0 && self.0.is_multiple_of(2)
    }

    /// Whether `next` may follow `prev` (`None`: the start of the sequence) in a valid BIO
    /// sequence: `I-t` only after `B-t` or `I-t`, anything else anywhere.
    pub fn may_follow(prev: Option<Label>, next: Label) -> bool {
        if !next.is_inside() {
            return true;
        }
        match prev {
            Some(prev) => prev.kind() == next.kind(),
            None => false,
        }
    }

    /// The CoNLL name: `O`, `B-LOC`, `I-ORG`…
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; Label::COUNT] = [
            "O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-MISC", "I-MISC",
        ];
        NAMES[self.index()]
    }

    /// The label named `name` (`O`, `B-LOC`, …, exactly), if any.
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

impl std::fmt::Debug for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Pushes to `out` the entities a label sequence spells, as token ranges with their type,
/// in order.
///
/// An entity starts at `B-t`, or at an `I-t` that does not continue an entity of type `t`
/// (the lenient CoNLL reading, so gold data with stray `I-` labels still yields spans), and
/// runs over the `I-t` labels that follow.
pub fn spans_from_labels(labels: &[Label], out: &mut Vec<(Range<usize>, EntityType)>) {
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &label) in labels.iter().enumerate() {
        let continues =
            label.is_inside() && open.is_some_and(|(_, kind)| label.kind() == Some(kind));
        if continues {
            continue;
        }
        if let Some((start, kind)) = open.take() {
            out.push((start..i, kind));
        }
        open = label.kind().map(|kind| (i, kind));
    }
    if let Some((start, kind)) = open {
        out.push((start..labels.len(), kind));
    }
}

/// The label sequence of `n_tokens` tokens with the given entities (token ranges): `B-t` on
/// each entity's first token, `I-t` on the rest, `O` elsewhere.
///
/// Empty ranges, ranges reaching past `n_tokens` and ranges overlapping an earlier one in
/// `spans` are skipped, so the result is always a valid BIO sequence.
pub fn labels_from_spans(n_tokens: usize, spans: &[(Range<usize>, EntityType)]) -> Vec<Label> {
    let mut labels = vec![Label::O; n_tokens];
    for (range, kind) in spans {
        let Some(tokens) = labels.get_mut(range.clone()) else {
            continue;
        };
        if tokens.is_empty() || tokens.iter().any(|&l| l != Label::O) {
            continue;
        }
        tokens.fill(Label::inside(*kind));
        tokens[0] = Label::begin(*kind);
    }
    labels
}

/// True when `labels` is a valid BIO sequence (every `I-t` follows `B-t` or `I-t`).
pub fn is_valid_bio(labels: &[Label]) -> bool {
    let mut prev = None;
    labels.iter().all(|&label| {
        let ok = Label::may_follow(prev, label);
        prev = Some(label);
        ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_round_trip() {
        for kind in EntityType::ALL {
            assert_eq!(EntityType::parse(kind.as_str()), Some(kind));
            assert_eq!(Label::begin(kind).kind(), Some(kind));
            assert_eq!(Label::inside(kind).kind(), Some(kind));
            assert!(Label::begin(kind).is_begin());
            assert!(Label::inside(kind).is_inside());
        }
        for label in Label::ALL {
            assert_eq!(Label::parse(label.as_str()), Some(label));
            assert_eq!(Label::from_index(label.index()), Some(label));
        }
        assert_eq!(Label::O.kind(), None);
        assert_eq!(Label::parse("B-FOO"), None);
        assert_eq!(Label::from_index(9), None);
    }

    #[test]
    fn a_stray_inside_label_starts_an_entity() {
        let [o, bl, il, _, io, ..] = Label::ALL;
        let mut spans = Vec::new();
        spans_from_labels(&[io, io, bl, il, il, o, il, bl, bl], &mut spans);
        assert_eq!(
            spans,
            [
                (0..2, EntityType::Org),
                (2..5, EntityType::Loc),
                (6..7, EntityType::Loc),
                (7..8, EntityType::Loc),
                (8..9, EntityType::Loc),
            ]
        );
    }

    #[test]
    fn bad_spans_are_skipped() {
        let labels = labels_from_spans(
            4,
            &[
                (1..3, EntityType::Per),
                (2..4, EntityType::Loc),
                (3..9, EntityType::Org),
                (3..3, EntityType::Org),
            ],
        );
        assert_eq!(
            labels,
            [
                Label::O,
                Label::begin(EntityType::Per),
                Label::inside(EntityType::Per),
                Label::O
            ]
        );
    }

    fn any_labels() -> impl Strategy<Value = Vec<Label>> {
        proptest::collection::vec((0..Label::COUNT).prop_map(|i| Label::ALL[i]), 0..40)
    }

    proptest! {
        /// Valid sequences survive labels → spans → labels unchanged, and any sequence comes
        /// back valid with the same spans.
        #[test]
        fn labels_and_spans_round_trip(labels in any_labels()) {
            let mut spans = Vec::new();
            spans_from_labels(&labels, &mut spans);
            let back = labels_from_spans(labels.len(), &spans);
            prop_assert!(is_valid_bio(&back));
            if is_valid_bio(&labels) {
                prop_assert_eq!(&back, &labels);
            }
            let mut again = Vec::new();
            spans_from_labels(&back, &mut again);
            prop_assert_eq!(again, spans);
        }
    }
}
