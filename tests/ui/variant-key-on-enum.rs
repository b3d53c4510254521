use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_", name = "IDLE")]
enum Acme {
    Idle = 1,
}

fn main() {}
