//! The name tagger inside the matcher: the words it reads with what the tables found on
//! each (its gazetteer features), and how its spans combine with the names the tables and
//! rules found.
//!
//! Combination, in one place for every language:
//! - a tagger span over a name the rules found, of the same kind, confirms it: the entity
//!   keeps the table's record and span (`reason` names both);
//! - a listed place the tagger reads as an organization (a club named after its town) or as
//!   part of a person's or another name (`Clinton said`, `Vietnam War`) follows the tagger
//!   at [`NameTagger::override_confidence`] or more;
//! - a span over a name the rules dropped (a short name, a town next to a capitalized word)
//!   takes the table's record when the tagger reads it as that kind, unless the rules read
//!   it as an adjective or as part of another kind of name (`সৌদি`, `এশিয়া কাপ`);
//! - a span no table lists is output with its confidence and no record, at
//!   [`NameTagger::min_confidence`] or more; persons are output as persons.
//!
//! Names the rules found where the tagger sees none stay: the tables know names the
//! training corpora never saw. Except a one-word place only a generated table lists, of
//! fewer than [`WELL_KNOWN_POPULATION`] people, which is then the ordinary word it is
//! spelled like, unless a list joins it to a place that stands (`مدينتي الهرمل وبعلبك`); a
//! name of several words is no ordinary phrase (`محافظة بابل`).

use std::cell::RefCell;
use std::ops::Range;

use khabar_core::{Document, Unit, is_word_char};
use khabar_tagger::{
    EntityType, Features, Model, Scratch, TaggedSpan, Tagger, Templates, Token, feature_id,
    segment_units,
};

use super::decide::caps_dateline;
use super::words::word_end;
use super::{Hit, Matcher, ReasonRef, Resolved, Target};
use crate::data::EntityKind;
use crate::rules::NameTagger;

/// A language's loaded tagger.
#[derive(Debug)]
pub(super) struct LoadedTagger {
    pub(super) model: Model,
    pub(super) config: &'static NameTagger,
}

/// The words of a document as the tagger reads them, with the gazetteer's features on each.
#[derive(Debug, Default)]
pub struct TaggerTokens {
    /// Byte ranges of the words in the normalized view, in text order.
    pub tokens: Vec<Range<usize>>,
    /// Word `i`'s features are `extras[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<u32>,
    extras: Vec<u32>,
}

impl TaggerTokens {
    /// The gazetteer's feature ids on word `i`.
    pub fn extra(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.extras.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The words as tagger tokens over `text`, the normalized view they were cut from.
    pub fn as_tokens<'t>(&'t self, text: &'t str) -> Vec<Token<'t>> {
        self.tokens
            .iter()
            .enumerate()
            .map(|(i, r)| Token {
                text: text.get(r.clone()).unwrap_or_default(),
                extra: self.extra(i),
            })
            .collect()
    }
}

/// The highest confidence of a name the tagger alone found: below 1, which only listed
/// names have (and which the output leaves out).
const TAGGER_MAX_CONFIDENCE: f32 = 0.99;

/// A generated city of this many people is known well enough to stand without the
/// tagger's reading.
pub(super) const WELL_KNOWN_POPULATION: u64 = 500_000;

/// The confidence of a person found as the surname of a person the document names in full:
/// the rule is sure of the name, less of the person.
const SURNAME_CONFIDENCE: f32 = 0.7;

/// Marks that end a name the tagger found, in every script.
const CLAUSE_MARKS: &[&str] = &[
    ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "«", "»", "،", "؛", "؟", "।",
];

thread_local! {
    /// Per thread, one feature buffer and one decoding scratch per language's templates
    /// (keyed by their address): buffers and the templates' word-class index are built
    /// once, not per document, and a long document's buffers are not faulted in afresh.
    static SCRATCH: RefCell<Vec<(usize, Features, Scratch)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's buffers for `templates`.
fn with_scratch<R>(templates: &Templates, f: impl FnOnce(&mut Features, &mut Scratch) -> R) -> R {
    let key = templates as *const Templates as usize;
    SCRATCH.with(|cell| {
        let mut all = cell.borrow_mut();
        let at = match all.iter().position(|(k, ..)| *k == key) {
            Some(at) => at,
            None => {
                all.push((key, Features::default(), Scratch::default()));
                all.len() - 1
            }
        };
        let (_, features, scratch) = &mut all[at];
        f(features, scratch)
    })
}

/// The record of a name the rules found, or of the town a report of a match made a team.
fn town_of(r: &Resolved) -> Option<u32> {
    match r.reason {
        ReasonRef::Report(town) => Some(town),
        _ => r.record,
    }
}

/// Mixes two feature ids into one (a feature and the word's place in the name).
fn mix(a: u32, b: u32) -> u32 {
    (a.rotate_left(7) ^ b).wrapping_mul(0x9E37_79B1)
}

/// Population bands of a listed place: what the tagger learns about how likely a town's
/// name is a town.
fn population_band(population: u64) -> &'static str {
    match population {
        0 => "pop:unknown",
        1..10_000 => "pop:<10k",
        10_000..100_000 => "pop:<100k",
        100_000..1_000_000 => "pop:<1M",
        _ => "pop:1M+",
    }
}

impl Matcher {
    /// The tagger's words of `doc` with the features of the names the tables and rules find
    /// on them: what `cargo xtask train` trains on, and what the tagger reads at run time.
    pub fn tagger_tokens(&self, doc: &Document) -> TaggerTokens {
        let text = doc.normalized();
        let folded = self.folder.fold_str(text);
        let (kept, found) = self.rule_names(&folded, text, true);
        self.features_of(text, &doc.units(), &kept, &found)
    }

