//! Property tests (proptest) against an independent model of FORMAT.md.
//!
//! Every prebuilt family, through its non-generic `FamilyInfo` (lookups,
//! value ↔ name ↔ text, set text), and a few families derived here plus
//! some prebuilt ones through their typed API (`from_value`, `from_name`,
//! `FromStr`, `Display`, `Flags<E>`): what the library answers must be what
//! the model, written from the specification alone (a `HashMap` of every
//! accepted spelling, the grammar of numbers in every notation, with and
//! without `ParseOptions`), answers — for arbitrary bit patterns, numbers
//! spelt every way FORMAT.md allows (and many ways it does not),
//! case-scrambled names, and hostile text (any Unicode, control characters,
//! nested `|`, long numbers, 1 MB inputs), which must fail with the precise
//! error kind and span, never a panic.
//!
//! Bounded to a few seconds; `PROPTEST_CASES=20000 cargo test --release -p
//! tapi-consts-tests --test properties` searches harder.

use std::collections::HashMap;
use std::fmt::Display;
use std::hash::Hash;
use std::ops::Range;
use std::str::FromStr;
use std::sync::{LazyLock, Mutex};

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use tapi_consts::families::{
    self, LineAgentSessionState, LineCallHubTracking, LineErr, LineInitializeExOption, TapiErr,
};
use tapi_consts::{
    ConstFamily, FamilyInfo, FlagFamily, FlagSet, Flags, Kind, ParseError, ParseErrorKind,
    ParseOptions, Repr, ReprKind, UnknownValueError,
};

// ---------------------------------------------------------------------------
// Families derived for these tests.

/// `i32` codes: negatives, both extremes, aliases, a zero member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "PERR_")]
enum PropErr {
    Ok = 0,
    Dropped = -1,
    #[tapi(alias = "NO_DEVICE", alias = "GONE")]
    NoDevice = -2,
    Seven = 7,
    Lowest = -2147483648,
    Highest = 0x7FFF_FFFF,
}

/// `u8` flags, with a lower-case name, a name that is hex digits only
/// (read as hex by `unprefixed_hex` were it not a name: names win) and an
/// alias.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "PBYTE_", flags)]
enum PropByte {
    A = 0x1,
    #[tapi(alias = "BEE")]
    B = 0x2,
    #[tapi(name = "lower", alias = "Mixed_Case")]
    Lower = 0x4,
    #[tapi(name = "FACE")]
    Four = 0x10,
    High = 0x80,
}

/// `u64` flags with a zero member and bits past 32.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u64)]
#[tapi(prefix = "PWIDE_", flags)]
enum PropWide {
    None = 0,
    Low = 0x1,
    Mid = 0x1_0000_0000,
    Top = 0x8000_0000_0000_0000,
}

/// Selector values (field `0x70`, where `0x30`, `0x50`, `0x60` and `0x70`
/// are no member's) between flag bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "PMIX_", flags)]
enum PropMix {
    Low = 0x1,
    #[tapi(selector)]
    SelA = 0x10,
    #[tapi(selector, alias = "SEL_B")]
    SelB = 0x20,
    #[tapi(selector)]
    SelC = 0x40,
    Flag8 = 0x100,
    Top = 0x8000_0000,
}

/// An enumeration full of aliases, a short name that starts like the
/// prefix and one that, were it not a name, would be refused as hex without
/// a prefix (`D3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u16)]
#[tapi(prefix = "PALIAS_")]
enum PropAlias {
    Zero = 0,
    #[tapi(name = "PALIAS_HUB", alias = "HUB_OLD")]
    Hub = 1,
    #[tapi(alias = "DEUX", alias = "ZWEI", alias = "due")]
    Two = 2,
    #[tapi(name = "D3", alias = "THREE_D")]
    ThreeD = 3,
    Big = 0xFFFF,
}

/// Long names that share their first and last 16 bytes, so that the name
/// hash must look at all of them; signed 16-bit flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i16)]
#[tapi(prefix = "PLONG_", flags)]
enum PropLong {
    #[tapi(name = "SHARED_START_ALPHA_SHARED_END_0123456789")]
    Alpha = 0x1,
    #[tapi(name = "SHARED_START_BRAVO_SHARED_END_0123456789")]
    Bravo = 0x2,
    #[tapi(
        name = "SHARED_START_ALPHA_SHARED_END_012345678",
        alias = "shared_end_0123456789"
    )]
    Shorter = 0x4,
    #[tapi(name = "SHARED_START__SHARED_END_0123456789")]
    Empty = 0x100,
    #[tapi(name = "S")]
    Sign = -32768,
}

/// `i8` flags: the sign bit is a member, and a name that is hex letters
/// only (`ABC`: with `unprefixed_hex`, `abc` is `0xABC`, out of range).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i8)]
#[tapi(prefix = "PTINY_", flags)]
enum PropTiny {
    One = 0x1,
    Two = 0x2,
    #[tapi(name = "ABC")]
    Four = 0x4,
    Sign = -128,
}

/// `i64` codes: both extremes, −1, a value past 32 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i64)]
#[tapi(prefix = "PHUGE_")]
enum PropHuge {
    Zero = 0,
    MinusOne = -1,
    Min = -9223372036854775808,
    Max = 0x7FFF_FFFF_FFFF_FFFF,
    Mid = 0x1_0000_0000,
}

// ---------------------------------------------------------------------------
// The model: FORMAT.md, written without the library's code.

/// ASCII whitespace as FORMAT.md defines it (not `\x0B`, not Unicode spaces).
const WS: &[char] = &[' ', '\t', '\n', '\r', '\x0C'];

/// How a text is read, as `ParseOptions` says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Opts {
    /// `unprefixed_hex`: digits without a prefix are hex.
    hex: bool,
    /// `ignore_case`: names match ignoring ASCII case (after an exact match).
    ignore_case: bool,
}

impl Opts {
    fn library(self) -> ParseOptions {
        ParseOptions::new()
            .unprefixed_hex(self.hex)
            .ignore_case(self.ignore_case)
    }
}

fn opts() -> impl Strategy<Value = Opts> {
    (any::<bool>(), any::<bool>()).prop_map(|(hex, ignore_case)| Opts { hex, ignore_case })
}

// FORMAT.md, "Numbers".
//
// Readings of the model where FORMAT.md does not settle the case (reported;
// the library reads them the same way):
// - a suffix says nothing about the value: `300u8` is 300 in a `u32`
//   family, `-1u32` is −1;
// - "any case" of a C suffix includes `lL` and `Ll`; Rust suffixes are
//   lower case only (`1U32` is invalid), as in Rust;
// - a negative decimal may have leading zeros (`-0100` is −100; the
//   grammar's "no leading zero" is on the unsigned line only);
// - with `unprefixed_hex`, a term of digits without a prefix may carry a
//   suffix and is hex all the same (`260L` is `0x260`, not 260);
// - `&` not followed by `H` (`&1`, `&O17`) is not a number: an unknown name;
// - a term that starts with a hex letter and holds `_` (`f_0`, `ff_ff`) is
//   a name, with or without `unprefixed_hex` (the letter-first hex of
//   FORMAT.md, `fffffff0`, `ADD`, is written with hex digits only).

const C_SUFFIXES: &[&str] = &["u", "l", "ul", "lu", "ll", "ull", "llu"];
const RUST_SUFFIXES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
];

type Digit = fn(&u8) -> bool;
const DECIMAL: Digit = u8::is_ascii_digit;
const HEX: Digit = u8::is_ascii_hexdigit;

/// `suffix?`: nothing, a C suffix in any case, or a Rust type suffix.
fn is_suffix_or_none(text: &str) -> bool {
    text.is_empty()
        || C_SUFFIXES.contains(&text.to_ascii_lowercase().as_str())
        || RUST_SUFFIXES.contains(&text)
}

/// `digits := digit ( "_"* digit )*`.
fn is_digits(text: &str, digit: Digit) -> bool {
    let bytes = text.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) => {
            digit(first) && digit(last) && bytes.iter().all(|b| digit(b) || *b == b'_')
        }
        _ => false,
    }
}

/// `text` cut after its longest run of `digit`s and `_`.
fn split_digits(text: &str, digit: Digit) -> (&str, &str) {
    let end = text
        .bytes()
        .position(|b| !(digit(&b) || b == b'_'))
        .unwrap_or(text.len());
    text.split_at(end)
}

fn without_underscores(digits: &str) -> String {
    digits.chars().filter(|&c| c != '_').collect()
}

