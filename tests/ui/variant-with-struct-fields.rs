use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle { since: u32 } = 1,
}

fn main() {}
