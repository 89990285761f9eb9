//! The number grammar: composes tokens into values and attaches what surrounds them.
//!
//! A number's core is a digit run or a sequence of number words, read left to right with a
//! running `total` (everything already multiplied by a scale), a `group` (the part below the
//! last scale) and the largest scale seen. Counts join a group only when their decimal
//! places do not collide (`twenty` + `five`, `مائة` + `و` + `خمسة` + `و` + `عشرون`), so
//! `two three` stays two numbers. Around the core the reader then looks for a negative sign,
//! a percent sign or word, a currency before or after (with a sub-unit amount: `$20 and
//! 43c`), and bound phrases before or after, which become attributes and stay outside the
//! span. Nothing here allocates per entity.

use khabar_core::{Bound, Currency, NumberValue, Subtype, is_word_char};

use crate::currency::Spacing;
use crate::digits::without_noise;
use crate::lexicon::{Lexeme, Lexicon, is_ten};
use crate::phrase::{self, Forward};
use crate::tokens::{Kind, Token};
use crate::{NumberTables, Word};

/// One number found, as a normalized byte range.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: NumberValue,
    pub(crate) reason: &'static str,
    /// The scale the core ended with (`million` of `$5 million`); 1 without one.
    pub(crate) scale: f64,
    /// Part of a time of day ([`crate::NumberTables::clock`]), set by [`Reader::read`].
    pub(crate) time_of_day: bool,
}

/// What [`Reader::hour_of`] found a number may be as an hour: at most 24, or hours and
/// minutes in four digits (`0700`).
#[derive(Clone, Copy, Debug)]
struct Hour {
    /// One or two digits of at most 24, which minutes after a colon may follow.
    short: bool,
}

/// What [`Reader::range_after`] found after a first amount.
enum After {
    /// A range that starts with it, and where the text it read ends.
    Range(Found, usize),
    /// The level a change of money reached, to emit after the first amount as its own.
    Level(Found, usize),
}

pub(crate) struct Reader<'r> {
    pub(crate) text: &'r str,
    pub(crate) tables: &'r NumberTables,
    pub(crate) lexicon: &'r Lexicon,
    pub(crate) tokens: &'r [Token],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    None,
    Digits,
    Count,
    Multiplier,
    Scale,
    Approx,
}

/// The core of a number: its digits or words, before anything around it is attached.
#[derive(Clone, Copy, Debug)]
struct Core {
    start: usize,
    end: usize,
    /// Index of the first token after the core.
    next: usize,
    /// End of the last token the core took, endings included.
    tail: usize,
    total: f64,
    group: f64,
    largest: f64,
    parts: usize,
    last: Last,
    last_scale: f64,
    group_multiplied: bool,
    ordinal: bool,
    approx: bool,
    /// A bound fused to its last word (`শতাধিক`).
    bound: Option<Bound>,
    /// A percent ending fused to its last word (`শতভাগ`).
    percent: bool,
    scaled: bool,
    suffixed: bool,
    digits: bool,
    /// Letters touch the digits before: acceptable only for a glued currency (`USD115`).
    glued_before: bool,
    /// A word touches the digits after and the core did not take it (`115USD`, `১০টি`, `4a`).
    glued_after: Option<usize>,
    first_article: bool,
    definite_ten: bool,
    /// The group before the last part joined by a connector word, and whether a scale had
    /// just closed then: `twenty and three fifths` divides only the three.
    before_and: Option<(f64, bool)>,
    /// The core is only a fraction word (`half`), a number only before a scale.
    fraction_only: bool,
    /// The first token, when the core is a single word (for the lone-word rules).
    lone_word: Option<usize>,
}

impl Core {
    /// A fraction read so far times the scale after it (`half a million`, `a third of a
    /// million`), the scale ending at `end`.
    fn scale_fraction(&mut self, scale: f64, end: usize) {
        self.total = self.group * scale;
        self.group = 0.0;
        self.largest = scale;
        self.last_scale = scale;
        self.scaled = true;
        self.last = Last::Scale;
        self.end = end;
    }

    fn new(token: &Token) -> Core {
        Core {
            start: token.start,
            end: token.end,
            next: 0,
            tail: token.end,
            total: 0.0,
            group: 0.0,
            largest: 0.0,
            parts: 0,
            last: Last::None,
            last_scale: 0.0,
            group_multiplied: false,
            ordinal: false,
            approx: false,
            bound: None,
            percent: false,
            scaled: false,
            suffixed: false,
            digits: false,
            glued_before: false,
            glued_after: None,
            first_article: false,
            definite_ten: false,
            before_and: None,
            fraction_only: false,
            lone_word: None,
        }
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }

    /// Adds one word; false when it does not continue this number.
    fn apply(&mut self, word: Word, connector: bool, tables: &NumberTables) -> bool {
        let first = self.parts == 0;
        match word {
            Word::Count(v) | Word::Ordinal(v) | Word::DefiniteTen(v) => {
                if first {
                    self.group = v;
                } else if !self.add_count(v, connector, matches!(word, Word::Ordinal(_)), tables) {
                    return false;
                }
                self.ordinal |= matches!(word, Word::Ordinal(_));
                self.definite_ten |= matches!(word, Word::DefiniteTen(_));
                self.last = Last::Count;
            }
            Word::Multiplier(m) | Word::OrdinalMultiplier(m) => {
                if first {
                    self.group = m;
                } else if tables.repeated_scale_is_approx
                    && self.parts == 1
                    && self.last == Last::Multiplier
                    && self.group == m
                {
                    // `শত শত` "hundreds and hundreds".
                    self.approx = true;
                } else if matches!(self.last, Last::Count | Last::Digits)
                    && !self.group_multiplied
                    && !self.ordinal
                    && self.group > 0.0
                    && self.group < 100.0
                {
                    self.group *= m;
                } else {
                    return false;
                }
                self.group_multiplied = true;
                self.ordinal |= matches!(word, Word::OrdinalMultiplier(_));
                self.last = Last::Multiplier;
            }
            Word::Scale(s) | Word::Plural(s) | Word::ScaledCount(_, s) if !first => {
                if self.ordinal {
                    return false;
                }
                if self.group == 0.0 {
                    if let Word::ScaledCount(c, s) = word
                        && connector
                        && s < self.largest
                    {
                        self.total += c * s;
                    } else if tables.repeated_scale_is_approx
                        && self.last == Last::Scale
                        && s == self.last_scale
                    {
                        self.approx = true;
                        return true;
                    } else if matches!(word, Word::Scale(_))
                        && self.last == Last::Scale
                        && self.last_scale <= 1e5
                        && s > self.largest
                        && self.total > 0.0
                    {
                        // A larger scale right after a thousand or a lakh multiplies it:
                        // `ألف مليون` (a thousand million), `ألف مليار`, `হাজার কোটি`, `a
                        // thousand million`; after a million, `5 million BN$` is no product.
                        self.total *= s;
                        self.largest = s;
                        self.last_scale = s;
                        self.parts += 1;
                        return true;
                    } else {
                        return false;
                    }
                } else if s > self.largest {
                    self.total = (self.total + self.group) * s;
                    self.largest = s;
                } else if s < self.largest {
                    self.total += self.group * s;
                } else {
                    return false;
                }
                self.group = 0.0;
                self.group_multiplied = false;
                self.last = Last::Scale;
                self.last_scale = s;
                self.scaled = true;
            }
            Word::Scale(s) | Word::Plural(s) | Word::ScaledCount(_, s) => {
                let count = match word {
                    Word::ScaledCount(c, _) => c,
                    Word::Plural(_) if !tables.plural_alone_is_approx => return false,
                    Word::Plural(_) => {
                        self.approx = true;
                        1.0
                    }
                    _ => 1.0,
                };
                self.total = count * s;
                self.largest = s;
                self.last = Last::Scale;
                self.last_scale = s;
                self.scaled = true;
            }
            Word::Fraction(d) => {
                if !first {
                    return false;
                }
                self.group = 1.0 / d;
                self.fraction_only = true;
                self.last = Last::Approx;
            }
            // Read with the count after it, by `Reader::adjusted`.
            Word::Adjust(_) => return false,
            Word::Approx(v) => {
                if !first {
                    return false;
                }
                self.group = v;
                self.approx = true;
                self.last = Last::Approx;
            }
        }
        self.parts += 1;
        true
    }

    /// Adds the count `v` (an ordinal word when `ordinal`) to the number read so far.
    fn add_count(&mut self, v: f64, connector: bool, ordinal: bool, tables: &NumberTables) -> bool {
        if matches!(self.last, Last::Approx) || (self.last == Last::Digits && !self.scaled) {
            return false;
        }
        if self.ordinal && !tables.units_before_tens {
            return false;
        }
        if self.group == 0.0 && !self.scaled {
            return false; // `nought-four` is two numbers
        }
        let low = self.group;
        let unit = low % 100.0;
        // The ten of a teen is a count (`الحادي عشر`, `اثنا عشر`), never the ordinal tenth
        // (`الاثنين العاشر` is Monday the tenth).
        let teen = tables.units_before_tens
            && !connector
            && !ordinal
            && v == 10.0
            && self.last == Last::Count
            && (1.0..10.0).contains(&unit)
            && unit.fract() == 0.0;
        if teen || fits_below(low, v) {
            self.group += v;
            return true;
        }
        if tables.units_before_tens
            && connector
            && is_ten(v)
            && (1.0..10.0).contains(&unit)
            && unit.fract() == 0.0
        {
            self.group += v;
            return true;
        }
        false
    }
}

