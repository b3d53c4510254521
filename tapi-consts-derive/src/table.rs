//! The family's `static` table as tokens: plain struct literals (no
//! const-fn calls, which the compiler's const evaluator pays for in every
//! user's build), with paths through the short alias `__tapi` that
//! `expand` imports.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Docs, Family, Repr};
use crate::name_index::NameIndex;

/// The facts `expand` computed from the model that the table stores.
pub struct TableFacts<'a> {
    pub repr: &'a Repr,
    pub bits: &'a [u64],
    pub languages: &'a [String],
    pub selector_mask: u64,
    /// Short names and aliases, with the entry each belongs to.
    pub keys: &'a [(&'a str, u16)],
    pub index: &'a NameIndex,
}

pub fn family_info(family: &Family, facts: &TableFacts) -> TokenStream {
    let prefix = family.prefix();
    let members = &family.members;
    let entries = members.iter().zip(facts.bits).map(|(member, &bits)| {
        let short = &member.name.text;
        let full = format!("{prefix}{short}");
        let docs = docs(&member.docs);
        let since = since(member.since);
        let aliases = member.aliases.iter().map(|alias| &alias.text);
        quote! {
            __tapi::EntryInfo {
                name: #full,
                short_name: #short,
                bits: #bits,
                docs: #docs,
                since: #since,
                aliases: &[#(#aliases),*],
            }
        }
    });
    let mut by_value: Vec<u16> = (0..members.len() as u16).collect();
    by_value.sort_by_key(|&i| facts.bits[usize::from(i)]);
    let known_bits = facts.bits.iter().fold(0u64, |all, bits| all | bits);
    let selector_mask = facts.selector_mask;
    let kind = match (family.flags, selector_mask != 0) {
        (true, true) => quote!(Mixed),
        (true, false) => quote!(Flags),
        (false, _) => quote!(Enum),
    };
    let type_name = family.ident.to_string();
    let repr = &facts.repr.ident;
    let since = since(family.since);
    let header = match &family.header {
        Some(header) => quote!(__tapi::Some(#header)),
        None => quote!(__tapi::None),
    };
    let docs = docs(&family.docs);
    let languages = facts.languages;
    let NameIndex { seed, shift, slots } = facts.index;
    // One byte-string token instead of a literal per slot.
    let slots: Vec<u8> = slots.iter().flat_map(|slot| slot.to_le_bytes()).collect();
    let slots = proc_macro2::Literal::byte_string(&slots);
    let keys = facts
        .keys
        .iter()
        .map(|&(name, entry)| quote!((#name, #entry)));
    quote! {
        __tapi::FamilyInfo {
            type_name: #type_name,
            prefix: #prefix,
            kind: __tapi::Kind::#kind,
            repr: <::core::primitive::#repr as __tapi::Repr>::KIND,
            since: #since,
            header: #header,
            docs: #docs,
            languages: &[#(#languages),*],
            entries: &[#(#entries),*],
            by_value: &[#(#by_value),*],
            known_bits: #known_bits,
            selector_mask: #selector_mask,
            names: __tapi::NameIndex {
                seed: #seed,
                shift: #shift,
                slots: #slots,
                keys: &[#(#keys),*],
            },
        }
    }
}

fn docs(docs: &Docs) -> TokenStream {
    let pairs = docs.texts.iter().map(|(tag, text)| quote!((#tag, #text)));
    quote!(__tapi::Docs { texts: &[#(#pairs),*] })
}

fn since(since: Option<(u8, u8)>) -> TokenStream {
    match since {
        Some((major, minor)) => {
            quote!(__tapi::Some(__tapi::Version { major: #major, minor: #minor }))
        }
        None => quote!(__tapi::None),
    }
}
