//! One language's matcher: a single Aho–Corasick automaton (char-wise double array) over every name of that language
//! and every pattern-rule trigger, built once, plus the post-filters that make an automaton
//! hit a name (word boundaries, glued clitics and endings, case), the selection of the
//! longest non-overlapping names, and the disambiguation rules.
//!
//! Hot path: one automaton pass over the document's (folded) normalized view; the only
//! allocations are per document (the folded copy, the hit list), never per entity. Reasons
//! are strings built once per name at construction and borrowed by entities.
//!
//! This module holds the types and the public API; the work is in its children:
//! `build` (construction), `fold` (letters compared as one), `scan` (the passes of one
//! document), `boundaries` (what may touch a name), `patterns` (pattern rules),
//! `decide` (what the context makes of a name) and `words` (word helpers).

mod automaton;
mod boundaries;
mod build;
mod decide;
mod fold;
mod index;
mod patterns;
mod scan;
mod tagging;
mod towns;
mod words;
mod wordset;

#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::Arc;

use khabar_core::Document;

use crate::data::{EntityKind, Gazetteer, Record};
use crate::rules::LangRules;

pub use tagging::TaggerTokens;

// Keys come from the tables and are only looked up by the documents' words, never
// inserted from them: the fast hash of `khabar_core::hash` is enough, and SipHash was 4%
// of start-up.
type HashMap<K, V> = khabar_core::WordMap<K, V>;
type HashSet<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<khabar_core::WordHasher>>;

/// Why a matcher could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MatcherError {
    #[error("building the name automaton: {0}")]
    Automaton(String),
    /// A pair of [`Fold::letters`](crate::Fold::letters) whose letters differ in UTF-8
    /// length: folding must keep every offset.
    #[error("fold letters `{0}` and `{1}` differ in UTF-8 length; folding must keep offsets")]
    FoldLength(char, char),
    #[error("the name tagger's model: {0}")]
    Model(String),
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
        /// A short name every record of which the short-name rule admits only where the
        /// document gives it context (`scan::resolve_short`).
        needs_context: bool,
    },
    /// The trigger word of a pattern rule.
    Trigger(u16),
    /// A word of [`LangRules::sports_words`](crate::LangRules::sports_words), by index: never
    /// a name, counted to tell a report of a match.
    SportsWord(u16),
}

#[derive(Debug)]
struct Pattern {
    target: Target,
    /// The name's forms as normalized but not folded, for the case check.
    surfaces: Vec<Box<str>>,
    /// The pattern whose key is the name's own, which its reason names (a variant or fused
    /// form reports the name it spells); a trigger's or sports word's is itself.
    reason_key: u32,
    /// Built on first use ([`Matcher::pattern_reason`]): most names are never found.
    reason: std::sync::OnceLock<Box<str>>,
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
    /// A town a report of a match makes a team ([`LangRules::sports_words`]), with the
    /// town's record: kept without the tagger only if the town is well known.
    ///
    /// [`LangRules::sports_words`]: crate::LangRules::sports_words
    Report(u32),
    /// A name the tagger found that no table lists, or a person.
    Tagger,
    /// A listed name the tagger read as such.
    Both,
    /// A pattern rule's name the tagger read as such.
    RuleAndTagger,
}

/// Whether a document reports a match ([`LangRules::sports_words`]), and which towns that
/// makes teams.
///
/// [`LangRules::sports_words`]: crate::LangRules::sports_words
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Report {
    No,
    /// One word of sports, too few for a report: only a line of results or a table of
    /// standings makes its towns teams (`decide::score_line`).
    Scores,
    /// Every town: the tagger reads the document after the rules and keeps a small town
    /// as a team only where it reads a name there.
    AnyTown,
    /// Without the tagger, only a curated town or one of [`tagging::WELL_KNOWN_POPULATION`]
    /// people: `معسكر` "camp" is also a town of 150,000.
    WellKnownTowns,
}

