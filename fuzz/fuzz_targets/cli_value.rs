//! The command-line tool's value parsing and decoding (its own modules,
//! compiled in here): never panics.
#![no_main]
#![forbid(unsafe_code)]
#![allow(dead_code)]

#[path = "../../tapi-consts/src/bin/tapi-consts/output.rs"]
mod output;
#[path = "../../tapi-consts/src/bin/tapi-consts/values.rs"]
mod values;

use libfuzzer_sys::fuzz_target;
use tapi_consts::families::ALL;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let family = ALL[usize::from(pick) % ALL.len()];
    if let Ok(bits) = values::parse_number(text, family) {
        assert_eq!(bits & !family.repr().mask(), 0, "{text} does not fit");
        let _ = values::decode(family, bits);
        let _ = values::hex(bits, family);
    }
});
