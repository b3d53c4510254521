//! The standard traits of `Flags<E>` and family enums that users build on:
//! `Default` (the empty set), `Ord` by value (signed reprs order as
//! numbers), `Hash` agreeing with `Eq`, and `Debug` naming the members.

use std::collections::{BTreeSet, HashSet};

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet};
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
    let set = LineAgentSessionStateSet::default();
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
        .map(|set| set.bits())
        .collect();
    assert_eq!(sorted, [-128, -127, 0, 1]);
    use LineAgentSessionState::*;
    assert!(Flags::from(Ready) < Flags::from(BusyOnCall));
    assert!(Ready | BusyOnCall > Flags::from(BusyOnCall));
}

#[test]
fn hash_agrees_with_eq() {
    use LineAgentSessionState::*;
    let sets: HashSet<LineAgentSessionStateSet> = [
        Ready | BusyOnCall,
        BusyOnCall | Ready,
        LineAgentSessionStateSet::from_bits_retain(0x6),
        Flags::from(Ready),
    ]
    .into_iter()
    .collect();
    assert_eq!(sets.len(), 2);

    // And tells sets apart: the hash is the bits' (a constant hash would
    // agree with `Eq` too, and make every `HashSet` a list).
    let hash = |set: LineAgentSessionStateSet| {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(set)
    };
    let bits = |bits: u32| {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(bits)
    };
    assert_eq!(hash(Ready | BusyOnCall), bits(0x6));
    assert_ne!(hash(Ready | BusyOnCall), hash(Flags::from(Ready)));
}

#[test]
fn a_set_equals_a_member_only_when_it_is_that_member() {
    use LineAgentSessionState::*;
    assert!(Flags::from(Ready) == Ready);
    assert!((Ready | BusyOnCall) != Ready, "two members");
    assert!(LineAgentSessionStateSet::empty() != Ready);
    assert!(Flags::from(BusyOnCall) != Ready);
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
    // The iterator shows the members it has left.
    let mut iter = (Ready | BusyOnCall | Ended).iter();
    assert_eq!(format!("{iter:?}"), "[Ready, BusyOnCall, Ended]");
    iter.next();
    assert_eq!(format!("{iter:?}"), "[BusyOnCall, Ended]");
}

/// The set operations, each checked where a change of one operator would
/// show (issue 13's missed mutants: `is_empty`, `contains`, `insert`,
/// `remove`, `clone`).
#[test]
fn set_operations_in_plain_and_mixed_families() {
    use tapi_consts::families::LineAgentSessionState::{BusyOnCall, Ended, Ready};
    use tapi_consts::families::LineInitializeExOption::{
        CallHubTracking, UseCompletionPort, UseEvent, UseHiddenWindow,
    };
    use tapi_consts::families::{LineAgentSessionStateSet, LineInitializeExOptionSet};

    let both = Ready | BusyOnCall;
    assert!(both.intersects(Ready.into()) && both.intersects(Ready | Ended));
    assert!(!both.intersects(Ended.into()), "no shared bit");
    assert!(!both.intersects(LineAgentSessionStateSet::empty()));
    assert!(!both.is_empty());
    assert!(!LineAgentSessionStateSet::from(Ready).is_empty());
    assert!(LineAgentSessionStateSet::empty().is_empty());
    assert!(both.contains(Ready.into()) && both.contains(both));
    assert!(!both.contains(Ready | Ended));
    assert!(!LineAgentSessionStateSet::from(Ready).contains(both));
    #[allow(clippy::clone_on_copy)]
    let copy = both.clone();
    assert_eq!(copy, both);

    let mut set = both;
    set.remove(Ready);
    assert_eq!(set, LineAgentSessionStateSet::from(BusyOnCall));
    set.remove(Ended);
    assert_eq!(set.bits(), BusyOnCall.value());
    set.insert(Ended);
    assert_eq!(set, BusyOnCall | Ended);

    // Mixed: a flag joins the selector; a selector replaces the selector,
    // flags stay.
    let mut mixed = LineInitializeExOptionSet::from(UseEvent);
    mixed.insert(CallHubTracking);
    assert_eq!(mixed.bits(), 0x8000_0002);
    assert_eq!(mixed, UseEvent | CallHubTracking);
    assert!(mixed.contains(UseEvent.into()) && mixed.contains(CallHubTracking.into()));
    assert!(!mixed.contains(UseHiddenWindow.into()) && !mixed.contains(UseCompletionPort.into()));
    mixed.insert(UseHiddenWindow);
    assert_eq!(mixed.bits(), 0x8000_0001);
    // Removing another selector keeps this one; removing it clears it.
    mixed.remove(UseEvent);
    assert_eq!(mixed.bits(), 0x8000_0001);
    mixed.remove(UseHiddenWindow);
    assert_eq!(mixed.bits(), 0x8000_0000);
    mixed.remove(CallHubTracking);
    assert!(mixed.is_empty());
    // A selector whose value fills the field (3 of 0x3).
    let mut port = UseCompletionPort | CallHubTracking;
    port.remove(UseEvent);
    assert_eq!(port.bits(), 0x8000_0003);
    port.remove(UseCompletionPort);
    assert_eq!(port.bits(), 0x8000_0000);
}
