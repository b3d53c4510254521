use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u128)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 1,
}

fn main() {}
