//! What can go wrong turning text or integers into family members.

use core::fmt;
use core::marker::PhantomData;
use core::ops::Range;

use crate::entry::Entry;
use crate::error_words::{self, Words};
use crate::family::ConstFamily;
use crate::given::bits_for;
use crate::kind::Kind;
use crate::repr::Integer;
use crate::storage::FamilyInfo;
use crate::suggest::closest_name;

/// Why a text did not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input, or a term between two `|`, is empty.
    EmptyTerm,
    /// The term is not a name of any member.
    UnknownName,
    /// The term starts like a number but is not one: `0x`, `12g`, `+1`,
    /// `-0x1`.
    InvalidNumber,
    /// The number is well-formed but does not fit the family's repr.
    NumberOutOfRange,
    /// The number fits, but no member has that value.
    UnknownValue,
    /// A second, different value of the selector field in a
    /// [`Kind::Mixed`](crate::Kind::Mixed) set, which holds one selector:
    /// named (`USEHIDDENWINDOW | USEEVENT`) or in a number's bits
    /// (`USEHIDDENWINDOW | 0x2`).
    ConflictingSelectors,
    /// Digits without a prefix that may be hex: `00000100` (a hex dump's
    /// leading zeros, or C octal), `1f4`, `fffffff0`. Write hex with `0x`,
    /// or read such input with
    /// [`ParseOptions::unprefixed_hex`](crate::ParseOptions::unprefixed_hex).
    AmbiguousNumber,
    /// Terms joined with `|` where one value is read: a value of an
    /// enumeration, or one member (a set is read by
    /// [`Flags`](crate::Flags) or [`FamilyInfo::parse_bits`]).
    UnexpectedSet,
}

/// Longest part of the offending term kept for the message (and the
/// longest name a suggestion is looked for).
const TOKEN_CAPACITY: usize = 64;

/// A text did not parse as a member or a set of a family.
///
/// It says which term failed ([`span`](Self::span), [`token`](Self::token)),
/// why ([`kind`](Self::kind)), and which member was probably meant
/// ([`suggestion`](Self::suggestion)). It needs no allocator: the term is
/// copied, up to 64 bytes, into the error. The suggestion is only searched
/// for when asked (by `suggestion()` or `Display`), so a failed parse that
/// is handled without showing it costs no edit-distance search.
#[derive(Clone, Copy)]
pub struct ParseError {
    kind: ParseErrorKind,
    family: &'static FamilyInfo,
    span: (usize, usize),
    token: [u8; TOKEN_CAPACITY],
    token_len: u8,
    truncated: bool,
}

/// `token[..bytes.len()] = bytes` (at most `TOKEN_CAPACITY` bytes), in
/// two fixed-size copies that overlap as the length needs: a `memcpy` of a
/// length that varies from one error to the next mispredicts its own size
/// tests, which cost a near miss more than the copy.
#[inline]
fn copy_token(token: &mut [u8; TOKEN_CAPACITY], bytes: &[u8]) {
    fn halves<const N: usize>(token: &mut [u8; TOKEN_CAPACITY], bytes: &[u8]) {
        let len = bytes.len();
        if let (Some(head), Some(tail)) = (bytes.first_chunk::<N>(), bytes.last_chunk::<N>()) {
            token[..N].copy_from_slice(head);
            token[len - N..len].copy_from_slice(tail);
        }
    }
    match bytes.len() {
        33.. => halves::<32>(token, bytes),
        16..=32 => halves::<16>(token, bytes),
        8..=15 => halves::<8>(token, bytes),
        len => token[..len].copy_from_slice(bytes),
    }
}

impl ParseError {
    #[inline]
    pub(crate) fn new(
        kind: ParseErrorKind,
        family: &'static FamilyInfo,
        input: &str,
        span: Range<usize>,
    ) -> Self {
        let term = input.get(span.clone()).unwrap_or("");
        let mut len = term.len().min(TOKEN_CAPACITY);
        while !term.is_char_boundary(len) {
            len -= 1;
        }
        let mut token = [0u8; TOKEN_CAPACITY];
        copy_token(&mut token, &term.as_bytes()[..len]);
        ParseError {
            kind,
            family,
            span: (span.start, span.end),
            token,
            token_len: len as u8,
            truncated: len < term.len(),
        }
    }

    /// Why the text did not parse.
    #[inline]
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The byte range of the offending term in the input (surrounding
    /// whitespace excluded).
    #[inline]
    pub fn span(&self) -> Range<usize> {
        self.span.0..self.span.1
    }

    /// The offending term, cut to its first 64 bytes.
    #[inline]
    pub fn token(&self) -> &str {
        core::str::from_utf8(&self.token[..usize::from(self.token_len)]).unwrap_or("")
    }

    /// The family the text was parsed for.
    #[inline]
    pub fn family(&self) -> &'static FamilyInfo {
        self.family
    }

