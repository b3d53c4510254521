//! `tapi_consts::messages`: every number of every callback message, case by
//! case, including the rules that depend on another number and the places
//! where Microsoft's pages are wrong.

use tapi_consts::families::*;
use tapi_consts::messages::{read, Level, Param, Reading, Role, Slot};
use tapi_consts::{raw, ConstFamily};

fn app(message: i32, numbers: [usize; 5]) -> Reading {
    read(Level::Application, message as u32, numbers).expect("a message")
}

fn provider(message: i32, numbers: [usize; 5]) -> Reading {
    read(Level::Provider, message as u32, numbers).expect("a message")
}

fn param(reading: &Reading, slot: Slot) -> Param {
    reading.params()[Slot::ALL.iter().position(|s| *s == slot).unwrap()]
}

fn p2_of_callstate(state: u32) -> Role {
    param(
        &app(raw::LINE_CALLSTATE, [1, 0, state as usize, 0, 0]),
        Slot::Param2,
    )
    .role()
}

#[test]
fn line_callstate_param2_depends_on_the_state() {
    use LineCallState::*;
    let cases = [
        (Busy, Role::Value(LineBusyMode::INFO)),
        (Connected, Role::Value(LineConnectedMode::INFO)),
        (DialTone, Role::Value(LineDialToneMode::INFO)),
        (Offering, Role::Value(LineOfferingMode::INFO)),
        (SpecialInfo, Role::Value(LineSpecialInfo::INFO)),
        (Disconnected, Role::Value(LineDisconnectMode::INFO)),
        (Conferenced, Role::Handle),
    ];
    for (state, role) in cases {
        assert_eq!(p2_of_callstate(state.value()), role, "{state:?}");
    }
    // The pages say nothing of the other states: not decoded.
    for state in [
        Idle, Accepted, Dialing, Ringback, Proceeding, OnHold, Unknown,
    ] {
        assert_eq!(
            p2_of_callstate(state.value()),
            Role::Unspecified,
            "{state:?}"
        );
    }
    // A vendor's substate in the high 8 bits keeps the standard state's reading.
    assert_eq!(
        p2_of_callstate(0x0100_0000 | Connected.value()),
        Role::Value(LineConnectedMode::INFO)
    );
    // Two states at once is no state of the list.
    assert_eq!(
        p2_of_callstate(Busy.value() | Connected.value()),
        Role::Unspecified
    );
}

#[test]
fn line_callstate_param3_is_a_privilege_for_applications_and_a_media_mode_for_tapi() {
    let numbers = [1, 0, LineCallState::Offering.value() as usize, 0, 0x4];
    let application = param(&app(raw::LINE_CALLSTATE, numbers), Slot::Param3);
    assert_eq!(application.role(), Role::Value(LineCallPrivilege::INFO));
    assert_eq!(
        application.entry().unwrap().name(),
        "LINECALLPRIVILEGE_OWNER"
    );
    let tapi = param(&provider(raw::LINE_CALLSTATE, numbers), Slot::Param3);
    assert_eq!(tapi.role(), Role::Set(LineMediaMode::INFO));
    // And the first two numbers are TAPI's handles there.
    let reading = provider(raw::LINE_CALLSTATE, numbers);
    assert_eq!(param(&reading, Slot::Device).name(), "htLine");
    assert_eq!(param(&reading, Slot::Instance).name(), "htCall");
    assert_eq!(param(&reading, Slot::Instance).role(), Role::Handle);
    assert_eq!(
        param(&app(raw::LINE_CALLSTATE, numbers), Slot::Instance).role(),
        Role::Instance
    );
}

#[test]
fn line_linedevstate_ringing_and_reinit() {
    let ringing = app(
        raw::LINE_LINEDEVSTATE,
        [1, 0, raw::LINEDEVSTATE_RINGING as usize, 2, 3],
    );
    assert_eq!(
        param(&ringing, Slot::Param1).role(),
        Role::Set(LineDevState::INFO)
    );
    assert_eq!(param(&ringing, Slot::Param2).role(), Role::Number);
    assert!(param(&ringing, Slot::Param2)
        .description("en")
        .contains("ring mode"));
    assert_eq!(param(&ringing, Slot::Param3).role(), Role::Count);
    assert!(param(&ringing, Slot::Param3)
        .description("en")
        .contains("ring"));

    let reinit = |p2: i32, p3: usize| {
        app(
            raw::LINE_LINEDEVSTATE,
            [0, 0, raw::LINEDEVSTATE_REINIT as usize, p2 as usize, p3],
        )
    };
    // A translated newer message: P2 names it, P3 is its first parameter.
    let devstate = reinit(
        raw::LINE_LINEDEVSTATE,
        raw::LINEDEVSTATE_TRANSLATECHANGE as usize,
    );
    assert_eq!(param(&devstate, Slot::Device).role(), Role::Unused);
    assert_eq!(param(&devstate, Slot::Instance).role(), Role::Unused);
    assert_eq!(param(&devstate, Slot::Param2).role(), Role::Message);
    assert_eq!(
        param(&devstate, Slot::Param3).role(),
        Role::Value(LineDevState::INFO)
    );
    assert_eq!(
        param(&devstate, Slot::Param3).entry().unwrap().name(),
        "LINEDEVSTATE_TRANSLATECHANGE"
    );
    assert_eq!(
        param(&reinit(raw::LINE_CREATE, 7), Slot::Param3).role(),
        Role::Id
    );
    assert_eq!(param(&reinit(0, 0), Slot::Param3).role(), Role::Unused);
    assert_eq!(
        param(&reinit(raw::LINE_CLOSE, 1), Slot::Param3).role(),
        Role::Unspecified
    );
}