/// The reason of a town read as a sports team ([`LangRules::team_before`]).
const TEAM_REASON: &str = "pattern:team";
/// The reason of a town read as a team because the document reports a match.
const REPORT_REASON: &str = "pattern:team:report";
const TAGGER_REASON: &str = "tagger";
const BOTH_REASON: &str = "gazetteer+tagger";
const RULE_AND_TAGGER_REASON: &str = "pattern+tagger";

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
    /// `rules.fold` made into lookups.
    folder: fold::Folder,
    gazetteer: Arc<Gazetteer>,
    automaton: automaton::Automaton,
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
    /// [`LangRules::vowel_endings`](crate::LangRules::vowel_endings), normalized.
    vowel_endings: Vec<String>,
    emphatics: Vec<String>,
    pattern_stops: Vec<String>,
    place_pattern_stops: Vec<String>,
    person_after: wordset::WordSet,
    person_before: Vec<String>,
    name_heads: wordset::WordSet,
    agent_after: wordset::WordSet,
    pattern_stop_endings: Vec<String>,
    adjective_endings: Vec<String>,
    /// The folded triggers of the language's pattern rules.
    triggers: HashSet<String>,
    capitalized_ok: Vec<String>,
    list_joiners: Vec<String>,
    team_before: wordset::WordSet,
    team_after: wordset::WordSet,
    team_roles: Vec<String>,
    place_before: wordset::WordSet,
    place_endings: Vec<String>,
    hyphen_adjectives: Vec<String>,
    /// The language's name tagger, when it has a trained model.
    tagger: Option<tagging::LoadedTagger>,
    /// The towns table of the language, read when the tagger first finds a place no other
    /// table lists.
    towns: std::sync::OnceLock<Option<towns::Towns>>,
    /// The towns read ready-made with the index, used for `towns` while they were built
    /// from today's towns table.
    towns_section: Option<&'static [u8]>,
}

impl Matcher {
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Number of automaton patterns (names and triggers).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Approximate heap held by the automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.automaton.heap_bytes()
    }

    /// The benchmark floor: the document's folded view scanned once by the automaton, with
    /// no boundary checks, selection or rules; the number of raw hits.
    pub fn scan(&self, doc: &Document) -> usize {
        let folded = self.folder.fold_str(doc.normalized());
        self.automaton.hits(&folded).count()
    }

    /// Whether the automaton was loaded ready-made ([`LangRules::automaton`]) rather than
    /// built: false when the file is missing or was built from other tables or rules.
    pub fn automaton_ready_made(&self) -> bool {
        self.automaton.ready_made()
    }

    /// The ready-made automaton file for today's tables and rules, as `cargo xtask automata`
    /// writes it to [`ReadyAutomaton::path`](crate::ReadyAutomaton::path).
    pub fn automaton_file(&self) -> Vec<u8> {
        self.automaton.file()
    }

    /// Finds the organizations and locations of `doc`: the longest names that pass the
    /// boundary, case and disambiguation rules, never overlapping.
    pub fn find<'a>(&'a self, doc: &'a Document) -> Vec<Found<'a>> {
        self.find_with(doc, true)
    }

    /// Whether the language has a trained name tagger.
    pub fn has_tagger(&self) -> bool {
        self.tagger.is_some()
    }

    /// As [`Matcher::find`], with the name tagger on or off (tables and rules alone).
    pub fn find_with<'a>(&'a self, doc: &'a Document, with_tagger: bool) -> Vec<Found<'a>> {
        let text = doc.normalized();
        // Every name extractor of the language asks; one pass serves them all. The
        // matcher's address tells apart matchers with users' extra tables, its lowest bit
        // (free: the address is aligned) the tagger's setting.
        let owner = self as *const Matcher as usize | usize::from(with_tagger);
        let resolved = doc.memo(owner, || self.resolve(doc, with_tagger));
        resolved
            .iter()
            .map(|r| Found {
                span: r.span.clone(),
                kind: r.kind,
                record: r.record.and_then(|i| self.record(i)),
                surface: text.get(r.span.clone()).unwrap_or_default(),
                reason: match r.reason {
                    ReasonRef::Pattern(p) => self.pattern_reason(p),
                    ReasonRef::Reading(a, r) => self
                        .reading_reasons
                        .get(a as usize)
                        .and_then(|rs| rs.get(r as usize))
                        .map_or("", |s| s),
                    ReasonRef::Team => TEAM_REASON,
                    ReasonRef::Report(_) => REPORT_REASON,
                    ReasonRef::Tagger => TAGGER_REASON,
                    ReasonRef::Both => BOTH_REASON,
                    ReasonRef::RuleAndTagger => RULE_AND_TAGGER_REASON,
                },
                confidence: r.confidence,
            })
            .collect()
    }
}