    /// The gazetteer features of every word: for each kept automaton hit, what the tables
    /// list under it (kind, feature class, population band, whether it is ambiguous or
    /// curated) and what the rules made of it, each with the word's place in the hit.
    pub(super) fn features_of(
        &self,
        text: &str,
        units: &[Unit],
        kept: &[Hit],
        found: &[Option<Resolved>],
    ) -> TaggerTokens {
        let mut out = TaggerTokens::default();
        // A word is one unit or several joined: at most one per unit.
        out.tokens.reserve(units.len());
        segment_units(text, units, &mut out.tokens);
        out.offsets.reserve(out.tokens.len() + 1);
        let mut hit_at = 0;
        let mut names: Vec<u32> = Vec::new();
        for (t, token) in out.tokens.iter().enumerate() {
            out.offsets.push(out.extras.len() as u32);
            // Hits are sorted by start and never overlap; skip those ending before the word.
            while kept.get(hit_at).is_some_and(|h| h.end <= token.start) {
                hit_at += 1;
            }
            let Some(hit) = kept.get(hit_at) else {
                continue;
            };
            if hit.word_start.min(hit.start) >= token.end {
                continue;
            }
            let first = t == 0 || out.tokens[t - 1].end <= hit.word_start.min(hit.start);
            let place = feature_id(if first { "B" } else { "I" });
            names.clear();
            self.hit_features(hit, found.get(hit_at).and_then(Option::as_ref), &mut names);
            out.extras.extend(names.iter().map(|&f| mix(f, place)));
            out.extras.extend(names.iter().copied());
        }
        out.offsets.push(out.extras.len() as u32);
        out
    }

