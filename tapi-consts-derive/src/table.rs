//! The family's `static` table as tokens: name arrays, one string of
//! descriptions per language, and byte strings of fixed-size records, as laid out in
//! `tapi-consts/src/table.rs` (which reads them). A handful of literals per
//! family, whatever its size, keeps the compiler's per-constant work (type
//! and borrow checking, const evaluation) near zero.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ast::{Docs, Family, Repr};
use crate::name_index::NameIndex;

/// The facts `expand` computed from the model that the table stores.
pub struct TableFacts<'a> {
    pub repr: &'a Repr,
    /// Full names, in declaration order.
    pub names: &'a [String],
    pub bits: &'a [u64],
    pub languages: &'a [String],
    pub selector_mask: u64,
    /// Every accepted spelling with its entry, in the layout's four runs.
    pub keys: &'a [(&'a str, u16)],
    pub index: &'a NameIndex,
}

/// Marks "no version".
const NO_VERSION: [u8; 2] = [0xFF, 0xFF];

/// Accumulates one string of descriptions per language and hands out
/// `(start, len)` ranges into it.
struct Strings {
    texts: Vec<String>,
}

impl Strings {
    fn new(languages: usize) -> Self {
        Strings {
            texts: vec![String::new(); languages],
        }
    }

    fn push(&mut self, language: usize, text: &str) -> (u32, usize) {
        let all = &mut self.texts[language];
        let start = all.len() as u32;
        all.push_str(text);
        (start, text.len())
    }
}

