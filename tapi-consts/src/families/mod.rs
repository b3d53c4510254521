//! The prebuilt `tapi.h` constant families.
//!
//! Each family is an enum named after its C prefix (`LINEAGENTSESSIONSTATE_`
//! → [`LineAgentSessionState`]); each bit-flag family also has a plural
//! alias for its sets (`LineAgentSessionStates = Flags<LineAgentSessionState>`).

mod agent;

pub use agent::*;
