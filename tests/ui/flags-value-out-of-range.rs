use tapi_consts::ConstFamily;

// A value out of the repr's range is reported as that, once: not also as
// "not a single bit".
#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "ACMESMALL_", flags)]
enum AcmeSmall {
    One = 0x1,
    Big = 0x300,
}

fn main() {}
