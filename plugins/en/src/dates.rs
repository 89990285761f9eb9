//! English dates: the words of the tables below, read by the shared date grammar in
//! `khabar-dates` (which also holds the calendars and the holiday table).

use khabar_core::{DatePart, Registration, inventory};
use khabar_dates::{DateExtractor, DateTables, DateWord, Era, NumericOrder, Unit};

use DateWord::*;

/// Month names, full and abbreviated; `sept` too.
const MONTHS: &[(&str, DateWord)] = &[
    ("january", Month(1)),
    ("jan", Month(1)),
    ("february", Month(2)),
    ("feb", Month(2)),
    ("march", Month(3)),
    ("mar", Month(3)),
    ("april", Month(4)),
    ("apr", Month(4)),
    ("may", Month(5)),
    ("june", Month(6)),
    ("jun", Month(6)),
    ("july", Month(7)),
    ("jul", Month(7)),
    ("august", Month(8)),
    ("aug", Month(8)),
    ("september", Month(9)),
    ("sept", Month(9)),
    ("sep", Month(9)),
    ("october", Month(10)),
    ("oct", Month(10)),
    ("november", Month(11)),
    ("nov", Month(11)),
    ("december", Month(12)),
    ("dec", Month(12)),
    // Hijri months as English news spells them.
    ("muharram", HijriMonth(1)),
    ("safar", HijriMonth(2)),
    ("rabi al-awwal", HijriMonth(3)),
    ("rabi ul-awwal", HijriMonth(3)),
    ("rabi al-thani", HijriMonth(4)),
    ("rabi al-akhir", HijriMonth(4)),
    ("jumada al-awwal", HijriMonth(5)),
    ("jumada al-ula", HijriMonth(5)),
    ("jumada al-thani", HijriMonth(6)),
    ("jumada al-akhirah", HijriMonth(6)),
    ("rajab", HijriMonth(7)),
    ("shaban", HijriMonth(8)),
    ("sha'ban", HijriMonth(8)),
    ("ramadan", HijriMonth(9)),
    ("ramadhan", HijriMonth(9)),
    // The holiday table's names of the fasting month are the month too, so that a day of
    // it reads (`the 10th of the month of Ramadan`; alone, the holiday's observed dates win).
    ("month of ramadan", HijriMonth(9)),
    ("holy month of ramadan", HijriMonth(9)),
    ("shawwal", HijriMonth(10)),
    ("dhu al-qadah", HijriMonth(11)),
    ("dhul qadah", HijriMonth(11)),
    ("dhu al-hijjah", HijriMonth(12)),
    ("dhul hijjah", HijriMonth(12)),
];

const WEEKDAYS: &[(&str, DateWord)] = &[
    ("monday", Weekday(1)),
    ("mon", Weekday(1)),
    ("tuesday", Weekday(2)),
    ("tues", Weekday(2)),
    ("tue", Weekday(2)),
    ("wednesday", Weekday(3)),
    ("wed", Weekday(3)),
    ("thursday", Weekday(4)),
    ("thurs", Weekday(4)),
    ("thur", Weekday(4)),
    ("thu", Weekday(4)),
    ("friday", Weekday(5)),
    ("fri", Weekday(5)),
    ("saturday", Weekday(6)),
    ("sat", Weekday(6)),
    ("sunday", Weekday(7)),
    // No `sun`: capitalized it is mostly the newspaper or the star, not Sunday.
    // Plurals are only counted (`two Mondays ago`, `in three Sundays`).
    ("mondays", Weekdays(1)),
    ("tuesdays", Weekdays(2)),
    ("wednesdays", Weekdays(3)),
    ("thursdays", Weekdays(4)),
    ("fridays", Weekdays(5)),
    ("saturdays", Weekdays(6)),
    ("sundays", Weekdays(7)),
];

