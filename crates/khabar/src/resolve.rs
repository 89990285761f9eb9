//! Overlap resolution, in one place for every extractor.
//!
//! First, [`drop_names_in_links`]: an organization, location or person overlapping a web
//! address, an e-mail address or an `@handle` is dropped (`UK` in `@UK_Foreign_Office`);
//! dates and numbers there are kept (a path's `/2018-09-23/` is the page's date, and
//! Recognizers-Text's gold reads it so).
//!
//! And [`drop_names_in_amounts`]: a name lying wholly inside a money amount is the
//! currency's name (`US` in `5 million US dollars`), no mention of a place or body.
//!
//! Then [`resolve_overlaps`], whose rules, in order, are:
//! 1. a number whose span lies inside a date's span is dropped (`2014` in `عام 2014`), or
//!    inside a listed organization's name (a dictionary match, confidence 1: `Seven` in `Group of Seven`,
//!    `প্রথম` in `প্রথম আলো`: a name, no quantity; a guess of the tagger's, `ALL 5`, does not
//!    hide its number);
//! 2. within a kind, overlapping entities are resolved greedily: the longer span wins; at
//!    equal length the earlier start, then the extractor id, then the reason decide, so the
//!    outcome never depends on the order extractors ran in;
//! 3. entities of different kinds may overlap (`Kurdistan Region` the location inside an
//!    organization's name) and are all kept.
//!
//! The result is sorted by start, then end, then kind.

use std::collections::BTreeMap;

use khabar_core::{Entity, Kind, Value};

/// Drops from `entities` every name (organization, location, person) that overlaps one of
/// [`khabar_core::links`] of `text`, the text the spans index.
pub(crate) fn drop_names_in_links(text: &str, entities: &mut Vec<Entity<'_>>) {
    if !entities.iter().any(|e| e.kind().is_name()) {
        return;
    }
    let mut links = Vec::new();
    khabar_core::links(text, &mut links);
    if links.is_empty() {
        return;
    }
    // Links are sorted and disjoint: the one starting last before a span's end is the only
    // one that can overlap it.
    entities.retain(|e| {
        let before = links.partition_point(|l| l.start < e.span.end);
        !e.kind().is_name() || before == 0 || links[before - 1].end <= e.span.start
    });
}

/// Drops from `entities` every name (organization, location, person) lying wholly inside a
/// money amount: its words are the currency's name (`US` in `5 million US dollars`,
/// `دنانير كويتية` "Kuwaiti dinars" read as a person, `ريال سعودي` as a club).
pub(crate) fn drop_names_in_amounts(entities: &mut Vec<Entity<'_>>) {
    let amounts: Vec<std::ops::Range<usize>> = entities
        .iter()
        .filter(|e| matches!(&e.value, Value::Number(n) if n.currency.is_some()))
        .map(|e| e.span.clone())
        .collect();
    if amounts.is_empty() {
        return;
    }
    entities.retain(|e| {
        !e.kind().is_name()
            || !amounts
                .iter()
                .any(|a| a.start <= e.span.start && e.span.end <= a.end)
    });
}

/// Applies the rules above to `entities` in place.
///
/// Kept entities of one kind never overlap, so per kind they sort by start and end alike:
/// whether a new entity clashes is answered by its neighbours in an ordered map, and the
/// whole pass is O(n log n) however many entities a long document has.
pub fn resolve_overlaps(entities: &mut Vec<Entity<'_>>) {
    if entities.len() < 2 {
        return;
    }
    let len = |e: &Entity<'_>| e.span.end - e.span.start;
    entities.sort_by(|a, b| {
        len(b)
            .cmp(&len(a))
            .then(a.span.start.cmp(&b.span.start))
            .then(a.kind().cmp(&b.kind()))
            .then(a.extractor.cmp(b.extractor))
            .then(a.reason.cmp(b.reason))
    });
    // Per kind: kept spans as start → end.
    let mut kept_spans: [BTreeMap<usize, usize>; Kind::ALL.len()] = Default::default();
    // Listed organizations kept, start → end: the names a number inside belongs to.
    let mut listed: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<Entity<'_>> = Vec::with_capacity(entities.len());
    for entity in entities.drain(..) {
        let kind = entity.kind();
        let (start, end) = (entity.span.start, entity.span.end);
        let same = &kept_spans[kind as usize];
        // The kept span starting last before `end` is the only one that can overlap.
        let overlaps_own_kind = same
            .range(..end)
            .next_back()
            .is_some_and(|(_, &kept_end)| kept_end > start);
        // A date or name containing the number starts at or before it; only the last such
        // can (kept spans of one kind never overlap). Both are longer, so already kept.
        let inside = |spans: &BTreeMap<usize, usize>| {
            spans
                .range(..=start)
                .next_back()
                .is_some_and(|(_, &container_end)| container_end >= end)
        };
        let contained =
            kind == Kind::Number && (inside(&kept_spans[Kind::Date as usize]) || inside(&listed));
        if !overlaps_own_kind && !contained {
            kept_spans[kind as usize].insert(start, end);
            if let Value::Organization(name) = &entity.value
                && name.confidence >= 1.0
            {
                listed.insert(start, end);
            }
            kept.push(entity);
        }
    }
    kept.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(a.span.end.cmp(&b.span.end))
            .then(a.kind().cmp(&b.kind()))
    });
    *entities = kept;
}

#[cfg(test)]
mod tests {
    use khabar_core::{Date, DateValue, Grain, NameValue, NumberValue, TimeSpan, Value};

