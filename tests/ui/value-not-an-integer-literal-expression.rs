use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 1 << 2,
}

fn main() {}
