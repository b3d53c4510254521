//! The one grammar of numbers, for every reader: the family parsers
//! (`text.rs`), serde, and the command-line tool. It reads the notations
//! real TAPI sources print (C, tapisrv.LOG, Wine traces, Pascal, Visual
//! Basic, Rust, .NET) and refuses, with a reason, any text whose meaning is
//! not certain. Specified in FORMAT.md, "Numbers".

use crate::error::ParseErrorKind;
use crate::given::bits_for;
use crate::repr::{Integer, ReprKind};

/// How a text is read, beyond the grammar every reader shares: whether
/// numbers without a prefix are hex, and whether names match ignoring ASCII
/// case. [`ParseOptions::new`] (the [`Default`]) is what `FromStr` uses.
///
/// ```
/// use tapi_consts::{families::LineCallStateSet, ParseOptions};
///
/// // A Wine trace prints `%08lx`: hex with no prefix.
/// let wine = ParseOptions::new().unprefixed_hex(true);
/// let states = LineCallStateSet::parse_with("00000100", wine)?;
/// assert_eq!(states.bits(), 0x100);
/// // Without the option, the same text is refused rather than misread.
/// assert!("00000100".parse::<LineCallStateSet>().is_err());
/// # Ok::<(), tapi_consts::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ParseOptions {
    unprefixed_hex: bool,
    ignore_case: bool,
}

impl ParseOptions {
    /// The default: numbers without a prefix are decimal, names match
    /// exactly.
    #[inline]
    pub const fn new() -> Self {
        ParseOptions {
            unprefixed_hex: false,
            ignore_case: false,
        }
    }

    /// Reads digits without a prefix as hex (`1f4`, `00000100`), as Wine's
    /// `%08lx` traces and tapisrv's `msg=1f4` print them. A term that is a
    /// name (`ADD`) is still the name.
    #[inline]
    pub const fn unprefixed_hex(self, on: bool) -> Self {
        ParseOptions {
            unprefixed_hex: on,
            ..self
        }
    }

    /// Matches names ignoring ASCII case (an exact match is tried first).
    #[inline]
    pub const fn ignore_case(self, on: bool) -> Self {
        ParseOptions {
            ignore_case: on,
            ..self
        }
    }

    /// Whether digits without a prefix are hex.
    #[inline]
    pub const fn is_unprefixed_hex(self) -> bool {
        self.unprefixed_hex
    }

    /// Whether names match ignoring ASCII case.
    #[inline]
    pub const fn is_ignore_case(self) -> bool {
        self.ignore_case
    }
}

impl ReprKind {
    /// Reads `text` (no surrounding whitespace) as a number of this type,
    /// in any notation of the grammar (FORMAT.md, "Numbers"): the bit
    /// pattern, zero-extended to 64 bits.
    ///
    /// `Ok(None)`: the text is not written as a number at all (it may be a
    /// name). `Err`: it is written as a number, but not one whose meaning is
    /// certain: [`InvalidNumber`](ParseErrorKind::InvalidNumber),
    /// [`NumberOutOfRange`](ParseErrorKind::NumberOutOfRange) or
    /// [`AmbiguousNumber`](ParseErrorKind::AmbiguousNumber).
    ///
    /// ```
    /// use tapi_consts::{ParseErrorKind, ParseOptions, Repr};
    ///
    /// let u32_ = <u32 as Repr>::KIND;
    /// let read = |text| u32_.parse_number(text, ParseOptions::new());
    /// for text in ["0x8000004B", "2147483723", "-2147483573", "0xFFFFFFFF8000004B",
    ///              "x8000004b", "0x8000004BL", "$8000004B", "&H8000004B", "0x8000_004B"] {
    ///     assert_eq!(read(text), Ok(Some(0x8000_004B)), "{text}");
    /// }
    /// assert_eq!(read("READY"), Ok(None));
    /// assert_eq!(read("8000004B"), Err(ParseErrorKind::AmbiguousNumber));
    /// ```
    #[inline]
    pub fn parse_number(
        self,
        text: &str,
        options: ParseOptions,
    ) -> Result<Option<u64>, ParseErrorKind> {
        parse_number(text, self, options)
    }
}

/// How the digits of a number are written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Radix {
    /// Negative: decimal, whatever the options.
    Decimal,
    /// With a prefix (`0x`, `x`, `$`, `&H`), or without one when the
    /// options say so.
    Hex,
    /// No prefix, and the options do not say: hex or decimal is decided by
    /// the digits, and anything not plainly decimal is refused.
    Unprefixed,
}

