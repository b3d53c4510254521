//! The one parser and formatter for names, values and sets, shared by every
//! family. It works on [`FamilyInfo`] and bit patterns, so it is compiled
//! once, not once per family. The format is specified in FORMAT.md.

use core::fmt;
use core::ops::Range;

use crate::error::{ParseError, ParseErrorKind};
use crate::number::{parse_number, starts_no_number, ParseOptions};
use crate::repr::Hex;
use crate::storage::FamilyInfo;

/// Why and where a text failed, while parsing: small, so that a failure
/// costs little on its way out; the caller, which has the text, makes the
/// [`ParseError`] once ([`Fail::into_error`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fail {
    kind: ParseErrorKind,
    span: Range<usize>,
}

impl Fail {
    #[inline]
    fn new(kind: ParseErrorKind, span: Range<usize>) -> Self {
        Fail { kind, span }
    }

    /// The error a caller returns for `text`: out of line, since most
    /// callers parse text that is valid.
    #[cold]
    #[inline(never)]
    pub(crate) fn into_error(self, info: &'static FamilyInfo, text: &str) -> ParseError {
        ParseError::new(self.kind, info, text, self.span)
    }
}

/// One `|`-separated term, already recognised.
enum Term {
    /// A member, by entry index.
    Entry(usize),
    /// A number, as a bit pattern.
    Bits(u64),
}

/// The index of the member `text` names or numbers (FORMAT.md, "A
/// member"), or the error a caller returns.
#[inline]
pub(crate) fn parse_index(
    info: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
) -> Result<usize, ParseError> {
    // The common case, a name as is, costs one lookup (and is small enough
    // to inline: everything else is out of line).
    match info.index_of_name(text, false) {
        Some(index) => Ok(index),
        None => parse_index_slowly(info, text, options),
    }
}

/// A text that is no name as written. The error is built here, in the
/// slot the caller returns, rather than described and built by a second
/// call.
#[cold]
#[inline(never)]
fn parse_index_slowly(
    info: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
) -> Result<usize, ParseError> {
    // Most texts that are no name as written are a misspelt name: a word
    // that starts like no number, ends on no space and holds no `|` can be
    // nothing else (unless case is to be ignored), so it is refused at once.
    let bytes = text.as_bytes();
    if !options.is_ignore_case()
        && starts_no_number(bytes)
        && !bytes.last().is_some_and(u8::is_ascii_whitespace)
        && find_bar(bytes).is_none()
    {
        let span = 0..text.len();
        return Err(ParseError::new(
            ParseErrorKind::UnknownName,
            info,
            text,
            span,
        ));
    }
    parse_index_fully(info, text, options).map_err(|fail| fail.into_error(info, text))
}

/// Every reading of a text that is no name as written: what
/// [`parse_index_slowly`] concludes at once for a plain word, this
/// function concludes too (a unit test holds them together).
fn parse_index_fully(
    info: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
) -> Result<usize, Fail> {
    let span = trimmed(text, 0..text.len());
    // `text` itself was looked up as written; a trimmed one was not.
    let looked_up = span.len() == text.len();
    match parse_term(info, text, span.clone(), options, looked_up)? {
        Term::Entry(index) => Ok(index),
        Term::Bits(bits) => info
            .index_of_bits(bits)
            .ok_or(Fail::new(ParseErrorKind::UnknownValue, span)),
    }
}

/// One value: a name, or any number that fits the repr.
#[inline]
pub(crate) fn parse_value(
    info: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
) -> Result<u64, Fail> {
    let span = trimmed(text, 0..text.len());
    match parse_term(info, text, span, options, false)? {
        Term::Entry(index) => Ok(info.bits_at(index)),
        Term::Bits(bits) => Ok(bits),
    }
}

