// A family with one mistake, used the ways a crate uses its families: the
// one error is all the user sees (the derive stands its API in for the
// uses), not one "no method named …" per use.
use tapi_consts::{ConstFamily, Flags};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_", flags)]
enum Acme {
    Idle = 0x1,
    Busy = 0x6,
}

fn main() {
    let busy = Acme::Busy;
    let _: &str = busy.name();
    let _: &str = busy.short_name();
    let _: u32 = busy.value();
    let _: Option<Acme> = Acme::from_value(1);
    let _: Option<Acme> = Acme::from_name("IDLE");
    let _: Result<Acme, _> = "IDLE".parse::<Acme>();
    let _: Result<Acme, _> = Acme::try_from(1u32);
    let _: u32 = busy.into();
    let _ = format!("{busy}");
    let _: &str = busy.description("fr");
    let _: Flags<Acme> = Acme::Idle | Acme::Busy;
    let _ = <Acme as ConstFamily>::INFO.prefix();
    for _ in Acme::ALL {}
}
