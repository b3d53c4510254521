use tapi_consts::ConstFamily;

// A mask of bits belongs to a flags family, a first value to an enumeration.
#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEERR_", device_specific(bits = 0xFFFF_0000))]
enum AcmeErr {
    Failed = 0x8000_0001,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMELAMP_", flags, device_specific(from = 0x100))]
enum AcmeLamp {
    Red = 0x1,
}

fn main() {}