    use super::*;

    fn number(start: usize, end: usize, extractor: &'static str) -> Entity<'static> {
        Entity {
            span: start..end,
            value: Value::Number(NumberValue::cardinal(1.0)),
            extractor,
            reason: "test",
        }
    }

    fn date(start: usize, end: usize) -> Entity<'static> {
        let time = Some(TimeSpan {
            start: Date::constant(2014, 1, 1),
            end: None,
        });
        let value = DateValue {
            time,
            grain: Grain::Year,
            relative: None,
            calendar: None,
            part: None,
        };
        Entity {
            span: start..end,
            value: Value::Date(value),
            extractor: "t.dates",
            reason: "test",
        }
    }

    fn place(start: usize, end: usize) -> Entity<'static> {
        Entity {
            span: start..end,
            value: Value::Location(NameValue {
                canonical: None,
                id: None,
                country: None,
                coordinates: None,
                feature: None,
                confidence: 1.0,
            }),
            extractor: "t.locations",
            reason: "test",
        }
    }

    #[test]
    fn names_in_links_are_dropped_dates_and_numbers_kept() {
        let text = "UK: see @UK_News or www.example.com/2018-09-23/uk 12";
        let at = |s: &str| text.find(s).map(|i| i..i + s.len()).expect("in the text");
        let (handle, address) = (at("UK_News"), at("2018-09-23"));
        let mut entities = vec![
            place(0, 2),
            place(handle.start, handle.start + 2),
            date(address.start, address.end),
            place(text.len() - 5, text.len() - 3),
            number(text.len() - 2, text.len(), "t.numbers"),
        ];
        drop_names_in_links(text, &mut entities);
        assert_eq!(
            spans(&entities),
            [
                (0, 2, Kind::Location),
                (address.start, address.end, Kind::Date),
                (text.len() - 2, text.len(), Kind::Number),
            ]
        );
    }

    #[test]
    fn names_inside_money_amounts_are_dropped() {
        let text = "5 million US dollars went to the US";
        let money = Entity {
            span: 0..20,
            value: Value::Number(NumberValue {
                currency: Some(khabar_core::Currency::new(b"USD")),
                ..NumberValue::cardinal(5e6)
            }),
            extractor: "t.numbers",
            reason: "money",
        };
        let mut entities = vec![
            money,
            place(10, 12),
            place(text.len() - 2, text.len()),
            // Partly outside the amount: kept.
            place(15, 24),
        ];
        drop_names_in_amounts(&mut entities);
        assert_eq!(
            spans(&entities),
            [
                (0, 20, Kind::Number),
                (text.len() - 2, text.len(), Kind::Location),
                (15, 24, Kind::Location),
            ]
        );
        // A plain number holds no currency's name.
        let mut plain = vec![number(0, 20, "t.numbers"), place(10, 12)];
        drop_names_in_amounts(&mut plain);
        assert_eq!(plain.len(), 2);
    }

    #[track_caller]
    fn check(mut entities: Vec<Entity<'static>>, expected: &[(usize, usize, Kind)]) {
        resolve_overlaps(&mut entities);
        assert_eq!(spans(&entities), expected);
    }

    /// Each entity's start, end and kind, in order.
    fn spans(entities: &[Entity<'_>]) -> Vec<(usize, usize, Kind)> {
        entities
            .iter()
            .map(|e| (e.span.start, e.span.end, e.kind()))
            .collect()
    }

    #[test]
    fn numbers_inside_dates_are_dropped() {
        check(vec![number(4, 8, "a"), date(0, 8)], &[(0, 8, Kind::Date)]);
        // Partly outside the date: kept, as a number of its own.
        check(
            vec![number(6, 12, "a"), date(0, 8)],
            &[(0, 8, Kind::Date), (6, 12, Kind::Number)],
        );
    }

    #[test]
    fn numbers_inside_organizations_are_dropped() {
        let organization = |start: usize, end: usize, confidence: f32| Entity {
            span: start..end,
            value: Value::Organization(NameValue {
                canonical: None,
                id: None,
                country: None,
                coordinates: None,
                feature: None,
                confidence,
            }),
            extractor: "t.organizations",
            reason: "test",
        };
        // `Group of Seven`: the number is the listed name's; a place does not hold a number
        // so, nor a name no table lists (the tagger's `ALL 5`).
        check(
            vec![
                number(9, 14, "a"),
                organization(0, 14, 1.0),
                place(20, 30),
                number(22, 24, "a"),
                organization(40, 45, 0.6),
                number(44, 45, "a"),
            ],
            &[
                (0, 14, Kind::Organization),
                (20, 30, Kind::Location),
                (22, 24, Kind::Number),
                (40, 45, Kind::Organization),
                (44, 45, Kind::Number),
            ],
        );
    }

    #[test]
    fn longer_wins_within_a_kind_and_ties_are_deterministic() {
        check(
            vec![number(0, 2, "a"), number(0, 5, "a"), number(3, 9, "a")],
            // 3..9 is longest; 0..5 overlaps it and goes; 0..2 overlaps nothing kept.
            &[(0, 2, Kind::Number), (3, 9, Kind::Number)],
        );
        let mut forward = vec![number(0, 4, "b"), number(2, 6, "a")];
        let mut backward = vec![number(2, 6, "a"), number(0, 4, "b")];
        resolve_overlaps(&mut forward);
        resolve_overlaps(&mut backward);
        assert_eq!(forward, backward);
        assert_eq!(forward[0].span, 0..4);
    }
}
