//! The prebuilt families against the windows-sys source itself, read at
//! test time: no integer constant of `Win32::Devices::Tapi` may be missing
//! from tapi-consts (but TNEF.h's, which are not telephony), and none of
//! ours may be missing from windows-sys or differ from it (but for the one
//! documented value, `TAPI_CURRENT_VERSION`).

use std::collections::BTreeMap;
use std::path::PathBuf;

/// tapi.h says 3.1, windows-sys 2.2; we keep the header's value.
const DIFFERS_ON_PURPOSE: &str = "TAPI_CURRENT_VERSION";

/// `src/Windows/Win32/Devices/Tapi/mod.rs` of the windows-sys this test is
/// linked with, found in the dep-info file rustc wrote beside it when cargo
/// built windows-sys (`target/…/deps/windows_sys-HASH.d` lists its source
/// files): the very file compiled, wherever the package came from (a cargo
/// home, a vendor directory), with no `cargo metadata`, which resolves
/// every platform's packages and so fails offline on a first build.
fn windows_sys_tapi_source() -> String {
    let exe = std::env::current_exe().expect("the test knows its own path");
    let deps = exe.parent().expect("test binaries live in target/…/deps");
    let mut dep_infos: Vec<PathBuf> = std::fs::read_dir(deps)
        .unwrap_or_else(|e| panic!("{}: {e}", deps.display()))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("windows_sys-") && name.ends_with(".d"))
        })
        .collect();
    dep_infos.sort();
    let source = dep_infos
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .find_map(|dep_info| {
            // Each source file also has a line of its own: `PATH:`, with
            // spaces escaped as `\ `.
            dep_info.lines().find_map(|line| {
                let path = line.strip_suffix(':')?.replace("\\ ", " ");
                let unix = path.replace('\\', "/");
                (unix.contains("/windows-sys-0.61.")
                    && unix.ends_with("/src/Windows/Win32/Devices/Tapi/mod.rs"))
                .then(|| PathBuf::from(path))
            })
        })
        .unwrap_or_else(|| {
            panic!(
                "no windows_sys-*.d in {} names windows-sys 0.61's Tapi module \
                 (is the `Win32_Devices_Tapi` feature on?)",
                deps.display()
            )
        });
    std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()))
}

/// Every `pub const NAME: TYPE = VALUE;` whose type is `u32` or `i32`, or
/// an alias of one (the TAPI 3 enum types: `pub type CALL_STATE = i32;`;
/// `HRESULT`), as NAME → 32-bit pattern; other types map to `None`.
fn integer_consts(source: &str) -> BTreeMap<String, Option<u32>> {
    let mut aliases: BTreeMap<&str, &str> = source
        .lines()
        .filter_map(|line| line.strip_prefix("pub type ")?.strip_suffix(';'))
        .filter_map(|item| item.split_once(" = "))
        .filter(|(_, ty)| matches!(*ty, "u32" | "i32"))
        .collect();
    aliases.insert("windows_sys::core::HRESULT", "i32");
    source
        .lines()
        .filter_map(|line| line.strip_prefix("pub const ")?.strip_suffix(';'))
        .filter_map(|item| {
            let (name, rest) = item.split_once(": ")?;
            let (ty, value) = rest.split_once(" = ")?;
            let ty = aliases.get(ty).copied().unwrap_or(ty);
            // `500u32`, `-1i32`, and HRESULTs as `0x80040001_u32 as _`.
            let literal = value.strip_suffix(" as _").unwrap_or(value);
            let bits = match ty {
                "u32" | "i32" => literal
                    .strip_suffix("_u32")
                    .and_then(|hex| u32::from_str_radix(hex.strip_prefix("0x")?, 16).ok())
                    .or_else(|| literal.strip_suffix("u32")?.parse::<u32>().ok())
                    .or_else(|| {
                        literal
                            .strip_suffix("i32")?
                            .parse::<i32>()
                            .ok()
                            .map(|v| v as u32)
                    }),
                _ => None,
            };
            Some((name.to_owned(), bits))
        })
        .collect()
}

