//! A family implemented by hand with `FamilyInfo::new` behaves like its
//! derived twin: same names, lookups, set text and errors, by linear scans
//! instead of the derive's indexes.

use tapi_consts::{ConstFamily, FamilyInfo, FlagFamily, Flags, Kind, Repr};

/// The derived twin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u16)]
#[tapi(prefix = "ACME_", flags)]
enum Derived {
    /// None.
    None = 0,
    /// Red.
    Red = 0x1,
    /// Green.
    Green = 0x4,
    /// Top bit.
    Top = 0x8000,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u16)]
enum Hand {
    None = 0,
    Red = 0x1,
    Green = 0x4,
    Top = 0x8000,
}

static HAND: FamilyInfo = FamilyInfo::new(
    "Hand",
    "ACME_",
    Kind::Flags,
    <u16 as Repr>::KIND,
    &["ACME_NONE", "ACME_RED", "ACME_GREEN", "ACME_TOP"],
    &[0, 0x1, 0x4, 0x8000],
);

impl ConstFamily for Hand {
    type Repr = u16;
    const INFO: &'static FamilyInfo = &HAND;
    const ALL: &'static [Self] = &[Hand::None, Hand::Red, Hand::Green, Hand::Top];

    fn index(self) -> usize {
        Self::ALL.iter().position(|&member| member == self).unwrap()
    }
}

impl FlagFamily for Hand {}

/// An enumeration by hand, signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i8)]
enum Level {
    Low = -1,
    High = 1,
}

static LEVEL: FamilyInfo = FamilyInfo::new(
    "Level",
    "LEVEL_",
    Kind::Enum,
    <i8 as Repr>::KIND,
    &["LEVEL_LOW", "LEVEL_HIGH"],
    &[-1i8 as u8 as u64, 1],
);

impl ConstFamily for Level {
    type Repr = i8;
    const INFO: &'static FamilyInfo = &LEVEL;
    const ALL: &'static [Self] = &[Level::Low, Level::High];

    fn index(self) -> usize {
        match self {
            Level::Low => 0,
            Level::High => 1,
        }
    }
}

const SPELLINGS: &[&str] = &[
    "ACME_RED",
    "RED",
    "acme_red",
    "red",
    "Acme_Green",
    "TOP",
    "ACME_NONE",
    "NONE",
    "ACME_",
    "",
    "ACME_REDD",
    "BLUE",
    "acme_top ",
    "ACME_ACME_RED",
];

#[test]
fn lookups_match_the_derived_twin() {
    let (hand, derived) = (Hand::INFO, Derived::INFO);
    for text in SPELLINGS {
        assert_eq!(
            hand.entry_by_name(text).map(|e| e.index()),
            derived.entry_by_name(text).map(|e| e.index()),
            "{text:?}"
        );
        assert_eq!(
            hand.entry_by_name_ignore_case(text).map(|e| e.index()),
            derived.entry_by_name_ignore_case(text).map(|e| e.index()),
            "{text:?}"
        );
        assert_eq!(
            hand.entry_by_full_name(text, true).map(|e| e.index()),
            derived.entry_by_full_name(text, true).map(|e| e.index()),
            "{text:?}"
        );
    }
    for bits in [0, 1, 2, 4, 5, 0x8000, 0xFFFF] {
        assert_eq!(
            hand.entry_by_bits(bits).map(|e| e.index()),
            derived.entry_by_bits(bits).map(|e| e.index()),
            "{bits:#x}"
        );
    }
    assert_eq!(hand.known_bits(), derived.known_bits());
    assert_eq!(hand.kind(), derived.kind());
    assert_eq!(hand.repr(), derived.repr());
}

#[test]
fn entries_match_the_derived_twin() {
    for (hand, derived) in Hand::ALL.iter().zip(Derived::ALL) {
        let (h, d) = (hand.entry(), derived.entry());
        assert_eq!(h.name(), d.name());
        assert_eq!(h.short_name(), d.short_name());
        assert_eq!(h.bits(), d.bits());
        assert_eq!(hand.value(), derived.value());
        assert_eq!(Hand::from_value(hand.value()), Some(*hand));
        assert_eq!(h.aliases().count(), 0);
        assert_eq!(h.since(), None);
        // No descriptions: every language falls back to "".
        assert_eq!(h.description("en"), "");
        assert_eq!(h.docs().resolve("en"), None);
    }
    assert!(Hand::INFO.languages().is_empty());
    assert_eq!(Hand::INFO.description("fr"), "");
}

#[test]
fn set_text_matches_the_derived_twin() {
    for bits in [0u16, 1, 4, 5, 0x8000, 0x8005, 0x0002, 0xFFFF, 0x7FF2] {
        let hand = Flags::<Hand>::from_bits_retain(bits);
        let derived = Flags::<Derived>::from_bits_retain(bits);
        assert_eq!(hand.to_string(), derived.to_string(), "{bits:#x}");
        assert_eq!(format!("{hand:#}"), format!("{derived:#}"), "{bits:#x}");
        assert_eq!(hand.to_string().parse::<Flags<Hand>>(), Ok(hand));
        assert_eq!(format!("{hand:#}").parse::<Flags<Hand>>(), Ok(hand));
        let members: Vec<usize> = hand.iter().map(ConstFamily::index).collect();
        let twins: Vec<usize> = derived.iter().map(ConstFamily::index).collect();
        assert_eq!(members, twins, "{bits:#x}");
    }
    for text in ["ACME_RED | BLUE", "RED |", "| RED", "0x10000", "ACME_REDD"] {
        let hand = text.parse::<Flags<Hand>>().unwrap_err();
        let derived = text.parse::<Flags<Derived>>().unwrap_err();
        assert_eq!(hand.kind(), derived.kind(), "{text:?}");
        assert_eq!(hand.span(), derived.span(), "{text:?}");
        assert_eq!(hand.suggestion(), derived.suggestion(), "{text:?}");
    }
}

#[test]
fn a_signed_enumeration_by_hand() {
    assert_eq!(Level::Low.value(), -1);
    assert_eq!(Level::from_value(-1), Some(Level::Low));
    assert_eq!(Level::from_value(0), None);
    assert_eq!(Level::Low.entry().name(), "LEVEL_LOW");
    assert_eq!(
        Level::INFO
            .entry_by_name_ignore_case("high")
            .map(|e| e.index()),
        Some(1)
    );
    let mut text = String::new();
    Level::INFO.write_value(&mut text, 0xFF, false).unwrap();
    assert_eq!(text, "LEVEL_LOW");
}
