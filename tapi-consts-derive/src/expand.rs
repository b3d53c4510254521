//! The model → tokens: one `static` table per family and thin methods and
//! trait impls that forward to the generic code in `tapi_consts`. Reads the
//! model only; every decision about validity was made in `check`.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use syn::DeriveInput;
use tapi_consts_table::write::{TooManyKeys, MAX_KEYS};

use crate::ast::Family;
use crate::ctxt::Ctxt;
use crate::fallback::fallback;
use crate::table;
use crate::value_map::{value_map, ValueMap};
use crate::{check, docs};

/// Every item the inherent `impl` below defines on the user's enum. A
/// variant may not be named like one (`check` says so): `Self::ALL` would
/// mean both. A test checks this list against the expansion.
pub const INHERENT_ITEMS: &[&str] = &[
    "ALL",
    "value",
    "from_value",
    "name",
    "short_name",
    "description",
    "from_name",
    "from_name_ignore_case",
    "__tapi_index",
];

/// The expansion, or every error found, with the family's API standing in
/// (`fallback.rs`) so that its uses raise no errors of their own.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let family = Family::from_syn(&cx, input);
    if let Some(family) = &family {
        check::check(&cx, family);
    }
    let expanded = cx.check().and_then(|()| match &family {
        Some(family) => expand(family),
        None => Ok(TokenStream::new()),
    });
    expanded.unwrap_or_else(|errors| {
        let mut tokens = errors.into_compile_error();
        tokens.extend(fallback(input, family.as_ref()));
        tokens
    })
}

fn expand(family: &Family) -> syn::Result<TokenStream> {
    let Some(repr) = &family.repr else {
        return Err(internal("missing repr"));
    };
    let ident = family.ident;
    let repr_ident = &repr.ident;
    let repr_ty = quote!(::core::primitive::#repr_ident);
    let prefix = family.prefix();
    let members = &family.members;
    let variants: Vec<_> = members.iter().map(|member| member.ident).collect();
    let ints = members
        .iter()
        .map(|member| member.value.as_ref().map(|value| value.int))
        .collect::<Option<Vec<i128>>>()
        .ok_or_else(|| internal("missing value"))?;
    let bits: Vec<u64> = ints.iter().map(|&int| repr.bits_of(int)).collect();
    let ValueMap {
        index: index_body,
        from_value: from_value_body,
    } = value_map(family, repr, &ints);

    let described = table::describe(family, &prefix, repr, &bits);
    let written = tapi_consts_table::write::write(&described).map_err(|TooManyKeys(keys)| {
        syn::Error::new(
            ident.span(),
            format!(
                "too many names: {keys} spellings, where a family has at most {MAX_KEYS} (full \
                 and short names and aliases, with and without the prefix)"
            ),
        )
    })?;
    let languages = &written.doc_languages;
    let info = table::family_info(family, repr, &written);
    let impl_doc = docs::for_rustdoc(|| docs::impl_doc(family, repr, languages));
    let example = members
        .first()
        .map(|member| format!("{prefix}{}", member.name.text));
    let name_doc = format!(
        "The full C name, such as `{}`; `{{:#}}` in `format!` gives the short name.",
        example.unwrap_or_default()
    );
    let flags_impls = family.flags.then(|| flags_impls(family));
    let c_consts = family.c_consts.then(|| c_consts(family, &repr_ty, &ints));

    Ok(quote! {
        const _: () = {
            use ::tapi_consts::__private as __tapi;

            static INFO: __tapi::FamilyInfo = #info;

            #impl_doc
            impl #ident {
                /// Every member, in declaration order.
                pub const ALL: &'static [Self] = &[#(Self::#variants),*];

                /// The member's value.
                #[inline]
                pub const fn value(self) -> #repr_ty {
                    self as #repr_ty
                }

                /// The member with this value, if any.
                #[inline]
                pub const fn from_value(value: #repr_ty) -> ::core::option::Option<Self> {
                    #from_value_body
                }

                #[doc = #name_doc]
                #[inline]
                pub const fn name(self) -> &'static ::core::primitive::str {
                    INFO.__name_at(self.__tapi_index())
                }

                /// The name without the family prefix.
                #[inline]
                pub const fn short_name(self) -> &'static ::core::primitive::str {
                    INFO.__short_name_at(self.__tapi_index())
                }

                /// The description in `lang` (a BCP 47 tag such as `"fr"` or
                /// `"fr-CA"`), falling back to its primary language, then to
                /// English.
                #[inline]
                pub fn description(self, lang: &::core::primitive::str) -> &'static ::core::primitive::str {
                    ::tapi_consts::ConstFamily::entry(self).description(lang)
                }

                /// The member with this full name, short name or alias, exactly
                /// as written.
                #[inline]
                pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                    match INFO.__index_of_name(name, false) {
                        __tapi::Some(index) => __tapi::Some(Self::ALL[index]),
                        __tapi::None => __tapi::None,
                    }
                }

                /// Like `from_name`, ignoring ASCII case.
                #[inline]
                pub fn from_name_ignore_case(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                    match INFO.__index_of_name(name, true) {
                        __tapi::Some(index) => __tapi::Some(Self::ALL[index]),
                        __tapi::None => __tapi::None,
                    }
                }

                #[inline]
                const fn __tapi_index(self) -> ::core::primitive::usize {
                    #index_body
                }
            }

            #[automatically_derived]
            impl ::tapi_consts::ConstFamily for #ident {
                type Repr = #repr_ty;
                const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
                // Inherent items take precedence: this is the list above.
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn index(self) -> ::core::primitive::usize {
                    self.__tapi_index()
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for #repr_ty {
                #[inline]
                fn from(member: #ident) -> Self {
                    member as #repr_ty
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#repr_ty> for #ident {
                type Error = ::tapi_consts::UnknownValueError<#ident>;

                #[inline]
                fn try_from(value: #repr_ty) -> ::core::result::Result<Self, Self::Error> {
                    ::tapi_consts::__private::try_from_value(value)
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::tapi_consts::ParseError;

                #[inline]
                fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                    ::tapi_consts::__private::parse_member(text)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(if f.alternate() { self.short_name() } else { self.name() })
                }
            }

            #flags_impls

            // `serde`, `arbitrary`: as tapi-consts' features decide.
            ::tapi_consts::__tapi_optional_impls!(#ident);
        };

        #c_consts
    })
}

