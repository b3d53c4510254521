//! Name → member lookup: a perfect hash table built by the derive at
//! expansion time, probed here at run time.
//!
//! The table holds short names and aliases only; full names are looked up
//! by stripping the family prefix first. The hash folds ASCII case, so one
//! table serves exact and case-insensitive lookups: the derive rejects two
//! names that differ only in case, and the final comparison decides.
//!
//! `hash` and `slot` must stay identical to `tapi-consts-derive/src/name_index.rs`,
//! which builds the tables; every name lookup in the test suite checks that
//! they agree.

use crate::family::FamilyInfo;
use crate::table::read_u16;

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
/// Clears bit 5 of every byte: `a`..`z` become `A`..`Z`. Names are ASCII
/// letters, digits and `_`, on which this folding loses nothing but case.
const FOLD_CASE: u64 = 0xDFDF_DFDF_DFDF_DFDF;

/// Seed-independent hash of a name, 8 bytes at a time.
#[inline]
pub(crate) fn hash(name: &[u8]) -> u64 {
    let mut h = (name.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = name.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(word));
    }
    h
}

#[inline]
fn mix(h: u64, word: u64) -> u64 {
    (h ^ (word & FOLD_CASE))
        .wrapping_mul(MULTIPLIER)
        .rotate_left(26)
}

/// The slot of a hashed name in a table of `64 - shift` bits.
#[inline]
pub(crate) fn slot(hash: u64, seed: u64, shift: u32) -> usize {
    ((hash ^ seed).wrapping_mul(MULTIPLIER) >> shift) as usize
}

impl FamilyInfo {
    /// The entry whose short name or alias is `name`: one hash, one probe,
    /// one comparison.
    #[inline]
    pub(crate) fn find_short(&self, name: &str, ignore_case: bool) -> Option<usize> {
        let slot = slot(hash(name.as_bytes()), self.seed, self.shift);
        let key = read_u16(self.slots, 2 * slot);
        if usize::from(key) >= self.key_count() {
            return None; // an empty slot (`u16::MAX`), or out of the table
        }
        let (entry, known) = self.key(usize::from(key));
        let found = if ignore_case {
            known.eq_ignore_ascii_case(name)
        } else {
            known == name
        };
        found.then_some(entry)
    }
}
