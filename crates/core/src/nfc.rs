//! An exact and fast answer to "is this text already NFC?", for the normalizer's hot path.
//!
//! ICU's `is_normalized` was 8% of a whole run. Most news text needs far less work: the
//! Unicode quick-check algorithm (UAX #15 §9) decides from a per-character property
//! (`NFC_Quick_Check`: yes, maybe or no) and the canonical combining classes. Its one
//! uncertain case, a "maybe" character (one that can be the second half of a composition,
//! like the Bengali vowel sign `া` or a combining accent), is settled here by asking ICU
//! whether it composes with the starter right before it when that starter does not
//! itself decompose; only what remains uncertain goes to ICU's full check. The property table is derived once from ICU's own
//! decomposition and composition data, so it cannot drift from the normalizer it stands
//! in for.

use std::sync::LazyLock;

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_normalizer::properties::{
    CanonicalCombiningClassMapBorrowed, CanonicalCompositionBorrowed,
    CanonicalDecompositionBorrowed, Decomposed,
};

/// `NFC_Quick_Check` is yes and the combining class 0: nothing to check (most letters).
const STARTER: u8 = 0;
const MAYBE: u8 = 1;
const NO: u8 = 2;
/// `NFC_Quick_Check` is yes, but the combining class is not 0: a mark, whose order counts.
const MARK: u8 = 3;

/// `NFC_Quick_Check` of every BMP character, two bits each (characters above it go to
/// ICU), with the yes ones split by combining class ([`STARTER`], [`MARK`]), so that a
/// starter costs one lookup. Built on first use: about 130k lookups, a few milliseconds.
static QUICK_CHECK: LazyLock<Box<[u8]>> = LazyLock::new(|| {
    let decompositions = CanonicalDecompositionBorrowed::new();
    let compositions = CanonicalCompositionBorrowed::new();
    let classes = CanonicalCombiningClassMapBorrowed::new();
    // Yes, maybe or no per character first (no wins over maybe), then packed.
    let mut quick = vec![STARTER; 0x10000];
    let mut raise = |c: char, value: u8| {
        let old = &mut quick[c as usize];
        *old = (*old).max(value);
    };
    for c in (0..0x10000u32).filter_map(char::from_u32) {
        match decompositions.decompose(c) {
            Decomposed::Default => {}
            // A singleton never survives NFC.
            Decomposed::Singleton(_) => raise(c, NO),
            // A primary composite is NFC, and its second half may compose with what
            // precedes it; an excluded or non-starter decomposition never survives.
            Decomposed::Expansion(first, second) => {
                if compositions.compose(first, second) == Some(c) {
                    raise(second, MAYBE);
                } else {
                    raise(c, NO);
                }
            }
        }
    }
    let mut table = vec![0u8; 0x10000 / 4].into_boxed_slice();
    for (c, &value) in quick.iter().enumerate() {
        let value = match char::from_u32(c as u32) {
            Some(ch) if value == STARTER && classes.get_u8(ch) != 0 => MARK,
            _ => value,
        };
        table[c / 4] |= value << ((c % 4) * 2);
    }
    table
});

fn quick_check(c: char) -> u8 {
    let table = &*QUICK_CHECK;
    (table[c as usize / 4] >> ((c as usize % 4) * 2)) & 3
}

/// True when `text` is in Unicode Normalization Form C; the same answer as ICU's
/// `ComposingNormalizerBorrowed::new_nfc().is_normalized(text)`.
pub(crate) fn is_nfc(text: &str) -> bool {
    quick(text).unwrap_or_else(|| ComposingNormalizerBorrowed::new_nfc().is_normalized(text))
}

