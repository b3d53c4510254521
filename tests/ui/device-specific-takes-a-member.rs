use tapi_consts::ConstFamily;

// A member in the vendors' part could not be told from a vendor's value.
#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEMODE_", flags, device_specific(bits = 0xFFFF_0000))]
enum AcmeMode {
    Normal = 0x1,
    Late = 0x1_0000,
}

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACMEERR_", device_specific(from = 0xC000_0000))]
enum AcmeErr {
    Failed = 0x8000_0001,
    Vendor = 0xC000_0001,
}

#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "ACMESMALL_", flags, device_specific(bits = 0x100))]
enum AcmeSmall {
    One = 0x1,
}

#[derive(ConstFamily)]
#[repr(u8)]
#[tapi(prefix = "ACMESHORT_", device_specific(from = 0x100))]
enum AcmeShort {
    One = 0x1,
}

fn main() {}
