//! The hot path of one document, as four passes: the automaton pass with the boundary checks
//! of each hit, the selection of the longest non-overlapping hits, what each kept hit is,
//! and last the ambiguous names, which look at the names found around them; then what
//! neighbouring names make of each other (a country beside a place, a club beside a town).

use std::collections::BTreeMap;
use std::ops::Range;

use khabar_core::Document;

use super::decide::{is_city, is_town, score_line};
use super::{Hit, Matcher, Pattern, ReasonRef, Report, Resolved, Target};
use crate::data::EntityKind;

/// The people a town with a short name needs to be read after a word of place alone.
const SHORT_NAME_AFTER_PLACE_WORD: u64 = 100_000;

impl Matcher {
    /// One automaton pass and the selection and disambiguation of its hits, combined with
    /// the name tagger's reading when `with_tagger` and the language has one.
    pub(super) fn resolve(&self, doc: &Document, with_tagger: bool) -> Vec<Resolved> {
        let text = doc.normalized();
        let folded = self.folder.fold_str(text);
        let hay: &str = &folded;
        let tagger = self.tagger.as_ref().filter(|_| with_tagger);
        let (kept, found) = self.rule_names(hay, text, tagger.is_some());
        let mut names = match tagger {
            Some(tagger) => self.combine(text, &doc.units(), hay, &kept, found, tagger),
            None => found.into_iter().flatten().collect(),
        };
        // Adjectives after all: joined by a hyphen (`Iraq-based`), or indefinite (`إسبانياً`).
        names.retain(|n| !self.hyphen_adjective(hay, text, n.span.end) && !self.indefinite(doc, n));
        self.add_towns(hay, &mut names);
        names
    }

    /// The kept automaton hits, sorted by start, and what the tables and rules make of each
    /// (`None`: dropped). `tagged`: the tagger will read the document, and may undo what a
    /// report of a match made of a small town.
    pub(super) fn rule_names(
        &self,
        hay: &str,
        text: &str,
        tagged: bool,
    ) -> (Vec<Hit>, Vec<Option<Resolved>>) {
        let (hits, sports_words) = self.hits(hay, text);
        let place_read = self.read_as_places(&hits);
        let sports = match (sports_words, tagged) {
            (0, _) => Report::No,
            (words, _) if words < crate::rules::SPORTS_REPORT_WORDS => Report::Scores,
            (_, true) => Report::AnyTown,
            (_, false) => Report::WellKnownTowns,
        };
        let kept = keep_longest(hits);
        let (mut found, pending, short) =
            self.resolve_unambiguous(hay, text, &kept, sports, &place_read);
        self.resolve_short(hay, text, &kept, &mut found, &short, sports);
        self.resolve_ambiguous(hay, text, &kept, &mut found, &pending);
        self.take_country_beside(hay, &kept, &mut found);
        self.take_club_town(hay, &mut found);
        self.take_town_beside_club(hay, &kept, &mut found);
        (kept, found)
    }

