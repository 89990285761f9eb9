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

use khabar_core::is_word_char;

/// Pushes to `out` the byte ranges of the tokens of `text` (see the module doc), in order.
///
/// `out` is not cleared; nothing is allocated but its growth.
pub fn segment(text: &str, out: &mut Vec<Range<usize>>) {
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let len = c.len_utf8();
        if c.is_whitespace() {
            pos += len;
            continue;
        }
        if !is_word_char(c) {
            out.push(pos..pos + len);
            pos += len;
            continue;
        }
        let end = word_end(text, pos + len);
        out.push(pos..end);
        pos = end;
        // A word stopped before `'s` by `word_end`: the apostrophe and the letter (both one
        // character, the letter one byte) are the next token.
        if let Some(apostrophe) = text[end..].chars().next().filter(|&c| is_apostrophe(c)) {
            let after = end + apostrophe.len_utf8();
            if is_possessive_s(&text[after..]) {
                out.push(end..after + 1);
                pos = after + 1;
            }
        }
    }
}

/// The end of the word whose first character ends at `pos`: the byte after its last word
/// character, extended over joiners between word characters, stopped before a possessive
/// `'s`.
fn word_end(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        if is_word_char(c) {
            pos += c.len_utf8();
            continue;
        }
        if !is_joiner(c) {
            break;
        }
        let after_joiner = pos + c.len_utf8();
        let Some(following) = text[after_joiner..].chars().next() else {
            break;
        };
        if !is_word_char(following) || (is_apostrophe(c) && is_possessive_s(&text[after_joiner..]))
        {
            break;
        }
        pos = after_joiner + following.len_utf8();
    }
    pos
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
