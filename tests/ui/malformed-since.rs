use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_", since = "2")]
enum Acme {
    #[tapi(since = "v2.2")]
    Idle = 1,
}

fn main() {}
