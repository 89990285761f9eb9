//! Language-independent number machinery, driven by each language's tables.
//!
//! A language plugin describes its numbers as data in a [`NumberTables`]: which separators
//! group and which mark decimals, its number words with what each does ([`Word`]), its
//! scale words, ordinal markers, percent signs and words, currencies, approximation and
//! bound phrases, and the clitics and case endings that may stick to a number without being
//! part of it. It then registers a [`NumberExtractor`] over them. Everything that reads those
//! tables lives here once: the digit scanner and its grouping rules (Western `1,000,000`,
//! South Asian `10,00,000`), the tokenizer, the word index, and the grammar that composes
//! words and digits into values (units, tens, hundreds, scales, decimals with scales,
//! ordinals, percentages, money with sub-units, bounds).
//!
//! Everything runs on the document's normalized view, where digits of every script are
//! already ASCII; table entries are normalized the same way when the index is built, so a
//! table may be written in everyday spelling (`ألف`, `সিরিয়া`).

pub mod currency;
mod digits;
mod expr;
mod lexicon;
mod phrase;
pub mod testing;
#[cfg(test)]
mod tests;
mod tokens;

pub use digits::{DigitRun, scan_digit_runs};

use khabar_core::{Bound, Currency, Document, Entity, Extractor};

use crate::lexicon::Lexicon;

/// What one number word does when the grammar composes a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Word {
    /// A complete count below a thousand: a unit, teen or ten (`twenty`, `ثلاثة`, `একুশ`) or
    /// whole hundreds written as one word (`ثلاثمائة`, `তিনশো`); `আড়াই` is 2.5.
    Count(f64),
    /// Multiplies the count before it and nothing more (`hundred`, `مئة`, `শত`, `dozen`);
    /// alone it is itself.
    Multiplier(f64),
    /// Multiplies everything before it that is smaller (`thousand`, `مليون`, `লাখ`); alone
    /// it is one of itself.
    Scale(f64),
    /// A count and a scale in one word, the Arabic dual (`ألفين` = 2 × 1000); after a count
    /// it is only the scale (`عشرون ألفا`).
    ScaledCount(f64, f64),
    /// A plural scale (`آلاف`, `ملايين`): a scale after a count; alone, "thousands of", an
    /// approximate number of the scale when the language allows it.
    Plural(f64),
    /// An approximate count that scales may follow (`عشرات` "tens of", `مئات`).
    Approx(f64),
    /// An ordinal (`first`, `الثالث`, `প্রথম`).
    Ordinal(f64),
    /// An ordinal of a multiplier or scale (`hundredth`, `millionth`).
    OrdinalMultiplier(f64),
    /// A fraction's denominator (`halves`, `fifths`, `quarter`): after a count it divides
    /// it (`three fifths`); alone it counts only before a scale (`half a million`).
    Fraction(f64),
    /// A word before a count that adds this fraction of the count's unit (Bengali `সাড়ে`
    /// +½, `সোয়া` +¼, `পৌনে` −¼: `সাড়ে তিন` = 3.5, `পৌনে দুই লাখ` = 175,000); the unit of
    /// whole hundreds written as one word is a hundred (`সাড়ে তিনশো` = 350). Alone it is no
    /// number.
    Adjust(f64),
    /// A ten with the definite article (`العشرون`): an ordinal after a definite word or on its
    /// own, a cardinal after an indefinite one (`شركاؤنا الثمانون`, "our eighty partners").
    DefiniteTen(f64),
}

/// A currency as written: a symbol, code or name, with the ISO 4217 code it stands for.
#[derive(Clone, Copy, Debug)]
pub struct CurrencyEntry {
    /// The written form, words separated by single spaces (`دولار أمريكي`, `US$`, `$`).
    pub name: &'static str,
    pub code: Currency,
    /// True when it may touch the digits with no space (`$5`, `5USD`, `৳৫০০`).
    pub glued: bool,
    /// Set when the name is ambiguous and `code` is only the most likely reading; it becomes
    /// the entity's reason (`"bare dollar read as USD"`).
    pub ambiguous: Option<&'static str>,
    /// A multiplier the name carries (`MUSD` = million US dollars); 1 for most.
    pub scale: f64,
}

