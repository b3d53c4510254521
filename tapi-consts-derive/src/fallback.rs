//! What the derive emits beside its errors: the family's API with bodies
//! that never run, so that the rest of the user's crate compiles against it
//! and they see only the mistakes to fix — not one "no method named
//! `name`" per use of the family (thiserror does the same).
//!
//! The trait impls hold only where the enum has what the traits need
//! (`Copy`, `Eq`, `Debug`): a `where for<'a> …` bound is not checked up
//! front, as a plain bound on a concrete type would be, so an enum missing a
//! derive gets no error from here either.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::{Data, DeriveInput};

use crate::ast::Family;

/// The API, for an enum without generics (other inputs are refused with
/// nothing to stand in for); `family` is what of the model was read.
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
    let str = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let never = quote!(::core::panic!(
        "tapi-consts: this family did not compile; see the derive's errors"
    ));
    let flags = family.is_some_and(|family| family.flags).then(|| {
        quote! {
            #[automatically_derived]
            impl ::tapi_consts::FlagFamily for #ident where for<'a> #ident: ::tapi_consts::ConstFamily {}

            #[automatically_derived]
            impl ::core::ops::BitOr for #ident where for<'a> #ident: ::tapi_consts::FlagFamily {
                type Output = ::tapi_consts::Flags<#ident>;

                fn bitor(self, _: Self) -> Self::Output {
                    #never
                }
            }
        }
    });
    quote! {
        const _: () = {
            use ::tapi_consts::__private as __tapi;

            static INFO: __tapi::FamilyInfo = __tapi::FamilyInfo::new(
                #type_name, "", __tapi::Kind::Enum, <#repr as __tapi::Repr>::KIND, &[], &[],
            );

            impl #ident {
                pub const ALL: &'static [Self] = &[];

                pub const fn value(self) -> #repr {
                    #never
                }

                pub const fn from_value(_: #repr) -> #option<Self> {
                    #never
                }

                pub const fn name(self) -> &'static #str {
                    #never
                }

                pub const fn short_name(self) -> &'static #str {
                    #never
                }

                pub fn description(self, _: &#str) -> &'static #str {
                    #never
                }

                pub fn from_name(_: &#str) -> #option<Self> {
                    #never
                }

                pub fn from_name_ignore_case(_: &#str) -> #option<Self> {
                    #never
                }
            }

            #[automatically_derived]
            impl ::tapi_consts::ConstFamily for #ident
            where
                for<'a> #ident: ::core::marker::Copy + ::core::cmp::Eq + ::core::fmt::Debug,
            {
                type Repr = #repr;
                const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
                const ALL: &'static [Self] = &[];

                fn index(self) -> ::core::primitive::usize {
                    #never
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for #repr {
                fn from(_: #ident) -> Self {
                    #never
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#repr> for #ident
            where
                for<'a> #ident: ::tapi_consts::ConstFamily,
            {
                type Error = ::tapi_consts::UnknownValueError<#ident>;

                fn try_from(_: #repr) -> ::core::result::Result<Self, Self::Error> {
                    #never
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::tapi_consts::ParseError;

                fn from_str(_: &#str) -> ::core::result::Result<Self, Self::Err> {
                    #never
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #never
                }
            }

            #flags
        };
    }
}