/// Whether no number starts like `bytes`: a first byte that is a letter
/// beyond the hex digits (`g`–`z`, but `x`, a prefix) or `_`. Such a text
/// is a name or nothing.
#[inline]
pub(crate) fn starts_no_number(bytes: &[u8]) -> bool {
    matches!(
        bytes.first(),
        Some(b'g'..=b'w' | b'y' | b'z' | b'G'..=b'W' | b'Y' | b'Z' | b'_')
    )
}

/// See [`ReprKind::parse_number`].
#[inline]
pub(crate) fn parse_number(
    text: &str,
    repr: ReprKind,
    options: ParseOptions,
) -> Result<Option<u64>, ParseErrorKind> {
    let bytes = text.as_bytes();
    // The common case of a term that is not a name of the family: another
    // name (a typo), whose first letter starts no number.
    if starts_no_number(bytes) {
        return Ok(None);
    }
    let (negative, unsigned) = match bytes {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    // Hex prefixes, each with what may follow it.
    let prefixed = match unsigned {
        [b'0', b'x' | b'X', rest @ ..] | [b'$', rest @ ..] => Some(rest),
        // Visual Basic: `&H4&`, the last `&` marking a Long.
        [b'&', b'H' | b'h', rest @ ..] => Some(rest.strip_suffix(b"&").unwrap_or(rest)),
        // tapisrv.LOG: `x040`, `P1=x2`: only plain hex digits may follow
        // (no `_`, no suffix), or it is a name (`XYZ`, `X_1`).
        [b'x' | b'X', rest @ ..] if !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit) => {
            Some(rest)
        }
        _ => None,
    };
    // `&O17` (VB octal), `&1`: a number's start, but no notation read here.
    if prefixed.is_none() && unsigned.first() == Some(&b'&') {
        return Err(ParseErrorKind::InvalidNumber);
    }
    let hex_digits_only = || unsigned.iter().all(u8::is_ascii_hexdigit);
    let (radix, body) = match (prefixed, unsigned.first()) {
        // `-0x1`: a negative bit pattern means nothing certain.
        (Some(_), _) if negative => return Err(ParseErrorKind::InvalidNumber),
        (Some(body), _) => (Radix::Hex, body),
        // A negative number is decimal, whatever the options: no source
        // prints negative hex.
        (None, Some(b'0'..=b'9')) if negative => (Radix::Decimal, unsigned),
        (None, Some(b'0'..=b'9')) if options.is_unprefixed_hex() => (Radix::Hex, unsigned),
        (None, Some(b'0'..=b'9')) => (Radix::Unprefixed, unsigned),
        // Letters only (`ffffffff`): hex when the options say so, else a
        // name; with a digit among them (`fffffff0`), hex or refused.
        (None, Some(_)) if !negative && options.is_unprefixed_hex() && hex_digits_only() => {
            (Radix::Hex, unsigned)
        }
        (None, Some(_))
            if !negative && hex_digits_only() && unsigned.iter().any(u8::is_ascii_digit) =>
        {
            return Err(ParseErrorKind::AmbiguousNumber)
        }
        // `+1`, `-x`, `-READY`: a sign makes it a number, a bad one.
        (None, Some(b'+')) => return Err(ParseErrorKind::InvalidNumber),
        _ if negative => return Err(ParseErrorKind::InvalidNumber),
        _ => return Ok(None),
    };
    // Only C and Rust write suffixes: after `0x`, or after bare digits.
    let suffixes = matches!(unsigned, [b'0'..=b'9', ..]);
    let (digits, suffix) = split_suffix(body, radix);
    if !(suffix.is_empty() || suffixes && valid_suffix(suffix)) || !well_placed_underscores(digits)
    {
        return Err(ParseErrorKind::InvalidNumber);
    }
    let radix = match radix {
        Radix::Unprefixed => unprefixed_radix(digits)?,
        // `-0100`: C reads a leading zero as octal.
        Radix::Decimal if leading_zero(digits) => return Err(ParseErrorKind::AmbiguousNumber),
        radix => radix,
    };
    let magnitude = accumulate(digits, if radix == Radix::Hex { 16 } else { 10 })?;
    fit(magnitude, negative, radix == Radix::Hex, repr).map(Some)
}

