//! [`FamilyInfo`]'s public methods, in one place: what a family is, its
//! entries, lookups, and the text of its values. Each forwards to the
//! module that does the work (`storage.rs` reads the table, `text.rs`
//! parses and writes).
//!
//! Naming: a method with *entry* in its name gives an [`Entry`]; its
//! position in the declaration order is [`Entry::index`]. A `FamilyInfo`
//! always lives in a `static`, and every method takes `&'static self`, so
//! that what it hands out can point back at the family.

use core::fmt;

use crate::device_specific::DeviceSpecific;
use crate::entry::Entry;
use crate::error::ParseError;
use crate::kind::Kind;
use crate::lang::Docs;
use crate::members::Members;
use crate::number::ParseOptions;
use crate::repr::ReprKind;
use crate::storage::FamilyInfo;
use crate::text;
use crate::version::Version;

impl FamilyInfo {
    /// The Rust type's name, such as `"LineAgentSessionState"`.
    #[inline]
    pub const fn type_name(&'static self) -> &'static str {
        self.storage().type_name
    }

    /// The C prefix, with its trailing `_`: `"LINEAGENTSESSIONSTATE_"`.
    #[inline]
    pub const fn prefix(&'static self) -> &'static str {
        self.storage().prefix
    }

    /// Enumeration, bit flags, or selector plus flags.
    #[inline]
    pub const fn kind(&'static self) -> Kind {
        self.storage().kind
    }

    /// The integer type of the values.
    #[inline]
    pub const fn repr(&'static self) -> ReprKind {
        self.storage().repr
    }

    /// The TAPI version the family requires, when known.
    #[inline]
    pub const fn since(&'static self) -> Option<Version> {
        self.storage().since
    }

    /// The C header that defines the family, when known: `"tapi.h"`.
    #[inline]
    pub const fn header(&'static self) -> Option<&'static str> {
        self.storage().header
    }

    /// The C type of the family's constants, when that names the family:
    /// a TAPI 3 enum (`CALL_STATE`, whose `CS_` constants are its members;
    /// several TAPI 3 types share a prefix). `None` for the `tapi.h`
    /// families, which are named by their prefix.
    #[inline]
    pub const fn c_type(&'static self) -> Option<&'static str> {
        self.storage().c_type
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
    pub const fn languages(&'static self) -> &'static [&'static str] {
        self.storage().table.languages()
    }

    /// The number of constants.
    #[inline]
    pub const fn len(&'static self) -> usize {
        self.storage().table.len()
    }

    /// Whether the family has no constant (never true of a derived one).
    #[inline]
    pub const fn is_empty(&'static self) -> bool {
        self.len() == 0
    }

    /// Every entry's bits OR'ed together, as a zero-extended bit pattern.
    #[inline]
    pub const fn known_bits(&'static self) -> u64 {
        self.storage().known_bits
    }

    /// The bits of the selector field (every bit of a selector member's
    /// value) in a [`Kind::Mixed`] family; 0 in other families.
    #[inline]
    pub const fn selector_mask(&'static self) -> u64 {
        self.storage().selector_mask
    }

    /// What the family leaves to device-specific extensions, if its
    /// reference page says: the high 16 bits of `LINEBEARERMODE_`, the codes
    /// from `0xC000_0000` of `LINEERR_`. A value there is a vendor's, not
    /// an unknown one.
    #[inline]
    pub const fn device_specific(&'static self) -> Option<DeviceSpecific> {
        self.storage().device_specific
    }

    /// The part of `bits` that is device-specific (see
    /// [`device_specific`](Self::device_specific)): 0 when none is, or the
    /// family leaves nothing to vendors.
    #[inline]
    pub const fn device_specific_bits(&'static self, bits: u64) -> u64 {
        match self.storage().device_specific {
            Some(vendor) => vendor.part_of(bits),
            None => 0,
        }
    }

    /// Every constant, in declaration order.
    #[inline]
    pub fn entries(&'static self) -> impl ExactSizeIterator<Item = Entry> + DoubleEndedIterator {
        (0..self.len()).map(move |index| Entry::at(self, index))
    }

    /// The constant at position `index` of the declaration order.
    #[inline]
    pub fn entry(&'static self, index: usize) -> Option<Entry> {
        (index < self.len()).then(|| Entry::at(self, index))
    }

    /// The constant named `name`: a full name, a short name or an alias,
    /// exactly as written.
    ///
    /// ```
    /// use tapi_consts::{families::LineCallState, ConstFamily};
    ///
    /// let idle = LineCallState::INFO.entry_by_name("IDLE").unwrap();
    /// assert_eq!(idle.name(), "LINECALLSTATE_IDLE");
    /// assert_eq!(idle.index(), LineCallState::Idle.index());
    /// ```
    #[inline]
    pub fn entry_by_name(&'static self, name: &str) -> Option<Entry> {
        let index = self.index_of_name(name, false)?;
        Some(Entry::at(self, index))
    }

    /// Like [`entry_by_name`](Self::entry_by_name), ignoring ASCII case.
    #[inline]
    pub fn entry_by_name_ignore_case(&'static self, name: &str) -> Option<Entry> {
        let index = self.index_of_name(name, true)?;
        Some(Entry::at(self, index))
    }

    /// The constant with this full C name (no short names), exactly as
    /// written or, with `ignore_case`, ignoring ASCII case.
    #[inline]
    pub fn entry_by_full_name(&'static self, name: &str, ignore_case: bool) -> Option<Entry> {
        let found = self.find_name(name, ignore_case)?;
        let full = self.storage().table.is_full(found);
        full.then(|| Entry::at(self, found.entry))
    }

    /// The constant whose value has this bit pattern (the first declared,
    /// in the constants of no family, where several may share one).
    #[inline]
    pub fn entry_by_bits(&'static self, bits: u64) -> Option<Entry> {
        let index = self.index_of_bits(bits)?;
        Some(Entry::at(self, index))
    }

    /// The constants a value is made of, without knowing the family's Rust
    /// type: an enumeration's member; a set's selector, then its flags in
    /// ascending bit order (the order its text names them). What no
    /// constant accounts for is left in [`Members::rest`].
    ///
    /// ```
    /// use tapi_consts::{families::LineAgentSessionState, ConstFamily};
    ///
    /// let mut members = LineAgentSessionState::INFO.members(0x46);
    /// let names: Vec<_> = members.by_ref().map(|entry| entry.name()).collect();
    /// assert_eq!(names, ["LINEAGENTSESSIONSTATE_READY", "LINEAGENTSESSIONSTATE_BUSYONCALL"]);
    /// assert_eq!(members.rest(), 0x40);
    /// ```
    #[inline]
    pub fn members(&'static self, bits: u64) -> Members {
        Members::new(self, bits)
    }

    /// Parses one member: a full name, short name or alias (exact case), or
    /// the value of a member as a number.
    #[inline]
    pub fn parse_entry(&'static self, text: &str) -> Result<Entry, ParseError> {
        self.parse_entry_with(text, ParseOptions::new())
    }

    /// [`parse_entry`](Self::parse_entry), reading names and numbers as
    /// `options` say.
    #[inline]
    pub fn parse_entry_with(
        &'static self,
        text: &str,
        options: ParseOptions,
    ) -> Result<Entry, ParseError> {
        text::parse_index(self, text, options).map(|index| Entry::at(self, index))
    }

    /// Parses one value: a name, or any number that fits the repr, whether
    /// or not a member has it (an enumeration's unknown value, a set's
    /// unknown bits). Returns the bit pattern.
    ///
    /// ```
    /// use tapi_consts::{families::LineErr, ConstFamily, ParseOptions};
    ///
    /// let read = |text| LineErr::INFO.parse_value(text, ParseOptions::new());
    /// assert_eq!(read("LINEERR_INUSE"), Ok(0x8000_000F));
    /// // No LINEERR_ constant has 0x80000004, but it is a value.
    /// assert_eq!(read("-2147483644"), Ok(0x8000_0004));
    /// assert!(read("LINEERR_INUSE | LINEERR_NOMEM").is_err());
    /// ```
    #[inline]
    pub fn parse_value(
        &'static self,
        text: &str,
        options: ParseOptions,
    ) -> Result<u64, ParseError> {
        text::parse_value(self, text, options).map_err(|fail| fail.into_error(self, text))
    }

    /// Parses a value of this family as its kind is written: a set (names
    /// and numbers joined with `|`; blank is the empty set) in a flags or
    /// mixed family, one name or number otherwise. Any number that fits the
    /// repr is a value, known or not. Returns the bit pattern. For code that
    /// reads values of families it knows only at run time, as the
    /// command-line tool does.
    ///
    /// ```
    /// use tapi_consts::families::{LineAgentSessionState, LineErr};
    /// use tapi_consts::{ConstFamily, ParseErrorKind, ParseOptions};
    ///
    /// let options = ParseOptions::new();
    /// assert_eq!(LineAgentSessionState::INFO.parse("READY | 0x40", options), Ok(0x42));
    /// assert_eq!(LineErr::INFO.parse("0x80000004", options), Ok(0x8000_0004));
    /// let set = LineErr::INFO.parse("INUSE | NOMEM", options).unwrap_err();
    /// assert_eq!(set.kind(), ParseErrorKind::UnexpectedSet);
    /// ```
    #[inline]
    pub fn parse(&'static self, text: &str, options: ParseOptions) -> Result<u64, ParseError> {
        if self.kind().is_set() {
            self.parse_bits_with(text, options)
        } else {
            self.parse_value(text, options)
        }
    }

    /// Parses a set: terms separated by `|`, each a member name or a number;
    /// empty or blank input is the empty set. Returns the bit pattern, unknown
    /// bits from numbers included. In a [`Kind::Mixed`] family, at most one
    /// selector value may be given.
    #[inline]
    pub fn parse_bits(&'static self, text: &str) -> Result<u64, ParseError> {
        self.parse_bits_with(text, ParseOptions::new())
    }

    /// [`parse_bits`](Self::parse_bits), reading names and numbers as
    /// `options` say.
    #[inline]
    pub fn parse_bits_with(
        &'static self,
        text: &str,
        options: ParseOptions,
    ) -> Result<u64, ParseError> {
        text::parse_bits(self, text, options).map_err(|fail| fail.into_error(self, text))
    }

    /// Writes a set to `out`: in a mixed family first the selector (by
    /// name, or in hex when no member has it), then flag members in
    /// ascending bit order joined with ` | ` (full names, or short names
    /// when `short`), then any unknown bits as one hex term; the empty set
    /// is the zero member's name, or `0`. What [`Flags`](crate::Flags)'
    /// `Display` and [`write_to`](crate::Flags::write_to) write.
    #[inline]
    pub fn write_bits<W: fmt::Write + ?Sized>(
        &'static self,
        out: &mut W,
        bits: u64,
        short: bool,
    ) -> fmt::Result {
        text::write_bits(self, out, bits, short)
    }

    /// Writes a value of this family as its kind is written (what
    /// [`parse`](Self::parse) reads): a set's text in a flags or mixed
    /// family ([`write_bits`](Self::write_bits)), one name or hex number
    /// otherwise ([`write_value`](Self::write_value)).
    ///
    /// ```
    /// use tapi_consts::families::{LineAgentSessionState, LineErr};
    /// use tapi_consts::ConstFamily;
    ///
    /// let mut text = String::new();
    /// LineAgentSessionState::INFO.write(&mut text, 0x42, true).unwrap();
    /// assert_eq!(text, "READY | 0x00000040");
    /// text.clear();
    /// LineErr::INFO.write(&mut text, 0x8000_0004, false).unwrap();
    /// assert_eq!(text, "0x80000004");
    /// ```
    #[inline]
    pub fn write<W: fmt::Write + ?Sized>(
        &'static self,
        out: &mut W,
        bits: u64,
        short: bool,
    ) -> fmt::Result {
        if self.kind().is_set() {
            self.write_bits(out, bits, short)
        } else {
            self.write_value(out, bits, short)
        }
    }

    /// Writes one value to `out`: the member's name (short when `short`),
    /// or the hex bit pattern when no member has it.
    #[inline]
    pub fn write_value<W: fmt::Write + ?Sized>(
        &'static self,
        out: &mut W,
        bits: u64,
        short: bool,
    ) -> fmt::Result {
        text::write_value(self, out, bits, short)
    }
}