/// Hex digits as the bit pattern: what fits the width, or a negative value
/// of the width sign-extended to 64 bits; else out of range.
fn hex_bits(repr: ReprKind, digits: &str) -> Result<u64, ParseErrorKind> {
    let digits = without_underscores(digits);
    let significant = digits.trim_start_matches('0');
    if significant.len() > 16 {
        return Err(ParseErrorKind::NumberOutOfRange);
    }
    let value = u64::from_str_radix(significant, 16).unwrap_or(0);
    let width = repr.bits();
    if value <= repr.mask() {
        Ok(value)
    } else if width < 64 && value >= u64::MAX << (width - 1) {
        Ok(value & repr.mask())
    } else {
        Err(ParseErrorKind::NumberOutOfRange)
    }
}

/// Decimal as the bit pattern printed signed or unsigned: −2^(N−1) …
/// 2^N−1, a negative number as its two's complement; never sign-extended.
fn decimal_bits(repr: ReprKind, negative: bool, digits: &str) -> Result<u64, ParseErrorKind> {
    let digits = without_underscores(digits);
    let significant = digits.trim_start_matches('0');
    if significant.len() > 20 {
        return Err(ParseErrorKind::NumberOutOfRange);
    }
    let magnitude: i128 = significant.parse().unwrap_or(0);
    let value = if negative { -magnitude } else { magnitude };
    let width = repr.bits();
    if (-(1i128 << (width - 1))..=(1i128 << width) - 1).contains(&value) {
        Ok((value & ((1i128 << width) - 1)) as u64)
    } else {
        Err(ParseErrorKind::NumberOutOfRange)
    }
}

/// FORMAT.md's `number` in `repr`: `Ok(None)` when `term` (no surrounding
/// whitespace, not a name) is not written as a number at all, so is an
/// unknown name; `Err` when it is, but is refused.
fn spec_number(
    repr: ReprKind,
    term: &str,
    unprefixed_hex: bool,
) -> Result<Option<u64>, ParseErrorKind> {
    use ParseErrorKind::{AmbiguousNumber, InvalidNumber};
    let hex = |digits: &str| hex_bits(repr, digits).map(Some);
    // A negative number is decimal, with or without `unprefixed_hex`; a
    // sign before anything else (`-0x1`, `-1f`) is refused.
    if let Some(rest) = term.strip_prefix('-') {
        let (digits, suffix) = split_digits(rest, DECIMAL);
        return if !is_digits(digits, DECIMAL) || !is_suffix_or_none(suffix) {
            Err(InvalidNumber)
        } else if digits.starts_with('0') && digits.len() > 1 {
            // `-0100`: octal in C.
            Err(AmbiguousNumber)
        } else {
            decimal_bits(repr, true, digits).map(Some)
        };
    }
    if term.starts_with('+') {
        return Err(InvalidNumber);
    }
    // C: `0x` hex-digits suffix?
    if let Some(rest) = term.strip_prefix("0x").or_else(|| term.strip_prefix("0X")) {
        let (digits, suffix) = split_digits(rest, HEX);
        return if is_digits(digits, HEX) && is_suffix_or_none(suffix) {
            hex(digits)
        } else {
            Err(InvalidNumber)
        };
    }
    // Pascal: `$` hex-digits, no suffix.
    if let Some(digits) = term.strip_prefix('$') {
        return if is_digits(digits, HEX) {
            hex(digits)
        } else {
            Err(InvalidNumber)
        };
    }
    // Visual Basic: `&H` hex-digits `&`?
    if let Some(rest) = term.strip_prefix("&H").or_else(|| term.strip_prefix("&h")) {
        let digits = rest.strip_suffix('&').unwrap_or(rest);
        return if is_digits(digits, HEX) {
            hex(digits)
        } else {
            Err(InvalidNumber)
        };
    }
    // Any other `&` (`&O17`, Visual Basic's octal) is no notation read.
    if term.starts_with('&') {
        return Err(InvalidNumber);
    }
    // tapisrv: `x` and plain hex digits, nothing else: `xg`, `x1L`, `x1_0`
    // are names.
    if let Some(digits) = term.strip_prefix('x').or_else(|| term.strip_prefix('X')) {
        return if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex(digits)
        } else {
            Ok(None)
        };
    }
    match term.as_bytes().first() {
        // Digits without a prefix (and a suffix, perhaps).
        Some(b'0'..=b'9') => {
            let (digits, suffix) = split_digits(term, HEX);
            if !is_digits(digits, HEX) || !is_suffix_or_none(suffix) {
                Err(InvalidNumber)
            } else if unprefixed_hex {
                hex(digits)
            } else if digits.bytes().any(|b| b.is_ascii_alphabetic())
                || (digits.starts_with('0') && digits.len() > 1)
            {
                // Hex letters among the digits, or a leading zero.
                Err(AmbiguousNumber)
            } else {
                decimal_bits(repr, false, digits).map(Some)
            }
        }
        // Hex digits that start with a letter: hex when asked for; else
        // refused if they hold a digit (`fffffff0`), a name if letters only.
        Some(first) if first.is_ascii_hexdigit() && term.bytes().all(|b| b.is_ascii_hexdigit()) => {
            if unprefixed_hex {
                hex(term)
            } else if term.bytes().any(|b| b.is_ascii_digit()) {
                Err(AmbiguousNumber)
            } else {
                Ok(None)
            }
        }
        // `&1`, `_1`, `٣`, …: not a number.
        _ => Ok(None),
    }
}

/// Every spelling FORMAT.md gives the bit pattern `bits` (of `repr`'s
/// width) without options: decimal printed unsigned and, where the top bit
/// is set, signed; hex in every notation, with leading zeros, `_`, C and
/// Rust suffixes; a negative value sign-extended to 64 bits.
fn notations(repr: ReprKind, bits: u64) -> Vec<String> {
    let width = repr.bits();
    let digits = repr.hex_digits();
    let negative = bits >> (width - 1) & 1 == 1;
    let mut hex_groups = format!("{bits:0digits$X}");
    for at in (1..digits / 4).rev() {
        hex_groups.insert(at * 4, '_');
    }
    let mut texts = vec![
        bits.to_string(),
        format!("{bits}UL"),
        format!("{bits}lu"),
        format!("{bits}{}", repr.name()),
        format!("{bits}i128"),
        format!("0x{bits:X}"),
        format!("0X{bits:x}"),
        format!("0x{bits:0digits$X}"),
        format!("0x000{bits:x}L"),
        format!("0x{bits:X}ull"),
        format!("0x{hex_groups}"),
        format!("0x{hex_groups}u64"),
        format!("x{bits:x}"),
        format!("X{bits:0digits$X}"),
        format!("${bits:X}"),
        format!("$00{bits:x}"),
        format!("&H{bits:X}"),
        format!("&h{bits:x}&"),
        format!("&H{hex_groups}&"),
    ];
    if negative {
        let magnitude = (1u128 << width) - u128::from(bits);
        texts.push(format!("-{magnitude}"));
        texts.push(format!("-{magnitude}L"));
        texts.push(format!("-{magnitude}i64"));
        if width < 64 {
            let extended = bits | !repr.mask();
            texts.push(format!("0x{extended:X}"));
            texts.push(format!("x{extended:x}"));
            texts.push(format!("&H{extended:X}&"));
        }
    }
    if bits == 0 {
        texts.push("-0".to_owned());
    }
    texts
}

/// Whether `text` is digits without a prefix: decimal, unless
/// `unprefixed_hex`.
fn is_bare(text: &str) -> bool {
    let prefixed = text.starts_with("0x") || text.starts_with("0X");
    text.starts_with(|c: char| c.is_ascii_digit()) && !prefixed
}

/// Spellings of `bits` without a prefix, for `unprefixed_hex`.
fn bare_notations(repr: ReprKind, bits: u64) -> Vec<String> {
    let digits = repr.hex_digits();
    let mut texts = vec![
        format!("{bits:X}"),
        format!("{bits:0digits$x}"),
        format!("0{bits:x}"),
    ];
    if bits >> (repr.bits() - 1) & 1 == 1 {
        let magnitude = (1u128 << repr.bits()) - u128::from(bits);
        // A negative number is still decimal.
        texts.push(format!("-{magnitude}"));
        if repr.bits() < 64 {
            texts.push(format!("{:X}", bits | !repr.mask()));
        }
    }
    texts
}

