//! [`Flags<E>`]: a set of members of a bit-flag family, one generic type for
//! every family.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::{
    BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not, Sub, SubAssign,
};
use core::str::FromStr;

use crate::error::{ParseError, UnknownValueError};
use crate::family::FlagFamily;
use crate::given::repr_of;
use crate::members::Members;
use crate::number::ParseOptions;
use crate::repr::Repr;

/// A set of members of the bit-flag family `E`, stored as `E`'s repr.
///
/// `|`, `&`, `^`, `-` and `!` work between sets, and `|` also between
/// members and with a member on either side of a set (`Ready | set`): each
/// family implements that last one, hidden from this page, which would
/// otherwise list it once per family.
///
/// Bits that no member has ("unknown bits") are kept by
/// [`from_bits_retain`](Self::from_bits_retain), by the operators and by
/// parsing, so nothing read from the outside world is lost; `Display` writes
/// them as one hex term.
///
/// ```
/// use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet};
///
/// let states = LineAgentSessionState::Ready | LineAgentSessionState::BusyOnCall;
/// assert_eq!(states.bits(), 0x6);
/// assert_eq!(states.to_string(), "LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL");
/// assert_eq!(format!("{states:#}"), "READY | BUSYONCALL");
/// assert_eq!("READY | 0x4".parse::<LineAgentSessionStateSet>(), Ok(states));
/// ```
///
/// From the integers windows-sys gives (`usize` callback parameters, `i32`
/// results, `u32` fields), unknown bits kept, with `TryFrom`:
///
/// ```
/// use tapi_consts::families::{LineDevState, LineDevStateSet};
///
/// let dw_param1: usize = 0x0000_0801; // LINE_LINEDEVSTATE's first parameter
/// let states = LineDevStateSet::try_from(dw_param1)?;
/// assert!(states.contains(LineDevState::Other));
/// assert_eq!(states.unknown_bits(), 0);
/// // No u32 value: refused, not cut to 0x0000_0001.
/// assert!(LineDevStateSet::try_from(0x1_0000_0001_usize).is_err());
/// # Ok::<(), tapi_consts::UnknownValueError<LineDevState, usize>>(())
/// ```
pub struct Flags<E: FlagFamily> {
    bits: E::Repr,
    // `fn() -> E`: the set owns no `E`, so it is `Send`/`Sync` whatever `E` is.
    family: PhantomData<fn() -> E>,
}

impl<E: FlagFamily> Flags<E> {
    /// The set with bits exactly `bits`, unknown bits included.
    #[inline]
    pub fn from_bits_retain(bits: E::Repr) -> Self {
        Flags {
            bits,
            family: PhantomData,
        }
    }

    /// The empty set.
    #[inline]
    pub fn empty() -> Self {
        Self::from_bits_retain(E::Repr::default())
    }

    /// The set of every member.
    #[inline]
    pub fn all() -> Self {
        Self::from_bits_retain(Self::known())
    }

    #[inline]
    fn known() -> E::Repr {
        E::Repr::from_bits(E::INFO.known_bits())
    }

    /// The set with bits `bits`, or `None` if any bit is not a member's.
    #[inline]
    pub fn from_bits(bits: E::Repr) -> Option<Self> {
        (bits & !Self::known() == E::Repr::default()).then(|| Self::from_bits_retain(bits))
    }

    /// The set with the members' bits of `bits`; other bits are dropped.
    #[inline]
    pub fn from_bits_truncate(bits: E::Repr) -> Self {
        Self::from_bits_retain(bits & Self::known())
    }

    /// The bits of the set, unknown bits included.
    #[inline]
    pub fn bits(self) -> E::Repr {
        self.bits
    }

    /// The bits that no member has.
    #[inline]
    pub fn unknown_bits(self) -> E::Repr {
        self.bits & !Self::known()
    }

