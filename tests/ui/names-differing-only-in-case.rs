use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    #[tapi(name = "DND")]
    DoNotDisturb = 1,
    #[tapi(alias = "Dnd")]
    Quiet = 2,
}

fn main() {}
