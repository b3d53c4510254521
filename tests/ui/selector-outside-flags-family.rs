use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEOPTION_")]
enum AcmeOption {
    #[tapi(selector)]
    UseEvent = 1,
}

fn main() {}
