//! Compile-fail tests of `#[derive(ConstFamily)]`: one file in `ui/` per rule
//! the derive enforces (and per rule of the runtime's types that only the
//! compiler can show, such as `flags-of-another-repr.rs`), each with the
//! `.stderr` it must produce; `ui-pass/`
//! holds families that must compile and run.
//!
//! After changing a diagnostic, regenerate the expected output with
//! `TRYBUILD=overwrite cargo test -p tapi-consts-tests --test compiletest`
//! and read every changed `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui-pass/*.rs");
}
