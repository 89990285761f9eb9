//! One language's matcher: a single Aho–Corasick automaton over every name of that language
//! and every pattern-rule trigger, built once, plus the post-filters that make an automaton
//! hit a name (word boundaries, glued clitics and endings, case), the selection of the
//! longest non-overlapping names, and the disambiguation rules.
//!
//! Hot path: one automaton pass over the document's (folded) normalized view; the only
//! allocations are per document (the folded copy, the hit list), never per entity. Reasons
//! are strings built once per name at construction and borrowed by entities.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use khabar_core::{Document, NormalizedText, is_word_char};

use crate::data::{EntityKind, Gazetteer, Record};
use crate::rules::{Ambiguity, CaseRule, Fold, LangRules, PatternRule, PlaceFirst, Reading, Side};

/// Why a matcher could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MatcherError {
    #[error("building the name automaton: {0}")]
    Automaton(String),
}

/// What an automaton pattern stands for.
#[derive(Debug)]
enum Target {
    /// A name of the tables: candidate records (best first) and, when the name is
    /// ambiguous, the rule that decides.
    Name {
        candidates: Range<u32>,
        fused: bool,
        ambiguity: Option<u16>,
        one_word: bool,
    },
    /// The trigger word of a pattern rule.
    Trigger(u16),
}

#[derive(Debug)]
struct Pattern {
    target: Target,
    /// The name's forms as normalized but not folded, for the case check.
    surfaces: Vec<Box<str>>,
    reason: Box<str>,
}

/// A found organization or location, borrowing from the matcher and the document.
#[derive(Clone, Debug)]
pub struct Found<'a> {
    /// Byte range in the document's normalized view.
    pub span: Range<usize>,
    pub kind: EntityKind,
    /// The record, or `None` for a pattern rule's name.
    pub record: Option<&'a Record>,
    /// For a pattern rule: the name as written (normalized).
    pub surface: &'a str,
    pub reason: &'a str,
    pub confidence: f32,
}

#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    /// Start of the glued prefix (equal to `start` when there is none).
    word_start: usize,
    pattern: u32,
    /// For a trigger: the span of the name the rule read.
    rule_span: Option<Range<usize>>,
}

/// Which reason string an entity borrows: a pattern's, a reading's, or the team rule's.
#[derive(Clone, Copy, Debug)]
enum ReasonRef {
    Pattern(u32),
    Reading(u32, u32),
    Team,
}

/// The reason of a town read as a sports team ([`LangRules::team_before`]).
const TEAM_REASON: &str = "pattern:team";

/// At most this many words, and bytes, inside the quotation marks of a quoted name: a
/// longer quotation is a title or speech, not a name (and the scan stays short).
const QUOTED_MAX_WORDS: usize = 6;
const QUOTED_MAX_BYTES: usize = 120;

/// A found name as indices into the matcher, so that it can be kept between the two
/// extractors of a language without borrowing.
#[derive(Clone, Debug)]
struct Resolved {
    span: Range<usize>,
    kind: EntityKind,
    record: Option<u32>,
    reason: ReasonRef,
    confidence: f32,
}

/// The name matcher of one language; build it once and share it (it is `Send + Sync`).
#[derive(Debug)]
pub struct Matcher {
    rules: LangRules,
    gazetteer: Arc<Gazetteer>,
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    candidates: Vec<u32>,
    /// Per ambiguity and reading: the reason string.
    reading_reasons: Vec<Vec<Box<str>>>,
    /// Per ambiguity and reading: the record chosen.
    reading_records: Vec<Vec<Option<u32>>>,
    /// Per ambiguity and reading: the folded cue words before and after.
    reading_cues: Vec<Vec<(Vec<String>, Vec<String>)>>,
    /// Folded names whose best record is a location, for the pattern rules' place checks.
    place_keys: HashSet<Box<str>>,
    /// Folded names whose best record is an organization, with that record and the name's
    /// pattern: a quoted name after a trigger that the tables list keeps both.
    org_keys: HashMap<Box<str>, (u32, u32)>,
    inflected_only: Vec<String>,
    false_inflections: Vec<String>,
    suffixes: Vec<String>,
    emphatics: Vec<String>,
    pattern_stops: Vec<String>,
    place_pattern_stops: Vec<String>,
    person_after: Vec<String>,
    person_before: Vec<String>,
    name_heads: Vec<String>,
    pattern_stop_endings: Vec<String>,
    capitalized_ok: Vec<String>,
    list_joiners: Vec<String>,
    team_before: Vec<String>,
    team_after: Vec<String>,
}

