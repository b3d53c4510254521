//! Name and member parsing of any prebuilt family: never panics, and what
//! parses writes back to text that parses to the same member.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use tapi_consts::families::ALL;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let family = ALL[usize::from(pick) % ALL.len()];
    let _ = family.entry_by_name(text);
    let _ = family.entry_by_name_ignore_case(text);
    let _ = family.entry_by_full_name(text, true);
    let _ = tapi_consts::lookup(text);
    match family.parse_entry(text) {
        Ok(entry) => {
            assert_eq!(family.entry(entry.index()), Some(entry));
            assert_eq!(family.parse_entry(entry.name()).ok(), Some(entry));
            assert_eq!(family.parse_entry(entry.short_name()).ok(), Some(entry));
        }
        Err(error) => {
            assert!(error.span().end <= text.len());
            assert!(text.is_char_boundary(error.span().start));
            let _ = error.to_string();
        }
    }
});
