//! Towns: the places of at most 15,000 people of the towns table (`towns.tsv`), looked up only for a
//! place the name tagger found and no other table lists, to give it an id, an English name
//! and coordinates. Matched alone they would be ordinary words and people far more often
//! than towns (`Mobile`, `Reading`, `Bath`, `امل`), so they never enter the automaton.
//!
//! A town's record index has [`TOWN`] set, so that it never reads as a record of the
//! matcher's own tables; [`Matcher::record`] reads either kind.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use khabar_core::NormalizedText;

use super::{HashMap, Matcher, ReasonRef, Resolved};
use crate::codec::{Reader, Writer, fingerprint};
use crate::data::{
    EntityKind, LangCheck, Record, TOWNS_TSV, TSV_FIXED_COLUMNS, TsvColumns, parse_tsv_line,
};

/// Set in a [`Resolved`](super::Resolved) record index that names a town.
pub(super) const TOWN: u32 = 1 << 31;

/// A town's population, country and coordinates (degrees).
#[derive(Clone, Copy, Debug)]
struct TownMeta {
    population: u64,
    country: &'static str,
    at: Option<(f64, f64)>,
}

/// The fingerprint of the towns table a ready-made section was built from.
fn towns_fingerprint() -> u64 {
    static FINGERPRINT: LazyLock<u64> = LazyLock::new(|| fingerprint([TOWNS_TSV.as_bytes()]));
    *FINGERPRINT
}

/// The index of a ready-made section ([`Towns::section`]), or `None` when it was built from
/// another table or does not read.
fn read_section(section: &'static [u8], lines: &[&'static str]) -> Option<Index> {
    let mut r = Reader::new(section);
    if r.u64()? != towns_fingerprint() {
        return None;
    }
    let count = r.len()?;
    let mut by_key = HashMap::default();
    by_key.reserve(count.min(section.len()));
    let mut rows = Vec::new();
    for _ in 0..count {
        let key = r.str()?;
        let from = rows.len() as u32;
        let list = r.u32s()?;
        if list.iter().any(|&row| row as usize >= lines.len()) {
            return None;
        }
        rows.extend(list);
        by_key.insert(Cow::Borrowed(key), (from, rows.len() as u32));
    }
    r.is_done().then_some((by_key, rows))
}

