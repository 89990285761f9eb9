//! Linking anchors for the plugin crates, one cargo feature each.
//!
//! rustc links a crate only when something refers to it, and `inventory` registrations in
//! an unlinked crate silently vanish. Every plugin crate is therefore named here, once; the
//! `registry` integration test lists the registered ids so that a dropped plugin fails CI.
//! Adding a language means one line here, its feature and its dependency in this crate's
//! manifest, and nothing else.

#[cfg(feature = "ar")]
use khabar_ar as _;
#[cfg(feature = "bn")]
use khabar_bn as _;
#[cfg(feature = "en")]
use khabar_en as _;