/// True when `v` fills decimal places of `low` that are still empty, below the ones used:
/// 20 + 5, 300 + 12, but not 2 + 3, 10 + 5 or 20 + 30.
fn fits_below(low: f64, v: f64) -> bool {
    if !(v > 0.0 && v < 1000.0 && v.fract() == 0.0) {
        return false;
    }
    if low == 0.0 {
        return true;
    }
    if low.fract() != 0.0 {
        return false;
    }
    if low >= 1000.0 {
        // Hundreds counted past ten (`twelve hundred and five`, `nineteen hundred and
        // eighty-four`): the tens and units below them, as below any hundreds.
        return low < 10_000.0 && v < 100.0 && fits_below(low % 100.0, v);
    }
    let mut place = 1.0;
    while (low / place) % 10.0 == 0.0 && place < 1000.0 {
        place *= 10.0;
    }
    if place == 10.0 && (low / 10.0) % 10.0 < 2.0 {
        return false; // "ten five" is not fifteen
    }
    v < place
}

impl Reader<'_> {
    pub(crate) fn read(&self, emit: &mut dyn FnMut(Found)) {
        let mut i = 0;
        let mut floor = 0;
        // Where the last time of day ends: what starts before is marked as its part.
        let mut clock_end = 0;
        // The currency of the last amount of money, and where it ends.
        let last_money: std::cell::Cell<Option<(Currency, usize)>> = std::cell::Cell::new(None);
        let mut emit = |mut found: Found, consumed: usize| {
            if found.start >= clock_end
                && let Some(end) = self.time_of_day(&found, consumed)
            {
                clock_end = end;
            }
            found.time_of_day = found.start < clock_end;
            if let Some(currency) = found.value.currency {
                last_money.set(Some((currency, found.end)));
            }
            emit(found);
        };
        while i < self.tokens.len() {
            if self.tokens[i].start < floor {
                i += 1;
                continue;
            }
            match self.number_at(i, floor) {
                Some((found, consumed)) => match self.range_after(&found, consumed, floor) {
                    Some(After::Range(range, range_end)) => {
                        emit(range, range_end);
                        floor = range_end;
                        i += 1;
                    }
                    Some(After::Level(level, level_end)) => {
                        emit(found, found.end);
                        emit(level, level_end);
                        floor = level_end;
                        i += 1;
                    }
                    None => {
                        let (found, consumed) = self
                            .subunits_of(&found, consumed, last_money.get())
                            .unwrap_or((found, consumed));
                        emit(found, consumed);
                        floor = consumed;
                        i += 1;
                    }
                },
                None => {
                    // Digits glued after letters no table knows (`Sh500 million`, `R2.5
                    // billion`) are no number, and their scale words are theirs: `million`
                    // read alone there would be a million.
                    if matches!(self.tokens[i].kind, Kind::Digits { glued: true, .. })
                        && let Some(core) = self.core(i)
                    {
                        floor = floor.max(core.end);
                    }
                    i += 1;
                }
            }
        }
    }

    /// Where the time of day that `found` is the hour of ends, if it is one: an hour (at
    /// most 24) with its minutes after a colon (`20:00`, `3:42:10`), or with a clock word
    /// before it or after it (`الساعة 12`, `8 pm`, `السابعة مساء`); a four-digit hour and
    /// minutes with a clock word (`0700 GMT`). The words after it (`والنصف مساء`), a count
    /// of minutes with its word (`৯টা ৩০ মিনিটে`) and an hour joined to it (`বিকেল চারটা
    /// থেকে পাঁচটা`) belong to it; an hour joined to a time of day is one (`from 5 to 6
    /// pm`). `consumed`: where the text the number read ends (`৯টা`: its counting ending).
    fn time_of_day(&self, found: &Found, consumed: usize) -> Option<usize> {
        self.clock_at(found, consumed, true)
    }

    /// [`Reader::time_of_day`]; `look_ahead`: whether an hour joined after it may make
    /// `found` one (read one hour ahead, never further).
    fn clock_at(&self, found: &Found, consumed: usize, look_ahead: bool) -> Option<usize> {
        let hour = self.hour_of(found)?;
        let text = self.text;
        let lexicon = self.lexicon;
        let ci = self.ci();
        let no_endings = crate::lexicon::Phrases::default();
        let mut end = found.end;
        let mut clock = false;
        if hour.short {
            // `20:00`, `3:42:10`: minutes and seconds of two digits each.
            while let Some(after) = two_digits_after_colon(text, end) {
                end = after;
                clock = true;
            }
        }
        clock = clock
            || phrase::backward(
                text,
                found.start,
                true,
                &lexicon.clock_before,
                ci,
                &lexicon.clitics,
            )
            .is_some();
        // A score or a range in digits (`1 - 1 مساء الأحد`, the evening of a match) ends
        // with no hour of a clock word after it alone.
        let after_counts = !text[..found.start]
            .trim_end()
            .strip_suffix('-')
            .is_some_and(|before| before.trim_end().ends_with(|c: char| c.is_ascii_digit()));
        end = end.max(consumed);
        // A counting ending the number left, inside its last word (`সোয়া দুইটা`) or glued
        // after its digits.
        let at = self.tokens.partition_point(|t| t.start < end);
        if let Some(t) = at.checked_sub(1).and_then(|k| self.tokens.get(k))
            && t.end > end
        {
            end = t.end;
        } else if let Some(t) = self
            .tokens
            .get(at)
            .filter(|t| t.start == end && t.is_word())
            && self.tables.count_suffixes.contains(&self.text_of(t))
        {
            end = t.end;
        }
        let counted = end > found.end;
        let mut after_word = false;
        loop {
            let at = skip_space(text, end);
            if let Some(f) = phrase::forward(text, at, &lexicon.clock_after, ci, &no_endings) {
                end = f.end;
                after_word = true;
            } else if let Some(minutes_end) = self.minutes_after(end) {
                end = minutes_end;
            } else if let Some((next, next_consumed)) = self.joined_hour(end) {
                if clock || (after_word && after_counts) {
                    // The hour the first one runs to: a time of day itself, or an hour
                    // written with the same counting ending (`চারটা থেকে পাঁচটা`; but `1:30
                    // pm to 4 people`).
                    if let Some(next_end) = self.clock_at(&next, next_consumed, false) {
                        end = next_end;
                    } else if counted && next_consumed > next.end {
                        end = next_consumed;
                    }
                } else if look_ahead {
                    // The hour it runs from (`from 5 to 6 pm`, `من 5 إلى 6 بعد الظهر`).
                    return self.clock_at(&next, next_consumed, false);
                }
                break;
            } else {
                break;
            }
        }
        (clock || (after_word && after_counts)).then_some(end)
    }

    /// What kind of hour `found` may be: `None` for a number no clock shows (money, a
    /// percentage, a range, more than 24 unless four digits of hours and minutes).
    fn hour_of(&self, found: &Found) -> Option<Hour> {
        let value = found.value;
        let plain = matches!(value.subtype, Subtype::Cardinal | Subtype::Ordinal)
            && value.currency.is_none()
            && value.max.is_none();
        if !plain || !(0.0..=2359.0).contains(&value.value) {
            return None;
        }
        let written = &self.text[found.start..found.end];
        let digits = !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit());
        let of_day = value.value <= 24.0;
        // `0700 GMT`: hours and minutes in four digits.
        let military = digits && written.len() == 4 && value.value % 100.0 < 60.0;
        (of_day || military).then_some(Hour {
            short: digits && written.len() <= 2 && of_day,
        })
    }

    /// The hour after a join at `end` (`to`, `حتى`, `থেকে`) and where its text ends.
    fn joined_hour(&self, end: usize) -> Option<(Found, usize)> {
        let at = skip_space(self.text, end);
        let no_endings = crate::lexicon::Phrases::default();
        let join = phrase::forward(
            self.text,
            at,
            &self.lexicon.clock_joins,
            self.ci(),
            &no_endings,
        )?;
        let k = self.tokens.partition_point(|t| t.start < join.end);
        let (next, consumed) = self.number_at(k, join.end)?;
        self.hour_of(&next)?;
        Some((next, consumed))
    }

    /// A bare count of sub-units (`up 60 cents`, `fell 12 pence`) after an amount of money
    /// in the same sentence (`last_money`: its currency and end): money in that currency,
    /// and where its text ends.
    fn subunits_of(
        &self,
        found: &Found,
        consumed: usize,
        last_money: Option<(Currency, usize)>,
    ) -> Option<(Found, usize)> {
        let (currency, money_end) = last_money?;
        let value = found.value;
        let bare = value.subtype == Subtype::Cardinal
            && value.currency.is_none()
            && value.max.is_none()
            && (1.0..100.0).contains(&value.value)
            && value.value.fract() == 0.0;
        let between = self.text.get(money_end..found.start)?;
        if !bare || between.contains(['.', '!', '?', '\n', '؟', '।']) {
            return None;
        }
        let no_endings = crate::lexicon::Phrases::default();
        let at = skip_space(self.text, consumed);
        let word = phrase::forward(
            self.text,
            at,
            &self.lexicon.subunits,
            self.ci(),
            &no_endings,
        )?;
        let money = Found {
            end: word.end,
            value: NumberValue {
                value: without_noise(value.value / 100.0),
                subtype: Subtype::Money,
                currency: Some(currency),
                ..value
            },
            reason: "sub-units of the currency before",
            ..*found
        };
        Some((money, word.consumed))
    }

    /// The end of a count of minutes after `end` (`৩০ মিনিটে`, `وعشرين دقيقة`): a
    /// connector may open it, a word of [`crate::ClockWords::minutes`] must close it.
    fn minutes_after(&self, end: usize) -> Option<usize> {
        if self.lexicon.clock_minutes.items.is_empty() {
            return None;
        }
        let mut k = self.tokens.partition_point(|t| t.start < end);
        let token = self.tokens.get(k)?;
        if self.is_connector(token) {
            k += 1;
        }
        let core = self.core(k)?;
        let minutes = core.value();
        if core.ordinal || core.scaled || !(0.0..60.0).contains(&minutes) || minutes.fract() != 0.0
        {
            return None;
        }
        let at = match core.glued_after {
            Some(g) => self.tokens[g].start,
            None => skip_space(self.text, core.end),
        };
        phrase::forward(
            self.text,
            at,
            &self.lexicon.clock_minutes,
            self.ci(),
            &self.lexicon.all_suffixes,
        )
        .map(|f| f.consumed)
    }

    /// Whether the word at `at` starts with one of [`NumberTables::articles`].
    fn definite_at(&self, at: usize) -> bool {
        let rest = &self.text[at..];
        self.tables.articles.iter().any(|a| rest.starts_with(a))
    }

    fn ci(&self) -> bool {
        self.lexicon.case_insensitive()
    }

    fn text_of(&self, token: &Token) -> &str {
        &self.text[token.start..token.end]
    }

    /// Whether token `w` is the whole text but for signs (`নয়`, `নয়।`): a number word
    /// alone, as a chat-bot's user answers, is the number. A text of a few tokens only.
    fn whole_text(&self, w: usize) -> bool {
        self.tokens.len() <= 3
            && self
                .tokens
                .iter()
                .enumerate()
                .all(|(k, t)| k == w || matches!(t.kind, Kind::Symbol(_)))
    }

    /// Whether the word right after token `w` is one of [`crate::NumberTables::count_nouns`]
    /// (`নয় মাস`), which makes a word no number alone a count.
    fn count_noun_after(&self, w: usize) -> bool {
        self.tokens
            .get(w + 1)
            .filter(|t| t.is_word())
            .is_some_and(|t| {
                self.lexicon
                    .count_nouns
                    .contains(self.text_of(t), self.ci())
            })
    }

    fn core(&self, i: usize) -> Option<Core> {
        let token = self.tokens.get(i)?;
        let mut core = Core::new(token);
        let mut j = i + 1;
        match token.kind {
            Kind::Digits {
                value,
                decimal,
                glued,
            } => {
                core.group = value;
                core.parts = 1;
                core.digits = true;
                core.last = Last::Digits;
                core.glued_before = glued;
                if let Some(next) = self.tokens.get(j)
                    && !next.space_before
                    && next.is_word()
                {
                    let word = self.text_of(next);
                    if !decimal && self.lexicon.ordinal_suffixes.contains(word, false) {
                        core.ordinal = true;
                        core.end = next.end;
                        core.next = j + 1;
                        return Some(core);
                    }
                    if let Some(&(_, s)) = self.tables.glued_scales.iter().find(|(k, _)| *k == word)
                    {
                        core.apply(Word::Scale(s), false, self.tables);
                        core.end = next.end;
                        j += 1;
                    } else {
                        core.glued_after = Some(j);
                        core.next = j;
                        return Some(core);
                    }
                }
            }
            Kind::Word(Some(lexeme)) if matches!(lexeme.word, Word::Adjust(_)) => {
                let (group, end, after) = self.adjusted(i)?;
                core.start = lexeme.start;
                core.group = group;
                core.end = end;
                core.tail = end;
                core.parts = 1;
                core.last = Last::Count;
                j = after;
                // Letters glued after adjusted digits: a classifier, or no number at all.
                if matches!(self.tokens[j - 1].kind, Kind::Digits { .. })
                    && self.glued_word_after(j - 1)
                {
                    core.glued_after = Some(j);
                    core.next = j;
                    return Some(core);
                }
            }
            Kind::Word(None) if self.linked_count(i).is_some() => {
                let (count, after) = self.linked_count(i)?;
                core.group = count;
                core.parts = 1;
                core.last = Last::Count;
                j = after;
            }
            Kind::Word(Some(lexeme)) => {
                // Letters glued after digits belong to them (`١مليون`), and a percent word
                // (`بالمائة`, `في المائة`) is not a hundred.
                let after_digits = i > 0
                    && !token.space_before
                    && matches!(self.tokens[i - 1].kind, Kind::Digits { .. });
                let percent_word = phrase::backward(
                    self.text,
                    token.end,
                    false,
                    &self.lexicon.percent_after,
                    self.ci(),
                    &self.lexicon.clitics,
                )
                .is_some();
                if after_digits || percent_word || !core.apply(lexeme.word, false, self.tables) {
                    return None;
                }
                core.start = lexeme.start;
                core.end = lexeme.end;
                core.first_article = lexeme.article;
                core.lone_word = Some(i);
                // A dual in construct counts two only before the noun it counts; before a
                // connector, a sign, digits or the end it is one of the scale.
                if let Word::ScaledCount(c, s) = lexeme.word
                    && c == 2.0
                    && self
                        .lexicon
                        .construct_duals
                        .contains(&self.text[lexeme.start..lexeme.end], self.ci())
                    && self.tokens.get(j).is_none_or(|next| {
                        !next.is_word() || next.lexeme().is_some_and(|l| l.connector)
                    })
                {
                    core.total = s;
                }
                // `half a million`.
                if let Word::Fraction(_) = lexeme.word
                    && let Some((s, scale_end, after)) = self.scale_after_fraction(j)
                {
                    core.scale_fraction(s, scale_end);
                    j = after;
                }
                if lexeme.suffixed {
                    core.suffixed = true;
                    core.bound = lexeme.bound;
                    core.percent = lexeme.percent;
                    core.next = j;
                    return Some(core);
                }
            }
            Kind::Word(None)
                if self
                    .lexicon
                    .indefinite
                    .contains(self.text_of(token), self.ci()) =>
            {
                // `a couple of dozen`.
                if let Some((count, after)) = self.linked_count(j) {
                    core.group = count;
                    core.parts = 1;
                    core.last = Last::Count;
                    self.continue_core(&mut core, after);
                    return (core.parts > 1).then_some(core);
                }
                let next = self.tokens.get(j)?.lexeme()?;
                // `a grand jury`: a word that is no number alone is none after an article.
                if self
                    .lexicon
                    .ambiguous_alone
                    .contains(&self.text[next.start..next.end], self.ci())
                {
                    return None;
                }
                match next.word {
                    Word::Multiplier(_) | Word::Scale(_) => {
                        core.group = 1.0;
                        core.last = Last::Count;
                    }
                    // `a quarter million`, `a hundredth`, `a third of a million`; an ordinal
                    // from the third on (`a second` is a moment or another one, not a half).
                    Word::Fraction(d) | Word::OrdinalMultiplier(d) | Word::Ordinal(d)
                        if d >= 3.0 || (d >= 2.0 && matches!(next.word, Word::Fraction(_))) =>
                    {
                        core.group = 1.0 / d;
                        core.fraction_only = !matches!(next.word, Word::OrdinalMultiplier(_));
                        core.end = next.end;
                        core.last = Last::Approx;
                        j += 1;
                        if core.fraction_only
                            && let Some((s, scale_end, after)) = self.scale_after_fraction(j)
                        {
                            core.scale_fraction(s, scale_end);
                            j = after;
                        } else if self.partitive_at(j) {
                            // Before a partitive, the fraction of what follows (`a third
                            // of the vote`, `a quarter of the seats`).
                            core.fraction_only = false;
                        } else if matches!(next.word, Word::Ordinal(_)) {
                            // `a third` before a word is an ordinal (`a third term`); before
                            // the end of a clause, nothing follows for it to order: a
                            // fraction (`fell by a third.`).
                            let clause_ends = self.tokens.get(j).is_none_or(|t| {
                                matches!(
                                    t.kind,
                                    Kind::Symbol('.' | ',' | ';' | ':' | ')' | '!' | '?')
                                )
                            });
                            if !clause_ends {
                                return None;
                            }
                            core.fraction_only = false;
                        }
                    }
                    _ => return None,
                }
                core.parts = 1;
            }
            Kind::Word(None)
                if self
                    .lexicon
                    .decimal_words
                    .contains(self.text_of(token), self.ci()) =>
            {
                let (fraction, end, after) = self.fraction_after(j)?;
                if !matches!(self.tokens[j].kind, Kind::Digits { .. }) {
                    return None;
                }
                core.group = fraction;
                core.end = end;
                core.parts = 1;
                core.last = Last::Approx;
                j = after;
            }
            _ => return None,
        }
        self.continue_core(&mut core, j);
        if core.parts > 1 {
            core.lone_word = None;
        }
        Some(core)
    }

    /// Extends `core` with the parts that follow it from token `j`.
    fn continue_core(&self, core: &mut Core, mut j: usize) {
        while let Some(token) = self.tokens.get(j) {
            let mut k = j;
            let mut connector = false;
            let mut next = token;
            // A hyphen joins where the language says so, and before a denominator in any
            // language (`এক-তৃতীয়াংশ`, `two-thirds`).
            let hyphen = matches!(token.kind, Kind::Symbol('-'))
                && (self.tables.hyphen_joins
                    || (!token.space_before
                        && self.tokens.get(j + 1).is_some_and(|t| {
                            !t.space_before
                                && t.lexeme()
                                    .is_some_and(|l| matches!(l.word, Word::Fraction(_)))
                        })));
            if self.is_connector(token) || hyphen {
                connector = true;
                k = j + 1;
                let Some(after) = self.tokens.get(k) else {
                    break;
                };
                next = after;
            }
            if !connector
                && !core.ordinal
                && let Kind::Word(None) = next.kind
                && self
                    .lexicon
                    .decimal_words
                    .contains(self.text_of(next), self.ci())
                && let Some((fraction, end, after)) = self.fraction_after(k + 1)
            {
                core.group += fraction;
                core.end = end;
                j = after;
                continue;
            }
            let word_connector = connector && !matches!(token.kind, Kind::Symbol(_));
            // `3 hundred and 2 hundred`: a joined count that takes its own multiplier starts
            // a second number.
            if word_connector
                && core.group_multiplied
                && self
                    .tokens
                    .get(k + 1)
                    .and_then(Token::lexeme)
                    .is_some_and(|l| matches!(l.word, Word::Multiplier(_)))
            {
                break;
            }
            // `40 million and 40 million`, `two billion and three billion`, `مليونين وثلاثة
            // ملايين`: a joined count that takes a scale as large as one already read starts
            // a second number (`one million and five thousand` is one), the connector a word
            // apart or a proclitic; a fraction of it continues (`مليون ونصف المليون`).
            if (connector || next.lexeme().is_some_and(|l| l.connector))
                && !next
                    .lexeme()
                    .is_some_and(|l| matches!(l.word, Word::Fraction(_)))
                && core.scaled
                && self.tokens.get(k + 1).and_then(Token::lexeme).is_some_and(
                    |l| matches!(l.word, Word::Scale(s) | Word::Plural(s) if s >= core.largest),
                )
            {
                break;
            }
            if self.fraction(core, next, word_connector, k, &mut j) {
                continue;
            }
            match next.kind {
                Kind::Word(Some(lexeme)) => {
                    if lexeme.other_clitic || (lexeme.connector && connector) {
                        break;
                    }
                    if !connector && !lexeme.connector && self.words_end_digits(core, lexeme, k) {
                        break;
                    }
                    // An ordinal with the article joins only a part with it (`الثامنة
                    // والعشرون`, the 28th): `الثامنة وعشرين دقيقة` is eight and twenty minutes.
                    if core.ordinal
                        && (connector || lexeme.connector)
                        && self.definite_at(core.start)
                        && !self.definite_at(lexeme.start)
                    {
                        break;
                    }
                    let before = (core.group, core.group == 0.0 && core.scaled);
                    if !core.apply(lexeme.word, connector || lexeme.connector, self.tables) {
                        break;
                    }
                    if word_connector || lexeme.connector {
                        core.before_and = Some(before);
                    }
                    core.end = lexeme.end;
                    core.tail = next.end;
                    j = k + 1;
                    if lexeme.suffixed {
                        core.suffixed = true;
                        core.bound = lexeme.bound;
                        core.percent = lexeme.percent;
                        break;
                    }
                }
                Kind::Digits {
                    value,
                    decimal: false,
                    glued: false,
                } if matches!(core.last, Last::Multiplier | Last::Scale)
                    // Apart from the scale, or glued to a word connector (`3 مليارات و500
                    // مليون`).
                    && (next.space_before || word_connector)
                    && !self.glued_word_after(k)
                    // `5 million 300 thousand`, `৩৪ হাজার ৪২২`; in English not `$5 billion
                    // 10-year notes`, `1 million 20 percent`.
                    && (connector
                        || !self.tables.remainder_needs_connector
                        || self.takes_own_scale(k)) =>
                {
                    if !core.add_count(value, connector, false, self.tables) {
                        break;
                    }
                    core.parts += 1;
                    core.last = Last::Count;
                    core.end = next.end;
                    j = k + 1;
                }
                _ => break,
            }
        }
        core.next = j;
    }

    /// A fraction after the count read so far: `three fifths`, `one-eighth`, `twenty and
    /// three fifths`, `five and a quarter`, `3 million and a half`. Updates `core` and `j`
    /// and returns true when one was read.
    fn fraction(
        &self,
        core: &mut Core,
        next: &Token,
        word_connector: bool,
        k: usize,
        j: &mut usize,
    ) -> bool {
        if core.parts == 0 || core.ordinal || core.approx {
            return false;
        }
        // `and a half`: the indefinite article as numerator; `ونصف`, `and half`: a fraction
        // word joined alone.
        let joined_fraction = if word_connector
            && matches!(next.kind, Kind::Word(None))
            && self
                .lexicon
                .indefinite
                .contains(self.text_of(next), self.ci())
        {
            self.tokens
                .get(k + 1)
                .and_then(Token::lexeme)
                .map(|lexeme| (lexeme, k + 2))
        } else if let Some(lexeme) = next.lexeme()
            && (word_connector || lexeme.connector)
            && matches!(lexeme.word, Word::Fraction(_))
        {
            Some((lexeme, k + 1))
        } else {
            None
        };
        // Bare digits take a fraction only joined after them, and only whole ones (`5 and a
        // half percent`, `2 and a half million`, `3 ونصف مليون`); not `3 fifths`, `1.5 and a
        // half`.
        if core.digits && !core.scaled && (joined_fraction.is_none() || core.group.fract() != 0.0) {
            return false;
        }
        // A fraction before a word it names something with is no part of the number (`دور
        // الـ16 وربع النهائي`, the round of 16 and the quarter-final).
        if let Some((_, after)) = joined_fraction
            && let Some(not_before) = self.tables.fraction_construct
            && self
                .tokens
                .get(after)
                .is_some_and(|t| not_before.contains(&self.text_of(t)))
        {
            return false;
        }
        if let Some((lexeme, after)) = joined_fraction
            && let Word::Fraction(d) | Word::Ordinal(d) = lexeme.word
            && d >= 2.0
        {
            *j = after;
            core.end = lexeme.end;
            // `and a quarter million`: a fraction of the scale that follows; the scale just
            // read, repeated, is the fraction's own (`مليون ونصف المليون`, a million and a
            // half).
            let scale_after = self
                .tokens
                .get(after)
                .and_then(Token::lexeme)
                .and_then(|l| match l.word {
                    Word::Scale(s) => Some((s, l.end)),
                    _ => None,
                });
            let own_scale = core.group == 0.0 && core.scaled;
            if let Some((s, end)) = scale_after
                && (s < core.largest || (own_scale && s == core.last_scale))
            {
                core.total += s / d;
                core.end = end;
                *j = after + 1;
            } else if own_scale {
                core.total += core.last_scale / d;
            } else {
                core.group += 1.0 / d;
            }
            core.last = Last::Approx;
            return true;
        }
        if word_connector {
            return false;
        }
        let Some(lexeme) = next.lexeme() else {
            return false;
        };
        let d = match lexeme.word {
            Word::Fraction(d) => d,
            // `one fifth`, but `twenty-fifth` and `hundred fifth` are ordinals.
            Word::Ordinal(d)
                if self.tables.ordinal_denominators && d >= 3.0 && !fits_below(core.group, d) =>
            {
                d
            }
            _ => return false,
        };
        if core.group <= 0.0 || !matches!(core.last, Last::Count | Last::Multiplier) {
            return false;
        }
        // `the past two quarters`: periods, not a fraction.
        let before = self.tokens.partition_point(|t| t.start < core.start);
        if let Some(prev) = before.checked_sub(1).map(|p| &self.tokens[p])
            && prev.is_word()
            && self
                .lexicon
                .fraction_not_after
                .contains(self.text_of(prev), self.ci())
        {
            return false;
        }
        let (base, after_scale) = core.before_and.unwrap_or((0.0, false));
        let fraction = (core.group - base) / d;
        *j = k + 1;
        core.end = lexeme.end;
        if let Some((s, scale_end, after)) = self.scale_after_fraction(k + 1)
            && (core.largest == 0.0 || s < core.largest)
        {
            // `two thirds of a million`, `one billion and three quarters million`.
            if core.largest == 0.0 {
                core.group = 0.0;
                core.total = (base + fraction) * s;
                core.largest = s;
                core.scaled = true;
            } else {
                core.total += fraction * s;
                core.group = base;
            }
            core.end = scale_end;
            *j = after;
        } else if after_scale {
            core.total += fraction * core.last_scale;
            core.group = 0.0;
        } else {
            core.group = base + fraction;
        }
        core.last = Last::Approx;
        core.parts += 1;
        true
    }

    /// An adjuster word at token `i` and the count after it (`সাড়ে তিন`, `পৌনে দুইশো`, `সাড়ে ৩`),
    /// or one before a scale (`সোয়া লাখ`): the adjusted count, the end of its span and the
    /// next token. The adjustment is a fraction of the count's unit: a hundred for whole
    /// hundreds written as one word, else one.
    fn adjusted(&self, i: usize) -> Option<(f64, usize, usize)> {
        let Word::Adjust(a) = self.tokens.get(i)?.lexeme()?.word else {
            return None;
        };
        let next = self.tokens.get(i + 1)?;
        if !next.space_before {
            return None;
        }
        // A count in digits, read as its words are: whole hundreds below a thousand have a
        // hundred for unit (`সাড়ে ৫০০ পাখি` = 550, as `সাড়ে পাঁচশো`), other counts one
        // (`সাড়ে ৩ হাজার` = 3,500).
        if let Kind::Digits {
            value,
            decimal: false,
            glued: false,
        } = next.kind
        {
            let unit = if (100.0..1000.0).contains(&value) && value % 100.0 == 0.0 {
                100.0
            } else {
                1.0
            };
            // Letters glued after the digits (`সাড়ে ১০টি`) are checked by the caller, as
            // after any digits.
            let value = value + a * unit;
            return (value > 0.0).then_some((value, next.end, i + 2));
        }
        let count = next.lexeme()?;
        // Right before a scale, the count is one (`সোয়া লাখ` = 125,000): the scale that
        // follows multiplies it.
        if let Word::Scale(_) = count.word
            && !count.connector
            && !count.other_clitic
        {
            let value = 1.0 + a;
            let end = self.tokens.get(i)?.end;
            return (value > 0.0).then_some((value, end, i + 1));
        }
        let Word::Count(v) = count.word else {
            return None;
        };
        if count.connector || count.other_clitic || v < 1.0 {
            return None;
        }
        let unit = if v >= 100.0 && v % 100.0 == 0.0 {
            100.0
        } else {
            1.0
        };
        let value = v + a * unit;
        (value > 0.0).then_some((value, count.end, i + 2))
    }

    /// A linked count at token `i` with its link and the multiplier or scale after it (`couple
    /// of dozen`): the count and the token of the multiplier.
    fn linked_count(&self, i: usize) -> Option<(f64, usize)> {
        let token = self.tokens.get(i).filter(|t| t.is_word())?;
        let word = self.text_of(token);
        let ci = self.ci();
        let same = |a: &str, b: &str| {
            if ci {
                a.eq_ignore_ascii_case(b)
            } else {
                a == b
            }
        };
        let &(_, count, link) = self
            .tables
            .linked_counts
            .iter()
            .find(|(w, _, _)| same(w, word))?;
        // The link may go unsaid (`a couple hundred`, as `a couple of hundred`).
        let linked = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && same(self.text_of(t), link));
        let at = if linked { i + 2 } else { i + 1 };
        let scale = self.tokens.get(at)?.lexeme()?;
        matches!(scale.word, Word::Multiplier(_) | Word::Scale(_)).then_some((count, at))
    }

    /// Whether a partitive word (`of`) starts at token `k`.
    fn partitive_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|token| {
            phrase::forward(
                self.text,
                token.start,
                &self.lexicon.partitives,
                self.ci(),
                &crate::lexicon::Phrases::default(),
            )
            .is_some()
        })
    }

    /// A scale or multiplier right after a fraction, directly or after the language's
    /// linking words (`of a million`, `a dozen`): its value, span end and the next token.
    fn scale_after_fraction(&self, k: usize) -> Option<(f64, usize, usize)> {
        let token = self.tokens.get(k)?;
        let mut at = k;
        if let Some(f) = phrase::forward(
            self.text,
            token.start,
            &self.lexicon.fraction_links,
            self.ci(),
            &crate::lexicon::Phrases::default(),
        ) {
            at = self
                .tokens
                .partition_point(|t| t.start < skip_space(self.text, f.end));
        }
        let scale = self.tokens.get(at)?;
        let lexeme = scale.lexeme()?;
        // A scale behind a clitic that does not join starts another expression: `نصف بالمئة`
        // is half a percent, not half of a hundred.
        if lexeme.other_clitic {
            return None;
        }
        match lexeme.word {
            // A multiplier too: `half a dozen` is 6, not a dozen.
            Word::Scale(s) | Word::Multiplier(s) => Some((s, scale.end, at + 1)),
            _ => None,
        }
    }

    /// `one over three`, `2000 over 3`, `one out of three`: the ratio of two numbers, when the
    /// language lists ratio words. Returns the value, the span end and the next token.
    fn ratio_after(&self, core: &Core) -> Option<(f64, usize, usize)> {
        if core.ordinal || core.approx || core.parts == 0 || core.glued_after.is_some() {
            return None;
        }
        let at = skip_space(self.text, core.end);
        if at == core.end {
            return None;
        }
        // Only between bare numbers: `$500 over five years` is an amount and a count.
        if self
            .lexicon
            .currency
            .backward(self.text, core.start, true, &self.lexicon.clitics)
            .is_some()
        {
            return None;
        }
        let no_endings = crate::lexicon::Phrases::default();
        let found = phrase::forward(self.text, at, &self.lexicon.ratios, self.ci(), &no_endings)?;
        let k = self
            .tokens
            .partition_point(|t| t.start < skip_space(self.text, found.end));
        let denominator = self.core(k)?;
        let d = denominator.value();
        let n = core.value();
        let strict = self
            .tables
            .ratios_proper
            .contains(&self.tables.ratios[found.index]);
        if d == 0.0
            || denominator.ordinal
            || denominator.glued_after.is_some()
            || (strict && n >= d)
        {
            return None;
        }
        Some((n / d, denominator.end, denominator.next))
    }

    /// `1/4`, `20/100`, `2 1/4`: a proper fraction in digits, not part of a longer slashed
    /// run (`5/17/2018`). Returns the value (with the whole part written before it) and the span.
    fn slash_fraction(&self, core: &Core, i: usize) -> Option<(f64, usize, usize)> {
        if !core.digits
            || core.scaled
            || core.ordinal
            || core.glued_after.is_some()
            || core.parts != 1
        {
            return None;
        }
        if self.text[..core.start].ends_with('/') {
            return None;
        }
        // `2 1/4`: the core is the whole part and the fraction follows.
        let (base, n_at) = match self.tokens.get(i + 1).map(|t| (t.kind, t.space_before)) {
            Some((
                Kind::Digits {
                    value: n,
                    decimal: false,
                    glued: false,
                },
                true,
            )) => (core.value(), Some((n, i + 1))),
            _ => (0.0, None),
        };
        let (n, at) = n_at.unwrap_or((core.value(), i));
        let slash = self.tokens.get(at + 1)?;
        let denominator = self.tokens.get(at + 2)?;
        let (
            Kind::Symbol('/'),
            Kind::Digits {
                value: d,
                decimal: false,
                ..
            },
        ) = (slash.kind, denominator.kind)
        else {
            return None;
        };
        if slash.space_before || denominator.space_before {
            return None;
        }
        if self
            .tokens
            .get(at + 3)
            .is_some_and(|t| matches!(t.kind, Kind::Symbol('/')) && !t.space_before)
        {
            return None;
        }
        if n.fract() != 0.0 || d == 0.0 || n >= d || base.fract() != 0.0 {
            return None;
        }
        Some((base + n / d, core.start, denominator.end))
    }

    /// `1.1^23`, `2.5^-1`, `-12e-1`, `1.3e6`: a power written after digits. Returns the
    /// factor and the end of the exponent.
    fn exponent_after(&self, core: &Core) -> Option<(f64, f64, usize)> {
        let k = self.tokens.partition_point(|t| t.start < core.end);
        let marker = self.tokens.get(k)?;
        if marker.space_before {
            return None;
        }
        let power = match marker.kind {
            Kind::Symbol('^') => true,
            Kind::Word(_) if self.text_of(marker) == "e" || self.text_of(marker) == "E" => false,
            _ => return None,
        };
        let mut at = k + 1;
        let mut negative = false;
        while let Some(Kind::Symbol(sign @ ('-' | '+'))) = self.tokens.get(at).map(|t| t.kind) {
            negative ^= sign == '-';
            at += 1;
        }
        let token = self.tokens.get(at)?;
        let Kind::Digits {
            value,
            decimal: false,
            ..
        } = token.kind
        else {
            return None;
        };
        let exponent = if negative { -value } else { value };
        let base = core.value();
        let result = if power {
            base.powf(exponent)
        } else {
            base * 10f64.powf(exponent)
        };
        result.is_finite().then_some((result, exponent, token.end))
    }

    /// True when the number word `lexeme` (token `k`) may not continue `core`, an amount
    /// written in digits with a scale word (`$3 billion`, `5 million`), without a connector
    /// before it. An ordinal there never does, in any language (`5 million first-time
    /// buyers`, `$ 280 million first preferred notes`). A count does not where the language
    /// wants a connector before a remainder ([`NumberTables::remainder_needs_connector`]:
    /// `a $3 billion three-year plan`, `$2 million one year ago`) unless it takes a
    /// multiplier or scale of its own (`5 million two hundred thousand`).
    ///
    /// [`NumberTables::remainder_needs_connector`]: crate::NumberTables
    fn words_end_digits(&self, core: &Core, lexeme: Lexeme, k: usize) -> bool {
        if !(core.digits && core.last == Last::Scale) {
            return false;
        }
        match lexeme.word {
            Word::Ordinal(_) | Word::OrdinalMultiplier(_) | Word::DefiniteTen(_) => true,
            Word::Count(_) => self.tables.remainder_needs_connector && !self.takes_own_scale(k),
            _ => false,
        }
    }

    /// True when token `k`, a count, is followed by a multiplier or scale word of its own.
    fn takes_own_scale(&self, k: usize) -> bool {
        self.tokens
            .get(k + 1)
            .and_then(Token::lexeme)
            .is_some_and(|l| {
                matches!(
                    l.word,
                    Word::Multiplier(_) | Word::Scale(_) | Word::Plural(_) | Word::ScaledCount(..)
                )
            })
    }

    fn glued_word_after(&self, k: usize) -> bool {
        self.tokens
            .get(k + 1)
            .is_some_and(|t| !t.space_before && t.is_word())
    }

    fn is_connector(&self, token: &Token) -> bool {
        matches!(token.kind, Kind::Word(None) | Kind::Word(Some(_)))
            && token.lexeme().is_none()
            && self
                .lexicon
                .connectors
                .contains(self.text_of(token), self.ci())
    }

    /// The fraction spelled after a decimal word: digits (`point 77`) or unit words one per
    /// digit (`point two`). Returns it with the end of its span and the next token.
    fn fraction_after(&self, k: usize) -> Option<(f64, usize, usize)> {
        let token = self.tokens.get(k)?;
        if let Kind::Digits {
            decimal: false,
            glued: false,
            ..
        } = token.kind
        {
            let digits = &self.text[token.start..token.end];
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let value = digits
                .bytes()
                .rev()
                .fold(0.0, |acc, b| (acc + f64::from(b - b'0')) / 10.0);
            return Some((value, token.end, k + 1));
        }
        let (mut value, mut scale, mut end, mut at) = (0.0, 0.1, 0, k);
        while let Some(Word::Count(v)) = self.tokens.get(at).and_then(Token::lexeme).map(|l| l.word)
        {
            if !(0.0..100.0).contains(&v) || v.fract() != 0.0 {
                break;
            }
            // `point eleven` is .11: a two-digit word fills two places.
            let places = if v >= 10.0 { 0.01 } else { 0.1 };
            value += v * scale * (places * 10.0);
            scale *= places;
            end = self.tokens[at].end;
            at += 1;
        }
        (at > k).then_some((value, end, at))
    }

    /// Reads the number whose core starts at token `i`, with what surrounds it; `floor` is
    /// where the previous number ended. Returns it with the end of the text it consumed.
    fn number_at(&self, i: usize, floor: usize) -> Option<(Found, usize)> {
        let core = self.core(i)?;
        let text = self.text;
        let ci = self.ci();
        let no_endings = crate::lexicon::Phrases::default();
        let mut start = core.start;
        let mut end = core.end;
        let mut consumed = core.tail.max(end);
        let mut value = core.value();
        let mut subtype = if core.ordinal {
            Subtype::Ordinal
        } else {
            Subtype::Cardinal
        };
        let mut currency: Option<Currency> = None;
        let mut reason: &'static str = if core.digits { "digits" } else { "words" };
        let mut bound = core.bound.or(core.approx.then_some(Bound::About));
        if let Some((fraction, fraction_start, fraction_end)) = self.slash_fraction(&core, i) {
            value = fraction;
            start = start.min(fraction_start);
            end = fraction_end;
            consumed = fraction_end;
            reason = "fraction";
        } else if let Some((ratio, ratio_end, _)) = self.ratio_after(&core) {
            value = ratio;
            end = ratio_end;
            consumed = ratio_end;
            reason = "ratio";
        }

        // A power of ten or an exponent after the digits (`1.3e6`, `2.5^-1`).
        let mut glued_after = core.glued_after;
        if core.digits
            && !core.scaled
            && let Some((result, _, exp_end)) = self.exponent_after(&core)
        {
            value = result;
            end = exp_end;
            consumed = exp_end;
            glued_after = None;
        }
        // A lone word that starts a currency form (`BN` of `BN$`) is that form's, not a number.
        if !core.digits
            && core.parts == 1
            && self
                .lexicon
                .currency
                .forward(text, core.start, &no_endings)
                .is_some_and(|f| f.end > core.end)
        {
            return None;
        }
        // Letters glued after the digits must be a currency code or a permitted ending.
        let mut glued_currency: Option<Forward> = None;
        // The end of a percentage word glued after the digits (`4.5pc`).
        let mut glued_percent: Option<usize> = None;
        // A scale glued after the digits that only money has (`$5B`): its size and end.
        let mut money_scale: Option<(f64, usize)> = None;
        // Where a part of a percent glued after the digits starts (`25bp`).
        let mut glued_part_at: Option<usize> = None;
        if let Some(g) = glued_after {
            let at = self.tokens[g].start;
            let word = &text[at..self.tokens[g].end];
            if let Some(f) = self.lexicon.currency.forward(text, at, &no_endings)
                && self.lexicon.currency.form(f.index).glued
            {
                glued_currency = Some(f);
            } else if self
                .tables
                .glued_percent
                .iter()
                .any(|p| word.eq_ignore_ascii_case(p))
            {
                glued_percent = Some(self.tokens[g].end);
                consumed = self.tokens[g].end;
            } else if self.tables.glued_suffixes.iter().any(|s| {
                // The ending alone, or closed by a particle (`১০টিরও বেশি`).
                text[at..].strip_prefix(s).is_some_and(|rest| {
                    let after = at + s.len();
                    boundary_after(text, after)
                        || self
                            .tables
                            .ending_particles
                            .iter()
                            .any(|p| rest.starts_with(p) && boundary_after(text, after + p.len()))
                })
            }) {
                consumed = self.tokens[g].end;
            } else if let Some(&(_, scale)) = self
                .tables
                .money_glued_scales
                .iter()
                .find(|(k, _)| *k == word)
                && core.digits
                && !core.scaled
            {
                money_scale = Some((scale, self.tokens[g].end));
            } else if self
                .tables
                .percent_parts_after
                .iter()
                .any(|(p, _)| word.eq_ignore_ascii_case(p))
            {
                // `25bp`, `50bps`: read as a part of a percent below.
                glued_part_at = Some(at);
            } else {
                return None;
            }
        }

        // Percent: a sign, a word after, or a word before.
        let rest_at = skip_space(text, end);
        // Where a word after the number starts: apart, or after a hyphen as an adjective
        // (`a 10-percent rise`, `a 25-basis-point cut`).
        let word_after = if rest_at > end {
            Some(rest_at)
        } else {
            text[end..].starts_with('-').then_some(end + 1)
        };
        if glued_currency.is_none() && !core.ordinal {
            if core.percent {
                subtype = Subtype::Percent;
            } else if let Some(word_end) = glued_percent {
                end = word_end;
                subtype = Subtype::Percent;
            } else if let Some(sign_end) = percent_sign(text, end, self.tables.percent_signs) {
                end = sign_end;
                subtype = Subtype::Percent;
            } else if let Some(sign_start) = self
                .tables
                .percent_sign_before
                .then(|| percent_sign_before(text, start, floor, self.tables.percent_signs))
                .flatten()
            {
                start = sign_start;
                subtype = Subtype::Percent;
            } else if let Some(f) = word_after.and_then(|at| {
                phrase::forward(
                    text,
                    at,
                    &self.lexicon.percent_after,
                    ci,
                    &self.lexicon.all_suffixes,
                )
            }) {
                end = f.end;
                consumed = f.consumed;
                subtype = Subtype::Percent;
            } else if let Some((s, _)) = phrase::backward(
                text,
                start,
                true,
                &self.lexicon.percent_before,
                ci,
                &self.lexicon.clitics,
            ) && s >= floor
            {
                start = s;
                subtype = Subtype::Percent;
                let close_at = skip_space(text, end);
                if let Some(f) = phrase::forward(
                    text,
                    close_at,
                    &self.lexicon.percent_close,
                    ci,
                    &self.lexicon.all_suffixes,
                ) && close_at > end
                {
                    end = f.end;
                    consumed = f.consumed;
                }
            }
        }
        // A part of a percent: the per-mille sign (glued or apart), or the language's words
        // after the number, apart, glued to its digits or after a hyphen (`5‰`, `5 per
        // thousand`, `5 بالألف`, `50 basis points`, `25bp`, `a 25-basis-point cut`): the
        // thousand or the basis no number of its own.
        if glued_currency.is_none() && !core.ordinal && subtype == Subtype::Cardinal {
            let sign = [end, rest_at]
                .into_iter()
                .find(|&at| text[at..].starts_with('‰'))
                .map(|at| (at + '‰'.len_utf8(), at + '‰'.len_utf8(), 10.0));
            let part = if sign.is_some() {
                sign
            } else {
                word_after
                    .or(glued_part_at)
                    .and_then(|at| {
                        phrase::forward(
                            text,
                            at,
                            &self.lexicon.percent_parts_after,
                            ci,
                            &self.lexicon.all_suffixes,
                        )
                    })
                    .map(|f| (f.end, f.consumed, self.lexicon.percent_part_sizes[f.index]))
            };
            if let Some((part_end, part_consumed, size)) = part {
                end = part_end;
                consumed = part_consumed;
                subtype = Subtype::Percent;
                value /= size;
            }
        }
        if subtype == Subtype::Percent {
            reason = "percent";
        }

        // Money: a currency before or after.
        if money_scale.is_some() && !matches!(subtype, Subtype::Cardinal) {
            return None;
        }
        if matches!(subtype, Subtype::Cardinal) {
            let currencies = &self.lexicon.currency;
            // Four digits of a year after a currency's name (not its symbol or code) name
            // an event, not a price: `Euro 2012`, `يورو 2016` are championships.
            // Nothing read past the digits (no fraction, ratio or exponent).
            let year_shaped = core.digits
                && !core.scaled
                && end == core.end
                && (1900.0..=2100.0).contains(&value)
                && value.fract() == 0.0
                && text[core.start..core.end].chars().count() == 4;
            let before =
                currencies.backward_where(text, start, true, &self.lexicon.clitics, |s, form| {
                    s >= floor
                        && form.before
                        && (!year_shaped || form.glued)
                        && (!form.needs_scale || core.scaled)
                        && if text[s..start].chars().any(char::is_whitespace) {
                            form.spaced.allows(core.scaled)
                        } else {
                            form.glued
                        }
                });
            let after = glued_currency
                .or_else(|| {
                    currencies.forward_where(text, rest_at, &self.lexicon.all_suffixes, |form| {
                        // Only digits touch a symbol after them (`5$`, not `bn$`).
                        if rest_at > end {
                            form.spaced == Spacing::Always
                        } else {
                            form.glued && core.digits
                        }
                    })
                })
                .filter(|f| !currencies.form(f.index).needs_scale || core.scaled);
            if core.glued_before
                && before.is_none_or(|(s, _)| text[s..start].trim_end().len() != start - s)
            {
                return None;
            }
            // A scale only money has needs its currency glued before (`$5B`).
            if let Some((scale, scale_end)) = money_scale {
                let glued_before =
                    before.is_some_and(|(s, _)| !text[s..start].chars().any(char::is_whitespace));
                if !glued_before {
                    return None;
                }
                value *= scale;
                end = scale_end;
                consumed = consumed.max(scale_end);
            }
            // A currency's name apart before and a currency after the amount: the one after
            // is the amount's (`প্রতি ডলার ১১০ টাকা`, 110 taka to the dollar); a sign or a
            // code before stays (`$ 20,000.00 $ 37,305.97`).
            let before =
                before.filter(|&(_, index)| after.is_none() || currencies.form(index).glued);
            let entry = if let Some((s, index)) = before {
                start = s;
                Some((index, false))
            } else if let Some(f) = after {
                end = f.end;
                consumed = f.consumed;
                Some((f.index, true))
            } else {
                None
            };
            if let Some((index, after)) = entry {
                let form = self.lexicon.currency.form(index);
                subtype = Subtype::Money;
                currency = Some(form.code);
                value *= form.scale;
                reason = form.reason;
                if let Some((cents, cents_end)) = self.subunit_after(end, after) {
                    value += cents / 100.0;
                    end = cents_end;
                    consumed = consumed.max(cents_end);
                }
            }
        } else if core.glued_before {
            return None;
        }

        // A fraction alone is a number before a scale, a percent (`نصف في المئة`, `a half
        // percent`) or, where the language writes the partitive so, a definite noun.
        if core.fraction_only
            && !core.scaled
            && subtype != Subtype::Percent
            && !self.fraction_in_construct(&core, end)
        {
            return None;
        }
        // A lone word is weaker evidence than digits.
        if subtype == Subtype::Cardinal
            && let Some(w) = core.lone_word
            && let Some(lexeme) = self.tokens[w].lexeme()
        {
            let stem = &text[lexeme.start..lexeme.end];
            // A bound before a multiplier makes it a number too (`কয়েক শ মানুষ`, a few hundred
            // people).
            let bounded = || {
                matches!(lexeme.word, Word::Multiplier(_))
                    && self.bound_before(self.tokens[w].start, floor).is_some()
            };
            if self.lexicon.ambiguous_alone.contains(stem, ci)
                && !core.suffixed
                && !self.count_noun_after(w)
                && !self.whole_text(w)
                && !bounded()
            {
                return None;
            }
            let clitic = text
                .get(self.tokens[w].start..lexeme.start)
                .unwrap_or_default();
            if !clitic.is_empty() && self.lexicon.clitics_not_alone.contains(clitic, ci) {
                return None;
            }
            // `per thousand`, `لكل ألف`, `প্রতি হাজারে`: a rate's denominator, no number (but
            // `প্রতি কোটি কোটি সমর্থকের`, to crores of supporters, is a count after the
            // postposition).
            if matches!(lexeme.word, Word::Scale(_))
                && !core.approx
                && w.checked_sub(1)
                    .map(|p| &self.tokens[p])
                    .filter(|t| t.is_word())
                    .is_some_and(|t| self.lexicon.rate_words.contains(self.text_of(t), ci))
            {
                return None;
            }
            if value == 1.0 && !core.ordinal {
                if core.suffixed || lexeme.article {
                    return None;
                }
                let prev = w
                    .checked_sub(1)
                    .map(|p| &self.tokens[p])
                    .filter(|t| t.is_word());
                let next = self.tokens.get(w + 1).filter(|t| t.is_word());
                if prev.is_some_and(|t| self.lexicon.one_not_after.contains(self.text_of(t), ci))
                    || next
                        .is_some_and(|t| self.lexicon.one_not_before.contains(self.text_of(t), ci))
                {
                    return None;
                }
            }
        }
        if core.definite_ten
            && !core.ordinal
            && subtype == Subtype::Cardinal
            && self.definite_ten_is_ordinal(&core, i)
        {
            subtype = Subtype::Ordinal;
        }
        if core.first_article && core.parts > 1 && !core.scaled && subtype == Subtype::Cardinal {
            subtype = Subtype::Ordinal;
        }

        // A negative sign or word right before.
        if matches!(subtype, Subtype::Cardinal | Subtype::Percent) {
            if let Some((s, _)) = phrase::backward(
                text,
                start,
                true,
                &self.lexicon.negatives,
                ci,
                &self.lexicon.clitics,
            ) && s >= floor
                && text[s..].starts_with(|c: char| is_word_char(c))
            {
                start = s;
                value = -value;
            } else if text[..start].ends_with('-')
                && text[..start - 1]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                && start > floor
                && core.digits
            {
                start -= 1;
                value = -value;
            } else if let Some(sign) = spaced_minus(text, start)
                && sign >= floor
                && core.digits
            {
                start = sign;
                value = -value;
            }
        }

        // Bounds, before (outside the span) or after; an ordinal has none (`তৃতীয়বারের মতো`,
        // for the third time).
        if bound.is_none() && subtype != Subtype::Ordinal {
            bound = self.bound_around(start, consumed.max(end), floor);
        }

        let value = NumberValue {
            value: without_noise(value),
            subtype,
            currency,
            bound,
            max: None,
        };
        Some((
            Found {
                start,
                end,
                value,
                reason,
                scale: if core.scaled {
                    core.largest.max(1.0)
                } else {
                    1.0
                },
                time_of_day: false,
            },
            consumed.max(end),
        ))
    }

    /// Whether the word token `k` is one of the language's words of change (`বেড়ে`).
    fn is_change_word(&self, k: usize) -> bool {
        let no_endings = crate::lexicon::Phrases::default();
        self.tokens.get(k).is_some_and(|t| {
            t.is_word()
                && phrase::forward(
                    self.text,
                    t.start,
                    &self.lexicon.change_words,
                    self.ci(),
                    &no_endings,
                )
                .is_some()
        })
    }

    /// A range of amounts starting with `first` (`$3 to $5 million`, `5-7 লাখ টাকা`, `بين 200
    /// و300 مليون دولار`) or of percentages (`3-4%`, `between 3 and 4 percent`): a join of the
    /// language's, then a second amount; at least one end is money and they do not name two
    /// currencies, or the second end is a percentage. A first end without a scale takes the
    /// second's when that keeps the ends in order. Returns the range with the end of the
    /// text it consumed.
    ///
    /// After a verb of change, the same join makes a change and a level or two levels
    /// instead; a second end with no currency of its own and the first's scale is then the
    /// level the money reached, in the first's currency (`ارتفعت من 4.1 مليار دولار إلى 4.8
    /// مليار`, `rose to 4.8 billion dollars from 4.1 billion`, `৪১০ কোটি ডলার থেকে বেড়ে ৪৮০
    /// কোটিতে`): [`After::Level`].
    fn range_after(&self, first: &Found, consumed: usize, floor: usize) -> Option<After> {
        // An approximation before the range is the whole range's (`about 20 to 30 thousand`,
        // `نحو 20 إلى 30 ألف`); any other bound, or an approximate plural, makes none.
        let approximate = first.value.bound == Some(Bound::About)
            && self.bound_before(first.start, floor) == Some(Bound::About);
        if !matches!(
            first.value.subtype,
            Subtype::Cardinal | Subtype::Money | Subtype::Percent
        ) || (first.value.bound.is_some() && !approximate)
        {
            return None;
        }
        let text = self.text;
        let at = skip_space(text, consumed.max(first.end));
        let ci = self.ci();
        let opened = phrase::backward(
            text,
            first.start,
            true,
            &self.lexicon.range_openers,
            ci,
            &self.lexicon.clitics,
        )
        .filter(|&(s, _)| s >= floor)
        .map(|(_, index)| self.lexicon.range_pair_joins[index].as_str());
        // Whether the join found is a word of `range_joins` (not a dash, not a pair's), and
        // whether it is one of `level_joins`.
        let (join_end, word_join, level_join) = self
            .lexicon
            .range_joins
            .items
            .iter()
            .map(|(join, _)| (join.as_str(), true, false))
            .chain(opened.map(|join| (join, false, false)))
            .chain(
                self.lexicon
                    .level_joins
                    .items
                    .iter()
                    .map(|(join, _)| (join.as_str(), true, true)),
            )
            .find_map(|(join, plain, level)| {
                let rest = text.get(at..)?;
                let len = if ci {
                    rest.get(..join.len())
                        .filter(|head| head.eq_ignore_ascii_case(join))?
                        .len()
                } else {
                    rest.strip_prefix(join).map(|_| join.len())?
                };
                // A join that is a word must end one, or touch the digits (`و300`).
                let next = rest[len..].chars().next()?;
                let last_is_word = join.chars().next_back().is_some_and(is_word_char);
                (!last_is_word || !is_word_char(next) || next.is_ascii_digit()).then_some((
                    at + len,
                    plain && last_is_word,
                    level,
                ))
            })?;
        let k = self.tokens.partition_point(|t| t.start < join_end);
        if level_join {
            // The level before the one reached: never a range.
            if !self.change_before(first.start, floor) {
                return None;
            }
            let (level, level_end) = self.number_at(k, join_end)?;
            return self.level(first, level, level_end);
        }
        // The second end may open with its own currency (`$5 million`), but a word that is
        // not part of it stops the range (`৪০ টাকা থেকে বেড়ে ৫০ টাকা`, "from 40 taka, risen
        // to 50 taka").
        let opens_second = self.tokens.get(k).map_or(join_end, |t| t.start);
        let second = self.number_at(k, join_end).or_else(|| {
            self.number_at(k + 1, join_end)
                .filter(|(second, _)| second.start <= opens_second)
        });
        let Some((second, second_end)) = second else {
            // A word of change between the join and a level (`থেকে বেড়ে ৪৮০ কোটিতে`, "from …,
            // risen to 480 crore"): no range, but maybe a level.
            if word_join && self.is_change_word(k) {
                let (level, level_end) = self.number_at(k + 1, join_end)?;
                return self.level(first, level, level_end);
            }
            return None;
        };
        let (low, high) = (first.value, second.value);
        if high.bound.is_some() {
            return None;
        }
        // After a verb of change, a word joins a change and a level, or two levels, when the
        // first end has its own unit (`fell $2.50 to $78.40`, `rose 3% to 4%`); a bare first
        // end takes the second's, a range of the change (`rose 3 to 4 percent`).
        let own_unit = low.currency.is_some() || low.subtype == Subtype::Percent;
        if word_join
            && own_unit
            && opened.is_none()
            && (self.change_before(first.start, floor) || self.change_after(second_end))
        {
            return self.level(first, second, second_end);
        }
        let subtype = match (low.subtype, high.subtype) {
            // The percent sign or word after the second end is the first's too (`3-4%`).
            (Subtype::Cardinal | Subtype::Percent, Subtype::Percent) => Subtype::Percent,
            (Subtype::Cardinal | Subtype::Money, Subtype::Cardinal | Subtype::Money)
                if (low.currency.is_some() || high.currency.is_some())
                    && !low.currency.zip(high.currency).is_some_and(|(a, b)| a != b) =>
            {
                Subtype::Money
            }
            // Two counts when the second's scale is the first's too (`5 to 10 million
            // people`, where `5` alone would be five), away from a verb of change (`rose
            // from 3 to 4 million` names two levels).
            (Subtype::Cardinal, Subtype::Cardinal)
                if first.scale == 1.0
                    && second.scale > 1.0
                    && without_noise(low.value * second.scale) <= high.value
                    && !self.change_before(first.start, floor)
                    && !self.change_after(second_end) =>
            {
                Subtype::Cardinal
            }
            _ => return None,
        };
        let spread = without_noise(low.value * second.scale);
        let lower = if first.scale == 1.0 && second.scale > 1.0 && spread <= high.value {
            spread
        } else if low.value <= high.value {
            low.value
        } else {
            return None;
        };
        Some(After::Range(
            Found {
                start: first.start,
                end: second.end,
                value: NumberValue {
                    value: lower,
                    subtype,
                    currency: high.currency.or(low.currency),
                    bound: first.value.bound,
                    max: Some(high.value),
                },
                reason: "range",
                scale: second.scale,
                time_of_day: false,
            },
            second_end,
        ))
    }

    /// The level a change of money reached (`second`, ending the text read at `end`), when
    /// it names no currency or unit of its own and has the first amount's scale: money in
    /// the first's currency. `None` leaves the second to be read on its own.
    fn level(&self, first: &Found, second: Found, end: usize) -> Option<After> {
        let currency = first.value.currency?;
        let bare = second.value.subtype == Subtype::Cardinal
            && second.value.currency.is_none()
            && second.value.bound.is_none()
            && second.value.max.is_none();
        if !bare || second.scale != first.scale {
            return None;
        }
        Some(After::Level(
            Found {
                value: NumberValue {
                    subtype: Subtype::Money,
                    currency: Some(currency),
                    ..second.value
                },
                reason: "currency of the amount before",
                ..second
            },
            end,
        ))
    }

    /// Whether one of the `change_reach` words before `start` (none before `floor`, no sign or
    /// number between) is a word of change of the language's (`fell $2.50 to $78.40`).
    fn change_before(&self, start: usize, floor: usize) -> bool {
        let reach = self.tables.change_reach;
        if reach == 0 {
            return false;
        }
        let ci = self.ci();
        let k = self.tokens.partition_point(|t| t.start < start);
        self.tokens[..k]
            .iter()
            .rev()
            .take_while(|t| t.is_word() && t.start >= floor)
            .take(reach)
            .any(|t| {
                phrase::backward(
                    self.text,
                    t.end,
                    false,
                    &self.lexicon.change_words,
                    ci,
                    &self.lexicon.clitics,
                )
                .is_some_and(|(s, _)| s >= t.start)
            })
    }

    /// Whether one of the `change_after_reach` words from `end` on (no sign or number
    /// between) is a word of change of the language's (`… ৫০ টাকায় উঠেছে`).
    fn change_after(&self, end: usize) -> bool {
        let reach = self.tables.change_after_reach;
        if reach == 0 {
            return false;
        }
        let k = self.tokens.partition_point(|t| t.start < end);
        (k..self.tokens.len())
            .take_while(|&j| self.tokens[j].is_word())
            .take(reach)
            .any(|j| self.is_change_word(j))
    }

    /// A fraction word alone (no article of its own) whose number ends at `end`, before a
    /// noun with the article, in a language that writes the partitive so
    /// ([`NumberTables::fraction_construct`]).
    fn fraction_in_construct(&self, core: &Core, end: usize) -> bool {
        let Some(not_before) = self.tables.fraction_construct else {
            return false;
        };
        if core.parts != 1 || core.first_article {
            return false;
        }
        let k = self.tokens.partition_point(|t| t.start < end);
        let Some(next) = self.tokens.get(k) else {
            return false;
        };
        let word = self.text_of(next);
        let Some(noun) = self
            .tables
            .articles
            .iter()
            .find_map(|a| word.strip_prefix(a).filter(|rest| !rest.is_empty()))
        else {
            return false;
        };
        // `سنة ونصف السنة` is a year and a half, the noun's own half: a duration.
        let own_half = k >= 2 && self.text_of(&self.tokens[k - 2]) == noun;
        matches!(next.kind, Kind::Word(None))
            && next.space_before
            && !not_before.contains(&word)
            && !own_half
    }

    fn definite_ten_is_ordinal(&self, core: &Core, i: usize) -> bool {
        if core.first_article && core.parts > 1 {
            return true;
        }
        match i.checked_sub(1).map(|p| &self.tokens[p]) {
            None => true,
            Some(prev) if !prev.is_word() => true,
            Some(prev) => {
                let word = self.text_of(prev);
                self.tables.articles.iter().any(|a| word.starts_with(a))
            }
        }
    }

    /// `and 43 cents` after an amount: the sub-unit value and where it ends. The sub-unit word
    /// may be left out only after a currency name that followed the amount.
    fn subunit_after(&self, end: usize, currency_after: bool) -> Option<(f64, usize)> {
        let mut k = self.tokens.partition_point(|t| t.start < end);
        let token = self.tokens.get(k)?;
        if self.is_connector(token)
            || (token.is_word() && self.tables.connector_clitics.contains(&self.text_of(token)))
        {
            k += 1;
        }
        let core = self.core(k)?;
        let cents = core.value();
        // `5 جنيه إسترليني و7 جنيه مصري`: a second amount, not a sub-unit.
        let next_at = skip_space(self.text, core.end);
        let no_endings = crate::lexicon::Phrases::default();
        if core.glued_after.is_none()
            && self
                .lexicon
                .currency
                .forward(self.text, next_at, &self.lexicon.all_suffixes)
                .is_some()
        {
            return None;
        }
        if core.ordinal || core.scaled || !(0.0..100.0).contains(&cents) || cents.fract() != 0.0 {
            return None;
        }
        let at = if let Some(g) = core.glued_after {
            self.tokens[g].start
        } else {
            next_at
        };
        if let Some(f) = phrase::forward(
            self.text,
            at,
            &self.lexicon.subunits,
            self.ci(),
            &no_endings,
        ) {
            return Some((cents, f.end));
        }
        // Without a sub-unit word the amount must close the phrase (`thirteen dollars forty
        // five.`), so that `100 dollars and 50 people` stays two numbers.
        let closes = self.text[core.end..]
            .chars()
            .find(|c| !c.is_whitespace())
            .is_none_or(|c| !is_word_char(c));
        (currency_after && core.glued_after.is_none() && closes).then_some((cents, core.end))
    }

    /// The bound a phrase of [`crate::NumberTables::bounds_before`] puts on a number that
    /// starts at `start` (`about 20`), not before `floor`.
    fn bound_before(&self, start: usize, floor: usize) -> Option<Bound> {
        phrase::backward(
            self.text,
            start,
            true,
            &self.lexicon.bounds_before,
            self.ci(),
            &self.lexicon.clitics,
        )
        .filter(|&(s, _)| s >= floor)
        .map(|(_, index)| self.tables.bounds_before[index].1)
    }

    fn bound_around(&self, start: usize, end: usize, floor: usize) -> Option<Bound> {
        let ci = self.ci();
        if let Some(bound) = self.bound_before(start, floor) {
            return Some(bound);
        }
        // A bound after `at`, unless a verb of change spelled like one stands there (`৫ শতাংশ
        // কমে`, fell by 5%): asked only where a bound matched, as few numbers have one.
        let bound_at = |at: usize| {
            let found = phrase::forward(
                self.text,
                at,
                &self.lexicon.bounds_after,
                ci,
                &self.lexicon.all_suffixes,
            )?;
            let change = self.is_change_word(self.tokens.partition_point(|t| t.start < at));
            Some((!change).then_some(found))
        };
        // An ending after a hyphen (`১১০-এর বেশি`) is read with the bound after it.
        let at = match self.text[end..].strip_prefix('-') {
            Some(rest) if rest.starts_with(|c: char| c.is_alphabetic()) => end + 1,
            _ => skip_space(self.text, end),
        };
        let found = match bound_at(at) {
            Some(found) => found,
            None => {
                // After the counted word: `১০০ জনের বেশি`.
                let k = self.tokens.partition_point(|t| t.start < at);
                let word = self
                    .tokens
                    .get(k)
                    .filter(|t| t.is_word() && t.lexeme().is_none())?;
                bound_at(skip_space(self.text, word.end))?
            }
        }?;
        Some(self.tables.bounds_after[found.index].1)
    }
}

