use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(C)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 1,
}

fn main() {}
