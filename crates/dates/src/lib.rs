//! Language-independent date machinery, driven by each language's tables.
//!
//! A language plugin describes how its dates are written as data in a [`DateTables`]: its
//! month names in every calendar it uses, weekdays, words for days relative to today, units
//! of time, the words that shift a period (`last`, `الماضي`, `গত`), mark an amount of time as
//! past or future (`ago`, `منذ`, `আগে`), open and join ranges, name parts of a period, mark
//! eras and calendars, and name holidays; plus the clitics and endings that stick to those
//! words. It then registers a [`DateExtractor`] over them. Everything that reads the tables
//! lives here once:
//!
//! - [`calendar`]: Julian day numbers, the tabular Hijri and revised Bangla calendars,
//!   Easter, ISO weeks, nth weekdays;
//! - the tokenizer, which reads digits itself and takes spelled-out numbers from the
//!   language's number grammar (`three years ago`, `twenty-first of June`);
//! - the grammar, which composes tokens into date expressions in any of the word orders the
//!   three languages use (`next week` / `الأسبوع المقبل`, `28 June` / `June 28`);
//! - resolution, which turns an expression into an ISO value at the text's precision,
//!   against the document's reference date and its `prefer` direction.
//!
//! Architecture invariant: an expression that needs the reference date and has none yields
//! an entity with no value and its relative form, never a guess from today's date.

pub mod calendar;
mod extractor;
mod grammar;
pub mod holidays;
mod lexicon;
mod resolve;
mod tokens;

pub use extractor::{DateExtractor, FoundDate};

use khabar_core::DatePart;
use khabar_numerals::NumberTables;

/// A unit of time, as counted (`three weeks ago`) or shifted (`next month`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    /// Saturday and Sunday of a week.
    Weekend,
    Month,
    /// Three months: Q1 is January to March.
    Quarter,
    Year,
    Decade,
    Century,
}

/// The era or calendar a year is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    /// Anno Domini / common era (`AD`, `م`, `খ্রিস্টাব্দ`): Gregorian, said explicitly.
    Common,
    /// Hijri (`هـ`, `AH`, `হিজরি`).
    Hijri,
    /// Bangla (`বঙ্গাব্দ`).
    Bangla,
}

