//! `encode EXPR [--family FAMILY]`: the number of a name or of a set of
//! names joined with `|`.

use tapi_consts::{FamilyInfo, Kind, ParseOptions};

use crate::catalogue::{fill, text, Text};
use crate::json::{self, Object};
use crate::output::{quote, Style};
use crate::resolve::{self, family_of_name};
use crate::values::{self, is_number, Refused};
use crate::{Context, Failure, Status};

pub fn run(context: &mut Context, expr: &str, family: Option<&str>) -> Result<Status, Failure> {
    // Names in any case; numbers as `--hex` says.
    let options = ParseOptions::new()
        .ignore_case(true)
        .unprefixed_hex(context.hex);
    let family = match family {
        Some(family) => resolve::family_arg(family, &context.lang).map_err(Failure::Usage)?,
        None => match infer(expr, options, &context.lang)? {
            Ok(family) => family,
            Err(refused) => return not_known(context, expr, None, refused),
        },
    };
    match encode(family, expr, options, &context.lang) {
        Ok(bits) => {
            let decoded = values::decode(family, bits);
            let value_hex = family.repr().hex(bits).to_string();
            if context.json {
                let lang = context.lang.as_str();
                let mut text = String::new();
                let mut object = Object::new(&mut text);
                object
                    .str("input", expr)
                    .str("family", family.prefix())
                    .str("kind", family.kind().as_str())
                    .str("repr", family.repr().name())
                    .str("lang", lang)
                    .readings(family.repr(), bits)
                    .str("text", &decoded.text)
                    .with("members", |out| {
                        json::array(out, decoded.members.iter(), |out, entry| {
                            json::member(out, *entry, lang);
                        });
                    })
                    .num("unknown_bits", decoded.unknown)
                    .str(
                        "unknown_hex",
                        &family.repr().hex(decoded.unknown).to_string(),
                    );
                object.finish();
                text.push('\n');
                context.out.raw(&text)?;
            } else {
                context.out.styled(&value_hex, Style::Value)?;
                context.out.newline()?;
            }
            Ok(Status::Success)
        }
        Err(refused) => not_known(context, expr, Some(family), refused),
    }
}

/// The family of the first full name in `expr`; `Err(Failure)` when `expr`
/// names nothing at all (a usage error: --family is needed), `Ok(Err(…))`
/// when it names something unknown.
fn infer(
    expr: &str,
    options: ParseOptions,
    lang: &str,
) -> Result<Result<&'static FamilyInfo, Refused>, Failure> {
    let mut names = expr
        .split('|')
        .map(str::trim)
        .filter(|term| !term.is_empty() && !is_number(term, options));
    let Some(first) = names.next() else {
        return Err(Failure::Usage(fill(
            lang,
            Text::NoFamilyOf,
            &[("expr", &quote(expr))],
        )));
    };
    if let Some(family) = std::iter::once(first).chain(names).find_map(family_of_name) {
        return Ok(Ok(family));
    }
    Ok(resolve::constant(first, lang)
        .map(|entry| entry.family())
        .map_err(|mut refused| {
            refused.message.push_str(text(lang, Text::OrNameFamily));
            refused
        }))
}

/// The bits of `expr` in `family`, read by the runtime as written (error
/// positions are the input's own).
fn encode(
    family: &'static FamilyInfo,
    expr: &str,
    options: ParseOptions,
    lang: &str,
) -> Result<u64, Refused> {
    let bits = values::read(family, expr, options, lang);
    // An enumeration's number must be a member's: the library says so.
    let bits = match bits {
        Ok(bits) if family.kind() == Kind::Enum && family.entry_by_bits(bits).is_none() => family
            .parse_entry_with(expr, options)
            .map(|_| bits)
            .map_err(|error| Refused::from_parse(&error, lang)),
        bits => bits,
    };
    bits.map_err(|mut refused| {
        // A full name of another family: say whose it is.
        if let Some(term) = refused.unknown_name.take() {
            if let Some(other) =
                family_of_name(&term).filter(|other| other.prefix() != family.prefix())
            {
                refused.message = fill(
                    lang,
                    Text::NameOfOther,
                    &[
                        ("name", &quote(&term)),
                        ("other", other.prefix()),
                        ("family", family.prefix()),
                    ],
                );
                refused.suggestion = None;
            }
        }
        refused
    })
}

/// Reports a name or value that is not known: the error line and, with
/// --json, an object saying the same.
fn not_known(
    context: &mut Context,
    expr: &str,
    family: Option<&'static FamilyInfo>,
    refused: Refused,
) -> Result<Status, Failure> {
    context.error(&refused.message);
    if context.json {
        context.out.raw(&json::refusal(expr, family, &refused))?;
    }
    Ok(refused.status)
}
