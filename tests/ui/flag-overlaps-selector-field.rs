use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEOPTION_", flags)]
enum AcmeOption {
    #[tapi(selector)]
    UseWindow = 1,
    #[tapi(selector)]
    UsePort = 3,
    Tracking = 2,
}

fn main() {}
