use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(name = "IDLE", name = "QUIET")]
    Idle = 1,
}

fn main() {}
