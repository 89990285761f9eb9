//! Construction: the automaton over a language's names and triggers, the candidate records of
//! each name best first, the reasons, and the rules' word lists folded once.

use std::sync::{Arc, OnceLock};

use khabar_core::NormalizedText;

use super::automaton::Automaton;
use super::fold::Folder;
use super::wordset::WordSet;
use super::{HashMap, HashSet, Matcher, MatcherError, Pattern, Target};
use crate::data::{EntityKind, Gazetteer, Name, Record};
use crate::rules::{Ambiguity, LangRules, Reading};

/// Letters of a name, not counting a leading definite article.
fn letters_without_article(name: &str, article: Option<&str>) -> usize {
    let bare = article.and_then(|a| name.strip_prefix(a)).unwrap_or(name);
    bare.chars().filter(|c| c.is_alphabetic()).count()
}

/// One folded name: the records it may stand for, and its forms as written.
#[derive(Default)]
struct NameEntry {
    records: Vec<u32>,
    /// The records it names without the short-name rule's need for context.
    plain: Vec<u32>,
    surfaces: Vec<Box<str>>,
}

/// The name patterns of a matcher and their candidate records.
struct NamePatterns {
    patterns: Vec<Pattern>,
    candidates: Vec<u32>,
}

/// Builds pattern `i` for each name key `keys[i]` (`key_names[i]` indexes `sorted`, the
/// names with their records and surfaces): the candidate records best first.
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
    };
    let mut at = 0;
    for (name, (key, entry)) in sorted.into_iter().enumerate() {
        let NameEntry {
            mut records,
            plain,
            surfaces,
        } = entry;
        records.sort_by(|&a, &b| {
            let (ra, rb) = (
                &gazetteer.records[a as usize],
                &gazetteer.records[b as usize],
            );
            // A record this name needs context for comes after every record it does not:
            // the name is then matched bare as the others, and only with context as it.
            let short = |r: u32| !plain.contains(&r);
            short(a)
                .cmp(&short(b))
                .then(feature_rank(ra).cmp(&feature_rank(rb)))
                .then(rb.population.cmp(&ra.population))
                .then(a.cmp(&b))
        });
        let start = out.candidates.len() as u32;
        out.candidates.extend_from_slice(&records);
        let range = start..out.candidates.len() as u32;
        // A name every record of which needs context (`scan::resolve_short`).
        let needs_context = !plain.contains(&records[0]);
        let ambiguity = ambiguity_of.get(&key).copied();
        let one_word = !key.contains([' ', '-']);
        // The name's own key is its first variant that is not a fused-article form.
        let own = (at..keys.len())
            .take_while(|&i| key_names.get(i) == Some(&(name as u32)))
            .find(|&i| !keys[i].1)
            .unwrap_or(at) as u32;
        while key_names.get(at) == Some(&(name as u32)) {
            let fused = keys[at].1;
            out.patterns.push(Pattern {
                target: Target::Name {
                    candidates: range.clone(),
                    fused,
                    ambiguity,
                    one_word,
                    needs_context,
                },
                surfaces: if fused { Vec::new() } else { surfaces.clone() },
                reason_key: own,
                reason: OnceLock::new(),
            });
            at += 1;
        }
    }
    out
}

/// One key's names as the tables write them: a generated record whose forms under the key
/// differ from a curated record's in case alone leaves the key. Keys fold case, so a curated acronym and a
/// GeoNames town can share one (`UN` and Un, India; `ILO` and Ilo, Peru); the case check
/// passes any form of the key, so the town's `Un` would otherwise stand for the curated
/// record, the first candidate (`Un Chien andalou` read as the United Nations). Names the
/// tables write alike (Georgia, the country and the state) stay candidates of each other.
fn keep_curated_forms(gazetteer: &Gazetteer, names: &mut Vec<(u32, String, bool)>) {
    let curated = |r: u32| gazetteer.records[r as usize].curated;
    let curated_forms: Vec<&str> = names
        .iter()
        .filter(|(r, ..)| curated(*r))
        .map(|(_, s, _)| s.as_str())
        .collect();
    if curated_forms.is_empty() {
        return;
    }
    let shares_a_form = |r: u32| {
        names
            .iter()
            .any(|(o, s, _)| *o == r && curated_forms.contains(&s.as_str()))
    };
    // Other spellings folded together (Arabic hamza forms) are not what this is about.
    let in_other_case = |r: u32| {
        names.iter().any(|(o, s, _)| {
            *o == r
                && curated_forms
                    .iter()
                    .any(|c| c.to_lowercase() == s.to_lowercase())
        })
    };
    let leaving: Vec<u32> = names
        .iter()
        .map(|(r, ..)| *r)
        .filter(|&r| !curated(r) && !shares_a_form(r) && in_other_case(r))
        .collect();
    names.retain(|(r, ..)| !leaving.contains(r));
}

