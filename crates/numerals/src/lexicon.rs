//! The index of a language's number words and phrases, built once from its tables.
//!
//! Keys are normalized exactly as documents are ([`khabar_core::NormalizedText`]), and
//! lowercased for case-insensitive languages, so a table may be written in everyday
//! spelling. Looking a word up tries it as written, then without an article, a clitic, or
//! a case ending, and reports which of those it stripped, so that spans can leave clitics
//! and endings out and keep articles in.

use khabar_core::{Bound, KeyFilter, NormalizedText, WordMap, strip_prefix, strip_suffix};

use crate::currency::CurrencyIndex;
use crate::{NumberTables, Word};

/// A word found in the index, with the part of its token that belongs in a span.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexeme {
    pub(crate) word: Word,
    /// Byte range of the span-worthy part (clitics and endings removed, article kept).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// A clitic was stripped, and it was one that joins number parts (`و`).
    pub(crate) connector: bool,
    /// A clitic that does not join was stripped (`ب`): the word starts a new expression.
    pub(crate) other_clitic: bool,
    pub(crate) article: bool,
    pub(crate) suffixed: bool,
    /// A bound ending was fused to it (`শতাধিক`); `suffixed` is set too.
    pub(crate) bound: Option<Bound>,
    /// A percent ending was fused to it (`শতভাগ`); `suffixed` is set too.
    pub(crate) percent: bool,
}

/// A list of phrases, normalized, longest first; each remembers its index in the table.
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    pub(crate) items: Vec<(String, usize)>,
}

impl Phrases {
    fn new<'t>(entries: impl Iterator<Item = &'t str>, lowercase: bool) -> Phrases {
        let mut items: Vec<(String, usize)> = entries
            .enumerate()
            .map(|(i, p)| (normalize_key(p, lowercase), i))
            .filter(|(p, _)| !p.is_empty())
            .collect();
        items.sort_by_key(|item| std::cmp::Reverse(item.0.len()));
        Phrases { items }
    }

    pub(crate) fn contains(&self, word: &str, case_insensitive: bool) -> bool {
        self.items.iter().any(|(p, _)| {
            if case_insensitive {
                p.eq_ignore_ascii_case(word)
            } else {
                p == word
            }
        })
    }
}

#[derive(Debug)]
pub(crate) struct Lexicon {
    words: WordMap<String, Word>,
    /// Asked before `words`: most words looked up (each also without a clitic or an
    /// article) are no number. Invariant: built from `words`' final keys.
    word_filter: KeyFilter,
    pub(crate) clitics: Phrases,
    connector_clitics: Phrases,
    articles: Phrases,
    count_suffixes: Phrases,
    /// Particles that may close a count's ending ([`NumberTables::ending_particles`]).
    ending_particles: Phrases,
    scale_suffixes: Phrases,
    bound_suffixes: Phrases,
    bounds_of_suffixes: Vec<Bound>,
    percent_suffixes: Phrases,
    pub(crate) all_suffixes: Phrases,
    pub(crate) connectors: Phrases,
    pub(crate) indefinite: Phrases,
    pub(crate) decimal_words: Phrases,
    pub(crate) construct_duals: Phrases,
    pub(crate) percent_parts_after: Phrases,
    /// How many of each of `percent_parts_after` make a percent, by its index.
    pub(crate) percent_part_sizes: Vec<f64>,
    pub(crate) rate_words: Phrases,
    pub(crate) negatives: Phrases,
    pub(crate) ordinal_suffixes: Phrases,
    pub(crate) percent_after: Phrases,
    pub(crate) percent_before: Phrases,
    pub(crate) percent_close: Phrases,
    pub(crate) currency: CurrencyIndex,
    pub(crate) subunits: Phrases,
    pub(crate) ratios: Phrases,
    pub(crate) fraction_links: Phrases,
    pub(crate) partitives: Phrases,
    pub(crate) bounds_before: Phrases,
    pub(crate) range_openers: Phrases,
    pub(crate) range_joins: Phrases,
    pub(crate) level_joins: Phrases,
    /// The joins of `range_pairs`, normalized, in table order.
    pub(crate) range_pair_joins: Vec<String>,
    pub(crate) change_words: Phrases,
    pub(crate) bounds_after: Phrases,
    pub(crate) one_not_after: Phrases,
    pub(crate) fraction_not_after: Phrases,
    pub(crate) one_not_before: Phrases,
    pub(crate) ambiguous_alone: Phrases,
    pub(crate) count_nouns: Phrases,
    pub(crate) clitics_not_alone: Phrases,
    lower_case_only: Phrases,
    /// [`NumberTables::other_words`].
    other_words: Phrases,
    /// [`crate::ClockWords`]: before the hour, after it, after its minutes, between hours.
    pub(crate) clock_before: Phrases,
    pub(crate) clock_after: Phrases,
    pub(crate) clock_minutes: Phrases,
    pub(crate) clock_joins: Phrases,
    case_insensitive: bool,
    /// With `fused_tens`: the words for 20, 30, … 90, which start a fused number.
    fused_tens: Vec<(String, f64)>,
}

