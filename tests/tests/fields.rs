//! `tapi_consts::fields`: the structure fields that hold a family, the
//! fields whose family depends on another, and their descriptions.

use std::collections::BTreeSet;

use tapi_consts::families::*;
use tapi_consts::fields::{field, fields, Role};
use tapi_consts::{raw, ConstFamily, Version};

#[test]
fn call_state_mode_depends_on_the_call_state() {
    let mode = field("LINECALLSTATUS", "dwCallStateMode").unwrap();
    assert_eq!(mode.depends_on(), Some("dwCallState"));
    assert!(std::ptr::eq(
        mode.depends_on_family().unwrap(),
        LineCallState::INFO
    ));
    let cases = [
        (raw::LINECALLSTATE_BUSY, Role::Value(LineBusyMode::INFO)),
        (
            raw::LINECALLSTATE_CONNECTED,
            Role::Value(LineConnectedMode::INFO),
        ),
        (
            raw::LINECALLSTATE_DIALTONE,
            Role::Value(LineDialToneMode::INFO),
        ),
        (
            raw::LINECALLSTATE_OFFERING,
            Role::Value(LineOfferingMode::INFO),
        ),
        (
            raw::LINECALLSTATE_SPECIALINFO,
            Role::Value(LineSpecialInfo::INFO),
        ),
        (
            raw::LINECALLSTATE_DISCONNECTED,
            Role::Value(LineDisconnectMode::INFO),
        ),
    ];
    for (state, role) in cases {
        assert_eq!(
            mode.read(0x1, &[("dwCallState", state)]).role(),
            role,
            "{state:#x}"
        );
        // Any case for the name, and a vendor's substate aside.
        let vendor = mode.read(0x1, &[("DWCALLSTATE", state | 0x0200_0000)]);
        assert_eq!(vendor.role(), role, "{state:#x}");
    }
    assert_eq!(
        mode.read(0, &[("dwCallState", raw::LINECALLSTATE_IDLE)])
            .role(),
        Role::Unspecified
    );
    assert_eq!(mode.read(0, &[]).role(), Role::Unspecified);
}

#[test]
fn capability_fields_that_pages_call_one_of_are_sets() {
    let transfer = field("LINEADDRESSCAPS", "dwTransferModes").unwrap();
    assert_eq!(
        transfer.read(0x3, &[]).role(),
        Role::Set(LineTransferMode::INFO)
    );
    let features = field("lineaddressstatus", "DWADDRESSFEATURES").unwrap();
    assert_eq!(
        features.read(0x1003, &[]).role(),
        Role::Set(LineAddrFeature::INFO)
    );
    assert_eq!(
        field("LINECALLSTATUS", "dwCallState")
            .unwrap()
            .read(4, &[])
            .role(),
        Role::Value(LineCallState::INFO)
    );
}

#[test]
fn fields_windows_sys_lacks_say_so() {
    let caller = field("LINECALLINFO", "dwCallerIDAddressType").unwrap();
    assert_eq!(caller.since(), Some(Version::new(3, 0)));
    assert!(!caller.in_windows_sys());
    assert_eq!(
        caller.read(1, &[]).role(),
        Role::Value(LineAddressType::INFO)
    );
    assert!(field("LINECALLSTATUS", "dwCallState")
        .unwrap()
        .in_windows_sys());
    assert!(field("LINECALLSTATUS", "dwNoSuchField").is_none());
    assert!(field("NOSUCHSTRUCT", "dwCallState").is_none());
}

#[test]
fn proxy_requests_read_a_union_member_by_request_type() {
    let state = field(
        "LINEPROXYREQUEST",
        "SetAgentSessionState.dwAgentSessionState",
    )
    .unwrap();
    assert_eq!(state.depends_on(), Some("dwRequestType"));
    let read = state.read(
        0x4,
        &[("dwRequestType", raw::LINEPROXYREQUEST_SETAGENTSESSIONSTATE)],
    );
    assert_eq!(read.role(), Role::Value(LineAgentSessionState::INFO));
}

/// Every field is described in each language the build keeps, in the
/// glossary's typography, and the list covers the structures.
#[test]
fn every_field_is_described() {
    let french = LineCallState::INFO.languages().contains(&"fr");
    let mut structures = BTreeSet::new();
    let mut count = 0;
    for field in fields() {
        structures.insert(field.structure());
        assert!(
            field.name().starts_with("dw") || field.name().contains('.'),
            "{field:?}"
        );
        let reading = field.read(0, &[]);
        for lang in ["en", "fr", "de"] {
            let text = reading.description(lang);
            assert!(
                text.ends_with('.') || text.ends_with(')') || text.ends_with('`'),
                "{field:?} {lang}: {text}"
            );
        }
        if french {
            let text = reading.description("fr");
            assert!(!text.contains('\''), "{field:?}: {text}");
            assert_ne!(text, reading.description("en"), "{field:?}");
        }
        count += 1;
    }
    assert!(count >= 140, "{count} fields");
    for structure in [
        "LINEDEVCAPS",
        "LINEDEVSTATUS",
        "LINEADDRESSCAPS",
        "LINEADDRESSSTATUS",
        "LINECALLINFO",
        "LINECALLSTATUS",
        "LINECALLPARAMS",
        "PHONECAPS",
        "PHONESTATUS",
        "LINEAGENTSTATUS",
        "LINEFORWARD",
        "LINETRANSLATEOUTPUT",
        "LINELOCATIONENTRY",
        "LINECARDENTRY",
        "LINEINITIALIZEEXPARAMS",
    ] {
        assert!(structures.contains(structure), "{structure}");
    }
    assert!(structures.len() >= 25, "{structures:?}");
}

/// A field's note says where its role departs from Microsoft's page; a
/// field the page describes well has none.
#[test]
fn notes_are_where_the_page_needs_one() {
    let bearer = field("LINEDEVCAPS", "dwBearerModes").unwrap();
    assert!(
        bearer
            .note()
            .contains("although this is the line's structure"),
        "{}",
        bearer.note()
    );
    assert_eq!(field("LINEDEVCAPS", "dwStringFormat").unwrap().note(), "");
    // A field of several rows: the note of the row that has one.
    let mode = field("LINECALLSTATUS", "dwCallStateMode").unwrap();
    assert!(
        mode.note().starts_with("Other call states"),
        "{}",
        mode.note()
    );
}

#[test]
fn fields_and_readings_debug_as_what_they_are() {
    let state = field("linecallstatus", "DWCALLSTATE").unwrap();
    assert_eq!(format!("{state:?}"), "Field(LINECALLSTATUS.dwCallState)");
    let reading = state.read(0x4, &[]);
    let debug = format!("{reading:?}");
    assert!(
        debug.starts_with(
            "FieldReading { field: Field(LINECALLSTATUS.dwCallState), value: 4, role: "
        ),
        "{debug}"
    );
}
