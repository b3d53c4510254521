use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME-LAMP_")]
enum Acme {
    Idle = 1,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "1ACME_")]
enum Acme2 {
    Idle = 1,
}

fn main() {}