/// Days, units, shifts, links and marks.
const WORDS: &[(&str, DateWord)] = &[
    ("today", Day(0)),
    ("tonight", Day(0)),
    // A part of today or of last night, named with `this` or `last`: the day.
    ("this morning", Day(0)),
    ("this afternoon", Day(0)),
    ("this evening", Day(0)),
    ("last night", Day(-1)),
    ("night before last", Day(-2)),
    // A part of the day beside a day: `Friday morning`, `yesterday evening`, `on Monday
    // night`, `the night of March 3`, the day.
    ("morning", DayPart),
    ("afternoon", DayPart),
    ("evening", DayPart),
    ("night", DayPart),
    // `in the early hours of Sunday`.
    ("early hours", DayPart),
    ("small hours", DayPart),
    ("wee hours", DayPart),
    ("yesterday", Day(-1)),
    ("tomorrow", Day(1)),
    ("tmrw", Day(1)),
    ("day after tomorrow", Day(2)),
    ("day before yesterday", Day(-2)),
    ("day", Unit(Unit::Day)),
    // `on the eve of Eid`: the day before it.
    ("eve", Eve),
    // `this time last year`, `the same day next month` (`this day` is a shift and a day).
    ("this time", SameDay),
    ("same day", SameDay),
    ("same time", SameDay),
    // `the same quarter last year`, `the same month a year earlier`.
    ("same", Same),
    ("days", Plural(Unit::Day)),
    // Nights are counted as the days they fall in (`the last ten nights of Ramadan`).
    ("nights", Plural(Unit::Day)),
    ("week", Unit(Unit::Week)),
    ("weeks", Plural(Unit::Week)),
    ("wk", Unit(Unit::Week)),
    ("wks", Plural(Unit::Week)),
    ("workweek", Unit(Unit::Week)),
    ("working week", Unit(Unit::Week)),
    ("fortnight", Units(Unit::Week, 2)),
    ("weekend", Unit(Unit::Weekend)),
    ("weekends", Plural(Unit::Weekend)),
    ("month", Unit(Unit::Month)),
    ("months", Plural(Unit::Month)),
    ("quarter", Unit(Unit::Quarter)),
    ("quarters", Plural(Unit::Quarter)),
    // `Q3 2022`: only with its number glued after it.
    ("q", Unit(Unit::Quarter)),
    // A half by its letter, with its year (`H1 2024`).
    ("h", Half(0)),
    ("half", Half(0)),
    // The later or earlier of two halves (`the latter half of the century`, `the back half
    // of the year`, as earnings calls say).
    ("latter half", Half(2)),
    ("back half", Half(2)),
    ("front half", Half(1)),
    ("year", Unit(Unit::Year)),
    ("years", Plural(Unit::Year)),
    ("yr", Unit(Unit::Year)),
    // The fiscal year, named by its calendar year (`fiscal 2023`, `fiscal year 2023`,
    // `FY2022`, `FY23`, `last fiscal year`).
    ("fiscal", Unit(Unit::Year)),
    ("fiscal year", Unit(Unit::Year)),
    // After four digits it names that year (`the 2023 fiscal year`).
    ("fiscal year", DefiniteUnit(Unit::Year)),
    ("fiscal years", Plural(Unit::Year)),
    ("fy", Unit(Unit::Year)),
    // The calendar year, as against the fiscal one (`this calendar year`, `CY2008`, `cy18`).
    ("calendar year", Unit(Unit::Year)),
    ("cy", Unit(Unit::Year)),
    // Events a bare year beside them dates (`the 2016 election`, `World Cup 2022`).
    ("election", Event),
    ("elections", Event),
    ("poll", Event),
    ("polls", Event),
    ("vote", Event),
    ("referendum", Event),
    ("midterms", Event),
    ("census", Event),
    ("budget", Event),
    ("world cup", Event),
    // `Euro 2012`, the championship (a year after a currency's name is no price).
    ("euro", Event),
    ("olympics", Event),
    ("olympic games", Event),
    ("paralympics", Event),
    ("summit", Event),
    ("war", Event),
    ("uprising", Event),
    ("revolution", Event),
    ("earthquake", Event),
    ("floods", Event),
    ("tsunami", Event),
    ("crisis", Event),
    ("championship", Event),
    ("season", Event),
    // More events named with their year (`the 2013 coup`, `the 2015 agreement`), each in
    // all three languages' tables; singular nouns, which a count before them would not take.
    ("coup", Event),
    ("pandemic", Event),
    ("cyclone", Event),
    ("hurricane", Event),
    ("typhoon", Event),
    ("agreement", Event),
    ("accord", Event),
    ("treaty", Event),
    ("massacre", Event),
    ("genocide", Event),
    ("famine", Event),
    ("drought", Event),
    // Plans and deadlines named by the year they aim at (`Saudi Vision 2030`, `the 2030
    // Agenda`, `the 2030 deadline`); not `target` or `goal`, which a count may precede (`its
    // 2000 target for new homes`).
    ("vision", Event),
    ("agenda", Event),
    ("strategy", Event),
    ("plan", Event),
    ("roadmap", Event),
    ("deadline", Event),
    // Words that name which event, between the year and its noun (`the 2024 presidential
    // election`, `the 2022 Winter Olympics`, `the 2026 FIFA World Cup`).
    ("presidential", EventModifier),
    ("general", EventModifier),
    ("parliamentary", EventModifier),
    ("legislative", EventModifier),
    ("national", EventModifier),
    ("local", EventModifier),
    ("municipal", EventModifier),
    ("regional", EventModifier),
    ("federal", EventModifier),
    ("state", EventModifier),
    ("provincial", EventModifier),
    ("mayoral", EventModifier),
    ("gubernatorial", EventModifier),
    ("senate", EventModifier),
    ("congressional", EventModifier),
    ("european", EventModifier),
    ("winter", EventModifier),
    ("summer", EventModifier),
    ("fifa", EventModifier),
    ("uefa", EventModifier),
    ("financial", EventModifier),
    ("economic", EventModifier),
    ("civil", EventModifier),
    ("yrs", Plural(Unit::Year)),
    ("decade", Unit(Unit::Decade)),
    ("decades", Plural(Unit::Decade)),
    ("century", Unit(Unit::Century)),
    ("centuries", Plural(Unit::Century)),
    ("this", Shift(0)),
    ("current", Shift(0)),
    ("last", Shift(-1)),
    ("last", Ordinal(-1)),
    ("final", Ordinal(-1)),
    // The first or last units of a period in the press's words (`the closing months of
    // 2023`, `the opening weeks of the year`, `the waning days of the campaign`).
    ("closing", Ordinal(-1)),
    ("waning", Ordinal(-1)),
    ("dying", Ordinal(-1)),
    ("opening", Ordinal(1)),
    ("past", Shift(-1)),
    // Before a weekday, the nearest one (`this past Wednesday`, `coming Friday`).
    ("past", Nearest(-1)),
    ("coming", Nearest(1)),
    ("upcoming", Nearest(1)),
    ("previous", Shift(-1)),
    // As financial reports write `previous` (`the prior quarter`, `the preceding year`); `prior
    // to` is a preposition, with no unit after it.
    ("prior", Shift(-1)),
    ("preceding", Shift(-1)),
    // The financial `trailing twelve months` (`the trailing 12 months`, TTM).
    ("trailing", Shift(-1)),
    ("next", Shift(1)),
    ("coming", Shift(1)),
    ("upcoming", Shift(1)),
    ("following", Shift(1)),
    ("after next", ShiftAfter(2)),
    ("before last", ShiftAfter(-2)),
    ("ago", Ago),
    // After an amount, counted back like `ago` (`a week earlier`), as `later` counts on.
    ("earlier", Ago),
    ("later", Later),
    ("later", Part(DatePart::Late)),
    ("hence", Later),
    // After an amount (`4 weeks in the future`); not `in the past`, which starts `in the
    // past two years`.
    ("in the future", Later),
    ("in", In),
    ("on", At),
    ("during", At),
    ("since", At),
    ("by", At),
    // Business abbreviations of a part of the current period (not `BOY`, the beginning of
    // the year: capitalized, `Boy` starts too many names).
    ("eom", PartOf(DatePart::Late, Unit::Month)),
    ("bom", PartOf(DatePart::Early, Unit::Month)),
    ("eoy", PartOf(DatePart::Late, Unit::Year)),
    ("early", Part(DatePart::Early)),
    ("earlier", Part(DatePart::Early)),
    ("beginning", Part(DatePart::Early)),
    ("start", Part(DatePart::Early)),
    ("mid", Part(DatePart::Mid)),
    ("middle", Part(DatePart::Mid)),
    ("late", Part(DatePart::Late)),
    ("end", Part(DatePart::Late)),
    ("from", From),
    ("between", Between),
    ("to", To),
    ("till", To),
    ("until", To),
    ("through", To),
    ("thru", To),
    // Between an amount of months and the month closing them: `the quarter ended June 30`.
    ("ended", Ending),
    ("ending", Ending),
    ("and", And),
    ("or", Or),
    ("for", For),
    ("within", Within),
    ("to date", ToDate),
    // The same in one word, as the financial press writes it.
    ("ytd", PeriodToDate(Unit::Year)),
    ("qtd", PeriodToDate(Unit::Quarter)),
    ("mtd", PeriodToDate(Unit::Month)),
    ("rest", Rest),
    ("remainder", Rest),
    ("starting", Starting),
    ("before", Before),
    ("after", After),
    // The same as comparisons: a bare year after them is the year (`no later than 2026`,
    // `earlier than 1990`).
    ("earlier than", Before),
    ("sooner than", Before),
    ("later than", After),
    // The same with `as … as` (`as recently as 2019`, `as far back as 1990`, `as early as
    // 2025`): a bare year after them is the year, as after `by`.
    ("as early as", At),
    ("as late as", At),
    ("as recently as", At),
    ("as far back as", At),
    ("as long ago as", At),
    ("of", Of),
    ("the", The),
    // After these, `last` is a verb before an amount (`expected to last six weeks`).
    ("to", Auxiliary),
    ("will", Auxiliary),
    // Marks of the future tense (not `expected` or `scheduled`: `was expected on Monday`).
    ("will", Future),
    ("shall", Future),
    // `we'll`, `I’ll`: the apostrophe splits the word.
    ("ll", Future),
    ("going to", Future),
    ("plans to", Future),
    ("plan to", Future),
    ("intends to", Future),
    ("intend to", Future),
    ("aims to", Future),
    ("aim to", Future),
    // In the present, as Arabic `من المقرر` (`is scheduled for June`, `is due to`, `are set
    // to`, `is expected to`); the past (`was scheduled`) keeps the past.
    ("is scheduled", Future),
    ("are scheduled", Future),
    ("is due to", Future),
    ("are due to", Future),
    ("is set to", Future),
    ("are set to", Future),
    ("is expected to", Future),
    ("are expected to", Future),
    // Ending with `to`, a verb follows them (`is expected to last six weeks`).
    ("is due to", Auxiliary),
    ("are due to", Auxiliary),
    ("is set to", Auxiliary),
    ("are set to", Auxiliary),
    ("is expected to", Auxiliary),
    ("are expected to", Auxiliary),
    // A request to an assistant is for a time to come (`schedule a meeting on Friday`);
    // phrases, since `the schedule for Monday` is a noun.
    ("schedule a", Future),
    ("schedule me", Future),
    ("book a", Future),
    ("book me", Future),
    ("remind me", Future),
    ("set up a", Future),
    ("would", Auxiliary),
    ("could", Auxiliary),
    ("can", Auxiliary),
    ("cannot", Auxiliary),
    ("may", Auxiliary),
    ("might", Auxiliary),
    ("should", Auxiliary),
    ("must", Auxiliary),
    ("shall", Auxiliary),
    ("not", Auxiliary),
    ("never", Auxiliary),
    ("a", Count(1)),
    ("an", Count(1)),
    ("few", Count(3)),
    ("several", Count(3)),
    ("couple", Count(2)),
    ("now", Now),
    ("ad", Era(Era::Common)),
    ("a.d", Era(Era::Common)),
    ("ce", Era(Era::Common)),
    ("ah", Era(Era::Hijri)),
    ("a.h", Era(Era::Hijri)),
    // A few words before `in` and an amount of time, the span measured over (`the highest
    // level in two years`).
    ("highest", Superlative),
    ("lowest", Superlative),
    ("biggest", Superlative),
    ("largest", Superlative),
    ("smallest", Superlative),
    ("best", Superlative),
    ("worst", Superlative),
    ("fastest", Superlative),
    ("slowest", Superlative),
    ("strongest", Superlative),
    ("weakest", Superlative),
    ("deadliest", Superlative),
    ("longest", Superlative),
    ("shortest", Superlative),
    ("sharpest", Superlative),
    ("steepest", Superlative),
    ("hottest", Superlative),
    ("coldest", Superlative),
    ("wettest", Superlative),
    ("driest", Superlative),
    ("first", Superlative),
    ("most", Superlative),
    ("least", Superlative),
    // Before a decade, an age (`in his seventies`).
    ("his", Possessive),
    // `next year's third quarter`: the `s` after the apostrophe.
    ("s", PossessiveEnding),
    ("her", Possessive),
    ("their", Possessive),
    ("its", Possessive),
    ("my", Possessive),
    ("our", Possessive),
    ("your", Possessive),
    ("tens", Decade(10)),
    ("twenties", Decade(20)),
    ("thirties", Decade(30)),
    ("forties", Decade(40)),
    ("fifties", Decade(50)),
    ("sixties", Decade(60)),
    ("seventies", Decade(70)),
    ("eighties", Decade(80)),
    ("nineties", Decade(90)),
    ("spring", Season(1)),
    ("summer", Season(2)),
    ("autumn", Season(3)),
    ("fall", Season(3)),
    ("winter", Season(4)),
];

