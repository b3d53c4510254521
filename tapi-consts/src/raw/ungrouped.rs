//! `tapi.h` constants that belong to no prefix family: `LINEMAPPER` and the `TAPIMAX*SIZE`
//! string buffer lengths, defined with their descriptions in `families/standalone.rs`.

pub use crate::families::standalone::{
    LINEMAPPER, TAPIMAXAPPNAMESIZE, TAPIMAXCALLEDPARTYSIZE, TAPIMAXCOMMENTSIZE,
    TAPIMAXDESTADDRESSSIZE, TAPIMAXDEVICECLASSSIZE, TAPIMAXDEVICEIDSIZE,
};
