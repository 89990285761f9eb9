//! Scoring output against gold files, exactly as SPEC §3 says.
//!
//! Per document and kind, required gold entities are paired one-to-one with system entities
//! of the same kind that overlap them, greedily by largest overlap (ties: the pair whose
//! boundaries are closer). A system entity is a false positive only when it overlaps no gold
//! entity of its kind, optional ones included; one that overlaps an already matched gold
//! entity is ignored. Value accuracy counts found dates and numbers whose gold has a value
//! (numbers as floats rounded to 6 places, money also by currency); canonical accuracy counts
//! found organizations and locations whose gold has a canonical name (case and spacing
//! ignored).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

/// An entity as written in a gold file or a system output record.
#[derive(Debug, Clone, Deserialize)]
pub struct ScoredEntity {
    pub kind: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub canonical: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

/// A gold document or a system record: its id, language and entities.
#[derive(Debug, Clone, Deserialize)]
pub struct ScoredDocument {
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub entities: Vec<ScoredEntity>,
}

/// Counts for one language and kind (or a total).
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub found: usize,
    pub exact: usize,
    pub false_positives: usize,
    pub value_checked: usize,
    pub value_correct: usize,
    pub canonical_checked: usize,
    pub canonical_correct: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.found += other.found;
        self.exact += other.exact;
        self.false_positives += other.false_positives;
        self.value_checked += other.value_checked;
        self.value_correct += other.value_correct;
        self.canonical_checked += other.canonical_checked;
        self.canonical_correct += other.canonical_correct;
    }

    pub fn precision(&self) -> Option<f64> {
        ratio(self.found, self.found + self.false_positives)
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.found, self.gold)
    }

    pub fn f1(&self) -> Option<f64> {
        harmonic(self.precision(), self.recall())
    }

    pub fn exact_f1(&self) -> Option<f64> {
        harmonic(
            ratio(self.exact, self.found + self.false_positives),
            ratio(self.exact, self.gold),
        )
    }

    pub fn value_accuracy(&self) -> Option<f64> {
        ratio(self.value_correct, self.value_checked)
    }

    pub fn canonical_accuracy(&self) -> Option<f64> {
        ratio(self.canonical_correct, self.canonical_checked)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn harmonic(p: Option<f64>, r: Option<f64>) -> Option<f64> {
    match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        (Some(_), Some(_)) => Some(0.0),
        _ => None,
    }
}

const KINDS: [&str; 4] = ["date", "number", "organization", "location"];

/// Scores per (language, kind). Keys are the gold document's `lang` (or `und`) and kind.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Report {
    pub documents: usize,
    pub by_lang_kind: BTreeMap<String, BTreeMap<String, Counts>>,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("gold has {gold} documents but the system output has {system}")]
    Count { gold: usize, system: usize },
    #[error("document {index}: gold id {gold} but system id {system}")]
    Id {
        index: usize,
        gold: String,
        system: String,
    },
}

impl Report {
    /// Scores `system` records against `gold` documents, paired in order.
    pub fn score(gold: &[ScoredDocument], system: &[ScoredDocument]) -> Result<Report, EvalError> {
        if gold.len() != system.len() {
            return Err(EvalError::Count {
                gold: gold.len(),
                system: system.len(),
            });
        }
        let mut report = Report {
            documents: gold.len(),
            ..Report::default()
        };
        for (index, (g, s)) in gold.iter().zip(system).enumerate() {
            if let (Some(gid), Some(sid)) = (&g.id, &s.id)
                && gid != sid
            {
                return Err(EvalError::Id {
                    index,
                    gold: gid.to_string(),
                    system: sid.to_string(),
                });
            }
            let lang = g
                .lang
                .clone()
                .or_else(|| s.lang.clone())
                .unwrap_or_else(|| "und".to_owned());
            for kind in KINDS {
                let counts = score_document(&g.entities, &s.entities, kind);
                report
                    .by_lang_kind
                    .entry(lang.clone())
                    .or_default()
                    .entry(kind.to_owned())
                    .or_default()
                    .add(&counts);
            }
        }
        Ok(report)
    }

    /// Counts summed over kinds for `lang`, or over everything when `lang` is `None`.
    pub fn total(&self, lang: Option<&str>, kind: Option<&str>) -> Counts {
        let mut total = Counts::default();
        for (l, kinds) in &self.by_lang_kind {
            if lang.is_some_and(|want| want != l) {
                continue;
            }
            for (k, counts) in kinds {
                if kind.is_none_or(|want| want == k) {
                    total.add(counts);
                }
            }
        }
        total
    }

    /// The per-language, per-kind table for people.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<5} {:<13} {:>6} {:>6} {:>6} {:>5}  {:>6} {:>6} {:>6} {:>6}  {:>12}  {:>12}",
            "lang",
            "kind",
            "gold",
            "sys",
            "found",
            "fp",
            "P",
            "R",
            "F1",
            "exF1",
            "value",
            "canonical"
        );
        let mut row = |lang: &str, kind: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "{:<5} {:<13} {:>6} {:>6} {:>6} {:>5}  {:>6} {:>6} {:>6} {:>6}  {:>12}  {:>12}",
                lang,
                kind,
                c.gold,
                c.system,
                c.found,
                c.false_positives,
                pct(c.precision()),
                pct(c.recall()),
                pct(c.f1()),
                pct(c.exact_f1()),
                accuracy(c.value_correct, c.value_checked),
                accuracy(c.canonical_correct, c.canonical_checked),
            );
        };
        for (lang, kinds) in &self.by_lang_kind {
            for kind in KINDS {
                if let Some(c) = kinds.get(kind) {
                    row(lang, kind, c);
                }
            }
            row(lang, "all", &self.total(Some(lang), None));
        }
        if self.by_lang_kind.len() > 1 {
            for kind in KINDS {
                row("all", kind, &self.total(None, Some(kind)));
            }
        }
        row("all", "all", &self.total(None, None));
        out
    }
}