    /// The features of one hit, without the word's place.
    fn hit_features(&self, hit: &Hit, resolved: Option<&Resolved>, out: &mut Vec<u32>) {
        match self.patterns.get(hit.pattern as usize).map(|p| &p.target) {
            Some(Target::Name {
                candidates,
                ambiguity,
                needs_context,
                ..
            }) => {
                let Some(record) = self
                    .candidates
                    .get(candidates.start as usize)
                    .and_then(|&c| self.gazetteer.records.get(c as usize))
                else {
                    return;
                };
                // A generated subdivision's one-word name the rules dropped for want of
                // context (`Chin up`, `the Jewish state`): the models were trained before
                // these tables and read any listed word as a place, so the tagger reads it
                // as an unlisted word, and only its own reading can restore the record.
                if resolved.is_none() && *needs_context && super::build::generated_unit(record) {
                    return;
                }
                out.push(feature_id(match record.kind {
                    EntityKind::Location => "gaz:loc",
                    EntityKind::Organization => "gaz:org",
                    EntityKind::Person => "gaz:per",
                }));
                if let Some(feature) = &record.feature {
                    out.push(mix(feature_id("gaz:feature"), feature_id(feature)));
                }
                if record.kind == EntityKind::Location {
                    out.push(feature_id(population_band(record.population)));
                }
                if ambiguity.is_some() || candidates.len() > 1 {
                    out.push(feature_id("gaz:ambiguous"));
                }
                if record.curated {
                    out.push(feature_id("gaz:curated"));
                }
            }
            Some(Target::Trigger(rule)) => {
                let kind = self.rules.patterns.get(*rule as usize).map(|r| r.kind);
                out.push(feature_id(match kind {
                    Some(EntityKind::Organization) => "rule:org",
                    _ => "rule:loc",
                }));
            }
            Some(Target::SportsWord(_)) | None => return,
        }
        out.push(feature_id(match resolved {
            None => "rules:dropped",
            Some(r) if matches!(r.reason, ReasonRef::Team | ReasonRef::Report(_)) => "rules:team",
            Some(r) => match r.kind {
                EntityKind::Location => "rules:loc",
                EntityKind::Organization => "rules:org",
                EntityKind::Person => "rules:per",
            },
        }));
    }

