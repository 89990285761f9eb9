//! The hooks a language plugin fills with data: morphology around a name, case rules,
//! pattern rules for unlisted names and disambiguation rules.
//!
//! Everything here is plain `'static` data so that a plugin's `names.rs` reads as a table;
//! the matcher in this crate is the only code that interprets it.

use khabar_core::Lang;

use crate::data::EntityKind;

/// How text and names are folded before matching: the letters a language writes either way
/// in names. Every fold keeps each character's UTF-8 length, so offsets in the folded text
/// are offsets in the normalized view; [`Matcher::new`](crate::Matcher::new) refuses
/// `letters` that would not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// ASCII letters compared case-insensitively (case is then checked per name, see
    /// [`CaseRule`]).
    pub ascii_case: bool,
    /// Letters compared as one: each pair folds the first letter to the second, in the
    /// text and in the names alike. Both letters of a pair must have the same UTF-8 length.
    pub letters: &'static [(char, char)],
    /// One-way spellings: a name written with the first letter also matches with the
    /// second, but a name written with the second does not match the first (letters as
    /// they are after `letters`). A name with several such letters gets one more spelling,
    /// with all of them replaced.
    pub variants: &'static [(char, char)],
}

impl Fold {
    /// Match as normalized.
    pub const NONE: Fold = Fold {
        ascii_case: false,
        letters: &[],
        variants: &[],
    };
}

/// When a name found case-insensitively is accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRule {
    /// Scripts without case.
    Ignore,
    /// A one-word name must match exactly (`US` but not `us`, `May` only as written); a
    /// name of several words matches in any case with at least one capital
    /// (`global coalition to defeat Daesh`, not `world bank`); a
    /// text in capitals matches a one-word name of four letters or more (`IRAQ`).
    Capitalized,
}

/// One reading of an ambiguous name and the context words that select it.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// The canonical name of the entity meant; `None` when the reading is an ordinary word.
    pub canonical: Option<&'static str>,
    /// Any of these among the few words before the name selects this reading.
    pub before: &'static [&'static str],
    /// Any of these among the few words after the name selects this reading.
    pub after: &'static [&'static str],
    /// The name is next to another location (joined by a comma or "and") in a list.
    pub in_list: bool,
    /// The name opens the document or a line and is followed by a dash or colon (a
    /// dateline such as `جدة - `).
    pub dateline: bool,
}

impl Reading {
    pub const fn new(canonical: Option<&'static str>) -> Reading {
        Reading {
            canonical,
            before: &[],
            after: &[],
            in_list: false,
            dateline: false,
        }
    }
}

/// A name that means different things; the first reading whose context matches wins, and
/// with no deciding context the name is dropped. A reading with no cues at all is the
/// default: it wins when no reading before it did (`القاعدة` is al-Qaeda unless a word
/// such as `العسكرية` makes it a base).
#[derive(Clone, Copy, Debug)]
pub struct Ambiguity {
    /// As written in the tables (normalized at build time).
    pub name: &'static str,
    pub readings: &'static [Reading],
}

/// Which side of its trigger word a pattern rule reads the name from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    After,
    Before,
}

/// Whether a listed place right before the words a [`Side::Before`] rule reads is part of
/// the name. Organizations are often named after their town (`ঢাকা মেডিকেল কলেজ`,
/// `সিলেট মহানগর পুলিশ`): the place is then inside the organization, not a location of its
/// own. A place with an ending glued on (`ঢাকার পঙ্গু হাসপাতাল`) always ends the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceFirst {
    /// The place is not read into the name (location rules: the table finds the place).
    Never,
    /// A bare place before the words read is taken into the name.
    Absorb,
    /// As `Absorb`, and the name must start with a place: the trigger is too common a
    /// word to stand after anything else (`… পুলিশ`, `… সরকার`).
    Require,
}

