//! The ready-made index of a language's matcher (`names.index`, written by `cargo xtask
//! automata` next to `names.automaton`): what [`Matcher::new`] derives from the tables,
//! so that start-up reads it instead of parsing the tables and building the matcher.
//!
//! Layout (see `codec.rs` for the encoding): a header line `khabar names index 1
//! tables=T rules=R`, then the keys (their text and where each ends), the candidate records,
//! the patterns (target, surfaces, the key their reason names) and each reading's record.
//! Records are indices into [`Gazetteer::builtin_records`].
//!
//! Invariant: the index is read only when `T` is today's [`tables_fingerprint`] and `R`
//! today's [`rules_fingerprint`] of the language's rules; the automaton only when its own
//! header says it was built from the index's keys. A change of the build code that keeps
//! both is caught by the test that compares a fresh build's files with the committed ones.

use std::sync::OnceLock;

use super::automaton::Automaton;
use super::build::Parts;
use super::fold::Folder;
use super::towns::Towns;
use super::{Matcher, MatcherError, Pattern, Target};
use crate::codec::{Reader, Writer, fingerprint};
use crate::data::{Gazetteer, tables_fingerprint};
use crate::rules::LangRules;

/// The format line; bump when the layout changes.
const FORMAT: &str = "khabar names index 1";

/// A fingerprint of what in `rules` shapes the matcher's tables-derived parts: the folds,
/// the names kept or dropped, the keys of triggers and sports words, the ambiguities.
pub(crate) fn rules_fingerprint(rules: &LangRules) -> u64 {
    let parts = [
        format!("{:?}", rules.lang),
        format!("{:?}", rules.fold),
        format!("{:?}", rules.fused_article),
        format!("{:?}", rules.home_countries),
        format!("{:?}", rules.foreign_min_population),
        format!("{:?}", rules.short_name_letters),
        format!("{:?}", rules.short_name_min_population),
        format!("{:?}", rules.stop_names),
        format!("{:?}", rules.ambiguities),
        format!("{:?}", rules.patterns),
        format!("{:?}", rules.sports_words),
    ];
    fingerprint(parts.iter().map(|p| p.as_bytes()))
}

fn header(rules: &LangRules) -> String {
    format!(
        "{FORMAT} tables={:016x} rules={:016x}\n",
        tables_fingerprint(),
        rules_fingerprint(rules)
    )
}

impl Matcher {
    /// The index file of this matcher's tables-derived parts, as `cargo xtask automata`
    /// writes it to [`ReadyMatcher::index_path`](crate::ReadyMatcher::index_path).
    pub fn index_file(&self) -> Vec<u8> {
        let mut w = Writer {
            bytes: header(&self.rules).into_bytes(),
        };
        let keys: Vec<&str> = self.automaton.keys().collect();
        w.len(keys.len());
        for key in &keys {
            w.str(key);
        }
        w.u32s(&self.candidates);
        w.len(self.patterns.len());
        for p in &self.patterns {
            match &p.target {
                Target::Name {
                    candidates,
                    fused,
                    ambiguity,
                    one_word,
                    needs_context,
                } => {
                    w.u8(0);
                    w.u32(candidates.start);
                    w.u32(candidates.end);
                    w.u8(u8::from(*fused)
                        | u8::from(*one_word) << 1
                        | u8::from(*needs_context) << 2);
                    w.u32(ambiguity.map_or(u32::MAX, u32::from));
                }
                Target::Trigger(rule) => {
                    w.u8(1);
                    w.u32(u32::from(*rule));
                }
                Target::SportsWord(word) => {
                    w.u8(2);
                    w.u32(u32::from(*word));
                }
            }
            w.len(p.surfaces.len());
            for s in &p.surfaces {
                w.str(s);
            }
            w.u32(p.reason_key);
        }
        w.len(self.reading_records.len());
        for readings in &self.reading_records {
            let list: Vec<u32> = readings.iter().map(|r| r.unwrap_or(u32::MAX)).collect();
            w.u32s(&list);
        }
        // The towns by folded name, so that their first use reads them rather than folding
        // every name of the table.
        w.blob(&self.towns().map(Towns::section).unwrap_or_default());
        w.bytes
    }

    /// The matcher of `rules` read from its ready-made files, when they were built from
    /// today's tables and rules; `None` otherwise (then build it with [`Matcher::new`]).
    pub fn ready(rules: LangRules) -> Option<Result<Matcher, MatcherError>> {
        let ready = rules.ready?;
        let body = ready.index.strip_prefix(header(&rules).as_bytes())?;
        let gazetteer = Gazetteer::builtin_records().ok()?;
        let folder = match Folder::new(rules.fold) {
            Ok(folder) => folder,
            Err(e) => return Some(Err(e)),
        };
        let mut r = Reader::new(body);
        let keys: Vec<&str> = (0..r.len()?).map(|_| r.str()).collect::<Option<_>>()?;
        let candidates = r.u32s()?;
        let records = gazetteer.records.len() as u32;
        if candidates.iter().any(|&c| c >= records) {
            return None;
        }
        let count = r.len()?;
        if count != keys.len() {
            return None;
        }
        let mut patterns = Vec::with_capacity(count);
        for _ in 0..count {
            let target = match r.u8()? {
                0 => {
                    let (start, end) = (r.u32()?, r.u32()?);
                    let flags = r.u8()?;
                    let ambiguity = match r.u32()? {
                        u32::MAX => None,
                        a => Some(u16::try_from(a).ok()?),
                    };
                    if start >= end || end as usize > candidates.len() {
                        return None;
                    }
                    Target::Name {
                        candidates: start..end,
                        fused: flags & 1 != 0,
                        one_word: flags & 2 != 0,
                        needs_context: flags & 4 != 0,
                        ambiguity,
                    }
                }
                1 => Target::Trigger(u16::try_from(r.u32()?).ok()?),
                2 => Target::SportsWord(u16::try_from(r.u32()?).ok()?),
                _ => return None,
            };
            let surfaces = (0..r.len()?)
                .map(|_| r.str().map(Into::into))
                .collect::<Option<_>>()?;
            let reason_key = r.u32()?;
            if reason_key as usize >= count {
                return None;
            }
            patterns.push(Pattern {
                target,
                surfaces,
                reason_key,
                reason: OnceLock::new(),
            });
        }
        let reading_records = (0..r.len()?)
            .map(|_| {
                let list = r.u32s()?;
                list.into_iter()
                    .map(|c| match c {
                        u32::MAX => Some(None),
                        c if c < records => Some(Some(c)),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()
            })
            .collect::<Option<Vec<_>>>()?;
        let towns_section = r.blob()?;
        if !r.is_done() {
            return None;
        }
        let automaton = match Automaton::new(&keys, Some(ready.automaton)) {
            Ok(automaton) => automaton,
            Err(e) => return Some(Err(e)),
        };
        Some(Matcher::assemble(
            Parts {
                gazetteer,
                automaton,
                patterns,
                candidates,
                reading_records,
                towns_section: Some(towns_section),
            },
            rules,
            folder,
        ))
    }
}
