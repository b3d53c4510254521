//! Reads attributes: `#[tapi(...)]`, `#[repr(...)]` and `///` comments. The
//! only file that looks inside `syn::Attribute`; it returns typed values and
//! leaves judging them to `ast` and `check`.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{token, Attribute, Expr, ExprLit, Ident, Lit, LitInt, LitStr, Meta, Token};

use crate::ctxt::Ctxt;
use crate::symbol::{
    self, Symbol, ALIAS, BITS, C_CONSTS, C_TYPE, DEVICE_SPECIFIC, DOC, FLAGS, FROM, HEADER, NAME,
    PREFIX, REPR, SELECTOR, SINCE, TAPI,
};

/// What the enum's attributes say.
#[derive(Default)]
pub struct FamilyAttrs {
    pub prefix: Option<LitStr>,
    /// Whether a `prefix` key was written, even with a bad value.
    pub has_prefix_key: bool,
    /// The `flags` keyword, kept for its span.
    pub flags: Option<Ident>,
    /// The `c_consts` keyword: also emit the C names as `pub const`s.
    pub c_consts: Option<Ident>,
    pub since: Option<LitStr>,
    pub header: Option<LitStr>,
    /// The C type the family's constants have (`CALL_STATE`).
    pub c_type: Option<LitStr>,
    /// `device_specific(bits = …)` or `device_specific(from = …)`.
    pub device_specific: Option<DeviceSpecificAttr>,
    pub docs: Vec<DocAttr>,
    pub english: Option<English>,
    pub repr: Option<ReprAttr>,
    /// Whether any `#[repr(...)]` was written (an unsupported one is
    /// reported where it is read).
    pub has_repr_attr: bool,
}

/// What a variant's attributes say.
#[derive(Default)]
pub struct MemberAttrs {
    pub name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    /// The `selector` keyword: the member is a value of a selector field,
    /// not a flag bit.
    pub selector: Option<Ident>,
    pub since: Option<LitStr>,
    pub docs: Vec<DocAttr>,
    pub english: Option<English>,
}

/// The values a family leaves to device-specific extensions: `bits`, a
/// mask of a `flags` family's bits; `from`, the first vendor value of an
/// enumeration.
pub struct DeviceSpecificAttr {
    /// `bits` or `from`.
    pub key: Ident,
    pub value: LitInt,
}

/// One `lang = "text"` of `doc(...)`.
pub struct DocAttr {
    pub key: Ident,
    pub text: LitStr,
}

/// The `///` comment, lines joined (see `join_doc_lines`).
pub struct English {
    pub text: String,
    pub span: Span,
}

/// The integer type named in `#[repr(...)]`.
pub struct ReprAttr {
    pub ident: Ident,
}

pub fn family(cx: &Ctxt, attrs: &[Attribute]) -> FamilyAttrs {
    let mut out = FamilyAttrs::default();
    let mut doc_lines = DocLines::default();
    let mut repr = ReprScan::default();
    for attr in attrs {
        if attr.path() == TAPI {
            each_key(cx, attr, |meta| {
                if meta.path == PREFIX {
                    out.has_prefix_key = true;
                    set_once(cx, &mut out.prefix, meta, string_value(meta)?);
                } else if meta.path == FLAGS {
                    set_once(cx, &mut out.flags, meta, bare_key(meta)?);
                } else if meta.path == C_CONSTS {
                    set_once(cx, &mut out.c_consts, meta, bare_key(meta)?);
                } else if meta.path == SINCE {
                    set_once(cx, &mut out.since, meta, string_value(meta)?);
                } else if meta.path == HEADER {
                    set_once(cx, &mut out.header, meta, string_value(meta)?);
                } else if meta.path == C_TYPE {
                    set_once(cx, &mut out.c_type, meta, string_value(meta)?);
                } else if meta.path == DEVICE_SPECIFIC {
                    if let Some(vendor) = device_specific(cx, meta)? {
                        set_once(cx, &mut out.device_specific, meta, vendor);
                    }
                } else if meta.path == DOC {
                    docs(cx, meta, &mut out.docs)?;
                } else {
                    return Err(unknown_key(meta, symbol::FAMILY_KEYS, "the enum"));
                }
                Ok(())
            });
        } else if attr.path() == REPR {
            out.has_repr_attr = true;
            repr.read(attr);
        } else if attr.path() == DOC {
            doc_lines.read(cx, attr);
        }
    }
    out.english = doc_lines.finish();
    out.repr = repr.finish(cx);
    out
}

