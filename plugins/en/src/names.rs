//! `en.organizations` and `en.locations`: English rules for the shared gazetteer.
//!
//! Only data lives here: which names are ordinary words when capitalized (`May`, `Nice`,
//! `Police`), the person rule's sentence-initial words, the pattern rules for unlisted
//! names (`Ministry of …`, `… Party`, `… Forces`, `province of …`) and the context words
//! that decide `Jordan`, `Georgia` and `Chad` (a country, or a person). Case rules and the
//! possessive `'s` (outside the span) are the matcher's `CaseRule::Capitalized` and word
//! boundaries. The matcher that reads them is `khabar-gazetteer`.

use khabar_core::{Registration, inventory};
use khabar_gazetteer::{
    Ambiguity, CaseRule, EntityKind, Fold, LangRules, NameExtractor, PatternRule, PlaceFirst,
    Reading, ReadyMatcher, Side,
};

const fn org_before(trigger: &'static str, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words: 3,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

const fn org_after(trigger: &'static str, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Organization,
        trigger,
        side: Side::After,
        min_words: 1,
        max_words: 4,
        include_trigger: true,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

const fn loc_after(trigger: &'static str, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Location,
        trigger,
        side: Side::After,
        min_words: 1,
        max_words: 2,
        include_trigger: false,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

const fn loc_before(trigger: &'static str, reason: &'static str) -> PatternRule {
    PatternRule {
        kind: EntityKind::Location,
        trigger,
        side: Side::Before,
        min_words: 1,
        max_words: 2,
        include_trigger: false,
        definite: false,
        place_first: PlaceFirst::Never,
        reason,
    }
}

const COUNTRY_BEFORE: &[&str] = &[
    "in",
    "to",
    "from",
    "of",
    "and",
    "with",
    "across",
    "into",
    "visit",
    "visited",
    "neighbouring",
    "neighboring",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "republic",
    "king",
    "kingdom",
];

const fn country(canonical: &'static str) -> Reading {
    Reading {
        canonical: Some(canonical),
        before: COUNTRY_BEFORE,
        after: &["and", "government", "border", "s"],
        in_list: true,
        dateline: true,
    }
}

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
    fold: Fold {
        ascii_case: true,
        ..Fold::NONE
    },
    case: CaseRule::Capitalized,
    // English words that are also the names of towns of 15,000 people or more.
    stop_names: &[
        "Along",
        "Bath",
        "Bay",
        "Best",
        "Buy",
        "Deal",
        "Eagle",
        "Ede",
        "Enterprise",
        "Gap",
        "Green",
        "Independence",
        "Liberty",
        "Man",
        "March",
        "Mission",
        "Mobile",
        "Most",
        "Much",
        "Nice",
        "Of",
        "Opportunity",
        "Orange",
        "Paradise",
        "Police",
        "Reading",
        "Sale",
        "Same",
        "Say",
        "Split",
        "Spring",
        "Temple",
        "Time",
        "Union",
        "Vista",
        "Young",
        "May",
        "Mercedes",
        "Sultan",
        "Kaiser",
        "Bar",
        "Hope",
        "Progress",
        "Victory",
        "Unity",
        "Justice",
        "Aba",
        "Bo",
        "Of",
        "Can",
        "Bus",
        "Date",
        "Van",
        "Sur",
        "Tal",
        "Bam",
        "Ba",
        "Dam",
        // Abbreviated days and months, currencies, and given names that are also towns.
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Dinar",
        "Real",
        "Rand",
        "Peso",
        "Franc",
        "Pound",
        "Mark",
        "Lira",
        "Metro",
        "Central",
        "Wayne",
        "Alice",
        "Anna",
        "Marion",
        "Florence",
        "Elizabeth",
        "Mary",
        "Regina",
        // English words that the folded spellings of generated names spell (`Hit` from
        // `Hīt`, `Bank` from `Bänk`, `Dig` from `Dīg`): `cargo xtask gazetteer` admits them
        // by population, so they are stopped here.
        "Abu",
        "Bank",
        "Bush",
        "Dig",
        "Hit",
        "Hun",
        "Mile",
        "Punch",
        "Than",
        "Yoga",
        "Sire",
        "Mage",
        "Toon",
        "Wadi",
    ],
    // Verbs of what only a person or a team does, right after a town (`Lara scored`,
    // `Hamilton retired`, `Burnley equalised`). Not `said`, `signed` or `won`: news writes
    // them of places for their governments (`Moscow said`).
    agent_after: &[
        "scored",
        "scores",
        "netted",
        "nets",
        "equalised",
        "equalized",
        "equalises",
        "equalizes",
        "bowled",
        "batted",
        "captained",
        "resigned",
        "retired",
        "pleaded",
        "testified",
        "married",
        "apologised",
        "apologized",
        "tweeted",
    ],
    person_rule: true,
    capitalized_ok: &[
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "From",
        "To",
        "For",
        "And",
        "But",
        "Or",
        "As",
        "By",
        "With",
        "Of",
        "After",
        "Before",
        "During",
        "Since",
        "When",
        "While",
        "If",
        "This",
        "That",
        "These",
        "Those",
        "Last",
        "Next",
        "Both",
        "Near",
        "Across",
        "Inside",
        "Outside",
        "Across",
        "Into",
        "Via",
        "Through",
        "Against",
        "Between",
        "Across",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Greater",
        "Upper",
        "Lower",
        "Old",
        "New",
        "I",
        "We",
        "He",
        "She",
        "They",
        "It",
        "Our",
        "His",
        "Her",
        "Their",
        "Its",
    ],
    list_joiners: &["and", "or", "&"],
    ambiguities: &[
        Ambiguity {
            name: "Jordan",
            readings: &[country("Jordan")],
        },
        Ambiguity {
            name: "Georgia",
            readings: &[country("Georgia")],
        },
        Ambiguity {
            name: "Chad",
            readings: &[country("Chad")],
        },
    ],
    patterns: &[
        org_after("Ministry of", "en:Ministry of"),
        org_after("Department of", "en:Department of"),
        org_after("University of", "en:University of"),
        org_before("Party", "en:Party"),
        org_before("Front", "en:Front"),
        org_before("Forces", "en:Forces"),
        org_before("Council", "en:Council"),
        org_before("Army", "en:Army"),
        org_before("Movement", "en:Movement"),
        org_before("Brigades", "en:Brigades"),
        org_before("Agency", "en:Agency"),
        org_before("Commission", "en:Commission"),
        org_before("Organization", "en:Organization"),
        org_before("Organisation", "en:Organisation"),
        org_before("University", "en:University"),
        org_before("Bank", "en:Bank"),
        org_before("Ministry", "en:Ministry"),
        org_before("League", "en:League"),
        loc_after("province of", "en:province of"),
        loc_after("governorate of", "en:governorate of"),
        loc_after("city of", "en:city of"),
        loc_before("Province", "en:Province"),
        loc_before("Governorate", "en:Governorate"),
        loc_before("District", "en:District"),
    ],
    pattern_stops: &[
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "From",
        "To",
        "For",
        "And",
        "But",
        "Or",
        "As",
        "By",
        "With",
        "Of",
        "This",
        "That",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Prime",
    ],
    pattern_capitalized: true,
    // Verbs of a sports result: the town before or after one is its club's name
    // (`Liverpool beat Chelsea`, `Barcelona drew with Sevilla`).
    team_before: &[
        "beat",
        "defeated",
        "thrashed",
        "edged",
        "routed",
        "hammered",
        "trounced",
        "drew with",
        "draw with",
        "lost to",
        "beaten by",
        "victory over",
        "win over",
        "defeat to",
    ],
    team_after: &[
        "beat", "beats", "drew", "draw", "defeated", "thrashed", "edged", "routed", "hammered",
        "trounced",
    ],
    // Not alone: `the London manager of the bank`, `Tokyo coach services`.
    team_roles: &[
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "keeper",
        "winger",
        "manager",
        "coach",
        "skipper",
    ],
    // Words of a match report, none an everyday word elsewhere: with two of them in a
    // document, a town is its club (`Lara's double lifted Sevilla`), unless in/at/near it.
    sports_words: &[
        "striker",
        "midfielder",
        "goalkeeper",
        "goalscorer",
        "footballer",
        "equaliser",
        "equalizer",
        "half-time",
        "halftime",
        "free kick",
        "corner kick",
        "penalty kick",
        "penalty shootout",
        "hat-trick",
        "hat trick",
        "premier league",
        "champions league",
        "europa league",
        "la liga",
        "serie a",
        "bundesliga",
        "world cup",
        "fa cup",
        "league",
        "goal",
        "goals",
        "scored",
        "soccer",
        "football",
        "relegation",
        "relegated",
        "semi-final",
        "quarter-final",
        "kick-off",
        "stadium",
        "derby",
        "wicket",
        "wickets",
        "innings",
        "batsman",
        "cricket",
        "rugby",
        "basketball",
        "baseball",
        "ice hockey",
        "nba",
        "nhl",
    ],
    place_before: &["in", "at", "near", "outside", "around"],
    // `U.S.-led`, `Hamas-run`, `Gaza-based`: adjectives (SPEC §2), not names.
    hyphen_lowercase_adjective: true,
    tagger: Some(&crate::persons::TAGGER),
    ready: Some(&READY),
    ..LangRules::EMPTY
};

inventory::submit! {
    Registration {
        id: "en.organizations",
        description: "English organizations: gazetteer names and acronyms (case-sensitive), pattern rules (Ministry of …, … Party/Forces/Council)",
        build: |options| Ok(Box::new(NameExtractor::from_options("en.organizations", EntityKind::Organization, &RULES, options)?)),
    }
}

inventory::submit! {
    Registration {
        id: "en.locations",
        description: "English locations: countries, regions, cities (case-sensitive where a name is also a word; person-name rule), Jordan/Georgia/Chad disambiguation",
        build: |options| Ok(Box::new(NameExtractor::from_options("en.locations", EntityKind::Location, &RULES, options)?)),
    }
}

#[cfg(test)]
mod tests {
    use khabar_gazetteer::testing::Expected;

    use super::RULES;

    fn check(cases: &[(&str, &[Expected<'_>])]) {
        khabar_gazetteer::testing::check(&RULES, cases);
    }

    /// A name no table lists has an English `canonical` only when it is written in Latin
    /// script (SPEC §1); its form as written is the entity's `text`.
    #[test]
    fn unlisted_names_and_their_canonical() {
        assert_eq!(
            khabar_gazetteer::testing::canonicals(&RULES, "The Ministry of Agriculture said"),
            [(
                "Ministry of Agriculture".to_owned(),
                Some("Ministry of Agriculture".to_owned())
            )]
        );
    }

    #[test]
    fn scan_only_runs_the_automaton_and_reports_nothing() {
        let doc = khabar_core::Document::new(
            "Iraq and NATO".to_owned(),
            crate::LANG,
            None,
            khabar_core::Prefer::Past,
        );
        let mut options = khabar_core::Options::new(toml::toml! { scan_only = true });
        let floor = khabar_gazetteer::NameExtractor::from_options(
            "en.locations",
            khabar_gazetteer::EntityKind::Location,
            &RULES,
            &mut options,
        )
        .expect("scan_only is an option");
        let mut found = 0;
        khabar_core::Extractor::extract(&floor, &doc, &mut |_| found += 1);
        assert_eq!(found, 0);
        let matcher = floor.matcher().expect("built-in tables load");
        assert!(matcher.scan(&doc) >= 2, "the automaton sees both names");
    }

    /// A name joined by a hyphen to a lower-case word is an adjective (SPEC §2); joined to
    /// another name it stays one.
    #[test]
    fn a_hyphen_and_a_lower_case_word_make_an_adjective() {
        check(&[
            (
                "The U.S.-led forces and Iran-backed fighters met Hamas-run ministries.",
                &[],
            ),
            (
                "Talks on Guinea-Bissau opened in Geneva-Paris week.",
                &[
                    ("loc", "Guinea-Bissau", "Guinea-Bissau", "gazetteer"),
                    ("loc", "Geneva", "Geneva", "gazetteer"),
                    ("loc", "Paris", "Paris", "gazetteer"),
                ],
            ),
        ]);
    }

    /// With two or more words of a match report in the document, a town is its club, unless
    /// `in`/`at`/`near` it or it opens the document as a dateline; without the tagger, only
    /// a well-known town.
    #[test]
    fn a_report_of_a_match_makes_towns_teams() {
        check(&[
            (
                "The striker scored twice as Sevilla won the league match in Madrid.",
                &[
                    ("loc", "Madrid", "Madrid", "gazetteer"),
                    ("org", "Sevilla", "Sevilla", "pattern"),
                ],
            ),
            (
                "LONDON (Reuters) - The striker scored the only goal of the league match.",
                &[
                    ("loc", "LONDON", "London", "gazetteer"),
                    ("org", "Reuters", "Reuters", "gazetteer"),
                ],
            ),
            (
                "Sevilla is hot in August, and the goal is to stay cool.",
                &[("loc", "Sevilla", "Sevilla", "gazetteer")],
            ),
            (
                "Watford's striker scored a late goal in the league match.",
                &[("loc", "Watford", "Watford", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn case_where_a_name_is_also_a_word() {
        check(&[
            (
                "the US said",
                &[("loc", "US", "United States", "gazetteer")],
            ),
            ("let us go in May", &[]),
            (
                "IRAQ AND SYRIA",
                &[
                    ("loc", "IRAQ", "Iraq", "gazetteer"),
                    ("loc", "SYRIA", "Syria", "gazetteer"),
                ],
            ),
            (
                "the global coalition to defeat Daesh",
                &[(
                    "org",
                    "global coalition to defeat Daesh",
                    "Global Coalition to Defeat ISIS",
                    "gazetteer",
                )],
            ),
        ]);
    }

    #[test]
    fn possessives_slashes_and_adjectives() {
        check(&[
            ("Iraq's army", &[("loc", "Iraq", "Iraq", "gazetteer")]),
            (
                "Daesh/ISIS-K",
                &[
                    ("org", "Daesh", "Islamic State", "gazetteer"),
                    (
                        "org",
                        "ISIS-K",
                        "Islamic State – Khorasan Province",
                        "gazetteer",
                    ),
                ],
            ),
            (
                "Daesh/ ISIS",
                &[
                    ("org", "Daesh", "Islamic State", "gazetteer"),
                    ("org", "ISIS", "Islamic State", "gazetteer"),
                ],
            ),
            ("Italian ministers", &[]),
        ]);
    }

    #[test]
    fn the_longer_known_name_wins() {
        check(&[
            (
                "Global Coalition to Defeat Daesh/ISIS",
                &[(
                    "org",
                    "Global Coalition to Defeat Daesh/ISIS",
                    "Global Coalition to Defeat ISIS",
                    "gazetteer",
                )],
            ),
            (
                "the Af-Pak region",
                &[("loc", "Af-Pak region", "Af-Pak", "gazetteer")],
            ),
        ]);
    }

    #[test]
    fn person_rule_for_towns() {
        check(&[
            ("in Paris today", &[("loc", "Paris", "Paris", "gazetteer")]),
            ("Paris Hilton arrived", &[]),
        ]);
    }

    #[test]
    fn jordan_georgia_chad_place_or_person() {
        check(&[
            (
                "King Abdullah of Jordan",
                &[("loc", "Jordan", "Jordan", "ambiguity")],
            ),
            (
                "Jordan and Iraq",
                &[
                    ("loc", "Jordan", "Jordan", "ambiguity"),
                    ("loc", "Iraq", "Iraq", "gazetteer"),
                ],
            ),
            ("Michael Jordan scored", &[]),
            ("Georgia Smith wrote", &[]),
            ("troops in Chad", &[("loc", "Chad", "Chad", "ambiguity")]),
        ]);
    }

    #[test]
    fn pattern_rules_for_unlisted_names() {
        check(&[
            (
                "the Ministry of Water Resources said",
                &[(
                    "org",
                    "Ministry of Water Resources",
                    "Ministry of Water Resources",
                    "pattern",
                )],
            ),
            (
                "the Zaidi Front claimed",
                &[("org", "Zaidi Front", "Zaidi Front", "pattern")],
            ),
            (
                "the province of Kaspia",
                &[("loc", "Kaspia", "Kaspia", "pattern")],
            ),
        ]);
    }

    /// Names as English news spells them: GeoNames' romanizations folded to ASCII
    /// (`Rafaḩ` → `Rafah`) and the curated alternates (`Khan Younis`), with canonical names
    /// free of transliteration marks.
    #[test]
    fn names_as_news_spells_them() {
        check(&[
            (
                "Thousands fled Rafah for Khan Younis and Deir al-Balah.",
                &[
                    ("loc", "Rafah", "Rafah", "gazetteer"),
                    ("loc", "Khan Younis", "Khan Younis", "gazetteer"),
                    ("loc", "Deir al-Balah", "Deir al-Balah", "gazetteer"),
                ],
            ),
            (
                "Strikes hit Jabalia, Nuseirat and Khan Yunis.",
                &[
                    ("loc", "Jabalia", "Jabalia", "gazetteer"),
                    ("loc", "Nuseirat", "Nuseirat", "gazetteer"),
                    ("loc", "Khan Yunis", "Khan Younis", "gazetteer"),
                ],
            ),
            (
                "Drones struck Zaporizhzhia and Dnepr.",
                &[
                    ("loc", "Zaporizhzhia", "Zaporizhzhia", "gazetteer"),
                    ("loc", "Dnepr", "Dnipro", "gazetteer"),
                ],
            ),
            // The diacritics of a place's own orthography stay in its canonical name.
            (
                "He moved to Zurich.",
                &[("loc", "Zurich", "Zürich", "gazetteer")],
            ),
            (
                "He moved to Tartus.",
                &[("loc", "Tartus", "Tartus", "gazetteer")],
            ),
        ]);
    }

    /// English words that folded names spell are stop names.
    #[test]
    fn folded_names_that_are_words() {
        check(&[("Hit by the storm, the Bank closed.", &[])]);
    }

    /// One identity: bare `Gaza` is the Strip; the city is `Gaza City`.
    #[test]
    fn gaza_is_one_entity_in_every_language() {
        check(&[
            ("in Gaza.", &[("loc", "Gaza", "Gaza Strip", "gazetteer")]),
            (
                "in Gaza City.",
                &[("loc", "Gaza City", "Gaza City", "gazetteer")],
            ),
        ]);
    }
}