/// What one word (or fixed phrase) of a language's date tables means. A word may have
/// several meanings (English `last` is a shift and an ordinal, Arabic `اليوم` is "today"
/// and "the day"): list it once for each, and the grammar keeps the reading that builds the
/// longest date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateWord {
    /// A Gregorian month, 1 = January.
    Month(u8),
    /// A Hijri month, 1 = Muharram.
    HijriMonth(u8),
    /// A Bangla month, 1 = Boishakh.
    BanglaMonth(u8),
    /// A weekday, 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// A weekday named in the plural, 1 = Monday: only counted (`two Mondays ago`, `in three
    /// Sundays`), never a date alone (`on Mondays` is a habit).
    Weekdays(u8),
    /// A weekday counted by the word itself, 1 = Monday, with its count: Arabic duals
    /// (`جمعتين` two Fridays). Only counted, like [`DateWord::Weekdays`].
    WeekdaysCounted(u8, u8),
    /// A day counted from the reference date: today 0, yesterday −1, the day after tomorrow 2.
    Day(i8),
    /// So many days from the reference date the way the clause reads (Bengali `পরশু`, the
    /// day after tomorrow or the day before yesterday): ahead in a clause of the future,
    /// behind otherwise, as `prefer` reads a bare weekday.
    DayEitherWay(u8),
    /// A unit of time, singular or plural; also the word that makes a number a date part
    /// (`عام 2014`, `year 2008`, `২০১৪ সালে`, `شهر 3`).
    Unit(Unit),
    /// A plural unit (`weeks`, `سنوات`): counted like [`DateWord::Unit`], but never the
    /// reference's own period (`the early years` is no date).
    Plural(Unit),
    /// A unit with the definite article glued on (`الشهر`, `العام`): it names a period
    /// (`الشهر المقبل`, `العام 2021`) but is never counted (`في 15 الشهر المقبل` is the 15th
    /// of next month, not fifteen months).
    DefiniteUnit(Unit),
    /// A unit counted by the word itself: Arabic duals (`سنتين` two years), `fortnight`.
    Units(Unit, u8),
    /// Before what it shifts: the period of the reference (0), the one before (−1), after
    /// (+1): `this`, `last`, `next`, `هذا`, `গত`, `আগামী`.
    Shift(i8),
    /// Before a weekday: its nearest occurrence strictly after (+1) or before (−1) the
    /// reference date, whatever the week (`this coming Friday`, `this past Wednesday`). A
    /// word listed so is usually a [`DateWord::Shift`] too, for periods (`the past week`).
    Nearest(i8),
    /// The same, written after what it shifts: `الماضي`, `المقبل`, `after next` (+2).
    ShiftAfter(i8),
    /// After an amount of time, puts it in the past: `ago`, `আগে`.
    Ago,
    /// Before an amount of time, puts it in the past: `منذ`, `قبل` (`منذ ثلاث سنوات`).
    Since,
    /// An amount of time reaching into the future: `later`, `hence`, `পরে` after it, `in`,
    /// `خلال` before it.
    Later,
    /// `in`, `في`, `during`: before a bare year it makes the year a date (`in 2014`); before an
    /// amount of time it points to the future (`in 3 weeks`). Outside the span.
    In,
    /// `on`, `by`, `since`, `during`: like [`DateWord::In`] before a year, a month or a day
    /// (`by 2025`, `since May`, `on the 15th`), but before an amount of time no direction
    /// (`delayed by a week`, `rose by a quarter` are amounts, not dates). Outside the span.
    At,
    /// A part of a period, before it: `early`/`mid`/`late`, `beginning`/`end`,
    /// `أوائل`/`منتصف`/`أواخر`. The value stays the whole period; the part is an attribute.
    Part(DatePart),
    /// A part of the reference's period in one word: business abbreviations (`EOY` the end
    /// of the year, `BOM` the beginning of the month).
    PartOf(DatePart, Unit),
    /// A part of a period after it, in its genitive: `শুরুতে`/`শেষ ভাগে` (`মার্চ মাসের শেষ
    /// ভাগে`). Before a date it is no part of it (`শেষে` is also "finally").
    PartAfter(DatePart),
    /// Opens a range: `from`, `من`. Also `2 weeks from January 15`.
    From,
    /// Opens a range closed by [`DateWord::And`]: `between`, `بين`.
    Between,
    /// Joins the ends of a range: `to`, `until`, `through`, `إلى`, `حتى`.
    To,
    /// Bengali `থেকে`, `হতে`: "from" written after the first end of a range. It joins like
    /// [`DateWord::To`], but a bare second end (a day or a number alone) makes a range only
    /// with a closing [`DateWord::Until`] after it (`১০ থেকে ১৫ মার্চ`, `১০ মার্চ থেকে ১৫
    /// পর্যন্ত`), so that `১০ মার্চ থেকে ১৫ জন` keeps its count.
    FromAfter,
    /// Joins list items and the ends of a `between` range: `and`, `و`, `ও`.
    And,
    /// Joins alternatives in a list: `or`, `أو`, `বা` (`next week on Tuesday or Wednesday`).
    Or,
    /// A noun of an event that a bare year beside it dates, on either side (`the 2016
    /// election`, `World Cup 2022`, `انتخابات 2020`, `২০২৪ নির্বাচনে`): the year is a date,
    /// not a count.
    Event,
    /// A word that names which event, between a bare year and the event's noun (`the 2024
    /// presidential election`, `الانتخابات الرئاسية 2024`, `২০২৪ জাতীয় নির্বাচন`): at most two
    /// of them stand there.
    EventModifier,
    /// Closes a range after its second end: `পর্যন্ত`.
    Until,
    /// Counts the date that follows from its end: `5 days before new year`, `قبل`. Only with
    /// such a base.
    Before,
    /// Counts from the date that follows: `one year after christmas`, `third tuesday after
    /// christmas`, `بعد`. Only with such a base (`بعد ثلاث سنوات` alone is a duration).
    After,
    /// Before a unit: from the reference date to the end of the reference's period of that
    /// unit (`the rest of the week`, `بقية الأسبوع`).
    Rest,
    /// After a unit: from the start of the reference's period of that unit to the reference
    /// date (`year to date`, `month to date`).
    ToDate,
    /// A period from its start to the reference date in one word (`YTD`, year to date).
    PeriodToDate(Unit),
    /// Between an amount of months and the month that closes them, as `to` there (`the
    /// three months ended June 30`, `الربع المنتهي في سبتمبر`, `জুনে শেষ হওয়া তিন মাসে`).
    Ending,
    /// Before an amount of time: the span from the reference date to that far ahead
    /// (`within 5 days`).
    Within,
    /// The same after the amount in the genitive, where a postposition closes it (Bengali
    /// `এক সপ্তাহের মধ্যে`, within a week).
    WithinAfter,
    /// Before an amount of time a date lasts: `for` (`18th Dec for 10 days`).
    For,
    /// Between an amount of time and the date it starts on: `starting` (`a week starting
    /// tomorrow`).
    Starting,
    /// An amount a word stands for: `a`/`an` 1, `few` 3 (`a few days ago`).
    Count(u8),
    /// A word of change, taken from the language's number tables
    /// (`NumberTables::change_words`: `rose`, `ارتفع`): a bare year after `to` within their
    /// `change_reach` words of one is the level a count reached (`rose to 1500`), no date.
    Change,
    /// Between a weekday and its date, which then decides it: `الموافق` ("corresponding
    /// to": `يوم الخميس الموافق 24 يونيو`). Inside the span; a date in brackets after a
    /// weekday is read the same way.
    Namely,
    /// A superlative a few words before `in` and an amount of time makes the amount the span
    /// it is measured over, no date to come (`the highest level in two years`, `the first
    /// time in a decade`).
    Superlative,
    /// Before a decade, makes it a person's age (`in his seventies`, `in their 20s`): no date.
    Possessive,
    /// The ending of a possessive after its apostrophe (English `s`): a part of a year after
    /// it is that year's (`next year's third quarter`, `2023's first half`).
    PossessiveEnding,
    /// A word after which the next word is a verb (`to`, `will`, `could`): there a shift word
    /// before an amount of time is the verb it is spelled like (`expected to last six weeks`,
    /// `could last several months`), no window of time; a shift word before a period alone
    /// still shifts it (`from March to last week`).
    Auxiliary,
    /// The evening before a date, which names the day before it (`the eve of Eid`, `عشية
    /// عيد الأضحى`).
    Eve,
    /// A part of the day beside a day it names, on either side (`Friday morning`,
    /// `yesterday evening`, `صباح الجمعة`, `الخميس مساء`, `শুক্রবার সকালে`), or before the
    /// language's `of` and the day (`the night of March 3`): inside the span,
    /// the value stays the day (khabar reads no time of day). No date alone.
    DayPart,
    /// The reference's day or time of day named again beside a shifted period, which moves
    /// it by that period (`this time last year`, `في مثل هذا اليوم من العام الماضي`, `গত
    /// বছরের এই দিনে`): that day a period back or on. No date alone.
    SameDay,
    /// `same` beside a month or a quarter, before it or after it (`the same quarter`, `الربع
    /// نفسه`, `نفس الشهر`, `একই প্রান্তিকে`): with a shifted year or quarter beside it, the
    /// reference's month or quarter moved by that (`the same quarter last year`). No date
    /// alone.
    Same,
    /// A mark of the future tense a few words before a date in its clause (`will`, `shall`,
    /// `سوف`, `المقرر` "scheduled"): under the default `past` reading, the date's
    /// under-specified parts are resolved forward (`elections will be held in November`,
    /// written in February, are this November's). No date alone.
    Future,
    /// The same, a few words after the date in its clause, where the verb ends it (Bengali
    /// `হবে` "will be": `নভেম্বরে নির্বাচন হবে`).
    FutureAfter,
    /// A word of approximation opening an amount of time after the word that directs it
    /// (`قبل نحو أسبوعين`, about two weeks ago): inside the span; the value is the amount's.
    About,
    /// A decade named by its tens (`seventies` 70, `tens` 10, `الثمانينيات` 80): the century
    /// comes from a number before it (`nineteen seventies`), else the 1900s.
    Decade(u8),
    /// An era or calendar mark after a year (`هـ`, `বঙ্গাব্দ`, `AD`).
    Era(Era),
    /// Links a part to the period it is in: `of`, `in`, `من`, `في`, `এর`.
    Of,
    /// A proclitic that measures the amount after a date, how far before or after it
    /// (Arabic `ب`: `قبل عيد الأضحى بثلاثة أيام`, three days before Eid al-Adha).
    By,
    /// An article before a day or ordinal (`the 15th`), inside the span.
    The,
    /// The word after a number that makes it the day of a month, inside the span (Bengali
    /// `তারিখ`, "date": `১৫ তারিখে` "on the 15th", `গত মাসের ১৫ তারিখে` "on the 15th of last
    /// month").
    DayMark,
    /// The word before digits that makes them the day of the reference's month, inside the
    /// span (Arabic `يوم`, "day": `عدت يوم 27`, "I came back on the 27th"). Digits only, and
    /// not before a unit (`يوم 15 ساعة`); a month after them is read by the day-and-month
    /// readings.
    DayMarkBefore,
    /// An ordinal used only in dates (Bengali `পহেলা` for the first of a month; Arabic `آخر`
    /// "last", −1).
    Ordinal(i8),
    /// The reference instant itself, as the end of a range (`between Jan 22 and now`).
    Now,
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// Half a year: 0 for the word `half` (`نصف`), whose ordinal beside it says which (`the
    /// first half of 2021`, `النصف الأول من العام`); 1 or 2 for a word that says it itself
    /// (`প্রথমার্ধ`, `দ্বিতীয়ার্ধ`). Only with a year (`in the second half` of a match is no
    /// date).
    Half(u8),
    /// A holiday, by its index in the shared holiday table (see [`holidays`]); the tables
    /// list no holidays themselves, their names are in the holiday table per language.
    Holiday(u16),
}

