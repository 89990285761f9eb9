//! Bengali extractors. Each module holds one kind's tables and registers its extractor;
//! the machinery that reads the tables lives in the shared crates under `crates/`.

mod dates;
mod names;
mod numbers;
