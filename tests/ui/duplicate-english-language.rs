use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    /// Free.
    #[tapi(doc(en = "Idle."))]
    Idle = 1,
}

fn main() {}
