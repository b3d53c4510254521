//! Equality, hashing and `Debug` of the values the library hands out:
//! `Entry`, `ParseError`, `UnknownValueError`. Code keys maps by them and
//! compares errors; mutation testing (issue 13) found these untested.

use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};

use tapi_consts::families::{LineAgentSessionState, LineBearerMode, LineCallState, LineErr, ALL};
use tapi_consts::{ConstFamily, DeviceSpecific, Entry, FamilyInfo, Kind, ParseErrorKind, Repr};

#[test]
fn entries_are_equal_exactly_when_they_are_the_same_constant() {
    let idle = LineCallState::Idle.entry();
    assert_eq!(idle, LineCallState::INFO.entry_by_name("IDLE").unwrap());
    assert_eq!(idle, tapi_consts::lookup("LINECALLSTATE_IDLE").unwrap());
    assert_ne!(idle, LineCallState::Offering.entry());
    // The same position in another family is another constant.
    let other = LineAgentSessionState::INFO.entry(idle.index()).unwrap();
    assert_ne!(idle, other);
    let every: Vec<Entry> = ALL.iter().flat_map(|info| info.entries()).collect();
    let distinct: HashSet<Entry> = every.iter().copied().collect();
    assert_eq!(distinct.len(), every.len());
    for (i, a) in every.iter().enumerate().step_by(37) {
        for b in every.iter().skip(i + 1).step_by(53) {
            assert_ne!(a, b, "{a:?} {b:?}");
        }
    }
}

#[test]
fn entries_hash_by_family_and_position() {
    // A fixed hasher: the hashes of different constants differ (a hash
    // that ignored the entry would make every map of them one bucket).
    let hasher = BuildHasherDefault::<DefaultHasher>::default();
    let every: Vec<Entry> = ALL.iter().flat_map(|info| info.entries()).collect();
    let hashes: HashSet<u64> = every.iter().map(|entry| hasher.hash_one(entry)).collect();
    assert!(
        hashes.len() > every.len() * 99 / 100,
        "{} of {}",
        hashes.len(),
        every.len()
    );
    let idle = LineCallState::Idle.entry();
    assert_eq!(
        hasher.hash_one(idle),
        hasher.hash_one(LineCallState::INFO.entry(0).unwrap())
    );
}

#[test]
fn parse_errors_are_equal_when_the_same_input_fails_the_same_way() {
    let info = LineAgentSessionState::INFO;
    let fail = |text: &str| info.parse_bits(text).unwrap_err();
    assert_eq!(fail("READY | BOGUS"), fail("READY | BOGUS"));
    // Each part counts: the kind, the span, the token, the family.
    assert_ne!(fail("READY | BOGUS"), fail("READY | BOGUX"));
    assert_ne!(fail("READY | BOGUS"), fail("READY  | BOGUS"));
    assert_ne!(fail("READY | BOGUS"), fail("READY | 0x1g"));
    let elsewhere = LineCallState::INFO.parse_bits("READY | BOGUS").unwrap_err();
    assert_eq!(elsewhere.kind(), ParseErrorKind::UnknownName);
    assert_ne!(fail("READY | BOGUS"), elsewhere);
    let (a, b) = (fail("BOGUS |"), fail("BOGUS | "));
    assert_eq!((a.kind(), a.token()), (b.kind(), b.token()));
    assert_eq!(a, b.clone());
}

#[test]
fn unknown_values_compare_and_debug_by_value() {
    let error = LineErr::try_from(0x8000_0004_u32).unwrap_err();
    assert_eq!(error, LineErr::try_from(0x8000_0004_u32).unwrap_err());
    assert_ne!(error, LineErr::try_from(0x8000_0031_u32).unwrap_err());
    assert_eq!(
        format!("{error:?}"),
        "UnknownValueError { family: \"LINEERR_\", value: 2147483652 }"
    );
}

/// A value in a family's device-specific range is a vendor's, and the
/// error says so; one outside it is simply unknown (the doctest says the
/// same, but mutation testing runs no doctest).
#[test]
fn unknown_values_tell_a_vendor_s_value_from_an_unknown_one() {
    let vendor = LineErr::try_from(0xC000_0001_u32).unwrap_err();
    assert!(vendor.is_device_specific());
    assert_eq!(
        vendor.to_string(),
        "0xC0000001 is a device-specific value of LINEERR_, a vendor's, not a member"
    );
    let unknown = LineErr::try_from(0x8000_0004_u32).unwrap_err();
    assert!(!unknown.is_device_specific());
    assert_eq!(
        unknown.to_string(),
        "0x80000004 is not the value of any LINEERR_ constant"
    );
    // What each family leaves to vendors, from its reference page.
    assert_eq!(
        LineErr::INFO.device_specific(),
        Some(DeviceSpecific::From(0xC000_0000))
    );
    assert_eq!(
        LineBearerMode::INFO.device_specific(),
        Some(DeviceSpecific::Bits(0xFFFF_0000))
    );
    assert_eq!(LineAgentSessionState::INFO.device_specific(), None);
    // LINECALLSTATE_'s high 8 bits are the vendor's; the bits below are not.
    assert!(LineCallState::try_from(0x0100_0000_u32)
        .unwrap_err()
        .is_device_specific());
    assert!(!LineCallState::try_from(0x0000_0003_u32)
        .unwrap_err()
        .is_device_specific());
}

#[test]
fn a_family_with_no_constant_is_empty() {
    static NONE: FamilyInfo =
        FamilyInfo::new("None", "NONE_", Kind::Enum, <u8 as Repr>::KIND, &[], &[]);
    static ONE: FamilyInfo = FamilyInfo::new(
        "One",
        "ONE_",
        Kind::Enum,
        <u8 as Repr>::KIND,
        &["ONE_A"],
        &[1],
    );
    assert!(NONE.is_empty());
    assert_eq!(NONE.len(), 0);
    assert!(!ONE.is_empty());
    assert!(ALL.iter().all(|info| !info.is_empty()));
}
