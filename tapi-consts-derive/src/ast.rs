//! The model of a family: the enum and its attributes, read once, with
//! names computed and small formats (versions, language keys) parsed.
//! Rules that span the whole model live in `check`.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::{
    Data, DeriveInput, Expr, ExprGroup, ExprLit, ExprParen, ExprUnary, Fields, Ident, Lit, LitStr,
    UnOp, Variant,
};

use crate::attr::{self, DocAttr, English};
use crate::ctxt::Ctxt;
use crate::lang::{parse_version, tag_from_key};

pub struct Family<'a> {
    pub original: &'a DeriveInput,
    pub ident: &'a Ident,
    pub prefix: Option<LitStr>,
    /// Whether a `prefix` key was written, even with a bad value.
    pub has_prefix_key: bool,
    pub flags: bool,
    /// `c_consts`: also emit every C name as a `pub const`.
    pub c_consts: bool,
    pub repr: Option<Repr>,
    /// Whether any `#[repr(...)]` was written.
    pub has_repr_attr: bool,
    pub since: Option<(u8, u8)>,
    pub header: Option<String>,
    /// The C type of the constants, when it names the family (a TAPI 3
    /// enum: `CALL_STATE`); `None` when unwritten or malformed (reported).
    pub c_type: Option<String>,
    /// The values left to device-specific extensions, if the family says.
    pub device_specific: Option<DeviceSpecific>,
    pub docs: Docs,
    pub members: Vec<Member<'a>>,
}

/// `#[tapi(device_specific(…))]`, read.
pub struct DeviceSpecific {
    pub kind: DeviceSpecificKind,
    /// The literal's value (`None`: it does not fit 64 bits, reported).
    pub int: Option<i128>,
    /// The key (`bits`, `from`) and the literal, for errors.
    pub key: Ident,
    pub literal: syn::LitInt,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DeviceSpecificKind {
    /// A mask of a `flags` family's bits.
    Bits,
    /// The first vendor value of an enumeration; every value from it up.
    From,
}

pub struct Member<'a> {
    pub ident: &'a Ident,
    /// The short name: `#[tapi(name)]`, or the ident upper-cased.
    pub name: Name,
    pub aliases: Vec<Name>,
    /// The `selector` keyword, when the member is a selector value of a
    /// flags family rather than a flag bit.
    pub selector: Option<Ident>,
    /// `None` when the discriminant is missing or not an integer literal
    /// (already reported).
    pub value: Option<Value<'a>>,
    pub since: Option<(u8, u8)>,
    pub docs: Docs,
}

/// A short name and where it came from, for errors.
pub struct Name {
    pub text: String,
    pub span: Span,
    /// Written in `#[tapi(name)]`/`alias`, rather than derived from the ident.
    pub explicit: bool,
}

/// A discriminant's value and the expression it was read from.
pub struct Value<'a> {
    pub int: i128,
    pub expr: &'a Expr,
}

/// The integer repr.
pub struct Repr {
    pub ident: Ident,
    pub bits: u32,
    pub signed: bool,
}

/// Descriptions by canonical language tag, in the order written (the table
/// writer orders the languages, English first).
#[derive(Default)]
pub struct Docs {
    pub texts: Vec<(String, String)>,
}

