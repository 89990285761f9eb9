//! Unit tests of `bn.numbers`: one data-driven `check` per phenomenon of issue 3.

use khabar_core::{Bound, Subtype};
use khabar_numerals::testing::{self, Expected};
use khabar_numerals::{NumberExtractor, find_numbers};

use super::TABLES;

use Subtype::{Cardinal as N, Money as M, Ordinal as O, Percent as P};

#[track_caller]
fn check(text: &str, expected: &[Expected<'_>]) {
    testing::check(&TABLES, text, expected);
}

/// The standard spelling of every number word from 1 to 99, in order.
const ONE_TO_NINETY_NINE: [&str; 99] = [
    "এক",
    "দুই",
    "তিন",
    "চার",
    "পাঁচ",
    "ছয়",
    "সাত",
    "আট",
    "নয়",
    "দশ",
    "এগারো",
    "বারো",
    "তেরো",
    "চৌদ্দ",
    "পনেরো",
    "ষোলো",
    "সতেরো",
    "আঠারো",
    "উনিশ",
    "বিশ",
    "একুশ",
    "বাইশ",
    "তেইশ",
    "চব্বিশ",
    "পঁচিশ",
    "ছাব্বিশ",
    "সাতাশ",
    "আটাশ",
    "ঊনত্রিশ",
    "ত্রিশ",
    "একত্রিশ",
    "বত্রিশ",
    "তেত্রিশ",
    "চৌত্রিশ",
    "পঁয়ত্রিশ",
    "ছত্রিশ",
    "সাঁইত্রিশ",
    "আটত্রিশ",
    "ঊনচল্লিশ",
    "চল্লিশ",
    "একচল্লিশ",
    "বিয়াল্লিশ",
    "তেতাল্লিশ",
    "চুয়াল্লিশ",
    "পঁয়তাল্লিশ",
    "ছেচল্লিশ",
    "সাতচল্লিশ",
    "আটচল্লিশ",
    "ঊনপঞ্চাশ",
    "পঞ্চাশ",
    "একান্ন",
    "বাহান্ন",
    "তিপ্পান্ন",
    "চুয়ান্ন",
    "পঞ্চান্ন",
    "ছাপ্পান্ন",
    "সাতান্ন",
    "আটান্ন",
    "ঊনষাট",
    "ষাট",
    "একষট্টি",
    "বাষট্টি",
    "তেষট্টি",
    "চৌষট্টি",
    "পঁয়ষট্টি",
    "ছেষট্টি",
    "সাতষট্টি",
    "আটষট্টি",
    "ঊনসত্তর",
    "সত্তর",
    "একাত্তর",
    "বাহাত্তর",
    "তিয়াত্তর",
    "চুয়াত্তর",
    "পঁচাত্তর",
    "ছিয়াত্তর",
    "সাতাত্তর",
    "আটাত্তর",
    "ঊনআশি",
    "আশি",
    "একাশি",
    "বিরাশি",
    "তিরাশি",
    "চুরাশি",
    "পঁচাশি",
    "ছিয়াশি",
    "সাতাশি",
    "অষ্টাশি",
    "ঊননব্বই",
    "নব্বই",
    "একানব্বই",
    "বিরানব্বই",
    "তিরানব্বই",
    "চুরানব্বই",
    "পঁচানব্বই",
    "ছিয়ানব্বই",
    "সাতানব্বই",
    "আটানব্বই",
    "নিরানব্বই",
];

#[test]
fn every_word_from_one_to_ninety_nine() {
    for (i, word) in ONE_TO_NINETY_NINE.iter().enumerate() {
        let value = (i + 1) as f64;
        let text = format!("{word} হাজার");
        check(&text, &[(text.as_str(), value * 1000.0, N, None, None)]);
        // `নয়` alone is mostly "is not" and is only read with a scale, as above.
        if *word != "নয়" {
            check(word, &[(word, value, N, None, None)]);
        }
    }
}

#[test]
fn digits_and_grouping() {
    check("১,০০,০০০ জন", &[("১,০০,০০০", 1e5, N, None, None)]);
    check("১০টি দেশ", &[("১০", 10.0, N, None, None)]);
    check("২০১৪ সালে", &[("২০১৪", 2014.0, N, None, None)]);
}

#[test]
fn hundreds_and_scales_with_endings() {
    check(
        "প্রায় ১০ হাজার বিদেশী যোদ্ধা",
        &[("১০ হাজার", 1e4, N, None, Some(Bound::About))],
    );
    check("তিনশো", &[("তিনশো", 300.0, N, None, None)]);
    check("পাঁচ শ", &[("পাঁচ শ", 500.0, N, None, None)]);
    check(
        "দুই হাজার তিনশো পঁচিশ",
        &[("দুই হাজার তিনশো পঁচিশ", 2325.0, N, None, None)],
    );
    check("২.৫ কোটি", &[("২.৫ কোটি", 2.5e7, N, None, None)]);
    check(
        "১০ হাজারের বেশি",
        &[("১০ হাজার", 1e4, N, None, Some(Bound::MoreThan))],
    );
    check("৫ কোটিতে", &[("৫ কোটি", 5e7, N, None, None)]);
    check("৩ লক্ষ মানুষ", &[("৩ লক্ষ", 3e5, N, None, None)]);
    check("দেড় কোটি", &[("দেড় কোটি", 1.5e7, N, None, None)]);
    // A larger scale right after a scale multiplies it: a thousand crore.
    check(
        "এক হাজার কোটি টাকা এবং ৫০ হাজার কোটি টাকা",
        &[
            ("এক হাজার কোটি টাকা", 1e10, M, Some("BDT"), None),
            ("৫০ হাজার কোটি টাকা", 5e11, M, Some("BDT"), None),
        ],
    );
    // A remainder follows a scale bare, in digits or words (34,422; 2 crore 50 lakh).
    check(
        "২ কোটি পঞ্চাশ লাখ টাকা",
        &[("২ কোটি পঞ্চাশ লাখ টাকা", 2.5e7, M, Some("BDT"), None)],
    );
    check(
        "৩৪ হাজার ৪২২ টাকা",
        &[("৩৪ হাজার ৪২২ টাকা", 34_422.0, M, Some("BDT"), None)],
    );
    check(
        "৩২১ কোটি সাত লাখ ৫৩ হাজার ৩৫৯ টাকা",
        &[(
            "৩২১ কোটি সাত লাখ ৫৩ হাজার ৩৫৯ টাকা",
            3_210_753_359.0,
            M,
            Some("BDT"),
            None,
        )],
    );
    check(
        "লক্ষ লক্ষ জনগণ",
        &[("লক্ষ লক্ষ", 1e5, N, None, Some(Bound::About))],
    );
    // A scale with `ও`, "thousands of", alone: about that many.
    check(
        "হাজারো মানুষ, লাখো কোটি টাকা",
        &[
            ("হাজারো", 1e3, N, None, Some(Bound::About)),
            ("লাখো কোটি টাকা", 1e12, M, Some("BDT"), Some(Bound::About)),
        ],
    );
    check(
        "৫ মিলিয়ন ও ২ বিলিয়ন",
        &[
            ("৫ মিলিয়ন", 5e6, N, None, None),
            ("২ বিলিয়ন", 2e9, N, None, None),
        ],
    );
}

#[test]
fn ordinals() {
    check("প্রথম", &[("প্রথম", 1.0, O, None, None)]);
    check("দ্বিতীয়", &[("দ্বিতীয়", 2.0, O, None, None)]);
    check("তৃতীয়", &[("তৃতীয়", 3.0, O, None, None)]);
    check("চতুর্থ", &[("চতুর্থ", 4.0, O, None, None)]);
    check("২১তম", &[("২১তম", 21.0, O, None, None)]);
    check("একবিংশ শতাব্দী", &[("একবিংশ", 21.0, O, None, None)]);
    check("২য় দফা", &[("২য়", 2.0, O, None, None)]);
}

#[test]
fn percentages() {
    check("২০ শতাংশ", &[("২০ শতাংশ", 20.0, P, None, None)]);
    check("৯৫%", &[("৯৫%", 95.0, P, None, None)]);
    check("শতকরা ২০ ভাগ", &[("শতকরা ২০ ভাগ", 20.0, P, None, None)]);
    // Points of a percent, a change in a rate.
    check(
        "০.৩ শতাংশ পয়েন্ট ও ২ শতাংশীয় পয়েন্টে",
        &[
            ("০.৩ শতাংশ পয়েন্ট", 0.3, P, None, None),
            ("২ শতাংশীয় পয়েন্ট", 2.0, P, None, None),
        ],
    );
    // A basis point, a hundredth of a percent.
    check(
        "সুদের হার ২৫ বেসিস পয়েন্ট বেড়েছে",
        &[("২৫ বেসিস পয়েন্ট", 0.25, P, None, None)],
    );
    // A thousand after `প্রতি` is a rate's, no number.
    check("জন্মহার প্রতি হাজারে ১৮ জন", &[("১৮", 18.0, N, None, None)]);
    // After a genitive `প্রতি` is "towards": crores after it are a count.
    check(
        "ক্রিকেটারদের প্রতি কোটি কোটি সমর্থকের বিশ্বাস",
        &[("কোটি কোটি", 1e7, N, None, Some(Bound::About))],
    );
}

#[test]
fn money() {
    check("৫০ কোটি টাকা", &[("৫০ কোটি টাকা", 5e8, M, Some("BDT"), None)]);
    check("৳৫০০", &[("৳৫০০", 500.0, M, Some("BDT"), None)]);
    check("১০০ ডলার", &[("১০০ ডলার", 100.0, M, Some("USD"), None)]);
    check("২০ রুপি", &[("২০ রুপি", 20.0, M, Some("INR"), None)]);
    check(
        "৫০ কোটি টাকার প্রকল্প",
        &[("৫০ কোটি টাকা", 5e8, M, Some("BDT"), None)],
    );
    // A currency's name before the amount and another after it: the one after is its own.
    check(
        "প্রতি ডলার ১১০ টাকা",
        &[("১১০ টাকা", 110.0, M, Some("BDT"), None)],
    );
}

#[test]
fn bounds() {
    check("কয়েক হাজার মানুষ", &[("হাজার", 1e3, N, None, Some(Bound::About))]);
    // `শ`, `শত` alone are other words; after a bound, a few hundred.
    check(
        "কয়েক শ মানুষ, কয়েক শত মানুষ, শত বাধা সত্ত্বেও",
        &[
            ("শ", 100.0, N, None, Some(Bound::About)),
            ("শত", 100.0, N, None, Some(Bound::About)),
        ],
    );
    check("অন্তত ৫০ জন", &[("৫০", 50.0, N, None, Some(Bound::AtLeast))]);
    // An approximation before a range is the whole range's.
    check(
        "প্রায় ২০ থেকে ৩০ হাজার মানুষ",
        &[("২০ থেকে ৩০ হাজার", 2e4, N, None, Some(Bound::About))],
    );
    check(
        "১০০ জনের বেশি",
        &[("১০০", 100.0, N, None, Some(Bound::MoreThan))],
    );
    // `মতো` after a number, its ending or its counted noun: about; a bound after an ending
    // written after a hyphen.
    check(
        "১১০-এর মতো, ১২০টির মতো, ১৩০ জনের মতো, ১৪০-এর বেশি, সর্বনিম্ন ৯০",
        &[
            ("১১০", 110.0, N, None, Some(Bound::About)),
            ("১২০", 120.0, N, None, Some(Bound::About)),
            ("১৩০", 130.0, N, None, Some(Bound::About)),
            ("১৪০", 140.0, N, None, Some(Bound::MoreThan)),
            ("৯০", 90.0, N, None, Some(Bound::AtLeast)),
        ],
    );
    // A verb of change spelled like a bound is the change: fell by 0.8%, 100 fewer people.
    check("সূচক ০.৮ শতাংশ কমে", &[("০.৮ শতাংশ", 0.8, P, None, None)]);
    check("১০০ জন কমে গেছে", &[("১০০", 100.0, N, None, None)]);
}

/// `নয়` counts before a counted noun: the classifier, a unit of time, distance or weight.
#[test]
fn nine_before_a_counted_noun() {
    check("নয় জন নিহত", &[("নয়", 9.0, N, None, None)]);
    check("নয় কিলোমিটার অংশ", &[("নয়", 9.0, N, None, None)]);
    check("নয় মাসের মধ্যে", &[("নয়", 9.0, N, None, None)]);
    // Alone, a reply: the number.
    check("নয়", &[("নয়", 9.0, N, None, None)]);
}

#[test]
fn not_numbers() {
    check("তিনি বলেন", &[]);
    check("এটা সত্য নয়", &[]);
    check("তিনি দোষী নয় বলে জানান", &[]);
    check("একটি দেশ", &[]);
    check("একই সময়ে", &[]);
}

/// Every slice of a text mixing scripts, signs and half-finished numbers reads without panic.
#[test]
fn never_panics_on_any_slice() {
    let extractor = NumberExtractor::new("bn.numbers", &TABLES);
    let text = "قُتل 43 ألف شخص، و٧٫٥ مليون $20 bn US$5m ١٬٠٠٠٬٠٠٠ ১,০০,০০০ টাকার ৳৫০০ twenty-first 1/4 2^-- 3e- one over point ٪ % -  ال٢٧ ১০টি শতকরা ভাগ بالمائة 1.2.3, ,5 a half of a";
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for &a in &bounds {
        for &b in bounds.iter().filter(|&&b| b >= a).step_by(3) {
            let _ = find_numbers(&extractor, &text[a..b]);
        }
    }
}

/// Every ISO code, CLDR symbol and Bengali CLDR or curated currency name reads as its
/// currency beside an amount with a scale word.
#[test]
fn every_currency_of_the_shared_tables() {
    let checked = testing::check_every_currency(&TABLES, "৫ লাখ", 5e5);
    assert!(checked > 900, "only {checked} currency forms checked");
}

/// CLDR names of every currency after the amount, and the curated bare forms.
#[test]
fn cldr_currency_names() {
    check("৫০০ রুবল", &[("৫০০ রুবল", 500.0, M, Some("RUB"), None)]);
    check(
        "২ কোটি জাপানি ইয়েন",
        &[("২ কোটি জাপানি ইয়েন", 2e7, M, Some("JPY"), None)],
    );
    check("১০০ সুইস ফ্রাঁ", &[("১০০ সুইস ফ্রাঁ", 100.0, M, Some("CHF"), None)]);
    check(
        "৫ লাখ তুর্কি লিরা",
        &[("৫ লাখ তুর্কি লিরা", 5e5, M, Some("TRY"), None)],
    );
    check("₹৫০০", &[("₹৫০০", 500.0, M, Some("INR"), None)]);
    // The news spellings CLDR lacks.
    check(
        "৪০০ রিঙ্গিত ও ১১০০ কাতারি রিয়াল",
        &[
            ("৪০০ রিঙ্গিত", 400.0, M, Some("MYR"), None),
            ("১১০০ কাতারি রিয়াল", 1100.0, M, Some("QAR"), None),
        ],
    );
}

/// A range of amounts is one entity, the scale and currency after the second end shared.
#[test]
fn ranges_of_amounts() {
    let range = |text, expected| testing::check_range(&TABLES, text, expected);
    range("৫-৭ লাখ টাকা", ("৫-৭ লাখ টাকা", 5e5, 7e5, "BDT"));
    range("৫ থেকে ৭ লাখ টাকা", ("৫ থেকে ৭ লাখ টাকা", 5e5, 7e5, "BDT"));
    let percents = |text, expected| testing::check_percent_range(&TABLES, text, expected);
    percents("৩-৪ শতাংশ প্রবৃদ্ধি", ("৩-৪ শতাংশ", 3.0, 4.0));
    percents("৫ থেকে ৬ শতাংশ", ("৫ থেকে ৬ শতাংশ", 5.0, 6.0));
}

/// `াধিক` ("and more") fused to a hundred, a thousand or a count bounds the number, inside
/// its span.
#[test]
fn more_than_fused_to_a_multiplier_or_scale() {
    check(
        "শতাধিক মানুষ, ৩ শতাধিক বাড়ি, দুই শতাধিক গ্রাম, সহস্রাধিক দোকান, অর্ধশতাধিক, দশাধিক",
        &[
            ("শতাধিক", 100.0, N, None, Some(Bound::MoreThan)),
            ("৩ শতাধিক", 300.0, N, None, Some(Bound::MoreThan)),
            ("দুই শতাধিক", 200.0, N, None, Some(Bound::MoreThan)),
            ("সহস্রাধিক", 1000.0, N, None, Some(Bound::MoreThan)),
            ("অর্ধশতাধিক", 50.0, N, None, Some(Bound::MoreThan)),
            ("দশাধিক", 10.0, N, None, Some(Bound::MoreThan)),
        ],
    );
}

/// `খানেক` and `েক` ("or so") fused to a number make it approximate, inside the span;
/// `একেক` (each) is no number.
#[test]
fn about_fused_to_a_number() {
    check(
        "হাজারখানেক মানুষ, শখানেক, গোটা দশেক, দুই হাজারখানেক, একেক জন",
        &[
            ("হাজারখানেক", 1000.0, N, None, Some(Bound::About)),
            ("শখানেক", 100.0, N, None, Some(Bound::About)),
            ("দশেক", 10.0, N, None, Some(Bound::About)),
            ("দুই হাজারখানেক", 2000.0, N, None, Some(Bound::About)),
        ],
    );
}

/// `ভাগ` ("parts") fused to a hundred is a percentage, a case ending or particle after it
/// outside the span; fused to another count it is no number (`দুইভাগে`, in two parts). A
/// hundred crore in one word.
#[test]
fn a_hundred_parts_and_a_hundred_crore() {
    check(
        "শতভাগ বিদ্যুতায়ন, শতভাগের বেশি, শতভাগই, একশভাগ, দুইভাগে বিভক্ত",
        &[
            ("শতভাগ", 100.0, P, None, None),
            ("শতভাগ", 100.0, P, None, Some(Bound::MoreThan)),
            ("শতভাগ", 100.0, P, None, None),
            ("একশভাগ", 100.0, P, None, None),
        ],
    );
    check(
        "শতকোটি টাকার প্রকল্প, দুই শতকোটির বেশি",
        &[
            ("শতকোটি টাকা", 1e9, M, Some("BDT"), None),
            ("দুই শতকোটি", 2e9, N, None, Some(Bound::MoreThan)),
        ],
    );
}

/// A dozen, and `বার` ("times") after a count or an ordinal, outside the span.
#[test]
fn dozens_and_times() {
    check("দুই ডজন ডিম", &[("দুই ডজন", 24.0, N, None, None)]);
    check(
        "তিনবার, তৃতীয়বারের মতো",
        &[("তিন", 3.0, N, None, None), ("তৃতীয়", 3.0, O, None, None)],
    );
    // The spoken classifiers and an emphasis after a classifier.
    check(
        "দুটো গাড়ি, তিনটে বাড়ি, দুজনই",
        &[
            ("দু", 2.0, N, None, None),
            ("তিন", 3.0, N, None, None),
            ("দু", 2.0, N, None, None),
        ],
    );
    // A classifier with its case ending, and the emphasis after either, on words and digits;
    // not `টা` with an ending, an hour's (`নয়টার দিকে`, about nine o'clock).
    check(
        "তিনটিকে, দুটার, চারটাতে, প্রতি পাঁচজনে, তিনজনকেই, দশটিরও বেশি, তিনবারই",
        &[
            ("তিন", 3.0, N, None, None),
            ("পাঁচ", 5.0, N, None, None),
            ("তিন", 3.0, N, None, None),
            ("দশ", 10.0, N, None, Some(Bound::MoreThan)),
            ("তিন", 3.0, N, None, None),
        ],
    );
    check(
        "১০টিরও বেশি দেশ, ৫জনকেই, ১০টিতেই",
        &[
            ("১০", 10.0, N, None, Some(Bound::MoreThan)),
            ("৫", 5.0, N, None, None),
            ("১০", 10.0, N, None, None),
        ],
    );
}

/// A word after `থেকে` that is not part of the second amount ends the range: "from 40 taka,
/// risen to 50 taka" is two prices.
#[test]
fn a_change_between_two_amounts_is_no_range() {
    for verb in ["বেড়ে", "উঠে", "নেমে"] {
        check(
            &format!("দাম ৪০ টাকা থেকে {verb} ৫০ টাকা হয়েছে"),
            &[
                ("৪০ টাকা", 40.0, M, Some("BDT"), None),
                ("৫০ টাকা", 50.0, M, Some("BDT"), None),
            ],
        );
    }
    // The level reached without its currency is in the one before.
    check(
        "রপ্তানি ৪১০ কোটি ডলার থেকে বেড়ে ৪৮০ কোটিতে দাঁড়িয়েছে",
        &[
            ("৪১০ কোটি ডলার", 4.1e9, M, Some("USD"), None),
            ("৪৮০ কোটি", 4.8e9, M, Some("USD"), None),
        ],
    );
}

/// A verb of change after the second amount ("the price rose from 40 taka to 50 taka")
/// makes the two the levels before and after, when the first has its own unit; a bare
/// first end (the change itself given as a range) and no verb keep the range.
#[test]
fn a_change_after_two_amounts_is_no_range() {
    check(
        "দাম ৪০ টাকা থেকে ৫০ টাকায় উঠেছে",
        &[
            ("৪০ টাকা", 40.0, M, Some("BDT"), None),
            ("৫০ টাকা", 50.0, M, Some("BDT"), None),
        ],
    );
    testing::check_range(
        &TABLES,
        "দাম ৪০ থেকে ৫০ টাকা বেড়েছে",
        ("৪০ থেকে ৫০ টাকা", 40.0, 50.0, "BDT"),
    );
    testing::check_range(
        &TABLES,
        "দাম ৪০ টাকা থেকে ৫০ টাকার মধ্যে",
        ("৪০ টাকা থেকে ৫০ টাকা", 40.0, 50.0, "BDT"),
    );
}

/// `কমে` ("having fallen") after `থেকে` is the verb, not the bound `থেকে কম` ("less than")
/// with the ending `ে`.
#[test]
fn fallen_after_from_is_no_bound() {
    check(
        "দাম ৪০ টাকা থেকে কমে ৩০ টাকা হয়েছে",
        &[
            ("৪০ টাকা", 40.0, M, Some("BDT"), None),
            ("৩০ টাকা", 30.0, M, Some("BDT"), None),
        ],
    );
}

/// The adjusters before a count in digits, read as its words are: whole hundreds below a
/// thousand have a hundred for unit; a time (`সাড়ে ৩টায়`) is no number.
#[test]
fn counts_in_digits_adjusted_by_a_fraction() {
    check(
        "সাড়ে ৩ হাজার টাকা, পৌনে ২ লাখ, সাড়ে ৫০০ পাখি, সাড়ে ৫ শতাংশ",
        &[
            ("সাড়ে ৩ হাজার টাকা", 3500.0, M, Some("BDT"), None),
            ("পৌনে ২ লাখ", 175_000.0, N, None, None),
            ("সাড়ে ৫০০", 550.0, N, None, None),
            ("সাড়ে ৫ শতাংশ", 5.5, P, None, None),
        ],
    );
    check("সাড়ে ৩টায়", &[]);
    // With a classifier glued after the digits, the count adjusted; after a part of the
    // day, an hour (half past ten at night), no number.
    check(
        "সাড়ে ১০টি বই, পৌনে ২জন",
        &[
            ("সাড়ে ১০", 10.5, N, None, None),
            ("পৌনে ২", 1.75, N, None, None),
        ],
    );
    check("রাত সাড়ে ১০টা, বেলা সাড়ে ১১টার দিকে, রাত সাড়ে ১০টার পর", &[]);
}

/// `সাড়ে`, `সোয়া`, `পৌনে` before every kind of count (unit, teen, fused hundreds) and with
/// every scale after; `দেড়`, `আড়াই` with every scale.
#[test]
fn counts_adjusted_by_a_fraction() {
    let adjusters = [("সাড়ে", 0.5), ("সোয়া", 0.25), ("পৌনে", -0.25)];
    let counts = [("দুই", 2.0), ("তিন", 3.0), ("সাত", 7.0), ("বারো", 12.0)];
    let scales = [
        ("", 1.0),
        (" হাজার", 1e3),
        (" লাখ", 1e5),
        (" কোটি", 1e7),
        (" বিলিয়ন", 1e9),
    ];
    for (adjuster, a) in adjusters {
        for (count, n) in counts {
            for (scale, s) in scales {
                let text = format!("{adjuster} {count}{scale}");
                check(&text, &[(&text, (n + a) * s, N, None, None)]);
            }
        }
    }
    for (text, value) in [
        ("সাড়ে তিনশো", 350.0),
        ("সোয়া দুইশো", 225.0),
        ("পৌনে পাঁচশো", 475.0),
        ("দেড় হাজার", 1500.0),
        ("আড়াই কোটি", 2.5e7),
        ("সাড়ে তিন কোটি টাকা", 3.5e7),
        // An adjuster right before a scale adjusts one of it.
        ("সোয়া লাখ টাকা", 1.25e5),
        ("পৌনে কোটি", 7.5e6),
        // Fused with the hundred: a count and a half, and eleven to nineteen hundreds.
        ("দেড়শো", 150.0),
        ("আড়াইশো টাকা", 250.0),
        ("বারোশো", 1200.0),
        ("উনিশশো একাত্তর", 1971.0),
    ] {
        let want = if text.ends_with("টাকা") {
            (text, value, M, Some("BDT"), None)
        } else {
            (text, value, N, None, None)
        };
        check(text, &[want]);
    }
    check("সাড়ে", &[]);
}

/// Every count over every ordinal with `াংশ` (`তিন-চতুর্থাংশ`, `দুই তৃতীয়াংশ`), half of a
/// scale, spelled decimals with `দশমিক`, a minus written apart.
#[test]
fn fractions_decimals_and_minus_in_words() {
    let ordinals = [
        ("তৃতীয়", 3.0),
        ("চতুর্থ", 4.0),
        ("পঞ্চম", 5.0),
        ("ষষ্ঠ", 6.0),
        ("সপ্তম", 7.0),
        ("অষ্টম", 8.0),
        ("দশম", 10.0),
    ];
    for (count, n) in [("এক", 1.0), ("দুই", 2.0), ("তিন", 3.0), ("পাঁচ", 5.0)]
    {
        for (ordinal, d) in ordinals {
            let want: f64 = n / d;
            for sep in [" ", "-"] {
                let text = format!("{count}{sep}{ordinal}াংশ");
                check(&text, &[(&text, want, N, None, None)]);
            }
        }
    }
    check("অর্ধেক কোটি", &[("অর্ধেক কোটি", 5e6, N, None, None)]);
    check("অর্ধেক মানুষ", &[]);
    check("তিন দশমিক পাঁচ", &[("তিন দশমিক পাঁচ", 3.5, N, None, None)]);
    check("সাত দশমিক দুই", &[("সাত দশমিক দুই", 7.2, N, None, None)]);
    check("মাইনাস ৫", &[("মাইনাস ৫", -5.0, N, None, None)]);
    check("তাপমাত্রা: - ৫", &[("- ৫", -5.0, N, None, None)]);
}

/// A shared noun with any nationality adjective of CLDR's names, with a case ending outside
/// the span, reads as that country's current currency.
#[test]
fn shared_currency_noun_with_a_nationality_adjective() {
    check("৭ সৌদি দিনার", &[("৭ সৌদি দিনার", 7.0, M, Some("SAR"), None)]);
    check(
        "৫ কোটি লেবানিজ ডলারের",
        &[("৫ কোটি লেবানিজ ডলার", 5e7, M, Some("LBP"), None)],
    );
    check(
        "১০ সৌদি রিয়াল",
        &[("১০ সৌদি রিয়াল", 10.0, M, Some("SAR"), None)],
    );
}

/// Every shared currency noun with every nationality adjective of the CLDR names reads as
/// the adjective's country currency (or the one a table names the pair with).
#[test]
fn every_shared_noun_with_every_nationality_adjective() {
    let checked = testing::check_every_national(&TABLES, "৫ কোটি", 5e7);
    assert!(checked > 1000, "only {checked} pairs checked");
}

/// A time of day is no number: the hour after a part of the day (`রাত ৯টা`), with its
/// minutes and the hour it runs to; the counts around it stay.
#[test]
fn times_of_day() {
    check("রাত ৯টা ৩০ মিনিটে ভূমিকম্প হয়।", &[]);
    check("বেলা সোয়া দুইটা থেকে চারটা পর্যন্ত", &[]);
    check(
        "বিকেল চারটা থেকে পাঁচটা পর্যন্ত ৩ জন",
        &[("৩", 3.0, N, None, None)],
    );
    check("সন্ধ্যা ৭টা থেকে সকাল ৬টা পর্যন্ত কারফিউ", &[]);
    check("তিনি ৩টা বই কিনেছেন।", &[("৩", 3.0, N, None, None)]);
}

/// Paisa after an amount of money in the same sentence are that currency's; half a crore
/// and half a lakh fused.
#[test]
fn sub_units_after_an_amount_and_fused_halves() {
    check(
        "দাম ১১১ টাকা হয়েছে, অর্থাৎ ৫০ পয়সা বেড়েছে।",
        &[
            ("১১১ টাকা", 111.0, M, Some("BDT"), None),
            ("৫০ পয়সা", 0.5, M, Some("BDT"), None),
        ],
    );
    check("অর্ধকোটি মানুষ", &[("অর্ধকোটি", 5e6, N, None, None)]);
    check("অর্ধলক্ষ টাকা", &[("অর্ধলক্ষ টাকা", 5e4, M, Some("BDT"), None)]);
}
