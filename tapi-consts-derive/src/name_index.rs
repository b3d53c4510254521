//! Builds each family's perfect hash table of short names and aliases at
//! expansion time, so a lookup at run time is one hash, one probe and one
//! comparison.
//!
//! `hash` and `slot` must stay identical to `tapi-consts/src/index.rs`,
//! which probes these tables; every name lookup in the test suite checks
//! that they agree.

const K: [u64; 4] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0x85EB_CA77_C2B2_AE63,
];
const FOLD_CASE: u64 = 0xDFDF_DFDF_DFDF_DFDF;

fn word(name: &[u8], at: usize) -> u64 {
    let mut chunk = [0u8; 8];
    chunk.copy_from_slice(&name[at..at + 8]);
    u64::from_le_bytes(chunk) & FOLD_CASE
}

fn half(name: &[u8], at: usize) -> u64 {
    let mut chunk = [0u8; 4];
    chunk.copy_from_slice(&name[at..at + 4]);
    u64::from(u32::from_le_bytes(chunk))
}

fn hash(name: &[u8], full: bool) -> u64 {
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
    } else if len > 0 {
        let bytes =
            u64::from(name[0]) | (u64::from(name[len / 2]) << 8) | (u64::from(name[len - 1]) << 16);
        h = h.wrapping_add((bytes & FOLD_CASE).wrapping_mul(K[2]));
    }
    h ^ (h >> 32)
}

fn slot(hash: u64, seed: u64, shift: u32) -> usize {
    ((hash ^ seed).wrapping_mul(K[0]) >> shift) as usize
}

pub struct NameIndex {
    /// Whether names are hashed whole, rather than by their ends.
    pub full: bool,
    pub seed: u64,
    pub shift: u32,
    /// Per slot, an index into the keys, or `u16::MAX`.
    pub slots: Vec<u16>,
}

/// Most slots a table may have (4 bytes each in the binary): a family
/// too large for one gets no table, and its lookups scan its names.
const MAX_BITS: u32 = 16;

/// A collision-free table for `keys` (distinct ignoring ASCII case); for
/// a family too large for `MAX_BITS` slots (over about a thousand names),
/// an index without slots, which the runtime reads as "scan the keys".
/// `None` only past `u16` keys. Deterministic: the seeds tried are fixed.
pub fn build(keys: &[&str]) -> Option<NameIndex> {
    if keys.len() >= usize::from(u16::MAX) {
        return None;
    }
    // Hashing only the ends of names is faster; it is usable when no two
    // names share their length and ends (case folded).
    let ends: Vec<u64> = keys.iter().map(|key| hash(key.as_bytes(), false)).collect();
    let mut sorted = ends.clone();
    sorted.sort_unstable();
    let full = sorted.windows(2).any(|pair| pair[0] == pair[1]);
    let hashes: Vec<u64> = if full {
        keys.iter().map(|key| hash(key.as_bytes(), true)).collect()
    } else {
        ends
    };
    // A seed places n keys in m slots without a collision with probability
    // about exp(-n²/2m): at least 8 slots a key, and n²/16 for large
    // families, keep that above one in a hundred. Slots are marked with the
    // try's number, so a try costs only the keys it places before a
    // collision, not a sweep of the table.
    let n = keys.len();
    let wanted = (8 * n).max(n * n / 16).max(2);
    let mut bits = wanted.next_power_of_two().trailing_zeros();
    while bits <= MAX_BITS {
        let shift = 64 - bits;
        let mut marks = vec![0u32; 1 << bits];
        for attempt in 1..=2048u32 {
            let seed = u64::from(attempt).wrapping_mul(0xA076_1D64_78BD_642F);
            let placed = hashes.iter().all(|&h| {
                let mark = &mut marks[slot(h, seed, shift)];
                let free = *mark != attempt;
                *mark = attempt;
                free
            });
            if placed {
                let mut slots = vec![u16::MAX; 1 << bits];
                for (key, &h) in hashes.iter().enumerate() {
                    slots[slot(h, seed, shift)] = key as u16;
                }
                return Some(NameIndex {
                    full,
                    seed,
                    shift,
                    slots,
                });
            }
        }
        bits += 1;
    }
    Some(NameIndex {
        full,
        seed: 0,
        shift: 63,
        slots: Vec::new(),
    })
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
            let slot = slot(hash(key.as_bytes(), index.full), index.seed, index.shift);
            assert_eq!(index.slots[slot], i as u16);
        }
    }

    #[test]
    fn every_family_up_to_the_limit_gets_an_index() {
        for (count, prefix) in [(2_000, "P0FAMILY_"), (2_000, "P1FAMILY_"), (1_100, "X_")] {
            // Full names, short names and one alias each, as the derive
            // lists them.
            let mut keys: Vec<String> = (0..count).map(|i| format!("{prefix}N{i}")).collect();
            keys.extend((0..count).map(|i| format!("N{i}")));
            keys.extend((0..count).map(|i| format!("A{i}")));
            keys.extend((0..count).map(|i| format!("{prefix}A{i}")));
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let index = build(&keys).expect("every family the derive accepts");
            // Too many for a table of 2^16 slots: the lookups scan.
            assert!(index.slots.is_empty());
        }
        let keys: Vec<String> = (0..65_534).map(|i| format!("K{i}")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert!(build(&keys).is_some());
        assert!(build(&[keys.as_slice(), &["ONE_MORE"]].concat()).is_none());
        // Small families keep their table, the same on every build.
        let small = ["READY", "BUSY", "ENDED"];
        let (a, b) = (build(&small).unwrap(), build(&small).unwrap());
        assert!(!a.slots.is_empty());
        assert_eq!((a.seed, a.shift, a.slots), (b.seed, b.shift, b.slots));
    }

    #[test]
    fn hash_folds_ascii_case_only() {
        for full in [false, true] {
            assert_eq!(hash(b"busyOnCall", full), hash(b"BUSYONCALL", full));
            assert_ne!(hash(b"BUSY1", full), hash(b"BUSY2", full));
            assert_ne!(hash(b"READY", full), hash(b"READY_", full));
        }
        // Only the full hash sees past the ends of a long name.
        let (a, b) = (b"xx_a_0123456789ABCDEF", b"xx_b_0123456789ABCDEF");
        assert_eq!(hash(a, false), hash(b, false));
        assert_ne!(hash(a, true), hash(b, true));
    }
}

#[cfg(test)]
mod fallback_tests {
    use super::*;

    #[test]
    fn names_alike_at_both_ends_use_the_full_hash() {
        let index = build(&["xx_a_0123456789ABCDEF", "xx_b_0123456789ABCDEF"]).unwrap();
        assert!(index.full);
        assert!(!build(&["READY", "BUSY"]).unwrap().full);
    }
}
