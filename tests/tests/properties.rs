//! Property tests (proptest) against an independent model of FORMAT.md.
//!
//! Every prebuilt family, through its non-generic `FamilyInfo` (lookups,
//! value ↔ name ↔ text, set text), and a few families derived here plus
//! some prebuilt ones through their typed API (`from_value`, `from_name`,
//! `FromStr`, `Display`, `Flags<E>`): what the library answers must be what
//! the model, written from the specification alone (a `HashMap` of every
//! accepted spelling, the grammar of numbers), answers — for arbitrary bit
//! patterns, case-scrambled names, and hostile text (any Unicode, control
//! characters, nested `|`, long numbers, 1 MB inputs), which must fail with
//! the precise error kind and span, never a panic.
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
    ConstFamily, FamilyInfo, FlagFamily, Flags, Kind, ParseError, ParseErrorKind, Repr,
    UnknownValueError,
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

// ---------------------------------------------------------------------------
// The model: FORMAT.md, written without the library's code.

/// ASCII whitespace as FORMAT.md defines it (not `\x0B`, not Unicode spaces).
const WS: &[char] = &[' ', '\t', '\n', '\r', '\x0C'];

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

    /// FORMAT.md's `number`, or why the term is not one in this repr.
    fn number(&self, term: &str) -> Result<u64, ParseErrorKind> {
        use ParseErrorKind::{InvalidNumber, NumberOutOfRange};
        let repr = self.info.repr();
        let (negative, rest) = match term.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, term),
        };
        if let Some(hex) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) {
            if negative || hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(InvalidNumber);
            }
            let significant = hex.trim_start_matches('0');
            if significant.len() > 16 {
                return Err(NumberOutOfRange);
            }
            let value = u64::from_str_radix(significant, 16).unwrap_or(0);
            return if value <= repr.mask() {
                Ok(value)
            } else {
                Err(NumberOutOfRange)
            };
        }
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InvalidNumber);
        }
        let significant = rest.trim_start_matches('0');
        if significant.len() > 30 {
            return Err(NumberOutOfRange);
        }
        let magnitude: i128 = significant.parse().unwrap_or(0);
        let value = if negative { -magnitude } else { magnitude };
        let width = repr.bits();
        let (min, max) = if repr.is_signed() {
            (-(1i128 << (width - 1)), (1i128 << (width - 1)) - 1)
        } else {
            (0, (1i128 << width) - 1)
        };
        if (min..=max).contains(&value) {
            Ok(value as u64 & repr.mask())
        } else {
            Err(NumberOutOfRange)
        }
    }

    /// One term of `text[range]`: its span without surrounding whitespace
    /// (`end..end` for a blank term), and what it is.
    fn term(&self, text: &str, range: Range<usize>) -> (Range<usize>, Expected<Term>) {
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
        } else if let Some(&index) = self.names.get(term) {
            Ok(Term::Entry(index))
        } else if term.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
            self.number(term).map(Term::Bits)
        } else {
            Err(ParseErrorKind::UnknownName)
        };
        let result = result.map_err(|kind| (kind, span.clone()));
        (span, result)
    }

    /// A member: one term, a name or a member's value.
    fn parse_entry(&self, text: &str) -> Expected<usize> {
        match self.term(text, 0..text.len()) {
            (_, Ok(Term::Entry(index))) => Ok(index),
            (span, Ok(Term::Bits(bits))) => self
                .by_bits
                .get(&bits)
                .copied()
                .ok_or((ParseErrorKind::UnknownValue, span)),
            (_, Err(error)) => Err(error),
        }
    }

    /// A set: blank, or terms separated by `|`; at most one selector named.
    fn parse_bits(&self, text: &str) -> Expected<u64> {
        if text.trim_matches(WS).is_empty() {
            return Ok(0);
        }
        let (mut bits, mut selector, mut start) = (0, None, 0);
        for piece in text.split('|') {
            let end = start + piece.len();
            let (span, term) = self.term(text, start..end);
            bits |= match term? {
                Term::Entry(index) => {
                    let entry_bits = self.bits(index);
                    if entry_bits & self.info.selector_mask() != 0 {
                        if selector.is_some_and(|named| named != entry_bits) {
                            return Err((ParseErrorKind::ConflictingSelectors, span));
                        }
                        selector = Some(entry_bits);
                    }
                    entry_bits
                }
                Term::Bits(bits) => bits,
            };
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
    if error.kind() != ParseErrorKind::InvalidNumber {
        assert!(message.contains(model.info.prefix()), "{message}");
    }
    if error.kind() != ParseErrorKind::EmptyTerm {
        // The term, each character escaped: hostile input cannot drive a
        // terminal.
        let escaped: String = token.chars().flat_map(char::escape_debug).collect();
        assert!(message.contains(&format!("`{escaped}")), "{message}");
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
    check_result(model, text, info.parse_entry(text), model.parse_entry(text));
    check_result(model, text, info.parse_bits(text), model.parse_bits(text));
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
    Junk(String),
}

const SPACES: &[&str] = &[
    " ", "\t", "\n", "\r", "\x0C", "  ", "\x0B", "\u{A0}", "\u{3000}", "\u{85}", "\u{FEFF}",
];

fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0", "-0", "+1", "0x+1", "0x", "0X", "-", "+", "--1", "-0x1", "-0x0", "1_0", "12a",
            "0b1", "0x1g", "00", "0x0", "-00", "1 0", "0x-1", "٣", "0x٣", "1e3", "0o7",
        ])
        .prop_map(str::to_owned),
        "0[xX][0-9a-fA-F]{20}",
        "0[xX][0-9a-fA-F]{0,17}",
        "-?[0-9]{1,25}",
        "[-+0-9xX_a-fA-F]{1,12}",
        any::<u64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        any::<i32>().prop_map(|v| v.to_string()),
        any::<u64>().prop_map(|v| format!("{v:#x}")),
        any::<u32>().prop_map(|v| format!("{v:#010X}")),
        any::<u8>().prop_map(|v| format!("{v:#x}")),
    ]
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
    )
        .prop_map(|(raw, pick, mode, which, flips, text)| Case {
            raw,
            pick,
            mode,
            which,
            flips,
            text,
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
    for written in [
        member.to_string(),
        format!("{member:#}"),
        value.to_string(),
        model.hex(value.to_bits()),
        format!(" \t{}\n", member.name_()),
    ] {
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
        check_result(model, &text, got, model.parse_entry(&text));
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
        check_result(model, &text, got, model.parse_bits(&text));
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
            prop_assert_eq!(info.find_bits(bits), model.by_bits.get(&bits).copied());
            for short in [false, true] {
                let mut text = String::new();
                info.write_value(bits, short, &mut text).unwrap();
                prop_assert_eq!(&text, &model.format_value(bits, short));
                let expected = match model.by_bits.get(&bits) {
                    Some(&index) => Ok(index),
                    None => Err((ParseErrorKind::UnknownValue, 0..text.len())),
                };
                check_result(model, &text, info.parse_entry(&text), expected);

                text.clear();
                info.write_bits(bits, short, &mut text).unwrap();
                if info.kind() != Kind::Enum {
                    prop_assert_eq!(&text, &model.format_set(bits, short));
                }
                prop_assert_eq!(info.parse_bits(&text), Ok(bits), "{}", text);
            }

            let index = which % info.len();
            let entry = info.entry(index).unwrap();
            prop_assert_eq!(info.entries().nth(index), Some(entry));
            prop_assert_eq!(info.find_bits(entry.bits()), Some(index));
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
                prop_assert_eq!(info.parse_entry(&text), Ok(index), "{}", text);
                prop_assert_eq!(info.parse_bits(&text), Ok(entry.bits()), "{}", text);
                if model.names.contains_key(&text) {
                    prop_assert_eq!(info.find(&text), Some(index));
                    prop_assert_eq!(info.find_ignore_case(&text), Some(index));
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
            prop_assert_eq!(info.find_ignore_case(&scrambled), Some(index), "{}", scrambled);
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
                prop_assert_eq!(info.find_ignore_case(&text), folded, "{:?}", text);
                prop_assert_eq!(info.find(&text), model.names.get(&text).copied(), "{:?}", text);
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
    /// meets two of them) and numbers, padded with whitespace, joined by
    /// `|`; the union of their bits, or the model's error.
    #[test]
    fn sets_of_names_and_numbers(
        terms in prop::collection::vec(
            (any::<usize>(), any::<u64>(), 0u8..4, 0..SPACES.len() - 6, 0..SPACES.len() - 6),
            1..8,
        ),
    ) {
        let derived = [PropErr::INFO, PropByte::INFO, PropWide::INFO, PropMix::INFO, PropAlias::INFO, PropLong::INFO];
        for model in prebuilt().chain(derived.into_iter().map(model)) {
            let texts: Vec<String> = terms
                .iter()
                .map(|&(k, raw, kind, before, after)| {
                    let term = match kind {
                        0 | 1 => model.spellings[k % model.spellings.len()].clone(),
                        2 => model.decimal(raw & model.mask()),
                        _ => format!("{:#x}", raw & model.mask()),
                    };
                    format!("{}{term}{}", SPACES[before], SPACES[after])
                })
                .collect();
            let text = texts.join("|");
            check_parse(model, &text);
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
        check_typed::<LineAgentSessionState>(&case, &tokens);
        check_typed::<LineInitializeExOption>(&case, &tokens);
        check_typed::<LineCallHubTracking>(&case, &tokens);
        check_typed::<LineErr>(&case, &tokens);
        check_typed::<TapiErr>(&case, &tokens);
        check_flags::<PropByte>(&case, &tokens);
        check_flags::<PropWide>(&case, &tokens);
        check_flags::<PropMix>(&case, &tokens);
        check_flags::<PropLong>(&case, &tokens);
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
    for model in prebuilt().chain([model(PropErr::INFO), model(PropMix::INFO)]) {
        for text in fixed {
            check_parse(model, text);
            if let Err(error) = model.info.parse_bits(text) {
                assert!(format!("{error:?}").contains(&format!("{:?}", error.kind())));
            }
        }
    }
    // Each long one in a few families (the same code serves all of them).
    let some = [TapiErr::INFO, PropWide::INFO];
    for info in some {
        for text in [&long_hex, &long_decimal, &nested] {
            check_parse(model(info), text);
        }
    }
}
