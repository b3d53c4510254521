use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_", flags)]
enum Acme {
    Idle = 0x1,
    Busy = 0x6,
}

fn main() {}
