use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(doc(fr = 1))]
    Idle = 1,
}

fn main() {}
