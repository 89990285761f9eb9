//! `bn.organizations` and `bn.locations`: Bengali morphology and rules for the shared
//! gazetteer.
//!
//! Only data lives here: the case and emphasis endings that glue to a name (`ইরাকের`,
//! `ঢাকায়`, `মোজাম্বিকেও`, `সিরিয়াজুড়ে`; the span stops before them), the trigger words
//! of the pattern rules for unlisted names (`… মন্ত্রণালয়`, `… বিশ্ববিদ্যালয়`, `… জেলা`),
//! and the context words that decide ambiguous names (`মালি` Mali or "gardener"). The
//! matcher that reads them is `khabar-gazetteer`.

use khabar_core::{Lang, Registration, inventory};
use khabar_gazetteer::{
    Ambiguity, CaseRule, EntityKind, Fold, LangRules, NameExtractor, PatternRule, Reading, Side,
};

const fn org(trigger: &'static str, max_words: u8, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words,
        include_trigger: true,
        definite: false,
        reason,
    }
}

const fn loc(trigger: &'static str, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Location,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words: 1,
        include_trigger: false,
        definite: false,
        reason,
    }
}

pub(crate) static RULES: LangRules = LangRules {
    lang: Lang::BN,
    fold: Fold::None,
    case: CaseRule::Ignore,
    prefixes: &[],
    fused_article: None,
    // Case endings (genitive, locative, objective, plural) and postpositions written
    // joined to the name; the span ends before them.
    suffixes: &[
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
    ],
    emphatics: &["ও", "ই"],
    home_countries: &["BD", "IN", "MM", "NP", "PK", "LK", "BT"],
    foreign_min_population: 200000,
    short_name_letters: 0,
    short_name_min_population: 0,
    // Ordinary Bengali words that the tables also list as places.
    stop_names: &[
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
    ],
    person_rule: false,
    capitalized_ok: &[],
    list_joiners: &["ও", "এবং", "আর", "বা"],
    ambiguities: &[Ambiguity {
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
    }],
    patterns: &[
        org("মন্ত্রণালয়", 2, "bn:মন্ত্রণালয়"),
        org("বিশ্ববিদ্যালয়", 2, "bn:বিশ্ববিদ্যালয়"),
        org("কলেজ", 2, "bn:কলেজ"),
        org("মাদ্রাসা", 2, "bn:মাদ্রাসা"),
        org("ব্যাংক", 2, "bn:ব্যাংক"),
        org("লীগ", 1, "bn:লীগ"),
        org("পার্টি", 2, "bn:পার্টি"),
        org("অধিদপ্তর", 2, "bn:অধিদপ্তর"),
        org("অধিদফতর", 2, "bn:অধিদফতর"),
        org("সমিতি", 2, "bn:সমিতি"),
        org("ফাউন্ডেশন", 2, "bn:ফাউন্ডেশন"),
        org("হাসপাতাল", 2, "bn:হাসপাতাল"),
        org("লিমিটেড", 3, "bn:লিমিটেড"),
        org("কর্পোরেশন", 2, "bn:কর্পোরেশন"),
        org("করপোরেশন", 2, "bn:করপোরেশন"),
        org("ফেডারেশন", 3, "bn:ফেডারেশন"),
        org("বোর্ড", 2, "bn:বোর্ড"),
        org("সংঘ", 1, "bn:সংঘ"),
        loc("জেলা", "bn:জেলা"),
        loc("উপজেলা", "bn:উপজেলা"),
        loc("গ্রাম", "bn:গ্রাম"),
        loc("পৌরসভা", "bn:পৌরসভা"),
        loc("নদী", "bn:নদী"),
    ],
    pattern_stops: &[
        "ও",
        "এবং",
        "এ",
        "এই",
        "সে",
        "তিনি",
        "তারা",
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
        "যে",
        "না",
        "একটি",
        "এক",
        "প্রতি",
        "সব",
        "সকল",
        "বিভিন্ন",
        "নতুন",
        "তার",
        "তাদের",
        "আমাদের",
        "এর",
        "মধ্যে",
        "পর",
        "আগে",
        "দিকে",
        "কাছে",
        "সরকারি",
        "বেসরকারি",
        "স্থানীয়",
        "স্থানীয়",
        "ওই",
        "সেই",
        "একজন",
        "দুই",
        "তিন",
        "চার",
        "পাঁচ",
        "গত",
        "আজ",
        "কাল",
        "বুধবার",
        "বৃহস্পতিবার",
        "শুক্রবার",
        "শনিবার",
        "রবিবার",
        "সোমবার",
        "মঙ্গলবার",
        "হলো",
        "হল",
        "ছিল",
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
        "সদর",
        "পার্বত্য",
        "এলাকা",
        "এলাকার",
        "গ্রামের",
        "শহরের",
        "জেলার",
        "উপজেলার",
        "পৌর",
        "মহানগর",
    ],
    pattern_stop_endings: &["য়", "ের", "কে", "তে", "দের"],
    pattern_capitalized: false,
};

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
    use khabar_core::{Document, Extractor, Lang, Prefer, Value};
    use khabar_gazetteer::{EntityKind, NameExtractor, shared_matcher};

    use super::RULES;

    /// One case per rule: the text, and every (kind, span text, canonical, reason prefix)
    /// both extractors find in it, in any order.
    /// (kind, span text, canonical, reason prefix) of one expected entity.
    type Expected<'a> = (&'a str, &'a str, &'a str, &'a str);

    fn check(cases: &[(&str, &[Expected<'_>])]) {
        let matcher = shared_matcher(&RULES).expect("built-in tables load");
        let extractors = [
            NameExtractor::new(
                "test.organizations",
                EntityKind::Organization,
                matcher.clone(),
            ),
            NameExtractor::new("test.locations", EntityKind::Location, matcher),
        ];
        for (text, expected) in cases {
            let doc = Document::new((*text).to_owned(), LANG, None, Prefer::Past);
            let mut got = Vec::new();
            for extractor in &extractors {
                extractor.extract(&doc, &mut |e| {
                    let (kind, value) = match &e.value {
                        Value::Organization(v) => ("org", v),
                        Value::Location(v) => ("loc", v),
                        _ => return,
                    };
                    let prefix = e.reason.split(':').next().unwrap_or_default();
                    got.push((
                        kind,
                        text[e.span.clone()].to_owned(),
                        value.canonical.to_owned(),
                        prefix.to_owned(),
                    ));
                });
            }
            got.sort();
            let mut want: Vec<_> = expected
                .iter()
                .map(|(k, t, c, r)| (*k, (*t).to_owned(), (*c).to_owned(), (*r).to_owned()))
                .collect();
            want.sort();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    const LANG: Lang = Lang::BN;

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

    #[test]
    fn adjectives_of_place_are_not_places() {
        check(&[("ইরাকি নাগরিক", &[]), ("ভারতীয় দল", &[])]);
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
}
