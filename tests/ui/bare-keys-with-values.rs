use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEOPTION_", flags, c_consts = "acme")]
enum AcmeOption {
    #[tapi(selector(1))]
    UseEvent = 1,
}

fn main() {}
