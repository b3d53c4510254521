use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(header = "acme.h")]
    Idle = 1,
}

fn main() {}
