//! A vendor's own constant family, with `#[derive(ConstFamily)]`: the
//! device-specific agent states that an ACD puts in the upper 16 bits of
//! `LINEAGENTSTATUS.dwState`, which `tapi.h` leaves to vendors.
//!
//! ```text
//! cargo run -p tapi-consts --example vendor_extension
//! ```
//!
//! A crate of its own would depend on
//! `tapi-consts = { version = "0.1", features = ["derive"] }`.

use tapi_consts::families::LineAgentStateSet;
use tapi_consts::{ConstFamily, Flags};

/// Device-specific agent states of the Acme ACD.
///
/// Set in the upper 16 bits of `dwState`, beside a `LINEAGENTSTATE_` state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
// `c_consts` also emits the C names as `pub const`s (module `c_acmeagentstate`)
// for code that fills TAPI structures.
#[tapi(
    prefix = "ACMEAGENTSTATE_",
    flags,
    since = "2.0",
    header = "acmetsp.h",
    c_consts
)]
#[tapi(doc(
    fr = "États d’agent propres à l’ACD Acme, dans les 16 bits de poids fort de `dwState`."
))]
pub enum AcmeAgentState {
    /// The agent is in a training session.
    #[tapi(doc(fr = "L’agent est en formation."))]
    Training = 0x0001_0000,
    /// The agent is on a meal break.
    // The C name is not the upper-cased identifier; older firmware said MEAL.
    #[tapi(name = "LUNCH", alias = "MEAL")]
    #[tapi(doc(fr = "L’agent est en pause déjeuner."))]
    LunchBreak = 0x0002_0000,
    /// The agent is in a team meeting; reported to applications that
    /// negotiated TAPI 2.2 or later.
    #[tapi(name = "TEAM_MEETING", since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est en réunion d’équipe ; signalé aux applications ayant négocié TAPI 2.2 ou ultérieure."
    ))]
    TeamMeeting = 0x0004_0000,
}

/// A set of [`AcmeAgentState`] flags.
pub type AcmeAgentStates = Flags<AcmeAgentState>;

fn main() -> Result<(), tapi_consts::ParseError> {
    use c_acmeagentstate::ACMEAGENTSTATE_LUNCH;
    use tapi_consts::raw::LINEAGENTSTATE_NOTREADY;

    // A `dwState` as the provider reports it: a standard state plus ours.
    let dw_state = LINEAGENTSTATE_NOTREADY | ACMEAGENTSTATE_LUNCH;
    // Each family decodes its own bits; `from_bits_truncate` drops the others.
    let standard = LineAgentStateSet::from_bits_truncate(dw_state);
    let vendor = AcmeAgentStates::from_bits_truncate(dw_state);
    println!("dwState 0x{dw_state:08X} = {standard} | {vendor}");
    // French, or English in a build without the `lang-fr` feature.
    for state in vendor {
        println!("  {state}: {}", state.description("fr"));
    }

    // Parsing accepts full names, short names, aliases and numbers, and the
    // text is always written with the primary names.
    let parsed: AcmeAgentStates = "ACMEAGENTSTATE_TRAINING | MEAL".parse()?;
    println!("parsed: {parsed:#} (0x{:08X})", parsed.bits());
    assert!(parsed.contains(AcmeAgentState::LunchBreak.into()));

    // A typo is an error that says what was probably meant.
    if let Err(error) = "TEAM_MEETNG".parse::<AcmeAgentStates>() {
        println!("error: {error}");
    }

    // The family's description and requirements, as every family has them.
    let info = AcmeAgentState::INFO;
    println!("{} ({}):", info.prefix(), info.languages().join(", "));
    println!("  {}", info.description("fr"));
    for entry in info.entries() {
        let since = entry.requires().map(|v| v.to_string());
        let aliases: Vec<_> = entry.aliases().collect();
        println!(
            "  {:<28} 0x{:08X}  TAPI {}  aliases: {:?}",
            entry.name(),
            entry.value(),
            since.unwrap_or_default(),
            aliases
        );
    }
    Ok(())
}
