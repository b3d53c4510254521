//! `families::ALL`, `family(prefix)` and `lookup(full_name)` across every
//! prebuilt family.

use std::collections::HashSet;

use tapi_consts::families::{LineCallState, ALL};
use tapi_consts::{family, lookup, ConstFamily, Entry};

#[test]
fn all_holds_every_family_once() {
    // The `tapi.h` group comes first (the tests build every group: `tapi3`, `tspi`).
    let tapi_h = &ALL[..86];
    let types: HashSet<&str> = tapi_h.iter().map(|info| info.type_name()).collect();
    assert_eq!(types.len(), 86);
    // `LINE_` twice: `Line` (tapi.h) and `ProviderMessage` (TSPI.h).
    let prefixes: HashSet<&str> = tapi_h.iter().map(|info| info.prefix()).collect();
    assert_eq!(prefixes.len(), 85);
    let constants: usize = tapi_h.iter().map(|info| info.entries().len()).sum();
    assert_eq!(
        constants, 849,
        "840 tapi.h family constants, 2 from Windows' metadata, 7 provider messages of TSPI.h"
    );
    assert!(ALL
        .iter()
        .any(|info| std::ptr::eq(*info, LineCallState::INFO)));
    for info in tapi_h {
        let header = if info.type_name() == "ProviderMessage" {
            "TSPI.h"
        } else {
            "tapi.h"
        };
        assert_eq!(info.header(), Some(header), "{}", info.type_name());
        assert!(info.prefix().ends_with('_'));
    }
    // Then the TSPI.h group and the TAPI 3 group, each family once.
    let groups = &ALL[86..];
    let distinct: HashSet<*const tapi_consts::FamilyInfo> =
        ALL.iter().map(|info| *info as *const _).collect();
    assert_eq!(distinct.len(), ALL.len());
    assert!(groups.iter().any(|info| info.header() == Some("TSPI.h")));
    assert!(groups
        .iter()
        .any(|info| info.c_type() == Some("CALL_STATE")));
    assert!(groups.iter().all(|info| info.prefix().ends_with('_')));
}

#[test]
fn family_by_prefix_in_any_spelling() {
    for spelling in [
        "LINECALLSTATE_",
        "LINECALLSTATE",
        "linecallstate",
        "LineCallState_",
    ] {
        let info = family(spelling).unwrap_or_else(|| panic!("{spelling}"));
        assert!(std::ptr::eq(info, LineCallState::INFO));
    }
    assert_eq!(family("LINE").map(|info| info.prefix()), Some("LINE_"));
    assert_eq!(
        family("LINEAGENTSTATEEX").map(|info| info.prefix()),
        Some("LINEAGENTSTATEEX_")
    );
    // A TAPI 3 family by its C type, where the prefix is shared.
    assert_eq!(
        family("AGENT_STATE").and_then(|info| info.c_type()),
        Some("AGENT_STATE")
    );
    assert_eq!(
        family("address_state").and_then(|info| info.c_type()),
        Some("ADDRESS_STATE")
    );
    for unknown in ["", "_", "LINECALLSTATE__", "LINECALL", "CALL_STATES"] {
        assert!(family(unknown).is_none(), "{unknown}");
    }
}

#[test]
fn lookup_by_full_name_exact_then_ignoring_case() {
    let idle = lookup("LINECALLSTATE_IDLE").unwrap();
    assert_eq!(idle, LineCallState::Idle.entry());
    assert_eq!(idle.name(), "LINECALLSTATE_IDLE");
    assert_eq!(idle.short_name(), "IDLE");
    assert_eq!(idle.value(), 0x1);
    assert!(std::ptr::eq(idle.family(), LineCallState::INFO));
    assert_eq!(
        idle.description("fr"),
        LineCallState::Idle.description("fr")
    );
    assert_eq!(lookup("linecallstate_idle"), Some(idle));
    // Prefixes that start alike are told apart.
    assert_eq!(
        lookup("LINEAGENTSTATEEX_READY").unwrap().family().prefix(),
        "LINEAGENTSTATEEX_"
    );
    assert_eq!(
        lookup("LINEAGENTSTATE_READY").unwrap().family().prefix(),
        "LINEAGENTSTATE_"
    );
    assert_eq!(
        lookup("LINECALLFEATURE2_ONESTEPTRANSFER").map(|e| e.family().prefix()),
        Some("LINECALLFEATURE2_")
    );
    // Short names, unknown names and other TAPI prefixes are not constants here.
    for missing in [
        "IDLE",
        "LINECALLSTATE_",
        "LINECALLSTATE_IDLEX",
        "",
        "LINECALLSTATE_IDLE ",
    ] {
        assert!(lookup(missing).is_none(), "{missing}");
    }
    // TAPI 3's HRESULTs are constants of the TAPI 3 group.
    let hresult = lookup("TAPI_E_NOTENOUGHMEMORY").unwrap();
    assert_eq!(hresult.value(), -2_147_221_503);
    assert_eq!(hresult.bits(), 0x8004_0001);
    // Every constant of every family is found under its name.
    for info in ALL {
        for entry in info.entries() {
            assert_eq!(lookup(entry.name()), Some(entry));
            assert_eq!(lookup(&entry.name().to_ascii_lowercase()), Some(entry));
            assert_eq!(info.entry_by_bits(entry.bits()), Some(entry));
        }
    }
}

