//! Every `ParseErrorKind`, with its span, token, suggestion and message.

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet, LineErr, TapiErr};
use tapi_consts::{ConstFamily, ParseError, ParseErrorKind, ParseOptions};

fn member_error(text: &str) -> ParseError {
    text.parse::<LineAgentSessionState>().unwrap_err()
}

fn set_error(text: &str) -> ParseError {
    text.parse::<LineAgentSessionStateSet>().unwrap_err()
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
    // A set is not a member: refused as a set, on the whole text.
    let error = member_error(" READY | ENDED ");
    assert_eq!(error.kind(), ParseErrorKind::UnexpectedSet);
    assert_eq!(error.span(), 1..14);
    assert_eq!(
        error.to_string(),
        "`READY | ENDED` joins members with `|`, where one LINEAGENTSESSIONSTATE_ member is \
         read; read a set as a set (`Flags`)"
    );
    // Where an enumeration's value is read, the message says so.
    let value = LineErr::INFO.parse_value("INUSE | NOMEM", ParseOptions::new());
    assert_eq!(
        value.unwrap_err().to_string(),
        "`INUSE | NOMEM` joins values with `|`, but LINEERR_ is an enumeration: a value is \
         one name or number"
    );
}

#[test]
fn invalid_numbers() {
    for text in [
        "0x", "0xZZ", "+1", "0x+1", "1 0", "-0x1", "--1", "-", "1_", "0x_1", "0x1_", "4UUL",
        "4u31", "1U32", "12g", "0x1g", "$", "$_1", "&H", "&H&", "&H1&&", "&H1u32", "0o7", "-1f",
        "-x1", "1__", "0x1_u32",
    ] {
        let error = member_error(text);
        assert_eq!(error.kind(), ParseErrorKind::InvalidNumber, "{text}");
        assert_eq!(error.token(), text);
        assert_eq!(error.suggestion(), None);
    }
    // FORMAT.md, "Errors".
    for text in ["0x", "+1", "1_", "12g"] {
        assert_eq!(
            member_error(text).to_string(),
            format!(
                "invalid number `{text}`: expected decimal (`260`, `-1`) or hex with its \
                 prefix (`0x104`, `x104`, `$104`, `&H104`)"
            )
        );
    }
    let error = set_error("READY | 0x1g");
    assert_eq!(
        (error.kind(), error.span()),
        (ParseErrorKind::InvalidNumber, 8..12)
    );
    // With `unprefixed_hex` too: a sign before hex, `_` last.
    let hex = ParseOptions::new().unprefixed_hex(true);
    for text in ["-1f", "1f_", "12g", "+1"] {
        let error = LineAgentSessionStateSet::parse_with(text, hex).unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::InvalidNumber, "{text}");
    }
    // Not numbers at all: names, unknown ones (`x` and something other than
    // hex digits).
    for text in ["x", "xg", "x1L", "_1", "٣"] {
        assert_eq!(
            member_error(text).kind(),
            ParseErrorKind::UnknownName,
            "{text}"
        );
    }
}

/// The accepted rows of FORMAT.md's table of examples (a `u32` family), and
/// more of each notation, as sets (the refused rows: the tests around).
#[test]
fn every_notation() {
    let bits = |text: &str| {
        text.parse::<LineAgentSessionStateSet>()
            .map(|set| set.bits())
    };
    for text in [
        "0x8000004B",
        "0X8000004b",
        "2147483723",
        "-2147483573",
        "0xFFFFFFFF8000004B",
        "0x8000004BL",
        "2147483723UL",
        "2147483723lu",
        "x8000004b",
        "$8000004B",
        "&H8000004B",
        "&H8000004B&",
        "0x8000_004B",
        "0x8000__004B",
        "$8000_004B",
        "&H8000_004B&",
        "2147483723u32",
        "2_147_483_723",
        "2147483723ULL",
        "2147483723i64",
        "0x8000004Bllu",
    ] {
        assert_eq!(bits(text), Ok(0x8000_004B), "{text}");
    }
    for (text, value) in [
        ("x040", 0x40),
        ("x2", 0x2),
        ("X40", 0x40),
        ("&H4&", 0x4),
        ("&h4", 0x4),
        ("4", 0x4),
        ("260", 0x104),
        ("0", 0x0),
        ("0u32", 0x0),
        ("1_0", 10),
        ("1_000", 1000),
    ] {
        assert_eq!(bits(text), Ok(value), "{text}");
    }
    // A member, in a set, with spaces.
    assert_eq!(
        " x2 | $4 | 1UL | &H20& ".parse::<LineAgentSessionStateSet>(),
        "READY | BUSYONCALL | NOTREADY | RELEASED".parse()
    );
    assert_eq!("&H2&".parse(), Ok(LineAgentSessionState::Ready));
    assert_eq!("2u32".parse(), Ok(LineAgentSessionState::Ready));
}