#[test]
fn phone_state_param2_by_the_one_state_in_param1() {
    let p2 = |state: u32| {
        param(
            &app(raw::PHONE_STATE, [1, 0, state as usize, 1, 0]),
            Slot::Param2,
        )
        .role()
    };
    assert_eq!(p2(raw::PHONESTATE_OWNER), Role::Count);
    assert_eq!(p2(raw::PHONESTATE_MONITORS), Role::Count);
    assert_eq!(p2(raw::PHONESTATE_LAMP), Role::Number);
    assert_eq!(p2(raw::PHONESTATE_RINGMODE), Role::Number);
    for hookswitch in [
        raw::PHONESTATE_HANDSETHOOKSWITCH,
        raw::PHONESTATE_SPEAKERHOOKSWITCH,
        raw::PHONESTATE_HEADSETHOOKSWITCH,
    ] {
        assert_eq!(p2(hookswitch), Role::Value(PhoneHookSwitchMode::INFO));
    }
    // One state the pages give no rule for: not decoded (not "unused",
    // which is for several states at once).
    assert!(matches!(p2(raw::PHONESTATE_DISPLAY), Role::Unspecified));
    // Several states at once: the page says the number is unused.
    assert_eq!(
        p2(raw::PHONESTATE_OWNER | raw::PHONESTATE_LAMP),
        Role::Unused
    );
}

#[test]
fn replies_carry_an_error_as_a_negative_long() {
    // -2147483576 as a sign-extended 64-bit DWORD_PTR.
    let failed = (-2_147_483_576_i64) as usize;
    let reply = param(&app(raw::LINE_REPLY, [0, 9, 12, failed, 0]), Slot::Param2);
    assert_eq!(reply.role(), Role::Result(LineErr::INFO));
    assert_eq!(reply.entry().unwrap().name(), "LINEERR_OPERATIONFAILED");
    let ok = param(&app(raw::LINE_REPLY, [0, 9, 12, 0, 0]), Slot::Param2);
    assert!(ok.entry().is_none());
    let phone = param(
        &app(raw::PHONE_REPLY, [0, 9, 12, 0x9000_0003, 0]),
        Slot::Param2,
    );
    assert_eq!(phone.role(), Role::Result(PhoneErr::INFO));
    assert_eq!(
        param(&app(raw::LINE_REPLY, [0, 9, 12, 0, 0]), Slot::Param1).role(),
        Role::Id
    );
}

/// A number that stands for no 32-bit value (not a DWORD zero-extended,
/// not a LONG sign-extended) holds no member and meets no condition: its
/// low bits are not read as if its writer meant them.
#[cfg(target_pointer_width = "64")]
#[test]
fn a_number_above_32_bits_is_no_member() {
    let state = |p1: usize| param(&app(raw::LINE_CALLSTATE, [1, 0, p1, 0, 0]), Slot::Param1);
    assert_eq!(
        state(0x4).entry().map(|e| e.name()),
        Some("LINECALLSTATE_ACCEPTED")
    );
    assert!(state(0x1_0000_0004).entry().is_none());
    assert!(state(0xFFFF_FFFF_0000_0004).entry().is_none());
    // LINE_CALLSTATE's P2 depends on P1 being CONNECTED (0x100): with
    // 0x1_0000_0100 it is not, so P2 is not read as a connected mode.
    let p2 = |p1: usize| param(&app(raw::LINE_CALLSTATE, [1, 0, p1, 0x1, 0]), Slot::Param2).role();
    assert_eq!(p2(0x100), Role::Value(LineConnectedMode::INFO));
    assert_ne!(p2(0x1_0000_0100), Role::Value(LineConnectedMode::INFO));
}