/// A minus sign one space before `start` (`: - 5`, `(- 5)`), where nothing before it makes it
/// a dash: the last character before the sign must open a value (`:`, `(`, `=`, a comma), so
/// that `3 - 5`, `word - 5` and a bullet at a line's start stay signless. Returns the sign's
/// start.
fn spaced_minus(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let before_sign = before.strip_suffix('-')?;
    let opener = before_sign.trim_end_matches(' ').chars().next_back()?;
    matches!(opener, ':' | '(' | '[' | '=' | ',' | ';' | '،' | '؛').then_some(before_sign.len())
}

/// The end of `:` and two digits right at `at` (minutes or seconds), if they are there and
/// no digit follows.
fn two_digits_after_colon(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.as_bytes();
    let two = rest.first() == Some(&b':')
        && rest
            .get(1..3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && rest.get(3).is_none_or(|b| !b.is_ascii_digit())
        && rest[1] < b'6';
    two.then_some(at + 3)
}

/// Where the next non-space character after `at` is; at a blank line (a paragraph break),
/// where its second line break is, as no amount reads across one (a line break alone may
/// wrap a sentence: `5\nmillion`).
fn skip_space(text: &str, at: usize) -> usize {
    let mut breaks = 0;
    text[at..]
        .char_indices()
        .find(|&(_, c)| {
            breaks += usize::from(c == '\n');
            !c.is_whitespace() || breaks == 2
        })
        .map_or(text.len(), |(i, _)| at + i)
}

fn boundary_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// The end of a percent sign right after `at` (one space allowed), if there is one.
fn percent_sign(text: &str, at: usize, signs: &[char]) -> Option<usize> {
    let rest = &text[at..];
    let trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let c = trimmed.chars().next()?;
    signs
        .contains(&c)
        .then(|| at + (rest.len() - trimmed.len()) + c.len_utf8())
}

/// Where a percent sign glued before `start` starts, if it stands alone there: after the
/// start of the text (or `floor`) or a space, never after a number (`50%5`).
fn percent_sign_before(text: &str, start: usize, floor: usize, signs: &[char]) -> Option<usize> {
    let before = &text[floor..start];
    let c = before.chars().next_back()?;
    let at = start - c.len_utf8();
    let alone = text[floor..at]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    (signs.contains(&c) && alone).then_some(at)
}
