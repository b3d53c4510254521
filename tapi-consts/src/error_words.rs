//! The words of a [`ParseError`](crate::ParseError)'s message in each
//! language the build keeps (English always; French and German with the
//! `lang-fr` and `lang-de` features, as the descriptions): one table per
//! language, every table with the same `{placeholders}` (a test holds them
//! together). `error.rs` chooses the template and fills it.

use core::fmt;

use crate::lang::primary_subtag;

/// One template per message; `{token}` is the offending term (quoted and
/// escaped), `{digits}` the same term bare (for `0x…` advice), `{prefix}`
/// the family's prefix, `{repr}` its repr's name, `{byte}` the term's
/// offset, `{suggestion}` the member probably meant.
pub(crate) struct Words {
    pub empty_term: &'static str,
    pub unknown_name: &'static str,
    /// After `unknown_name` when the name is all hex digits (`ffffffff`).
    pub hex_hint: &'static str,
    pub invalid_number: &'static str,
    /// A negative number with a leading zero (`-0100`).
    pub leading_zero: &'static str,
    pub unprefixed_hex: &'static str,
    pub out_of_range: &'static str,
    pub unknown_value: &'static str,
    /// `|` in an enumeration's value.
    pub set_in_enumeration: &'static str,
    /// `|` where one member of a flags family is read.
    pub set_for_member: &'static str,
    pub second_selector: &'static str,
    /// After any message with a suggestion.
    pub did_you_mean: &'static str,
}

pub(crate) const EN: Words = Words {
    empty_term: "empty term at byte {byte}: expected a {prefix} name or a number",
    unknown_name: "unknown name {token} for {prefix}",
    hex_hint: " (for a hex number, write `0x{digits}`)",
    invalid_number: "invalid number {token}: expected decimal (`260`, `-1`) or hex with its \
                     prefix (`0x104`, `x104`, `$104`, `&H104`)",
    leading_zero: "ambiguous number {token}: a leading zero is octal in C; decimal is written \
                   without leading zeros",
    unprefixed_hex: "ambiguous number {token}: hex must be written with a prefix \
                     (`0x{digits}`); decimal is written without leading zeros",
    out_of_range: "number {token} does not fit in {repr} ({prefix})",
    unknown_value: "{token} is not the value of any {prefix} constant",
    set_in_enumeration: "{token} joins values with `|`, but {prefix} is an enumeration: a \
                         value is one name or number",
    set_for_member: "{token} joins members with `|`, where one {prefix} member is read; read a \
                     set as a set (`Flags`)",
    second_selector: "{token} is a second selector: a {prefix} value holds one selector, plus \
                      flags",
    did_you_mean: "; did you mean `{suggestion}`?",
};

#[cfg(feature = "lang-fr")]
pub(crate) const FR: Words = Words {
    empty_term: "terme vide à l’octet {byte} : un nom {prefix} ou un nombre est attendu",
    unknown_name: "nom inconnu {token} pour {prefix}",
    hex_hint: " (pour un nombre hexadécimal, écrivez `0x{digits}`)",
    invalid_number: "nombre invalide {token} : un nombre décimal (`260`, `-1`) ou \
                     hexadécimal avec son préfixe (`0x104`, `x104`, `$104`, `&H104`) est attendu",
    leading_zero: "nombre ambigu {token} : en C, un zéro en tête indique un nombre octal ; \
                   un nombre décimal s’écrit sans zéro en tête",
    unprefixed_hex: "nombre ambigu {token} : un nombre hexadécimal s’écrit avec un préfixe \
                     (`0x{digits}`) ; un nombre décimal s’écrit sans zéro en tête",
    out_of_range: "le nombre {token} ne tient pas dans un {repr} ({prefix})",
    unknown_value: "{token} n’est la valeur d’aucune constante {prefix}",
    set_in_enumeration: "{token} combine des valeurs avec `|`, mais {prefix} est une \
                         énumération : une valeur est un seul nom ou nombre",
    set_for_member: "{token} combine des membres avec `|`, là où un seul membre {prefix} est \
                     lu ; lisez un ensemble comme un ensemble (`Flags`)",
    second_selector: "{token} est un second sélecteur : une valeur {prefix} contient un seul \
                      sélecteur, plus des indicateurs",
    did_you_mean: " ; vouliez-vous dire `{suggestion}` ?",
};

