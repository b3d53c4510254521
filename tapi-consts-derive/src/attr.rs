//! Reads attributes: `#[tapi(...)]`, `#[repr(...)]` and `///` comments. The
//! only file that looks inside `syn::Attribute`; it returns typed values and
//! leaves judging them to `ast` and `check`.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{token, Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

use crate::ctxt::Ctxt;
use crate::symbol::{self, Symbol, ALIAS, DOC, FLAGS, HEADER, NAME, PREFIX, REPR, SINCE, TAPI};

/// What the enum's attributes say.
#[derive(Default)]
pub struct FamilyAttrs {
    pub prefix: Option<LitStr>,
    /// The `flags` keyword, kept for its span.
    pub flags: Option<Ident>,
    pub since: Option<LitStr>,
    pub header: Option<LitStr>,
    pub docs: Vec<DocAttr>,
    pub english: Option<English>,
    pub repr: Option<ReprAttr>,
}

/// What a variant's attributes say.
#[derive(Default)]
pub struct MemberAttrs {
    pub name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    pub since: Option<LitStr>,
    pub docs: Vec<DocAttr>,
    pub english: Option<English>,
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
    for attr in attrs {
        if attr.path() == TAPI {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path == PREFIX {
                    set_once(cx, &mut out.prefix, &meta, string_value(&meta)?);
                } else if meta.path == FLAGS {
                    if meta.input.peek(Token![=]) || meta.input.peek(token::Paren) {
                        return Err(meta.error("`flags` takes no value: write `flags`"));
                    }
                    if let Some(keyword) = meta.path.get_ident() {
                        set_once(cx, &mut out.flags, &meta, keyword.clone());
                    }
                } else if meta.path == SINCE {
                    set_once(cx, &mut out.since, &meta, string_value(&meta)?);
                } else if meta.path == HEADER {
                    set_once(cx, &mut out.header, &meta, string_value(&meta)?);
                } else if meta.path == DOC {
                    docs(&meta, &mut out.docs)?;
                } else {
                    unknown_key(cx, &meta, symbol::FAMILY_KEYS, "the enum")?;
                }
                Ok(())
            });
            if let Err(error) = parsed {
                cx.syn_error(error);
            }
        } else if attr.path() == REPR {
            repr(cx, attr, &mut out.repr);
        } else if attr.path() == DOC {
            doc_lines.read(cx, attr);
        }
    }
    out.english = doc_lines.finish();
    out
}

pub fn member(cx: &Ctxt, attrs: &[Attribute]) -> MemberAttrs {
    let mut out = MemberAttrs::default();
    let mut doc_lines = DocLines::default();
    for attr in attrs {
        if attr.path() == TAPI {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path == NAME {
                    set_once(cx, &mut out.name, &meta, string_value(&meta)?);
                } else if meta.path == ALIAS {
                    out.aliases.push(string_value(&meta)?);
                } else if meta.path == SINCE {
                    set_once(cx, &mut out.since, &meta, string_value(&meta)?);
                } else if meta.path == DOC {
                    docs(&meta, &mut out.docs)?;
                } else {
                    unknown_key(cx, &meta, symbol::MEMBER_KEYS, "a variant")?;
                }
                Ok(())
            });
            if let Err(error) = parsed {
                cx.syn_error(error);
            }
        } else if attr.path() == DOC {
            doc_lines.read(cx, attr);
        }
    }
    out.english = doc_lines.finish();
    out
}

fn string_value(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    let value = meta.value()?;
    if value.peek(LitStr) {
        value.parse()
    } else {
        let key = meta
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
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

/// `doc(fr = "…", pt_br = "…")`.
fn docs(meta: &ParseNestedMeta, out: &mut Vec<DocAttr>) -> syn::Result<()> {
    if !meta.input.peek(token::Paren) {
        return Err(meta.error("expected `doc(fr = \"…\")`: a language key and its text"));
    }
    meta.parse_nested_meta(|lang| {
        let Some(key) = lang.path.get_ident() else {
            return Err(lang.error("expected a language key such as `fr` or `pt_br`"));
        };
        let text = string_value(&lang)?;
        out.push(DocAttr {
            key: key.clone(),
            text,
        });
        Ok(())
    })
}

fn unknown_key(cx: &Ctxt, meta: &ParseNestedMeta, valid: &[Symbol], on: &str) -> syn::Result<()> {
    let key = quote::ToTokens::to_token_stream(&meta.path)
        .to_string()
        .replace(' ', "");
    cx.error_spanned_by(
        &meta.path,
        format!(
            "unknown tapi attribute `{key}` on {on}; expected one of: {}",
            symbol::list(valid)
        ),
    );
    skip_value(meta.input)
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

/// `#[repr(u32)]`. Malformed `repr`s are left to rustc, which reports them.
fn repr(cx: &Ctxt, attr: &Attribute, out: &mut Option<ReprAttr>) {
    let _ = attr.parse_nested_meta(|meta| {
        if let Some(ident) = meta.path.get_ident() {
            let name = ident.to_string();
            if INT_REPRS.contains(&name.as_str()) {
                *out = Some(ReprAttr {
                    ident: ident.clone(),
                });
            } else if OTHER_INT_REPRS.contains(&name.as_str()) {
                cx.error_spanned_by(
                    ident,
                    format!(
                        "`#[repr({name})]` is not supported: use one of {}",
                        INT_REPRS.join(", ")
                    ),
                );
            }
        }
        skip_value(meta.input)
    });
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
