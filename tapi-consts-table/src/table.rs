//! [`Table`] and its readers: every question the runtime asks of a
//! family's constants, answered from the layout of the crate docs.

use core::ops::Range;

use crate::bytes::{read_index, read_u16, read_u32, read_u8, substr};
use crate::hash::{hash, same, slot};
use crate::layout::{record_size, KeyRuns, FIXED, NO_VERSION};

/// A family's constants: names and values, and what the derive adds —
/// versions, aliases, descriptions and indexes. The crate docs give the
/// layout.
#[derive(Debug)]
pub struct Table {
    /// Full names, in declaration order.
    pub names: &'static [&'static str],
    /// Each entry's value as a zero-extended bit pattern, in the same order.
    pub bits: &'static [u64],
    /// Versions, aliases and descriptions; `None` in a family written by
    /// hand, which has none.
    pub details: Option<Details>,
    /// The lookup indexes; `None` in a family written by hand, whose
    /// lookups scan `names` and `bits`.
    pub index: Option<Index>,
}

/// Versions, aliases and descriptions: one record per entry, plus one for
/// the family.
#[derive(Debug)]
pub struct Details {
    /// Every language tag the family was written with, English first.
    pub doc_languages: &'static [&'static str],
    /// The tags of `doc_languages` this build keeps.
    pub languages: &'static [&'static str],
    /// Per tag of `doc_languages`, its texts concatenated (`""` for a
    /// language this build drops); a function, so that the texts stay out
    /// of the crate metadata.
    pub descriptions: fn() -> &'static [&'static str],
    /// The records.
    pub records: &'static [u8],
}

/// The lookup indexes the derive computes.
#[derive(Debug)]
pub struct Index {
    /// Every spelling a lookup accepts, in [`KeyRuns`] order.
    pub keys: &'static [&'static str],
    /// Entry indices (`u16`) in ascending order of bits.
    pub by_value: &'static [u8],
    /// Per bit position of a flags family, its flag's entry (`u16`).
    pub bit_index: &'static [u8],
    /// Per bit position of a flags family, ` | ` and its flag's full name.
    pub bit_terms: &'static [&'static str],
    /// The perfect hash of `keys`; `None` when a family has too many for a
    /// table of 2^16 slots (its lookups scan the keys).
    pub name_hash: Option<NameHash>,
}

/// A perfect hash of a family's keys: [`hash`] the name, [`slot`] it.
#[derive(Debug)]
pub struct NameHash {
    /// Whether names are hashed whole, rather than by their ends.
    pub full: bool,
    /// The seed the writer found.
    pub seed: u64,
    /// `64 -` the table's bits.
    pub shift: u32,
    /// 4 bytes a slot: the key (`u16`) and the key's entry (`u16`).
    pub slots: &'static [u8],
}

/// What a name spells: an entry, and the key that matched (see
/// [`Table::is_full`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entry.
    pub entry: usize,
    /// The key: its position in the [`KeyRuns`] (in a family written by
    /// hand, which has no keys, the same runs of full and short names).
    pub key: usize,
}

