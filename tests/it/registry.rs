//! The registered extractors. A plugin crate missing from the runner's anchor file would be
//! dropped by the linker and vanish from this list.

use crate::support::khabar;

#[test]
fn every_plugin_is_linked() {
    let outcome = khabar(&["extractors"], "");
    assert_eq!(outcome.code, 0);
    let ids: Vec<&str> = outcome
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    insta::assert_snapshot!(ids.join("\n"));
    for lang in khabar_core::languages().iter().map(|l| l.lang.as_str()) {
        if lang == "xu" {
            continue; // the test language of `languages.rs` registers no extractor
        }
        assert!(
            ids.contains(&format!("{lang}.numbers").as_str()),
            "{lang}.numbers is registered"
        );
    }
}