static ALL_WORDS: [&[(&str, DateWord)]; 3] = [MONTHS, WEEKDAYS, WORDS];

static TABLES: DateTables = DateTables {
    numbers: &crate::numbers::TABLES,
    case_insensitive: true,
    abbreviation_dot: true,
    words: &ALL_WORDS,
    // Common words in lower case: the modal, the verb, the noun, the adjective.
    weak: &[
        "may", "march", "mar", "sat", "wed", "august", "fall", "jan", "sep", "bom", "eom", "eoy",
    ],
    day_suffixes: &["st", "nd", "rd", "th"],
    numeric_order: NumericOrder::MonthDay,
    ..DateTables::EMPTY
};

inventory::submit! {
    Registration {
        id: "en.dates",
        description: "English dates: absolute, numeric, ranges, relative to the article's date (weekdays, last/next, ago), holidays, Hijri months",
        build: |options| DateExtractor::build("en.dates", crate::LANG, &TABLES, options),
    }
}

#[cfg(test)]
mod tests {
    use khabar_core::Prefer;
    use khabar_dates::testing;

    use super::TABLES;

    #[track_caller]
    fn check(text: &str, reference: &str, prefer: Prefer, expected: &[&str]) {
        testing::check(&TABLES, crate::LANG, text, reference, prefer, expected);
    }

    /// The reference date of the examples: Tuesday 29 June 2021.
    const REF: &str = "2021-06-29";

    #[track_caller]
    fn past(text: &str, expected: &[&str]) {
        check(text, REF, Prefer::Past, expected);
    }

    /// A Hijri month after `next` or `last` is the one after or before the reference's (29
    /// June 2021 is in Dhu al-Qadah 1442): `next Muharram` was the last one.
    #[test]
    fn a_hijri_month_with_a_shift_word() {
        past(
            "next Muharram",
            &["next Muharram = 2021-08-10/2021-09-08 (hijri)"],
        );
        past(
            "last Rajab",
            &["last Rajab = 2021-02-13/2021-03-14 (hijri)"],
        );
    }

    /// Lower-case `may` and `march` are months after a part word, as users type them, but
    /// `may` after `the end` is the verb.
    #[test]
    fn a_lower_case_month_after_a_part_word() {
        past("by the end of may", &["end of may = 2021-05 (late)"]);
        past(
            "by the end of the decade",
            &["end of the decade = 2020/2029 (late)"],
        );
        // And of the century, with its article or glued by a hyphen.
        past(
            "by the end of the century, net emissions by mid-century; in the century since",
            &[
                "end of the century = 2000/2099 (late)",
                "mid-century = 2000/2099 (mid)",
            ],
        );
        past("in early march", &["early march = 2021-03 (early)"]);
        past("mid-may", &["mid-may = 2021-05 (mid)"]);
        past("the end may come soon", &[]);
    }

    /// Two days joined by a hyphen before a month are a range of its days, even where they
    /// could be a numeric month and day (`12-14` alone is 14 December).
    #[test]
    fn a_range_of_days_before_its_month() {
        past("12-14 June", &["12-14 June = 2021-06-12/2021-06-14"]);
        past(
            "on 1-3 July 2019",
            &["1-3 July 2019 = 2019-07-01/2019-07-03"],
        );
    }

    /// A part of today or last night, named with `this` or `last`, is the day; `the last
    /// night of` something is not.
    #[test]
    fn this_morning_and_last_night() {
        past("this morning", &["this morning = 2021-06-29"]);
        past("in an attack last night", &["last night = 2021-06-28"]);
        past(
            "the night before last",
            &["the night before last = 2021-06-27"],
        );
        past("the last night of the festival", &[]);
    }

    /// A part of the day before `of` and a day is that day's, article and all; not before
    /// another noun.
    #[test]
    fn a_part_of_the_day_of_a_day() {
        past(
            "in the early hours of Sunday, on the night of 3 March",
            &[
                "the early hours of Sunday = 2021-06-27",
                "the night of 3 March = 2021-03-03",
            ],
        );
        past("the night of the long knives", &[]);
    }

    /// A year spelled out after a preposition, with no other date word near, or after the
    /// word for year (the spelled numbers used to be read only near a date word).
    #[test]
    fn a_year_spelled_out_after_a_preposition() {
        past(
            "They left in nineteen ninety six and came back in two thousand and fifteen",
            &[
                "nineteen ninety six = 1996",
                "two thousand and fifteen = 2015",
            ],
        );
        past(
            "the year nineteen ninety six",
            &["year nineteen ninety six = 1996"],
        );
        past("in fifteen minutes", &[]);
    }