pub fn family_info(family: &Family, facts: &TableFacts) -> TokenStream {
    let prefix = family.prefix();
    let members = &family.members;
    let mut strings = Strings::new(facts.languages.len());
    let mut table = Vec::new();

    // Record 0: the family; only its docs are read.
    table.extend_from_slice(&NO_VERSION);
    table.extend_from_slice(&[0; 4]);
    push_docs(&mut table, &mut strings, &family.docs, facts.languages);

    // Aliases are keys; their short forms start after the full and short names.
    let mut alias_first = 2 * members.len();
    for member in members {
        table.extend_from_slice(
            &member
                .since
                .map_or(NO_VERSION, |(major, minor)| [major, minor]),
        );
        table.extend_from_slice(&(alias_first as u16).to_le_bytes());
        table.extend_from_slice(&(member.aliases.len() as u16).to_le_bytes());
        alias_first += member.aliases.len();
        push_docs(&mut table, &mut strings, &member.docs, facts.languages);
    }
    let names = facts.names;
    let bits = facts.bits;
    // Flags families: per bit position, the full name of that bit's flag
    // after the set separator (`""`: no flag); see `bit_terms` in the
    // runtime's table.rs.
    let bit_terms: Vec<String> = if family.flags {
        let mut terms: Vec<String> = (0..facts.repr.bits)
            .map(|position| {
                let flag = members.iter().zip(facts.bits).position(|(member, &bits)| {
                    member.selector.is_none() && bits == 1u64 << position
                });
                flag.map_or_else(String::new, |index| format!(" | {}", facts.names[index]))
            })
            .collect();
        // No trailing empty slots: a bit past the end reads as no flag.
        while terms.last().is_some_and(String::is_empty) {
            terms.pop();
        }
        terms
    } else {
        Vec::new()
    };
    let keys = facts.keys.iter().map(|&(key, _)| key);

    let mut by_value: Vec<u16> = (0..members.len() as u16).collect();
    by_value.sort_by_key(|&i| facts.bits[usize::from(i)]);
    let by_value: Vec<u8> = by_value.iter().flat_map(|i| i.to_le_bytes()).collect();
    let NameIndex {
        full,
        seed,
        shift,
        slots,
    } = facts.index;
    // Each slot: the key, then the key's entry.
    let slots: Vec<u8> = slots
        .iter()
        .flat_map(|&key| {
            let entry = facts
                .keys
                .get(usize::from(key))
                .map_or(u16::MAX, |&(_, entry)| entry);
            [key.to_le_bytes(), entry.to_le_bytes()].concat()
        })
        .collect();

    // Flags families: the flag member of each bit position, for formatting.
    let bit_index: Vec<u8> = if family.flags {
        (0..facts.repr.bits)
            .flat_map(|position| {
                let flag = members.iter().zip(facts.bits).position(|(member, &bits)| {
                    member.selector.is_none() && bits == 1u64 << position
                });
                flag.map_or(u16::MAX, |index| index as u16).to_le_bytes()
            })
            .collect()
    } else {
        Vec::new()
    };
    let known_bits = facts.bits.iter().fold(0u64, |all, bits| all | bits);
    let selector_mask = facts.selector_mask;
    let kind = match (family.flags, selector_mask != 0) {
        (true, true) => quote!(Mixed),
        (true, false) => quote!(Flags),
        (false, _) => quote!(Enum),
    };
    let type_name = family.ident.to_string();
    let repr = &facts.repr.ident;
    let since = match family.since {
        Some((major, minor)) => quote!(__tapi::Some(__tapi::Version::new(#major, #minor))),
        None => quote!(__tapi::None),
    };
    let header = match &family.header {
        Some(header) => quote!(__tapi::Some(#header)),
        None => quote!(__tapi::None),
    };
    let languages = facts.languages;
    let language_count = languages.len();
    // Each language's texts through `__tapi_keep!`, which the runtime's
    // `lang-*` features expand to `""` for a language the build drops; the
    // same for the list of languages. Macros, not `const fn`s: expanding is
    // cheap, evaluating in `const` is not (~2 ms a family).
    let primary = |tag: &String| tag.split('-').next().unwrap_or_default().to_owned();
    let strings = languages.iter().zip(&strings.texts).map(|(tag, text)| {
        let (primary, text) = (primary(tag), Literal::string(text));
        quote!(::tapi_consts::__tapi_keep!(#primary, #text))
    });
    let kept_languages = languages.iter().map(|tag| {
        let primary = primary(tag);
        quote!((#primary #tag))
    });
    let [table, by_value, bit_index, slots] =
        [table, by_value, bit_index, slots].map(|bytes| Literal::byte_string(&bytes));
    quote! {
        {
        const DOC_LANGUAGES: [&::core::primitive::str; #language_count] = [#(#languages),*];
        // Behind a function: a constant in a function body stays out of the
        // crate's metadata, where a static's data is copied for `const` use.
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[#(#strings),*]
        }
        __tapi::FamilyInfo {
            type_name: #type_name,
            prefix: #prefix,
            kind: __tapi::Kind::#kind,
            repr: <::core::primitive::#repr as __tapi::Repr>::KIND,
            since: #since,
            header: #header,
            doc_languages: &DOC_LANGUAGES,
            languages: ::tapi_consts::__tapi_languages!([] #(#kept_languages)*),
            known_bits: #known_bits,
            selector_mask: #selector_mask,
            names: &[#(#names),*],
            bits: &[#(#bits),*],
            bit_terms: &[#(#bit_terms),*],
            keys: &[#(#keys),*],
            descriptions,
            table: #table,
            by_value: #by_value,
            bit_index: #bit_index,
            full_hash: #full,
            seed: #seed,
            shift: #shift,
            slots: #slots,
        }
        }
    }
}

/// One `(start: u32, len: u32)` per language; `len` 0 for none.
fn push_docs(table: &mut Vec<u8>, strings: &mut Strings, docs: &Docs, languages: &[String]) {
    for (language, tag) in languages.iter().enumerate() {
        let text = docs.texts.iter().find(|(have, _)| have == tag);
        let (start, len) = text.map_or((0, 0), |(_, text)| strings.push(language, text));
        table.extend_from_slice(&start.to_le_bytes());
        table.extend_from_slice(&(len as u32).to_le_bytes());
    }
}
