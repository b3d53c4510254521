//! Writes the large families of `tests/large_families.rs` (thousands of
//! members, too many to keep in the source) into `OUT_DIR`.
use std::fmt::Write as _;

/// An enum of `count` members `N0`, `N1`, … under `prefix`, each with the
/// alias `A<i>` if `aliases`.
fn family(out: &mut String, name: &str, prefix: &str, count: u32, aliases: bool) {
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, ConstFamily)]\n\
         #[repr(u32)]\n#[tapi(prefix = \"{prefix}\")]\nenum {name} {{"
    );
    for i in 0..count {
        if aliases {
            let _ = writeln!(out, "    #[tapi(alias = \"A{i}\")]");
        }
        let _ = writeln!(out, "    N{i} = {},", i + 1);
    }
    out.push_str("}\n");
}

fn main() {
    let mut out = String::new();
    family(&mut out, "P0", "P0FAMILY_", 2_000, false);
    family(&mut out, "P1", "P1FAMILY_", 2_000, false);
    family(&mut out, "Aliased", "X_", 1_100, true);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/large_families.rs"), out).expect("write the families");
    println!("cargo:rerun-if-changed=build.rs");
}
