use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEOPTION_", flags)]
enum AcmeOption {
    #[tapi(selector)]
    Nothing = 0,
    #[tapi(selector)]
    UseEvent = 1,
}

fn main() {}