#[test]
fn numbers_out_of_range() {
    for text in [
        "0x100000000",
        "4294967296",
        "-2147483649",
        "99999999999999999999999",
        "-99999999999999999999999",
        "0x00000000000000000001FFFFFFFF",
        "x100000000",
        "$100000000",
        "&H100000000&",
        "4294967296UL",
    ] {
        let error = set_error(text);
        assert_eq!(error.kind(), ParseErrorKind::NumberOutOfRange, "{text}");
        assert_eq!(error.token(), text);
    }
    // FORMAT.md, "Errors".
    assert_eq!(
        set_error("-2147483649").to_string(),
        "number `-2147483649` does not fit in u32 (LINEAGENTSESSIONSTATE_)"
    );
    // Decimal is the bit pattern printed signed or unsigned: `-1` is all
    // bits in a `u32` family.
    let bits = |text: &str| {
        text.parse::<LineAgentSessionStateSet>()
            .map(|set| set.bits())
    };
    assert_eq!(bits("-1"), Ok(u32::MAX));
    assert_eq!(bits("-2147483648"), Ok(0x8000_0000));
    assert_eq!(bits("4294967295"), Ok(u32::MAX));
    // Leading zeros after a prefix are fine; `-0` is zero.
    assert_eq!(
        "0x00000000000000000002".parse(),
        Ok(LineAgentSessionState::Ready)
    );
    assert_eq!(bits("-0"), Ok(0));
    // And a `LONG` printed unsigned reads back in an `i32` family.
    assert_eq!("4294967295".parse(), Ok(TapiErr::Dropped));
    assert_eq!("4294967294".parse(), Ok(TapiErr::NoRequestRecipient));
    assert_eq!("-1".parse(), Ok(TapiErr::Dropped));
    assert_eq!(
        "4294967296".parse::<TapiErr>().unwrap_err().to_string(),
        "number `4294967296` does not fit in i32 (TAPIERR_)"
    );
    assert_eq!(
        "-2147483649".parse::<TapiErr>().unwrap_err().kind(),
        ParseErrorKind::NumberOutOfRange
    );
    // In a `u32` family of negative `LONG`s, the negative numbers.
    assert_eq!("-2147483647".parse(), Ok(LineErr::Allocated));
    assert_eq!("2147483649".parse(), Ok(LineErr::Allocated));
}

