//! Bengali extractors. Each module holds one kind's tables and registers its extractor;
//! the machinery that reads the tables lives in the shared crates under `crates/`.

mod dates;
mod names;
mod numbers;
mod persons;

use khabar_core::{Lang, Language};

/// Bengali, as every table of this crate names it.
pub const LANG: Lang = Lang::new("bn");

khabar_core::inventory::submit! {
    Language {
        lang: LANG,
        name: "Bengali",
        script: "Bengali",
        letters: &['\u{0980}'..='\u{09FF}'],
        digits: &['\u{09E6}'],
        // The nukta letters ড় ঢ় য় take their NFC (decomposed) form, so `য়` written as
        // U+09DF and as `য` + nukta match alike.
        expansions: &[
            ('\u{09DC}', "\u{09A1}\u{09BC}"),
            ('\u{09DD}', "\u{09A2}\u{09BC}"),
            ('\u{09DF}', "\u{09AF}\u{09BC}"),
        ],
        ..Language::EMPTY
    }
}

#[cfg(test)]
mod tests {
    use khabar_core::NormalizedText;

    #[test]
    fn the_normalized_view_folds_bengali() {
        let fold = |s: &str| NormalizedText::new(s).as_str().to_owned();
        assert_eq!(fold("২০১৪ সালে"), "2014 সালে");
        assert_eq!(fold("সিরি\u{09DF}া"), fold("সিরিয\u{09BC}া"));
        assert_eq!(fold("জু\u{09DC}ে"), "জুড\u{09BC}ে");
        assert_eq!(fold("র\u{200D}্যাব"), "র্যাব");
    }

    #[test]
    fn bengali_is_detected() {
        assert_eq!(
            khabar_core::Lang::detect("২০১৪ সালে বিশ্ব কোয়ালিশন গঠন করা হয়"),
            super::LANG
        );
        assert_eq!(khabar_core::Lang::detect("১০"), super::LANG);
    }
}