/// The quick check: `Some` when it can decide, `None` to ask ICU.
fn quick(text: &str) -> Option<bool> {
    let classes = CanonicalCombiningClassMapBorrowed::new();
    let compositions = CanonicalCompositionBorrowed::new();
    let decompositions = CanonicalDecompositionBorrowed::new();
    // The previous character and its combining class; every character below U+0300 is a
    // starter (class 0) whose quick check is "yes".
    let mut previous: Option<char> = None;
    let mut last_class = 0u8;
    for c in text.chars() {
        if (c as u32) < 0x300 {
            previous = Some(c);
            last_class = 0;
            continue;
        }
        if (c as u32) > 0xFFFF {
            return None;
        }
        let quick = quick_check(c);
        if quick == STARTER {
            previous = Some(c);
            last_class = 0;
            continue;
        }
        let class = classes.get_u8(c);
        if class != 0 && last_class > class {
            return Some(false); // Marks out of canonical order.
        }
        match quick {
            MARK => {}
            NO => return Some(false),
            _ => match previous {
                // Right after a starter that does not decompose, it composes with that
                // starter or with nothing. (After a composite, the composite's own
                // marks may reorder around it: `آ` + hamza below is `إ` + madda.)
                Some(p)
                    if last_class == 0 && decompositions.decompose(p) == Decomposed::Default =>
                {
                    if compositions.compose(p, c).is_some() {
                        return Some(false);
                    }
                }
                // A starter after marks (`য` nukta `া`): every mark the scan passed stays in
                // NFC (any that could compose sent the text to ICU already), and a starter
                // is blocked by any mark between it and the last starter.
                Some(_) if class == 0 && last_class != 0 => {}
                // A mark after marks, after a composite, or first: that takes ICU.
                _ => return None,
            },
        }
        previous = Some(c);
        last_class = class;
    }
    Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn icu(text: &str) -> bool {
        ComposingNormalizerBorrowed::new_nfc().is_normalized(text)
    }

    #[test]
    fn agrees_with_icu_on_known_cases() {
        for text in [
            "",
            "plain ASCII",
            "café",
            "cafe\u{301}",
            "\u{301}",
            "a\u{323}\u{301}",
            "a\u{301}\u{323}",
            "ে\u{9BE}",
            "য\u{9BC}\u{9BE}",
            "ে\u{9BC}\u{9BE}",
            "e\u{316}\u{9BE}",
            "\u{1100}\u{300}\u{1161}",
            "কো",
            "বাংলা",
            "\u{9DF}",
            "য\u{9BC}",
            "\u{622}",
            "ا\u{653}",
            "مُحَمَّد",
            "가\u{11A8}",
            "\u{1100}\u{1161}",
            "\u{2126}",
            "\u{344}",
            "𝅗𝅥",
        ] {
            assert_eq!(is_nfc(text), icu(text), "{text:?}");
        }
    }

    /// Characters around every case the quick check distinguishes.
    fn tricky_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('a', 'e'),
            prop::char::range('\u{300}', '\u{345}'),
            prop::char::range('\u{621}', '\u{656}'),
            prop::char::range('\u{670}', '\u{671}'),
            prop::char::range('\u{995}', '\u{9D7}'),
            prop::char::range('\u{9DC}', '\u{9DF}'),
            prop::char::range('\u{1100}', '\u{1102}'),
            prop::char::range('\u{1161}', '\u{1163}'),
            prop::char::range('\u{11A8}', '\u{11AA}'),
            prop::char::range('\u{AC00}', '\u{AC02}'),
            prop::char::range('\u{1E00}', '\u{1E03}'),
            Just('\u{2126}'),
            any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn agrees_with_icu(chars in prop::collection::vec(tricky_char(), 0..12)) {
            let text: String = chars.into_iter().collect();
            prop_assert_eq!(is_nfc(&text), icu(&text), "{:?}", text);
        }
    }

    #[test]
    fn every_triple_of_starters_marks_and_second_halves_agrees_with_icu() {
        // Starters that decompose or not, marks of several classes, and characters that
        // may compose with what precedes them: each three-character sequence.
        let chars = [
            'a', 'e', 'é', 'ẹ', 'ে', 'ো', 'য', 'ব', 'ا', 'آ', '\u{1100}', '\u{AC00}', '\u{300}',
            '\u{301}', '\u{316}', '\u{323}', '\u{9BC}', '\u{9CD}', '\u{64E}', '\u{653}', '\u{654}',
            '\u{655}', '\u{9BE}', '\u{9D7}', '\u{1161}', '\u{11A8}', '\u{9DF}', '\u{2126}',
        ];
        let mut text = String::new();
        for a in chars {
            for b in chars {
                for c in chars {
                    text.clear();
                    text.extend([a, b, c]);
                    assert_eq!(is_nfc(&text), icu(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn every_pair_of_the_news_scripts_agrees_with_icu() {
        // Each pair of characters from the blocks the news languages use, plus combining
        // marks: exhaustive where the proptest samples.
        let blocks = [
            '\u{300}'..='\u{36F}',
            '\u{600}'..='\u{6FF}',
            '\u{980}'..='\u{9FF}',
        ];
        let chars: Vec<char> = blocks.into_iter().flatten().chain('a'..='e').collect();
        let mut text = String::new();
        for &a in &chars {
            for &b in &chars {
                text.clear();
                text.push(a);
                text.push(b);
                assert_eq!(is_nfc(&text), icu(&text), "{text:?}");
            }
        }
    }
}
