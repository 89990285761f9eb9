//! `bn.organizations` and `bn.locations`: Bengali morphology and rules for the shared
//! gazetteer.
//!
//! Only data lives here: the case and emphasis endings that glue to a name (`ইরাকের`,
//! `ঢাকায়`, `মোজাম্বিকেও`, `সিরিয়াজুড়ে`; the span stops before them), the trigger words
//! of the pattern rules for unlisted names (`… মন্ত্রণালয়`, `… হাসপাতাল`, a town first:
//! `সিলেট মহানগর পুলিশ`; places `… গ্রাম`, `… এলাকা`, `… চত্বর`), the words that make a
//! place part of a person's name (`রুমা চৌধুরী`) or of another kind of name (`মতিঝিল শাখা`),
//! and the context words that decide ambiguous names (`মালি` Mali or "gardener", `তালা`
//! the upazila or "lock"). The matcher that reads them is `khabar-gazetteer`.

use khabar_core::{Registration, inventory};
use khabar_gazetteer::{
    Ambiguity, CaseRule, EntityKind, Fold, LangRules, NameExtractor, PatternRule, PlaceFirst,
    Reading, ReadyMatcher, Side,
};

/// An organization named by the words before its trigger (`পাট মন্ত্রণালয়`), a town first
/// included (`ঢাকা মেডিকেল কলেজ`).
const fn org(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::Before,
        min_words: 0,
        max_words,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Absorb,
        reason,
    }
}

/// An organization whose trigger is an ordinary noun unless a town or country opens the
/// name (`সিলেট মহানগর পুলিশ`, `বাংলাদেশ ছাত্র ইউনিয়ন`; not `গতকাল পুলিশ`).
/// An organization named by the words after its trigger (`ইউনিভার্সিটি অব ইলিনয়`).
const fn org_after(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::After,
        min_words: 1,
        max_words,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

const fn org_of_place(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::Before,
        min_words: 0,
        max_words,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Require,
        reason,
    }
}