fn fold_char(fold: Fold, c: char) -> char {
    match fold {
        Fold::AsciiCase => c.to_ascii_lowercase(),
        // Long and short i and u, and the two n, are spelled either way in names
        // (`নেত্রকোণা`/`নেত্রকোনা`, `মীরসরাই`/`মিরসরাই`); all are three UTF-8 bytes.
        Fold::Bengali => match c {
            'ী' => 'ি',
            'ূ' => 'ু',
            'ণ' => 'ন',
            _ => c,
        },
        Fold::None | Fold::Arabic => c,
    }
}

/// The spellings a name is matched in: Arabic names with `ة` also match written with `ه`
/// (`القاهره`), but not the other way round: an alias with `ه` (often a Persian or Kurdish
/// transliteration such as `سنه`) must not match the common word `سنة`.
fn variants(fold: Fold, key: &str) -> Vec<String> {
    let mut all = vec![key.to_owned()];
    if fold == Fold::Arabic && key.contains('ة') {
        all.push(key.replace('ة', "ه"));
    }
    all
}

/// Folds `s` (already normalized); each char keeps its UTF-8 length.
fn fold_str(fold: Fold, s: &str) -> Cow<'_, str> {
    if fold == Fold::None || s.chars().all(|c| fold_char(fold, c) == c) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| fold_char(fold, c)).collect())
}

fn normalize(fold: Fold, s: &str) -> String {
    fold_str(fold, NormalizedText::new(s.trim()).as_str()).into_owned()
}

/// Letters of a name, not counting a leading definite article.
fn letters_without_article(name: &str, article: Option<&str>) -> usize {
    let bare = article.and_then(|a| name.strip_prefix(a)).unwrap_or(name);
    bare.chars().filter(|c| c.is_alphabetic()).count()
}

/// One folded name: the records it may stand for, and its forms as written.
type NameEntry = (Vec<u32>, Vec<Box<str>>);

/// The name patterns of a matcher and the indexes built with them.
struct NamePatterns {
    patterns: Vec<Pattern>,
    candidates: Vec<u32>,
    place_keys: HashSet<Box<str>>,
    org_keys: HashMap<Box<str>, (u32, u32)>,
}

/// Builds pattern `i` for each name key `keys[i]` (`key_names[i]` indexes `sorted`, the
/// names with their records and surfaces): the candidate records best first, the reason,
/// and the folded names of places and organizations.
fn name_patterns(
    gazetteer: &Gazetteer,
    sorted: Vec<(String, NameEntry)>,
    keys: &[(String, bool)],
    key_names: &[u32],
    ambiguity_of: &HashMap<String, u16>,
) -> NamePatterns {
    let mut out = NamePatterns {
        patterns: Vec::with_capacity(keys.len()),
        candidates: Vec::new(),
        place_keys: HashSet::new(),
        org_keys: HashMap::new(),
    };
    let mut at = 0;
    for (name, (key, (mut records, surfaces))) in sorted.into_iter().enumerate() {
        records.sort_by(|&a, &b| {
            let (ra, rb) = (
                &gazetteer.records[a as usize],
                &gazetteer.records[b as usize],
            );
            feature_rank(ra)
                .cmp(&feature_rank(rb))
                .then(rb.population.cmp(&ra.population))
                .then(a.cmp(&b))
        });
        let start = out.candidates.len() as u32;
        out.candidates.extend_from_slice(&records);
        let range = start..out.candidates.len() as u32;
        let best = &gazetteer.records[records[0] as usize];
        let reason: Box<str> = format!(
            "gazetteer:{}:{}",
            best.id.as_deref().unwrap_or(&best.canonical),
            key
        )
        .into();
        let ambiguity = ambiguity_of.get(&key).copied();
        let one_word = !key.contains([' ', '-']);
        while key_names.get(at) == Some(&(name as u32)) {
            let (variant, fused) = &keys[at];
            let target = Target::Name {
                candidates: range.clone(),
                fused: *fused,
                ambiguity,
                one_word,
            };
            if *fused {
                out.patterns.push(Pattern {
                    target,
                    surfaces: Vec::new(),
                    reason: format!("{reason}:fused-article").into(),
                });
            } else {
                if best.kind == EntityKind::Location {
                    out.place_keys.insert(variant.as_str().into());
                }
                if best.kind == EntityKind::Organization {
                    out.org_keys
                        .insert(variant.as_str().into(), (records[0], at as u32));
                }
                out.patterns.push(Pattern {
                    target,
                    surfaces: surfaces.clone(),
                    reason: reason.clone(),
                });
            }
            at += 1;
        }
    }
    out
}

fn feature_rank(r: &Record) -> u8 {
    match r.feature.as_deref() {
        _ if r.curated => 0,
        Some("country") => 1,
        Some("continent") => 2,
        Some("region") => 3,
        Some("admin1") => 4,
        Some("city") => 5,
        Some("district") => 6,
        _ => 7,
    }
}