    /// A member name close to an unknown name, as the user would write it
    /// (full or short).
    #[inline]
    pub fn suggestion(&self) -> Option<&'static str> {
        if self.kind != ParseErrorKind::UnknownName || self.truncated {
            return None;
        }
        closest_name(self.family, self.token())
    }

    /// The constant [`suggestion`](Self::suggestion) names: for its full
    /// name whatever the user wrote, its value or its description.
    ///
    /// ```
    /// use tapi_consts::{families::LineCallState, ConstFamily};
    ///
    /// let error = LineCallState::INFO.parse_entry("OFERING").unwrap_err();
    /// assert_eq!(error.suggestion(), Some("OFFERING"));
    /// assert_eq!(error.suggested_entry().unwrap().name(), "LINECALLSTATE_OFFERING");
    /// ```
    #[inline]
    pub fn suggested_entry(&self) -> Option<Entry> {
        self.family.entry_by_name(self.suggestion()?)
    }

    /// The token, escaped, without backticks: for `0x…` advice.
    #[inline]
    fn write_digits(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.token().chars() {
            write!(f, "{}", c.escape_debug())?;
        }
        Ok(())
    }

    #[inline]
    fn write_token(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Escaped, so hostile input cannot drive a terminal.
        f.write_str("`")?;
        for c in self.token().chars() {
            write!(f, "{}", c.escape_debug())?;
        }
        if self.truncated {
            f.write_str("…")?;
        }
        f.write_str("`")
    }
}

impl fmt::Display for ParseError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_in(f, &error_words::EN)
    }
}

/// A [`ParseError`]'s message in a language: [`ParseError::display_in`].
#[derive(Clone, Copy)]
pub struct DisplayIn<'a> {
    error: &'a ParseError,
    words: &'static Words,
}

impl fmt::Display for DisplayIn<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.write_in(f, self.words)
    }
}

impl fmt::Debug for DisplayIn<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl ParseError {
    /// The message in `lang` (`fr`, `de-AT`, …), as `Display` writes it in
    /// English: in French with the `lang-fr` feature, in German with
    /// `lang-de`, in English otherwise.
    ///
    /// ```
    /// use tapi_consts::families::LineCallState;
    ///
    /// let error = "OFERING".parse::<LineCallState>().unwrap_err();
    /// assert_eq!(error.display_in("en").to_string(), error.to_string());
    /// # #[cfg(feature = "lang-fr")]
    /// assert_eq!(
    ///     error.display_in("fr-CA").to_string(),
    ///     "nom inconnu `OFERING` pour LINECALLSTATE_ ; vouliez-vous dire `OFFERING` ?"
    /// );
    /// ```
    #[inline]
    pub fn display_in(&self, lang: &str) -> DisplayIn<'_> {
        DisplayIn {
            error: self,
            words: error_words::words(lang),
        }
    }

    // `#[inline]`, as `Display` was: the message is compiled where it is
    // shown, not in every build of this crate (compile time).
    #[inline]
    fn write_in(&self, f: &mut fmt::Formatter<'_>, words: &Words) -> fmt::Result {
        let template = match self.kind {
            ParseErrorKind::EmptyTerm => words.empty_term,
            ParseErrorKind::UnknownName => words.unknown_name,
            ParseErrorKind::InvalidNumber => words.invalid_number,
            ParseErrorKind::AmbiguousNumber if self.token().starts_with('-') => words.leading_zero,
            ParseErrorKind::AmbiguousNumber => words.unprefixed_hex,
            ParseErrorKind::NumberOutOfRange => words.out_of_range,
            ParseErrorKind::UnknownValue => words.unknown_value,
            ParseErrorKind::UnexpectedSet if self.family.kind() == Kind::Enum => {
                words.set_in_enumeration
            }
            ParseErrorKind::UnexpectedSet => words.set_for_member,
            ParseErrorKind::ConflictingSelectors => words.second_selector,
        };
        let suggestion = self.suggestion();
        let arg = |f: &mut fmt::Formatter<'_>, name: &str| match name {
            "token" => self.write_token(f),
            "digits" => self.write_digits(f),
            "prefix" => f.write_str(self.family.prefix()),
            "repr" => f.write_str(self.family.repr().name()),
            "byte" => write!(f, "{}", self.span.0),
            "suggestion" => f.write_str(suggestion.unwrap_or("")),
            _ => Ok(()),
        };
        error_words::fill(f, template, arg)?;
        let token = self.token().as_bytes();
        if self.kind == ParseErrorKind::UnknownName
            && !token.is_empty()
            && token.iter().all(u8::is_ascii_hexdigit)
        {
            // `ffffffff`: letters only, so a name, but maybe hex.
            error_words::fill(f, words.hex_hint, arg)?;
        }
        if suggestion.is_some() {
            error_words::fill(f, words.did_you_mean, arg)?;
        }
        Ok(())
    }
}

