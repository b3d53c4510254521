//! The tool's own words, in each language it speaks: one table per
//! language (a `match` over every key, so none can be missing), the same
//! `{placeholders}` in each text (a test holds them together). The descriptions come from the
//! library; these are the words around them. `--json` keys never come from
//! here: scripts read them.
//!
//! So far `describe`'s labels and phrases, `decode`'s rows, `list`'s
//! headings, the note on the language shown, `message`'s readings and
//! `find`'s errors; the rest of the tool's messages are still written where they
//! are used, in English (issue 20).

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
    /// `decode`'s rows for what no constant names.
    UnknownLabel,
    DeviceSpecificLabel,
    NoFlagSet,
    /// `{family}`, `{at}`: a family that leaves values from `at` on.
    VendorValue,
    /// `{family}`, `{at}`: a family that leaves the bits of `at`.
    VendorBits,
    /// `{family}`.
    NoConstantHasThisValue,
    /// `{family}`.
    NoConstantHasTheseBits,
    /// After `NoConstantHasThisValue`: `{name}` of `{family}`, where a
    /// `LINE_` number is a `PHONE_` message or the other way round.
    ItIsElsewhere,
    /// `list`'s column headings.
    ListFamily,
    ListKind,
    ListConstants,
    ListSince,
    ListDescription,
    /// A family's count of constants, one and several (`{count}`).
    OneConstant,
    ConstantCount,
    /// The title of the constants of no family.
    NoFamily,
    /// The note when the language asked for has no descriptions
    /// (`{lang}`), and when the build dropped them (`{lang}` again).
    NoDescriptionsIn,
    BuiltWithout,
    /// `message`'s readings of parameters that hold no family's value
    /// (`{value}`, `{code}`), and of what is left of one that does
    /// (`{bits}`).
    Unused,
    UnusedNotZero,
    NotSpecified,
    AHandle,
    CallbackInstance,
    MsSinceStart,
    Bytes,
    Character,
    APointer,
    NoSuchMessage,
    Success,
    AsProviderSends,
    VendorPart,
    UnknownPart,
    /// `find`'s errors: an empty TEXT; nothing found (`{text}`, quoted).
    FindEmpty,
    FindNothing,
}

impl Text {
    /// Every key, in declaration order (a test checks the order, and the
    /// assertion below the length).
    pub const ALL: [Text; 45] = [
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
        Text::UnknownLabel,
        Text::DeviceSpecificLabel,
        Text::NoFlagSet,
        Text::VendorValue,
        Text::VendorBits,
        Text::NoConstantHasThisValue,
        Text::NoConstantHasTheseBits,
        Text::ItIsElsewhere,
        Text::ListFamily,
        Text::ListKind,
        Text::ListConstants,
        Text::ListSince,
        Text::ListDescription,
        Text::OneConstant,
        Text::ConstantCount,
        Text::NoFamily,
        Text::NoDescriptionsIn,
        Text::BuiltWithout,
        Text::Unused,
        Text::UnusedNotZero,
        Text::NotSpecified,
        Text::AHandle,
        Text::CallbackInstance,
        Text::MsSinceStart,
        Text::Bytes,
        Text::Character,
        Text::APointer,
        Text::NoSuchMessage,
        Text::Success,
        Text::AsProviderSends,
        Text::VendorPart,
        Text::UnknownPart,
        Text::FindEmpty,
        Text::FindNothing,
    ];

    /// The labels `describe` aligns in one column: the first keys.
    pub const LABELS: &'static [Text] = Text::ALL.split_at(9).0;
}

// A key added to the enum but not to `ALL` fails the build (keep
// `FindNothing` the last key, or name the new last one here).
const _: () = assert!(Text::ALL.len() == Text::FindNothing as usize + 1);

