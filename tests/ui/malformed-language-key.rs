use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(doc(french = "Libre.", fr_x = "Libre."))]
    Idle = 1,
}

fn main() {}
