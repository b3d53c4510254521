//! TAPI 3 ↔ TAPI 2: the TAPI 3 enums that mirror a `tapi.h` family, and
//! which constant of one names the same thing as which of the other. Each
//! pairing is decided from Microsoft's TAPI 3 pages (the TAPI 3 interface
//! a value belongs to wraps the TAPI 2 function that takes the other one:
//! `ITAgentSession::put_State` calls `lineSetAgentSessionState`), and
//! written out member by member below; a test checks every pair.

use crate::entry::Entry;
use crate::families::tapi3;
use crate::families::{
    LineAgentSessionState, LineAgentStateEx, LineCallPrivilege, LineCallState, LineDisconnectMode,
    LineGatherTerm, LineToneMode, PhoneButtonFunction, PhoneButtonMode, PhoneButtonState,
    PhoneHookSwitchDev, PhoneHookSwitchMode, PhoneLampMode, PhonePrivilege,
};
use crate::storage::FamilyInfo;
use crate::ConstFamily;

/// How a TAPI 3 family's values relate to its `tapi.h` family's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The same numbers (`PBS_UP` and `PHONEBUTTONSTATE_UP` are both 1).
    Same,
    /// TAPI 3 counts states 0, 1, 2 … where TAPI 2 has the bits 0x1, 0x2,
    /// 0x4 …: a TAPI 2 value is `1 << n` (`ASST_READY` = 1,
    /// `LINEAGENTSESSIONSTATE_READY` = 0x2).
    IndexToBit,
    /// Neither: the pairs are listed (`CP_OWNER` = 0,
    /// `LINECALLPRIVILEGE_OWNER` = 0x4; `CS_INPROGRESS` stands for four
    /// TAPI 2 states).
    Listed,
}

/// A TAPI 3 family and the `tapi.h` family it mirrors.
#[derive(Clone, Copy, Debug)]
pub struct Mirror {
    /// The TAPI 3 family (`AGENT_SESSION_STATE`).
    pub tapi3: &'static FamilyInfo,
    /// The `tapi.h` family (`LINEAGENTSESSIONSTATE_`).
    pub tapi2: &'static FamilyInfo,
    /// How their values relate.
    pub relation: Relation,
    /// Short names, TAPI 3 then TAPI 2; `None`: every member of the TAPI 3
    /// family pairs with the TAPI 2 constant of the same short name.
    pairs: Option<&'static [(&'static str, &'static str)]>,
}

const fn mirror<T: ConstFamily, U: ConstFamily>(
    relation: Relation,
    pairs: Option<&'static [(&'static str, &'static str)]>,
) -> Mirror {
    Mirror {
        tapi3: T::INFO,
        tapi2: U::INFO,
        relation,
        pairs,
    }
}

/// Every mirrored family.
pub static MIRRORS: &[Mirror] = &[
    // Values that differ.
    mirror::<tapi3::CallState, LineCallState>(
        Relation::Listed,
        Some(&[
            ("IDLE", "IDLE"),
            ("INPROGRESS", "DIALTONE"),
            ("INPROGRESS", "DIALING"),
            ("INPROGRESS", "PROCEEDING"),
            ("INPROGRESS", "RINGBACK"),
            ("CONNECTED", "CONNECTED"),
            ("DISCONNECTED", "DISCONNECTED"),
            ("OFFERING", "OFFERING"),
            ("HOLD", "ONHOLD"),
            ("HOLD", "ONHOLDPENDCONF"),
            ("HOLD", "ONHOLDPENDTRANSFER"),
        ]),
    ),
    mirror::<tapi3::AgentSessionState, LineAgentSessionState>(
        Relation::IndexToBit,
        Some(&[
            ("NOT_READY", "NOTREADY"),
            ("READY", "READY"),
            ("BUSY_ON_CALL", "BUSYONCALL"),
            ("BUSY_WRAPUP", "BUSYWRAPUP"),
            ("SESSION_ENDED", "ENDED"),
        ]),
    ),
    mirror::<tapi3::AgentState, LineAgentStateEx>(
        Relation::IndexToBit,
        Some(&[
            ("NOT_READY", "NOTREADY"),
            ("READY", "READY"),
            ("BUSY_ACD", "BUSYACD"),
            ("BUSY_INCOMING", "BUSYINCOMING"),
            ("BUSY_OUTGOING", "BUSYOUTGOING"),
            ("UNKNOWN", "UNKNOWN"),
        ]),
    ),
    mirror::<tapi3::CallPrivilege, LineCallPrivilege>(
        Relation::Listed,
        Some(&[("OWNER", "OWNER"), ("MONITOR", "MONITOR")]),
    ),
    mirror::<tapi3::PhonePrivilege, PhonePrivilege>(
        Relation::Listed,
        Some(&[("OWNER", "OWNER"), ("MONITOR", "MONITOR")]),
    ),
    mirror::<tapi3::CallStateEventCause, LineDisconnectMode>(
        Relation::Listed,
        Some(&[
            ("DISCONNECT_NORMAL", "NORMAL"),
            ("DISCONNECT_BUSY", "BUSY"),
            ("DISCONNECT_BADADDRESS", "BADADDRESS"),
            ("DISCONNECT_NOANSWER", "NOANSWER"),
            ("DISCONNECT_CANCELLED", "CANCELLED"),
            ("DISCONNECT_REJECTED", "REJECT"),
            ("DISCONNECT_BLOCKED", "BLOCKED"),
        ]),
    ),
    mirror::<tapi3::PhoneButtonMode, PhoneButtonMode>(Relation::IndexToBit, None),
    // The same values.
    mirror::<tapi3::PhoneButtonFunction, PhoneButtonFunction>(Relation::Same, None),
    mirror::<tapi3::PhoneButtonState, PhoneButtonState>(Relation::Same, None),
    mirror::<tapi3::PhoneLampMode, PhoneLampMode>(Relation::Same, None),
    mirror::<tapi3::PhoneHookSwitchDevice, PhoneHookSwitchDev>(
        Relation::Same,
        Some(&[
            ("HANDSET", "HANDSET"),
            ("SPEAKERPHONE", "SPEAKER"),
            ("HEADSET", "HEADSET"),
        ]),
    ),
    mirror::<tapi3::PhoneHookSwitchState, PhoneHookSwitchMode>(
        Relation::Same,
        Some(&[
            ("ONHOOK", "ONHOOK"),
            ("OFFHOOK_MIC_ONLY", "MIC"),
            ("OFFHOOK_SPEAKER_ONLY", "SPEAKER"),
            ("OFFHOOK", "MICSPEAKER"),
        ]),
    ),
    mirror::<tapi3::TapiGatherTerm, LineGatherTerm>(Relation::Same, None),
    mirror::<tapi3::TapiToneMode, LineToneMode>(Relation::Same, None),
];