    /// The rules' names combined with the tagger's spans (see the module's comment).
    pub(super) fn combine(
        &self,
        doc_text: &str,
        units: &[Unit],
        hay: &str,
        kept: &[Hit],
        found: Vec<Option<Resolved>>,
        tagger: &LoadedTagger,
    ) -> Vec<Resolved> {
        let words = self.features_of(doc_text, units, kept, &found);
        let tokens = words.as_tokens(doc_text);
        let mut spans: Vec<TaggedSpan> = Vec::new();
        with_scratch(tagger.config.templates, |features, scratch| {
            let mut run = Tagger::with_scratch(&tagger.model, std::mem::take(scratch));
            run.tag_tokens(features, tagger.config.templates, &tokens, &mut spans);
            *scratch = run.into_scratch();
        });

        let rules: Vec<Resolved> = found.into_iter().flatten().collect();
        let mut keep = vec![true; rules.len()];
        let mut confirmed = vec![false; rules.len()];
        // Whether the tagger read any name over each of the rules' names.
        let mut seen = vec![false; rules.len()];
        let mut added: Vec<Resolved> = Vec::new();
        let (overrule, least) = (
            tagger.config.override_confidence,
            tagger.config.min_confidence,
        );
        for s in &spans {
            let Some(edges) = self.name_edges(
                doc_text,
                &words.tokens,
                s.tokens.clone(),
                s.kind == EntityType::Per,
                tagger,
            ) else {
                continue;
            };
            let (first, last) = (&words.tokens[edges.start], &words.tokens[edges.end - 1]);
            let span = self.trim(hay, kept, first.start..last.end);
            let span = self.after_topic(doc_text, span);
            if span.start >= span.end {
                continue;
            }
            // The rules' names overlapping the span: they are sorted and never overlap.
            let from = rules.partition_point(|r| r.span.end <= span.start);
            let to = rules.partition_point(|r| r.span.start < span.end);
            let kind = match s.kind {
                EntityType::Loc => EntityKind::Location,
                // A country and its official's title is no organization.
                EntityType::Org if self.country_title(doc_text, &rules, &span, tagger) => continue,
                EntityType::Org => EntityKind::Organization,
                EntityType::Per => EntityKind::Person,
                EntityType::Misc => {
                    // Part of another kind of name (`Vietnam War`, `Iraqi Airways`'s
                    // adjective): the places inside it are not places here.
                    if s.confidence >= overrule {
                        for (i, r) in rules.iter().enumerate().take(to).skip(from) {
                            if r.record.is_some() && contains(&span, &r.span) && span != r.span {
                                keep[i] = false;
                            }
                        }
                    }
                    continue;
                }
            };
            let mut replaced = false;
            let mut agreed = false;
            for i in from..to {
                let r = &rules[i];
                seen[i] = true;
                // A generated place (no curated entry, no country, however big) gives way
                // at the confidence a new name needs; a curated entry or a country only to
                // a confident reading, and so does a report's team to a place: the
                // training corpora often label a club by its town's type.
                let report_to_place =
                    matches!(r.reason, ReasonRef::Report(_)) && kind == EntityKind::Location;
                // A dateline is where the story was filed, whatever the tagger reads
                // (`MUNICH 1996-09-26`).
                let needed = if caps_dateline(doc_text, r.span.clone()) {
                    f32::INFINITY
                } else if self.generated_name(r) && !report_to_place {
                    least
                } else {
                    overrule
                };
                if r.kind == kind {
                    confirmed[i] = true;
                    agreed = true;
                } else if s.confidence >= needed
                    && (r.record.is_some() || matches!(r.reason, ReasonRef::Report(_)))
                    && (kind == EntityKind::Person
                        || r.kind == EntityKind::Location
                        || matches!(r.reason, ReasonRef::Report(_)))
                    && contains(&span, &r.span)
                    // A country is no part of a person's name, unless its name is one
                    // the rules had to disambiguate (`Jordan Henderson`).
                    && !(kind == EntityKind::Person
                        && self.is_country(r)
                        && !matches!(r.reason, ReasonRef::Reading(..)))
                    // A place with `in` glued to it is where the organization is, no part
                    // of its name (`اتحاد المحامين بأثينا`).
                    && !(kind == EntityKind::Organization
                        && r.kind == EntityKind::Location
                        && self.glued_place_word(hay, r.span.start))
                    // Nor is a country alone an organization: a national team is its
                    // country (`France beat Italy`, `منتخب فرنسا` with `منتخب` dropped).
                    && !(kind == EntityKind::Organization && self.is_country(r) && span == r.span)
                {
                    keep[i] = false;
                    replaced = true;
                }
            }
            if agreed && !replaced {
                continue;
            }
            if from < to && !replaced {
                // Another kind the tagger is not sure enough about to overrule.
                continue;
            }
            if kind == EntityKind::Person {
                if s.confidence >= least {
                    added.push(Resolved {
                        span,
                        kind,
                        record: None,
                        reason: ReasonRef::Tagger,
                        confidence: s.confidence.min(TAGGER_MAX_CONFIDENCE),
                    });
                }
                continue;
            }
            // What did what only a person or a team does (`Lara scored`) is no place,
            // whatever the tagger reads.
            if kind == EntityKind::Location && self.acts_as_agent(hay, span.clone()) {
                continue;
            }
            // A name of the tables at exactly this span, of this kind, that the rules
            // dropped or read as another kind: the tagger's context decides for it.
            let listed = self.listed_at(hay, kept, &span, kind);
            match listed {
                Some(record) => added.push(Resolved {
                    span,
                    kind,
                    record: Some(record),
                    reason: ReasonRef::Both,
                    confidence: 1.0,
                }),
                // `منظمة دولية` "an international organization": a noun and its
                // adjective, no name.
                None if hay[span.clone()]
                    .split(' ')
                    .any(|w| self.indefinite_adjective(w)) => {}
                None if s.confidence >= least => added.push(Resolved {
                    span,
                    kind,
                    record: None,
                    reason: ReasonRef::Tagger,
                    confidence: s.confidence.min(TAGGER_MAX_CONFIDENCE),
                }),
                None => {}
            }
        }
        // A generated one-word place the tagger does not read as a name at all is the
        // ordinary word it is spelled like (`ثورة` "revolution", `Reading`), unless it is
        // listed with a place that stands (`مدينتي الهرمل وبعلبك`).
        let ordinary: Vec<bool> = (0..rules.len())
            .map(|i| {
                keep[i]
                    && !seen[i]
                    && self.generated_place(&rules[i])
                    && !hay[rules[i].span.clone()].contains(' ')
            })
            .collect();
        let stands = |j: usize| keep[j] && !ordinary[j] && rules[j].kind == EntityKind::Location;
        // A joiner or a comma between them, not a bare space (`سلالة شرق إفريقيا`).
        let joined = |gap: Range<usize>| self.joined_in_list(hay, gap);
        let listed: Vec<bool> = (0..rules.len())
            .map(|i| {
                let span = &rules[i].span;
                (i > 0 && stands(i - 1) && joined(rules[i - 1].span.end..span.start))
                    || (i + 1 < rules.len()
                        && stands(i + 1)
                        && joined(span.end..rules[i + 1].span.start))
            })
            .collect();
        for i in (0..rules.len()).filter(|&i| ordinary[i]) {
            keep[i] = listed[i];
        }
        // One name, one sense in a document: a town known from GeoNames alone whose name is
        // the surname of a person the document names in full is that person again (`Brian
        // Lara … Lara was dismissed`, `Bill Clinton … Clinton said`).
        let surnames: Vec<&str> = added
            .iter()
            .filter(|a| a.kind == EntityKind::Person)
            .filter_map(|a| Some(hay.get(a.span.clone())?.rsplit_once(' ')?.1))
            .collect();
        if !surnames.is_empty() {
            for (i, r) in rules.iter().enumerate() {
                let Some(name) = hay.get(r.span.clone()) else {
                    continue;
                };
                if keep[i]
                    && r.kind == EntityKind::Location
                    && self.generated_place(r)
                    && surnames.contains(&name)
                {
                    keep[i] = false;
                    added.push(Resolved {
                        span: r.span.clone(),
                        kind: EntityKind::Person,
                        record: None,
                        reason: ReasonRef::Tagger,
                        confidence: SURNAME_CONFIDENCE,
                    });
                }
            }
        }
        let mut all: Vec<Resolved> = rules
            .into_iter()
            .zip(keep.iter().zip(confirmed.iter()))
            .filter(|(_, (keep, _))| **keep)
            .map(|(mut r, (_, &confirmed))| {
                if confirmed {
                    r.reason = match r.record {
                        Some(_) => ReasonRef::Both,
                        None => ReasonRef::RuleAndTagger,
                    };
                    r.confidence = r.confidence.max(if r.record.is_some() { 1.0 } else { 0.8 });
                }
                r
            })
            .collect();
        // The tagger's own names never overlap a name kept from the rules.
        added.retain(|a| {
            !all.iter()
                .any(|r| r.span.start < a.span.end && a.span.start < r.span.end)
        });
        all.extend(added);
        all.sort_by(|a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
        });
        let mut end = 0;
        all.retain(|r| {
            let ok = r.span.start >= end;
            if ok {
                end = r.span.end;
            }
            ok
        });
        all
    }

