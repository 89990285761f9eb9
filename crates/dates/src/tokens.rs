//! One pass over a document's normalized text: digit runs (read here, with the endings glued
//! to them), words and fixed phrases looked up once in the date lexicon, spelled-out numbers
//! from the language's number grammar, and symbols.
//!
//! Hot path: one sweep over the document's units ([`khabar_core::units`], cut once for every
//! pass) and one over the number grammar's matches; the token list is the only allocation
//! per document.

use khabar_core::{Unit, UnitCursor, UnitKind, is_word_char};
use khabar_numerals::FoundNumber;

use crate::DateWord;
use crate::lexicon::Lexicon;

/// A number read by the number grammar (`three`, `twenty-first`, `الثالث`, `একুশ`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    pub(crate) value: f64,
    pub(crate) ordinal: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Kind<'l> {
    /// A run of digits.
    Digits {
        value: u32,
        /// Number of digits (a year has four; `07` has two).
        len: u8,
        /// A day ending was glued to it (`15th`, `১৬ই`).
        ordinal: bool,
        /// Letters other than a proclitic touch it before (`COVID-19`, `Feb13`).
        glued_before: bool,
        /// Letters that are no ending touch it after (`10k`).
        glued_after: bool,
        /// It ends in `s` (`1990s`).
        plural: bool,
        /// The number grammar read it as part of an amount of money or a percentage.
        amount: bool,
    },
    /// A word or fixed phrase with its date meanings (none for an unknown word) and, when the
    /// number grammar read it (or a run of words starting with it) as a number, that number.
    Word {
        meanings: &'l [DateWord],
        number: Option<Num>,
        /// A lower-case form of a word that is a date only when capitalized or next to a
        /// number (`may`).
        weak: bool,
        /// A shortened name (`Dec`, `Tue`, `Sept`), which a glued dot after it belongs to.
        abbreviated: bool,
    },
    Sym(char),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'l> {
    /// Byte range in the normalized text of the part that belongs in a span.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Whitespace separates it from the token before.
    pub(crate) space_before: bool,
    /// A proclitic meaning "and" was stripped from its start (`و2017`).
    pub(crate) joined: bool,
    /// A proclitic meaning "of" or "to" was stripped from its start (`لعيد الميلاد`).
    pub(crate) linked: bool,
    /// A proclitic meaning "by" was stripped from its start (`بيومين`, by two days).
    pub(crate) by: bool,
    /// The lexicon read it without a case ending (`বছরের`, `মাসের`), or, a word that is no
    /// date word, it ends with a genitive ending of the language (`হামলার`), or, digits, a
    /// number ending follows them (`২০২৪-এর`).
    pub(crate) inflected: bool,
    pub(crate) kind: Kind<'l>,
}

impl Token<'_> {
    pub(crate) fn meanings(&self) -> &[DateWord] {
        match self.kind {
            Kind::Word { meanings, weak, .. } if !weak => meanings,
            _ => &[],
        }
    }

    /// Meanings including those of a weak word (for rules that check for a number beside).
    pub(crate) fn all_meanings(&self) -> &[DateWord] {
        match self.kind {
            Kind::Word { meanings, .. } => meanings,
            _ => &[],
        }
    }

    pub(crate) fn sym(&self) -> Option<char> {
        match self.kind {
            Kind::Sym(c) => Some(c),
            _ => None,
        }
    }
}

/// A number spelled out: (start, end, number).
type SpelledNumber = (usize, usize, Num);

/// Sorts the numbers that matter to dates: those that start with a word, as (start, end,
/// number), and the byte ranges of amounts of money and percentages, whose digits are
/// never part of a date (`10-20 دولار` is no 20 October). A count with one of `counts`
/// (the number tables' classifiers) glued after it is neither.
fn classify_number(
    text: &str,
    found: &FoundNumber,
    counts: &[&str],
    spelled: &mut Vec<SpelledNumber>,
    amounts: &mut Vec<(usize, usize)>,
) {
    let starts_with_word = text[found.start..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii_digit());
    // A count with its classifier glued after it (Bengali `দুবার` twice, `তিনজন`) counts
    // things, never a day or a year (`প্রথম দুবার মে …`).
    if counts.iter().any(|s| text[found.end..].starts_with(s)) {
        return;
    }
    let value = found.value;
    match value.subtype {
        khabar_core::Subtype::Cardinal | khabar_core::Subtype::Ordinal => {
            // Whole numbers, and halves for amounts of time (`দেড় বছর`, `two and a half
            // years`), which only [`Parser::half_count`] reads.
            let fract = value.value.fract();
            if starts_with_word && (fract == 0.0 || fract == 0.5) {
                spelled.push((
                    found.start,
                    found.end,
                    Num {
                        value: value.value,
                        ordinal: value.subtype == khabar_core::Subtype::Ordinal,
                    },
                ));
            }
        }
        khabar_core::Subtype::Money | khabar_core::Subtype::Percent => {
            amounts.push((found.start, found.end));
        }
    }
}

