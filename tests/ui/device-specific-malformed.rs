use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEA_", flags, device_specific)]
enum AcmeA {
    One = 0x1,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEB_", flags, device_specific(mask = 0xFF00_0000))]
enum AcmeB {
    One = 0x1,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEC_", flags, device_specific(bits = "0xFF00_0000"))]
enum AcmeC {
    One = 0x1,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMED_", device_specific(from = 0x100, from = 0x200))]
enum AcmeD {
    One = 0x1,
}

#[derive(ConstFamily)]
#[repr(u64)]
#[tapi(prefix = "ACMEE_", flags, device_specific(bits = 0x1_0000_0000_0000_0000))]
enum AcmeE {
    One = 0x1,
}

fn main() {}
