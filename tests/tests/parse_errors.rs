//! Every `ParseErrorKind`, with its span, token, suggestion and message.

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStates};
use tapi_consts::{ConstFamily, ParseError, ParseErrorKind};

fn member_error(text: &str) -> ParseError {
    text.parse::<LineAgentSessionState>().unwrap_err()
}

fn set_error(text: &str) -> ParseError {
    text.parse::<LineAgentSessionStates>().unwrap_err()
}

#[test]
fn empty_input_and_empty_terms() {
    for text in ["", "  \t"] {
        let error = member_error(text);
        assert_eq!(error.kind(), ParseErrorKind::EmptyTerm);
        assert_eq!(
            error.to_string(),
            format!(
                "empty term at byte {}: expected a LINEAGENTSESSIONSTATE_ name or a number",
                text.len()
            )
        );
    }
    let error = set_error("READY || ENDED");
    assert_eq!(error.kind(), ParseErrorKind::EmptyTerm);
    assert_eq!(error.span(), 7..7);
    let error = set_error("READY | ");
    assert_eq!(
        (error.kind(), error.span()),
        (ParseErrorKind::EmptyTerm, 8..8)
    );
    let error = set_error("|READY");
    assert_eq!(
        (error.kind(), error.span()),
        (ParseErrorKind::EmptyTerm, 0..0)
    );
}

#[test]
fn unknown_names_suggest_the_closest_member() {
    let error = member_error("REDY");
    assert_eq!(error.kind(), ParseErrorKind::UnknownName);
    assert_eq!(error.token(), "REDY");
    assert_eq!(error.span(), 0..4);
    assert_eq!(error.suggestion(), Some("READY"));
    assert_eq!(
        error.to_string(),
        "unknown name `REDY` for LINEAGENTSESSIONSTATE_; did you mean `READY`?"
    );
    // A full name gets a full-name suggestion; a transposition is one edit.
    let error = member_error("LINEAGENTSESSIONSTATE_RAEDY");
    assert_eq!(error.suggestion(), Some("LINEAGENTSESSIONSTATE_READY"));
    // A misspelt prefix still finds the member.
    let error = member_error("LINEAGENTSESIONSTATE_ENDED");
    assert_eq!(error.suggestion(), Some("LINEAGENTSESSIONSTATE_ENDED"));
    // Wrong case: names are exact, the suggestion shows the right case.
    let error = member_error("ready");
    assert_eq!(error.suggestion(), Some("READY"));
    // Far from everything: no suggestion.
    let error = member_error("TELEPHONE");
    assert_eq!(error.suggestion(), None);
    assert_eq!(
        error.to_string(),
        "unknown name `TELEPHONE` for LINEAGENTSESSIONSTATE_"
    );
    // In a set, the span points at the term, whitespace excluded.
    let error = set_error("READY |  BUSYONCAL | ENDED");
    assert_eq!(error.span(), 9..18);
    assert_eq!(error.token(), "BUSYONCAL");
    assert_eq!(error.suggestion(), Some("BUSYONCALL"));
    // A set is not a member.
    assert_eq!(
        member_error("READY | ENDED").kind(),
        ParseErrorKind::UnknownName
    );
}

#[test]
fn invalid_numbers() {
    for text in [
        "0x", "0xZZ", "12a", "+1", "0x+1", "1_000", "1 0", "-0x1", "--1", "0b101", "-",
    ] {
        let error = member_error(text);
        assert_eq!(error.kind(), ParseErrorKind::InvalidNumber, "{text}");
        assert_eq!(error.token(), text);
        assert_eq!(error.suggestion(), None);
    }
    assert_eq!(
        member_error("0xZZ").to_string(),
        "invalid number `0xZZ`: expected decimal digits or `0x` and hex digits"
    );
    assert_eq!(
        set_error("READY | 0x1g").kind(),
        ParseErrorKind::InvalidNumber
    );
}

#[test]
fn numbers_out_of_range() {
    for text in [
        "0x100000000",
        "4294967296",
        "-1",
        "99999999999999999999999",
        "0x00000000000000000001FFFFFFFF",
    ] {
        let error = set_error(text);
        assert_eq!(error.kind(), ParseErrorKind::NumberOutOfRange, "{text}");
    }
    assert_eq!(
        set_error("-1").to_string(),
        "number `-1` does not fit in u32 (LINEAGENTSESSIONSTATE_)"
    );
    // Leading zeros are fine; `-0` is zero.
    assert_eq!(
        "0x00000000000000000002".parse(),
        Ok(LineAgentSessionState::Ready)
    );
    assert_eq!(
        "-0".parse::<LineAgentSessionStates>().map(|s| s.bits()),
        Ok(0)
    );
    assert_eq!(
        "4294967295"
            .parse::<LineAgentSessionStates>()
            .map(|s| s.bits()),
        Ok(u32::MAX)
    );
}

#[test]
fn unknown_values() {
    let error = member_error("0x40");
    assert_eq!(error.kind(), ParseErrorKind::UnknownValue);
    assert_eq!(
        error.to_string(),
        "`0x40` is not the value of any LINEAGENTSESSIONSTATE_ constant"
    );
    // In a set, unknown bits are kept rather than rejected.
    assert_eq!(
        "0x40"
            .parse::<LineAgentSessionStates>()
            .map(|s| s.unknown_bits()),
        Ok(0x40)
    );
}

#[test]
fn errors_name_their_family_and_survive_hostile_input() {
    let error = member_error("\u{1b}[31mRED\n");
    assert_eq!(
        error.family().prefix(),
        LineAgentSessionState::INFO.prefix()
    );
    // Control characters are escaped in the message.
    let message = error.to_string();
    assert!(message.contains("\\u{1b}[31mRED"), "{message}");
    assert!(!message.contains('\u{1b}'));
    // Long terms are cut to 64 bytes, on a char boundary.
    let long = "é".repeat(100);
    let error = member_error(&long);
    assert_eq!(error.span(), 0..200);
    assert_eq!(error.token(), "é".repeat(32));
    assert!(error.to_string().contains("…`"));
    let huge = "READY|".repeat(100_000) + "NOPE";
    assert_eq!(set_error(&huge).span(), 600_000..600_004);
}

#[test]
fn parse_error_is_a_std_error() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<ParseError>();
    assert_error::<tapi_consts::UnknownValueError<LineAgentSessionState>>();
}