    /// Whether no bit is set.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.bits == E::Repr::default()
    }

    #[inline]
    fn selector_mask() -> E::Repr {
        E::Repr::from_bits(E::INFO.selector_mask())
    }

    /// Whether every bit of `other` (a member or a set) is set in `self`.
    ///
    /// In a [`Kind::Mixed`](crate::Kind::Mixed) family, a selector is
    /// contained only if it is the set's selector.
    #[inline]
    pub fn contains(self, other: impl Into<Self>) -> bool {
        let other = other.into().bits;
        let field = Self::selector_mask();
        let zero = E::Repr::default();
        let flags = other & !field;
        self.bits & flags == flags && (other & field == zero || self.bits & field == other & field)
    }

    /// Whether `self` and `other` share a bit.
    #[inline]
    pub fn intersects(self, other: impl Into<Self>) -> bool {
        self.bits & other.into().bits != E::Repr::default()
    }

    /// Sets the bits of `other` (a member or a set). In a
    /// [`Kind::Mixed`](crate::Kind::Mixed) family, a selector in `other`
    /// replaces the set's selector.
    #[inline]
    pub fn insert(&mut self, other: impl Into<Self>) {
        let other = other.into().bits;
        let field = Self::selector_mask();
        if other & field != E::Repr::default() {
            self.bits = self.bits & !field;
        }
        self.bits = self.bits | other;
    }

    /// Clears the bits of `other` (a member or a set). In a
    /// [`Kind::Mixed`](crate::Kind::Mixed) family, a selector in `other`
    /// clears the selector field only if it is the set's selector.
    #[inline]
    pub fn remove(&mut self, other: impl Into<Self>) {
        let other = other.into().bits;
        let field = Self::selector_mask();
        // The same selector (or none in either): the whole field goes.
        let clear = if self.bits & field == other & field {
            other | field
        } else {
            other & !field
        };
        self.bits = self.bits & !clear;
    }

    /// Writes the set's text (as `Display` does: full names, or short names
    /// when `short`) straight into `out`, such as a reused `String`, without
    /// going through `format!` machinery.
    ///
    /// ```
    /// use tapi_consts::families::LineAgentSessionState::{BusyOnCall, Ready};
    ///
    /// let mut text = String::new();
    /// (Ready | BusyOnCall).write_to(&mut text, true).unwrap();
    /// assert_eq!(text, "READY | BUSYONCALL");
    /// ```
    #[inline]
    pub fn write_to<W: fmt::Write + ?Sized>(self, out: &mut W, short: bool) -> fmt::Result {
        E::INFO.write_bits(out, self.bits.to_bits(), short)
    }

    /// The members in the set, in the order `Display` writes them (ascending
    /// bit order, a mixed family's selector first); unknown bits are not
    /// members and are not yielded (see [`unknown_bits`](Self::unknown_bits)).
    #[inline]
    pub fn iter(self) -> Iter<E> {
        Iter {
            members: E::INFO.members(self.bits.to_bits()),
            family: PhantomData,
        }
    }
}

/// The members of a [`Flags`] set, in the order `Display` writes them: a
/// mixed family's selector first, then flag members in ascending bit order.
pub struct Iter<E: FlagFamily> {
    /// The same walk as `Display`'s, untyped.
    members: Members,
    family: PhantomData<fn() -> E>,
}

impl<E: FlagFamily> Iterator for Iter<E> {
    type Item = E;

    #[inline]
    fn next(&mut self) -> Option<E> {
        let entry = self.members.next()?;
        E::ALL.get(entry.index()).copied()
    }
}

impl<E: FlagFamily> FusedIterator for Iter<E> {}

impl<E: FlagFamily> Clone for Iter<E> {
    #[inline]
    fn clone(&self) -> Self {
        Iter {
            members: self.members.clone(),
            family: PhantomData,
        }
    }
}

impl<E: FlagFamily> fmt::Debug for Iter<E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<E: FlagFamily> IntoIterator for Flags<E> {
    type Item = E;
    type IntoIter = Iter<E>;

    #[inline]
    fn into_iter(self) -> Iter<E> {
        self.iter()
    }
}

impl<E: FlagFamily> From<E> for Flags<E> {
    #[inline]
    fn from(member: E) -> Self {
        Self::from_bits_retain(member.value())
    }
}

// `TryFrom` the integers windows-sys hands sets over in (a callback's
// `usize` parameter, a function's `i32` result, a structure's `u32`
// field): unknown bits kept, as `from_bits_retain` keeps them; refused only
// when the integer stands for no value of the repr (`given.rs`).
macro_rules! try_from_given {
    ($($given:ident)*) => {$(
        impl<E: FlagFamily> TryFrom<$given> for Flags<E> {
            type Error = UnknownValueError<E, $given>;

            #[inline]
            fn try_from(value: $given) -> Result<Self, Self::Error> {
                repr_of(value)
                    .map(Self::from_bits_retain)
                    .ok_or_else(|| UnknownValueError::new(value))
            }
        }
    )*};
}

