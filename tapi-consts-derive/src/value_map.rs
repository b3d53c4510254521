//! How a value finds its member, and a member its position: the bodies of
//! `from_value` and `__tapi_index`.
//!
//! Measured choices: an enumeration with dense values (error codes with a
//! few gaps) finds its member through a small table indexed by
//! `value - min`, a flags family its position through a table indexed by the
//! bit's position; both are one byte-string literal of `u16` entry indices,
//! read by `__private::map_index`. A flags family's `from_value` is a
//! `match` (LLVM turns value-to-same-discriminant arms into a bit test), and
//! so is everything else.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::ast::{Family, Repr};

/// The two method bodies.
pub struct ValueMap {
    /// `const fn __tapi_index(self) -> usize`.
    pub index: TokenStream,
    /// `const fn from_value(value: Repr) -> Option<Self>`.
    pub from_value: TokenStream,
}

/// A value range this much wider than the member count still gets a table.
const DENSE_SLACK: i128 = 4;
const MAX_TABLE: i128 = 4096;

pub fn value_map(family: &Family, repr: &Repr, ints: &[i128]) -> ValueMap {
    let repr_ident = &repr.ident;
    let repr_ty = quote!(::core::primitive::#repr_ident);
    let unsigned = format_ident!("u{}", repr.bits);
    let unsigned = quote!(::core::primitive::#unsigned);
    let n = ints.len() as i128;
    let (min, max) = (ints.iter().min(), ints.iter().max());
    let single_bits = family
        .members
        .iter()
        .all(|member| member.selector.is_none())
        && ints.iter().all(|&int| repr.bits_of(int).count_ones() <= 1);

    // A flags family's `from_value` stays a `match`: each arm maps a value to
    // the member with that discriminant, which LLVM reduces to a bit test.
    if let (Some(&min), Some(&max), false) = (min, max, family.flags) {
        let range = max - min + 1;
        // Values declared in order with no gaps: the index is the offset.
        if range == n && ints.windows(2).all(|pair| pair[1] == pair[0] + 1) {
            let min = crate::expand::int_pattern(min);
            let index = quote! {
                (self as #repr_ty).wrapping_sub(#min) as #unsigned as ::core::primitive::usize
            };
            return ValueMap {
                index,
                from_value: value_match(family, ints),
            };
        }
        if range <= (DENSE_SLACK * n + 16).min(MAX_TABLE) {
            let slots = (0..range).map(|offset| ints.iter().position(|&int| int == min + offset));
            let map = table(slots);
            let min = crate::expand::int_pattern(min);
            let range = Literal::u128_unsuffixed(range as u128);
            let lookup = |value: TokenStream| {
                quote! {{
                    let offset = #value.wrapping_sub(#min) as #unsigned;
                    if offset < #range {
                        __tapi::map_index(#map, offset as ::core::primitive::usize)
                    } else {
                        ::core::primitive::usize::MAX
                    }
                }}
            };
            return from_lookup(lookup(quote!((self as #repr_ty))), lookup(quote!(value)));
        }
    }
    if family.flags && single_bits {
        // Members declared in bit order from bit `first`, one bit each, no
        // gaps (most TAPI flag families): the index is the bit position.
        let first = ints
            .first()
            .map_or(0, |&int| repr.bits_of(int).trailing_zeros());
        let in_bit_order = ints
            .iter()
            .enumerate()
            .all(|(i, &int)| repr.bits_of(int) == 1u64.checked_shl(first + i as u32).unwrap_or(0));
        if in_bit_order {
            let index = quote! {
                ((self as #repr_ty as #unsigned).trailing_zeros() - #first) as ::core::primitive::usize
            };
            return ValueMap {
                index,
                from_value: value_match(family, ints),
            };
        }
        // Slot k: the member with bit k; slot BITS: the zero member.
        let slots = (0..=repr.bits).map(|position| {
            let bits = 1u128.checked_shl(position).unwrap_or(0) as u64;
            let bits = if position == repr.bits { 0 } else { bits };
            ints.iter().position(|&int| repr.bits_of(int) == bits)
        });
        let map = table(slots);
        let index = quote! {{
            let bits = self as #repr_ty as #unsigned;
            __tapi::map_index(#map, bits.trailing_zeros() as ::core::primitive::usize)
        }};
        return ValueMap {
            index,
            from_value: value_match(family, ints),
        };
    }
    let variants = family.members.iter().map(|member| member.ident);
    let indices = 0..family.members.len();
    ValueMap {
        index: quote! {
            match self {
                #(Self::#variants => #indices,)*
            }
        },
        from_value: value_match(family, ints),
    }
}

fn value_match(family: &Family, ints: &[i128]) -> TokenStream {
    let variants = family.members.iter().map(|member| member.ident);
    let patterns = ints.iter().map(|&int| crate::expand::int_pattern(int));
    quote! {
        match value {
            #(#patterns => __tapi::Some(Self::#variants),)*
            _ => __tapi::None,
        }
    }
}

fn from_lookup(index: TokenStream, from_value: TokenStream) -> ValueMap {
    ValueMap {
        index,
        from_value: quote! {
            let index = #from_value;
            if index < Self::ALL.len() {
                __tapi::Some(Self::ALL[index])
            } else {
                __tapi::None
            }
        },
    }
}

/// Entry indices as little-endian `u16`s, `u16::MAX` for none.
fn table(slots: impl Iterator<Item = Option<usize>>) -> Literal {
    let bytes: Vec<u8> = slots
        .flat_map(|slot| slot.map_or(u16::MAX, |index| index as u16).to_le_bytes())
        .collect();
    Literal::byte_string(&bytes)
}
