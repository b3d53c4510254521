//! The one parser and formatter for names, values and sets, shared by every
//! family. It works on [`FamilyInfo`] and bit patterns, so it is compiled
//! once, not once per family. The format is specified in FORMAT.md.

use core::fmt;
use core::ops::Range;

use crate::error::{ParseError, ParseErrorKind};
use crate::family::FamilyInfo;
use crate::number::{looks_numeric, parse_number};
use crate::repr::Hex;
use crate::suggest::closest_name;

/// One `|`-separated term, already recognised.
enum Term {
    /// A member, by entry index.
    Entry(usize),
    /// A number, as a bit pattern.
    Bits(u64),
}

impl FamilyInfo {
    /// Parses one member: a full name, short name or alias (exact case), or
    /// the value of a member as a number. Returns the entry index.
    pub fn parse_entry(&'static self, text: &str) -> Result<usize, ParseError> {
        let span = trimmed(text, 0..text.len());
        match self.parse_term(text, span.clone())? {
            Term::Entry(index) => Ok(index),
            Term::Bits(bits) => self
                .find_bits(bits)
                .ok_or_else(|| ParseError::new(ParseErrorKind::UnknownValue, self, text, span)),
        }
    }

    /// Parses a set: terms separated by `|`, each a member name or a number;
    /// empty or blank input is the empty set. Returns the bit pattern, unknown
    /// bits from numbers included. In a [`Kind::Mixed`](crate::Kind::Mixed)
    /// family, at most one selector member may be named.
    pub fn parse_bits(&'static self, text: &str) -> Result<u64, ParseError> {
        if text.trim_ascii().is_empty() {
            return Ok(0);
        }
        let mut bits = 0;
        let mut selector = 0;
        let mut start = 0;
        for term in text.split('|') {
            let span = trimmed(text, start..start + term.len());
            start += term.len() + 1;
            bits |= match self.parse_term(text, span.clone())? {
                Term::Entry(index) => {
                    let entry_bits = self.bits_at(index);
                    if entry_bits & self.selector_mask != 0 {
                        if selector != 0 && selector != entry_bits {
                            let kind = ParseErrorKind::ConflictingSelectors;
                            return Err(ParseError::new(kind, self, text, span));
                        }
                        selector = entry_bits;
                    }
                    entry_bits
                }
                Term::Bits(bits) => bits,
            };
        }
        Ok(bits)
    }

    fn parse_term(&'static self, text: &str, span: Range<usize>) -> Result<Term, ParseError> {
        let term = &text[span.clone()];
        if term.is_empty() {
            return Err(ParseError::new(ParseErrorKind::EmptyTerm, self, text, span));
        }
        if let Some(index) = self.find(term) {
            return Ok(Term::Entry(index));
        }
        if looks_numeric(term) {
            return parse_number(term, self.repr)
                .map(Term::Bits)
                .map_err(|kind| ParseError::new(kind, self, text, span));
        }
        let error = ParseError::new(ParseErrorKind::UnknownName, self, text, span);
        Err(error.with_suggestion(closest_name(self, term)))
    }

    /// Writes a set: in a mixed family first the selector (by name, or in
    /// hex when no member has it), then flag members in ascending bit order
    /// joined with ` | ` (full names, or short names when `short`), then any
    /// unknown bits as one hex term; the empty set is the zero member's name,
    /// or `0`.
    pub fn write_bits(&self, bits: u64, short: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        let name = |index: usize| {
            if short {
                self.short_name_at(index)
            } else {
                self.name_at(index)
            }
        };
        if bits == 0 {
            return match self.find_bits(0) {
                Some(index) => out.write_str(name(index)),
                None => out.write_str("0"),
            };
        }
        let mut terms = Terms { out, first: true };
        let selector = bits & self.selector_mask;
        if selector != 0 {
            match self.find_bits(selector) {
                Some(index) => terms.write(name(index))?,
                None => terms.write_hex(Hex {
                    bits: selector,
                    repr: self.repr,
                })?,
            }
        }
        let mut rest = bits & !self.selector_mask;
        for index in self.indices_by_value() {
            let bits = self.bits_at(index);
            let flag = bits != 0 && bits & self.selector_mask == 0;
            if flag && rest & bits == bits {
                terms.write(name(index))?;
                rest &= !bits;
            }
        }
        if rest != 0 {
            terms.write_hex(Hex {
                bits: rest,
                repr: self.repr,
            })?;
        }
        Ok(())
    }

    /// Writes one value: the member's name (short when `short`), or the hex
    /// bit pattern when no member has it.
    pub fn write_value(&self, bits: u64, short: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.find_bits(bits) {
            Some(index) if short => out.write_str(self.short_name_at(index)),
            Some(index) => out.write_str(self.name_at(index)),
            None => write!(
                out,
                "{}",
                Hex {
                    bits,
                    repr: self.repr
                }
            ),
        }
    }
}

/// Writes terms separated by ` | `.
struct Terms<'a> {
    out: &'a mut dyn fmt::Write,
    first: bool,
}

impl Terms<'_> {
    fn separate(&mut self) -> fmt::Result {
        if !core::mem::replace(&mut self.first, false) {
            self.out.write_str(" | ")?;
        }
        Ok(())
    }

    fn write(&mut self, term: &str) -> fmt::Result {
        self.separate()?;
        self.out.write_str(term)
    }

    fn write_hex(&mut self, hex: Hex) -> fmt::Result {
        self.separate()?;
        write!(self.out, "{hex}")
    }
}

/// `span` without the ASCII whitespace at either end of `text[span]`.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let term = &text[span.clone()];
    let start = span.start + (term.len() - term.trim_ascii_start().len());
    let end = span.end - (term.len() - term.trim_ascii_end().len());
    start..end.max(start)
}