/// The short-name rule ([`LangRules::short_name_letters`]): a generated one-word name of few
/// letters is an ordinary word more often than a town, so for `record` it is matched only
/// where the document gives it context (see `scan::resolve_short`), unless the record is a
/// country or a large home-country city, or the name is `curated` (a hand-kept table's).
/// A generated subdivision's one-word name is held so too ([`generated_unit_word`]).
fn short_name(rules: &LangRules, name: &str, record: &Record, curated: bool) -> bool {
    generated_unit_word(name, record, curated)
        || rules.short_name_letters > 0
            && !curated
            && !record.is_country()
            && !name.contains(' ')
            && letters_without_article(name, rules.fused_article.map(|(a, _)| a))
                <= rules.short_name_letters
            && (record.population < rules.short_name_min_population
                || !record
                    .country
                    .as_deref()
                    .is_some_and(|c| rules.home_countries.contains(&c)))
}

/// A first-level subdivision's one-word name from a generated table (`Fars`, `Chin`, `Gulf`
/// Province, `Jewish` Autonomous Oblast, as CLDR names them) is a person's name or a word as
/// often as the region, and the tables know nothing of its size: like a short name, it is
/// matched only where the document gives it context, its country among the places it names
/// or a location rule's trigger before it (`ولاية بافاريا`). Names of several words
/// (`North Darfur`, `Khyber Pakhtunkhwa`) stand alone.
fn generated_unit_word(name: &str, record: &Record, curated: bool) -> bool {
    !curated && generated_unit(record) && !name.trim().contains([' ', '-'])
}