/// Whether `found` is a whole number written in words alone that can be a year or a part
/// of one (`nineteen` + `ninety six`, `two thousand and fifteen`; not `এক হাজার ৫২০`).
fn spelled_year_part(text: &str, found: &FoundNumber) -> bool {
    let value = found.value.value;
    found.value.subtype == khabar_core::Subtype::Cardinal
        && value.fract() == 0.0
        && ((10.0..=99.0).contains(&value) || (1000.0..=2999.0).contains(&value))
        && !text[found.start..found.end].chars().any(char::is_numeric)
}

/// Whether the token right before `start` is a preposition a year may follow
/// ([`DateWord::is_year_preposition`]).
fn after_link(tokens: &[Token<'_>], start: usize) -> bool {
    let before = tokens.partition_point(|t| t.start < start);
    before
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| {
            matches!(t.kind, Kind::Word { number: None, .. })
                && t.meanings().iter().any(|m| m.is_year_preposition())
        })
}

/// How many tokens either side of an anchor a number may start and still count.
const NUMBER_WINDOW: usize = 5;

/// The byte ranges where numbers can matter to a date: around a word that counts or names
/// a period (`three years ago`, `twenty-first of June`, `nineteen seventy eight`) and
/// around digits joined by a separator (an all-numeric date, or an amount like `10-20
/// دولار`). Only numbers starting in these count, so that a number far from any date
/// word never turns into one; merged and in order.
fn number_windows(tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let anchors = |i: usize| -> bool {
        let t = &tokens[i];
        match t.kind {
            Kind::Word { meanings, .. } => meanings.iter().any(|m| {
                !matches!(
                    m,
                    DateWord::The
                        | DateWord::Of
                        | DateWord::And
                        | DateWord::Or
                        | DateWord::In
                        | DateWord::At
                        | DateWord::To
                        | DateWord::FromAfter
                        | DateWord::From
                        | DateWord::Count(_)
                        | DateWord::About
                        | DateWord::Change
                )
            }),
            Kind::Digits { .. } => {
                matches!(
                    tokens.get(i + 1).and_then(Token::sym),
                    Some('/' | '-' | '.')
                ) && matches!(tokens.get(i + 2).map(|t| t.kind), Some(Kind::Digits { .. }))
            }
            Kind::Sym(_) => false,
        }
    };
    let mut windows: Vec<std::ops::Range<usize>> = Vec::new();
    for i in (0..tokens.len()).filter(|&i| anchors(i)) {
        let first = i.saturating_sub(NUMBER_WINDOW);
        let last = (i + NUMBER_WINDOW).min(tokens.len() - 1);
        let range = tokens[first].start..tokens[last].end;
        match windows.last_mut() {
            Some(w) if w.end >= range.start => w.end = w.end.max(range.end),
            _ => windows.push(range),
        }
    }
    windows
}

