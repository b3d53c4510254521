use tapi_consts::ConstFamily;

// `ALL` and `value` are items the derive adds to the enum: `Self::ALL`
// would mean two things.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "ACME_")]
enum Acme {
    ALL = 1,
    #[allow(non_camel_case_types)]
    value = 2,
}

fn main() {}
