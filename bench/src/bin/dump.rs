//! Prints the families the benchmark uses, from the prebuilt crate itself,
//! as the input of `gen_anchors.py`:
//!
//! ```text
//! cargo run -q -p tapi-consts-bench --bin dump > /tmp/families.tsv
//! python3 bench/gen_anchors.py /tmp/families.tsv > bench/src/anchors.rs
//! ```
//!
//! Lines (tab-separated), each `E` line belonging to the `F` line above it:
//!
//! ```text
//! F <type name> <prefix> <kind> <repr>
//! E <Rust variant> <full C name> <short name> <value as 0x…> <aliases, comma-separated>
//! ```
#![forbid(unsafe_code)]

use std::io::Write;

use tapi_consts::families::{self, LineAgentSessionState, LineCallFeature, LineErr};
use tapi_consts::{ConstFamily, Kind};

fn dump<E: ConstFamily>(out: &mut impl Write) {
    let info = E::INFO;
    assert!(
        families::ALL
            .iter()
            .any(|family| core::ptr::eq(*family, info)),
        "{} is not in tapi_consts::families::ALL",
        info.type_name()
    );
    let kind = match info.kind() {
        Kind::Enum => "enum",
        Kind::Flags => "flags",
        other => panic!("{other:?} families are not benchmarked"),
    };
    writeln!(
        out,
        "F\t{}\t{}\t{kind}\t{}",
        info.type_name(),
        info.prefix(),
        info.repr().name()
    )
    .unwrap();
    for entry in info.entries() {
        // The variant's Rust name, from its `Debug`; entries and `ALL` share
        // the declaration order.
        let member = E::ALL[entry.index()];
        writeln!(
            out,
            "E\t{member:?}\t{}\t{}\t{:#x}\t{}",
            entry.name(),
            entry.short_name(),
            entry.bits(),
            entry.aliases().collect::<Vec<_>>().join(",")
        )
        .unwrap();
    }
}

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    dump::<LineAgentSessionState>(&mut out);
    dump::<LineCallFeature>(&mut out);
    dump::<LineErr>(&mut out);
}