impl CurrencyEntry {
    /// An unambiguous currency name that must be separated from the digits.
    pub const fn word(name: &'static str, code: &[u8; 3]) -> CurrencyEntry {
        CurrencyEntry {
            name,
            code: Currency::new(code),
            glued: false,
            ambiguous: None,
            scale: 1.0,
        }
    }

    /// A symbol or code that may touch the digits.
    pub const fn symbol(name: &'static str, code: &[u8; 3]) -> CurrencyEntry {
        CurrencyEntry {
            name,
            code: Currency::new(code),
            glued: true,
            ambiguous: None,
            scale: 1.0,
        }
    }

    /// A name whose currency is only the most likely one; `why` says so in the entity.
    pub const fn likely(name: &'static str, code: &[u8; 3], why: &'static str) -> CurrencyEntry {
        CurrencyEntry {
            name,
            code: Currency::new(code),
            glued: false,
            ambiguous: Some(why),
            scale: 1.0,
        }
    }

    pub const fn glued(mut self) -> CurrencyEntry {
        self.glued = true;
        self
    }

    pub const fn scaled(mut self, scale: f64) -> CurrencyEntry {
        self.scale = scale;
        self
    }
}

/// What a language says about its numbers. Every field is data a reader can audit; the
/// grammar that reads them is in this crate.
#[derive(Debug)]
pub struct NumberTables {
    /// The language's code (`en`): which names of the shared currency tables it reads
    /// (`data/currencies.tsv` from CLDR, `data/currencies-news.tsv` curated); empty for none
    /// of those tables at all.
    pub language: &'static str,
    /// Characters that group thousands (or lakhs) when followed by a full group of digits.
    pub group_separators: &'static [char],
    /// Characters that start a fractional part when followed by a digit.
    pub decimal_separators: &'static [char],
    /// Group separators that mark decimals instead when the one group after them is not
    /// three digits long (`5,00`, `٠,٠٨`).
    pub fallback_decimal_separators: &'static [char],
    /// Letter sequences that may be glued before digits without making them part of a word
    /// (Arabic `و`, `ب`, `ل`: `و25`). Longest first is not required.
    pub glued_prefixes: &'static [&'static str],
    /// Ranges of letters (first, last) that, right before digits, are a word and a number
    /// run together, a space lost (Arabic `بقيمة21 مليار درهم`, `وصل إلى2000`): the digits
    /// are a number of their own. Letters of other scripts before digits make a code
    /// (`COVID19`, `A4`), no number.
    pub run_together: &'static [(char, char)],
    /// Letters that mark a decimal written fraction first between two digit runs touching
    /// them: the Egyptian press's `ر` (`94ر6` is 6.94, `6ر94` as its right-to-left script
    /// shows it).
    pub fraction_first_marks: &'static [char],
    /// Letter sequences that may be glued after digits, outside the span (Bengali
    /// classifiers and case endings: `১০টি`, `২০১৪-এর`).
    pub glued_suffixes: &'static [&'static str],
    /// Words glued after digits that make a percentage, inside the span (`4.5pc`, `3pct`),
    /// compared ignoring ASCII case.
    pub glued_percent: &'static [&'static str],
    /// Signs after a number that make it a percentage (`%`, `٪`), with at most one space
    /// between.
    pub percent_signs: &'static [char],
    /// One of [`NumberTables::percent_signs`] glued before the digits also makes a
    /// percentage, as text typed right to left often stores it (`بنسبة %5`).
    pub percent_sign_before: bool,
    /// Match words ignoring ASCII case (English).
    pub case_insensitive: bool,
    /// The number words, in everyday spelling.
    pub words: &'static [(&'static str, Word)],
    /// Final letters that are spelling variants of each other (`ة`/`ه`): every word ending in
    /// the first is indexed with the second too.
    pub final_variants: &'static [(&'static str, &'static str)],
    /// Proclitics glued before a word and outside its span (Arabic `و ف ب ل ك`).
    pub clitics: &'static [&'static str],
    /// Clitics that also join two parts of one number (Arabic `و` in `خمسة وعشرون`).
    pub connector_clitics: &'static [&'static str],
    /// Articles glued before a word and inside its span (Arabic `ال`).
    pub articles: &'static [&'static str],
    /// Endings a count word may carry outside its span (Bengali classifiers `টি`, `জন`).
    pub count_suffixes: &'static [&'static str],
    /// Endings a scale or multiplier word may carry outside its span (Bengali case endings:
    /// `হাজারের`, `কোটিতে`).
    pub scale_suffixes: &'static [&'static str],
    /// Particles that may close an ending of [`NumberTables::count_suffixes`] or
    /// [`NumberTables::glued_suffixes`], outside the span too (Bengali emphasis `ই` and
    /// `ও`: `তিনজনকেই` "all three", `১০টিরও বেশি` "more than ten").
    pub ending_particles: &'static [&'static str],
    /// Endings fused to a multiplier, scale or count that bound the number, inside its span
    /// and ending it (Bengali `াধিক` "and more": `শতাধিক` more than a hundred, `৩ শতাধিক`
    /// more than 300, `সহস্রাধিক` more than a thousand; `খানেক`, `েক` "or so": `হাজারখানেক`,
    /// `দশেক`).
    pub bound_suffixes: &'static [(&'static str, Bound)],
    /// Endings fused to a word for a hundred that make it a percentage, inside its span and
    /// ending it (Bengali `ভাগ` "parts": `শতভাগ`, a hundred parts, 100%; `দুইভাগে` is in two
    /// parts); a case ending or particle may follow, outside the span (`শতভাগের`, `শতভাগই`).
    pub percent_suffixes: &'static [&'static str],
    /// Words that join parts of one number (`and`, `و`).
    pub connectors: &'static [&'static str],
    /// True when a hyphen joins parts of one number (`twenty-one`).
    pub hyphen_joins: bool,
    /// True when a unit may come before its ten (`خمسة وعشرون`) and a unit followed directly
    /// by ten makes a teen (`ثلاث عشرة`).
    pub units_before_tens: bool,
    /// True when a count after a scale continues the number only after a connector or with
    /// a multiplier or scale of its own (`5 million 300 thousand`, `2 million and 3`): English
    /// writes 34,422 in digits, so `$5 billion 10-year notes` and `1 million 20 percent` are
    /// two phrases each. False where the remainder follows bare (`৩৪ হাজার ৪২২` = 34,422).
    pub remainder_needs_connector: bool,
    /// True when a ten and a unit may be fused in one word (`twentyfifth`).
    pub fused_tens: bool,
    /// True when a plural scale alone is an approximate number (`آلاف` "thousands").
    pub plural_alone_is_approx: bool,
    /// True when a scale word repeated (`লক্ষ লক্ষ`, "lakhs and lakhs") is an approximate
    /// number of the scale.
    pub repeated_scale_is_approx: bool,
    /// Words that count as one before a multiplier or scale (`a hundred`, `a dozen`).
    pub indefinite: &'static [&'static str],
    /// Words that mark a decimal point in spelled-out numbers (`point`).
    pub decimal_words: &'static [&'static str],
    /// Dual scale forms (listed in `words` as two of the scale) that count two only in
    /// construct, before the noun they count (`مليونا دولار`); before a connector, a sign,
    /// digits or the end they are the singular's accusative, one of the scale (`مليارا
    /// ونصف المليار`, a billion and a half).
    pub construct_duals: &'static [&'static str],
    /// Words after a number, apart or glued to its digits, that make it a part of a
    /// percent, with how many parts make one: per mille (`per thousand`, `بالألف`: 10),
    /// basis points (`basis points`, `25bp`, `نقطة أساس`: 100). Written as a percentage.
    /// The sign `‰` is per mille in every language.
    pub percent_parts_after: &'static [(&'static str, f64)],
    /// Words before a lone scale word that make it a rate's denominator (`per thousand`,
    /// `لكل ألف`, `প্রতি হাজারে`): no number.
    pub rate_words: &'static [&'static str],
    /// Words or signs before a number that make it negative (`minus`, `سالب`).
    pub negatives: &'static [&'static str],
    /// Endings glued to digits that make an ordinal, inside the span (`1st`, `২১তম`).
    pub ordinal_suffixes: &'static [&'static str],
    /// Scale abbreviations glued to digits (`5m`, `10k`, `1.2bn`).
    pub glued_scales: &'static [(&'static str, f64)],
    /// Scale abbreviations glued to digits only in money with its currency glued before
    /// (`$5B`, `€1.2B`; `5B` alone is a name, `Form 5B`).
    pub money_glued_scales: &'static [(&'static str, f64)],
    /// Phrases after a number that make it a percentage (`percent`, `في المئة`, `শতাংশ`).
    pub percent_after: &'static [&'static str],
    /// Phrases before a number that make it a percentage (`শতকরা`, `بالمئة`).
    pub percent_before: &'static [&'static str],
    /// Phrases that may close a percentage opened by [`NumberTables::percent_before`]
    /// (`শতকরা … ভাগ`).
    pub percent_close: &'static [&'static str],
    /// The language's own currency forms; they win over the shared tables (see
    /// [`NumberTables::language`]), and say which currency a shared form is likeliest.
    pub currencies: &'static [CurrencyEntry],
    /// Other forms of the nouns that start currency names of the shared tables (`ريال` →
    /// `ريالا`, `ريالات`), for names CLDR gives in one form only: each name starting with the
    /// noun is also read with each of these in its place.
    pub currency_nouns: &'static [(&'static str, &'static [&'static str])],
    /// Whether a noun CLDR's names give one currency alone is read bare after an amount as
    /// that currency (`12 million rand`, `500 baht`). Off for a language where such nouns
    /// are common words and names too (Arabic `وحدة` "unit", `كولن` Colin; Bengali `কিনা`
    /// "whether", `লেক` "lake").
    pub own_currency_nouns: bool,
    /// Nouns of one currency in CLDR's names that are ordinary words after a number too
    /// often to be read as money bare (`real`: `5 real estate`; `mark`: `the 1,000 mark`);
    /// they are still money with their adjective (`Brazilian real`).
    pub currency_nouns_not_alone: &'static [&'static str],
    /// Endings an adjective after such a noun may take in agreement, in place of the one it
    /// has in the table (`ي` → `ية`, `يا`: `ريال عماني` → `ريالات عمانية`).
    pub currency_adjective_endings: &'static [(&'static str, &'static [&'static str])],
    /// True when a currency name's adjective follows its noun (`ريال عماني`), false when it
    /// precedes it (`Omani rial`, `ওমানি রিয়াল`): how a shared noun and a nationality
    /// adjective are put together (see [`currency`]).
    pub currency_adjective_after: bool,
    /// Words or signs between two amounts that make one range (`to`, `-`, `থেকে`).
    pub range_joins: &'static [&'static str],
    /// Words that, after a verb of change, join the level reached and the level before it
    /// (`rose to $4.8 billion from $4.1 billion`, `ارتفعت إلى 4.8 مليار دولار من 4.1
    /// مليار`): never a range, but a level after one with no currency of its own takes the
    /// first's, as after a range join.
    pub level_joins: &'static [&'static str],
    /// An opener before the first amount and the join after it that make a range
    /// (`between … and`, `بين … و`); the opener stays outside the span.
    pub range_pairs: &'static [(&'static str, &'static str)],
    /// Words of change (`rose`, `fell`, `ارتفع`): one among the `change_reach` words before
    /// the first of two amounts joined by a word of `range_joins`, the first with its own
    /// currency or percent sign, makes them the change and the level it reached, or the
    /// levels before and after, so they stay two amounts (`fell $2.50 to $78.40`, `rose from
    /// $40 million to $50 million`, `rose 0.5% to 4.2%`). A bare first end (`rose 3 to 4
    /// percent`), a dash or a `range_pairs` opener still make a range. The date grammar reads
    /// the same words: after one, a bare year after `to` is a count (`rose to 1500`).
    pub change_words: &'static [&'static str],
    /// How many words before the first amount may hold a word of change: the words between
    /// the verb and the amount (`rose by`, `ارتفع سعر النفط`), in one clause (no sign or
    /// number between).
    pub change_reach: usize,
    /// How many words after the second of two such amounts may hold a word of change, in a
    /// language whose verb ends its clause (Bengali `দাম ৪০ টাকা থেকে ৫০ টাকায় উঠেছে`, "the
    /// price rose from 40 taka to 50 taka"): the same two amounts, the same rule for the
    /// first end's unit. 0: the verb is looked for before the amounts only.
    pub change_after_reach: usize,
    /// Sub-unit words after an amount (`cents`, `سنت`): the number before them is hundredths.
    pub subunits: &'static [&'static str],
    /// Endings that make a fraction's denominator of every ordinal of three or more (English
    /// `s`: `fifth` → `fifths`, `twelfth` → `twelfths`; Bengali `াংশ`: `তৃতীয়` → `তৃতীয়াংশ`),
    /// so that every count over every ordinal reads as a fraction without a list of plurals.
    pub ordinal_fraction_suffixes: &'static [&'static str],
    /// Whether an ordinal after a count is its denominator (English `one fifth`, `a third`).
    /// Arabic's never is (`الأحد السابع`, Sunday the seventh): its denominators are words of
    /// their own (`ثلث`, `أخماس`).
    pub ordinal_denominators: bool,
    /// Counts that reach a multiplier or scale through a link word, which may go unsaid (`a
    /// couple of dozen`, `a couple of hundred`, `a couple hundred`): the count word and the
    /// link. Alone the count word is no number (`the couple`).
    pub linked_counts: &'static [(&'static str, f64, &'static str)],
    /// Words linking a fraction to the scale it divides (`two thirds of a million`, `half a
    /// million`).
    pub fraction_links: &'static [&'static str],
    /// Words after an article and an ordinal of three or more that make the ordinal the
    /// fraction of what follows (`a third of the vote`, but `the third of June`): `of`.
    pub partitives: &'static [&'static str],
    /// A fraction word alone before a word with one of [`NumberTables::articles`] is the
    /// fraction of that noun, the partitive written as a construct (`ثلث الأصوات` "a third of
    /// the votes", `ربع السكان`), except before the words listed here (`نصف النهائي` is the
    /// semi-final). `None`: a fraction alone is a number only before a scale or a partitive.
    pub fraction_construct: Option<&'static [&'static str]>,
    /// Words between two numbers that make a ratio (`one over three`, `one out of three`).
    pub ratios: &'static [&'static str],
    /// The ratio words that only make a proper fraction (`12 out of 10` is two numbers).
    pub ratios_proper: &'static [&'static str],
    /// Phrases before a number that bound or approximate it, outside the span.
    pub bounds_before: &'static [(&'static str, Bound)],
    /// Phrases after a number (or after the counted word that follows it) that bound it.
    pub bounds_after: &'static [(&'static str, Bound)],
    /// Words before a lone "one" that make it a pronoun, not a number (`كل واحد`).
    pub one_not_after: &'static [&'static str],
    /// Words before a count that make a plural denominator after it a period counted, not
    /// a fraction (`the past two quarters`, `the first two quarters of 2024`): the count is
    /// read alone, for the dates to read the periods.
    pub fraction_not_after: &'static [&'static str],
    /// Words after a lone "one" that make it a pronoun (`one of them`, `واحد منا`).
    pub one_not_before: &'static [&'static str],
    /// Words of a case-insensitive language that are number words only in lower case
    /// (`grand`: `five grand` is 5,000, `Grand Slam` a name).
    pub lower_case_only: &'static [&'static str],
    /// Words that alone are more often something else (Bengali `নয়` "is not", Arabic `احد`
    /// "someone"): they count only with a scale, a currency, a percent or another part,
    /// right before one of [`NumberTables::count_nouns`], or as the whole text (a reply).
    pub ambiguous_alone: &'static [&'static str],
    /// Nouns that make an [`NumberTables::ambiguous_alone`] word just before them a count
    /// (Bengali `নয় মাস` "nine months", `নয় জন` "nine people"; `সত্য নয়` is "not true").
    pub count_nouns: &'static [&'static str],
    /// Proclitics (of `clitics`) after which a lone cardinal word is another word: Arabic
    /// `ك` "like" before a number word is rare, and `كمية` "quantity" is no `ك` + `مية`.
    pub clitics_not_alone: &'static [&'static str],
    /// Whole words that a number word and an ending would spell but that are other words,
    /// never a number (Bengali `শতকে` "in the century", not `শত` "hundred" + `কে`).
    pub other_words: &'static [&'static str],
    /// Words around a number that make it a time of day, which is no number (`8 pm`, `10
    /// o'clock`, `الساعة 12`, `السابعة مساء`, `রাত ৯টা`). Digits with their minutes after a
    /// colon (`20:00`, `3:42:10`) are a time of day without them.
    pub clock: ClockWords,
}

