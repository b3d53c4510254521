use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(i64)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 0x1_0000_0000_0000_0000_0000_0000_0000_0000,
}

#[derive(ConstFamily)]
#[repr(i64)]
#[tapi(prefix = "ACME_")]
enum Acme2 {
    Busy = -0x8000_0000_0000_0000_0000_0000_0000_0000,
}

fn main() {}
