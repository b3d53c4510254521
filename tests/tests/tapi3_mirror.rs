//! TAPI 3 ↔ TAPI 2: every pair of `families::MIRRORS` names constants that
//! exist on both sides, in the relation its mirror says, and the
//! conversions follow the pairs both ways.

use tapi_consts::families::{
    convert, counterparts, tapi3, LineAgentSessionState, LineCallState, Relation, MIRRORS,
};
use tapi_consts::{lookup, ConstFamily};

#[test]
fn every_pair_holds_its_relation() {
    assert_eq!(MIRRORS.len(), 14);
    for mirror in MIRRORS {
        let pairs: Vec<_> = mirror.pairs().collect();
        assert!(!pairs.is_empty(), "{}", mirror.tapi3.prefix());
        assert!(mirror.tapi3.c_type().is_some() && mirror.tapi2.header() == Some("tapi.h"));
        for (tapi3, tapi2) in pairs {
            assert!(std::ptr::eq(tapi3.family(), mirror.tapi3));
            assert!(std::ptr::eq(tapi2.family(), mirror.tapi2));
            match mirror.relation {
                Relation::Same => assert_eq!(tapi3.bits(), tapi2.bits(), "{}", tapi3.name()),
                Relation::IndexToBit => {
                    assert_eq!(1u64 << tapi3.value(), tapi2.bits(), "{}", tapi3.name())
                }
                Relation::Listed => {}
            }
        }
    }
}

/// Where the names agree, the pairing covers every member it should (a
/// member dropped from the list, or renamed, fails here).
#[test]
fn name_paired_mirrors_cover_their_families() {
    for mirror in MIRRORS.iter().filter(|m| m.relation != Relation::Listed) {
        let paired = mirror.pairs().count();
        let smaller = mirror.tapi3.len().min(mirror.tapi2.len());
        assert!(
            paired + 2 >= smaller,
            "{}: {paired} of {smaller}",
            mirror.tapi3.prefix()
        );
    }
}

#[test]
fn counterparts_go_both_ways() {
    let ready = LineAgentSessionState::Ready.entry();
    let asst = lookup("ASST_READY").unwrap();
    assert_eq!(counterparts(ready).collect::<Vec<_>>(), [asst]);
    assert_eq!(counterparts(asst).collect::<Vec<_>>(), [ready]);
    // One TAPI 3 state for four TAPI 2 ones.
    let in_progress: Vec<&str> = counterparts(lookup("CS_INPROGRESS").unwrap())
        .map(|entry| entry.name())
        .collect();
    assert_eq!(
        in_progress,
        [
            "LINECALLSTATE_DIALTONE",
            "LINECALLSTATE_DIALING",
            "LINECALLSTATE_PROCEEDING",
            "LINECALLSTATE_RINGBACK"
        ]
    );
    assert_eq!(counterparts(lookup("CS_QUEUED").unwrap()).count(), 0);
    assert_eq!(
        counterparts(lookup("LINEAGENTSESSIONSTATE_RELEASED").unwrap()).count(),
        0
    );
    // Same names, same values.
    let up = lookup("PBS_UP").unwrap();
    assert_eq!(
        counterparts(up).next().unwrap().name(),
        "PHONEBUTTONSTATE_UP"
    );
}

#[test]
fn conversions_follow_the_pairs() {
    assert_eq!(
        convert::<_, LineAgentSessionState>(tapi3::AgentSessionState::BusyWrapUp),
        Some(LineAgentSessionState::BusyWrapUp)
    );
    assert_eq!(
        convert::<_, tapi3::AgentSessionState>(LineAgentSessionState::BusyWrapUp),
        Some(tapi3::AgentSessionState::BusyWrapUp)
    );
    assert_eq!(
        convert::<_, tapi3::CallState>(LineCallState::OnHoldPendConf),
        Some(tapi3::CallState::Hold)
    );
    assert_eq!(
        convert::<_, LineCallState>(tapi3::CallState::Hold),
        None,
        "three TAPI 2 states"
    );
    assert_eq!(
        convert::<_, LineCallState>(tapi3::CallState::Queued),
        None,
        "none"
    );
    assert_eq!(convert::<_, tapi3::CallState>(LineCallState::Busy), None);
}