/// The words that make a number a time of day ([`NumberTables::clock`]).
#[derive(Clone, Copy, Debug)]
pub struct ClockWords {
    /// Right before the hour (`الساعة`, `রাত`).
    pub before: &'static [&'static str],
    /// Right after the hour, its minutes or another of these (`pm`, `o'clock`, `GMT`,
    /// `مساء`, `والنصف`).
    pub after: &'static [&'static str],
    /// After a count of minutes that follows the hour (`মিনিট`, `دقيقة`), which then belongs
    /// to the time (`৯টা ৩০ মিনিটে`, `الثامنة وعشرين دقيقة`).
    pub minutes: &'static [&'static str],
    /// Between two hours of one span of time (`to`, `حتى`, `থেকে`): an hour joined to a time
    /// of day is one too (`from 5 to 6 pm`).
    pub joins: &'static [&'static str],
}

impl ClockWords {
    pub const EMPTY: ClockWords = ClockWords {
        before: &[],
        after: &[],
        minutes: &[],
        joins: &[],
    };
}

impl NumberTables {
    /// Whether `letter` right before digits is a word run into a number
    /// ([`NumberTables::run_together`]) rather than part of a code.
    pub fn runs_together(&self, letter: char) -> bool {
        self.run_together
            .iter()
            .any(|&(first, last)| (first..=last).contains(&letter))
    }

