use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
enum Acme {
    Idle = 1,
}

fn main() {}
