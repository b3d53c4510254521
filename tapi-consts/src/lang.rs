//! Descriptions in several languages ([`Docs`]), and the language-tag
//! comparisons their fallback uses, for code that picks a language the
//! same way ([`same_tag`], [`primary_subtag`]).

use crate::storage::FamilyInfo;

/// The descriptions of one family or one constant, by BCP 47 language tag
/// (`"en"`, `"fr"`, `"pt-BR"`). A small `Copy` handle into the family's
/// table.
#[derive(Clone, Copy)]
pub struct Docs {
    family: &'static FamilyInfo,
    /// 0: the family; `i + 1`: entry `i`.
    record: usize,
}

impl Docs {
    #[inline]
    pub(crate) fn of_record(family: &'static FamilyInfo, record: usize) -> Self {
        Docs { family, record }
    }

    /// Every `(tag, text)` pair, English first.
    #[inline]
    pub fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let Docs { family, record } = self;
        family
            .doc_languages()
            .iter()
            .enumerate()
            .filter_map(move |(language, &tag)| Some((tag, family.doc_at(record, language)?)))
    }

    /// The text in exactly this language (ASCII case-insensitive, `-` and `_`
    /// equivalent), with no fallback.
    #[inline]
    pub fn get(self, lang: &str) -> Option<&'static str> {
        self.tagged(lang).map(|(_, text)| text)
    }

    /// The text in `lang`, else in its primary language (`fr-CA` → `fr`),
    /// else in English, else `""`.
    #[inline]
    pub fn description(self, lang: &str) -> &'static str {
        self.resolve(lang).map_or("", |(_, text)| text)
    }

    /// What [`description`](Self::description) settles on, with the tag it
    /// chose: `lang`, else its primary language, else English; `None` when
    /// there is no text at all. For a caller that shows which language a
    /// reader gets: `resolve("fr-CA")` is `Some(("fr", …))` when only `fr`
    /// exists.
    #[inline]
    pub fn resolve(self, lang: &str) -> Option<(&'static str, &'static str)> {
        self.tagged(lang)
            .or_else(|| self.tagged(primary_subtag(lang)))
            .or_else(|| self.tagged("en"))
    }

    /// The text in exactly `lang`, with the family's spelling of the tag.
    #[inline]
    fn tagged(self, lang: &str) -> Option<(&'static str, &'static str)> {
        let tags = self.family.doc_languages();
        let language = tags.iter().position(|tag| same_tag(tag, lang))?;
        Some((tags[language], self.family.doc_at(self.record, language)?))
    }
}

impl core::fmt::Debug for Docs {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Whether two language tags name the same language: ASCII case-insensitive,
/// `-` and `_` equivalent (so a POSIX-style `pt_br` matches `pt-BR`).
#[inline]
pub fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            x.eq_ignore_ascii_case(&y) || (matches!(x, b'-' | b'_') && matches!(y, b'-' | b'_'))
        })
}

/// The primary language subtag: `fr` for `fr-CA` or `fr_CA`.
#[inline]
pub fn primary_subtag(tag: &str) -> &str {
    match tag.find(['-', '_']) {
        Some(end) => &tag[..end],
        None => tag,
    }
}

/// Runs with the feature combinations CI builds (`.ci/run`: all, none,
/// German only): the kept languages and the fallback follow the `lang-*`
/// features.
#[cfg(test)]
mod tests {
    use crate::families::LineAgentSessionState::{self, BusyWrapUp, Ready};
    use crate::ConstFamily;

    const FR: bool = cfg!(feature = "lang-fr");
    const DE: bool = cfg!(feature = "lang-de");

    #[test]
    fn tags_match_whole_ignoring_case_and_separator() {
        use super::same_tag;
        assert!(same_tag("pt_br", "PT-BR") && same_tag("fr", "FR"));
        assert!(!same_tag("fr", "de"), "same length, other letters");
        assert!(
            !same_tag("fr", "fr-CA") && !same_tag("fr-CA", "fr"),
            "a prefix"
        );
        assert!(
            !same_tag("pt-br", "ptxbr") && !same_tag("ptxbr", "pt_br"),
            "a separator matches only a separator"
        );
    }

    #[test]
    fn docs_debug_as_a_map_of_tags() {
        extern crate std;
        use std::format;
        let debug = format!("{:?}", Ready.entry().docs());
        assert!(debug.starts_with("{\"en\": \"The agent"), "{debug}");
        assert_eq!(debug.contains("\"fr\": "), FR, "{debug}");
    }

    #[test]
    fn a_dropped_language_is_not_listed_and_falls_back_to_english() {
        let info = LineAgentSessionState::INFO;
        assert_eq!(info.languages().contains(&"fr"), FR);
        assert_eq!(info.languages().contains(&"de"), DE);
        assert_eq!(info.languages()[0], "en");
        let en = Ready.description("en");
        assert_eq!(Ready.entry().docs().get("fr").is_some(), FR);
        assert_eq!(Ready.entry().docs().get("de").is_some(), DE);
        assert_eq!(Ready.description("fr") == en, !FR);
        assert_eq!(Ready.description("de-AT") == en, !DE);
        assert_eq!(BusyWrapUp.description("fr").contains("post-traitement"), FR);
        assert_eq!(info.description("fr") == info.description("en"), !FR);
        assert_eq!(
            Ready.entry().docs().iter().count(),
            1 + usize::from(FR) + usize::from(DE)
        );
    }

    /// A family of one's own follows the same features, regional tags by
    /// their primary language; a language without a feature is always kept.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, tapi_consts_derive::ConstFamily)]
    #[repr(u8)]
    #[tapi(prefix = "T_")]
    #[tapi(doc(fr_ca = "Famille.", pt_br = "Família.", de_ch = "Familie."))]
    enum Own {
        /// One.
        #[tapi(doc(fr_ca = "Un.", pt_br = "Um.", de_ch = "Eins."))]
        One = 1,
    }

    #[test]
    fn regional_tags_follow_their_primary_language() {
        let mut expected = [""; 4];
        let mut at = 0;
        for (tag, kept) in [("en", true), ("de-CH", DE), ("fr-CA", FR), ("pt-BR", true)] {
            if kept {
                expected[at] = tag;
                at += 1;
            }
        }
        assert_eq!(Own::INFO.languages(), &expected[..at]);
        let docs = Own::One.entry().docs();
        assert_eq!(docs.get("pt-BR"), Some("Um."));
        assert_eq!(docs.get("fr-CA").is_some(), FR);
        assert_eq!(docs.get("de-CH").is_some(), DE);
        assert_eq!(
            Own::One.description("fr-CA"),
            if FR { "Un." } else { "One." }
        );
        // Fallback goes from a region to its language, not the other way.
        assert_eq!(Own::One.description("fr"), "One.");
    }
}
