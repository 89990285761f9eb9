//! The word segmentation the tagger reads: a text cut into tokens, given as byte ranges.
//!
//! The rules, in the order they apply:
//! - whitespace is never in a token and separates tokens;
//! - a token is a maximal run of word characters ([`khabar_core::is_word_char`]);
//! - one of `.` `'` `’` `-` `&` between two word characters joins them into one token
//!   (`U.S`, `al-Qaeda`, `AT&T`, `O'Brien`), except that an apostrophe followed by `s` or `S`
//!   and then a non-word character or the end is split off with that letter (`Obama's` is
//!   `Obama` and `'s`);
//! - every other character is a token of its own (`,` `(` `$` `؟` `।`…).
//!
//! Invariant: the ranges pushed are non-empty, in order, non-overlapping and on char
//! boundaries of the text.

use std::ops::Range;

use khabar_core::{Unit, UnitKind, is_word_char, units};

/// Pushes to `out` the byte ranges of the tokens of `text` (see the module doc), in order.
///
/// `out` is not cleared. Cuts `text` into units first; a document's own units are read by
/// [`segment_units`].
pub fn segment(text: &str, out: &mut Vec<Range<usize>>) {
    let mut cut = Vec::new();
    units(text, &mut cut);
    segment_units(text, &cut, out);
}

/// [`segment`] over `text`'s units ([`khabar_core::units`], normally the document's, cut
/// once for every pass): a word is a run of touching letter and digit units, extended over
/// a joiner unit between two of them. Nothing is allocated but `out`'s growth.
pub fn segment_units(text: &str, units: &[Unit], out: &mut Vec<Range<usize>>) {
    let symbol = |u: &Unit| text[u.start..].chars().next().unwrap_or('\u{FFFD}');
    let mut i = 0;
    while let Some(&unit) = units.get(i) {
        i += 1;
        if !unit.is_word() {
            out.push(unit.start..unit.end);
            continue;
        }
        let mut end = unit.end;
        while let Some(next) = units.get(i).filter(|u| u.start == end) {
            if next.is_word() {
                end = next.end;
                i += 1;
                continue;
            }
            let c = symbol(next);
            let joined = units
                .get(i + 1)
                .filter(|after| after.start == next.end && after.is_word());
            match joined {
                Some(after)
                    if is_joiner(c)
                        && !(is_apostrophe(c) && is_possessive_s(&text[next.end..])) =>
                {
                    end = after.end;
                    i += 2;
                }
                _ => break,
            }
        }
        out.push(unit.start..end);
        // A word stopped before `'s`: the apostrophe and the letter (a unit of one byte, as
        // a word character follows it in no possessive) are the next token.
        if let Some(next) = units.get(i).filter(|u| u.start == end)
            && next.kind == UnitKind::Symbol
            && is_apostrophe(symbol(next))
            && is_possessive_s(&text[next.end..])
        {
            out.push(end..next.end + 1);
            i += 2;
        }
    }
}

/// The characters that join two word characters into one token.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '&')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// True when `rest` (the text after an apostrophe) is `s` or `S` followed by a non-word
/// character or the end.
fn is_possessive_s(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('s' | 'S')) && chars.next().is_none_or(|c| !is_word_char(c))
}

#[cfg(test)]
mod tests {
    use super::segment;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let mut ranges = Vec::new();
        segment(text, &mut ranges);
        let tokens: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(tokens, expected, "segmenting {text:?}");
    }

    #[test]
    fn words_are_runs_of_word_characters() {
        check("", &[]);
        check("   \n\t ", &[]);
        check("Hello world", &["Hello", "world"]);
        check("  two\u{a0}spaces  ", &["two", "spaces"]);
        check("2024 Q3", &["2024", "Q3"]);
    }

    #[test]
    fn other_characters_are_tokens_of_their_own() {
        check(
            "(Reuters) -- $5, ok?",
            &["(", "Reuters", ")", "-", "-", "$", "5", ",", "ok", "?"],
        );
        check("end.", &["end", "."]);
        check("كيف؟", &["كيف", "؟"]);
        check("ঢাকা।", &["ঢাকা", "।"]);
    }

    #[test]
    fn joiners_between_word_characters_join() {
        check("the U.S. said", &["the", "U.S", ".", "said"]);
        check("al-Qaeda", &["al-Qaeda"]);
        check("AT&T Inc.", &["AT&T", "Inc", "."]);
        check("O'Brien and O’Neill", &["O'Brien", "and", "O’Neill"]);
        check("3.5 km", &["3.5", "km"]);
        check("a--b", &["a", "-", "-", "b"]);
        check("-a- &b", &["-", "a", "-", "&", "b"]);
        check("x.", &["x", "."]);
    }

    #[test]
    fn possessive_s_is_split_off() {
        check("Obama's visit", &["Obama", "'s", "visit"]);
        check("Obama’s", &["Obama", "’s"]);
        check("OBAMA'S.", &["OBAMA", "'S", "."]);
        check("it's", &["it", "'s"]);
        check("Jones'sake", &["Jones'sake"]);
        check("Jones' car", &["Jones", "'", "car"]);
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        check("মন্ত্রী বলেন", &["মন্ত্রী", "বলেন"]);
        check("مُحَمَّد", &["مُحَمَّد"]);
    }
}