/// Longest token the case-folding lookup handles without allocating; longer ones are
/// looked up as written.
const FOLD_BUFFER: usize = 64;

fn normalize_key(key: &str, lowercase: bool) -> String {
    let normalized = NormalizedText::new(key).as_str().to_owned();
    if lowercase {
        normalized.to_lowercase()
    } else {
        normalized
    }
}

impl Lexicon {
    pub(crate) fn new(tables: &NumberTables) -> Lexicon {
        let ci = tables.case_insensitive;
        let mut words = WordMap::default();
        for &(key, word) in tables.words {
            let key = normalize_key(key, ci);
            for &(from, to) in tables.final_variants {
                let from = normalize_key(from, ci);
                if let Some(stem) = key.strip_suffix(from.as_str()) {
                    words
                        .entry(format!("{stem}{}", normalize_key(to, ci)))
                        .or_insert(word);
                }
            }
            words.insert(key, word);
        }
        // Every ordinal of three or more is also a denominator with the language's fraction
        // endings (`fifths`, `twelfths`, `তৃতীয়াংশ`); a word the table lists itself wins.
        let ordinals: Vec<(String, f64)> = words
            .iter()
            .filter_map(|(k, w)| match *w {
                Word::Ordinal(v) | Word::OrdinalMultiplier(v) if v >= 3.0 => Some((k.clone(), v)),
                _ => None,
            })
            .collect();
        for suffix in tables.ordinal_fraction_suffixes {
            let suffix = normalize_key(suffix, ci);
            for (ordinal, v) in &ordinals {
                words
                    .entry(format!("{ordinal}{suffix}"))
                    .or_insert(Word::Fraction(*v));
            }
        }
        let mut fused_tens: Vec<(String, f64)> = Vec::new();
        if tables.fused_tens {
            fused_tens.extend(words.iter().filter_map(|(k, w)| match w {
                Word::Count(v) if is_ten(*v) => Some((k.clone(), *v)),
                _ => None,
            }));
            fused_tens.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let all_suffixes = Phrases::new(
            tables
                .count_suffixes
                .iter()
                .chain(tables.scale_suffixes)
                .copied(),
            ci,
        );
        Lexicon {
            word_filter: KeyFilter::from_keys(words.keys().map(String::as_str)),
            words,
            clitics: Phrases::new(tables.clitics.iter().copied(), ci),
            connector_clitics: Phrases::new(tables.connector_clitics.iter().copied(), ci),
            articles: Phrases::new(tables.articles.iter().copied(), ci),
            count_suffixes: Phrases::new(tables.count_suffixes.iter().copied(), ci),
            ending_particles: Phrases::new(tables.ending_particles.iter().copied(), ci),
            scale_suffixes: Phrases::new(tables.scale_suffixes.iter().copied(), ci),
            bound_suffixes: Phrases::new(tables.bound_suffixes.iter().map(|(k, _)| *k), ci),
            bounds_of_suffixes: tables.bound_suffixes.iter().map(|&(_, b)| b).collect(),
            percent_suffixes: Phrases::new(tables.percent_suffixes.iter().copied(), ci),
            all_suffixes,
            connectors: Phrases::new(tables.connectors.iter().copied(), ci),
            indefinite: Phrases::new(tables.indefinite.iter().copied(), ci),
            decimal_words: Phrases::new(tables.decimal_words.iter().copied(), ci),
            construct_duals: Phrases::new(tables.construct_duals.iter().copied(), ci),
            percent_parts_after: Phrases::new(
                tables.percent_parts_after.iter().map(|(k, _)| *k),
                ci,
            ),
            percent_part_sizes: tables.percent_parts_after.iter().map(|&(_, n)| n).collect(),
            rate_words: Phrases::new(tables.rate_words.iter().copied(), ci),
            negatives: Phrases::new(tables.negatives.iter().copied(), ci),
            ordinal_suffixes: Phrases::new(tables.ordinal_suffixes.iter().copied(), false),
            percent_after: Phrases::new(tables.percent_after.iter().copied(), ci),
            percent_before: Phrases::new(tables.percent_before.iter().copied(), ci),
            percent_close: Phrases::new(tables.percent_close.iter().copied(), ci),
            currency: CurrencyIndex::new(tables),
            subunits: Phrases::new(tables.subunits.iter().copied(), ci),
            ratios: Phrases::new(tables.ratios.iter().copied(), ci),
            fraction_links: Phrases::new(tables.fraction_links.iter().copied(), ci),
            partitives: Phrases::new(tables.partitives.iter().copied(), ci),
            bounds_before: Phrases::new(tables.bounds_before.iter().map(|(k, _)| *k), ci),
            range_openers: Phrases::new(tables.range_pairs.iter().map(|(k, _)| *k), ci),
            range_joins: Phrases::new(tables.range_joins.iter().copied(), ci),
            level_joins: Phrases::new(tables.level_joins.iter().copied(), ci),
            range_pair_joins: tables
                .range_pairs
                .iter()
                .map(|(_, join)| normalize_key(join, ci))
                .collect(),
            change_words: Phrases::new(tables.change_words.iter().copied(), ci),
            bounds_after: Phrases::new(tables.bounds_after.iter().map(|(k, _)| *k), ci),
            one_not_after: Phrases::new(tables.one_not_after.iter().copied(), ci),
            fraction_not_after: Phrases::new(tables.fraction_not_after.iter().copied(), ci),
            one_not_before: Phrases::new(tables.one_not_before.iter().copied(), ci),
            ambiguous_alone: Phrases::new(tables.ambiguous_alone.iter().copied(), ci),
            count_nouns: Phrases::new(tables.count_nouns.iter().copied(), ci),
            clitics_not_alone: Phrases::new(tables.clitics_not_alone.iter().copied(), ci),
            lower_case_only: Phrases::new(tables.lower_case_only.iter().copied(), ci),
            other_words: Phrases::new(tables.other_words.iter().copied(), ci),
            clock_before: Phrases::new(tables.clock.before.iter().copied(), ci),
            clock_after: Phrases::new(tables.clock.after.iter().copied(), ci),
            clock_minutes: Phrases::new(tables.clock.minutes.iter().copied(), ci),
            clock_joins: Phrases::new(tables.clock.joins.iter().copied(), ci),
            case_insensitive: ci,
            fused_tens,
        }
    }

    pub(crate) fn case_insensitive(&self) -> bool {
        self.case_insensitive
    }

    /// Looks up the word token `text[start..end]`.
    pub(crate) fn lookup(&self, text: &str, start: usize, end: usize) -> Option<Lexeme> {
        let written = &text[start..end];
        let mut buffer = [0u8; FOLD_BUFFER];
        let token = self.fold_case(written, &mut buffer);
        if token != written && self.lower_case_only.contains(token, false) {
            return None;
        }
        let plain = Lexeme {
            word: Word::Count(0.0),
            start,
            end,
            connector: false,
            other_clitic: false,
            article: false,
            suffixed: false,
            bound: None,
            percent: false,
        };
        if let Some(word) = self.word(token) {
            return Some(Lexeme { word, ..plain });
        }
        // Article, then clitic, then clitic and article.
        for (article, _) in &self.articles.items {
            if let Some(rest) = strip_prefix(token, article)
                && let Some(word) = self.word(rest)
            {
                return Some(Lexeme {
                    word,
                    article: true,
                    ..plain
                });
            }
        }
        for (clitic, _) in &self.clitics.items {
            let Some(rest) = strip_prefix(token, clitic) else {
                continue;
            };
            let connector = self
                .connector_clitics
                .items
                .iter()
                .any(|(c, _)| c == clitic);
            let found = Lexeme {
                start: start + clitic.len(),
                connector,
                other_clitic: !connector,
                ..plain
            };
            if let Some(word) = self.word(rest) {
                return Some(Lexeme { word, ..found });
            }
            for (article, _) in &self.articles.items {
                if let Some(after) = strip_prefix(rest, article)
                    && let Some(word) = self.word(after)
                {
                    return Some(Lexeme {
                        word,
                        article: true,
                        ..found
                    });
                }
            }
        }
        // Endings: classifiers on counts, case endings on scales; a count's ending may close
        // with a particle (`তিনজনকেই`).
        let unparticled = self
            .ending_particles
            .items
            .iter()
            .find_map(|(particle, _)| strip_suffix(token, particle));
        for (suffixes, counts) in [(&self.count_suffixes, true), (&self.scale_suffixes, false)] {
            for (suffix, _) in &suffixes.items {
                let stem = strip_suffix(token, suffix).or_else(|| {
                    counts
                        .then_some(unparticled)
                        .flatten()
                        .and_then(|bare| strip_suffix(bare, suffix))
                });
                let Some(stem) = stem else {
                    continue;
                };
                let Some(word) = self.word(stem) else {
                    continue;
                };
                let is_count = matches!(word, Word::Count(_) | Word::Ordinal(_));
                if is_count == counts {
                    // A whole word a stem and an ending would spell (`শতকে`, "in the century").
                    if self.other_words.contains(token, false) {
                        return None;
                    }
                    return Some(Lexeme {
                        word,
                        end: start + stem.len(),
                        suffixed: true,
                        ..plain
                    });
                }
            }
        }
        // A bound fused to a multiplier, a scale or a count (`শতাধিক`, `অর্ধশতাধিক` more than
        // fifty, `হাজারখানেক` about a thousand), inside the span; not in a word the tables
        // list as another (`একেক`, each).
        for (suffix, index) in &self.bound_suffixes.items {
            if let Some(stem) = strip_suffix(token, suffix)
                && let Some(word @ (Word::Multiplier(_) | Word::Scale(_) | Word::Count(_))) =
                    self.word(stem)
                && !self.other_words.contains(token, false)
            {
                return Some(Lexeme {
                    word,
                    suffixed: true,
                    bound: Some(self.bounds_of_suffixes[*index]),
                    ..plain
                });
            }
        }
        // A percent ending fused to a hundred (`শতভাগ`, `একশভাগ`; not `দুইভাগে`, in two
        // parts), with a case ending or a particle after it, outside the span (`শতভাগের`,
        // `শতভাগই`).
        for (suffix, _) in &self.percent_suffixes.items {
            // Its first letter first: a search for the whole ending costs more.
            let first = suffix.chars().next().unwrap_or(' ');
            let Some(at) = token
                .contains(first)
                .then(|| token.rfind(suffix.as_str()))
                .flatten()
            else {
                continue;
            };
            let written = &token[..at + suffix.len()];
            let after = &token[written.len()..];
            let ending = after.is_empty()
                || self.scale_suffixes.contains(after, false)
                || self.ending_particles.contains(after, false);
            if ending
                && let Some(word @ (Word::Count(100.0) | Word::Multiplier(100.0))) =
                    self.word(&token[..at])
            {
                return Some(Lexeme {
                    word,
                    end: start + written.len(),
                    suffixed: true,
                    percent: true,
                    ..plain
                });
            }
        }
        self.fused(token).map(|word| Lexeme { word, ..plain })
    }

    fn word(&self, key: &str) -> Option<Word> {
        if key.is_empty() || !self.word_filter.may_contain(key) {
            None
        } else {
            self.words.get(key).copied()
        }
    }

    /// `twentyfifth`: a ten fused with a unit or unit ordinal. Only a word for a ten can
    /// start one, so those are tried as prefixes (trying every split of every unknown word
    /// cost two hash lookups a letter).
    fn fused(&self, token: &str) -> Option<Word> {
        self.fused_tens
            .iter()
            .find_map(|(ten, t)| match self.word(strip_prefix(token, ten)?)? {
                Word::Count(u) if (1.0..10.0).contains(&u) => Some(Word::Count(t + u)),
                Word::Ordinal(u) if (1.0..10.0).contains(&u) => Some(Word::Ordinal(t + u)),
                _ => None,
            })
    }

    fn fold_case<'b>(&self, token: &'b str, buffer: &'b mut [u8; FOLD_BUFFER]) -> &'b str {
        if !self.case_insensitive || !token.is_ascii() || token.len() > FOLD_BUFFER {
            return token;
        }
        let out = &mut buffer[..token.len()];
        out.copy_from_slice(token.as_bytes());
        out.make_ascii_lowercase();
        std::str::from_utf8(out).unwrap_or(token)
    }
}

pub(crate) fn is_ten(v: f64) -> bool {
    (20.0..100.0).contains(&v) && v % 10.0 == 0.0
}
