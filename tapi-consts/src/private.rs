//! Support for the code `#[derive(ConstFamily)]` generates. Not public API:
//! anything here may change in any release.

pub use crate::device_specific::DeviceSpecific;
pub use crate::kind::Kind;
pub use crate::repr::Repr;
pub use crate::storage::{FamilyInfo, Storage};
pub use crate::version::Version;
pub use ::core::option::Option::{None, Some};
pub use tapi_consts_table::{map_index, Details, Index, NameHash, Table};

pub use crate::error_words::fill;
pub use crate::suggest::closest_by;

use crate::error::{ParseError, UnknownValueError};
use crate::family::ConstFamily;
use crate::given::repr_of;
use crate::repr::Integer;

/// `FromStr` for a family enum.
#[inline]
pub fn parse_member<E: ConstFamily>(text: &str) -> Result<E, ParseError> {
    crate::text::parse_index(E::INFO, text, crate::ParseOptions::new()).map(|index| E::ALL[index])
}

/// `from_name` (`ignore_case`: `from_name_ignore_case`) for a family enum.
#[inline]
pub fn member_by_name<E: ConstFamily>(name: &str, ignore_case: bool) -> Option<E> {
    let index = E::INFO.index_of_name(name, ignore_case)?;
    E::ALL.get(index).copied()
}

/// `TryFrom<Repr>` for a family enum.
#[inline]
pub fn try_from_value<E: ConstFamily>(value: E::Repr) -> Result<E, UnknownValueError<E>> {
    E::from_value(value).ok_or_else(|| UnknownValueError::new(value))
}

/// `TryFrom<V>` for a family enum, `V` one of the integers windows-sys
/// hands over (read as `given.rs` says).
#[inline]
pub fn try_from_given<E: ConstFamily, V: Integer>(value: V) -> Result<E, UnknownValueError<E, V>> {
    repr_of(value)
        .and_then(E::from_value)
        .ok_or_else(|| UnknownValueError::new(value))
}

/// `TryFrom` from the integers windows-sys hands a family's values in
/// (`usize` callback parameters, `i32` function results, `u32` structure
/// fields), but the family's own repr, which `TryFrom<Repr>` covers.
/// Called by the derive with the enum and its repr's path.
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_windows_impls {
    ($ty:ident, ::core::primitive::u32) => {
        $crate::__tapi_try_from_given!($ty: usize i32);
    };
    ($ty:ident, ::core::primitive::i32) => {
        $crate::__tapi_try_from_given!($ty: usize u32);
    };
    ($ty:ident, $($repr:tt)*) => {
        $crate::__tapi_try_from_given!($ty: usize i32 u32);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_try_from_given {
    ($ty:ident: $($given:ident)*) => {$(
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::$given> for $ty {
            type Error = $crate::UnknownValueError<$ty, ::core::primitive::$given>;

            #[inline]
            fn try_from(
                value: ::core::primitive::$given,
            ) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::try_from_given(value)
            }
        }
    )*};
}

#[cfg(feature = "serde")]
pub use crate::serde_impls::{deserialize_member, serialize_member};
#[cfg(feature = "serde")]
pub use ::serde;

#[cfg(feature = "arbitrary")]
pub use ::arbitrary;

/// `Arbitrary` for a family enum: any member.
#[cfg(feature = "arbitrary")]
#[inline]
pub fn arbitrary_member<E: ConstFamily>(
    u: &mut arbitrary::Unstructured<'_>,
) -> arbitrary::Result<E> {
    u.choose(E::ALL).copied()
}

/// The trait impls of the optional features, for a family enum; the derive
/// calls it, and this crate's features decide what it expands to, so a
/// user's families follow the features the way the prebuilt ones do.
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_optional_impls {
    ($ty:ident) => {
        $crate::__tapi_serde_impls!($ty);
        $crate::__tapi_arbitrary_impls!($ty);
    };
}

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_serde_impls {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize_member(*self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_member(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_serde_impls {
    ($ty:ident) => {};
}

#[cfg(feature = "arbitrary")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_arbitrary_impls {
    ($ty:ident) => {
        #[automatically_derived]
        impl<'a> $crate::__private::arbitrary::Arbitrary<'a> for $ty {
            fn arbitrary(
                u: &mut $crate::__private::arbitrary::Unstructured<'a>,
            ) -> $crate::__private::arbitrary::Result<Self> {
                $crate::__private::arbitrary_member(u)
            }
        }
    };
}

#[cfg(not(feature = "arbitrary"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_arbitrary_impls {
    ($ty:ident) => {};
}

/// `$yes` if this build keeps descriptions in the language whose primary
/// subtag is given, else `$no`: `__tapi_if_kept!("fr", { … } else { … })`.
/// The one place a language with a `lang-*` feature is listed (next to its
/// `__tapi_if_<lang>!` pair below); every other language is kept. Decided at
/// expansion time, by this crate's features, for the derive's tables in
/// every crate: no `const` evaluation (which cost ~2 ms a family).
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_if_kept {
    ("fr", $($branches:tt)*) => { $crate::__tapi_if_fr!($($branches)*) };
    ("de", $($branches:tt)*) => { $crate::__tapi_if_de!($($branches)*) };
    ($primary:literal, { $($yes:tt)* } else { $($no:tt)* }) => { $($yes)* };
}

/// A family's description texts in one language, or `""` when this build
/// drops it: `__tapi_keep!("fr", "…")`, keyed by the primary subtag.
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_keep {
    // `tt`, not `literal`: a `literal` fragment could no longer match `"fr"`.
    ($primary:tt, $text:literal) => {
        $crate::__tapi_if_kept!($primary, { $text } else { "" })
    };
}

/// The tags this build keeps, as a `&[&str]`:
/// `__tapi_languages!([] ("en" "en") ("fr" "fr-CA"))`, each tag after its
/// primary subtag.
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_languages {
    ([$($kept:literal)*]) => {
        &[$($kept),*]
    };
    ([$($kept:literal)*] ($primary:tt $tag:literal) $($rest:tt)*) => {
        $crate::__tapi_if_kept!(
            $primary,
            { $crate::__tapi_languages!([$($kept)* $tag] $($rest)*) }
            else { $crate::__tapi_languages!([$($kept)*] $($rest)*) }
        )
    };
}

#[cfg(feature = "lang-fr")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_if_fr {
    ({ $($yes:tt)* } else { $($no:tt)* }) => { $($yes)* };
}

#[cfg(not(feature = "lang-fr"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_if_fr {
    ({ $($yes:tt)* } else { $($no:tt)* }) => { $($no)* };
}

#[cfg(feature = "lang-de")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_if_de {
    ({ $($yes:tt)* } else { $($no:tt)* }) => { $($yes)* };
}

#[cfg(not(feature = "lang-de"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_if_de {
    ({ $($yes:tt)* } else { $($no:tt)* }) => { $($no)* };
}
