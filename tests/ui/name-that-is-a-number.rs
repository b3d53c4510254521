use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "LOOK_", flags)]
enum Look {
    #[tapi(name = "0x10")]
    One = 0x1,
    #[tapi(name = "TWO", alias = "2")]
    Two = 0x2,
    // Starts with a digit: a number, or refused as one.
    #[tapi(name = "3D")]
    ThreeD = 0x4,
    // tapisrv.LOG's hex; `XRAY` and `X` alone are names.
    #[tapi(name = "XRAY", alias = "x40")]
    XRay = 0x8,
    #[tapi(name = "X")]
    X = 0x10,
}

fn main() {}