impl fmt::Debug for ParseError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("kind", &self.kind)
            .field("family", &self.family.prefix())
            .field("span", &self.span())
            .field("token", &self.token())
            .field("suggestion", &self.suggestion())
            .finish()
    }
}

impl PartialEq for ParseError {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && core::ptr::eq(self.family, other.family)
            && self.span == other.span
            && self.token() == other.token()
    }
}

impl Eq for ParseError {}

#[cfg(feature = "std")]
impl std::error::Error for ParseError {}

/// An integer is not the value of any member of family `E`: the error of
/// `TryFrom<Repr>`, and of `TryFrom<V>` for the integers windows-sys hands
/// over (`V` = `usize` parameters, `i32` results, `u32` fields), which also
/// refuse a value that stands for no value of the family's repr (see
/// [`fits`](Self::fits)).
///
/// ```
/// use tapi_consts::families::{LineCallState, LineErr};
///
/// // A callback's parameter, a function's result: read as TAPI wrote them.
/// assert_eq!(LineCallState::try_from(0x2_usize), Ok(LineCallState::Offering));
/// assert_eq!(LineErr::try_from(-2_147_483_647_i32), Ok(LineErr::Allocated));
/// let error = LineCallState::try_from(0x1_0000_0002_usize).unwrap_err();
/// assert_eq!(error.value(), 0x1_0000_0002);
/// assert!(!error.fits());
/// ```
pub struct UnknownValueError<E: ConstFamily, V: Integer = <E as ConstFamily>::Repr> {
    value: V,
    family: PhantomData<fn() -> E>,
}

impl<E: ConstFamily, V: Integer> UnknownValueError<E, V> {
    #[inline]
    pub(crate) fn new(value: V) -> Self {
        UnknownValueError {
            value,
            family: PhantomData,
        }
    }

    /// The value that has no member, as it was given.
    #[inline]
    pub fn value(&self) -> V {
        self.value
    }

    /// The bit pattern the value stands for in the family's repr
    /// (zero-extended), if it stands for one.
    #[inline]
    fn bits(&self) -> Option<u64> {
        bits_for(E::INFO.repr(), V::INTEGER, self.value.to_i128())
    }

    /// Whether the value stands for a value of the family's repr at all:
    /// `false` for a `usize` above `u32::MAX` given to a `u32` family
    /// (unless it is a negative `LONG` sign-extended, which is read as
    /// one).
    #[inline]
    pub fn fits(&self) -> bool {
        self.bits().is_some()
    }

    /// Whether the value is in the range the family leaves to
    /// device-specific extensions (`LINEERR_` from `0xC0000000`): a
    /// vendor's value rather than an unknown one.
    ///
    /// ```
    /// use tapi_consts::families::LineErr;
    ///
    /// assert!(LineErr::try_from(0xC000_0001_u32).unwrap_err().is_device_specific());
    /// assert!(!LineErr::try_from(0x8000_0004_u32).unwrap_err().is_device_specific());
    /// ```
    #[inline]
    pub fn is_device_specific(&self) -> bool {
        self.bits()
            .is_some_and(|bits| E::INFO.device_specific_bits(bits) != 0)
    }
}

impl<E: ConstFamily, V: Integer> fmt::Display for UnknownValueError<E, V> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let repr = E::INFO.repr();
        let prefix = E::INFO.prefix();
        match self.bits() {
            // As the writer would have written it: hex unless negative.
            None if V::INTEGER.is_signed() => write!(
                f,
                "{} is not a {} value, so not the value of any {prefix} constant",
                self.value,
                repr.name()
            ),
            None => write!(
                f,
                "{:#X} is not a {} value, so not the value of any {prefix} constant",
                self.value,
                repr.name()
            ),
            Some(bits) if self.is_device_specific() => write!(
                f,
                "{} is a device-specific value of {prefix}, a vendor's, not a member",
                repr.hex(bits)
            ),
            Some(bits) => write!(
                f,
                "{} is not the value of any {prefix} constant",
                repr.hex(bits)
            ),
        }
    }
}

impl<E: ConstFamily, V: Integer> fmt::Debug for UnknownValueError<E, V> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownValueError")
            .field("family", &E::INFO.prefix())
            .field("value", &self.value)
            .finish()
    }
}

impl<E: ConstFamily, V: Integer> Clone for UnknownValueError<E, V> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ConstFamily, V: Integer> Copy for UnknownValueError<E, V> {}

impl<E: ConstFamily, V: Integer> PartialEq for UnknownValueError<E, V> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<E: ConstFamily, V: Integer> Eq for UnknownValueError<E, V> {}

#[cfg(feature = "std")]
impl<E: ConstFamily, V: Integer> std::error::Error for UnknownValueError<E, V> {}