#[test]
fn sign_extended_hex() {
    // Hex wider than the family: a negative value of the width,
    // sign-extended to 64 bits, as .NET and 64-bit C print a `LONG`.
    let bits = |text: &str| {
        text.parse::<LineAgentSessionStateSet>()
            .map(|set| set.bits())
    };
    for (text, value) in [
        ("0xFFFFFFFF8000004B", 0x8000_004B),
        ("0xffffffff80000000", 0x8000_0000),
        ("0xFFFFFFFFFFFFFFFF", u32::MAX),
        ("0x0000FFFFFFFF8000004B", 0x8000_004B),
        ("0xFFFFFFFF_8000004BL", 0x8000_004B),
        ("xFFFFFFFF8000004B", 0x8000_004B),
        ("$FFFFFFFF8000004B", 0x8000_004B),
        ("&HFFFFFFFF8000004B&", 0x8000_004B),
    ] {
        assert_eq!(bits(text), Ok(value), "{text}");
    }
    assert_eq!("0xFFFFFFFF80000001".parse(), Ok(LineErr::Allocated));
    assert_eq!("0xFFFFFFFFFFFFFFFF".parse(), Ok(TapiErr::Dropped));
    assert_eq!(
        "0xFFFFFFFFFFFFFFFE".parse(),
        Ok(TapiErr::NoRequestRecipient)
    );
    // Upper bits that are not the sign extension of a negative value: out
    // of range, never truncated.
    for text in [
        "0xFFFFFFFF0000004B",
        "0xFFFFFFFF7FFFFFFF",
        "0x1FFFFFFFF8000004B",
        "0x7FFFFFFF8000004B",
        "0xFFFF8000004B",
        "0xFFFFFFFF8000004B0",
    ] {
        let error = set_error(text);
        assert_eq!(error.kind(), ParseErrorKind::NumberOutOfRange, "{text}");
        assert_eq!(
            error.to_string(),
            format!("number `{text}` does not fit in u32 (LINEAGENTSESSIONSTATE_)")
        );
    }
    // Decimal is never sign-extended: 0xFFFFFFFF8000004B in decimal.
    assert_eq!(
        set_error("18446744071562068043").kind(),
        ParseErrorKind::NumberOutOfRange
    );
    // In an `i32` family, hex is the bit pattern: `0xFFFFFFFF` is −1.
    assert_eq!("0xFFFFFFFF".parse(), Ok(TapiErr::Dropped));
}

#[test]
fn ambiguous_numbers() {
    // Digits without a prefix that may be hex: a leading zero, hex letters
    // among the digits.
    for text in [
        "00000100", "0100", "00", "0_0", "0100L", "1f4", "12a", "1e3", "fffffff0", "8000004B",
        "0b101", "D3", "a1", "1f4u32",
    ] {
        let error = member_error(text);
        assert_eq!(error.kind(), ParseErrorKind::AmbiguousNumber, "{text}");
        assert_eq!(error.token(), text);
        assert_eq!(error.span(), 0..text.len());
        assert_eq!(error.suggestion(), None);
        // It says to write hex with `0x`.
        assert!(
            error.to_string().contains(&format!("(`0x{text}`)")),
            "{error}"
        );
    }
    // FORMAT.md, "Errors".
    assert_eq!(
        member_error("00000100").to_string(),
        "ambiguous number `00000100`: hex must be written with a prefix (`0x00000100`); \
         decimal is written without leading zeros"
    );
    let error = set_error("READY |  1f4 | ENDED");
    assert_eq!(
        (error.kind(), error.span(), error.token()),
        (ParseErrorKind::AmbiguousNumber, 9..12, "1f4")
    );
    // With `unprefixed_hex`, digits without a prefix are hex; a negative
    // number is still decimal; a name is still a name.
    let hex = ParseOptions::new().unprefixed_hex(true);
    let bits = |text: &str| LineAgentSessionStateSet::parse_with(text, hex).map(|set| set.bits());
    for (text, value) in [
        ("00000100", 0x100),
        ("0100", 0x100),
        ("1f4", 0x1F4),
        ("fffffff0", 0xFFFF_FFF0),
        ("ffffffff", u32::MAX),
        ("FFFFFFFF8000004B", 0x8000_004B),
        ("260", 0x260),
        ("1_f", 0x1F),
        ("-1", u32::MAX),
        ("-10", 0xFFFF_FFF6),
        ("0x10", 0x10),
        ("READY | 20", 0x22),
    ] {
        assert_eq!(bits(text), Ok(value), "{text}");
    }
    assert_eq!(
        bits("100000000").unwrap_err().kind(),
        ParseErrorKind::NumberOutOfRange
    );
    assert_eq!(
        LineAgentSessionState::INFO
            .parse_entry_with(" 10 ", hex)
            .map(|e| e.index()),
        Ok(LineAgentSessionState::Ended.index())
    );
}

