//! The first prebuilt family, end to end: values against windows-sys, names,
//! text round trips, descriptions and sets.

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet};
use tapi_consts::{ConstFamily, Kind, Version};
use windows_sys::Win32::Devices::Tapi as win;

use LineAgentSessionState::*;

#[test]
fn values_and_names_match_windows_sys() {
    let expected = [
        (
            NotReady,
            win::LINEAGENTSESSIONSTATE_NOTREADY,
            "LINEAGENTSESSIONSTATE_NOTREADY",
        ),
        (
            Ready,
            win::LINEAGENTSESSIONSTATE_READY,
            "LINEAGENTSESSIONSTATE_READY",
        ),
        (
            BusyOnCall,
            win::LINEAGENTSESSIONSTATE_BUSYONCALL,
            "LINEAGENTSESSIONSTATE_BUSYONCALL",
        ),
        (
            BusyWrapUp,
            win::LINEAGENTSESSIONSTATE_BUSYWRAPUP,
            "LINEAGENTSESSIONSTATE_BUSYWRAPUP",
        ),
        (
            Ended,
            win::LINEAGENTSESSIONSTATE_ENDED,
            "LINEAGENTSESSIONSTATE_ENDED",
        ),
        (
            Released,
            win::LINEAGENTSESSIONSTATE_RELEASED,
            "LINEAGENTSESSIONSTATE_RELEASED",
        ),
    ];
    assert_eq!(LineAgentSessionState::ALL.len(), expected.len());
    for (member, value, name) in expected {
        assert_eq!(member.value(), value, "{name}");
        assert_eq!(member.name(), name);
        assert_eq!(u32::from(member), value);
    }
}

#[test]
fn all_is_in_declaration_order() {
    assert_eq!(
        LineAgentSessionState::ALL,
        &[NotReady, Ready, BusyOnCall, BusyWrapUp, Ended, Released]
    );
    for (i, member) in LineAgentSessionState::ALL.iter().enumerate() {
        assert_eq!(member.index(), i);
        assert_eq!(member.entry().name(), member.name());
    }
}

#[test]
fn every_member_round_trips_value_name_and_text() {
    for &member in LineAgentSessionState::ALL {
        let value = member.value();
        assert_eq!(LineAgentSessionState::from_value(value), Some(member));
        assert_eq!(LineAgentSessionState::try_from(value), Ok(member));
        assert_eq!(
            LineAgentSessionState::from_name(member.name()),
            Some(member)
        );
        assert_eq!(
            LineAgentSessionState::from_name(member.short_name()),
            Some(member)
        );
        let lower = member.name().to_ascii_lowercase();
        assert_eq!(LineAgentSessionState::from_name(&lower), None);
        assert_eq!(
            LineAgentSessionState::from_name_ignore_case(&lower),
            Some(member)
        );
        // Display, both forms, and FromStr of names and numbers.
        assert_eq!(member.to_string(), member.name());
        assert_eq!(format!("{member:#}"), member.short_name());
        assert_eq!(member.to_string().parse(), Ok(member));
        assert_eq!(format!("{member:#}").parse(), Ok(member));
        assert_eq!(value.to_string().parse(), Ok(member));
        assert_eq!(format!("{value:#x}").parse(), Ok(member));
        assert_eq!(format!("0X{value:08X}").parse(), Ok(member));
    }
}

#[test]
fn short_names_are_the_prefix_less_c_names() {
    let shorts: Vec<&str> = LineAgentSessionState::ALL
        .iter()
        .map(|m| m.short_name())
        .collect();
    assert_eq!(
        shorts,
        [
            "NOTREADY",
            "READY",
            "BUSYONCALL",
            "BUSYWRAPUP",
            "ENDED",
            "RELEASED"
        ]
    );
}

#[test]
fn unknown_values_are_rejected_with_the_value_in_hex() {
    assert_eq!(LineAgentSessionState::from_value(0), None);
    assert_eq!(LineAgentSessionState::from_value(0x40), None);
    assert_eq!(LineAgentSessionState::from_value(0x3), None);
    let error = LineAgentSessionState::try_from(0x40_u32).unwrap_err();
    assert_eq!(error.value(), 0x40);
    assert_eq!(
        error.to_string(),
        "0x00000040 is not the value of any LINEAGENTSESSIONSTATE_ constant"
    );
}

