//! The model → tokens: one `static` table per family and thin methods and
//! trait impls that forward to the generic code in `tapi_consts`. Reads the
//! model only; every decision about validity was made in `check`.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use syn::DeriveInput;
use tapi_consts_table::write::{TooManyKeys, MAX_KEYS};

use crate::api::{api, Api, Bodies};
use crate::ast::Family;
use crate::ctxt::Ctxt;
use crate::docs::MemberTable;
use crate::fallback::fallback;
use crate::table;
use crate::value_map::{value_map, ValueMap};
use crate::{check, docs};

/// The expansion, or every error found, with the family's API standing in
/// (`fallback.rs`) so that its uses raise no errors of their own.
pub fn derive(input: &DeriveInput, member_table: MemberTable) -> TokenStream {
    let cx = Ctxt::new();
    let family = Family::from_syn(&cx, input);
    if let Some(family) = &family {
        check::check(&cx, family);
    }
    let expanded = cx.check().and_then(|()| match &family {
        Some(family) => expand(family, member_table),
        None => Ok(TokenStream::new()),
    });
    expanded.unwrap_or_else(|errors| {
        let mut tokens = errors.into_compile_error();
        tokens.extend(fallback(input, family.as_ref()));
        tokens
    })
}

fn expand(family: &Family, member_table: MemberTable) -> syn::Result<TokenStream> {
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
    let impl_doc = docs::doc_attr(member_table, || {
        docs::impl_doc(family, repr, languages, member_table)
    });
    let example = members
        .first()
        .map(|member| format!("{prefix}{}", member.name.text));
    let name_doc = format!(
        " The full C name, such as `{}`; `{{:#}}` in `format!` gives the short name.",
        example.unwrap_or_default()
    );
    let c_consts = family.c_consts.then(|| c_consts(family, &repr_ty, &ints));
    let api = api(&Api {
        ident,
        repr: repr_ty,
        flags: family.flags,
        info,
        impl_doc,
        name_doc,
        bodies: Some(Bodies {
            all: quote!(#(Self::#variants),*),
            from_value: from_value_body,
            index: index_body,
        }),
    });
    Ok(quote! {
        #api
        #c_consts
    })
}

/// `c_consts`: every C name (aliases included) as a `pub const` of the repr
/// type, in a hidden module `c_<type name in lower case>` beside the enum, for re-export
/// where code keeps C spellings.
fn c_consts(family: &Family, repr_ty: &TokenStream, ints: &[i128]) -> TokenStream {
    let prefix = family.prefix();
    let ident = family.ident;
    let vis = &family.original.vis;
    // Named after the type, which is unique where a prefix may not be (the
    // provider messages share `LINE_` with `Line`).
    let module = format_ident!("c_{}", ident.to_string().to_ascii_lowercase());
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
