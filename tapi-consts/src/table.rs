//! The compact table a family's constants are stored in, and the `const`
//! readers over it.
//!
//! The derive writes each family as a handful of literals — arrays of name
//! strings, one string of descriptions per language, byte strings of fixed-size records —
//! instead of one struct literal per constant: the compiler then has almost
//! nothing to type-check, borrow-check or const-evaluate per constant, which
//! is most of what a family costs to compile. The layout, little-endian,
//! written by `tapi-consts-derive/src/table.rs`:
//!
//! - `names`: the full names, in declaration order; `bits`: the values' bit
//!   patterns, in the same order.
//! - `bit_terms`: in a flags or mixed family, per bit position the full name
//!   of that bit's flag after ` | ` (the set separator), `""` for none, so
//!   that a set is written with one lookup and one call per term; empty in
//!   other families.
//! - `keys`: every spelling the lookup accepts, in four runs: the full names
//!   (key `i` is entry `i`), the short names (key `len + i`), the aliases,
//!   grouped by entry, then the same aliases with the prefix.
//! - `table`: records of [`record_size`] bytes. Record 0 is the family
//!   (only its docs are used), record `i + 1` is entry `i`:
//!   `since: (major: u8, minor: u8)` (`0xFF, 0xFF` for none),
//!   `aliases: (first key: u16, count: u16)`, then per language of
//!   `doc_languages`: `doc: (start: u32, len: u32)` in that language's
//!   string of `descriptions()` (`len` 0: none). A language the build drops (its
//!   `lang-*` feature is off) has `""` there: the texts never reach the
//!   binary, and its ranges read as none.
//! - `by_value`: entry indices as `u16`, in ascending order of bits.
//! - `bit_index`: in a flags or mixed family, the flag member of each bit
//!   position as a `u16` (`u16::MAX`: none); empty in other families.
//!
//! A family built by hand with [`FamilyInfo::new`] has only `names` and
//! `bits`: every other part is empty, and each reader then falls back to a
//! linear scan (on its miss path, so derived families do not pay for it).
//! - `slots`: the perfect hash's slots, each a `u16` key index (`u16::MAX`:
//!   empty) and the `u16` entry of that key; see `index.rs`. None in a
//!   family too large for a table of 2^16 slots: its lookups scan `keys`.

use crate::family::FamilyInfo;

/// Bytes of a record before its per-language doc ranges.
const FIXED: usize = 6;
/// Marks "no version" in a record.
const NO_VERSION: u8 = 0xFF;

/// Bytes per record of a family with `languages` languages.
#[inline]
pub(crate) const fn record_size(languages: usize) -> usize {
    FIXED + 8 * languages
}

/// The records of a table whose texts are given by their byte lengths, per
/// record and language, in order (`descriptions()` concatenates them): no
/// version, no alias, each text's range. For a table written by hand
/// (`families/standalone.rs`); the derive writes its own (`table.rs` there).
pub(crate) const fn doc_records<const L: usize, const LEN: usize>(
    lengths: &[[usize; L]],
) -> [u8; LEN] {
    assert!(
        LEN == lengths.len() * record_size(L),
        "one record per length row"
    );
    let mut out = [0u8; LEN];
    let mut starts = [0usize; L];
    let mut record = 0;
    while record < lengths.len() {
        let at = record * record_size(L);
        out[at] = NO_VERSION;
        out[at + 1] = NO_VERSION;
        // Aliases: first key 0, count 0, as zeroed.
        let mut language = 0;
        while language < L {
            let len = lengths[record][language];
            let range = at + FIXED + 8 * language;
            let start = (starts[language] as u32).to_le_bytes();
            let length = (len as u32).to_le_bytes();
            let mut i = 0;
            while i < 4 {
                out[range + i] = start[i];
                out[range + 4 + i] = length[i];
                i += 1;
            }
            starts[language] += len;
            language += 1;
        }
        record += 1;
    }
    out
}

/// `N` bytes at `at`, or `None` past the end: one bounds check and one
/// load, in a `const fn`.
#[inline]
const fn bytes_at<const N: usize>(bytes: &[u8], at: usize) -> Option<&[u8; N]> {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => rest.first_chunk::<N>(),
        None => None,
    }
}

#[inline]
const fn read_u8(bytes: &[u8], at: usize) -> u8 {
    match bytes_at::<1>(bytes, at) {
        Some(&[byte]) => byte,
        None => 0,
    }
}

#[inline]
pub(crate) const fn read_u16(bytes: &[u8], at: usize) -> u16 {
    match bytes_at(bytes, at) {
        Some(&chunk) => u16::from_le_bytes(chunk),
        None => 0,
    }
}

