//! `field STRUCT.FIELD VALUE [FIELD=VALUE...]`: one structure field's value,
//! read in context (`tapi_consts::fields`): what it holds, its names and
//! descriptions.

use tapi_consts::fields::{self, Field, FieldReading, Role};
use tapi_consts::ParseOptions;

use crate::catalogue::{self, fill, Text};
use crate::json::{self, Object};
use crate::output::{prose, span, Style};
use crate::values::{self, Decoded};
use crate::{Context, Failure, Status};

pub fn run(
    context: &mut Context,
    name: &str,
    value: &str,
    given: &[String],
) -> Result<Status, Failure> {
    let options = ParseOptions::new().unprefixed_hex(context.hex);
    let lang = context.lang.clone();
    let field = find(name, &lang).map_err(Failure::Usage)?;
    let mut depends = Vec::new();
    for text in given {
        depends.push(dependency(&field, text, options, &lang).map_err(Failure::Usage)?);
    }
    let pairs: Vec<(&str, u32)> = depends
        .iter()
        .map(|(name, value)| (*name, *value))
        .collect();
    let bits = read_value(&field, value, &pairs, options, &lang).map_err(Failure::Usage)?;
    let reading = field.read(bits, &pairs);
    let decoded = match reading.role() {
        Role::Value(family) => Some(values::decode_one(family, u64::from(bits))),
        Role::Set(family) => Some(values::decode(family, u64::from(bits))),
        _ => None,
    };
    if context.json {
        json(context, &reading, decoded.as_ref())?;
    } else {
        text(context, &reading, decoded.as_ref())?;
    }
    let unknown = decoded.as_ref().is_some_and(|decoded| !decoded.known);
    if unknown {
        context.error(catalogue::text(&lang, Text::FieldValueNotHeld));
        return Ok(Status::NotKnown);
    }
    Ok(Status::Success)
}

/// `STRUCT.FIELD` (any case; `LINEPROXYREQUEST.SetAgentState.dwAgentState`
/// for a union member), or a usage error naming the closest fields.
fn find(name: &str, lang: &str) -> Result<Field, String> {
    let name = name.trim();
    let Some((structure, field)) = name.split_once('.') else {
        return Err(fill(lang, Text::WriteStructField, &[("name", name)]));
    };
    if let Some(found) = fields::field(structure, field) {
        return Ok(found);
    }
    if ["LINEMESSAGE", "PHONEMESSAGE"]
        .iter()
        .any(|message| structure.eq_ignore_ascii_case(message))
    {
        return Err(fill(
            lang,
            Text::MessageStructure,
            &[("structure", structure)],
        ));
    }
    let known_structure = fields::fields().any(|f| f.structure().eq_ignore_ascii_case(structure));
    // The closest `STRUCT.FIELD` of all: the structure's name counts too,
    // so a field of the structure named comes first, and a structure
    // misspelt into another one still finds its field (LINEAPPINFO for
    // LINECALLINFO.dwBearerMode).
    let names: Vec<String> = fields::fields().map(|f| full_name(&f)).collect();
    let closest =
        tapi_consts::__private::closest_by(name, names.iter().map(String::as_str), |name| name);
    let what = if known_structure {
        fill(
            lang,
            Text::NoSuchField,
            &[("structure", structure), ("field", field)],
        )
    } else {
        fill(lang, Text::NoStructure, &[("structure", structure)])
    };
    Err(match closest {
        Some(closest) => what + &fill(lang, Text::DidYouMean, &[("names", closest)]),
        None => what + catalogue::text(lang, Text::TheStructures),
    })
}

/// `FIELD=VALUE`: a field this one depends on, its value a number or a
/// name of its family (`dwCallState=CONNECTED`).
fn dependency(
    field: &Field,
    text: &str,
    options: ParseOptions,
    lang: &str,
) -> Result<(&'static str, u32), String> {
    let Some((name, value)) = text.split_once('=') else {
        return Err(fill(lang, Text::WriteFieldValue, &[("text", text)]));
    };
    let name = name.trim();
    let full = full_name(field);
    let (Some(wanted), Some(family)) = (field.depends_on(), field.depends_on_family()) else {
        return Err(fill(
            lang,
            Text::DependsOnNothing,
            &[("field", &full), ("text", text)],
        ));
    };
    if !name.eq_ignore_ascii_case(wanted) {
        return Err(fill(
            lang,
            Text::DependsOnOther,
            &[("field", &full), ("wanted", wanted), ("name", name)],
        ));
    }
    let bits = family
        .parse(value.trim(), options)
        .map_err(|error| format!("{wanted}: {}", error.display_in(lang)))?;
    Ok((wanted, bits as u32))
}

