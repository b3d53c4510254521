//! The prebuilt `tapi.h` constant families.
//!
//! Each family is an enum named after its C prefix (`LINEAGENTSESSIONSTATE_`
//! → [`LineAgentSessionState`]); each bit-flag family also has a plural
//! alias for its sets (`LineAgentSessionStates = Flags<LineAgentSessionState>`).

mod address;
mod agent;
mod call_a;
mod call_b;
mod device;
mod line_errors;
mod line_misc;
mod line_modes;
mod messages;
mod misc;
mod phone;
mod phone_errors;
mod ungrouped;

pub use address::*;
pub use agent::*;
pub use call_a::*;
pub use call_b::*;
pub use device::*;
pub use line_errors::*;
pub use line_misc::*;
pub use line_modes::*;
pub use messages::*;
pub use misc::*;
pub use phone::*;
pub use phone_errors::*;
pub use ungrouped::*;
