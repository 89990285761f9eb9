//! The language detector behind `--lang auto`: it scores every registered [`Language`].
//!
//! Scripts decide first, and do so reliably even on short text: the script with the most
//! letters in the text wins (a language's letters count towards its script). Within that
//! script, a language is a candidate unless the text is too rich in letters it does not use
//! ([`Language::foreign`]), too poor in its function words ([`Language::function_words`]) or,
//! when it lists distinctive letters, too poor in them ([`Language::distinctive`]). The
//! candidate with the most distinctive letters wins, then the one with the most script
//! letters, then the first by code; no candidate means undetermined (`und`): a Persian text
//! is not read as Arabic, a French one not as English.
//!
//! The character classes are compiled once per process from the registry into a
//! [`CodePointMap`], so a character costs one lookup whatever the number of languages.

use std::sync::OnceLock;

use crate::codepoints::CodePointMap;
use crate::{Lang, Language, languages};

/// At most this many languages take part in detection (the first by code).
const MAX_LANGUAGES: usize = 64;
/// Only the first this many words are read for the function-word test.
const FUNCTION_WORD_WINDOW: usize = 400;

/// Guesses the language of `text` among the registered languages; [`Lang::UND`] when none fits.
pub(crate) fn detect(text: &str) -> Lang {
    Detector::get().detect(text)
}

/// What one character counts towards: bit `i` of each mask is the detector's language `i`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Class {
    letters: u64,
    foreign: u64,
    distinctive: u64,
}

#[derive(Debug)]
struct Detector {
    languages: Vec<&'static Language>,
    /// The index into `scripts` of each language's script.
    script_of: Vec<usize>,
    scripts: Vec<&'static str>,
    classes: CodePointMap<Class>,
}

impl Detector {
    fn get() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(|| Detector::new(languages()))
    }

    fn new(mut languages: Vec<&'static Language>) -> Detector {
        languages.sort_by_key(|l| l.lang);
        languages.truncate(MAX_LANGUAGES);
        let mut scripts: Vec<&'static str> = Vec::new();
        let script_of = languages
            .iter()
            .map(|l| match scripts.iter().position(|s| *s == l.script) {
                Some(i) => i,
                None => {
                    scripts.push(l.script);
                    scripts.len() - 1
                }
            })
            .collect();
        let class_of = |c: char| {
            let mut class = Class::default();
            for (i, l) in languages.iter().enumerate() {
                let bit = 1u64 << i;
                if l.letters.iter().any(|r| r.contains(&c)) {
                    class.letters |= bit;
                }
                if l.foreign.iter().any(|r| r.contains(&c)) {
                    class.foreign |= bit;
                }
                if l.distinctive.contains(&c) {
                    class.distinctive |= bit;
                }
            }
            class
        };
        // A class can change only where some range or letter starts or ends.
        let mut bounds: Vec<u32> = Vec::new();
        for l in &languages {
            for r in l.letters.iter().chain(l.foreign) {
                bounds.extend([*r.start() as u32, *r.end() as u32 + 1]);
            }
            for &c in l.distinctive {
                bounds.extend([c as u32, c as u32 + 1]);
            }
        }
        let classes = CodePointMap::from_fn(Class::default(), bounds, class_of);
        Detector {
            languages,
            script_of,
            scripts,
            classes,
        }
    }

    fn detect(&self, text: &str) -> Lang {
        let n = self.languages.len();
        let mut letters = [0usize; MAX_LANGUAGES];
        let mut foreign = [0usize; MAX_LANGUAGES];
        let mut distinctive = [0usize; MAX_LANGUAGES];
        for c in text.chars() {
            let class = self.classes.get(c);
            for (mask, counts) in [
                (class.letters, &mut letters),
                (class.foreign, &mut foreign),
                (class.distinctive, &mut distinctive),
            ] {
                let mut bits = mask;
                while bits != 0 {
                    counts[bits.trailing_zeros() as usize] += 1;
                    bits &= bits - 1;
                }
            }
        }
        // The script with the most letters: a script's count is its best language's.
        let mut per_script = vec![0usize; self.scripts.len()];
        for (&s, &count) in self.script_of.iter().zip(&letters[..n]) {
            per_script[s] = per_script[s].max(count);
        }
        let Some((script, _)) = per_script
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            // On a tie the first script (by its first language's code) wins.
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
        else {
            return Lang::UND;
        };
        let mut best: Option<(usize, usize, usize)> = None; // (distinctive, letters, index)
        for i in (0..n).filter(|&i| self.script_of[i] == script) {
            let language = self.languages[i];
            let (own, alien, marked) = (letters[i], foreign[i], distinctive[i]);
            let eligible = own > 0
                && alien * 25 <= own
                && (language.distinctive.is_empty() || (marked > 0 && marked * 100 >= own))
                && has_function_words(language, text);
            let better = best.is_none_or(|(d, l, _)| (marked, own) > (d, l));
            if eligible && better {
                best = Some((marked, own, i));
            }
        }
        best.map_or(Lang::UND, |(_, _, i)| self.languages[i].lang)
    }
}

