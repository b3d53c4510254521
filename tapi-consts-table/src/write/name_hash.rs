//! The search for a perfect hash of a family's keys.

use std::vec;
use std::vec::Vec;

use crate::hash::{hash, slot};
use crate::layout::NONE;

/// Most keys a family may have: keys are numbered by `u16`s other than
/// [`NONE`] (65,535), and come in pairs (a name with and without the
/// prefix), so 65,534.
pub const MAX_KEYS: usize = 65_534;

/// Most slots a table may have (4 bytes each in the binary): a family too
/// large for one gets none, and its lookups scan its keys.
const MAX_BITS: u32 = 16;

/// A [`NameHash`](crate::NameHash), as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenHash {
    /// Whether names are hashed whole, rather than by their ends.
    pub full: bool,
    /// The seed.
    pub seed: u64,
    /// `64 -` the table's bits.
    pub shift: u32,
    /// Per slot, the key and its entry as `u16`s ([`NONE`] twice: empty).
    pub slots: Vec<u8>,
}

/// A collision-free table of `keys` (distinct ignoring ASCII case, at most
/// [`MAX_KEYS`]), each slot also holding the key's entry from `entries`;
/// `None` for a family too large for 2^16 slots (over about a thousand
/// names). Deterministic: the seeds tried are fixed.
pub fn name_hash(keys: &[&str], entries: &[usize]) -> Option<WrittenHash> {
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
                let mut slots = vec![[NONE, NONE]; 1 << bits];
                for (key, &h) in hashes.iter().enumerate() {
                    slots[slot(h, seed, shift)] = [key as u16, entries[key] as u16];
                }
                let slots = slots
                    .iter()
                    .flatten()
                    .flat_map(|half| half.to_le_bytes())
                    .collect();
                return Some(WrittenHash {
                    full,
                    seed,
                    shift,
                    slots,
                });
            }
        }
        bits += 1;
    }
    None
}
