//! Error codes: `LINEERR_` (line functions), `PHONEERR_` (phone functions), `TAPIERR_` (Assisted Telephony).

mod line;
mod phone;
mod tapi;

pub use line::*;
pub use phone::*;
pub use tapi::*;
