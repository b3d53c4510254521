// A set's second parameter is its family's repr, or it is no type: a
// mismatched one (here `u8` for a `u32` family) is refused where it is
// written, not left to become a type without methods.
use tapi_consts::families::LineCallState;
use tapi_consts::Flags;

fn main() {
    let _states: Option<Flags<LineCallState, u8>> = None;
}