    /// `in the future` after an amount is `later`.
    #[test]
    fn an_amount_in_the_future() {
        past(
            "4 weeks in the future",
            &["4 weeks in the future = 2021-07-27"],
        );
        past("plans for the future", &[]);
        past("in the past two years", &["the past two years = 2019/2020"]);
    }

    /// `the day after` or `before` a date is one day from it; `now` starts a range, whose
    /// other end falls after it (`between now and June`: the next June).
    #[test]
    fn the_day_after_a_date_and_ranges_from_now() {
        past(
            "the day after Christmas",
            &["the day after Christmas = 2020-12-26"],
        );
        past(
            "the day before Easter",
            &["the day before Easter = 2021-04-03"],
        );
        // The nearest weekend after or before the reference date; `next weekend` is next
        // week's.
        past(
            "this coming weekend; this past weekend; next weekend",
            &[
                "this coming weekend = 2021-07-03/2021-07-04",
                "this past weekend = 2021-06-26/2021-06-27",
                "next weekend = 2021-07-10/2021-07-11",
            ],
        );
        // `fall` after a shift word with no article before it is autumn.
        past(
            "last fall, and the last fall in prices",
            &["last fall = 2020-09-23/2020-12-20"],
        );
        past(
            "the fall of 2019, the fall 2019 semester and the fall of Rome",
            &[
                "the fall of 2019 = 2019-09-23/2019-12-20",
                "the fall 2019 = 2019-09-23/2019-12-20",
            ],
        );
        // Halves of a unit, in the next finer one.
        past(
            "a year and a half ago, two and a half years ago, half a century ago",
            &[
                "a year and a half ago = 2019-12",
                "two and a half years ago = 2018-12",
                "half a century ago = 1971",
            ],
        );
        past(
            "2.5 years ago, in 1.5 years",
            &["2.5 years ago = 2018-12", "in 1.5 years = 2022-12"],
        );
        // A quarter of a century; a fraction of a unit uncounted after a shift is a window.
        past(
            "a quarter-century ago, the past half century, the last quarter century, over the past decade and a half",
            &[
                "a quarter-century ago = 1996",
                "the past half century = 1971/2020",
                "the last quarter century = 1996/2020",
                "the past decade and a half = 2006/2020",
            ],
        );
        // Counted weekends.
        past(
            "two weekends ago; in two weekends; the last two weekends",
            &[
                "two weekends ago = 2021-06-19/2021-06-20",
                "in two weekends = 2021-07-10/2021-07-11",
                "the last two weekends = 2021-06-19/2021-06-27",
            ],
        );
        // An ordinal weekend of a period.
        past(
            "the last weekend of June; the first weekend of next month",
            &[
                "the last weekend of June = 2021-06-26/2021-06-27",
                "the first weekend of next month = 2021-07-03/2021-07-04",
            ],
        );
        // The reference's day moved by a shifted period, or in a year.
        past(
            "this time last year; the same day next month; on this day in 1971",
            &[
                "this time last year = 2020-06-29",
                "the same day next month = 2021-07-29",
                "this day in 1971 = 1971-06-29",
            ],
        );
        // A period to the reference date joined by hyphens or in one word.
        past(
            "up 8% year-to-date; YTD gains; MTD",
            &[
                "year-to-date = 2021-01-01/2021-06-29",
                "YTD = 2021-01-01/2021-06-29",
                "MTD = 2021-06-01/2021-06-29",
            ],
        );
        // The reference's month or quarter moved by a shifted year or an amount ago.
        past(
            "up on the same quarter last year and on the same month a year earlier",
            &[
                "the same quarter last year = 2020-04/2020-06",
                "the same month a year earlier = 2020-06",
            ],
        );
        // Two weekdays, one of a named week, are both of it.
        past(
            "Monday to Friday next week",
            &["Monday to Friday next week = 2021-07-05/2021-07-09"],
        );
        // The eve of a date is the day before it; of an event, no date.
        past(
            "on the eve of Eid al-Adha; on the eve of the election",
            &["the eve of Eid al-Adha = 2020-07-30"],
        );
        past(
            "from now to Friday",
            &["from now to Friday = 2021-06-29/2021-07-02"],
        );
        past(
            "between now and June",
            &["between now and June = 2021-06-29/2021-06-30"],
        );
        past(
            "between now and March",
            &["between now and March = 2021-06-29/2022-03-31"],
        );
        past("three days from now", &["three days from now = 2021-07-02"]);
    }

    /// A fiscal year written as a pair after its word, as South Asian and British news write
    /// it.
    #[test]
    fn a_fiscal_year_pair_after_its_word() {
        past(
            "in fiscal year 2023-24",
            &["fiscal year 2023-24 = 2023/2024"],
        );
        past("in FY23-24", &["FY23-24 = 2023/2024"]);
        past("the FY 2022-23 budget", &["FY 2022-23 = 2022/2023"]);
    }

    #[test]
    fn absolute_dates_in_every_order_and_separator() {
        past(
            "28 June 2021, June 28, 2021, 28/06/2021, 2021-06-28 and 06/28/2021.",
            &[
                "28 June 2021 = 2021-06-28",
                "June 28, 2021 = 2021-06-28",
                "28/06/2021 = 2021-06-28",
                "2021-06-28 = 2021-06-28",
                "06/28/2021 = 2021-06-28",
            ],
        );
        past(
            "the 15th of February 2014, Dec. 31, 1994 and 31-Oct-74",
            &[
                "the 15th of February 2014 = 2014-02-15",
                "Dec. 31, 1994 = 1994-12-31",
                "31-Oct-74 = 1974-10-31",
            ],
        );
        // Month and year; a year with its word or after `in`.
        past(
            "formed in September 2014; in 2014; the year 2008",
            &[
                "September 2014 = 2014-09",
                "2014 = 2014",
                "year 2008 = 2008",
            ],
        );
        // Three digits with the common era; not a count before `ad`.
        past("in 622 AD; 3 ad campaigns", &["622 AD = 0622"]);
        // A weekday with a date: the date decides.
        past("on Monday, June 28", &["Monday, June 28 = 2021-06-28"]);
        past("Tuesday the 15th", &["Tuesday the 15th = 2021-06-15"]);
        past(
            "I went back for the 27. I went back for the twenty second",
            &["the 27 = 2021-06-27", "the twenty second = 2021-06-22"],
        );
        // Or in brackets after it; a count in brackets is no date.
        past(
            "on Friday (June 25) and Monday (5 people)",
            &["Friday (June 25) = 2021-06-25", "Monday = 2021-06-28"],
        );
    }

    /// `next` or `last` before a day and month in digits: the first such day after the
    /// article's date or the last before it.
    #[test]
    fn days_and_months_after_a_shift_word() {
        past(
            "next 6th of April, next June 20 and last June 30",
            &[
                "next 6th of April = 2022-04-06",
                "next June 20 = 2022-06-20",
                "last June 30 = 2020-06-30",
            ],
        );
    }

