//! Values of a family: numbers as the tool reads and writes them, and a
//! bit pattern taken apart into the constants that make it up.

use tapi_consts::{Entry, FamilyInfo, Kind, ParseError, ParseErrorKind, ParseOptions, Repr};

use crate::catalogue::{fill, text, Text};
use crate::Status;

/// Whether `term` is written as a number (a good one or not), rather than
/// as a name: the runtime's grammar says, for the widest repr.
pub fn is_number(term: &str, options: ParseOptions) -> bool {
    !matches!(<u64 as Repr>::KIND.parse_number(term, options), Ok(None))
}

/// Reads one value of `family` as the runtime does
/// ([`FamilyInfo::parse`]): a set's text in a flags family, one name or
/// number in an enumeration; any number that fits is a value, known or not.
pub fn read(
    family: &'static FamilyInfo,
    text: &str,
    options: ParseOptions,
    lang: &str,
) -> Result<u64, Refused> {
    family
        .parse(text, options)
        .map_err(|error| Refused::from_parse(&error, lang))
}

/// A `DWORD` given on the command line (a `message` parameter, a `field`
/// value): a number in any form the runtime reads (`-2147483576` and
/// `0xFFFFFFFF8000004B` are `0x80000048`), or a name of `family`, the one
/// the number's role names. The error is said in `lang`; `no_name` says it
/// for a text that is no number where no family's names are read.
pub fn dword(
    text: &str,
    family: Option<&'static FamilyInfo>,
    options: ParseOptions,
    lang: &str,
    no_name: impl FnOnce(&str) -> String,
) -> Result<u32, String> {
    let text = text.trim();
    match <u32 as Repr>::KIND.parse_number(text, options) {
        Ok(Some(bits)) => return Ok(bits as u32),
        Ok(None) => {}
        Err(_) => return Err(fill(lang, Text::Not32Bit, &[("text", text)])),
    }
    match family {
        Some(family) => family
            .parse(text, options)
            .map(|bits| bits as u32)
            .map_err(|error| error.display_in(lang).to_string()),
        None => Err(no_name(text)),
    }
}

/// A text the tool does not read (a value, a name): what to say, how bad
/// it is (not known, or a number written so that its meaning is not
/// certain: a usage error), and the name probably meant.
#[derive(Clone, Debug)]
pub struct Refused {
    pub message: String,
    pub status: Status,
    pub suggestion: Option<String>,
    /// The term refused as a name that the family does not have.
    pub unknown_name: Option<String>,
}

impl Refused {
    pub fn not_known(message: String) -> Self {
        Refused {
            message,
            status: Status::NotKnown,
            suggestion: None,
            unknown_name: None,
        }
    }

    /// The runtime's message in `lang`; for hex without a prefix, also how
    /// to ask the tool to read it.
    pub fn from_parse(error: &ParseError, lang: &str) -> Self {
        let mut message = error.display_in(lang).to_string();
        let status = if error.kind() == ParseErrorKind::AmbiguousNumber {
            // A negative number is decimal even with --hex.
            if !error.token().starts_with('-') {
                message.push_str(text(lang, Text::OrPassHex));
            }
            Status::Usage
        } else {
            Status::NotKnown
        };
        let suggestion = error.suggested_entry().map(|entry| entry.name().to_owned());
        Refused {
            message,
            status,
            suggestion,
            unknown_name: (error.kind() == ParseErrorKind::UnknownName)
                .then(|| error.token().to_owned()),
        }
    }
}

