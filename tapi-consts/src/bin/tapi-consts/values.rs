//! Values of a family: numbers as the tool reads and writes them, and a
//! bit pattern taken apart into the constants that make it up.

use tapi_consts::{Entry, FamilyInfo, Kind, Version};

use crate::output::quote;

/// `0x` and the bit pattern in upper-case hex, as wide as the repr.
pub fn hex(bits: u64, family: &FamilyInfo) -> String {
    format!("0x{:0width$X}", bits, width = family.repr().hex_digits())
}

/// The value as its repr reads it, when that differs from the bit pattern
/// (a negative value of a signed family): `Some(-1)` for `0xFFFFFFFF` in
/// an `i32` family.
pub fn negative(bits: u64, family: &FamilyInfo) -> Option<i64> {
    let repr = family.repr();
    let width = repr.bits();
    if !repr.is_signed() || width == 0 || width > 64 || (bits >> (width - 1)) & 1 == 0 {
        return None;
    }
    let shift = 64 - width;
    Some(((bits << shift) as i64) >> shift)
}

/// `enum`, `flags` or `mixed`.
pub fn kind_name(family: &FamilyInfo) -> &'static str {
    match family.kind() {
        Kind::Enum => "enum",
        Kind::Flags => "flags",
        Kind::Mixed => "mixed",
        _ => "other",
    }
}

/// The TAPI version a constant requires: its own, else its family's.
pub fn since(entry: Entry) -> Option<Version> {
    entry.since().or_else(|| entry.family().since())
}

/// Whether a term should be read as a number rather than a name.
pub fn looks_numeric(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'0'..=b'9' | b'-' | b'+'))
}

/// Reads a number for `family`: `0x` hex (the bit pattern), decimal, or
/// negative decimal (the two's-complement bit pattern, so a `DWORD`
/// printed as a signed int reads back). It must fit the repr's width.
pub fn parse_number(text: &str, family: &FamilyInfo) -> Result<u64, String> {
    let repr = family.repr();
    let mask = repr.mask();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (radix, digits) = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) if !negative => (16, hex),
        Some(_) => return Err(invalid_number(text)),
        None => (10, digits),
    };
    if digits.is_empty() || !digits.bytes().all(|b| char::from(b).is_digit(radix)) {
        return Err(invalid_number(text));
    }
    let too_large = || {
        format!(
            "number {} does not fit in {} bits ({}, {})",
            quote(text),
            repr.bits(),
            family.prefix(),
            repr.name()
        )
    };
    let mut magnitude: u64 = 0;
    for byte in digits.bytes() {
        let digit = u64::from(char::from(byte).to_digit(radix).unwrap_or(0));
        magnitude = magnitude
            .checked_mul(u64::from(radix))
            .and_then(|value| value.checked_add(digit))
            .ok_or_else(too_large)?;
    }
    if !negative {
        return if magnitude <= mask {
            Ok(magnitude)
        } else {
            Err(too_large())
        };
    }
    // The most negative value of the width has magnitude 2^(bits-1).
    let limit = (mask >> 1) + 1;
    if magnitude <= limit {
        Ok(magnitude.wrapping_neg() & mask)
    } else {
        Err(too_large())
    }
}

fn invalid_number(text: &str) -> String {
    format!(
        "invalid number {}: expected `0x` and hex digits, decimal digits, or `-` and decimal digits",
        quote(text)
    )
}

/// A bit pattern taken apart: the constants it is made of and what is
/// left.
pub struct Decoded {
    pub bits: u64,
    /// The family's text for the value (`A | B | 0x00000040`).
    pub text: String,
    /// The constants: the member of an enumeration; the selector, then the
    /// flags in ascending bit order, of a set; the zero member of an empty
    /// set.
    pub members: Vec<Entry>,
    /// The bits no constant accounts for: the whole value of an unknown
    /// enumeration value, unknown bits of a set.
    pub unknown: u64,
    /// Whether no constant has the value (an enumeration) or some bits
    /// (a set).
    pub known: bool,
}

/// Takes `bits` apart as a value of `family`.
pub fn decode(family: &'static FamilyInfo, bits: u64) -> Decoded {
    let mut text = String::new();
    let mut members = Vec::new();
    let mut unknown = 0;
    match family.kind() {
        Kind::Flags | Kind::Mixed => {
            let _ = family.write_bits(bits, false, &mut text);
            if bits == 0 {
                members.extend(family.entry_by_bits(0));
            }
            let selector = bits & family.selector_mask();
            if selector != 0 {
                match family.entry_by_bits(selector) {
                    Some(entry) => members.push(entry),
                    None => unknown |= selector,
                }
            }
            let mut rest = bits & !family.selector_mask();
            while rest != 0 {
                let bit = rest & rest.wrapping_neg();
                rest ^= bit;
                match family.entry_by_bits(bit) {
                    Some(entry) => members.push(entry),
                    None => unknown |= bit,
                }
            }
        }
        _ => {
            let _ = family.write_value(bits, false, &mut text);
            match family.entry_by_bits(bits) {
                Some(entry) => members.push(entry),
                None => unknown = bits,
            }
        }
    }
    let known = unknown == 0 && (!members.is_empty() || family.kind() != Kind::Enum);
    Decoded {
        bits,
        text,
        members,
        unknown,
        known,
    }
}

#[cfg(test)]
mod tests {
    use tapi_consts::families::{LineAgentSessionState, LineErr, TapiErr};
    use tapi_consts::ConstFamily;

    use super::{decode, negative, parse_number};

    #[test]
    fn numbers_in_every_notation() {
        let family = LineErr::INFO;
        assert_eq!(parse_number("0x80000048", family), Ok(0x8000_0048));
        assert_eq!(parse_number("2147483720", family), Ok(0x8000_0048));
        assert_eq!(parse_number("-2147483576", family), Ok(0x8000_0048));
        assert_eq!(parse_number("-2147483648", family), Ok(0x8000_0000));
        assert_eq!(parse_number("-0", family), Ok(0));
        assert!(parse_number("-2147483649", family).is_err());
        assert!(parse_number("0x100000000", family).is_err());
        assert!(parse_number("99999999999999999999999999", family).is_err());
        for bad in ["", "-", "0x", "-0x1", "+1", "1_0", "12a", "0x 1", "１"] {
            assert!(parse_number(bad, family).is_err(), "{bad}");
        }
        assert_eq!(parse_number("4294967295", TapiErr::INFO), Ok(0xFFFF_FFFF));
        assert_eq!(negative(0xFFFF_FFFF, TapiErr::INFO), Some(-1));
        assert_eq!(negative(0xFFFF_FFFF, LineErr::INFO), None);
    }

    #[test]
    fn sets_keep_unknown_bits() {
        let decoded = decode(LineAgentSessionState::INFO, 0x46);
        assert_eq!(decoded.members.len(), 2);
        assert_eq!(decoded.unknown, 0x40);
        assert!(!decoded.known);
        assert!(decode(LineAgentSessionState::INFO, 0).known);
        let unknown = decode(LineErr::INFO, 0x8000_0004);
        assert!(unknown.members.is_empty() && !unknown.known);
        assert_eq!(unknown.text, "0x80000004");
    }
}
