//! Sets as `const` items, for every repr a family can have: each `const fn`
//! of `Flags` evaluated by the compiler (a failing `assert!` in a `const`
//! fails the build) and compared at run time with the operators and the
//! generic `FlagSet` path, which are not `const`.

use tapi_consts::families::{
    LineDevState, LineDevStateSet, LineInitializeExOption, LineInitializeExOptionSet,
};
use tapi_consts::{FlagSet, Flags};

// One family a repr: a low member, a second one, and the repr's top bit
// (the sign bit of a signed repr); 4 is a bit no member has.
macro_rules! every_repr {
    ($($module:ident: $repr:ident, top $top:expr;)*) => {$(
        mod $module {
            use super::*;
            use tapi_consts::ConstFamily;

            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
            #[repr($repr)]
            #[tapi(prefix = "F_", flags)]
            pub enum F {
                One = 1,
                Two = 2,
                Top = $top,
            }

            type Set = Flags<F>;

            const ONE: Set = Set::from_bits_retain(F::One as $repr);
            const TOP: Set = Set::from_bits_retain(F::Top as $repr);
            const UNKNOWN: Set = Set::from_bits_retain(4);
            const WANTED: Set = ONE.union(TOP).union(UNKNOWN);
            const KNOWN: Set = WANTED.intersection(Set::all());
            const REST: Set = WANTED.difference(ONE);
            const FLIPPED: Set = WANTED.symmetric_difference(Set::all());

            const _: () = {
                let (one, two, top) = (F::One as $repr, F::Two as $repr, F::Top as $repr);
                assert!(WANTED.bits() == one | top | 4);
                assert!(Set::all().bits() == one | two | top);
                assert!(Set::empty().bits() == 0 && Set::empty().is_empty());
                assert!(!WANTED.is_empty());
                assert!(KNOWN.bits() == one | top);
                assert!(REST.bits() == top | 4);
                assert!(FLIPPED.bits() == two | 4);
                assert!(WANTED.contains(ONE) && WANTED.contains(KNOWN));
                assert!(!ONE.contains(WANTED) && !WANTED.contains(Set::all()));
                assert!(WANTED.contains(Set::empty()));
                assert!(WANTED.intersects(TOP) && !REST.intersects(ONE));
            };

            #[test]
            fn const_results_are_the_operators_results() {
                let unknown = <Set as FlagSet>::from_bits_retain(4);
                let wanted = F::One | F::Top | unknown;
                assert_eq!(WANTED, wanted);
                assert_eq!(KNOWN, wanted & Set::all());
                assert_eq!(REST, wanted - F::One);
                assert_eq!(FLIPPED, wanted ^ Set::all());
                assert_eq!(WANTED.bits(), FlagSet::bits(wanted));
                assert_eq!(WANTED.unknown_bits(), 4);
                assert_eq!(WANTED.to_string(), "F_ONE | F_TOP | 0x04".replace(
                    "0x04",
                    &format!("0x{:0width$X}", 4, width = <$repr>::BITS as usize / 4),
                ));
                assert!(WANTED.contains(F::Top.into()));
                assert!(!REST.contains(F::One.into()));
                assert_eq!(core::mem::size_of::<Set>(), 8);
            }
        }
    )*};
}

every_repr! {
    repr_u8: u8, top 0x80;
    repr_u16: u16, top 0x8000;
    repr_u32: u32, top 0x8000_0000;
    repr_u64: u64, top 0x8000_0000_0000_0000;
    repr_i8: i8, top -0x80;
    repr_i16: i16, top -0x8000;
    repr_i32: i32, top -0x8000_0000;
    repr_i64: i64, top -0x8000_0000_0000_0000;
}

/// What a TAPI program asks `lineSetStatusMessages` to report, as a
/// constant, built both from the members and from windows-sys's numbers.
const LINE_STATES: LineDevStateSet = LineDevStateSet::from_bits_retain(
    LineDevState::Connected as u32
        | LineDevState::Disconnected as u32
        | LineDevState::OutOfService as u32,
)
.union(LineDevStateSet::from_bits_retain(
    LineDevState::Reinit as u32,
));

#[test]
fn a_status_mask_as_a_constant_matches_windows_sys() {
    use windows_sys::Win32::Devices::Tapi::{
        LINEDEVSTATE_CONNECTED, LINEDEVSTATE_DISCONNECTED, LINEDEVSTATE_OUTOFSERVICE,
        LINEDEVSTATE_REINIT,
    };
    let from_windows = LINEDEVSTATE_CONNECTED
        | LINEDEVSTATE_DISCONNECTED
        | LINEDEVSTATE_OUTOFSERVICE
        | LINEDEVSTATE_REINIT;
    assert_eq!(LINE_STATES.bits(), from_windows);
    assert_eq!(
        LINE_STATES.to_string(),
        "LINEDEVSTATE_CONNECTED | LINEDEVSTATE_DISCONNECTED | LINEDEVSTATE_OUTOFSERVICE \
         | LINEDEVSTATE_REINIT"
    );
}

// A mixed family: a selector is contained only if it is the set's selector,
// in a `const` as at run time.
const EVENT_AND_TRACKING: LineInitializeExOptionSet = LineInitializeExOptionSet::from_bits_retain(
    LineInitializeExOption::UseEvent as u32 | LineInitializeExOption::CallHubTracking as u32,
);
const USE_EVENT: LineInitializeExOptionSet =
    LineInitializeExOptionSet::from_bits_retain(LineInitializeExOption::UseEvent as u32);
const USE_PORT: LineInitializeExOptionSet =
    LineInitializeExOptionSet::from_bits_retain(LineInitializeExOption::UseCompletionPort as u32);
const _: () = assert!(EVENT_AND_TRACKING.contains(USE_EVENT));
const _: () = assert!(!EVENT_AND_TRACKING.contains(USE_PORT));

#[test]
fn a_mixed_familys_selector_is_contained_as_at_run_time() {
    use LineInitializeExOption::*;
    let set = UseEvent | CallHubTracking;
    assert_eq!(set, EVENT_AND_TRACKING);
    for member in [
        UseHiddenWindow,
        UseEvent,
        UseCompletionPort,
        CallHubTracking,
    ] {
        let single = LineInitializeExOptionSet::from(member);
        assert_eq!(
            set.contains(single),
            EVENT_AND_TRACKING.contains(single),
            "{member:?}"
        );
    }
    assert!(!set.contains(USE_PORT) && set.contains(USE_EVENT));
}
