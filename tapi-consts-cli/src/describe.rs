//! `describe NAME`: everything known about one constant (value, family,
//! requirements, aliases, description) or one family.

use tapi_consts::{family, Entry, FamilyInfo, Kind, ParseOptions, Repr};

use crate::catalogue::{self, fill, text, Text};
use crate::json;
use crate::output::{span, Output, Span, Style};
use crate::{resolve, Context, Failure, Status};

pub fn run(context: &mut Context, name: &str) -> Result<Status, Failure> {
    let wanted = name.trim();
    // A number: the constants that have it, where a number names one
    // constant (enumerations; 500 is both `TSPI_LINEACCEPT` and
    // `LINE_NEWCALL`).
    if let Ok(Some(bits)) = <u32 as Repr>::KIND.parse_number(wanted, ParseOptions::new()) {
        return by_value(context, wanted, u64::from(bits as u32));
    }
    // A constant (C name, Rust path, .NET qualified name), else a family
    // (prefix or Rust type).
    let unknown = match resolve::constant(wanted, &context.lang) {
        Ok(entry) => {
            constant(context, entry)?;
            return Ok(Status::Success);
        }
        Err(unknown) => unknown,
    };
    if let Some(found) = family(wanted).or_else(|| resolve::family_by_type(wanted)) {
        described_family(context, found)?;
        return Ok(Status::Success);
    }
    context.error(&unknown.message);
    if context.json {
        let family = resolve::family_of_name(name.trim());
        context.out.raw(&json::refusal(name, family, &unknown))?;
    }
    Ok(Status::NotKnown)
}

/// `describe NUMBER`: every constant of an enumeration (or of no family)
/// whose value is `bits`, one row each; in a set family a number is bits,
/// not a name, so those are left to `decode`.
fn by_value(context: &mut Context, input: &str, bits: u64) -> Result<Status, Failure> {
    let lang = context.lang.clone();
    let found: Vec<Entry> = crate::resolve::every_constant()
        .filter(|entry| !entry.family().kind().is_set() && entry.bits() == bits)
        .collect();
    if found.is_empty() {
        let message = fill(&lang, Text::NoEnumValue, &[("input", input)]);
        context.error(&message);
        return Ok(Status::NotKnown);
    }
    if context.json {
        let mut text = String::from("[");
        for (at, entry) in found.iter().enumerate() {
            if at > 0 {
                text.push(',');
            }
            json::constant(&mut text, *entry, &lang);
        }
        text.push_str("]\n");
        context.out.raw(&text)?;
        return Ok(Status::Success);
    }
    let width = found
        .iter()
        .map(|entry| entry.name().len())
        .max()
        .unwrap_or(0);
    let out = &mut context.out;
    for entry in found {
        let family = entry.family();
        let of = if family.kind() == Kind::Standalone {
            catalogue::text(&lang, Text::NoFamily).to_owned()
        } else {
            family.c_type().unwrap_or(family.prefix()).to_owned()
        };
        out.row(
            0,
            &[
                (&[span(entry.name(), Style::Name)], width),
                (&[span(&of, Style::Dim)], 0),
            ],
            &[],
        )?;
        out.row(
            2,
            &[],
            &[span(
                &crate::output::first_paragraph(entry.description(&lang)),
                Style::Plain,
            )],
        )?;
    }
    Ok(Status::Success)
}

/// One JSON object, as `write` makes it, on a line of its own.
fn json_line(out: &mut Output, write: impl FnOnce(&mut String)) -> Result<(), Failure> {
    let mut text = String::new();
    write(&mut text);
    text.push('\n');
    out.raw(&text)?;
    Ok(())
}

