//! Decodes `LINEAGENTSESSIONSTATE_` values, as read from a TAPI trace, into
//! names and descriptions in every language the family has in this build
//! (English always; others as the `lang-*` features keep them).
//!
//! ```text
//! cargo run -p tapi-consts --example decode                 # sample values
//! cargo run -p tapi-consts --example decode -- 0x6 8 READY  # your own
//! ```

use tapi_consts::families::{LineAgentSessionState, LineAgentSessionStateSet};
use tapi_consts::ConstFamily;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() {
        vec!["0x00000008".to_owned(), "0x6".to_owned(), "0x41".to_owned()]
    } else {
        args
    };
    let mut failed = false;
    for input in &inputs {
        match input.parse::<LineAgentSessionStateSet>() {
            Ok(states) => describe(input, states),
            Err(error) => {
                eprintln!("{input}: {error}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}

fn describe(input: &str, states: LineAgentSessionStateSet) {
    println!("{input} = 0x{:08X} = {states}", states.bits());
    for state in states {
        // The docs hold only the languages the build keeps, English first.
        for (i, (lang, text)) in state.entry().docs().iter().enumerate() {
            let name = if i == 0 { state.name() } else { "" };
            println!("  {name:<34} {lang}: {text}");
        }
    }
    if states.unknown_bits() != 0 {
        println!(
            "  0x{:08X} are bits no LINEAGENTSESSIONSTATE_ constant has",
            states.unknown_bits()
        );
    }
    if states.is_empty() {
        println!("  (no state)");
    }
    if let Some(single) = LineAgentSessionState::from_value(states.bits()) {
        println!("  a single state: {single:#}");
    }
    println!();
}
