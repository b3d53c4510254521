//! JSON output: the values encoded by serde_json (strings, numbers), laid
//! out by a streaming writer (an object member by member, an array item by
//! item) so that `decode -` and `annotate` write each input's object as
//! they go; and the objects every subcommand shares (constants, members,
//! families). The shapes are documented in CLI.md.

use std::fmt::Write as _;

use tapi_consts::messages::Role;
use tapi_consts::{Entry, FamilyInfo, Kind, ReprKind};

use crate::values::{Decoded, Refused};

/// Appends `text` as a JSON string (serde_json's encoding).
pub fn string(out: &mut String, text: &str) {
    // Serializing a `str` cannot fail.
    out.push_str(&serde_json::to_string(text).unwrap_or_default());
}

/// Writes one JSON object, member by member, into a string.
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, first: true }
    }

    fn key(&mut self, key: &str) -> &mut String {
        if !std::mem::replace(&mut self.first, false) {
            self.out.push(',');
        }
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        let out = self.key(key);
        string(out, value);
        self
    }

    pub fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(value) => self.str(key, value),
            None => self.raw(key, "null"),
        }
    }

    /// An integer: every value the tool writes is a 64-bit one, signed or
    /// not (a wider one would be written as `null`).
    pub fn num(&mut self, key: &str, value: impl Into<i128>) -> &mut Self {
        let value = value.into();
        let number = i64::try_from(value)
            .map(serde_json::Number::from)
            .or_else(|_| u64::try_from(value).map(serde_json::Number::from));
        match number {
            Ok(number) => {
                let out = self.key(key);
                let _ = write!(out, "{number}");
                self
            }
            Err(_) => self.raw(key, "null"),
        }
    }

    /// A value's readings (CLI.md, "JSON"): `value`, the bit pattern as an
    /// unsigned number; `signed`, the same bits as a signed number of the
    /// repr's width (a `LONG` result, `TAPIERR_DROPPED`'s −1); `hex`.
    pub fn readings(&mut self, repr: ReprKind, bits: u64) -> &mut Self {
        let shift = 64 - repr.bits();
        let signed = ((bits << shift) as i64) >> shift;
        self.num("value", bits)
            .num("signed", signed)
            .str("hex", &repr.hex(bits).to_string())
    }

    pub fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        self.raw(key, if value { "true" } else { "false" })
    }

    pub fn strs<'s>(&mut self, key: &str, values: impl IntoIterator<Item = &'s str>) -> &mut Self {
        array(self.key(key), values, string);
        self
    }

    /// A member whose value is JSON text already.
    pub fn raw(&mut self, key: &str, json: &str) -> &mut Self {
        self.key(key).push_str(json);
        self
    }

    /// A member whose value `write` appends.
    pub fn with(&mut self, key: &str, write: impl FnOnce(&mut String)) -> &mut Self {
        write(self.key(key));
        self
    }

    /// What a value that `message` or `field` reads in its family is
    /// made of: `known`, each constant's `members` object, and the
    /// `device_specific_bits` and `unknown_bits` left over.
    pub fn breakdown(&mut self, decoded: &Decoded, lang: &str) -> &mut Self {
        self.bool("known", decoded.known)
            .with("members", |out| {
                array(out, decoded.members.iter(), |out, entry| {
                    member(out, *entry, lang)
                })
            })
            .num("device_specific_bits", decoded.device_specific)
            .num("unknown_bits", decoded.unknown)
    }

    pub fn finish(self) {
        self.out.push('}');
    }
}

/// `[a,b,…]` from the items' writers.
pub fn array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// A role's name in `--json` (CLI.md: `message`'s and `field`'s `role`).
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::Unused => "unused",
        Role::Unspecified => "unspecified",
        Role::Handle => "handle",
        Role::Instance => "instance",
        Role::Id => "id",
        Role::Count => "count",
        Role::TickCount => "tick-count",
        Role::Size => "size",
        Role::Number => "number",
        Role::Digit => "digit",
        Role::Pointer => "pointer",
        Role::Message => "message",
        Role::Value(_) => "value",
        Role::Set(_) => "set",
        Role::Result(_) => "result",
        Role::DeviceSpecific => "device-specific",
    }
}

