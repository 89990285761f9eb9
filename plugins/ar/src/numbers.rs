//! `ar.numbers`: the Arabic number tables.

use khabar_core::{Registration, inventory};
use khabar_numerals::{NumberExtractor, NumberTables};

pub(crate) static TABLES: NumberTables = NumberTables {
    // `٬` is the Arabic thousands separator; `،` (the Arabic comma) and `,` serve as one in
    // practice, but only where full 3-digit groups follow, which the shared scanner checks.
    group_separators: &['٬', ',', '،'],
    // `٫` is the Arabic decimal separator; `.` is as common in news copy.
    decimal_separators: &['٫', '.'],
    // The proclitics و ف ب ل ك glue to digits as they glue to words: `و25`, `ب3`.
    glued_prefixes: &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"],
    glued_suffixes: &[],
    percent_signs: &['%', '٪'],
};

inventory::submit! {
    Registration {
        id: "ar.numbers",
        description: "Arabic numbers written in digits (Arabic-Indic or ASCII), with separators, decimals and percent signs",
        build: |options| {
            std::mem::take(options).finish()?;
            Ok(Box::new(NumberExtractor::new("ar.numbers", &TABLES)))
        },
    }
}
