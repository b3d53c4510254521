//! The shape of the API the derive gives a family — every inherent item
//! and trait impl, with its signature, docs and attributes — written once,
//! for the real expansion (`expand.rs`, with the bodies it computed) and
//! for the stand-in beside errors (`fallback.rs`, with bodies that never
//! run).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

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

/// The bodies of the real expansion: only what differs per family (the
/// rest forwards to the runtime).
pub struct Bodies {
    /// `Self::A, Self::B, …`: the members, in declaration order.
    pub all: TokenStream,
    /// `from_value`'s body (`value_map.rs`).
    pub from_value: TokenStream,
    /// `__tapi_index`'s body (`value_map.rs`).
    pub index: TokenStream,
}

/// What the API is built from.
pub struct Api<'a> {
    pub ident: &'a Ident,
    /// `::core::primitive::u32`, …
    pub repr: TokenStream,
    /// Whether the family is `flags` (sets, `FlagFamily`, `|`).
    pub flags: bool,
    /// The `FamilyInfo` expression of the family's `static`.
    pub info: TokenStream,
    /// Attributes of the inherent `impl` (the rustdoc member table).
    pub impl_doc: TokenStream,
    /// The doc of `name`, with an example.
    pub name_doc: String,
    /// The real bodies, or `None` for the stand-in, whose bodies never run
    /// and whose trait impls hold only where the enum has what the traits
    /// need: a `where for<'a> …` bound is not checked up front (as a plain
    /// bound on a concrete type would be), so an enum missing a derive gets
    /// no error from the stand-in either.
    pub bodies: Option<Bodies>,
}

