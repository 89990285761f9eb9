//! Word helpers over the folded text: the word next to a position on either side, and the
//! few context words around a name.

use std::ops::Range;

use khabar_core::is_word_char;

use crate::rules::Side;

pub(super) fn next_word(s: &str, at: usize) -> Option<Range<usize>> {
    let rest = s.get(at..)?;
    let skip = rest
        .char_indices()
        .find(|(_, c)| *c != ' ')
        .map(|(i, _)| i)?;
    let begin = at + skip;
    let len = s[begin..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len() - begin, |(i, _)| i);
    if len == 0 {
        None
    } else {
        Some(begin..begin + len)
    }
}

pub(super) fn prev_word(s: &str, at: usize) -> Option<Range<usize>> {
    let head = s.get(..at)?;
    let end = head.trim_end_matches(' ').len();
    let begin = s[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    Some(begin..end)
}

/// Up to three words on one side of `at`, skipping punctuation (a fixed array: no
/// allocation per name).
pub(super) fn context_words(s: &str, at: usize, side: Side) -> [&str; 3] {
    let mut words = [""; 3];
    let mut count = 0;
    let mut pos = at;
    while count < words.len() {
        let next = match side {
            Side::Before => {
                let head = &s[..pos];
                let end = head.trim_end_matches(|c: char| !is_word_char(c)).len();
                let begin = s[..end]
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| is_word_char(*c))
                    .last()
                    .map(|(i, _)| i);
                begin.map(|b| b..end)
            }
            Side::After => {
                let tail = &s[pos..];
                let skip = tail
                    .char_indices()
                    .find(|(_, c)| is_word_char(*c))
                    .map(|(i, _)| i);
                skip.map(|k| {
                    let b = pos + k;
                    let len = s[b..]
                        .char_indices()
                        .find(|(_, c)| !is_word_char(*c))
                        .map_or(s.len() - b, |(i, _)| i);
                    b..b + len
                })
            }
        };
        let Some(w) = next else { break };
        pos = if side == Side::Before { w.start } else { w.end };
        words[count] = &s[w];
        count += 1;
    }
    words
}

/// The end of the word that goes on at `at` (`at` itself when none does).
pub(super) fn word_end(s: &str, at: usize) -> usize {
    s[at..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len(), |(i, _)| at + i)
}