/// A set: terms separated by `|` (FORMAT.md, "A set").
#[inline]
pub(crate) fn parse_bits(
    info: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
) -> Result<u64, Fail> {
    if text.trim_ascii().is_empty() {
        return Ok(0);
    }
    let selector_mask = info.selector_mask();
    let mut bits = 0;
    let mut selector = 0;
    let mut start = 0;
    loop {
        let rest = &text[start..];
        let (len, last) = match find_bar(rest.as_bytes()) {
            Some(end) => (end, false),
            None => (rest.len(), true),
        };
        // `|` is ASCII, so `len` is a char boundary.
        let term = rest.get(..len).unwrap_or("");
        // Names are the common case: one lookup, nothing else.
        let term = match info.index_of_name(term.trim_ascii(), false) {
            Some(index) => Term::Entry(index),
            None => parse_bits_slowly(info, text, trimmed(text, start..start + len), options)?,
        };
        let term_bits = match term {
            Term::Entry(index) => info.bits_at(index),
            Term::Bits(bits) => bits,
        };
        // A mixed family's selector field holds one value: a second,
        // different one (named, or in a number's bits) is an error.
        let term_selector = term_bits & selector_mask;
        if term_selector != 0 {
            if selector != 0 && selector != term_selector {
                let span = trimmed(text, start..start + len);
                return Err(Fail::new(ParseErrorKind::ConflictingSelectors, span));
            }
            selector = term_selector;
        }
        bits |= term_bits;
        if last {
            return Ok(bits);
        }
        start += len + 1;
    }
}

/// A set term that is not a name as written: a name in another case (if
/// the options say), a number, or an error.
#[cold]
fn parse_bits_slowly(
    info: &'static FamilyInfo,
    text: &str,
    span: Range<usize>,
    options: ParseOptions,
) -> Result<Term, Fail> {
    // The trimmed term was looked up as written.
    parse_term(info, text, span, options, true)
}

/// The term `text[span]`: a name as written (unless the caller has looked
/// that up already), then ignoring case if the options say, else a number,
/// else an error saying why not.
#[inline]
fn parse_term(
    info: &'static FamilyInfo,
    text: &str,
    span: Range<usize>,
    options: ParseOptions,
    looked_up: bool,
) -> Result<Term, Fail> {
    let term = &text[span.clone()];
    let exact = if looked_up {
        None
    } else {
        info.index_of_name(term, false)
    };
    let name = match exact {
        None if options.is_ignore_case() => info.index_of_name(term, true),
        found => found,
    };
    if let Some(index) = name {
        return Ok(Term::Entry(index));
    }
    if term.is_empty() {
        return Err(Fail::new(ParseErrorKind::EmptyTerm, span));
    }
    let kind = match parse_number(term, info.repr(), options) {
        Ok(Some(bits)) => return Ok(Term::Bits(bits)),
        Ok(None) => ParseErrorKind::UnknownName,
        Err(kind) => kind,
    };
    // No name or number has a `|`: where one value is read (a set's terms
    // have none), such a text is a set, refused as one rather than as an
    // unknown name `A | B`. Looked for only once the term has failed.
    let kind = if find_bar(term.as_bytes()).is_some() {
        ParseErrorKind::UnexpectedSet
    } else {
        kind
    };
    Err(Fail::new(kind, span))
}