/// A rule for names no table lists: a trigger word (`وزارة`, `মন্ত্রণালয়`, `Ministry of`) and
/// the words next to it. Reported with a lower confidence and no id.
#[derive(Clone, Copy, Debug)]
pub struct PatternRule {
    pub kind: EntityKind,
    pub trigger: &'static str,
    pub side: Side,
    /// Words the rule must read besides a place taken in by [`PlaceFirst`]; the trigger
    /// alone is never a name.
    pub min_words: u8,
    pub max_words: u8,
    /// The span includes the trigger (`وزارة الدفاع`) or is the name alone (`محافظة نينوى` →
    /// `نينوى`).
    pub include_trigger: bool,
    /// The first word of the name must carry the definite article of
    /// [`LangRules::fused_article`] (`قوات الدعم السريع`, not `قوات حفظ السلام`).
    pub definite: bool,
    /// Whether a listed place before the name belongs to it (read only on [`Side::Before`]).
    pub place_first: PlaceFirst,
    /// Shown in the entity's reason.
    pub reason: &'static str,
}

/// A language's matcher as `cargo xtask automata` built it from the built-in tables and
/// the language's rules, so that start-up reads it instead of building it (the longest step
/// of start-up): the automaton, and the index of its patterns, candidate records and
/// readings. The index records a fingerprint of the tables and of the rules it was built
/// from, the automaton a checksum of its keys; each is used only while they match, and the
/// matcher is built from the tables otherwise (users' extra tables, a table or rule edited
/// since), so a stale file costs time, never a wrong answer.
#[derive(Clone, Copy)]
pub struct ReadyMatcher {
    /// The automaton file (`include_bytes!`); empty until the first `cargo xtask automata`.
    pub automaton: &'static [u8],
    /// Where `cargo xtask automata` writes it: the plugin's `data/names.automaton`.
    pub automaton_path: &'static str,
    /// The index file, likewise (`data/names.index`).
    pub index: &'static [u8],
    pub index_path: &'static str,
}

impl std::fmt::Debug for ReadyMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadyMatcher")
            .field("automaton", &self.automaton.len())
            .field("automaton_path", &self.automaton_path)
            .field("index", &self.index.len())
            .field("index_path", &self.index_path)
            .finish()
    }
}

/// A language's name tagger: the feature templates, the model `cargo xtask train` built
/// with them, and what the combination with the tables needs.
#[derive(Clone, Copy, Debug)]
pub struct NameTagger {
    pub templates: &'static khabar_tagger::Templates,
    /// The model file (`include_bytes!`); empty until the language's first training, and
    /// then the tagger is off.
    pub model: &'static [u8],
    /// Where `cargo xtask train` writes the model: the plugin's `data/names.model`.
    pub model_path: &'static str,
    /// Words the training corpora label as names but SPEC does not (generic nouns such as
    /// `police`, `government`): a gold span that is one of them is read as no name when
    /// training.
    pub not_names: &'static [&'static str],
    /// Words that never start a name the tagger found (`the`, `The`): they come off it.
    pub drop_first: &'static [&'static str],
    /// Words that are no name alone, whatever the tagger reads (pronouns capitalized at a
    /// sentence's start: `We begin our 26th year`).
    pub not_alone: &'static [&'static str],
    /// A listed place the tagger reads as an organization (a club named after its town), a
    /// person or another kind of name follows the tagger at this confidence or more.
    pub override_confidence: f32,
    /// A span no table lists is output at this confidence or more.
    pub min_confidence: f32,
}

/// A language's name rules, registered by its plugin (`inventory::submit!`) so that tools
/// over every language (`cargo xtask train`, the whole-table tests) find them without a
/// list of languages.
#[derive(Debug)]
pub struct NamesLanguage {
    pub rules: &'static LangRules,
}

khabar_core::inventory::collect!(NamesLanguage);

/// The registered languages' name rules, in language-code order.
pub fn names_languages() -> Vec<&'static LangRules> {
    let mut all: Vec<&'static LangRules> = khabar_core::inventory::iter::<NamesLanguage>
        .into_iter()
        .map(|n| n.rules)
        .collect();
    all.sort_by_key(|r| r.lang.as_str());
    all
}