/// A first-level subdivision a generated table lists, with no population to weigh it by.
pub(super) fn generated_unit(record: &Record) -> bool {
    !record.curated && record.feature.as_deref() == Some("admin1") && record.population == 0
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
        let folder = Folder::new(rules.fold)?;
        // A pattern rule's trigger is a word of the language (`جامعة` "university", `Bank`)
        // even where GeoNames also names a town so (Djamaa, Algeria): never a name alone.
        let stop: HashSet<String> = rules
            .stop_names
            .iter()
            .chain(rules.patterns.iter().map(|p| &p.trigger))
            .map(|s| folder.normalize(s))
            .collect();
        let own: Vec<&Name> = gazetteer
            .names
            .iter()
            .filter(|n| n.lang == rules.lang)
            .collect();
        // Normalizing and folding every name is start-up's longest step after the tables:
        // spread over the cores, then gathered in table order.
        let prepared = crate::parallel::map_in_parallel(&own, |name| {
            let record = &gazetteer.records[name.record as usize];
            let foreign_town = !record.curated
                && record.feature.as_deref() == Some("city")
                && record.population < rules.foreign_min_population
                && !record
                    .country
                    .as_deref()
                    .is_some_and(|c| rules.home_countries.contains(&c));
            if foreign_town {
                return None;
            }
            let surface = NormalizedText::new(name.text.trim()).as_str().to_owned();
            let key = folder.fold_str(&surface).into_owned();
            if key.chars().count() < 2 || stop.contains(&key) {
                return None;
            }
            let plain = !short_name(&rules, &name.text, record, name.curated);
            Some((key, surface, name.record, plain))
        });
        // Each key's (record, form as written, plain) in table order.
        let mut written: HashMap<String, Vec<(u32, String, bool)>> = HashMap::default();
        for (key, surface, record, plain) in prepared.into_iter().flatten() {
            written
                .entry(key)
                .or_default()
                .push((record, surface, plain));
        }
        let mut by_key: HashMap<String, NameEntry> = HashMap::default();
        for (key, mut names) in written {
            keep_curated_forms(&gazetteer, &mut names);
            let entry = by_key.entry(key).or_default();
            for (record, surface, plain) in names {
                if !entry.records.contains(&record) {
                    entry.records.push(record);
                }
                if plain && !entry.plain.contains(&record) {
                    entry.plain.push(record);
                }
                if !entry.surfaces.iter().any(|s| **s == *surface) {
                    entry.surfaces.push(surface.into());
                }
            }
        }
        let ambiguity_of: HashMap<String, u16> = rules
            .ambiguities
            .iter()
            .enumerate()
            .map(|(i, a)| (folder.normalize(a.name), i as u16))
            .collect();
        let mut sorted: Vec<_> = by_key.into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let fused = rules
            .fused_article
            .map(|(article, joined)| (folder.normalize(article), folder.normalize(joined)));
        // The automaton's keys in pattern order (pattern `i` is key `i`), each with the
        // name it spells and whether it is the name's fused-article form. Building the
        // automaton is the longest step of start-up, so it runs on another thread while
        // this one builds the patterns from the same list.
        let mut keys: Vec<(String, bool)> = Vec::new();
        let mut key_names: Vec<u32> = Vec::new();
        for (name, (key, _)) in sorted.iter().enumerate() {
            for variant in folder.variants(key) {
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
            keys.push((folder.normalize(rule.trigger), false));
        }
        for word in rules.sports_words {
            keys.push((folder.normalize(word), false));
        }
        let (automaton, names) = std::thread::scope(|scope| {
            let automaton = scope.spawn(|| {
                let keys: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
                Automaton::new(&keys, rules.ready.map(|r| r.automaton))
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
        } = names;
        for i in 0..rules.patterns.len() {
            let at = patterns.len() as u32;
            patterns.push(Pattern {
                target: Target::Trigger(i as u16),
                surfaces: Vec::new(),
                reason_key: at,
                reason: OnceLock::new(),
            });
        }
        for i in 0..rules.sports_words.len() {
            let at = patterns.len() as u32;
            patterns.push(Pattern {
                target: Target::SportsWord(i as u16),
                surfaces: Vec::new(),
                reason_key: at,
                reason: OnceLock::new(),
            });
        }
        let reading_records = reading_records(&gazetteer, rules.ambiguities);
        Matcher::assemble(
            Parts {
                gazetteer,
                automaton,
                patterns,
                candidates,
                reading_records,
                towns_section: None,
            },
            rules,
            folder,
        )
    }

    /// The matcher over `parts`, built from the tables or read ready-made: what derives
    /// from the parts (the folded names of places and organizations) and from the rules
    /// alone (word lists, readings' cues and reasons, the tagger).
    pub(super) fn assemble(
        parts: Parts,
        rules: LangRules,
        folder: Folder,
    ) -> Result<Matcher, MatcherError> {
        let Parts {
            gazetteer,
            automaton,
            patterns,
            candidates,
            reading_records,
            towns_section,
        } = parts;
        // Folded names whose best record is a place or an organization (a fused-article
        // form is no name of its own).
        let mut place_keys: HashSet<Box<str>> = HashSet::default();
        let mut org_keys: HashMap<Box<str>, (u32, u32)> = HashMap::default();
        for (i, pattern) in patterns.iter().enumerate() {
            let Target::Name {
                candidates: ref range,
                fused: false,
                ..
            } = pattern.target
            else {
                continue;
            };
            let Some(&best) = candidates.get(range.start as usize) else {
                continue;
            };
            let key = automaton.key(i);
            match gazetteer.records.get(best as usize).map(|r| r.kind) {
                Some(EntityKind::Location) => {
                    place_keys.insert(key.into());
                }
                Some(EntityKind::Organization) => {
                    org_keys.insert(key.into(), (best, i as u32));
                }
                _ => {}
            }
        }
        let reading_reasons = reading_reasons(rules.ambiguities);
        let norm_all = |list: &[&str]| list.iter().map(|s| folder.normalize(s)).collect::<Vec<_>>();
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
        let tagger = match rules.tagger.filter(|t| !t.model.is_empty()) {
            Some(config) => Some(super::tagging::LoadedTagger {
                model: khabar_tagger::Model::from_bytes(config.model)
                    .map_err(|e| MatcherError::Model(e.to_string()))?,
                config,
            }),
            None => None,
        };
        Ok(Matcher {
            tagger,
            towns: OnceLock::new(),
            towns_section,
            reading_cues,
            place_keys,
            org_keys,
            team_before: WordSet::new(norm_all(rules.team_before)),
            team_after: WordSet::new(norm_all(rules.team_after)),
            team_roles: norm_all(rules.team_roles),
            place_before: WordSet::new(norm_all(rules.place_before)),
            place_endings: norm_all(rules.place_endings),
            hyphen_adjectives: norm_all(rules.hyphen_adjectives),
            inflected_only: norm_all(rules.inflected_only),
            false_inflections: norm_all(rules.false_inflections),
            suffixes: norm_all(rules.suffixes),
            vowel_endings: norm_all(rules.vowel_endings),
            emphatics: norm_all(rules.emphatics),
            pattern_stops: norm_all(rules.pattern_stops),
            place_pattern_stops: norm_all(rules.place_pattern_stops),
            person_after: WordSet::new(norm_all(rules.person_after)),
            person_before: norm_all(rules.person_before),
            name_heads: WordSet::new(norm_all(rules.name_heads)),
            agent_after: WordSet::new(norm_all(rules.agent_after)),
            pattern_stop_endings: norm_all(rules.pattern_stop_endings),
            adjective_endings: norm_all(rules.adjective_endings),
            triggers: rules
                .patterns
                .iter()
                .map(|p| folder.normalize(p.trigger))
                .collect(),
            capitalized_ok: rules
                .capitalized_ok
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            list_joiners: norm_all(rules.list_joiners),
            rules,
            folder,
            gazetteer,
            automaton,
            patterns,
            candidates,
            reading_reasons,
            reading_records,
        })
    }

    /// The reason of pattern `p`, built on first use: `gazetteer:<id or canonical>:<name>`
    /// for a name (`:fused-article` after it for its fused form), `pattern:<reason>` for a
    /// rule's trigger.
    pub(super) fn pattern_reason(&self, p: u32) -> &str {
        let Some(pattern) = self.patterns.get(p as usize) else {
            return "";
        };
        pattern.reason.get_or_init(|| {
            let reason = match &pattern.target {
                Target::Name {
                    candidates, fused, ..
                } => {
                    let best = self
                        .candidates
                        .get(candidates.start as usize)
                        .and_then(|&r| self.gazetteer.records.get(r as usize));
                    let named = best.map_or("", |b| b.id.as_deref().unwrap_or(&b.canonical));
                    let key = self.automaton.key(pattern.reason_key as usize);
                    let fused = if *fused { ":fused-article" } else { "" };
                    format!("gazetteer:{named}:{key}{fused}")
                }
                Target::Trigger(rule) => self
                    .rules
                    .patterns
                    .get(usize::from(*rule))
                    .map_or_else(String::new, |r| format!("pattern:{}", r.reason)),
                Target::SportsWord(_) => String::new(),
            };
            reason.into()
        })
    }
}

/// What a matcher is made of that derives from the tables: built by [`Matcher::new`] or
/// read from a ready-made index (`index.rs`).
#[derive(Debug)]
pub(super) struct Parts {
    pub(super) gazetteer: Arc<Gazetteer>,
    pub(super) automaton: Automaton,
    pub(super) patterns: Vec<Pattern>,
    pub(super) candidates: Vec<u32>,
    pub(super) reading_records: Vec<Vec<Option<u32>>>,
    /// The towns section of a ready-made index ([`towns`](super::towns)), if any.
    pub(super) towns_section: Option<&'static [u8]>,
}

/// Per ambiguity and reading: its reason string.
fn reading_reasons(ambiguities: &[Ambiguity]) -> Vec<Vec<Box<str>>> {
    ambiguities
        .iter()
        .map(|a| {
            a.readings
                .iter()
                .enumerate()
                .map(|(r, reading)| {
                    format!(
                        "ambiguity:{}:reading{}:{}",
                        a.name,
                        r,
                        reading.canonical.unwrap_or("word")
                    )
                    .into()
                })
                .collect()
        })
        .collect()
}

/// Per ambiguity and reading: the record its canonical name picks (the curated one, else
/// the most populous).
fn reading_records(g: &Gazetteer, ambiguities: &[Ambiguity]) -> Vec<Vec<Option<u32>>> {
    ambiguities
        .iter()
        .map(|a| {
            a.readings
                .iter()
                .map(|Reading { canonical, .. }| {
                    canonical.and_then(|c| {
                        g.records
                            .iter()
                            .enumerate()
                            .filter(|(_, rec)| &*rec.canonical == c)
                            .max_by_key(|(_, rec)| (rec.curated, rec.population))
                            .map(|(i, _)| i as u32)
                    })
                })
                .collect()
        })
        .collect()
}
