//! Prints every prebuilt family of `tapi_consts::families::ALL` as TSV, the
//! input of `gen.py`. Lines:
//!
//! ```text
//! F <type_name> <prefix> <kind> <repr> <selector mask as 0x…>
//! E <full C name> <short name> <bits as 0x…, zero-extended> <aliases, comma-separated>
//! ```
//!
//! `kind` is `enum`, `flags` or `mixed`; every `E` line belongs to the `F`
//! line above it.
#![forbid(unsafe_code)]

use std::io::Write;

use tapi_consts::families::ALL;
use tapi_consts::Kind;

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for family in ALL {
        let kind = match family.kind() {
            Kind::Enum => "enum",
            Kind::Flags => "flags",
            Kind::Mixed => "mixed",
            other => panic!("unknown kind {other:?}: teach gen.py about it"),
        };
        writeln!(
            out,
            "F\t{}\t{}\t{}\t{}\t{:#x}",
            family.type_name(),
            family.prefix(),
            kind,
            family.repr().name(),
            family.selector_mask()
        )
        .unwrap();
        for entry in family.entries() {
            writeln!(
                out,
                "E\t{}\t{}\t{:#x}\t{}",
                entry.name(),
                entry.short_name(),
                entry.bits(),
                // A slice or an iterator of `&str`, depending on the version.
                entry
                    .aliases()
                    .into_iter()
                    .map(|alias| alias.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            )
            .unwrap();
        }
    }
}