impl Table {
    /// The number of entries.
    #[inline]
    pub const fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there is no entry.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Entry `index`'s full name (`""` past the end).
    #[inline]
    pub const fn name(&self, index: usize) -> &'static str {
        if index < self.names.len() {
            self.names[index]
        } else {
            ""
        }
    }

    /// Entry `index`'s name after a prefix of `prefix_len` bytes.
    #[inline]
    pub const fn short_name(&self, index: usize, prefix_len: usize) -> &'static str {
        match self.name(index).split_at_checked(prefix_len) {
            Some((_, short)) => short,
            None => "",
        }
    }

    /// Entry `index`'s bit pattern (0 past the end).
    #[inline]
    pub const fn bits(&self, index: usize) -> u64 {
        if index < self.bits.len() {
            self.bits[index]
        } else {
            0
        }
    }

    /// The start of record `record` (0: the family, `i + 1`: entry `i`).
    #[inline]
    const fn record(details: &Details, record: usize) -> usize {
        record * record_size(details.doc_languages.len())
    }

    /// Entry `index`'s own version, `(major, minor)`, if it has one.
    #[inline]
    pub const fn since(&self, index: usize) -> Option<(u8, u8)> {
        let Some(details) = &self.details else {
            return None;
        };
        let at = Self::record(details, index + 1);
        if at + 2 > details.records.len() {
            return None;
        }
        match (
            read_u8(details.records, at),
            read_u8(details.records, at + 1),
        ) {
            (NO_VERSION, NO_VERSION) => None,
            version => Some(version),
        }
    }

    /// Entry `index`'s aliases, without the prefix.
    #[inline]
    pub fn aliases(
        &self,
        index: usize,
    ) -> impl ExactSizeIterator<Item = &'static str> + DoubleEndedIterator {
        let keys = match &self.index {
            Some(index) => index.keys,
            None => &[],
        };
        self.alias_keys(index)
            .map(move |key| keys.get(key).copied().unwrap_or(""))
    }

    /// The keys of entry `index`'s aliases (without the prefix).
    #[inline]
    fn alias_keys(&self, index: usize) -> Range<usize> {
        let Some(details) = &self.details else {
            return 0..0;
        };
        let at = Self::record(details, index + 1) + 2;
        let first = usize::from(read_u16(details.records, at));
        first..first + usize::from(read_u16(details.records, at + 2))
    }

    /// Every language tag the family was written with, English first.
    #[inline]
    pub const fn doc_languages(&self) -> &'static [&'static str] {
        match &self.details {
            Some(details) => details.doc_languages,
            None => &[],
        }
    }

    /// The tags of [`doc_languages`](Self::doc_languages) this build keeps.
    #[inline]
    pub const fn languages(&self) -> &'static [&'static str] {
        match &self.details {
            Some(details) => details.languages,
            None => &[],
        }
    }

    /// The text of record `record` in language number `language` of
    /// `doc_languages`, if any (none in a language the build drops).
    #[inline]
    pub fn doc(&self, record: usize, language: usize) -> Option<&'static str> {
        let details = self.details.as_ref()?;
        let at = Self::record(details, record) + FIXED + 8 * language;
        let start = read_u32(details.records, at) as usize;
        let len = read_u32(details.records, at + 4) as usize;
        let text = (details.descriptions)()
            .get(language)
            .copied()
            .unwrap_or("");
        if len == 0 || text.is_empty() {
            None
        } else {
            Some(substr(text, start, len))
        }
    }

    /// The entry `name` spells (any accepted spelling, exactly or ignoring
    /// ASCII case); `prefix_len` is the length of the family's prefix.
    #[inline]
    pub fn find_name(&self, name: &str, ignore_case: bool, prefix_len: usize) -> Option<Found> {
        match &self.index {
            Some(Index {
                keys,
                name_hash: Some(name_hash),
                ..
            }) => probe(keys, name_hash, name, ignore_case),
            _ => self.scan(name, ignore_case, prefix_len),
        }
    }

    /// The lookup of a family without a hash table: one too large for one
    /// (a scan of its keys), or one written by hand (of its names).
    #[cold]
    fn scan(&self, name: &str, ignore_case: bool, prefix_len: usize) -> Option<Found> {
        match &self.index {
            Some(index) => self.scan_keys(index, name, ignore_case),
            None => self.scan_names(name, ignore_case, prefix_len),
        }
    }

    /// Whether what was found is a full name (with the prefix): an entry's
    /// or an alias's.
    #[inline]
    pub fn is_full(&self, found: Found) -> bool {
        match &self.index {
            Some(index) => KeyRuns::of(self.len(), index.keys.len()).is_full(found.key),
            // Written by hand: full names (key `i`), then short names.
            None => found.key < self.len(),
        }
    }

    /// The lookup of a family too large for a hash table: a scan of its
    /// keys.
    #[cold]
    fn scan_keys(&self, index: &Index, name: &str, ignore_case: bool) -> Option<Found> {
        let key = index
            .keys
            .iter()
            .position(|&known| matches(known, name, ignore_case))?;
        let runs = KeyRuns::of(self.len(), index.keys.len());
        let entry = match runs.entry(key) {
            Ok(entry) => entry,
            // The entry whose alias range holds the alias.
            Err(alias) => (0..self.len())
                .find(|&entry| self.alias_keys(entry).contains(&runs.alias_key(alias)))?,
        };
        Some(Found { entry, key })
    }

    /// The lookup of a family written by hand, which has no keys: full
    /// names (key `i`), then short names (key `len + i`), by a scan.
    #[cold]
    fn scan_names(&self, name: &str, ignore_case: bool, prefix_len: usize) -> Option<Found> {
        let len = self.len();
        let full = (0..len).find(|&index| matches(self.name(index), name, ignore_case));
        let found = |entry| Found { entry, key: entry };
        full.map(found).or_else(|| {
            let short = (0..len)
                .find(|&index| matches(self.short_name(index, prefix_len), name, ignore_case))?;
            Some(Found {
                entry: short,
                key: len + short,
            })
        })
    }

    /// The entry whose bits are `bits` (the first, when several are).
    #[inline]
    pub fn find_bits(&self, bits: u64) -> Option<usize> {
        let Some(index) = &self.index else {
            return self.scan_bits(bits);
        };
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = low + (high - low) / 2;
            let entry = usize::from(read_u16(index.by_value, 2 * middle));
            match self.bits(entry).cmp(&bits) {
                core::cmp::Ordering::Less => low = middle + 1,
                core::cmp::Ordering::Greater => high = middle,
                core::cmp::Ordering::Equal => return Some(entry),
            }
        }
        None
    }

    /// The first entry whose bits are `bits`, by a scan.
    #[cold]
    fn scan_bits(&self, bits: u64) -> Option<usize> {
        self.bits.iter().position(|&have| have == bits)
    }

    /// The flag whose value is `bit`, a single bit: from the bit index of
    /// a flags family, by a scan in one written by hand.
    #[inline]
    pub fn flag(&self, bit: u64) -> Option<usize> {
        match &self.index {
            Some(index) => read_index(index.bit_index, bit.trailing_zeros() as usize),
            None => self.scan_bits(bit),
        }
    }

    /// Per bit position of a flags family, ` | ` and the full name of
    /// that bit's flag (`""`: none), for writing a set with one write a
    /// term; empty in other families and in one written by hand.
    #[inline]
    pub const fn bit_terms(&self) -> &'static [&'static str] {
        match &self.index {
            Some(index) => index.bit_terms,
            None => &[],
        }
    }

    /// Every spelling a lookup accepts: the keys, or the full and short
    /// names of a family written by hand.
    #[inline]
    pub fn spellings(&self, prefix_len: usize) -> impl Iterator<Item = &'static str> + '_ {
        let keys = self.index.as_ref().map_or(&[][..], |index| index.keys);
        let names = (0..self.len())
            .filter(|_| self.index.is_none())
            .flat_map(move |index| [self.name(index), self.short_name(index, prefix_len)]);
        keys.iter().copied().chain(names)
    }
}

/// The hash table's lookup: one hash, one probe, one comparison. A slot
/// holds the key and its entry, so the entry is known while the name is
/// still being compared; an empty slot's key is past the last key.
#[inline]
fn probe(keys: &[&str], name_hash: &NameHash, name: &str, ignore_case: bool) -> Option<Found> {
    let NameHash {
        full,
        seed,
        shift,
        slots,
    } = *name_hash;
    let slot = slot(hash(name.as_bytes(), full), seed, shift);
    let key = usize::from(read_u16(slots, 4 * slot));
    let entry = usize::from(read_u16(slots, 4 * slot + 2));
    let known = *keys.get(key)?;
    let found = if ignore_case {
        known.eq_ignore_ascii_case(name)
    } else {
        same(known.as_bytes(), name.as_bytes())
    };
    found.then_some(Found { entry, key })
}

#[inline]
fn matches(known: &str, name: &str, ignore_case: bool) -> bool {
    if ignore_case {
        known.eq_ignore_ascii_case(name)
    } else {
        known == name
    }
}
