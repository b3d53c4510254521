//! The prebuilt `tapi.h` constant families.
//!
//! Each family is an enum named after its C prefix (`LINEAGENTSESSIONSTATE_`
//! → [`LineAgentSessionState`]). [`ALL`] lists them; [`family`] and
//! [`lookup`] find a family by prefix and a constant by full name;
//! [`raw`](crate::raw) has every constant as a plain integer under its C
//! name.
//!
//! # Set aliases: `XSet`
//!
//! Every family `X` whose values are sets (the bit-flag families and the
//! mixed [`LineInitializeExOption`]) has one alias for them, named by one
//! rule: `X` followed by `Set`, whatever `X` ends with.
//!
//! | family | its sets |
//! |---|---|
//! | [`LineAgentSessionState`] | [`LineAgentSessionStateSet`] |
//! | [`LineCallFeature2`] | [`LineCallFeature2Set`] |
//! | [`LineAgentStateEx`] | [`LineAgentStateExSet`] |
//! | [`LineDevCapFlags`] | [`LineDevCapFlagsSet`] |
//!
//! Each is `Flags<X>` (`LineAgentSessionStateSet = Flags<LineAgentSessionState>`),
//! so the two spellings are interchangeable. The enumerations (`LineErr`,
//! `LineCallTreatment`, …) have none: their value is one member.
//!
//! Values are those of `tapi.h`; a test checks every one against
//! `windows-sys`, which is generated from Windows' own metadata.
//!
//! # Families that are not simply an enumeration or a set of flags
//!
//! - **`LINE_` and `PHONE_`** are callback message numbers drawn from one
//!   interleaved sequence, 0 to 34 (`PHONE_BUTTON` is 14, `LINE_CREATE` 19).
//!   Each is an `i32` family ([`Line`], [`Phone`]), as windows-sys types them,
//!   and [`Message`] decodes any `dwMessage` into the right one.
//! - **`TAPIERR_`** ([`TapiErr`]) is an `#[repr(i32)]` enumeration from 0
//!   down to −23; hex text is the bit pattern (`0xFFFFFFFF` is −1), decimal
//!   may be negative.
//! - **`LINEERR_` and `PHONEERR_`** ([`LineErr`], [`PhoneErr`]) are `u32`
//!   error codes (`0x800000xx`, `0x900000xx`), enumerations rather than
//!   flags. Their gaps (`0x80000004`, `0x80000031`, `0x9000001E`) are not
//!   members: they parse as unknown values.
//! - **`LINEINITIALIZEEXOPTION_`** holds a *selector* (1, 2 or 3: how events
//!   are delivered) plus one flag bit (`CALLHUBTRACKING`, `0x80000000`). It is
//!   a [`Kind::Mixed`](crate::Kind::Mixed) family: the three mechanisms are
//!   `#[tapi(selector)]` members, values of the low-bit field, one at a time.
//!   [`LineInitializeExOptionSet`] parses and prints both parts
//!   (`LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING`
//!   is `0x80000002`), `contains` and `insert` treat the selector as one
//!   value, and naming two different selectors in one text is an error.
//! - **`LINECALLHUBTRACKING_NONE`** is 0 in a flags family: the empty set is
//!   written with its name and parses back from it.
//! - **`LINECALLTREATMENT_`** looks like flags (1, 2, 3, 4) but `BUSY` is 3:
//!   it is an enumeration.
//! - **`LAST_`** holds two unrelated end markers (`LAST_LINEMEDIAMODE`,
//!   `LAST_LINEREQUESTMODE`); both are single bits, but they are never
//!   combined, so [`Last`] is an enumeration.
//! - **Names with underscores** after the prefix (`LINEERR_SERVICE_NOT_RUNNING`)
//!   come from `#[tapi(name = "SERVICE_NOT_RUNNING")]`.
//! - **Constants with no family** (`LINEMAPPER`, `TAPIMAX*SIZE`) are plain
//!   documented consts in [`raw`](crate::raw); [`STANDALONE`] describes
//!   them as entries ([`Kind::Standalone`](crate::Kind::Standalone)), so
//!   [`lookup`] finds them. It is not in [`ALL`], which lists families.
//! - **`LINEDISCONNECTMODE_DESTINATIONBARRED` and `FDNRESTRICT`** are not in
//!   `tapi.h` but are in Windows' metadata; [`LineDisconnectMode`] has them.
//! - **`TAPI_CURRENT_VERSION`** is `0x00030001` (TAPI 3.1) in `tapi.h` and
//!   `0x00020002` in windows-sys; we keep the header's value.

mod address;
mod address_translation;
mod agent;
mod call_control;
mod call_features;
mod call_info;
mod call_state;
mod errors;
mod initialize;
mod line_device;
mod list;
mod media;
mod messages;
mod phone_buttons;
mod phone_device;
mod requests;

pub use address::*;
pub use address_translation::*;
pub use agent::*;
pub use call_control::*;
pub use call_features::*;
pub use call_info::*;
pub use call_state::*;
pub use errors::*;
pub use initialize::*;
pub use line_device::*;
pub use media::*;
pub use messages::*;
pub use phone_buttons::*;
pub use phone_device::*;
pub use requests::*;

mod registry;
pub(crate) mod standalone;

pub use registry::{family, lookup};
pub use standalone::STANDALONE;

use crate::{ConstFamily, FamilyInfo, Flags};

/// `&[Tapi::INFO, Line::INFO, …]`, from the list.
macro_rules! family_infos {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        &[$($family::INFO),*]
    };
}

/// Every prebuilt family, in the order `tapi.h` defines them.
pub static ALL: &[&FamilyInfo] = crate::__tapi_every_family!(family_infos);

/// The set alias of each `flags` and `mixed` family of the list.
macro_rules! set_aliases {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        $(set_alias!($kind $family $($set)?);)*
    };
}

/// One family's: none for an enumeration, `XSet` for the others (the name
/// is checked at compile time).
macro_rules! set_alias {
    (enum $family:ident) => {};
    (flags $family:ident $set:ident) => {
        set_alias!(
            $family $set,
            concat!("A set of [`", stringify!($family), "`] flags.")
        );
    };
    (mixed $family:ident $set:ident) => {
        set_alias!(
            $family $set,
            concat!(
                "A [`",
                stringify!($family),
                "`] value: one selector member plus any of the flags."
            )
        );
    };
    ($family:ident $set:ident, $doc:expr) => {
        #[doc = $doc]
        pub type $set = Flags<$family>;
        const _: () = assert!(
            is_set_alias(stringify!($set), stringify!($family)),
            concat!(
                "the set alias of ",
                stringify!($family),
                " must be named ",
                stringify!($family),
                "Set"
            )
        );
    };
}

crate::__tapi_every_family!(set_aliases);

/// Whether `alias` is `family` followed by `Set`.
const fn is_set_alias(alias: &str, family: &str) -> bool {
    let (alias, family) = (alias.as_bytes(), family.as_bytes());
    if alias.len() != family.len() + 3 {
        return false;
    }
    let mut i = 0;
    while i < family.len() {
        if alias[i] != family[i] {
            return false;
        }
        i += 1;
    }
    matches!(alias.split_at(family.len()).1, b"Set")
}