#[test]
fn letters_only_are_names_with_a_hex_hint() {
    // `ffffffff`: letters only, so a name (an unknown one), whose error
    // says how to write it as hex.
    let error = member_error("ffffffff");
    assert_eq!(error.kind(), ParseErrorKind::UnknownName);
    assert_eq!(error.span(), 0..8);
    assert_eq!(
        error.to_string(),
        "unknown name `ffffffff` for LINEAGENTSESSIONSTATE_ (for a hex number, write \
         `0xffffffff`)"
    );
    let error = set_error("READY | ADD");
    assert_eq!(
        (error.kind(), error.span()),
        (ParseErrorKind::UnknownName, 8..11)
    );
    assert!(
        error
            .to_string()
            .contains("(for a hex number, write `0xADD`)"),
        "{error}"
    );
    // A name that cannot be hex gets no hint.
    for text in ["REDY", "TELEPHONE", "x1g", "fg"] {
        let message = member_error(text).to_string();
        assert!(!message.contains("hex number"), "{message}");
    }
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
            .parse::<LineAgentSessionStateSet>()
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

/// Where `src/number.rs` reads a number otherwise than FORMAT.md says (found
/// by tests/properties.rs; `TAPI_FORMAT_STRICT=1` makes it check these
/// too). What FORMAT.md says, for when the two agree again.
#[test]
fn format_md_corner_cases() {
    // `$` and `&H` hex take no suffix: only C and Rust write them.
    assert_eq!(member_error("$2L").kind(), ParseErrorKind::InvalidNumber);
    assert_eq!(member_error("&H2L").kind(), ParseErrorKind::InvalidNumber);
    // tapisrv's `x` takes plain hex digits: `x1_0` is no number (a name,
    // unknown here), while `0x1_0` and `$1_0` are 0x10.
    assert_eq!(member_error("x1_0").kind(), ParseErrorKind::UnknownName);
    for text in ["0x1_0", "$1_0", "&H1_0"] {
        assert_eq!(
            text.parse::<LineAgentSessionStateSet>()
                .map(|set| set.bits()),
            Ok(0x10),
            "{text}"
        );
    }
    // `_` last is invalid, whatever the digits.
    assert_eq!(member_error("1f_").kind(), ParseErrorKind::InvalidNumber);
    assert_eq!(member_error("0_").kind(), ParseErrorKind::InvalidNumber);
    // A negative number with a leading zero would be octal in C.
    let octal = member_error("-0100");
    assert_eq!(octal.kind(), ParseErrorKind::AmbiguousNumber);
    assert!(octal.to_string().contains("octal"), "{octal}");
    // `&` starts only `&H`.
    assert_eq!(member_error("&O17").kind(), ParseErrorKind::InvalidNumber);
}

/// Two selectors are refused however they are spelt: a name matched
/// ignoring case counts as much as one written exactly.
#[test]
fn conflicting_selectors_ignoring_case() {
    use tapi_consts::families::LineInitializeExOption;

    let info = LineInitializeExOption::INFO;
    let any_case = ParseOptions::new().ignore_case(true);
    for text in [
        "lineinitializeexoption_useevent | LINEINITIALIZEEXOPTION_USEHIDDENWINDOW",
        "USEEVENT | usehiddenwindow",
        "useevent | usecompletionport",
    ] {
        let error = info.parse_bits_with(text, any_case).unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::ConflictingSelectors, "{text}");
    }
    assert_eq!(
        info.parse_bits_with("useevent | callhubtracking", any_case),
        Ok(0x8000_0002)
    );
}

/// A number that puts a second value into a mixed family's selector field
/// is the same conflict as a second selector named: 1 | 2 is not 3.
#[test]
fn a_number_is_a_selector_too() {
    use tapi_consts::families::LineInitializeExOption;

    let info = LineInitializeExOption::INFO;
    for (text, span) in [
        ("USEHIDDENWINDOW | 0x2", 18..21),
        ("0x1 | 0x2", 6..9),
        ("0x80000001 | USEEVENT", 13..21),
        ("2 | 0x80000003", 4..14),
    ] {
        let error = info.parse_bits(text).unwrap_err();
        assert_eq!(
            (error.kind(), error.span()),
            (ParseErrorKind::ConflictingSelectors, span),
            "{text}"
        );
    }
    // The same value twice, or flags beside it, is fine.
    assert_eq!(
        info.parse_bits("USEEVENT | 0x2 | 0x80000000"),
        Ok(0x8000_0002)
    );
    assert_eq!(info.parse_bits("0x80000002 | USEEVENT"), Ok(0x8000_0002));
}

