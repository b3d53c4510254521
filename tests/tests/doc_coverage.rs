//! How much of the prebuilt families is described, per language: printed as
//! a table (`cargo test --test doc_coverage -- --nocapture`), and required to
//! be complete in English, French and German, each language in its own
//! words and following GLOSSARY.md.

use tapi_consts::families::{ALL, DISPATCH_MASKS, STANDALONE};
use tapi_consts::FamilyInfo;

/// Every family, and the constants of no family: every text the crate has.
fn every_table() -> impl Iterator<Item = &'static FamilyInfo> {
    ALL.iter().copied().chain([&STANDALONE, &DISPATCH_MASKS])
}

/// The families of each header group, as README's table counts them: the
/// `tapi.h` group (the list's 86, with the provider messages of `TSPI.h`),
/// then TSPI's and TAPI 3's (the tests build every group).
fn groups() -> [(&'static str, &'static [&'static FamilyInfo]); 3] {
    let tapi_h = &ALL[..86];
    let rest = &ALL[86..];
    let tspi = rest
        .iter()
        .take_while(|info| info.header() == Some("TSPI.h"))
        .count();
    [
        ("tapi.h", tapi_h),
        ("TSPI", &rest[..tspi]),
        ("TAPI 3", &rest[tspi..]),
    ]
}

#[test]
fn coverage_per_group_and_language() {
    println!("| group | language | families | constants |");
    println!("|---|---|---|---|");
    for (group, families) in groups() {
        let total: usize = families.iter().map(|info| info.len()).sum();
        for lang in ["en", "fr", "de"] {
            let described = families
                .iter()
                .filter(|info| info.docs().get(lang).is_some())
                .count();
            let constants = families
                .iter()
                .flat_map(|info| info.entries())
                .filter(|entry| entry.docs().get(lang).is_some())
                .count();
            println!(
                "| {group} | {lang} | {described}/{} ({:.0} %) | {constants}/{total} ({:.0} %) |",
                families.len(),
                100.0 * described as f64 / families.len() as f64,
                100.0 * constants as f64 / total as f64
            );
            assert_eq!(described, families.len(), "{group} {lang}");
            assert_eq!(constants, total, "{group} {lang}: {:?}", missing(lang));
        }
    }
}

struct Coverage {
    families: usize,
    constants: usize,
}

fn coverage(lang: &str) -> Coverage {
    let families = ALL
        .iter()
        .filter(|info| info.docs().get(lang).is_some())
        .count();
    let constants = ALL
        .iter()
        .flat_map(|info| info.entries())
        .filter(|entry| entry.docs().get(lang).is_some())
        .count();
    Coverage {
        families,
        constants,
    }
}

#[test]
fn coverage_per_language() {
    let total_families = ALL.len();
    let total_constants: usize = ALL.iter().map(|info| info.entries().len()).sum();
    let mut languages: Vec<&str> = ALL
        .iter()
        .flat_map(|info| info.languages())
        .copied()
        .collect();
    languages.sort();
    languages.dedup();
    println!("| language | families | constants |");
    println!("|---|---|---|");
    for lang in &languages {
        let c = coverage(lang);
        println!(
            "| {lang} | {}/{total_families} ({:.0} %) | {}/{total_constants} ({:.0} %) |",
            c.families,
            100.0 * c.families as f64 / total_families as f64,
            c.constants,
            100.0 * c.constants as f64 / total_constants as f64,
        );
    }
    for lang in ["en", "fr", "de"] {
        let c = coverage(lang);
        assert_eq!(c.families, total_families, "families without `{lang}`");
        assert_eq!(
            c.constants,
            total_constants,
            "constants without `{lang}`: {:?}",
            missing(lang)
        );
    }
}

/// Every German text is a text of its own: not a copy of the English or
/// the French one (a translator who left one untranslated).
#[test]
fn german_is_written_not_copied() {
    for info in every_table() {
        let texts = std::iter::once(info.docs()).chain(info.entries().map(|entry| entry.docs()));
        for docs in texts {
            let de = docs.get("de");
            assert!(de.is_some(), "{}: no German", info.prefix());
            assert_ne!(de, docs.get("en"), "{}: German is English", info.prefix());
            assert_ne!(de, docs.get("fr"), "{}: German is French", info.prefix());
        }
    }
}

fn missing(lang: &str) -> Vec<&'static str> {
    every_table()
        .flat_map(|info| info.entries())
        .filter(|entry| entry.docs().get(lang).is_none())
        .map(|entry| entry.name())
        .collect()
}

#[test]
fn descriptions_are_real_sentences() {
    for info in every_table() {
        for (tag, text) in info
            .docs()
            .iter()
            .chain(info.entries().flat_map(|e| e.docs().iter()))
        {
            assert!(
                text.len() >= 15,
                "{}: `{tag}` too short: {text}",
                info.prefix()
            );
            if tag == "fr" {
                // French typography: `’`, not `'`.
                assert!(
                    !text.contains('\''),
                    "{}: straight apostrophe: {text}",
                    info.prefix()
                );
            }
            assert!(
                text.ends_with(['.', ')', '`']),
                "{}: `{tag}` unfinished: {text}",
                info.prefix()
            );
        }
        for entry in info.entries() {
            let (en, fr) = (entry.docs().get("en"), entry.docs().get("fr"));
            assert_ne!(en, fr, "{}: French is a copy of English", entry.name());
        }
    }
}

/// Renderings GLOSSARY.md rules out, with the term it uses instead: one
/// word for one idea across families.
const NOT_IN_FRENCH: &[(&str, &str)] = &[
    ("autocommutateur", "commutateur (switch), PABX"),
    (
        "apparition d’appel",
        "présentation d’appel (call appearance)",
    ),
    (
        "apparitions d’appel",
        "présentations d’appel (call appearance)",
    ),
    ("jonction", "ligne réseau (trunk)"),
    ("mandataire", "proxy"),
    ("numérotable", "composable (dialable)"),
    ("encapsulation", "post-traitement de l’appel (wrap-up)"),
    ("rappelez", "appelez de nouveau (re-call a function)"),
    ("ou ultérieur.", "ou une version ultérieure"),
];

/// Every text in `lang`, of every family and constant.
fn texts_in(lang: &'static str) -> impl Iterator<Item = (&'static FamilyInfo, &'static str)> {
    every_table().flat_map(move |info| {
        let family = info.docs().get(lang);
        let members = info
            .entries()
            .filter_map(move |entry| entry.docs().get(lang));
        family
            .into_iter()
            .chain(members)
            .map(move |text| (info, text))
    })
}

/// No text in `lang` uses a rendering of `avoid` (lower case).
fn follows_the_glossary(lang: &'static str, avoid: &[(&str, &str)]) {
    for (info, text) in texts_in(lang) {
        let lower = text.to_lowercase();
        for (avoid, instead) in avoid {
            assert!(
                !lower.contains(avoid),
                "{}: “{avoid}” in a `{lang}` text, GLOSSARY.md says {instead}: {text}",
                info.prefix()
            );
        }
    }
}

#[test]
fn french_follows_the_glossary() {
    follows_the_glossary("fr", NOT_IN_FRENCH);
}

/// German renderings GLOSSARY.md rules out, with the term it uses instead.
const NOT_IN_GERMAN: &[(&str, &str)] = &[
    ("besitzerberechtigung", "Besitzerprivileg (owner privilege)"),
    ("gegenstelle", "Gegenseite (remote end)"),
    ("sprachbox", "Voicemail (voice mail)"),
    ("vermittlungskraft", "Vermittlungsplatz (operator)"),
    ("rückruffunktion", "Callback-Funktion (callback function)"),
    ("tk-anlage", "Nebenstellenanlage (PBX)"),
    ("freizeichen", "Freiton (ringback)"),
    ("gabelschalter", "Gabelumschalter (hook switch)"),
    ("anruf-hub", "Anrufhub (call hub)"),
    ("adress-id", "Kennung der Adresse (address identifier)"),
    ("besetztsituation", "Besetztzeichen (busy signal)"),
    ("proxyanforderung", "Proxy-Anforderung (proxy request)"),
    ("abschlussziffer", "Endeziffer (termination digit)"),
    ("stille antwort", "stille Rufannahme (quiet answer)"),
];

#[test]
fn german_follows_the_glossary() {
    follows_the_glossary("de", NOT_IN_GERMAN);
    // German quotation marks, „so“: a straight one is English's.
    for (info, text) in texts_in("de") {
        assert!(
            !text.contains('"'),
            "{}: straight quote: {text}",
            info.prefix()
        );
    }
}
