//! What the context makes of a name the tables list: part of a person's name, a bare
//! adjective, the modifier of another kind of name, a sports team (after a cue, in a report
//! of a match, in a line of results, beside a club), for an ambiguous name the reading its
//! neighbours select, and for a place of several countries the one of the country written
//! beside it; also what tells a dateline, and a town that did what only people do.

use std::ops::Range;

use khabar_core::{Document, is_word_char};

use super::words::{context_words, next_word, prev_word, word_end};
use super::wordset::WordSet;
use super::{Hit, Matcher, ReasonRef, Report, Resolved, Target};
use crate::data::{EntityKind, Record};
use crate::rules::Side;

/// The commas that join list items, with blanks and [`LangRules::list_joiners`].
///
/// [`LangRules::list_joiners`]: crate::LangRules::list_joiners
pub(super) const LIST_COMMAS: [char; 2] = [',', '،'];

impl Matcher {
    /// Whether a place or organization is written with one of the language's marks of an
    /// indefinite word ([`LangRules::indefinite_marks`]) on it or right after it, so that
    /// it is a common noun or an adjective (SPEC §2). Persons keep theirs: a vocalized
    /// personal name may carry tanween.
    ///
    /// [`LangRules::indefinite_marks`]: crate::LangRules::indefinite_marks
    pub(super) fn indefinite(&self, doc: &Document, name: &Resolved) -> bool {
        let marks = self.rules.indefinite_marks;
        if marks.is_empty() || name.kind == EntityKind::Person {
            return false;
        }
        let span = doc.original_span(name.span.clone());
        let text = doc.text();
        let within = text.get(span.clone()).unwrap_or_default();
        // The marks the normalizer folded away may fall just outside the mapped span
        // (after another mark at most: a shadda).
        let after = text
            .get(span.end..)
            .unwrap_or_default()
            .chars()
            .take(2)
            .take_while(|c| !c.is_whitespace());
        within.chars().chain(after).any(|c| marks.contains(&c))
    }

