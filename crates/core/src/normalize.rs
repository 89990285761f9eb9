//! The normalized view every extractor matches on, and its map back to the original text.
//!
//! What it folds, and why:
//! - the digits of every registered language become ASCII (`٣` `۳` `৩` → `3`), so one digit
//!   class serves all languages;
//! - each registered language's marks are removed and its letter variants unified (Arabic
//!   harakat and tatweel, the alef forms `أ إ آ ٱ` → `ا`; a tatweel standing alone between
//!   spaces is a dash), its compatibility forms expanded
//!   and its expansions applied (a Bengali nukta letter in its decomposed form), all read
//!   from the [`Language`] tables the plugins register: this file names no language;
//! - in every script, no-break and other Unicode spaces become a space, typographic dashes a
//!   `-`, the right single quote an `'`, and bidi controls, joiners and soft hyphens are
//!   removed;
//! - everything is NFC.
//!
//! The folds of all registered languages apply to every document, whatever its language:
//! an English article quoting `٢٠١٤` still reads 2014.
//!
//! The offset map is a list of segments. An *exact* segment was copied unchanged, so offsets
//! inside it map linearly; any other segment (a replacement, a deletion attached to the
//! character before it, an NFC cluster that changed) maps as a whole.
//! Invariant: segment starts increase strictly in the original and never decrease in the
//! normalized text, so the map is monotonic; both sides of every segment boundary are char
//! boundaries.

use std::borrow::Cow;
use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;

use crate::codepoints::CodePointMap;
use crate::nfc::is_nfc;
use crate::{Language, languages};

/// A document's normalized text with its map back to original byte offsets.
#[derive(Clone, Debug, Default)]
pub struct NormalizedText {
    text: String,
    // Invariant: non-empty; segments[0].normalized == 0; the last one is a sentinel at
    // (text.len(), original length).
    segments: Vec<Segment>,
    // Empty, or the map of a second pass from `text` back to the first pass's text: removing
    // a mark between a letter and an accent (`a` tatweel `◌́`) can expose an NFC composition
    // that only a second pass makes. Rare, so it costs nothing on ordinary text.
    second_pass: Vec<Segment>,
}

#[derive(Clone, Copy, Debug)]
struct Segment {
    normalized: u32,
    original: u32,
    exact: bool,
}

impl NormalizedText {
    /// Normalizes `original`. Offsets are `u32`: documents are limited to 4 GiB.
    pub fn new(original: &str) -> NormalizedText {
        let first = NormalizedText::one_pass(original);
        // Unchanged text passed the NFC check in `one_pass` already (or is ASCII).
        if first.is_copy_of(original) || is_nfc(&first.text) {
            return first;
        }
        let second = NormalizedText::one_pass(&first.text);
        NormalizedText {
            text: second.text,
            segments: first.segments,
            second_pass: second.segments,
        }
    }

    /// The normalized form of `text` alone, without the offset map: `text` itself when it
    /// is ASCII, which normalization leaves as it is (every ASCII character is NFC and folds
    /// to itself), so that building keys from many short names allocates only for the others.
    pub fn text_of(text: &str) -> Cow<'_, str> {
        if text.is_ascii() {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(NormalizedText::new(text).text)
        }
    }

    fn one_pass(original: &str) -> NormalizedText {
        let mut builder = Builder::with_capacity(original.len());
        // ASCII is always NFC, and checking costs as much as folding.
        if original.is_ascii() || is_nfc(original) {
            fold_str(original, 0, &mut builder);
        } else {
            nfc_clusters(original, &mut builder);
        }
        builder.finish(original.len())
    }

    /// True when one pass copied `original` whole: one exact segment from the start and
    /// the same length (what comparing the texts would say, without reading them again).
    fn is_copy_of(&self, original: &str) -> bool {
        matches!(self.segments.as_slice(), [only, _sentinel] if only.exact)
            && self.text.len() == original.len()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the normalized text to the byte range of the original text it
    /// came from. A range that ends inside a replaced character widens to cover all of it.
    pub fn original_span(&self, normalized: Range<usize>) -> Range<usize> {
        let normalized = if self.second_pass.is_empty() {
            normalized
        } else {
            map_span(&self.second_pass, normalized)
        };
        map_span(&self.segments, normalized)
    }
}