impl Matcher {
    /// Builds the automaton over `gazetteer`'s names in `rules.lang`.
    pub fn new(gazetteer: Arc<Gazetteer>, rules: LangRules) -> Result<Matcher, MatcherError> {
        let fold = rules.fold;
        let stop: HashSet<String> = rules
            .stop_names
            .iter()
            .map(|s| normalize(fold, s))
            .collect();
        let mut by_key: HashMap<String, NameEntry> = HashMap::new();
        for name in gazetteer.names.iter().filter(|n| n.lang == rules.lang) {
            let record = &gazetteer.records[name.record as usize];
            let foreign_town = !record.curated
                && record.feature.as_deref() == Some("city")
                && record.population < rules.foreign_min_population
                && !record
                    .country
                    .as_deref()
                    .is_some_and(|c| rules.home_countries.contains(&c));
            if foreign_town {
                continue;
            }
            let short = rules.short_name_letters > 0
                && !record.curated
                && record.feature.as_deref() != Some("country")
                && !name.text.contains(' ')
                && letters_without_article(&name.text, rules.fused_article.map(|(a, _)| a))
                    <= rules.short_name_letters
                && (record.population < rules.short_name_min_population
                    || !record
                        .country
                        .as_deref()
                        .is_some_and(|c| rules.home_countries.contains(&c)));
            if short {
                continue;
            }
            let surface = NormalizedText::new(name.text.trim()).as_str().to_owned();
            let key = fold_str(fold, &surface).into_owned();
            if key.chars().count() < 2 || stop.contains(&key) {
                continue;
            }
            let entry = by_key.entry(key).or_default();
            if !entry.0.contains(&name.record) {
                entry.0.push(name.record);
            }
            if !entry.1.iter().any(|s| **s == *surface) {
                entry.1.push(surface.into());
            }
        }
        let ambiguity_of: HashMap<String, u16> = rules
            .ambiguities
            .iter()
            .enumerate()
            .map(|(i, a)| (normalize(fold, a.name), i as u16))
            .collect();
        let mut sorted: Vec<_> = by_key.into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let fused = rules
            .fused_article
            .map(|(article, joined)| (normalize(fold, article), normalize(fold, joined)));
        // The automaton's keys in pattern order (pattern `i` is key `i`), each with the
        // name it spells and whether it is the name's fused-article form. Building the
        // automaton is the longest step of start-up, so it runs on another thread while
        // this one builds the patterns from the same list.
        let mut keys: Vec<(String, bool)> = Vec::new();
        let mut key_names: Vec<u32> = Vec::new();
        for (name, (key, _)) in sorted.iter().enumerate() {
            for variant in variants(fold, key) {
                if let Some((article, joined)) = &fused
                    && let Some(rest) = variant.strip_prefix(article.as_str())
                {
                    keys.push((format!("{joined}{rest}"), true));
                    key_names.push(name as u32);
                }
                keys.push((variant, false));
                key_names.push(name as u32);
            }
        }
        for rule in rules.patterns {
            keys.push((normalize(fold, rule.trigger), false));
        }
        let (automaton, names) = std::thread::scope(|scope| {
            let automaton = scope.spawn(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(keys.iter().map(|(k, _)| k.as_str()))
                    .map_err(|e| MatcherError::Automaton(e.to_string()))
            });
            let names = name_patterns(&gazetteer, sorted, &keys, &key_names, &ambiguity_of);
            let automaton = automaton
                .join()
                .unwrap_or_else(|_| Err(MatcherError::Automaton("the build panicked".to_owned())));
            (automaton, names)
        });
        let automaton = automaton?;
        let NamePatterns {
            mut patterns,
            candidates,
            place_keys,
            org_keys,
        } = names;
        for (i, rule) in rules.patterns.iter().enumerate() {
            patterns.push(Pattern {
                target: Target::Trigger(i as u16),
                surfaces: Vec::new(),
                reason: format!("pattern:{}", rule.reason).into(),
            });
        }
        let (reading_reasons, reading_records) = readings(&gazetteer, rules.ambiguities);
        let norm_all = |list: &[&str]| list.iter().map(|s| normalize(fold, s)).collect::<Vec<_>>();
        let reading_cues = rules
            .ambiguities
            .iter()
            .map(|a| {
                a.readings
                    .iter()
                    .map(|r| (norm_all(r.before), norm_all(r.after)))
                    .collect()
            })
            .collect();
        Ok(Matcher {
            reading_cues,
            place_keys,
            org_keys,
            team_before: norm_all(rules.team_before),
            team_after: norm_all(rules.team_after),
            inflected_only: norm_all(rules.inflected_only),
            false_inflections: norm_all(rules.false_inflections),
            suffixes: norm_all(rules.suffixes),
            emphatics: norm_all(rules.emphatics),
            pattern_stops: norm_all(rules.pattern_stops),
            place_pattern_stops: norm_all(rules.place_pattern_stops),
            person_after: norm_all(rules.person_after),
            person_before: norm_all(rules.person_before),
            name_heads: norm_all(rules.name_heads),
            pattern_stop_endings: norm_all(rules.pattern_stop_endings),
            capitalized_ok: rules
                .capitalized_ok
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            list_joiners: norm_all(rules.list_joiners),
            rules,
            gazetteer,
            automaton,
            patterns,
            candidates,
            reading_reasons,
            reading_records,
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Number of automaton patterns (names and triggers).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Approximate heap held by the automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.automaton.memory_usage()
    }

    /// The benchmark floor: the document's folded view scanned once by the automaton, with
    /// no boundary checks, selection or rules; the number of raw hits.
    pub fn scan(&self, doc: &Document) -> usize {
        let folded = fold_str(self.rules.fold, doc.normalized());
        self.automaton.find_overlapping_iter(&*folded).count()
    }

    /// Finds the organizations and locations of `doc`: the longest names that pass the
    /// boundary, case and disambiguation rules, never overlapping.
    pub fn find<'a>(&'a self, doc: &'a Document) -> Vec<Found<'a>> {
        let text = doc.normalized();
        // `<lang>.organizations` and `<lang>.locations` both ask; one automaton pass serves
        // both. The matcher's address tells apart matchers with users' extra tables.
        let resolved = doc.memo(self as *const Matcher as usize, || self.resolve(doc));
        resolved
            .iter()
            .map(|r| Found {
                span: r.span.clone(),
                kind: r.kind,
                record: r
                    .record
                    .and_then(|i| self.gazetteer.records.get(i as usize)),
                surface: text.get(r.span.clone()).unwrap_or_default(),
                reason: match r.reason {
                    ReasonRef::Pattern(p) => {
                        self.patterns.get(p as usize).map_or("", |p| &p.reason)
                    }
                    ReasonRef::Reading(a, r) => self
                        .reading_reasons
                        .get(a as usize)
                        .and_then(|rs| rs.get(r as usize))
                        .map_or("", |s| s),
                    ReasonRef::Team => TEAM_REASON,
                },
                confidence: r.confidence,
            })
            .collect()
    }

    /// One automaton pass and the selection and disambiguation of its hits.
    fn resolve(&self, doc: &Document) -> Vec<Resolved> {
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

    /// The start of the word the name is in, when what is glued before it is an allowed
    /// prefix; `None` when the name starts inside another word.
    fn left_ok(&self, hay: &str, start: usize, fused: bool) -> Option<usize> {
        // Walk back at most one character past the longest prefix: a longer glued run is no
        // prefix, and an unbounded walk would cost the whole word per hit.
        let longest = self
            .rules
            .prefixes
            .iter()
            .map(|p| p.len())
            .max()
            .unwrap_or(0);
        let mut word_start = start;
        for (i, c) in hay[..start].char_indices().rev() {
            if !is_word_char(c) {
                break;
            }
            word_start = i;
            if start - word_start > longest {
                return None;
            }
        }
        let glued = &hay[word_start..start];
        if fused {
            // `للعراق`: the match is `لعراق`; the ل before it (with any و/ف) is the
            // preposition.
            let ok =
                !glued.is_empty() && self.rules.prefixes.contains(&glued) && glued.ends_with('ل');
            return ok.then_some(word_start);
        }
        if glued.is_empty() || self.rules.prefixes.contains(&glued) {
            Some(word_start)
        } else {
            None
        }
    }

    /// True when the name ends its word, or only an allowed ending follows it.
    fn right_ok(&self, hay: &str, end: usize) -> bool {
        let after = &hay[end..];
        // As in `left_ok`, no walk beyond the longest ending an allowed one could be.
        let longest = self.suffixes.iter().map(String::len).max().unwrap_or(0)
            + self.emphatics.iter().map(String::len).max().unwrap_or(0);
        let mut len = after.len();
        for (i, c) in after.char_indices() {
            if !is_word_char(c) {
                len = i;
                break;
            }
            if i > longest {
                return false;
            }
        }
        let mut glued = &after[..len];
        if glued.is_empty() {
            return true;
        }
        if !self.false_inflections.is_empty() {
            // The word the name would be inflected in (walk back over the name itself).
            let word_start = hay[..end]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(end, |(i, _)| i);
            let word = &hay[word_start..end + len];
            if self.false_inflections.iter().any(|f| f == word) {
                return false;
            }
        }
        if let Some(e) = self.emphatics.iter().find(|e| glued.ends_with(e.as_str())) {
            glued = &glued[..glued.len() - e.len()];
            if glued.is_empty() {
                return true;
            }
        }
        self.suffixes.iter().any(|s| s == glued)
    }

    /// The start of a listed place of one to three words right before `at` (only blanks
    /// between), longest first.
    fn place_ending_at(&self, hay: &str, at: usize) -> Option<usize> {
        let last = hay.get(..at)?.trim_end_matches(' ').len();
        let mut starts = [0usize; 3];
        let mut count = 0;
        let mut pos = at;
        while count < starts.len() {
            let Some(word) = prev_word(hay, pos) else {
                break;
            };
            starts[count] = word.start;
            count += 1;
            pos = word.start;
        }
        starts[..count].iter().rev().copied().find(|&s| {
            hay.get(s..last)
                .is_some_and(|k| self.place_keys.contains(k))
        })
    }

    /// A word that is a listed place with an ending glued on (`ঢাকার`, `চট্টগ্রামেও`).
    fn inflected_place(&self, w: &str) -> bool {
        if self.suffixes.is_empty() || self.place_keys.contains(w) {
            return false;
        }
        let bare = self
            .emphatics
            .iter()
            .find_map(|e| w.strip_suffix(e.as_str()).filter(|r| !r.is_empty()))
            .unwrap_or(w);
        (bare.len() < w.len() && self.place_keys.contains(bare))
            || self.suffixes.iter().any(|s| {
                bare.strip_suffix(s.as_str())
                    .is_some_and(|stem| !stem.is_empty() && self.place_keys.contains(stem))
            })
    }

    /// A name of [`LangRules::inflected_only`] with no ending glued on.
    fn bare_adjective(&self, hay: &str, hit: &Hit) -> bool {
        !self.inflected_only.is_empty()
            && !hay[hit.end..].chars().next().is_some_and(is_word_char)
            && hay
                .get(hit.start..hit.end)
                .is_some_and(|k| self.inflected_only.iter().any(|s| s == k))
    }

    /// The person rule for scripts without case: a surname right after the name, or a
    /// title right before it.
    fn next_to_person_word(&self, hay: &str, hit: &Hit) -> bool {
        if self.person_after.is_empty() && self.person_before.is_empty() {
            return false;
        }
        let after = self.word_after_in(hay, hit.end, &self.person_after);
        let head = hay[..hit.word_start].trim_end_matches(' ');
        let before = head.len() < hit.word_start
            && self.person_before.iter().any(|p| {
                head.strip_suffix(p.as_str())
                    .is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !is_word_char(c)))
            });
        after || before
    }

