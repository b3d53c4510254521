//! [`Members`]: a value taken apart into the constants it is made of, for
//! any family. [`Flags`](crate::Flags)' iterator and the command-line tool
//! walk a value through it, in the order its text names them.

use core::iter::FusedIterator;

use crate::entry::Entry;
use crate::storage::FamilyInfo;

/// The constants a value is made of, from [`FamilyInfo::members`]: an
/// enumeration's member (none for an unknown value); a set's selector (in
/// a [`Kind::Mixed`](crate::Kind::Mixed) family), then its flags in ascending bit order. An
/// empty set has none (its text names the family's zero member, if any).
#[derive(Clone, Debug)]
pub struct Members {
    family: &'static FamilyInfo,
    /// Bits not looked at yet.
    todo: u64,
    /// Bits no member yielded so far accounts for.
    rest: u64,
    /// Whether the whole value (an enumeration's) or the selector field (a
    /// set's) is still to be looked at.
    first: bool,
}

impl Members {
    #[inline]
    pub(crate) fn new(family: &'static FamilyInfo, bits: u64) -> Self {
        Members {
            family,
            todo: bits,
            rest: bits,
            first: true,
        }
    }

    /// The bits that the members yielded so far do not account for: once
    /// the iterator is done, the bits no constant has (an enumeration's
    /// unknown value, a set's unknown bits and unknown selector value).
    #[inline]
    pub fn rest(&self) -> u64 {
        self.rest
    }

    /// The first look: an enumeration's whole value, or a set's selector.
    #[inline]
    fn look_first(&mut self) -> Option<Entry> {
        let family = self.family;
        let is_set = family.kind().is_set();
        let part = if is_set {
            self.todo & family.selector_mask()
        } else {
            self.todo
        };
        self.todo &= !part;
        // An empty selector field is no member (a zero member names only
        // the empty set's text).
        if is_set && part == 0 {
            return None;
        }
        let entry = family.entry_by_bits(part)?;
        self.rest &= !part;
        Some(entry)
    }
}

impl Iterator for Members {
    type Item = Entry;

    #[inline]
    fn next(&mut self) -> Option<Entry> {
        if core::mem::replace(&mut self.first, false) {
            if let Some(entry) = self.look_first() {
                return Some(entry);
            }
        }
        let family = self.family;
        loop {
            let known = self.todo & family.known_bits();
            if known == 0 {
                self.todo = 0;
                return None;
            }
            let bit = known & known.wrapping_neg();
            self.todo ^= bit;
            if let Some(index) = family.flag_index(bit) {
                self.rest ^= bit;
                return family.entry(index);
            }
        }
    }
}

impl FusedIterator for Members {}