impl<'a> Family<'a> {
    /// The model of `input`, or `None` if it is not an enum (reported).
    pub fn from_syn(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let Data::Enum(data) = &input.data else {
            let keyword = match &input.data {
                Data::Struct(data) => data.struct_token.span,
                Data::Union(data) => data.union_token.span,
                Data::Enum(data) => data.enum_token.span,
            };
            cx.error_at(
                keyword,
                "ConstFamily can only be derived for an enum of constants, such as \
                 `enum LineCallState { Idle = 0x1, … }`",
            );
            return None;
        };
        // The enum's attributes first, so errors come out in source order.
        let attrs = attr::family(cx, &input.attrs);
        let since = attrs.since.as_ref().and_then(|since| version(cx, since));
        let docs = Docs::from_attrs(cx, attrs.english, &attrs.docs);
        let members = data
            .variants
            .iter()
            .map(|variant| Member::from_syn(cx, variant))
            .collect();
        Some(Family {
            original: input,
            ident: &input.ident,
            prefix: attrs.prefix,
            has_prefix_key: attrs.has_prefix_key,
            flags: attrs.flags.is_some(),
            c_consts: attrs.c_consts.is_some(),
            repr: attrs.repr.and_then(|repr| Repr::from_ident(repr.ident)),
            has_repr_attr: attrs.has_repr_attr,
            since,
            header: attrs.header.map(|header| header.value()),
            c_type: attrs.c_type.and_then(|c_type| c_type_name(cx, &c_type)),
            device_specific: attrs
                .device_specific
                .map(|attr| DeviceSpecific::from_attr(cx, attr)),
            docs,
            members,
        })
    }

    /// The flag members (not selectors) whose value could be read.
    pub fn flag_values(&self) -> impl Iterator<Item = (&Member<'a>, &Value<'a>)> {
        self.members
            .iter()
            .filter(|member| member.selector.is_none())
            .filter_map(|member| Some((member, member.value.as_ref()?)))
    }

    /// The prefix text, or `""` while it is missing (reported by `check`).
    pub fn prefix(&self) -> String {
        self.prefix.as_ref().map(LitStr::value).unwrap_or_default()
    }
}

impl<'a> Member<'a> {
    fn from_syn(cx: &Ctxt, variant: &'a Variant) -> Self {
        let attrs = attr::member(cx, &variant.attrs);
        let since = attrs.since.as_ref().and_then(|since| version(cx, since));
        let docs = Docs::from_attrs(cx, attrs.english, &attrs.docs);
        if !matches!(variant.fields, Fields::Unit) {
            cx.error_spanned_by(
                &variant.fields,
                format!(
                    "`{}` has fields; a constant family's variants are plain constants: \
                     remove the fields",
                    variant.ident
                ),
            );
        }
        let name = match &attrs.name {
            Some(name) => Name::explicit(name),
            None => Name {
                text: variant.ident.unraw().to_string().to_uppercase(),
                span: variant.ident.span(),
                explicit: false,
            },
        };
        Member {
            ident: &variant.ident,
            name,
            aliases: attrs.aliases.iter().map(Name::explicit).collect(),
            selector: attrs.selector,
            value: value(cx, variant),
            since,
            docs,
        }
    }
}

impl DeviceSpecific {
    fn from_attr(cx: &Ctxt, attr: attr::DeviceSpecificAttr) -> Self {
        let kind = if attr.key == crate::symbol::BITS {
            DeviceSpecificKind::Bits
        } else {
            DeviceSpecificKind::From
        };
        let int = attr
            .value
            .base10_parse::<u64>()
            .map(i128::from)
            .map_err(|_| {
                cx.error_spanned_by(
                    &attr.value,
                    "this value does not fit in 64 bits; give the mask or first value as an \
                     unsigned integer literal of the repr's width",
                )
            })
            .ok();
        DeviceSpecific {
            kind,
            int,
            key: attr.key,
            literal: attr.value,
        }
    }
}

impl Name {
    fn explicit(literal: &LitStr) -> Self {
        Name {
            text: literal.value(),
            span: literal.span(),
            explicit: true,
        }
    }
}

impl Repr {
    fn from_ident(ident: Ident) -> Option<Self> {
        let name = ident.to_string();
        let signed = name.starts_with('i');
        let bits = name[1..].parse().ok()?;
        Some(Repr {
            ident,
            bits,
            signed,
        })
    }

    pub fn min(&self) -> i128 {
        if self.signed {
            -(1i128 << (self.bits - 1))
        } else {
            0
        }
    }

    pub fn max(&self) -> i128 {
        if self.signed {
            (1i128 << (self.bits - 1)) - 1
        } else {
            (1i128 << self.bits) - 1
        }
    }

    /// The bit pattern of `value` (which fits), zero-extended to 64 bits.
    pub fn bits_of(&self, value: i128) -> u64 {
        (value as u64) & (u64::MAX >> (64 - self.bits))
    }
}

