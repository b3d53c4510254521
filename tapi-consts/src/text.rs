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
    /// bits from numbers included.
    pub fn parse_bits(&'static self, text: &str) -> Result<u64, ParseError> {
        if text.trim_ascii().is_empty() {
            return Ok(0);
        }
        let mut bits = 0;
        let mut start = 0;
        for term in text.split('|') {
            let span = trimmed(text, start..start + term.len());
            start += term.len() + 1;
            bits |= match self.parse_term(text, span)? {
                Term::Entry(index) => self.entries[index].bits,
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

    /// Writes a set: known members in ascending bit order joined with
    /// ` | ` (full names, or short names when `short`), then any unknown
    /// bits as one hex term; the empty set is the zero member's name, or `0`.
    pub fn write_bits(&self, bits: u64, short: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        let name = |entry: &crate::EntryInfo| {
            if short {
                entry.short_name
            } else {
                entry.name
            }
        };
        if bits == 0 {
            return match self.find_bits(0) {
                Some(index) => out.write_str(name(&self.entries[index])),
                None => out.write_str("0"),
            };
        }
        let mut rest = bits;
        let mut first = true;
        for (_, entry) in self.entries_by_value() {
            if entry.bits != 0 && rest & entry.bits == entry.bits {
                if !first {
                    out.write_str(" | ")?;
                }
                out.write_str(name(entry))?;
                rest &= !entry.bits;
                first = false;
            }
        }
        if rest != 0 {
            if !first {
                out.write_str(" | ")?;
            }
            write!(
                out,
                "{}",
                Hex {
                    bits: rest,
                    repr: self.repr
                }
            )?;
        }
        Ok(())
    }

    /// Writes one value: the member's name (short when `short`), or the hex
    /// bit pattern when no member has it.
    pub fn write_value(&self, bits: u64, short: bool, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.find_bits(bits) {
            Some(index) if short => out.write_str(self.entries[index].short_name),
            Some(index) => out.write_str(self.entries[index].name),
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

/// `span` without the ASCII whitespace at either end of `text[span]`.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let term = &text[span.clone()];
    let start = span.start + (term.len() - term.trim_ascii_start().len());
    let end = span.end - (term.len() - term.trim_ascii_end().len());
    start..end.max(start)
}
