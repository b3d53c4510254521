//! Families and sets from the integers windows-sys hands over: `usize`
//! callback parameters, `i32` function results, `u32` structure fields.
//! Each is read as TAPI wrote it, or refused with an error that says why;
//! none is cut to fit.

use tapi_consts::families::{LineCallState, LineDevState, LineDevStateSet, LineErr, TapiErr};
use windows_sys::Win32::Devices::Tapi as ws;

#[test]
fn results_parameters_and_fields_name_the_same_member() {
    // lineDrop's result (an i32), LINE_REPLY's dwParam2 sign-extended (a
    // usize), LINEDIALPARAMS-style DWORD fields (u32): all the same error.
    let result = ws::LINEERR_INVALCALLHANDLE as i32;
    assert!(result < 0);
    assert_eq!(LineErr::try_from(result), Ok(LineErr::InvalCallHandle));
    assert_eq!(
        LineErr::try_from(result as isize as usize),
        Ok(LineErr::InvalCallHandle)
    );
    assert_eq!(
        LineErr::try_from(ws::LINEERR_INVALCALLHANDLE),
        Ok(LineErr::InvalCallHandle)
    );
    // TAPIERR_ is an i32 family (windows-sys: i32 constants): from a
    // DWORD, and from a DWORD_PTR either way.
    assert_eq!(TapiErr::try_from(ws::TAPIERR_DROPPED), Ok(TapiErr::Dropped));
    assert_eq!(TapiErr::try_from(0xFFFF_FFFF_u32), Ok(TapiErr::Dropped));
    assert_eq!(TapiErr::try_from(0xFFFF_FFFF_usize), Ok(TapiErr::Dropped));
    assert_eq!(TapiErr::try_from(usize::MAX), Ok(TapiErr::Dropped));
}

#[test]
fn an_unknown_value_is_kept_as_given() {
    let error = LineCallState::try_from(0x3_usize).unwrap_err();
    assert_eq!(error.value(), 0x3_usize);
    assert!(error.fits());
    assert_eq!(
        error.to_string(),
        "0x00000003 is not the value of any LINECALLSTATE_ constant"
    );
    let error = LineErr::try_from(-1_073_741_823_i32).unwrap_err();
    assert_eq!(error.value(), -1_073_741_823);
    assert!(error.is_device_specific(), "0xC0000001 is a vendor's");
}

#[cfg(target_pointer_width = "64")]
#[test]
fn a_value_no_repr_value_stands_for_is_refused_not_cut() {
    // 0x1_0000_0002 would be LINECALLSTATE_OFFERING (0x2) if cut to 32 bits.
    let error = LineCallState::try_from(0x1_0000_0002_usize).unwrap_err();
    assert!(!error.fits());
    assert!(!error.is_device_specific());
    assert_eq!(
        error.to_string(),
        "0x100000002 is not a u32 value, so not the value of any LINECALLSTATE_ constant"
    );
    // Sign-extended from a bit 31 that is clear: no LONG reads so.
    assert!(LineErr::try_from(0xFFFF_FFFF_0000_0001_usize).is_err());
    // A negative number as a signed given type says it in decimal.
    let error = TapiErr::try_from(i32::MIN).unwrap_err();
    assert!(error.fits(), "i32::MIN is an i32 value, only not a member");
    assert!(LineDevStateSet::try_from(0x1_0000_0000_usize).is_err());
}

#[test]
fn sets_keep_every_bit_of_a_parameter() {
    let states = LineDevStateSet::try_from(0x8000_0801_usize).unwrap();
    assert!(states.contains(LineDevState::Other.into()));
    assert_eq!(states.bits(), 0x8000_0801);
    assert_eq!(
        LineDevStateSet::try_from(0x801_u32).unwrap(),
        LineDevStateSet::try_from(0x801_i32).unwrap()
    );
}
