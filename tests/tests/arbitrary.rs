//! The `arbitrary` feature: any member of a family, any bit pattern of a
//! flag set.

use std::collections::HashSet;

use arbitrary::{Arbitrary, Unstructured};
use tapi_consts::families::{LineCallState, LineCallStateSet, TapiErr};

/// Every byte value as input, as a fuzzer would give it.
fn all_from_single_bytes<T: for<'a> Arbitrary<'a>>() -> Vec<T> {
    (0..=255u8)
        .map(|byte| {
            let data = [byte; 8];
            T::arbitrary(&mut Unstructured::new(&data)).unwrap()
        })
        .collect()
}

#[test]
fn every_member_of_a_family_can_come_out() {
    let seen: HashSet<_> = all_from_single_bytes::<LineCallState>()
        .into_iter()
        .collect();
    assert_eq!(seen.len(), LineCallState::ALL.len());
    let seen: HashSet<_> = all_from_single_bytes::<TapiErr>().into_iter().collect();
    assert_eq!(seen.len(), TapiErr::ALL.len());
}

#[test]
fn flag_sets_take_any_bits_unknown_ones_included() {
    let data = 0xDEAD_BEEFu32.to_le_bytes();
    let set = LineCallStateSet::arbitrary(&mut Unstructured::new(&data)).unwrap();
    assert_eq!(
        set.bits(),
        u32::arbitrary(&mut Unstructured::new(&data)).unwrap()
    );
    assert_ne!(set.unknown_bits(), 0);
    assert_eq!(
        LineCallStateSet::size_hint(0),
        <u32 as Arbitrary>::size_hint(0)
    );
}