/// Maps a range through one pass's segments.
fn map_span(segments: &[Segment], range: Range<usize>) -> Range<usize> {
    let start = original_start(segments, range.start);
    start..original_end(segments, range.end).max(start)
}

fn original_start(segments: &[Segment], at: usize) -> usize {
    let at = at as u32;
    let i = segments
        .partition_point(|s| s.normalized <= at)
        .saturating_sub(1);
    let segment = segments[i];
    if segment.exact {
        (segment.original + (at - segment.normalized)) as usize
    } else {
        segment.original as usize
    }
}

fn original_end(segments: &[Segment], at: usize) -> usize {
    if at == 0 {
        return segments[0].original as usize;
    }
    let at = at as u32;
    let i = segments
        .partition_point(|s| s.normalized < at)
        .saturating_sub(1);
    let segment = segments[i];
    if segment.exact {
        (segment.original + (at - segment.normalized)) as usize
    } else {
        segments
            .get(i + 1)
            .map_or(segment.original, |next| next.original) as usize
    }
}

/// What folding does to one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    Keep,
    /// A combining mark: removed, and owned by the character before it.
    Drop,
    /// A mark that, with no character before it to belong to (at the start of the text or
    /// after whitespace), stands for this character; removed like [`Fold::Drop`] otherwise.
    Lone(char),
    /// A format character (bidi control, joiner, BOM): removed, owned by nothing, so spans
    /// never begin or end with it.
    Skip,
    Char(char),
    Str(&'static str),
    /// A compatibility form (Arabic presentation forms): expand with NFKC, then fold the result.
    Compatibility,
}

fn fold(c: char) -> Fold {
    FoldTable::get().get(c)
}

/// Folds that hold for every script, whatever language is registered.
fn unicode_folds() -> [(RangeInclusive<char>, Fold); 13] {
    [
        // ZWNJ, ZWJ, bidi marks and embeddings, soft hyphen, BOM / zero-width no-break space.
        ('\u{200C}'..='\u{200F}', Fold::Skip),
        ('\u{202A}'..='\u{202E}', Fold::Skip),
        ('\u{2066}'..='\u{2069}', Fold::Skip),
        ('\u{00AD}'..='\u{00AD}', Fold::Skip),
        ('\u{FEFF}'..='\u{FEFF}', Fold::Skip),
        // No-break and other Unicode spaces.
        ('\u{00A0}'..='\u{00A0}', Fold::Char(' ')),
        ('\u{2000}'..='\u{200A}', Fold::Char(' ')),
        ('\u{202F}'..='\u{202F}', Fold::Char(' ')),
        ('\u{205F}'..='\u{205F}', Fold::Char(' ')),
        ('\u{3000}'..='\u{3000}', Fold::Char(' ')),
        // Typographic dashes and the minus sign; the right single quote.
        ('\u{2010}'..='\u{2015}', Fold::Char('-')),
        ('\u{2212}'..='\u{2212}', Fold::Char('-')),
        ('\u{2019}'..='\u{2019}', Fold::Char('\'')),
    ]
}

/// The folds of every registered language and of Unicode, compiled once per process.
///
/// Invariant: the Unicode folds win over a language's (a language cannot keep a bidi
/// control), and among languages the first by code wins for a character two of them fold.
struct FoldTable;

