//! `Arbitrary` for `Flags<E>` (feature `arbitrary`): any bit pattern of the
//! repr type, unknown bits included, as code under fuzzing may receive.
//! Family enums get theirs from the derive (any member).

use arbitrary::{Arbitrary, Result, Unstructured};

use crate::family::FlagFamily;
use crate::flags::{FlagSet, Flags};

impl<'a, E: FlagFamily> Arbitrary<'a> for Flags<E> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        E::Repr::arbitrary(u).map(Flags::<E>::from_bits_retain)
    }

    fn size_hint(depth: usize) -> (usize, Option<usize>) {
        E::Repr::size_hint(depth)
    }
}
