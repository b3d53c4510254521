//! What the derive emits beside its errors: the family's API (`api.rs`)
//! with bodies that never run, so that the rest of the user's crate
//! compiles against it and they see only the mistakes to fix — not one "no
//! method named `name`" per use of the family (thiserror does the same).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::{Data, DeriveInput};

use crate::api::{api, Api};
use crate::ast::Family;

/// The stand-in API, for an enum without generics (other inputs are
/// refused with nothing to stand in for); `family` is what of the model
/// was read.
pub fn fallback(input: &DeriveInput, family: Option<&Family>) -> TokenStream {
    if !matches!(input.data, Data::Enum(_)) || !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    let ident = &input.ident;
    let type_name = ident.to_string();
    let unsigned = Ident::new("u32", ident.span());
    let repr_ident = family
        .and_then(|family| family.repr.as_ref())
        .map_or(&unsigned, |repr| &repr.ident);
    let repr = quote!(::core::primitive::#repr_ident);
    api(&Api {
        ident,
        info: quote!(__tapi::FamilyInfo::new(
            #type_name, "", __tapi::Kind::Enum, <#repr as __tapi::Repr>::KIND, &[], &[],
        )),
        repr,
        flags: family.is_some_and(|family| family.flags),
        impl_doc: TokenStream::new(),
        name_doc: "The full C name.".to_owned(),
        bodies: None,
    })
}
