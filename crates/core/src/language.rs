//! The languages plugin crates register: what the detector and the normalizer know of each.
//!
//! A plugin crate announces its language once, next to its extractors:
//!
//! ```text
//! pub const LANG: Lang = Lang::new("ur");
//! khabar_core::inventory::submit! {
//!     khabar_core::Language {
//!         lang: LANG,
//!         name: "Urdu",
//!         script: "Arabic",
//!         letters: &['\u{0620}'..='\u{06FF}'],
//!         distinctive: &['ٹ', 'ڈ', 'ڑ', 'ں', 'ے'],
//!         digits: &['۰'],
//!         ..khabar_core::Language::EMPTY
//!     }
//! }
//! ```
//!
//! Shared code holds no list of languages: the detector scores the registered ones, the
//! normalizer folds the union of their digits and letters, and front ends list them in help
//! and errors through [`languages`].

use std::ops::RangeInclusive;

use crate::Lang;

/// One language a plugin crate adds, collected with `inventory`.
#[derive(Debug)]
pub struct Language {
    pub lang: Lang,
    /// The English name, for help and error messages.
    pub name: &'static str,
    /// The script's name (`Latin`, `Arabic`, `Bengali`). Languages that share a script name
    /// compete for the text of that script; the detector first picks the script with the
    /// most letters in the text.
    pub script: &'static str,
    /// The letters (and the script's own digits and signs) that count towards the script.
    pub letters: &'static [RangeInclusive<char>],
    /// Letters of the script that mark this language among the others that write it (Urdu
    /// `ٹ ڈ ڑ ں ے`). When a language lists some, a text is this language only if they make
    /// up at least 1% of its script letters; among candidates the most of them wins.
    pub distinctive: &'static [char],
    /// Letters of the script this language does not use (Persian `پ چ ژ گ` in Arabic):
    /// when they make up more than 1/25 of the script letters, the text is not this language.
    pub foreign: &'static [RangeInclusive<char>],
    /// The commonest function words, for scripts many languages share: a text of eight words
    /// or more is this language only when at least 1/8 of its (first 400) words are among
    /// them. Empty: no such test.
    pub function_words: &'static [&'static str],
    /// The zero of each decimal digit block the language writes (`'٠'`, `'۰'`, `'০'`); the
    /// ten digits from it fold to ASCII in the normalized view.
    pub digits: &'static [char],
    /// Combining marks and fillers removed from the normalized view (Arabic harakat and
    /// tatweel); a removed mark belongs to the character before it.
    pub marks: &'static [RangeInclusive<char>],
    /// Marks of [`Language::marks`] that, with no character to belong to (at the start of
    /// the text or after a space), stand for another character instead of being removed:
    /// Arabic tatweel between spaces is a dash (`مدريد ـ رويترز`, `19 ـ 25 مايو`).
    pub lone_marks: &'static [(char, char)],
    /// Letters folded to one form (`أ` → `ا`, `ى` → `ي`).
    pub letters_folded: &'static [(char, char)],
    /// Characters replaced by a string (a Bengali nukta letter by its decomposed form).
    pub expansions: &'static [(char, &'static str)],
    /// Compatibility characters expanded by NFKC, then folded (Arabic presentation forms).
    pub compatibility: &'static [RangeInclusive<char>],
}

impl Language {
    /// Everything empty, for `..Language::EMPTY`.
    pub const EMPTY: Language = Language {
        lang: Lang::UND,
        name: "",
        script: "",
        letters: &[],
        distinctive: &[],
        foreign: &[],
        function_words: &[],
        digits: &[],
        marks: &[],
        lone_marks: &[],
        letters_folded: &[],
        expansions: &[],
        compatibility: &[],
    };

    /// The registered language with code `lang`.
    pub fn get(lang: Lang) -> Option<&'static Language> {
        inventory::iter::<Language>
            .into_iter()
            .find(|l| l.lang == lang)
    }
}

inventory::collect!(Language);

/// Every registered language, sorted by code (inventory's own order is unspecified); a
/// code registered twice is listed once, the first registration kept.
pub fn languages() -> Vec<&'static Language> {
    let mut all: Vec<&'static Language> = inventory::iter::<Language>.into_iter().collect();
    all.sort_by_key(|l| l.lang);
    all.dedup_by_key(|l| l.lang);
    all
}

/// The registered codes as `ar (Arabic), bn (Bengali), …`, for help and error messages.
pub fn language_list() -> String {
    let all = languages();
    if all.is_empty() {
        return "none".to_owned();
    }
    all.iter()
        .map(|l| format!("{} ({})", l.lang, l.name))
        .collect::<Vec<_>>()
        .join(", ")
}