/// The full object of a constant, as `list`, `find` and `describe` print it.
pub fn constant(out: &mut String, entry: Entry, lang: &str) {
    let family = entry.family();
    // A constant of no family has `null`.
    let prefix = (family.kind() != Kind::Standalone).then(|| family.prefix());
    let mut object = Object::new(out);
    object
        .opt_str("family", prefix)
        .str("name", entry.name())
        .str("short_name", entry.short_name())
        .readings(family.repr(), entry.bits())
        .str("kind", family.kind().as_str())
        .str("repr", family.repr().name())
        .opt_str(
            "since",
            entry
                .requires()
                .map(|version| version.to_string())
                .as_deref(),
        )
        .opt_str("header", family.header())
        .strs("aliases", entry.aliases())
        .strs(
            "counterparts",
            tapi_consts::families::counterparts(entry).map(|other| other.name()),
        )
        .str("description", entry.description(lang))
        .with("docs", |out| docs(out, entry.docs().iter()));
    object.finish();
}

/// The small object of a member of a decoded or encoded value.
pub fn member(out: &mut String, entry: Entry, lang: &str) {
    let mut object = Object::new(out);
    object
        .str("name", entry.name())
        .str("short_name", entry.short_name())
        .readings(entry.family().repr(), entry.bits())
        .str("description", entry.description(lang));
    object.finish();
}

/// The object of a family, as `describe` prints it, with its constants.
pub fn family(out: &mut String, family: &'static FamilyInfo, lang: &str) {
    let mut object = Object::new(out);
    object
        .str("prefix", family.prefix())
        .str("type_name", family.type_name())
        .str("kind", family.kind().as_str())
        .str("repr", family.repr().name())
        .opt_str(
            "since",
            family.since().map(|version| version.to_string()).as_deref(),
        )
        .opt_str("header", family.header())
        .num("count", family.len() as u64)
        .str("description", family.description(lang))
        .with("docs", |out| docs(out, family.docs().iter()))
        .with("constants", |out| {
            array(out, family.entries(), |out, entry| {
                constant(out, entry, lang)
            });
        });
    object.finish();
}

/// `{"en": "…", "fr": "…"}`.
fn docs(out: &mut String, docs: impl Iterator<Item = (&'static str, &'static str)>) {
    let mut object = Object::new(out);
    for (tag, text) in docs {
        object.str(tag, text);
    }
    object.finish();
}

/// The object for an input the tool refused (CLI.md): the input, the family
/// it was read in or whose prefix it starts with (else `null`), the error
/// and the constant probably meant (else `null`); on a line of its own.
pub fn refusal(input: &str, family: Option<&'static FamilyInfo>, refused: &Refused) -> String {
    let mut text = String::new();
    let mut object = Object::new(&mut text);
    object
        .str("input", input)
        .opt_str("family", family.map(|family| family.prefix()))
        .str("error", &refused.message)
        .opt_str("suggestion", refused.suggestion.as_deref());
    object.finish();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::{string, Object};

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}e\u{7f}é€\r\t");
        // Controls escaped (DEL is no JSON control character), the rest
        // as UTF-8.
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001e\u{7f}é€\\r\\t\"");
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(back, "a\"b\\c\nd\u{1}e\u{7f}é€\r\t");
    }

    #[test]
    fn objects_separate_members() {
        let mut out = String::new();
        let mut object = Object::new(&mut out);
        object
            .str("a", "x")
            .num("b", -1i64)
            .bool("c", true)
            .opt_str("d", None);
        object.finish();
        assert_eq!(out, r#"{"a":"x","b":-1,"c":true,"d":null}"#);
    }
}