    /// A quarter by its letter and number, with its year before or after it.
    #[test]
    fn quarters_by_letter() {
        past(
            "in Q3 2022, 2019-Q1, q1-2019 and Q2; a Q&A",
            &[
                "Q3 2022 = 2022-07/2022-09",
                "2019-Q1 = 2019-01/2019-03",
                "q1-2019 = 2019-01/2019-03",
                "Q2 = 2021-04/2021-06",
            ],
        );
        past(
            "from 2017-q1 to 2018-q1",
            &["from 2017-q1 to 2018-q1 = 2017-01/2018-03"],
        );
        // The number first, as the financial press writes it; `3D`, `5G` are no parts.
        past(
            "3Q24 results, 2Q 2020 and 1H21, Q4/2023; 3D printing on 5G networks",
            &[
                "3Q24 = 2024-07/2024-09",
                "2Q 2020 = 2020-04/2020-06",
                "1H21 = 2021-01/2021-06",
                "Q4/2023 = 2023-10/2023-12",
            ],
        );
        // After `in`, the letter with digits glued after it is no unit of an amount; a
        // fiscal year glued after its letters, or shortened after an apostrophe, is the
        // part's year before or after it.
        past(
            "sales in 1Q25 and in 2023Q4; Q3 FY24, the third quarter of FY2024, FY24 Q3, \
             FY24's third quarter, Q1'25 and H1 '24",
            &[
                "1Q25 = 2025-01/2025-03",
                "2023Q4 = 2023-10/2023-12",
                "Q3 FY24 = 2024-07/2024-09",
                "the third quarter of FY2024 = 2024-07/2024-09",
                "FY24 Q3 = 2024-07/2024-09",
                "FY24's third quarter = 2024-07/2024-09",
                "Q1'25 = 2025-01/2025-03",
                "H1 '24 = 2024-01/2024-06",
            ],
        );
    }

    /// Half a year, with its year only: `in the second half` of a match is no date.
    #[test]
    fn halves_of_a_year() {
        past(
            "the first half of 2021, the second half of next year; in the second half, Messi",
            &[
                "the first half of 2021 = 2021-01/2021-06",
                "the second half of next year = 2022-07/2022-12",
            ],
        );
        // As an adjective before its year.
        past(
            "first-half 2020 profit, second-half 2019 results",
            &[
                "first-half 2020 = 2020-01/2020-06",
                "second-half 2019 = 2019-07/2019-12",
            ],
        );
        // Half a month: its first fifteen days or the rest.
        past(
            "the second half of April, the first half of next month, the second half of Ramadan",
            &[
                "the second half of April = 2021-04-16/2021-04-30",
                "the first half of next month = 2021-07-01/2021-07-15",
                "the second half of Ramadan = 2021-04-28/2021-05-12",
            ],
        );
        // Half a century's or a decade's years; the later half by other words.
        past(
            "the first half of the 20th century, the second half of the 1990s, the latter half of the century, the back half of the year; the back half of the field",
            &[
                "the first half of the 20th century = 1900/1949",
                "the second half of the 1990s = 1995/1999",
                "the latter half of the century = 2050/2099",
                "the back half of the year = 2021-07/2021-12",
            ],
        );
        // A Hijri year after a Hijri holiday.
        past("Eid al-Fitr 1442 AH", &["Eid al-Fitr 1442 = 2021-05-13"]);
        // The weekday or weekend nearest after or before a holiday.
        past(
            "the Monday after Easter, the Friday before Christmas, the weekend before Christmas; Tuesday after the vote",
            &[
                "the Monday after Easter = 2021-04-05",
                "the Friday before Christmas = 2020-12-18",
                "the weekend before Christmas = 2020-12-19/2020-12-20",
                "Tuesday = 2021-06-29",
            ],
        );
        // A day counted of a holiday.
        past(
            "on the second day of Eid al-Fitr, the first day of Passover",
            &[
                "the second day of Eid al-Fitr = 2021-05-14",
                "the first day of Passover = 2021-03-28",
            ],
        );
        // A day of the fasting month named as the holiday table names it.
        past(
            "on the 10th of the holy month of Ramadan",
            &["the 10th of the holy month of Ramadan = 2021-04-22"],
        );
    }

    #[test]
    fn month_names_full_abbreviated_and_lower_case() {
        past(
            "Jan 5, Feb 2020, sept 2019, in may, May 4",
            &[
                "Jan 5 = 2021-01-05",
                "Feb 2020 = 2020-02",
                "sept 2019 = 2019-09",
                "may = 2021-05",
                "May 4 = 2021-05-04",
            ],
        );
        // Lower case, `may` and `march` are a verb; `The Sun` is a newspaper.
        past("We may march on, The Sun said.", &[]);
        // A glued dot belongs to a shortened name, not to a full one that ends a sentence.
        past(
            "It ended in May. Talks resume in June. We met on Thurs. and Sept. 3.",
            &[
                "May = 2021-05",
                "June = 2021-06",
                "Thurs. = 2021-06-24",
                "Sept. 3 = 2020-09-03",
            ],
        );
    }

    /// Ordinal weekdays of a period, counted weekdays, the week of a day, and a weekday that
    /// moves a month and day to the year where they agree.
    #[test]
    fn ordinal_and_counted_weekdays() {
        past(
            "the second Friday of March 2022",
            &["the second Friday of March 2022 = 2022-03-11"],
        );
        past(
            "the last Thursday of the month",
            &["the last Thursday of the month = 2021-06-24"],
        );
        past(
            "the third Monday of the month",
            &["the third Monday of the month = 2021-06-21"],
        );
        past("two Mondays ago", &["two Mondays ago = 2021-06-21"]);
        past("three Sundays ago", &["three Sundays ago = 2021-06-13"]);
        past("in three Sundays", &["in three Sundays = 2021-07-18"]);
        past("in two Wednesdays", &["in two Wednesdays = 2021-07-07"]);
        past("We swim on Mondays", &[]);
        past("the week of March 3", &["the week of March 3 = 2021-W09"]);
        past("Mon, Aug 4", &["Mon, Aug 4 = 2025-08-04"]);
        past("Wednesday, June 30", &["Wednesday, June 30 = 2021-06-30"]);
        past(
            "from the 5th to the 9th of this month",
            &["from the 5th to the 9th of this month = 2021-06-05/2021-06-09"],
        );
    }

    /// Weekdays listed with a weekday of a named week are of that week, before it or after
    /// it; a weekday apart from the list keeps its own reading.
    #[test]
    fn a_weekday_in_brackets_after_a_date() {
        // The date's own weekday, in its span; the date decides.
        past(
            "on June 24, 2021 (Thursday) and June 25 (Fri)",
            &[
                "June 24, 2021 (Thursday) = 2021-06-24",
                "June 25 (Fri) = 2021-06-25",
            ],
        );
    }

    #[test]
    fn weekdays_listed_with_a_named_week() {
        past(
            "next week on Tuesday, Wednesday or Thursday",
            &[
                "next week on Tuesday = 2021-07-06",
                "Wednesday = 2021-07-07",
                "Thursday = 2021-07-08",
            ],
        );
        past(
            "next week Mon or Tue",
            &["next week Mon = 2021-07-05", "Tue = 2021-07-06"],
        );
        past(
            "Thursday or Friday this week",
            &["Thursday = 2021-07-01", "Friday this week = 2021-07-02"],
        );
        past(
            "He came on Monday, and on Friday next week he leaves",
            &["Monday = 2021-06-28", "Friday next week = 2021-07-09"],
        );
        past(
            "Monday and Tuesday last week",
            &["Monday = 2021-06-21", "Tuesday last week = 2021-06-22"],
        );
        // A weekday's own shift is the list's when it stands before the list, not after.
        past(
            "next Monday or Tuesday",
            &["next Monday = 2021-07-05", "Tuesday = 2021-07-06"],
        );
        past(
            "on Monday and last Friday",
            &["Monday = 2021-06-28", "last Friday = 2021-06-25"],
        );
    }