/// A place named by the word before an administrative or area noun (`কলিমপুর গ্রাম`,
/// `মাছিমপুর এলাকা`); the noun is outside the span.
const fn loc(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Location,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words,
        include_trigger: false,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

/// A place whose noun is part of its name (`শাপলা চত্বর`, `নূরজাহান রোড`).
const fn loc_named(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Location,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

/// Case endings (genitive, locative, objective, plural) and postpositions written joined to
/// a name; the span ends before them. The name tagger reads words without them too.
pub(crate) const ENDINGS: &[&str] = &[
    "এর",
    "ের",
    "র",
    "য়ের",
    "য়ের",
    "কে",
    "তে",
    "য়",
    "য়",
    "এ",
    "ে",
    "য়ে",
    "য়ে",
    "জুড়ে",
    "জুড়ে",
    "সহ",
    "দের",
    "রা",
    "েরা",
    "টি",
    "টা",
    // the genitive and the classifier together: `সিলেটেরটি` "the one of Sylhet"
    "েরটি",
    "রটি",
    "স্থ",
    "বাসীর",
    "তেই",
    "র্",
    "ের্",
    "ওয়ালা",
    "গামী",
    "মুখী",
    "ভিত্তিক",
    "কেন্দ্রিক",
];

/// The name matcher over the built-in tables, read ready-made at start-up while it matches
/// them (`cargo xtask automata` regenerates it).
static READY: ReadyMatcher = ReadyMatcher {
    automaton: include_bytes!("../data/names.automaton"),
    automaton_path: concat!(env!("CARGO_MANIFEST_DIR"), "/data/names.automaton"),
    index: include_bytes!("../data/names.index"),
    index_path: concat!(env!("CARGO_MANIFEST_DIR"), "/data/names.index"),
};

pub(crate) static RULES: LangRules = LangRules {
    lang: crate::LANG,
    // Long and short i and u, and the two n, are spelled either way in names
    // (`নেত্রকোণা`/`নেত্রকোনা`, `মীরসরাই`/`মিরসরাই`).
    fold: Fold {
        letters: &[('ী', 'ি'), ('ূ', 'ু'), ('ণ', 'ন')],
        ..Fold::NONE
    },
    case: CaseRule::Ignore,
    // Case endings (genitive, locative, objective, plural) and postpositions written
    // joined to the name; the span ends before them.
    suffixes: ENDINGS,
    // After a consonant these cases are `ের`, `ে`, `েরা`: `ইরাকের`, but `ঢাকার`.
    vowel_endings: &[
        "র",
        "য়ের",
        "য়ের",
        "তে",
        "য়",
        "য়",
        "য়ে",
        "য়ে",
        "রা",
        "রটি",
        "র্",
        "তেই",
    ],
    // Vowel letters and signs, and the nasal marks a name may end in (`হংকংয়ের`).
    vowel_finals: &[
        '\u{0981}'..='\u{0983}',
        '\u{0985}'..='\u{0994}',
        '\u{09BE}'..='\u{09CC}',
        '\u{09D7}'..='\u{09D7}',
    ],
    emphatics: &["ও", "ই"],
    home_countries: &["BD", "IN", "MM", "NP", "PK", "LK", "BT"],
    foreign_min_population: 200000,
    // Ordinary Bengali words that the tables also list as places: common nouns, and
    // words that are a generated foreign alias (`বয়সে` "at the age", an alias of Boise).
    stop_names: &[
        // A woman's name (`সোফিয়া বলেন`) far more often than CLDR's name of Sofia.
        "সোফিয়া",
        "শহর",
        "নগর",
        "গ্রাম",
        "বাজার",
        "নদী",
        "মালিক",
        "সদর",
        "পুর",
        "হাট",
        "চর",
        "বন্দর",
        "দেশ",
        "রাজ্য",
        "বিভাগ",
        "জেলা",
        "উপজেলা",
        "থানা",
        "কেন্দ্র",
        "মহল",
        "বাগ",
        "নতুন",
        "পুরান",
        "কালী",
        "দুর্গা",
        "লক্ষ্মী",
        "সোনা",
        "আলো",
        "মাটি",
        "পানি",
        "সাগর",
        "দিন",
        "রাত",
        "মা",
        "বাবা",
        "ভাই",
        "বোন",
        "আম",
        "জাম",
        "কলা",
        "বাঁশ",
        "শান্তি",
        "সুখ",
        "আশা",
        "হাসান",
        "বোমা",
        "পেয়ে",
        "পেয়ে",
        "ভালো",
        "সুন্দর",
        "রানী",
        "রাজা",
        "মুক্তি",
        "স্বাধীনতা",
        "বিজয়",
        "জয়",
        "আনন্দ",
        "প্রেম",
        "দয়া",
        "বয়সে",
        "বয়সে",
        "আস্তানা",
        "বারি",
        "এরপর",
        "দেশি",
        "বিদেশি",
        "বেরি",
        "পরি",
    ],
    inflected_only: &["সৌদি"],
    false_inflections: &["চাদর", "ইকার"],
    name_heads: &[
        "শাখা",
        "হোটেল",
        "কাগজকল",
        "ক্যাম্প",
        "যুদ্ধ",
        "চুক্তি",
        "শান্তিচুক্তি",
        "কাপ",
        "নৃত্য",
        "ঘরানা",
        "ফন্ট",
        "অবরোধ",
        "সফররত",
        "আইন",
    ],
    // Family names and the like: a place right before one is a person's given name
    // (`রুমা চৌধুরী`, `পার্থ রায়`, `সাহারা খাতুন`).
    person_after: &[
        "চৌধুরী",
        "রায়",
        "রায়",
        "দেব",
        "দাস",
        "দত্ত",
        "সেন",
        "ঘোষ",
        "বসু",
        "পাল",
        "সাহা",
        "মণ্ডল",
        "বিশ্বাস",
        "গুপ্ত",
        "চক্রবর্তী",
        "ভট্টাচার্য",
        "মুখার্জি",
        "ব্যানার্জি",
        "খাতুন",
        "বেগম",
        "আক্তার",
        "আখতার",
        "আহমেদ",
        "আহমদ",
        "হোসেন",
        "হোসাইন",
        "ইসলাম",
        "রহমান",
        "উদ্দিন",
        "উদ্দীন",
        "আলী",
        "মিয়া",
        "মিয়া",
        "তালুকদার",
        "পাটোয়ারী",
        "ভূঁইয়া",
        "মজুমদার",
        "সিদ্দিকী",
        "খান",
        "হক",
        "কবির",
        "করিম",
        "মোল্লা",
        "শিকদার",
        "সুলতানা",
        "পারভীন",
        "জাহান",
        "নাসরিন",
    ],
    // Titles and forms of address before a person's name.
    person_before: &[
        "সৈয়দ",
        "সৈয়দ",
        "কাজী",
        "খন্দকার",
        "শেখ",
        "আবদুল",
        "আব্দুল",
        "আবু",
        "মীর",
        "মাহমুদ",
        "মো.",
        "মোঃ",
        "মোহাম্মদ",
        "মুহাম্মদ",
        "ডা.",
        "ড.",
        "শ্রী",
        "শ্রীমতী",
        "জনাব",
        "মাওলানা",
        "হাজী",
        "মিসেস",
        "মিস",
    ],
    list_joiners: &["ও", "এবং", "আর", "বা"],
    ambiguities: &[
        Ambiguity {
            name: "মালি",
            readings: &[
                Reading {
                    canonical: Some("Mali"),
                    before: &["দেশ", "পশ্চিম", "আফ্রিকার", "আফ্রিকান", "প্রজাতন্ত্র", "উত্তর", "মধ্য"],
                    after: &["প্রজাতন্ত্র", "সরকার", "সেনাবাহিনী", "বামাকো"],
                    in_list: true,
                    dateline: false,
                },
                Reading::new(None),
            ],
        },
        // Upazilas named by ordinary words (`তালা` lock, `বেড়া` fence, `ভাঙ্গা` broken,
        // `বিরল` rare) or by common personal names (`রুমা`, `মদন`, `পলাশ`, `বিশ্বনাথ`), and
        // `দোহার` (also Doha with the genitive): a place only next to an administrative word
        // or in a list of places.
        Ambiguity {
            name: "তালা",
            readings: UPAZILA_WORD_TALA,
        },
        Ambiguity {
            name: "বেড়া",
            readings: UPAZILA_WORD_BERA,
        },
        Ambiguity {
            name: "ভাঙ্গা",
            readings: UPAZILA_WORD_BHANGA,
        },
        Ambiguity {
            name: "ভাঙা",
            readings: UPAZILA_WORD_BHANGA,
        },
        Ambiguity {
            name: "বিরল",
            readings: UPAZILA_WORD_BIROL,
        },
        Ambiguity {
            name: "রুমা",
            readings: UPAZILA_WORD_RUMA,
        },
        Ambiguity {
            name: "মদন",
            readings: UPAZILA_WORD_MADAN,
        },
        Ambiguity {
            name: "পলাশ",
            readings: UPAZILA_WORD_PALASH,
        },
        Ambiguity {
            name: "বিশ্বনাথ",
            readings: UPAZILA_WORD_BISHWANATH,
        },
        Ambiguity {
            name: "দোহার",
            readings: UPAZILA_WORD_DOHAR,
        },
    ],
    patterns: &[
        org("মন্ত্রণালয়", 2, "bn:মন্ত্রণালয়"),
        org("বিশ্ববিদ্যালয়", 2, "bn:বিশ্ববিদ্যালয়"),
        org("ইউনিভার্সিটি", 3, "bn:ইউনিভার্সিটি"),
        org_after("ইউনিভার্সিটি অব", 3, "bn:ইউনিভার্সিটি অব"),
        org("কলেজ", 3, "bn:কলেজ"),
        org("মাদ্রাসা", 2, "bn:মাদ্রাসা"),
        org("বিদ্যালয়", 3, "bn:বিদ্যালয়"),
        org("উচ্চবিদ্যালয়", 3, "bn:উচ্চবিদ্যালয়"),
        org("স্কুল", 3, "bn:স্কুল"),
        org("একাডেমি", 2, "bn:একাডেমি"),
        org("ইনস্টিটিউট", 3, "bn:ইনস্টিটিউট"),
        org("ব্যাংক", 2, "bn:ব্যাংক"),
        org("লীগ", 1, "bn:লীগ"),
        org("পার্টি", 2, "bn:পার্টি"),
        org("ফ্রন্ট", 2, "bn:ফ্রন্ট"),
        org("অধিদপ্তর", 2, "bn:অধিদপ্তর"),
        org("অধিদফতর", 2, "bn:অধিদফতর"),
        org("কমিশন", 3, "bn:কমিশন"),
        org("পরিষদ", 4, "bn:পরিষদ"),
        org("সমিতি", 3, "bn:সমিতি"),
        org("সোসাইটি", 2, "bn:সোসাইটি"),
        org("অ্যাসোসিয়েশন", 3, "bn:অ্যাসোসিয়েশন"),
        org("ফাউন্ডেশন", 2, "bn:ফাউন্ডেশন"),
        org("হাসপাতাল", 3, "bn:হাসপাতাল"),
        org("লিমিটেড", 4, "bn:লিমিটেড"),
        org("কমপ্লেক্স", 3, "bn:কমপ্লেক্স"),
        org("সেন্টার", 3, "bn:সেন্টার"),
        org("লাইব্রেরি", 2, "bn:লাইব্রেরি"),
        org("ট্রাস্ট", 3, "bn:ট্রাস্ট"),
        org("দূতাবাস", 1, "bn:দূতাবাস"),
        org("হাইকমিশন", 1, "bn:হাইকমিশন"),
        org("কর্পোরেশন", 3, "bn:কর্পোরেশন"),
        org("করপোরেশন", 3, "bn:করপোরেশন"),
        org("ফেডারেশন", 3, "bn:ফেডারেশন"),
        org("কাউন্সিল", 2, "bn:কাউন্সিল"),
        org("ট্রাইব্যুনাল", 3, "bn:ট্রাইব্যুনাল"),
        org("কর্তৃপক্ষ", 2, "bn:কর্তৃপক্ষ"),
        org("কারাগার", 2, "bn:কারাগার"),
        org("বোর্ড", 2, "bn:বোর্ড"),
        org("সংঘ", 1, "bn:সংঘ"),
        org_of_place("পুলিশ", 2, "bn:পুলিশ"),
        org_of_place("সরকার", 2, "bn:সরকার"),
        // `বাংলাদেশ ছাত্র ইউনিয়ন`, but a place and `ইউনিয়ন` alone is a union parishad.
        PatternRule {
            min_words: 1,
            ..org_of_place("ইউনিয়ন", 2, "bn:ইউনিয়ন")
        },
        org_of_place("চেম্বার", 2, "bn:চেম্বার"),
        org_of_place("প্রেসক্লাব", 1, "bn:প্রেসক্লাব"),
        org_of_place("ক্লাব", 2, "bn:ক্লাব"),
        org_of_place("কমিটি", 2, "bn:কমিটি"),
        org_of_place("গ্রুপ", 1, "bn:গ্রুপ"),
        org_of_place("কোম্পানি", 2, "bn:কোম্পানি"),
        // A department (`বন বিভাগ`, `মেহেরপুর বন বিভাগ`, `আইন বিভাগ`); a place and `বিভাগ`
        // alone is a division.
        PatternRule {
            min_words: 1,
            ..org("বিভাগ", 2, "bn:বিভাগ")
        },
        org_of_place("সংস্থা", 3, "bn:সংস্থা"),
        org_of_place("রেলওয়ে", 1, "bn:রেলওয়ে"),
        org_of_place("ওয়াসা", 1, "bn:ওয়াসা"),
        org_of_place("মিশন", 2, "bn:মিশন"),
        loc("উপজেলা", 1, "bn:উপজেলা"),
        loc("গ্রাম", 1, "bn:গ্রাম"),
        loc("ইউনিয়ন", 1, "bn:ইউনিয়ন"),
        loc("এলাকা", 2, "bn:এলাকা"),
        loc("পৌরসভা", 1, "bn:পৌরসভা"),
        loc("নদী", 1, "bn:নদী"),
        // The masculine `নদ` names a river as `নদী` does (`ব্রহ্মপুত্র নদ`, `তুরাগ নদের`).
        loc("নদ", 1, "bn:নদ"),
        loc_named("সড়ক", 3, "bn:সড়ক"),
        loc_named("মহাসড়ক", 3, "bn:মহাসড়ক"),
        loc_named("রোড", 3, "bn:রোড"),
        loc_named("চত্বর", 2, "bn:চত্বর"),
        loc_named("ঘাট", 2, "bn:ঘাট"),
        loc_named("সমুদ্রবন্দর", 1, "bn:সমুদ্রবন্দর"),
        // Buildings, grounds and monuments are places (`রানা প্লাজা`, `শহীদ মিনার`).
        loc_named("প্লাজা", 2, "bn:প্লাজা"),
        loc_named("স্টেডিয়াম", 3, "bn:স্টেডিয়াম"),
        loc_named("মিনার", 2, "bn:মিনার"),
        loc_named("উদ্যান", 2, "bn:উদ্যান"),
    ],
    pattern_stops: &[
        "ও",
        "এবং",
        "এ",
        "এই",
        "সে",
        "তিনি",
        "তারা",
        "আমি",
        "আমরা",
        "তুমি",
        "করে",
        "করা",
        "হয়",
        "হয়",
        "থেকে",
        "জন্য",
        "সঙ্গে",
        "সাথে",
        "নিয়ে",
        "নিয়ে",
        "বলেন",
        "বলে",
        "আর",
        "কিন্তু",
        "তবে",
        "যে",
        "না",
        "একটি",
        "এক",
        "দুটি",
        "তিনটি",
        "চারটি",
        "পাঁচটি",
        "ছয়টি",
        "সাতটি",
        "আটটি",
        "নয়টি",
        "দশটি",
        "কয়েকটি",
        "কয়েকটি",
        "অনেক",
        "কিছু",
        "প্রতি",
        "সব",
        "সকল",
        "গোটা",
        "খোদ",
        "পুরো",
        "বিভিন্ন",
        "নতুন",
        // "Private": `বেসরকারি হাসপাতাল` is any private hospital, no name.
        "বেসরকারি",
        "তার",
        "তাঁর",
        "তাদের",
        "তাঁদের",
        "আমাদের",
        "এর",
        "মধ্যে",
        "পর",
        "পরে",
        "আগে",
        "দিকে",
        "কাছে",
        "স্থানীয়",
        "স্থানীয়",
        "ওই",
        "সেই",
        "এসব",
        "সেসব",
        "একজন",
        "জন",
        "দুই",
        "তিন",
        "চার",
        "পাঁচ",
        "গত",
        "আজ",
        "কাল",
        "গতকাল",
        "এখন",
        "বুধবার",
        "বৃহস্পতিবার",
        "শুক্রবার",
        "শনিবার",
        "রবিবার",
        "রোববার",
        "সোমবার",
        "মঙ্গলবার",
        "হলো",
        "হল",
        "ছিল",
        // Connectives that open a clause ("after this", "then", "so", "because"): the word
        // before a trigger is no name when it is one (`এরপর গ্রামের বাজারে`, "then, at the
        // village market").
        "এরপর",
        "এরপরে",
        "তারপর",
        "তারপরে",
        "অতঃপর",
        "পরবর্তীতে",
        "ফলে",
        "তাই",
        "সুতরাং",
        "অথচ",
        "বরং",
        "এমনকি",
        "যদিও",
        "কারণ",
        "ছিলেন",
        "হবে",
        "হয়েছে",
        "হয়েছে",
        "দিয়ে",
        "দিয়ে",
        "মাধ্যমে",
        "পক্ষ",
        "পক্ষে",
        "বিরুদ্ধে",
        "জানান",
        "জানায়",
        "জানায়",
        "করেন",
        "দেন",
        "নেন",
        "যান",
        "থাকা",
        "ধরে",
        "অন্য",
        "অন্যান্য",
        "কোনো",
        "কোন",
        "প্রায়",
        "প্রায়",
        "বড়",
        "বড়",
        "ছোট",
        "সাবেক",
        "বর্তমান",
        "একই",
        "নিজ",
        "নিজের",
        "সংশ্লিষ্ট",
        "শীর্ষ",
        "প্রধান",
        "অতিরিক্ত",
        "ভারপ্রাপ্ত",
        "পার্শ্ববর্তী",
        "পাশের",
        "আশপাশের",
        "মামলা",
        "সংযোগ",
        "বা",
        "গ্রামের",
        "শহরের",
        "জেলার",
        "উপজেলার",
        "থানার",
        "রাজধানী",
        "রাজধানীর",
        "কর্মকর্তা",
        "অধিকাংশ",
        "ছাড়া",
        "ছাড়া",
        "যেসব",
        "পর্যন্ত",
        "নম্বর",
        "পৌরসভার",
        "থানাধীন",
        "কর্মীরা",
        "বেশি",
        "আবার",
        "তখন",
        "এবার",
        "স্বয়ং",
        "সবাই",
        "তাঁরা",
        "জানিয়েছেন",
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
        "কিলোমিটার",
        "মিটার",
        "ফুট",
        "প্রশস্ত",
        "আড়াই",
        "আড়াই",
        "দেড়",
        "দেড়",
    ],
    // Inside an organization's name these may stand (`ঢাকা মহানগর পুলিশ`, `সিরাজগঞ্জ সদর
    // হাসপাতাল`); before an area noun they describe it and are no place's name.
    place_pattern_stops: &[
        // Adjectives of what kind of area: `নির্বাচনী এলাকা` is a constituency, no name.
        "নির্বাচনী",
        "সংসদীয়",
        "প্রশাসনিক",
        "সরকারি",
        "বেসরকারি",
        "শিয়া",
        "সুন্নি",
        "চর",
        "শিক্ষা",
        "সদর",
        "পার্বত্য",
        "এলাকা",
        "এলাকার",
        "পৌর",
        "মহানগর",
        "দক্ষিণ",
        "উত্তর",
        "পূর্ব",
        "পশ্চিম",
        "মডেল",
        "পরিষদ",
        "ছাত্র",
        "সাংবাদিক",
        "শ্রমিক",
        "কৃষক",
        "ট্রেড",
        "সমবায়",
        "সীমান্ত",
        "সীমান্তবর্তী",
        "উপকূলীয়",
        "উপকূলীয়",
        "পাহাড়ি",
        "পাহাড়ি",
        "দুর্গম",
        "আবাসিক",
        "শিল্প",
        "বস্তি",
        "গ্রামীণ",
        "শহর",
        "নিম্নাঞ্চল",
        "প্লাবিত",
        "দুর্গত",
        "ক্ষতিগ্রস্ত",
        "সংলগ্ন",
        "বিস্তীর্ণ",
        "নিচু",
        "আঞ্চলিক",
        "বিকল্প",
        "অভ্যন্তরীণ",
        "পাকা",
        "কাঁচা",
        "ফেরি",
        "লঞ্চ",
        "কলেজ",
        "আদালত",
        "বিশ্ববিদ্যালয়",
        "প্রেসক্লাব",
        "ক্যাম্পাস",
        "পুলিশ",
        "ওয়ার্ড",
    ],
    // Inflected words and participles (`ঘটনায়`, `সকালে`, `হয়ে`) end a rule's name.
    // Not `ীয়` (`বিভাগীয়`, `জাতীয়`: adjectives inside names), but the locative `ায়`.
    pattern_stop_endings: &["ায়", "ায়", "ের", "কে", "তে", "দের", "ে"],
    // Words of a match report (endings allowed): with two of them in a document, a town is
    // its club (`লিভারপুলের স্ট্রাইকার … গোল`), unless in the locative (`লিভারপুলে`).
    // A fixture: `আবাহনী বনাম মোহামেডান`, `ঢাকা বনাম চট্টগ্রাম` (a country stays a country:
    // a national team is its country).
    team_before: &["বনাম"],
    team_after: &["বনাম"],
    sports_words: &[
        "গোল",
        "ম্যাচ",
        "লিগ",
        "ফুটবল",
        "ক্রিকেট",
        "উইকেট",
        "ইনিংস",
        "স্ট্রাইকার",
        "গোলরক্ষক",
        "পেনাল্টি",
        "সেমিফাইনাল",
        "কোয়ার্টার ফাইনাল",
        "বিশ্বকাপ",
        "স্টেডিয়াম",
        "অধিনায়ক",
        "কোচ",
        "ব্যাটসম্যান",
        "বোলার",
        "হ্যাটট্রিক",
        "টস",
    ],
    place_endings: &["ে", "য়", "য়", "তে", "েতে"],
    // A name joined by a hyphen to one of these is an adjective (SPEC §2): `-ভিত্তিক`
    // "-based", `-সমর্থিত` "-backed", `-নেতৃত্বাধীন` "-led", `-নিয়ন্ত্রিত` "-controlled",
    // `-কেন্দ্রিক` "-centred", `-শাসিত` "-ruled", `-অধিকৃত` "-occupied", `-পন্থী` "pro-",
    // `-বিরোধী` "anti-", `-প্রবাসী` "living in".
    hyphen_adjectives: &[
        "ভিত্তিক",
        "সমর্থিত",
        "নেতৃত্বাধীন",
        "নিয়ন্ত্রিত",
        "কেন্দ্রিক",
        "শাসিত",
        "অধিকৃত",
        "পন্থী",
        "বিরোধী",
        "প্রবাসী",
    ],
    tagger: Some(&crate::persons::TAGGER),
    ready: Some(&READY),
    ..LangRules::EMPTY
};

/// The readings of an upazila named by an ordinary word.
const fn upazila_word(canonical: &'static str) -> [Reading; 2] {
    [
        Reading {
            canonical: Some(canonical),
            before: &[],
            after: &[
                "উপজেলা",
                "উপজেলার",
                "উপজেলায়",
                "উপজেলায়",
                "থানা",
                "থানার",
                "থানায়",
                "থানায়",
                "পৌরসভা",
                "পৌরসভার",
            ],
            in_list: true,
            dateline: false,
        },
        Reading::new(None),
    ]
}

static UPAZILA_WORD_TALA: &[Reading] = &upazila_word("Tala");
static UPAZILA_WORD_BERA: &[Reading] = &upazila_word("Bera");
static UPAZILA_WORD_BHANGA: &[Reading] = &upazila_word("Bhanga");
static UPAZILA_WORD_BIROL: &[Reading] = &upazila_word("Birol");
static UPAZILA_WORD_RUMA: &[Reading] = &upazila_word("Ruma");
static UPAZILA_WORD_MADAN: &[Reading] = &upazila_word("Madan");
static UPAZILA_WORD_PALASH: &[Reading] = &upazila_word("Palash");
static UPAZILA_WORD_BISHWANATH: &[Reading] = &upazila_word("Bishwanath");
static UPAZILA_WORD_DOHAR: &[Reading] = &upazila_word("Dohar");

inventory::submit! {
    Registration {
        id: "bn.organizations",
        description: "Bengali organizations: gazetteer names with case endings, pattern rules (… মন্ত্রণালয়/বিশ্ববিদ্যালয়/লীগ), ids and canonical English names",
        build: |options| Ok(Box::new(NameExtractor::from_options("bn.organizations", EntityKind::Organization, &RULES, options)?)),
    }
}

inventory::submit! {
    Registration {
        id: "bn.locations",
        description: "Bengali locations: countries, regions, cities, Bangladesh districts and upazilas with case endings, pattern rules (… জেলা/উপজেলা/গ্রাম)",
        build: |options| Ok(Box::new(NameExtractor::from_options("bn.locations", EntityKind::Location, &RULES, options)?)),
    }
}

#[cfg(test)]
mod tests {
    use khabar_gazetteer::testing::Expected;

    use super::RULES;

    fn check(cases: &[(&str, &[Expected<'_>])]) {
        khabar_gazetteer::testing::check(&RULES, cases);
    }

    #[test]
    fn case_and_emphasis_endings_stay_outside() {
        check(&[
            ("ইরাকের", &[("loc", "ইরাক", "Iraq", "gazetteer")]),
            (
                "মোজাম্বিকেও",
                &[("loc", "মোজাম্বিক", "Mozambique", "gazetteer")],
            ),
            ("সিরিয়াজুড়ে", &[("loc", "সিরিয়া", "Syria", "gazetteer")]),
            ("ঢাকায়", &[("loc", "ঢাকা", "Dhaka", "gazetteer")]),
            ("আইসিসের", &[("org", "আইসিস", "Islamic State", "gazetteer")]),
            (
                "আওয়ামী লীগের",
                &[("org", "আওয়ামী লীগ", "Bangladesh Awami League", "gazetteer")],
            ),
        ]);
    }

    /// `র`, `য়`, `তে` follow a vowel; after a consonant the same letters belong to another
    /// word (`চিনতে` "to recognize", `কাউন্সিলর` "councillor").
    #[test]
    fn endings_after_a_vowel_only() {
        check(&[
            ("ঢাকাতে", &[("loc", "ঢাকা", "Dhaka", "gazetteer")]),
            ("হংকংয়ের", &[("loc", "হংকং", "Hong Kong", "gazetteer")]),
            ("কাউকে চিনতেও পারেননি", &[]),
        ]);
    }

    #[test]
    fn adjectives_of_place_are_not_places() {
        check(&[("ইরাকি নাগরিক", &[]), ("ভারতীয় দল", &[])]);
    }

    /// A place rule's name that the towns table lists takes the town's id and English name;
    /// a town alone, with no rule and no tagger, is not read.
    #[test]
    fn a_place_rule_names_a_town_of_the_towns_table() {
        check(&[
            (
                "জাহিদপুর গ্রামে বন্যা।",
                &[("loc", "জাহিদপুর", "Jahedpur", "pattern")],
            ),
            ("জাহিদপুর", &[]),
        ]);
    }

    /// A name joined by a hyphen to a word of `hyphen_adjectives` (with an ending glued) is
    /// an adjective; joined to another name it stays one.
    #[test]
    fn a_hyphen_and_an_adjective_word_make_an_adjective() {
        check(&[
            ("যুক্তরাষ্ট্র-ভিত্তিক সংস্থা", &[]),
            ("বিএনপি-সমর্থিত প্রার্থীরা", &[]),
            ("ঢাকা-কেন্দ্রিক রাজনীতির", &[]),
            (
                "ভারত-বাংলাদেশ বৈঠক",
                &[
                    ("loc", "ভারত", "India", "gazetteer"),
                    ("loc", "বাংলাদেশ", "Bangladesh", "gazetteer"),
                ],
            ),
        ]);
    }

    #[test]
    fn variants_and_the_longer_name() {
        check(&[
            (
                "মার্কিন যুক্তরাষ্ট্র",
                &[("loc", "মার্কিন যুক্তরাষ্ট্র", "United States", "gazetteer")],
            ),
            (
                "যুক্তরাষ্ট্রের",
                &[("loc", "যুক্তরাষ্ট্র", "United States", "gazetteer")],
            ),
            (
                "কঙ্গো প্রজাতন্ত্র",
                &[("loc", "কঙ্গো প্রজাতন্ত্র", "Republic of the Congo", "gazetteer")],
            ),
            (
                "ঢাকা বিশ্ববিদ্যালয়ের",
                &[("org", "ঢাকা বিশ্ববিদ্যালয়", "University of Dhaka", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn mali_or_gardener() {
        check(&[
            (
                "মালি ও নাইজার",
                &[
                    ("loc", "মালি", "Mali", "ambiguity"),
                    ("loc", "নাইজার", "Niger", "gazetteer"),
                ],
            ),
            ("বাগানের মালি এলেন", &[]),
        ]);
    }

    #[test]
    fn pattern_rules_for_unlisted_names() {
        check(&[
            (
                "পাট মন্ত্রণালয়ের",
                &[("org", "পাট মন্ত্রণালয়", "পাট মন্ত্রণালয়", "pattern")],
            ),
            ("কলিমপুর গ্রামের", &[("loc", "কলিমপুর", "কলিমপুর", "pattern")]),
            ("ঘটনায় উপজেলা", &[]),
        ]);
    }

    #[test]
    fn a_town_opens_an_organizations_name() {
        check(&[
            (
                "রংপুর মেডিকেল কলেজ হাসপাতালে",
                &[(
                    "org",
                    "রংপুর মেডিকেল কলেজ হাসপাতাল",
                    "রংপুর মেডিকেল কলেজ হাসপাতাল",
                    "pattern",
                )],
            ),
            (
                "সিরাজগঞ্জ সদর হাসপাতালে",
                &[("org", "সিরাজগঞ্জ সদর হাসপাতাল", "সিরাজগঞ্জ সদর হাসপাতাল", "pattern")],
            ),
            // An inflected place ends the name: "the Pangu hospital of Dhaka".
            (
                "ঢাকার পঙ্গু হাসপাতালে",
                &[
                    ("loc", "ঢাকা", "Dhaka", "gazetteer"),
                    ("org", "পঙ্গু হাসপাতাল", "পঙ্গু হাসপাতাল", "pattern"),
                ],
            ),
        ]);
    }

    #[test]
    fn common_triggers_need_a_place_first() {
        check(&[
            (
                "সিলেট মহানগর পুলিশের",
                &[("org", "সিলেট মহানগর পুলিশ", "সিলেট মহানগর পুলিশ", "pattern")],
            ),
            ("খবর পেয়ে পুলিশ এসে", &[]),
            (
                "বাংলাদেশ ছাত্র ইউনিয়নের",
                &[("org", "বাংলাদেশ ছাত্র ইউনিয়ন", "বাংলাদেশ ছাত্র ইউনিয়ন", "pattern")],
            ),
            // A place and `ইউনিয়ন` alone is a union parishad, a place.
            ("বুড়িপোতা ইউনিয়নের", &[("loc", "বুড়িপোতা", "বুড়িপোতা", "pattern")]),
            ("ঈদগাঁও ইউনিয়নের", &[("loc", "ঈদগাঁও", "Eidgaon", "gazetteer")]),
            ("বন বিভাগের", &[("org", "বন বিভাগ", "বন বিভাগ", "pattern")]),
            (
                "চট্টগ্রাম বিভাগে",
                &[("loc", "চট্টগ্রাম", "Chattogram", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn ordinary_words_do_not_make_pattern_names() {
        check(&[
            ("গতকাল হাসপাতালে", &[]),
            ("তাঁকে বেসরকারি হাসপাতালে ভর্তি করা হয়", &[]),
            // A trigger before a trigger: "the hospital's authorities", no name.
            ("হাসপাতাল কর্তৃপক্ষ জানিয়েছে", &[]),
            ("সকালে উপজেলার", &[]),
            ("আটটি জেলায়", &[]),
            ("সীমান্ত এলাকায়", &[]),
            ("মাছিমপুর এলাকায়", &[("loc", "মাছিমপুর", "মাছিমপুর", "pattern")]),
            // A connective opening the clause, an adjective of the kind of area.
            ("এরপর গ্রামের বাজারে একটি দোকানে কাজ নেয়", &[]),
            ("আমার নিজ নির্বাচনী এলাকায় হামলা", &[]),
            // A count with its classifier is no name (`১৪টি ইউনিয়নের`, fourteen unions).
            ("১৪টি ইউনিয়নের মধ্যে পাঁচটিতে", &[]),
        ]);
    }

    #[test]
    fn named_places_keep_their_noun() {
        check(&[
            ("শাপলা চত্বরে", &[("loc", "শাপলা চত্বর", "শাপলা চত্বর", "pattern")]),
            ("কলিম প্লাজায়", &[("loc", "কলিম প্লাজা", "কলিম প্লাজা", "pattern")]),
            (
                "ঢাকা - চট্টগ্রাম মহাসড়কে",
                &[("loc", "ঢাকা - চট্টগ্রাম মহাসড়ক", "ঢাকা - চট্টগ্রাম মহাসড়ক", "pattern")],
            ),
        ]);
    }

    #[test]
    fn rivers_by_either_noun() {
        check(&[
            ("বলেশ্বর নদ দিয়ে", &[("loc", "বলেশ্বর", "বলেশ্বর", "pattern")]),
            ("কলিম নদের তীরে", &[("loc", "কলিম", "কলিম", "pattern")]),
            ("কলিম নদীতে", &[("loc", "কলিম", "কলিম", "pattern")]),
        ]);
    }

    #[test]
    fn an_area_noun_names_each_place_of_a_list_before_it() {
        check(&[
            (
                "কলিমপুর , মাছিমপুর ও বুড়িপোতা ইউনিয়নের মানুষ",
                &[
                    ("loc", "কলিমপুর", "কলিমপুর", "pattern"),
                    ("loc", "মাছিমপুর", "মাছিমপুর", "pattern"),
                    ("loc", "বুড়িপোতা", "বুড়িপোতা", "pattern"),
                ],
            ),
            // A place with an ending before a name says where it is.
            (
                "বাঘার মশিদপুর ও কলিমপুর গ্রামে",
                &[
                    ("loc", "বাঘা", "Bagha", "gazetteer"),
                    ("loc", "মশিদপুর", "মশিদপুর", "pattern"),
                    ("loc", "কলিমপুর", "কলিমপুর", "pattern"),
                ],
            ),
            // People, a unit, a plain noun: no list of places.
            (
                "আমতলী গ্রামের সুমি আক্তার ও গঙ্গাপ্রসাদ গ্রামের রোখসানা",
                &[
                    ("loc", "আমতলী", "Amtali", "gazetteer"),
                    ("loc", "গঙ্গাপ্রসাদ", "গঙ্গাপ্রসাদ", "pattern"),
                ],
            ),
            (
                "২০ শতাংশ এবং বাউরা ইউনিয়নের জমি",
                &[("loc", "বাউরা", "বাউরা", "pattern")],
            ),
            (
                "পুলিশ ও র‍্যাব সদস্যরা কলিমপুর গ্রামে যান",
                &[
                    ("loc", "কলিমপুর", "কলিমপুর", "pattern"),
                    ("org", "র‍্যাব", "Rapid Action Battalion", "gazetteer"),
                ],
            ),
            // A noun that is part of the name is no list.
            (
                "কলিম ও রহিম প্লাজায়",
                &[("loc", "রহিম প্লাজা", "রহিম প্লাজা", "pattern")],
            ),
        ]);
    }

    #[test]
    fn university_of_reads_the_words_after() {
        check(&[(
            "ইউনিভার্সিটি অব ইলিনয় থেকে",
            &[(
                "org",
                "ইউনিভার্সিটি অব ইলিনয়",
                "ইউনিভার্সিটি অব ইলিনয়",
                "pattern",
            )],
        )]);
    }

    #[test]
    fn genitive_and_classifier_together() {
        check(&[("সিলেটেরটি", &[("loc", "সিলেট", "Sylhet", "gazetteer")])]);
    }

    #[test]
    fn states_and_oceans() {
        check(&[
            ("ওহাইও অঙ্গরাজ্যের", &[("loc", "ওহাইও", "Ohio", "gazetteer")]),
            (
                "প্রশান্ত মহাসাগরে",
                &[("loc", "প্রশান্ত মহাসাগর", "Pacific Ocean", "gazetteer")],
            ),
            ("ভারত আইন", &[]),
        ]);
    }

    #[test]
    fn person_rule_surnames_and_titles() {
        check(&[
            ("পার্থ রায় বলেন", &[]),
            ("মো. শাহ আলম বলেন", &[]),
            ("পার্থে খেলা", &[("loc", "পার্থ", "Perth", "gazetteer")]),
        ]);
    }

    #[test]
    fn a_bare_saudi_is_an_adjective() {
        check(&[
            ("সৌদি রাজা", &[]),
            ("সৌদিতে কাজ", &[("loc", "সৌদি", "Saudi Arabia", "gazetteer")]),
            (
                "সৌদি আরবের",
                &[("loc", "সৌদি আরব", "Saudi Arabia", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn a_place_inside_another_kind_of_name() {
        check(&[
            ("ব্যাংকের মতিঝিল শাখা", &[]),
            ("ভিয়েতনাম যুদ্ধ", &[]),
            ("এশিয়া কাপের", &[]),
            (
                "মতিঝিলে সমাবেশ",
                &[("loc", "মতিঝিল", "Motijheel", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn upazilas_named_by_ordinary_words() {
        check(&[
            ("দরজায় তালা লাগিয়ে", &[]),
            ("তালা উপজেলার", &[("loc", "তালা", "Tala", "ambiguity")]),
            ("কাঁটাতারের বেড়ার বাইরে", &[]),
            ("রুমা বলেন", &[]),
            (
                "রুমা ও থানচি",
                &[
                    ("loc", "রুমা", "Ruma", "ambiguity"),
                    ("loc", "থানচি", "Thanchi", "gazetteer"),
                ],
            ),
        ]);
    }

    #[test]
    fn spelling_variants_match() {
        check(&[
            ("নেত্রকোনার", &[("loc", "নেত্রকোনা", "Netrakona", "gazetteer")]),
            (
                "মিরসরাই উপজেলায়",
                &[("loc", "মিরসরাই", "Mirsharai", "gazetteer")],
            ),
            ("রাঙামাটিতে", &[("loc", "রাঙামাটি", "Rangamati", "gazetteer")]),
            ("মংলায়", &[("loc", "মংলা", "Mongla", "gazetteer")]),
        ]);
    }

    #[test]
    fn ordinary_words_that_tables_list_as_places() {
        check(&[("১৬ বছর বয়সে", &[]), ("কুয়াশার চাদর", &[]), ("বেরিয়ে আসে", &[])]);
    }

    /// With two or more words of a match report in the document, a town is its club, unless
    /// in the locative (`বার্সেলোনায়` "in Barcelona", `বার্সেলোনাতেও` "in Barcelona too").
    #[test]
    fn a_report_of_a_match_makes_towns_teams() {
        check(&[
            (
                "বার্সেলোনার স্ট্রাইকার ম্যাচের শেষ মিনিটে গোল করেন।",
                &[("org", "বার্সেলোনা", "বার্সেলোনা", "pattern")],
            ),
            (
                "বার্সেলোনায় আজ ম্যাচ শেষে গোলরক্ষক দুঃখ প্রকাশ করেন।",
                &[("loc", "বার্সেলোনা", "Barcelona", "gazetteer")],
            ),
            // The locative with an emphatic after it: "in Barcelona too".
            (
                "বার্সেলোনাতেও আজ ম্যাচ শেষে গোলরক্ষক দুঃখ প্রকাশ করেন।",
                &[("loc", "বার্সেলোনা", "Barcelona", "gazetteer")],
            ),
            (
                "বার্সেলোনা একটি সুন্দর শহর।",
                &[("loc", "বার্সেলোনা", "Barcelona", "gazetteer")],
            ),
        ]);
    }

    /// A region the tables list by hand, with a case ending: a national side is its
    /// place, even in a report of a match.
    #[test]
    fn the_west_indies_are_a_place() {
        check(&[(
            "ওয়েস্ট ইন্ডিজকে হারিয়ে ম্যাচ জিতল দল, গোল নয় রানে।",
            &[("loc", "ওয়েস্ট ইন্ডিজ", "West Indies", "gazetteer")],
        )]);
    }

    #[test]
    fn teams_named_after_cities_are_organizations() {
        check(&[
            (
                "অ্যাটলেটিকো মাদ্রিদের",
                &[("org", "অ্যাটলেটিকো মাদ্রিদ", "Atlético Madrid", "gazetteer")],
            ),
            (
                "মুম্বাই ইন্ডিয়ানস",
                &[("org", "মুম্বাই ইন্ডিয়ানস", "Mumbai Indians", "gazetteer")],
            ),
        ]);
    }

    // Known wrong readings, pinned until a rule covers them.

    /// A local unit of a listed party is one organization (SPEC: only the outer name), but
    /// the town and the party come out apart.
    #[test]
    fn fixme_a_town_before_a_listed_party_stays_apart() {
        check(&[(
            "চট্টগ্রাম মহানগর বিএনপির",
            &[
                ("loc", "চট্টগ্রাম", "Chattogram", "gazetteer"),
                ("org", "বিএনপি", "Bangladesh Nationalist Party", "gazetteer"),
            ],
        )]);
    }

    /// `সমবায়` (cooperative) ends like a locative, so it cuts the company's name short to
    /// `ইউনিয়ন`, itself a trigger and so no name: the company is lost and the country is left
    /// a location.
    #[test]
    fn fixme_a_noun_ending_like_a_locative_cuts_a_name() {
        check(&[(
            "বাংলাদেশ দুগ্ধ উৎপাদনকারী সমবায় ইউনিয়ন লিমিটেড",
            &[("loc", "বাংলাদেশ", "Bangladesh", "gazetteer")],
        )]);
    }

    /// A given name that is also a neighbourhood, with no surname or title next to it.
    #[test]
    fn fixme_a_bare_given_name_that_is_a_neighbourhood() {
        check(&[("শ্যামলী বলেন", &[("loc", "শ্যামলী", "Shyamoli", "gazetteer")])]);
    }

    /// Places in the news as Bengali newspapers write them, linked to their records.
    #[test]
    fn places_in_the_news() {
        check(&[
            (
                "রাফাহ থেকে খান ইউনিস",
                &[
                    ("loc", "রাফাহ", "Rafah", "gazetteer"),
                    ("loc", "খান ইউনিস", "Khan Younis", "gazetteer"),
                ],
            ),
            ("জাবালিয়া শরণার্থী", &[("loc", "জাবালিয়া", "Jabalia", "gazetteer")]),
            (
                "খারকিভ ও জাপোরিঝিয়া",
                &[
                    ("loc", "খারকিভ", "Kharkiv", "gazetteer"),
                    ("loc", "জাপোরিঝিয়া", "Zaporizhzhia", "gazetteer"),
                ],
            ),
        ]);
    }

    /// One identity: bare `গাজা` is the Strip, as `Gaza` and `غزة` are; the city is
    /// `গাজা সিটি`.
    #[test]
    fn gaza_is_one_entity_in_every_language() {
        check(&[
            ("গাজা", &[("loc", "গাজা", "Gaza Strip", "gazetteer")]),
            ("গাজা সিটি", &[("loc", "গাজা সিটি", "Gaza City", "gazetteer")]),
        ]);
    }
}
