//! Runs of another script inside a document: `$5 million`, `Google` and `Dubai` in an
//! Arabic article are read by the extractors of the language that writes that script.
//!
//! The runs of one script in a document (or window) are gathered into one text, a run a
//! paragraph, prepared once as a [`Document`] of the script's language; entities found there map
//! back to the document's own offsets. A run is a stretch of the script's letters, digits,
//! spaces and the punctuation numbers and names use, holding at least one letter of the
//! script and cut at any other letter or a line break; a stretch of digits alone stays the
//! document language's to read.
//!
//! Invariant: runs are disjoint, sorted, on char boundaries of the document's text, and each
//! is copied unchanged into the runs' text, so a span inside one run maps back exactly.

use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

use khabar_core::{Document, Lang, Language, Prefer, languages};

/// The letters of one script: the union of those of the registered languages that write
/// it, gathered once per process (languages register statically).
#[derive(Debug)]
struct ScriptLetters {
    script: &'static str,
    langs: Vec<Lang>,
    ranges: Vec<RangeInclusive<char>>,
    /// The lowest and highest letter: most characters of another script's text fall
    /// outside, and are told apart with two comparisons.
    lowest: char,
    highest: char,
    /// The first bytes of the letters' UTF-8 forms: a text with none of them has no letter
    /// of the script, which a pass over its bytes tells (UTF-8 keeps the order of code
    /// points, so a range's first bytes run from its first letter's to its last's).
    leads: [bool; 256],
}

impl ScriptLetters {
    fn of(script: &str) -> Option<&'static ScriptLetters> {
        static ALL: OnceLock<Vec<ScriptLetters>> = OnceLock::new();
        ALL.get_or_init(|| {
            let all = languages();
            let mut scripts: Vec<&'static str> = all.iter().map(|l| l.script).collect();
            scripts.sort_unstable();
            scripts.dedup();
            scripts
                .into_iter()
                .map(|script| {
                    let writers = all.iter().filter(|l| l.script == script);
                    let ranges: Vec<RangeInclusive<char>> = writers
                        .clone()
                        .flat_map(|l| l.letters.iter().cloned())
                        .collect();
                    let mut leads = [false; 256];
                    for r in &ranges {
                        let first = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                        for b in first(*r.start())..=first(*r.end()) {
                            leads[usize::from(b)] = true;
                        }
                    }
                    ScriptLetters {
                        leads,
                        script,
                        langs: writers.map(|l| l.lang).collect(),
                        lowest: ranges
                            .iter()
                            .map(|r| *r.start())
                            .min()
                            .unwrap_or('\u{10FFFF}'),
                        highest: ranges.iter().map(|r| *r.end()).max().unwrap_or('\0'),
                        ranges,
                    }
                })
                .collect()
        })
        .iter()
        .find(|s| s.script == script)
    }

    fn contains(&self, c: char) -> bool {
        (self.lowest..=self.highest).contains(&c) && self.ranges.iter().any(|r| r.contains(&c))
    }
}

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
        let letters = ScriptLetters::of(script)?;
        if !text.bytes().any(|b| letters.leads[usize::from(b)]) {
            return None;
        }
        let mut joined = String::new();
        let mut runs = Vec::new();
        for run in find_runs(text, |c| letters.contains(c)) {
            runs.push((joined.len(), run.start, run.len()));
            joined.push_str(&text[run]);
            // A blank line, which no amount or date reads across (`2024` ending one run is no
            // price with the `$` opening the next).
            joined.push_str("\n\n");
        }
        if runs.is_empty() {
            return None;
        }
        let reader = Lang::detect(&joined);
        if !letters.langs.contains(&reader) {
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

    khabar_core::inventory::submit! {
        Language {
            lang: Lang::new("xr"),
            name: "Test runs",
            script: "Test-Runs",
            letters: &['a'..='z', 'é'..='é'],
            ..Language::EMPTY
        }
    }

    #[test]
    fn a_scripts_letters_are_gathered_once_with_their_first_bytes() {
        let letters = ScriptLetters::of("Test-Runs").expect("registered above");
        assert_eq!(letters.langs, [Lang::new("xr")]);
        assert!(letters.contains('q') && letters.contains('é'));
        assert!(!letters.contains('Q') && !letters.contains('è') && !letters.contains('ب'));
        // `a`..`z`, and `é`'s first byte; not `ب`'s, nor `A`'s.
        let leads: Vec<usize> = (0..256).filter(|&b| letters.leads[b]).collect();
        assert_eq!(leads, (0x61..=0x7A).chain([0xC3]).collect::<Vec<_>>());
        assert!(ScriptLetters::of("No-Such-Script").is_none());
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