/// Marks the digits inside amounts, and puts each spelled-out number on the words it
/// covers: a number longer than the word's own reading replaces the words; one no longer
/// stays attached to the word (a word can be both, like `اثنين`).
///
/// In place: a replacement only ever merges tokens, so the token written is never ahead of
/// the one read.
fn apply_numbers(
    text: &str,
    tokens: &mut Vec<Token<'_>>,
    spelled: &[SpelledNumber],
    amounts: &[(usize, usize)],
    clitic: &dyn Fn(&str) -> Option<(bool, bool)>,
) {
    let (mut next_spelled, mut next_amount) = (0, 0);
    let (mut read, mut write) = (0, 0);
    while read < tokens.len() {
        let mut token = tokens[read];
        while next_amount < amounts.len() && amounts[next_amount].1 <= token.start {
            next_amount += 1;
        }
        if let Kind::Digits { amount, .. } = &mut token.kind {
            *amount = amounts
                .get(next_amount)
                .is_some_and(|&(start, end)| start <= token.start && token.start < end);
        }
        // A number that starts after a proclitic of a word no date word reads (`والعشر`):
        // the word starts with the number, the proclitic joins it as `و` does.
        if let Kind::Word { meanings: &[], .. } = token.kind
            && let Some(&(start, _, _)) = spelled
                .get(next_spelled..)
                .and_then(|rest| rest.iter().find(|s| s.0 >= token.start))
            && start > token.start
            && start < token.end
            && let Some((joins, by)) = text.get(token.start..start).and_then(clitic)
        {
            token.start = start;
            token.joined = joins;
            token.by = by;
        }
        while next_spelled < spelled.len() && spelled[next_spelled].0 < token.start {
            next_spelled += 1;
        }
        let number = spelled
            .get(next_spelled)
            .filter(|&&(start, _, _)| start == token.start);
        if let (Some(&(_, end, num)), Kind::Word { number, .. }) = (number, &mut token.kind) {
            if end > token.end {
                // The number reads further: it replaces every word it covers.
                let mut last = read;
                while last + 1 < tokens.len() && tokens[last + 1].start < end {
                    last += 1;
                }
                tokens[write] = Token {
                    start: token.start,
                    end: end.max(tokens[last].end),
                    space_before: token.space_before,
                    joined: token.joined,
                    linked: token.linked,
                    by: token.by,
                    inflected: false,
                    kind: Kind::Word {
                        meanings: &[],
                        number: Some(num),
                        weak: false,
                        abbreviated: false,
                    },
                };
                write += 1;
                read = last + 1;
                continue;
            }
            *number = Some(num);
        }
        tokens[write] = token;
        write += 1;
        read += 1;
    }
    tokens.truncate(write);
}

fn unit_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c) || c.is_ascii_digit())
        .map_or(text.len(), |(i, _)| at + i)
}

/// Where the next unit of a phrase starts after the unit ending at `end`: past spaces, one
/// hyphen or apostrophe (`al-fitr`, `year's`), or a dot after an abbreviation; `None` when
/// anything else separates them.
fn next_unit_start(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    let mut joiners = 0;
    for (i, c) in text[end..].char_indices() {
        if c == ' ' || c == '\t' {
            at = end + i + 1;
        } else if matches!(c, '-' | '\'' | '.') && joiners == 0 {
            joiners += 1;
            at = end + i + 1;
        } else {
            at = end + i;
            return (at > end && is_word_char(c) && !c.is_ascii_digit()).then_some(at);
        }
    }
    let _ = at;
    None
}

/// Tokenizes a document's normalized text, with the spelled-out numbers and amounts the
/// number grammar reads near date words.
pub(crate) fn tokenize<'l>(
    text: &str,
    units: &[Unit],
    lexicon: &'l Lexicon,
    numbers: &[FoundNumber],
) -> Vec<Token<'l>> {
    let mut tokens = scan(text, units, lexicon);
    let (mut spelled, mut amounts) = (Vec::new(), Vec::new());
    let windows = number_windows(&tokens);
    // Where the last spelled year read after a preposition ends (`in nineteen` before
    // `ninety six`).
    let mut year_end: Option<usize> = None;
    let counts = lexicon.numbers.count_suffixes;
    for found in numbers {
        // The window starting last at or before the number (windows are disjoint and in
        // order).
        let after = windows.partition_point(|w| w.start <= found.start);
        if after > 0 && found.start < windows[after - 1].end {
            classify_number(text, found, counts, &mut spelled, &mut amounts);
        } else if spelled_year_part(text, found)
            && (year_end.is_some_and(|end| text[end..found.start].trim().is_empty())
                || after_link(&tokens, found.start))
        {
            // A year spelled out after `in`, `from`, `between` … with no date word near
            // (`in nineteen ninety six`, `in two thousand and fifteen`).
            classify_number(text, found, counts, &mut spelled, &mut amounts);
            year_end = Some(found.end);
        }
    }
    // `apply_numbers` walks both in text order.
    spelled.sort_by_key(|&(start, end, _)| (start, end));
    amounts.sort_unstable();
    if !spelled.is_empty() || !amounts.is_empty() {
        // A proclitic before a spelled number is outside it (`والعشر`): whether it joins,
        // and whether it measures (`بثلاثة أيام`).
        let clitic = |prefix: &str| {
            lexicon.is_clitic(prefix).then(|| {
                (
                    lexicon.clitic_means(prefix, DateWord::And),
                    lexicon.clitic_means(prefix, DateWord::By),
                )
            })
        };
        apply_numbers(text, &mut tokens, &spelled, &amounts, &clitic);
    }
    tokens
}