/// The digits (with `_` between them) and the suffix after them.
#[inline]
fn split_suffix(body: &[u8], radix: Radix) -> (&[u8], &[u8]) {
    let digit = |byte: &u8| match radix {
        Radix::Decimal => byte.is_ascii_digit() || *byte == b'_',
        // Unprefixed digits are taken as far as hex goes, so `1f4` is seen
        // whole (and refused as hex without a prefix, not as `1` + `f4`).
        Radix::Hex | Radix::Unprefixed => byte.is_ascii_hexdigit() || *byte == b'_',
    };
    let end = body.iter().position(|b| !digit(b)).unwrap_or(body.len());
    body.split_at(end)
}

/// C's integer suffixes in any case (`L`, `U`, `UL`, `LU`, `LL`, `ULL`,
/// `LLU`) and Rust's integer types (`u32`, `i64`, …).
#[inline]
fn valid_suffix(suffix: &[u8]) -> bool {
    const C: [&[u8]; 8] = [b"", b"u", b"l", b"ul", b"lu", b"ll", b"ull", b"llu"];
    const RUST: [&[u8]; 12] = [
        b"u8", b"u16", b"u32", b"u64", b"u128", b"usize", b"i8", b"i16", b"i32", b"i64", b"i128",
        b"isize",
    ];
    C.iter().any(|c| c.eq_ignore_ascii_case(suffix)) || RUST.contains(&suffix)
}

/// Digits without a prefix, the options not saying they are hex: plain
/// decimal (`4`, `260`) is decimal; anything that may be hex without its
/// prefix (`00000100`, a dump's leading zeros, or C octal; `1f4`) is
/// refused.
#[inline]
fn unprefixed_radix(digits: &[u8]) -> Result<Radix, ParseErrorKind> {
    let decimal = digits.iter().all(|b| b.is_ascii_digit() || *b == b'_');
    if decimal && !leading_zero(digits) {
        Ok(Radix::Decimal)
    } else {
        Err(ParseErrorKind::AmbiguousNumber)
    }
}

/// A zero before other digits: `0100`, `0_1` (not `0`).
#[inline]
fn leading_zero(digits: &[u8]) -> bool {
    digits.len() > 1 && digits[0] == b'0'
}

/// Whether `_` stands only between two digits (`0x8000_0048`), and there
/// is a digit at all.
#[inline]
fn well_placed_underscores(digits: &[u8]) -> bool {
    !matches!(digits.first(), None | Some(b'_')) && digits.last() != Some(&b'_')
}

/// The value of a run of digits in `radix` (`_` skipped: see
/// [`well_placed_underscores`]); `split_suffix` took only the radix's
/// digits, so no letter reaches a decimal run. No value of any repr,
/// sign-extended or not, is wider than 64 bits, so a wider one is out of
/// range.
#[inline]
fn accumulate(digits: &[u8], radix: u64) -> Result<u64, ParseErrorKind> {
    let mut value: u64 = 0;
    let mut overflow = false;
    for &byte in digits {
        let digit = match byte {
            b'0'..=b'9' => byte - b'0',
            b'a'..=b'f' => byte - b'a' + 10,
            b'A'..=b'F' => byte - b'A' + 10,
            b'_' => continue,
            _ => return Err(ParseErrorKind::InvalidNumber),
        };
        // Keep checking the remaining digits after an overflow: a
        // malformed number is reported as malformed, not as too large.
        match value
            .checked_mul(radix)
            .and_then(|v| v.checked_add(u64::from(digit)))
        {
            Some(next) => value = next,
            None => overflow = true,
        }
    }
    if overflow {
        Err(ParseErrorKind::NumberOutOfRange)
    } else {
        Ok(value)
    }
}

