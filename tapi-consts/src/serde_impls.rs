//! `serde` support (feature `serde`): a family member or a flag set is its
//! text in human-readable formats (JSON, TOML, YAML) and its integer in
//! compact ones (bincode, postcard).
//!
//! Family enums get their impls from the derive, which calls
//! [`serialize_member`] and [`deserialize_member`]; `Flags<E>` is ours and
//! is implemented here. Deserializing accepts what the text parsers accept
//! (full names, short names, aliases, set text) and integers as the text
//! grammar reads a decimal number (either signedness's reading of the
//! repr's bits, so the tool's `"value"` reads back); a flag set keeps
//! unknown bits, an enum rejects unknown values with an error naming the
//! family.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::family::{ConstFamily, FlagFamily};
use crate::flags::{FlagSet, Flags};
use crate::given::bits_for;
use crate::repr::{Integer, Repr};
use crate::UnknownValueError;

/// `Serialize` for a family enum: its full C name, or its value.
#[inline]
pub fn serialize_member<E: ConstFamily, S: Serializer>(
    member: E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(member.entry().name())
    } else {
        member.value().serialize(serializer)
    }
}

/// `Deserialize` for a family enum: a name in human-readable formats (an
/// integer is accepted too), the value in compact ones.
#[inline]
pub fn deserialize_member<'de, E: ConstFamily, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(MemberVisitor(PhantomData))
    } else {
        member_from_value(E::Repr::deserialize(deserializer)?)
    }
}

fn member_from_value<E: ConstFamily, Error: de::Error>(value: E::Repr) -> Result<E, Error> {
    E::from_value(value).ok_or_else(|| Error::custom(UnknownValueError::<E>::new(value)))
}

struct MemberVisitor<E>(PhantomData<E>);

impl<E: ConstFamily> Visitor<'_> for MemberVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} constant's name or value", E::INFO.prefix())
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        crate::__private::parse_member(text).map_err(Error::custom)
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<E, Error> {
        member_from_value(repr_from::<E::Repr, Error>(
            value.into(),
            Unexpected::Unsigned(value),
            &self,
        )?)
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<E, Error> {
        member_from_value(repr_from::<E::Repr, Error>(
            value.into(),
            Unexpected::Signed(value),
            &self,
        )?)
    }
}

impl<E: FlagFamily> Serialize for Flags<E> {
    /// The set text (`LINECALLSTATE_IDLE | 0x00010000`), or the bits.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            self.bits().serialize(serializer)
        }
    }
}

impl<'de, E: FlagFamily> Deserialize<'de> for Flags<E> {
    /// Set text or an integer in human-readable formats, the bits in compact
    /// ones; unknown bits are kept, as by [`Flags::from_bits_retain`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(FlagsVisitor(PhantomData))
        } else {
            E::Repr::deserialize(deserializer).map(Flags::<E>::from_bits_retain)
        }
    }
}

struct FlagsVisitor<E>(PhantomData<E>);

impl<E: FlagFamily> Visitor<'_> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a set of {} flags as text or an integer",
            E::INFO.prefix()
        )
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<Flags<E>, Error> {
        text.parse().map_err(Error::custom)
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<Flags<E>, Error> {
        repr_from::<E::Repr, Error>(value.into(), Unexpected::Unsigned(value), &self)
            .map(Flags::<E>::from_bits_retain)
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<Flags<E>, Error> {
        repr_from::<E::Repr, Error>(value.into(), Unexpected::Signed(value), &self)
            .map(Flags::<E>::from_bits_retain)
    }
}

/// `value` as `R`, read as a decimal number of the text grammar is (and
/// so as the tool's JSON writes it): as itself, or as the other
/// signedness's reading of the same bits (`4294967295` is `TAPIERR_DROPPED`,
/// −1; `-2147483647` is `LINEERR_ALLOCATED`, `0x80000001`). `shown` is the
/// value as the error names it.
fn repr_from<R: Repr, Error: de::Error>(
    value: i128,
    shown: Unexpected<'_>,
    expected: &dyn de::Expected,
) -> Result<R, Error> {
    bits_for(R::KIND, i64::INTEGER, value)
        .map(R::from_bits)
        .ok_or_else(|| Error::invalid_value(shown, expected))
}
