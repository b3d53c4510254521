//! Little-endian integers read out of the table's byte strings, in
//! `const fn`s that cannot panic: past the end reads as 0.

use crate::layout::NONE;

/// `N` bytes at `at`, or `None` past the end: one bounds check and one
/// load.
#[inline]
const fn bytes_at<const N: usize>(bytes: &[u8], at: usize) -> Option<&[u8; N]> {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => rest.first_chunk::<N>(),
        None => None,
    }
}

#[inline]
pub(crate) const fn read_u8(bytes: &[u8], at: usize) -> u8 {
    match bytes_at::<1>(bytes, at) {
        Some(&[byte]) => byte,
        None => 0,
    }
}

#[inline]
pub(crate) const fn read_u16(bytes: &[u8], at: usize) -> u16 {
    match bytes_at(bytes, at) {
        Some(&chunk) => u16::from_le_bytes(chunk),
        None => 0,
    }
}

#[inline]
pub(crate) const fn read_u32(bytes: &[u8], at: usize) -> u32 {
    match bytes_at(bytes, at) {
        Some(&chunk) => u32::from_le_bytes(chunk),
        None => 0,
    }
}

/// The `u16` at position `position` of a list of them, unless it is past
/// the end or [`NONE`].
#[inline]
pub(crate) const fn read_index(bytes: &[u8], position: usize) -> Option<usize> {
    match bytes_at::<2>(bytes, 2 * position) {
        Some(&chunk) => match u16::from_le_bytes(chunk) {
            NONE => None,
            index => Some(index as usize),
        },
        None => None,
    }
}

/// Entry `slot` of one of the derive's value maps (a `u16` entry index per
/// slot), or `usize::MAX` for none.
#[inline]
pub const fn map_index(map: &[u8], slot: usize) -> usize {
    match read_index(map, slot) {
        Some(index) => index,
        None => usize::MAX,
    }
}

/// `text[start..start + len]`, or `""` if that is not a valid range (the
/// writer only writes valid ones).
#[inline]
pub(crate) const fn substr(text: &'static str, start: usize, len: usize) -> &'static str {
    match text.split_at_checked(start) {
        Some((_, rest)) => match rest.split_at_checked(len) {
            Some((part, _)) => part,
            None => "",
        },
        None => "",
    }
}