/// The items, in a `const _: () = { … };` block.
pub fn api(api: &Api) -> TokenStream {
    let Api {
        ident,
        repr,
        flags,
        info,
        impl_doc,
        name_doc,
        bodies,
    } = api;
    let never = quote!(::core::panic!(
        "tapi-consts: this family did not compile; see the derive's errors"
    ));
    let body = |real: TokenStream| {
        if bodies.is_some() {
            real
        } else {
            never.clone()
        }
    };
    // The stand-in's bounds (see `Api::bodies`).
    let bound = |bound: TokenStream| bodies.is_none().then(|| quote!(where for<'a> #bound));
    let all = bodies.as_ref().map(|bodies| &bodies.all);
    let from_value = body(
        bodies
            .as_ref()
            .map_or_else(TokenStream::new, |b| b.from_value.clone()),
    );
    let index = body(
        bodies
            .as_ref()
            .map_or_else(TokenStream::new, |b| b.index.clone()),
    );
    let str = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let family_bound =
        bound(quote!(#ident: ::core::marker::Copy + ::core::cmp::Eq + ::core::fmt::Debug));
    let const_family = bound(quote!(#ident: ::tapi_consts::ConstFamily));
    let flag_family = bound(quote!(#ident: ::tapi_consts::FlagFamily));
    // The stand-in's bodies leave their arguments unused.
    let allow = bodies.is_none().then(|| quote!(#[allow(unused_variables)]));
    let flags_type = quote!(::tapi_consts::Flags<#ident>);
    let flags_impls = flags.then(|| {
        let bitor = body(quote!(<#flags_type as ::core::convert::From<Self>>::from(self) | other));
        let bitor_flags = body(quote!(other | self));
        quote! {
            #[automatically_derived]
            impl ::tapi_consts::FlagFamily for #ident #const_family {}

            #[automatically_derived]
            #allow
            impl ::core::ops::BitOr for #ident #flag_family {
                type Output = #flags_type;

                #[inline]
                fn bitor(self, other: Self) -> #flags_type {
                    #bitor
                }
            }

            // `member | set`: hidden from rustdoc, which would list it on
            // the `Flags` page once per family and drown its methods
            // (`Flags` says that a member goes on either side of `|`).
            #[automatically_derived]
            #[doc(hidden)]
            #allow
            impl ::core::ops::BitOr<#flags_type> for #ident #flag_family {
                type Output = #flags_type;

                #[inline]
                fn bitor(self, other: #flags_type) -> #flags_type {
                    #bitor_flags
                }
            }
        }
    });
    // `serde`, `arbitrary`: as tapi-consts' features decide (not for the
    // stand-in: nothing serializes a family that did not compile).
    let optional_impls = bodies
        .is_some()
        .then(|| quote!(::tapi_consts::__tapi_optional_impls!(#ident);));
    // `TryFrom` the integers windows-sys gives values in (as the runtime's
    // macro decides from the repr).
    let windows_impls = bodies
        .is_some()
        .then(|| quote!(::tapi_consts::__tapi_windows_impls!(#ident, #repr);));

    let value = body(quote!(self as #repr));
    let name = body(quote!(INFO.__name_at(self.__tapi_index())));
    let short_name = body(quote!(INFO.__short_name_at(self.__tapi_index())));
    let description = body(quote!(
        ::tapi_consts::ConstFamily::entry(self).description(lang)
    ));
    let from_name = body(quote!(__tapi::member_by_name(name, false)));
    let from_name_ignore_case = body(quote!(__tapi::member_by_name(name, true)));
    let into_repr = body(quote!(member as #repr));
    let try_from = body(quote!(__tapi::try_from_value(value)));
    let from_str = body(quote!(__tapi::parse_member(text)));
    let display = body(quote!(f.pad(if f.alternate() {
        self.short_name()
    } else {
        self.name()
    })));
    let trait_index = body(quote!(self.__tapi_index()));
    // The stand-in's `Self::ALL` may name a variant (a collision is one of
    // the errors it stands beside): its empty list directly.
    let trait_all = match bodies {
        Some(_) => quote!(Self::ALL),
        None => quote!(&[]),
    };
    quote! {
        const _: () = {
            use ::tapi_consts::__private as __tapi;

            static INFO: __tapi::FamilyInfo = #info;

            #impl_doc
            #allow
            impl #ident {
                /// Every member, in declaration order.
                pub const ALL: &'static [Self] = &[#all];

                /// The member's value.
                #[inline]
                pub const fn value(self) -> #repr {
                    #value
                }

                /// The member with this value, if any.
                #[inline]
                pub const fn from_value(value: #repr) -> #option<Self> {
                    #from_value
                }

                #[doc = #name_doc]
                #[inline]
                pub const fn name(self) -> &'static #str {
                    #name
                }

                /// The name without the family prefix.
                #[inline]
                pub const fn short_name(self) -> &'static #str {
                    #short_name
                }

                /// The description in `lang` (a BCP 47 tag such as `"fr"` or
                /// `"fr-CA"`), falling back to its primary language, then to
                /// English.
                #[inline]
                pub fn description(self, lang: &#str) -> &'static #str {
                    #description
                }

                /// The member with this full name, short name or alias, exactly
                /// as written.
                #[inline]
                pub fn from_name(name: &#str) -> #option<Self> {
                    #from_name
                }

                /// Like `from_name`, ignoring ASCII case.
                #[inline]
                pub fn from_name_ignore_case(name: &#str) -> #option<Self> {
                    #from_name_ignore_case
                }

                #[inline]
                const fn __tapi_index(self) -> ::core::primitive::usize {
                    #index
                }
            }

            #[automatically_derived]
            impl ::tapi_consts::ConstFamily for #ident #family_bound {
                type Repr = #repr;
                const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
                // Inherent items take precedence: this is the list above.
                const ALL: &'static [Self] = #trait_all;

                #[inline]
                fn index(self) -> ::core::primitive::usize {
                    #trait_index
                }
            }

            #[automatically_derived]
            #allow
            impl ::core::convert::From<#ident> for #repr {
                #[inline]
                fn from(member: #ident) -> Self {
                    #into_repr
                }
            }

            #[automatically_derived]
            #allow
            impl ::core::convert::TryFrom<#repr> for #ident #const_family {
                type Error = ::tapi_consts::UnknownValueError<#ident>;

                #[inline]
                fn try_from(value: #repr) -> ::core::result::Result<Self, Self::Error> {
                    #try_from
                }
            }

            #[automatically_derived]
            #allow
            impl ::core::str::FromStr for #ident {
                type Err = ::tapi_consts::ParseError;

                #[inline]
                fn from_str(text: &#str) -> ::core::result::Result<Self, Self::Err> {
                    #from_str
                }
            }

            #[automatically_derived]
            #allow
            impl ::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display
                }
            }

            #flags_impls

            #windows_impls

            #optional_impls
        };
    }
}
