//! A family written by hand: [`FamilyInfo::new`], for a
//! [`ConstFamily`](crate::ConstFamily)(crate::ConstFamily) implemented without the derive. Its
//! table has names and values only (no details, no indexes), so its
//! lookups scan them: the one other path through the readers, taken where
//! `tapi_consts_table::Table` has no index.

use tapi_consts_table::Table;

use crate::kind::Kind;
use crate::repr::ReprKind;
use crate::storage::{FamilyInfo, Storage};

impl FamilyInfo {
    /// The description of a family written by hand, for a [`ConstFamily`](crate::ConstFamily)
    /// implemented without the derive (see the `manual_family` example):
    /// the C names with their prefix and the values' bit patterns (a
    /// negative value cast through its unsigned type: `-1i8 as u8 as u64`),
    /// in the order of [`ConstFamily::ALL`](crate::ConstFamily::ALL).
    ///
    /// Everything works as for a derived family (names, lookups ignoring
    /// case, set text, [`Flags`](crate::Flags), the registry-style
    /// [`Entry`](crate::Entry)), through linear scans instead of the derive's indexes, and
    /// without descriptions, aliases or versions. `kind` is [`Kind::Enum`]
    /// or [`Kind::Flags`]; selectors need the derive.
    ///
    /// Mistakes stop the build, as this runs in a `static`'s initializer:
    ///
    /// ```compile_fail
    /// # use tapi_consts::{FamilyInfo, Kind, Repr};
    /// static INFO: FamilyInfo = FamilyInfo::new(
    ///     "Color", "COLOR_", Kind::Enum, <u8 as Repr>::KIND,
    ///     &["COLOR_RED", "GREEN"], // "every name starts with the prefix …"
    ///     &[1, 2],
    /// );
    /// ```
    ///
    /// The checks: one value per name, every name the prefix and more, no
    /// name or value twice, values within the repr, single bits (or 0) in a
    /// flags family, no [`Kind::Mixed`]. Each stops the build with its
    /// message.
    pub const fn new(
        type_name: &'static str,
        prefix: &'static str,
        kind: Kind,
        repr: ReprKind,
        names: &'static [&'static str],
        bits: &'static [u64],
    ) -> FamilyInfo {
        assert!(
            names.len() == bits.len(),
            "FamilyInfo::new: give one value per name"
        );
        assert!(
            !matches!(kind, Kind::Mixed),
            "FamilyInfo::new: a family with selectors needs #[derive(ConstFamily)]"
        );
        let mut known_bits = 0;
        let mut index = 0;
        while index < names.len() {
            let name = names[index].as_bytes();
            let starts_with_prefix = match name.split_at_checked(prefix.len()) {
                Some((head, rest)) => same_bytes(head, prefix.as_bytes()) && !rest.is_empty(),
                None => false,
            };
            assert!(
                starts_with_prefix,
                "FamilyInfo::new: every name starts with the prefix and goes on after it"
            );
            assert!(
                bits[index] & !repr.mask() == 0,
                "FamilyInfo::new: a value does not fit the repr type (cast a negative one through its unsigned type)"
            );
            assert!(
                !matches!(kind, Kind::Flags) || bits[index].count_ones() <= 1,
                "FamilyInfo::new: a flags family's values are single bits (or 0)"
            );
            // The derive rejects these too: a second name or value would be
            // unreachable.
            let mut earlier = 0;
            while earlier < index {
                assert!(
                    bits[earlier] != bits[index],
                    "FamilyInfo::new: two names have the same value"
                );
                assert!(
                    !same_bytes(names[earlier].as_bytes(), name),
                    "FamilyInfo::new: a name is given twice"
                );
                earlier += 1;
            }
            known_bits |= bits[index];
            index += 1;
        }
        FamilyInfo::__new(Storage {
            type_name,
            prefix,
            kind,
            repr,
            since: None,
            header: None,
            known_bits,
            selector_mask: 0,
            device_specific: None,
            c_type: None,
            table: Table {
                names,
                bits,
                details: None,
                index: None,
            },
        })
    }
}

/// Byte equality in `const`.
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Each mistake `FamilyInfo::new` refuses stops the build; the first block is
/// the valid family the others change in one place.
///
/// ```
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1, 2]);
/// assert_eq!(INFO.entry_by_name("B").map(|entry| entry.index()), Some(1));
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // One value per name.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // A name that is only the prefix.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_"], &[1, 2]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // The same name twice.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_A"], &[1, 2]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // The same value twice.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1, 1]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // Not a single bit in a flags family.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1, 3]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // A value wider than the repr.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Flags, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1, 256]);
/// ```
/// ```compile_fail
/// # use tapi_consts::{FamilyInfo, Kind, Repr};
/// // Selectors need the derive.
/// static INFO: FamilyInfo =
///     FamilyInfo::new("C", "C_", Kind::Mixed, <u8 as Repr>::KIND, &["C_A", "C_B"], &[1, 2]);
/// ```
#[cfg(doctest)]
struct ManualFamilyMistakes;