    /// Whether the name ends its word and the next word is one of `list`, endings allowed.
    fn word_after_in(&self, hay: &str, end: usize, list: &[String]) -> bool {
        !list.is_empty()
            && hay[end..].starts_with(' ')
            && next_word(hay, end).is_some_and(|w| {
                let w = &hay[w];
                list.iter().any(|p| {
                    w.strip_prefix(p.as_str()).is_some_and(|rest| {
                        rest.is_empty()
                            || self.suffixes.iter().any(|s| s == rest)
                            || self.emphatics.iter().any(|e| e == rest)
                    })
                })
            })
    }

    /// The record a winning reading names among the hit's own candidates (`মালি` the
    /// country, not another record of that canonical name elsewhere in the tables).
    fn reading_candidate(&self, hit: &Hit, a: usize, r: usize) -> Option<u32> {
        let canonical = self.rules.ambiguities.get(a)?.readings.get(r)?.canonical?;
        let Target::Name { candidates, .. } = &self.patterns.get(hit.pattern as usize)?.target
        else {
            return None;
        };
        self.candidates
            .get(candidates.start as usize..candidates.end as usize)?
            .iter()
            .copied()
            .find(|&c| *self.gazetteer.records[c as usize].canonical == *canonical)
    }

    fn case_ok(
        &self,
        text: &str,
        start: usize,
        end: usize,
        pattern: &Pattern,
        one_word: bool,
    ) -> bool {
        if self.rules.case == CaseRule::Ignore {
            return true;
        }
        let Some(slice) = text.get(start..end) else {
            return false;
        };
        if !one_word {
            // `the global coalition to defeat Daesh`, but not `world bank` in lower case.
            return slice.chars().any(char::is_uppercase)
                || pattern
                    .surfaces
                    .iter()
                    .all(|s| !s.chars().any(char::is_uppercase));
        }
        if pattern.surfaces.iter().any(|s| **s == *slice) {
            return true;
        }
        slice.chars().count() >= 4
            && slice.chars().all(|c| !c.is_lowercase())
            && pattern
                .surfaces
                .iter()
                .any(|s| s.chars().next().is_some_and(char::is_uppercase))
    }