struct Model {
    info: &'static FamilyInfo,
    /// Every accepted spelling → entry index.
    names: HashMap<String, usize>,
    /// Every accepted spelling, ASCII upper-cased → entry index.
    folded: HashMap<String, usize>,
    /// Every accepted spelling, for strategies to pick from.
    spellings: Vec<String>,
    /// Bit pattern → entry index.
    by_bits: HashMap<u64, usize>,
    /// Entry indices in ascending order of bits.
    ascending: Vec<usize>,
}

type Expected<T> = Result<T, (ParseErrorKind, Range<usize>)>;

impl Model {
    fn new(info: &'static FamilyInfo) -> Model {
        let mut model = Model {
            info,
            names: HashMap::new(),
            folded: HashMap::new(),
            spellings: Vec::new(),
            by_bits: HashMap::new(),
            ascending: Vec::new(),
        };
        let prefix = info.prefix();
        assert_eq!(info.entries().len(), info.len());
        for (index, entry) in info.entries().enumerate() {
            assert_eq!(entry.index(), index);
            assert_eq!(entry.name(), format!("{prefix}{}", entry.short_name()));
            let mut spellings = vec![entry.name().to_owned(), entry.short_name().to_owned()];
            for alias in entry.aliases() {
                spellings.push(alias.to_owned());
                spellings.push(format!("{prefix}{alias}"));
            }
            for spelling in spellings {
                // FORMAT.md: no two names differ only in case.
                let folded = spelling.to_ascii_uppercase();
                assert_eq!(model.folded.insert(folded, index), None, "{spelling}");
                assert_eq!(model.names.insert(spelling.clone(), index), None);
                // "Names never read as numbers": no name is spelt like one.
                assert!(
                    !matches!(spec_number(info.repr(), &spelling, false), Ok(Some(_))),
                    "{spelling}"
                );
                model.spellings.push(spelling);
            }
            assert_eq!(model.by_bits.insert(entry.bits(), index), None);
            assert_eq!(entry.bits() & !info.repr().mask(), 0);
        }
        let mut ascending: Vec<usize> = (0..info.len()).collect();
        ascending.sort_by_key(|&index| model.bits(index));
        model.ascending = ascending;
        model
    }

    fn bits(&self, index: usize) -> u64 {
        self.info.entry(index).unwrap().bits()
    }

    fn name(&self, index: usize, short: bool) -> &'static str {
        let entry = self.info.entry(index).unwrap();
        if short {
            entry.short_name()
        } else {
            entry.name()
        }
    }

    fn mask(&self) -> u64 {
        self.info.repr().mask()
    }

    fn hex(&self, bits: u64) -> String {
        format!("0x{bits:0width$X}", width = self.info.repr().hex_digits())
    }

    /// The value's decimal text, negative in a signed family.
    fn decimal(&self, bits: u64) -> String {
        let repr = self.info.repr();
        let width = repr.bits();
        if repr.is_signed() && bits >> (width - 1) & 1 == 1 {
            let magnitude = (1u128 << width) - u128::from(bits);
            format!("-{magnitude}")
        } else {
            bits.to_string()
        }
    }

    /// A name as written; then, if asked, ignoring ASCII case.
    fn find_name(&self, term: &str, opts: Opts) -> Option<usize> {
        match self.names.get(term) {
            Some(&index) => Some(index),
            None if opts.ignore_case => self.folded.get(&term.to_ascii_uppercase()).copied(),
            None => None,
        }
    }

    /// One term of `text[range]`: its span without surrounding whitespace
    /// (`end..end` for a blank term), and what it is: a name before a
    /// number.
    fn term(&self, text: &str, range: Range<usize>, opts: Opts) -> (Range<usize>, Expected<Term>) {
        let raw = &text[range.clone()];
        let lead = raw.len() - raw.trim_start_matches(WS).len();
        let trail = raw.len() - raw.trim_end_matches(WS).len();
        let span = if lead == raw.len() {
            range.end..range.end
        } else {
            range.start + lead..range.end - trail
        };
        let term = &text[span.clone()];
        let result = if term.is_empty() {
            Err(ParseErrorKind::EmptyTerm)
        } else if let Some(index) = self.find_name(term, opts) {
            Ok(Term::Entry(index))
        } else {
            match spec_number(self.info.repr(), term, opts.hex) {
                Ok(Some(bits)) => Ok(Term::Bits(bits)),
                Ok(None) => Err(ParseErrorKind::UnknownName),
                Err(kind) => Err(kind),
            }
        };
        let result = result.map_err(|kind| (kind, span.clone()));
        (span, result)
    }

    /// A member: one term, a name or a member's value.
    fn parse_entry(&self, text: &str, opts: Opts) -> Expected<usize> {
        match self.one_term(text, opts) {
            (_, Ok(Term::Entry(index))) => Ok(index),
            (span, Ok(Term::Bits(bits))) => self
                .by_bits
                .get(&bits)
                .copied()
                .ok_or((ParseErrorKind::UnknownValue, span)),
            (_, Err(error)) => Err(error),
        }
    }

    /// The whole text as one term, where one value is read: terms joined
    /// with `|` are a set, refused as such.
    fn one_term(&self, text: &str, opts: Opts) -> (Range<usize>, Expected<Term>) {
        let (span, term) = self.term(text, 0..text.len(), opts);
        if text[span.clone()].contains('|') {
            return (span.clone(), Err((ParseErrorKind::UnexpectedSet, span)));
        }
        (span, term)
    }

    /// A value: one term, a name or any number of the repr.
    fn parse_value(&self, text: &str, opts: Opts) -> Expected<u64> {
        match self.one_term(text, opts) {
            (_, Ok(Term::Entry(index))) => Ok(self.bits(index)),
            (_, Ok(Term::Bits(bits))) => Ok(bits),
            (_, Err(error)) => Err(error),
        }
    }

    /// A set: blank, or terms separated by `|`; one value in the selector
    /// field, however its terms give it (names or numbers' bits).
    fn parse_bits(&self, text: &str, opts: Opts) -> Expected<u64> {
        if text.trim_matches(WS).is_empty() {
            return Ok(0);
        }
        let (mut bits, mut selector, mut start) = (0, None, 0);
        for piece in text.split('|') {
            let end = start + piece.len();
            let (span, term) = self.term(text, start..end, opts);
            let term_bits = match term? {
                Term::Entry(index) => self.bits(index),
                Term::Bits(bits) => bits,
            };
            let field = term_bits & self.info.selector_mask();
            if field != 0 {
                if selector.is_some_and(|earlier| earlier != field) {
                    return Err((ParseErrorKind::ConflictingSelectors, span));
                }
                selector = Some(field);
            }
            bits |= term_bits;
            start = end + 1;
        }
        Ok(bits)
    }

    /// One value's text: its member's name, or hex.
    fn format_value(&self, bits: u64, short: bool) -> String {
        match self.by_bits.get(&bits) {
            Some(&index) => self.name(index, short).to_owned(),
            None => self.hex(bits),
        }
    }

    /// A set's text in a flags or mixed family. FORMAT.md: the members in
    /// the set in ascending bit order, then one hex term with the bits
    /// left; the empty set is the zero member, or `0`. The library writes a
    /// mixed family's selector first, and a selector value that is no
    /// member's as a hex term of its own, first (see `text.rs`): modelled.
    fn format_set(&self, bits: u64, short: bool) -> String {
        if bits == 0 {
            return match self.by_bits.get(&0) {
                Some(&index) => self.name(index, short).to_owned(),
                None => "0".to_owned(),
            };
        }
        let field = self.info.selector_mask();
        let mut terms = Vec::new();
        let selector = bits & field;
        if selector != 0 {
            terms.push(self.format_value(selector, short));
        }
        let mut left = bits & !field;
        for &index in &self.ascending {
            let member = self.bits(index);
            if member.count_ones() == 1 && member & field == 0 && left & member != 0 {
                terms.push(self.name(index, short).to_owned());
                left &= !member;
            }
        }
        if left != 0 {
            terms.push(self.hex(left));
        }
        terms.join(" | ")
    }

    /// Whether `bits` is one of the family's ordinary sets: a selector field
    /// that is empty or a member's value.
    fn selector_is_known(&self, bits: u64) -> bool {
        let selector = bits & self.info.selector_mask();
        selector == 0 || self.by_bits.contains_key(&selector)
    }
}

enum Term {
    Entry(usize),
    Bits(u64),
}

