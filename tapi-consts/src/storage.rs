//! What a family is made of — its [`Storage`], private to [`FamilyInfo`] —
//! and every reader over it. The public methods are in `info.rs`; the
//! compact table and its format are in the `tapi-consts-table` crate.

use tapi_consts_table::{Found, Table};

use crate::device_specific::DeviceSpecific;
use crate::kind::Kind;
use crate::repr::ReprKind;
use crate::version::Version;

/// The static description of a family: its prefix, kind, requirements,
/// docs and constants. One exists per family, in a `static` built at
/// compile time; get it with [`ConstFamily::INFO`](crate::ConstFamily::INFO),
/// or from [`families::ALL`](crate::families::ALL). A family written by
/// hand starts from [`FamilyInfo::new`]. (Its public methods are in
/// `info.rs`; this file holds the storage and its readers.)
#[derive(Debug)]
pub struct FamilyInfo {
    storage: Storage,
}

/// A family's facts as the derive writes them. Not API: the derive's
/// generated code builds one (through `__private`) for
/// [`FamilyInfo::__new`]; `FamilyInfo::new` builds one for a family
/// written by hand.
#[doc(hidden)]
#[derive(Debug)]
pub struct Storage {
    pub type_name: &'static str,
    pub prefix: &'static str,
    pub kind: Kind,
    pub repr: ReprKind,
    pub since: Option<Version>,
    pub header: Option<&'static str>,
    /// The C type of the constants, when it names the family (`CALL_STATE`).
    pub c_type: Option<&'static str>,
    /// Every entry's bits OR'ed together.
    pub known_bits: u64,
    /// The bits of the selector field of a `Kind::Mixed` family, else 0.
    pub selector_mask: u64,
    /// What the family leaves to device-specific extensions, if it says.
    pub device_specific: Option<DeviceSpecific>,
    /// The constants: names, values, docs, indexes.
    pub table: Table,
}

impl FamilyInfo {
    /// The family described by `storage`; for the derive's generated code.
    #[doc(hidden)]
    #[inline]
    pub const fn __new(storage: Storage) -> Self {
        FamilyInfo { storage }
    }

    /// The family's facts.
    #[inline]
    pub(crate) const fn storage(&self) -> &Storage {
        &self.storage
    }

    /// The full name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    #[inline]
    pub const fn __name_at(&self, index: usize) -> &'static str {
        self.name_at(index)
    }

    /// The short name of entry `index`; for generated `const fn`s.
    #[doc(hidden)]
    #[inline]
    pub const fn __short_name_at(&self, index: usize) -> &'static str {
        self.short_name_at(index)
    }

    #[inline]
    pub(crate) const fn name_at(&self, index: usize) -> &'static str {
        self.storage.table.name(index)
    }

    #[inline]
    pub(crate) const fn short_name_at(&self, index: usize) -> &'static str {
        self.storage
            .table
            .short_name(index, self.storage.prefix.len())
    }

    #[inline]
    pub(crate) const fn bits_at(&self, index: usize) -> u64 {
        self.storage.table.bits(index)
    }

    /// Entry `index`'s own version.
    #[inline]
    pub(crate) const fn since_at(&self, index: usize) -> Option<Version> {
        match self.storage.table.since(index) {
            Some((major, minor)) => Some(Version::new(major, minor)),
            None => None,
        }
    }

    /// Entry `index`'s aliases, without the prefix.
    #[inline]
    pub(crate) fn aliases_at(
        &self,
        index: usize,
    ) -> impl ExactSizeIterator<Item = &'static str> + DoubleEndedIterator {
        self.storage.table.aliases(index)
    }

    /// Every tag the family was written with, English first.
    #[inline]
    pub(crate) const fn doc_languages(&self) -> &'static [&'static str] {
        self.storage.table.doc_languages()
    }

    /// The text of record `record` (0: the family, `i + 1`: entry `i`) in
    /// language number `language` of [`doc_languages`](Self::doc_languages).
    #[inline]
    pub(crate) fn doc_at(&self, record: usize, language: usize) -> Option<&'static str> {
        self.storage.table.doc(record, language)
    }

    /// The entry `name` spells: any accepted spelling, exactly or ignoring
    /// ASCII case.
    #[inline]
    pub(crate) fn find_name(&self, name: &str, ignore_case: bool) -> Option<Found> {
        let prefix = self.storage.prefix.len();
        self.storage.table.find_name(name, ignore_case, prefix)
    }

    /// The index of the entry `name` spells.
    #[inline]
    pub(crate) fn index_of_name(&self, name: &str, ignore_case: bool) -> Option<usize> {
        self.find_name(name, ignore_case).map(|found| found.entry)
    }

    /// The index of the entry whose bit pattern is `bits`.
    #[inline]
    pub(crate) fn index_of_bits(&self, bits: u64) -> Option<usize> {
        self.storage.table.find_bits(bits)
    }

    /// The flag member whose value is `bit` (a single bit). Asked of sets
    /// only: `Members` takes an enumeration's value whole, and only sets
    /// are written term by term.
    #[inline]
    pub(crate) fn flag_index(&self, bit: u64) -> Option<usize> {
        self.storage.table.flag(bit)
    }

    /// Per bit position, ` | ` and its flag's full name (see the table
    /// format); empty when the family has none.
    #[inline]
    pub(crate) const fn bit_terms(&self) -> &'static [&'static str] {
        self.storage.table.bit_terms()
    }

    /// Every spelling a lookup accepts.
    #[inline]
    pub(crate) fn spellings(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.storage.table.spellings(self.storage.prefix.len())
    }
}
