//! Set parsing of any prebuilt family, with any `ParseOptions`: never
//! panics, and a parsed set's text, in both forms, parses back to the same
//! bits (with the options and without).
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use tapi_consts::families::ALL;
use tapi_consts::ParseOptions;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let Some((&flags, text)) = text.split_first() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let family = ALL[usize::from(pick) % ALL.len()];
    let options = ParseOptions::new()
        .unprefixed_hex(flags & 1 == 1)
        .ignore_case(flags & 2 == 2);
    match family.parse_bits_with(text, options) {
        Ok(bits) => {
            for short in [false, true] {
                let mut written = String::new();
                family.write_bits(&mut written, bits, short).expect("writing to a String");
                assert_eq!(family.parse_bits(&written).ok(), Some(bits), "{written}");
                let again = family.parse_bits_with(&written, options).ok();
                assert_eq!(again, Some(bits), "{written}");
            }
        }
        Err(error) => {
            assert!(error.span().end <= text.len());
            let _ = error.to_string();
        }
    }
});
