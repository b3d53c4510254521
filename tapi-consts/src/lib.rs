//! Typed Windows Telephony API (`tapi.h`) constant families: names, parsing,
//! flag sets and documentation in several languages.
//!
//! A *family* is a set of C constants sharing a prefix, such as
//! `LINEAGENTSESSIONSTATE_`. Each one is a Rust enum with
//! `#[derive(ConstFamily)]`, which gives it:
//!
//! - `ALL`, `value`, `from_value`, `name` (the full C name), `short_name`,
//!   `description(lang)`, `from_name`, `from_name_ignore_case`;
//! - `FromStr`, `Display` (`{:#}` for the short name), `TryFrom<repr>`,
//!   `From<Self> for repr`, and the [`ConstFamily`] trait with its static
//!   [`FamilyInfo`] table;
//! - for bit-flag families, sets of members as [`Flags<E>`], parsed from and
//!   written as `A | B | 0x40` text (specified in [`text_format`]).
//!
//! The prebuilt `tapi.h` families live in [`families`] (default feature
//! `tapi`); deriving your own takes the `derive` feature:
//!
//! ```toml
//! [dependencies]
//! # The prebuilt families only: no proc macro is built.
//! tapi-consts = "0.1"
//! # Families of your own, with or without the prebuilt ones:
//! # tapi-consts = { version = "0.1", features = ["derive"] }
//! # tapi-consts = { version = "0.1", default-features = false, features = ["std", "derive"] }
//! ```
//!
//! # A prebuilt family
//! ```
//! use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet};
//!
//! let state = LineAgentSessionState::from_value(0x8).unwrap();
//! assert_eq!(state, LineAgentSessionState::BusyWrapUp);
//! assert_eq!(state.name(), "LINEAGENTSESSIONSTATE_BUSYWRAPUP");
//! assert!(state.description("fr-CA").contains("post-traitement"));
//!
//! let set: LineAgentSessionStateSet = "LINEAGENTSESSIONSTATE_READY | BUSYONCALL".parse()?;
//! assert_eq!(set.bits(), 0x6);
//! assert_eq!(format!("{set:#}"), "READY | BUSYONCALL");
//! # Ok::<(), tapi_consts::ParseError>(())
//! ```
//!
//! # Your own family
//! With `features = ["derive"]`:
//!
//! ```
//! use tapi_consts::{ConstFamily, Flags};
//!
//! /// Lamps of our vendor's handset.
//! #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
//! #[repr(u32)]
//! #[tapi(prefix = "ACMELAMP_", flags, since = "2.0")]
//! #[tapi(doc(fr = "Voyants du combiné de notre fabricant."))]
//! pub enum AcmeLamp {
//!     /// The message-waiting lamp.
//!     #[tapi(doc(fr = "Le voyant de message en attente."))]
//!     MessageWaiting = 0x1,
//!     /// The do-not-disturb lamp.
//!     #[tapi(name = "DND", alias = "DONOTDISTURB")]
//!     DoNotDisturb = 0x2,
//! }
//!
//! assert_eq!(AcmeLamp::DoNotDisturb.name(), "ACMELAMP_DND");
//! assert_eq!(AcmeLamp::from_name("ACMELAMP_DONOTDISTURB"), Some(AcmeLamp::DoNotDisturb));
//! let lamps: Flags<AcmeLamp> = "MESSAGEWAITING | 0x8".parse()?;
//! assert_eq!(lamps.to_string(), "ACMELAMP_MESSAGEWAITING | 0x00000008");
//! # Ok::<(), tapi_consts::ParseError>(())
//! ```
//!
//! Every attribute of the derive, with an example of each, is on its page:
//! [`ConstFamily`](derive@ConstFamily) (with the `derive` feature).
//!
//! # With windows-sys
//! windows-sys hands TAPI values over as `usize` (a callback's parameters),
//! `i32` (a function's result) and `u32` (a structure's field); every
//! family and set converts from each with `TryFrom`, no `as` needed. A
//! `LONG` result reads as the `DWORD` constants it is compared with, and a
//! negative `LONG` sign-extended into a `DWORD_PTR` (`LINE_REPLY`'s result
//! on 64-bit Windows) reads as that `LONG`; a value that stands for no
//! value of the family's type is refused, never cut.
//!
//! ```
//! use tapi_consts::families::{LineCallState, LineErr};
//!
//! // In a LINECALLBACK(hDevice, dwMessage, dwInstance, dwParam1, dwParam2, dwParam3):
//! let dw_param1: usize = 0x4; // LINE_CALLSTATE
//! assert_eq!(LineCallState::try_from(dw_param1), Ok(LineCallState::Accepted));
//! let dw_param2: usize = 0xFFFF_FFFF_8000_0003; // LINE_REPLY, failed
//! assert_eq!(LineErr::try_from(dw_param2), Ok(LineErr::BearerModeUnavail));
//! let result: i32 = -2_147_483_647; // lineMakeCall's return value
//! assert_eq!(LineErr::try_from(result), Ok(LineErr::Allocated));
//! ```
//!
//! The package's `examples/windows_sys_callback.rs` is a whole callback.
//!
//! # The command-line tool
//! `tapi-consts`, the tool that decodes numbers, callback messages,
//! structure fields and whole traces with these families, is the
//! `tapi-consts-cli` package (`cargo install tapi-consts-cli`), so that
//! this library builds no command-line dependency.
//!
//! # Features
//! - `std` (default): `std::error::Error` for the error types.
//! - `tapi` (default): the prebuilt `tapi.h` families ([`families`], `raw`,
//!   `Message`), compiled from the derive's expansion made ahead of time,
//!   so that no proc macro is built for them. Without it [`families::ALL`] is empty, [`lookup`] and
//!   [`family`] find nothing, and none of the 85 families is compiled: for a
//!   crate that only derives its own.
//! - `tapi3`, `tspi` (off): the TAPI 3 families (`families::tapi3`: the
//!   COM enums of `Tapi3if.h` and `Tapi3cc.h`, MSP and Rendezvous enums,
//!   the `TAPI_E_` HRESULTs) and the service provider's (`families::tspi`:
//!   `TSPI_` function ordinals, quality of service, provider options), each
//!   named after its C enum type where it has one
//!   ([`FamilyInfo::c_type`]). They join [`families::ALL`], [`lookup`] and
//!   [`family`]; a user of `tapi.h` alone compiles none of them.
//! - `context` (off): TAPI in context, `messages` and `fields`: what
//!   each number of a callback message and each structure field holds,
//!   with descriptions; the command-line tool's `message`, `field` and
//!   `annotate` stand on it.
//! - `derive` (off): `#[derive(ConstFamily)]`, for families of your own. It
//!   builds the proc macro (`tapi-consts-derive`, `syn`, `quote`,
//!   `proc-macro2`), which nothing else needs.
//! - `lang-fr`, `lang-de` (default): keep the French and German
//!   descriptions. Turn one off (`default-features = false, features =
//!   ["std", "tapi", "lang-fr"]`) and that language's texts are dropped at
//!   compile time from every family, yours included: `description("de")`
//!   falls back to English and [`FamilyInfo::languages`] no longer lists it.
//!   English, and languages without a feature, are always kept. Effect on
//!   the command-line tool (release, stripped; `bench/lang-size/run.sh`):
//!   2,948,640 bytes with both, −279 KB without German, −281 KB without
//!   French, −560 KB (−19 %) with English only.
//! - `serde` (off): `Serialize`/`Deserialize` for every family enum (the
//!   derive emits them when this feature is on) and every [`Flags`]: the
//!   full C name or set text in human-readable formats, the integer in
//!   compact ones. Deserializing accepts full and short names, aliases, set
//!   text and integers; a flag set keeps unknown bits, an enum rejects an
//!   unknown value with an error naming the family.
//! - `arbitrary` (off): `Arbitrary` for every family enum (any member) and
//!   every [`Flags`] (any bits, unknown ones included), for fuzzing code
//!   that takes them.
//!
//! Without `std` the crate is `#![no_std]` and allocation-free.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