impl Docs {
    fn from_attrs(cx: &Ctxt, english: Option<English>, others: &[DocAttr]) -> Self {
        let mut docs = Docs::default();
        let mut seen: Vec<(String, Span)> = Vec::new();
        if let Some(english) = english {
            seen.push(("en".to_owned(), english.span));
            docs.texts.push(("en".to_owned(), english.text));
        }
        for DocAttr { key, text } in others {
            let tag = match tag_from_key(&key.unraw().to_string()) {
                Ok(tag) => tag,
                Err(message) => {
                    cx.error_spanned_by(key, message);
                    continue;
                }
            };
            if seen
                .iter()
                .any(|(known, _)| known.eq_ignore_ascii_case(&tag))
            {
                let how = if tag == "en" {
                    "English is already given by the `///` comment"
                } else {
                    "give each language once"
                };
                cx.error_spanned_by(key, format!("duplicate language `{tag}`: {how}"));
                continue;
            }
            let value =
                attr::join_doc_lines(&text.value().lines().map(str::to_owned).collect::<Vec<_>>());
            if value.is_empty() {
                cx.error_spanned_by(
                    text,
                    format!("empty `{tag}` description: write the text or remove the key"),
                );
                continue;
            }
            seen.push((tag.clone(), key.span()));
            docs.texts.push((tag, value));
        }
        docs
    }
}

fn version(cx: &Ctxt, literal: &LitStr) -> Option<(u8, u8)> {
    parse_version(&literal.value())
        .map_err(|message| cx.error_spanned_by(literal, message))
        .ok()
}

/// The discriminant as an integer: a literal, optionally negated.
fn value<'a>(cx: &Ctxt, variant: &'a Variant) -> Option<Value<'a>> {
    let Some((_, expr)) = &variant.discriminant else {
        cx.error_at(
            variant.ident.span(),
            format!(
                "`{}` has no value: give every member its value as an integer literal, \
                 as in `{} = 0x0000_0001`",
                variant.ident, variant.ident
            ),
        );
        return None;
    };
    let (negative, literal) = match bare(expr) {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => (false, int),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr: inner,
            ..
        }) => match bare(inner) {
            Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) => (true, int),
            _ => return not_a_literal(cx, expr),
        },
        _ => return not_a_literal(cx, expr),
    };
    let int = literal
        .base10_parse::<u128>()
        .ok()
        .and_then(|magnitude| i128::try_from(magnitude).ok())
        .map(|int| if negative { -int } else { int });
    let Some(int) = int.filter(|int| (i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(int))
    else {
        cx.error_spanned_by(
            expr,
            "this value does not fit in 64 bits; the widest supported reprs are u64 and i64",
        );
        return None;
    };
    Some(Value { int, expr })
}

/// A C type name: an identifier of capitals, digits and `_` (`CALL_STATE`),
/// which the registry and the tool find the family by.
fn c_type_name(cx: &Ctxt, literal: &LitStr) -> Option<String> {
    let name = literal.value();
    let valid = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if valid {
        Some(name)
    } else {
        cx.error_spanned_by(
            literal,
            format!(
                "`c_type = {name:?}` must be a C type name in capitals, digits and `_`, as in \
                 `c_type = \"CALL_STATE\"`"
            ),
        );
        None
    }
}

/// `expr` without the parentheses around it, and without the invisible
/// group a `macro_rules!` `$value:expr` puts around what it substitutes (a
/// family declared by a user's macro).
fn bare(expr: &Expr) -> &Expr {
    match expr {
        Expr::Group(ExprGroup { expr, .. }) | Expr::Paren(ExprParen { expr, .. }) => bare(expr),
        _ => expr,
    }
}

fn not_a_literal<T>(cx: &Ctxt, expr: &Expr) -> Option<T> {
    cx.error_spanned_by(
        expr,
        "write the value as an integer literal (`0x0000_0001`, `4`, `-1`): \
         the derive reads values at expansion time and cannot evaluate expressions",
    );
    None
}
