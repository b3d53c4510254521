//! The contract between a family and this crate: the [`ConstFamily`] trait
//! (and [`FlagFamily`], for sets), which points at the family's static
//! description, [`FamilyInfo`].

use crate::entry::Entry;
use crate::repr::Repr;
use crate::storage::FamilyInfo;

/// A family of named integer constants sharing a C prefix, such as
/// `LINEAGENTSESSIONSTATE_`: usually implemented by
/// `#[derive(ConstFamily)]` on a fieldless enum.
///
/// The generated inherent methods (`name`, `from_name`, `from_value`, …) are
/// the everyday API; this trait is what generic code and [`Flags`](crate::Flags)
/// build on.
///
/// Invariants an implementation keeps: `ALL[i].index() == i`, and entry `i`
/// of `INFO` describes `ALL[i]`, its bits being `ALL[i]`'s value.
pub trait ConstFamily: Copy + Eq + core::fmt::Debug + Send + Sync + 'static {
    /// The integer type of the values (the enum's `#[repr]`).
    type Repr: Repr;

    /// The family's static description: prefix, docs, entries, lookup tables.
    const INFO: &'static FamilyInfo;

    /// Every member, in declaration order.
    const ALL: &'static [Self];

    /// The member's position in [`ALL`](Self::ALL) and among `INFO`'s
    /// entries: the one method an implementation writes.
    fn index(self) -> usize;

    /// The member's value. (The derive's inherent `value` is a `const fn`
    /// cast; this one reads the table, so it needs nothing per family.)
    #[inline]
    fn value(self) -> Self::Repr {
        Self::Repr::from_bits(Self::INFO.bits_at(self.index()))
    }

    /// The member with this value, if any.
    #[inline]
    fn from_value(value: Self::Repr) -> Option<Self> {
        let index = Self::INFO.index_of_bits(value.to_bits())?;
        Self::ALL.get(index).copied()
    }

    /// The member's entry: names, value, docs, family.
    #[inline]
    fn entry(self) -> Entry {
        Entry::at(Self::INFO, self.index())
    }
}

/// A [`ConstFamily`] whose members are single bits (and at most one zero
/// member, and in a [`Kind::Mixed`](crate::Kind::Mixed) family selector values), so that sets of
/// them are meaningful: the bound of [`Flags`](crate::Flags). The derive
/// implements it for families marked `#[tapi(flags)]`.
pub trait FlagFamily: ConstFamily {}