fn pct(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

fn accuracy(correct: usize, checked: usize) -> String {
    match ratio(correct, checked) {
        Some(v) => format!("{v:.3} ({checked})"),
        None => "-".to_owned(),
    }
}

fn overlap(a: &ScoredEntity, b: &ScoredEntity) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn score_document(gold: &[ScoredEntity], system: &[ScoredEntity], kind: &str) -> Counts {
    let gold: Vec<&ScoredEntity> = gold.iter().filter(|e| e.kind == kind).collect();
    let system: Vec<&ScoredEntity> = system.iter().filter(|e| e.kind == kind).collect();
    let mut counts = Counts {
        system: system.len(),
        ..Counts::default()
    };
    counts.gold = gold.iter().filter(|g| !g.optional).count();

    // Candidate pairs between required gold and system entities, best first.
    let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new(); // (overlap, distance, gold, system)
    for (gi, g) in gold.iter().enumerate().filter(|(_, g)| !g.optional) {
        for (si, s) in system.iter().enumerate() {
            let o = overlap(g, s);
            if o > 0 {
                pairs.push((o, g.start.abs_diff(s.start) + g.end.abs_diff(s.end), gi, si));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut gold_taken = vec![false; gold.len()];
    let mut system_taken = vec![false; system.len()];
    for (_, distance, gi, si) in pairs {
        if gold_taken[gi] || system_taken[si] {
            continue;
        }
        gold_taken[gi] = true;
        system_taken[si] = true;
        counts.found += 1;
        if distance == 0 {
            counts.exact += 1;
        }
        let (g, s) = (gold[gi], system[si]);
        if kind == "date" || kind == "number" {
            if let Some(gv) = g.value.as_ref().filter(|v| !v.is_null()) {
                counts.value_checked += 1;
                let same_value = values_equal(gv, s.value.as_ref());
                let same_currency = g.currency.is_none() || g.currency == s.currency;
                if same_value && same_currency {
                    counts.value_correct += 1;
                }
            }
        } else if let Some(gc) = &g.canonical {
            counts.canonical_checked += 1;
            if s.canonical
                .as_deref()
                .is_some_and(|sc| squash(sc) == squash(gc))
            {
                counts.canonical_correct += 1;
            }
        }
    }
    // Unpaired system entities are false positives only if they overlap no gold at all.
    for (si, s) in system.iter().enumerate() {
        if !system_taken[si] && !gold.iter().any(|g| overlap(g, s) > 0) {
            counts.false_positives += 1;
        }
    }
    counts
}

fn values_equal(gold: &serde_json::Value, system: Option<&serde_json::Value>) -> bool {
    let Some(system) = system else { return false };
    match (gold.as_f64(), system.as_f64()) {
        (Some(g), Some(s)) => (g * 1e6).round() == (s * 1e6).round(),
        _ => gold == system,
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: &str, start: usize, end: usize) -> ScoredEntity {
        ScoredEntity {
            kind: kind.into(),
            start,
            end,
            value: None,
            currency: None,
            canonical: None,
            optional: false,
        }
    }

    #[test]
    fn greedy_one_to_one_with_optional_and_ignored() {
        let mut optional = entity("number", 20, 25);
        optional.optional = true;
        let gold = vec![entity("number", 0, 10), entity("number", 12, 15), optional];
        // Two system entities over the first gold: one pairs, the other is ignored; one over
        // an optional gold is neither; one over nothing is a false positive.
        let system = vec![
            entity("number", 0, 8),
            entity("number", 5, 10),
            entity("number", 21, 23),
            entity("number", 30, 31),
        ];
        let c = score_document(&gold, &system, "number");
        assert_eq!((c.gold, c.found, c.exact, c.false_positives), (2, 1, 0, 1));
        assert_eq!(c.precision(), Some(0.5));
        assert_eq!(c.recall(), Some(0.5));
    }

    #[test]
    fn values_and_canonicals() {
        let mut g = entity("number", 0, 5);
        g.value = Some(serde_json::json!(7500000));
        g.currency = Some("USD".into());
        let mut s = entity("number", 0, 5);
        s.value = Some(serde_json::json!(7500000.0000001));
        s.currency = Some("USD".into());
        let c = score_document(std::slice::from_ref(&g), std::slice::from_ref(&s), "number");
        assert_eq!((c.value_checked, c.value_correct, c.exact), (1, 1, 1));
        let mut g = entity("location", 0, 4);
        g.canonical = Some("United States".into());
        let mut s = entity("location", 0, 4);
        s.canonical = Some("united  states".into());
        let c = score_document(&[g], &[s], "location");
        assert_eq!((c.canonical_checked, c.canonical_correct), (1, 1));
    }
}
