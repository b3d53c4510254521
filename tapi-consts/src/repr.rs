//! The primitive integer types a family can be `#[repr]`ed as.
//!
//! Everything that is not generic works on the *bit pattern* of a value,
//! zero-extended to `u64` (`-1i32` is `0xFFFF_FFFF`), together with a
//! [`ReprKind`] that says how wide and how signed the real type is. One
//! non-generic implementation of parsing and formatting then serves every
//! family, whatever its repr.

use core::fmt;
use core::hash::Hash;
use core::ops::{BitAnd, BitOr, BitXor, Not};

/// Width and signedness of a family's `#[repr]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReprKind {
    bits: u8,
    signed: bool,
    name: &'static str,
}

impl ReprKind {
    #[inline]
    pub(crate) const fn new(bits: u8, signed: bool, name: &'static str) -> Self {
        ReprKind { bits, signed, name }
    }

    /// Number of bits of the type (8 to 64).
    #[inline]
    pub const fn bits(self) -> u32 {
        self.bits as u32
    }

    /// Whether the type is signed (`i8` … `i64`).
    #[inline]
    pub const fn is_signed(self) -> bool {
        self.signed
    }

    /// The Rust name of the type, such as `"u32"`.
    #[inline]
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// All the bits the type has, as a zero-extended bit pattern.
    #[inline]
    pub const fn mask(self) -> u64 {
        u64::MAX >> (64 - self.bits)
    }

    /// Number of hex digits the type's bit pattern is written with.
    #[inline]
    pub const fn hex_digits(self) -> usize {
        self.bits as usize / 4
    }

    /// `bits` written the way this crate writes values without a member.
    ///
    /// ```
    /// use tapi_consts::Repr;
    ///
    /// assert_eq!(<u32 as Repr>::KIND.hex(0x40).to_string(), "0x00000040");
    /// assert_eq!(<i8 as Repr>::KIND.hex(0xFF).to_string(), "0xFF");
    /// ```
    #[inline]
    pub const fn hex(self, bits: u64) -> Hex {
        Hex { bits, repr: self }
    }

    /// The value a bit pattern stands for in this type: sign-extended in a
    /// signed type (`0xFFFF_FFFF` is −1 in `i32`, 4,294,967,295 in `u32`),
    /// with the bits the type does not have ignored.
    ///
    /// ```
    /// use tapi_consts::Repr;
    ///
    /// assert_eq!(<i32 as Repr>::KIND.value(0xFFFF_FFFF), -1);
    /// assert_eq!(<u32 as Repr>::KIND.value(0xFFFF_FFFF), 0xFFFF_FFFF);
    /// assert_eq!(<u64 as Repr>::KIND.value(u64::MAX), i128::from(u64::MAX));
    /// ```
    #[inline]
    pub const fn value(self, bits: u64) -> i128 {
        let shift = 64 - self.bits as u32;
        if self.signed {
            (((bits << shift) as i64) >> shift) as i128
        } else {
            ((bits << shift) >> shift) as i128
        }
    }
}

mod sealed {
    pub trait Sealed {}
}

mod integer_sealed {
    pub trait Sealed {}
}

/// A primitive integer a family's value can be given as (`TryFrom`): every
/// one but the 128-bit ones. Sealed.
pub trait Integer:
    integer_sealed::Sealed + Copy + Eq + fmt::Debug + fmt::Display + fmt::UpperHex + 'static
{
    /// Width and signedness of the type (for a [`Repr`](crate::Repr), its
    /// `KIND`).
    const INTEGER: ReprKind;

    /// The value, exactly.
    fn to_i128(self) -> i128;
}

macro_rules! impl_integer {
    ($($ty:ident, $signed:expr;)*) => {$(
        impl integer_sealed::Sealed for $ty {}

        impl Integer for $ty {
            const INTEGER: ReprKind = ReprKind::new($ty::BITS as u8, $signed, stringify!($ty));

            #[inline]
            fn to_i128(self) -> i128 {
                self as i128
            }
        }
    )*};
}

