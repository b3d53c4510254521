//! Builds each family's perfect hash table of short names and aliases at
//! expansion time, so a lookup at run time is one hash, one probe and one
//! comparison.
//!
//! `hash` and `slot` must stay identical to `tapi-consts/src/index.rs`,
//! which probes these tables; every name lookup in the test suite checks
//! that they agree.

const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
const FOLD_CASE: u64 = 0xDFDF_DFDF_DFDF_DFDF;

fn hash(name: &[u8]) -> u64 {
    let mut h = (name.len() as u64).wrapping_mul(MULTIPLIER);
    for chunk in name.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ (u64::from_le_bytes(word) & FOLD_CASE))
            .wrapping_mul(MULTIPLIER)
            .rotate_left(26);
    }
    h
}

fn slot(hash: u64, seed: u64, shift: u32) -> usize {
    ((hash ^ seed).wrapping_mul(MULTIPLIER) >> shift) as usize
}

pub struct NameIndex {
    pub seed: u64,
    pub shift: u32,
    /// Per slot, an index into the keys, or `u16::MAX`.
    pub slots: Vec<u16>,
}

/// A collision-free table for `keys` (distinct ignoring ASCII case), or
/// `None` if no seed was found (then a larger family than `u16` allows, or
/// a 64-bit hash collision: neither happens with real names).
pub fn build(keys: &[&str]) -> Option<NameIndex> {
    if keys.len() >= usize::from(u16::MAX) {
        return None;
    }
    let hashes: Vec<u64> = keys.iter().map(|key| hash(key.as_bytes())).collect();
    // About eight slots per key: a seed that spreads the keys is then found
    // within a few hundred tries even for the largest tapi.h family.
    let mut bits = (keys.len() * 8).next_power_of_two().trailing_zeros().max(1);
    while bits <= 20 {
        let shift = 64 - bits;
        let mut slots = vec![u16::MAX; 1 << bits];
        for seed in 0..4096u64 {
            let seed = seed.wrapping_mul(0xA076_1D64_78BD_642F);
            slots.fill(u16::MAX);
            let placed = hashes.iter().enumerate().all(|(key, &h)| {
                let slot = &mut slots[slot(h, seed, shift)];
                let free = *slot == u16::MAX;
                *slot = key as u16;
                free
            });
            if placed {
                return Some(NameIndex { seed, shift, slots });
            }
        }
        bits += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_finds_its_own_slot() {
        let keys: Vec<String> = (0..300).map(|i| format!("NAME_{i}")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let index = build(&keys).unwrap();
        for (i, key) in keys.iter().enumerate() {
            let slot = slot(hash(key.as_bytes()), index.seed, index.shift);
            assert_eq!(index.slots[slot], i as u16);
        }
    }

    #[test]
    fn hash_folds_ascii_case_only() {
        assert_eq!(hash(b"busyOnCall"), hash(b"BUSYONCALL"));
        assert_ne!(hash(b"BUSY1"), hash(b"BUSY2"));
        assert_ne!(hash(b"READY"), hash(b"READY_"));
    }
}