#[test]
fn acd_messages_hold_a_state_only_with_the_state_bit() {
    let p3 = |message: i32, p2: u32| param(&app(message, [1, 0, 5, p2 as usize, 4]), Slot::Param3);
    assert_eq!(
        p3(raw::LINE_AGENTSTATUS, raw::LINEAGENTSTATUS_STATE).role(),
        Role::Value(LineAgentState::INFO)
    );
    assert_eq!(
        p3(raw::LINE_AGENTSTATUS, raw::LINEAGENTSTATUS_GROUP).role(),
        Role::Unused
    );

    // Microsoft's page names LINEAGENTSTATUSEX_/LINEAGENTSTATEEX_ here: an
    // agent session's state is a LINEAGENTSESSIONSTATE_, where 0x4 is
    // BUSYONCALL (BUSYACD in LINEAGENTSTATEEX_).
    let session = app(raw::LINE_AGENTSESSIONSTATUS, [1, 0, 5, 0x2, 4]);
    assert_eq!(
        param(&session, Slot::Param2).role(),
        Role::Set(LineAgentSessionStatus::INFO)
    );
    let state = param(&session, Slot::Param3);
    assert_eq!(state.role(), Role::Value(LineAgentSessionState::INFO));
    assert_eq!(
        state.entry().unwrap().name(),
        "LINEAGENTSESSIONSTATE_BUSYONCALL"
    );
    assert_eq!(p3(raw::LINE_AGENTSESSIONSTATUS, 0x1).role(), Role::Unused);

    // Microsoft's page repeats LINEQUEUESTATUS_ for dwParam2 here.
    let agent = app(raw::LINE_AGENTSTATUSEX, [1, 0, 5, 0x2, 4]);
    assert_eq!(
        param(&agent, Slot::Param2).role(),
        Role::Set(LineAgentStatusEx::INFO)
    );
    assert_eq!(
        param(&agent, Slot::Param3).role(),
        Role::Value(LineAgentStateEx::INFO)
    );
    assert_eq!(
        param(&agent, Slot::Param3).entry().unwrap().name(),
        "LINEAGENTSTATEEX_BUSYACD"
    );
}

#[test]
fn provider_messages_are_read_at_the_provider_level_only() {
    assert!(read(Level::Application, 500, [0; 5]).is_none());
    let newcall = provider(500, [0x10, 0, 0x5f4_8790, 0x1234, 0]);
    assert_eq!(newcall.message().name(), "LINE_NEWCALL");
    assert_eq!(param(&newcall, Slot::Param1).role(), Role::Handle);
    assert_eq!(param(&newcall, Slot::Param2).role(), Role::Pointer);
    assert!(read(Level::Application, 35, [0; 5]).is_none());
    assert!(read(Level::Provider, 507, [0; 5]).is_none());
    assert!(read(Level::Provider, u32::MAX, [0; 5]).is_none());
}

/// Every number of every message has a row at each level it exists at, with
/// a description in each language the build keeps.
#[test]
fn every_number_of_every_message_is_described() {
    let app_messages = (0..=34).map(|n| (Level::Application, n));
    let provider_messages = (0..=34).chain(500..=506).map(|n| (Level::Provider, n));
    let mut read_count = 0;
    for (level, number) in app_messages.chain(provider_messages) {
        let reading = read(level, number, [0; 5]).unwrap_or_else(|| panic!("{number}"));
        for param in reading.params() {
            for lang in ["en", "fr", "de"] {
                let text = param.description(lang);
                assert!(
                    text.ends_with('.') || text.ends_with(')') || text.ends_with('`'),
                    "{} {} ({lang}): {text:?}",
                    reading.message().name(),
                    param.name()
                );
            }
            // French typography (GLOSSARY.md): the typographic apostrophe.
            if LineCallState::INFO.languages().contains(&"fr") {
                let french = param.description("fr");
                assert!(!french.contains('\''), "{french}");
                assert_ne!(french, param.description("en"), "{french}");
            }
            read_count += 1;
        }
    }
    assert_eq!(read_count, (35 + 35 + 7) * 5);
}

#[test]
fn params_debug_as_slot_value_and_role() {
    let reading = app(raw::LINE_CALLSTATE, [1, 0, 0x4, 0, 0]);
    let debug = format!("{:?}", param(&reading, Slot::Param1));
    assert!(
        debug.starts_with("Param { slot: Param1, value: 4, role: Value("),
        "{debug}"
    );
}

/// Roles compare by kind, and by family table where they have one.
#[test]
fn roles_are_equal_by_kind_and_family() {
    let busy = Role::Value(LineBusyMode::INFO);
    assert_eq!(busy, Role::Value(LineBusyMode::INFO));
    assert_ne!(busy, Role::Value(LineConnectedMode::INFO));
    assert_ne!(busy, Role::Set(LineBusyMode::INFO));
    assert_ne!(
        Role::Set(LineFeature::INFO),
        Role::Set(LineCallFeature::INFO)
    );
    assert_ne!(Role::Result(LineErr::INFO), Role::Result(PhoneErr::INFO));
    assert_eq!(Role::Count, Role::Count);
    assert_ne!(Role::Count, Role::Handle);
    assert_ne!(Role::Unused, Role::Unspecified);
}
