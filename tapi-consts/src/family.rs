//! The contract between a family and this crate: the [`ConstFamily`] trait
//! and the static description every family carries, [`FamilyInfo`].

use crate::entry::Entry;
use crate::lang::Docs;
use crate::repr::{Repr, ReprKind};
use crate::version::Version;

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
        let index = Self::INFO.find_bits(value.to_bits())?;
        Self::ALL.get(index).copied()
    }

    /// The member's entry: names, value, docs, family.
    #[inline]
    fn entry(self) -> Entry {
        Entry::of(self)
    }
}

/// A [`ConstFamily`] whose members are single bits (and at most one zero
/// member, and in a [`Kind::Mixed`] family selector values), so that sets of
/// them are meaningful: the bound of [`Flags`](crate::Flags). The derive
/// implements it for families marked `#[tapi(flags)]`.
pub trait FlagFamily: ConstFamily {}

/// Whether a family's members are alternatives or combinable bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Exactly one member describes a value.
    Enum,
    /// A value is a set of members, each one bit.
    Flags,
    /// A value is one *selector* member (a value of a field of bits) plus
    /// flag members, as `LINEINITIALIZEEXOPTION_USEEVENT |
    /// LINEINITIALIZEEXOPTION_CALLHUBTRACKING`.
    Mixed,
    /// Not a family: constants of their own, with no shared prefix, that may
    /// share values ([`families::STANDALONE`](crate::families::STANDALONE):
    /// `LINEMAPPER`, `TAPIMAX*SIZE`). Their entries are found by name
    /// ([`lookup`](crate::lookup)); no text parses or formats as a value of
    /// it. The derive never makes one.
    Standalone,
}

/// The static description of a family: its prefix, kind, requirements,
/// docs and constants. One exists per family, built at compile time; get it
/// with [`ConstFamily::INFO`], or from [`families::ALL`](crate::families::ALL).
///
/// The fields are hidden, not private, only so that generated code can
/// write the table as plain literals; they are not API: use the methods.
/// The table's layout is described in `src/table.rs`.
#[derive(Debug)]
pub struct FamilyInfo {
    #[doc(hidden)]
    pub type_name: &'static str,
    #[doc(hidden)]
    pub prefix: &'static str,
    #[doc(hidden)]
    pub kind: Kind,
    #[doc(hidden)]
    pub repr: ReprKind,
    #[doc(hidden)]
    pub since: Option<Version>,
    #[doc(hidden)]
    pub header: Option<&'static str>,
    /// Every tag the family was written with, English first: the table
    /// has one doc range per tag, into the same-numbered text of `descriptions`.
    #[doc(hidden)]
    pub doc_languages: &'static [&'static str],
    /// The tags of `doc_languages` this build keeps (the `lang-*` features).
    #[doc(hidden)]
    pub languages: &'static [&'static str],
    /// Every entry's bits OR'ed together.
    #[doc(hidden)]
    pub known_bits: u64,
    /// The bits of the selector field of a `Kind::Mixed` family, else 0.
    #[doc(hidden)]
    pub selector_mask: u64,
    /// Full names, in declaration order.
    #[doc(hidden)]
    pub names: &'static [&'static str],
    /// The bit pattern of each entry's value, in declaration order.
    #[doc(hidden)]
    pub bits: &'static [u64],
    /// Per bit position of a flags family, the full name of that bit's
    /// flag after ` | ` (`""`: none).
    #[doc(hidden)]
    pub bit_terms: &'static [&'static str],
    /// Every spelling the lookup accepts.
    #[doc(hidden)]
    pub keys: &'static [&'static str],
    /// Per tag of `doc_languages`, its descriptions concatenated (`""` for
    /// a language this build drops), returned by a function so that the
    /// texts stay out of the crate metadata.
    #[doc(hidden)]
    pub descriptions: fn() -> &'static [&'static str],
    #[doc(hidden)]
    pub table: &'static [u8],
    #[doc(hidden)]
    pub by_value: &'static [u8],
    #[doc(hidden)]
    pub bit_index: &'static [u8],
    /// The name hash's mode, seed, shift and slots (see `index.rs`).
    #[doc(hidden)]
    pub full_hash: bool,
    #[doc(hidden)]
    pub seed: u64,
    #[doc(hidden)]
    pub shift: u32,
    #[doc(hidden)]
    pub slots: &'static [u8],
}