/// The tokens without numbers read by the number grammar.
fn scan<'l>(text: &str, units: &[Unit], lexicon: &'l Lexicon) -> Vec<Token<'l>> {
    // About a token per unit (a phrase reads several, a clitic before digits adds one).
    let mut tokens: Vec<Token<'l>> = Vec::with_capacity(units.len() + 4);
    // Everything before `at` has been read (a word may read a phrase of several units).
    let mut at = 0;
    // A proclitic read just before a digit run (`و2017`): whether it joins, whether it
    // measures.
    let mut clitic_before_digits: Option<(bool, bool)> = None;
    let mut fold = [0u8; 64];
    let mut scratch = Scratch::default();
    // Whitespace before a proclitic read with the digits after it counts before them.
    let mut space_before_clitic = false;
    let mut cursor = UnitCursor::new(units);
    while let Some(unit) = cursor.next_from(at) {
        // Only whitespace lies between units.
        let space_before = unit.start > at || std::mem::take(&mut space_before_clitic);
        at = unit.start;
        if unit.kind == UnitKind::Digits {
            let digits_end = unit.end;
            let run = &text[at..digits_end];
            let value = if run.len() <= 9 {
                run.parse::<u32>().unwrap_or(u32::MAX)
            } else {
                u32::MAX
            };
            // An article written before the digits is a word of its own (`الـ15`, the 15th).
            let article_before = tokens
                .last()
                .is_some_and(|t| t.end == at && t.meanings().contains(&DateWord::The));
            // A letter the language runs into numbers is a lost space (`عام2004`).
            let glued_before = clitic_before_digits.is_none()
                && !article_before
                && text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_word_char(c) && !lexicon.numbers.runs_together(c));
            let (joined, by) = clitic_before_digits.unwrap_or((false, false));
            // Set by `apply_numbers`.
            let amount = false;
            clitic_before_digits = None;
            let mut end = digits_end;
            let mut next = digits_end;
            let (mut ordinal, mut glued_after, mut plural) = (false, false, false);
            // What is glued after: a day ending, a number ending (`২০১৪-এর`), a plural `s`,
            // a word of the lexicon (an era: `2014م`), or anything else (glued).
            // A hyphen, or an apostrophe as Bengali also writes the genitive (`১৯৮০'র দশকে`),
            // may stand between the digits and a number ending; nothing else follows either.
            let joiner = text[digits_end..]
                .chars()
                .next()
                .filter(|&c| matches!(c, '-' | '\'' | '’'));
            let hyphen = joiner.is_some();
            let apostrophe = matches!(joiner, Some('\'' | '’'));
            let after = digits_end + joiner.map_or(0, char::len_utf8);
            // The letters touching the digits (or the hyphen after them) are the next unit;
            // a copy of the cursor looks, as scanning may resume before `after`.
            let mut inflected = false;
            let glued = cursor
                .clone()
                .next_from(after)
                .filter(|u| u.start == after && u.kind == UnitKind::Letters);
            if let Some(glued) = glued {
                let word_end = glued.end;
                let unit = lexicon.fold(&text[after..word_end], &mut fold);
                if !hyphen && lexicon.day_suffixes.iter().any(|s| s == unit) {
                    ordinal = true;
                    end = word_end;
                    next = word_end;
                } else if lexicon.number_suffixes.iter().any(|s| s == unit) {
                    next = word_end;
                    inflected = true;
                } else if unit == "s"
                    && (!hyphen
                        || (apostrophe
                            && tokens
                                .last()
                                .is_some_and(|t| t.meanings().contains(&DateWord::The))))
                {
                    // `1990s`, and after the article `the 1990's` (`2020's budget` is a
                    // possessive).
                    plural = true;
                    end = word_end;
                    next = word_end;
                } else if !hyphen
                    && matches!(&text[after..word_end], "T" | "t")
                    && text[word_end..].starts_with(|c: char| c.is_ascii_digit())
                {
                    // The time after a date in ISO 8601 (`2024-03-15T10:00:00Z`): the date
                    // ends with these digits.
                } else if !hyphen && lexicon.word(unit).is_none() {
                    glued_after = true;
                }
            }
            tokens.push(Token {
                start: at,
                end,
                space_before,
                joined,
                linked: false,
                by,
                inflected,
                kind: Kind::Digits {
                    value,
                    len: u8::try_from(run.len()).unwrap_or(u8::MAX),
                    ordinal,
                    glued_before,
                    glued_after,
                    plural,
                    amount,
                },
            });
            at = next;
            continue;
        }
        if unit.kind == UnitKind::Letters {
            let end = unit.end;
            // A proclitic glued to digits (`و2017`, `ب2014`) is not a word.
            if text[end..].starts_with(|d: char| d.is_ascii_digit()) {
                let unit = lexicon.fold(&text[at..end], &mut fold);
                if lexicon.is_clitic(unit) {
                    clitic_before_digits = Some((
                        lexicon.clitic_means(unit, DateWord::And),
                        lexicon.clitic_means(unit, DateWord::By),
                    ));
                    space_before_clitic = space_before;
                    at = end;
                    continue;
                }
            }
            // A word that is no date word is `inflected` when it ends with a genitive ending
            // of the language (`হামলার`), which the amounts read, and `linked` when it opens
            // with the fused article (`للهجوم`).
            let found = match_at(text, at, end, lexicon, &mut scratch).unwrap_or_else(|| Match {
                span: at..end,
                meanings: &[],
                clitic: 0,
                next: end,
                weak: false,
                inflected: lexicon.is_genitive(&text[at..end]),
                abbreviated: false,
            });
            let clitic = found.clitic;
            // The weakness is the stem's (`মের` is `মে` with an ending); capitalized, a weak
            // word of a cased script is a date (`May`).
            let weak = found.weak && !text[at..].starts_with(|c: char| c.is_uppercase());
            let token = Token {
                start: found.span.start,
                end: found.span.end,
                space_before,
                joined: clitic > 0 && lexicon.clitic_means(&text[at..at + clitic], DateWord::And),
                linked: if found.meanings.is_empty() {
                    lexicon.has_fused_article(&text[at..end])
                } else {
                    clitic > 0 && lexicon.clitic_means(&text[at..at + clitic], DateWord::Of)
                },
                by: clitic > 0 && lexicon.clitic_means(&text[at..at + clitic], DateWord::By),
                inflected: found.inflected,
                kind: Kind::Word {
                    meanings: found.meanings,
                    number: None,
                    weak,
                    abbreviated: found.abbreviated,
                },
            };
            let next = found.next;
            at = token.end.max(next);
            tokens.push(token);
            continue;
        }
        let c = text[at..unit.end].chars().next().unwrap_or('\u{FFFD}');
        tokens.push(Token {
            start: at,
            end: unit.end,
            space_before,
            joined: false,
            linked: false,
            by: false,
            inflected: false,
            kind: Kind::Sym(c),
        });
        at = unit.end;
    }
    merge_paired_months(&mut tokens);
    tokens
}

