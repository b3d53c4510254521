//! Every prebuilt family, through its typed API and through its
//! `FamilyInfo`: every member round-trips value ↔ name ↔ text, and every
//! bit-flag family's set text round-trips for every single bit and for
//! random bit patterns.

use tapi_consts::families::*;
use tapi_consts::{ConstFamily, FamilyInfo, FlagFamily, Flags, Kind, Repr};

/// Calls `$callback!` with every prebuilt family type, in `families::ALL`
/// order, each marked `flags` (a flags or mixed family) or `enum`.
macro_rules! all_families {
    ($callback:ident) => {
        $callback!(
            enum Tapi,
            enum Line,
            enum Phone,
            enum Initialize,
            flags LineAddrCapFlags,
            flags LineAddressMode,
            flags LineAddressSharing,
            flags LineAddressState,
            flags LineAddressType,
            flags LineAddrFeature,
            flags LineAgentFeature,
            flags LineAgentState,
            flags LineAgentStatus,
            flags LineAgentStateEx,
            flags LineAgentStatusEx,
            flags LineAgentSessionState,
            flags LineAgentSessionStatus,
            flags LineQueueStatus,
            flags LineGroupStatus,
            flags LineProxyStatus,
            flags LineAnswerMode,
            flags LineBearerMode,
            flags LineBusyMode,
            flags LineCallComplCond,
            flags LineCallComplMode,
            flags LineCallFeature,
            flags LineCallFeature2,
            flags LineCallHubTracking,
            flags LineCallInfoState,
            flags LineCallOrigin,
            flags LineCallParamFlags,
            flags LineCallPartyId,
            flags LineCallPrivilege,
            flags LineCallReason,
            flags LineCallSelect,
            flags LineCallState,
            enum LineCallTreatment,
            flags LineCardOption,
            flags LineConnectedMode,
            flags LineDevCapFlags,
            flags LineDevState,
            flags LineDevStatusFlags,
            flags LineDialToneMode,
            flags LineDigitMode,
            flags LineDisconnectMode,
            enum LineErr,
            flags LineFeature,
            flags LineForwardMode,
            flags LineGatherTerm,
            flags LineGenerateTerm,
            flags LineInitializeExOption,
            flags LineLocationOption,
            flags LineMediaControl,
            flags LineMediaMode,
            enum Last,
            flags LineOfferingMode,
            flags LineOpenOption,
            flags LineParkMode,
            enum LineProxyRequest,
            enum LineRemoveFromConf,
            flags LineRequestMode,
            flags LineRoamMode,
            flags LineSpecialInfo,
            flags LineTermDev,
            flags LineTermMode,
            flags LineTermSharing,
            flags LineTollListOption,
            flags LineToneMode,
            flags LineTransferMode,
            flags LineTranslateOption,
            flags LineTranslateResult,
            enum PhoneButtonFunction,
            flags PhoneButtonMode,
            flags PhoneButtonState,
            enum PhoneErr,
            flags PhoneFeature,
            flags PhoneHookSwitchDev,
            flags PhoneHookSwitchMode,
            enum PhoneInitializeExOption,
            flags PhoneLampMode,
            flags PhonePrivilege,
            flags PhoneState,
            flags PhoneStatusFlags,
            enum StringFormat,
            enum TapiErr
        )
    };
}

macro_rules! typed_round_trips {
    ($($kind:ident $family:ident),*) => { $(typed_round_trip::<$family>();)* };
}

macro_rules! set_round_trips {
    ($($kind:ident $family:ident),*) => { $(set_round_trip_if!($kind $family);)* };
}

macro_rules! set_round_trip_if {
    (flags $family:ident) => {
        set_round_trip::<$family>();
    };
    (enum $family:ident) => {};
}

macro_rules! type_names {
    ($($kind:ident $family:ident),*) => { [$(stringify!($family)),*] };
}

macro_rules! flag_type_names {
    ($($kind:ident $family:ident),*) => {
        [$(stringify!($family)),*]
            .into_iter()
            .zip([$(stringify!($kind)),*])
            .filter(|&(_, kind)| kind == "flags")
            .map(|(family, _)| family)
            .collect::<Vec<_>>()
    };
}

#[test]
fn every_member_round_trips_through_the_typed_api() {
    all_families!(typed_round_trips);
}

#[test]
fn every_flags_family_round_trips_set_text() {
    all_families!(set_round_trips);
}

#[test]
fn the_lists_above_are_every_family() {
    let registry: Vec<&str> = ALL.iter().map(|info| info.type_name()).collect();
    assert_eq!(all_families!(type_names), registry.as_slice());
    let flags: Vec<&str> = ALL
        .iter()
        .filter(|info| matches!(info.kind(), Kind::Flags | Kind::Mixed))
        .map(|info| info.type_name())
        .collect();
    assert_eq!(all_families!(flag_type_names), flags);
}

fn typed_round_trip<E>()
where
    E: ConstFamily + core::fmt::Display + core::str::FromStr<Err = tapi_consts::ParseError>,
{
    let info = E::INFO;
    assert_eq!(E::ALL.len(), info.entries().len());
    for (index, &member) in E::ALL.iter().enumerate() {
        let entry = member.entry();
        assert_eq!(member.index(), index);
        assert_eq!(
            E::from_value(member.value()),
            Some(member),
            "{}",
            entry.name()
        );
        assert_eq!(member.value().to_bits(), entry.bits());
        let text = member.to_string();
        assert_eq!(text, entry.name());
        assert!(text.starts_with(info.prefix()));
        assert_eq!(format!("{member:#}"), entry.short_name());
        for written in [
            text,
            entry.short_name().to_owned(),
            member.value().to_string(),
            hex(info, entry.bits()),
        ] {
            assert_eq!(written.parse::<E>(), Ok(member), "{written}");
        }
        for alias in entry.aliases() {
            assert_eq!(alias.parse::<E>(), Ok(member));
        }
    }
}

fn set_round_trip<E: FlagFamily>() {
    let info = E::INFO;
    let width = info.repr().bits();
    let single_bits = (0..width).map(|bit| 1u64 << bit);
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ info.known_bits();
    let random = (0..200).map(move |_| {
        // xorshift64: a fixed, reproducible sample of patterns.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    });
    let members = E::ALL.iter().map(|member| member.value().to_bits());
    for bits in single_bits
        .chain(random)
        .chain(members)
        .chain([0, u64::MAX])
    {
        let set = Flags::<E>::from_bits_retain(E::Repr::from_bits(bits));
        for text in [set.to_string(), format!("{set:#}")] {
            assert_eq!(
                text.parse::<Flags<E>>(),
                Ok(set),
                "{}: {text}",
                info.prefix()
            );
        }
        let known: u64 = set
            .iter()
            .fold(0, |all, member| all | member.value().to_bits());
        assert_eq!(known | set.unknown_bits().to_bits(), set.bits().to_bits());
    }
}

fn hex(info: &'static FamilyInfo, bits: u64) -> String {
    format!("0x{bits:0width$X}", width = info.repr().hex_digits())
}