impl FoldTable {
    fn get() -> &'static CodePointMap<Fold> {
        static TABLE: OnceLock<CodePointMap<Fold>> = OnceLock::new();
        TABLE.get_or_init(|| FoldTable::build(&languages()))
    }

    fn build(languages: &[&Language]) -> CodePointMap<Fold> {
        // Lowest precedence first: the last rule that holds for a character wins.
        let mut rules: Vec<(RangeInclusive<char>, Fold)> = Vec::new();
        for l in languages.iter().rev() {
            for &zero in l.digits {
                for d in 0..10u32 {
                    if let Some(c) = char::from_u32(zero as u32 + d) {
                        rules.push((c..=c, Fold::Char(ascii_digit(d))));
                    }
                }
            }
            rules.extend(l.marks.iter().map(|r| (r.clone(), Fold::Drop)));
            rules.extend(l.lone_marks.iter().map(|&(c, d)| (c..=c, Fold::Lone(d))));
            rules.extend(
                l.letters_folded
                    .iter()
                    .map(|&(c, d)| (c..=c, Fold::Char(d))),
            );
            rules.extend(l.expansions.iter().map(|&(c, s)| (c..=c, Fold::Str(s))));
            rules.extend(
                l.compatibility
                    .iter()
                    .map(|r| (r.clone(), Fold::Compatibility)),
            );
        }
        rules.extend(unicode_folds());
        let bounds: Vec<u32> = rules
            .iter()
            .flat_map(|(r, _)| [*r.start() as u32, *r.end() as u32 + 1])
            .collect();
        CodePointMap::from_fn(Fold::Keep, bounds, |c| {
            rules
                .iter()
                .rev()
                .find(|(r, _)| r.contains(&c))
                .map_or(Fold::Keep, |(_, fold)| *fold)
        })
    }
}

fn ascii_digit(d: u32) -> char {
    char::from(b'0' + d as u8)
}

struct Builder {
    text: String,
    segments: Vec<Segment>,
}

impl Builder {
    fn with_capacity(len: usize) -> Builder {
        Builder {
            text: String::with_capacity(len),
            segments: Vec::new(),
        }
    }

    /// Folds one original character `c` found at byte `at`.
    fn fold_exact(&mut self, at: usize, c: char) {
        let range = at..at + c.len_utf8();
        match fold(c) {
            Fold::Keep => self.copy(at, c),
            Fold::Drop => self.delete(range),
            Fold::Lone(d)
                if self
                    .text
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace) =>
            {
                self.begin_changed(range.start);
                self.text.push(d);
            }
            Fold::Lone(_) => self.delete(range),
            Fold::Skip => self.begin_changed(range.start),
            Fold::Char(d) => {
                self.begin_changed(range.start);
                self.text.push(d);
            }
            Fold::Str(s) => {
                self.begin_changed(range.start);
                self.text.push_str(s);
            }
            Fold::Compatibility => {
                let mut expanded = String::new();
                fold_into(&mut expanded, c);
                if expanded.is_empty() {
                    self.delete(range);
                } else {
                    self.begin_changed(range.start);
                    self.text.push_str(&expanded);
                }
            }
        }
    }

    /// Copies `run`, unchanged original text starting at byte `at`.
    fn copy_run(&mut self, at: usize, run: &str) {
        if run.is_empty() {
            return;
        }
        let extends = self.segments.last().is_some_and(|last| {
            last.exact
                && last.original as usize + (self.text.len() - last.normalized as usize) == at
        });
        if !extends {
            self.segments.push(Segment {
                normalized: self.text.len() as u32,
                original: at as u32,
                exact: true,
            });
        }
        self.text.push_str(run);
    }

    fn copy(&mut self, at: usize, c: char) {
        let extends = self.segments.last().is_some_and(|last| {
            last.exact
                && last.original as usize + (self.text.len() - last.normalized as usize) == at
        });
        if !extends {
            self.segments.push(Segment {
                normalized: self.text.len() as u32,
                original: at as u32,
                exact: true,
            });
        }
        self.text.push(c);
    }

    fn begin_changed(&mut self, original: usize) {
        self.segments.push(Segment {
            normalized: self.text.len() as u32,
            original: original as u32,
            exact: false,
        });
    }

    /// Removes original text: it joins the segment of the character before it, so a span
    /// ending at that character covers the removed marks too (`العراقُ` keeps its damma).
    fn delete(&mut self, range: Range<usize>) {
        let Some(last) = self.segments.last().copied() else {
            // Nothing before it: an empty segment owns the removed text.
            self.begin_changed(range.start);
            return;
        };
        if !last.exact {
            return; // The next segment starts after `range`, so `last` already spans it.
        }
        let last_char = self.text.chars().next_back().map_or(0, char::len_utf8);
        let last_len = self.text.len() - last.normalized as usize;
        if last_len <= last_char {
            if let Some(last) = self.segments.last_mut() {
                last.exact = false;
            }
        } else {
            let normalized = self.text.len() - last_char;
            let original = last.original as usize + (normalized - last.normalized as usize);
            self.segments.push(Segment {
                normalized: normalized as u32,
                original: original as u32,
                exact: false,
            });
        }
    }

    fn finish(mut self, original_len: usize) -> NormalizedText {
        if self.segments.first().is_none_or(|s| s.normalized != 0) {
            self.segments.insert(
                0,
                Segment {
                    normalized: 0,
                    original: 0,
                    exact: false,
                },
            );
        }
        self.segments.push(Segment {
            normalized: self.text.len() as u32,
            original: original_len as u32,
            exact: false,
        });
        NormalizedText {
            text: self.text,
            segments: self.segments,
            second_pass: Vec::new(),
        }
    }
}