/// English: each language is a `match` over every key, so a key missing
/// from one is a compile error.
fn en(key: Text) -> &'static str {
    match key {
        Text::Value => "value",
        Text::Family => "family",
        Text::Requires => "requires",
        Text::Header => "header",
        Text::Aliases => "aliases",
        Text::Kind => "kind",
        Text::CType => "C type",
        Text::Constants => "constants",
        Text::Description => "description",
        Text::OwnConstant => "none: a constant of its own",
        Text::ListThem => "{count} (`tapi-consts list {family}` lists them)",
        Text::UnknownLabel => "(unknown)",
        Text::DeviceSpecificLabel => "(device-specific)",
        Text::NoFlagSet => "(no flag set)",
        Text::VendorValue => {
            "a vendor's value: {family} leaves {at} and up to device-specific extensions"
        }
        Text::VendorBits => "a vendor's bits: {family} leaves {at} to device-specific extensions",
        Text::NoConstantHasThisValue => "no {family} constant has this value",
        Text::NoConstantHasTheseBits => "no {family} constant has these bits",
        Text::ItIsElsewhere => " (it is {name}, a {family} message)",
        Text::ListFamily => "FAMILY",
        Text::ListKind => "KIND",
        Text::ListConstants => "CONSTANTS",
        Text::ListSince => "SINCE",
        Text::ListDescription => "DESCRIPTION",
        Text::OneConstant => "{count} constant",
        Text::ConstantCount => "{count} constants",
        Text::NoFamily => "(no family)",
        Text::NoDescriptionsIn => {
            "there are no descriptions in `{lang}`; they are shown in English"
        }
        Text::BuiltWithout => {
            "this build has no `{lang}` descriptions (it was built without the `lang-{lang}` \
             feature); they are shown in English"
        }
        Text::Unused => "(unused)",
        Text::UnusedNotZero => "(unused, but not 0)",
        Text::NotSpecified => "(not specified in this case)",
        Text::AHandle => "(a handle)",
        Text::CallbackInstance => "(the callback instance)",
        Text::MsSinceStart => "{value} ms since the system started",
        Text::Bytes => "{value} bytes",
        Text::Character => "(character {code})",
        Text::APointer => "(a pointer)",
        Text::NoSuchMessage => "(no such message)",
        Text::Success => "0: success",
        Text::AsProviderSends => ", as a service provider sends it",
        Text::VendorPart => "(device-specific): {bits}, a vendor's",
        Text::UnknownPart => "(unknown): {bits}, which no constant has",
        Text::FindEmpty => "empty TEXT: find needs something to look for",
        Text::FindNothing => "no constant's name or description contains {text}",
    }
}

fn fr(key: Text) -> &'static str {
    match key {
        Text::Value => "valeur",
        Text::Family => "famille",
        Text::Requires => "requiert",
        Text::Header => "en-tête",
        Text::Aliases => "alias",
        Text::Kind => "nature",
        Text::CType => "type C",
        Text::Constants => "constantes",
        Text::Description => "description",
        Text::OwnConstant => "aucune : une constante à part",
        Text::ListThem => "{count} (`tapi-consts list {family}` les énumère)",
        Text::UnknownLabel => "(inconnu)",
        Text::DeviceSpecificLabel => "(propre au périphérique)",
        Text::NoFlagSet => "(aucun indicateur)",
        Text::VendorValue => {
            "une valeur de fabricant : {family} laisse {at} et au-delà aux extensions \
             propres au périphérique"
        }
        Text::VendorBits => {
            "des bits de fabricant : {family} laisse {at} aux extensions propres au \
             périphérique"
        }
        Text::NoConstantHasThisValue => "aucune constante {family} n’a cette valeur",
        Text::NoConstantHasTheseBits => "aucune constante {family} n’a ces bits",
        Text::ItIsElsewhere => " (c’est {name}, un message {family})",
        Text::ListFamily => "FAMILLE",
        Text::ListKind => "NATURE",
        Text::ListConstants => "CONSTANTES",
        Text::ListSince => "DEPUIS",
        Text::ListDescription => "DESCRIPTION",
        Text::OneConstant => "{count} constante",
        Text::ConstantCount => "{count} constantes",
        Text::NoFamily => "(sans famille)",
        Text::NoDescriptionsIn => {
            "il n’y a pas de descriptions en `{lang}` ; elles sont affichées en anglais"
        }
        Text::BuiltWithout => {
            "cette version de l’outil n’a pas de descriptions en `{lang}` (elle a été compilée \
             sans la fonctionnalité `lang-{lang}`) ; elles sont affichées en anglais"
        }
        Text::Unused => "(inutilisé)",
        Text::UnusedNotZero => "(inutilisé, mais pas 0)",
        Text::NotSpecified => "(non précisé dans ce cas)",
        Text::AHandle => "(un handle)",
        Text::CallbackInstance => "(la valeur d’instance)",
        Text::MsSinceStart => "{value} ms depuis le démarrage du système",
        Text::Bytes => "{value} octets",
        Text::Character => "(caractère {code})",
        Text::APointer => "(un pointeur)",
        Text::NoSuchMessage => "(aucun message de ce numéro)",
        Text::Success => "0 : réussite",
        Text::AsProviderSends => ", tel qu’un fournisseur de services l’envoie",
        Text::VendorPart => "(propre au périphérique) : {bits}, propre à un fabricant",
        Text::UnknownPart => "(inconnu) : {bits}, qu’aucune constante n’a",
        Text::FindEmpty => "TEXT vide : find a besoin de quelque chose à chercher",
        Text::FindNothing => "aucun nom ni aucune description de constante ne contient {text}",
    }
}

