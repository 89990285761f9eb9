//! English extractors. Each module holds one kind's tables and registers its extractor;
//! the machinery that reads the tables lives in the shared crates under `crates/`.

mod dates;
mod names;
mod numbers;
mod persons;

use khabar_core::{Lang, Language};

/// English, as every table of this crate names it.
pub const LANG: Lang = Lang::new("en");

khabar_core::inventory::submit! {
    Language {
        lang: LANG,
        name: "English",
        script: "Latin",
        // With the accented letters of Latin-1 and Latin Extended-A, which English writes in
        // names (`Zürich`, `São Paulo`, `Erdoğan`): a run of Latin script inside another
        // script's text is not cut at them.
        letters: &['a'..='z', 'A'..='Z', 'À'..='Ö', 'Ø'..='ö', 'ø'..='ž'],
        // Latin-script text with none of these is another language (French, Spanish), not
        // English read wrongly.
        function_words: &[
            "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "at",
            "from", "it", "as", "are", "has", "have", "a", "an", "this", "be", "or", "not",
            "will",
        ],
        ..Language::EMPTY
    }
}

#[cfg(test)]
mod tests {
    use khabar_core::Lang;

    #[track_caller]
    fn check(text: &str, expected: Lang) {
        assert_eq!(Lang::detect(text), expected, "{text}");
    }

    #[test]
    fn english_is_detected_and_other_latin_text_is_not() {
        check("The coalition met in Rome on Monday.", super::LANG);
        check("one dollar", super::LANG);
        check(
            "Le ministre des affaires étrangères a rencontré ses homologues à Rome hier",
            Lang::UND,
        );
        check("1 2 3", Lang::UND);
    }
}