    /// Tables with nothing in them, to fill the fields a language does not use:
    /// `NumberTables { words: WORDS, ..NumberTables::EMPTY }`.
    pub const EMPTY: NumberTables = NumberTables {
        language: "",
        group_separators: &[],
        decimal_separators: &[],
        fallback_decimal_separators: &[],
        glued_prefixes: &[],
        run_together: &[],
        fraction_first_marks: &[],
        glued_suffixes: &[],
        glued_percent: &[],
        percent_signs: &[],
        percent_sign_before: false,
        case_insensitive: false,
        words: &[],
        final_variants: &[],
        clitics: &[],
        connector_clitics: &[],
        articles: &[],
        count_suffixes: &[],
        ending_particles: &[],
        scale_suffixes: &[],
        bound_suffixes: &[],
        percent_suffixes: &[],
        connectors: &[],
        hyphen_joins: false,
        units_before_tens: false,
        remainder_needs_connector: false,
        fused_tens: false,
        plural_alone_is_approx: false,
        repeated_scale_is_approx: false,
        indefinite: &[],
        decimal_words: &[],
        construct_duals: &[],
        percent_parts_after: &[],
        rate_words: &[],
        negatives: &[],
        ordinal_suffixes: &[],
        glued_scales: &[],
        money_glued_scales: &[],
        percent_after: &[],
        percent_before: &[],
        percent_close: &[],
        currencies: &[],
        currency_nouns: &[],
        own_currency_nouns: false,
        currency_nouns_not_alone: &[],
        range_joins: &[],
        level_joins: &[],
        range_pairs: &[],
        change_words: &[],
        change_reach: 0,
        change_after_reach: 0,
        currency_adjective_endings: &[],
        currency_adjective_after: false,
        subunits: &[],
        ratios: &[],
        ratios_proper: &[],
        fraction_links: &[],
        partitives: &[],
        fraction_construct: None,
        ordinal_fraction_suffixes: &[],
        ordinal_denominators: false,
        linked_counts: &[],
        bounds_before: &[],
        bounds_after: &[],
        one_not_after: &[],
        fraction_not_after: &[],
        one_not_before: &[],
        lower_case_only: &[],
        ambiguous_alone: &[],
        count_nouns: &[],
        clitics_not_alone: &[],
        other_words: &[],
        clock: ClockWords::EMPTY,
    };
}