/// The model of `info`, built once.
fn model(info: &'static FamilyInfo) -> &'static Model {
    static MODELS: LazyLock<Mutex<HashMap<usize, &'static Model>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let key = info as *const FamilyInfo as usize;
    let mut models = MODELS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    models
        .entry(key)
        .or_insert_with(|| Box::leak(Box::new(Model::new(info))))
}

fn prebuilt() -> impl Iterator<Item = &'static Model> {
    families::ALL.iter().map(|&info| model(info))
}

/// The families derived here.
fn derived() -> impl Iterator<Item = &'static Model> {
    [
        PropErr::INFO,
        PropByte::INFO,
        PropWide::INFO,
        PropMix::INFO,
        PropAlias::INFO,
        PropLong::INFO,
        PropTiny::INFO,
        PropHuge::INFO,
    ]
    .into_iter()
    .map(model)
}

/// Every repr a family can have.
const REPRS: [ReprKind; 8] = [
    <u8 as Repr>::KIND,
    <u16 as Repr>::KIND,
    <u32 as Repr>::KIND,
    <u64 as Repr>::KIND,
    <i8 as Repr>::KIND,
    <i16 as Repr>::KIND,
    <i32 as Repr>::KIND,
    <i64 as Repr>::KIND,
];

// ---------------------------------------------------------------------------
// Checks shared by the properties.

/// `got` is what the model expects; an error also keeps its promises: a
/// span inside the input on char boundaries, the term as its token, a
/// message that never panics and carries no control character.
fn check_result<T: PartialEq + std::fmt::Debug>(
    model: &Model,
    text: &str,
    got: Result<T, ParseError>,
    expected: Expected<T>,
) {
    let shown = Shown(text);
    let error = match (got, expected) {
        (Ok(got), Ok(expected)) => return assert_eq!(got, expected, "{shown}"),
        (Err(error), Err((kind, span))) => {
            assert_eq!((error.kind(), error.span()), (kind, span), "{shown}");
            error
        }
        (got, expected) => panic!("{shown}: got {got:?}, the model says {expected:?}"),
    };
    check_error(model, text, &error);
}

fn check_error(model: &Model, text: &str, error: &ParseError) {
    let span = error.span();
    assert!(span.start <= span.end && span.end <= text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    assert!(std::ptr::eq(error.family(), model.info));
    let term = &text[span];
    let token = error.token();
    assert!(term.starts_with(token));
    assert!(token.len() == term.len() || (60..=64).contains(&token.len()));
    let message = error.to_string();
    assert!(!message.chars().any(char::is_control), "{message:?}");
    let kind = error.kind();
    if !matches!(
        kind,
        ParseErrorKind::InvalidNumber | ParseErrorKind::AmbiguousNumber
    ) {
        assert!(message.contains(model.info.prefix()), "{message}");
    }
    // The term, each character escaped: hostile input cannot drive a
    // terminal.
    let escaped: String = token.chars().flat_map(char::escape_debug).collect();
    if kind != ParseErrorKind::EmptyTerm {
        assert!(message.contains(&format!("`{escaped}")), "{message}");
    }
    let whole = token.len() == term.len();
    // FORMAT.md, "Errors": an ambiguous number says how to write it as hex;
    // a negative one (`-0100`, octal in C) that it would be octal.
    if kind == ParseErrorKind::AmbiguousNumber && whole {
        if term.starts_with('-') {
            assert!(message.contains("octal"), "{message}");
        } else {
            assert!(message.contains(&format!("(`0x{escaped}`)")), "{message}");
        }
    }
    // "Letters only (`ffffffff`) are a name, an unknown one, whose error
    // says to write `0x` for hex"; a name that cannot be hex gets no hint.
    let hint = "(for a hex number, write `0x";
    if kind == ParseErrorKind::UnknownName && whole {
        if term.bytes().all(|b| b.is_ascii_hexdigit()) {
            let advice = format!("{hint}{term}`)");
            assert!(message.contains(&advice), "{message}");
        } else {
            assert!(!message.contains(hint), "{message}");
        }
    }
    if let Some(suggestion) = error.suggestion() {
        assert_eq!(error.kind(), ParseErrorKind::UnknownName);
        assert!(model.names.contains_key(suggestion), "{suggestion}");
        assert!(message.ends_with(&format!("did you mean `{suggestion}`?")));
    }
}

/// Parses `text` as a member and as a set through `FamilyInfo`.
fn check_parse(model: &Model, text: &str) {
    let info = model.info;
    let opts = Opts::default();
    check_result(
        model,
        text,
        info.parse_entry(text).map(|e| e.index()),
        model.parse_entry(text, opts),
    );
    check_result(
        model,
        text,
        info.parse_bits(text),
        model.parse_bits(text, opts),
    );
}

/// Parses `text` as a member, a value and a set through `FamilyInfo`, as
/// `opts` say.
fn check_parse_with(model: &Model, text: &str, opts: Opts) {
    let (info, options) = (model.info, opts.library());
    let got = info.parse_entry_with(text, options).map(|e| e.index());
    check_result(model, text, got, model.parse_entry(text, opts));
    let got = info.parse_value(text, options);
    check_result(model, text, got, model.parse_value(text, opts));
    let got = info.parse_bits_with(text, options);
    check_result(model, text, got, model.parse_bits(text, opts));
}

/// An input shown in a failure: cut, escaped.
struct Shown<'a>(&'a str);

impl Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        if text.len() <= 200 {
            write!(f, "{text:?}")
        } else {
            let cut = (0..=200).rev().find(|&at| text.is_char_boundary(at));
            let head = &text[..cut.unwrap_or(0)];
            write!(f, "{head:?}… ({} bytes)", text.len())
        }
    }
}

/// A bit pattern for `model`'s family: raw bits, a member's value, a union
/// of members, or such a union with one more bit.
fn pattern(model: &Model, raw: u64, pick: u64, mode: u8) -> u64 {
    let len = model.info.len();
    let union = (0..len)
        .filter(|index| pick >> (index % 64) & 1 == 1)
        .fold(0, |bits, index| bits | model.bits(index));
    let bits = match mode % 4 {
        0 => raw,
        1 => model.bits((pick % len as u64) as usize),
        2 => union,
        _ => union ^ 1u64.rotate_left(raw as u32),
    };
    bits & model.mask()
}

/// `name` with the case of its ASCII letters flipped where `flips` says.
fn scramble(name: &str, flips: u64) -> String {
    name.chars()
        .enumerate()
        .map(|(at, c)| {
            if flips >> (at % 64) & 1 == 0 {
                c
            } else if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `text` with one change: a character inserted, removed or replaced.
fn mangle(text: &str, at: usize, c: char, how: u8) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match how % 3 {
        0 => chars.insert(at, c),
        1 if at < chars.len() => {
            chars.remove(at);
        }
        _ if at < chars.len() => chars[at] = c,
        _ => chars.push(c),
    }
    chars.into_iter().collect()
}

// ---------------------------------------------------------------------------
// Hostile text, built per family from tokens.

#[derive(Clone, Debug)]
enum Tok {
    /// A real spelling of the family (by index, modulo their number).
    Name(usize),
    /// One, in scrambled case.
    Scrambled(usize, u64),
    /// One, with a character inserted, removed or replaced.
    Mangled(usize, usize, char, u8),
    /// The family prefix alone.
    Prefix,
    Bar,
    /// Whitespace, or a character that looks like it.
    Space(usize),
    Number(String),
    /// A number spelt for the family's width (see `spell`).
    Spelled(Spelling),
    Junk(String),
}

const SPACES: &[&str] = &[
    " ", "\t", "\n", "\r", "\x0C", "  ", "\x0B", "\u{A0}", "\u{3000}", "\u{85}", "\u{FEFF}",
];

/// Fixed texts: FORMAT.md's examples and the edges of the grammar.
#[rustfmt::skip]
const NUMBER_TEXTS: &[&str] = &[
    "0", "-0", "+1", "0x+1", "0x", "0X", "-", "+", "--1", "-0x1", "-0x0", "1_0", "12a", "0b1",
    "0x1g", "00", "0x0", "-00", "1 0", "0x-1", "٣", "0x٣", "1e3", "0o7",
    // FORMAT.md's table.
    "0x8000004B", "0X8000004b", "2147483723", "-2147483573", "0xFFFFFFFF8000004B",
    "0x8000004BL", "2147483723UL", "2147483723lu", "x8000004b", "x040", "x2", "$8000004B",
    "&H8000004B", "&H4&", "0x8000_004B", "2147483723u32", "4", "260", "00000100", "1f4",
    "fffffff0", "8000004B", "ffffffff", "0xFFFFFFFF0000004B", "0x1FFFFFFFF8000004B",
    "4294967296", "-2147483649", "1_", "4u31", "12g", "4UUL", "0x_1", "$", "ADD", "D3", "3D",
    "X40",
    // Edges.
    "x", "X", "xg", "x_1", "x1_", "x1_0", "x1L", "$_1", "$1_", "$1L", "$1u8", "$-1", "&", "&1",
    "&H", "&h", "&H&", "&H1&&", "&H1L", "&H1_0", "&O17", "0x1_u32", "0x1__2", "1__0", "0_0",
    "0_", "1f_", "01_", "1_f", "f_0", "ff_ff", "0100L", "1f4L", "260L", "-0100", "-1u32",
    "300u8", "1lL", "1U32", "1usize", "-1f", "-x1", "-$1", "-1_", "-L", "0u32", "00u8",
    "0xFFFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFFu64", "FFFFFFFF8000004B", "-9223372036854775808",
    "-9223372036854775809", "18446744073709551615", "18446744073709551616",
    "18446744071562067968", "0x0000000000000000FFFFFFFF8000004B", "0xFFFF8000004B",
];

/// Suffixes, FORMAT.md's and others (index 0: none).
const SUFFIXES: &[&str] = &[
    "", "L", "l", "U", "u", "UL", "ul", "Ul", "lU", "LU", "lu", "LL", "ll", "lL", "ULL", "ull",
    "uLL", "LLU", "llu", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
    "i128", "isize", "U32", "I64", "u31", "UUL", "lul", "LLL", "i", "_u32", "&", "h",
];

fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(NUMBER_TEXTS).prop_map(str::to_owned),
        "0[xX][0-9a-fA-F]{20}",
        "0[xX][0-9a-fA-F]{0,17}",
        "-?[0-9]{1,25}",
        "[-+0-9xX_a-fA-F]{1,12}",
        "[-+0-9xX_a-fA-F$&hHuUlLi]{1,12}",
        "(0[xX]|[xX]|\\$|&[hH]|-|0*)[0-9a-fA-F_]{0,18}(&|[uUlL]{0,3}|[ui](8|16|32|64|128|size))?",
        any::<u64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        any::<i32>().prop_map(|v| v.to_string()),
        any::<u64>().prop_map(|v| format!("{v:#x}")),
        any::<u32>().prop_map(|v| format!("{v:#010X}")),
        any::<u8>().prop_map(|v| format!("{v:#x}")),
    ]
}

