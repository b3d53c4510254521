//! The standard traits of `Flags<E>` and family enums that users build on:
//! `Default` (the empty set), `Ord` by value (signed reprs order as
//! numbers), `Hash` agreeing with `Eq`, and `Debug` naming the members.

use std::collections::{BTreeSet, HashSet};

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStates};
use tapi_consts::{ConstFamily, Flags};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i8)]
#[tapi(prefix = "SIGNED_", flags)]
enum Signed {
    /// The low bit.
    Low = 0x01,
    /// The sign bit.
    Sign = -0x80,
}

#[test]
fn default_is_the_empty_set() {
    let set = LineAgentSessionStates::default();
    assert!(set.is_empty());
    assert_eq!(set.bits(), 0);
    assert_eq!(set, Flags::empty());
}

#[test]
fn sets_order_by_value_even_when_signed() {
    let low = Flags::from(Signed::Low);
    let sign = Flags::from(Signed::Sign);
    // As numbers (-128 < -127 < 0 < 1), not as bit patterns (0x80, 0x81 last).
    let both = low | sign;
    let sorted: Vec<i8> = BTreeSet::from([low, sign, both, Flags::empty()])
        .into_iter()
        .map(Flags::bits)
        .collect();
    assert_eq!(sorted, [-128, -127, 0, 1]);
    use LineAgentSessionState::*;
    assert!(Flags::from(Ready) < Flags::from(BusyOnCall));
    assert!(Ready | BusyOnCall > Flags::from(BusyOnCall));
}

#[test]
fn hash_agrees_with_eq() {
    use LineAgentSessionState::*;
    let sets: HashSet<LineAgentSessionStates> = [
        Ready | BusyOnCall,
        BusyOnCall | Ready,
        Flags::from_bits_retain(0x6),
        Flags::from(Ready),
    ]
    .into_iter()
    .collect();
    assert_eq!(sets.len(), 2);
}

#[test]
fn debug_names_members() {
    use LineAgentSessionState::*;
    assert_eq!(format!("{Ready:?}"), "Ready");
    assert_eq!(
        format!("{:?}", Ready | BusyOnCall),
        "Flags<LineAgentSessionState>(READY | BUSYONCALL)"
    );
    assert_eq!(
        format!("{:?}", Flags::<Signed>::from_bits_retain(0x41)),
        "Flags<Signed>(LOW | 0x40)"
    );
}