/// A bit pattern taken apart: the constants it is made of and what is
/// left.
pub struct Decoded {
    pub bits: u64,
    /// The family's text for the value (`A | B | 0x00000040`).
    pub text: String,
    /// The constants: the member of an enumeration; the selector, then the
    /// flags in ascending bit order, of a set; the zero member of an empty
    /// set.
    pub members: Vec<Entry>,
    /// The part the family leaves to device-specific extensions
    /// ([`FamilyInfo::device_specific`]): a vendor's, not unknown.
    pub device_specific: u64,
    /// The bits no constant accounts for and no vendor may use: the whole
    /// value of an unknown enumeration value, unknown bits of a set.
    pub unknown: u64,
    /// Whether every bit is a constant's or a vendor's (an enumeration
    /// value: a member, or in the vendors' range).
    pub known: bool,
}

/// Takes `bits` apart as a value of `family`, through the runtime's
/// [`FamilyInfo::members`].
pub fn decode(family: &'static FamilyInfo, bits: u64) -> Decoded {
    let mut text = String::new();
    let _ = family.write(&mut text, bits, false);
    let mut walk = family.members(bits);
    let mut members: Vec<Entry> = walk.by_ref().collect();
    // The empty set's text names the zero member: so does the breakdown.
    if family.kind().is_set() && bits == 0 {
        members.extend(family.entry_by_bits(0));
    }
    let rest = walk.rest();
    let device_specific = family.device_specific_bits(rest);
    let unknown = rest & !device_specific;
    let known = unknown == 0
        && (!members.is_empty() || device_specific != 0 || family.kind() != Kind::Enum);
    Decoded {
        bits,
        text,
        members,
        device_specific,
        unknown,
        known,
    }
}

/// Takes apart a number that holds exactly one member of `family` (a
/// message parameter or structure field whose role is a value): several
/// members at once are not a value of it, and shown as not known.
pub fn decode_one(family: &'static FamilyInfo, bits: u64) -> Decoded {
    let mut decoded = decode(family, bits);
    if decoded.members.len() > 1 {
        decoded.known = false;
    }
    decoded
}

#[cfg(test)]
mod tests {
    use tapi_consts::families::{LineAgentSessionState, LineCallHubTracking, LineErr, TapiErr};
    use tapi_consts::ConstFamily;

    use tapi_consts::ParseOptions;

    use super::{decode, is_number, read, Refused};
    use crate::Status;

    #[test]
    fn only_an_unknown_name_is_kept_as_one() {
        let name = "LINEERR_BOGUS".parse::<LineErr>().unwrap_err();
        let refused = Refused::from_parse(&name, "en");
        assert_eq!(refused.unknown_name.as_deref(), Some("LINEERR_BOGUS"));
        let number = "0x".parse::<LineErr>().unwrap_err();
        assert_eq!(Refused::from_parse(&number, "en").unknown_name, None);
    }

    #[test]
    fn an_enumeration_value_is_its_member_alone() {
        // TAPIERR_ has a zero member (CONNECTED): only the empty set of a
        // set family is read as its zero member, never an enumeration value.
        let busy = decode(TapiErr::INFO, 0xFFFF_FFF5);
        let names: Vec<&str> = busy.members.iter().map(|entry| entry.name()).collect();
        assert_eq!(names, ["TAPIERR_DESTBUSY"]);
        let connected = decode(TapiErr::INFO, 0);
        let names: Vec<&str> = connected.members.iter().map(|entry| entry.name()).collect();
        assert_eq!(names, ["TAPIERR_CONNECTED"]);
        // A set family's empty set is its zero member; a set with bits is
        // only its flags.
        let names = |bits| -> Vec<&str> {
            let decoded = decode(LineCallHubTracking::INFO, bits);
            decoded.members.iter().map(|entry| entry.name()).collect()
        };
        assert_eq!(names(0), ["LINECALLHUBTRACKING_NONE"]);
        assert_eq!(names(1), ["LINECALLHUBTRACKING_PROVIDERLEVEL"]);
    }

