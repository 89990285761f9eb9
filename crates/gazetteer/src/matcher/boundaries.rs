//! What may touch a name found by the automaton: the glued prefixes before it, the endings
//! after it, and the case it is written in.

use khabar_core::is_word_char;

use super::{Matcher, Pattern};
use crate::rules::CaseRule;

impl Matcher {
    /// The start of the word the name is in, when what is glued before it is an allowed
    /// prefix; `None` when the name starts inside another word.
    pub(super) fn left_ok(&self, hay: &str, start: usize, fused: bool) -> Option<usize> {
        // Walk back at most one character past the longest prefix: a longer glued run is no
        // prefix, and an unbounded walk would cost the whole word per hit.
        let longest = self
            .rules
            .prefixes
            .iter()
            .map(|p| p.len())
            .max()
            .unwrap_or(0);
        let mut word_start = start;
        for (i, c) in hay[..start].char_indices().rev() {
            if !is_word_char(c) {
                break;
            }
            word_start = i;
            if start - word_start > longest {
                return None;
            }
        }
        let glued = &hay[word_start..start];
        if fused {
            // `للعراق`: the match is `لعراق`; the ل before it (with any و/ف) is the
            // preposition.
            let ok =
                !glued.is_empty() && self.rules.prefixes.contains(&glued) && glued.ends_with('ل');
            return ok.then_some(word_start);
        }
        if glued.is_empty() {
            return Some(word_start);
        }
        let ok = self.rules.prefixes.contains(&glued) && self.rules.glues_to(glued, &hay[start..]);
        ok.then_some(word_start)
    }

    /// True when the name ends its word, or only an allowed ending follows it.
    pub(super) fn right_ok(&self, hay: &str, end: usize) -> bool {
        let after = &hay[end..];
        // As in `left_ok`, no walk beyond the longest ending an allowed one could be.
        let longest = self.suffixes.iter().map(String::len).max().unwrap_or(0)
            + self.emphatics.iter().map(String::len).max().unwrap_or(0);
        let mut len = after.len();
        for (i, c) in after.char_indices() {
            if !is_word_char(c) {
                len = i;
                break;
            }
            if i > longest {
                return false;
            }
        }
        let mut glued = &after[..len];
        if glued.is_empty() {
            return true;
        }
        if !self.false_inflections.is_empty() {
            // The word the name would be inflected in (walk back over the name itself).
            let word_start = hay[..end]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(end, |(i, _)| i);
            let word = &hay[word_start..end + len];
            if self.false_inflections.iter().any(|f| f == word) {
                return false;
            }
        }
        if let Some(e) = self.emphatics.iter().find(|e| glued.ends_with(e.as_str())) {
            glued = &glued[..glued.len() - e.len()];
            if glued.is_empty() {
                return true;
            }
        }
        self.suffixes.iter().any(|s| s == glued)
            && (!self.vowel_endings.iter().any(|s| s == glued)
                || hay[..end]
                    .chars()
                    .next_back()
                    .is_some_and(|c| self.rules.vowel_finals.iter().any(|r| r.contains(&c))))
    }

    pub(super) fn case_ok(
        &self,
        text: &str,
        start: usize,
        end: usize,
        pattern: &Pattern,
        one_word: bool,
    ) -> bool {
        if self.rules.case == CaseRule::Ignore {
            return true;
        }
        let Some(slice) = text.get(start..end) else {
            return false;
        };
        if !one_word {
            // `the global coalition to defeat Daesh`, but not `world bank` in lower case.
            return slice.chars().any(char::is_uppercase)
                || pattern
                    .surfaces
                    .iter()
                    .all(|s| !s.chars().any(char::is_uppercase));
        }
        if pattern.surfaces.iter().any(|s| **s == *slice) {
            return true;
        }
        slice.chars().count() >= 4
            && slice.chars().all(|c| !c.is_lowercase())
            && pattern
                .surfaces
                .iter()
                .any(|s| s.chars().next().is_some_and(char::is_uppercase))
    }
}
