use tapi_consts::ConstFamily;

const IDLE: i32 = 1;

#[derive(ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = IDLE,
    Busy = -IDLE,
}

fn main() {}
