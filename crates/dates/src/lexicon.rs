//! The index of a language's date words and phrases, built once from its tables.
//!
//! Keys are normalized exactly as documents are ([`khabar_core::NormalizedText`]) and
//! lowercased for case-insensitive languages, then split into *units*, the runs of word
//! characters, so `new year's day` and `eid al-fitr` are phrases of units matched across
//! the spaces, hyphens and apostrophes between them. A word is looked up as written, then
//! without a proclitic (outside the span), in its fused-article form, and without an ending
//! (inside the span); the lookup says which part of the token belongs in a span.

use khabar_core::{KeyFilter, NormalizedText, WordMap, is_word_char, strip_prefix, strip_suffix};

use crate::{DateTables, DateWord, holidays};

/// Longest token the case-folding lookup handles without allocating.
const FOLD_BUFFER: usize = 64;

#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Single-unit keys and their meanings.
    words: WordMap<String, Vec<DateWord>>,
    /// Asked before `words`: a word is looked up as written and without each clitic and
    /// ending, and nearly every one is no date word. Invariant: built from `words`' final
    /// keys (at the end of [`Lexicon::new`]).
    word_filter: KeyFilter,
    /// Multi-unit keys (units joined by one space) and their meanings.
    phrases: WordMap<String, Vec<DateWord>>,
    /// Every proper prefix of a phrase key, in units, so that a phrase is tried only while
    /// it can still match.
    phrase_prefixes: WordMap<String, ()>,
    /// Asked before `phrase_prefixes`, as `word_filter` before `words`.
    prefix_filter: KeyFilter,
    pub(crate) max_phrase_units: usize,
    weak: WordMap<String, ()>,
    /// Single-unit keys that shorten a longer key of the same meaning (`dec` of `december`,
    /// `tue` and `tues` of `tuesday`), in a language whose tables set
    /// [`DateTables::abbreviation_dot`]; empty in the others. Invariant: built from `words`'
    /// final keys (at the end of [`Lexicon::new`]).
    abbreviations: WordMap<String, ()>,
    clitics: Vec<String>,
    fused_article: Option<(String, String)>,
    suffixes: Vec<String>,
    /// [`DateTables::other_words`], normalized: a few words, compared in turn (cheaper than
    /// hashing for so few).
    other_words: Vec<String>,
    pub(crate) day_suffixes: Vec<String>,
    genitive_endings: &'static [&'static str],
    /// The last byte of each of `genitive_endings`, asked first: most words end otherwise.
    genitive_last_bytes: Vec<u8>,
    pub(crate) number_suffixes: Vec<String>,
    /// The language's number tables, for the letters that run into digits as a lost space
    /// ([`khabar_numerals::NumberTables::runs_together`]).
    pub(crate) numbers: &'static khabar_numerals::NumberTables,
    case_insensitive: bool,
}

/// How a looked-up unit relates to its token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stripped {
    /// Bytes of proclitic at the token's start, outside the span.
    pub(crate) clitic: usize,
    /// Bytes of ending at the token's end, inside the span.
    pub(crate) suffix: usize,
}

pub(crate) fn normalize_key(key: &str, lowercase: bool) -> String {
    let normalized = NormalizedText::new(key).as_str().to_owned();
    if lowercase {
        normalized.to_lowercase()
    } else {
        normalized
    }
}

/// The keys of `words` that are a proper prefix of another key sharing one of their
/// meanings. In sorted order the keys a key begins follow it directly, so one pass over the
/// sorted keys finds them.
fn abbreviations(words: &WordMap<String, Vec<DateWord>>) -> WordMap<String, ()> {
    let mut keys: Vec<(&String, &Vec<DateWord>)> = words.iter().collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut out = WordMap::default();
    for (i, (key, meanings)) in keys.iter().enumerate() {
        let shortens = keys[i + 1..]
            .iter()
            .take_while(|(longer, _)| longer.starts_with(key.as_str()))
            .any(|(_, longer)| longer.iter().any(|m| meanings.contains(m)));
        if shortens {
            out.insert((*key).clone(), ());
        }
    }
    out
}

