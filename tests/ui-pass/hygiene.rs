//! Generated code names everything by absolute path: a user's module may
//! shadow any of these names and the derive still works.
#![allow(non_camel_case_types, dead_code, unused_imports)]

mod user {
    mod core {}
    mod std {}
    struct Option;
    struct Result;
    struct Some;
    struct None;
    struct u32;
    struct usize;
    struct str;
    trait From {}
    struct Flags;
    struct ConstFamily;
    struct ParseError;
    struct FamilyInfo;
    struct __tapi;

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::tapi_consts::ConstFamily)]
    #[repr(u32)]
    #[tapi(prefix = "HYG_", flags, c_consts)]
    pub enum Hyg {
        /// The first.
        None = 0x0,
        Some = 0x1,
        #[tapi(alias = "ELSE")]
        Other = 0x8000_0000,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::tapi_consts::ConstFamily)]
    #[repr(i32)]
    #[tapi(prefix = "HYGERR_")]
    pub enum HygErr {
        Ok = 0,
        Failed = -1,
        Dense = 1,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::tapi_consts::ConstFamily)]
    #[repr(u32)]
    #[tapi(prefix = "HYGMIX_", flags)]
    pub enum HygMix {
        #[tapi(selector)]
        One = 1,
        #[tapi(selector)]
        Two = 2,
        High = 0x8000_0000,
    }
}

fn main() {
    use tapi_consts::Flags;
    use user::{Hyg, HygErr, HygMix};

    assert_eq!(Hyg::Some.name(), "HYG_SOME");
    assert_eq!(Hyg::from_name("HYG_ELSE"), Option::Some(Hyg::Other));
    assert_eq!(Hyg::from_value(0x8000_0000), Option::Some(Hyg::Other));
    assert_eq!("SOME".parse::<Hyg>(), Ok(Hyg::Some));
    assert_eq!(u32::from(Hyg::Other), 0x8000_0000);
    assert_eq!((Hyg::Some | Hyg::Other).to_string(), "HYG_SOME | HYG_OTHER");
    assert_eq!(Flags::<Hyg>::empty().to_string(), "HYG_NONE");
    assert_eq!(user::c_hyg::HYG_OTHER, 0x8000_0000);
    assert_eq!(HygErr::try_from(-1), Ok(HygErr::Failed));
    assert_eq!(HygErr::from_value(1), Option::Some(HygErr::Dense));
    assert_eq!(format!("{:#}", HygMix::Two | HygMix::High), "TWO | HIGH");
    assert_eq!(Hyg::Some.description("fr"), "");
    assert_eq!(Hyg::None.description("fr"), "The first.");
}
