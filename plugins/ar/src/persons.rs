//! `ar.persons` and the Arabic name tagger's data: the feature templates the tagger reads
//! Arabic with, the model `cargo xtask train` built from them (`data/names.model`), and how
//! its readings combine with the tables (`crates/gazetteer`, `matcher/tagging.rs`).
//!
//! Arabic has no case: the templates read the word with its proclitics (`و ف ب ل ك`, with
//! the article) taken off and the common endings of nisba adjectives and plurals, so that
//! `والعراق`, `بالعراق` and `العراق` share a feature. The word classes are cues: titles
//! before a person, verbs of saying after one, the heads of organizations' names, place
//! words, and the words of sports results.

use khabar_core::{Registration, inventory};
use khabar_gazetteer::{EntityKind, NameExtractor, NameTagger, NamesLanguage, Templates};

use crate::names::RULES;

pub(crate) static TEMPLATES: Templates = Templates {
    version: 3,
    window: 2,
    lowercase: false,
    conjunctions: true,
    shape: false,
    prefix_lengths: &[1, 2, 3],
    suffix_lengths: &[1, 2, 3],
    strip_prefixes: &[
        "وال", "فال", "بال", "كال", "ولل", "فلل", "وبال", "وكال", "لل", "ال", "و", "ف", "ب", "ل",
        "ك",
    ],
    strip_suffixes: &["يين", "يون", "ية", "ي", "ون", "ين", "ات", "ة", "ها", "هم"],
    stem_pairs: false,
    classes: &[
        (
            "title",
            &[
                "الرئيس",
                "رئيس",
                "الملك",
                "الأمير",
                "الامير",
                "الشيخ",
                "الوزير",
                "وزير",
                "السيد",
                "السيدة",
                "الدكتور",
                "د",
                "المستشار",
                "النائب",
                "اللواء",
                "العميد",
                "العقيد",
                "الجنرال",
                "المتحدث",
                "الناطق",
                "اللاعب",
                "المدرب",
                "الأمين",
                "الامين",
                "السفير",
                "القاضي",
                "الإمام",
                "الامام",
                "البابا",
                "المبعوث",
                "نائب",
            ],
        ),
        (
            "say",
            &[
                "قال",
                "وقال",
                "أعلن",
                "اعلن",
                "وأعلن",
                "أكد",
                "اكد",
                "وأكد",
                "صرح",
                "أضاف",
                "اضاف",
                "وأضاف",
                "أوضح",
                "اوضح",
                "قالت",
                "أشار",
                "اشار",
                "التقى",
                "استقبل",
                "زار",
                "بحث",
                "دعا",
            ],
        ),
        (
            "org_head",
            &[
                "وزارة",
                "شركة",
                "حزب",
                "جامعة",
                "منظمة",
                "هيئة",
                "مجلس",
                "بنك",
                "مصرف",
                "نادي",
                "فريق",
                "وكالة",
                "اتحاد",
                "جمعية",
                "حركة",
                "قوات",
                "جيش",
                "صحيفة",
                "قناة",
                "مؤسسة",
                "مركز",
                "لجنة",
                "محكمة",
                "الأمم",
                "جبهة",
                "تنظيم",
                "كتائب",
                "مجموعة",
                "صندوق",
                "برنامج",
                "البنك",
                "الحزب",
                "المجلس",
                "الاتحاد",
            ],
        ),
        (
            "place",
            &[
                "في",
                "من",
                "إلى",
                "الى",
                "نحو",
                "مدينة",
                "محافظة",
                "ولاية",
                "منطقة",
                "إقليم",
                "اقليم",
                "عاصمة",
                "قرية",
                "بلدة",
                "شمال",
                "جنوب",
                "شرق",
                "غرب",
                "داخل",
                "قرب",
            ],
        ),
        (
            "sport",
            &[
                "فاز",
                "تعادل",
                "مباراة",
                "هزم",
                "الدوري",
                "لاعب",
                "فوز",
                "خسر",
                "أمام",
                "امام",
                "كأس",
                "بطولة",
                "هدف",
                "الملعب",
                "المدرب",
                "نادي",
                "فريق",
            ],
        ),
    ],
};

pub(crate) static TAGGER: NameTagger = NameTagger {
    templates: &TEMPLATES,
    model: include_bytes!("../data/names.model"),
    model_path: concat!(env!("CARGO_MANIFEST_DIR"), "/data/names.model"),
    not_names: &[],
    // `منتخب فرنسا` "the national team of France": the country is the name (SPEC: a
    // national team is its country).
    drop_first: &["منتخب"],
    not_alone: &[],
    // A curated name gives way to another reading only when the tagger is quite sure:
    // ANERcorp has clubs and people named like listed places, but at 0.7 the tagger also
    // overrules places it half-reads as part of a longer name.
    override_confidence: 0.85,
    min_confidence: 0.35,
};

inventory::submit! { NamesLanguage { rules: &RULES } }

inventory::submit! {
    Registration {
        id: "ar.persons",
        description: "Arabic persons' names, read in context by the name tagger (no id unless listed)",
        build: |options| Ok(Box::new(NameExtractor::from_options("ar.persons", EntityKind::Person, &RULES, options)?)),
    }
}

#[cfg(test)]
mod tests {
    use khabar_gazetteer::testing::{Expected, check_in_context};

    use crate::names::RULES;

