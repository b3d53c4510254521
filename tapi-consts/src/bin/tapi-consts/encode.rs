//! `encode EXPR [--family FAMILY]`: the number of a name or of a set of
//! names joined with `|`.

use tapi_consts::{FamilyInfo, Kind};

use crate::json::{self, Object};
use crate::output::{quote, Style};
use crate::resolve::{self, family_of_name, Unknown};
use crate::values::{self, hex, kind_name, looks_numeric};
use crate::{Context, Failure, Status};

pub fn run(context: &mut Context, expr: &str, family: Option<&str>) -> Result<Status, Failure> {
    let family = match family {
        Some(family) => resolve::family_arg(family).map_err(Failure::Usage)?,
        None => match infer(expr)? {
            Ok(family) => family,
            Err(unknown) => return not_known(context, expr, None, unknown),
        },
    };
    match encode(family, expr) {
        Ok(bits) => {
            let decoded = values::decode(family, bits);
            let value_hex = hex(bits, family);
            if context.json {
                let lang = context.lang.as_str();
                let mut text = String::new();
                let mut object = Object::new(&mut text);
                object
                    .str("input", expr)
                    .str("family", family.prefix())
                    .str("kind", kind_name(family))
                    .str("repr", family.repr().name())
                    .str("lang", lang)
                    .num("value", bits)
                    .str("hex", &value_hex)
                    .str("text", &decoded.text)
                    .with("members", |out| {
                        json::array(out, decoded.members.iter(), |out, entry| {
                            json::member(out, *entry, lang);
                        });
                    })
                    .num("unknown_bits", decoded.unknown)
                    .str("unknown_hex", &hex(decoded.unknown, family));
                object.finish();
                text.push('\n');
                context.out.raw(&text)?;
            } else {
                context.out.styled(&value_hex, Style::Value)?;
                context.out.newline()?;
            }
            Ok(Status::Success)
        }
        Err(unknown) => not_known(context, expr, Some(family), unknown),
    }
}

/// The family of the first full name in `expr`; `Err(Failure)` when `expr`
/// names nothing at all (a usage error: --family is needed), `Ok(Err(…))`
/// when it names something unknown.
fn infer(expr: &str) -> Result<Result<&'static FamilyInfo, Unknown>, Failure> {
    let mut names = expr
        .split('|')
        .map(str::trim)
        .filter(|term| !term.is_empty() && !looks_numeric(term));
    let Some(first) = names.next() else {
        return Err(Failure::Usage(format!(
            "cannot tell the family of {}: it names no constant; give a full name or --family",
            quote(expr)
        )));
    };
    if let Some(family) = std::iter::once(first).chain(names).find_map(family_of_name) {
        return Ok(Ok(family));
    }
    Ok(resolve::constant(first)
        .map(|entry| entry.family())
        .map_err(|mut unknown| {
            unknown
                .message
                .push_str(" (or name the family with --family)");
            unknown
        }))
}

/// The bits of `expr` in `family`: names in any case, numbers in any of
/// the tool's notations.
fn encode(family: &'static FamilyInfo, expr: &str) -> Result<u64, Unknown> {
    let terms: Vec<&str> = expr.split('|').map(str::trim).collect();
    if family.kind() == Kind::Enum && terms.len() > 1 {
        return Err(unknown(format!(
            "{} is an enumeration: EXPR is one name or number, without `|`",
            family.prefix()
        )));
    }
    // Each term as the library reads it exactly: the canonical name of a
    // name in any case, the hex of a number in any notation.
    let mut canonical = String::with_capacity(expr.len());
    for (index, term) in terms.iter().enumerate() {
        if index > 0 {
            canonical.push_str(" | ");
        }
        if term.is_empty() {
            // The library reports the empty term, with its position.
            continue;
        }
        if looks_numeric(term) {
            let bits = values::parse_number(term, family).map_err(unknown)?;
            canonical.push_str(&hex(bits, family));
        } else if let Some(entry) = family
            .find_ignore_case(term)
            .and_then(|index| family.entry(index))
        {
            canonical.push_str(entry.name());
        } else if let Some(other) =
            family_of_name(term).filter(|other| other.prefix() != family.prefix())
        {
            return Err(unknown(format!(
                "{} is a name of {}, not of {}",
                quote(term),
                other.prefix(),
                family.prefix()
            )));
        } else {
            canonical.push_str(term);
        }
    }
    let parsed = match family.kind() {
        Kind::Flags | Kind::Mixed => family.parse_bits(&canonical),
        _ => family
            .parse_entry(&canonical)
            .map(|index| family.entry(index).map_or(0, |entry| entry.bits())),
    };
    parsed.map_err(|error| Unknown {
        message: error.to_string(),
        suggestion: error.suggestion().map(|name| {
            if name.starts_with(family.prefix()) {
                name.to_owned()
            } else {
                format!("{}{name}", family.prefix())
            }
        }),
    })
}

fn unknown(message: String) -> Unknown {
    Unknown {
        message,
        suggestion: None,
    }
}

/// Reports a name or value that is not known: the error line and, with
/// --json, an object saying the same.
fn not_known(
    context: &mut Context,
    expr: &str,
    family: Option<&FamilyInfo>,
    unknown: Unknown,
) -> Result<Status, Failure> {
    context.error(&unknown.message);
    if context.json {
        let mut text = String::new();
        let mut object = Object::new(&mut text);
        object
            .str("input", expr)
            .opt_str("family", family.map(|family| family.prefix()))
            .str("error", &unknown.message)
            .opt_str("suggestion", unknown.suggestion.as_deref());
        object.finish();
        text.push('\n');
        context.out.raw(&text)?;
    }
    Ok(Status::NotKnown)
}