/// A number, spelt for a width by `spell`: which value, in which notation,
/// with which decorations. Most spellings are FORMAT.md's; many are not.
#[derive(Clone, Debug)]
struct Spelling {
    raw: u64,
    /// Which value: see `spell`.
    value: u8,
    /// Which notation: see `spell`.
    notation: u8,
    /// Leading zeros: 0 to 3, or (7) padded to the width.
    zeros: u8,
    upper: bool,
    /// `_` after the digit at each set bit (`__` where bit + 32 is set too);
    /// bit 63 also puts one first, bit 62 one last.
    underscores: u64,
    /// Index into `SUFFIXES`.
    suffix: u8,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    (
        any::<u64>(),
        any::<u8>(),
        any::<u8>(),
        prop_oneof![3 => Just(0u8), 1 => 0u8..8],
        any::<bool>(),
        prop_oneof![
            4 => Just(0u64),
            1 => any::<u64>(),
            2 => (0u32..24).prop_map(|bit| 1u64 << bit),
        ],
        prop_oneof![3 => Just(0u8), 2 => any::<u8>()],
    )
        .prop_map(
            |(raw, value, notation, zeros, upper, underscores, suffix)| Spelling {
                raw,
                value,
                notation,
                zeros,
                upper,
                underscores,
                suffix,
            },
        )
}

/// `spelling` of a number for `repr` (`member`: a member's bits, if any).
fn spell(repr: ReprKind, member: Option<u64>, spelling: &Spelling) -> String {
    let Spelling { raw, .. } = *spelling;
    let (width, mask) = (repr.bits(), repr.mask());
    let sign = 1u64 << (width - 1);
    let bits = match spelling.value % 7 {
        0 => raw & mask,
        1 => member.unwrap_or(raw) & mask,
        // Negative in the width.
        2 => (raw & mask) | sign,
        3 => raw,
        4 => raw % 300,
        // Just past the width.
        5 => mask.wrapping_add(1 + raw % 4),
        // A negative value sign-extended to 64 bits (in range), or not.
        _ => (raw & mask) | !mask,
    };
    let magnitude = if bits & sign != 0 && bits <= mask {
        (1u128 << width) - u128::from(bits)
    } else {
        u128::from(bits)
    };
    let (prefix, digits, amp) = match spelling.notation % 12 {
        0 => ("", bits.to_string(), ""),
        1 => ("-", magnitude.to_string(), ""),
        2 => ("0x", format!("{bits:x}"), ""),
        3 => ("0X", format!("{bits:x}"), ""),
        4 => ("x", format!("{bits:x}"), ""),
        5 => ("X", format!("{bits:x}"), ""),
        6 => ("$", format!("{bits:x}"), ""),
        7 => ("&H", format!("{bits:x}"), ""),
        8 => ("&h", format!("{bits:x}"), ""),
        9 => ("&H", format!("{bits:x}"), "&"),
        // Hex without a prefix.
        10 => ("", format!("{bits:x}"), ""),
        // A sign-extended value in decimal: never read as such.
        _ => ("", (bits | !mask).to_string(), ""),
    };
    let digits = if spelling.upper {
        digits.to_ascii_uppercase()
    } else {
        digits
    };
    let zeros = match spelling.zeros {
        7 => repr.hex_digits().saturating_sub(digits.len()),
        zeros => usize::from(zeros % 4),
    };
    let digits = "0".repeat(zeros) + &digits;
    let mut text = String::from(prefix);
    let under = spelling.underscores;
    if under >> 63 == 1 {
        text.push('_');
    }
    for (at, digit) in digits.chars().enumerate() {
        text.push(digit);
        if at + 1 < digits.len() && under >> (at % 32) & 1 == 1 {
            text.push('_');
            if under >> (at % 32 + 32) & 1 == 1 {
                text.push('_');
            }
        }
    }
    if under >> 62 & 1 == 1 {
        text.push('_');
    }
    text.push_str(amp);
    text.push_str(SUFFIXES[usize::from(spelling.suffix) % SUFFIXES.len()]);
    text
}

fn junk() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..8).prop_map(|chars| chars.into_iter().collect()),
        prop::collection::vec(0u8..0x80, 0..8)
            .prop_map(|bytes| bytes.into_iter().map(char::from).collect()),
        prop::sample::select(vec![
            "\0",
            "\u{1b}[31m",
            "é",
            "\u{202E}",
            "\u{FFFD}",
            "𝕏",
            "_",
            "__",
            "x",
            "ß",
            "\u{130}",
            "K",
            "$",
            "&",
            "&H",
        ])
        .prop_map(str::to_owned),
    ]
}

fn tok() -> impl Strategy<Value = Tok> {
    prop_oneof![
        4 => any::<usize>().prop_map(Tok::Name),
        2 => (any::<usize>(), any::<u64>()).prop_map(|(k, flips)| Tok::Scrambled(k, flips)),
        2 => (any::<usize>(), any::<usize>(), any::<char>(), any::<u8>())
            .prop_map(|(k, at, c, how)| Tok::Mangled(k, at, c, how)),
        1 => Just(Tok::Prefix),
        4 => Just(Tok::Bar),
        3 => (0..SPACES.len()).prop_map(Tok::Space),
        3 => number_text().prop_map(Tok::Number),
        4 => spelling().prop_map(Tok::Spelled),
        2 => junk().prop_map(Tok::Junk),
    ]
}

fn render(model: &Model, tokens: &[Tok]) -> String {
    let mut text = String::new();
    let spelling = |k: usize| model.spellings[k % model.spellings.len()].as_str();
    for token in tokens {
        match token {
            Tok::Name(k) => text.push_str(spelling(*k)),
            Tok::Scrambled(k, flips) => text.push_str(&scramble(spelling(*k), *flips)),
            Tok::Mangled(k, at, c, how) => text.push_str(&mangle(spelling(*k), *at, *c, *how)),
            Tok::Prefix => text.push_str(model.info.prefix()),
            Tok::Bar => text.push('|'),
            Tok::Space(which) => text.push_str(SPACES[*which]),
            Tok::Number(number) | Tok::Junk(number) => text.push_str(number),
            Tok::Spelled(number) => {
                let member = model.bits((number.raw % model.info.len() as u64) as usize);
                text.push_str(&spell(model.info.repr(), Some(member), number));
            }
        }
    }
    text
}

