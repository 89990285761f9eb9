//! One identity in every language: the whole gazetteer is walked, and for every entry with
//! names in two or more registered languages, each language's matcher (tables and rules,
//! the tagger off) reads each of those names in a neutral sentence as that entry (its id,
//! or its canonical name when it has none).
//!
//! What the language's admission rules drop (short names without context, stop names,
//! small foreign towns, ambiguous names without their cue) is no identity question and is
//! skipped. A name several entries share in one language is read as the best-ranked of
//! them; such a name is checked the other way: entries that share a name in two languages
//! must be read as the same one of them in both (bare `Gaza`, `غزة`, `গাজা` are all the
//! Gaza Strip, not the Strip in one language and Gaza City in another).
//!
//! And every listed name is bare: no entry lists a name of its own again with one of the
//! language's glued case endings, which the matcher strips by itself; such a name would put the
//! ending inside the span (SPEC §2: `পার্বত্য চট্টগ্রামে` is `পার্বত্য চট্টগ্রাম` + `ে`).

use std::collections::{BTreeSet, HashMap};

use khabar_core::{Document, Lang, NormalizedText, Prefer};
use khabar_gazetteer::{Gazetteer, LangRules, Record, names_languages, shared_matcher};

/// Names the matcher cannot tell apart from another entry's, listed with why.
const EXCEPTIONS: &[(&str, &str, &str)] = &[
    // A club and its town share the Arabic name, and each language's admission rules leave
    // out a different one of two towns (the smaller foreign town is not matched in Arabic).
    (
        "ar",
        "تشيلسى",
        "Chelsea, London and Chelsea, Massachusetts share the name",
    ),
];

/// A name as the language's matcher compares it: normalized, case folded where the
/// language compares case-insensitively, fold letters unified, and one-way variants taken
/// both ways (so that `حماه` and `حماة` count as one name).
fn compare_key(rules: &LangRules, name: &str) -> String {
    let normalized = NormalizedText::new(name).as_str().to_owned();
    normalized
        .chars()
        .map(|c| {
            let c = if rules.fold.ascii_case {
                c.to_ascii_lowercase()
            } else {
                c
            };
            let c = rules
                .fold
                .letters
                .iter()
                .find(|(a, _)| *a == c)
                .map_or(c, |(_, b)| *b);
            rules
                .fold
                .variants
                .iter()
                .find(|(a, _)| *a == c)
                .map_or(c, |(_, b)| *b)
        })
        .collect()
}

/// A neutral sentence per language: no trigger, title, sports word or capitalized
/// neighbour next to the name.
fn sentence(lang: &str, name: &str) -> String {
    match lang {
        "ar" => format!("قالوا إن {name} بعيدة ."),
        "bn" => format!("তারা বলেন {name} অনেক দূরে ।"),
        _ => format!("they said {name} is far ."),
    }
}

fn identity(r: &Record) -> &str {
    r.id.as_deref().unwrap_or(&r.canonical)
}

#[test]
fn every_entry_is_one_identity_in_every_language() {
    let g = Gazetteer::builtin().expect("built-in tables load");
    let languages = names_languages();
    // Per language and name as the matcher compares it: the entries that list it.
    let mut owners: HashMap<(Lang, String), BTreeSet<u32>> = HashMap::new();
    let mut langs_of: HashMap<u32, BTreeSet<Lang>> = HashMap::new();
    for rules in &languages {
        for n in g.names.iter().filter(|n| n.lang == rules.lang) {
            owners
                .entry((n.lang, compare_key(rules, &n.text)))
                .or_default()
                .insert(n.record);
            langs_of.entry(n.record).or_default().insert(n.lang);
        }
    }
    let mut wrong = Vec::new();
    // Per set of entries sharing a name: the entry each language reads it as.
    let mut shared_winner: HashMap<BTreeSet<u32>, Vec<(Lang, String, u32)>> = HashMap::new();
    let mut checked = 0usize;
    for rules in &languages {
        let lang = rules.lang;
        let matcher = shared_matcher(rules).expect("the matcher builds");
        let mut seen = std::collections::HashSet::new();
        for n in g.names.iter().filter(|n| n.lang == lang) {
            if langs_of.get(&n.record).is_none_or(|l| l.len() < 2)
                || !seen.insert(&*n.text)
                || EXCEPTIONS
                    .iter()
                    .any(|(l, name, _)| *l == lang.as_str() && *name == &*n.text)
            {
                continue;
            }
            let text = sentence(lang.as_str(), &n.text);
            let doc = Document::new(text, lang, None, Prefer::Past);
            let surface = NormalizedText::new(&n.text).as_str().to_owned();
            let found = matcher.find_with(&doc, false);
            let Some(record) = found
                .iter()
                .find(|f| f.surface == surface)
                .and_then(|f| f.record)
            else {
                continue;
            };
            checked += 1;
            let Some(sharers) = owners.get(&(lang, compare_key(rules, &n.text))) else {
                continue;
            };
            let got = g
                .records
                .iter()
                .position(|r| std::ptr::eq(r, record))
                .map_or(u32::MAX, |i| i as u32);
            if sharers.len() > 1 {
                shared_winner.entry(sharers.clone()).or_default().push((
                    lang,
                    n.text.to_string(),
                    got,
                ));
                continue;
            }
            let want = &g.records[n.record as usize];
            if identity(want) != identity(record) {
                wrong.push(format!(
                    "{lang}: `{}` of {} is read as {}",
                    n.text,
                    identity(want),
                    identity(record)
                ));
            }
        }
    }
    for (sharers, reads) in &shared_winner {
        let winners: BTreeSet<u32> = reads.iter().map(|(_, _, w)| *w).collect();
        let langs: BTreeSet<Lang> = reads.iter().map(|(l, _, _)| *l).collect();
        if winners.len() > 1 && langs.len() > 1 {
            wrong.push(format!(
                "entries {:?} share names read differently: {reads:?}",
                sharers
                    .iter()
                    .map(|&i| identity(&g.records[i as usize]))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(checked > 10_000, "only {checked} names checked");
    assert!(
        wrong.is_empty(),
        "{} names read as another entry:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn no_entry_lists_its_own_name_inflected() {
    let g = Gazetteer::builtin().expect("built-in tables load");
    let mut wrong = Vec::new();
    for rules in names_languages() {
        // Case endings only: an emphatic `ও` also ends real names (`বনগাঁও`, Bongaon, is
        // spelled `বনগাঁ` too).
        let endings = rules.suffixes;
        if endings.is_empty() {
            continue;
        }
        let mut by_record: HashMap<u32, BTreeSet<&str>> = HashMap::new();
        for n in g.names.iter().filter(|n| n.lang == rules.lang) {
            by_record.entry(n.record).or_default().insert(&n.text);
        }
        for names in by_record.values() {
            for name in names {
                let inflected = endings.iter().find(|e| {
                    name.strip_suffix(**e)
                        .is_some_and(|stem| !stem.is_empty() && names.contains(stem))
                });
                if let Some(ending) = inflected {
                    wrong.push(format!("{}: `{name}` (ending `{ending}`)", rules.lang));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "names listed with an ending the matcher strips:\n{}",
        wrong.join("\n")
    );
}