/// Buffers reused across the words of a document.
#[derive(Default)]
struct Scratch {
    key: String,
    unfused: String,
}

/// A word or phrase of the lexicon found in the text.
struct Match<'l> {
    /// Its span: a proclitic left out, an ending kept in.
    span: std::ops::Range<usize>,
    meanings: &'l [DateWord],
    /// Bytes of proclitic before the span.
    clitic: usize,
    /// Where scanning resumes.
    next: usize,
    /// Its stem is weak ([`crate::DateTables::weak`]).
    weak: bool,
    /// An ending was read off (`বছরের`).
    inflected: bool,
    /// It is a shortened name (`Dec`, `Tue`: see [`Lexicon::is_abbreviation`]).
    abbreviated: bool,
}

/// The longest word or phrase of the lexicon starting at the unit `at..end`.
fn match_at<'l>(
    text: &str,
    at: usize,
    end: usize,
    lexicon: &'l Lexicon,
    scratch: &mut Scratch,
) -> Option<Match<'l>> {
    let mut fold = [0u8; 64];
    let first = lexicon.fold(&text[at..end], &mut fold);
    let mut best: Option<Match<'l>> = None;
    if lexicon.max_phrase_units > 1 {
        // The first unit as written, without each proclitic, and unfused.
        let unfused = lexicon
            .unfuse(first, &mut scratch.unfused)
            .map(|outside| (outside, scratch.unfused.clone()));
        let stripped = lexicon.clitic_stems(first);
        let forms = std::iter::once((0, first))
            .chain(stripped)
            .chain(unfused.as_ref().map(|(o, s)| (*o, s.as_str())));
        for (clitic, form) in forms {
            if !lexicon.is_phrase_prefix(form) {
                continue;
            }
            let key = &mut scratch.key;
            key.clear();
            key.push_str(form);
            let mut unit_end_at = end;
            let mut units = 1;
            while units < lexicon.max_phrase_units && lexicon.is_phrase_prefix(key) {
                let Some(next) = next_unit_start(text, unit_end_at) else {
                    break;
                };
                let next_end = unit_end(text, next);
                let mut buffer = [0u8; 64];
                let unit = lexicon.fold(&text[next..next_end], &mut buffer);
                key.push(' ');
                let base = key.len();
                key.push_str(unit);
                units += 1;
                unit_end_at = next_end;
                let mut hit = lexicon.phrase(key);
                // A table may list the genitive itself (`ঈদুল আজহার`).
                let mut inflected = lexicon.is_genitive(&text[next..next_end]);
                if hit.is_none() {
                    // The last unit may carry an ending (Bengali `বিজয় দিবসে`), which
                    // inflects the phrase as it does a word (`ঈদুল আজহার`).
                    for (stem, _) in lexicon.suffix_forms(unit) {
                        key.truncate(base);
                        key.push_str(stem);
                        hit = lexicon.phrase(key);
                        if hit.is_some() {
                            if lexicon.is_other_word(unit) {
                                hit = None;
                            }
                            inflected = hit.is_some();
                            break;
                        }
                    }
                    key.truncate(base);
                    key.push_str(unit);
                }
                if let Some(meanings) = hit
                    && best.as_ref().is_none_or(|b| b.next < next_end)
                {
                    best = Some(Match {
                        span: at + clitic..next_end,
                        meanings,
                        clitic,
                        next: next_end,
                        weak: false,
                        inflected,
                        abbreviated: false,
                    });
                }
            }
        }
    }
    if best.is_some() {
        return best;
    }
    let (meanings, stripped) = lexicon.word(first)?;
    let stem = &first[stripped.clitic..first.len() - stripped.suffix];
    Some(Match {
        span: at + stripped.clitic..end,
        meanings,
        clitic: stripped.clitic,
        next: end,
        weak: lexicon.is_weak(stem),
        inflected: stripped.suffix > 0,
        abbreviated: lexicon.is_abbreviation(stem),
    })
}