#[test]
fn family_info_describes_the_family() {
    let info = LineAgentSessionState::INFO;
    assert_eq!(info.prefix(), "LINEAGENTSESSIONSTATE_");
    assert_eq!(info.type_name(), "LineAgentSessionState");
    assert_eq!(info.kind(), Kind::Flags);
    assert_eq!(info.since(), Some(Version::new(2, 2)));
    assert_eq!(info.since().unwrap().to_string(), "2.2");
    assert_eq!(info.header(), Some("tapi.h"));
    assert_eq!(info.repr().name(), "u32");
    // English first, then alphabetical (default features keep every language).
    assert_eq!(info.languages(), &["en", "de", "fr"]);
    assert_eq!(info.known_bits(), 0x3F);
    assert_eq!(info.entries().len(), 6);
    assert!(info.description("en").contains("agent session"));
    assert!(info.description("fr").contains("session d’agent"));
}

#[test]
fn every_member_is_described_in_english_and_french() {
    for &member in LineAgentSessionState::ALL {
        let docs = member.entry().docs();
        let en = docs
            .get("en")
            .unwrap_or_else(|| panic!("{member:?} has no English"));
        let fr = docs
            .get("fr")
            .unwrap_or_else(|| panic!("{member:?} has no French"));
        assert!(en.len() > 20 && fr.len() > 20, "{member:?}: {en} / {fr}");
        assert_ne!(en, fr);
        // The seed page's mistranslations must not leak in.
        assert!(
            !fr.contains("encapsulation") && !fr.contains("NOchapy"),
            "{fr}"
        );
    }
    assert!(BusyWrapUp.description("fr").contains("post-traitement"));
    assert!(BusyWrapUp.description("en").contains("wrap-up"));
}

#[test]
fn description_falls_back_step_by_step() {
    let en = Ready.description("en");
    let fr = Ready.description("fr");
    assert_ne!(en, fr);
    // Exact tag, any ASCII case, `_` for `-`.
    assert_eq!(Ready.description("FR"), fr);
    // Primary language subtag.
    assert_eq!(Ready.description("fr-CA"), fr);
    assert_eq!(Ready.description("fr_CA"), fr);
    assert_eq!(Ready.description("fr-Latn-BE"), fr);
    // German is a third language of the call-centre families.
    let de = Ready.description("de");
    assert!(de != en && de != fr);
    assert_eq!(Ready.description("de-AT"), de);
    // English.
    assert_eq!(Ready.description("es"), en);
    // Which language a reader gets.
    let docs = Ready.entry().docs();
    assert_eq!(docs.resolve("fr_CA"), Some(("fr", fr)));
    assert_eq!(docs.resolve("DE"), Some(("de", de)));
    assert_eq!(docs.resolve("es"), Some(("en", en)));
    assert_eq!(docs.resolve(""), Some(("en", en)));
    assert_eq!(Ready.description(""), en);
    assert_eq!(Ready.description("f"), en);
    assert_eq!(Ready.description("french"), en);
}

#[test]
fn set_text_round_trips_every_combination_with_unknown_bits() {
    let unknown_samples = [
        0u32,
        0x40,
        0x80,
        0x100,
        0x8000_0000,
        0xFFFF_FFC0,
        0x1234_5600,
    ];
    for known in 0u32..64 {
        for unknown in unknown_samples {
            let bits = known | unknown;
            let set = LineAgentSessionStateSet::from_bits_retain(bits);
            assert_eq!(set.bits(), bits);
            assert_eq!(set.unknown_bits(), unknown);
            for text in [set.to_string(), format!("{set:#}")] {
                assert_eq!(text.parse::<LineAgentSessionStateSet>(), Ok(set), "{text}");
            }
            let members: Vec<_> = set.iter().collect();
            assert_eq!(members.len() as u32, known.count_ones());
            assert_eq!(
                members.iter().map(|m| m.value()).fold(0, |a, b| a | b),
                known
            );
        }
    }
}

