//! `#[derive(ConstFamily)]` for the `tapi-consts` crate, which re-exports it
//! and documents it. Use it through `tapi_consts`, not directly.
//!
//! The derive reads attributes into a model (`attr`, `ast`), checks it
//! (`check`), and expands it (`expand`, with `docs`, `value_map`, and
//! `table`, which hands the table's layout to `tapi_consts_table::write`).
//! Every error is collected (`ctxt`) and reported at once.
#![forbid(unsafe_code)]

extern crate proc_macro;

mod api;
mod ast;
mod attr;
mod check;
mod ctxt;
mod docs;
mod expand;
mod fallback;
mod lang;
mod symbol;
mod table;
mod value_map;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives `tapi_consts::ConstFamily`: its documentation (every attribute,
/// with examples) is on the re-export, `tapi_consts::ConstFamily`.
#[proc_macro_derive(ConstFamily, attributes(tapi))]
pub fn derive_const_family(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, docs::MemberTable::WhenRustdoc).into()
}

#[cfg(test)]
mod prebuilt;
#[cfg(test)]
mod robustness;