impl DateWord {
    /// A preposition a bare year may follow (`in 2014`, `from 2010`, `between 2014 and`): a
    /// word that stands before what it governs, not after it (Bengali `থেকে`).
    pub(crate) fn is_year_preposition(self) -> bool {
        matches!(
            self,
            DateWord::In | DateWord::At | DateWord::From | DateWord::Between | DateWord::To
        )
    }
}

/// How a language writes an all-numeric date whose first two parts could be either day or
/// month (`03/04/2021`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumericOrder {
    /// Day first (Arabic, Bengali, British English).
    DayMonth,
    /// Month first unless the first part cannot be a month (US English): `10/31/74`, but
    /// `31/10/1974`.
    MonthDay,
}

/// What a language says about its dates. Every field is data a reader can audit; the
/// grammar that reads it is in this crate.
#[derive(Debug)]
pub struct DateTables {
    /// The language's number tables: spelled-out numbers inside dates are read with its
    /// number grammar.
    pub numbers: &'static NumberTables,
    /// Match words ignoring ASCII case (English).
    pub case_insensitive: bool,
    /// The script shortens names with a dot (`Dec.`, `Tue.`, `Sept.`): a key that begins a
    /// longer key of the same meaning is an abbreviation, and a dot glued after it belongs to
    /// its span. Off where such a key is a full name of its own (Arabic `ماي` beside `مايو`,
    /// `يوليو` beside `يوليوز`), whose dot ends the sentence.
    pub abbreviation_dot: bool,
    /// Words, and fixed phrases of words separated by single spaces, with what they mean,
    /// in groups (months, weekdays, …) for the reader. A key may be listed more than once.
    /// Written in everyday spelling; the index normalizes it as documents are.
    pub words: &'static [&'static [(&'static str, DateWord)]],
    /// Words that are dates only next to a number, after `in`, or (in a cased script) when
    /// capitalized: English `may`, `march`, `sun` are a verb and nouns in lower case; Arabic
    /// `آب` is written like `أب` ("father") once normalized, `مارس` is also "practised".
    pub weak: &'static [&'static str],
    /// Final letters that are spelling variants of each other (`ة`/`ه`): every key ending in
    /// the first is indexed with the second too.
    pub final_variants: &'static [(&'static str, &'static str)],
    /// Proclitics glued before a word and outside the span (Arabic `و ف ب ل ك` and their
    /// combinations). Longest first is not required.
    pub clitics: &'static [&'static str],
    /// The definite article a preceding `ل` fuses with (`ل` + `العام` = `للعام`), as (fused
    /// form, article): such a word is spanned from its second letter, as SPEC §2 asks.
    pub fused_article: Option<(&'static str, &'static str)>,
    /// Endings glued after a date word and kept inside the span (Bengali `সালে`, `বছরের`,
    /// `মাসের`: case endings are part of the calendar expression).
    pub suffixes: &'static [&'static str],
    /// Whole words that a date word and one of [`DateTables::suffixes`] would spell but that
    /// are other words (Bengali `মেয়ে`, a girl or daughter, is no `মে` + `য়ে`, in May).
    pub other_words: &'static [&'static str],
    /// Endings glued to a day number, inside the span (`1st`, `15th`, Bengali `১৬ই`, `২১শে`,
    /// `১লা`).
    pub day_suffixes: &'static [&'static str],
    /// Endings of a noun in the genitive (Bengali `ের`, `ার`): such a word that is no date
    /// word, right before an amount of time and `ago` or `later`, names the event the amount
    /// counts from (`হামলার দুই দিন পর`, two days after the attack), so no date is read.
    pub genitive_endings: &'static [&'static str],
    /// Endings glued to a number that stay outside the span but do not make it a word
    /// (Bengali `২০১৪-এর`, `২০১৪তে`, Arabic `2014م` is an era: list it in `words`).
    pub number_suffixes: &'static [&'static str],
    /// How ambiguous all-numeric dates are read.
    pub numeric_order: NumericOrder,
}

