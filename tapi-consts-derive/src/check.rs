//! Rules over the whole model, one function each, run before expansion.
//! Every rule reports at the narrowest token and keeps going, so one build
//! shows every problem.

use std::collections::HashMap;

use proc_macro2::Span;

use crate::ast::{Family, Member};
use crate::ctxt::Ctxt;

pub fn check(cx: &Ctxt, family: &Family) {
    check_generics(cx, family);
    check_not_empty(cx, family);
    check_prefix(cx, family);
    check_repr(cx, family);
    check_name_characters(cx, family);
    check_values_fit(cx, family);
    check_unique_values(cx, family);
    check_unique_names(cx, family);
    check_single_bits(cx, family);
}

/// A family is a fixed table of constants; a type parameter would give each
/// instantiation the same table and no meaning.
fn check_generics(cx: &Ctxt, family: &Family) {
    let generics = &family.original.generics;
    if !generics.params.is_empty() || generics.where_clause.is_some() {
        cx.error_spanned_by(
            generics,
            "a constant family cannot have generic parameters: remove them",
        );
    }
}

/// An empty family has no value to name; it is almost always a mistake.
fn check_not_empty(cx: &Ctxt, family: &Family) {
    if family.members.is_empty() {
        cx.error_at(
            family.ident.span(),
            format!(
                "`{}` has no members: add its constants as variants",
                family.ident
            ),
        );
    }
}

/// Full names are the prefix plus a short name, and must be C identifiers:
/// `LINECALLSTATE_` + `IDLE`. The trailing `_` keeps prefix and name apart.
fn check_prefix(cx: &Ctxt, family: &Family) {
    let Some(prefix) = &family.prefix else {
        cx.error_at(
            family.ident.span(),
            "missing family prefix: add `#[tapi(prefix = \"LINECALLSTATE_\")]` with the C prefix \
             shared by every constant",
        );
        return;
    };
    let text = prefix.value();
    let identifier = text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !identifier || !text.ends_with('_') || text.len() < 2 {
        cx.error_spanned_by(
            prefix,
            format!(
                "malformed prefix `{text}`: write the C prefix, ASCII letters, digits and `_`, \
                 ending with `_`, as in `LINECALLSTATE_`"
            ),
        );
    }
}

/// Values, their ranges and the parser all depend on the integer type.
fn check_repr(cx: &Ctxt, family: &Family) {
    let has_int_repr = family.repr.is_some();
    let mentions_repr = family
        .original
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("repr"));
    if !has_int_repr && !mentions_repr {
        cx.error_at(
            family.ident.span(),
            "missing `#[repr(...)]`: add the C type of the constants, such as `#[repr(u32)]` \
             (supported: u8, u16, u32, u64, i8, i16, i32, i64)",
        );
    } else if !has_int_repr {
        let repr = family
            .original
            .attrs
            .iter()
            .find(|attr| attr.path().is_ident("repr"));
        // An unsupported integer repr was already reported where it was read.
        let reported = repr.is_some_and(|attr| {
            let text = quote::ToTokens::to_token_stream(attr).to_string();
            ["u128", "i128", "usize", "isize"]
                .iter()
                .any(|ty| text.contains(ty))
        });
        if !reported {
            cx.error_spanned_by(
                repr,
                "unsupported `#[repr]`: name the integer type of the constants, such as \
                 `#[repr(u32)]` (supported: u8, u16, u32, u64, i8, i16, i32, i64)",
            );
        }
    }
}

/// Names are parsed and printed as C identifiers, and the name index folds
/// case by clearing one bit per byte, which is exact only on ASCII letters,
/// digits and `_`.
fn check_name_characters(cx: &Ctxt, family: &Family) {
    for member in &family.members {
        for name in std::iter::once(&member.name).chain(&member.aliases) {
            let valid = !name.text.is_empty()
                && name
                    .text
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_');
            if valid {
                continue;
            }
            let message = if name.explicit {
                format!(
                    "`{}` is not a valid constant name: use ASCII letters, digits and `_`",
                    name.text
                )
            } else {
                format!(
                    "cannot derive a C name from `{}`: add `#[tapi(name = \"…\")]` with ASCII \
                     letters, digits and `_`",
                    member.ident
                )
            };
            cx.error_at(name.span, message);
        }
    }
}