    /// Reads a pattern rule's name next to its trigger: the span the hit claims among the
    /// other hits, and the name's span (with the trigger when the rule says so). The two
    /// differ only for a quoted name, which claims its trigger and marks.
    fn read_rule(
        &self,
        hay: &str,
        text: &str,
        start: usize,
        end: usize,
        rule: &PatternRule,
    ) -> Option<(Range<usize>, Range<usize>)> {
        if rule.side == Side::After
            && let Some((name, close)) = self.quoted_at(hay, end)
        {
            return Some((start..close, name));
        }
        if rule.max_words == 0 {
            return None;
        }
        // The words read, as the nearest and farthest from the trigger (no list: this runs
        // once per trigger hit).
        let mut count = 0usize;
        let mut near: Option<Range<usize>> = None;
        let mut far: Option<Range<usize>> = None;
        let mut at = if rule.side == Side::After { end } else { start };
        // Skip the trigger's own glued ending.
        if rule.side == Side::After {
            at += hay[at..]
                .char_indices()
                .find(|(_, c)| !is_word_char(*c))
                .map_or(hay.len() - at, |(i, _)| i);
        }
        let absorb = rule.side == Side::Before && rule.place_first != PlaceFirst::Never;
        let mut place_start = None;
        let mut limit = rule.max_words as usize;
        loop {
            if absorb && let Some(s) = self.place_ending_at(hay, at) {
                place_start = Some(s);
                break;
            }
            if count >= limit {
                break;
            }
            let next = if rule.side == Side::After {
                next_word(hay, at)
            } else {
                prev_word(hay, at)
            };
            let Some(word) = next else { break };
            let w = &hay[word.clone()];
            let original = text.get(word.clone()).unwrap_or_default();
            let stop = self.pattern_stops.iter().any(|s| s == w)
                || (rule.kind == EntityKind::Location
                    && self.place_pattern_stops.iter().any(|s| s == w))
                || self.inflected_place(w)
                || self
                    .pattern_stop_endings
                    .iter()
                    .any(|e| w.len() > e.len() && w.ends_with(e.as_str()))
                || (self.rules.pattern_capitalized
                    && !original.chars().next().is_some_and(char::is_uppercase))
                || w.chars().all(|c| c.is_ascii_digit());
            if stop {
                break;
            }
            let conjunction = self.rules.fused_article.is_some() && count > 0 && w.starts_with('و');
            if conjunction {
                break;
            }
            if rule.definite && count == 0 {
                let article = self.rules.fused_article.map_or("", |(a, _)| a);
                if article.is_empty() || !w.starts_with(article) {
                    return None;
                }
            }
            if self
                .rules
                .prefixes
                .iter()
                .any(|p| p.len() == 2 && w.starts_with('و') && w[p.len()..].starts_with("ال"))
            {
                // `والداخلية`: a conjunction ends the name.
                break;
            }
            at = if rule.side == Side::After {
                word.end
            } else {
                word.start
            };
            if near.is_none() {
                near = Some(word.clone());
            }
            far = Some(word);
            count += 1;
            // `ঢাকা - চট্টগ্রাম মহাসড়ক`: a place named by two ends joined by a dash reads
            // on past the dash, one word and no more.
            if rule.side == Side::Before && rule.kind == EntityKind::Location {
                let head = hay[..at].trim_end_matches(' ');
                if let Some(dash) = head.strip_suffix(['-', '–'])
                    && dash.ends_with(' ')
                    && limit == rule.max_words as usize
                {
                    at = dash.len();
                    limit = count + 1;
                }
            }
        }
        if rule.place_first == PlaceFirst::Require && place_start.is_none() {
            return None;
        }
        if count < rule.min_words as usize || (count == 0 && place_start.is_none()) {
            return None;
        }
        let name = match (near, far) {
            (Some(near), Some(far)) if rule.side == Side::After => near.start..far.end,
            (Some(near), Some(far)) => place_start.unwrap_or(far.start)..near.end,
            // Only a place before the trigger (`ঢাকা বিশ্ববিদ্যালয়`).
            _ => place_start?..start,
        };
        let span = if !rule.include_trigger {
            name
        } else if rule.side == Side::After {
            start..name.end
        } else {
            name.start..end
        };
        Some((span.clone(), span))
    }

