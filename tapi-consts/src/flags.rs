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
use crate::family::{ConstFamily, FlagFamily};
use crate::given::repr_of;
use crate::members::Members;
use crate::number::ParseOptions;
use crate::repr::Repr;

/// A set of members of the bit-flag family `E`.
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
/// assert!(states.contains(LineDevState::Other.into()));
/// assert_eq!(states.unknown_bits(), 0);
/// // No u32 value: refused, not cut to 0x0000_0001.
/// assert!(LineDevStateSet::try_from(0x1_0000_0001_usize).is_err());
/// # Ok::<(), tapi_consts::UnknownValueError<LineDevState, usize>>(())
/// ```
///
/// # Constant sets
///
/// [`from_bits_retain`](Self::from_bits_retain), [`bits`](Self::bits),
/// [`empty`](Self::empty), [`all`](Self::all), [`union`](Self::union),
/// [`intersection`](Self::intersection), [`difference`](Self::difference),
/// [`symmetric_difference`](Self::symmetric_difference),
/// [`contains`](Self::contains), [`intersects`](Self::intersects) and
/// [`is_empty`](Self::is_empty) are `const fn`s, as in bitflags, so a mask
/// can be a `const` item (a member's value is `Member as Repr` there, the
/// enum being `#[repr]`ed as its family):
///
/// ```
/// use tapi_consts::families::{LineDevState, LineDevStateSet};
///
/// // What `lineSetStatusMessages` is asked to report.
/// const WANTED: LineDevStateSet = LineDevStateSet::from_bits_retain(
///     LineDevState::Connected as u32 | LineDevState::Disconnected as u32,
/// )
/// .union(LineDevStateSet::from_bits_retain(LineDevState::InService as u32));
/// const _: () = assert!(WANTED.contains(LineDevStateSet::from_bits_retain(0x8)));
///
/// assert_eq!(WANTED.bits(), 0x0000_004C);
/// assert!(WANTED.contains(LineDevState::InService.into()));
/// ```
///
/// `contains`, `intersects`, `union` and the others take a set, as a
/// `const fn` cannot convert: a member goes in with `.into()`, `|` or
/// [`Flags::from`]. `insert` and `remove`, which are not `const`, take a
/// member or a set.
///
/// The second parameter, `R`, is the family's repr (any other is refused)
/// and never written: it gives each repr its own `from_bits_retain` and
/// `bits`, which is what lets them be `const` (stable Rust has no `const`
/// trait methods to convert a repr generically; enumflags2 does the same).
/// So the type is named
/// `Flags<E>` or by its alias (`LineDevStateSet`), and
/// `Flags::from_bits_retain(..)` needs that name too; code generic over the
/// family reaches both through the [`FlagSet`] trait.
pub struct Flags<E: FlagFamily<Repr = R>, R = <E as ConstFamily>::Repr> {
    /// The bit pattern, zero-extended to 64 bits whatever the repr, so that
    /// the set operations are one `const fn` for every repr.
    bits: u64,
    // `fn() -> E`: the set owns no `E`, so it is `Send`/`Sync` whatever `E` is.
    family: PhantomData<fn() -> (E, R)>,
}

/// [`Flags::from_bits_retain`] and [`Flags::bits`] in code generic over the
/// family, where the `const fn`s, one per repr, cannot be named.
///
/// ```
/// use tapi_consts::{FlagFamily, FlagSet, Flags};
///
/// fn with_unknown_bit<E: FlagFamily>(set: Flags<E>, bit: E::Repr) -> Flags<E> {
///     set | Flags::<E>::from_bits_retain(bit)
/// }
///
/// use tapi_consts::families::{LineDevState, LineDevStateSet};
/// let set = with_unknown_bit(LineDevState::Other.into(), 0x8000_0000);
/// assert_eq!(set.bits(), 0x8000_0001);
/// # let _: LineDevStateSet = set;
/// ```
pub trait FlagSet: Copy + sealed::Sealed {
    /// The repr of the family.
    type Bits: Repr;

    /// The set with bits exactly `bits`, unknown bits included.
    fn from_bits_retain(bits: Self::Bits) -> Self;

    /// The bits of the set, unknown bits included.
    fn bits(self) -> Self::Bits;
}

mod sealed {
    pub trait Sealed {}
    impl<E: crate::FlagFamily> Sealed for super::Flags<E> {}
}

impl<E: FlagFamily> FlagSet for Flags<E> {
    type Bits = E::Repr;

    #[inline]
    fn from_bits_retain(bits: E::Repr) -> Self {
        Self::from_repr(bits)
    }

    #[inline]
    fn bits(self) -> E::Repr {
        E::Repr::from_bits(self.bits)
    }
}

impl<E: FlagFamily> Flags<E> {
    /// The set of bit pattern `bits`, zero-extended from the repr.
    #[inline]
    pub(crate) const fn from_pattern(bits: u64) -> Self {
        Flags {
            bits,
            family: PhantomData,
        }
    }

    /// The set of the repr's `bits`, through the one generic conversion.
    #[inline]
    fn from_repr(bits: E::Repr) -> Self {
        Self::from_pattern(bits.to_bits())
    }

    /// The empty set.
    #[inline]
    pub const fn empty() -> Self {
        Self::from_pattern(0)
    }

    /// The set of every member.
    #[inline]
    pub const fn all() -> Self {
        Self::from_pattern(E::INFO.known_bits())
    }