/// Folds `text`, which starts at byte `offset` of the original, copying unchanged runs whole
/// (most text is such runs, so this is the hot loop).
fn fold_str(text: &str, offset: usize, builder: &mut Builder) {
    let mut run_start = 0;
    for (at, c) in text.char_indices() {
        // ASCII other than nothing needs folding; skip the table for it.
        if c.is_ascii() || matches!(fold(c), Fold::Keep) {
            continue;
        }
        builder.copy_run(offset + run_start, &text[run_start..at]);
        builder.fold_exact(offset + at, c);
        run_start = at + c.len_utf8();
    }
    builder.copy_run(offset + run_start, &text[run_start..]);
}

/// Appends the folded form of `c` (recursively through presentation forms).
fn fold_into(out: &mut String, c: char) {
    match fold(c) {
        Fold::Keep => out.push(c),
        // Inside a cluster a mark always follows a character.
        Fold::Drop | Fold::Lone(_) | Fold::Skip => {}
        Fold::Char(d) => out.push(d),
        Fold::Str(s) => out.push_str(s),
        Fold::Compatibility => {
            let mut buf = [0u8; 4];
            let nfkc = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc()
                .normalize(c.encode_utf8(&mut buf));
            for d in nfkc.chars() {
                if d == c {
                    out.push(d); // No decomposition: keep it rather than recurse.
                } else {
                    fold_into(out, d);
                }
            }
        }
    }
}

/// Slow path for text that is not already NFC: NFC one cluster (a starter and whatever may
/// compose with it) at a time, then fold. A cluster that NFC changes maps as a whole.
fn nfc_clusters(original: &str, builder: &mut Builder) {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let ccc = CanonicalCombiningClassMapBorrowed::new();
    let mut start = 0;
    let mut folded = String::new();
    let mut chars = original.char_indices().peekable();
    while chars.next().is_some() {
        let end = match chars.peek() {
            Some(&(_, next)) if ccc.get_u8(next) != 0 || composes_with_previous(next) => continue,
            Some(&(next_at, _)) => next_at,
            None => original.len(),
        };
        let cluster = &original[start..end];
        if is_nfc(cluster) {
            fold_str(cluster, start, builder);
        } else {
            folded.clear();
            for c in nfc.normalize(cluster).chars() {
                fold_into(&mut folded, c);
            }
            if folded.is_empty() {
                builder.delete(start..end);
            } else {
                builder.begin_changed(start);
                builder.text.push_str(&folded);
            }
        }
        start = end;
    }
}

/// Starters (canonical combining class 0) that NFC may still compose with the character
/// before them: the second halves of two-part vowel signs and Hangul jamo.
fn composes_with_previous(c: char) -> bool {
    matches!(c,
        '\u{09BE}' | '\u{09D7}' | '\u{0B3E}' | '\u{0B56}' | '\u{0B57}' | '\u{0BBE}' | '\u{0BD7}'
        | '\u{0C56}' | '\u{0CC2}' | '\u{0CD5}' | '\u{0CD6}' | '\u{0D3E}' | '\u{0D57}' | '\u{0DCF}'
        | '\u{0DDF}' | '\u{102E}' | '\u{1B35}' | '\u{1161}'..='\u{1175}' | '\u{11A8}'..='\u{11C2}')
}

