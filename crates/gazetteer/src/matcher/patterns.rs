//! Pattern rules: the name no table lists read next to its trigger word, in quotation marks
//! or word by word up to a stop word, an inflected place or a listed place.

use std::ops::Range;

use khabar_core::is_word_char;

use super::Matcher;
use super::decide::LIST_COMMAS;
use super::words::{next_word, prev_word};
use crate::data::EntityKind;
use crate::rules::{PatternRule, PlaceFirst, Side};

/// At most this many words, and bytes, inside the quotation marks of a quoted name: a
/// longer quotation is a title or speech, not a name (and the scan stays short).
const QUOTED_MAX_WORDS: usize = 6;
const QUOTED_MAX_BYTES: usize = 120;
/// The longest listed organization name, in words, looked for where a rule would read.
const LISTED_MAX_WORDS: usize = 5;
/// At most this many more names of a list before a location rule's trigger.
const LIST_MAX_NAMES: usize = 16;

impl Matcher {
    /// The start of a listed place of one to three words right before `at` (only blanks
    /// between), longest first.
    pub(super) fn place_ending_at(&self, hay: &str, at: usize) -> Option<usize> {
        let last = hay.get(..at)?.trim_end_matches(' ').len();
        let mut starts = [0usize; 3];
        let mut count = 0;
        let mut pos = at;
        while count < starts.len() {
            let Some(word) = prev_word(hay, pos) else {
                break;
            };
            starts[count] = word.start;
            count += 1;
            pos = word.start;
        }
        starts[..count].iter().rev().copied().find(|&s| {
            hay.get(s..last)
                .is_some_and(|k| self.place_keys.contains(k))
        })
    }

    /// Whether a name the tables list as an organization starts at the first word at or
    /// after `at` (up to [`LISTED_MAX_WORDS`] words).
    fn listed_org_at(&self, hay: &str, at: usize) -> bool {
        let Some(first) = next_word(hay, at) else {
            return false;
        };
        let mut pos = first.start;
        for _ in 0..LISTED_MAX_WORDS {
            let Some(word) = next_word(hay, pos) else {
                break;
            };
            if hay
                .get(first.start..word.end)
                .is_some_and(|k| self.org_keys.contains_key(k))
            {
                return true;
            }
            pos = word.end;
        }
        false
    }

    /// A word that is a listed place with an ending glued on (`ঢাকার`, `চট্টগ্রামেও`).
    pub(super) fn inflected_place(&self, w: &str) -> bool {
        if self.suffixes.is_empty() || self.place_keys.contains(w) {
            return false;
        }
        let bare = self
            .emphatics
            .iter()
            .find_map(|e| w.strip_suffix(e.as_str()).filter(|r| !r.is_empty()))
            .unwrap_or(w);
        (bare.len() < w.len() && self.place_keys.contains(bare))
            || self.suffixes.iter().any(|s| {
                bare.strip_suffix(s.as_str())
                    .is_some_and(|stem| !stem.is_empty() && self.place_keys.contains(stem))
            })
    }

    /// A listed place with a word of [`LangRules::place_before`] glued before it as a
    /// proclitic (`بأثينا` "in Athens"): where the organization is, no more of its name
    /// (`اتحاد المحامين بأثينا`).
    ///
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    fn place_with_glued_word(&self, w: &str) -> bool {
        self.place_before.iter().any(|p| {
            self.rules.prefixes.contains(&p.as_str())
                && w.strip_prefix(p.as_str())
                    .is_some_and(|rest| self.place_keys.contains(rest))
        })
    }

    /// A word that describes a rule's trigger rather than names it: an ending of
    /// [`LangRules::adjective_endings`] with no article before the stem, glued to a
    /// proclitic or fused with it (`أمريكية`, not `الخارجية`, `والخارجية`, `للجمهورية`).
    ///
    /// [`LangRules::adjective_endings`]: crate::LangRules::adjective_endings
    pub(super) fn indefinite_adjective(&self, w: &str) -> bool {
        let adjective = self
            .adjective_endings
            .iter()
            .any(|e| w.len() > e.len() && w.ends_with(e.as_str()));
        // The article's forms are read only for a word with the ending.
        adjective
            && !self.rules.fused_article.is_some_and(|(article, fused)| {
                std::iter::once("")
                    .chain(self.rules.prefixes.iter().copied())
                    .any(|p| {
                        w.strip_prefix(p).is_some_and(|rest| {
                            rest.starts_with(article)
                                || (p.ends_with(fused) && rest.starts_with(fused))
                        })
                    })
            })
    }