/// The index of the towns named in column `at` of `lines`, folded as `matcher` folds.
fn fold_names(matcher: &Matcher, lines: &[&'static str], at: usize) -> Index {
    // Folding every name is most of the cost: spread over the cores.
    let keys = crate::parallel::map_in_parallel(lines, |line| {
        line.split('\t')
            .nth(at)
            .into_iter()
            .flat_map(|names| names.split('|'))
            .filter(|name| !name.trim().is_empty())
            .map(|name| -> Box<str> {
                let surface = NormalizedText::text_of(name.trim());
                matcher.folder.fold_str(&surface).as_ref().into()
            })
            .filter(|key| key.chars().nth(1).is_some())
            .collect::<Vec<_>>()
    });
    let mut lists: HashMap<Box<str>, Vec<u32>> = HashMap::default();
    for (row, keys) in keys.into_iter().enumerate() {
        for key in keys {
            let list = lists.entry(key).or_default();
            if !list.contains(&(row as u32)) {
                list.push(row as u32);
            }
        }
    }
    let mut by_key = HashMap::default();
    let mut rows = Vec::new();
    for (key, mut list) in lists {
        list.sort_by_cached_key(|&r| std::cmp::Reverse(meta(lines, r).map_or(0, |m| m.population)));
        let from = rows.len() as u32;
        rows.extend(list);
        by_key.insert(Cow::Owned(key.into_string()), (from, rows.len() as u32));
    }
    (by_key, rows)
}

/// The population, country and coordinates of line `row` of `lines`, read without parsing
/// the whole line.
fn meta(lines: &[&'static str], row: u32) -> Option<TownMeta> {
    let line: &'static str = lines.get(row as usize)?;
    let mut cols = line.split('\t').skip(4);
    let country = cols.next().unwrap_or("");
    let mut number = || cols.next().and_then(|v| v.parse::<f64>().ok());
    let (lat, lon) = (number(), number());
    let population = cols.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    Some(TownMeta {
        population,
        country,
        at: lat.zip(lon),
    })
}

/// How near a place the document names a town must lie to be read as that town without a
/// place rule (`Huwara near Nablus`: 5 km).
const NEAR_KM: f64 = 100.0;

/// The great-circle distance between two points, in kilometres.
fn km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// One language's towns by folded name. The table stays the embedded text: a town's
/// record, and what tells namesakes apart ([`TownMeta`]), are parsed from its line when a
/// document names it. Which lines a folded name names is read from the ready-made index
/// ([`Towns::section`]) while it was built from today's table, so the first use costs
/// reading it; otherwise one pass over the names of the language folds them.
#[derive(Debug)]
pub(super) struct Towns {
    columns: TsvColumns,
    /// The table's data lines.
    lines: Vec<&'static str>,
    /// Per line: its record, once parsed (`None` for a line that does not parse, which the
    /// tables' tests rule out).
    records: Vec<OnceLock<Option<Record>>>,
    /// Folded name → its range of `rows`.
    by_key: HashMap<Cow<'static, str>, (u32, u32)>,
    /// Line indices, each name's most populous first. Invariant: each below `lines.len()`.
    rows: Vec<u32>,
}

/// The folded names of one language's towns, each with its lines.
type Index = (HashMap<Cow<'static, str>, (u32, u32)>, Vec<u32>);

impl Towns {
    /// The towns with a name in the matcher's language, or `None` if the table's header
    /// does not read (a build fault the tables' tests catch).
    fn new(matcher: &Matcher) -> Option<Towns> {
        let mut rows = TOWNS_TSV
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty());
        let columns = TsvColumns::from_header(rows.next()?, LangCheck::AnyCode).ok()?;
        let lines: Vec<&'static str> = rows.collect();
        let at = TSV_FIXED_COLUMNS.len()
            + columns
                .langs()
                .iter()
                .position(|&l| l == matcher.rules.lang)?;
        let (by_key, rows) = match matcher.towns_section.and_then(|s| read_section(s, &lines)) {
            Some(index) => index,
            None => fold_names(matcher, &lines, at),
        };
        let records = (0..lines.len()).map(|_| OnceLock::new()).collect();
        Some(Towns {
            columns,
            lines,
            records,
            by_key,
            rows,
        })
    }

    /// The towns by folded name as the ready-made index holds them: the table's
    /// fingerprint, then each name (in byte order) with its lines.
    pub(super) fn section(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u64(towns_fingerprint());
        let mut keys: Vec<(&str, (u32, u32))> =
            self.by_key.iter().map(|(k, &r)| (k.as_ref(), r)).collect();
        keys.sort_unstable();
        w.len(keys.len());
        for (key, (from, to)) in keys {
            w.str(key);
            w.u32s(
                self.rows
                    .get(from as usize..to as usize)
                    .unwrap_or_default(),
            );
        }
        w.bytes
    }

    /// The lines named by `key`, most populous first.
    fn named(&self, key: &str) -> Option<&[u32]> {
        let &(from, to) = self.by_key.get(key)?;
        self.rows.get(from as usize..to as usize)
    }

    /// What tells line `row`'s town from its namesakes.
    fn meta(&self, row: u32) -> Option<TownMeta> {
        meta(&self.lines, row)
    }

    fn record(&self, row: u32) -> Option<&Record> {
        let line = self.lines.get(row as usize)?;
        self.records
            .get(row as usize)?
            .get_or_init(|| parse_tsv_line(&self.columns, line).ok().map(|(r, _)| r))
            .as_ref()
    }
}

impl Matcher {
    /// The towns of the matcher's language, read at their first use.
    pub(super) fn towns(&self) -> Option<&Towns> {
        self.towns.get_or_init(|| Towns::new(self)).as_ref()
    }

    /// Gives each place found with no record the town of the towns table it names, where
    /// the document says it is one: a place rule named it (`بلدة حوارة`, `জাহিদপুর গ্রামে`),
    /// or the town lies in the country of another place the document names (`Huwara near
    /// Nablus`). A name the other tables list is theirs to read, never a town's. A place the
    /// tagger alone found then reads as found by both.
    pub(super) fn add_towns(&self, hay: &str, names: &mut [Resolved]) {
        let unlisted = |n: &Resolved| n.kind == EntityKind::Location && n.record.is_none();
        if !names.iter().any(unlisted) {
            return;
        }
        // Where the document's listed places are: towns, cities and districts, not the
        // countries and regions whose coordinates stand for a wide area.
        let anchors: Vec<(f64, f64)> = names
            .iter()
            .filter(|n| n.kind == EntityKind::Location)
            .filter_map(|n| n.record.and_then(|i| self.record(i)))
            .filter(|rec| {
                !matches!(
                    rec.feature.as_deref(),
                    Some("country" | "continent" | "region")
                )
            })
            .filter_map(|rec| rec.coordinates)
            .collect();
        let towns: Vec<(usize, Range<usize>, u32)> = names
            .iter()
            .enumerate()
            .filter(|(_, n)| unlisted(n))
            .filter_map(|(i, n)| {
                let by_rule = matches!(n.reason, ReasonRef::Pattern(_) | ReasonRef::RuleAndTagger);
                self.town_at(hay, &n.span, &anchors, by_rule)
                    .map(|(span, town)| (i, span, town))
            })
            .collect();
        for (i, span, town) in towns {
            let Some(name) = names.get_mut(i) else {
                continue;
            };
            name.span = span;
            name.record = Some(town);
            if matches!(name.reason, ReasonRef::Tagger) {
                name.reason = ReasonRef::Both;
            }
        }
    }

    /// The record at index `i` of a [`Resolved`](super::Resolved): of the matcher's tables,
    /// or a town.
    pub(super) fn record(&self, i: u32) -> Option<&Record> {
        if i & TOWN == 0 {
            return self.gazetteer.records.get(i as usize);
        }
        self.towns
            .get()
            .and_then(Option::as_ref)
            .and_then(|t| t.record(i & !TOWN))
    }

    /// The town named by `span` of the folded text, or by `span` without a proclitic of
    /// [`LangRules::prefixes`](crate::LangRules::prefixes) (`وجنين`): its span and record
    /// index. Of the towns of that name, the nearest within [`NEAR_KM`] of a point of
    /// `anchors`, else (only `by_rule`) the most populous in one of the language's
    /// [`LangRules::home_countries`](crate::LangRules::home_countries) (any, if it lists
    /// none); none if the other tables list the name.
    pub(super) fn town_at(
        &self,
        hay: &str,
        span: &Range<usize>,
        anchors: &[(f64, f64)],
        by_rule: bool,
    ) -> Option<(Range<usize>, u32)> {
        let word = hay.get(span.clone())?;
        if self.place_keys.contains(word) || self.org_keys.contains_key(word) {
            return None;
        }
        let towns = self.towns()?;
        let bare = std::iter::once(0).chain(
            self.rules
                .prefixes
                .iter()
                .filter(|p| word.starts_with(**p) && self.rules.glues_to(p, &word[p.len()..]))
                .map(|p| p.len()),
        );
        for cut in bare {
            let Some(list) = word.get(cut..).and_then(|k| towns.named(k)) else {
                continue;
            };
            let distance = |r: u32| -> Option<f64> {
                let at = towns.meta(r)?.at?;
                anchors
                    .iter()
                    .map(|&a| km(a, at))
                    .filter(|&d| d <= NEAR_KM)
                    .min_by(f64::total_cmp)
            };
            let near = list
                .iter()
                .filter_map(|&r| distance(r).map(|d| (d, r)))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, r)| r);
            // A place rule's village or town is one of the language's home countries
            // (`قرية`, `গ্রাম`): a namesake abroad is more often a city the tables spell
            // otherwise.
            let home = || {
                list.iter().copied().find(|&r| {
                    towns.meta(r).is_some_and(|m| {
                        self.rules.home_countries.is_empty()
                            || self.rules.home_countries.contains(&m.country)
                    })
                })
            };
            let town = near.or_else(|| if by_rule { home() } else { None });
            if let Some(record) = town {
                return Some((span.start + cut..span.end, record | TOWN));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{Writer, km, read_section, towns_fingerprint};

    /// A section of one name on `rows`, written with `fingerprint`, and `extra` bytes after.
    fn section(fingerprint: u64, rows: &[u32], extra: &[u8]) -> &'static [u8] {
        let mut w = Writer::default();
        w.u64(fingerprint);
        w.len(1);
        w.str("huwara");
        w.u32s(rows);
        w.bytes.extend_from_slice(extra);
        Box::leak(w.bytes.into_boxed_slice())
    }

    #[test]
    fn a_section_is_read_only_when_it_matches_the_table() {
        let lines = ["one line", "another"];
        let today = towns_fingerprint();
        let (by_key, rows) = read_section(section(today, &[1, 0], &[]), &lines).expect("reads");
        assert_eq!(by_key.get("huwara"), Some(&(0, 2)));
        assert_eq!(rows, [1, 0]);
        // Built from another table, naming a line the table does not have, or followed by
        // bytes it does not account for: built again from the table instead.
        assert!(read_section(section(today ^ 1, &[1, 0], &[]), &lines).is_none());
        assert!(read_section(section(today, &[2], &[]), &lines).is_none());
        assert!(read_section(section(today, &[1], &[0]), &lines).is_none());
    }

    #[test]
    fn distances_are_great_circle_kilometres() {
        let (nablus, huwara) = ((32.221, 35.254), (32.152, 35.257));
        assert!(
            (km(nablus, huwara) - 7.7).abs() < 0.2,
            "{}",
            km(nablus, huwara)
        );
        assert!(km(nablus, nablus) < 1e-9);
        // A quarter of the equator, and across the antimeridian.
        assert!((km((0.0, 0.0), (0.0, 90.0)) - 10_007.5).abs() < 1.0);
        assert!((km((0.0, 179.5), (0.0, -179.5)) - 111.2).abs() < 0.5);
    }
}
