//! Families derived by a user: every attribute, every repr width, signed
//! values, aliases, zero members and names that look like the prefix.

use tapi_consts::{ConstFamily, Flags, Kind, ParseErrorKind, Version};

/// Error codes of a vendor library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "VENDORERR_", since = "2.1", c_consts)]
#[tapi(doc(
    fr = "Codes d’erreur d’une bibliothèque de fabricant.",
    pt_br = "Códigos de erro."
))]
enum VendorErr {
    /// No error.
    Ok = 0,
    /// The call was dropped.
    ///
    /// Second paragraph.
    #[tapi(doc(fr = "L’appel a été abandonné.", de_ch = "Der Anruf wurde beendet."))]
    Dropped = -1,
    /// The device is gone.
    #[tapi(name = "NO_DEVICE", alias = "NODEVICE", alias = "GONE", since = "2.2")]
    NoDevice = -2,
    Lowest = -2147483648,
    Highest = 0x7FFF_FFFF,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "HUB_", flags)]
enum HubTracking {
    None = 0,
    AllCalls = 0x1,
    /// The short name starts like the prefix.
    #[tapi(name = "HUB_PROVIDER")]
    HubProvider = 0x2,
    Top = 0x8000_0000,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "SMALL_", flags)]
enum Small {
    A = 1,
    H = 0x80,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i64)]
#[tapi(prefix = "WIDE_")]
enum Wide {
    Min = -9_223_372_036_854_775_808,
    Max = 9_223_372_036_854_775_807,
    r#Type = 7,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u64)]
#[tapi(prefix = "BIG_", flags)]
enum Big {
    Low = 1,
    High = 0x8000_0000_0000_0000,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u16)]
#[tapi(prefix = "MID_")]
enum Mid {
    One = 1,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i8)]
#[tapi(prefix = "TINY_", flags)]
enum Tiny {
    Sign = -128,
    One = 1,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i16)]
#[tapi(prefix = "SHORT_")]
enum Short {
    Neg = -300,
}

#[test]
fn signed_values_and_their_bit_patterns() {
    assert_eq!(VendorErr::Dropped.value(), -1);
    assert_eq!(VendorErr::from_value(-2), Some(VendorErr::NoDevice));
    assert_eq!(VendorErr::Dropped.entry().bits(), 0xFFFF_FFFF);
    // Hex is the bit pattern; decimal may be negative.
    assert_eq!("0xFFFFFFFF".parse(), Ok(VendorErr::Dropped));
    assert_eq!("-1".parse(), Ok(VendorErr::Dropped));
    assert_eq!("-2147483648".parse(), Ok(VendorErr::Lowest));
    assert_eq!("0x80000000".parse(), Ok(VendorErr::Lowest));
    assert_eq!("2147483647".parse(), Ok(VendorErr::Highest));
    // Decimal reads the 32-bit pattern printed signed or unsigned.
    assert_eq!("2147483648".parse(), Ok(VendorErr::Lowest));
    assert_eq!("4294967295".parse(), Ok(VendorErr::Dropped));
    for out_of_range in ["4294967296", "-2147483649", "0x100000000"] {
        let error = out_of_range.parse::<VendorErr>().unwrap_err();
        assert_eq!(
            error.kind(),
            ParseErrorKind::NumberOutOfRange,
            "{out_of_range}"
        );
        assert!(error.to_string().contains("does not fit in i32"));
    }
    let error = VendorErr::try_from(-3_i32).unwrap_err();
    assert_eq!(
        error.to_string(),
        "0xFFFFFFFD is not the value of any VENDORERR_ constant"
    );
    assert_eq!(VendorErr::INFO.repr().name(), "i32");
    assert!(VendorErr::INFO.repr().is_signed());
    assert_eq!(i32::from(VendorErr::Lowest), i32::MIN);

    assert_eq!(Wide::Min.value(), i64::MIN);
    assert_eq!("-9223372036854775808".parse(), Ok(Wide::Min));
    assert_eq!("0x8000000000000000".parse(), Ok(Wide::Min));
    assert_eq!(Wide::Max.entry().bits(), i64::MAX as u64);
    assert_eq!("-300".parse(), Ok(Short::Neg));
    assert_eq!(Short::Neg.entry().bits(), 0xFED4);
    assert_eq!(Mid::One.value(), 1u16);
}

