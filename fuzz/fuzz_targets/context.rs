//! The readers in context: `messages::read` for any message number, level
//! and numbers, `fields::field(...).read` for any field and value, and the
//! tool's line annotator on any text (its scanner, compiled here from the
//! tool's own source). None may panic; every reading's descriptions exist.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use tapi_consts::fields;
use tapi_consts::messages::{read, Level};

#[path = "../../tapi-consts-cli/src/annotate/scan.rs"]
mod scan;
// The words the scanner's annotations are made of.
#[path = "../../tapi-consts-cli/src/catalogue.rs"]
#[allow(dead_code)]
mod catalogue;

fuzz_target!(|data: &[u8]| {
    if data.len() >= 24 {
        let word = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().unwrap());
        let level = if data[0] & 1 == 1 { Level::Provider } else { Level::Application };
        // Small message numbers most of the time, any sometimes.
        let number = if data[0] & 2 == 2 { word(4) } else { word(4) % 512 };
        let numbers = [word(8) as usize, word(12) as usize, word(16) as usize, word(20) as usize, 0];
        if let Some(reading) = read(level, number, numbers) {
            for param in reading.params() {
                let _ = (param.description("fr"), param.entry(), param.name());
            }
        }
        let all: Vec<_> = fields::fields().collect();
        let field = all[data[1] as usize % all.len()];
        let given = field.depends_on().map(|name| (name, word(16)));
        let reading = field.read(word(8), given.as_slice());
        let _ = (reading.role(), reading.description("de"));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        for hex in [false, true] {
            for annotation in scan::scan(text, hex) {
                for lang in ["en", "fr", "de"] {
                    let described = scan::describe(&annotation, lang);
                    assert!(!described.contains('\n'), "{described}");
                }
            }
        }
    }
});