    /// The fiscal year, named by its calendar year, the year glued after `FY` included;
    /// `fiscal` before any other word is no date.
    #[test]
    fn fiscal_years() {
        past(
            "in fiscal 2023, fiscal year 2021, FY2022, FY23 and FY2022-23",
            &[
                "fiscal 2023 = 2023",
                "fiscal year 2021 = 2021",
                "FY2022 = 2022",
                "FY23 = 2023",
                "FY2022-23 = 2022/2023",
            ],
        );
        past(
            "last fiscal year and next fiscal year",
            &["last fiscal year = 2020", "next fiscal year = 2022"],
        );
        past("the fiscal deficit and fiscal policy, FYI", &[]);
    }

    /// A bare year beside the noun of an event dates it; beside any other noun it is a count.
    #[test]
    fn years_of_events() {
        past(
            "the 2016 election, the 2022 World Cup, World Cup 2022 and the 1967 war",
            &["2016 = 2016", "2022 = 2022", "2022 = 2022", "1967 = 1967"],
        );
        past("Spain won Euro 2012", &["2012 = 2012"]);
        past("The 1500 soldiers and the 2000 people came.", &[]);
        past(
            "the 2024 presidential election, the 2022 Winter Olympics, the 2026 FIFA World Cup",
            &["2024 = 2024", "2022 = 2022", "2026 = 2026"],
        );
        past(
            "since the 2013 coup, the 2015 agreement and the 2020 pandemic",
            &["2013 = 2013", "2015 = 2015", "2020 = 2020"],
        );
        // Plans and deadlines by the year they aim at; a target may be a count.
        past(
            "Saudi Vision 2030, Agenda 2063, the 2030 deadline and its 2000 target",
            &["2030 = 2030", "2063 = 2063", "2030 = 2030"],
        );
        // After a possessive, a year that is no round hundred dates what it owns.
        past(
            "The company's 2023 revenue, its 2024 budget and its 2000 employees",
            &["2023 = 2023", "2024 = 2024"],
        );
    }

    /// `coming`, `upcoming` and `past` before a weekday give its nearest occurrence after or
    /// before the reference date, this week's if it has one (`coming Friday` on a Tuesday is
    /// that week's Friday); before a period they shift it as `next` and `last` do.
    #[test]
    fn the_nearest_weekday_coming_or_past() {
        past(
            "coming Friday, this coming Monday, the upcoming Tuesday",
            &[
                "coming Friday = 2021-07-02",
                "this coming Monday = 2021-07-05",
                "upcoming Tuesday = 2021-07-06",
            ],
        );
        past(
            "this past Wednesday and past Monday",
            &[
                "this past Wednesday = 2021-06-23",
                "past Monday = 2021-06-28",
            ],
        );
        past(
            "the past week and the coming week",
            &["the past week = 2021-W25", "the coming week = 2021-W27"],
        );
    }

    /// `last` after `to` or a modal verb is a verb before an amount of time; a shift before
    /// a period.
    #[test]
    fn last_as_a_verb() {
        past(
            "The trial is expected to last six weeks; the strike will last three days and \
             talks could last several months.",
            &[],
        );
        past(
            "from March to last week",
            &["from March to last week = 2021-03-01/2021-06-27"],
        );
        past(
            "in the last six weeks",
            &["the last six weeks = 2021-W20/2021-W25"],
        );
    }

