//! Arabic extractors. Each module holds one kind's tables and registers its extractor;
//! the machinery that reads the tables lives in the shared crates under `crates/`.

mod dates;
mod names;
mod numbers;
mod persons;

/// The proclitics و ف ب ل ك and their combinations, glued before a word and outside every
/// span (SPEC §2); numbers and dates share this list.
pub(crate) const PROCLITICS: &[&str] =
    &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];

use khabar_core::{Lang, Language};

/// Arabic, as every table of this crate names it.
pub const LANG: Lang = Lang::new("ar");

khabar_core::inventory::submit! {
    Language {
        lang: LANG,
        name: "Arabic",
        script: "Arabic",
        // Letters, and the script's own digits and percent sign, so that "٩٥٪" alone still
        // reads as Arabic.
        letters: &[
            '\u{0620}'..='\u{064A}',
            '\u{0660}'..='\u{066A}',
            '\u{066E}'..='\u{06D3}',
            '\u{06F0}'..='\u{06F9}',
        ],
        // Persian and Urdu letters and digits are rare in Arabic news (loanwords aside); a
        // few percent of the letters mark another language.
        foreign: &[
            'پ'..='پ', 'چ'..='چ', 'ژ'..='ژ', 'گ'..='گ', 'ی'..='ی', 'ک'..='ک', 'ۀ'..='ۀ',
            'ے'..='ے', 'ٹ'..='ٹ', 'ڈ'..='ڈ', 'ڑ'..='ڑ', '\u{06F0}'..='\u{06F9}',
        ],
        // Arabic-Indic and Eastern (Persian) digits.
        digits: &['\u{0660}', '\u{06F0}'],
        // Harakat, superscript alef, tatweel and the Quranic marks.
        marks: &[
            '\u{064B}'..='\u{065F}',
            '\u{0670}'..='\u{0670}',
            '\u{0640}'..='\u{0640}',
            '\u{06D6}'..='\u{06DC}',
            '\u{06DF}'..='\u{06E8}',
            '\u{06EA}'..='\u{06ED}',
        ],
        // A tatweel drawn between spaces is a dash (`مدريد ـ رويترز`, `19 ـ 25 مايو`).
        lone_marks: &[('\u{0640}', '-')],
        // The alef forms, alef maqsura and Persian yeh, Persian kaf; `ة` is kept (the name
        // matcher treats `ة`/`ه` as variants).
        letters_folded: &[
            ('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي'), ('ی', 'ي'), ('ک', 'ك'),
        ],
        // Presentation forms A and B.
        compatibility: &['\u{FB50}'..='\u{FDFF}', '\u{FE70}'..='\u{FEFC}'],
        ..Language::EMPTY
    }
}

#[cfg(test)]
mod tests {
    use khabar_core::NormalizedText;

    #[track_caller]
    fn check(text: &str, normalized: &str) {
        assert_eq!(NormalizedText::new(text).as_str(), normalized, "{text}");
    }

    #[test]
    fn the_normalized_view_folds_arabic() {
        check("عام ٢٠١٤ م", "عام 2014 م");
        check("سال ۱۴۰۲", "سال 1402");
        check("لِلْعِرَاقِ", "للعراق");
        check("الأردن وإسرائيل وآسيا وٱلله", "الاردن واسرائيل واسيا والله");
        check("مصطفى یک کابل", "مصطفي يك كابل");
        check("كـــابل", "كابل");
        check("ﻻ ﷲ", "لا الله");
        check("جدة", "جدة");
    }

    #[test]
    fn arabic_is_detected() {
        let ar = super::LANG;
        assert_eq!(
            khabar_core::Lang::detect("اجتمع التحالف الدولي في روما"),
            ar
        );
        assert_eq!(khabar_core::Lang::detect("٩٥٪"), ar);
        // Persian: Arabic script, but not Arabic.
        assert_eq!(
            khabar_core::Lang::detect("این یک متن فارسی است که با حروف پ و گ نوشته شده"),
            khabar_core::Lang::UND
        );
    }
}
