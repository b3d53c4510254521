//! Integers handed over by other APIs, and how they are read as a family's
//! value. windows-sys gives a callback's parameters as `usize`
//! (`DWORD_PTR`), a function's result as `i32` (`LONG`) and a structure's
//! field as `u32` (`DWORD`), while a family has one repr; each family
//! converts from all three (`TryFrom`), by the one rule below.

use crate::repr::{Integer, Repr, ReprKind};

/// The bit pattern (zero-extended to 64 bits) that `value`, an integer of
/// kind `given`, stands for in a family whose repr is `repr`; `None` when
/// it stands for none.
///
/// A value is read as the number it is, or, at the repr's width, as the
/// other signedness's reading of the same bits: C passes a `LONG` result
/// where `DWORD` constants are compared (`LINEERR_ALLOCATED` is
/// `0x80000001` and `-2147483647`). An unsigned value whose top bit is set
/// is also read as its signed reading: a `LONG` stored in a `DWORD_PTR` on
/// 64-bit Windows is sign-extended (`LINE_REPLY`'s result arrives as
/// `0xFFFF_FFFF_8000_0001`). Anything else does not fit and is refused:
/// `0x1_0000_0001` is not read as `1`.
#[inline]
pub(crate) fn bits_for(repr: ReprKind, given: ReprKind, value: i128) -> Option<u64> {
    let width = repr.bits();
    // From the signed minimum to the unsigned maximum of the repr's width.
    let fits = |value: i128| -(1i128 << (width - 1)) <= value && value < (1i128 << width);
    let signed_reading = || {
        let top = 1i128 << (given.bits() - 1);
        (!given.is_signed() && value >= top).then(|| value - 2 * top)
    };
    let value = if fits(value) {
        value
    } else {
        signed_reading().filter(|&value| fits(value))?
    };
    Some(value as u64 & repr.mask())
}

/// The value of repr `R` that `value` stands for (as [`bits_for`] reads
/// it), if any: what every `TryFrom<usize | i32 | u32>` converts through.
#[inline]
pub(crate) fn repr_of<R: Repr, V: Integer>(value: V) -> Option<R> {
    bits_for(R::KIND, V::INTEGER, value.to_i128()).map(R::from_bits)
}

#[cfg(test)]
mod tests {
    use super::bits_for;
    use crate::{Integer, Repr};

    fn bits<R: Repr, G: Integer>(value: G) -> Option<u64> {
        bits_for(R::KIND, G::INTEGER, value.to_i128())
    }

    #[test]
    fn windows_sys_integers_are_read_as_their_writer_meant() {
        // A DWORD field, a LONG result, a DWORD_PTR parameter zero- or
        // sign-extended: the same LINEERR_ALLOCATED.
        assert_eq!(bits::<u32, _>(0x8000_0001u32), Some(0x8000_0001));
        assert_eq!(bits::<u32, _>(-2_147_483_647i32), Some(0x8000_0001));
        assert_eq!(bits::<u32, _>(0x8000_0001usize), Some(0x8000_0001));
        assert_eq!(bits::<u32, _>(0xFFFF_FFFF_8000_0001u64), Some(0x8000_0001));
        // TAPIERR_DROPPED (-1, an i32 family) from a DWORD or a DWORD_PTR.
        assert_eq!(bits::<i32, _>(0xFFFF_FFFFu32), Some(0xFFFF_FFFF));
        assert_eq!(bits::<i32, _>(0xFFFF_FFFFusize), Some(0xFFFF_FFFF));
        assert_eq!(bits::<i32, _>(u64::MAX), Some(0xFFFF_FFFF));
        assert_eq!(bits::<i32, _>(-1i64), Some(0xFFFF_FFFF));
        // Small values, as themselves, in every width.
        assert_eq!(bits::<u8, _>(7usize), Some(7));
        assert_eq!(bits::<i64, _>(7u32), Some(7));
        assert_eq!(bits::<u64, _>(u64::MAX), Some(u64::MAX));
        assert_eq!(bits::<u64, _>(-1i32), Some(u64::MAX));
    }

    #[test]
    fn values_that_fit_no_reading_are_refused() {
        // Above the width, and not a sign extension of it.
        assert_eq!(bits::<u32, _>(0x1_0000_0001u64), None);
        assert_eq!(bits::<u32, _>(0xFFFF_FFFE_8000_0001u64), None);
        // Sign-extended from bit 31 with bit 31 clear: not a LONG's reading.
        assert_eq!(bits::<u32, _>(0xFFFF_FFFF_0000_0001u64), None);
        assert_eq!(bits::<u8, _>(256u32), None);
        assert_eq!(bits::<u8, _>(-129i32), None);
        assert_eq!(bits::<i16, _>(0x1_0000u32), None);
        // The edges that do fit.
        assert_eq!(bits::<u8, _>(255u32), Some(0xFF));
        assert_eq!(bits::<u8, _>(-128i32), Some(0x80));
    }
}