impl Mirror {
    /// Every pair, TAPI 3 constant then TAPI 2 constant.
    pub fn pairs(&self) -> impl Iterator<Item = (Entry, Entry)> + '_ {
        let by_name = |(tapi3, tapi2): (&str, &str)| {
            Some((
                self.tapi3.entry_by_name(tapi3)?,
                self.tapi2.entry_by_name(tapi2)?,
            ))
        };
        let listed = self
            .pairs
            .into_iter()
            .flatten()
            .filter_map(move |&pair| by_name(pair));
        let same_names = self
            .pairs
            .is_none()
            .then(|| {
                self.tapi3.entries().filter_map(move |entry| {
                    Some((entry, self.tapi2.entry_by_name(entry.short_name())?))
                })
            })
            .into_iter()
            .flatten();
        listed.chain(same_names)
    }
}

/// The constants of the other API that name what `entry` names: for a
/// TAPI 3 constant its TAPI 2 ones (`CS_INPROGRESS`: `DIALTONE`, `DIALING`,
/// `PROCEEDING`, `RINGBACK`), for a `tapi.h` constant its TAPI 3 one
/// (`LINEAGENTSESSIONSTATE_READY` → `ASST_READY`). Empty where the other
/// API has none.
///
/// ```
/// use tapi_consts::families::{counterparts, LineAgentSessionState};
/// use tapi_consts::ConstFamily;
///
/// let ready = LineAgentSessionState::Ready.entry();
/// let tapi3: Vec<&str> = counterparts(ready).map(|entry| entry.name()).collect();
/// assert_eq!(tapi3, ["ASST_READY"]);
/// let back: Vec<_> = counterparts(tapi_consts::lookup("ASST_READY").unwrap()).collect();
/// assert_eq!(back, [ready]);
/// ```
pub fn counterparts(entry: Entry) -> impl Iterator<Item = Entry> {
    let family = entry.family();
    MIRRORS
        .iter()
        .filter(move |mirror| {
            core::ptr::eq(mirror.tapi3, family) || core::ptr::eq(mirror.tapi2, family)
        })
        .flat_map(move |mirror| {
            mirror.pairs().filter_map(move |(tapi3, tapi2)| {
                if tapi3 == entry {
                    Some(tapi2)
                } else if tapi2 == entry {
                    Some(tapi3)
                } else {
                    None
                }
            })
        })
}

/// The member of `U` that `member` converts to, when there is exactly one:
/// a TAPI 3 state as its TAPI 2 one and the reverse
/// (`convert::<tapi3::AgentSessionState, LineAgentSessionState>`); `None`
/// where the other API has none, or several (`CS_INPROGRESS`).
///
/// ```
/// use tapi_consts::families::{convert, tapi3, LineCallPrivilege, LineCallState};
///
/// let owner = convert::<_, LineCallPrivilege>(tapi3::CallPrivilege::Owner);
/// assert_eq!(owner, Some(LineCallPrivilege::Owner));
/// let dialing = convert::<_, tapi3::CallState>(LineCallState::Dialing);
/// assert_eq!(dialing, Some(tapi3::CallState::InProgress));
/// assert_eq!(convert::<_, LineCallState>(tapi3::CallState::InProgress), None);
/// ```
pub fn convert<T: ConstFamily, U: ConstFamily>(member: T) -> Option<U> {
    let mut found =
        counterparts(member.entry()).filter(|entry| core::ptr::eq(entry.family(), U::INFO));
    let one = found.next()?;
    if found.next().is_some() {
        return None;
    }
    U::ALL.get(one.index()).copied()
}