    /// The words of a tagger span that can be a name's: without words that do not start
    /// with a letter or digit at either end (`'s`, quotes, `@`), a leading word of
    /// [`NameTagger::drop_first`] (`the`), nor, for a `person`, a title before the name.
    /// `None` when nothing is left, or only a word of [`NameTagger::not_alone`] (`We`).
    fn name_edges(
        &self,
        text: &str,
        tokens: &[Range<usize>],
        mut words: Range<usize>,
        person: bool,
        tagger: &LoadedTagger,
    ) -> Option<Range<usize>> {
        let word = |i: usize| {
            tokens
                .get(i)
                .and_then(|t| text.get(t.clone()))
                .unwrap_or_default()
        };
        let starts_word = |i: usize| word(i).chars().next().is_some_and(is_word_char);
        while words.start < words.end
            && (!starts_word(words.start) || tagger.config.drop_first.contains(&word(words.start)))
        {
            words.start += 1;
        }
        // A name does not run over a clause mark, nor over a full stop after a word longer
        // than an abbreviation (`St. Louis` but not `Sevilla. Kennedy`).
        if let Some(cut) = (words.start + 1..words.end).find(|&i| {
            let w = word(i);
            CLAUSE_MARKS.contains(&w) || (w == "." && word(i - 1).chars().count() > 3)
        }) {
            words.end = cut;
        }
        // No person's name has digits in it: a span running into an amount ends before it
        // (`Roche 3bn CHF`).
        if person
            && let Some(cut) =
                (words.start..words.end).find(|&i| word(i).chars().any(|c| c.is_ascii_digit()))
        {
            words.end = cut;
        }
        while words.start < words.end && !starts_word(words.end - 1) {
            words.end -= 1;
        }
        // A person's name starts after the title before it (`Prime Minister Ehud Olmert`,
        // `الرئيس …`), as the cleaned training spans have it: after the last word of the
        // templates' class `title` that is not the span's last word.
        if person && words.start < words.end {
            let is_title = |w: &str| is_title(tagger, w);
            // A title alone is no one's name (`Foreign Secretary`).
            if is_title(word(words.end - 1)) {
                return None;
            }
            // The title may also be the word just before the span, which then starts inside
            // the title's `of` phrase (`Secretary [of State Antony Blinken]`).
            if let Some(title) = (words.start.saturating_sub(1)..words.end - 1)
                .rev()
                .find(|&i| is_title(word(i)))
            {
                words.start = title + 1;
                // `of` and the word after it still belong to the title (`Secretary of
                // State`).
                while words.start + 1 < words.end
                    && word(words.start)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                {
                    words.start += 2;
                }
            }
        }
        // A word that is no name alone (`We`).
        if words.len() == 1 && tagger.config.not_alone.contains(&word(words.start)) {
            return None;
        }
        (words.start < words.end).then_some(words)
    }