#[inline]
pub(crate) const fn read_u32(bytes: &[u8], at: usize) -> u32 {
    match bytes_at(bytes, at) {
        Some(&chunk) => u32::from_le_bytes(chunk),
        None => 0,
    }
}

/// `text[start..start + len]`, or `""` if that is not a valid range (the
/// derive only writes valid ones).
#[inline]
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
    #[inline]
    const fn record(&self, record: usize) -> usize {
        record * record_size(self.doc_languages.len())
    }

    #[inline]
    pub(crate) const fn bits_at(&self, index: usize) -> u64 {
        if index < self.bits.len() {
            self.bits[index]
        } else {
            0
        }
    }

    /// The full name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    #[inline]
    pub const fn __name_at(&self, index: usize) -> &'static str {
        self.name_at(index)
    }

    /// The short name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    #[inline]
    pub const fn __short_name_at(&self, index: usize) -> &'static str {
        self.short_name_at(index)
    }

    #[inline]
    pub(crate) const fn name_at(&self, index: usize) -> &'static str {
        if index < self.names.len() {
            self.names[index]
        } else {
            ""
        }
    }

    #[inline]
    pub(crate) const fn short_name_at(&self, index: usize) -> &'static str {
        let name = self.name_at(index);
        match name.split_at_checked(self.prefix.len()) {
            Some((_, short)) => short,
            None => "",
        }
    }

    #[inline]
    pub(crate) const fn since_at(&self, index: usize) -> Option<crate::Version> {
        let at = self.record(index + 1);
        let (major, minor) = (read_u8(self.table, at), read_u8(self.table, at + 1));
        // Past the end: a family built by `FamilyInfo::new` has no records.
        if (major == NO_VERSION && minor == NO_VERSION) || at + 2 > self.table.len() {
            None
        } else {
            Some(crate::Version::new(major, minor))
        }
    }

    /// Entry `index`'s aliases, as a range of keys.
    #[inline]
    pub(crate) const fn alias_keys(&self, index: usize) -> (usize, usize) {
        let at = self.record(index + 1) + 2;
        let first = read_u16(self.table, at) as usize;
        (first, first + read_u16(self.table, at + 2) as usize)
    }

    /// The text of record `record` in language number `language` of
    /// `doc_languages`, if any (none for a language this build drops).
    #[inline]
    pub(crate) fn doc_at(&self, record: usize, language: usize) -> Option<&'static str> {
        let at = self.record(record) + FIXED + 8 * language;
        let start = read_u32(self.table, at) as usize;
        let len = read_u32(self.table, at + 4) as usize;
        let text = (self.descriptions)().get(language).copied().unwrap_or("");
        if len == 0 || text.is_empty() {
            None
        } else {
            Some(substr(text, start, len))
        }
    }

    /// Whether key `key` is a full name (with the prefix).
    #[inline]
    pub(crate) const fn is_full_key(&self, key: usize) -> bool {
        let len = self.names.len();
        let aliases = self.keys.len().saturating_sub(2 * len) / 2;
        key < len || key >= 2 * len + aliases
    }

    /// The flag member whose value is `bit` (a single bit), from the
    /// bit-position index of a flags family; `None` for other families.
    #[inline]
    pub(crate) const fn flag_index(&self, bit: u64) -> Option<usize> {
        let slot = 2 * bit.trailing_zeros() as usize;
        let index = read_u16(self.bit_index, slot);
        if slot + 2 > self.bit_index.len() || index == u16::MAX {
            self.unindexed_flag(bit)
        } else {
            Some(index as usize)
        }
    }

    /// `flag_index` off the fast path: an unknown bit, or a family built by
    /// [`FamilyInfo::new`] (no bit index: a linear scan).
    #[cold]
    const fn unindexed_flag(&self, bit: u64) -> Option<usize> {
        if self.bit_index.is_empty() && !matches!(self.kind, crate::Kind::Enum) {
            self.scan_bits(bit)
        } else {
            None
        }
    }

    /// The first entry whose bits are `bits`, by a linear scan: the lookup
    /// of a family built by [`FamilyInfo::new`], which has no indexes.
    #[inline]
    pub(crate) const fn scan_bits(&self, bits: u64) -> Option<usize> {
        let mut index = 0;
        while index < self.bits.len() {
            if self.bits[index] == bits {
                return Some(index);
            }
            index += 1;
        }
        None
    }

    /// The entry at position `rank` in ascending order of bits.
    #[inline]
    pub(crate) const fn by_value_at(&self, rank: usize) -> usize {
        read_u16(self.by_value, 2 * rank) as usize
    }
}