    /// `on the 1st of May` is a day and month; a half or a quarter of `the year` is of the
    /// reference's year; a number before a unit ends no range; a pair of years before the
    /// fiscal year takes it in its span.
    #[test]
    fn days_of_months_halves_of_the_year_and_amounts() {
        past(
            "It reopens on the 1st of May and opened on the 5th of June 2019.",
            &[
                "the 1st of May = 2021-05-01",
                "the 5th of June 2019 = 2019-06-05",
            ],
        );
        past(
            "growth in the second half of the year and the third quarter of the year",
            &[
                "the second half of the year = 2021-07/2021-12",
                "the third quarter of the year = 2021-07/2021-09",
            ],
        );
        past(
            "He was sentenced on 12 March 2024 to 15 years in prison.",
            &["12 March 2024 = 2024-03-12"],
        );
        past(
            "sales in the 2022-23 fiscal year",
            &["2022-23 fiscal year = 2022/2023"],
        );
        past(
            "in the spring of next year",
            &["the spring of next year = 2022-03-20/2022-06-20"],
        );
        past(
            "the week before last, the year before last; closed every Monday through March",
            &[
                "the week before last = 2021-W24",
                "the year before last = 2019",
                "Monday = 2021-06-28",
                "March = 2021-03",
            ],
        );
        past(
            "in the first six months of the year and the first nine months of 2020",
            &[
                "the first six months of the year = 2021-01/2021-06",
                "the first nine months of 2020 = 2020-01/2020-09",
            ],
        );
        // Quarters, as months: a count of them after a shift word is no fraction.
        past(
            "in the first two quarters of 2020, over the past two quarters, the last three \
             quarters of the year",
            &[
                "the first two quarters of 2020 = 2020-01/2020-06",
                "the past two quarters = 2020-10/2021-03",
                "the last three quarters of the year = 2021-04/2021-12",
            ],
        );
        // The months that end with a named one, as the financial press counts a period.
        past(
            "inflation in the 12 months to March; the year to March 2020; the quarter to May",
            &[
                "the 12 months to March = 2020-04/2021-03",
                "the year to March 2020 = 2019-04/2020-03",
                "the quarter to May = 2021-03/2021-05",
            ],
        );
        // Two spelled thousands joined are counts, not a year and a count.
        past("between two thousand and three thousand troops", &[]);
        // A range whose ends are parts of months or years.
        past(
            "from the end of March to early April, between the middle of March and the end of September",
            &[
                "from the end of March to early April = 2021-03/2021-04",
                "between the middle of March and the end of September = 2021-03/2021-09",
            ],
        );
        past(
            "the 2023 fiscal year and the last two fiscal years",
            &[
                "2023 fiscal year = 2023",
                "the last two fiscal years = 2019/2020",
            ],
        );
        // The month's end closes the months, as its last day does.
        past(
            "the six months to end-June and the three months to the end of March",
            &[
                "the six months to end-June = 2021-01/2021-06",
                "the three months to the end of March = 2021-01/2021-03",
            ],
        );
        // Two numbers before a unit count it: `10-15 days` is no 15 October.
        past("It takes 10-15 days, or 3-4 weeks", &[]);
        // Whole years that end with a named year: the years, not the year alone.
        past(
            "prices doubled in the decade to 2020 and rose in the five years ended 2019",
            &[
                "the decade to 2020 = 2011/2020",
                "the five years ended 2019 = 2015/2019",
            ],
        );
        // Counted, the first or last days or whole weeks of the period.
        past(
            "the first 10 days of March; the last ten days of Ramadan; the first two weeks of June",
            &[
                "the first 10 days of March = 2021-03-01/2021-03-10",
                "the last ten days of Ramadan = 2021-05-03/2021-05-12",
                "the first two weeks of June = 2021-W23/2021-W24",
            ],
        );
        past(
            "the last ten nights of Ramadan",
            &["the last ten nights of Ramadan = 2021-05-03/2021-05-12"],
        );
        // The first or last units of a period, uncounted, are its part.
        past(
            "in the last days of 2020; the first months of 2021; the last few days of March",
            &[
                "the last days of 2020 = 2020 (late)",
                "the first months of 2021 = 2021 (early)",
                "the last few days of March = 2021-03 (late)",
            ],
        );
        // In the press's words too; not before a noun that is no unit.
        past(
            "the closing months of 2020, the opening weeks of 2021, the closing ceremony",
            &[
                "the closing months of 2020 = 2020 (late)",
                "the opening weeks of 2021 = 2021 (early)",
            ],
        );
        // Closed by `ended`, `ending` and the month or its last day, not another day.
        past(
            "the three months ended June 30; the quarter ending in March; the week ended June 18; the 12 weeks ended March 3",
            &[
                "the three months ended June 30 = 2021-04/2021-06",
                "the quarter ending in March = 2021-01/2021-03",
                "the week ended June 18 = 2021-06-12/2021-06-18",
                "March 3 = 2021-03-03",
            ],
        );
        // A quarter or half named by the month it ends with.
        past(
            "in the June quarter, the December half, the March 2021 quarter; in June, a quarter of voters",
            &[
                "the June quarter = 2021-04/2021-06",
                "the December half = 2020-07/2020-12",
                "the March 2021 quarter = 2021-01/2021-03",
                "June = 2021-06",
            ],
        );
        // Weeks, as the year's ISO weeks (2021 has 52).
        past(
            "the first 2 weeks of 2021 and the last two weeks of the year",
            &[
                "the first 2 weeks of 2021 = 2021-W01/2021-W02",
                "the last two weeks of the year = 2021-W51/2021-W52",
            ],
        );
        past(
            "down 20% in the year to date; later in the year; 2019 H2; in this calendar \
             year, CY2008 and the year of 2008",
            &[
                "the year to date = 2021-01-01/2021-06-29",
                "later in the year = 2021 (late)",
                "2019 H2 = 2019-07/2019-12",
                "this calendar year = 2021",
                "CY2008 = 2008",
                "year of 2008 = 2008",
            ],
        );
        past(
            "a couple of weeks ago, in the next couple of days",
            &[
                "a couple of weeks ago = 2021-06-15",
                "the next couple of days = 2021-06-30/2021-07-01",
            ],
        );
        past(
            "away for the rest of the week; the rest of us",
            &["the rest of the week = 2021-06-29/2021-07-04"],
        );
        // Of a named period, and `remainder`.
        past(
            "for the rest of 2021, the remainder of the year, the rest of July, the rest of the decade; the remainder of the contract",
            &[
                "the rest of 2021 = 2021-06-29/2021-12-31",
                "the remainder of the year = 2021-06-29/2021-12-31",
                "the rest of July = 2021-07",
                "the rest of the decade = 2021-06-29/2029-12-31",
            ],
        );
        past(
            "pay by EOM and at the BOM; the EOY; the Boy Scouts",
            &[
                "EOM = 2021-06 (late)",
                "the BOM = 2021-06 (early)",
                "the EOY = 2021 (late)",
            ],
        );
        past(
            "I'll be back within 2 weeks",
            &["within 2 weeks = 2021-06-29/2021-07-13"],
        );
        // From the date after `of`; from an event, no date.
        past(
            "within 30 days of June 1, within 100 days of taking office",
            &["within 30 days of June 1 = 2021-06-01/2021-07-01"],
        );
        past(
            "in the final quarter of last year",
            &["the final quarter of last year = 2020-10/2020-12"],
        );
        past(
            "on the 10th anniversary; open from Monday to Friday",
            &["from Monday to Friday = 2021-06-28/2021-07-02"],
        );
        past(
            "its highest level in two years, the first time in a decade; it opens in two years",
            &["in two years = 2023"],
        );
        // So does an ordinal: the count is of things within the amount.
        past(
            "his fifth title in six years, their second defeat in three weeks",
            &[],
        );
        past(
            "Tens of thousands marched; a man in his seventies; in the 1980s",
            &["the 1980s = 1980/1989"],
        );
        // A bare year after a comparison is the year; an amount before one is no offset.
        past(
            "no later than 2026, earlier than 1990; two days later than expected",
            &["2026 = 2026", "1990 = 1990"],
        );
        // And after `as … as`; not `as many as`, a count's bound.
        past(
            "as recently as 2019, as far back as 1990; as many as 2000 people",
            &["2019 = 2019", "1990 = 1990"],
        );
        // A holiday before the word for weekend: the weekend nearest it.
        past(
            "over the Easter weekend and Thanksgiving weekend",
            &[
                "the Easter weekend = 2021-04-03/2021-04-04",
                "Thanksgiving weekend = 2020-11-28/2020-11-29",
            ],
        );
        // Weekdays counted after a shift: from the first of them to the last.
        past(
            "the last three Fridays, the next two Mondays",
            &[
                "the last three Fridays = 2021-06-11/2021-06-25",
                "the next two Mondays = 2021-07-05/2021-07-12",
            ],
        );
        // The hundred years of a round hundred before 2000; a part before a decade after an
        // apostrophe.
        past(
            "in the late 1800s and the mid-'90s",
            &[
                "late 1800s = 1800/1899 (late)",
                "mid-'90s = 1990/1999 (mid)",
            ],
        );
        // The plural after an apostrophe, after the article; a year's possessive.
        past(
            "since the 1990's, and 2020's budget",
            &["the 1990's = 1990/1999", "2020 = 2020"],
        );
        past(
            "married on 14th June 2015; H1 2024 profit; costs cut by year-end",
            &[
                "14th June 2015 = 2015-06-14",
                "H1 2024 = 2024-01/2024-06",
                "year-end = 2021 (late)",
            ],
        );
        // The quarter's end; a possessive before the part.
        past(
            "by quarter-end, at the end of the quarter, at month's end, by the year's end",
            &[
                "quarter-end = 2021-04/2021-06 (late)",
                "end of the quarter = 2021-04/2021-06 (late)",
                "month's end = 2021-06 (late)",
                "the year's end = 2021 (late)",
            ],
        );
    }

    /// `from` before a date never takes the next number as a range's end.
    #[test]
    fn from_does_not_swallow_the_next_number() {
        past("from March 10 15 people", &["March 10 = 2021-03-10"]);
        past("from October to 30,000 people", &["October = 2020-10"]);
        past("since 2019 500 people", &["2019 = 2019"]);
    }

    #[test]
    fn ranges_and_lists() {
        past(
            "June 24-25, 2019",
            &["June 24-25, 2019 = 2019-06-24/2019-06-25"],
        );
        // Two digit ordinals after `from` or `between`: days of the reference's month.
        past(
            "cancel everything between the 5th and the 9th; he rose from 5th to 9th place",
            &["between the 5th and the 9th = 2021-06-05/2021-06-09"],
        );
        // Bare days after a day and month, to the list's end; a count stays one.
        past(
            "meet on July 17th, 18th, or 19th; on May 5, 9 and 12. On May 5, 6 people died",
            &[
                "July 17th = 2020-07-17",
                "18th = 2020-07-18",
                "19th = 2020-07-19",
                "May 5 = 2021-05-05",
                "9 = 2021-05-09",
                "12 = 2021-05-12",
                "May 5 = 2021-05-05",
            ],
        );
        past(
            "from March to May 2020",
            &["from March to May 2020 = 2020-03/2020-05"],
        );
        past(
            "between 2014 and 2017",
            &["between 2014 and 2017 = 2014/2017"],
        );
        // July is ahead of the reference month: the most recent July is last year's.
        past("13 to 15 July", &["13 to 15 July = 2020-07-13/2020-07-15"]);
        // `and` without `between` lists years, each a date (round hundreds alone count).
        past("sales of 2007 and 2009", &["2007 = 2007", "2009 = 2009"]);
        past(
            "in 2019, 2020 or 2021; 1500 and 2000 people",
            &["2019 = 2019", "2020 = 2020", "2021 = 2021"],
        );
    }