    /// A name in quotation marks of [`LangRules::quotes`] opening right after `at` (blanks
    /// between): the words inside, trimmed, and the end of the closing mark. `None` when
    /// the marks do not close within a few words on the same line.
    fn quoted_at(&self, hay: &str, at: usize) -> Option<(Range<usize>, usize)> {
        if self.rules.quotes.is_empty() {
            return None;
        }
        let rest = hay.get(at..)?;
        let open_at = at + rest.len() - rest.trim_start_matches(' ').len();
        let open = hay[open_at..].chars().next()?;
        let &(_, close) = self.rules.quotes.iter().find(|(o, _)| *o == open)?;
        let inner = open_at + open.len_utf8();
        let mut words = 0;
        let mut in_word = false;
        for (i, c) in hay[inner..].char_indices() {
            if c == close {
                let quoted = &hay[inner..inner + i];
                let first = inner + quoted.len() - quoted.trim_start().len();
                let last = inner + quoted.trim_end().len();
                return (words > 0).then_some((first..last, inner + i + c.len_utf8()));
            }
            if c == '\n' || i > QUOTED_MAX_BYTES {
                return None;
            }
            let word = is_word_char(c);
            if word && !in_word {
                words += 1;
                if words > QUOTED_MAX_WORDS {
                    return None;
                }
            }
            in_word = word;
        }
        None
    }