/// A value that does not fit the repr cannot be stored in it.
fn check_values_fit(cx: &Ctxt, family: &Family) {
    let Some(repr) = &family.repr else { return };
    for member in &family.members {
        let Some(value) = &member.value else { continue };
        if value.int < repr.min() || value.int > repr.max() {
            cx.error_spanned_by(
                value.expr,
                format!(
                    "value {} is out of range for `{}` ({}..={}): fix the value or the `#[repr]`",
                    value.int,
                    repr.ident,
                    repr.min(),
                    repr.max()
                ),
            );
        }
    }
}

/// Two members with one value would make `from_value` ambiguous; a C
/// alias is written as `#[tapi(alias = "OLDNAME")]` on one member instead.
fn check_unique_values(cx: &Ctxt, family: &Family) {
    let mut seen: HashMap<i128, &Member> = HashMap::new();
    for member in &family.members {
        let Some(value) = &member.value else { continue };
        match seen.get(&value.int) {
            Some(first) => {
                cx.error_spanned_by(
                    value.expr,
                    format!(
                        "duplicate value {}: `{}` has it too; for a C alias, add \
                         `#[tapi(alias = \"{}\")]` to `{}` and remove this variant",
                        value.int, first.ident, member.name.text, first.ident
                    ),
                );
                if let Some(first_value) = &first.value {
                    cx.error_spanned_by(
                        first_value.expr,
                        format!(
                            "value {} is first given here, to `{}`",
                            value.int, first.ident
                        ),
                    );
                }
            }
            None => {
                seen.insert(value.int, member);
            }
        }
    }
}

/// Every spelling a parser accepts — short names, aliases, and the full
/// names made from them — must lead to one member, also ignoring ASCII case
/// (for `from_name_ignore_case`).
fn check_unique_names(cx: &Ctxt, family: &Family) {
    let prefix = family.prefix();
    // Upper-cased spelling → (member, the spelling as written).
    let mut seen: HashMap<String, (&Member, String)> = HashMap::new();
    for member in &family.members {
        for name in std::iter::once(&member.name).chain(&member.aliases) {
            let full = format!("{prefix}{}", name.text);
            let mut reported = false;
            for spelling in [&name.text, &full] {
                let key = spelling.to_ascii_uppercase();
                if let Some((other, written)) = seen.get(&key) {
                    if !reported {
                        report_name_clash(cx, name.span, spelling, member, other, written);
                        reported = true;
                    }
                } else {
                    seen.insert(key, (member, spelling.clone()));
                }
            }
        }
    }
}

fn report_name_clash(
    cx: &Ctxt,
    span: Span,
    spelling: &str,
    member: &Member,
    other: &Member,
    written: &str,
) {
    let owner = if std::ptr::eq(member, other) {
        "this member".to_owned()
    } else {
        format!("`{}`", other.ident)
    };
    let message = if spelling == written {
        format!("duplicate name `{spelling}`: {owner} already has it; choose another name or alias")
    } else {
        format!(
            "name `{spelling}` differs only in case from `{written}` of {owner}; \
             `from_name_ignore_case` could not tell them apart"
        )
    };
    cx.error_at(span, message);
}

/// A set of members is only meaningful if each member is one bit: `A | B`
/// must not be confused with a third member `C = A | B`.
fn check_single_bits(cx: &Ctxt, family: &Family) {
    let (true, Some(repr)) = (family.flags, &family.repr) else {
        return;
    };
    for member in &family.members {
        let Some(value) = &member.value else { continue };
        if value.int < repr.min() || value.int > repr.max() {
            continue; // reported as out of range
        }
        let bits = repr.bits_of(value.int);
        if bits.count_ones() > 1 {
            cx.error_spanned_by(
                value.expr,
                format!(
                    "`{}` = {:#x} is not a single bit, but `flags` families are made of single \
                     bits (and at most one zero member); remove `flags` or fix the value",
                    member.ident, bits
                ),
            );
        }
    }
}
