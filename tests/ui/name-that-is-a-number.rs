use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "LOOK_", flags)]
enum Look {
    #[tapi(name = "0x10")]
    One = 0x1,
    #[tapi(name = "TWO", alias = "2")]
    Two = 0x2,
    #[tapi(name = "3D")]
    ThreeD = 0x4,
}

fn main() {}
