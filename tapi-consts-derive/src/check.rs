//! Rules over the whole model, one function each, run before expansion.
//! Every rule reports at the narrowest token and keeps going, so one build
//! shows every problem.

use std::collections::HashMap;

use crate::api::INHERENT_ITEMS;
use crate::ast::{DeviceSpecificKind, Family, Member, Name};
use crate::ctxt::Ctxt;

pub fn check(cx: &Ctxt, family: &Family) {
    check_generics(cx, family);
    check_not_empty(cx, family);
    check_variant_idents(cx, family);
    check_prefix(cx, family);
    check_repr(cx, family);
    check_name_characters(cx, family);
    check_names_are_not_numbers(cx, family);
    check_values_fit(cx, family);
    check_unique_values(cx, family);
    check_unique_names(cx, family);
    check_single_bits(cx, family);
    check_selectors(cx, family);
    check_device_specific(cx, family);
}

/// A family is a fixed table of constants; a type parameter would give each
/// instantiation the same table and no meaning.
fn check_generics(cx: &Ctxt, family: &Family) {
    let generics = &family.original.generics;
    let message = "a constant family cannot have generic parameters or a where clause: remove them";
    if !generics.params.is_empty() {
        cx.error_spanned_by(generics, message);
    } else if let Some(where_clause) = &generics.where_clause {
        cx.error_spanned_by(where_clause, message);
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
        if family.has_prefix_key {
            return; // written, but not as a string: reported where it was read
        }
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

/// Values, their ranges and the parser all depend on the integer type. (An
/// unsupported `#[repr]` is reported where it is read.)
fn check_repr(cx: &Ctxt, family: &Family) {
    if family.repr.is_none() && !family.has_repr_attr {
        cx.error_at(
            family.ident.span(),
            "missing `#[repr(...)]`: add the C type of the constants, such as `#[repr(u32)]` \
             (supported: u8, u16, u32, u64, i8, i16, i32, i64)",
        );
    }
}

/// A variant named like an item the derive adds to the enum (`ALL`,
/// `value`, …) would make `Self::ALL` mean two things.
fn check_variant_idents(cx: &Ctxt, family: &Family) {
    for member in &family.members {
        let ident = member.ident.to_string();
        if let Some(item) = INHERENT_ITEMS.iter().find(|item| **item == ident) {
            let renamed = rename(item);
            cx.error_at(
                member.ident.span(),
                format!(
                    "a variant named `{item}` collides with the `{item}` the derive adds to the \
                     enum; rename the variant, such as `{renamed}`: its C name is the name \
                     upper-cased either way (`{}`)",
                    item.to_ascii_uppercase()
                ),
            );
        }
    }
}

/// `ALL` → `All`, `from_value` → `FromValue`: the variant's usual spelling.
fn rename(item: &str) -> String {
    item.split('_')
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
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
            let message = if name.text.is_empty() {
                "empty name: a constant needs a name of ASCII letters, digits and `_`".to_owned()
            } else if name.explicit {
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

/// Parsers read a name before a number, so a name spelled like a number
/// would hide that number: `0x10` could no longer mean the bits 0x10, and a
/// set's text would not parse back to the same set. The rule is stated on
/// names, not as a second copy of the number grammar (FORMAT.md, "Names"):
/// every number starts with a digit, a sign, `$`, `&` or `x`; of those a
/// name can only start with a digit or be `x` and hex digits (tapisrv's
/// `x040`).
fn check_names_are_not_numbers(cx: &Ctxt, family: &Family) {
    let is_number = |text: &str| match text.as_bytes() {
        [b'0'..=b'9', ..] => true,
        [b'x' | b'X', rest @ ..] => !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit),
        _ => false,
    };
    for member in &family.members {
        for name in std::iter::once(&member.name).chain(&member.aliases) {
            if is_number(&name.text) {
                cx.error_at(
                    name.span,
                    format!(
                        "`{}` reads as a number (a name may not start with a digit, nor be `X` \
                         and hex digits), and a name would hide that number when parsing; give \
                         the constant a name that is not a number, such as `N{}`",
                        name.text, name.text
                    ),
                );
            }
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
    // Upper-cased spelling → the member and name that first used it.
    let mut seen: HashMap<String, (&Member, &Name, String)> = HashMap::new();
    for member in &family.members {
        for name in std::iter::once(&member.name).chain(&member.aliases) {
            let full = format!("{prefix}{}", name.text);
            // Without a prefix (already reported) the full name is the short one.
            let spellings = if prefix.is_empty() {
                vec![&name.text]
            } else {
                vec![&name.text, &full]
            };
            for spelling in spellings {
                let key = spelling.to_ascii_uppercase();
                if let Some((other, first, written)) = seen.get(&key) {
                    report_name_clash(cx, (member, name, spelling), (other, first, written));
                    break;
                }
                seen.insert(key, (member, name, spelling.clone()));
            }
        }
    }
}

fn report_name_clash(
    cx: &Ctxt,
    (member, name, spelling): (&Member, &Name, &str),
    (other, first, written): (&Member, &Name, &str),
) {
    let same_member = std::ptr::eq(member, other);
    let fix = if same_member {
        "remove this alias".to_owned()
    } else if name.explicit {
        "choose another name or alias".to_owned()
    } else {
        format!(
            "give `{}` its C name with `#[tapi(name = \"…\")]`",
            member.ident
        )
    };
    let message = if spelling == written && same_member {
        format!("alias `{spelling}` repeats this member's own name; {fix}")
    } else if spelling == written {
        format!(
            "duplicate name `{spelling}`: `{}` already has it; {fix}",
            other.ident
        )
    } else {
        format!(
            "name `{spelling}` differs from `{written}` of `{}` only in case, so \
             `from_name_ignore_case` could not tell them apart; rename one of them",
            other.ident
        )
    };
    cx.error_at(name.span, message);
    if !same_member {
        cx.error_at(
            first.span,
            format!("`{written}` is first used here, by `{}`", other.ident),
        );
    }
}

/// A set of members is only meaningful if each member is one bit: `A | B`
/// must not be confused with a third member `C = A | B`.
fn check_single_bits(cx: &Ctxt, family: &Family) {
    let (true, Some(repr)) = (family.flags, &family.repr) else {
        return;
    };
    for (member, value) in family.flag_values() {
        if value.int < repr.min() || value.int > repr.max() {
            continue; // reported as out of range
        }
        let bits = repr.bits_of(value.int);
        if bits.count_ones() > 1 {
            cx.error_spanned_by(
                value.expr,
                format!(
                    "`{}` = {:#x} is not a single bit, but `flags` families are made of single \
                     bits (and at most one zero member); remove `flags`, fix the value, or mark a value of a selector field with `#[tapi(selector)]`",
                    member.ident, bits
                ),
            );
        }
    }
}

/// A `selector` member is one value of a field of bits that holds one
/// selector at a time, beside the flag bits (`LINEINITIALIZEEXOPTION_USEEVENT
/// | LINEINITIALIZEEXOPTION_CALLHUBTRACKING`). The field is every bit of a
/// selector value; a flag bit inside it could not be told from a selector.
fn check_selectors(cx: &Ctxt, family: &Family) {
    let Some(repr) = &family.repr else { return };
    let selectors = family
        .members
        .iter()
        .filter_map(|member| Some((member, member.selector.as_ref()?)));
    let mut field = 0u64;
    for (member, keyword) in selectors {
        if !family.flags {
            cx.error_spanned_by(
                keyword,
                "`selector` marks a selector value inside a `flags` family; add `flags` to the \
                 enum or remove `selector`",
            );
        } else if member.value.as_ref().is_some_and(|value| value.int == 0) {
            cx.error_spanned_by(
                keyword,
                "a selector value cannot be 0: the empty field means no selector",
            );
        }
        if let Some(value) = &member.value {
            field |= repr.bits_of(value.int);
        }
    }
    if field == 0 || !family.flags {
        return;
    }
    for (member, value) in family.flag_values() {
        let bits = repr.bits_of(value.int);
        if bits & field != 0 {
            cx.error_spanned_by(
                value.expr,
                format!(
                    "flag `{}` = {bits:#x} overlaps the selector field {field:#x} (every bit of a \
                     `selector` value); move the flag or the selector values apart",
                    member.ident
                ),
            );
        }
    }
}

/// `device_specific(bits = …)` is a mask of a `flags` family's bits and
/// `device_specific(from = …)` the first vendor value of an enumeration;
/// either way no member may sit in the vendors' part, or a value could be
/// both a member and a vendor's.
fn check_device_specific(cx: &Ctxt, family: &Family) {
    let (Some(vendor), Some(repr)) = (&family.device_specific, &family.repr) else {
        return;
    };
    let Some(int) = vendor.int else { return };
    let unsigned_max = i128::from(u64::MAX >> (64 - repr.bits));
    match vendor.kind {
        DeviceSpecificKind::Bits => {
            if !family.flags {
                cx.error_spanned_by(
                    &vendor.key,
                    "`device_specific(bits = …)` is a mask of a `flags` family's bits; for an \
                     enumeration, give the first vendor value: `device_specific(from = …)`",
                );
                return;
            }
            if int == 0 || int > unsigned_max {
                cx.error_spanned_by(
                    &vendor.literal,
                    format!(
                        "the device-specific mask must have a bit set and fit `{}` (at most \
                         {unsigned_max:#x})",
                        repr.ident
                    ),
                );
                return;
            }
            let mask = int as u64;
            for member in &family.members {
                let Some(value) = &member.value else { continue };
                let bits = repr.bits_of(value.int);
                if bits & mask != 0 {
                    cx.error_spanned_by(
                        value.expr,
                        format!(
                            "`{}` = {bits:#x} uses bits of the device-specific mask {mask:#x}; \
                             a member's bits and the vendors' must be apart: fix the value or \
                             the mask",
                            member.ident
                        ),
                    );
                }
            }
        }
        DeviceSpecificKind::From => {
            if family.flags {
                cx.error_spanned_by(
                    &vendor.key,
                    "`device_specific(from = …)` is the first vendor value of an enumeration; \
                     in a `flags` family, give the vendors' bits: `device_specific(bits = …)`",
                );
                return;
            }
            if int > repr.max() {
                cx.error_spanned_by(
                    &vendor.literal,
                    format!(
                        "{int:#x} is out of range for `{}` (at most {:#x})",
                        repr.ident,
                        repr.max()
                    ),
                );
                return;
            }
            for member in &family.members {
                let Some(value) = &member.value else { continue };
                if value.int >= int {
                    cx.error_spanned_by(
                        value.expr,
                        format!(
                            "`{}` = {:#x} is in the device-specific range (from {int:#x} up); \
                             members come before the vendors' values: fix the value or `from`",
                            member.ident, value.int
                        ),
                    );
                }
            }
        }
    }
}
