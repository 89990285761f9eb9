//! The matcher's own tests, over a tiny made-up language (written in Latin letters and
//! tagged English, since the tables carry names in English, Arabic and Bengali) with a
//! handful of places, so that each rule is tested apart from any plugin's tables. One check
//! function runs every case: the text marks each expected span with `[` and `]`.

use std::sync::Arc;

use khabar_core::{Document, Lang, Prefer};

use super::fold::Folder;
use super::{Matcher, MatcherError};
use crate::data::{EntityKind, Gazetteer, LangCheck};
use crate::rules::{Ambiguity, CaseRule, Fold, LangRules, PatternRule, PlaceFirst, Reading, Side};

const TABLE: &str = r#"
[[place]]
canonical = "Zorbland"
feature = "country"

[[place]]
canonical = "Zorb"
feature = "city"

[[place]]
canonical = "New Zorb"
feature = "city"

[[place]]
canonical = "Port Tyvo"
feature = "city"
en = ["Port Tývo"]

[[place]]
canonical = "Qarn Bay"
feature = "city"

[[place]]
canonical = "Kosh Bay"
feature = "city"

[[place]]
canonical = "Mirel"
feature = "city"
"#;

/// The test language's pattern rule: `Ministry of` and up to three capitalized words.
const MINISTRY: PatternRule = PatternRule {
    kind: EntityKind::Organization,
    trigger: "Ministry of",
    side: Side::After,
    min_words: 1,
    max_words: 3,
    include_trigger: true,
    definite: false,
    place_first: PlaceFirst::Never,
    reason: "ministry",
};

static RULES: LangRules = LangRules {
    lang: Lang::new("en"),
    // `ÿ` is written for `ý` (both two bytes); a name with `q` is also written with `k`.
    fold: Fold {
        ascii_case: true,
        letters: &[('ÿ', 'ý')],
        variants: &[('q', 'k')],
    },
    case: CaseRule::Capitalized,
    prefixes: &["bi"],
    suffixes: &["en"],
    // `Mirel` is the town after `in` or `city`, a dish before `soup`, else nothing.
    ambiguities: &[Ambiguity {
        name: "Mirel",
        readings: &[
            Reading {
                after: &["soup"],
                ..Reading::new(None)
            },
            Reading {
                before: &["in", "city"],
                ..Reading::new(Some("Mirel"))
            },
        ],
    }],
    patterns: &[MINISTRY],
    pattern_stops: &["and"],
    pattern_capitalized: true,
    ..LangRules::EMPTY
};

/// One expected name, in span order: kind (`"org"` or `"loc"`), canonical name (for a
/// pattern rule, the span's text) and the reason's prefix.
type Expected<'a> = (&'a str, &'a str, &'a str);

fn matcher(rules: LangRules) -> Result<Matcher, MatcherError> {
    matcher_with(rules, "", "")
}

/// The test language's matcher over [`TABLE`], `curated` (more hand-kept entries) and
/// `generated` (a table in the generated TSV format; empty for none).
fn matcher_with(rules: LangRules, curated: &str, generated: &str) -> Result<Matcher, MatcherError> {
    let mut gazetteer = Gazetteer::default();
    for table in [TABLE, curated] {
        gazetteer
            .add_toml("test.toml", table, LangCheck::AnyCode)
            .expect("the test tables load");
    }
    if !generated.is_empty() {
        gazetteer
            .add_tsv("test.tsv", generated, LangCheck::AnyCode)
            .expect("the generated test table loads");
    }
    Matcher::new(Arc::new(gazetteer), rules)
}

