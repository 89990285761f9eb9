//! `bn.numbers`: the Bengali number tables.

use khabar_core::{Registration, inventory};
use khabar_numerals::{NumberExtractor, NumberTables};

pub(crate) static TABLES: NumberTables = NumberTables {
    group_separators: &[','],
    decimal_separators: &['.'],
    glued_prefixes: &[],
    // Classifiers and case endings written straight after digits: `১০টি`, `৫০জন`, `২০১৪-র`
    // (the hyphenated forms end the run at the hyphen already).
    glued_suffixes: &[
        "টি",
        "টা",
        "জন",
        "টির",
        "টিতে",
        "এর",
        "ের",
        "র",
        "এ",
        "ে",
        "তে",
        "য\u{09BC}",
        "ও",
        "ই",
        "কে",
    ],
    percent_signs: &['%'],
};

inventory::submit! {
    Registration {
        id: "bn.numbers",
        description: "Bengali numbers written in digits (Bengali or ASCII), with separators, decimals and percent signs",
        build: |options| {
            std::mem::take(options).finish()?;
            Ok(Box::new(NumberExtractor::new("bn.numbers", &TABLES)))
        },
    }
}