pub fn member(cx: &Ctxt, attrs: &[Attribute]) -> MemberAttrs {
    let mut out = MemberAttrs::default();
    let mut doc_lines = DocLines::default();
    for attr in attrs {
        if attr.path() == TAPI {
            each_key(cx, attr, |meta| {
                if meta.path == NAME {
                    set_once(cx, &mut out.name, meta, string_value(meta)?);
                } else if meta.path == ALIAS {
                    out.aliases.push(string_value(meta)?);
                } else if meta.path == SELECTOR {
                    set_once(cx, &mut out.selector, meta, bare_key(meta)?);
                } else if meta.path == SINCE {
                    set_once(cx, &mut out.since, meta, string_value(meta)?);
                } else if meta.path == DOC {
                    docs(cx, meta, &mut out.docs)?;
                } else {
                    return Err(unknown_key(meta, symbol::MEMBER_KEYS, "a variant"));
                }
                Ok(())
            });
        } else if attr.path() == DOC {
            doc_lines.read(cx, attr);
        }
    }
    out.english = doc_lines.finish();
    out
}

/// Runs `parse_key` on every `key …` item of a `#[tapi(...)]` list. An error
/// in one item is recorded and parsing resumes at the next `,`, so one build
/// reports every bad key.
fn each_key(
    cx: &Ctxt,
    attr: &Attribute,
    mut parse_key: impl FnMut(&ParseNestedMeta) -> syn::Result<()>,
) {
    let parsed = attr.parse_nested_meta(|meta| {
        if let Err(error) = parse_key(&meta) {
            cx.syn_error(error);
            skip_value(meta.input)?;
        }
        Ok(())
    });
    if let Err(error) = parsed {
        cx.syn_error(error);
    }
}

/// A key that is a switch (`flags`), written without a value.
fn bare_key(meta: &ParseNestedMeta) -> syn::Result<Ident> {
    let key = meta.path.require_ident()?;
    if meta.input.peek(Token![=]) || meta.input.peek(token::Paren) {
        return Err(syn::Error::new_spanned(
            key,
            format!("`{key}` takes no value: write `{key}` alone"),
        ));
    }
    Ok(key.clone())
}

fn string_value(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    let key = meta
        .path
        .get_ident()
        .map(Ident::to_string)
        .unwrap_or_default();
    if !meta.input.peek(Token![=]) {
        return Err(syn::Error::new_spanned(
            &meta.path,
            format!("`{key}` needs a value: write `{key} = \"…\"`"),
        ));
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        value.parse()
    } else {
        Err(value.error(format!("expected a string literal: `{key} = \"…\"`")))
    }
}

/// Stores a key's value, or reports the key as a duplicate.
fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, meta: &ParseNestedMeta, value: T) {
    if slot.is_some() {
        let key = meta
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
        cx.error_spanned_by(&meta.path, format!("duplicate `{key}`: give it once"));
    } else {
        *slot = Some(value);
    }
}

