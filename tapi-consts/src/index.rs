//! Name → member lookup: a perfect hash table built by the derive at
//! expansion time, probed here at run time.
//!
//! The table's keys are every spelling a parser accepts — full names, short
//! names and aliases, as full and short names — so a lookup is one hash,
//! one probe and one comparison, with no prefix handling. The hash folds
//! ASCII case, so the same table serves case-insensitive lookups: the derive
//! rejects two names that differ only in case, and the final comparison
//! decides.
//!
//! `hash` and `slot` must stay identical to `tapi-consts-derive/src/name_index.rs`,
//! which builds the tables; every name lookup in the test suite checks that
//! they agree.

use crate::family::FamilyInfo;
use crate::table::read_u16;

/// Per-position multipliers; the products are independent of each other,
/// so a long name hashes at the speed of its loads.
const K: [u64; 4] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0x85EB_CA77_C2B2_AE63,
];
/// Clears bit 5 of every byte: `a`..`z` become `A`..`Z`. Names are ASCII
/// letters, digits and `_`, on which this folding loses nothing but case.
const FOLD_CASE: u64 = 0xDFDF_DFDF_DFDF_DFDF;

#[inline]
fn word(name: &[u8], at: usize) -> u64 {
    match name.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&chunk) => u64::from_le_bytes(chunk) & FOLD_CASE,
        None => 0,
    }
}

#[inline]
fn half(name: &[u8], at: usize) -> u64 {
    match name.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(&chunk) => u64::from(u32::from_le_bytes(chunk)),
        None => 0,
    }
}

/// Seed-independent hash of a name. `full`: every 8-byte chunk (the last
/// one overlapping); otherwise only the last 16 bytes (or all of a shorter
/// name), which tell most families' names apart at a fixed cost — the
/// derive picks `full` for a family where they do not. Names under 8 bytes hash their first and
/// last 4 bytes, or 3 of their bytes.
#[inline]
pub(crate) fn hash(name: &[u8], full: bool) -> u64 {
    let len = name.len();
    let mut h = (len as u64).wrapping_mul(K[0]);
    if len >= 8 {
        if full {
            let mut at = 0;
            while at + 8 < len {
                h = h.wrapping_add(word(name, at).wrapping_mul(K[(at / 8) & 3]));
                at += 8;
            }
        } else {
            // Names of a family share their start, so the 8 bytes before the
            // last 8 tell them apart better than the first 8.
            h = h.wrapping_add(word(name, len.saturating_sub(16)).wrapping_mul(K[1]));
        }
        h = h.wrapping_add(word(name, len - 8).wrapping_mul(K[3] ^ K[0]));
    } else if len >= 4 {
        let both = half(name, 0) | (half(name, len - 4) << 32);
        h = h.wrapping_add((both & FOLD_CASE).wrapping_mul(K[1]));
    } else if let (Some(&first), Some(&last)) = (name.first(), name.last()) {
        let middle = name[len / 2];
        let bytes = u64::from(first) | (u64::from(middle) << 8) | (u64::from(last) << 16);
        h = h.wrapping_add((bytes & FOLD_CASE).wrapping_mul(K[2]));
    }
    h ^ (h >> 32)
}

/// `a == b`, 8 bytes at a time: names are short, and a call to `memcmp`
/// costs more than comparing them.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let len = a.len();
    if len < 8 {
        return a == b;
    }
    let raw = |bytes: &[u8], at: usize| match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => 0,
    };
    let mut at = 0;
    while at + 8 < len {
        if raw(a, at) != raw(b, at) {
            return false;
        }
        at += 8;
    }
    raw(a, len - 8) == raw(b, len - 8)
}

/// The slot of a hashed name in a table of `64 - shift` bits.
#[inline]
pub(crate) fn slot(hash: u64, seed: u64, shift: u32) -> usize {
    ((hash ^ seed).wrapping_mul(K[0]) >> shift) as usize
}

impl FamilyInfo {
    /// The key that is `name` (exactly, or ignoring ASCII case), and its
    /// entry. A slot holds both, so the entry is known while the name is
    /// still being compared.
    #[inline]
    pub(crate) fn find_key(&self, name: &str, ignore_case: bool) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return self.scan_keys(name, ignore_case);
        }
        let slot = slot(hash(name.as_bytes(), self.full_hash), self.seed, self.shift);
        let key = usize::from(read_u16(self.slots, 4 * slot));
        let entry = usize::from(read_u16(self.slots, 4 * slot + 2));
        // An empty slot is `u16::MAX`, past the last key.
        let known = *self.keys.get(key)?;
        let found = if ignore_case {
            known.eq_ignore_ascii_case(name)
        } else {
            same(known.as_bytes(), name.as_bytes())
        };
        found.then_some((key, entry))
    }

    /// The lookup of a family without a hash table, by a linear scan: a
    /// derived family too large for one (the derive's `name_index.rs`) has
    /// its keys; one built by [`FamilyInfo::new`] has only its names.
    #[cold]
    fn scan_keys(&self, name: &str, ignore_case: bool) -> Option<(usize, usize)> {
        if self.keys.is_empty() {
            return self.scan_names(name, ignore_case);
        }
        let key = self.keys.iter().position(|known| {
            if ignore_case {
                known.eq_ignore_ascii_case(name)
            } else {
                *known == name
            }
        })?;
        Some((key, self.entry_of_key(key)?))
    }

    /// The entry a key spells, from the key runs' order (`table.rs`): full
    /// names, short names, aliases grouped by entry, then those with the
    /// prefix.
    fn entry_of_key(&self, key: usize) -> Option<usize> {
        let len = self.names.len();
        let aliases = self.keys.len().saturating_sub(2 * len) / 2;
        if key < 2 * len {
            return Some(key % len);
        }
        let alias = if key >= 2 * len + aliases {
            key - aliases
        } else {
            key
        };
        (0..len).find(|&index| {
            let (first, end) = self.alias_keys(index);
            (first..end).contains(&alias)
        })
    }

    /// The lookup of a family built by [`FamilyInfo::new`], which has no
    /// keys: full names (key `i`), then short names (key `len + i`), by a
    /// linear scan.
    #[cold]
    fn scan_names(&self, name: &str, ignore_case: bool) -> Option<(usize, usize)> {
        let matches = |known: &str| {
            if ignore_case {
                known.eq_ignore_ascii_case(name)
            } else {
                known == name
            }
        };
        let len = self.names.len();
        let full = (0..len).find(|&index| matches(self.name_at(index)));
        let short = || (0..len).find(|&index| matches(self.short_name_at(index)));
        full.map(|index| (index, index))
            .or_else(|| short().map(|index| (len + index, index)))
    }

    /// The entry whose name (any accepted spelling) is `name`.
    #[inline]
    pub(crate) fn find_entry(&self, name: &str, ignore_case: bool) -> Option<usize> {
        self.find_key(name, ignore_case).map(|(_, entry)| entry)
    }
}