/// Writes a set (FORMAT.md, "Writing"): a mixed family's selector, the
/// flags in ascending bit order, then unknown bits in hex.
///
/// Generic over the writer only (one copy per writer type, shared by every
/// family), so writing into a `String` calls its `push_str` directly.
#[inline]
pub(crate) fn write_bits<W: fmt::Write + ?Sized>(
    info: &'static FamilyInfo,
    out: &mut W,
    bits: u64,
    short: bool,
) -> fmt::Result {
    let name = |index: usize| {
        if short {
            info.short_name_at(index)
        } else {
            info.name_at(index)
        }
    };
    let hex = |bits| info.repr().hex(bits);
    if bits == 0 {
        return match info.index_of_bits(0) {
            Some(index) => out.write_str(name(index)),
            None => out.write_str("0"),
        };
    }
    let mut terms = Terms { out, first: true };
    let selector_mask = info.selector_mask();
    let selector = bits & selector_mask;
    if selector != 0 {
        match info.index_of_bits(selector) {
            Some(index) => terms.write(name(index))?,
            None => terms.write_hex(hex(selector))?,
        }
    }
    // Only the set bits are visited, lowest first.
    let mut rest = bits & !selector_mask;
    let mut known = rest & info.known_bits();
    let bit_terms = info.bit_terms();
    if !short && !bit_terms.is_empty() {
        // The common case, kept tight: per set bit, one load of the term
        // stored with its ` | ` and one write, and after the first term no
        // check for it.
        let term = |bit: u64| {
            let term = bit_terms.get(bit.trailing_zeros() as usize)?;
            (!term.is_empty()).then_some(*term)
        };
        while known != 0 {
            let bit = known & known.wrapping_neg();
            known ^= bit;
            if let Some(term) = term(bit) {
                terms.write_joined(term)?;
                rest ^= bit;
                break;
            }
        }
        while known != 0 {
            let bit = known & known.wrapping_neg();
            known ^= bit;
            if let Some(term) = term(bit) {
                terms.out.write_str(term)?;
                rest ^= bit;
            }
        }
    } else {
        // Short names, or a family written by hand (no bit terms): the
        // separator, then the name.
        while known != 0 {
            let bit = known & known.wrapping_neg();
            known ^= bit;
            if let Some(index) = info.flag_index(bit) {
                terms.write(name(index))?;
                rest ^= bit;
            }
        }
    }
    if rest != 0 {
        terms.write_hex(hex(rest))?;
    }
    Ok(())
}

/// Writes one value: the member's name (short when `short`), or the hex
/// bit pattern when no member has it.
#[inline]
pub(crate) fn write_value<W: fmt::Write + ?Sized>(
    info: &'static FamilyInfo,
    out: &mut W,
    bits: u64,
    short: bool,
) -> fmt::Result {
    match info.index_of_bits(bits) {
        Some(index) if short => out.write_str(info.short_name_at(index)),
        Some(index) => out.write_str(info.name_at(index)),
        None => write!(out, "{}", info.repr().hex(bits)),
    }
}

/// Writes terms separated by ` | `.
struct Terms<'a, W: fmt::Write + ?Sized> {
    out: &'a mut W,
    first: bool,
}

impl<W: fmt::Write + ?Sized> Terms<'_, W> {
    /// `joined` is a term with ` | ` before it: one write either way.
    #[inline]
    fn write_joined(&mut self, joined: &str) -> fmt::Result {
        let term = if core::mem::replace(&mut self.first, false) {
            joined.get(SEPARATOR.len()..).unwrap_or(joined)
        } else {
            joined
        };
        self.out.write_str(term)
    }

    #[inline]
    fn separate(&mut self) -> fmt::Result {
        if !core::mem::replace(&mut self.first, false) {
            self.out.write_str(SEPARATOR)?;
        }
        Ok(())
    }

    #[inline]
    fn write(&mut self, term: &str) -> fmt::Result {
        self.separate()?;
        self.out.write_str(term)
    }

    #[inline]
    fn write_hex(&mut self, hex: Hex) -> fmt::Result {
        self.separate()?;
        write!(self.out, "{hex}")
    }
}

/// Between the terms of a set.
pub(crate) const SEPARATOR: &str = " | ";

