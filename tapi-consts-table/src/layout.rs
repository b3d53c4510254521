//! Where things are in a table: the record layout, the markers, and the
//! order of the key runs.

/// Bytes of a record before its per-language doc ranges: `since` (2),
/// first alias key (2), alias count (2).
pub(crate) const FIXED: usize = 6;

/// Both bytes of a record's `since` when the constant has no version.
pub const NO_VERSION: u8 = 0xFF;

/// A `u16` index list's "nothing here": an empty slot of the name hash, a
/// bit position without a flag, a value without a member.
pub const NONE: u16 = u16::MAX;

/// Bytes per record of a family described in `languages` languages.
#[inline]
pub const fn record_size(languages: usize) -> usize {
    FIXED + 8 * languages
}

/// The four runs of a family's keys, and which entry each key spells: the
/// full names (key `i` is entry `i`), the short names (key `len + i`), the
/// aliases grouped by entry, then the same aliases with the prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyRuns {
    /// Entries.
    pub len: usize,
    /// Aliases, over all entries.
    pub aliases: usize,
}

impl KeyRuns {
    /// The runs of `keys` keys over `len` entries.
    #[inline]
    pub const fn of(len: usize, keys: usize) -> Self {
        KeyRuns {
            len,
            aliases: keys.saturating_sub(2 * len) / 2,
        }
    }

    /// Every key: twice the entries and twice the aliases.
    #[inline]
    pub const fn keys(self) -> usize {
        2 * (self.len + self.aliases)
    }

    /// The key of alias number `alias` (counted over all entries, in
    /// order), without the prefix; add [`aliases`](Self::aliases) for the
    /// one with it.
    #[inline]
    pub const fn alias_key(self, alias: usize) -> usize {
        2 * self.len + alias
    }

    /// Whether key `key` is a full name (with the prefix): an entry's or
    /// an alias's.
    #[inline]
    pub const fn is_full(self, key: usize) -> bool {
        key < self.len || key >= 2 * self.len + self.aliases
    }

    /// The entry key `key` spells, for a key that is a name (not an
    /// alias), else the alias number (counted over all entries) as `Err`.
    #[inline]
    pub const fn entry(self, key: usize) -> Result<usize, usize> {
        if key < 2 * self.len {
            Ok(key % self.len)
        } else if key >= 2 * self.len + self.aliases {
            Err(key - 2 * self.len - self.aliases)
        } else {
            Err(key - 2 * self.len)
        }
    }
}

/// The records of a table written by hand, whose texts are given by their
/// byte lengths per record and language, in order (`descriptions()`
/// concatenates them): no version, no alias, each text's range. For
/// `tapi-consts`' constants of no family; the derive's tables come from
/// [`write`](crate::write).
pub const fn doc_records<const L: usize, const LEN: usize>(lengths: &[[usize; L]]) -> [u8; LEN] {
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
            // No text: (0, 0), as the writer writes it.
            let start = if len == 0 { 0 } else { starts[language] as u32 }.to_le_bytes();
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

#[cfg(test)]
mod tests {
    use super::KeyRuns;

    #[test]
    fn every_key_of_every_run_spells_its_entry() {
        // Three entries; entry 1 has two aliases, entry 2 one.
        let runs = KeyRuns::of(3, 12);
        assert_eq!(runs, KeyRuns { len: 3, aliases: 3 });
        assert_eq!(runs.keys(), 12);
        let full = [
            true, true, true, false, false, false, false, false, false, true, true, true,
        ];
        for (key, &full) in full.iter().enumerate() {
            assert_eq!(runs.is_full(key), full, "{key}");
        }
        let names: [_; 6] = core::array::from_fn(|key| runs.entry(key));
        assert_eq!(names, [Ok(0), Ok(1), Ok(2), Ok(0), Ok(1), Ok(2)]);
        assert_eq!(runs.entry(6), Err(0));
        assert_eq!(runs.entry(8), Err(2));
        assert_eq!(runs.entry(9), Err(0));
        assert_eq!(runs.entry(11), Err(2));
        assert_eq!(runs.alias_key(1), 7);
    }
}