// Lets the derive's `::tapi_consts::…` paths resolve inside this crate too.
extern crate self as tapi_consts;

#[cfg(feature = "arbitrary")]
mod arbitrary_impls;
mod device_specific;
mod entry;
mod error;
mod error_words;
mod family;
mod flags;
mod given;
mod hand_made;
mod info;
mod kind;
pub mod lang;
mod members;
mod number;
mod plain;
mod repr;
#[cfg(feature = "serde")]
mod serde_impls;
mod storage;
mod suggest;
mod text;
mod version;

pub mod families;
#[cfg(feature = "context")]
pub mod fields;
#[cfg(feature = "context")]
pub mod messages;
#[cfg(feature = "tapi")]
pub mod raw;
#[cfg(feature = "context")]
mod roles;

#[doc = include_str!("../FORMAT.md")]
pub mod text_format {}

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use crate::device_specific::DeviceSpecific;
pub use crate::entry::Entry;
pub use crate::error::{DisplayIn, ParseError, ParseErrorKind, UnknownValueError};
pub use crate::family::{ConstFamily, FlagFamily};
pub use crate::flags::{FlagSet, Flags, Iter};
pub use crate::kind::Kind;
pub use crate::lang::Docs;
pub use crate::members::Members;
pub use crate::number::ParseOptions;
pub use crate::plain::{plain, PlainText};
pub use crate::repr::{Hex, Integer, Repr, ReprKind};
pub use crate::storage::FamilyInfo;
pub use crate::version::Version;
pub use families::{family, lookup};

#[doc = include_str!("../DERIVE.md")]
#[cfg(feature = "derive")]
pub use tapi_consts_derive::ConstFamily;
