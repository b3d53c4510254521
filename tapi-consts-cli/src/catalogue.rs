//! The tool's own words, in each language it speaks: one table per
//! language, the same keys in each, the same `{placeholders}` in each
//! text (a test holds them together). The descriptions come from the
//! library; these are the words around them. `--json` keys never come from
//! here: scripts read them.
//!
//! So far `describe`'s labels and phrases; the rest of the tool's messages
//! are still written where they are used, in English (issue 20).

/// A piece of the tool's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// `describe`'s labels.
    Value,
    Family,
    Requires,
    Header,
    Aliases,
    Kind,
    CType,
    Constants,
    Description,
    /// `describe` of a constant that belongs to no family.
    OwnConstant,
    /// `describe` of a family: how many constants, and how to list them;
    /// `{count}`, `{family}`.
    ListThem,
}

impl Text {
    /// Every key (the tests go through them).
    #[cfg(test)]
    pub const ALL: [Text; 11] = [
        Text::Value,
        Text::Family,
        Text::Requires,
        Text::Header,
        Text::Aliases,
        Text::Kind,
        Text::CType,
        Text::Constants,
        Text::Description,
        Text::OwnConstant,
        Text::ListThem,
    ];

    /// The labels `describe` aligns in one column.
    pub const LABELS: [Text; 9] = [
        Text::Value,
        Text::Family,
        Text::Requires,
        Text::Header,
        Text::Aliases,
        Text::Kind,
        Text::CType,
        Text::Constants,
        Text::Description,
    ];
}

const EN: &[(Text, &str)] = &[
    (Text::Value, "value"),
    (Text::Family, "family"),
    (Text::Requires, "requires"),
    (Text::Header, "header"),
    (Text::Aliases, "aliases"),
    (Text::Kind, "kind"),
    (Text::CType, "C type"),
    (Text::Constants, "constants"),
    (Text::Description, "description"),
    (Text::OwnConstant, "none: a constant of its own"),
    (
        Text::ListThem,
        "{count} (`tapi-consts list {family}` lists them)",
    ),
];

const FR: &[(Text, &str)] = &[
    (Text::Value, "valeur"),
    (Text::Family, "famille"),
    (Text::Requires, "requiert"),
    (Text::Header, "en-tête"),
    (Text::Aliases, "alias"),
    (Text::Kind, "nature"),
    (Text::CType, "type C"),
    (Text::Constants, "constantes"),
    (Text::Description, "description"),
    (Text::OwnConstant, "aucune : une constante à part"),
    (
        Text::ListThem,
        "{count} (`tapi-consts list {family}` les énumère)",
    ),
];

const DE: &[(Text, &str)] = &[
    (Text::Value, "Wert"),
    (Text::Family, "Familie"),
    (Text::Requires, "erfordert"),
    (Text::Header, "Header"),
    (Text::Aliases, "Aliasse"),
    (Text::Kind, "Art"),
    (Text::CType, "C-Typ"),
    (Text::Constants, "Konstanten"),
    (Text::Description, "Beschreibung"),
    (Text::OwnConstant, "keine: eine eigenständige Konstante"),
    (
        Text::ListThem,
        "{count} (`tapi-consts list {family}` listet sie auf)",
    ),
];

/// The table of the language `lang` (a tag the descriptions exist in):
/// French, German, else English.
fn table(lang: &str) -> &'static [(Text, &'static str)] {
    match tapi_consts::lang::primary_subtag(lang) {
        primary if primary.eq_ignore_ascii_case("fr") => FR,
        primary if primary.eq_ignore_ascii_case("de") => DE,
        _ => EN,
    }
}

/// `text` in `lang`.
pub fn text(lang: &str, text: Text) -> &'static str {
    let find = |table: &'static [(Text, &'static str)]| {
        table
            .iter()
            .find(|(key, _)| *key == text)
            .map(|(_, text)| *text)
    };
    // Every table has every key (tested); English is the safety net.
    find(table(lang)).or_else(|| find(EN)).unwrap_or("")
}

/// `text` in `lang`, each `{name}` replaced by its value.
pub fn fill(lang: &str, key: Text, values: &[(&str, &str)]) -> String {
    let mut filled = text(lang, key).to_owned();
    for (name, value) in values {
        filled = filled.replace(&format!("{{{name}}}"), value);
    }
    filled
}

/// The width of the widest label in `lang`, for `describe`'s column.
pub fn label_width(lang: &str) -> usize {
    Text::LABELS
        .iter()
        .map(|&label| text(lang, label).chars().count())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{fill, label_width, text, Text, DE, EN, FR};

    /// The `{names}` in a text, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_text_in_every_language_with_the_same_placeholders() {
        for (lang, table) in [("en", EN), ("fr", FR), ("de", DE)] {
            assert_eq!(
                table.len(),
                Text::ALL.len(),
                "{lang}: a key twice or missing"
            );
            for key in Text::ALL {
                let count = table.iter().filter(|(have, _)| *have == key).count();
                assert_eq!(count, 1, "{lang}: {key:?}");
                let english = text("en", key);
                assert_eq!(
                    placeholders(text(lang, key)),
                    placeholders(english),
                    "{lang}: {key:?}"
                );
                assert!(!text(lang, key).is_empty(), "{lang}: {key:?}");
            }
        }
    }

    #[test]
    fn a_language_is_chosen_by_its_primary_tag_else_english() {
        assert_eq!(text("fr-CA", Text::Value), "valeur");
        assert_eq!(text("de", Text::Value), "Wert");
        assert_eq!(text("en", Text::Value), "value");
        assert_eq!(text("pt-BR", Text::Value), "value");
        assert_eq!(
            fill("de", Text::ListThem, &[("count", "6"), ("family", "X")]),
            "6 (`tapi-consts list X` listet sie auf)"
        );
        assert_eq!(label_width("en"), "description".len());
        assert_eq!(label_width("de"), "Beschreibung".len());
    }
}
