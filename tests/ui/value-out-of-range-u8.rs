use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 256,
}

fn main() {}