/// An extractor of numbers in one language, reading that language's [`NumberTables`].
#[derive(Debug)]
pub struct NumberExtractor {
    id: &'static str,
    tables: &'static NumberTables,
    /// Built at the first document that needs it, once per language's tables (shared by
    /// every extractor of those tables): a run that reads one language builds no other's.
    lexicon: std::sync::Arc<std::sync::OnceLock<Lexicon>>,
}

impl NumberExtractor {
    /// The extractor of a language's tables. Its word index (the currency index is most of
    /// it: about 15 M instructions a language) is built once per tables for the process, at
    /// the first document that reads them: `<lang>.numbers` and `<lang>.dates` share it,
    /// and a run over one language pays for no other. Extraction then allocates only the
    /// token list of a document.
    pub fn new(id: &'static str, tables: &'static NumberTables) -> NumberExtractor {
        use std::sync::{Arc, Mutex, OnceLock, PoisonError};
        static SHARED: Mutex<Vec<(usize, Arc<OnceLock<Lexicon>>)>> = Mutex::new(Vec::new());
        // The tables are `'static`, so their address names them for the process's life.
        let key = std::ptr::from_ref(tables) as usize;
        let mut shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
        let lexicon = match shared.iter().find(|(k, _)| *k == key) {
            Some((_, lexicon)) => Arc::clone(lexicon),
            None => {
                let lexicon = Arc::new(OnceLock::new());
                shared.push((key, Arc::clone(&lexicon)));
                lexicon
            }
        };
        NumberExtractor {
            id,
            tables,
            lexicon,
        }
    }