    /// Whether `w` (`original` as written) is no word of a name a rule reads, `count` words
    /// read before it: a stop word, an inflected place, a word with a stop ending, an
    /// adjective of the trigger, a lower-case word where names are capitalized, digits or a
    /// count with its classifier (`১৪টি ইউনিয়নের`, fourteen unions).
    fn ends_name(&self, rule: &PatternRule, w: &str, original: &str, count: usize) -> bool {
        self.pattern_stops.iter().any(|s| s == w)
            || (rule.kind == EntityKind::Location
                && self.place_pattern_stops.iter().any(|s| s == w))
            || self.inflected_place(w)
            || self
                .pattern_stop_endings
                .iter()
                .any(|e| w.len() > e.len() && w.ends_with(e.as_str()))
            || self.indefinite_adjective(w)
            || (count > 0 && self.place_with_glued_word(w))
            || (self.rules.pattern_capitalized
                && !original.chars().next().is_some_and(char::is_uppercase))
            || w.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Reads a pattern rule's name next to its trigger: the span the hit claims among the
    /// other hits, and the name's span (with the trigger when the rule says so). The two
    /// differ only for a quoted name, which claims its trigger and marks.
    pub(super) fn read_rule(
        &self,
        hay: &str,
        text: &str,
        start: usize,
        end: usize,
        rule: &PatternRule,
    ) -> Option<(Range<usize>, Range<usize>)> {
        if rule.side == Side::After
            && let Some((name, close)) = self.quoted_at(hay, end)
        {
            return Some((start..close, name));
        }
        if rule.max_words == 0 {
            return None;
        }
        // A name the tables list as an organization at the trigger (`حزب الله`) or right
        // after it (`شركة غوغل ستفتح`) is that organization, ending where its name ends: the
        // rule does not read past it into an unlisted name (the table's hit stands).
        if rule.side == Side::After
            && rule.kind == EntityKind::Organization
            && (self.listed_org_at(hay, start) || self.listed_org_at(hay, end))
        {
            return None;
        }
        // The words read, as the nearest and farthest from the trigger (no list: this runs
        // once per trigger hit).
        let mut count = 0usize;
        let mut near: Option<Range<usize>> = None;
        let mut far: Option<Range<usize>> = None;
        // Whether every word read is itself a trigger (`হাসপাতাল কর্তৃপক্ষ` "the hospital's
        // authorities"): a noun of a kind of organization names none. A place keeps such a
        // name (`মাদ্রাসা রোড`, Madrasa Road).
        let mut triggers_only = true;
        let mut at = if rule.side == Side::After { end } else { start };
        // Skip the trigger's own glued ending.
        if rule.side == Side::After {
            at += hay[at..]
                .char_indices()
                .find(|(_, c)| !is_word_char(*c))
                .map_or(hay.len() - at, |(i, _)| i);
        }
        let absorb = rule.side == Side::Before && rule.place_first != PlaceFirst::Never;
        let mut place_start = None;
        let mut limit = rule.max_words as usize;
        loop {
            if absorb && let Some(s) = self.place_ending_at(hay, at) {
                place_start = Some(s);
                break;
            }
            if count >= limit {
                break;
            }
            let next = if rule.side == Side::After {
                next_word(hay, at)
            } else {
                prev_word(hay, at)
            };
            let Some(word) = next else { break };
            let w = &hay[word.clone()];
            let original = text.get(word.clone()).unwrap_or_default();
            if self.ends_name(rule, w, original, count) {
                break;
            }
            let conjunction = self.rules.conjunctions.iter().find(|c| w.starts_with(**c));
            if conjunction.is_some() && count > 0 {
                break;
            }
            if rule.definite && count == 0 {
                let article = self.rules.fused_article.map_or("", |(a, _)| a);
                if article.is_empty() || !w.starts_with(article) {
                    return None;
                }
            }
            if let (Some(c), Some((article, _))) = (conjunction, self.rules.fused_article)
                && w[c.len()..].starts_with(article)
            {
                // `والداخلية`: a conjunction ends the name.
                break;
            }
            at = if rule.side == Side::After {
                word.end
            } else {
                word.start
            };
            if near.is_none() {
                near = Some(word.clone());
            }
            triggers_only &= self.triggers.contains(w);
            far = Some(word);
            count += 1;
            // `ঢাকা - চট্টগ্রাম মহাসড়ক`: a place named by two ends joined by a dash reads
            // on past the dash, one word and no more.
            if rule.side == Side::Before && rule.kind == EntityKind::Location {
                let head = hay[..at].trim_end_matches(' ');
                if let Some(dash) = head.strip_suffix(['-', '–'])
                    && dash.ends_with(' ')
                    && limit == rule.max_words as usize
                {
                    at = dash.len();
                    limit = count + 1;
                }
            }
        }
        if rule.place_first == PlaceFirst::Require && place_start.is_none() {
            return None;
        }
        if count < rule.min_words as usize
            || (count == 0 && place_start.is_none())
            || (rule.kind == EntityKind::Organization
                && count > 0
                && triggers_only
                && place_start.is_none())
        {
            return None;
        }
        let name = match (near, far) {
            (Some(near), Some(far)) if rule.side == Side::After => near.start..far.end,
            (Some(near), Some(far)) => place_start.unwrap_or(far.start)..near.end,
            // Only a place before the trigger (`ঢাকা বিশ্ববিদ্যালয়`).
            _ => place_start?..start,
        };
        let span = if !rule.include_trigger {
            name
        } else if rule.side == Side::After {
            start..name.end
        } else {
            name.start..end
        };
        Some((span.clone(), span))
    }

    /// Whether the trigger of `rule` names each name of a list before it as it names the
    /// last: a location rule reading before its trigger, without it (`কলিমপুর ও মাছিমপুর
    /// গ্রামে` "in the villages Kalimpur and Machhimpur", `Kunar and Nuristan Province`).
    /// A name that includes its trigger (`নূরজাহান রোড`) is one name, never a list.
    pub(super) fn reads_list(rule: &PatternRule) -> bool {
        rule.kind == EntityKind::Location && rule.side == Side::Before && !rule.include_trigger
    }

    /// The other names of a list that a [`Self::reads_list`] rule's trigger names, nearest
    /// first, given to `found`: from `first`, the start of the name the rule read, back over
    /// commas and words of [`LangRules::list_joiners`] to each name before, read word by
    /// word as the rule reads its own. The list ends at anything else, and before a name
    /// with a word of a person's name in it (a surname, a title: a list of people) or a
    /// number before it (a unit). A listed place with an ending glued on right before a
    /// name only says where it is (`বাঘার মশিদপুর`, Moshidpur in Bagha, which the tables
    /// find) and is stepped over.
    ///
    /// [`LangRules::list_joiners`]: crate::LangRules::list_joiners
    pub(super) fn read_list(
        &self,
        hay: &str,
        text: &str,
        first: usize,
        rule: &PatternRule,
        mut found: impl FnMut(Range<usize>),
    ) {
        let mut at = first;
        for _ in 0..LIST_MAX_NAMES {
            // One comma or joiner at least, and any run of them (`, and`).
            let mut joined = false;
            loop {
                let head = hay[..at].trim_end_matches(' ');
                if let Some(comma) = head.strip_suffix(LIST_COMMAS) {
                    at = comma.len();
                } else if let Some(word) = prev_word(hay, at)
                    && self.is_list_joiner(&hay[word.clone()])
                {
                    at = word.start;
                } else {
                    break;
                }
                joined = true;
            }
            if !joined {
                return;
            }
            let end = hay[..at].trim_end_matches(' ').len();
            let mut start = None;
            for count in 0..rule.max_words as usize {
                let Some(word) = prev_word(hay, at) else {
                    break;
                };
                let w = &hay[word.clone()];
                let original = text.get(word.clone()).unwrap_or_default();
                if self.is_list_joiner(w) || self.ends_name(rule, w, original, count) {
                    break;
                }
                // A surname or a title ends a person's name (`… সুমি আক্তার ও গঙ্গাপ্রসাদ
                // গ্রামের`): the list was one of people.
                if self.person_after.contains(w) || self.person_before.iter().any(|p| p == w) {
                    return;
                }
                at = word.start;
                start = Some(word.start);
            }
            let Some(start) = start else { return };
            // A number before the name makes it a unit (`২০ শতাংশ এবং বাউরা ইউনিয়নের`,
            // "20 decimals and Baura union").
            if prev_word(hay, at).is_some_and(|w| hay[w].chars().all(char::is_numeric)) {
                return;
            }
            found(start..end);
            if let Some(word) = prev_word(hay, at)
                && self.inflected_place(&hay[word.clone()])
            {
                at = word.start;
            }
        }
    }

    /// A name in quotation marks of [`LangRules::quotes`] opening right after `at` (blanks
    /// between): the words inside, trimmed, and the end of the closing mark. `None` when
    /// the marks do not close within a few words on the same line.
    ///
    /// [`LangRules::quotes`]: crate::LangRules::quotes
    pub(super) fn quoted_at(&self, hay: &str, at: usize) -> Option<(Range<usize>, usize)> {
        if self.rules.quotes.is_empty() {
            return None;
        }
        let rest = hay.get(at..)?;
        let open_at = at + rest.len() - rest.trim_start_matches(' ').len();
        let open = hay[open_at..].chars().next()?;
        let &(_, close) = self.rules.quotes.iter().find(|(o, _)| *o == open)?;
        let inner = open_at + open.len_utf8();
        let mut words = 0;
        let mut in_word = false;
        for (i, c) in hay[inner..].char_indices() {
            if c == close {
                let quoted = &hay[inner..inner + i];
                let first = inner + quoted.len() - quoted.trim_start().len();
                let last = inner + quoted.trim_end().len();
                return (words > 0).then_some((first..last, inner + i + c.len_utf8()));
            }
            if c == '\n' || i > QUOTED_MAX_BYTES {
                return None;
            }
            let word = is_word_char(c);
            if word && !in_word {
                words += 1;
                if words > QUOTED_MAX_WORDS {
                    return None;
                }
            }
            in_word = word;
        }
        None
    }
}
