//! Numeric terms: decimal (with `-` for signed reprs) or `0x`/`0X` hex, where
//! hex is the bit pattern of the repr. See FORMAT.md.

use crate::error::ParseErrorKind;
use crate::repr::ReprKind;

/// Whether a term that is not a name should be read as a number.
#[inline]
pub(crate) fn looks_numeric(term: &str) -> bool {
    matches!(term.as_bytes().first(), Some(b'0'..=b'9' | b'-' | b'+'))
}

/// The bit pattern of a numeric term, zero-extended to 64 bits.
#[inline]
pub(crate) fn parse_number(term: &str, repr: ReprKind) -> Result<u64, ParseErrorKind> {
    let (negative, digits) = match term.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        bytes => (false, bytes),
    };
    if let [b'0', b'x' | b'X', hex @ ..] = digits {
        if negative {
            return Err(ParseErrorKind::InvalidNumber);
        }
        let bits = accumulate(hex, 16)?;
        return if bits <= repr.mask() {
            Ok(bits)
        } else {
            Err(ParseErrorKind::NumberOutOfRange)
        };
    }
    let magnitude = accumulate(digits, 10)?;
    let max = if repr.is_signed() {
        repr.mask() >> 1
    } else {
        repr.mask()
    };
    match (negative, repr.is_signed()) {
        (false, _) if magnitude <= max => Ok(magnitude),
        // `-0` is zero in every repr.
        (true, _) if magnitude == 0 => Ok(0),
        // The most negative value has one more than `max` as its magnitude.
        (true, true) if magnitude <= max + 1 => Ok(magnitude.wrapping_neg() & repr.mask()),
        _ => Err(ParseErrorKind::NumberOutOfRange),
    }
}

/// The value of a run of digits in `radix`; any other byte (`+`, `_`,
/// whitespace, a sign) makes it invalid, and so does an empty run.
#[inline]
fn accumulate(digits: &[u8], radix: u32) -> Result<u64, ParseErrorKind> {
    if digits.is_empty() {
        return Err(ParseErrorKind::InvalidNumber);
    }
    let mut value: Option<u64> = Some(0);
    for &byte in digits {
        let digit = char::from(byte)
            .to_digit(radix)
            .ok_or(ParseErrorKind::InvalidNumber)?;
        // Keep checking the remaining digits after an overflow: a malformed
        // number is reported as malformed, not as too large.
        value = value
            .and_then(|v| v.checked_mul(u64::from(radix)))
            .and_then(|v| v.checked_add(u64::from(digit)));
    }
    value.ok_or(ParseErrorKind::NumberOutOfRange)
}
