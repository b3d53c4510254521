//! `list [FAMILY]`: the families, or the constants of one family. With
//! `--json`, constants either way: every constant, or the family's.

use tapi_consts::families::{ALL, STANDALONE};
use tapi_consts::{Entry, FamilyInfo, Kind};

use crate::catalogue::{fill, text, Text};
use crate::json;
use crate::output::{first_paragraph, span, Output, Style};
use crate::{resolve, Context, Failure, Status};

pub fn run(context: &mut Context, family: Option<&str>) -> Result<Status, Failure> {
    let family = match family {
        Some(family) => Some(resolve::family_arg(family, &context.lang).map_err(Failure::Usage)?),
        None => None,
    };
    let lang = context.lang.clone();
    if context.json {
        let constants: Box<dyn Iterator<Item = Entry>> = match family {
            Some(family) => Box::new(family.entries()),
            None => Box::new(resolve::every_constant()),
        };
        json_constants(&mut context.out, constants, &lang)?;
        return Ok(Status::Success);
    }
    match family {
        Some(family) => members(&mut context.out, family, &lang)?,
        None => families(&mut context.out, &lang)?,
    }
    Ok(Status::Success)
}

/// A JSON array of constant objects, one per line.
pub fn json_constants(
    out: &mut Output,
    constants: impl Iterator<Item = Entry>,
    lang: &str,
) -> Result<(), Failure> {
    let mut item = String::new();
    out.raw("[")?;
    for (index, entry) in constants.enumerate() {
        item.clear();
        item.push_str(if index == 0 { "\n" } else { ",\n" });
        json::constant(&mut item, entry, lang);
        out.raw(&item)?;
    }
    out.raw(if item.is_empty() { "]\n" } else { "\n]\n" })?;
    Ok(())
}

/// One row per family: prefix, kind, number of constants, TAPI version,
/// description; then the constants of no family.
fn families(out: &mut Output, lang: &str) -> Result<(), Failure> {
    let prefix_width = ALL
        .iter()
        .map(|family| family.prefix().len())
        .max()
        .unwrap_or(0);
    let heading = |key| text(lang, key);
    let heading_width = |key| heading(key).chars().count();
    let widths = [
        prefix_width.max(heading_width(Text::ListFamily)),
        heading_width(Text::ListKind).max(5),
        heading_width(Text::ListConstants),
        heading_width(Text::ListSince).max(3),
    ];
    out.row(
        0,
        &[
            (&[span(heading(Text::ListFamily), Style::Dim)], widths[0]),
            (&[span(heading(Text::ListKind), Style::Dim)], widths[1]),
            (&[span(heading(Text::ListConstants), Style::Dim)], widths[2]),
            (&[span(heading(Text::ListSince), Style::Dim)], widths[3]),
        ],
        &[span(heading(Text::ListDescription), Style::Dim)],
    )?;
    for family in ALL {
        let count = format!("{:>width$}", family.len(), width = widths[2]);
        let since = family
            .since()
            .map(|version| version.to_string())
            .unwrap_or_default();
        out.row(
            0,
            &[
                (&[span(family.prefix(), Style::Name)], widths[0]),
                (&[span(family.kind().as_str(), Style::Plain)], widths[1]),
                (&[span(&count, Style::Plain)], widths[2]),
                (&[span(&since, Style::Plain)], widths[3]),
            ],
            &[span(
                &first_paragraph(family.description(lang)),
                Style::Plain,
            )],
        )?;
    }
    out.newline()?;
    members(out, &STANDALONE, lang)
}

/// The family's summary, then one row per constant: name, value,
/// description. The constants of no family are titled `(no family)`.
fn members(out: &mut Output, family: &'static FamilyInfo, lang: &str) -> Result<(), Failure> {
    let standalone = family.kind() == Kind::Standalone;
    let mut summary = family.kind().as_str().to_owned();
    if !standalone {
        summary.push_str(&format!(", {}", family.repr().name()));
    }
    let count = if family.len() == 1 {
        Text::OneConstant
    } else {
        Text::ConstantCount
    };
    summary.push_str(", ");
    summary.push_str(&fill(lang, count, &[("count", &family.len().to_string())]));
    if let Some(version) = family.since() {
        summary.push_str(&format!(", TAPI {version}"));
    }
    if let Some(header) = family.header() {
        summary.push_str(&format!(", {header}"));
    }
    let name = if standalone {
        text(lang, Text::NoFamily)
    } else {
        family.prefix()
    };
    // A row, so that the summary wraps on a narrow terminal too.
    out.row(
        0,
        &[(&[span(name, Style::Name)], 0)],
        &[span(&summary, Style::Dim)],
    )?;
    out.row(
        2,
        &[],
        &[span(
            &first_paragraph(family.description(lang)),
            Style::Plain,
        )],
    )?;
    out.newline()?;
    let name_width = family
        .entries()
        .map(|entry| entry.name().len())
        .max()
        .unwrap_or(0);
    let value_width = 2 + family.repr().hex_digits();
    for entry in family.entries() {
        let value = family.repr().hex(entry.bits()).to_string();
        out.row(
            2,
            &[
                (&[span(entry.name(), Style::Name)], name_width),
                (&[span(&value, Style::Value)], value_width),
            ],
            &[span(
                &first_paragraph(entry.description(lang)),
                Style::Plain,
            )],
        )?;
    }
    Ok(())
}
