// Every attribute the derive accepts, on one family, and a second family
// with a signed repr and negative values.

use tapi_consts::{ConstFamily, Flags, Kind, Version};

/// Lamps of our vendor's handset.
///
/// A second paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMELAMP_", flags, since = "2.0", header = "acme.h")]
#[tapi(doc(fr = "Voyants du combiné.", pt_br = "Lâmpadas do monofone."))]
pub enum AcmeLamp {
    /// The message-waiting lamp.
    #[tapi(doc(
        fr = "Le voyant de message en attente.",
        pt_br = "A lâmpada de mensagem."
    ))]
    MessageWaiting = 0x1,
    /// The do-not-disturb lamp.
    #[tapi(name = "DND", alias = "DONOTDISTURB", alias = "QUIET")]
    #[tapi(since = "2.2")]
    DoNotDisturb = 0x2,
    /// The ringer lamp.
    Ringer = 0x8000_0000,
}

/// Results of a vendor call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "ACMERESULT_")]
pub enum AcmeResult {
    /// Success.
    Ok = 0,
    /// The device failed.
    Failed = -1,
    /// The smallest value.
    Lowest = -0x8000_0000,
    /// The largest value.
    Highest = 0x7FFF_FFFF,
    /// Ready; a non-ASCII variant takes its C name from `name`.
    #[tapi(name = "PRET")]
    Prêt = 1,
}

fn main() {
    // Names, short names, aliases and `name`.
    assert_eq!(AcmeLamp::DoNotDisturb.name(), "ACMELAMP_DND");
    assert_eq!(AcmeLamp::DoNotDisturb.short_name(), "DND");
    assert_eq!(AcmeLamp::MessageWaiting.name(), "ACMELAMP_MESSAGEWAITING");
    assert_eq!(
        AcmeLamp::from_name("ACMELAMP_DONOTDISTURB"),
        Some(AcmeLamp::DoNotDisturb)
    );
    assert_eq!(AcmeLamp::from_name("QUIET"), Some(AcmeLamp::DoNotDisturb));
    assert_eq!(
        AcmeLamp::from_name_ignore_case("acmelamp_dnd"),
        Some(AcmeLamp::DoNotDisturb)
    );
    assert_eq!(AcmeLamp::from_name("DoNotDisturb"), None);
    assert_eq!(format!("{:#}", AcmeLamp::Ringer), "RINGER");

    // Values.
    assert_eq!(AcmeLamp::Ringer.value(), 0x8000_0000);
    assert_eq!(AcmeLamp::from_value(0x2), Some(AcmeLamp::DoNotDisturb));
    assert_eq!(AcmeLamp::from_value(0x4), None);

    // Descriptions: English from `///`, the others from `doc(...)`.
    assert_eq!(
        AcmeLamp::MessageWaiting.description("en"),
        "The message-waiting lamp."
    );
    assert_eq!(
        AcmeLamp::MessageWaiting.description("fr-CA"),
        "Le voyant de message en attente."
    );
    assert_eq!(
        AcmeLamp::MessageWaiting.description("pt-BR"),
        "A lâmpada de mensagem."
    );
    assert_eq!(
        AcmeLamp::DoNotDisturb.description("fr"),
        "The do-not-disturb lamp."
    );

    // The family's attributes.
    let info = <AcmeLamp as ConstFamily>::INFO;
    assert_eq!(info.prefix(), "ACMELAMP_");
    assert_eq!(info.kind(), Kind::Flags);
    assert_eq!(info.since(), Some(Version::new(2, 0)));
    assert_eq!(info.header(), Some("acme.h"));
    assert_eq!(info.description("pt-BR"), "Lâmpadas do monofone.");
    assert_eq!(
        info.description("en"),
        "Lamps of our vendor's handset.\n\nA second paragraph."
    );
    assert_eq!(info.languages(), &["en", "fr", "pt-BR"]);
    assert_eq!(
        AcmeLamp::DoNotDisturb.entry().since(),
        Some(Version::new(2, 2))
    );
    assert_eq!(AcmeLamp::MessageWaiting.entry().since(), None);
    assert!(AcmeLamp::DoNotDisturb
        .entry()
        .aliases()
        .eq(["DONOTDISTURB", "QUIET"]));

    // Flags.
    let lamps: Flags<AcmeLamp> = AcmeLamp::MessageWaiting | AcmeLamp::Ringer;
    assert_eq!(lamps.bits(), 0x8000_0001);
    assert_eq!(
        lamps.to_string(),
        "ACMELAMP_MESSAGEWAITING | ACMELAMP_RINGER"
    );
    let parsed: Flags<AcmeLamp> = "DND | 0x4".parse().unwrap();
    assert_eq!(parsed.bits(), 0x6);

    // A signed family.
    assert_eq!(AcmeResult::Failed.value(), -1);
    assert_eq!(AcmeResult::from_value(-1), Some(AcmeResult::Failed));
    assert_eq!(AcmeResult::from_value(i32::MIN), Some(AcmeResult::Lowest));
    assert_eq!(AcmeResult::Highest.value(), i32::MAX);
    assert_eq!(AcmeResult::try_from(-2).ok(), None::<AcmeResult>);
    assert_eq!(
        "ACMERESULT_FAILED".parse::<AcmeResult>().ok(),
        Some(AcmeResult::Failed)
    );
    assert_eq!(<AcmeResult as ConstFamily>::INFO.kind(), Kind::Enum);
    assert_eq!(AcmeResult::Prêt.name(), "ACMERESULT_PRET");
    assert_eq!(AcmeResult::ALL.len(), 5);
}
