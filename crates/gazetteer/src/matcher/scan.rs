//! The hot path of one document: the automaton pass, the boundary checks of each hit, the
//! selection of the longest non-overlapping hits, and the passes that make the kept hits
//! found names.

use std::collections::BTreeMap;

use khabar_core::Document;

use super::fold::fold_str;
use super::{Hit, Matcher, ReasonRef, Resolved, Target};
use crate::data::EntityKind;

impl Matcher {
    /// One automaton pass and the selection and disambiguation of its hits.
    pub(super) fn resolve(&self, doc: &Document) -> Vec<Resolved> {
        let text = doc.normalized();
        let folded = fold_str(self.rules.fold, text);
        let hay: &str = &folded;
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(hay) {
            let (start, end) = (m.start(), m.end());
            let Some(pattern) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            match &pattern.target {
                Target::Name {
                    fused, one_word, ..
                } => {
                    let Some(word_start) = self.left_ok(hay, start, *fused) else {
                        continue;
                    };
                    if !self.right_ok(hay, end)
                        || !self.case_ok(text, start, end, pattern, *one_word)
                    {
                        continue;
                    }
                    hits.push(Hit {
                        start,
                        end,
                        word_start,
                        pattern: m.pattern().as_u32(),
                        rule_span: None,
                    });
                }
                Target::Trigger(rule) => {
                    let Some(word_start) = self.left_ok(hay, start, false) else {
                        continue;
                    };
                    if !self.right_ok(hay, end) {
                        continue;
                    }
                    let Some(rule) = self.rules.patterns.get(*rule as usize) else {
                        continue;
                    };
                    if let Some((claim, name)) = self.read_rule(hay, text, start, end, rule) {
                        // A quoted name claims its trigger and marks too, so that it wins
                        // over a table name inside the marks (`صحيفة " الشرق الاوسط "`).
                        hits.push(Hit {
                            start: claim.start,
                            end: claim.end,
                            word_start: claim.start.min(word_start),
                            pattern: m.pattern().as_u32(),
                            rule_span: Some(name),
                        });
                    }
                }
            }
        }
        // Longest first; a table name before a pattern rule's name of the same length.
        hits.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.rule_span.is_some().cmp(&b.rule_span.is_some()))
                .then(a.start.cmp(&b.start))
        });
        // A hit is kept when it overlaps no kept hit, glued prefix included. Kept spans never
        // overlap each other, so they sort by start and end alike, and only the few kept
        // hits starting before `hit.end + widest prefix` can touch a new one: the check is a
        // short walk back through an ordered map, not a scan (a 50 MB document has millions
        // of hits).
        let widest_prefix = hits
            .iter()
            .map(|h| h.start - h.word_start.min(h.start))
            .max()
            .unwrap_or(0);
        let mut kept_by_start: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        let mut kept: Vec<Hit> = Vec::new();
        for hit in hits {
            let clashes = kept_by_start
                .range(..hit.end + widest_prefix)
                .rev()
                .take_while(|(_, (_, end))| *end > hit.start)
                .any(|(_, (left, _))| hit.end > *left);
            if !clashes {
                kept_by_start.insert(hit.start, (hit.word_start.min(hit.start), hit.end));
                kept.push(hit);
            }
        }
        kept.sort_by_key(|h| h.start);
        let mut found: Vec<Option<Resolved>> = Vec::with_capacity(kept.len());
        let mut pending = Vec::new();
        for (i, hit) in kept.iter().enumerate() {
            let Some(pattern) = self.patterns.get(hit.pattern as usize) else {
                found.push(None);
                continue;
            };
            match &pattern.target {
                Target::Trigger(rule) => {
                    let rule = &self.rules.patterns[*rule as usize];
                    let span = hit.rule_span.clone().unwrap_or(hit.start..hit.end);
                    // A quoted name the tables list as an organization is that entry.
                    let listed = hay
                        .get(span.clone())
                        .and_then(|k| self.org_keys.get(k))
                        .filter(|_| rule.kind == EntityKind::Organization);
                    found.push(Some(match listed {
                        Some(&(record, pattern)) => Resolved {
                            span,
                            kind: rule.kind,
                            record: Some(record),
                            reason: ReasonRef::Pattern(pattern),
                            confidence: 1.0,
                        },
                        None => Resolved {
                            span,
                            kind: rule.kind,
                            record: None,
                            reason: ReasonRef::Pattern(hit.pattern),
                            confidence: 0.6,
                        },
                    }));
                }
                Target::Name {
                    candidates,
                    ambiguity,
                    one_word,
                    ..
                } => {
                    let Some(&best) = self.candidates.get(candidates.start as usize) else {
                        found.push(None);
                        continue;
                    };
                    let record = &self.gazetteer.records[best as usize];
                    if ambiguity.is_some() {
                        pending.push(i);
                        found.push(None);
                        continue;
                    }
                    if record.kind == EntityKind::Location && self.team_context(hay, hit, record) {
                        found.push(Some(Resolved {
                            span: hit.start..hit.end,
                            kind: EntityKind::Organization,
                            record: None,
                            reason: ReasonRef::Team,
                            confidence: 0.7,
                        }));
                        continue;
                    }
                    // Part of a person's name, a bare adjective, or the modifier of another
                    // kind of name (`মতিঝিল শাখা`): not a place here.
                    let not_here = (self.rules.person_rule
                        && *one_word
                        && record.feature.as_deref() == Some("city")
                        && self.next_to_capitalized(text, &kept, i))
                        || (record.kind == EntityKind::Location
                            && record.feature.as_deref() != Some("country")
                            && self.next_to_person_word(hay, hit))
                        || self.bare_adjective(hay, hit)
                        || (record.kind == EntityKind::Location
                            && self.word_after_in(hay, hit.end, &self.name_heads));
                    if not_here {
                        found.push(None);
                        continue;
                    }
                    found.push(Some(Resolved {
                        span: hit.start..hit.end,
                        kind: record.kind,
                        record: Some(best),
                        reason: ReasonRef::Pattern(hit.pattern),
                        confidence: 1.0,
                    }));
                }
            }
        }
        for i in pending {
            let hit = &kept[i];
            let Target::Name {
                ambiguity: Some(a), ..
            } = &self.patterns[hit.pattern as usize].target
            else {
                continue;
            };
            let a = *a as usize;
            let Some(r) = self.decide(hay, text, &kept, &found, i, a) else {
                continue;
            };
            let Some(record) = self
                .reading_candidate(hit, a, r)
                .or_else(|| self.reading_records[a].get(r).copied().flatten())
            else {
                continue;
            };
            let kind = self.gazetteer.records[record as usize].kind;
            found[i] = Some(Resolved {
                span: hit.start..hit.end,
                kind,
                record: Some(record),
                reason: ReasonRef::Reading(a as u32, r as u32),
                confidence: 0.9,
            });
        }
        found.into_iter().flatten().collect()
    }
}
