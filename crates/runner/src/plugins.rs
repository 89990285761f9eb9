//! Linking anchors for the plugin crates.
//!
//! rustc links a crate only when something refers to it, and `inventory` registrations in
//! an unlinked crate silently vanish. Every plugin crate is therefore named here, once; the
//! `registry` integration test lists the registered ids so that a dropped plugin fails CI.
//! Adding a language or an extractor crate means adding one line here and nothing else.

use khabar_ar as _;
use khabar_bn as _;
use khabar_en as _;
