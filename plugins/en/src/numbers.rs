//! `en.numbers`: the English number tables.

use khabar_core::{Registration, inventory};
use khabar_numerals::{NumberExtractor, NumberTables};

pub(crate) static TABLES: NumberTables = NumberTables {
    group_separators: &[','],
    decimal_separators: &['.'],
    glued_prefixes: &[],
    glued_suffixes: &[],
    percent_signs: &['%'],
};

inventory::submit! {
    Registration {
        id: "en.numbers",
        description: "English numbers written in digits, with group separators, decimals and percent signs",
        build: |options| {
            std::mem::take(options).finish()?;
            Ok(Box::new(NumberExtractor::new("en.numbers", &TABLES)))
        },
    }
}