/// The bit pattern of `magnitude` (negated when `negative`) in `repr`, read
/// as an integer handed over by another API is (`given::bits_for`: down to
/// −2^(width−1) whatever the signedness, so a `DWORD` printed as a signed
/// int reads back). A hex number is read as a 64-bit unsigned one, whose
/// top bit makes it a sign extension too (`0xFFFFFFFF8000004B`, as .NET and
/// 64-bit C print a negative `LONG`); a decimal one is not (nobody prints
/// a sign extension in decimal).
#[inline]
fn fit(magnitude: u64, negative: bool, hex: bool, repr: ReprKind) -> Result<u64, ParseErrorKind> {
    let value = if negative {
        -i128::from(magnitude)
    } else {
        i128::from(magnitude)
    };
    let written = if hex { u64::INTEGER } else { i64::INTEGER };
    bits_for(repr, written, value).ok_or(ParseErrorKind::NumberOutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::Repr;

    fn read(text: &str, repr: ReprKind) -> Result<Option<u64>, ParseErrorKind> {
        parse_number(text, repr, ParseOptions::new())
    }

    fn hex(text: &str, repr: ReprKind) -> Result<Option<u64>, ParseErrorKind> {
        parse_number(text, repr, ParseOptions::new().unprefixed_hex(true))
    }

    const U32: ReprKind = <u32 as Repr>::KIND;
    const I32: ReprKind = <i32 as Repr>::KIND;
    const U8: ReprKind = <u8 as Repr>::KIND;
    const U64: ReprKind = <u64 as Repr>::KIND;

    #[test]
    fn every_notation_of_one_value() {
        // LINEERR_OPERATIONUNAVAIL as C, .NET, tapisrv, Pascal, VB and Rust write it.
        for text in [
            "0x8000004B",
            "0X8000004B",
            "0x8000004b",
            "2147483723",
            "-2147483573",
            "0xFFFFFFFF8000004B",
            "0xffffffff8000004b",
            "x8000004b",
            "X8000004B",
            "0x8000004BL",
            "0x8000004Bul",
            "0x8000004BLU",
            "2147483723UL",
            "2147483723u",
            "2147483723L",
            "2147483723llu",
            "$8000004B",
            "&H8000004B",
            "&h8000004B&",
            "0x8000_004B",
            "0x8000_004Bu32",
            "2_147_483_723",
            "2147483723u32",
            "-2147483573i32",
        ] {
            assert_eq!(read(text, U32), Ok(Some(0x8000_004B)), "{text}");
            assert_eq!(read(text, I32), Ok(Some(0x8000_004B)), "{text}");
        }
    }

    #[test]
    fn small_values_in_every_notation() {
        for (text, bits) in [
            ("0", 0),
            ("-0", 0),
            ("4", 4),
            ("260", 260),
            ("x040", 0x40),
            ("x2", 2),
            ("&H4&", 4),
            ("$0", 0),
            ("0x0", 0),
            ("0x00000006", 6),
            ("4L", 4),
            ("-1", 0xFFFF_FFFF),
            ("-2147483648", 0x8000_0000),
        ] {
            assert_eq!(read(text, U32), Ok(Some(bits)), "{text}");
        }
    }

    #[test]
    fn unprefixed_hex_is_refused_unless_asked_for() {
        for text in [
            "00000100", "0100", "00", "fffffff0", "1f4", "8000004B", "12a", "0_1",
        ] {
            assert_eq!(
                read(text, U32),
                Err(ParseErrorKind::AmbiguousNumber),
                "{text}"
            );
        }
        for (text, bits) in [
            ("00000100", 0x100),
            ("1f4", 0x1F4),
            ("fffffff0", 0xFFFF_FFF0),
            ("ffffffff", 0xFFFF_FFFF),
            ("260", 0x260),
            ("0x10", 0x10),
            ("10L", 0x10),
            ("-5", 0xFFFF_FFFB),
        ] {
            assert_eq!(hex(text, U32), Ok(Some(bits)), "{text}");
        }
        // Letters only are a name unless hex is asked for; with a digit,
        // they are hex without a prefix.
        assert_eq!(read("ABF0", U32), Err(ParseErrorKind::AmbiguousNumber));
        assert_eq!(read("ffffffff", U32), Ok(None));
        assert_eq!(read("ADD", U32), Ok(None));
        assert_eq!(hex("ADD", U32), Ok(Some(0xADD)));
        assert_eq!(hex("READY", U32), Ok(None));
    }

    #[test]
    fn names_are_not_numbers() {
        for text in [
            "READY",
            "x",
            "X",
            "XYZ",
            "x1g",
            "BUSYONCALL",
            "_1",
            "L",
            "U",
        ] {
            assert_eq!(read(text, U32), Ok(None), "{text}");
        }
    }

    #[test]
    fn malformed_numbers() {
        for text in [
            "+1", "-", "-x1", "-READY", "0x", "0x_1", "0x1_", "1_", "-0x1", "0x1g", "12g", "1 0",
            "0x 1", "4UUL", "4LUL", "4u31", "$", "&H", "&H&", "&H4u", "$-1", "1e", "0x1.0",
        ] {
            assert!(
                matches!(
                    read(text, U32),
                    Err(ParseErrorKind::InvalidNumber | ParseErrorKind::AmbiguousNumber)
                ),
                "{text}: {:?}",
                read(text, U32)
            );
        }
        assert_eq!(read("12g", U32), Err(ParseErrorKind::InvalidNumber));
        // Only C and Rust write suffixes; `_` only between digits; `x` takes
        // plain hex digits; `&` starts only Visual Basic's `&H`.
        for text in [
            "$1L", "$FFu32", "&H1u32", "1f_", "0_", "1f4_u32", "&O17", "&1",
        ] {
            assert_eq!(
                read(text, U32),
                Err(ParseErrorKind::InvalidNumber),
                "{text}"
            );
            assert_eq!(hex(text, U32), Err(ParseErrorKind::InvalidNumber), "{text}");
        }
        assert_eq!(read("x1_0", U32), Ok(None));
        assert_eq!(read("$1_0", U32), Ok(Some(0x10)));
        assert_eq!(read("-0100", U32), Err(ParseErrorKind::AmbiguousNumber));
        assert_eq!(hex("-0100", U32), Err(ParseErrorKind::AmbiguousNumber));
        assert_eq!(read("-0x1", U32), Err(ParseErrorKind::InvalidNumber));
        assert_eq!(read("+1", U32), Err(ParseErrorKind::InvalidNumber));
    }

    #[test]
    fn ranges_and_sign_extension() {
        assert_eq!(read("4294967295", U32), Ok(Some(0xFFFF_FFFF)));
        assert_eq!(
            read("4294967296", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(
            read("0x100000000", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(
            read("-2147483649", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        // The upper half must be the sign extension of the lower.
        assert_eq!(
            read("0xFFFFFFFF00000001", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(
            read("0xFFFFFFFE8000004B", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(read("0x000000008000004B", U32), Ok(Some(0x8000_004B)));
        assert_eq!(
            read("0x1FFFFFFFF8000004B", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        // Decimal is never sign-extended.
        assert_eq!(
            read("18446744071562068043", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(read("0xFFFFFFFFFFFFFF80", U8), Ok(Some(0x80)));
        assert_eq!(
            read("0xFFFFFFFFFFFFFF7F", U8),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(read("0xFFFFFFFFFFFFFFFF", U64), Ok(Some(u64::MAX)));
        assert_eq!(
            read("0x10000000000000000", U64),
            Err(ParseErrorKind::NumberOutOfRange)
        );
        assert_eq!(read("-9223372036854775808", U64), Ok(Some(1 << 63)));
        assert_eq!(read("-128", U8), Ok(Some(0x80)));
        assert_eq!(read("-129", U8), Err(ParseErrorKind::NumberOutOfRange));
        // Malformed beats too large.
        assert_eq!(
            read("99999999999999999999999999999999999999999999x", U32),
            Err(ParseErrorKind::InvalidNumber)
        );
        assert_eq!(
            read("999999999999999999999999999999999999999999999", U32),
            Err(ParseErrorKind::NumberOutOfRange)
        );
    }

    #[test]
    fn a_name_never_reads_as_a_number() {
        // The derive refuses names that start with a digit or are `X` and
        // hex digits (FORMAT.md, "Names"); no other name-shaped text may
        // read as a number here, or a name could hide that number.
        let alphabet = b"ABFGLUXZ019_";
        let mut name = [0u8; 4];
        for len in 1..=4 {
            for mut n in 0..alphabet.len().pow(len as u32) {
                for byte in name.iter_mut().take(len) {
                    *byte = alphabet[n % alphabet.len()];
                    n /= alphabet.len();
                }
                let text = core::str::from_utf8(&name[..len]).unwrap();
                let derive_refuses = text.as_bytes()[0].is_ascii_digit()
                    || matches!(text.as_bytes(), [b'X', rest @ ..]
                        if !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit));
                // Refused as ambiguous is fine: the name is found first,
                // and elsewhere the term is refused, never misread.
                if !derive_refuses {
                    assert!(
                        matches!(
                            read(text, U32),
                            Ok(None) | Err(ParseErrorKind::AmbiguousNumber)
                        ),
                        "{text}"
                    );
                }
            }
        }
    }
}