fn constant(context: &mut Context, entry: Entry) -> Result<(), Failure> {
    let lang = context.lang.as_str();
    if context.json {
        return json_line(&mut context.out, |text| json::constant(text, entry, lang));
    }
    let family = entry.family();
    let out = &mut context.out;
    out.styled(entry.name(), Style::Name)?;
    out.newline()?;
    // The hex pattern, and the value as the repr reads it (negative in a
    // signed family).
    let value = format!("{} ({})", family.repr().hex(entry.bits()), entry.value());
    field(out, lang, Text::Value, &[span(&value, Style::Value)])?;
    if family.kind() == Kind::Standalone {
        let own = text(lang, Text::OwnConstant);
        field(out, lang, Text::Family, &[span(own, Style::Plain)])?;
    } else {
        let of = format!(" ({}, {})", family.kind().as_str(), family.repr().name());
        field(
            out,
            lang,
            Text::Family,
            &[span(family.prefix(), Style::Name), span(&of, Style::Plain)],
        )?;
    }
    requirements(
        out,
        lang,
        entry.requires().map(|version| version.to_string()),
        family.header(),
    )?;
    let aliases: Vec<String> = entry
        .aliases()
        .map(|alias| format!("{}{alias}", family.prefix()))
        .collect();
    if !aliases.is_empty() {
        field(
            out,
            lang,
            Text::Aliases,
            &[span(&aliases.join(", "), Style::Name)],
        )?;
    }
    // The same thing in the other API: a TAPI 3 constant's TAPI 2 ones,
    // a tapi.h constant's TAPI 3 one.
    let others: Vec<&str> = tapi_consts::families::counterparts(entry)
        .map(|other| other.name())
        .collect();
    if !others.is_empty() {
        let label = if family.c_type().is_some() {
            "TAPI 2"
        } else {
            "TAPI 3"
        };
        row(out, lang, label, &[span(&others.join(", "), Style::Name)])?;
    }
    description(out, lang, entry.description(lang))?;
    Ok(())
}

fn described_family(context: &mut Context, family: &'static FamilyInfo) -> Result<(), Failure> {
    let lang = context.lang.as_str();
    if context.json {
        return json_line(&mut context.out, |text| json::family(text, family, lang));
    }
    let out = &mut context.out;
    out.styled(family.prefix(), Style::Name)?;
    out.styled(&format!("  ({})", family.type_name()), Style::Dim)?;
    out.newline()?;
    let kind = format!("{}, {}", family.kind().as_str(), family.repr().name());
    field(out, lang, Text::Kind, &[span(&kind, Style::Plain)])?;
    if let Some(c_type) = family.c_type() {
        field(out, lang, Text::CType, &[span(c_type, Style::Name)])?;
    }
    let count = fill(
        lang,
        Text::ListThem,
        &[
            ("count", &family.len().to_string()),
            ("family", family.prefix().trim_end_matches('_')),
        ],
    );
    field(out, lang, Text::Constants, &[span(&count, Style::Plain)])?;
    requirements(
        out,
        lang,
        family.since().map(|version| version.to_string()),
        family.header(),
    )?;
    description(out, lang, family.description(lang))?;
    Ok(())
}

fn requirements(
    out: &mut Output,
    lang: &str,
    since: Option<String>,
    header: Option<&str>,
) -> Result<(), Failure> {
    if let Some(version) = since {
        let version = format!("TAPI {version}");
        field(out, lang, Text::Requires, &[span(&version, Style::Plain)])?;
    }
    if let Some(header) = header {
        field(out, lang, Text::Header, &[span(header, Style::Plain)])?;
    }
    Ok(())
}

/// `  label        text`, the label in `lang`, the text wrapped under
/// itself on a terminal.
fn field(out: &mut Output, lang: &str, label: Text, text: &[Span<'_>]) -> Result<(), Failure> {
    row(out, lang, catalogue::text(lang, label), text)
}

/// A row whose label is no word (`TAPI 3`, or none under a description's
/// first paragraph), in the column of `lang`'s labels.
fn row(out: &mut Output, lang: &str, label: &str, text: &[Span<'_>]) -> Result<(), Failure> {
    let width = catalogue::label_width(lang);
    out.row(2, &[(&[span(label, Style::Dim)], width)], text)?;
    Ok(())
}

/// The description, one row per paragraph, as plain text.
fn description(out: &mut Output, lang: &str, markdown: &str) -> Result<(), Failure> {
    for (index, paragraph) in markdown.split("\n\n").enumerate() {
        let paragraph = crate::output::prose(paragraph);
        let text = [span(&paragraph, Style::Plain)];
        if index == 0 {
            field(out, lang, Text::Description, &text)?;
        } else {
            row(out, lang, "", &text)?;
        }
    }
    Ok(())
}