/// `piece` repeated to at least 1 MB.
fn megabyte(piece: &str) -> String {
    let piece = if piece.is_empty() { "|" } else { piece };
    piece.repeat((1 << 20) / piece.len() + 1)
}

// ---------------------------------------------------------------------------
// The typed API of a family, as a trait so that one generic check serves
// every type (the methods are inherent).

trait Typed: ConstFamily + Display + FromStr<Err = ParseError> + Hash {
    fn value_(self) -> Self::Repr;
    fn from_value_(value: Self::Repr) -> Option<Self>;
    fn name_(self) -> &'static str;
    fn short_name_(self) -> &'static str;
    fn from_name_(name: &str) -> Option<Self>;
    fn from_name_ignore_case_(name: &str) -> Option<Self>;
    fn try_from_(value: Self::Repr) -> Result<Self, UnknownValueError<Self>>;
    fn into_repr(self) -> Self::Repr;
}

macro_rules! typed {
    ($($family:ty),* $(,)?) => {$(
        impl Typed for $family {
            fn value_(self) -> Self::Repr { self.value() }
            fn from_value_(value: Self::Repr) -> Option<Self> { Self::from_value(value) }
            fn name_(self) -> &'static str { self.name() }
            fn short_name_(self) -> &'static str { self.short_name() }
            fn from_name_(name: &str) -> Option<Self> { Self::from_name(name) }
            fn from_name_ignore_case_(name: &str) -> Option<Self> {
                Self::from_name_ignore_case(name)
            }
            fn try_from_(value: Self::Repr) -> Result<Self, UnknownValueError<Self>> {
                Self::try_from(value)
            }
            fn into_repr(self) -> Self::Repr { self.into() }
        }
    )*};
}

typed!(
    PropErr,
    PropByte,
    PropWide,
    PropMix,
    PropAlias,
    PropLong,
    PropTiny,
    PropHuge,
    LineAgentSessionState,
    LineInitializeExOption,
    LineCallHubTracking,
    LineErr,
    TapiErr,
);

/// Inputs of one typed check.
#[derive(Clone, Debug)]
struct Case {
    raw: u64,
    pick: u64,
    mode: u8,
    which: usize,
    flips: u64,
    text: String,
    /// The options `Flags::parse_with` is given.
    opts: Opts,
}

fn case() -> impl Strategy<Value = Case> {
    (
        any::<u64>(),
        any::<u64>(),
        any::<u8>(),
        any::<usize>(),
        any::<u64>(),
        prop_oneof![
            junk(),
            number_text(),
            prop::collection::vec(any::<char>(), 0..24)
                .prop_map(|chars| chars.into_iter().collect::<String>()),
        ],
        opts(),
    )
        .prop_map(|(raw, pick, mode, which, flips, text, opts)| Case {
            raw,
            pick,
            mode,
            which,
            flips,
            text,
            opts,
        })
}

/// `from_value`/`value`, `name`/`from_name` (exact and ignoring case),
/// `FromStr`/`Display` in both forms, for one member and one value.
fn check_typed<E: Typed>(case: &Case, tokens: &[Tok]) {
    let model = model(E::INFO);
    let bits = pattern(model, case.raw, case.pick, case.mode);
    let value = E::Repr::from_bits(bits);
    let expected = model.by_bits.get(&bits).map(|&index| E::ALL[index]);
    assert_eq!(E::from_value_(value), expected, "{value:?}");
    assert_eq!(<E as ConstFamily>::from_value(value), expected);
    assert_eq!(E::try_from_(value).ok(), expected);
    if let Err(error) = E::try_from_(value) {
        assert_eq!(error.value(), value);
        assert!(error.to_string().starts_with(&model.hex(bits)));
    }
    if let Some(member) = expected {
        assert_eq!(member.value_(), value);
        assert_eq!(member.into_repr(), value);
        assert_eq!(ConstFamily::value(member), value);
    }

    let index = case.which % E::ALL.len();
    let member = E::ALL[index];
    let entry = member.entry();
    assert_eq!(member.index(), index);
    assert_eq!(member.name_(), entry.name());
    assert_eq!(member.short_name_(), entry.short_name());
    assert_eq!(member.to_string(), member.name_());
    assert_eq!(format!("{member:#}"), member.short_name_());
    let mut spellings: Vec<String> = vec![member.name_().into(), member.short_name_().into()];
    for alias in entry.aliases() {
        spellings.push(alias.into());
        spellings.push(format!("{}{alias}", E::INFO.prefix()));
    }
    for spelling in &spellings {
        assert_eq!(E::from_name_(spelling), Some(member), "{spelling}");
        let scrambled = scramble(spelling, case.flips);
        assert_eq!(E::from_name_ignore_case_(&scrambled), Some(member));
        assert_eq!(E::from_name_(&scrambled), model_name(model, &scrambled));
        assert_eq!(spelling.parse::<E>(), Ok(member));
    }
    let value = member.value_();
    let mut written = vec![
        member.to_string(),
        format!("{member:#}"),
        value.to_string(),
        model.hex(value.to_bits()),
        format!(" \t{}\n", member.name_()),
    ];
    // The value in every notation (decimal printed signed and unsigned, hex
    // in every form, sign-extended, with suffixes and `_`).
    written.extend(notations(E::INFO.repr(), value.to_bits()));
    for written in written {
        // A name is a name even if it looks like a number (`PBYTE_4`).
        let expected = match model.names.get(written.trim_matches(WS)) {
            Some(&named) => E::ALL[named],
            None => member,
        };
        assert_eq!(written.parse::<E>(), Ok(expected), "{written}");
    }

    // Arbitrary text, and hostile text built for this family.
    for text in [case.text.clone(), render(model, tokens)] {
        assert_eq!(E::from_name_(&text), model_name(model, &text));
        assert_eq!(E::from_name_ignore_case_(&text), model_folded(model, &text));
        let got = text.parse::<E>().map(|member| member.index());
        check_result(model, &text, got, model.parse_entry(&text, Opts::default()));
    }
}

fn model_name<E: ConstFamily>(model: &Model, name: &str) -> Option<E> {
    model.names.get(name).map(|&index| E::ALL[index])
}

fn model_folded<E: ConstFamily>(model: &Model, name: &str) -> Option<E> {
    let folded = name.to_ascii_uppercase();
    model.folded.get(&folded).map(|&index| E::ALL[index])
}

/// A set's text in both forms is the model's and parses back; hostile text
/// parses as the model says.
fn check_flags<E: Typed + FlagFamily>(case: &Case, tokens: &[Tok]) {
    let model = model(E::INFO);
    for bits in [
        pattern(model, case.raw, case.pick, case.mode),
        case.raw & model.mask(),
    ] {
        let set = Flags::<E>::from_bits_retain(E::Repr::from_bits(bits));
        let mut reused = String::from("stale");
        for short in [false, true] {
            let text = if short {
                format!("{set:#}")
            } else {
                set.to_string()
            };
            assert_eq!(text, model.format_set(bits, short), "{bits:#x}");
            reused.clear();
            set.write_to(&mut reused, short).unwrap();
            assert_eq!(reused, text);
            assert_eq!(text.parse::<Flags<E>>(), Ok(set), "{text}");
            let options = case.opts.library();
            assert_eq!(Flags::<E>::parse_with(&text, options), Ok(set), "{text}");
        }
        // The bits in every notation, alone and beside a name.
        let mut texts = notations(E::INFO.repr(), bits);
        if case.opts.hex {
            texts.extend(bare_notations(E::INFO.repr(), bits));
        }
        let name = E::ALL[case.which % E::ALL.len()];
        for text in texts {
            let options = case.opts.library();
            let got = Flags::<E>::parse_with(&text, options).map(|set| set.bits().to_bits());
            let with_name = format!("{name} |{text}");
            let got_with_name =
                Flags::<E>::parse_with(&with_name, options).map(|set| set.bits().to_bits());
            // Decimal digits read as hex, or a name spelt in hex digits
            // (`A` in PBYTE_): what the model says; else the bits.
            let other = case.opts.hex
                && ((is_bare(&text) && !text.starts_with('0')) || model.names.contains_key(&text));
            if other {
                check_result(model, &text, got, model.parse_bits(&text, case.opts));
                let expected = model.parse_bits(&with_name, case.opts);
                check_result(model, &with_name, got_with_name, expected);
            } else {
                assert_eq!(got, Ok(bits), "{text}");
                // The union, unless a mixed family's selector field would
                // get two values (the name's and the number's).
                let field = <E as ConstFamily>::INFO.selector_mask();
                let (named, given) = (name.value_().to_bits() & field, bits & field);
                if named != 0 && given != 0 && named != given {
                    let kind = got_with_name.map_err(|error| error.kind());
                    assert_eq!(
                        kind,
                        Err(ParseErrorKind::ConflictingSelectors),
                        "{with_name}"
                    );
                } else {
                    let both = bits | name.value_().to_bits();
                    assert_eq!(got_with_name, Ok(both), "{with_name}");
                }
            }
        }
        assert!(format!("{set:?}").contains(&format!("{set:#}")));
        // The members and the unknown bits make up the set, when the
        // selector field holds a member (or nothing).
        if model.selector_is_known(bits) {
            let known = set
                .iter()
                .fold(0, |all, member| all | member.value_().to_bits());
            assert_eq!(known | set.unknown_bits().to_bits(), bits, "{set:?}");
        }
    }
    for text in [case.text.clone(), render(model, tokens)] {
        let got = text.parse::<Flags<E>>().map(|set| set.bits().to_bits());
        check_result(model, &text, got, model.parse_bits(&text, Opts::default()));
        let got = Flags::<E>::parse_with(&text, case.opts.library());
        let got = got.map(|set| set.bits().to_bits());
        check_result(model, &text, got, model.parse_bits(&text, case.opts));
    }
}

