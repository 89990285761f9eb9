//! Runs of another script inside a document: `$5 million`, `Google` and `Dubai` in an
//! Arabic article are read by the extractors of the language that writes that script.
//!
//! The runs of one script in a document (or window) are gathered into one text, a run a
//! line, prepared once as a [`Document`] of the script's language; entities found there map
//! back to the document's own offsets. A run is a stretch of the script's letters, digits,
//! spaces and the punctuation numbers and names use, holding at least one letter of the
//! script and cut at any other letter or a line break; a stretch of digits alone stays the
//! document language's to read.
//!
//! Invariant: runs are disjoint, sorted, on char boundaries of the document's text, and each
//! is copied unchanged into the runs' text, so a span inside one run maps back exactly.

use std::ops::Range;

use khabar_core::{Document, Lang, Language, Prefer, languages};

/// The runs of one script in a document, prepared for the language that reads them.
#[derive(Debug)]
pub(crate) struct ScriptRuns {
    pub(crate) document: Document,
    /// Per run: its start in the runs' text, its start in the document's text, its length.
    runs: Vec<(usize, usize, usize)>,
}

impl ScriptRuns {
    /// The runs of `script` in `text`, a document in `lang` (a language of another script),
    /// read by the registered language of `script` that the detector picks for them; `None`
    /// when there are none, or no language of the script takes them.
    pub(crate) fn find(
        text: &str,
        lang: Lang,
        script: &str,
        reference_date: Option<khabar_core::Date>,
        prefer: Prefer,
    ) -> Option<ScriptRuns> {
        let own_script = Language::get(lang).map(|l| l.script);
        if own_script.is_none_or(|s| s == script) {
            return None;
        }
        let letters: Vec<&'static Language> = languages()
            .into_iter()
            .filter(|l| l.script == script)
            .collect();
        if letters.is_empty() {
            return None;
        }
        let is_letter = |c: char| {
            letters
                .iter()
                .any(|l| l.letters.iter().any(|r| r.contains(&c)))
        };
        let mut joined = String::new();
        let mut runs = Vec::new();
        for run in find_runs(text, is_letter) {
            runs.push((joined.len(), run.start, run.len()));
            joined.push_str(&text[run]);
            joined.push('\n');
        }
        if runs.is_empty() {
            return None;
        }
        let reader = Lang::detect(&joined);
        if !letters.iter().any(|l| l.lang == reader) {
            return None;
        }
        Some(ScriptRuns {
            document: Document::new(joined, reader, reference_date, prefer),
            runs,
        })
    }

    /// Maps a byte span of the runs' text to the document's text; `None` for a span that
    /// does not lie inside one run.
    pub(crate) fn to_document(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let i = self
            .runs
            .partition_point(|&(at, _, _)| at <= span.start)
            .checked_sub(1)?;
        let (at, origin, len) = self.runs[i];
        (span.end <= at + len).then(|| origin + span.start - at..origin + span.end - at)
    }
}

/// The runs in `text`: stretches of letters for which `is_letter` holds, with the digits,
/// spaces and number or name punctuation around them, trimmed of spaces and of punctuation
/// that cannot start or end a name or an amount.
fn find_runs(text: &str, is_letter: impl Fn(char) -> bool) -> Vec<Range<usize>> {
    let joins = |c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                ' ' | '\t'
                    | '$'
                    | '€'
                    | '£'
                    | '¥'
                    | '%'
                    | '.'
                    | ','
                    | '\''
                    | '’'
                    | '&'
                    | '-'
                    | '/'
                    | ':'
                    | '+'
            )
    };
    let mut out = Vec::new();
    // The current stretch: its start, and whether it holds a letter of the script.
    let mut start: Option<usize> = None;
    let mut has_letter = false;
    let close = |start: usize, end: usize, has_letter: bool, out: &mut Vec<Range<usize>>| {
        if !has_letter {
            return;
        }
        let piece = &text[start..end];
        let lead = piece.len()
            - piece
                .trim_start_matches(|c: char| {
                    !(c.is_alphanumeric() || matches!(c, '$' | '€' | '£' | '¥'))
                })
                .len();
        let trail = piece.len()
            - piece
                .trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '%'))
                .len();
        if start + lead < end - trail {
            out.push(start + lead..end - trail);
        }
    };
    for (at, c) in text.char_indices() {
        let letter = is_letter(c);
        if letter || joins(c) {
            start.get_or_insert(at);
            has_letter |= letter;
        } else if let Some(s) = start.take() {
            close(s, at, has_letter, &mut out);
            has_letter = false;
        }
    }
    if let Some(s) = start {
        close(s, text.len(), has_letter, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let runs = find_runs(text, |c| c.is_ascii_alphabetic());
        let got: Vec<&str> = runs.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn runs_hold_a_letter_and_are_trimmed() {
        check(
            "قدمت $5 million لشركة Google في Dubai.",
            &["$5 million", "Google", "Dubai"],
        );
        check("عام 2014 في June 2015، و 95%", &["June 2015"]);
        check("(COVID-19) و «BBC»: 10%", &["COVID-19", "BBC"]);
        check("لا شيء هنا 123", &[]);
        check("Iraq", &["Iraq"]);
        check("a\nb", &["a", "b"]);
    }
}