#[test]
fn windows_sys_and_tapi_consts_hold_the_same_constants() {
    let windows = integer_consts(&windows_sys_tapi_source());
    assert!(
        windows.len() > 1000,
        "parsed only {} constants",
        windows.len()
    );
    // Every integer constant of the module is ours, but the TNEF.h ones
    // (mail attachments, not telephony), which windows-sys files here too.
    const TNEF_H: [&str; 13] = [
        "atypFile",
        "atypMax",
        "atypNull",
        "atypOle",
        "atypPicture",
        "cbDisplayName",
        "cbEmailName",
        "cbMaxIdData",
        "cbSeverName",
        "cbTYPE",
        "prioHigh",
        "prioLow",
        "prioNorm",
    ];
    let mut checked = 0;
    let mut standalone = 0;
    for (name, bits) in &windows {
        if TNEF_H.contains(&name.as_str()) || bits.is_none() {
            continue;
        }
        // The constants of no family (LINEMAPPER, TAPIMAX*SIZE, IDISP*).
        if let Some(entry) = tapi_consts::lookup(name)
            .filter(|entry| entry.family().kind() == tapi_consts::Kind::Standalone)
        {
            assert_eq!(Some(entry.bits() as u32), *bits, "{name}");
            standalone += 1;
            continue;
        }
        let entry = tapi_consts::lookup(name)
            .unwrap_or_else(|| panic!("windows-sys has {name}, tapi-consts does not"));
        let bits = bits.unwrap_or_else(|| panic!("{name} is not a u32/i32 in windows-sys"));
        if name != DIFFERS_ON_PURPOSE {
            assert_eq!(entry.bits(), u64::from(bits), "{name}");
        }
        checked += 1;
    }

    let mut ours = 0;
    // The provider messages of TSPI.h are not in windows-sys (checked in
    // `provider_messages_are_tspi_h_s`, below). Aliases are names too
    // (`TSPI_PROC_BASE`, the TAPI 3 `*_LASTITEM`s).
    for family in tapi_consts::families::ALL
        .iter()
        .filter(|family| family.type_name() != "ProviderMessage")
    {
        for entry in family.entries() {
            let names = std::iter::once(entry.name().to_owned()).chain(
                entry
                    .aliases()
                    .map(|alias| format!("{}{alias}", family.prefix())),
            );
            for name in names {
                let bits = windows
                    .get(&name)
                    .unwrap_or_else(|| panic!("tapi-consts has {name}, windows-sys does not"));
                if name != DIFFERS_ON_PURPOSE {
                    assert_eq!(bits.map(u64::from), Some(entry.bits()), "{name}");
                }
                ours += 1;
            }
        }
    }
    assert_eq!(checked, ours, "each side has names the other lacks");
    assert_eq!(
        standalone,
        7 + 26,
        "LINEMAPPER, TAPIMAX*SIZE and the TAPI 3 dispatch masks"
    );
    assert_eq!(
        ours, 1528,
        "tapi.h's 840 family constants and 2 of Windows' metadata, TSPI.h's 131 \
         (7 provider messages aside), and TAPI 3's"
    );
}

/// The seven provider messages of `TSPI.h`, which windows-sys lacks, with
/// the header's values (`TSPI_MESSAGE_BASE` 500 up).
#[test]
fn provider_messages_are_tspi_h_s() {
    use tapi_consts::families::ProviderMessage;
    let header = [
        ("LINE_NEWCALL", 500),
        ("LINE_CALLDEVSPECIFIC", 501),
        ("LINE_CALLDEVSPECIFICFEATURE", 502),
        ("LINE_CREATEDIALOGINSTANCE", 503),
        ("LINE_SENDDIALOGINSTANCEDATA", 504),
        ("LINE_SENDMSPDATA", 505),
        ("LINE_QOSINFO", 506),
    ];
    let ours: Vec<(&str, i32)> = ProviderMessage::ALL
        .iter()
        .map(|message| (message.name(), message.value()))
        .collect();
    assert_eq!(ours, header);
    for (name, value) in header {
        let entry = tapi_consts::lookup(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            (entry.family().header(), entry.value()),
            (Some("TSPI.h"), i128::from(value))
        );
    }
    // `TSPI_MESSAGE_BASE` in windows-sys is the first of them.
    assert_eq!(windows_sys::Win32::Devices::Tapi::TSPI_MESSAGE_BASE, 500);
}

/// Each field of `tapi_consts::fields` is in windows-sys's structure exactly
/// when the crate says so (`Field::in_windows_sys`): windows-sys lacks some
/// TAPI 3.0 and 3.1 fields.
#[test]
fn fields_are_in_windows_sys_as_the_crate_says() {
    let source = windows_sys_tapi_source();
    let mut checked = 0;
    for field in tapi_consts::fields::fields() {
        // Arrays an offset points to and members of unions have no field
        // of that name.
        if field.name().contains('[') || field.name().contains('.') {
            continue;
        }
        let start = format!("pub struct {} {{", field.structure());
        // No struct at all (LINECALLHUBTRACKINGINFO): no field either.
        let body = source
            .split(&start)
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .unwrap_or("");
        let has = body.contains(&format!("pub {}:", field.name()));
        assert_eq!(
            has,
            field.in_windows_sys(),
            "{}.{}",
            field.structure(),
            field.name()
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}