    /// A town that a sports word right before (clitics allowed) or right after makes a
    /// team's name ([`LangRules::team_before`], [`LangRules::team_after`]).
    fn team_context(&self, hay: &str, hit: &Hit, record: &Record) -> bool {
        if self.team_before.is_empty() && self.team_after.is_empty() {
            return false;
        }
        if !matches!(
            record.feature.as_deref(),
            Some("city" | "admin1" | "district")
        ) {
            return false;
        }
        let cue = |w: &str, list: &[String]| {
            list.iter().any(|c| {
                c == w
                    || self
                        .rules
                        .prefixes
                        .iter()
                        .any(|p| w.strip_prefix(p).is_some_and(|rest| rest == c))
            })
        };
        let before = hay[..hit.word_start].ends_with(' ')
            && prev_word(hay, hit.word_start).is_some_and(|w| cue(&hay[w], &self.team_before));
        let after = hay[hit.end..].starts_with(' ')
            && next_word(hay, hit.end).is_some_and(|w| cue(&hay[w], &self.team_after));
        before || after
    }

    /// The English person rule: a capitalized word right next to the name, that is no
    /// name itself and no sentence-initial function word.
    fn next_to_capitalized(&self, text: &str, kept: &[Hit], i: usize) -> bool {
        let hit = &kept[i];
        let capital = |w: Range<usize>| {
            let s = text.get(w.clone()).unwrap_or_default();
            s.chars().next().is_some_and(char::is_uppercase)
                && !self.capitalized_ok.iter().any(|ok| ok == s)
                && !overlaps_kept(kept, w.clone())
        };
        let before = &text[..hit.start];
        let after = &text[hit.end..];
        let prev = before.ends_with(' ')
            && !before
                .trim_end()
                .ends_with(['.', ',', ':', ';', '"', '(', '-']);
        let next = after.starts_with(' ');
        (prev && prev_word(text, hit.start).is_some_and(capital))
            || (next && next_word(text, hit.end).is_some_and(capital))
    }

    /// Applies an ambiguity's readings in order; the index of the reading that wins, or
    /// `None` to drop the name (an ordinary-word reading won, or nothing decided).
    fn decide(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        found: &[Option<Resolved>],
        i: usize,
        a: usize,
    ) -> Option<usize> {
        let ambiguity = self.rules.ambiguities.get(a)?;
        let hit = &kept[i];
        if self.rules.person_rule && self.next_to_capitalized(text, kept, i) {
            return None;
        }
        if self.next_to_person_word(hay, hit) {
            return None;
        }
        let cues = &self.reading_cues[a];
        let words_before = context_words(hay, hit.word_start, Side::Before);
        let words_after = context_words(hay, hit.end, Side::After);
        let matches = |words: &[&str], cues: &[String]| {
            cues.iter().any(|cue| {
                words.iter().filter(|w| !w.is_empty()).any(|w| {
                    *w == cue
                        || self
                            .rules
                            .prefixes
                            .iter()
                            .any(|p| w.strip_prefix(p).is_some_and(|rest| rest == cue))
                })
            })
        };
        for (r, reading) in ambiguity.readings.iter().enumerate() {
            let (before, after) = &cues[r];
            let by_cue = matches(&words_before, before) || matches(&words_after, after);
            let by_list = reading.in_list && self.in_list(hay, kept, found, i);
            let by_dateline = reading.dateline && is_dateline(text, hit);
            let default = reading.before.is_empty()
                && reading.after.is_empty()
                && !reading.in_list
                && !reading.dateline;
            if by_cue || by_list || by_dateline || default {
                return reading.canonical.map(|_| r);
            }
        }
        None
    }

