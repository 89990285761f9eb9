//! Folding: the letters a language writes either way, compared as one in the text and in
//! the names, and the extra spellings a name is matched in.

use std::borrow::Cow;

use khabar_core::NormalizedText;

use crate::rules::Fold;

pub(super) fn fold_char(fold: Fold, c: char) -> char {
    match fold {
        Fold::AsciiCase => c.to_ascii_lowercase(),
        // Long and short i and u, and the two n, are spelled either way in names
        // (`নেত্রকোণা`/`নেত্রকোনা`, `মীরসরাই`/`মিরসরাই`); all are three UTF-8 bytes.
        Fold::Bengali => match c {
            'ী' => 'ি',
            'ূ' => 'ু',
            'ণ' => 'ন',
            _ => c,
        },
        Fold::None | Fold::Arabic => c,
    }
}

/// The spellings a name is matched in: Arabic names with `ة` also match written with `ه`
/// (`القاهره`), but not the other way round: an alias with `ه` (often a Persian or Kurdish
/// transliteration such as `سنه`) must not match the common word `سنة`.
pub(super) fn variants(fold: Fold, key: &str) -> Vec<String> {
    let mut all = vec![key.to_owned()];
    if fold == Fold::Arabic && key.contains('ة') {
        all.push(key.replace('ة', "ه"));
    }
    all
}

/// Folds `s` (already normalized); each char keeps its UTF-8 length.
pub(super) fn fold_str(fold: Fold, s: &str) -> Cow<'_, str> {
    if fold == Fold::None || s.chars().all(|c| fold_char(fold, c) == c) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| fold_char(fold, c)).collect())
}

pub(super) fn normalize(fold: Fold, s: &str) -> String {
    fold_str(fold, NormalizedText::new(s.trim()).as_str()).into_owned()
}
