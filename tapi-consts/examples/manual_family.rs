//! A family implemented by hand, without `#[derive(ConstFamily)]`: the
//! trait is the whole contract. An implementation gives
//!
//! - `Repr`, the integer type of the values;
//! - `INFO`, a `FamilyInfo` built by the `const fn FamilyInfo::new` from the
//!   C names and the values, in the order of `ALL`;
//! - `ALL`, every member, and `index`, a member's position in `ALL`.
//!
//! and keeps `ALL[i].index() == i`. Generic code (`Flags<E>`, `Entry`,
//! parsing and formatting) then works as for a derived family.
//!
//! Run with `cargo run -p tapi-consts --example manual_family`.

use tapi_consts::{ConstFamily, FamilyInfo, FlagFamily, Flags, Kind, Repr};

/// Device-specific lamp colours of a vendor's phone (a flags family).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
enum Lamp {
    Red = 0x0001_0000,
    Green = 0x0002_0000,
    Amber = 0x0004_0000,
}

static LAMP: FamilyInfo = FamilyInfo::new(
    "Lamp",
    "ACMELAMP_",
    Kind::Flags,
    <u32 as Repr>::KIND,
    &["ACMELAMP_RED", "ACMELAMP_GREEN", "ACMELAMP_AMBER"],
    &[0x0001_0000, 0x0002_0000, 0x0004_0000],
);

impl ConstFamily for Lamp {
    type Repr = u32;
    const INFO: &'static FamilyInfo = &LAMP;
    const ALL: &'static [Self] = &[Lamp::Red, Lamp::Green, Lamp::Amber];

    fn index(self) -> usize {
        // Declaration order: position in `ALL`.
        match self {
            Lamp::Red => 0,
            Lamp::Green => 1,
            Lamp::Amber => 2,
        }
    }
}

/// Members are single bits, so sets of them make sense.
impl FlagFamily for Lamp {}

fn main() {
    // Names and values through the trait's provided methods and `Entry`.
    for &lamp in Lamp::ALL {
        let entry = lamp.entry();
        println!("{:<16} {:#010x}", entry.name(), lamp.value());
    }

    // Lookups: full or short names, any ASCII case.
    let info = Lamp::INFO;
    let green = info
        .entry_by_name("ACMELAMP_GREEN")
        .map(|entry| entry.index());
    assert_eq!(green, Some(Lamp::Green.index()));
    let amber = info
        .entry_by_name_ignore_case("amber")
        .map(|entry| entry.index());
    assert_eq!(amber, Some(Lamp::Amber.index()));
    assert_eq!(Lamp::from_value(0x0004_0000), Some(Lamp::Amber));

    // Sets: `Flags<Lamp>` parses and prints set text, keeping unknown bits.
    let lit: Flags<Lamp> = "ACMELAMP_RED | AMBER | 0x1"
        .parse()
        .expect("valid set text");
    println!("{lit}");
    println!("{lit:#}");
    assert!(lit.contains(Lamp::Red.into()) && lit.contains(Lamp::Amber.into()));
    assert_eq!(lit.unknown_bits(), 0x1);
}
