//! [`Entry`]: one constant of any family, as a small `Copy` handle that
//! knows its family. What registries, lookups and tools pass around.

use core::fmt;

use crate::lang::Docs;
use crate::storage::FamilyInfo;
use crate::version::Version;

/// One constant of a family: its names, value, docs and family.
#[derive(Clone, Copy)]
pub struct Entry {
    family: &'static FamilyInfo,
    index: u16,
}

impl Entry {
    /// The entry at `index`, which the caller knows exists.
    #[inline]
    pub(crate) fn at(family: &'static FamilyInfo, index: usize) -> Self {
        // Families have fewer than `u16::MAX` entries (the derive checks).
        Entry {
            family,
            index: index as u16,
        }
    }

    /// The family this constant belongs to.
    #[inline]
    pub fn family(self) -> &'static FamilyInfo {
        self.family
    }

    /// The constant's position in its family's declaration order.
    #[inline]
    pub fn index(self) -> usize {
        usize::from(self.index)
    }

    /// The full C name: `"LINECALLSTATE_IDLE"`.
    #[inline]
    pub fn name(self) -> &'static str {
        self.family.name_at(self.index())
    }

    /// The name without the family prefix: `"IDLE"`.
    #[inline]
    pub fn short_name(self) -> &'static str {
        self.family.short_name_at(self.index())
    }

    /// The value, as the family's repr reads it: negative in a signed
    /// family (`TAPIERR_DROPPED` is −1), whatever the width (a `u64`
    /// family's values are not cut). For the pattern TAPI passes in a
    /// `DWORD`, see [`bits`](Entry::bits).
    ///
    /// ```
    /// let dropped = tapi_consts::lookup("TAPIERR_DROPPED").unwrap();
    /// assert_eq!(dropped.value(), -1);
    /// assert_eq!(dropped.bits(), 0xFFFF_FFFF);
    /// ```
    #[inline]
    pub fn value(self) -> i128 {
        self.family.repr().value(self.bits())
    }

    /// The value's bit pattern, zero-extended to 64 bits (`-1i32` is
    /// `0xFFFF_FFFF`).
    #[inline]
    pub fn bits(self) -> u64 {
        self.family.bits_at(self.index())
    }

    /// The constant's own TAPI version, from the Windows SDK's `Tapi.h`: the
    /// version of the `#if (TAPI_CURRENT_VERSION >= …)` block it is defined
    /// in, else its `// TAPI vX.Y` comment. `None` when the header gives it
    /// neither; the family's requirement then applies (see
    /// [`requires`](Entry::requires)).
    ///
    /// It may be lower than the family's: `LINEMEDIAMODE_VOICEVIEW` is
    /// TAPI 1.4 in a family whose reference page states 2.0 as a floor.
    ///
    /// ```
    /// use tapi_consts::{lookup, Version};
    ///
    /// let video = lookup("LINEMEDIAMODE_VIDEO").unwrap();
    /// assert_eq!(video.since(), Some(Version::new(2, 1)));
    /// let voice = lookup("LINEMEDIAMODE_INTERACTIVEVOICE").unwrap();
    /// assert_eq!(voice.since(), None);
    /// ```
    #[inline]
    pub fn since(self) -> Option<Version> {
        self.family.since_at(self.index())
    }

    /// The TAPI version this constant requires: its own
    /// ([`since`](Entry::since)), else its family's
    /// ([`FamilyInfo::since`]). `None` when neither is known.
    ///
    /// ```
    /// use tapi_consts::{lookup, Version};
    ///
    /// // `LINEMEDIAMODE_VIDEO` came with TAPI 2.1, in a family that requires 2.0.
    /// let video = lookup("LINEMEDIAMODE_VIDEO").unwrap();
    /// assert_eq!(video.family().since(), Some(Version::new(2, 0)));
    /// assert_eq!(video.requires(), Some(Version::new(2, 1)));
    ///
    /// // `LINEMEDIAMODE_INTERACTIVEVOICE` has no version of its own: the family's applies.
    /// let voice = lookup("LINEMEDIAMODE_INTERACTIVEVOICE").unwrap();
    /// assert_eq!(voice.since(), None);
    /// assert_eq!(voice.requires(), Some(Version::new(2, 0)));
    /// ```
    #[inline]
    pub fn requires(self) -> Option<Version> {
        self.since().or_else(|| self.family.since())
    }

    /// Other short names accepted when parsing (C aliases).
    #[inline]
    pub fn aliases(self) -> impl ExactSizeIterator<Item = &'static str> + DoubleEndedIterator {
        self.family.aliases_at(self.index())
    }

    /// The description in every language it has.
    #[inline]
    pub fn docs(self) -> Docs {
        Docs::of_record(self.family, self.index() + 1)
    }

    /// The description in `lang`, falling back to its primary language,
    /// then to English.
    #[inline]
    pub fn description(self, lang: &str) -> &'static str {
        self.docs().description(lang)
    }
}

impl PartialEq for Entry {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.family, other.family) && self.index == other.index
    }
}

impl Eq for Entry {}

impl core::hash::Hash for Entry {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        core::ptr::hash(self.family, state);
        self.index.hash(state);
    }
}

/// The full C name.
impl fmt::Display for Entry {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl fmt::Debug for Entry {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Entry({} = {:#x})", self.name(), self.bits())
    }
}