impl FamilyInfo {
    /// The description of a family written by hand, for a [`ConstFamily`]
    /// implemented without the derive (see the `manual_family` example):
    /// the C names with their prefix and the values' bit patterns (a
    /// negative value cast through its unsigned type: `-1i8 as u8 as u64`),
    /// in the order of [`ConstFamily::ALL`].
    ///
    /// Everything works as for a derived family (names, lookups ignoring
    /// case, set text, [`Flags`](crate::Flags), the registry-style
    /// [`Entry`]), through linear scans instead of the derive's indexes, and
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
        FamilyInfo {
            type_name,
            prefix,
            kind,
            repr,
            since: None,
            header: None,
            doc_languages: &[],
            languages: &[],
            known_bits,
            selector_mask: 0,
            names,
            bits,
            bit_terms: &[],
            keys: &[],
            descriptions: no_descriptions,
            table: &[],
            by_value: &[],
            bit_index: &[],
            full_hash: false,
            seed: 0,
            shift: 63,
            slots: &[],
        }
    }

    /// The Rust type's name, such as `"LineAgentSessionState"`.
    #[inline]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The C prefix, with its trailing `_`: `"LINEAGENTSESSIONSTATE_"`.
    #[inline]
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// Enumeration, bit flags, or selector plus flags.
    #[inline]
    pub const fn kind(&self) -> Kind {
        self.kind
    }

    /// The integer type of the values.
    #[inline]
    pub const fn repr(&self) -> ReprKind {
        self.repr
    }

    /// The TAPI version the family requires, when known.
    #[inline]
    pub const fn since(&self) -> Option<Version> {
        self.since
    }

    /// The C header that defines the family, when known: `"tapi.h"`.
    #[inline]
    pub const fn header(&self) -> Option<&'static str> {
        self.header
    }

    /// The family's description in every language it has.
    #[inline]
    pub fn docs(&'static self) -> Docs {
        Docs::of_record(self, 0)
    }

    /// The family's description in `lang`, falling back as
    /// [`Docs::description`] does.
    #[inline]
    pub fn description(&'static self, lang: &str) -> &'static str {
        self.docs().description(lang)
    }

    /// Every language tag that the family or one of its entries is described
    /// in, English first; without the languages this build leaves out (the
    /// `lang-*` [features](crate#features)).
    #[inline]
    pub const fn languages(&self) -> &'static [&'static str] {
        self.languages
    }

    /// The number of constants.
    #[inline]
    pub const fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the family has no constant (never true of a derived one).
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every constant, in declaration order.
    #[inline]
    pub fn entries(&'static self) -> impl ExactSizeIterator<Item = Entry> + DoubleEndedIterator {
        (0..self.len()).map(move |index| Entry::at(self, index))
    }

    /// The constant at position `index` of the declaration order.
    #[inline]
    pub fn entry(&'static self, index: usize) -> Option<Entry> {
        Entry::new(self, index)
    }

    /// Every entry's bits OR'ed together, as a zero-extended bit pattern.
    #[inline]
    pub const fn known_bits(&self) -> u64 {
        self.known_bits
    }

    /// The bits of the selector field (every bit of a selector member's
    /// value) in a [`Kind::Mixed`] family; 0 in other families.
    #[inline]
    pub const fn selector_mask(&self) -> u64 {
        self.selector_mask
    }

    /// The index of the entry named `name`: a full name, a short name or an
    /// alias, exactly as written.
    #[inline]
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_with(name, false)
    }

    /// Like [`find`](Self::find), ignoring ASCII case.
    #[inline]
    pub fn find_ignore_case(&self, name: &str) -> Option<usize> {
        self.find_with(name, true)
    }

    #[inline]
    fn find_with(&self, name: &str, ignore_case: bool) -> Option<usize> {
        self.find_entry(name, ignore_case)
    }

    /// The index of the entry whose bit pattern is `bits`.
    #[inline]
    pub fn find_bits(&self, bits: u64) -> Option<usize> {
        if self.by_value.is_empty() {
            return self.scan_bits(bits);
        }
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = low + (high - low) / 2;
            let index = self.by_value_at(middle);
            match self.bits_at(index).cmp(&bits) {
                core::cmp::Ordering::Less => low = middle + 1,
                core::cmp::Ordering::Greater => high = middle,
                core::cmp::Ordering::Equal => return Some(index),
            }
        }
        None
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
/// assert_eq!(INFO.find("B"), Some(1));
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

/// The descriptions of a family built by [`FamilyInfo::new`]: none.
fn no_descriptions() -> &'static [&'static str] {
    &[]
}
