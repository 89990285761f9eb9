//! Matching table phrases (currencies, percent words, bounds) directly on the normalized text.
//!
//! A space in a phrase matches any run of whitespace; letters compare exactly, or ignoring
//! ASCII case for case-insensitive languages. A phrase that ends in a letter must end at a
//! word boundary (optionally after one of the language's endings, which stays outside the
//! span); one that starts with a letter must start at one (optionally after a clitic).

use khabar_core::is_word_char;

use crate::lexicon::Phrases;

/// A phrase found forward: where its span ends, where the text it consumed ends (after any
/// ending), and its index in the table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Forward {
    pub(crate) end: usize,
    pub(crate) consumed: usize,
    pub(crate) index: usize,
}

fn same(a: char, b: char, ci: bool) -> bool {
    a == b || (ci && a.eq_ignore_ascii_case(&b))
}

/// The phrases whose byte at one end (`end`: their first or last) is `byte`, as [`same`]
/// compares: the lookups ask a byte before walking characters, as most phrases differ there.
fn by_byte(
    phrases: &Phrases,
    byte: u8,
    ci: bool,
    end: impl Fn(&[u8]) -> Option<&u8>,
) -> impl Iterator<Item = &(String, usize)> {
    phrases.items.iter().filter(move |(phrase, _)| {
        end(phrase.as_bytes()).is_some_and(|&b| b == byte || (ci && b.eq_ignore_ascii_case(&byte)))
    })
}

/// The longest phrase of `phrases` that starts exactly at `at`.
pub(crate) fn forward(
    text: &str,
    at: usize,
    phrases: &Phrases,
    ci: bool,
    endings: &Phrases,
) -> Option<Forward> {
    // The first byte first: most phrases start otherwise, and a byte is cheaper to compare
    // than a walk of characters (case folds ASCII only, as [`same`] does).
    let first = *text.as_bytes().get(at)?;
    by_byte(phrases, first, ci, <[u8]>::first)
        .find_map(|(phrase, index)| forward_one(text, at, phrase, *index, ci, endings))
}

/// `phrase` starting exactly at `at`, ending at a word boundary (or before one of
/// `endings`); `index` is passed through.
pub(crate) fn forward_one(
    text: &str,
    at: usize,
    phrase: &str,
    index: usize,
    ci: bool,
    endings: &Phrases,
) -> Option<Forward> {
    let rest = text.get(at..)?;
    let len = prefix_len(rest, phrase, ci)?;
    let end = at + len;
    let last_is_word = phrase.chars().next_back().is_some_and(is_word_char);
    let after = &text[end..];
    if !last_is_word || after.chars().next().is_none_or(|c| !is_word_char(c)) {
        return Some(Forward {
            end,
            consumed: end,
            index,
        });
    }
    endings.items.iter().find_map(|(ending, _)| {
        let tail = after.strip_prefix(ending.as_str())?;
        tail.chars()
            .next()
            .is_none_or(|c| !is_word_char(c))
            .then_some(Forward {
                end,
                consumed: end + ending.len(),
                index,
            })
    })
}

/// The byte length of `rest`'s prefix that matches `phrase`.
fn prefix_len(rest: &str, phrase: &str, ci: bool) -> Option<usize> {
    let mut text = rest.char_indices().peekable();
    for p in phrase.chars() {
        if p == ' ' {
            let mut any = false;
            while let Some(&(_, c)) = text.peek() {
                if c.is_whitespace() {
                    any = true;
                    text.next();
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            continue;
        }
        let (_, c) = text.next()?;
        if !same(c, p, ci) {
            return None;
        }
    }
    Some(text.peek().map_or(rest.len(), |&(i, _)| i))
}

/// The longest phrase of `phrases` that ends at `end`, after skipping whitespace before
/// `end` when `gap` is set; returns where it starts and its index.
pub(crate) fn backward(
    text: &str,
    end: usize,
    gap: bool,
    phrases: &Phrases,
    ci: bool,
    clitics: &Phrases,
) -> Option<(usize, usize)> {
    let mut before = text.get(..end)?;
    if gap {
        before = before.trim_end();
    }
    // The last byte first, as [`forward`] compares the first.
    let last = *before.as_bytes().last()?;
    by_byte(phrases, last, ci, <[u8]>::last).find_map(|(phrase, index)| {
        backward_one(text, before, phrase, ci, clitics).map(|s| (s, *index))
    })
}

/// Where `phrase` starts if it ends `before` (a prefix of `text`) and starts at a word
/// boundary, optionally after one of `clitics`.
pub(crate) fn backward_one(
    text: &str,
    before: &str,
    phrase: &str,
    ci: bool,
    clitics: &Phrases,
) -> Option<usize> {
    let start = suffix_start(before, phrase, ci)?;
    let first_is_word = phrase.chars().next().is_some_and(is_word_char);
    let prior = &text[..start];
    let at_boundary = !first_is_word
        || prior.chars().next_back().is_none_or(|c| !is_word_char(c))
        || clitics.items.iter().any(|(clitic, _)| {
            prior
                .strip_suffix(clitic.as_str())
                .is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !is_word_char(c)))
        });
    at_boundary.then_some(start)
}

fn suffix_start(before: &str, phrase: &str, ci: bool) -> Option<usize> {
    let mut text = before.char_indices().rev().peekable();
    let mut start = before.len();
    for p in phrase.chars().rev() {
        if p == ' ' {
            let mut any = false;
            while let Some(&(i, c)) = text.peek() {
                if c.is_whitespace() {
                    any = true;
                    start = i;
                    text.next();
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            continue;
        }
        let (i, c) = text.next()?;
        if !same(c, p, ci) {
            return None;
        }
        start = i;
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(items: &[&str]) -> Phrases {
        Phrases {
            items: items
                .iter()
                .enumerate()
                .map(|(i, p)| (p.to_string(), i))
                .collect(),
        }
    }

    #[test]
    fn matches_with_flexible_space_and_boundaries() {
        let p = phrases(&["per cent", "percent"]);
        let none = phrases(&[]);
        assert_eq!(
            forward("5 per  cent.", 2, &p, true, &none).map(|f| f.end),
            Some(11)
        );
        assert!(forward("5 percentage", 2, &p, true, &none).is_none());
        let more = phrases(&["more than"]);
        assert_eq!(
            backward("some more than 5", 15, true, &more, true, &none),
            Some((5, 0))
        );
        assert!(backward("xmore than 5", 11, true, &more, true, &none).is_none());
    }
}
