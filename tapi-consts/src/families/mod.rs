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
//! - **[`ProviderMessage`]** holds the seven messages of `TSPI.h` that a
//!   service provider sends TAPI (`LINE_NEWCALL` = 500 …): the same `LINE_`
//!   prefix as [`Line`], another header, and numbers that are also `TSPI_`
//!   function ordinals.
//! - **Device-specific values**: fifteen families leave bits or a range to
//!   vendors ([`FamilyInfo::device_specific`](crate::FamilyInfo::device_specific));
//!   LINEDISCONNECTMODE_ only the bits above its TAPI 3.0 members.
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

// The families, as the derive expands their descriptions in `families/`
// at the crate root (see `tapi-consts-derive/src/prebuilt.rs`): no proc
// macro runs for them in a user's build.
#[cfg(feature = "tapi")]
#[rustfmt::skip]
mod generated;
mod list;
#[cfg(feature = "tapi")]
mod message;
#[cfg(feature = "tapi")]
mod set_aliases;

#[cfg(feature = "tapi")]
pub use generated::*;
#[cfg(feature = "tapi")]
pub use message::*;
#[cfg(feature = "tapi")]
pub use set_aliases::*;
#[cfg(feature = "tapi3")]
mod dispatch_masks;
#[cfg(feature = "tapi3")]
pub use dispatch_masks::*;
#[cfg(feature = "tapi3")]
mod mirror;
#[cfg(feature = "tapi3")]
pub use mirror::{convert, counterparts, Mirror, Relation, MIRRORS};

mod registry;
#[cfg(feature = "tapi")]
pub(crate) mod standalone;

pub use registry::{family, lookup};
#[cfg(feature = "tapi")]
pub use standalone::STANDALONE;

#[cfg(feature = "tapi")]
use crate::ConstFamily;
use crate::FamilyInfo;

/// `&[Tapi::INFO, Line::INFO, …]`, from the list.
#[cfg(feature = "tapi")]
macro_rules! family_infos {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        &[$($family::INFO),*]
    };
}

/// The `tapi.h` families, from the list.
#[cfg(feature = "tapi")]
const TAPI_H: &[&FamilyInfo] = crate::__tapi_every_family!(family_infos);

/// The families of a group, or none when its feature is off.
#[cfg(feature = "tapi")]
macro_rules! group {
    ($feature:literal, $group:ident) => {{
        #[cfg(feature = $feature)]
        let families = generated::$group::FAMILIES;
        #[cfg(not(feature = $feature))]
        let families: &[&FamilyInfo] = &[];
        families
    }};
}

/// The groups this build enables, in order: `tapi.h`, TSPI, TAPI 3.
#[cfg(feature = "tapi")]
const GROUPS: &[&[&FamilyInfo]] = &[TAPI_H, group!("tspi", tspi), group!("tapi3", tapi3)];

/// How many families the enabled groups have.
#[cfg(feature = "tapi")]
const COUNT: usize = {
    let mut count = 0;
    let mut group = 0;
    while group < GROUPS.len() {
        count += GROUPS[group].len();
        group += 1;
    }
    count
};

/// The groups' families one after the other (the standalone constants
/// fill the array first, and are overwritten).
#[cfg(feature = "tapi")]
const fn concat() -> [&'static FamilyInfo; COUNT] {
    let mut all: [&'static FamilyInfo; COUNT] = [&standalone::STANDALONE; COUNT];
    let (mut at, mut group) = (0, 0);
    while group < GROUPS.len() {
        let mut member = 0;
        while member < GROUPS[group].len() {
            all[at] = GROUPS[group][member];
            at += 1;
            member += 1;
        }
        group += 1;
    }
    all
}

/// Every prebuilt family of the groups this build enables: the `tapi.h`
/// families (feature `tapi`) in the order the header defines them, then
/// the `TSPI.h` ones (`tspi`) and the TAPI 3 ones (`tapi3`). Some share a
/// prefix (`LINE_`: [`Line`] and [`ProviderMessage`]; TAPI 3's `AS_`, `AE_`,
/// `TE_`, `CALL_`): [`FamilyInfo::c_type`] tells TAPI 3 families apart.
#[cfg(feature = "tapi")]
pub static ALL: &[&FamilyInfo] = &concat();

/// Every prebuilt family of the groups this build enables: none without
/// the `tapi` feature.
#[cfg(not(feature = "tapi"))]
pub static ALL: &[&FamilyInfo] = &[];