#[test]
fn names_aliases_and_raw_identifiers() {
    assert_eq!(VendorErr::NoDevice.name(), "VENDORERR_NO_DEVICE");
    assert_eq!(VendorErr::NoDevice.short_name(), "NO_DEVICE");
    for name in [
        "NO_DEVICE",
        "NODEVICE",
        "GONE",
        "VENDORERR_NODEVICE",
        "VENDORERR_GONE",
    ] {
        assert_eq!(
            VendorErr::from_name(name),
            Some(VendorErr::NoDevice),
            "{name}"
        );
        assert_eq!(name.parse(), Ok(VendorErr::NoDevice), "{name}");
    }
    assert_eq!(
        VendorErr::from_name_ignore_case("vendorerr_gone"),
        Some(VendorErr::NoDevice)
    );
    let aliases: Vec<&str> = VendorErr::NoDevice.entry().aliases().collect();
    assert_eq!(aliases, ["NODEVICE", "GONE"]);
    // Output always uses the primary name.
    assert_eq!(
        "GONE".parse::<VendorErr>().unwrap().to_string(),
        "VENDORERR_NO_DEVICE"
    );
    assert_eq!(Wide::r#Type.name(), "WIDE_TYPE");
    assert_eq!(Wide::from_name("TYPE"), Some(Wide::r#Type));
    // A short name that starts like the prefix, as full and short name.
    assert_eq!(HubTracking::HubProvider.name(), "HUB_HUB_PROVIDER");
    assert_eq!(
        HubTracking::from_name("HUB_PROVIDER"),
        Some(HubTracking::HubProvider)
    );
    assert_eq!(
        HubTracking::from_name("HUB_HUB_PROVIDER"),
        Some(HubTracking::HubProvider)
    );
    assert_eq!(
        HubTracking::from_name("HUB_ALLCALLS"),
        Some(HubTracking::AllCalls)
    );
    assert_eq!(HubTracking::from_name("HUB_"), None);
    assert_eq!(HubTracking::from_name("HUB"), None);
    assert_eq!(HubTracking::from_name(""), None);
}

#[test]
fn docs_languages_and_versions() {
    let info = VendorErr::INFO;
    assert_eq!(info.kind(), Kind::Enum);
    assert_eq!(info.since(), Some(Version::new(2, 1)));
    assert_eq!(info.header(), None);
    assert_eq!(info.languages(), &["en", "de-CH", "fr", "pt-BR"]);
    assert_eq!(info.description("pt-BR"), "Códigos de erro.");
    assert_eq!(info.description("pt_br"), "Códigos de erro.");
    assert_eq!(info.description("pt"), "Error codes of a vendor library.");
    assert_eq!(
        VendorErr::Dropped.description("en"),
        "The call was dropped.\n\nSecond paragraph."
    );
    assert_eq!(
        VendorErr::Dropped.description("de-CH"),
        "Der Anruf wurde beendet."
    );
    assert_eq!(
        VendorErr::Dropped.description("DE_ch"),
        "Der Anruf wurde beendet."
    );
    // No `de` text: `de` falls back to English, not to `de-CH`.
    assert_eq!(
        VendorErr::Dropped.description("de"),
        "The call was dropped.\n\nSecond paragraph."
    );
    assert_eq!(
        VendorErr::NoDevice.entry().since(),
        Some(Version::new(2, 2))
    );
    assert_eq!(VendorErr::Ok.entry().since(), None);
    // Undocumented members describe themselves as empty, in any language.
    assert_eq!(VendorErr::Lowest.description("en"), "");
    assert_eq!(VendorErr::Lowest.description("fr"), "");
}

#[test]
fn zero_member_in_a_flags_family() {
    type Set = Flags<HubTracking>;
    assert_eq!(Set::empty().to_string(), "HUB_NONE");
    assert_eq!(format!("{:#}", Set::empty()), "NONE");
    assert_eq!("NONE".parse::<Set>(), Ok(Set::empty()));
    assert_eq!(
        "HUB_NONE | ALLCALLS".parse::<Set>(),
        Ok(HubTracking::AllCalls.into())
    );
    // The zero member is in every set and never listed.
    assert!(Set::from(HubTracking::AllCalls).contains(HubTracking::None.into()));
    assert_eq!(
        (HubTracking::AllCalls | HubTracking::None)
            .iter()
            .collect::<Vec<_>>(),
        [HubTracking::AllCalls]
    );
    assert_eq!(Set::all().bits(), 0x8000_0003);
    let top = HubTracking::Top | HubTracking::AllCalls;
    assert_eq!(top.to_string(), "HUB_ALLCALLS | HUB_TOP");
    assert_eq!("0x80000001".parse::<Set>(), Ok(top));
    assert_eq!(HubTracking::None.to_string(), "HUB_NONE");
}

#[test]
fn every_width_round_trips_set_text() {
    fn round_trip<E: tapi_consts::FlagFamily>(patterns: &[u64]) {
        use tapi_consts::{FlagSet, Repr};
        for &bits in patterns {
            let set = Flags::<E>::from_bits_retain(E::Repr::from_bits(bits));
            for text in [set.to_string(), format!("{set:#}")] {
                assert_eq!(text.parse::<Flags<E>>(), Ok(set), "{text}");
            }
        }
    }
    round_trip::<Small>(&[0, 1, 0x80, 0x81, 0x7E, 0xFF]);
    round_trip::<Tiny>(&[0, 1, 0x80, 0x81, 0x7E, 0xFF]);
    round_trip::<Big>(&[0, 1, 1 << 63, u64::MAX, 0x1234_5678_9ABC_DEF0]);
    round_trip::<HubTracking>(&[0, 1, 2, 3, 0x8000_0000, 0xFFFF_FFFF]);
    assert_eq!(Flags::<Small>::from_bits_retain(0x42).to_string(), "0x42");
    assert_eq!(
        Flags::<Big>::from_bits_retain(2).to_string(),
        "0x0000000000000002"
    );
    assert_eq!(
        Tiny::Sign | Tiny::One,
        Flags::<Tiny>::from_bits_retain(-127)
    );
    assert_eq!(
        "0x100".parse::<Flags<Small>>().unwrap_err().kind(),
        ParseErrorKind::NumberOutOfRange
    );
    assert_eq!("-1".parse::<Flags<Tiny>>().map(|s| s.bits()), Ok(-1));
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(format!("{:>14}|", VendorErr::Ok), "  VENDORERR_OK|");
    assert_eq!(format!("{:<#6}|", VendorErr::Ok), "OK    |");
    assert_eq!(format!("{:#<4}|", Mid::One), "MID_ONE|");
}

#[test]
fn c_consts_spell_every_name_with_the_repr_type() {
    assert_eq!(c_vendorerr::VENDORERR_OK, 0i32);
    assert_eq!(c_vendorerr::VENDORERR_DROPPED, -1i32);
    assert_eq!(
        c_vendorerr::VENDORERR_NO_DEVICE,
        VendorErr::NoDevice.value()
    );
    // Aliases are C names too.
    assert_eq!(c_vendorerr::VENDORERR_NODEVICE, -2);
    assert_eq!(c_vendorerr::VENDORERR_GONE, -2);
    assert_eq!(c_vendorerr::VENDORERR_LOWEST, i32::MIN);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "SEL_", flags)]
enum Sel {
    Low = 0x1,
    #[tapi(selector)]
    SelA = 0x10,
    #[tapi(selector)]
    SelB = 0x20,
    High = 0x100,
}

#[test]
fn iteration_follows_display_order_in_a_mixed_family() {
    let set = Flags::<Sel>::from_bits_retain(0x111);
    assert_eq!(format!("{set:#}"), "SELA | LOW | HIGH");
    assert_eq!(
        set.iter().collect::<Vec<_>>(),
        [Sel::SelA, Sel::Low, Sel::High]
    );
    // A selector value no member has is not a member.
    let unnamed = Flags::<Sel>::from_bits_retain(0x31);
    assert_eq!(unnamed.iter().collect::<Vec<_>>(), [Sel::Low]);
    assert_eq!(format!("{unnamed:#}"), "0x00000030 | LOW");
}

/// A flags family whose only member is zero: its position cannot come from
/// a bit position (there is none), and must not underflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ONLYZERO_", flags)]
enum OnlyZero {
    /// Nothing.
    None = 0,
}

#[test]
fn a_flags_family_of_only_a_zero_member() {
    assert_eq!(OnlyZero::None.name(), "ONLYZERO_NONE");
    assert_eq!(OnlyZero::from_value(0), Some(OnlyZero::None));
    assert_eq!(
        tapi_consts::Flags::<OnlyZero>::empty().to_string(),
        "ONLYZERO_NONE"
    );
}

/// `c_type` names a family by its C type (TAPI 3 enums share prefixes).
#[test]
fn the_c_type_is_kept() {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
    #[repr(i32)]
    #[tapi(prefix = "ACMECS_", c_type = "ACME_CALL_STATE")]
    enum AcmeCallState {
        /// Idle.
        Idle = 0,
    }
    assert_eq!(AcmeCallState::INFO.c_type(), Some("ACME_CALL_STATE"));
    assert_eq!(AcmeCallState::Idle.name(), "ACMECS_IDLE");
    assert_eq!(tapi_consts::families::LineCallState::INFO.c_type(), None);
}
