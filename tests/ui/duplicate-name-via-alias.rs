use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    Idle = 1,
    #[tapi(alias = "IDLE")]
    Quiet = 2,
}

fn main() {}