    fn in_list(&self, hay: &str, kept: &[Hit], found: &[Option<Resolved>], i: usize) -> bool {
        let is_loc = |j: usize| {
            found
                .get(j)
                .and_then(Option::as_ref)
                .is_some_and(|f| f.kind == EntityKind::Location)
        };
        let joined = |gap: &str| {
            gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '،'))
                .all(|w| w.is_empty() || self.list_joiners.iter().any(|j| j == w))
        };
        let hit = &kept[i];
        let prev = i.checked_sub(1).filter(|&j| is_loc(j)).is_some_and(|j| {
            let gap = hay.get(kept[j].end..hit.start).unwrap_or("x");
            joined(gap)
        });
        let next = (i + 1 < kept.len() && is_loc(i + 1)) && {
            let gap = hay.get(hit.end..kept[i + 1].start).unwrap_or("x");
            joined(gap)
        };
        prev || next
    }
}

/// A dateline: the name opens its line and a dash or colon follows (`جدة - `), or it
/// stands alone in parentheses after a byline (`(جدة)`).
fn is_dateline(text: &str, hit: &Hit) -> bool {
    let after = text[hit.end..].trim_start_matches(' ');
    // Only blanks back to the line's start: walk back over them rather than search for the
    // newline, which on a long line would cost the whole line per name.
    let before = text[..hit.word_start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let opens_line = (before.is_empty() || before.ends_with('\n'))
        && after.starts_with(['-', ':', '/', '،', ',']);
    let in_parens =
        text[..hit.word_start].trim_end_matches(' ').ends_with('(') && after.starts_with(')');
    opens_line || in_parens
}

fn next_word(s: &str, at: usize) -> Option<Range<usize>> {
    let rest = s.get(at..)?;
    let skip = rest
        .char_indices()
        .find(|(_, c)| *c != ' ')
        .map(|(i, _)| i)?;
    let begin = at + skip;
    let len = s[begin..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len() - begin, |(i, _)| i);
    if len == 0 {
        None
    } else {
        Some(begin..begin + len)
    }
}

fn prev_word(s: &str, at: usize) -> Option<Range<usize>> {
    let head = s.get(..at)?;
    let end = head.trim_end_matches(' ').len();
    let begin = s[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    Some(begin..end)
}

/// Up to three words on one side of `at`, skipping punctuation (a fixed array: no
/// allocation per name).
fn context_words(s: &str, at: usize, side: Side) -> [&str; 3] {
    let mut words = [""; 3];
    let mut count = 0;
    let mut pos = at;
    while count < words.len() {
        let next = match side {
            Side::Before => {
                let head = &s[..pos];
                let end = head.trim_end_matches(|c: char| !is_word_char(c)).len();
                let begin = s[..end]
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| is_word_char(*c))
                    .last()
                    .map(|(i, _)| i);
                begin.map(|b| b..end)
            }
            Side::After => {
                let tail = &s[pos..];
                let skip = tail
                    .char_indices()
                    .find(|(_, c)| is_word_char(*c))
                    .map(|(i, _)| i);
                skip.map(|k| {
                    let b = pos + k;
                    let len = s[b..]
                        .char_indices()
                        .find(|(_, c)| !is_word_char(*c))
                        .map_or(s.len() - b, |(i, _)| i);
                    b..b + len
                })
            }
        };
        let Some(w) = next else { break };
        pos = if side == Side::Before { w.start } else { w.end };
        words[count] = &s[w];
        count += 1;
    }
    words
}

/// Per ambiguity and reading: the reason strings and the records chosen.
type ReadingTables = (Vec<Vec<Box<str>>>, Vec<Vec<Option<u32>>>);

/// Resolves each reading's canonical name to a record once, with its reason string.
fn readings(g: &Gazetteer, ambiguities: &[Ambiguity]) -> ReadingTables {
    let mut reasons = Vec::new();
    let mut records = Vec::new();
    for a in ambiguities {
        let mut rs = Vec::new();
        let mut recs = Vec::new();
        for (r, reading) in a.readings.iter().enumerate() {
            let Reading { canonical, .. } = reading;
            let record = canonical.and_then(|c| {
                g.records
                    .iter()
                    .enumerate()
                    .filter(|(_, rec)| &*rec.canonical == c)
                    .max_by_key(|(_, rec)| (rec.curated, rec.population))
                    .map(|(i, _)| i as u32)
            });
            rs.push(
                format!(
                    "ambiguity:{}:reading{}:{}",
                    a.name,
                    r,
                    canonical.unwrap_or("word")
                )
                .into(),
            );
            recs.push(record);
        }
        reasons.push(rs);
        records.push(recs);
    }
    (reasons, records)
}

/// Whether `range` overlaps a hit of `kept`, which is sorted by start with disjoint spans.
fn overlaps_kept(kept: &[Hit], range: Range<usize>) -> bool {
    let first_ending_after = kept.partition_point(|k| k.end <= range.start);
    kept.get(first_ending_after)
        .is_some_and(|k| k.start < range.end)
}