#[test]
fn set_display_format() {
    let set = Ready | BusyOnCall;
    assert_eq!(
        set.to_string(),
        "LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL"
    );
    assert_eq!(format!("{set:#}"), "READY | BUSYONCALL");
    // Ascending bit order whatever the insertion order.
    assert_eq!(format!("{:#}", Released | NotReady), "NOTREADY | RELEASED");
    let with_unknown = set | LineAgentSessionStateSet::from_bits_retain(0x8040);
    assert_eq!(
        format!("{with_unknown:#}"),
        "READY | BUSYONCALL | 0x00008040"
    );
    assert_eq!(
        LineAgentSessionStateSet::from_bits_retain(0x40).to_string(),
        "0x00000040"
    );
    // No zero member in this family: the empty set is `0`.
    assert_eq!(LineAgentSessionStateSet::empty().to_string(), "0");
    assert_eq!(
        format!("{:?}", set),
        "Flags<LineAgentSessionState>(READY | BUSYONCALL)"
    );
}

#[test]
fn set_parsing_accepts_every_term_form() {
    let set: LineAgentSessionStateSet = "LINEAGENTSESSIONSTATE_READY|busyoncall"
        .parse()
        .unwrap_or_default();
    assert!(set.is_empty(), "short names are case-sensitive");
    let parsed: LineAgentSessionStateSet = " LINEAGENTSESSIONSTATE_READY |BUSYONCALL|\t0x10 | 32 "
        .parse()
        .unwrap();
    assert_eq!(parsed.bits(), 0x2 | 0x4 | 0x10 | 0x20);
    for empty in ["", "   ", "0", "0x0", " 0x00000000 "] {
        assert_eq!(
            empty.parse::<LineAgentSessionStateSet>(),
            Ok(LineAgentSessionStateSet::empty())
        );
    }
    assert_eq!(
        "0x0000000000000001".parse::<LineAgentSessionStateSet>(),
        Ok(NotReady.into())
    );
    assert_eq!(
        "READY | READY".parse::<LineAgentSessionStateSet>(),
        Ok(Ready.into())
    );
}

#[test]
fn flags_operations() {
    type S = LineAgentSessionStateSet;
    assert_eq!(S::all().bits(), 0x3F);
    assert_eq!(S::empty().bits(), 0);
    assert!(S::empty().is_empty());
    assert_eq!(S::from_bits(0x3), Some(NotReady | Ready));
    assert_eq!(S::from_bits(0x43), None);
    assert_eq!(S::from_bits_truncate(0x43), NotReady | Ready);
    assert_eq!(S::from_bits_retain(0x43).bits(), 0x43);

    let mut set = S::from(Ready);
    assert!(set.contains(Ready.into()));
    assert!(!set.contains(Ready | Ended));
    set.insert(Ended);
    assert!(set.contains(Ready | Ended));
    set.remove(Ready);
    assert_eq!(set, Ended);
    assert!(set.intersects(Ended | Ready));

    let a = NotReady | Ready | S::from_bits_retain(0x100);
    let b = Ready | Ended;
    assert_eq!((a | b).bits(), 0x113);
    assert_eq!((a & b).bits(), 0x2);
    assert_eq!((a ^ b).bits(), 0x111);
    assert_eq!((a - b).bits(), 0x101);
    assert_eq!((!a).bits(), 0x3C, "complement stays within the members");
    let mut c = a;
    c |= Ended;
    c &= !S::from(NotReady) | S::from_bits_retain(0x100);
    c ^= Released;
    c -= S::from_bits_retain(0x100);
    assert_eq!(c, Ready | Ended | Released);

    assert_eq!(Ready | (Ended | Released), S::from_bits_retain(0x32));
    let collected: S = [Ready, Ended, Ready].into_iter().collect();
    assert_eq!(collected, Ready | Ended);
    let mut extended = S::default();
    extended.extend([Released]);
    assert_eq!(extended, Released);
    assert_eq!(
        (Released | NotReady).iter().collect::<Vec<_>>(),
        [NotReady, Released]
    );
    assert_eq!((Released | NotReady).into_iter().count(), 2);
    assert!(S::from(Ready) < S::from(Ended));
}

#[test]
fn entries_by_position_end_at_the_last_member() {
    let info = LineAgentSessionState::INFO;
    assert_eq!(info.len(), 6);
    assert_eq!(
        info.entry(0).map(|entry| entry.name()),
        Some("LINEAGENTSESSIONSTATE_NOTREADY")
    );
    assert_eq!(
        info.entry(5).map(|entry| entry.name()),
        Some("LINEAGENTSESSIONSTATE_RELEASED")
    );
    assert!(info.entry(6).is_none(), "one past the end");
    assert!(info.entry(usize::MAX).is_none());
}
