use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    BusyOnCall = 1,
    Busyoncall = 2,
}

fn main() {}