/// The field's value: a `DWORD` or a name of its family.
fn read_value(
    field: &Field,
    text: &str,
    given: &[(&str, u32)],
    options: ParseOptions,
    lang: &str,
) -> Result<u32, String> {
    let no_name = |text: &str| {
        let values = [("text", text), ("field", &full_name(field))];
        fill(lang, Text::NotNumberNorName, &values)
    };
    let family = field.read(0, given).role().family();
    values::dword(text, family, options, lang, no_name)
}

/// `STRUCT.FIELD`, as the user writes it.
pub fn full_name(field: &Field) -> String {
    format!("{}.{}", field.structure(), field.name())
}

fn shown(reading: &FieldReading, decoded: Option<&Decoded>, lang: &str) -> String {
    match (decoded, reading.role()) {
        (Some(decoded), _) => decoded.text.clone(),
        (None, Role::Unspecified) => match reading.field().depends_on() {
            Some(on) => fill(lang, Text::DependsOn, &[("on", on)]),
            None => catalogue::text(lang, Text::FieldNotSpecified).to_owned(),
        },
        (None, _) => reading.value().to_string(),
    }
}

fn text(
    context: &mut Context,
    reading: &FieldReading,
    decoded: Option<&Decoded>,
) -> Result<(), Failure> {
    let lang = context.lang.clone();
    let field = reading.field();
    let out = &mut context.out;
    out.styled(&full_name(&field), Style::Name)?;
    out.raw(" = ")?;
    out.styled(&format!("0x{:08X}", reading.value()), Style::Value)?;
    out.raw(" = ")?;
    out.styled(&shown(reading, decoded, &lang), Style::Name)?;
    out.newline()?;
    out.row(
        2,
        &[],
        &[span(&prose(reading.description(&lang)), Style::Plain)],
    )?;
    if let Some(decoded) = decoded {
        for entry in &decoded.members {
            let line = format!("{}: {}", entry.name(), prose(entry.description(&lang)));
            out.row(4, &[], &[span(&line, Style::Plain)])?;
        }
        if decoded.device_specific != 0 {
            let bits = format!("{:#x}", decoded.device_specific);
            let line = fill(&lang, Text::VendorPart, &[("bits", &bits)]);
            out.row(4, &[], &[span(&line, Style::Plain)])?;
        }
        if decoded.unknown != 0 {
            let bits = format!("{:#x}", decoded.unknown);
            let line = fill(&lang, Text::UnknownPart, &[("bits", &bits)]);
            out.row(4, &[], &[span(&line, Style::Unknown)])?;
        }
    }
    let mut facts = Vec::new();
    if let Some(since) = field.since() {
        facts.push(fill(
            &lang,
            Text::SinceTapi,
            &[("since", &since.to_string())],
        ));
    }
    if !field.in_windows_sys() {
        facts.push(catalogue::text(&lang, Text::NotInWindowsSys).to_owned());
    }
    if !field.note().is_empty() {
        facts.push(fill(&lang, Text::Note, &[("note", field.note())]));
    }
    for fact in facts {
        out.row(2, &[], &[span(&fact, Style::Dim)])?;
    }
    Ok(())
}

fn json(
    context: &mut Context,
    reading: &FieldReading,
    decoded: Option<&Decoded>,
) -> Result<(), Failure> {
    let lang = context.lang.as_str();
    let field = reading.field();
    let mut text = String::new();
    let mut object = Object::new(&mut text);
    object
        .str("structure", field.structure())
        .str("field", field.name())
        .num("value", reading.value())
        .str("hex", &format!("0x{:08X}", reading.value()))
        .str("role", json::role_name(reading.role()))
        .opt_str(
            "family",
            reading.role().family().map(|family| family.prefix()),
        )
        .opt_str("depends_on", field.depends_on())
        .opt_str("since", field.since().map(|v| v.to_string()).as_deref())
        .bool("in_windows_sys", field.in_windows_sys())
        .str("lang", lang)
        .str("description", reading.description(lang))
        // Scripts read `text`: English whatever the language (CLI.md).
        .str("text", &shown(reading, decoded, "en"));
    if let Some(decoded) = decoded {
        object.breakdown(decoded, lang);
    }
    object.finish();
    text.push('\n');
    context.out.raw(&text)?;
    Ok(())
}