/// `آب/أغسطس`, `حزيران (يونيو)`: two names of one month written together are one month.
fn merge_paired_months(tokens: &mut Vec<Token<'_>>) {
    // A weak name (`آب`) is a month when paired with another name of it.
    let month_of = |t: &Token<'_>| {
        t.all_meanings().iter().find_map(|m| match m {
            DateWord::Month(n) => Some(*n),
            _ => None,
        })
    };
    let mut out = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut merged = tokens[i];
        if let Some(m) = month_of(&tokens[i]) {
            let slash = tokens.get(i + 1).and_then(Token::sym) == Some('/')
                && tokens.get(i + 2).and_then(month_of) == Some(m);
            let parens = tokens.get(i + 1).and_then(Token::sym) == Some('(')
                && tokens.get(i + 2).and_then(month_of) == Some(m)
                && tokens.get(i + 3).and_then(Token::sym) == Some(')');
            if slash || parens {
                // The pair is a month whatever the weakness of either name.
                if let Kind::Word { weak, .. } = &mut merged.kind {
                    *weak = false;
                }
            }
            if slash {
                merged.end = tokens[i + 2].end;
                tokens[out] = merged;
                out += 1;
                i += 3;
                continue;
            }
            if parens {
                merged.end = tokens[i + 3].end;
                tokens[out] = merged;
                out += 1;
                i += 4;
                continue;
            }
        }
        tokens[out] = merged;
        out += 1;
        i += 1;
    }
    tokens.truncate(out);
}

#[cfg(test)]
mod tests {
    use khabar_core::Lang;

    use super::{Kind, tokenize};
    use crate::lexicon::Lexicon;
    use crate::{DateTables, DateWord, Unit};