    /// The word index, built now if no extractor of these tables has needed it yet.
    fn lexicon(&self) -> &Lexicon {
        self.lexicon.get_or_init(|| Lexicon::new(self.tables))
    }
}

/// A number found in a document's normalized view.
#[derive(Clone, Copy, Debug)]
pub struct FoundNumber {
    /// Byte range in [`Document::normalized`].
    pub start: usize,
    pub end: usize,
    pub value: khabar_core::NumberValue,
    /// The rule that read it.
    pub reason: &'static str,
    /// It is an hour or minutes of a time of day ([`NumberTables::clock`]): the dates read
    /// it, the numbers extractor leaves it out.
    pub time_of_day: bool,
}

impl NumberExtractor {
    /// Every number of `doc`, in text order, read once per document and language: the
    /// `<lang>.numbers` extractor and the dates extractor (which reads `three years ago`
    /// and `twenty-first of June` with the number grammar) share one pass. The result
    /// depends only on the tables, so they key the memo.
    pub fn numbers_of(&self, doc: &Document) -> std::sync::Arc<Vec<FoundNumber>> {
        let owner = std::ptr::from_ref(self.tables) as usize;
        doc.memo(owner, || {
            let text = doc.normalized();
            let lexicon = self.lexicon();
            let tokens = tokens::tokenize(text, &doc.units(), self.tables, lexicon);
            let mut found = Vec::new();
            expr::Reader {
                text,
                tables: self.tables,
                lexicon,
                tokens: &tokens,
            }
            .read(&mut |f| {
                found.push(FoundNumber {
                    start: f.start,
                    end: f.end,
                    value: f.value,
                    reason: f.reason,
                    time_of_day: f.time_of_day,
                });
            });
            found
        })
    }
}