/// True when `language` has no function words, the text is too short to tell (under eight
/// words), or at least 1/8 of its first words are function words. A word is a run of the
/// language's own letters.
fn has_function_words(language: &Language, text: &str) -> bool {
    if language.function_words.is_empty() {
        return true;
    }
    let own = |c: char| language.letters.iter().any(|r| r.contains(&c));
    let (mut words, mut hits) = (0usize, 0usize);
    for word in text.split(|c: char| !own(c)).filter(|w| !w.is_empty()) {
        words += 1;
        if language
            .function_words
            .iter()
            .any(|f| f.eq_ignore_ascii_case(word))
        {
            hits += 1;
        }
        if words >= FUNCTION_WORD_WINDOW {
            break;
        }
    }
    // Prose runs at a quarter to a third function words; another language of the script
    // with the odd shared word stays far below an eighth.
    words < 8 || hits * 8 >= words
}

#[cfg(test)]
mod tests {
    use super::*;

    static LATIN: Language = Language {
        lang: Lang::new("xl"),
        name: "Test Latin",
        script: "Latin",
        letters: &['a'..='z', 'A'..='Z'],
        function_words: &["the", "of", "and", "in", "is", "a"],
        ..Language::EMPTY
    };
    static ARABIC: Language = Language {
        lang: Lang::new("xa"),
        name: "Test Arabic",
        script: "Arabic",
        letters: &['\u{0620}'..='\u{064A}', '\u{066E}'..='\u{06D3}'],
        foreign: &['پ'..='پ', 'ٹ'..='ٹ', 'ڈ'..='ڈ', 'ے'..='ے'],
        ..Language::EMPTY
    };
    static URDU: Language = Language {
        lang: Lang::new("xu"),
        name: "Test Urdu",
        script: "Arabic",
        letters: &['\u{0620}'..='\u{064A}', '\u{066E}'..='\u{06FF}'],
        distinctive: &['ٹ', 'ڈ', 'ڑ', 'ں', 'ے'],
        ..Language::EMPTY
    };
    static BENGALI: Language = Language {
        lang: Lang::new("xb"),
        name: "Test Bengali",
        script: "Bengali",
        letters: &['\u{0980}'..='\u{09FF}'],
        ..Language::EMPTY
    };
    static EMOJI: Language = Language {
        lang: Lang::new("xe"),
        name: "Test Emoji",
        script: "Emoji",
        letters: &['\u{1F600}'..='\u{1F64F}'],
        ..Language::EMPTY
    };

    #[track_caller]
    fn check(languages: &[&'static Language], text: &str, expected: &str) {
        let detector = Detector::new(languages.to_vec());
        assert_eq!(detector.detect(text).as_str(), expected, "{text}");
    }

    #[test]
    fn the_script_with_most_letters_decides() {
        let all = [&LATIN, &ARABIC, &BENGALI];
        check(&all, "The coalition met in Rome on Monday.", "xl");
        check(&all, "اجتمع التحالف الدولي في روما", "xa");
        check(&all, "২০১৪ সালে বিশ্ব কোয়ালিশন গঠন করা হয়", "xb");
        check(&all, "1 2 3", "und");
        check(&all, "", "und");
        check(&all, "روما Rome", "xa");
    }

    #[test]
    fn function_words_and_foreign_letters_rule_out_a_language() {
        let all = [&LATIN, &ARABIC, &BENGALI];
        check(
            &all,
            "Le ministre des affaires a rencontré ses homologues à Rome hier soir",
            "und",
        );
        check(&all, "one dollar", "xl");
        // Arabic script rich in letters Arabic does not use, and no language that uses them.
        check(&all, "پپپ ٹٹ ڈڈ ےے سلام", "und");
    }

    #[test]
    fn distinctive_letters_pick_a_language_within_its_script() {
        let all = [&LATIN, &ARABIC, &URDU, &BENGALI];
        check(
            &all,
            "لاہور میں تین لاکھ افراد جمع ہوئے اور بڑا جلسہ ہوا",
            "xu",
        );
        check(&all, "اجتمع التحالف الدولي في روما", "xa");
        check(&[&URDU], "اجتمع التحالف الدولي في روما", "und");
    }

    #[test]
    fn classes_above_the_dense_table_are_found() {
        check(&[&LATIN, &EMOJI], "\u{1F600}\u{1F601}\u{1F602} a", "xe");
        check(&[&LATIN, &EMOJI], "\u{1F680}", "und");
    }
}