/// The error keeps the offending text whole up to 64 bytes, and cut at a
/// character boundary beyond, at every length (the copy is made in
/// overlapping fixed-size pieces whose sizes change at 8, 16 and 32 bytes).
#[test]
fn the_token_is_kept_whole_or_cut_at_a_character_boundary_at_every_length() {
    let ascii: String = ('a'..='z').chain('A'..='Z').cycle().take(80).collect();
    let accented: String = "éa".repeat(40);
    for text in [&ascii, &accented] {
        let ends = (1..=text.len()).filter(|&end| text.is_char_boundary(end));
        for (prefix, end) in ends.flat_map(|end| [("", end), ("LINEAGENTSESSIONSTATE_", end)]) {
            let full = format!("{prefix}{}", &text[..end]);
            let error = member_error(&full);
            let mut cut = full.len().min(64);
            while !full.is_char_boundary(cut) {
                cut -= 1;
            }
            assert_eq!(error.token(), &full[..cut], "{full:?}");
            let message = error.to_string();
            assert_eq!(message.contains('…'), cut < full.len(), "{message}");
        }
    }
}

/// Every message in French and German (the default features keep both):
/// the same facts as the English one — the term as written, the family
/// where it names it, the suggestion — in the language's words, with no placeholder left.
#[test]
fn every_message_in_french_and_german() {
    use tapi_consts::families::{LineCallState, LineInitializeExOption};
    let errors = [
        member_error(""),
        member_error("RAEDY"),
        member_error("ffffffff"),
        member_error("0x"),
        member_error("-0100"),
        member_error("00000100"),
        member_error("0x1_0000_0000"),
        member_error("0x8000"),
        "IDLE | OFFERING".parse::<LineCallState>().unwrap_err(),
        "INUSE | BUSY".parse::<LineErr>().unwrap_err(),
        member_error("READY | BUSYONCALL"),
        LineInitializeExOption::INFO
            .parse("USEHIDDENWINDOW | USEEVENT", ParseOptions::new())
            .unwrap_err(),
    ];
    let mut kinds: Vec<_> = errors.iter().map(|error| error.kind()).collect();
    kinds.sort_by_key(|kind| format!("{kind:?}"));
    kinds.dedup();
    assert_eq!(kinds.len(), 8, "{kinds:?}: every kind");
    // Every template: the two readings of `|` (an enumeration's, a flags
    // family's), a negative leading zero, the hex hint.
    let english: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for part in [
        "is an enumeration",
        "where one",
        "leading zero is octal",
        "for a hex number",
    ] {
        assert!(english.iter().any(|text| text.contains(part)), "{part}");
    }
    for error in &errors {
        let english = error.to_string();
        assert_eq!(error.display_in("en-GB").to_string(), english);
        // A language the crate has no words in: English.
        assert_eq!(error.display_in("ja").to_string(), english);
        for (lang, word) in [("fr", "constante"), ("de", "Konstante")] {
            let text = error.display_in(lang).to_string();
            assert_ne!(text, english, "{lang}");
            assert!(!text.contains(['{', '}']), "{lang}: {text}");
            let prefix = error.family().prefix();
            assert_eq!(
                text.contains(prefix),
                english.contains(prefix),
                "{lang}: {text}"
            );
            if !error.token().is_empty() {
                assert!(
                    text.contains(&format!("`{}", error.token())),
                    "{lang}: {text}"
                );
            }
            if let Some(suggestion) = error.suggestion() {
                assert!(text.contains(&format!("`{suggestion}`")), "{lang}: {text}");
            }
            if error.kind() == ParseErrorKind::UnknownValue {
                assert!(text.contains(word), "{lang}: {text}");
            }
        }
    }
    assert_eq!(
        member_error("RAEDY").display_in("de").to_string(),
        "unbekannter Name `RAEDY` für LINEAGENTSESSIONSTATE_; meinten Sie `READY`?"
    );
    assert_eq!(
        member_error("00000100").display_in("fr").to_string(),
        "nombre ambigu `00000100` : un nombre hexadécimal s’écrit avec un préfixe \
         (`0x00000100`) ; un nombre décimal s’écrit sans zéro en tête"
    );
}
