//! Decodes the state and feature fields of TAPI structures as a program
//! receives them through `windows-sys`: an agent session (listed in a
//! `LINEAGENTSESSIONENTRY`, described by `LINEAGENTSESSIONINFO`) and a call's
//! `LINECALLSTATUS`.
//!
//! The structures are filled in by hand, with windows-sys' constants, as a
//! service provider would fill them, so the example runs on every platform.
//! `call_status` shows a real call; it is compiled on Windows only.
//!
//! ```text
//! cargo run -p tapi-consts --example session_entry
//! ```

use tapi_consts::families::{
    LineAgentSessionState, LineAgentSessionStateSet, LineBusyMode, LineCallFeature2Set,
    LineCallFeatureSet, LineCallPrivilegeSet, LineCallState, LineCallStateSet, LineConnectedMode,
    LineDialToneMode, LineDisconnectMode, LineOfferingMode, LineSpecialInfo,
};
use tapi_consts::{FlagFamily, Flags};
use windows_sys::Win32::Devices::Tapi::{
    LINEAGENTSESSIONENTRY, LINEAGENTSESSIONINFO, LINEAGENTSESSIONSTATE_BUSYONCALL,
    LINEAGENTSESSIONSTATE_BUSYWRAPUP, LINECALLFEATURE2_TRANSFERCONF, LINECALLFEATURE2_TRANSFERNORM,
    LINECALLFEATURE_BLINDTRANSFER, LINECALLFEATURE_DROP, LINECALLFEATURE_HOLD,
    LINECALLFEATURE_SETUPTRANSFER, LINECALLPRIVILEGE_OWNER, LINECALLSTATE_CONNECTED,
    LINECALLSTATUS, LINECONNECTEDMODE_ACTIVE,
};

fn main() {
    // An entry of the list `lineGetAgentSessionList` fills in only names the
    // session; `lineGetAgentSessionInfo` on its handle reports the state.
    let entry = LINEAGENTSESSIONENTRY {
        hAgentSession: 0x2A,
        hAgent: 0x7,
        dwWorkingAddressID: 1,
        ..Default::default()
    };
    let info = LINEAGENTSESSIONINFO {
        dwTotalSize: size_of::<LINEAGENTSESSIONINFO>() as u32,
        dwAgentSessionState: LINEAGENTSESSIONSTATE_BUSYONCALL,
        dwNextAgentSessionState: LINEAGENTSESSIONSTATE_BUSYWRAPUP,
        ..Default::default()
    };
    // The structures are packed: copy fields out, never borrow them.
    let (session, address) = (entry.hAgentSession, entry.dwWorkingAddressID);
    println!("agent session {session:#x}, working on address {address}");
    println!(
        "  dwAgentSessionState      {}",
        session_state(info.dwAgentSessionState)
    );
    println!(
        "  dwNextAgentSessionState  {}",
        session_state(info.dwNextAgentSessionState)
    );

    let status = LINECALLSTATUS {
        dwTotalSize: size_of::<LINECALLSTATUS>() as u32,
        // The low 24 bits hold one state; a provider may add a
        // device-specific substate in the high 8 bits.
        dwCallState: LINECALLSTATE_CONNECTED | 0x0100_0000,
        dwCallStateMode: LINECONNECTEDMODE_ACTIVE,
        dwCallPrivilege: LINECALLPRIVILEGE_OWNER,
        dwCallFeatures: LINECALLFEATURE_DROP
            | LINECALLFEATURE_HOLD
            | LINECALLFEATURE_BLINDTRANSFER
            | LINECALLFEATURE_SETUPTRANSFER,
        dwCallFeatures2: LINECALLFEATURE2_TRANSFERNORM | LINECALLFEATURE2_TRANSFERCONF,
        ..Default::default()
    };
    // `from_bits_retain` keeps bits no constant has (the substate above), and
    // `Display` writes them as hex instead of dropping them.
    let states = LineCallStateSet::from_bits_retain(status.dwCallState);
    let mode = call_state_mode(states, status.dwCallStateMode);
    let privilege = LineCallPrivilegeSet::from_bits_retain(status.dwCallPrivilege);
    let features = LineCallFeatureSet::from_bits_retain(status.dwCallFeatures);
    let features2 = LineCallFeature2Set::from_bits_retain(status.dwCallFeatures2);
    println!("call");
    println!("  dwCallState      {states:#}");
    println!("  dwCallStateMode  {mode}");
    println!("  dwCallPrivilege  {privilege:#}");
    println!("  dwCallFeatures   {features:#}");
    println!("  dwCallFeatures2  {features2:#}");
    // A set iterates over its members, which know their descriptions.
    for feature in features {
        println!("    {feature:<#14} {}", feature.description("en"));
    }
}

/// A session state field holds exactly one state; anything else (no bit,
/// several, a bit newer than this crate) is shown as the bits it holds.
fn session_state(value: u32) -> String {
    match LineAgentSessionState::try_from(value) {
        Ok(state) => format!("{state:#} ({})", state.description("en")),
        Err(_) => format!(
            "{} (not one state)",
            LineAgentSessionStateSet::from_bits_retain(value)
        ),
    }
}

/// `dwCallStateMode` belongs to a different family in each call state, so
/// it is decoded after `dwCallState`, with full names to show which.
fn call_state_mode(states: LineCallStateSet, mode: u32) -> String {
    fn text<E: FlagFamily<Repr = u32>>(mode: u32) -> String {
        Flags::<E>::from_bits_retain(mode).to_string()
    }
    match states.iter().next() {
        Some(LineCallState::DialTone) => text::<LineDialToneMode>(mode),
        Some(LineCallState::Busy) => text::<LineBusyMode>(mode),
        Some(LineCallState::SpecialInfo) => text::<LineSpecialInfo>(mode),
        Some(LineCallState::Connected) => text::<LineConnectedMode>(mode),
        Some(LineCallState::Offering) => text::<LineOfferingMode>(mode),
        Some(LineCallState::Disconnected) => text::<LineDisconnectMode>(mode),
        _ => format!("{mode:#x} (unused in this state)"),
    }
}

/// The real call that fills in a `LINECALLSTATUS`, for a call handle from
/// `lineMakeCallW` or a `LINE_CALLSTATE` message. (`lineGetAgentSessionInfo`
/// is asynchronous: its structure is filled in when `LINE_REPLY` arrives.)
#[cfg(windows)]
#[expect(dead_code, reason = "needs a call handle, so `main` does not call it")]
fn call_status(call: u32) -> Result<LINECALLSTATUS, String> {
    use tapi_consts::families::LineErr;
    use windows_sys::Win32::Devices::Tapi::lineGetCallStatus;

    let mut status = LINECALLSTATUS {
        dwTotalSize: size_of::<LINECALLSTATUS>() as u32,
        ..Default::default()
    };
    // SAFETY: `status` is writable and `dwTotalSize` gives its size.
    let result = unsafe { lineGetCallStatus(call, &mut status) };
    if result == 0 {
        return Ok(status);
    }
    // TAPI returns its `0x800000xx` error codes as negative `i32`s.
    match LineErr::try_from(result as u32) {
        Ok(error) => Err(format!("{error}: {}", error.description("en"))),
        Err(_) => Err(format!("error {result:#x}")),
    }
}