/// A test language with one fold of each kind, so that the tests here do not depend on any
/// plugin (the plugins test their own tables).
#[cfg(test)]
mod test_language {
    use crate::{Lang, Language};

    inventory::submit! {
        Language {
            lang: Lang::new("xn"),
            name: "Test normalization",
            script: "Test",
            digits: &['٠', '۰', '০'],
            marks: &['\u{064B}'..='\u{065F}', '\u{0640}'..='\u{0640}'],
            lone_marks: &[('\u{0640}', '-')],
            letters_folded: &[('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ى', 'ي'), ('ک', 'ك')],
            expansions: &[('\u{09DC}', "\u{09A1}\u{09BC}"), ('\u{09DF}', "\u{09AF}\u{09BC}")],
            compatibility: &['\u{FB50}'..='\u{FDFF}', '\u{FE70}'..='\u{FEFC}'],
            ..Language::EMPTY
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalizes `original`, checks the normalized text, and maps the normalized range of
    /// `needle` back to the original, which must read `expected`.
    #[track_caller]
    fn check(original: &str, normalized: &str, needle: &str, expected: &str) {
        let n = NormalizedText::new(original);
        assert_eq!(n.as_str(), normalized);
        let at = n.as_str().find(needle).expect("needle in normalized text");
        let span = n.original_span(at..at + needle.len());
        assert_eq!(&original[span], expected);
    }

    /// `is_copy_of` stands for comparing the texts: it never says "copied" of a text one
    /// pass changed, and says it of text that needs nothing.
    #[test]
    fn a_copy_is_told_without_comparing() {
        for original in [
            "",
            "in 2014.",
            "عام ٢٠١٤ م",
            "للعراق",
            "لِلْعِرَاقِ",
            "ইরাকের",
            "সিরি\u{09DF}া",
            "\u{200C}x",
            "x\u{200C}",
            "cafe\u{301}",
            "ـ رويترز",
            "ﻻ",
            "a  b",
        ] {
            let n = NormalizedText::one_pass(original);
            if n.is_copy_of(original) {
                assert_eq!(n.as_str(), original);
            }
        }
        for unchanged in ["in 2014.", "للعراق", "ইরাকের"] {
            assert!(
                NormalizedText::one_pass(unchanged).is_copy_of(unchanged),
                "{unchanged:?}"
            );
        }
    }

    #[test]
    fn folds_digits_of_every_script() {
        check("عام ٢٠١٤ م", "عام 2014 م", "2014", "٢٠١٤");
        check("سال ۱۴۰۲", "سال 1402", "1402", "۱۴۰۲");
        check("২০১৪ সালে", "2014 সালে", "2014", "২০১৪");
        check("in 2014.", "in 2014.", "2014", "2014");
    }

    #[test]
    fn folds_arabic_letters_and_removes_marks() {
        check("لِلْعِرَاقِ", "للعراق", "لعراق", "لْعِرَاقِ");
        check("الأردن", "الاردن", "الاردن", "الأردن");
        check("إسرائيل وآسيا", "اسرائيل واسيا", "اسيا", "آسيا");
        check("مصطفى", "مصطفي", "مصطفي", "مصطفى");
        check("كـــابل", "كابل", "كابل", "كـــابل");
        // A tatweel with no letter before it is a dash, however long it is drawn.
        check("مدريد ـ رويترز", "مدريد - رويترز", "-", "ـ");
        check("19 ـــ 25 مايو", "19 - 25 مايو", "-", "ـــ");
        check("ـ رويترز", "- رويترز", "-", "ـ");
        check("ب ـ 18", "ب - 18", "18", "18");
        check("ﻻ", "لا", "لا", "ﻻ");
        check("کابل", "كابل", "كابل", "کابل");
        // ة stays distinct.
        check("جدة", "جدة", "جدة", "جدة");
    }

    #[test]
    fn unifies_bengali_nukta_forms_and_joiners() {
        let precomposed = "সিরি\u{09DF}া"; // য় as one code point
        let decomposed = "সিরিয\u{09BC}া";
        assert_eq!(
            NormalizedText::new(precomposed).as_str(),
            NormalizedText::new(decomposed).as_str()
        );
        check("র\u{200D}্যাব", "র্যাব", "র্যাব", "র\u{200D}্যাব");
        check(
            "সিরি\u{09DF}াজু\u{09DC}ে",
            "সিরিয\u{09BC}াজুড\u{09BC}ে",
            "সিরিয\u{09BC}া",
            "সিরি\u{09DF}া",
        );
    }

    #[test]
    fn applies_nfc_with_cluster_offsets() {
        check(
            "cafe\u{0301} in Rome",
            "caf\u{00E9} in Rome",
            "Rome",
            "Rome",
        );
        check(
            "cafe\u{0301} in Rome",
            "caf\u{00E9} in Rome",
            "caf\u{00E9}",
            "cafe\u{0301}",
        );
        // Bengali ো written as its two halves.
        check(
            "ক\u{09C7}\u{09BE}ন",
            "ক\u{09CB}ন",
            "ক\u{09CB}ন",
            "ক\u{09C7}\u{09BE}ন",
        );
    }

    #[test]
    fn unifies_spaces_dashes_and_quotes() {
        check(
            "Middle\u{00A0}East",
            "Middle East",
            "Middle East",
            "Middle\u{00A0}East",
        );
        check("2014\u{2013}2017", "2014-2017", "2017", "2017");
        check("Daesh\u{2019}s", "Daesh's", "Daesh", "Daesh");
        check("\u{FEFF}\u{200F}Iraq", "Iraq", "Iraq", "Iraq");
        check("\u{202B}٥\u{202C} x", "5 x", "5", "٥");
        check("Iraq\u{200F}", "Iraq", "Iraq", "Iraq");
    }

    #[test]
    fn maps_empty_and_whole_ranges() {
        let n = NormalizedText::new("");
        assert_eq!(n.original_span(0..0), 0..0);
        // A mark with no letter before it belongs to nothing.
        let n = NormalizedText::new("\u{064E}x");
        assert_eq!(n.as_str(), "x");
        assert_eq!(n.original_span(0..1), 2..3);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Strings mixing the characters the normalizer treats specially with plain ones.
    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "5",
            "٣",
            "۳",
            "৩",
            "أ",
            "ى",
            "ة",
            "\u{064E}",
            "\u{0640}",
            "ﻻ",
            "য়",
            "য\u{09BC}",
            "ক\u{09C7}\u{09BE}",
            "\u{200D}",
            "\u{202B}",
            "\u{00A0}",
            "e\u{0301}",
            "\u{0301}",
            "–",
            "’",
            "\u{FEFF}",
            "漢",
            "\u{1F600}",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn spans_map_monotonically_onto_char_boundaries(original in text()) {
            let n = NormalizedText::new(&original);
            let normalized = n.as_str();
            let boundaries: Vec<usize> = normalized.char_indices().map(|(i, _)| i).chain([normalized.len()]).collect();
            let mut previous = 0;
            for &at in &boundaries {
                let span = n.original_span(at..at);
                prop_assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
                prop_assert!(span.start >= previous, "start of {at} went back");
                previous = span.start;
            }
            for window in boundaries.windows(2) {
                let span = n.original_span(window[0]..window[1]);
                prop_assert!(span.start <= span.end && span.end <= original.len());
            }
            let twice = NormalizedText::new(normalized);
            prop_assert_eq!(twice.as_str(), normalized, "normalizing twice changes nothing");
            let alone = NormalizedText::text_of(&original);
            prop_assert_eq!(&*alone, normalized);
        }

        #[test]
        fn ascii_is_its_own_normal_form(original in "[\\x00-\\x7F]{0,40}") {
            let n = NormalizedText::new(&original);
            prop_assert_eq!(n.as_str(), original.as_str());
            prop_assert!(matches!(NormalizedText::text_of(&original), Cow::Borrowed(_)));
        }
    }
}
