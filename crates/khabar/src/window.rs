//! Windows over a long document, so that time and memory stay bounded by the window.
//!
//! A news article is a few kilobytes; a document above [`WHOLE_LIMIT`] bytes (a dump, a book, a
//! hostile input) is read in windows of about [`WINDOW`] bytes, each prepared and extracted
//! on its own. A window ends where an entity is least likely to run on: at the last line
//! break in its second half, else the last sentence end, else the last space, else a char
//! boundary. An expression that does cross a cut is read in parts, or not at all: the price
//! of a bound on memory whatever the document.
//!
//! Invariant: the windows are consecutive, non-empty, on char boundaries, and cover the
//! whole text.

use std::ops::Range;

/// Documents up to this many bytes are read whole (the default; see
/// [`crate::EngineBuilder::windows`]).
pub(crate) const WHOLE_LIMIT: usize = 256 << 10;
/// The target size of a window of a longer document.
pub(crate) const WINDOW: usize = 128 << 10;

/// The byte ranges of the windows of `text`: one range for a text of at most `limit` bytes,
/// else consecutive windows of at most `window` bytes (more only for a character longer than
/// a window, which cannot happen for `window` ≥ 4).
pub(crate) fn windows(text: &str, limit: usize, window: usize) -> Vec<Range<usize>> {
    if text.len() <= limit {
        return std::iter::once(0..text.len()).collect();
    }
    let window = window.max(4);
    let mut out = Vec::with_capacity(text.len() / window + 1);
    let mut start = 0;
    while start < text.len() {
        let end = if text.len() - start <= window {
            text.len()
        } else {
            cut(text, start, start + window)
        };
        out.push(start..end);
        start = end;
    }
    out
}

/// Where to end the window `start..` that may reach `max` (< text length).
fn cut(text: &str, start: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let half = start + (max - start) / 2;
    let tail = &bytes[half..max];
    // After a line break, a sentence end (with the space after it), or a space; all ASCII,
    // so the cut is a char boundary.
    if let Some(i) = tail.iter().rposition(|&b| b == b'\n') {
        return half + i + 1;
    }
    if let Some(i) = tail
        .windows(2)
        .rposition(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ')
    {
        return half + i + 2;
    }
    if let Some(i) = tail.iter().rposition(|&b| b == b' ' || b == b'\t') {
        return half + i + 1;
    }
    // No space at all: the last char boundary at or before `max` (after `start`).
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end == start {
        end = max;
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cuts `text` with a limit and window of `n` bytes and returns the pieces.
    #[track_caller]
    fn check(text: &str, n: usize, expected: &[&str]) {
        let ranges = windows(text, n, n);
        let pieces: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(pieces, expected);
        assert_eq!(pieces.concat(), text, "the windows cover the text");
    }

    #[test]
    fn short_texts_are_one_window() {
        check("", 8, &[""]);
        check("Iraq got $20 billion.", 64, &["Iraq got $20 billion."]);
    }

    #[test]
    fn cuts_prefer_lines_then_sentences_then_spaces() {
        check("aaaa\nbbbbbb cc", 10, &["aaaa\nbbbbb", "b cc"]);
        check("aa bb\ncc dd ee ff", 8, &["aa bb\n", "cc dd ", "ee ff"]);
        check("One. Two three four", 12, &["One. Two ", "three four"]);
        check("Aa. Bb. Cc dd ee", 10, &["Aa. Bb. ", "Cc dd ee"]);
        check("aaaaaaaaaaaaaaaaaaaa", 8, &["aaaaaaaa", "aaaaaaaa", "aaaa"]);
    }

    #[test]
    fn cuts_fall_on_char_boundaries() {
        // Bengali letters are three bytes: a cut at byte 8 moves back to 6.
        check("অআইঈউ", 8, &["অআ", "ইঈ", "উ"]);
        let text = "ب".repeat(1000);
        for r in windows(&text, 100, 100) {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert!(r.end - r.start <= 100);
        }
    }
}