try_from_given!(usize u32 i32);

impl<E: FlagFamily> FromIterator<E> for Flags<E> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        let mut set = Self::empty();
        set.extend(members);
        set
    }
}

impl<E: FlagFamily> Extend<E> for Flags<E> {
    #[inline]
    fn extend<I: IntoIterator<Item = E>>(&mut self, members: I) {
        for member in members {
            self.insert(member);
        }
    }
}

macro_rules! impl_operator {
    ($Op:ident $op:ident, $OpAssign:ident $op_assign:ident, |$a:ident, $b:ident| $result:expr) => {
        impl<E: FlagFamily, T: Into<Flags<E>>> $Op<T> for Flags<E> {
            type Output = Self;

            #[inline]
            fn $op(self, other: T) -> Self {
                let ($a, $b) = (self.bits, other.into().bits);
                Self::from_bits_retain($result)
            }
        }

        impl<E: FlagFamily, T: Into<Flags<E>>> $OpAssign<T> for Flags<E> {
            #[inline]
            fn $op_assign(&mut self, other: T) {
                *self = $Op::$op(*self, other);
            }
        }
    };
}

impl_operator!(BitOr bitor, BitOrAssign bitor_assign, |a, b| a | b);
impl_operator!(BitAnd bitand, BitAndAssign bitand_assign, |a, b| a & b);
impl_operator!(BitXor bitxor, BitXorAssign bitxor_assign, |a, b| a ^ b);
// Difference: the bits of `a` that are not in `b`, unknown bits of `a` kept.
impl_operator!(Sub sub, SubAssign sub_assign, |a, b| a & !b);

/// Complement within the family: the members not in the set. Unknown bits
/// are cleared, as the complement of a set of members is a set of members.
impl<E: FlagFamily> Not for Flags<E> {
    type Output = Self;

    #[inline]
    fn not(self) -> Self {
        Self::from_bits_truncate(!self.bits)
    }
}

/// Full names: `LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL`;
/// with `{:#}`, short names: `READY | BUSYONCALL`.
impl<E: FlagFamily> fmt::Display for Flags<E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        E::INFO.write_bits(f, self.bits.to_bits(), f.alternate())
    }
}

/// `Flags<LineAgentSessionState>(READY | BUSYONCALL)`.
impl<E: FlagFamily> fmt::Debug for Flags<E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags<{}>(", E::INFO.type_name())?;
        E::INFO.write_bits(f, self.bits.to_bits(), true)?;
        f.write_str(")")
    }
}

impl<E: FlagFamily> Flags<E> {
    /// Parses a set as [`FromStr`] does, reading names and numbers as
    /// `options` say (hex without a prefix, names in any case).
    #[inline]
    pub fn parse_with(text: &str, options: ParseOptions) -> Result<Self, ParseError> {
        E::INFO
            .parse_bits_with(text, options)
            .map(|bits| Self::from_bits_retain(E::Repr::from_bits(bits)))
    }
}

impl<E: FlagFamily> FromStr for Flags<E> {
    type Err = ParseError;

    /// Terms separated by `|`: names (full, short or alias) and numbers.
    #[inline]
    fn from_str(text: &str) -> Result<Self, ParseError> {
        Self::parse_with(text, ParseOptions::new())
    }
}

impl<E: FlagFamily> Clone for Flags<E> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: FlagFamily> Copy for Flags<E> {}

impl<E: FlagFamily> PartialEq for Flags<E> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<E: FlagFamily> Eq for Flags<E> {}

impl<E: FlagFamily> PartialEq<E> for Flags<E> {
    #[inline]
    fn eq(&self, other: &E) -> bool {
        self.bits == other.value()
    }
}

/// Ordered by bits, as integers of the repr.
impl<E: FlagFamily> PartialOrd for Flags<E> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: FlagFamily> Ord for Flags<E> {
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.bits.cmp(&other.bits)
    }
}

impl<E: FlagFamily> Hash for Flags<E> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

/// The empty set.
impl<E: FlagFamily> Default for Flags<E> {
    #[inline]
    fn default() -> Self {
        Self::empty()
    }
}
