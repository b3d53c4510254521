use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 0x8000_0000,
}

fn main() {}
