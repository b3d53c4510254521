//! Integration and compile-fail tests for tapi-consts live in `tests/`; this
//! library only runs the README's examples as doctests.
#![forbid(unsafe_code)]

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
