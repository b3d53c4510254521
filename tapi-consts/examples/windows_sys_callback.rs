//! A `lineCallback` on windows-sys 0.61 that names what TAPI hands it,
//! with no `as` cast: families convert with `TryFrom` from the integers
//! windows-sys uses (`usize` parameters, `i32` results, `u32` fields).
//!
//! windows-sys declares TAPI on every platform, so this builds and runs on
//! Linux too: `main` calls the callback with what TAPI would pass it.
//!
//! ```sh
//! cargo run -p tapi-consts --example windows_sys_callback
//! ```

use tapi_consts::families::{Line, LineCallState, LineErr, Message};
use windows_sys::Win32::Devices::Tapi::{
    LINECALLBACK, LINECALLSTATE_OFFERING, LINEERR_INVALCALLHANDLE, LINE_CALLSTATE, LINE_REPLY,
};

/// What a message says, in words: the message's name, then its
/// parameters named by their family where they have one.
fn describe(message: u32, param1: usize, param2: usize) -> String {
    let named = match Message::try_from(message) {
        Ok(named) => named,
        Err(error) => return error.to_string(),
    };
    match named {
        // dwParam1: the call's new state, a LINECALLSTATE_ value.
        Message::Line(Line::CallState) => match LineCallState::try_from(param1) {
            Ok(state) => format!("{named}: {state}"),
            Err(error) => format!("{named}: {error}"),
        },
        // dwParam2: 0, or a LINEERR_ result, a LONG that 64-bit Windows
        // sign-extends into the DWORD_PTR.
        Message::Line(Line::Reply) if param2 == 0 => format!("{named}: request {param1} succeeded"),
        Message::Line(Line::Reply) => match LineErr::try_from(param2) {
            Ok(error) => format!("{named}: request {param1} failed, {error}"),
            Err(error) => format!("{named}: request {param1}: {error}"),
        },
        _ => format!("{named}"),
    }
}

/// The callback itself, as `lineInitializeEx` takes it.
extern "system" fn line_callback(
    _device: u32,
    message: u32,
    _instance: usize,
    param1: usize,
    param2: usize,
    _param3: usize,
) {
    println!("{}", describe(message, param1, param2));
}

fn main() {
    // The callback has the type windows-sys declares for it.
    let _: LINECALLBACK = Some(line_callback);

    // What TAPI would pass it. windows-sys declares the message numbers as
    // `i32`, the callback gets them as `u32`: the same bits.
    let call_state = u32::try_from(LINE_CALLSTATE).expect("a message number is positive");
    let reply = u32::try_from(LINE_REPLY).expect("a message number is positive");
    let offering = usize::try_from(LINECALLSTATE_OFFERING).expect("usize holds a u32");
    // A LONG result in a DWORD_PTR, sign-extended, as 64-bit TAPI delivers
    // LINE_REPLY's second parameter (`as`: building TAPI's input, not
    // reading it).
    let failed = LINEERR_INVALCALLHANDLE as i32 as isize as usize;
    line_callback(0x1_0001, call_state, 0, offering, 0, 0);
    line_callback(0x1_0001, reply, 0, 7, 0, 0);
    line_callback(0x1_0001, reply, 0, 8, failed, 0);
    // What it printed (CI runs this example).
    assert_eq!(
        describe(call_state, offering, 0),
        "LINE_CALLSTATE: LINECALLSTATE_OFFERING"
    );
    assert_eq!(
        describe(reply, 8, failed),
        "LINE_REPLY: request 8 failed, LINEERR_INVALCALLHANDLE"
    );
    // Not a value of LINECALLSTATE_'s u32 at all: refused, not cut short.
    #[cfg(target_pointer_width = "64")]
    assert_eq!(
        describe(call_state, 0x1_0000_0002, 0),
        "LINE_CALLSTATE: 0x100000002 is not a u32 value, so not the value of any LINECALLSTATE_ constant"
    );

    // A function's result (`lineDrop` returns an `i32`): a request ID when
    // positive, else an error.
    let result: i32 = LINEERR_INVALCALLHANDLE as i32;
    match LineErr::try_from(result) {
        Ok(error) => println!("lineDrop: {error}: {}", error.description("en")),
        Err(not_an_error) => println!("lineDrop: {not_an_error}"),
    }
}