/// `c_consts`: every C name (aliases included) as a `pub const` of the repr
/// type, in a hidden module `c_<prefix>` beside the enum, for re-export
/// where code keeps C spellings.
fn c_consts(family: &Family, repr_ty: &TokenStream, ints: &[i128]) -> TokenStream {
    let prefix = family.prefix();
    let ident = family.ident;
    let vis = &family.original.vis;
    let module = format_ident!("c_{}", prefix.trim_end_matches('_').to_ascii_lowercase());
    let prefix = prefix.as_str();
    let consts = family.members.iter().zip(ints).flat_map(|(member, &int)| {
        let value = int_pattern(int);
        let variant = member.ident;
        let doc = format!("The value of [`{ident}::{variant}`](super::{ident}::{variant}).");
        std::iter::once(&member.name)
            .chain(&member.aliases)
            .map(move |name| {
                let name = format_ident!("{prefix}{}", name.text);
                quote! {
                    #[cfg_attr(doc, doc = #doc)]
                    pub const #name: #repr_ty = #value;
                }
            })
    });
    let doc = format!("The `{prefix}*` constants under their C names.");
    let consts: Vec<TokenStream> = consts.collect();
    // The per-constant docs only under rustdoc: a `doc` attribute costs
    // ~280 bytes of crate metadata, ~0.24 MB over the prebuilt families.
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #[cfg_attr(not(doc), allow(missing_docs))]
        #vis mod #module {
            #(#consts)*
        }
    }
}

fn flags_impls(family: &Family) -> TokenStream {
    let ident = family.ident;
    let flags = quote!(::tapi_consts::Flags<#ident>);
    quote! {
        #[automatically_derived]
        impl ::tapi_consts::FlagFamily for #ident {}

        #[automatically_derived]
        impl ::core::ops::BitOr for #ident {
            type Output = #flags;

            #[inline]
            fn bitor(self, other: Self) -> #flags {
                <#flags as ::core::convert::From<Self>>::from(self) | other
            }
        }

        #[automatically_derived]
        impl ::core::ops::BitOr<#flags> for #ident {
            type Output = #flags;

            #[inline]
            fn bitor(self, other: #flags) -> #flags {
                other | self
            }
        }
    }
}

/// A `match` pattern for an integer: `4`, `-1`.
pub fn int_pattern(int: i128) -> TokenStream {
    let magnitude = Literal::u128_unsuffixed(int.unsigned_abs());
    if int < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}

fn internal(what: &str) -> syn::Error {
    syn::Error::new(
        Span::call_site(),
        format!("tapi-consts-derive internal error ({what}); please report it"),
    )
}
