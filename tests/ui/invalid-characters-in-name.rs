use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(name = "NOT-READY", alias = "")]
    NotReady = 1,
}

fn main() {}