    /// The spans a location rule read, sorted: where the rule's trigger makes a listed name
    /// a place whatever else the tables list it as first (`مدينة ميلان` is Milan, not AC
    /// Milan: [`Self::place_record`]). A name the tables list only as organizations keeps
    /// its record (`সুপ্রিম কোর্ট এলাকায়`, the area of the Supreme Court, names the court).
    /// Empty in most documents.
    fn read_as_places(&self, hits: &[Hit]) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = hits
            .iter()
            .filter(|hit| {
                hit.rule_span.is_some()
                    && self
                        .rule_of(hit)
                        .is_some_and(|r| r.kind == EntityKind::Location)
            })
            .map(|hit| hit.start..hit.end)
            .collect();
        spans.sort_by_key(|s| (s.start, s.end));
        spans
    }

    /// The pattern rule whose trigger `hit` is, if it is one.
    fn rule_of(&self, hit: &Hit) -> Option<&crate::rules::PatternRule> {
        match self.patterns.get(hit.pattern as usize).map(|p| &p.target) {
            Some(Target::Trigger(rule)) => self.rules.patterns.get(*rule as usize),
            _ => None,
        }
    }

    /// The records a name hit may stand for, best first (none for any other hit).
    fn name_records(&self, hit: &Hit) -> &[u32] {
        match self.patterns.get(hit.pattern as usize).map(|p| &p.target) {
            Some(Target::Name { candidates, .. }) => self
                .candidates
                .get(candidates.start as usize..candidates.end as usize)
                .unwrap_or_default(),
            _ => &[],
        }
    }

    /// The record a listed name stands for where a location rule read it (`place_read`,
    /// from [`Self::read_as_places`]): its best location record, if `best` is not one.
    fn place_record(&self, hit: &Hit, best: u32, place_read: &[Range<usize>]) -> u32 {
        let is_place = |r: u32| self.gazetteer.records[r as usize].kind == EntityKind::Location;
        if is_place(best)
            || place_read
                .binary_search_by_key(&(hit.start, hit.end), |s| (s.start, s.end))
                .is_err()
        {
            return best;
        }
        self.name_records(hit)
            .iter()
            .copied()
            .find(|&r| is_place(r))
            .unwrap_or(best)
    }

    /// Pass 1: every automaton hit that passes its checks, in automaton order, and how many
    /// different words of sports the document has (see [`LangRules::sports_words`]).
    ///
    /// [`LangRules::sports_words`]: crate::LangRules::sports_words
    fn hits(&self, hay: &str, text: &str) -> (Vec<Hit>, u32) {
        let mut hits = Vec::new();
        // Bit `i % 64` for sports word `i` seen on word boundaries.
        let mut sports: u64 = 0;
        for (start, end, id) in self.automaton.hits(hay) {
            let Some(pattern) = self.patterns.get(id as usize) else {
                continue;
            };
            let hit = match pattern.target {
                Target::Name { .. } => self.name_hit(hay, text, start..end, id, pattern),
                Target::Trigger(rule) => {
                    self.trigger_hit(hay, text, start..end, id, rule, &mut hits);
                    None
                }
                Target::SportsWord(word) => {
                    if self.left_ok(hay, start, false).is_some() && self.right_ok(hay, end) {
                        sports |= 1 << (word % 64);
                    }
                    None
                }
            };
            hits.extend(hit);
        }
        (hits, sports.count_ones())
    }

    /// A listed name with only an allowed prefix glued before it, an allowed ending after
    /// it, and written in a case its [`CaseRule`](crate::CaseRule) accepts.
    fn name_hit(
        &self,
        hay: &str,
        text: &str,
        Range { start, end }: Range<usize>,
        id: u32,
        pattern: &Pattern,
    ) -> Option<Hit> {
        let Target::Name {
            fused, one_word, ..
        } = pattern.target
        else {
            return None;
        };
        let word_start = self.left_ok(hay, start, fused)?;
        if !self.right_ok(hay, end) || !self.case_ok(text, start, end, pattern, one_word) {
            return None;
        }
        Some(Hit {
            start,
            end,
            word_start,
            pattern: id,
            rule_span: None,
        })
    }

    /// A pattern rule's trigger on word boundaries, with the name the rule reads next to it
    /// (and the other names of a list before it, for a rule that reads one), pushed to
    /// `hits`.
    fn trigger_hit(
        &self,
        hay: &str,
        text: &str,
        Range { start, end }: Range<usize>,
        id: u32,
        rule: u16,
        hits: &mut Vec<Hit>,
    ) {
        let Some(word_start) = self.left_ok(hay, start, false) else {
            return;
        };
        let Some(rule) = self.rules.patterns.get(rule as usize) else {
            return;
        };
        if !self.right_ok(hay, end) {
            return;
        }
        let Some((claim, name)) = self.read_rule(hay, text, start, end, rule) else {
            return;
        };
        let first = name.start;
        // A quoted name claims its trigger and marks too, so that it wins over a table name
        // inside the marks (`صحيفة " الشرق الاوسط "`).
        hits.push(Hit {
            start: claim.start,
            end: claim.end,
            word_start: claim.start.min(word_start),
            pattern: id,
            rule_span: Some(name),
        });
        if Self::reads_list(rule) {
            // Nearest first: the hits are sorted before any is kept.
            self.read_list(hay, text, first, rule, |name| {
                hits.push(Hit {
                    start: name.start,
                    end: name.end,
                    word_start: name.start,
                    pattern: id,
                    rule_span: Some(name),
                });
            });
        }
    }

    /// Pass 3: what each kept hit is, one entry per hit (`None` when it is dropped), except
    /// the ambiguous names, left `None` and returned by index for [`Self::resolve_ambiguous`],
    /// and the short names that need context, returned for [`Self::resolve_short`]. A name a
    /// location rule read (`place_read`) is its location record.
    fn resolve_unambiguous(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        sports: Report,
        place_read: &[Range<usize>],
    ) -> (Vec<Option<Resolved>>, Vec<usize>, Vec<usize>) {
        let mut found: Vec<Option<Resolved>> = Vec::with_capacity(kept.len());
        let mut pending = Vec::new();
        let mut short = Vec::new();
        for (i, hit) in kept.iter().enumerate() {
            let resolved = match self.patterns.get(hit.pattern as usize).map(|p| &p.target) {
                None | Some(Target::SportsWord(_)) => None,
                Some(Target::Trigger(rule)) => Some(self.rule_name(hay, hit, *rule)),
                Some(Target::Name {
                    candidates,
                    ambiguity,
                    one_word,
                    ..
                }) => match self.candidates.get(candidates.start as usize) {
                    None => None,
                    Some(_) if ambiguity.is_some() => {
                        pending.push(i);
                        None
                    }
                    Some(_) if self.needs_context(hit) => {
                        short.push(i);
                        None
                    }
                    Some(&best) => {
                        let best = self.place_record(hit, best, place_read);
                        self.listed_name(hay, text, kept, i, best, *one_word, sports)
                    }
                },
            };
            found.push(resolved);
        }
        (found, pending, short)
    }

    /// Whether the name of `hit` needs context for every record it may stand for (a short
    /// name, a generated subdivision's one-word name: `build::short_name`).
    fn needs_context(&self, hit: &Hit) -> bool {
        self.patterns.get(hit.pattern as usize).is_some_and(|p| {
            matches!(
                p.target,
                Target::Name {
                    needs_context: true,
                    ..
                }
            )
        })
    }

    /// The short names kept because the document gives them context: a place the tables
    /// list in the same country elsewhere in the document (`رفح` with `غزة` or `مصر`; the
    /// record of that country among the name's), a location rule's trigger right before it
    /// (`مدينة رفح`), or a word of place before it for a town of
    /// [`SHORT_NAME_AFTER_PLACE_WORD`] people or more (`في رفح`). Without context a short name is an ordinary word
    /// (`كيف`, `امل`) and dropped.
    fn resolve_short(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        found: &mut [Option<Resolved>],
        short: &[usize],
        sports: Report,
    ) {
        if short.is_empty() {
            return;
        }
        let countries: Vec<&str> = found
            .iter()
            .flatten()
            .filter(|f| f.kind == EntityKind::Location)
            .filter_map(|f| f.record)
            .filter_map(|r| self.gazetteer.records[r as usize].country.as_deref())
            .collect();
        for &i in short {
            let hit = &kept[i];
            let Some(Target::Name {
                candidates,
                one_word,
                ..
            }) = self.patterns.get(hit.pattern as usize).map(|p| &p.target)
            else {
                continue;
            };
            let records = self
                .candidates
                .get(candidates.start as usize..candidates.end as usize)
                .unwrap_or_default();
            let same_country = records.iter().copied().find(|&r| {
                self.gazetteer.records[r as usize]
                    .country
                    .as_deref()
                    .is_some_and(|c| countries.contains(&c))
            });
            let chosen = same_country
                .or_else(|| {
                    self.after_place_trigger(hay, hit)
                        .then(|| records.first().copied())
                        .flatten()
                })
                // A word of place before it admits a town big enough that the phrase is
                // rarely an ordinary one (`في رفح`, not `في امل` "in hope"); not a glued
                // proclitic, which starts too many words (`بلاد` "lands" is not `ب` + Lod).
                .or_else(|| {
                    self.place_word_before(hay, hit, false)
                        .then(|| {
                            records.iter().copied().find(|&r| {
                                self.gazetteer.records[r as usize].population
                                    >= SHORT_NAME_AFTER_PLACE_WORD
                            })
                        })
                        .flatten()
                });
            if let Some(record) = chosen {
                found[i] = self.listed_name(hay, text, kept, i, record, *one_word, sports);
            }
        }
    }

    /// Whether the word before `hit` is the trigger of a location rule that reads the word
    /// after it (glued prefixes allowed: `بمدينة`).
    fn after_place_trigger(&self, hay: &str, hit: &Hit) -> bool {
        if !hay[..hit.word_start].ends_with(' ') {
            return false;
        }
        let Some(word) = super::words::prev_word(hay, hit.word_start) else {
            return false;
        };
        let w = &hay[word];
        self.rules
            .patterns
            .iter()
            .filter(|r| r.kind == EntityKind::Location && r.side == crate::rules::Side::After)
            .any(|r| {
                let t = self.folder.normalize(r.trigger);
                self.is_word(w, &t)
            })
    }

    /// The name a pattern rule read: the entry itself when it is a (quoted) name the tables
    /// list as an organization, else an unlisted name with a lower confidence.
    fn rule_name(&self, hay: &str, hit: &Hit, rule: u16) -> Resolved {
        let rule = &self.rules.patterns[rule as usize];
        let span = hit.rule_span.clone().unwrap_or(hit.start..hit.end);
        // A quoted name the tables list as an organization is that entry.
        let listed = hay
            .get(span.clone())
            .and_then(|k| self.org_keys.get(k))
            .filter(|_| rule.kind == EntityKind::Organization);
        match listed {
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
        }
    }

    /// A listed name no ambiguity governs, as its best record `best`: a town a sports word
    /// or a report of a match (`sports`) makes a team, nothing when its neighbours make it
    /// part of another name, else the record itself.
    #[allow(clippy::too_many_arguments)]
    fn listed_name(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        i: usize,
        best: u32,
        one_word: bool,
        sports: Report,
    ) -> Option<Resolved> {
        let hit = &kept[i];
        let record = &self.gazetteer.records[best as usize];
        if record.kind == EntityKind::Location
            && (self.team_context(hay, text, hit, record)
                || (sports != Report::No && is_city(record) && score_line(hay, kept, i)))
        {
            return Some(Resolved {
                span: hit.start..hit.end,
                kind: EntityKind::Organization,
                record: None,
                reason: ReasonRef::Team,
                confidence: 0.7,
            });
        }
        if record.kind == EntityKind::Location
            && self.team_in_report(hay, text, hit, record, sports)
        {
            return Some(Resolved {
                span: hit.start..hit.end,
                kind: EntityKind::Organization,
                record: None,
                reason: ReasonRef::Report(best),
                confidence: 0.6,
            });
        }
        // A town that did what only a person or a team does (`Lara scored`): its record of
        // another kind (a club's), or nothing; the tagger may read a person there.
        if record.kind == EntityKind::Location
            && is_town(record)
            && self.acts_as_agent(hay, hit.word_start..hit.end)
        {
            let other = self
                .name_records(hit)
                .iter()
                .copied()
                .find(|&r| self.gazetteer.records[r as usize].kind != EntityKind::Location)?;
            return Some(Resolved {
                span: hit.start..hit.end,
                kind: self.gazetteer.records[other as usize].kind,
                record: Some(other),
                reason: ReasonRef::Pattern(hit.pattern),
                confidence: 1.0,
            });
        }
        // Part of a person's name, a bare adjective, or the modifier of another kind of
        // name (`মতিঝিল শাখা`): not a place here.
        let not_here = (self.rules.person_rule
            && one_word
            && record.feature.as_deref() == Some("city")
            && self.next_to_capitalized(text, kept, i))
            || (record.kind == EntityKind::Location
                && !record.is_country()
                && self.next_to_person_word(hay, hit))
            || self.bare_adjective(hay, hit)
            || (record.kind == EntityKind::Location
                && self.word_after_in(hay, hit.end, &self.name_heads));
        if not_here {
            return None;
        }
        Some(Resolved {
            span: hit.start..hit.end,
            kind: record.kind,
            record: Some(best),
            reason: ReasonRef::Pattern(hit.pattern),
            confidence: 1.0,
        })
    }

    /// Pass 4: the ambiguous names, in text order, each decided with the names found around
    /// it (an ambiguous name decided before it included, as [`Reading::in_list`] reads).
    ///
    /// [`Reading::in_list`]: crate::Reading::in_list
    fn resolve_ambiguous(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        found: &mut [Option<Resolved>],
        pending: &[usize],
    ) {
        for &i in pending {
            let resolved = self.ambiguous_name(hay, text, kept, found, i);
            found[i] = resolved;
        }
    }

    /// The reading of ambiguous name `kept[i]` that its context selects, as the record that
    /// reading names; `None` to drop it.
    fn ambiguous_name(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        found: &[Option<Resolved>],
        i: usize,
    ) -> Option<Resolved> {
        let hit = &kept[i];
        let Target::Name {
            ambiguity: Some(a), ..
        } = self.patterns[hit.pattern as usize].target
        else {
            return None;
        };
        let a = a as usize;
        let r = self.decide(hay, text, kept, found, i, a)?;
        let record = self
            .reading_candidate(hit, a, r)
            .or_else(|| self.reading_records[a].get(r).copied().flatten())?;
        let kind = self.gazetteer.records[record as usize].kind;
        Some(Resolved {
            span: hit.start..hit.end,
            kind,
            record: Some(record),
            reason: ReasonRef::Reading(a as u32, r as u32),
            confidence: 0.9,
        })
    }
}

/// Pass 2: the hits kept, sorted by start: longest first, a table name before a pattern
/// rule's name of the same length, each kept when it overlaps no hit kept before it.
fn keep_longest(mut hits: Vec<Hit>) -> Vec<Hit> {
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
    kept
}