    /// A generated town or area the rules found that is neither a country, nor curated,
    /// nor a city of [`WELL_KNOWN_POPULATION`] people: a name the tables know from
    /// GeoNames alone, often an ordinary word too.
    fn generated_place(&self, r: &Resolved) -> bool {
        self.generated_name(r)
            && town_of(r)
                .and_then(|i| self.record(i))
                .is_some_and(|rec| rec.population < WELL_KNOWN_POPULATION)
    }

    /// A place the rules found that only GeoNames lists (not curated, not a country), or a
    /// team a report of a match made of such a place.
    fn generated_name(&self, r: &Resolved) -> bool {
        town_of(r).and_then(|i| self.record(i)).is_some_and(|rec| {
            rec.kind == EntityKind::Location && !rec.curated && !rec.is_country()
        })
    }

    /// Whether a name the rules found is a country.
    fn is_country(&self, r: &Resolved) -> bool {
        r.record
            .and_then(|i| self.record(i))
            .is_some_and(|rec| rec.is_country())
    }

    /// The record of a table name the automaton found exactly at `span` whose best record
    /// is of `kind`, or the organization the tables list under that name.
    fn listed_at(
        &self,
        hay: &str,
        kept: &[Hit],
        span: &Range<usize>,
        kind: EntityKind,
    ) -> Option<u32> {
        let at = kept.partition_point(|h| h.start < span.start);
        let hit = kept
            .get(at)
            .filter(|h| h.start == span.start && h.end == span.end);
        // What the rules read as an adjective (`সৌদি`) or as the modifier of another kind
        // of name (`এশিয়া কাপ`, the Asia Cup) is no name of the tables, whatever the
        // tagger reads: these are the text's grammar, not a lack of evidence.
        if hit.is_some_and(|h| {
            self.bare_adjective(hay, h)
                || (kind == EntityKind::Location
                    && self.word_after_in(hay, h.end, &self.name_heads))
        }) {
            return None;
        }
        if let Some(Target::Name { candidates, .. }) = hit
            .and_then(|h| self.patterns.get(h.pattern as usize))
            .map(|p| &p.target)
        {
            let found = self
                .candidates
                .get(candidates.start as usize..candidates.end as usize)?
                .iter()
                .copied()
                .find(|&c| self.gazetteer.records[c as usize].kind == kind);
            if found.is_some() {
                return found;
            }
        }
        if kind == EntityKind::Organization {
            return hay
                .get(span.clone())
                .and_then(|k| self.org_keys.get(k))
                .map(|&(record, _)| record);
        }
        None
    }

    /// Whether the tagger's organization at `span` is a country and the title of one of its
    /// officials (`U.S. Ambassador to Iraq`, `U.S. Secretary of State`): a listed country
    /// starts it and a title follows the country. The country stays a place.
    fn country_title(
        &self,
        text: &str,
        rules: &[Resolved],
        span: &Range<usize>,
        tagger: &LoadedTagger,
    ) -> bool {
        rules
            .iter()
            .find(|r| r.span.start == span.start && r.span.end < span.end)
            .is_some_and(|r| {
                self.is_country(r)
                    && text[r.span.end..span.end]
                        .split(' ')
                        .find(|w| !w.is_empty())
                        .is_some_and(|w| is_title(tagger, w))
            })
    }