impl DateTables {
    /// Tables with nothing in them, to fill the fields a language does not use.
    pub const EMPTY: DateTables = DateTables {
        numbers: &NumberTables::EMPTY,
        case_insensitive: false,
        abbreviation_dot: false,
        words: &[],
        weak: &[],
        final_variants: &[],
        clitics: &[],
        fused_article: None,
        suffixes: &[],
        other_words: &[],
        day_suffixes: &[],
        genitive_endings: &[],
        number_suffixes: &[],
        numeric_order: NumericOrder::DayMonth,
    };
}

/// A check for the language plugins' date tests, so that they read as tables of examples.
#[doc(hidden)]
pub mod testing {
    use khabar_core::{Date, Lang, Prefer};

    use crate::{DateExtractor, DateTables, FoundDate};

    /// Asserts that `text` read against `reference` (`YYYY-MM-DD`, or `""` for none) with
    /// `prefer` by the dates extractor of `tables` yields exactly `expected`, one line a
    /// date: `text = value`, with `(part)` or `(calendar)` after when set, and
    /// `null (relative)` as the value when unresolved.
    #[track_caller]
    pub fn check(
        tables: &'static DateTables,
        lang: Lang,
        text: &str,
        reference: &str,
        prefer: Prefer,
        expected: &[&str],
    ) {
        let extractor =
            DateExtractor::new("test.dates", lang, tables).expect("the holiday table loads");
        let reference = if reference.is_empty() {
            None
        } else {
            Some(
                reference
                    .parse::<Date>()
                    .expect("a test's reference date is YYYY-MM-DD"),
            )
        };
        let got: Vec<String> = extractor
            .find(text, reference, prefer)
            .iter()
            .map(line)
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    /// A date as [`check`] writes it.
    pub(crate) fn line(d: &FoundDate) -> String {
        let mut line = format!("{} = {}", d.text, d.value.as_deref().unwrap_or("null"));
        if d.value.is_none()
            && let Some(r) = &d.relative
        {
            line.push_str(&format!(" ({r})"));
        }
        for attr in [d.part, d.calendar].into_iter().flatten() {
            line.push_str(&format!(" ({attr})"));
        }
        line
    }
}