/// Everything language-specific the matcher needs.
#[derive(Clone, Copy, Debug)]
pub struct LangRules {
    pub lang: Lang,
    pub fold: Fold,
    pub case: CaseRule,
    /// Letter sequences allowed glued before a name (Arabic proclitics `و ف ب ل ك` and
    /// their combinations). Empty: a name must start a word.
    pub prefixes: &'static [&'static str],
    /// Those of [`LangRules::prefixes`] that glue only to a name with the article of
    /// [`LangRules::fused_article`] (Arabic `ك` "like": `كالسعودية`): before any other name
    /// the letters are the word's own (`كريم` "generous" is no `ك` + Reem, `كلاوس` Klaus no
    /// `ك` + Laos).
    pub definite_prefixes: &'static [&'static str],
    /// The definite article that a preceding `ل` absorbs (`ل` + `العراق` = `للعراق`): names
    /// starting with it also match in that fused form, spanned from the second `ل`.
    pub fused_article: Option<(&'static str, &'static str)>,
    /// Conjunctions glued before a word (Arabic `و`): in a name a pattern rule reads, such
    /// a word after the first, or one glued to the article of [`LangRules::fused_article`]
    /// anywhere (`والداخلية`), starts a new phrase and ends the name.
    pub conjunctions: &'static [&'static str],
    /// Endings allowed glued after a name (Bengali case endings). Empty: a name must end a
    /// word.
    pub suffixes: &'static [&'static str],
    /// Endings of [`LangRules::suffixes`] that follow only a name ending in a vowel, a char
    /// of [`LangRules::vowel_finals`]: Bengali `র`, `য়`, `তে` (`ঢাকার`, `ঢাকায়`,
    /// `ঢাকাতে`), whose forms after a consonant are `ের`, `ে` (`ইরাকের`, `ইরাকে`). So a word
    /// whose letters spell a name and such an ending after a consonant is another word
    /// (`চিনতে` "to recognize" is no `চিন` China + `তে`).
    pub vowel_endings: &'static [&'static str],
    /// The chars that end a name in a vowel, for [`LangRules::vowel_endings`]: the
    /// script's vowel letters and signs, and what counts with them.
    pub vowel_finals: &'static [std::ops::RangeInclusive<char>],
    /// Emphatic endings that may follow a suffix or the bare name (Bengali `ও`, `ই`).
    pub emphatics: &'static [&'static str],
    /// Marks of an indefinite word (Arabic tanween): a place or organization written with
    /// one (`كان فناناً إسبانياً`, "a Spanish artist") is a common noun or an adjective,
    /// never a name. Read in the original text, as the normalizer folds marks away.
    pub indefinite_marks: &'static [char],
    /// Countries whose towns this language's news names by their small towns too; a
    /// generated city elsewhere needs `foreign_min_population` people for its names in this
    /// language to be matched (the untagged GeoNames aliases of small foreign towns are
    /// mostly transliterations that collide with ordinary words and personal names).
    pub home_countries: &'static [&'static str],
    pub foreign_min_population: u64,
    /// A generated one-word name of at most this many letters (not counting the article)
    /// is an ordinary word more often than a town (`كيف`, `امل`, `السد`): it is matched only
    /// for a country, a curated entry, or a home-country city of `short_name_min_population`
    /// people or more. 0 turns the rule off.
    pub short_name_letters: usize,
    pub short_name_min_population: u64,
    /// Names never matched on their own: ordinary words of the language that a table also
    /// lists as a place (`May`, `Of`, `Best`). The triggers of [`LangRules::patterns`] are
    /// such words too, without being listed here.
    pub stop_names: &'static [&'static str],
    /// Names that are places only with an ending glued on; bare they are adjectives
    /// (`সৌদি কর্তৃপক্ষ` "the Saudi authorities", but `সৌদিতে` "in Saudi Arabia").
    pub inflected_only: &'static [&'static str],
    /// Ordinary words that read as a name with an ending glued on (`চাদর` "sheet", not
    /// `চাদ` Chad + `র`): never a name.
    pub false_inflections: &'static [&'static str],
    /// Words that, right after a place (endings allowed on them), make it part of the name
    /// of something that is no place: a branch, a hotel, a war, a treaty, a cup
    /// (`মতিঝিল শাখা`, `ভিয়েতনাম যুদ্ধ`, `এশিয়া কাপ`). The place is then not output.
    pub name_heads: &'static [&'static str],
    /// Words that, right after a town (endings allowed on them), say that a person or a team
    /// did what no place does (`Lara scored`, `Hamilton retired`): the town is then no
    /// place. Its record of another kind stands in its place when it has one; else the
    /// tagger's reading of a person or an organization there, if any, is output.
    pub agent_after: &'static [&'static str],
    /// A one-word city next to a capitalized word that is not itself a name is taken to be
    /// part of a person's or another name (`Jordan Henderson`, `Paris Hilton`) and dropped.
    /// Words in `capitalized_ok` (sentence-initial function words) do not count.
    pub person_rule: bool,
    pub capitalized_ok: &'static [&'static str],
    /// For scripts without case: words that, right after a place that is not a country
    /// (endings allowed), make it part of a person's name (surnames: `রুমা চৌধুরী`).
    pub person_after: &'static [&'static str],
    /// Words that, right before such a place, make it a person's name: titles and the
    /// first parts of personal names (`মো.`, `সৈয়দ`).
    pub person_before: &'static [&'static str],
    /// Words that join list items (`و`, `and`, `ও`), for [`Reading::in_list`].
    pub list_joiners: &'static [&'static str],
    pub ambiguities: &'static [Ambiguity],
    pub patterns: &'static [PatternRule],
    /// Words that end a pattern rule's name (function words, verbs of saying).
    pub pattern_stops: &'static [&'static str],
    /// Words that end the name of a location rule only: descriptors of an area (`সদর`,
    /// `পৌর`) that can be inside an organization's name but are not a place's name.
    pub place_pattern_stops: &'static [&'static str],
    /// A word ending so is inflected, not a name, and ends a pattern rule's name
    /// (Bengali `ঘটনায় উপজেলা`: "in the incident, the sub-district").
    pub pattern_stop_endings: &'static [&'static str],
    /// Endings of an adjective that describes a pattern rule's trigger instead of naming
    /// it: a word ending so without the article of [`LangRules::fused_article`] ends the
    /// rule's name (Arabic nisba `ية`: `شركة أمريكية` "an American company", `منظمة دولية`,
    /// `مدينة أميركية`), while `وزارة الخارجية` keeps its name.
    pub adjective_endings: &'static [&'static str],
    /// A pattern rule's words must start with a capital letter (English).
    pub pattern_capitalized: bool,
    /// Quotation marks (opening, closing) around a name right after a [`Side::After`]
    /// trigger (`صحيفة « الشرق الأوسط »`): every word inside is the name, whatever its
    /// form, and the span is the quoted words alone. A rule with `max_words: 0` reads only
    /// quoted names.
    pub quotes: &'static [(char, char)],
    /// Words that, right before a town (clitics allowed), make the town's name a sports
    /// team's (`فريق ليفربول`, `لاعب برشلونة`): an organization with no record. A cue of
    /// several words (`drew with`) is matched as written.
    pub team_before: &'static [&'static str],
    /// Words that do so right after a town: in Arabic a masculine adjective of nationality,
    /// which agrees with a club but never with a city (`ميلان الإيطالي`, but
    /// `روما الإيطالية`).
    pub team_after: &'static [&'static str],
    /// Words of a role at a club that make the town right before them a team where a
    /// capitalized name follows them (`Chelsea striker Didier Drogba`, `Barcelona coach Pep
    /// Guardiola`; not `the London manager of the bank`). For scripts with case only.
    pub team_roles: &'static [&'static str],
    /// Words only a report of a match uses (`striker`, `الدوري`, `গোলরক্ষক`), clitics and
    /// endings allowed. In a document with at least [`SPORTS_REPORT_WORDS`] different ones,
    /// a town's name is a team's unless [`LangRules::place_before`] or
    /// [`LangRules::place_endings`] make it a place, or it opens the document as a dateline
    /// (`LONDON (Reuters) -`).
    pub sports_words: &'static [&'static str],
    /// Words right before a town that keep it a place in a report of a match (`in`, `في`).
    pub place_before: &'static [&'static str],
    /// Endings glued to a town that keep it a place there (Bengali locative `লিভারপুলে`).
    pub place_endings: &'static [&'static str],
    /// Words that, joined to a name by a hyphen, make it part of an adjective
    /// (`যুক্তরাষ্ট্র-ভিত্তিক` "US-based", `বিএনপি-সমর্থিত` "BNP-backed"): no name is read
    /// there, as SPEC §2 reads no adjective of place. A word counts with an ending glued.
    pub hyphen_adjectives: &'static [&'static str],
    /// In a script with case: any lower-case word joined to a name by a hyphen makes it part
    /// of an adjective (`U.S.-led`, `Hamas-run`, `Gaza-based`); `Guinea-Bissau` and
    /// `Russia-Ukraine` stay names.
    pub hyphen_lowercase_adjective: bool,
    /// The name tagger, when the language has one; `None`: tables and rules alone.
    pub tagger: Option<&'static NameTagger>,
    /// The ready-made matcher over the built-in tables, when the language has one; `None`:
    /// built at start-up.
    pub ready: Option<&'static ReadyMatcher>,
}

