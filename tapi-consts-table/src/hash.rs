//! The name hash: where a spelling's slot is in a family's perfect hash
//! table. The writer searches for a seed that gives every key a slot of its
//! own; the reader hashes the name it is asked for and compares one key.

/// Per-position multipliers; the products are independent of each other,
/// so a long name hashes at the speed of its loads.
const K: [u64; 4] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0x85EB_CA77_C2B2_AE63,
];
/// Clears bit 5 of every byte: `a`..`z` become `A`..`Z`. Names are ASCII
/// letters, digits and `_`, on which this folding loses nothing but case;
/// so one table serves exact and case-insensitive lookups (the derive
/// rejects two names that differ only in case, and the final comparison
/// decides).
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

/// Seed-independent hash of a name, ignoring ASCII case. `full`: every
/// 8-byte chunk (the last one overlapping); otherwise only the last 16
/// bytes (or all of a shorter name), which tell most families' names apart
/// at a fixed cost — the writer picks `full` for a family where they do
/// not. Names under 8 bytes hash their first and last 4 bytes, or 3 of
/// their bytes.
#[inline]
pub fn hash(name: &[u8], full: bool) -> u64 {
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

/// The slot of a hashed name in a table of `64 - shift` bits.
#[inline]
pub fn slot(hash: u64, seed: u64, shift: u32) -> usize {
    ((hash ^ seed).wrapping_mul(K[0]) >> shift) as usize
}

/// `a == b`, 8 bytes at a time: names are short, and a call to `memcmp`
/// costs more than comparing them.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
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
    let differ = |at: usize| raw(a, at) ^ raw(b, at);
    if len <= 32 {
        // Most names: four words, overlapping as the length needs, cover
        // every byte, with no loop whose trip count (and so whose exit
        // branch) varies from one name to the next.
        // (A word past the end reads as 0 in both: no difference.)
        return differ(0) | differ(8) | differ(len.saturating_sub(16)) | differ(len - 8) == 0;
    }
    let mut at = 0;
    while at + 8 < len {
        if differ(at) != 0 {
            return false;
        }
        at += 8;
    }
    differ(len - 8) == 0
}

#[cfg(test)]
mod tests {
    use super::{hash, same};

    #[test]
    fn hash_folds_ascii_case_only() {
        for full in [false, true] {
            assert_eq!(hash(b"busyOnCall", full), hash(b"BUSYONCALL", full));
            assert_ne!(hash(b"BUSY1", full), hash(b"BUSY2", full));
            assert_ne!(hash(b"READY", full), hash(b"READY_", full));
            assert_eq!(hash(b"ab", full), hash(b"AB", full));
            assert_ne!(hash(b"", full), hash(b"A", full));
        }
        // Only the full hash sees past the ends of a long name.
        let (a, b) = (b"xx_a_0123456789ABCDEF", b"xx_b_0123456789ABCDEF");
        assert_eq!(hash(a, false), hash(b, false));
        assert_ne!(hash(a, true), hash(b, true));
    }

    /// The full hash reads every byte: a name changed at any one position
    /// hashes differently, whatever its length.
    #[test]
    fn the_full_hash_sees_every_byte() {
        let text = *b"LINEAGENTSESSIONSTATE_BUSYWRAPUP_AND_SOME_MORE";
        for len in 8..=text.len() {
            let name = &text[..len];
            for at in 0..len {
                let mut changed = text;
                changed[at] = b'#';
                assert_ne!(hash(name, true), hash(&changed[..len], true), "{len} {at}");
            }
        }
    }

    /// Names under 8 bytes are read whole, in both modes: one changed byte
    /// at any position of a name of any length from 1 to 8 changes the hash.
    #[test]
    fn short_names_are_read_whole() {
        let text = *b"BUSYWRAP";
        for full in [false, true] {
            for len in 1..=text.len() {
                for at in 0..len {
                    let mut changed = text;
                    changed[at] = b'#';
                    assert_ne!(
                        hash(&text[..len], full),
                        hash(&changed[..len], full),
                        "{full} {len} {at}"
                    );
                }
            }
        }
    }

    /// Chunks weigh by their position: two names made of the same 8-byte
    /// chunks in another order hash differently.
    #[test]
    fn the_full_hash_weighs_chunks_by_position() {
        let (a, b, c) = (*b"AAAAAAAA", *b"BBBBBBBB", *b"CCCCCCCC");
        let join = |parts: [[u8; 8]; 4]| parts.concat();
        let names = [
            join([a, b, c, a]),
            join([b, a, c, a]),
            join([a, c, b, a]),
            join([c, b, a, a]),
        ];
        for (i, x) in names.iter().enumerate() {
            for y in &names[i + 1..] {
                assert_ne!(hash(x, true), hash(y, true));
            }
        }
    }

    #[test]
    fn same_compares_every_byte_at_every_length() {
        // Up to 32 bytes in four words, longer in a loop: both, at every length.
        let text = b"LINEAGENTSESSIONSTATE_BUSYWRAPUP_AND_A_LONGER_TAIL_FOR_THE_LOOP";
        for len in 0..=text.len() {
            let a = &text[..len];
            assert!(same(a, a));
            for at in 0..len {
                let mut copy = [0u8; 64];
                let b = &mut copy[..len];
                b.copy_from_slice(a);
                b[at] ^= 0x20;
                assert!(!same(a, b), "{len} {at}");
            }
            assert!(!same(a, &text[..len.saturating_sub(1)]) || len == 0);
        }
        // Two differences a word apart flag the same bits of two words: the
        // words must be combined without cancelling.
        for len in 16..=text.len() {
            let a = &text[..len];
            for at in 0..len - 8 {
                let mut copy = [0u8; 64];
                let b = &mut copy[..len];
                b.copy_from_slice(a);
                b[at] ^= 0x20;
                b[at + 8] ^= 0x20;
                assert!(!same(a, b), "{len} {at}");
            }
        }
    }
}
