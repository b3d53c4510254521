//! The contract between a family and this crate: the [`ConstFamily`] trait
//! and the static description every family carries ([`FamilyInfo`],
//! [`EntryInfo`]).

use crate::index::NameIndex;
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
/// Invariants an implementation keeps: `ALL[i].index() == i`,
/// `INFO.entries()[i]` describes `ALL[i]`, and its bits are `ALL[i]`'s
/// value.
pub trait ConstFamily: Copy + Eq + core::fmt::Debug + Send + Sync + 'static {
    /// The integer type of the values (the enum's `#[repr]`).
    type Repr: Repr;

    /// The family's static description: prefix, docs, entries, lookup tables.
    const INFO: &'static FamilyInfo;

    /// Every member, in declaration order.
    const ALL: &'static [Self];

    /// The member's position in [`ALL`](Self::ALL) and in `INFO.entries()`:
    /// the one method an implementation writes.
    fn index(self) -> usize;

    /// The member's value. (The derive's inherent `value` is a `const fn`
    /// cast; this one reads the table, so it needs nothing per family.)
    fn value(self) -> Self::Repr {
        Self::Repr::from_bits(self.entry().bits)
    }

    /// The member with this value, if any.
    fn from_value(value: Self::Repr) -> Option<Self> {
        let index = Self::INFO.find_bits(value.to_bits())?;
        Self::ALL.get(index).copied()
    }

    /// The member's static entry: names, value, docs.
    fn entry(self) -> &'static EntryInfo {
        &Self::INFO.entries[self.index()]
    }
}

/// A [`ConstFamily`] whose members are single bits (and at most one zero
/// member), so that sets of them are meaningful: the bound of
/// [`Flags`](crate::Flags). The derive implements it for families marked
/// `#[tapi(flags)]`.
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
}

/// The static description of a family. One exists per family, built at
/// compile time; get it with [`ConstFamily::INFO`].
///
/// The fields are hidden, not private, only so that generated code can write
/// the table as a plain literal (const-fn calls in a `static` cost compile
/// time); they are not API: read them through the methods.
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
    #[doc(hidden)]
    pub docs: Docs,
    #[doc(hidden)]
    pub languages: &'static [&'static str],
    #[doc(hidden)]
    pub entries: &'static [EntryInfo],
    /// Entry indices in ascending order of bit pattern.
    #[doc(hidden)]
    pub by_value: &'static [u16],
    /// Every entry's bits OR'ed together.
    #[doc(hidden)]
    pub known_bits: u64,
    /// The bits of the selector field of a `Kind::Mixed` family, else 0.
    #[doc(hidden)]
    pub selector_mask: u64,
    #[doc(hidden)]
    pub names: NameIndex,
}

impl FamilyInfo {
    /// The Rust type's name, such as `"LineAgentSessionState"`.
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The C prefix, with its trailing `_`: `"LINEAGENTSESSIONSTATE_"`.
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// Enumeration or bit flags.
    pub const fn kind(&self) -> Kind {
        self.kind
    }

    /// The integer type of the values.
    pub const fn repr(&self) -> ReprKind {
        self.repr
    }

    /// The TAPI version the family requires, when known.
    pub const fn since(&self) -> Option<Version> {
        self.since
    }

