//! The gazetteer shared by every language: entity records with one English canonical name
//! and a stable id, their names keyed by language code, and the matcher that finds those
//! names in a document.
//!
//! This crate knows no language. A language plugin describes its morphology and rules as
//! data in a [`LangRules`] (clitics glued before a name, endings glued after it, case rules,
//! pattern rules for unlisted names, ambiguous names and the context that decides them) and
//! registers `<lang>.organizations` and `<lang>.locations` built with
//! [`NameExtractor::from_options`]. Tables are embedded at compile time, parsed once and
//! shared; each language's automaton is built on first use and shared across threads.

mod codec;
mod data;
mod extractor;
mod matcher;
mod parallel;
mod rules;
pub mod testing;

pub use data::{
    EntityKind, Gazetteer, GazetteerError, LangCheck, Name, NamesByLang, RECORDS_PATH, Record,
    TSV_FIXED_COLUMNS, TsvColumns, TsvError, counts, parse_tsv_line,
};
pub use extractor::{NameExtractor, NamesError, shared_matcher};
pub use khabar_tagger::Templates;
pub use matcher::{Found, Matcher, MatcherError, TaggerTokens};
pub use rules::{
    Ambiguity, CaseRule, Fold, LangRules, NameTagger, NamesLanguage, PatternRule, PlaceFirst,
    Reading, ReadyMatcher, SPORTS_REPORT_WORDS, Side, names_languages,
};

/// The committed tables as text, for format checks.
pub mod tables {
    pub use crate::data::{
        LOCATIONS_TOML, LOCATIONS_TSV, ORGANIZATIONS_TOML, RECORDS_BIN, TOWNS_TSV,
    };
}
