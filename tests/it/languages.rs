//! Languages are registered, not enumerated: every registered language has its extractors,
//! the built-in tables name only registered languages, and a language added by a plugin (here
//! an Urdu-like test language registered by this binary) is detected as itself.

use khabar_core::{Lang, Language, languages};

use crate::support::{khabar, records};

/// A test plugin's language: Arabic script with Urdu's own letters.
const XU: Lang = Lang::new("xu");

khabar_core::inventory::submit! {
    Language {
        lang: XU,
        name: "Urdu-like test language",
        script: "Arabic",
        letters: &['\u{0620}'..='\u{064A}', '\u{066E}'..='\u{06FF}'],
        distinctive: &['ٹ', 'ڈ', 'ڑ', 'ں', 'ے'],
        digits: &['۰'],
        ..Language::EMPTY
    }
}

#[test]
fn every_registered_language_has_numbers_and_dates() {
    let ids: Vec<&str> = khabar_core::registrations().iter().map(|r| r.id).collect();
    for language in languages().iter().filter(|l| l.lang != XU) {
        for kind in ["numbers", "dates"] {
            let id = format!("{}.{kind}", language.lang);
            assert!(ids.contains(&id.as_str()), "{id} is not registered");
        }
    }
}

#[test]
fn built_in_tables_name_only_registered_languages() {
    let registered: Vec<Lang> = languages().iter().map(|l| l.lang).collect();
    let gazetteer = khabar_gazetteer::Gazetteer::builtin().expect("built-in gazetteer");
    for name in &gazetteer.names {
        assert!(
            registered.contains(&name.lang),
            "gazetteer name {:?} is in unregistered language {}",
            name.text,
            name.lang
        );
    }
    let holidays = khabar_dates::holidays::builtin().expect("built-in holidays");
    for holiday in holidays {
        for (lang, _) in &holiday.names {
            assert!(
                registered.contains(lang),
                "holiday {} has names in unregistered language {lang}",
                holiday.id
            );
        }
    }
}

#[test]
fn a_language_a_plugin_registers_is_detected_as_itself() {
    let input = [
        r#"{"id":"ur","text":"لاہور میں ۲۸ جون ۲۰۲۱ کو تین لاکھ افراد جمع ہوئے اور حکومت نے بڑا جلسہ کیا۔"}"#,
        r#"{"id":"ar","text":"قُتل 43 ألف شخص منذ عام 2014 في العراق"}"#,
        r#"{"id":"fa","text":"این یک متن فارسی است که با حروف پ و گ نوشته شده"}"#,
    ]
    .join("\n");
    let outcome = khabar(&["extract", "--lang", "auto"], &input);
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    let langs: Vec<String> = records(&outcome.stdout)
        .iter()
        .map(|r| r["lang"].as_str().unwrap_or("?").to_owned())
        .collect();
    assert_eq!(langs, ["xu", "ar", "und"]);
    // The test language registered no extractor: its document is output with no entities
    // and a warning, never read as Arabic.
    assert!(
        outcome.stderr.contains("no extractors for language `xu`"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn help_and_errors_list_the_registered_languages() {
    let outcome = khabar(&["extract", "--help"], "");
    assert!(outcome.stdout.contains("ar (Arabic)"), "{}", outcome.stdout);
    assert!(outcome.stdout.contains("xu (Urdu-like test language)"));
    let outcome = khabar(&["extract", "--lang", "urdu"], "");
    assert_eq!(outcome.code, 2);
    assert!(
        outcome.stderr.contains("bn (Bengali)"),
        "{}",
        outcome.stderr
    );
}
