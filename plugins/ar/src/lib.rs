//! Arabic extractors. Each module holds one kind's tables and registers its extractor;
//! the machinery that reads the tables lives in the shared crates under `crates/`.

mod dates;
mod names;
mod numbers;

/// The proclitics و ف ب ل ك and their combinations, glued before a word and outside every
/// span (SPEC §2); numbers and dates share this list.
pub(crate) const PROCLITICS: &[&str] =
    &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];
