//! Descriptions in several languages, and how a requested language tag
//! falls back to the ones we have.

/// The descriptions of one family or one constant: pairs of a BCP 47
/// language tag (`"en"`, `"fr"`, `"pt-BR"`) and a text. English, when
/// present, comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Docs {
    // Hidden, not private, so generated tables are plain literals; not API.
    #[doc(hidden)]
    pub texts: &'static [(&'static str, &'static str)],
}

impl Docs {
    /// No description in any language.
    pub const EMPTY: Docs = Docs { texts: &[] };

    /// Descriptions from `(tag, text)` pairs; tags are written in their
    /// canonical case (`pt-BR`) and English, if present, comes first.
    pub const fn new(texts: &'static [(&'static str, &'static str)]) -> Self {
        Docs { texts }
    }

    /// Every `(tag, text)` pair.
    pub const fn all(self) -> &'static [(&'static str, &'static str)] {
        self.texts
    }

    /// The text in exactly this language (ASCII case-insensitive, `-` and `_`
    /// equivalent), with no fallback.
    pub fn get(self, lang: &str) -> Option<&'static str> {
        self.texts
            .iter()
            .find(|(tag, _)| same_tag(tag, lang))
            .map(|&(_, text)| text)
    }

    /// The text in `lang`, else in its primary language (`fr-CA` → `fr`),
    /// else in English, else `""`.
    pub fn description(self, lang: &str) -> &'static str {
        self.get(lang)
            .or_else(|| self.get(primary_subtag(lang)))
            .or_else(|| self.get("en"))
            .unwrap_or("")
    }
}

/// Whether two language tags name the same language: ASCII case-insensitive,
/// `-` and `_` equivalent (so a POSIX-style `pt_br` matches `pt-BR`).
pub fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            x.eq_ignore_ascii_case(&y) || (matches!(x, b'-' | b'_') && matches!(y, b'-' | b'_'))
        })
}

/// The primary language subtag: `fr` for `fr-CA` or `fr_CA`.
pub fn primary_subtag(tag: &str) -> &str {
    match tag.find(['-', '_']) {
        Some(end) => &tag[..end],
        None => tag,
    }
}
