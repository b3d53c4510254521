//! How a value finds its member, and a member its position: the bodies of
//! `from_value` and `__tapi_index`.
//!
//! Measured choices, cheapest first. A member's position is arithmetic
//! where the declaration allows it (gapless values in order: the offset;
//! flags in bit order: the bit position), else a small table (a
//! byte-string literal of `u16` entry indices read by
//! `__private::map_index`) indexed by `value - min` in an enumeration with
//! dense values or by the bit's position in a flags family, else a `match`.
//! `from_value` is a `match` (LLVM turns value-to-same-discriminant arms into
//! a range or bit test), except in a dense enumeration with gaps, where the
//! same table serves it.

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
    let values = Values::new(family, repr, ints);
    if let Some(map) = values.dense_table() {
        return map;
    }
    let index = values
        .ordered_index()
        .or_else(|| values.bit_table_index())
        .unwrap_or_else(|| values.index_match());
    ValueMap {
        index,
        from_value: values.value_match(),
    }
}

/// A family's members with their values, and the repr type and its unsigned
/// twin as tokens: what every strategy reads.
struct Values<'a> {
    family: &'a Family<'a>,
    repr: &'a Repr,
    ints: &'a [i128],
    repr_ty: TokenStream,
    unsigned: TokenStream,
}

impl<'a> Values<'a> {
    fn new(family: &'a Family<'a>, repr: &'a Repr, ints: &'a [i128]) -> Self {
        let repr_ident = &repr.ident;
        let unsigned = format_ident!("u{}", repr.bits);
        Values {
            family,
            repr,
            ints,
            repr_ty: quote!(::core::primitive::#repr_ident),
            unsigned: quote!(::core::primitive::#unsigned),
        }
    }

    /// `value` (of the repr type) as the unsigned type of its width: a cast
    /// only for a signed repr, so the code reads (and lints) clean when
    /// expanded ahead of time.
    fn as_unsigned(&self, value: TokenStream) -> TokenStream {
        let unsigned = &self.unsigned;
        if self.repr.signed {
            quote!(#value as #unsigned)
        } else {
            value
        }
    }

    fn gapless_in_order(&self) -> bool {
        self.ints.windows(2).all(|pair| pair[1] == pair[0] + 1)
    }

    /// Flags only, none a selector, each a single bit (or 0).
    fn single_bits(&self) -> bool {
        self.family.flags
            && self
                .family
                .members
                .iter()
                .all(|member| member.selector.is_none())
            && self
                .ints
                .iter()
                .all(|&int| self.repr.bits_of(int).count_ones() <= 1)
    }

    /// Position by arithmetic: values declared in order with no gaps (the
    /// offset from the first), or flags declared in bit order from bit
    /// `first`, one bit each (the bit position; most TAPI flag families).
    fn ordered_index(&self) -> Option<TokenStream> {
        let Values {
            repr_ty, unsigned, ..
        } = self;
        let &first = self.ints.first()?;
        if !self.family.flags {
            return self.gapless_in_order().then(|| {
                if first == 0 {
                    return quote!(self as ::core::primitive::usize);
                }
                let first = crate::expand::int_pattern(first);
                let offset = self.as_unsigned(quote!((self as #repr_ty).wrapping_sub(#first)));
                quote!(#offset as ::core::primitive::usize)
            });
        }
        // (A zero member has no bit position: not this case.)
        let first = self.repr.bits_of(first).trailing_zeros();
        let in_bit_order = self.single_bits()
            && first < self.repr.bits
            && self.ints.iter().enumerate().all(|(i, &int)| {
                self.repr.bits_of(int) == 1u64.checked_shl(first + i as u32).unwrap_or(0)
            });
        in_bit_order.then(|| {
            let bits = match self.repr.signed {
                true => quote!((self as #repr_ty as #unsigned)),
                false => quote!((self as #repr_ty)),
            };
            if first == 0 {
                quote!(#bits.trailing_zeros() as ::core::primitive::usize)
            } else {
                quote!((#bits.trailing_zeros() - #first) as ::core::primitive::usize)
            }
        })
    }

    /// An enumeration (with gaps) whose values span at most a few times
    /// their count: a table indexed by `value - min` gives both the position
    /// and `from_value`.
    fn dense_table(&self) -> Option<ValueMap> {
        let Values { repr_ty, ints, .. } = self;
        let (&min, &max) = (ints.iter().min()?, ints.iter().max()?);
        let (n, range) = (ints.len() as i128, max - min + 1);
        if self.family.flags
            || self.gapless_in_order()
            || range > (DENSE_SLACK * n + 16).min(MAX_TABLE)
        {
            return None;
        }
        let slots = (0..range).map(|offset| ints.iter().position(|&int| int == min + offset));
        let map = table(slots);
        let min = crate::expand::int_pattern(min);
        let range = Literal::u128_unsuffixed(range as u128);
        let lookup = |value: TokenStream| {
            let offset = self.as_unsigned(quote!(#value.wrapping_sub(#min)));
            quote! {{
                let offset = #offset;
                if offset < #range {
                    __tapi::map_index(#map, offset as ::core::primitive::usize)
                } else {
                    ::core::primitive::usize::MAX
                }
            }}
        };
        let from_value = lookup(quote!(value));
        Some(ValueMap {
            index: lookup(quote!((self as #repr_ty))),
            from_value: quote! {
                let index = #from_value;
                if index < Self::ALL.len() {
                    __tapi::Some(Self::ALL[index])
                } else {
                    __tapi::None
                }
            },
        })
    }

    /// Single bits in any order: a table indexed by the bit's position
    /// (slot `BITS`: the zero member).
    fn bit_table_index(&self) -> Option<TokenStream> {
        let Values {
            repr_ty,
            repr,
            ints,
            ..
        } = self;
        if !self.single_bits() {
            return None;
        }
        let slots = (0..=repr.bits).map(|position| {
            let bits = 1u128.checked_shl(position).unwrap_or(0) as u64;
            let bits = if position == repr.bits { 0 } else { bits };
            ints.iter().position(|&int| repr.bits_of(int) == bits)
        });
        let map = table(slots);
        let bits = self.as_unsigned(quote!(self as #repr_ty));
        Some(quote! {{
            let bits = #bits;
            __tapi::map_index(#map, bits.trailing_zeros() as ::core::primitive::usize)
        }})
    }

    /// Anything else: a `match` on the member.
    fn index_match(&self) -> TokenStream {
        let variants = self.family.members.iter().map(|member| member.ident);
        let indices = 0..self.family.members.len();
        quote! {
            match self {
                #(Self::#variants => #indices,)*
            }
        }
    }

    fn value_match(&self) -> TokenStream {
        let variants = self.family.members.iter().map(|member| member.ident);
        let patterns = self.ints.iter().map(|&int| crate::expand::int_pattern(int));
        quote! {
            match value {
                #(#patterns => __tapi::Some(Self::#variants),)*
                _ => __tapi::None,
            }
        }
    }
}

/// A map of entry indices, in the table format's `u16` lists.
fn table(slots: impl Iterator<Item = Option<usize>>) -> Literal {
    Literal::byte_string(&tapi_consts_table::write::u16_list(slots))
}