    /// The set with bits `bits`, or `None` if any bit is not a member's.
    #[inline]
    pub fn from_bits(bits: E::Repr) -> Option<Self> {
        let set = Self::from_repr(bits);
        (set.bits & !E::INFO.known_bits() == 0).then_some(set)
    }

    /// The set with the members' bits of `bits`; other bits are dropped.
    #[inline]
    pub fn from_bits_truncate(bits: E::Repr) -> Self {
        Self::from_repr(bits).intersection(Self::all())
    }

    /// The bits that no member has.
    #[inline]
    pub fn unknown_bits(self) -> E::Repr {
        E::Repr::from_bits(self.difference(Self::all()).bits)
    }

    /// Whether no bit is set.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The bits of either set (as `|`).
    #[inline]
    pub const fn union(self, other: Self) -> Self {
        Self::from_pattern(self.bits | other.bits)
    }

    /// The bits of both sets (as `&`).
    #[inline]
    pub const fn intersection(self, other: Self) -> Self {
        Self::from_pattern(self.bits & other.bits)
    }

    /// The bits of `self` that are not in `other` (as `-`), unknown bits of
    /// `self` kept.
    #[inline]
    pub const fn difference(self, other: Self) -> Self {
        Self::from_pattern(self.bits & !other.bits)
    }

    /// The bits of exactly one of the sets (as `^`).
    #[inline]
    pub const fn symmetric_difference(self, other: Self) -> Self {
        Self::from_pattern(self.bits ^ other.bits)
    }

    /// Whether every bit of `other` is set in `self` (a member goes in as
    /// `Member.into()`).
    ///
    /// In a [`Kind::Mixed`](crate::Kind::Mixed) family, a selector is
    /// contained only if it is the set's selector.
    #[inline]
    pub const fn contains(self, other: Self) -> bool {
        let (bits, other) = (self.bits, other.bits);
        let field = E::INFO.selector_mask();
        let flags = other & !field;
        bits & flags == flags && (other & field == 0 || bits & field == other & field)
    }

    /// Whether `self` and `other` share a bit.
    #[inline]
    pub const fn intersects(self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    /// Sets the bits of `other` (a member or a set). In a
    /// [`Kind::Mixed`](crate::Kind::Mixed) family, a selector in `other`
    /// replaces the set's selector.
    #[inline]
    pub fn insert(&mut self, other: impl Into<Self>) {
        let other = other.into().bits;
        let field = E::INFO.selector_mask();
        if other & field != 0 {
            self.bits &= !field;
        }
        self.bits |= other;
    }

    /// Clears the bits of `other` (a member or a set). In a
    /// [`Kind::Mixed`](crate::Kind::Mixed) family, a selector in `other`
    /// clears the selector field only if it is the set's selector.
    #[inline]
    pub fn remove(&mut self, other: impl Into<Self>) {
        let other = other.into().bits;
        let field = E::INFO.selector_mask();
        // The same selector (or none in either): the whole field goes.
        let clear = if self.bits & field == other & field {
            other | field
        } else {
            other & !field
        };
        self.bits &= !clear;
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
        E::INFO.write_bits(out, self.bits, short)
    }

    /// The members in the set, in the order `Display` writes them (ascending
    /// bit order, a mixed family's selector first); unknown bits are not
    /// members and are not yielded (see [`unknown_bits`](Self::unknown_bits)).
    #[inline]
    pub fn iter(self) -> Iter<E> {
        Iter {
            members: E::INFO.members(self.bits),
            family: PhantomData,
        }
    }
}

// One `impl` a repr: in each, the repr is a known type, so converting it is
// a `const` cast.
macro_rules! const_bits {
    ($($ty:ident as $unsigned:ident;)*) => {$(
        impl<E: FlagFamily<Repr = $ty>> Flags<E, $ty> {
            /// The set with bits exactly `bits`, unknown bits included.
            #[inline]
            pub const fn from_bits_retain(bits: $ty) -> Self {
                Self::from_pattern(bits as $unsigned as u64)
            }

            /// The bits of the set, unknown bits included.
            #[inline]
            pub const fn bits(self) -> $ty {
                self.bits as $unsigned as $ty
            }
        }
    )*};
}

crate::repr::for_each_repr!(const_bits);

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
        Self::from_repr(member.value())
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
                    .map(Self::from_repr)
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
                Self::from_pattern($result)
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
        Self::from_pattern(!self.bits).intersection(Self::all())
    }
}

/// Full names: `LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL`;
/// with `{:#}`, short names: `READY | BUSYONCALL`.
impl<E: FlagFamily> fmt::Display for Flags<E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        E::INFO.write_bits(f, self.bits, f.alternate())
    }
}

/// `Flags<LineAgentSessionState>(READY | BUSYONCALL)`.
impl<E: FlagFamily> fmt::Debug for Flags<E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags<{}>(", E::INFO.type_name())?;
        E::INFO.write_bits(f, self.bits, true)?;
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
            .map(Self::from_pattern)
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
        self.bits == other.value().to_bits()
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
        FlagSet::bits(*self).cmp(&FlagSet::bits(*other))
    }
}

impl<E: FlagFamily> Hash for Flags<E> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        FlagSet::bits(*self).hash(state);
    }
}

/// The empty set.
impl<E: FlagFamily> Default for Flags<E> {
    #[inline]
    fn default() -> Self {
        Self::empty()
    }
}