/// `device_specific(bits = 0xFFFF_0000)` or `device_specific(from = 0xC000_0000)`:
/// one key, with an integer literal.
/// `Ok(None)`: what was wrong inside the parentheses is already reported.
fn device_specific(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<DeviceSpecificAttr>> {
    const HOW: &str = "write `device_specific(bits = 0xFFFF_0000)` (the vendors' bits of a \
                       `flags` family) or `device_specific(from = 0xC000_0000)` (the first \
                       vendor value of an enumeration)";
    if !meta.input.peek(token::Paren) {
        return Err(syn::Error::new_spanned(&meta.path, HOW));
    }
    let mut found: Option<DeviceSpecificAttr> = None;
    let mut failed = false;
    meta.parse_nested_meta(|inner| {
        let read = (|| {
            let key = inner.path.require_ident()?.clone();
            if inner.path != BITS && inner.path != FROM {
                return Err(unknown_key(
                    &inner,
                    symbol::DEVICE_SPECIFIC_KEYS,
                    "`device_specific`",
                ));
            }
            if found.is_some() {
                return Err(syn::Error::new_spanned(
                    &key,
                    format!("give one key: {HOW}"),
                ));
            }
            let value = inner.value()?;
            if !value.peek(LitInt) {
                return Err(value.error(format!("expected an integer literal: `{key} = 0x…`")));
            }
            found = Some(DeviceSpecificAttr {
                key,
                value: value.parse()?,
            });
            Ok(())
        })();
        // Reported here, so the rest of the list still parses.
        if let Err(error) = read {
            failed = true;
            cx.syn_error(error);
            skip_value(inner.input)?;
        }
        Ok(())
    })?;
    match (found, failed) {
        (_, true) => Ok(None),
        (Some(found), false) => Ok(Some(found)),
        (None, false) => Err(syn::Error::new_spanned(&meta.path, HOW)),
    }
}

/// `doc(fr = "…", pt_br = "…")`.
fn docs(cx: &Ctxt, meta: &ParseNestedMeta, out: &mut Vec<DocAttr>) -> syn::Result<()> {
    if !meta.input.peek(token::Paren) {
        return Err(syn::Error::new_spanned(
            &meta.path,
            "expected `doc(fr = \"…\")`: a language key and its text in parentheses",
        ));
    }
    meta.parse_nested_meta(|lang| {
        let parsed = match lang.path.get_ident() {
            Some(key) => string_value(&lang).map(|text| {
                out.push(DocAttr {
                    key: key.clone(),
                    text,
                })
            }),
            None => Err(syn::Error::new_spanned(
                &lang.path,
                "expected a language key such as `fr` or `pt_br`",
            )),
        };
        if let Err(error) = parsed {
            cx.syn_error(error);
            skip_value(lang.input)?;
        }
        Ok(())
    })
}

fn unknown_key(meta: &ParseNestedMeta, valid: &[Symbol], on: &str) -> syn::Error {
    let key = quote::ToTokens::to_token_stream(&meta.path)
        .to_string()
        .replace(' ', "");
    syn::Error::new_spanned(
        &meta.path,
        format!(
            "unknown tapi attribute `{key}` on {on}; expected one of: {}",
            symbol::list(valid)
        ),
    )
}

/// Skips the rest of one `key …` item, up to the next `,`.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

const INT_REPRS: &[&str] = &["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"];
const OTHER_INT_REPRS: &[&str] = &["u128", "i128", "usize", "isize"];

/// What the `#[repr(...)]` attributes name.
#[derive(Default)]
struct ReprScan {
    int: Option<Ident>,
    /// The first other item (`C`, `u128`), for the error when there is no
    /// supported integer type.
    other: Option<proc_macro2::TokenStream>,
}

impl ReprScan {
    /// Reads one `#[repr(...)]`. Malformed ones are left to rustc.
    fn read(&mut self, attr: &Attribute) {
        let _ = attr.parse_nested_meta(|meta| {
            match meta.path.get_ident() {
                Some(ident) if INT_REPRS.contains(&ident.to_string().as_str()) => {
                    self.int = Some(ident.clone());
                }
                _ => {
                    self.other
                        .get_or_insert_with(|| quote::ToTokens::to_token_stream(&meta.path));
                }
            }
            skip_value(meta.input)
        });
    }

    /// The supported integer repr; anything else written is reported.
    fn finish(self, cx: &Ctxt) -> Option<ReprAttr> {
        if let (None, Some(path)) = (&self.int, &self.other) {
            let written = path.to_string();
            let what = if OTHER_INT_REPRS.contains(&written.as_str()) {
                format!("`#[repr({written})]` is not supported")
            } else {
                "a constant family needs an integer `#[repr]`".to_owned()
            };
            cx.error_spanned_by(
                path,
                format!(
                    "{what}: name the C type of the constants with one of {}, as in `#[repr(u32)]`",
                    INT_REPRS.join(", ")
                ),
            );
        }
        self.int.map(|ident| ReprAttr { ident })
    }
}

/// Collects `///` lines.
#[derive(Default)]
struct DocLines {
    lines: Vec<String>,
    span: Option<Span>,
}

impl DocLines {
    fn read(&mut self, cx: &Ctxt, attr: &Attribute) {
        let Meta::NameValue(doc) = &attr.meta else {
            return; // `#[doc(hidden)]` and the like say nothing about meaning.
        };
        match &doc.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => {
                self.span.get_or_insert_with(|| text.span());
                // `split`, not `lines`: a blank `///` is an empty string that
                // must still end a paragraph.
                self.lines
                    .extend(text.value().split('\n').map(str::to_owned));
            }
            other => cx.error_spanned_by(
                other,
                "the derive reads the English description from `///` comments and cannot \
                 expand this `#[doc = …]`; write the text as `///` lines",
            ),
        }
    }

    fn finish(self) -> Option<English> {
        let text = join_doc_lines(&self.lines);
        Some(English {
            text,
            span: self.span?,
        })
        .filter(|english| !english.text.is_empty())
    }
}

/// Lines joined with single spaces; a blank line starts a new paragraph
/// (paragraphs are separated by a blank line in the result).
pub fn join_doc_lines(lines: &[String]) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}