fn de(key: Text) -> &'static str {
    match key {
        Text::Value => "Wert",
        Text::Family => "Familie",
        Text::Requires => "erfordert",
        Text::Header => "Header",
        Text::Aliases => "Aliasse",
        Text::Kind => "Art",
        Text::CType => "C-Typ",
        Text::Constants => "Konstanten",
        Text::Description => "Beschreibung",
        Text::OwnConstant => "keine: eine eigenständige Konstante",
        Text::ListThem => "{count} (`tapi-consts list {family}` listet sie auf)",
        Text::UnknownLabel => "(unbekannt)",
        Text::DeviceSpecificLabel => "(gerätespezifisch)",
        Text::NoFlagSet => "(kein Bit gesetzt)",
        Text::VendorValue => {
            "ein Herstellerwert: {family} überlässt {at} und höher gerätespezifischen \
             Erweiterungen"
        }
        Text::VendorBits => {
            "Herstellerbits: {family} überlässt {at} gerätespezifischen Erweiterungen"
        }
        Text::NoConstantHasThisValue => "keine Konstante von {family} hat diesen Wert",
        Text::NoConstantHasTheseBits => "keine Konstante von {family} hat diese Bits",
        Text::ItIsElsewhere => " (es ist {name}, eine Nachricht von {family})",
        Text::ListFamily => "FAMILIE",
        Text::ListKind => "ART",
        Text::ListConstants => "KONSTANTEN",
        Text::ListSince => "SEIT",
        Text::ListDescription => "BESCHREIBUNG",
        Text::OneConstant => "{count} Konstante",
        Text::ConstantCount => "{count} Konstanten",
        Text::NoFamily => "(keine Familie)",
        Text::NoDescriptionsIn => {
            "es gibt keine Beschreibungen in `{lang}`; sie werden auf Englisch angezeigt"
        }
        Text::BuiltWithout => {
            "diese Version des Werkzeugs hat keine Beschreibungen in `{lang}` (sie wurde ohne \
             das Feature `lang-{lang}` gebaut); sie werden auf Englisch angezeigt"
        }
        Text::Unused => "(nicht verwendet)",
        Text::UnusedNotZero => "(nicht verwendet, aber nicht 0)",
        Text::NotSpecified => "(in diesem Fall nicht festgelegt)",
        Text::AHandle => "(ein Handle)",
        Text::CallbackInstance => "(die Callback-Instanz)",
        Text::MsSinceStart => "{value} ms seit dem Systemstart",
        Text::Bytes => "{value} Bytes",
        Text::Character => "(Zeichen {code})",
        Text::APointer => "(ein Zeiger)",
        Text::NoSuchMessage => "(keine solche Nachricht)",
        Text::Success => "0: Erfolg",
        Text::AsProviderSends => ", wie ein Dienstanbieter sie sendet",
        Text::VendorPart => "(gerätespezifisch): {bits}, herstellerspezifisch",
        Text::UnknownPart => "(unbekannt): {bits}, das keine Konstante hat",
        Text::FindEmpty => "leerer TEXT: find braucht etwas, wonach es suchen kann",
        Text::FindNothing => "kein Name und keine Beschreibung einer Konstante enthält {text}",
    }
}

/// `key` in `lang` (a tag the descriptions exist in): French, German,
/// else English.
pub fn text(lang: &str, key: Text) -> &'static str {
    match tapi_consts::lang::primary_subtag(lang) {
        primary if primary.eq_ignore_ascii_case("fr") => fr(key),
        primary if primary.eq_ignore_ascii_case("de") => de(key),
        _ => en(key),
    }
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
    use super::{de, en, fill, fr, label_width, text, Text};

    /// The `{names}` in a text, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_text_in_every_language_with_the_same_placeholders() {
        for (index, key) in Text::ALL.into_iter().enumerate() {
            assert_eq!(key as usize, index, "ALL is out of order at {key:?}");
            for (lang, text) in [("fr", fr(key)), ("de", de(key))] {
                // (Some words are the same: `description`, `Header`.)
                assert_eq!(placeholders(text), placeholders(en(key)), "{lang}: {key:?}");
                assert!(!text.is_empty(), "{lang}: {key:?}");
            }
            assert!(!en(key).is_empty(), "{key:?}");
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