// ---------------------------------------------------------------------------
// The properties.

/// `cases` unless `PROPTEST_CASES` says otherwise. A failure prints its
/// shrunk input; no regression file is written beside the test.
fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

proptest! {
    #![proptest_config(config(256))]

    /// Every prebuilt family, through `FamilyInfo`: `find_bits`,
    /// `write_value` and `parse_entry` for any value; every spelling of a
    /// member, its decimal and hex text; set text in both forms for any bit
    /// pattern, as the model writes it, parsed back by `parse_bits`.
    #[test]
    fn every_family_values_names_and_sets(
        raw in any::<u64>(),
        pick in any::<u64>(),
        mode in any::<u8>(),
        which in any::<usize>(),
        padding in (0..SPACES.len() - 6, 0..SPACES.len() - 6),
    ) {
        for model in prebuilt() {
            let info = model.info;
            let bits = pattern(model, raw, pick, mode);
            prop_assert_eq!(info.entry_by_bits(bits).map(|e| e.index()), model.by_bits.get(&bits).copied());
            for short in [false, true] {
                let mut text = String::new();
                info.write_value(&mut text, bits, short).unwrap();
                prop_assert_eq!(&text, &model.format_value(bits, short));
                let expected = match model.by_bits.get(&bits) {
                    Some(&index) => Ok(index),
                    None => Err((ParseErrorKind::UnknownValue, 0..text.len())),
                };
                check_result(model, &text, info.parse_entry(&text).map(|e| e.index()), expected);

                text.clear();
                info.write_bits(&mut text, bits, short).unwrap();
                if info.kind() != Kind::Enum {
                    prop_assert_eq!(&text, &model.format_set(bits, short));
                }
                prop_assert_eq!(info.parse_bits(&text), Ok(bits), "{}", text);
            }

            let index = which % info.len();
            let entry = info.entry(index).unwrap();
            prop_assert_eq!(info.entries().nth(index), Some(entry));
            prop_assert_eq!(info.entry_by_bits(entry.bits()).map(|e| e.index()), Some(index));
            let (before, after) = (SPACES[padding.0], SPACES[padding.1]);
            let mut texts = vec![
                model.decimal(entry.bits()),
                model.hex(entry.bits()),
                format!("{before}{}{after}", entry.name()),
            ];
            texts.extend(
                model.spellings.iter().filter(|s| model.names[*s] == index).cloned(),
            );
            for text in texts {
                prop_assert_eq!(info.parse_entry(&text).map(|e| e.index()), Ok(index), "{}", text);
                prop_assert_eq!(info.parse_bits(&text), Ok(entry.bits()), "{}", text);
                if model.names.contains_key(&text) {
                    prop_assert_eq!(info.entry_by_name(&text).map(|e| e.index()), Some(index));
                    prop_assert_eq!(info.entry_by_name_ignore_case(&text).map(|e| e.index()), Some(index));
                }
            }

            // Any value and a member's, in every notation FORMAT.md gives:
            // `parse_value` and `parse_bits` read the bits back, and
            // `parse_entry` the member that has them; without a prefix, with
            // `unprefixed_hex`.
            let hex = Opts { hex: true, ignore_case: false }.library();
            for value in [bits, entry.bits()] {
                let member = model.by_bits.get(&value).copied();
                for text in notations(info.repr(), value) {
                    let plain = ParseOptions::new();
                    prop_assert_eq!(info.parse_value(&text, plain), Ok(value), "{}", text);
                    if !is_bare(&text) {
                        prop_assert_eq!(info.parse_value(&text, hex), Ok(value), "{}", text);
                    }
                    prop_assert_eq!(info.parse_bits(&text), Ok(value), "{}", text);
                    prop_assert_eq!(info.parse_entry(&text).map(|e| e.index()).ok(), member, "{}", text);
                }
                for text in bare_notations(info.repr(), value) {
                    // A name is a name, even one spelt in hex digits.
                    let read = model.names.get(&text).map_or(value, |&named| model.bits(named));
                    prop_assert_eq!(info.parse_value(&text, hex), Ok(read), "{}", text);
                    prop_assert_eq!(info.parse_bits_with(&text, hex), Ok(read), "{}", text);
                }
            }
        }
    }

    /// `find_ignore_case` is an exact lookup of the ASCII-case-folded name:
    /// any scrambling of a real spelling finds its member, and any string
    /// finds a member iff one of its spellings equals it ignoring ASCII case.
    #[test]
    fn ignoring_case_is_a_folded_exact_lookup(
        which in any::<usize>(),
        flips in any::<u64>(),
        at in any::<usize>(),
        c in any::<char>(),
        how in any::<u8>(),
        other in junk(),
    ) {
        let models: Vec<&Model> = prebuilt().collect();
        for model in &models {
            let info = model.info;
            let spelling = &model.spellings[which % model.spellings.len()];
            let index = model.names[spelling];
            let scrambled = scramble(spelling, flips);
            prop_assert_eq!(info.entry_by_name_ignore_case(&scrambled).map(|e| e.index()), Some(index), "{}", scrambled);
            // A spelling of another family, a mangled one, junk.
            let foreign = &models[which % models.len()].spellings;
            let foreign = &foreign[(flips as usize) % foreign.len()];
            for text in [
                scrambled,
                mangle(spelling, at, c, how),
                scramble(&mangle(spelling, at, c, how), flips.rotate_left(7)),
                scramble(foreign, flips),
                other.clone(),
            ] {
                let folded = model.folded.get(&text.to_ascii_uppercase()).copied();
                prop_assert_eq!(info.entry_by_name_ignore_case(&text).map(|e| e.index()), folded, "{:?}", text);
                prop_assert_eq!(info.entry_by_name(&text).map(|e| e.index()), model.names.get(&text).copied(), "{:?}", text);
                prop_assert_eq!(
                    info.entry_by_full_name(&text, true).map(|entry| entry.index()),
                    folded.filter(|&index| {
                        let upper = text.to_ascii_uppercase();
                        upper == info.entry(index).unwrap().name().to_ascii_uppercase()
                            || info.entry(index).unwrap().aliases().any(|alias| {
                                upper == format!("{}{alias}", info.prefix()).to_ascii_uppercase()
                            })
                    }),
                    "{:?}", text
                );
            }
        }
    }

    /// Text built from names, numbers, bars, whitespace and junk parses, as
    /// a member and as a set, exactly as the model says, in every family.
    #[test]
    fn hostile_text_fails_precisely(tokens in prop::collection::vec(tok(), 0..12)) {
        for model in prebuilt() {
            check_parse(model, &render(model, &tokens));
        }
    }

    /// Well-formed sets: names (selectors included, so a mixed family
    /// meets two of them) and numbers in any of FORMAT.md's notations,
    /// padded with whitespace, joined by `|`; the union of their bits, or
    /// the model's error.
    #[test]
    fn sets_of_names_and_numbers(
        terms in prop::collection::vec(
            (any::<usize>(), any::<u64>(), 0u8..6, 0..SPACES.len() - 6, 0..SPACES.len() - 6),
            1..8,
        ),
    ) {
        for model in prebuilt().chain(derived()) {
            let texts: Vec<String> = terms
                .iter()
                .map(|&(k, raw, kind, before, after)| {
                    let bits = raw & model.mask();
                    let term = match kind {
                        0 | 1 => model.spellings[k % model.spellings.len()].clone(),
                        2 => model.decimal(bits),
                        3 => format!("{bits:#x}"),
                        _ => {
                            let all = notations(model.info.repr(), bits);
                            all[k % all.len()].clone()
                        }
                    };
                    format!("{}{term}{}", SPACES[before], SPACES[after])
                })
                .collect();
            let text = texts.join("|");
            check_parse(model, &text);
            // Well-formed, so it parses (but for two selectors).
            let got = model.parse_bits(&text, Opts::default());
            prop_assert!(
                matches!(got, Ok(_) | Err((ParseErrorKind::ConflictingSelectors, _))),
                "{:?}: {:?}", text, got
            );
        }
    }

    /// One number, spelt every way (FORMAT.md's notations and many others)
    /// for every repr: `ReprKind::parse_number`, with and without
    /// `unprefixed_hex`, says what the model says.
    #[test]
    fn numbers_in_every_repr(
        spellings in prop::collection::vec(spelling(), 1..8),
        text in number_text(),
        opts in opts(),
    ) {
        for repr in REPRS {
            let mut texts: Vec<String> = spellings.iter().map(|s| spell(repr, None, s)).collect();
            texts.push(text.clone());
            for text in texts {
                // `parse_number` takes a term: no surrounding whitespace.
                if text.is_empty() || text.trim_matches(WS) != text {
                    continue;
                }
                let got = repr.parse_number(&text, opts.library());
                let expected = spec_number(repr, &text, opts.hex);
                prop_assert_eq!(got, expected, "{:?} in {}, {:?}", text, repr.name(), opts);
            }
        }
    }

    /// Hostile text and numbers in every notation, read with
    /// `unprefixed_hex` and/or `ignore_case` through `parse_entry_with`,
    /// `parse_value` and `parse_bits_with`, in every derived family and a
    /// few prebuilt ones (all `u32` or `i32`, one code for all): as the
    /// model says.
    #[test]
    fn options_hex_and_case(
        tokens in prop::collection::vec(tok(), 0..10),
        opts in opts(),
        which in any::<usize>(),
        flips in any::<u64>(),
    ) {
        let some = (0..4).map(|k| model(families::ALL[(which + 23 * k) % families::ALL.len()]));
        for model in some.chain(derived()) {
            let text = render(model, &tokens);
            check_parse_with(model, &text, opts);
            // A name in scrambled case, alone and in a set.
            let name = scramble(&model.spellings[which % model.spellings.len()], flips);
            check_parse_with(model, &name, opts);
            check_parse_with(model, &format!("{name}|{text}"), opts);
        }
    }

    /// Any string of any characters (control characters, surrogate-free
    /// Unicode of every plane) parses as the model says.
    #[test]
    fn arbitrary_strings_fail_precisely(
        text in prop::collection::vec(any::<char>(), 0..40)
            .prop_map(|chars| chars.into_iter().collect::<String>()),
    ) {
        for model in prebuilt() {
            check_parse(model, &text);
        }
    }

    /// The typed API of the derived test families and a few prebuilt ones.
    #[test]
    fn typed_families(case in case(), tokens in prop::collection::vec(tok(), 0..8)) {
        check_typed::<PropErr>(&case, &tokens);
        check_typed::<PropByte>(&case, &tokens);
        check_typed::<PropWide>(&case, &tokens);
        check_typed::<PropMix>(&case, &tokens);
        check_typed::<PropAlias>(&case, &tokens);
        check_typed::<PropLong>(&case, &tokens);
        check_typed::<PropTiny>(&case, &tokens);
        check_typed::<PropHuge>(&case, &tokens);
        check_typed::<LineAgentSessionState>(&case, &tokens);
        check_typed::<LineInitializeExOption>(&case, &tokens);
        check_typed::<LineCallHubTracking>(&case, &tokens);
        check_typed::<LineErr>(&case, &tokens);
        check_typed::<TapiErr>(&case, &tokens);
        check_flags::<PropByte>(&case, &tokens);
        check_flags::<PropWide>(&case, &tokens);
        check_flags::<PropMix>(&case, &tokens);
        check_flags::<PropLong>(&case, &tokens);
        check_flags::<PropTiny>(&case, &tokens);
        check_flags::<LineAgentSessionState>(&case, &tokens);
        check_flags::<LineInitializeExOption>(&case, &tokens);
        check_flags::<LineCallHubTracking>(&case, &tokens);
    }
}

