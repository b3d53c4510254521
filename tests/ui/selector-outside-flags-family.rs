use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEOPTION_")]
enum AcmeOption {
    #[tapi(selector)]
    UseEvent = 1,
    // No flag/selector overlap is reported beside it: without `flags`
    // there is no selector field.
    Both = 3,
}

fn main() {}
