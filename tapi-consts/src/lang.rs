//! Descriptions in several languages, and how a requested language tag
//! falls back to the ones we have.

use crate::family::FamilyInfo;

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
            .languages
            .iter()
            .enumerate()
            .filter_map(move |(language, &tag)| Some((tag, family.doc_at(record, language)?)))
    }

    /// The text in exactly this language (ASCII case-insensitive, `-` and `_`
    /// equivalent), with no fallback.
    #[inline]
    pub fn get(self, lang: &str) -> Option<&'static str> {
        let language = self
            .family
            .languages
            .iter()
            .position(|tag| same_tag(tag, lang))?;
        self.family.doc_at(self.record, language)
    }

    /// The text in `lang`, else in its primary language (`fr-CA` → `fr`),
    /// else in English, else `""`.
    #[inline]
    pub fn description(self, lang: &str) -> &'static str {
        self.get(lang)
            .or_else(|| self.get(primary_subtag(lang)))
            .or_else(|| self.get("en"))
            .unwrap_or("")
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