    fn check(cases: &[(&str, &[Expected<'_>])]) {
        check_in_context(&RULES, cases);
    }

    #[test]
    fn clubs_named_after_their_town_are_organizations() {
        check(&[(
            "فاز ليفربول على تشيلسي بهدفين.",
            &[
                ("org", "ليفربول", "ليفربول", "pattern+tagger"),
                ("org", "تشيلسي", "Chelsea F.C.", "gazetteer+tagger"),
            ],
        )]);
    }

    /// `كيف` "how" opening a question is no place, though GeoNames lists it for Kyiv and the
    /// tagger reads a question's first word as a name; Kyiv is `كييف`.
    #[test]
    fn how_is_no_kyiv() {
        check(&[
            ("لنا أن نتساءل : كيف ساءت الأمور إلى هذا الحد", &[]),
            (
                "وصل الوزير إلى كييف أمس",
                &[("loc", "كييف", "Kyiv", "gazetteer+tagger")],
            ),
        ]);
    }

    #[test]
    fn people_named_like_towns_are_no_places() {
        check(&[
            (
                "وقال كلينتون إن الولايات المتحدة ستدعم العراق.",
                &[
                    ("per", "كلينتون", "كلينتون", "tagger"),
                    (
                        "loc",
                        "الولايات المتحدة",
                        "United States",
                        "gazetteer+tagger",
                    ),
                    ("loc", "العراق", "Iraq", "gazetteer+tagger"),
                ],
            ),
            (
                "التقى الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة.",
                &[
                    ("per", "عبد الفتاح السيسي", "عبد الفتاح السيسي", "tagger"),
                    ("loc", "القاهرة", "Cairo", "gazetteer+tagger"),
                ],
            ),
        ]);
    }

    /// A club after `مع` with no sports verb next to it: the report (`تعادل`, `الدوري`)
    /// makes both towns teams.
    #[test]
    fn clubs_in_a_report_of_a_match() {
        check(&[(
            "تعادل برشلونة مع إشبيلية في الدوري الإسباني.",
            &[
                ("org", "إشبيلية", "إشبيلية", "pattern"),
                ("org", "برشلونة", "برشلونة", "pattern+tagger"),
            ],
        )]);
    }

    /// A person's span leaves out the title before the name.
    #[test]
    fn a_town_listed_with_a_place_is_a_place() {
        // The tagger reads no name in `القصير` here; a GeoNames town it does not read is
        // taken for an ordinary word ("the short one"), unless a list joins it to a place
        // that stands.
        check(&[
            ("شن الطيران غارات على القصير", &[]),
            (
                "شن الطيران غارات على القصير وحمص",
                &[
                    ("loc", "القصير", "Al Quşayr", "gazetteer"),
                    ("loc", "حمص", "Homs", "gazetteer+tagger"),
                ],
            ),
        ]);
    }

    /// A generated place of several words the tagger reads no name over stays: no phrase
    /// of ordinary words is spelled `محافظة المثنى` (a governorate, from CLDR). (The
    /// tagger reads `محافظة بابل` in the same sentence as a place itself.)
    #[test]
    fn a_generated_place_of_several_words_is_no_ordinary_word() {
        check(&[
            (
                "وأكد مصدر بشرطة محافظة المثنى اعتقال العشرات",
                &[("loc", "محافظة المثنى", "Al Muthanna", "gazetteer")],
            ),
            (
                "وأكد مصدر بشرطة محافظة بابل اعتقال العشرات",
                &[("loc", "محافظة بابل", "Babylon", "gazetteer+tagger")],
            ),
        ]);
    }

    /// The tagger reads `منتخب فرنسا` as an organization; the national team is its
    /// country, a place (SPEC; ANERcorp and CoNLL mark it so).
    #[test]
    fn a_national_team_is_its_country() {
        check(&[(
            "وقال رايمون دومينيك مدرب منتخب فرنسا إن الفريق جاهز",
            &[
                ("loc", "فرنسا", "France", "gazetteer"),
                ("per", "رايمون دومينيك", "رايمون دومينيك", "tagger"),
            ],
        )]);
    }

    /// `بأثينا` is "in Athens": where the union meets, no part of its name, with the
    /// rules and with the tagger.
    #[test]
    fn a_place_with_in_glued_ends_an_organizations_name() {
        check(&[(
            "فقد عقدوا بمقر اتحاد المحامين بأثينا مؤتمرا صحفيا",
            &[
                ("loc", "أثينا", "Athens", "gazetteer"),
                ("org", "اتحاد المحامين", "اتحاد المحامين", "pattern+tagger"),
            ],
        )]);
    }

    #[test]
    fn a_noun_and_its_adjective_are_no_name_in_context() {
        check(&[("وقالت منظمة دولية إن الوضع خطير", &[])]);
    }

    /// Tanween marks an indefinite word: `إسبانياً` is "Spanish" (accusative), no Spain, for
    /// the tables and the tagger alike; the same name without it is the place.
    #[test]
    fn a_word_with_tanween_is_no_place_in_context() {
        check(&[
            (
                "كان سلفادور دالي فناناً إسبانياً كاتالانياً .",
                &[("per", "سلفادور دالي", "سلفادور دالي", "tagger")],
            ),
            (
                "عاش سلفادور دالي في إسبانيا .",
                &[
                    ("per", "سلفادور دالي", "سلفادور دالي", "tagger"),
                    ("loc", "إسبانيا", "Spain", "gazetteer+tagger"),
                ],
            ),
        ]);
    }

    #[test]
    fn titles_are_no_part_of_a_persons_name() {
        check(&[(
            "وقال الرئيس الأمريكي جورج بوش إن الوضع صعب .",
            &[("per", "جورج بوش", "جورج بوش", "tagger")],
        )]);
    }
}
