//! Tells the tests which target they are built for: `live_windows_sys.rs`
//! asks `cargo metadata` about this platform's packages only, the ones a
//! first build downloads.
fn main() {
    let target = std::env::var("TARGET").expect("cargo sets TARGET for build scripts");
    println!("cargo:rustc-env=TESTS_TARGET={target}");
    println!("cargo:rerun-if-changed=build.rs");
}
