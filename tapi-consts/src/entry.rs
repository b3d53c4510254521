//! [`Entry`]: one constant of any family, as a small `Copy` handle that
//! knows its family. What registries, lookups and tools pass around.

use core::fmt;

use crate::family::{ConstFamily, EntryInfo, FamilyInfo};
use crate::lang::Docs;

/// One constant of a family: its [`EntryInfo`] together with the family it
/// belongs to.
#[derive(Clone, Copy)]
pub struct Entry {
    family: &'static FamilyInfo,
    index: u16,
}

impl Entry {
    /// The entry at `index` of `family`, if there is one.
    pub fn new(family: &'static FamilyInfo, index: usize) -> Option<Self> {
        let index = u16::try_from(index).ok()?;
        family.entries().get(usize::from(index))?;
        Some(Entry { family, index })
    }

    /// The entry of a family member.
    pub fn of<E: ConstFamily>(member: E) -> Self {
        Entry {
            family: E::INFO,
            // Families are built with fewer than `u16::MAX` entries.
            index: member.index() as u16,
        }
    }

    /// The family this constant belongs to.
    pub fn family(self) -> &'static FamilyInfo {
        self.family
    }

    /// The constant's position in its family's entries.
    pub fn index(self) -> usize {
        usize::from(self.index)
    }

    /// The static description of the constant.
    pub fn info(self) -> &'static EntryInfo {
        &self.family.entries()[usize::from(self.index)]
    }

    /// The full C name: `"LINECALLSTATE_IDLE"`.
    pub fn name(self) -> &'static str {
        self.info().name()
    }

    /// The name without the family prefix: `"IDLE"`.
    pub fn short_name(self) -> &'static str {
        self.info().short_name()
    }

    /// The value as a 32-bit pattern, as TAPI passes it in a `DWORD`
    /// (`TAPIERR_DROPPED`, −1, is `0xFFFF_FFFF`).
    pub fn value(self) -> u32 {
        self.info().bits() as u32
    }

    /// The value's bit pattern, zero-extended to 64 bits.
    pub fn bits(self) -> u64 {
        self.info().bits()
    }

    /// The description in every language it has.
    pub fn docs(self) -> Docs {
        self.info().docs()
    }

    /// The description in `lang`, falling back to its primary language,
    /// then to English.
    pub fn description(self, lang: &str) -> &'static str {
        self.info().description(lang)
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.family, other.family) && self.index == other.index
    }
}

impl Eq for Entry {}

impl core::hash::Hash for Entry {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        core::ptr::hash(self.family, state);
        self.index.hash(state);
    }
}

/// The full C name.
impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Entry({} = {:#x})", self.name(), self.bits())
    }
}

impl FamilyInfo {
    /// Every constant of the family as an [`Entry`], in declaration order.
    pub fn iter(&'static self) -> impl ExactSizeIterator<Item = Entry> {
        (0..self.entries().len() as u16).map(move |index| Entry {
            family: self,
            index,
        })
    }

    /// The constant with this full C name (no short names), exactly as
    /// written or, with `ignore_case`, ignoring ASCII case.
    pub fn entry_by_full_name(&'static self, name: &str, ignore_case: bool) -> Option<Entry> {
        let short = crate::family::strip_prefix(name, self.prefix(), ignore_case)?;
        let index = self.names.get(short, ignore_case)?;
        Entry::new(self, index)
    }

    /// The constant whose value has this bit pattern.
    pub fn entry_by_bits(&'static self, bits: u64) -> Option<Entry> {
        Entry::new(self, self.find_bits(bits)?)
    }
}
