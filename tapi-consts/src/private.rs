//! Support for the code `#[derive(ConstFamily)]` generates. Not public API:
//! anything here may change in any release.

pub use crate::family::{EntryInfo, FamilyInfo, Kind};
pub use crate::lang::Docs;
pub use crate::repr::ReprKind;
pub use crate::version::Version;

use crate::error::{ParseError, UnknownValueError};
use crate::family::ConstFamily;
use crate::index::NameIndex;
use crate::repr::Repr;

/// Everything a [`FamilyInfo`] holds, by name, so generated code stays
/// readable and this crate can keep `FamilyInfo`'s fields private.
pub struct RawFamily {
    pub type_name: &'static str,
    pub prefix: &'static str,
    pub kind: Kind,
    pub repr: ReprKind,
    pub since: Option<Version>,
    pub header: Option<&'static str>,
    pub docs: Docs,
    pub languages: &'static [&'static str],
    pub entries: &'static [EntryInfo],
    pub by_value: &'static [u16],
    pub known_bits: u64,
    pub selector_mask: u64,
    pub name_seed: u64,
    pub name_shift: u32,
    pub name_slots: &'static [u16],
    pub name_keys: &'static [(&'static str, u16)],
}

/// Builds a family's static description.
pub const fn family(raw: RawFamily) -> FamilyInfo {
    FamilyInfo {
        type_name: raw.type_name,
        prefix: raw.prefix,
        kind: raw.kind,
        repr: raw.repr,
        since: raw.since,
        header: raw.header,
        docs: raw.docs,
        languages: raw.languages,
        entries: raw.entries,
        by_value: raw.by_value,
        known_bits: raw.known_bits,
        selector_mask: raw.selector_mask,
        names: NameIndex {
            seed: raw.name_seed,
            shift: raw.name_shift,
            slots: raw.name_slots,
            keys: raw.name_keys,
        },
    }
}

/// Builds one entry of a family's table.
pub const fn entry(
    name: &'static str,
    short_name: &'static str,
    bits: u64,
    docs: Docs,
    since: Option<Version>,
    aliases: &'static [&'static str],
) -> EntryInfo {
    EntryInfo {
        name,
        short_name,
        bits,
        docs,
        since,
        aliases,
    }
}

/// The repr description of `R`, usable in a `static`.
pub const fn repr_kind<R: Repr>() -> ReprKind {
    R::KIND
}

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
