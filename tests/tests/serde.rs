//! The `serde` feature: names and set text in human-readable formats
//! (serde_json), integers in compact ones (postcard), for prebuilt and
//! derived families and `Flags<E>`.

use serde::{Deserialize, Serialize};
use tapi_consts::families::{
    LineAgentSessionState, LineAgentSessionStateSet, LineCallState, LineErr, TapiErr,
};
use tapi_consts::{ConstFamily, Flags};

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

fn from_json<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

fn compact<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> (Vec<u8>, T) {
    let bytes = postcard::to_allocvec(value).unwrap();
    let back = postcard::from_bytes(&bytes).unwrap();
    (bytes, back)
}

#[test]
fn members_are_names_in_json_and_integers_in_postcard() {
    assert_eq!(json(&LineCallState::Idle), r#""LINECALLSTATE_IDLE""#);
    assert_eq!(json(&TapiErr::Dropped), r#""TAPIERR_DROPPED""#);
    // postcard writes a u32 as a varint and an i32 zigzag-encoded.
    let (bytes, back) = compact(&LineCallState::Offering);
    assert_eq!(bytes, postcard::to_allocvec(&2u32).unwrap());
    assert_eq!(back, LineCallState::Offering);
    let (bytes, back) = compact(&TapiErr::Dropped);
    assert_eq!(bytes, postcard::to_allocvec(&-1i32).unwrap());
    assert_eq!(back, TapiErr::Dropped);
}

#[test]
fn every_prebuilt_member_round_trips_in_both_formats() {
    fn check<E: ConstFamily + Serialize + for<'de> Deserialize<'de>>() {
        for &member in E::ALL {
            let text = json(&member);
            assert_eq!(text, format!("\"{}\"", member.entry().name()));
            assert_eq!(from_json::<E>(&text), Ok(member));
            assert_eq!(compact(&member).1, member);
        }
    }
    check::<LineCallState>();
    check::<LineAgentSessionState>();
    check::<LineErr>();
    check::<TapiErr>();
}

#[test]
fn members_deserialize_from_short_names_aliases_and_integers() {
    assert_eq!(from_json(r#""IDLE""#), Ok(LineCallState::Idle));
    assert_eq!(
        from_json(r#""LINECALLSTATE_IDLE""#),
        Ok(LineCallState::Idle)
    );
    assert_eq!(from_json("1"), Ok(LineCallState::Idle));
    assert_eq!(from_json("-1"), Ok(TapiErr::Dropped));
    assert_eq!(from_json("2147483649"), Ok(LineErr::Allocated));
    // Either reading of the same bits, as the text grammar reads decimal:
    // the tool's JSON `"value"` (the bit pattern) reads back.
    assert_eq!(from_json("4294967295"), Ok(TapiErr::Dropped));
    assert_eq!(from_json("-2147483647"), Ok(LineErr::Allocated));
    assert_eq!(
        from_json::<TapiErr>("4294967295"),
        "4294967295".parse::<TapiErr>().map_err(|e| e.to_string())
    );
}

#[test]
fn unknown_or_invalid_members_are_rejected_with_the_family_named() {
    let error = from_json::<LineCallState>("3").unwrap_err();
    assert!(error.contains("LINECALLSTATE_"), "{error}");
    assert!(error.contains("0x00000003"), "{error}");
    let error = from_json::<LineCallState>(r#""LINECALLSTATE_IDEL""#).unwrap_err();
    assert!(
        error.contains("LINECALLSTATE_IDLE"),
        "did you mean: {error}"
    );
    // -1 in a u32 family is the bit pattern 0xFFFFFFFF, as in text: read,
    // and no member has it.
    let error = from_json::<LineCallState>("-1").unwrap_err();
    assert!(
        error.contains("0xFFFFFFFF") && error.contains("LINECALLSTATE_"),
        "{error}"
    );
    // Out of the repr's range in either reading.
    for number in ["4294967296", "-2147483649", "18446744073709551615"] {
        let error = from_json::<TapiErr>(number).unwrap_err();
        assert!(error.contains(number), "{error}");
        let error = from_json::<LineCallState>(number).unwrap_err();
        assert!(error.contains(number), "{error}");
    }
    let error = from_json::<LineCallState>("true").unwrap_err();
    assert!(error.contains("LINECALLSTATE_ constant"), "{error}");
    // Compact: the integer has no name to check, the value is.
    let bytes = postcard::to_allocvec(&3u32).unwrap();
    let error = postcard::from_bytes::<LineCallState>(&bytes).unwrap_err();
    assert!(matches!(error, postcard::Error::SerdeDeCustom), "{error:?}");
}

#[test]
fn flag_sets_are_set_text_in_json_and_bits_in_postcard_keeping_unknown_bits() {
    use LineAgentSessionState::*;
    let set = Ready | BusyOnCall;
    assert_eq!(
        json(&set),
        r#""LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL""#
    );
    let with_unknown = LineAgentSessionStateSet::from_bits_retain(0x8000_0006);
    let text = json(&with_unknown);
    assert!(text.contains("0x80000000"), "{text}");
    assert_eq!(
        from_json::<LineAgentSessionStateSet>(&text),
        Ok(with_unknown)
    );
    let (bytes, back) = compact(&with_unknown);
    assert_eq!(bytes, postcard::to_allocvec(&0x8000_0006u32).unwrap());
    assert_eq!(back, with_unknown);
    assert_eq!(back.unknown_bits(), 0x8000_0000);
    for bits in [0u32, 1, 0x3F, 0x40, 0xFFFF_FFFF, 0x1234_5678] {
        let set = LineAgentSessionStateSet::from_bits_retain(bits);
        assert_eq!(from_json::<LineAgentSessionStateSet>(&json(&set)), Ok(set));
        assert_eq!(compact(&set).1, set);
    }
}

#[test]
fn flag_sets_deserialize_from_short_names_and_integers() {
    use LineAgentSessionState::*;
    assert_eq!(
        from_json::<LineAgentSessionStateSet>(r#""READY | BUSYONCALL""#),
        Ok(Ready | BusyOnCall)
    );
    assert_eq!(
        from_json::<LineAgentSessionStateSet>("6"),
        Ok(Ready | BusyOnCall)
    );
    assert_eq!(
        from_json::<LineAgentSessionStateSet>("4294967295"),
        Ok(LineAgentSessionStateSet::from_bits_retain(u32::MAX))
    );
    assert_eq!(
        from_json::<LineAgentSessionStateSet>(r#""""#),
        Ok(Flags::empty())
    );
    let error = from_json::<LineAgentSessionStateSet>(r#""READY | NOPE""#).unwrap_err();
    assert!(error.contains("NOPE"), "{error}");
    let error = from_json::<LineAgentSessionStateSet>("4294967296").unwrap_err();
    assert!(error.contains("4294967296"), "{error}");
    // The wrong kind of value: the error says what a set is written as.
    let error = from_json::<LineAgentSessionStateSet>("true").unwrap_err();
    assert!(
        error.contains("a set of LINEAGENTSESSIONSTATE_ flags as text or an integer"),
        "{error}"
    );
}

mod vendor {
    use tapi_consts::{ConstFamily, Flags};

    /// A user's own family: the derive gives it the serde impls too.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
    #[repr(i16)]
    #[tapi(prefix = "ACME_", flags)]
    pub enum Acme {
        /// Red.
        Red = 0x1,
        /// Sign bit.
        Top = -0x8000,
    }

    pub type Acmes = Flags<Acme>;
}

#[test]
fn derived_families_get_the_same_impls() {
    use vendor::{Acme, Acmes};
    assert_eq!(json(&Acme::Top), r#""ACME_TOP""#);
    assert_eq!(from_json("-32768"), Ok(Acme::Top));
    assert_eq!(compact(&Acme::Top).1, Acme::Top);
    let set = Acme::Red | Acme::Top;
    assert_eq!(from_json::<Acmes>(&json(&set)), Ok(set));
    assert_eq!(compact(&set).1, set);
    // 32768 is 0x8000, ACME_TOP's bit pattern, in JSON as in text.
    assert_eq!(from_json::<Acme>("32768"), Ok(Acme::Top));
    assert_eq!("32768".parse::<Acme>(), Ok(Acme::Top));
    assert!(from_json::<Acme>("65536").is_err());
    // Negative integers down to the repr's minimum, and not one below.
    assert_eq!(from_json::<Acmes>("-32768"), Ok(Acmes::from(Acme::Top)));
    assert_eq!(from_json::<Acmes>("-1").map(|set| set.bits()), Ok(-1));
    let error = from_json::<Acmes>("-32769").unwrap_err();
    assert!(error.contains("-32769"), "{error}");
    assert!(from_json::<Acmes>("-65536").is_err());
    assert!(from_json::<Acmes>("-9223372036854775808").is_err());
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Session {
    state: LineAgentSessionState,
    allowed: LineAgentSessionStateSet,
}

#[test]
fn fields_of_user_structs_round_trip() {
    use LineAgentSessionState::*;
    let session = Session {
        state: BusyWrapUp,
        allowed: Ready | NotReady,
    };
    let text = json(&session);
    assert_eq!(
        text,
        r#"{"state":"LINEAGENTSESSIONSTATE_BUSYWRAPUP","allowed":"LINEAGENTSESSIONSTATE_NOTREADY | LINEAGENTSESSIONSTATE_READY"}"#
    );
    assert_eq!(from_json::<Session>(&text), Ok(session));
    let session: Session = from_json(&text).unwrap();
    assert_eq!(compact(&session).1, session);
}

#[test]
fn members_and_sets_work_as_map_keys() {
    use std::collections::HashMap;
    use LineAgentSessionState::*;
    let by_state = HashMap::from([(BusyWrapUp, 1u32)]);
    let text = json(&by_state);
    assert_eq!(text, r#"{"LINEAGENTSESSIONSTATE_BUSYWRAPUP":1}"#);
    assert_eq!(
        from_json::<HashMap<LineAgentSessionState, u32>>(&text),
        Ok(by_state)
    );
    let two = HashMap::from([(Ready, 2u32), (Ended, 3)]);
    assert_eq!(from_json::<HashMap<_, u32>>(&json(&two)), Ok(two));
    // A key written as a number (in its string form) is accepted too.
    assert_eq!(
        from_json::<HashMap<LineAgentSessionState, u32>>(r#"{"2":7}"#),
        Ok(HashMap::from([(Ready, 7)]))
    );
    let by_set = HashMap::from([(Ready | BusyOnCall, 1u8)]);
    let text = json(&by_set);
    assert_eq!(
        text,
        r#"{"LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL":1}"#
    );
    assert_eq!(
        from_json::<HashMap<LineAgentSessionStateSet, u8>>(&text),
        Ok(by_set)
    );
}