#[cfg(feature = "lang-de")]
pub(crate) const DE: Words = Words {
    empty_term: "leerer Term bei Byte {byte}: erwartet wird ein {prefix}-Name oder eine Zahl",
    unknown_name: "unbekannter Name {token} für {prefix}",
    hex_hint: " (für eine Hexadezimalzahl `0x{digits}` schreiben)",
    invalid_number: "ungültige Zahl {token}: erwartet wird eine Dezimalzahl (`260`, `-1`) oder \
                     eine Hexadezimalzahl mit Präfix (`0x104`, `x104`, `$104`, `&H104`)",
    leading_zero: "mehrdeutige Zahl {token}: eine führende Null kennzeichnet in C eine \
                   Oktalzahl; Dezimalzahlen werden ohne führende Nullen geschrieben",
    unprefixed_hex: "mehrdeutige Zahl {token}: Hexadezimalzahlen werden mit Präfix geschrieben \
                     (`0x{digits}`), Dezimalzahlen ohne führende Nullen",
    out_of_range: "die Zahl {token} passt nicht in {repr} ({prefix})",
    unknown_value: "{token} ist der Wert keiner {prefix}-Konstante",
    set_in_enumeration: "{token} verbindet Werte mit `|`, aber {prefix} ist eine Aufzählung: \
                         ein Wert ist ein einzelner Name oder eine einzelne Zahl",
    set_for_member: "{token} verbindet Elemente mit `|`, wo ein einzelnes {prefix}-Element \
                     gelesen wird; eine Menge als Menge lesen (`Flags`)",
    second_selector: "{token} ist ein zweiter Selektor: ein {prefix}-Wert enthält einen \
                      Selektor, dazu Bits",
    did_you_mean: "; meinten Sie `{suggestion}`?",
};

/// The table for `lang` (`fr`, `fr-CA`, `de_AT`, …), English for a
/// language the build does not keep.
#[inline]
pub(crate) fn words(lang: &str) -> &'static Words {
    let primary = primary_subtag(lang);
    #[cfg(feature = "lang-fr")]
    if primary.eq_ignore_ascii_case("fr") {
        return &FR;
    }
    #[cfg(feature = "lang-de")]
    if primary.eq_ignore_ascii_case("de") {
        return &DE;
    }
    let _ = primary;
    &EN
}

/// Writes `template`, each `{name}` replaced by what `arg` writes for it.
#[inline]
pub fn fill(
    f: &mut fmt::Formatter<'_>,
    template: &str,
    mut arg: impl FnMut(&mut fmt::Formatter<'_>, &str) -> fmt::Result,
) -> fmt::Result {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        f.write_str(&rest[..open])?;
        arg(f, &rest[open + 1..open + close])?;
        rest = &rest[open + close + 1..];
    }
    f.write_str(rest)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::vec::Vec;

    use super::{Words, EN};

    fn all(words: &Words) -> [&'static str; 12] {
        [
            words.empty_term,
            words.unknown_name,
            words.hex_hint,
            words.invalid_number,
            words.leading_zero,
            words.unprefixed_hex,
            words.out_of_range,
            words.unknown_value,
            words.set_in_enumeration,
            words.set_for_member,
            words.second_selector,
            words.did_you_mean,
        ]
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|piece| piece.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    /// Every language's template has the placeholders of the English one,
    /// and only known ones.
    #[test]
    fn every_language_has_the_same_placeholders() {
        let known = ["byte", "digits", "prefix", "repr", "suggestion", "token"];
        #[allow(unused_mut)]
        let mut others: Vec<(&str, &Words)> = Vec::new();
        #[cfg(feature = "lang-fr")]
        others.push(("fr", &super::FR));
        #[cfg(feature = "lang-de")]
        others.push(("de", &super::DE));
        for (index, english) in all(&EN).into_iter().enumerate() {
            let wanted = placeholders(english);
            assert!(wanted.iter().all(|name| known.contains(name)), "{english}");
            for (tag, words) in &others {
                let text = all(words)[index];
                assert_eq!(placeholders(text), wanted, "{tag}: {text}");
                assert_ne!(text, english, "{tag}: not translated");
            }
        }
    }
}
