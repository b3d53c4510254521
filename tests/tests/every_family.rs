//! Every prebuilt family, through its typed API and through its
//! `FamilyInfo`: every member round-trips value ↔ name ↔ text, and every
//! bit-flag family's set text round-trips for every single bit and for
//! random bit patterns.

use tapi_consts::families::*;
use tapi_consts::{ConstFamily, FamilyInfo, FlagFamily, Flags, Kind, Repr};

/// Calls `$callback!` with every prebuilt family type, in `families::ALL` order.
macro_rules! all_families {
    ($callback:ident) => {
        $callback!(
            Tapi,
            Line,
            Phone,
            Initialize,
            LineAddrCapFlags,
            LineAddressMode,
            LineAddressSharing,
            LineAddressState,
            LineAddressType,
            LineAddrFeature,
            LineAgentFeature,
            LineAgentState,
            LineAgentStatus,
            LineAgentStateEx,
            LineAgentStatusEx,
            LineAgentSessionState,
            LineAgentSessionStatus,
            LineQueueStatus,
            LineGroupStatus,
            LineProxyStatus,
            LineAnswerMode,
            LineBearerMode,
            LineBusyMode,
            LineCallComplCond,
            LineCallComplMode,
            LineCallFeature,
            LineCallFeature2,
            LineCallHubTracking,
            LineCallInfoState,
            LineCallOrigin,
            LineCallParamFlags,
            LineCallPartyId,
            LineCallPrivilege,
            LineCallReason,
            LineCallSelect,
            LineCallState,
            LineCallTreatment,
            LineCardOption,
            LineConnectedMode,
            LineDevCapFlags,
            LineDevState,
            LineDevStatusFlags,
            LineDialToneMode,
            LineDigitMode,
            LineDisconnectMode,
            LineErr,
            LineFeature,
            LineForwardMode,
            LineGatherTerm,
            LineGenerateTerm,
            LineInitializeExOption,
            LineLocationOption,
            LineMediaControl,
            LineMediaMode,
            Last,
            LineOfferingMode,
            LineOpenOption,
            LineParkMode,
            LineProxyRequest,
            LineRemoveFromConf,
            LineRequestMode,
            LineRoamMode,
            LineSpecialInfo,
            LineTermDev,
            LineTermMode,
            LineTermSharing,
            LineTollListOption,
            LineToneMode,
            LineTransferMode,
            LineTranslateOption,
            LineTranslateResult,
            PhoneButtonFunction,
            PhoneButtonMode,
            PhoneButtonState,
            PhoneErr,
            PhoneFeature,
            PhoneHookSwitchDev,
            PhoneHookSwitchMode,
            PhoneInitializeExOption,
            PhoneLampMode,
            PhonePrivilege,
            PhoneState,
            PhoneStatusFlags,
            StringFormat,
            TapiErr
        )
    };
}

/// Calls `$callback!` with every bit-flag (or mixed) family type.
macro_rules! flag_families {
    ($callback:ident) => {
        $callback!(
            LineAddrCapFlags,
            LineAddressMode,
            LineAddressSharing,
            LineAddressState,
            LineAddressType,
            LineAddrFeature,
            LineAgentFeature,
            LineAgentState,
            LineAgentStatus,
            LineAgentStateEx,
            LineAgentStatusEx,
            LineAgentSessionState,
            LineAgentSessionStatus,
            LineQueueStatus,
            LineGroupStatus,
            LineProxyStatus,
            LineAnswerMode,
            LineBearerMode,
            LineBusyMode,
            LineCallComplCond,
            LineCallComplMode,
            LineCallFeature,
            LineCallFeature2,
            LineCallHubTracking,
            LineCallInfoState,
            LineCallOrigin,
            LineCallParamFlags,
            LineCallPartyId,
            LineCallPrivilege,
            LineCallReason,
            LineCallSelect,
            LineCallState,
            LineCardOption,
            LineConnectedMode,
            LineDevCapFlags,
            LineDevState,
            LineDevStatusFlags,
            LineDialToneMode,
            LineDigitMode,
            LineDisconnectMode,
            LineFeature,
            LineForwardMode,
            LineGatherTerm,
            LineGenerateTerm,
            LineInitializeExOption,
            LineLocationOption,
            LineMediaControl,
            LineMediaMode,
            LineOfferingMode,
            LineOpenOption,
            LineParkMode,
            LineRequestMode,
            LineRoamMode,
            LineSpecialInfo,
            LineTermDev,
            LineTermMode,
            LineTermSharing,
            LineTollListOption,
            LineToneMode,
            LineTransferMode,
            LineTranslateOption,
            LineTranslateResult,
            PhoneButtonMode,
            PhoneButtonState,
            PhoneFeature,
            PhoneHookSwitchDev,
            PhoneHookSwitchMode,
            PhoneLampMode,
            PhonePrivilege,
            PhoneState,
            PhoneStatusFlags
        )
    };
}

macro_rules! typed_round_trips {
    ($($family:ident),*) => { $(typed_round_trip::<$family>();)* };
}

macro_rules! set_round_trips {
    ($($family:ident),*) => { $(set_round_trip::<$family>();)* };
}

macro_rules! type_names {
    ($($family:ident),*) => { [$(stringify!($family)),*] };
}

#[test]
fn every_member_round_trips_through_the_typed_api() {
    all_families!(typed_round_trips);
}

#[test]
fn every_flags_family_round_trips_set_text() {
    flag_families!(set_round_trips);
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
    assert_eq!(flag_families!(type_names), flags.as_slice());
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

fn hex(info: &FamilyInfo, bits: u64) -> String {
    format!("0x{bits:0width$X}", width = info.repr().hex_digits())
}
