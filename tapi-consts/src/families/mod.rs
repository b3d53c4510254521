//! The prebuilt `tapi.h` constant families.
//!
//! Each family is an enum named after its C prefix (`LINEAGENTSESSIONSTATE_`
//! → [`LineAgentSessionState`]); each bit-flag family also has a plural
//! alias for its sets (`LineAgentSessionStates = Flags<LineAgentSessionState>`).

mod address;
mod agent;
mod call_a;
mod call_b;
mod callback_message;
mod device;
mod line_errors;
mod line_misc;
mod line_modes;
mod messages;
mod misc;
mod phone;
mod phone_errors;

pub use address::*;
pub use agent::*;
pub use call_a::*;
pub use call_b::*;
pub use callback_message::Message;
pub use device::*;
pub use line_errors::*;
pub use line_misc::*;
pub use line_modes::*;
pub use messages::*;
pub use misc::*;
pub use phone::*;
pub use phone_errors::*;

mod registry;

pub use registry::{family, lookup};

use crate::{ConstFamily, FamilyInfo};

/// Every prebuilt family, in the order `tapi.h` defines them.
pub static ALL: &[&FamilyInfo] = &[
    Tapi::INFO,
    Line::INFO,
    Phone::INFO,
    Initialize::INFO,
    LineAddrCapFlags::INFO,
    LineAddressMode::INFO,
    LineAddressSharing::INFO,
    LineAddressState::INFO,
    LineAddressType::INFO,
    LineAddrFeature::INFO,
    LineAgentFeature::INFO,
    LineAgentState::INFO,
    LineAgentStatus::INFO,
    LineAgentStateEx::INFO,
    LineAgentStatusEx::INFO,
    LineAgentSessionState::INFO,
    LineAgentSessionStatus::INFO,
    LineQueueStatus::INFO,
    LineGroupStatus::INFO,
    LineProxyStatus::INFO,
    LineAnswerMode::INFO,
    LineBearerMode::INFO,
    LineBusyMode::INFO,
    LineCallComplCond::INFO,
    LineCallComplMode::INFO,
    LineCallFeature::INFO,
    LineCallFeature2::INFO,
    LineCallHubTracking::INFO,
    LineCallInfoState::INFO,
    LineCallOrigin::INFO,
    LineCallParamFlags::INFO,
    LineCallPartyId::INFO,
    LineCallPrivilege::INFO,
    LineCallReason::INFO,
    LineCallSelect::INFO,
    LineCallState::INFO,
    LineCallTreatment::INFO,
    LineCardOption::INFO,
    LineConnectedMode::INFO,
    LineDevCapFlags::INFO,
    LineDevState::INFO,
    LineDevStatusFlags::INFO,
    LineDialToneMode::INFO,
    LineDigitMode::INFO,
    LineDisconnectMode::INFO,
    LineErr::INFO,
    LineFeature::INFO,
    LineForwardMode::INFO,
    LineGatherTerm::INFO,
    LineGenerateTerm::INFO,
    LineInitializeExOption::INFO,
    LineLocationOption::INFO,
    LineMediaControl::INFO,
    LineMediaMode::INFO,
    Last::INFO,
    LineOfferingMode::INFO,
    LineOpenOption::INFO,
    LineParkMode::INFO,
    LineProxyRequest::INFO,
    LineRemoveFromConf::INFO,
    LineRequestMode::INFO,
    LineRoamMode::INFO,
    LineSpecialInfo::INFO,
    LineTermDev::INFO,
    LineTermMode::INFO,
    LineTermSharing::INFO,
    LineTollListOption::INFO,
    LineToneMode::INFO,
    LineTransferMode::INFO,
    LineTranslateOption::INFO,
    LineTranslateResult::INFO,
    PhoneButtonFunction::INFO,
    PhoneButtonMode::INFO,
    PhoneButtonState::INFO,
    PhoneErr::INFO,
    PhoneFeature::INFO,
    PhoneHookSwitchDev::INFO,
    PhoneHookSwitchMode::INFO,
    PhoneInitializeExOption::INFO,
    PhoneLampMode::INFO,
    PhonePrivilege::INFO,
    PhoneState::INFO,
    PhoneStatusFlags::INFO,
    StringFormat::INFO,
    TapiErr::INFO,
];
