//! The compact table a family's constants are stored in, and the `const`
//! readers over it.
//!
//! The derive writes each family as a handful of literals — one string with
//! every name and description, and byte strings of fixed-size records —
//! instead of one struct literal per constant: the compiler then has almost
//! nothing to type-check, borrow-check or const-evaluate per constant, which
//! is most of what a family costs to compile. The layout, little-endian,
//! written by `tapi-consts-derive/src/table.rs`:
//!
//! - `table`: records of [`record_size`] bytes. Record 0 is the family
//!   (only its docs are used), record `i + 1` is entry `i`:
//!   `bits: u64`, `name: (start: u32, len: u32)` in `strings`,
//!   `since: (major: u8, minor: u8)` (`0xFF, 0xFF` for none),
//!   `aliases: (first key: u16, count: u16)`, then per language of
//!   `languages`: `doc: (start: u32, len: u32)` (`len` 0: none).
//! - `keys`: the names the lookup knows, 10 bytes each:
//!   `entry: u16, name: (start: u32, len: u32)`. Key `i < len` is entry
//!   `i`'s short name; aliases follow, grouped by entry.
//! - `by_value`: entry indices as `u16`, in ascending order of bits.
//! - `slots`: the perfect hash's slots as `u16` key indices (`u16::MAX`:
//!   empty); see `index.rs`.

use crate::family::FamilyInfo;

/// Bytes of a record before its per-language doc ranges.
const FIXED: usize = 22;
/// Bytes of one key.
pub(crate) const KEY_SIZE: usize = 10;
/// Marks "no version" in a record.
const NO_VERSION: u8 = 0xFF;

/// Bytes per record of a family with `languages` languages.
pub(crate) const fn record_size(languages: usize) -> usize {
    FIXED + 8 * languages
}

const fn read_u8(bytes: &[u8], at: usize) -> u8 {
    if at >= bytes.len() {
        return 0;
    }
    bytes[at]
}

pub(crate) const fn read_u16(bytes: &[u8], at: usize) -> u16 {
    if at + 2 > bytes.len() {
        return 0;
    }
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

pub(crate) const fn read_u32(bytes: &[u8], at: usize) -> u32 {
    if at + 4 > bytes.len() {
        return 0;
    }
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

const fn read_u64(bytes: &[u8], at: usize) -> u64 {
    (read_u32(bytes, at) as u64) | ((read_u32(bytes, at + 4) as u64) << 32)
}

/// `text[start..start + len]`, or `""` if that is not a valid range (the
/// derive only writes valid ones).
const fn substr(text: &'static str, start: usize, len: usize) -> &'static str {
    match text.split_at_checked(start) {
        Some((_, rest)) => match rest.split_at_checked(len) {
            Some((part, _)) => part,
            None => "",
        },
        None => "",
    }
}

impl FamilyInfo {
    /// Offset of record `record` (0: the family, `i + 1`: entry `i`).
    const fn record(&self, record: usize) -> usize {
        record * record_size(self.languages.len())
    }

    pub(crate) const fn bits_at(&self, index: usize) -> u64 {
        read_u64(self.table, self.record(index + 1))
    }

    /// The full name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    pub const fn __name_at(&self, index: usize) -> &'static str {
        self.name_at(index)
    }

    /// The short name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    pub const fn __short_name_at(&self, index: usize) -> &'static str {
        self.short_name_at(index)
    }

    pub(crate) const fn name_at(&self, index: usize) -> &'static str {
        let at = self.record(index + 1) + 8;
        let start = read_u32(self.table, at) as usize;
        let len = read_u32(self.table, at + 4) as usize;
        substr(self.strings, start, len)
    }

    pub(crate) const fn short_name_at(&self, index: usize) -> &'static str {
        let name = self.name_at(index);
        match name.split_at_checked(self.prefix.len()) {
            Some((_, short)) => short,
            None => "",
        }
    }

    pub(crate) const fn since_at(&self, index: usize) -> Option<crate::Version> {
        let at = self.record(index + 1) + 16;
        let (major, minor) = (read_u8(self.table, at), read_u8(self.table, at + 1));
        if major == NO_VERSION && minor == NO_VERSION {
            None
        } else {
            Some(crate::Version::new(major, minor))
        }
    }

    /// Entry `index`'s aliases, as a range of keys.
    pub(crate) const fn alias_keys(&self, index: usize) -> (usize, usize) {
        let at = self.record(index + 1) + 18;
        let first = read_u16(self.table, at) as usize;
        (first, first + read_u16(self.table, at + 2) as usize)
    }

    /// The text of record `record` in language number `language`, if any.
    pub(crate) const fn doc_at(&self, record: usize, language: usize) -> Option<&'static str> {
        let at = self.record(record) + FIXED + 8 * language;
        let start = read_u32(self.table, at) as usize;
        let len = read_u32(self.table, at + 4) as usize;
        if len == 0 {
            None
        } else {
            Some(substr(self.strings, start, len))
        }
    }

    /// Key `key`: the entry it names, and the name.
    pub(crate) const fn key(&self, key: usize) -> (usize, &'static str) {
        let at = key * KEY_SIZE;
        let entry = read_u16(self.keys, at) as usize;
        let start = read_u32(self.keys, at + 2) as usize;
        let len = read_u32(self.keys, at + 6) as usize;
        (entry, substr(self.strings, start, len))
    }

    pub(crate) const fn key_count(&self) -> usize {
        self.keys.len() / KEY_SIZE
    }

    /// The entry at position `rank` in ascending order of bits.
    pub(crate) const fn by_value_at(&self, rank: usize) -> usize {
        read_u16(self.by_value, 2 * rank) as usize
    }
}