proptest! {
    #![proptest_config(config(8))]

    /// 1 MB inputs: hostile text and arbitrary characters repeated, in one
    /// prebuilt family and one derived one.
    #[test]
    fn megabyte_inputs_fail_precisely(
        tokens in prop::collection::vec(tok(), 1..8),
        chars in prop::collection::vec(any::<char>(), 1..16),
        which in any::<usize>(),
    ) {
        let models = [model(families::ALL[which % families::ALL.len()]), model(PropMix::INFO)];
        let chars: String = chars.into_iter().collect();
        for model in models {
            let piece = render(model, &tokens);
            for text in [megabyte(&piece), megabyte(&chars), megabyte(&format!("{piece}|"))] {
                check_parse(model, &text);
            }
        }
    }
}

/// Inputs the issue names, and numbers of a million digits, in every family.
#[test]
fn named_hostile_inputs() {
    let long_hex = format!("0x{}1", "0".repeat(1 << 20));
    let long_decimal = "9".repeat(1 << 20);
    let nested = "|".repeat(1 << 20);
    let fixed = [
        "",
        " ",
        "|",
        "||",
        " | | ",
        "-0",
        "+1",
        "0x+1",
        "0x",
        "0x00000000000000000001",
        "0x0000000000000000000F",
        "0xFFFFFFFFFFFFFFFFFFFF",
        "18446744073709551616",
        "-9223372036854775809",
        "\0",
        "\u{1b}[2J",
        "é|é",
        "\u{FEFF}0",
        "0\u{A0}",
        "٣",
    ];
    let every = [
        Opts::default(),
        Opts {
            hex: true,
            ignore_case: false,
        },
        Opts {
            hex: false,
            ignore_case: true,
        },
        Opts {
            hex: true,
            ignore_case: true,
        },
    ];
    for model in prebuilt().chain(derived()) {
        for text in fixed.iter().chain(NUMBER_TEXTS) {
            check_parse(model, text);
            if let Err(error) = model.info.parse_bits(text) {
                assert!(format!("{error:?}").contains(&format!("{:?}", error.kind())));
            }
        }
    }
    // With every option, where the reprs differ (prebuilt: `u32`, `i32`).
    let some = [LineAgentSessionState::INFO, TapiErr::INFO].map(model);
    for model in derived().chain(some) {
        for text in fixed.iter().chain(NUMBER_TEXTS) {
            for opts in every {
                check_parse_with(model, text, opts);
            }
        }
    }
    // Each long one in a few families (the same code serves all of them),
    // then a million digits in every notation and a million letters in
    // one, with and without `unprefixed_hex` (debug builds parse 1 MB in
    // tens of milliseconds: a few).
    let long_tapisrv = format!("x{}1", "0".repeat(1 << 20));
    let long_pascal = format!("${}", "F".repeat(1 << 20));
    let long_vb = format!("&H{}1&", "0".repeat(1 << 20));
    let long_zeros = "0".repeat(1 << 20);
    let long_letters = "f".repeat(1 << 20);
    let long_negative = format!("-{}1", "0".repeat(1 << 20));
    let long_underscores = format!("0x1{}1", "_".repeat(1 << 20));
    let some = [TapiErr::INFO, PropWide::INFO];
    for info in some {
        for text in [&long_hex, &long_decimal, &nested] {
            check_parse(model(info), text);
        }
    }
    let tiny = model(PropTiny::INFO);
    let hex = Opts {
        hex: true,
        ignore_case: false,
    };
    for text in [
        &long_tapisrv,
        &long_pascal,
        &long_vb,
        &long_zeros,
        &long_letters,
        &long_negative,
        &long_underscores,
    ] {
        check_parse(tiny, text);
    }
    // Digits without a prefix: hex when asked for.
    for text in [&long_zeros, &long_letters] {
        check_parse_with(tiny, text, hex);
    }
}