impl Extractor for NumberExtractor {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>)) {
        for found in self.numbers_of(doc).iter().filter(|f| !f.time_of_day) {
            sink(Entity {
                span: doc.original_span(found.start..found.end),
                value: khabar_core::Value::Number(found.value),
                extractor: self.id,
                reason: found.reason,
            });
        }
    }
}

/// Runs a language's number grammar over `text` outside any document: the matches as
/// normalized-text byte ranges with their values. Meant for tests and tools.
pub fn find_numbers(
    extractor: &NumberExtractor,
    text: &str,
) -> Vec<(
    std::ops::Range<usize>,
    khabar_core::NumberValue,
    &'static str,
)> {
    let normalized = khabar_core::NormalizedText::new(text);
    let mut units = Vec::new();
    khabar_core::units(normalized.as_str(), &mut units);
    let tokens = tokens::tokenize(
        normalized.as_str(),
        &units,
        extractor.tables,
        extractor.lexicon(),
    );
    let mut out = Vec::new();
    expr::Reader {
        text: normalized.as_str(),
        tables: extractor.tables,
        lexicon: extractor.lexicon(),
        tokens: &tokens,
    }
    .read(&mut |found| {
        if found.time_of_day {
            return;
        }
        out.push((
            normalized.original_span(found.start..found.end),
            found.value,
            found.reason,
        ))
    });
    out
}
