//! Support for the code `#[derive(ConstFamily)]` generates. Not public API:
//! anything here may change in any release.

pub use crate::family::{FamilyInfo, Kind};
pub use crate::repr::Repr;
pub use crate::version::Version;
pub use ::core::option::Option::{None, Some};

use crate::error::{ParseError, UnknownValueError};
use crate::family::ConstFamily;

/// `FromStr` for a family enum.
#[inline]
pub fn parse_member<E: ConstFamily>(text: &str) -> Result<E, ParseError> {
    E::INFO.parse_entry(text).map(|index| E::ALL[index])
}

/// `TryFrom<Repr>` for a family enum.
#[inline]
pub fn try_from_value<E: ConstFamily>(value: E::Repr) -> Result<E, UnknownValueError<E>> {
    E::from_value(value).ok_or_else(|| UnknownValueError::new(value))
}

/// Entry `slot` of a derive-built `u16` map (see the derive's
/// `value_map.rs`), or `usize::MAX` for none.
#[inline]
pub const fn map_index(map: &[u8], slot: usize) -> usize {
    let index = crate::table::read_u16(map, 2 * slot);
    if index == u16::MAX || 2 * slot + 2 > map.len() {
        usize::MAX
    } else {
        index as usize
    }
}
