//! Folding: the letters a language writes either way, compared as one in the text and in
//! the names, and the extra spellings a name is matched in. The plugin's [`Fold`] is data;
//! [`Folder`] is that data made into lookups once, when the matcher is built, so that the
//! per-character fold of every document costs no more than a `match` would.

use std::borrow::Cow;

use khabar_core::NormalizedText;

use super::MatcherError;
use crate::rules::Fold;

/// A [`Fold`] ready to apply.
#[derive(Debug)]
pub(super) struct Folder {
    /// Each ASCII character folded (case, then `letters`).
    ascii: [u8; 128],
    /// The pairs of `letters` that fold a non-ASCII letter, the first pair of a letter
    /// first.
    letters: Box<[(char, char)]>,
    /// Whether any character folds at all; when none does, text is matched as normalized.
    folds: bool,
    /// Whether only ASCII characters fold, so that a document folds byte by byte.
    ascii_only: bool,
    /// The one-way spellings, for [`Folder::variants`].
    variants: &'static [(char, char)],
}

impl Folder {
    /// Checks that `fold` keeps offsets (each pair of `letters` is of one UTF-8 length) and
    /// builds its lookups.
    pub(super) fn new(fold: Fold) -> Result<Folder, MatcherError> {
        if let Some(&(from, to)) = fold
            .letters
            .iter()
            .find(|(from, to)| from.len_utf8() != to.len_utf8())
        {
            return Err(MatcherError::FoldLength(from, to));
        }
        let letter = |c: char| {
            fold.letters
                .iter()
                .find(|(from, _)| *from == c)
                .map_or(c, |&(_, to)| to)
        };
        let mut ascii = [0u8; 128];
        for (b, slot) in (0u8..).zip(ascii.iter_mut()) {
            let c = if fold.ascii_case {
                b.to_ascii_lowercase()
            } else {
                b
            };
            // Same UTF-8 length as an ASCII character: ASCII (checked above).
            *slot = u8::try_from(letter(char::from(c))).unwrap_or(c);
        }
        let letters: Box<[(char, char)]> = fold
            .letters
            .iter()
            .copied()
            .filter(|(from, _)| !from.is_ascii())
            .collect();
        let ascii_changes = (0u8..).zip(ascii.iter()).any(|(b, &f)| b != f);
        Ok(Folder {
            ascii,
            folds: ascii_changes || !letters.is_empty(),
            ascii_only: letters.is_empty(),
            letters,
            variants: fold.variants,
        })
    }

    /// The letter `c` is compared as.
    #[inline]
    pub(super) fn fold_char(&self, c: char) -> char {
        if c.is_ascii() {
            return char::from(self.ascii[c as usize]);
        }
        self.letters
            .iter()
            .find(|(from, _)| *from == c)
            .map_or(c, |&(_, to)| to)
    }

    /// Folds `s` (already normalized); each char keeps its UTF-8 length.
    pub(super) fn fold_str<'s>(&self, s: &'s str) -> Cow<'s, str> {
        if !self.folds {
            return Cow::Borrowed(s);
        }
        if self.ascii_only {
            let Some(first) = s
                .bytes()
                .position(|b| b.is_ascii() && self.ascii[b as usize] != b)
            else {
                return Cow::Borrowed(s);
            };
            // Only ASCII bytes change, each to an ASCII byte: the result is UTF-8.
            let mut out = s.as_bytes().to_vec();
            for b in &mut out[first..] {
                if b.is_ascii() {
                    *b = self.ascii[*b as usize];
                }
            }
            return Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| s.to_owned()));
        }
        let Some(first) = s
            .char_indices()
            .find(|&(_, c)| self.fold_char(c) != c)
            .map(|(i, _)| i)
        else {
            return Cow::Borrowed(s);
        };
        let mut out = String::with_capacity(s.len());
        out.push_str(&s[..first]);
        out.extend(s[first..].chars().map(|c| self.fold_char(c)));
        Cow::Owned(out)
    }

    /// `s` as the tables write it, normalized and folded.
    pub(super) fn normalize(&self, s: &str) -> String {
        self.fold_str(NormalizedText::new(s.trim()).as_str())
            .into_owned()
    }

    /// The spellings a folded name is matched in: itself, and when it has letters of
    /// [`Fold::variants`], itself with all of them replaced (Arabic `القاهرة` also as
    /// `القاهره`, but never the other way round).
    pub(super) fn variants(&self, key: &str) -> Vec<String> {
        let variant = |c: char| {
            self.variants
                .iter()
                .find(|(from, _)| *from == c)
                .map(|&(_, to)| to)
        };
        let mut all = vec![key.to_owned()];
        if key.chars().any(|c| variant(c).is_some()) {
            all.push(key.chars().map(|c| variant(c).unwrap_or(c)).collect());
        }
        all
    }
}