    /// Whether a name ending at `end` is joined by a hyphen to a word that makes it part of
    /// an adjective ([`LangRules::hyphen_adjectives`], or a lower-case word where
    /// [`LangRules::hyphen_lowercase_adjective`]).
    ///
    /// [`LangRules::hyphen_adjectives`]: crate::LangRules::hyphen_adjectives
    /// [`LangRules::hyphen_lowercase_adjective`]: crate::LangRules::hyphen_lowercase_adjective
    pub(super) fn hyphen_adjective(&self, hay: &str, text: &str, end: usize) -> bool {
        if !hay.get(end..).is_some_and(|rest| rest.starts_with('-')) {
            return false;
        }
        let Some(word) = super::words::next_word(hay, end + 1).filter(|w| w.start == end + 1)
        else {
            return false;
        };
        (self.rules.hyphen_lowercase_adjective
            && text
                .get(word.clone())
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase))
            || self
                .hyphen_adjectives
                .iter()
                .any(|a| hay[word.clone()].starts_with(a.as_str()))
    }

    /// A name of [`LangRules::inflected_only`] with no ending glued on.
    ///
    /// [`LangRules::inflected_only`]: crate::LangRules::inflected_only
    pub(super) fn bare_adjective(&self, hay: &str, hit: &Hit) -> bool {
        !self.inflected_only.is_empty()
            && !hay[hit.end..].chars().next().is_some_and(is_word_char)
            && hay
                .get(hit.start..hit.end)
                .is_some_and(|k| self.inflected_only.iter().any(|s| s == k))
    }

    /// The person rule for scripts without case: a surname right after the name, or a
    /// title right before it.
    pub(super) fn next_to_person_word(&self, hay: &str, hit: &Hit) -> bool {
        if self.person_after.is_empty() && self.person_before.is_empty() {
            return false;
        }
        let after = self.word_after_in(hay, hit.end, &self.person_after);
        let head = hay[..hit.word_start].trim_end_matches(' ');
        let before = head.len() < hit.word_start
            && self.person_before.iter().any(|p| {
                head.strip_suffix(p.as_str())
                    .is_some_and(|rest| rest.chars().next_back().is_none_or(|c| !is_word_char(c)))
            });
        after || before
    }

    /// Whether the name at `span` did what only a person or a team does: the word after it
    /// is one of [`LangRules::agent_after`] (`Lara scored`), and no word of
    /// [`LangRules::place_before`] stands right before it (`a player from Leeds scored`).
    ///
    /// [`LangRules::agent_after`]: crate::LangRules::agent_after
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    pub(super) fn acts_as_agent(&self, hay: &str, span: Range<usize>) -> bool {
        self.word_after_in(hay, span.end, &self.agent_after) && !self.place_word_at(hay, span.start)
    }

    /// Whether the name ends its word and the next word is one of `list`, endings allowed.
    pub(super) fn word_after_in(&self, hay: &str, end: usize, list: &WordSet) -> bool {
        !list.is_empty()
            && hay[end..].starts_with(' ')
            && next_word(hay, end).is_some_and(|w| {
                let w = &hay[w];
                list.contains(w)
                    || self.suffixes.iter().chain(&self.emphatics).any(|e| {
                        !e.is_empty()
                            && w.strip_suffix(e.as_str()).is_some_and(|s| list.contains(s))
                    })
            })
    }

    /// A listed club followed right after by the town it plays in names itself by both
    /// (`Ajax Amsterdam`, `Juventus Turin`): the town is part of the club's name, not a
    /// place of the text, and the club's span takes it in.
    pub(super) fn take_club_town(&self, hay: &str, found: &mut [Option<Resolved>]) {
        for i in 1..found.len() {
            let (head, tail) = found.split_at_mut(i);
            let (Some(Some(club)), Some(Some(town))) = (head.last_mut(), tail.first()) else {
                continue;
            };
            // The town as a place, or already as a team (`Juventus Turin beat …`), with no
            // ending of its own (`চেলসি লিভারপুলকে হারিয়েছে` is two clubs).
            let is_town = (self.listed_town(town)
                || matches!(town.reason, ReasonRef::Team | ReasonRef::Report(_)))
                && hay.get(club.span.end..town.span.start) == Some(" ")
                && word_end(hay, town.span.end) == town.span.end;
            if self.listed_club(club) && is_town {
                club.span.end = town.span.end;
                tail[0] = None;
            }
        }
    }

    /// A town joined to a listed club by a list joiner or a comma (`Liverpool and Arsenal
    /// drew`, `مباراة ليفربول وتشيلسي`, `লিভারপুল ও চেলসির ম্যাচ`) is a club too, unless a word
    /// of place stands before it (`in London, Arsenal …`) or it has a place ending
    /// (`কলম্বোয়`, "in Colombo"). Beside a club with a space alone it stays a place: a club
    /// may carry its town's name (`চট্টগ্রাম আবাহনী`), and a listed sports body is no
    /// opponent (`কলম্বোয় এশিয়ান ক্রিকেট কাউন্সিলের সভায়`).
    pub(super) fn take_town_beside_club(
        &self,
        hay: &str,
        kept: &[Hit],
        found: &mut [Option<Resolved>],
    ) {
        let is_club = |r: &Option<Resolved>| {
            r.as_ref().is_some_and(|r| {
                self.listed_club(r)
                    || (r.kind == EntityKind::Organization && matches!(r.reason, ReasonRef::Team))
            })
        };
        for i in 0..found.len().min(kept.len()) {
            let Some(town) = &found[i] else {
                continue;
            };
            let plain = matches!(town.reason, ReasonRef::Pattern(p) if p == kept[i].pattern);
            if !plain
                || !self.listed_town(town)
                || self.place_word_before(hay, &kept[i], true)
                || self.place_ending_after(hay, town.span.end)
            {
                continue;
            }
            let span = town.span.clone();
            let after = i + 1 < kept.len()
                && is_club(&found[i + 1])
                && self.joined_in_list(hay, word_end(hay, span.end)..kept[i + 1].word_start);
            let before = i > 0
                && is_club(&found[i - 1])
                && found[i - 1].as_ref().is_some_and(|p| {
                    self.joined_in_list(hay, word_end(hay, p.span.end)..kept[i].word_start)
                });
            if after || before {
                found[i] = Some(Resolved {
                    span,
                    kind: EntityKind::Organization,
                    record: None,
                    reason: ReasonRef::Team,
                    confidence: 0.7,
                });
            }
        }
    }

    /// Whether `r` is an organization the tables list as a club (feature `sport`).
    fn listed_club(&self, r: &Resolved) -> bool {
        r.kind == EntityKind::Organization
            && r.record
                .and_then(|i| self.gazetteer.records.get(i as usize))
                .is_some_and(|rec| rec.feature.as_deref() == Some("sport"))
    }

    /// Whether `r` is a place the tables list as a town ([`is_town`]).
    fn listed_town(&self, r: &Resolved) -> bool {
        r.kind == EntityKind::Location
            && r.record
                .and_then(|i| self.gazetteer.records.get(i as usize))
                .is_some_and(is_town)
    }

    /// A listed place whose name has records in several countries takes the record in the
    /// country written right beside it, or whose subdivision is, when its first record lies
    /// elsewhere: `Tripoli, Lebanon`, `Tripoli in Lebanon`, `جبيل في لبنان`, `লেবাননের
    /// ত্রিপোলি`, `Hyderabad, Sindh` (see [`beside`]). A country named further away says
    /// nothing (`talks in Paris between the US and Iran` stay in France). Countries
    /// themselves, and names the rules or readings chose, stay as they are.
    pub(super) fn take_country_beside(
        &self,
        hay: &str,
        kept: &[Hit],
        found: &mut [Option<Resolved>],
    ) {
        let records = &self.gazetteer.records;
        // The country a kept hit names, if it is resolved as a country or one of its
        // first-level subdivisions (`Hyderabad, Sindh`).
        let country_of = |found: &[Option<Resolved>], j: usize| -> Option<&str> {
            let record = records.get(found.get(j)?.as_ref()?.record? as usize)?;
            let holds = record.is_country() || record.feature.as_deref() == Some("admin1");
            holds.then_some(record.country.as_deref()?)
        };
        for i in 0..kept.len() {
            // `found` holds one entry per kept hit.
            let (Some(hit), Some(Some(name))) = (kept.get(i), found.get(i)) else {
                continue;
            };
            let Some(record) = name.record.and_then(|r| records.get(r as usize)) else {
                continue;
            };
            if name.kind != EntityKind::Location
                || !matches!(name.reason, ReasonRef::Pattern(p) if p == hit.pattern)
                || record.is_country()
            {
                continue;
            }
            let after = (i + 1 < kept.len() && beside(hay, hit.end, kept[i + 1].word_start))
                .then(|| country_of(found, i + 1))
                .flatten();
            let before = (i > 0 && beside(hay, kept[i - 1].end, hit.word_start))
                .then(|| country_of(found, i - 1))
                .flatten();
            let Some(country) = after.or(before) else {
                continue;
            };
            if record.country.as_deref() == Some(country) {
                continue;
            }
            let Some(Target::Name { candidates, .. }) =
                self.patterns.get(hit.pattern as usize).map(|p| &p.target)
            else {
                continue;
            };
            let there = self
                .candidates
                .get(candidates.start as usize..candidates.end as usize)
                .unwrap_or_default()
                .iter()
                .copied()
                .find(|&c| {
                    records.get(c as usize).is_some_and(|r| {
                        r.kind == EntityKind::Location
                            && !r.is_country()
                            && r.country.as_deref() == Some(country)
                    })
                });
            if let (Some(c), Some(Some(name))) = (there, found.get_mut(i)) {
                name.record = Some(c);
            }
        }
    }

    /// The record a winning reading names among the hit's own candidates (`মালি` the
    /// country, not another record of that canonical name elsewhere in the tables).
    pub(super) fn reading_candidate(&self, hit: &Hit, a: usize, r: usize) -> Option<u32> {
        let canonical = self.rules.ambiguities.get(a)?.readings.get(r)?.canonical?;
        let Target::Name { candidates, .. } = &self.patterns.get(hit.pattern as usize)?.target
        else {
            return None;
        };
        self.candidates
            .get(candidates.start as usize..candidates.end as usize)?
            .iter()
            .copied()
            .find(|&c| *self.gazetteer.records[c as usize].canonical == *canonical)
    }

    /// A town that a sports word right before (clitics allowed) or right after makes a
    /// team's name ([`LangRules::team_before`], [`LangRules::team_after`]), or a role at a
    /// club before a capitalized name in `text` ([`LangRules::team_roles`]); a report of a
    /// match is [`Matcher::team_in_report`].
    ///
    /// [`LangRules::team_before`]: crate::LangRules::team_before
    /// [`LangRules::team_after`]: crate::LangRules::team_after
    /// [`LangRules::team_roles`]: crate::LangRules::team_roles
    pub(super) fn team_context(&self, hay: &str, text: &str, hit: &Hit, record: &Record) -> bool {
        if (self.team_before.is_empty() && self.team_after.is_empty() && self.team_roles.is_empty())
            || !is_town(record)
        {
            return false;
        }
        let head = &hay[..hit.word_start];
        let before = head.ends_with(' ')
            && (prev_word(hay, hit.word_start).is_some_and(|w| self.cue(&hay[w], &self.team_before))
                // A cue of several words (`drew with`) is matched on the text before.
                || self.team_before.iter().any(|c| {
                    c.contains(' ')
                        && head.trim_end_matches(' ').strip_suffix(c.as_str()).is_some_and(
                            |rest| rest.chars().next_back().is_none_or(|ch| !is_word_char(ch)),
                        )
                }));
        let next = hay[hit.end..]
            .starts_with(' ')
            .then(|| next_word(hay, hit.end))
            .flatten();
        let after = next
            .clone()
            .is_some_and(|w| self.cue(&hay[w], &self.team_after));
        let role = next.is_some_and(|w| {
            self.team_roles.iter().any(|r| *r == hay[w.clone()])
                && hay[w.end..].starts_with(' ')
                && next_word(text, w.end)
                    .is_some_and(|n| text[n].chars().next().is_some_and(char::is_uppercase))
        });
        before || after || role
    }

    /// A town that a report of a match (`sports`, see [`Report`]) makes a team's name, where
    /// nothing makes it a place: a word of [`LangRules::place_before`] right before it or glued to it as a
    /// proclitic, an ending of [`LangRules::place_endings`], or its place as the document's
    /// dateline (its first word, before `(`, `,`, `:` or a dash).
    ///
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    /// [`LangRules::place_endings`]: crate::LangRules::place_endings
    pub(super) fn team_in_report(
        &self,
        hay: &str,
        text: &str,
        hit: &Hit,
        record: &Record,
        sports: Report,
    ) -> bool {
        let known = record.curated || record.population >= super::tagging::WELL_KNOWN_POPULATION;
        if matches!(sports, Report::No | Report::Scores)
            || (sports == Report::WellKnownTowns && !known)
            || !is_town(record)
        {
            return false;
        }
        let head = &hay[..hit.word_start];
        let dateline = head.trim_start().is_empty()
            && hay[hit.end..]
                .trim_start_matches(' ')
                .starts_with(['(', ',', ':', '-', '–', '—', 'ـ']);
        let place = dateline
            || caps_dateline(text, hit.start..hit.end)
            || self.place_ending_after(hay, hit.end)
            || self.place_word_before(hay, hit, true);
        !place
    }

    /// Whether the ending glued after a name ending at `end` is one of
    /// [`LangRules::place_endings`] (`বার্সেলোনায়` "in Barcelona"), an emphatic after it or
    /// not (`মেলবোর্নেও` "in Melbourne too").
    ///
    /// [`LangRules::place_endings`]: crate::LangRules::place_endings
    pub(super) fn place_ending_after(&self, hay: &str, end: usize) -> bool {
        let ending = &hay[end..word_end(hay, end)];
        let bare = self
            .emphatics
            .iter()
            .find_map(|e| ending.strip_suffix(e.as_str()))
            .unwrap_or(ending);
        [ending, bare]
            .iter()
            .any(|e| !e.is_empty() && self.place_endings.iter().any(|p| p == e))
    }

    /// Whether a word of [`LangRules::place_before`] stands right before `hit` (`in Rafah`,
    /// `في رفح`), or, if `glued`, is glued to it as a proclitic (`بالقاهرة`).
    ///
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    pub(super) fn place_word_before(&self, hay: &str, hit: &Hit, glued: bool) -> bool {
        let prefix = &hay[hit.word_start..hit.start];
        (glued && !prefix.is_empty() && self.cue(prefix, &self.place_before))
            || (prefix.is_empty() && self.place_word_at(hay, hit.word_start))
    }

    /// Whether a word of [`LangRules::place_before`] stands apart right before `start`.
    ///
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    fn place_word_at(&self, hay: &str, start: usize) -> bool {
        hay[..start].ends_with(' ')
            && prev_word(hay, start).is_some_and(|w| self.cue(&hay[w], &self.place_before))
    }

    /// Whether a word of [`LangRules::place_before`] is glued to the name at `start` as a
    /// proclitic (`بأثينا` "in Athens").
    ///
    /// [`LangRules::place_before`]: crate::LangRules::place_before
    pub(super) fn glued_place_word(&self, hay: &str, start: usize) -> bool {
        let head = &hay[..start];
        let word_start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let prefix = &head[word_start..];
        !prefix.is_empty() && self.cue(prefix, &self.place_before)
    }

    /// Whether `w` is one of the folded words of `list`, alone or after a listed proclitic.
    fn cue(&self, w: &str, list: &WordSet) -> bool {
        list.contains(w)
            || self
                .rules
                .prefixes
                .iter()
                .any(|p| w.strip_prefix(p).is_some_and(|s| list.contains(s)))
    }

    /// Whether `w` is the folded word `word`, alone or after a listed proclitic (`وقال` is
    /// `قال`).
    pub(super) fn is_word(&self, w: &str, word: &str) -> bool {
        w == word
            || self
                .rules
                .prefixes
                .iter()
                .any(|p| w.strip_prefix(p) == Some(word))
    }

    /// The English person rule: a capitalized word right next to the name, that is no
    /// name itself and no sentence-initial function word.
    pub(super) fn next_to_capitalized(&self, text: &str, kept: &[Hit], i: usize) -> bool {
        let hit = &kept[i];
        let capital = |w: Range<usize>| {
            let s = text.get(w.clone()).unwrap_or_default();
            s.chars().next().is_some_and(char::is_uppercase)
                && !self.capitalized_ok.iter().any(|ok| ok == s)
                && !overlaps_kept(kept, w.clone())
        };
        let before = &text[..hit.start];
        let after = &text[hit.end..];
        let prev = before.ends_with(' ')
            && !before
                .trim_end()
                .ends_with(['.', ',', ':', ';', '"', '(', '-']);
        let next = after.starts_with(' ');
        (prev && prev_word(text, hit.start).is_some_and(capital))
            || (next && next_word(text, hit.end).is_some_and(capital))
    }

    /// Applies an ambiguity's readings in order; the index of the reading that wins, or
    /// `None` to drop the name (an ordinary-word reading won, or nothing decided).
    pub(super) fn decide(
        &self,
        hay: &str,
        text: &str,
        kept: &[Hit],
        found: &[Option<Resolved>],
        i: usize,
        a: usize,
    ) -> Option<usize> {
        let ambiguity = self.rules.ambiguities.get(a)?;
        let hit = &kept[i];
        if self.rules.person_rule && self.next_to_capitalized(text, kept, i) {
            return None;
        }
        if self.next_to_person_word(hay, hit) {
            return None;
        }
        let cues = &self.reading_cues[a];
        let words_before = context_words(hay, hit.word_start, Side::Before);
        let words_after = context_words(hay, hit.end, Side::After);
        let matches = |words: &[&str], cues: &[String]| {
            cues.iter().any(|cue| {
                words
                    .iter()
                    .filter(|w| !w.is_empty())
                    .any(|w| self.is_word(w, cue))
            })
        };
        for (r, reading) in ambiguity.readings.iter().enumerate() {
            let (before, after) = &cues[r];
            let by_cue = matches(&words_before, before) || matches(&words_after, after);
            let by_list = reading.in_list && self.in_list(hay, kept, found, i);
            let by_dateline = reading.dateline && is_dateline(text, hit);
            let default = reading.before.is_empty()
                && reading.after.is_empty()
                && !reading.in_list
                && !reading.dateline;
            if by_cue || by_list || by_dateline || default {
                return reading.canonical.map(|_| r);
            }
        }
        None
    }

    pub(super) fn in_list(
        &self,
        hay: &str,
        kept: &[Hit],
        found: &[Option<Resolved>],
        i: usize,
    ) -> bool {
        let is_loc = |j: usize| {
            found
                .get(j)
                .and_then(Option::as_ref)
                .is_some_and(|f| f.kind == EntityKind::Location)
        };
        let hit = &kept[i];
        let prev = i
            .checked_sub(1)
            .filter(|&j| is_loc(j))
            .is_some_and(|j| self.joins_list(hay, kept[j].end..hit.start));
        let next = (i + 1 < kept.len() && is_loc(i + 1))
            && self.joins_list(hay, hit.end..kept[i + 1].start);
        prev || next
    }

    /// Whether the text of `gap` joins two items of a list: only blanks, commas and words
    /// of [`LangRules::list_joiners`] (`, `, ` و`, ` and `).
    ///
    /// [`LangRules::list_joiners`]: crate::LangRules::list_joiners
    pub(super) fn joins_list(&self, hay: &str, gap: Range<usize>) -> bool {
        hay.get(gap).is_some_and(|gap| {
            gap.split(|c: char| c.is_whitespace() || LIST_COMMAS.contains(&c))
                .all(|w| w.is_empty() || self.is_list_joiner(w))
        })
    }

    /// Whether the gap `gap` of `hay` holds a list joiner or a comma, not spaces alone (`Zorb
    /// and Kosh`, `Zorb, Kosh`; not `Zorb Kosh`).
    pub(super) fn joined_in_list(&self, hay: &str, gap: Range<usize>) -> bool {
        hay.get(gap.clone()).is_some_and(|g| !g.trim().is_empty()) && self.joins_list(hay, gap)
    }

    /// Whether `w` is a word of [`LangRules::list_joiners`] (`and`, `و`, `ও`).
    ///
    /// [`LangRules::list_joiners`]: crate::LangRules::list_joiners
    pub(super) fn is_list_joiner(&self, w: &str) -> bool {
        self.list_joiners.iter().any(|j| j == w)
    }
}