/// The position of the first `|`, eight bytes at a time: terms are a few
/// dozen bytes, where a call to `memchr` costs more than the search.
#[inline(always)]
fn find_bar(bytes: &[u8]) -> Option<usize> {
    const BARS: u64 = u64::from_ne_bytes([b'|'; 8]);
    const LOW: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // A zero byte of `x` is a `|`. A byte is flagged only at a zero or above
    // one (a borrow), so the lowest flagged byte is the first `|`, and a word
    // with no `|` has no flag.
    let bars = |chunk: &[u8; 8]| {
        let x = u64::from_le_bytes(*chunk) ^ BARS;
        x.wrapping_sub(LOW) & !x & HIGH
    };
    let first = |found: u64| (found.trailing_zeros() / 8) as usize;
    // Most terms are a name of 8 to 32 bytes with no `|`: four overlapping
    // words say so with no loop, whose trip count would vary by name.
    if let (8..=32, Some(head), Some(tail)) = (
        bytes.len(),
        bytes.first_chunk::<8>(),
        bytes.last_chunk::<8>(),
    ) {
        let middle = |at: usize| {
            bytes
                .get(at..)
                .and_then(<[u8]>::first_chunk::<8>)
                .map_or(0, bars)
        };
        let len = bytes.len();
        if bars(head) | middle(8) | middle(len.saturating_sub(16)) | bars(tail) == 0 {
            return None;
        }
    }
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let found = bars(chunk);
        if found != 0 {
            return Some(at + first(found));
        }
        at += 8;
    }
    // The bytes left (none, when the length is a multiple of 8): the last
    // eight, overlapping bytes already searched (which hold no `|`), rather
    // than a loop whose length varies from one term to the next.
    match bytes.last_chunk::<8>() {
        Some(chunk) => {
            let found = bars(chunk);
            (found != 0).then(|| bytes.len() - 8 + first(found))
        }
        None => bytes.iter().position(|&b| b == b'|'),
    }
}

/// `span` without the ASCII whitespace at either end of `text[span]`.
#[inline]
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let term = &text[span.clone()];
    let start = span.start + (term.len() - term.trim_ascii_start().len());
    let end = span.end - (term.len() - term.trim_ascii_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::find_bar;

    /// The shortcut for plain words refuses exactly what the full reading
    /// refuses, the same way: texts made of a name, numbers and words
    /// that start like one, signs, bars and spaces, in every combination.
    #[cfg(feature = "tapi")]
    #[test]
    fn plain_words_are_refused_as_the_full_reading_refuses_them() {
        use super::{parse_index_fully, parse_index_slowly};
        use crate::family::ConstFamily;
        use crate::number::ParseOptions;
        use std::format;
        let info = crate::families::LineAgentSessionState::INFO;
        let pieces = [
            "",
            "LINEAGENTSESSIONSTATE_READY",
            "LINEAGENTSESSIONSTATE_READX",
            "READY",
            "ready",
            "Ready",
            "x20",
            "X1",
            "xyz",
            "0x20",
            "20",
            "1_0",
            "&H20&",
            "$20",
            "-1",
            "+1",
            "-READY",
            "abc",
            "fff0",
            "g",
            "_A",
            "w",
            "Y",
            "z",
            "é",
            " ",
            "\t",
            "|",
            " | ",
            "\n",
        ];
        let options = [
            ParseOptions::new(),
            ParseOptions::new().ignore_case(true),
            ParseOptions::new().unprefixed_hex(true),
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in ["", " ", "|", "x", "\u{b}"] {
                    let text = format!("{a}{b}{c}");
                    for options in options {
                        let full = parse_index_fully(info, &text, options)
                            .map_err(|fail| fail.into_error(info, &text));
                        assert_eq!(parse_index_slowly(info, &text, options), full, "{text:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 30 * 30 * 5 * 3);
    }

    #[test]
    fn find_bar_finds_the_first_bar_at_any_position() {
        for len in 0..40 {
            for bar in 0..len {
                // Bytes around 0x7C and non-ASCII, which a careless word
                // search would mistake for `|`.
                let mut text = [0u8; 40];
                for (i, byte) in text.iter_mut().enumerate() {
                    *byte = [b'}', b'{', 0xFC, 0x7D, b'A'][i % 5];
                }
                text[bar] = b'|';
                if bar + 3 < len {
                    text[bar + 3] = b'|';
                }
                assert_eq!(find_bar(&text[..len]), Some(bar), "{len} {bar}");
            }
            let none = [b'}'; 40];
            assert_eq!(find_bar(&none[..len]), None);
            // Bars a word apart: the words that hold them flag the same
            // bytes, so they must be combined without cancelling.
            for bar in 0..len.saturating_sub(8) {
                let mut text = none;
                text[bar] = b'|';
                text[bar + 8] = b'|';
                assert_eq!(find_bar(&text[..len]), Some(bar), "{len} {bar}");
            }
        }
    }
}