/// How many different [`LangRules::sports_words`] make a document a report of a match: one
/// alone (`match`, `هدف` "goal, aim") is too often an ordinary word.
pub const SPORTS_REPORT_WORDS: u32 = 2;

impl LangRules {
    /// Rules with nothing in them, to fill the fields a language does not use:
    /// `LangRules { lang: LANG, fold: …, ..LangRules::EMPTY }`. The `lang` here is a
    /// placeholder the caller always overrides.
    pub const EMPTY: LangRules = LangRules {
        lang: Lang::UND,
        fold: Fold::NONE,
        case: CaseRule::Ignore,
        prefixes: &[],
        definite_prefixes: &[],
        fused_article: None,
        conjunctions: &[],
        suffixes: &[],
        vowel_endings: &[],
        vowel_finals: &[],
        emphatics: &[],
        indefinite_marks: &[],
        home_countries: &[],
        foreign_min_population: 0,
        short_name_letters: 0,
        short_name_min_population: 0,
        stop_names: &[],
        inflected_only: &[],
        false_inflections: &[],
        name_heads: &[],
        agent_after: &[],
        person_rule: false,
        capitalized_ok: &[],
        person_after: &[],
        person_before: &[],
        list_joiners: &[],
        ambiguities: &[],
        patterns: &[],
        pattern_stops: &[],
        place_pattern_stops: &[],
        pattern_stop_endings: &[],
        adjective_endings: &[],
        pattern_capitalized: false,
        quotes: &[],
        team_before: &[],
        team_after: &[],
        team_roles: &[],
        sports_words: &[],
        place_before: &[],
        place_endings: &[],
        hyphen_adjectives: &[],
        hyphen_lowercase_adjective: false,
        tagger: None,
        ready: None,
    };

    /// Whether `glued`, one of [`LangRules::prefixes`], may stand glued before the name
    /// `rest` (folded): a prefix of [`LangRules::definite_prefixes`] only before the
    /// article.
    pub(crate) fn glues_to(&self, glued: &str, rest: &str) -> bool {
        !self.definite_prefixes.contains(&glued)
            || self
                .fused_article
                .is_some_and(|(article, _)| rest.starts_with(article))
    }
}