/// A dateline: the name opens its line and a dash or colon follows (`جدة - `), or it
/// stands alone in parentheses after a byline (`(جدة)`).
pub(super) fn is_dateline(text: &str, hit: &Hit) -> bool {
    let after = text[hit.end..].trim_start_matches(' ');
    // Only blanks back to the line's start: walk back over them rather than search for the
    // newline, which on a long line would cost the whole line per name.
    let before = text[..hit.word_start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let opens_line = (before.is_empty() || before.ends_with('\n'))
        && after.starts_with(['-', ':', '/', '،', ',']);
    let in_parens =
        text[..hit.word_start].trim_end_matches(' ').ends_with('(') && after.starts_with(')');
    opens_line || in_parens
}

/// Whether the name at `span` of `text` (normalized, not folded) is a dateline written in
/// capitals, as agencies open a story (`LONDON 1996-12-06`, `MUNICH (Reuters) -`) even
/// after a headline: every letter of it upper case (in a script with case), at the start of
/// the text, of a line or of a sentence, and a bracket, a comma, a colon, a dash or digits
/// right after it.
pub(super) fn caps_dateline(text: &str, span: Range<usize>) -> bool {
    let Some(name) = text.get(span.clone()) else {
        return false;
    };
    // The cheap tests first: this runs for every name the tagger reads over.
    let opens = text[..span.start]
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?'));
    let after = text[span.end..].trim_start_matches(' ');
    let marked = after.starts_with(|c: char| {
        matches!(c, '(' | ',' | ':' | '-' | '–' | '—') || c.is_ascii_digit()
    });
    if !opens || !marked || !name.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// The end of a number of one to three digits after one space at `end` of `hay` (a score
/// or a count of a table of standings: `Barnsley 2`, not `Chicago 2016`), if there is one.
fn score_after(hay: &str, end: usize) -> Option<usize> {
    let rest = hay.get(end..)?.strip_prefix(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].chars().next();
    ((1..=3).contains(&digits) && after.is_none_or(|c| !is_word_char(c) && c != '.' && c != ','))
        .then_some(end + 1 + digits)
}

/// Whether `kept[i]` stands in a line of results or a table of standings, where a town is
/// its team (the caller asks it only of a document with a word of sports, so that a table
/// of temperatures stays one of places): a score right after it, and beside it another name with a score of its own
/// (`Barnsley 2 Portsmouth 1`, either name), or a row of at least four numbers after it
/// (`Newcastle 15 9 3 3 28 17 30`). Digits are ASCII in the normalized text.
pub(super) fn score_line(hay: &str, kept: &[Hit], i: usize) -> bool {
    let Some(hit) = kept.get(i) else {
        return false;
    };
    let Some(after) = score_after(hay, hit.end) else {
        return false;
    };
    let next = kept
        .get(i + 1)
        .is_some_and(|n| n.word_start == after + 1 && score_after(hay, n.end).is_some());
    let prev = i > 0
        && kept
            .get(i - 1)
            .and_then(|p| score_after(hay, p.end))
            .is_some_and(|end| end + 1 == hit.word_start);
    let mut row = 1;
    let mut at = after;
    while row < 4
        && let Some(end) = score_after(hay, at)
    {
        row += 1;
        at = end;
    }
    next || prev || row >= 4
}

/// Whether `range` overlaps a hit of `kept`, which is sorted by start with disjoint spans.
fn overlaps_kept(kept: &[Hit], range: Range<usize>) -> bool {
    let first_ending_after = kept.partition_point(|k| k.end <= range.start);
    kept.get(first_ending_after)
        .is_some_and(|k| k.start < range.end)
}

/// A record a club can be named after: a city, a region or a district.
pub(super) fn is_town(record: &Record) -> bool {
    matches!(
        record.feature.as_deref(),
        Some("city" | "admin1" | "district")
    )
}

/// A record a club of a line of results is named after: a city or a district, not a region
/// (`Ohio 18 Texas 38` counts electoral votes).
pub(super) fn is_city(record: &Record) -> bool {
    matches!(record.feature.as_deref(), Some("city" | "district"))
}

/// Whether two names of `hay` ending at `end` and starting at `start` stand right beside each
/// other: nothing between them but spaces, commas, brackets, dashes and apostrophes, and at
/// most one word of up to two letters (`in`, `في`, the `'s` of `Lebanon's`, the genitive
/// ending `ের` of `লেবাননের`; not `and`).
fn beside(hay: &str, end: usize, start: usize) -> bool {
    let Some(gap) = hay.get(end..start) else {
        return false;
    };
    if gap.chars().count() > 12 {
        return false;
    }
    let mut words = gap
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let short = words.next().is_none_or(|w| w.chars().count() <= 2);
    let marks_only = gap.chars().all(|c| {
        is_word_char(c)
            || c.is_whitespace()
            || matches!(c, ',' | '،' | '(' | '-' | '–' | '\'' | '’')
    });
    short && words.next().is_none() && marks_only
}