/// Runs the matcher on each case: the text without its brackets is the document, and the
/// names found must be exactly the bracketed spans, with those kinds, canonical names and
/// reasons.
fn check(cases: &[(&str, &[Expected<'_>])]) {
    check_with(RULES, cases);
}

/// [`check`] under other rules than the test language's.
fn check_with(rules: LangRules, cases: &[(&str, &[Expected<'_>])]) {
    check_tables(rules, "", "", cases);
}

/// [`check`] with more tables (see [`matcher_with`]).
fn check_tables(
    rules: LangRules,
    curated: &str,
    generated: &str,
    cases: &[(&str, &[Expected<'_>])],
) {
    let lang = rules.lang;
    let matcher = matcher_with(rules, curated, generated).expect("the test matcher builds");
    for (marked, expected) in cases {
        let mut text = String::new();
        let mut want = Vec::new();
        let mut open = None;
        for c in marked.chars() {
            match c {
                '[' => open = Some(text.len()),
                ']' => want.push(open.take().expect("`]` closes a `[`")..text.len()),
                _ => text.push(c),
            }
        }
        assert_eq!(want.len(), expected.len(), "spans and names of {marked:?}");
        let want: Vec<_> = want
            .into_iter()
            .zip(expected.iter())
            .map(|(span, &(kind, canonical, reason))| {
                (
                    span,
                    kind.to_owned(),
                    canonical.to_owned(),
                    reason.to_owned(),
                )
            })
            .collect();
        let doc = Document::new(text.clone(), lang, None, Prefer::Past);
        assert_eq!(doc.normalized(), text, "the test texts need no normalizing");
        let got: Vec<_> = matcher
            .find(&doc)
            .into_iter()
            .map(|f| {
                let kind = match f.kind {
                    EntityKind::Organization => "org",
                    EntityKind::Location => "loc",
                    EntityKind::Person => "per",
                };
                let canonical = f.record.map_or(f.surface, |r| &r.canonical);
                let reason = f.reason.split(':').next().unwrap_or_default();
                (
                    f.span,
                    kind.to_owned(),
                    canonical.to_owned(),
                    reason.to_owned(),
                )
            })
            .collect();
        assert_eq!(got, want, "in {marked:?}");
    }
}

#[test]
fn the_rules_of_the_test_language() {
    check(&[
        // A listed name, with its exact span.
        (
            "Troops left [Zorbland] today.",
            &[("loc", "Zorbland", "gazetteer")],
        ),
        // A glued prefix and a glued ending stay outside the span.
        (
            "Troops left bi[Zorbland] today.",
            &[("loc", "Zorbland", "gazetteer")],
        ),
        (
            "The [Zorbland]en army.",
            &[("loc", "Zorbland", "gazetteer")],
        ),
        (
            "The bi[Zorbland]en army.",
            &[("loc", "Zorbland", "gazetteer")],
        ),
        // Inside a longer word, with letters that are no prefix or ending: no name.
        ("The Zorblandish army and maZorbland.", &[]),
        ("Zorbic tea.", &[]),
        // A folded letter: `ÿ` matches the name written with `ý`.
        (
            "Ships reached [Port Tÿvo] at dawn.",
            &[("loc", "Port Tyvo", "gazetteer")],
        ),
        (
            "Ships reached [Port Tývo] at dawn.",
            &[("loc", "Port Tyvo", "gazetteer")],
        ),
        // A variant letter: a name with `q` matches written with `k`, not the other way.
        (
            "Boats left [Karn Bay] early.",
            &[("loc", "Qarn Bay", "gazetteer")],
        ),
        (
            "Boats left [Qarn Bay] early.",
            &[("loc", "Qarn Bay", "gazetteer")],
        ),
        ("Boats left Qosh Bay early.", &[]),
        // The longer name wins over the name inside it.
        (
            "Flights to [New Zorb] resumed.",
            &[("loc", "New Zorb", "gazetteer")],
        ),
        (
            "Flights to [Zorb] resumed.",
            &[("loc", "Zorb", "gazetteer")],
        ),
        // A pattern rule reads an unlisted name after its trigger, up to a lowercase word.
        (
            "The [Ministry of Zorbic Affairs] said so.",
            &[("org", "Ministry of Zorbic Affairs", "pattern")],
        ),
        // It stops at a stop word, and wants one word at least.
        (
            "The [Ministry of Roads] and [Zorbland].",
            &[
                ("org", "Ministry of Roads", "pattern"),
                ("loc", "Zorbland", "gazetteer"),
            ],
        ),
        ("A Ministry of the state.", &[]),
        // An ambiguous name: decided by a context word, dropped without one, and dropped
        // when the context selects its ordinary-word reading.
        (
            "They met in [Mirel] today.",
            &[("loc", "Mirel", "ambiguity")],
        ),
        (
            "The city of [Mirel] grew.",
            &[("loc", "Mirel", "ambiguity")],
        ),
        ("Mirel was late.", &[]),
        ("In Mirel soup there is fish.", &[]),
        // The case rule: a one-word name as written or in capitals of four letters or
        // more; a longer name in any case with a capital.
        ("zorbland and zorb.", &[]),
        (
            "[ZORBLAND] and [ZORB].",
            &[
                ("loc", "Zorbland", "gazetteer"),
                ("loc", "Zorb", "gazetteer"),
            ],
        ),
        ("flights to new zorb.", &[]),
        (
            "Flights to [NEW ZORB].",
            &[("loc", "New Zorb", "gazetteer")],
        ),
    ]);
}

/// A document with two different sports words reports a match: a town in it is a team,
/// unless a place word stands before it or is glued to it, a place ending follows it, or it
/// opens the document as a dateline. A country stays a place.
/// A name joined by a hyphen to a listed word (an ending glued after it counts) or, where
/// the rule is on, to any lower-case word, is part of an adjective; not so a space, another
/// name, or an unlisted word with the rule off.
#[test]
fn a_hyphen_and_an_adjective_word_make_an_adjective() {
    let listed = LangRules {
        hyphen_adjectives: &["based"],
        ..RULES
    };
    check_with(
        listed,
        &[
            ("A Zorb-based firm.", &[]),
            ("A Zorb-baseden firm.", &[]),
            (
                "A [Zorb] based firm, a [Zorb]-led one.",
                &[("loc", "Zorb", "gazetteer"), ("loc", "Zorb", "gazetteer")],
            ),
            (
                "[Zorb]-[Qarn Bay] talks.",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("loc", "Qarn Bay", "gazetteer"),
                ],
            ),
        ],
    );
    let lowercase = LangRules {
        hyphen_lowercase_adjective: true,
        ..RULES
    };
    check_with(
        lowercase,
        &[
            ("A Zorb-led force and a Zorbland-made car.", &[]),
            (
                "[Zorb]-[Zorbland] talks, [Zorb] - and more.",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("loc", "Zorbland", "gazetteer"),
                    ("loc", "Zorb", "gazetteer"),
                ],
            ),
        ],
    );
}

#[test]
fn a_report_of_a_match_makes_towns_teams() {
    let rules = LangRules {
        sports_words: &["goal", "match", "penalty kick"],
        place_before: &["in", "bi"],
        place_endings: &["en"],
        ..RULES
    };
    check_with(
        rules,
        &[
            (
                "[Zorb] won the match with a late goal.",
                &[("org", "Zorb", "pattern")],
            ),
            (
                "[Zorb] won the match after a penalty kick.",
                &[("org", "Zorb", "pattern")],
            ),
            // One sports word, twice, is no report.
            (
                "[Zorb] won the match, the second match.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "The match was in [Zorb] and the goal came late.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "The match ended bi[Zorb] with a goal.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "[Zorb]en fans saw the match and a goal.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "[ZORB] (Wire) - A goal settled the match.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "[Zorbland] won the match with a goal.",
                &[("loc", "Zorbland", "gazetteer")],
            ),
            // A sports word inside another word does not count.
            (
                "[Zorb] won the matches and goalless draws.",
                &[("loc", "Zorb", "gazetteer")],
            ),
        ],
    );
}

#[test]
fn a_fold_that_would_move_offsets_is_refused() {
    let rules = LangRules {
        fold: Fold {
            letters: &[('ø', 'o')],
            ..Fold::NONE
        },
        ..RULES
    };
    assert!(matches!(
        matcher(rules),
        Err(MatcherError::FoldLength('ø', 'o'))
    ));
}

#[test]
fn folding_keeps_offsets_and_borrows_what_it_does_not_change() {
    let text = "Ünïcode ABC دمشق ÿes Qé\n";
    let none = Folder::new(Fold::NONE).expect("no fold");
    assert!(matches!(none.fold_str(text), std::borrow::Cow::Borrowed(_)));
    let ascii = Folder::new(Fold {
        ascii_case: true,
        ..Fold::NONE
    })
    .expect("ASCII case");
    assert_eq!(ascii.fold_str(text), "Ünïcode abc دمشق ÿes qé\n");
    assert!(matches!(
        ascii.fold_str("abc ü"),
        std::borrow::Cow::Borrowed(_)
    ));
    let letters = Folder::new(RULES.fold).expect("the test fold");
    let folded = letters.fold_str(text);
    assert_eq!(folded, "Ünïcode abc دمشق ýes qé\n");
    assert_eq!(folded.len(), text.len());
    assert_eq!(letters.variants("qarn"), ["qarn", "karn"]);
    assert_eq!(letters.variants("karn"), ["karn"]);
}

/// What ends a pattern rule's name besides its stop words: an adjective of
/// [`LangRules::adjective_endings`] without the article (the rule then reads no name when
/// it is the first word), a listed place with a word of place glued before it; and an
/// organization rule whose every word is a trigger names nothing.
#[test]
fn descriptions_after_a_trigger_are_no_names() {
    let rules = LangRules {
        adjective_endings: &["ish"],
        fused_article: Some(("al", "l")),
        place_before: &["bi"],
        patterns: &[
            MINISTRY,
            PatternRule {
                trigger: "Bureau",
                max_words: 2,
                reason: "bureau",
                ..MINISTRY
            },
        ],
        ..RULES
    };
    check_with(
        rules,
        &[
            ("A Ministry of Zorbish rank said so.", &[]),
            (
                "The [Ministry of Roads] Zorbish said so.",
                &[("org", "Ministry of Roads", "pattern")],
            ),
            (
                "The [Ministry of Alzorbish Roads] said so.",
                &[("org", "Ministry of Alzorbish Roads", "pattern")],
            ),
            (
                "The [Ministry of Roads] bi[Zorb] said so.",
                &[
                    ("org", "Ministry of Roads", "pattern"),
                    ("loc", "Zorb", "gazetteer"),
                ],
            ),
            ("The Ministry of Bureau said so.", &[]),
            (
                "The [Bureau Roads] said so.",
                &[("org", "Bureau Roads", "pattern")],
            ),
        ],
    );
}

/// A prefix of [`LangRules::definite_prefixes`] glues only to a name with the article;
/// before another name the letters are the word's own.
#[test]
fn a_definite_prefix_needs_the_article() {
    let rules = LangRules {
        prefixes: &["bi", "ka"],
        definite_prefixes: &["ka"],
        fused_article: Some(("al", "l")),
        ..RULES
    };
    let curated = "[[place]]\ncanonical = \"Alkosh\"\nfeature = \"city\"\n";
    check_tables(
        rules,
        curated,
        "",
        &[
            (
                "Troops left ka[Alkosh] today.",
                &[("loc", "Alkosh", "gazetteer")],
            ),
            ("Troops left kaZorb today.", &[]),
            (
                "Troops left bi[Zorb] and bi[Alkosh].",
                &[("loc", "Zorb", "gazetteer"), ("loc", "Alkosh", "gazetteer")],
            ),
        ],
    );
}

/// An ending of [`LangRules::vowel_endings`] follows only a name ending in a vowel; after a
/// consonant the same letters are part of another word.
#[test]
fn a_vowel_ending_needs_a_vowel_before_it() {
    let rules = LangRules {
        suffixes: &["en", "n"],
        vowel_endings: &["n"],
        vowel_finals: &['a'..='a', 'e'..='e', 'i'..='i', 'o'..='o', 'u'..='u'],
        ..RULES
    };
    let curated = "[[place]]\ncanonical = \"Kana\"\nfeature = \"city\"\n";
    check_tables(
        rules,
        curated,
        "",
        &[
            ("The [Kana]n army.", &[("loc", "Kana", "gazetteer")]),
            ("The [Zorb]en army.", &[("loc", "Zorb", "gazetteer")]),
            ("The Zorbn army.", &[]),
        ],
    );
}

/// A place named in several countries is the one in the country written right beside it, or
/// whose subdivision is, when its first record lies elsewhere; alone, or with the country
/// further away, the first.
#[test]
fn a_place_of_several_countries_is_the_one_of_the_country_beside_it() {
    let curated = r#"
[[place]]
canonical = "Veland"
feature = "country"
country = "VL"

[[place]]
canonical = "Velshire"
feature = "admin1"
country = "VL"

[[place]]
canonical = "Amber"
feature = "city"
country = "ZZ"
population = 900000
en = ["Amber"]

[[place]]
canonical = "Amber of Veland"
feature = "city"
country = "VL"
population = 1000
en = ["Amber"]
"#;
    check_tables(
        RULES,
        curated,
        "",
        &[
            ("Troops reached [Amber].", &[("loc", "Amber", "gazetteer")]),
            (
                "Troops reached [Amber] in [Veland].",
                &[
                    ("loc", "Amber of Veland", "gazetteer"),
                    ("loc", "Veland", "gazetteer"),
                ],
            ),
            (
                "Troops from [Veland], [Amber].",
                &[
                    ("loc", "Veland", "gazetteer"),
                    ("loc", "Amber of Veland", "gazetteer"),
                ],
            ),
            (
                "Troops reached [Amber], [Velshire].",
                &[
                    ("loc", "Amber of Veland", "gazetteer"),
                    ("loc", "Velshire", "gazetteer"),
                ],
            ),
            (
                "Troops reached [Amber] and talks began in [Veland].",
                &[
                    ("loc", "Amber", "gazetteer"),
                    ("loc", "Veland", "gazetteer"),
                ],
            ),
        ],
    );
}

/// A pattern rule's trigger is a word, never a name of the tables alone.
#[test]
fn a_trigger_is_no_place() {
    let rules = LangRules {
        patterns: &[PatternRule {
            kind: EntityKind::Location,
            trigger: "Mirel",
            max_words: 1,
            include_trigger: false,
            reason: "mirel",
            ..MINISTRY
        }],
        ambiguities: &[],
        ..RULES
    };
    check_with(
        rules,
        &[
            ("They met in Mirel today.", &[]),
            (
                "Troops left [Zorbland].",
                &[("loc", "Zorbland", "gazetteer")],
            ),
        ],
    );
}

/// Generated records for the tests of the tables' classes: a town written like the
/// curated acronym `UZ`, a town written like the curated country Zorbland, a generated
/// country and two of its first-level subdivisions.
const GENERATED: &str = "id\tkind\tcanonical\tfeature\tcountry\tlat\tlon\tpopulation\ten\n\
    t:1\tloc\tUz\tcity\tZZ\t1\t1\t90000\tUz\n\
    t:2\tloc\tZorbland\tcity\tZZ\t2\t2\t90000\tZorbland\n\
    s:1\tloc\tTyvoland\tcountry\tTY\t1\t1\t900000\tTyvoland\n\
    s:2\tloc\tChin\tadmin1\tTY\t\t\t0\tChin\n\
    s:3\tloc\tNorth Qarn\tadmin1\tTY\t\t\t0\tNorth Qarn\n";

/// The hand-kept organization whose acronym [`GENERATED`]'s town `Uz` is written like.
const UNION: &str = r#"
[[org]]
canonical = "Union of Zorb"
acronyms = ["UZ"]
"#;

/// A hand-kept club that also goes by the name of a town ([`VARDO_TOWN`]), and a firm.
const VARDO_CLUB: &str = r#"
[[org]]
canonical = "Vardo Athletic"
feature = "sport"
en = ["Vardo"]

[[org]]
canonical = "Telvo Group"
en = ["Telvo"]
"#;

/// The generated town the club [`VARDO_CLUB`] is named like.
const VARDO_TOWN: &str = "id\tkind\tcanonical\tfeature\tcountry\tlat\tlon\tpopulation\ten\n\
    t:1\tloc\tVardo\tcity\tZZ\t1\t1\t90000\tVardo\n";

/// A curated acronym and a generated town whose name differs from it in case alone share a
/// folded key; the town leaves it, so its form no longer passes the case check for the
/// acronym's record. A generated name written as a curated one stays a candidate.
#[test]
fn a_town_written_like_an_acronym_in_another_case_is_not_the_acronym() {
    check_tables(
        RULES,
        UNION,
        GENERATED,
        &[
            ("The [UZ] met.", &[("org", "Union of Zorb", "gazetteer")]),
            ("Uz Chien is a film.", &[]),
            (
                "Troops left [Zorbland].",
                &[("loc", "Zorbland", "gazetteer")],
            ),
        ],
    );
}

/// A generated subdivision's one-word name is matched only with context (its country named
/// in the document, or a location rule's trigger before it); a name of several words stands
/// alone.
#[test]
fn a_generated_subdivision_word_needs_its_country() {
    check_tables(
        RULES,
        "",
        GENERATED,
        &[
            ("Chin up, the game goes on.", &[]),
            (
                "Floods hit [Chin] in [Tyvoland].",
                &[
                    ("loc", "Chin", "gazetteer"),
                    ("loc", "Tyvoland", "gazetteer"),
                ],
            ),
            (
                "Floods hit [North Qarn].",
                &[("loc", "North Qarn", "gazetteer")],
            ),
        ],
    );
}

/// A location rule reading the name before its trigger, without it, reads a list: every
/// name joined by commas and list joiners before the one next to the trigger is a place
/// the trigger names too, as the rule reads it. A listed place among them keeps its record;
/// a place with an ending glued on only says where the next name is and is stepped over;
/// a word of a person's name or a number before a name ends the list. A rule whose span
/// includes its trigger names one place.
#[test]
fn a_location_trigger_names_each_place_of_a_list_before_it() {
    const VALLEY: PatternRule = PatternRule {
        kind: EntityKind::Location,
        trigger: "Valley",
        side: Side::Before,
        min_words: 1,
        max_words: 1,
        include_trigger: false,
        definite: false,
        place_first: PlaceFirst::Never,
        reason: "valley",
    };
    let rules = LangRules {
        list_joiners: &["and"],
        person_after: &["Smith"],
        patterns: &[
            VALLEY,
            PatternRule {
                trigger: "Road",
                include_trigger: true,
                reason: "road",
                ..VALLEY
            },
        ],
        ..RULES
    };
    check_with(
        rules,
        &[
            (
                "In the [Arno], [Brak], and [Cilo] Valley.",
                &[
                    ("loc", "Arno", "pattern"),
                    ("loc", "Brak", "pattern"),
                    ("loc", "Cilo", "pattern"),
                ],
            ),
            (
                "In [Zorb] and [Brak] Valley.",
                &[("loc", "Zorb", "gazetteer"), ("loc", "Brak", "pattern")],
            ),
            (
                "In [Arno] , [Zorb]en [Brak] and [Cilo] Valley.",
                &[
                    ("loc", "Arno", "pattern"),
                    ("loc", "Zorb", "gazetteer"),
                    ("loc", "Brak", "pattern"),
                    ("loc", "Cilo", "pattern"),
                ],
            ),
            ("Jo Smith and [Cilo] Valley.", &[("loc", "Cilo", "pattern")]),
            (
                "Some 20 Acres and [Cilo] Valley.",
                &[("loc", "Cilo", "pattern")],
            ),
            ("Arno Brak [Cilo] Valley.", &[("loc", "Cilo", "pattern")]),
            ("Arno and [Cilo Road].", &[("loc", "Cilo Road", "pattern")]),
        ],
    );
}

/// A location rule's trigger makes the listed name it reads the place of that name, where
/// the tables list a club or firm of the same name first (`the city of Vardo`, not Vardo
/// Athletic); elsewhere the name is its first record, and a name listed only as an
/// organization keeps it after the trigger too.
#[test]
fn a_location_trigger_reads_a_name_as_its_place() {
    const CITY: PatternRule = PatternRule {
        kind: EntityKind::Location,
        trigger: "city of",
        side: Side::After,
        min_words: 1,
        max_words: 1,
        include_trigger: false,
        definite: false,
        place_first: PlaceFirst::Never,
        reason: "city",
    };
    let rules = LangRules {
        patterns: &[MINISTRY, CITY],
        ..RULES
    };
    check_tables(
        rules,
        VARDO_CLUB,
        VARDO_TOWN,
        &[
            (
                "They moved to the city of [Vardo].",
                &[("loc", "Vardo", "gazetteer")],
            ),
            (
                "[Vardo] signed a striker.",
                &[("org", "Vardo Athletic", "gazetteer")],
            ),
            (
                "Offices in the city of [Telvo].",
                &[("org", "Telvo Group", "gazetteer")],
            ),
        ],
    );
}

/// A town right before a word of what only a person or a team does is no place: its record
/// of another kind stands in its place (a club named as the town), else nothing. A country
/// stays a country (a national team is its country), and so does a town after a word of
/// place or elsewhere.
#[test]
fn a_town_that_did_what_only_people_do_is_no_place() {
    let rules = LangRules {
        agent_after: &["scored"],
        place_before: &["in"],
        ..RULES
    };
    check_tables(
        rules,
        VARDO_CLUB,
        VARDO_TOWN,
        &[
            ("Zorb scored twice.", &[]),
            (
                "[Vardo] scored twice.",
                &[("org", "Vardo Athletic", "gazetteer")],
            ),
            (
                "[Zorbland] scored twice.",
                &[("loc", "Zorbland", "gazetteer")],
            ),
            (
                "A man in [Zorb] scored twice.",
                &[("loc", "Zorb", "gazetteer")],
            ),
            (
                "[Zorb] is where he scored twice.",
                &[("loc", "Zorb", "gazetteer")],
            ),
        ],
    );
}

/// In a document with a word of sports, towns in a line of results (`Zorb 2 Port Tyvo 1`)
/// or a table of standings (four numbers in a row) are teams; a country stays itself (a
/// national team is its country), and without a word of sports the same line is one of
/// places (a table of temperatures).
#[test]
fn towns_in_a_line_of_results_are_teams() {
    let rules = LangRules {
        sports_words: &["goal"],
        ..RULES
    };
    check_with(
        rules,
        &[
            (
                "A late goal. [Zorb] 2 [Port Tyvo] 1 , [Kosh Bay] 0 [Zorbland] 0 .",
                &[
                    ("org", "Zorb", "pattern"),
                    ("org", "Port Tyvo", "pattern"),
                    ("org", "Kosh Bay", "pattern"),
                    ("loc", "Zorbland", "gazetteer"),
                ],
            ),
            (
                "Goal difference : [Qarn Bay] 15 9 3 3 28 .",
                &[("org", "Qarn Bay", "pattern")],
            ),
            (
                "Highs : [Zorb] 2 [Port Tyvo] 1 .",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("loc", "Port Tyvo", "gazetteer"),
                ],
            ),
            // A year is no score.
            (
                "A goal in [Zorb] 2016 and [Port Tyvo] 2017 .",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("loc", "Port Tyvo", "gazetteer"),
                ],
            ),
        ],
    );
}

/// A report of a match makes its towns teams, but not its dateline: a town in capitals
/// that opens the text, a line or a sentence, before a date or an agency's bracket, even
/// after a headline.
#[test]
fn a_dateline_in_capitals_is_a_place_in_a_report() {
    let rules = LangRules {
        sports_words: &["goal", "league"],
        ..RULES
    };
    check_with(
        rules,
        &[
            (
                "LEAGUE GOAL REPORT . [ZORB] 1996-12-06 [Port Tyvo] won .",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("org", "Port Tyvo", "pattern"),
                ],
            ),
            (
                "Goal and league .\n[KOSH BAY] (Agency) - [Zorb] won .",
                &[("loc", "Kosh Bay", "gazetteer"), ("org", "Zorb", "pattern")],
            ),
            (
                "Goal and league : [Zorb] 2 [KOSH BAY] 1 .",
                &[("org", "Zorb", "pattern"), ("org", "KOSH BAY", "pattern")],
            ),
        ],
    );
}

/// A role at a club right after a town makes it a team where a capitalized name follows the
/// role (`Zorb striker Ann Lee`), not before a lowercase word (`the Zorb manager of the
/// bank`).
#[test]
fn a_role_at_a_club_before_a_name_makes_a_town_a_team() {
    let rules = LangRules {
        team_roles: &["striker", "manager"],
        ..RULES
    };
    check_with(
        rules,
        &[
            (
                "[Zorb] striker Ann Lee scored.",
                &[("org", "Zorb", "pattern")],
            ),
            (
                "The [Zorb] manager of the bank left.",
                &[("loc", "Zorb", "gazetteer")],
            ),
        ],
    );
}

/// A listed club followed by the town it plays in is one name, the club's (`Vardo Athletic
/// Zorb`); apart, the town is a place.
#[test]
fn a_club_and_its_town_are_one_name() {
    check_tables(
        RULES,
        VARDO_CLUB,
        "",
        &[
            (
                "[Vardo Athletic Zorb] won.",
                &[("org", "Vardo Athletic", "gazetteer")],
            ),
            (
                "[Vardo Athletic] fans in [Zorb] sang.",
                &[
                    ("org", "Vardo Athletic", "gazetteer"),
                    ("loc", "Zorb", "gazetteer"),
                ],
            ),
        ],
    );
}

/// A town joined to a listed club by a list joiner or a comma is a club too; not after a
/// word of place, nor beside the club with a space alone (a club may carry its town's
/// name).
#[test]
fn a_town_listed_with_a_club_is_a_club() {
    let rules = LangRules {
        list_joiners: &["and"],
        place_before: &["in"],
        ..RULES
    };
    check_tables(
        rules,
        VARDO_CLUB,
        "",
        &[
            (
                "[Zorb] and [Vardo Athletic] drew.",
                &[
                    ("org", "Zorb", "pattern"),
                    ("org", "Vardo Athletic", "gazetteer"),
                ],
            ),
            (
                "Fans in [Zorb] , [Vardo Athletic] sang.",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("org", "Vardo Athletic", "gazetteer"),
                ],
            ),
            (
                "[Zorb] [Vardo Athletic] won.",
                &[
                    ("loc", "Zorb", "gazetteer"),
                    ("org", "Vardo Athletic", "gazetteer"),
                ],
            ),
        ],
    );
}
