//! The family's `static` table as tokens. `tapi_consts_table::write` lays
//! the table out (the format has one definition, in that crate); this file
//! describes the model to it and turns what it writes into a handful of
//! literals — name arrays, one string of descriptions per language, byte
//! strings — which keeps the compiler's per-constant work (type and borrow
//! checking, const evaluation) near zero.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use tapi_consts_table::write::{self, Written};

use crate::ast::{DeviceSpecificKind, Family, Repr};

/// What the writer is given: the model, with its prefix and each member's
/// bit pattern.
pub fn describe<'a>(
    family: &'a Family,
    prefix: &'a str,
    repr: &Repr,
    bits: &[u64],
) -> write::Family<'a> {
    write::Family {
        prefix,
        docs: &family.docs.texts,
        members: family
            .members
            .iter()
            .zip(bits)
            .map(|(member, &bits)| write::Member {
                name: &member.name.text,
                aliases: member
                    .aliases
                    .iter()
                    .map(|alias| alias.text.as_str())
                    .collect(),
                bits,
                since: member.since,
                docs: &member.docs.texts,
                selector: member.selector.is_some(),
            })
            .collect(),
        flag_positions: family.flags.then_some(repr.bits),
    }
}

/// The `FamilyInfo` expression for `written`.
pub fn family_info(family: &Family, repr: &Repr, written: &Written) -> TokenStream {
    let Written {
        names,
        bits,
        doc_languages,
        descriptions,
        records,
        keys,
        by_value,
        bit_index,
        bit_terms,
        name_hash,
        known_bits,
        selector_mask,
    } = written;
    let kind = match (family.flags, *selector_mask != 0) {
        (true, true) => quote!(Mixed),
        (true, false) => quote!(Flags),
        (false, _) => quote!(Enum),
    };
    let type_name = family.ident.to_string();
    let prefix = family.prefix();
    let device_specific = device_specific(family, repr);
    let repr = &repr.ident;
    let since = match family.since {
        Some((major, minor)) => quote!(__tapi::Some(__tapi::Version::new(#major, #minor))),
        None => quote!(__tapi::None),
    };
    let header = match &family.header {
        Some(header) => quote!(__tapi::Some(#header)),
        None => quote!(__tapi::None),
    };
    let c_type = match &family.c_type {
        Some(c_type) => quote!(__tapi::Some(#c_type)),
        None => quote!(__tapi::None),
    };
    let language_count = doc_languages.len();
    // Each language's texts through `__tapi_keep!`, which the runtime's
    // `lang-*` features expand to `""` for a language the build drops; the
    // same for the list of languages. Macros, not `const fn`s: expanding is
    // cheap, evaluating in `const` is not (~2 ms a family).
    let primary = |tag: &String| tag.split('-').next().unwrap_or_default().to_owned();
    let texts = doc_languages.iter().zip(descriptions).map(|(tag, text)| {
        let (primary, text) = (primary(tag), Literal::string(text));
        quote!(::tapi_consts::__tapi_keep!(#primary, #text))
    });
    let kept_languages = doc_languages.iter().map(|tag| {
        let primary = primary(tag);
        quote!((#primary #tag))
    });
    let name_hash = match name_hash {
        Some(hash) => {
            let (full, seed, shift) = (hash.full, hash.seed, hash.shift);
            let slots = Literal::byte_string(&hash.slots);
            quote!(__tapi::Some(__tapi::NameHash { full: #full, seed: #seed, shift: #shift, slots: #slots }))
        }
        None => quote!(__tapi::None),
    };
    let [records, by_value, bit_index] =
        [records, by_value, bit_index].map(|bytes| Literal::byte_string(bytes));
    quote! {
        {
        const DOC_LANGUAGES: [&::core::primitive::str; #language_count] = [#(#doc_languages),*];
        // Behind a function: a constant in a function body stays out of the
        // crate's metadata, where a static's data is copied for `const` use.
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[#(#texts),*]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: #type_name,
            prefix: #prefix,
            kind: __tapi::Kind::#kind,
            repr: <::core::primitive::#repr as __tapi::Repr>::KIND,
            since: #since,
            header: #header,
            c_type: #c_type,
            known_bits: #known_bits,
            selector_mask: #selector_mask,
            device_specific: #device_specific,
            table: __tapi::Table {
                names: &[#(#names),*],
                bits: &[#(#bits),*],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!([] #(#kept_languages)*),
                    descriptions,
                    records: #records,
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[#(#keys),*],
                    by_value: #by_value,
                    bit_index: #bit_index,
                    bit_terms: &[#(#bit_terms),*],
                    name_hash: #name_hash,
                }),
            },
        })
        }
    }
}

/// `Some(DeviceSpecific::Bits(mask))`, `Some(DeviceSpecific::From(first))` or `None`.
fn device_specific(family: &Family, repr: &Repr) -> TokenStream {
    let Some(vendor) = &family.device_specific else {
        return quote!(__tapi::None);
    };
    let value = vendor.int.map_or(0, |int| repr.bits_of(int));
    let kind = match vendor.kind {
        DeviceSpecificKind::Bits => quote!(Bits),
        DeviceSpecificKind::From => quote!(From),
    };
    quote!(__tapi::Some(__tapi::DeviceSpecific::#kind(#value)))
}