    /// A tagger span without the topic of an agency's headline that it ran into (`SOCCER -
    /// JAPAN`, `BASKETBALL - NBA`): in a script with case, what stands before a dash
    /// between spaces in capitals alone, where a capital follows the dash (`ISIL - held
    /// buildings` stays whole). A dash inside a name is written without spaces
    /// (`Baden-Baden`); scripts without case are left as they are (`ঢাকা - চট্টগ্রাম
    /// মহাসড়ক`, the Dhaka–Chittagong highway, is one name).
    fn after_topic(&self, text: &str, span: Range<usize>) -> Range<usize> {
        if self.rules.case != crate::rules::CaseRule::Capitalized {
            return span;
        }
        let Some(name) = text.get(span.clone()) else {
            return span;
        };
        let topic = [" - ", " – ", " — "].iter().find_map(|dash| {
            let at = name.find(dash)?;
            let head = &name[..at];
            let tail = &name[at + dash.len()..];
            (head.chars().any(char::is_alphabetic)
                && !head.chars().any(char::is_lowercase)
                && tail.chars().next().is_some_and(char::is_uppercase))
            .then_some(at + dash.len())
        });
        match topic {
            Some(cut) if cut < name.len() => span.start + cut..span.end,
            _ => span,
        }
    }

    /// A tagger span without the grammar glued to its words (SPEC: proclitics before,
    /// endings after): an edge on a table name's hit takes the hit's edge; otherwise a
    /// listed prefix comes off only before the definite article, and a listed ending only
    /// where the stem is itself a name the automaton found or at least two letters remain
    /// of an ending of two letters or more.
    fn trim(&self, hay: &str, kept: &[Hit], span: Range<usize>) -> Range<usize> {
        let (mut start, mut end) = (span.start, span.end);
        let at = kept.partition_point(|h| h.end <= start);
        if let Some(h) = kept.get(at).filter(|h| h.word_start.min(h.start) == start) {
            start = h.start;
        } else if let Some((article, fused)) = self.rules.fused_article {
            let word = &hay[start..end];
            for p in self.rules.prefixes {
                let Some(rest) = word.strip_prefix(p) else {
                    continue;
                };
                if rest.starts_with(article) && rest.len() > article.len() {
                    start += p.len();
                    break;
                }
                // `للعراق`: the second ل is the article's.
                if p.ends_with(fused)
                    && rest.starts_with(fused)
                    && hay[start + p.len()..].starts_with(&article[fused.len()..])
                    && rest.len() > fused.len()
                {
                    start += p.len() - fused.len();
                    break;
                }
            }
        }
        let last = kept.partition_point(|h| h.end < end);
        let on_hit = kept
            .iter()
            .skip(last.saturating_sub(1))
            .take(3)
            .find(|h| h.start >= start && h.end < end && word_end(hay, h.end) == end);
        if let Some(h) = on_hit {
            end = h.end;
        } else if !self.suffixes.is_empty() {
            let word_begin = hay[..end]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(end, |(i, _)| i)
                .max(start);
            let word = &hay[word_begin..end];
            let longest = self
                .suffixes
                .iter()
                // At least two chars each (`nth(1)`, not a count of every char: this runs
                // over every ending for each span the tagger proposes).
                .filter(|s| s.chars().nth(1).is_some())
                .filter(|s| {
                    word.strip_suffix(s.as_str())
                        .is_some_and(|r| r.chars().nth(1).is_some())
                })
                .max_by_key(|s| s.len());
            if let Some(s) = longest {
                end -= s.len();
            }
        }
        start.min(end)..end
    }
}

/// Whether `outer` contains `inner`.
fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Whether `word` is one of the tagger's titles (its templates' class `title`), a final
/// full stop and, in ASCII, case aside (`Amb.`, `SECRETARY`).
fn is_title(tagger: &LoadedTagger, word: &str) -> bool {
    let titles = tagger
        .config
        .templates
        .classes
        .iter()
        .find(|(name, _)| *name == "title")
        .map_or(&[][..], |(_, list)| list);
    let w = word.trim_end_matches('.');
    titles.iter().any(|t| {
        let t = t.trim_end_matches('.');
        t == w || (w.is_ascii() && t.eq_ignore_ascii_case(w))
    })
}