    static TABLES: DateTables = DateTables {
        case_insensitive: true,
        words: &[&[
            ("june", DateWord::Month(6)),
            ("may", DateWord::Month(5)),
            ("week", DateWord::Unit(Unit::Week)),
            ("after next", DateWord::ShiftAfter(2)),
            ("in", DateWord::In),
            ("of", DateWord::Of),
            ("the", DateWord::The),
        ]],
        weak: &["may"],
        day_suffixes: &["st", "nd", "rd", "th"],
        // A number ending, as Bengali `এর`.
        number_suffixes: &["er"],
        ..DateTables::EMPTY
    };

    /// Asserts that `text` tokenizes to `expected`, one line a token: its text in the span,
    /// then `digits VALUE` with the flags set, `word N` with its number of meanings (and
    /// `weak`), or `sym`.
    #[track_caller]
    fn check(cases: &[(&str, &[&str])]) {
        // No language's holiday names: only the table's words.
        let lexicon = Lexicon::new(&TABLES, Lang::UND);
        for &(text, expected) in cases {
            let mut units = Vec::new();
            khabar_core::units(text, &mut units);
            let got: Vec<String> = tokenize(text, &units, &lexicon, &[])
                .iter()
                .map(|t| {
                    let span = &text[t.start..t.end];
                    match t.kind {
                        Kind::Digits {
                            value,
                            ordinal,
                            glued_before,
                            glued_after,
                            plural,
                            ..
                        } => {
                            let mut line = format!("{span} digits {value}");
                            for (set, flag) in [
                                (ordinal, "ordinal"),
                                (glued_before, "glued_before"),
                                (glued_after, "glued_after"),
                                (plural, "plural"),
                            ] {
                                if set {
                                    line.push_str(&format!(" {flag}"));
                                }
                            }
                            line
                        }
                        Kind::Word { meanings, weak, .. } => {
                            let weak = if weak { " weak" } else { "" };
                            format!("{span} word {}{weak}", meanings.len())
                        }
                        Kind::Sym(_) => format!("{span} sym"),
                    }
                })
                .collect();
            assert_eq!(got, expected, "in {text:?}");
        }
    }

    #[test]
    fn digits_words_phrases_and_symbols() {
        check(&[
            (
                "the 15th of june, 2021",
                &[
                    "the word 1",
                    "15th digits 15 ordinal",
                    "of word 1",
                    "june word 1",
                    ", sym",
                    "2021 digits 2021",
                ],
            ),
            (
                "12/06/2021",
                &[
                    "12 digits 12",
                    "/ sym",
                    "06 digits 6",
                    "/ sym",
                    "2021 digits 2021",
                ],
            ),
            // A fixed phrase is one token.
            ("week after next", &["week word 1", "after next word 1"]),
            // Unknown words are tokens without meanings.
            ("we met", &["we word 0", "met word 0"]),
        ]);
    }

    #[test]
    fn what_is_glued_to_digits() {
        check(&[
            ("the 1990s", &["the word 1", "1990s digits 1990 plural"]),
            ("june13", &["june word 1", "13 digits 13 glued_before"]),
            ("10k", &["10 digits 10 glued_after", "k word 0"]),
            // A hyphen after digits stays a symbol whatever follows it.
            (
                "1990-95 and 2014- on",
                &[
                    "1990 digits 1990",
                    "- sym",
                    "95 digits 95",
                    "and word 0",
                    "2014 digits 2014",
                    "- sym",
                    "on word 0",
                ],
            ),
            // A number ending after a hyphen or an apostrophe is read over, outside the
            // span; after an apostrophe only a plural `s` after the article is glued (`the
            // 1990's`; `1990's` is a possessive).
            (
                "1980-er, 1980'er, 1990's",
                &[
                    "1980 digits 1980",
                    ", sym",
                    "1980 digits 1980",
                    ", sym",
                    "1990 digits 1990",
                    "' sym",
                    "s word 0",
                ],
            ),
            ("the 1990's", &["the word 1", "1990's digits 1990 plural"]),
            // Too long for a date: no value.
            ("12345678901", &["12345678901 digits 4294967295"]),
        ]);
    }

    #[test]
    fn a_weak_word_is_a_date_word_only_when_capitalized() {
        check(&[(
            "we may meet in May",
            &[
                "we word 0",
                "may word 1 weak",
                "meet word 0",
                "in word 1",
                "May word 1",
            ],
        )]);
    }
}
