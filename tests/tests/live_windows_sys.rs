//! The prebuilt families against the windows-sys source itself, read at
//! test time: no constant under a family prefix may be missing from
//! tapi-consts, and none of ours may be missing from windows-sys or differ
//! from it (but for the one documented value, `TAPI_CURRENT_VERSION`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

/// HRESULTs of the TAPI 3 COM interfaces, which share the `TAPI_` prefix.
const TAPI3_HRESULTS: &str = "TAPI_E_";
/// tapi.h says 3.1, windows-sys 2.2; we keep the header's value.
const DIFFERS_ON_PURPOSE: &str = "TAPI_CURRENT_VERSION";

/// `src/Windows/Win32/Devices/Tapi/mod.rs` of the windows-sys this package
/// depends on, located with `cargo metadata`.
///
/// Offline, and for this target only (`--filter-platform`): a first build
/// downloads the packages of the host alone, and the whole resolve also
/// names packages of other platforms (`crunchy`, for criterion's `half`),
/// which `--offline` would then look for and not find.
fn windows_sys_tapi_source() -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(["--filter-platform", env!("TESTS_TARGET")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata --offline --filter-platform {} failed (the test reads \
         windows-sys's source from cargo's package cache):\n{}",
        env!("TESTS_TARGET"),
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|package| {
            package["name"] == "windows-sys"
                && package["version"]
                    .as_str()
                    .is_some_and(|v| v.starts_with("0.61."))
        })
        .and_then(|package| package["manifest_path"].as_str())
        .expect("windows-sys 0.61 is a dependency");
    let path = PathBuf::from(manifest)
        .parent()
        .unwrap()
        .join("src/Windows/Win32/Devices/Tapi/mod.rs");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `pub const NAME: u32|i32 = VALUE;` as NAME → 32-bit pattern; other
/// types map to `None`.
fn integer_consts(source: &str) -> BTreeMap<String, Option<u32>> {
    source
        .lines()
        .filter_map(|line| line.strip_prefix("pub const ")?.strip_suffix(';'))
        .filter_map(|item| {
            let (name, rest) = item.split_once(": ")?;
            let (ty, value) = rest.split_once(" = ")?;
            let bits = match ty {
                "u32" => value.strip_suffix("u32")?.parse::<u32>().ok(),
                "i32" => value
                    .strip_suffix("i32")?
                    .parse::<i32>()
                    .ok()
                    .map(|v| v as u32),
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
    let prefixes: Vec<&str> = tapi_consts::families::ALL
        .iter()
        .map(|f| f.prefix())
        .collect();

    let mut checked = 0;
    for (name, bits) in &windows {
        let ours = prefixes.iter().any(|prefix| name.starts_with(prefix));
        if !ours || name.starts_with(TAPI3_HRESULTS) {
            continue;
        }
        let entry = tapi_consts::lookup(name)
            .unwrap_or_else(|| panic!("windows-sys has {name}, tapi-consts does not"));
        let bits = bits.unwrap_or_else(|| panic!("{name} is not a u32/i32 in windows-sys"));
        if name != DIFFERS_ON_PURPOSE {
            assert_eq!(entry.value(), bits, "{name}");
        }
        checked += 1;
    }

    let mut ours = 0;
    for family in tapi_consts::families::ALL {
        for entry in family.entries() {
            let bits = windows.get(entry.name()).unwrap_or_else(|| {
                panic!("tapi-consts has {}, windows-sys does not", entry.name())
            });
            if entry.name() != DIFFERS_ON_PURPOSE {
                assert_eq!(*bits, Some(entry.value()), "{}", entry.name());
            }
            ours += 1;
        }
    }
    assert_eq!(checked, ours, "each side has names the other lacks");
    assert_eq!(
        ours, 842,
        "840 family constants of tapi.h plus 2 from Windows' metadata"
    );
}