/// The units of a key: its runs of word characters, joined by single spaces.
fn units_of(key: &str) -> (String, usize) {
    let mut out = String::new();
    let mut count = 0;
    for unit in key
        .split(|c: char| !is_word_char(c))
        .filter(|u| !u.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(unit);
        count += 1;
    }
    (out, count)
}

fn sorted_longest_first(items: &[&str], lowercase: bool) -> Vec<String> {
    let mut v: Vec<String> = items
        .iter()
        .map(|s| normalize_key(s, lowercase))
        .filter(|s| !s.is_empty())
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

impl Lexicon {
    pub(crate) fn new(tables: &DateTables, lang: khabar_core::Lang) -> Lexicon {
        let ci = tables.case_insensitive;
        let mut lexicon = Lexicon {
            words: WordMap::default(),
            word_filter: KeyFilter::default(),
            phrases: WordMap::default(),
            phrase_prefixes: WordMap::default(),
            prefix_filter: KeyFilter::default(),
            max_phrase_units: 1,
            weak: tables
                .weak
                .iter()
                .map(|w| (normalize_key(w, ci), ()))
                .collect(),
            abbreviations: WordMap::default(),
            clitics: sorted_longest_first(tables.clitics, ci),
            fused_article: tables
                .fused_article
                .map(|(f, a)| (normalize_key(f, ci), normalize_key(a, ci))),
            suffixes: sorted_longest_first(tables.suffixes, ci),
            other_words: tables
                .other_words
                .iter()
                .map(|w| normalize_key(w, ci))
                .collect(),
            day_suffixes: sorted_longest_first(tables.day_suffixes, ci),
            genitive_endings: tables.genitive_endings,
            genitive_last_bytes: {
                let mut last: Vec<u8> = tables
                    .genitive_endings
                    .iter()
                    .filter_map(|e| e.as_bytes().last().copied())
                    .collect();
                last.sort_unstable();
                last.dedup();
                last
            },
            number_suffixes: sorted_longest_first(tables.number_suffixes, ci),
            numbers: tables.numbers,
            case_insensitive: ci,
        };
        for &(key, word) in tables.words.iter().copied().flatten() {
            lexicon.add(key, word, tables);
        }
        for &key in tables.numbers.change_words {
            lexicon.add(key, DateWord::Change, tables);
        }
        // Holiday names come from the shared holiday table, in this language.
        if let Ok(table) = holidays::builtin() {
            for (index, holiday) in table.iter().enumerate() {
                let Ok(index) = u16::try_from(index) else {
                    break;
                };
                for name in holiday.names(lang) {
                    lexicon.add(name, DateWord::Holiday(index), tables);
                }
            }
        }
        if tables.abbreviation_dot {
            lexicon.abbreviations = abbreviations(&lexicon.words);
        }
        lexicon.word_filter = KeyFilter::from_keys(lexicon.words.keys().map(String::as_str));
        lexicon.prefix_filter =
            KeyFilter::from_keys(lexicon.phrase_prefixes.keys().map(String::as_str));
        lexicon
    }

    fn add(&mut self, key: &str, word: DateWord, tables: &DateTables) {
        let ci = tables.case_insensitive;
        let normalized = normalize_key(key, ci);
        let mut forms = vec![normalized.clone()];
        for &(from, to) in tables.final_variants {
            let (from, to) = (normalize_key(from, ci), normalize_key(to, ci));
            // Any unit of the key may carry the variant ending (`السنة القادمة`).
            let variant: Vec<String> = normalized
                .split(' ')
                .map(|u| match u.strip_suffix(from.as_str()) {
                    Some(stem) => format!("{stem}{to}"),
                    None => u.to_owned(),
                })
                .collect();
            let variant = variant.join(" ");
            if variant != normalized {
                forms.push(variant);
            }
        }
        for form in forms {
            let (units, count) = units_of(&form);
            if count == 0 {
                continue;
            }
            let map = if count == 1 {
                &mut self.words
            } else {
                self.max_phrase_units = self.max_phrase_units.max(count);
                let mut prefix = String::new();
                for unit in units.split(' ').take(count - 1) {
                    if !prefix.is_empty() {
                        prefix.push(' ');
                    }
                    prefix.push_str(unit);
                    self.phrase_prefixes.insert(prefix.clone(), ());
                }
                &mut self.phrases
            };
            let meanings = map.entry(units).or_default();
            if !meanings.contains(&word) {
                meanings.push(word);
            }
        }
    }

    /// True when the (folded) word shortens a longer name of the same meaning (`dec`, not
    /// `may`): a dot glued after it belongs to it.
    pub(crate) fn is_abbreviation(&self, folded: &str) -> bool {
        self.abbreviations.contains_key(folded)
    }

    /// True when the (folded) word is a date only beside a number (see
    /// [`crate::DateTables::weak`]).
    pub(crate) fn is_weak(&self, folded: &str) -> bool {
        self.weak.contains_key(folded)
    }

    /// Folds a unit for lookup (ASCII lowercase for case-insensitive languages) into
    /// `buffer`, without allocating.
    pub(crate) fn fold<'b>(&self, unit: &'b str, buffer: &'b mut [u8; FOLD_BUFFER]) -> &'b str {
        if !self.case_insensitive || !unit.is_ascii() || unit.len() > FOLD_BUFFER {
            return unit;
        }
        let out = &mut buffer[..unit.len()];
        out.copy_from_slice(unit.as_bytes());
        out.make_ascii_lowercase();
        std::str::from_utf8(out).unwrap_or(unit)
    }

    /// Looks up one folded unit: as written, then without a proclitic or in its
    /// fused-article form, then without an ending.
    pub(crate) fn word(&self, unit: &str) -> Option<(&[DateWord], Stripped)> {
        self.lookup_in(unit, true, true)
    }

    /// The meanings of a phrase key (units joined by single spaces), if it is one.
    pub(crate) fn phrase(&self, key: &str) -> Option<&[DateWord]> {
        self.phrases.get(key).map(Vec::as_slice)
    }

    /// True when `key` (units joined by spaces) starts some phrase.
    pub(crate) fn is_phrase_prefix(&self, key: &str) -> bool {
        self.prefix_filter.may_contain(key) && self.phrase_prefixes.contains_key(key)
    }

    /// True when `word` ends with one of [`DateTables::genitive_endings`] after at least one
    /// letter of its own.
    pub(crate) fn is_genitive(&self, word: &str) -> bool {
        let Some(last) = word.as_bytes().last() else {
            return false;
        };
        self.genitive_last_bytes.contains(last)
            && self
                .genitive_endings
                .iter()
                .any(|e| word.len() > e.len() && word.ends_with(e))
    }

    /// True when `unit` is exactly one of the language's proclitics.
    pub(crate) fn is_clitic(&self, unit: &str) -> bool {
        self.clitics.iter().any(|c| c == unit)
    }

    /// Whether the proclitic `clitic` means `word` (`و` joins as `and`, `ل` links as `of`).
    pub(crate) fn clitic_means(&self, clitic: &str, word: DateWord) -> bool {
        self.word(clitic).is_some_and(|(m, _)| m.contains(&word))
    }

    /// The unit without each proclitic it may start with: (bytes stripped, the rest).
    pub(crate) fn clitic_stems<'u>(
        &'u self,
        unit: &'u str,
    ) -> impl Iterator<Item = (usize, &'u str)> + 'u {
        self.clitics.iter().filter_map(move |clitic| {
            strip_prefix(unit, clitic)
                .filter(|rest| !rest.is_empty())
                .map(|rest| (clitic.len(), rest))
        })
    }

    /// Whether `word` opens with the fused article and has letters after it (`للهجوم`, to
    /// the attack): a word no table lists, linked by `ل` to what is before it.
    pub(crate) fn has_fused_article(&self, word: &str) -> bool {
        self.fused_article
            .as_ref()
            .and_then(|(fused, _)| strip_prefix(word, fused))
            .is_some_and(|rest| !rest.is_empty())
    }

    /// The fused-article form of a unit (`للعام` → `العام`), with the bytes before the span.
    pub(crate) fn unfuse(&self, unit: &str, buffer: &mut String) -> Option<usize> {
        let (fused, article) = self.fused_article.as_ref()?;
        let rest = strip_prefix(unit, fused)?;
        buffer.clear();
        buffer.push_str(article);
        buffer.push_str(rest);
        // `للعام`: the span starts after the first `ل`, the preposition.
        Some(fused.len() - article.len() + article.chars().next().map_or(0, char::len_utf8))
    }

    /// Whether the tables list `unit` as another word, which no stem and ending spell
    /// ([`DateTables::other_words`]); asked only where a stem was found.
    pub(crate) fn is_other_word(&self, unit: &str) -> bool {
        self.other_words.iter().any(|w| w == unit)
    }

    /// The stem of a unit without one of the language's endings, and the ending's length.
    pub(crate) fn suffix_forms<'u>(&self, unit: &'u str) -> impl Iterator<Item = (&'u str, usize)> {
        self.suffixes.iter().filter_map(move |s| {
            strip_suffix(unit, s)
                .filter(|stem| !stem.is_empty())
                .map(|stem| (stem, s.len()))
        })
    }

    /// The meanings of a single-unit key.
    fn get(&self, key: &str) -> Option<&Vec<DateWord>> {
        if self.word_filter.may_contain(key) {
            self.words.get(key)
        } else {
            None
        }
    }

    fn lookup_in(
        &self,
        unit: &str,
        clitics: bool,
        suffixes: bool,
    ) -> Option<(&[DateWord], Stripped)> {
        if let Some(m) = self.get(unit) {
            return Some((
                m,
                Stripped {
                    clitic: 0,
                    suffix: 0,
                },
            ));
        }
        if clitics {
            // `للعام`, and after another proclitic `وللعام`: the fused article.
            let mut buffer = String::new();
            let stems = std::iter::once((0, unit)).chain(self.clitic_stems(unit));
            for (outside, rest) in stems {
                if let Some(fused) = self.unfuse(rest, &mut buffer)
                    && let Some(m) = self.get(buffer.as_str())
                {
                    return Some((
                        m,
                        Stripped {
                            clitic: outside + fused,
                            suffix: 0,
                        },
                    ));
                }
                if outside > 0
                    && let Some((m, inner)) = self.lookup_in(rest, false, suffixes)
                {
                    return Some((
                        m,
                        Stripped {
                            clitic: outside,
                            suffix: inner.suffix,
                        },
                    ));
                }
            }
        }
        if suffixes {
            for (stem, len) in self.suffix_forms(unit) {
                if let Some(m) = self.get(stem) {
                    if self.is_other_word(unit) {
                        return None;
                    }
                    return Some((
                        m,
                        Stripped {
                            clitic: 0,
                            suffix: len,
                        },
                    ));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_shortens_a_longer_key_of_the_same_meaning() {
        let mut words: WordMap<String, Vec<DateWord>> = WordMap::default();
        for (key, word) in [
            ("dec", DateWord::Month(12)),
            ("december", DateWord::Month(12)),
            ("may", DateWord::Month(5)),
            ("mon", DateWord::Weekday(1)),
            ("monday", DateWord::Weekday(1)),
            ("month", DateWord::Unit(crate::Unit::Month)),
            ("jun", DateWord::Month(6)),
            ("june", DateWord::Month(6)),
            ("sun", DateWord::Weekday(7)),
        ] {
            words.entry(key.to_owned()).or_default().push(word);
        }
        let found = abbreviations(&words);
        let mut found: Vec<&str> = found.keys().map(String::as_str).collect();
        found.sort_unstable();
        // `mon` shortens `monday`, not `month`; `may`, `june`, `sun` shorten nothing listed.
        assert_eq!(found, ["dec", "jun", "mon"]);
    }
}