    #[test]
    fn values_in_every_notation_the_runtime_reads() {
        let options = ParseOptions::new();
        let read =
            |text| read(LineErr::INFO, text, options, "en").map_err(|refused| refused.status);
        assert_eq!(read("0x80000048"), Ok(0x8000_0048));
        assert_eq!(read("2147483720UL"), Ok(0x8000_0048));
        assert_eq!(read("-2147483576"), Ok(0x8000_0048));
        assert_eq!(read("0xFFFFFFFF80000048"), Ok(0x8000_0048));
        assert_eq!(read("x80000048"), Ok(0x8000_0048));
        assert_eq!(read("&H80000048&"), Ok(0x8000_0048));
        assert_eq!(read("LINEERR_INUSE"), Ok(0x8000_000F));
        assert_eq!(read("8000004B"), Err(Status::Usage));
        assert_eq!(read("0000000F"), Err(Status::Usage));
        // Plain decimal stays decimal, even where a trace meant hex.
        assert_eq!(read("80000048"), Ok(80_000_048));
        assert_eq!(read("-2147483649"), Err(Status::NotKnown));
        assert_eq!(read("LINEERR_INUSE | 1"), Err(Status::NotKnown));
        assert_eq!(read(" "), Err(Status::NotKnown));
        assert_eq!(
            super::read(LineAgentSessionState::INFO, " ", options, "en").unwrap(),
            0
        );
        let hex = ParseOptions::new().unprefixed_hex(true);
        assert_eq!(
            super::read(LineErr::INFO, "80000048", hex, "en").unwrap(),
            0x8000_0048
        );
        let states = super::read(LineAgentSessionState::INFO, "-1 | READY", options, "en");
        assert_eq!(states.unwrap(), 0xFFFF_FFFF);
    }

    #[test]
    fn ambiguous_numbers_say_how_to_write_them() {
        let refused = read(LineErr::INFO, "00000100", ParseOptions::new(), "en").unwrap_err();
        assert!(
            refused.message.contains("`0x00000100`"),
            "{}",
            refused.message
        );
        assert!(refused.message.contains("--hex"), "{}", refused.message);
        assert!(is_number("fffffff0", ParseOptions::new()));
        assert!(is_number("12g", ParseOptions::new()));
        assert!(!is_number("READY", ParseOptions::new()));
    }

    #[test]
    fn sets_keep_unknown_bits() {
        let decoded = decode(LineAgentSessionState::INFO, 0x46);
        assert_eq!(decoded.members.len(), 2);
        assert_eq!(decoded.unknown, 0x40);
        assert!(!decoded.known);
        assert!(decode(LineAgentSessionState::INFO, 0).known);
        let unknown = decode(LineErr::INFO, 0x8000_0004);
        assert!(unknown.members.is_empty() && !unknown.known);
        assert_eq!(unknown.text, "0x80000004");
    }

    #[test]
    fn device_specific_parts_are_not_unknown() {
        use tapi_consts::families::{LineCallState, LineDisconnectMode};
        // A standard state with a vendor's substate in the high 8 bits.
        let state = decode(LineCallState::INFO, 0x0100_0100);
        assert_eq!(state.members.len(), 1);
        assert_eq!((state.device_specific, state.unknown), (0x0100_0000, 0));
        assert!(state.known);
        // A vendor's error code, and a code in the gap of the standard ones.
        let vendor = decode(LineErr::INFO, 0xC000_0001);
        assert!(vendor.members.is_empty() && vendor.known);
        assert_eq!((vendor.device_specific, vendor.unknown), (0xC000_0001, 0));
        assert!(!decode(LineErr::INFO, 0x8000_0004).known);
        // Bits 16 to 21 are members since TAPI 3.0; bit 22 and up, vendors'.
        let mode = decode(LineDisconnectMode::INFO, 0x0040_0000 | 0x0001_0000);
        assert_eq!((mode.device_specific, mode.unknown), (0x0040_0000, 0));
        let both = decode(LineAgentSessionState::INFO, 0x0001_0000);
        assert_eq!((both.device_specific, both.unknown), (0, 0x0001_0000));
    }
}