    #[test]
    fn relative_days_weeks_months_years() {
        // `prior` and `preceding` as `previous`; `prior to` is no shift.
        past(
            "in the prior quarter and the preceding week, prior to the vote",
            &[
                "the prior quarter = 2021-01/2021-03",
                "the preceding week = 2021-W25",
            ],
        );
        // `trailing` as financial reports count back; `trailing by 5 points` is none.
        past(
            "over the trailing 12 months, trailing by 5 points",
            &["the trailing 12 months = 2020-06/2021-05"],
        );
        past(
            "yesterday, today and tomorrow",
            &[
                "yesterday = 2021-06-28",
                "today = 2021-06-29",
                "tomorrow = 2021-06-30",
            ],
        );
        past(
            "on Monday, last week, this month, next year",
            &[
                "Monday = 2021-06-28",
                "last week = 2021-W25",
                "this month = 2021-06",
                "next year = 2022",
            ],
        );
        // A weekday after `last`/`next` is the one of the previous/next week.
        past(
            "last Tuesday and next Friday",
            &["last Tuesday = 2021-06-22", "next Friday = 2021-07-09"],
        );
        past(
            "three years ago, two weeks ago, in 3 weeks",
            &[
                "three years ago = 2018",
                "two weeks ago = 2021-06-15",
                "in 3 weeks = 2021-07-20",
            ],
        );
        // `earlier` after an amount counts back like `ago`; before a period it is a part.
        past(
            "a week earlier, three years earlier, earlier this month",
            &[
                "a week earlier = 2021-06-22",
                "three years earlier = 2018",
                "earlier this month = 2021-06 (early)",
            ],
        );
        past(
            "early next year and late last week",
            &[
                "early next year = 2022 (early)",
                "late last week = 2021-W25 (late)",
            ],
        );
        // A month without a year is the most recent one.
        past(
            "in January and in December",
            &["January = 2021-01", "December = 2020-12"],
        );
        past("the last two years", &["the last two years = 2019/2020"]);
        // A number before `last month`, `last year` is what the sentence counts, and no date
        // starts in the digits after a group mark.
        past(
            "killed 12 last month, up from 2,500 last year; 3 last week",
            &[
                "last month = 2021-05",
                "last year = 2020",
                "last week = 2021-W25",
            ],
        );
        // A season or fiscal year: two years, the second by its last two digits; where
        // those could be a month, the numeric date reads them.
        past(
            "the 2020-21 season, in 2019/20, from 1998-99 to 2004-05",
            &[
                "2020-21 = 2020/2021",
                "2019/20 = 2019/2020",
                "1998-99 = 1998/1999",
                "2004-05 = 2004-05",
            ],
        );
        // After the article, the pair even where the digits could be a month; a season
        // across a pair.
        past(
            "the 2008-09 crisis, the winter of 2020-21, winter 2019/20",
            &[
                "2008-09 = 2008/2009",
                "the winter of 2020-21 = 2020-12-21/2021-03-19",
                "winter 2019/20 = 2019-12-21/2020-03-19",
            ],
        );
        past(
            "the first decade of the 21st century, the last decade of the 20th century",
            &[
                "the first decade of the 21st century = 2000/2009",
                "the last decade of the 20th century = 1990/1999",
            ],
        );
        past(
            "the 21st this month and 6,107.31 August 2019",
            &["the 21st this month = 2021-06-21", "August 2019 = 2019-08"],
        );
        // After `to` and a word of change (the number tables'), a bare year is a count.
        past(
            "Deaths rose to 1500 on Sunday; the vote was postponed to 2025",
            &["Sunday = 2021-06-27", "2025 = 2025"],
        );
        past(
            "in the summer of 2016 and autumn of 2019",
            &[
                "the summer of 2016 = 2016-06-21/2016-09-22",
                "autumn of 2019 = 2019-09-23/2019-12-20",
            ],
        );
        // `this` before a season: the one of the reference's year (a winter holding the
        // reference is that one).
        past(
            "this fall, this spring, this winter",
            &[
                "this fall = 2021-09-23/2021-12-20",
                "this spring = 2021-03-20/2021-06-20",
                "this winter = 2021-12-21/2022-03-19",
            ],
        );
        // `by`, `during`, `since` before an amount of time give it no direction: `delayed by
        // a week` is an amount; before a year, a month or a day they stand where `in` does.
        past(
            "delayed by a week, extended by two years, during three months, rose by a quarter",
            &[],
        );
        past(
            "by 2025, since May, by the 15th; in a week",
            &[
                "2025 = 2025",
                "May = 2021-05",
                "by the 15th = 2021-06-15",
                "in a week = 2021-07-06",
            ],
        );
    }

    #[test]
    fn the_prefer_direction() {
        check(
            "on Friday, in January",
            REF,
            Prefer::Future,
            &["Friday = 2021-07-02", "January = 2022-01"],
        );
    }

    #[test]
    fn hijri_months_and_holidays() {
        past(
            "15 Ramadan 1442 AH",
            &["15 Ramadan 1442 AH = 2021-04-27 (hijri)"],
        );
        past(
            "Christmas 2020 and Easter 2021",
            &["Christmas 2020 = 2020-12-25", "Easter 2021 = 2021-04-04"],
        );
    }

    #[test]
    fn without_a_reference_relative_dates_have_no_value() {
        check(
            "last week, on Monday and on 28 June 2021",
            "",
            Prefer::Past,
            &[
                "last week = null (last_week)",
                "Monday = null (weekday)",
                "28 June 2021 = 2021-06-28",
            ],
        );
    }

    #[test]
    fn counts_scores_times_and_durations_are_not_dates() {
        past(
            "83 members won 3-2 at 10:30 and stayed for three years",
            &[],
        );
        past("1/4 of them", &[]);
        past("COVID-19 in 1,000 places", &[]);
    }

    /// A clause of the future tense reads a month or a weekday forward (`will`, `shall`);
    /// another clause keeps the past.
    #[test]
    fn the_future_tense_reads_forward() {
        past(
            "He said on Monday that elections will be held in November.",
            &["Monday = 2021-06-28", "November = 2021-11"],
        );
        past(
            "The summit will open on Friday, officials said.",
            &["Friday = 2021-07-02"],
        );
        past("The summit opened on Friday.", &["Friday = 2021-06-25"]);
        // The present of a schedule, as Arabic `من المقرر`; its past keeps the past.
        past("The vote is scheduled for March.", &["March = 2022-03"]);
        past("The vote was scheduled for March.", &["March = 2021-03"]);
        past(
            "Talks are set to resume on Friday.",
            &["Friday = 2021-07-02"],
        );
        past("We'll meet on Friday.", &["Friday = 2021-07-02"]);
        past("Schedule a meeting on Friday.", &["Friday = 2021-07-02"]);
        past("Remind me on Friday to call.", &["Friday = 2021-07-02"]);
        past(
            "The schedule for Friday was cancelled.",
            &["Friday = 2021-06-25"],
        );
        past(
            "The company plans to open the store in March.",
            &["March = 2022-03"],
        );
    }
}