    /// The C header that defines the family, when known: `"tapi.h"`.
    pub const fn header(&self) -> Option<&'static str> {
        self.header
    }

    /// The family's description in every language it has.
    pub const fn docs(&self) -> Docs {
        self.docs
    }

    /// The family's description in `lang`, falling back as
    /// [`Docs::description`] does.
    pub fn description(&self, lang: &str) -> &'static str {
        self.docs.description(lang)
    }

    /// Every language tag that the family or one of its entries is described
    /// in, English first.
    pub const fn languages(&self) -> &'static [&'static str] {
        self.languages
    }

    /// Every entry, in declaration order.
    pub const fn entries(&self) -> &'static [EntryInfo] {
        self.entries
    }

    /// Every entry's bits OR'ed together, as a zero-extended bit pattern.
    pub const fn known_bits(&self) -> u64 {
        self.known_bits
    }

    /// The bits of the selector field (every bit of a selector member's
    /// value) in a [`Kind::Mixed`] family; 0 in other families.
    pub const fn selector_mask(&self) -> u64 {
        self.selector_mask
    }

    /// The index of the entry named `name`: a full name, a short name or an
    /// alias, exactly as written.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_with(name, false)
    }

    /// Like [`find`](Self::find), ignoring ASCII case.
    pub fn find_ignore_case(&self, name: &str) -> Option<usize> {
        self.find_with(name, true)
    }

    fn find_with(&self, name: &str, ignore_case: bool) -> Option<usize> {
        // A full name is the prefix plus a short name; a short name may itself
        // start like the prefix, so a miss after stripping tries the whole text.
        strip_prefix(name, self.prefix, ignore_case)
            .and_then(|short| self.names.get(short, ignore_case))
            .or_else(|| self.names.get(name, ignore_case))
    }

    /// The index of the entry whose bit pattern is `bits`.
    pub fn find_bits(&self, bits: u64) -> Option<usize> {
        let entries = self.entries;
        self.by_value
            .binary_search_by_key(&bits, |&i| entries[usize::from(i)].bits)
            .ok()
            .map(|pos| usize::from(self.by_value[pos]))
    }

    /// Entries in ascending order of bit pattern.
    pub(crate) fn entries_by_value(&self) -> impl Iterator<Item = (usize, &'static EntryInfo)> {
        let entries = self.entries;
        self.by_value
            .iter()
            .map(move |&i| (usize::from(i), &entries[usize::from(i)]))
    }
}

pub(crate) fn strip_prefix<'a>(text: &'a str, prefix: &str, ignore_case: bool) -> Option<&'a str> {
    let head = text.as_bytes().get(..prefix.len())?;
    let matches = if ignore_case {
        head.eq_ignore_ascii_case(prefix.as_bytes())
    } else {
        head == prefix.as_bytes()
    };
    // The prefix is ASCII, so `prefix.len()` is a char boundary of `text`.
    matches.then(|| text.get(prefix.len()..)).flatten()
}

/// One constant of a family: its names, value and docs.
///
/// The fields are hidden, not private, only so that generated code can write
/// the table as a plain literal; they are not API: read them through the
/// methods.
#[derive(Debug)]
pub struct EntryInfo {
    #[doc(hidden)]
    pub name: &'static str,
    #[doc(hidden)]
    pub short_name: &'static str,
    #[doc(hidden)]
    pub bits: u64,
    #[doc(hidden)]
    pub docs: Docs,
    #[doc(hidden)]
    pub since: Option<Version>,
    #[doc(hidden)]
    pub aliases: &'static [&'static str],
}

impl EntryInfo {
    /// The full C name: `"LINEAGENTSESSIONSTATE_READY"`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The name without the family prefix: `"READY"`.
    pub const fn short_name(&self) -> &'static str {
        self.short_name
    }

    /// The value's bit pattern, zero-extended to 64 bits (`-1i32` is
    /// `0xFFFF_FFFF`).
    pub const fn bits(&self) -> u64 {
        self.bits
    }

    /// The description in every language it has.
    pub const fn docs(&self) -> Docs {
        self.docs
    }

    /// The description in `lang`, falling back as [`Docs::description`] does.
    pub fn description(&self, lang: &str) -> &'static str {
        self.docs.description(lang)
    }

    /// The TAPI version this constant requires, when it differs from the
    /// family's.
    pub const fn since(&self) -> Option<Version> {
        self.since
    }

    /// Other short names accepted when parsing (C aliases).
    pub const fn aliases(&self) -> &'static [&'static str] {
        self.aliases
    }
}