#[test]
fn entry_is_a_small_copy_handle() {
    fn assert_copy<T: Copy + Send + Sync + std::hash::Hash + Eq>() {}
    assert_copy::<Entry>();
    assert!(std::mem::size_of::<Entry>() <= 16);
    let entry = lookup("LINEERR_ALLOCATED").unwrap();
    assert_eq!(format!("{entry}"), "LINEERR_ALLOCATED");
    assert_eq!(
        format!("{entry:?}"),
        "Entry(LINEERR_ALLOCATED = 0x80000001)"
    );
}

/// The seven `tapi.h` constants of no family: found by name in any case,
/// with windows-sys's values, described in every language, and not a
/// family.
#[test]
fn constants_of_no_family_are_found_and_described() {
    use tapi_consts::families::STANDALONE;
    use tapi_consts::{raw, Kind};
    use windows_sys::Win32::Devices::Tapi as win;

    let expected: [(&str, u32); 7] = [
        ("LINEMAPPER", win::LINEMAPPER),
        ("TAPIMAXDESTADDRESSSIZE", win::TAPIMAXDESTADDRESSSIZE as u32),
        ("TAPIMAXAPPNAMESIZE", win::TAPIMAXAPPNAMESIZE as u32),
        ("TAPIMAXCALLEDPARTYSIZE", win::TAPIMAXCALLEDPARTYSIZE as u32),
        ("TAPIMAXCOMMENTSIZE", win::TAPIMAXCOMMENTSIZE as u32),
        ("TAPIMAXDEVICECLASSSIZE", win::TAPIMAXDEVICECLASSSIZE as u32),
        ("TAPIMAXDEVICEIDSIZE", win::TAPIMAXDEVICEIDSIZE as u32),
    ];
    assert_eq!(STANDALONE.len(), expected.len());
    assert_eq!(STANDALONE.kind(), Kind::Standalone);
    assert_eq!(STANDALONE.languages(), ["en", "fr", "de"]);
    for (name, value) in expected {
        for spelling in [name.to_owned(), name.to_ascii_lowercase()] {
            let entry = lookup(&spelling).unwrap_or_else(|| panic!("{spelling}"));
            assert_eq!(entry.name(), name);
            assert_eq!(entry.value(), value.into(), "{name}");
            assert!(std::ptr::eq(entry.family(), &STANDALONE));
            assert_eq!(entry.since(), None, "the header gives {name} no version");
            let [en, fr, de] = ["en", "fr", "de"].map(|lang| entry.description(lang));
            assert!(en.len() > 40 && fr != en && de != en && de != fr, "{name}");
            assert!(en.contains('`'), "{name}: {en}");
        }
        // Not a family, and no family claims the name.
        assert!(family(name).is_none(), "{name}");
        assert!(ALL.iter().all(|info| info
            .entry_by_name_ignore_case(name)
            .map(|e| e.index())
            .is_none()));
    }
    assert!(!ALL.iter().any(|info| std::ptr::eq(*info, &STANDALONE)));
    // The raw consts are the same constants, of windows-sys's types.
    let raw: [(u32, &str); 3] = [
        (raw::LINEMAPPER, "LINEMAPPER"),
        (raw::TAPIMAXCOMMENTSIZE as u32, "TAPIMAXCOMMENTSIZE"),
        (raw::TAPIMAXDEVICEIDSIZE as u32, "TAPIMAXDEVICEIDSIZE"),
    ];
    for (value, name) in raw {
        assert_eq!(lookup(name).unwrap().value(), value.into());
    }
    let _: i32 = raw::TAPIMAXAPPNAMESIZE;
    assert!(STANDALONE.description("de").contains("keiner Familie"));
}
