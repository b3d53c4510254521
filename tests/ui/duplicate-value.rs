use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 0x1,
    Busy = 0x2,
    Waiting = 0x1,
}

fn main() {}