impl_integer! {
    u8, false; u16, false; u32, false; u64, false; usize, false;
    i8, true; i16, true; i32, true; i64, true; isize, true;
}

/// What the optional features need of a repr type: `Serialize` and
/// `Deserialize` with `serde`, `Arbitrary` with `arbitrary`; nothing
/// otherwise. Every primitive integer has them.
mod optional {
    #[cfg(feature = "serde")]
    pub trait Serde: serde::Serialize + for<'de> serde::Deserialize<'de> {}
    #[cfg(feature = "serde")]
    impl<T: serde::Serialize + for<'de> serde::Deserialize<'de>> Serde for T {}
    #[cfg(not(feature = "serde"))]
    pub trait Serde {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serde for T {}

    #[cfg(feature = "arbitrary")]
    pub trait Arbitrary: for<'a> arbitrary::Arbitrary<'a> {}
    #[cfg(feature = "arbitrary")]
    impl<T: for<'a> arbitrary::Arbitrary<'a>> Arbitrary for T {}
    #[cfg(not(feature = "arbitrary"))]
    pub trait Arbitrary {}
    #[cfg(not(feature = "arbitrary"))]
    impl<T> Arbitrary for T {}
}

/// A primitive integer type a family can be `#[repr]`ed as: `u8` … `u64`,
/// `i8` … `i64` (every [`Integer`](crate::Integer) but `usize` and `isize`,
/// whose width depends on the target). Sealed: the set is fixed by this
/// crate.
pub trait Repr:
    sealed::Sealed
    + Integer
    + optional::Serde
    + optional::Arbitrary
    + Copy
    + Eq
    + Ord
    + Hash
    + Default
    + fmt::Debug
    + fmt::Display
    + fmt::LowerHex
    + fmt::UpperHex
    + BitOr<Output = Self>
    + BitAnd<Output = Self>
    + BitXor<Output = Self>
    + Not<Output = Self>
    + Send
    + Sync
    + 'static
{
    /// Width and signedness of the type.
    const KIND: ReprKind;

    /// The bit pattern of `self`, zero-extended to 64 bits.
    fn to_bits(self) -> u64;

    /// The value whose bit pattern is the low [`ReprKind::bits`] of `bits`.
    fn from_bits(bits: u64) -> Self;
}

/// Calls `$then!` with every repr and the unsigned type of its width
/// (`i32 as u32`): the one list of reprs, for `Repr` here and for the
/// `const fn`s of `Flags`, which cast through that unsigned type.
macro_rules! for_each_repr {
    ($then:ident) => {
        $then! {
            u8 as u8;
            u16 as u16;
            u32 as u32;
            u64 as u64;
            i8 as u8;
            i16 as u16;
            i32 as u32;
            i64 as u64;
        }
    };
}
pub(crate) use for_each_repr;

macro_rules! impl_repr {
    ($($ty:ident as $unsigned:ident;)*) => {$(
        impl sealed::Sealed for $ty {}

        impl Repr for $ty {
            const KIND: ReprKind = <$ty as Integer>::INTEGER;

            #[inline]
            fn to_bits(self) -> u64 {
                self as $unsigned as u64
            }

            #[inline]
            fn from_bits(bits: u64) -> Self {
                bits as $unsigned as $ty
            }
        }
    )*};
}

for_each_repr!(impl_repr);

/// A bit pattern written as `0x` and upper-case hex digits, zero-padded to
/// the width of the repr (`0x00000040` in a `u32` family): how values
/// without a member are written. From [`ReprKind::hex`].
#[derive(Clone, Copy, Debug)]
pub struct Hex {
    bits: u64,
    repr: ReprKind,
}

impl fmt::Display for Hex {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "0x{:0width$X}",
            self.bits,
            width = self.repr.hex_digits()
        )
    }
}
