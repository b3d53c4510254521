//! The number grammar (`tapi-consts/src/number.rs`), with and without
//! hex without a prefix: never panics; a number read fits the repr, and a
//! family reads the same text as the same value; the tool's decoding of it
//! never panics.
#![no_main]
#![forbid(unsafe_code)]
#![allow(dead_code)]

use libfuzzer_sys::fuzz_target;
use tapi_consts::families::ALL;
use tapi_consts::{Kind, ParseOptions};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let family = ALL[usize::from(pick >> 1) % ALL.len()];
    let options = ParseOptions::new().unprefixed_hex(pick & 1 == 1);
    if let Ok(Some(bits)) = family.repr().parse_number(text, options) {
        assert_eq!(bits & !family.repr().mask(), 0, "{text} does not fit");
        // A number is a number unless the family has it as a name.
        if family.entry_by_name(text).is_none() {
            assert_eq!(family.parse_value(text, options), Ok(bits), "{text}");
        }
        if family.kind() != Kind::Enum {
            let mut out = String::new();
            let _ = family.write_bits(&mut out, bits, false);
        }
    }
});
