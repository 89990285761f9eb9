//! The committed name-tagger models are current: each one loads, was built with its
//! plugin's feature templates as they are now (version and fingerprint), and names the
//! training files it was built from with their SHA-256. Where the corpora are at hand
//! (`../shared/train`), the files and checksums must be exactly those of the corpora
//! `<lang>_*.jsonl` there, so a model that predates a change of its data or templates fails
//! here without retraining in CI (`cargo xtask train` rebuilds it).

use khabar_gazetteer::names_languages;
use khabar_tagger::Model;
use sha2::{Digest, Sha256};

use crate::support::root;

#[test]
fn every_model_matches_its_templates_and_corpora() {
    let corpora = root().join("../shared/train");
    let mut checked = 0;
    for rules in names_languages() {
        let Some(tagger) = rules.tagger else {
            continue;
        };
        let lang = rules.lang.as_str();
        assert!(
            !tagger.model.is_empty(),
            "{lang}: the name tagger has no model; run `cargo xtask train --lang {lang}`"
        );
        let model = Model::from_bytes(tagger.model)
            .unwrap_or_else(|e| panic!("{lang}: the committed model does not load: {e}"));
        model.check_templates(tagger.templates).unwrap_or_else(|e| {
            panic!("{lang}: the model is stale ({e}); run `cargo xtask train --lang {lang}`")
        });
        let trained_on = &model.header().trained_on;
        assert!(
            !trained_on.is_empty(),
            "{lang}: the model names no training file"
        );
        for (name, sum) in trained_on {
            assert!(
                name.starts_with(&format!("{lang}_")) && sum.starts_with("sha256:"),
                "{lang}: odd training file line `{name} {sum}`"
            );
        }
        if corpora.is_dir() {
            let mut here: Vec<(String, String)> = std::fs::read_dir(&corpora)
                .expect("readable corpora")
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_str()?.to_owned();
                    (name.starts_with(&format!("{lang}_")) && name.ends_with(".jsonl")).then(|| {
                        let bytes = std::fs::read(e.path()).expect("readable corpus");
                        (name, format!("sha256:{:x}", Sha256::digest(&bytes)))
                    })
                })
                .collect();
            here.sort();
            assert_eq!(
                &here, trained_on,
                "{lang}: the model was trained on other corpora than ../shared/train holds; \
                 run `cargo xtask train --lang {lang}`"
            );
        }
        checked += 1;
    }
    assert!(checked >= 3, "every built-in language has a tagger model");
}
