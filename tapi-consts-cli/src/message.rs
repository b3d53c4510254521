//! `message MSG [P1 [P2 [P3]]]`: a callback message with its parameters,
//! each read in context (`tapi_consts::messages`): what it holds, its names
//! and descriptions.

use tapi_consts::families::{Line, Phone, ProviderMessage};
use tapi_consts::messages::{read, Level, Param, Reading, Role};
use tapi_consts::{ConstFamily, Entry, ParseOptions, Repr};

use crate::catalogue::{self, fill, Text};
use crate::json::{self, Object};
use crate::output::{prose, span, Style};
use crate::resolve::did_you_mean;
use crate::values::{self, Decoded};
use crate::{Context, Failure, Status};

/// Width of the parameter-name column (`dwParam1`).
const NAME_WIDTH: usize = 8;

pub fn run(
    context: &mut Context,
    message: &str,
    params: &[String],
    provider: bool,
) -> Result<Status, Failure> {
    let options = ParseOptions::new().unprefixed_hex(context.hex);
    let lang = context.lang.clone();
    let number = message_number(message, options, &lang).map_err(Failure::Usage)?;
    let level = if provider || number >= 500 {
        Level::Provider
    } else {
        Level::Application
    };
    // Each parameter is read knowing the ones before it (a name such as
    // `CONNECTED` in the family its role names).
    let mut numbers = [0usize; 5];
    for (at, text) in params.iter().enumerate() {
        let so_far = read(level, number, numbers).ok_or_else(|| no_message(number, &lang))?;
        let param = so_far.params()[2 + at];
        numbers[2 + at] = parameter(text, &param, options, &lang).map_err(Failure::Usage)?;
    }
    let reading = read(level, number, numbers).ok_or_else(|| no_message(number, &lang))?;
    let shown = &reading.params()[2..2 + params.len()];
    let decoded: Vec<Option<Decoded>> = shown.iter().map(decoded).collect();
    if context.json {
        json(context, &reading, shown, &decoded)?;
    } else {
        text(context, &reading, shown, &decoded)?;
    }
    let unknown = decoded.iter().flatten().any(|decoded| !decoded.known);
    if unknown {
        context.error(catalogue::text(&lang, Text::ParamNotAllowed));
    }
    Ok(if unknown {
        Status::NotKnown
    } else {
        Status::Success
    })
}

/// The message named or numbered `text`: a full name in any case
/// (`LINE_CALLSTATE`, `line_newcall`) or a number in any form the runtime
/// reads.
fn message_number(text: &str, options: ParseOptions, lang: &str) -> Result<u32, String> {
    let text = text.trim();
    match <u32 as Repr>::KIND.parse_number(text, options) {
        Ok(Some(bits)) => return Ok(bits as u32),
        Ok(None) => {}
        Err(_) => {
            let not = fill(lang, Text::NotMessage, &[("text", text)]);
            return Err(format!("{not}{}", how(lang)));
        }
    }
    let families = [Line::INFO, Phone::INFO, ProviderMessage::INFO];
    if let Some(entry) = families
        .iter()
        .find_map(|family| family.entry_by_full_name(text, true))
    {
        return Ok(entry.value() as u32);
    }
    let names = families
        .iter()
        .flat_map(|family| family.entries())
        .map(|entry| entry.name());
    let closest = tapi_consts::__private::closest_by(text, names, |name| name);
    let named = fill(lang, Text::NoMessageNamed, &[("text", text)]);
    Err(match closest {
        Some(name) => format!(
            "{named}{} {}",
            did_you_mean(lang, &[name]),
            catalogue::text(lang, Text::HowToNameMessage)
        ),
        None => format!("{named}{}", how(lang)),
    })
}

/// "; give a message name such as …", after what was wrong.
fn how(lang: &str) -> String {
    let how = catalogue::text(lang, Text::HowToNameMessage);
    fill(lang, Text::Hint, &[("text", how)])
}

/// A number no message has. (500 to 506 always read as provider messages:
/// `run` picks the provider level for them.)
fn no_message(number: u32, lang: &str) -> Failure {
    let number = number.to_string();
    let not = fill(lang, Text::NotMessageNumber, &[("number", &number)]);
    Failure::Usage(format!("{not}{}", how(lang)))
}

/// One parameter: a `DWORD` or a name of the family its role names
/// (`CONNECTED`); an error starts with the parameter's name.
fn parameter(
    text: &str,
    param: &Param,
    options: ParseOptions,
    lang: &str,
) -> Result<usize, String> {
    let no_name = |text: &str| fill(lang, Text::ParamHoldsNoName, &[("text", text)]);
    values::dword(text, param.role().family(), options, lang, no_name)
        .map(|bits| bits as usize)
        .map_err(|error| format!("{}: {error}", param.name()))
}

/// The value of a family a parameter holds, taken apart.
fn decoded(param: &Param) -> Option<Decoded> {
    match param.role() {
        Role::Value(family) => Some(values::decode_one(family, param.bits())),
        Role::Set(family) => Some(values::decode(family, param.bits())),
        Role::Result(family) if param.bits() != 0 => Some(values::decode_one(family, param.bits())),
        _ => None,
    }
}

/// What to show for a parameter that holds no family's value, in `lang`
/// (`--json` asks for English: scripts read it).
fn label(param: &Param, lang: &str) -> String {
    let value = param.value();
    let word = |key| catalogue::text(lang, key).to_owned();
    let of_value = |key| fill(lang, key, &[("value", &value.to_string())]);
    match param.role() {
        Role::Unused if value == 0 => word(Text::Unused),
        Role::Unused => word(Text::UnusedNotZero),
        Role::Unspecified => word(Text::NotSpecified),
        Role::Handle => word(Text::AHandle),
        Role::Instance => word(Text::CallbackInstance),
        Role::Id | Role::Count | Role::Number => format!("{value}"),
        Role::TickCount => of_value(Text::MsSinceStart),
        Role::Size => of_value(Text::Bytes),
        Role::Digit => match char::from(value as u8) {
            digit if digit.is_ascii_graphic() => format!("'{digit}'"),
            _ => fill(
                lang,
                Text::Character,
                &[("code", &format!("{:#04x}", value as u8))],
            ),
        },
        Role::Pointer => word(Text::APointer),
        Role::Message => {
            message_name(value).map_or_else(|| word(Text::NoSuchMessage), str::to_owned)
        }
        Role::Result(_) => word(Text::Success),
        Role::DeviceSpecific => word(Text::DeviceSpecificLabel),
        Role::Value(_) | Role::Set(_) => String::new(),
    }
}

fn message_name(value: usize) -> Option<&'static str> {
    let number = u32::try_from(value).ok()?;
    read(Level::Application, number, [0; 5]).map(|reading| reading.message().name())
}

/// The role, as JSON and `--json` scripts read it.
fn text(
    context: &mut Context,
    reading: &Reading,
    shown: &[Param],
    decoded: &[Option<Decoded>],
) -> Result<(), Failure> {
    let lang = context.lang.clone();
    let message = reading.message();
    let out = &mut context.out;
    out.styled(message.name(), Style::Name)?;
    out.raw(&format!(" ({})", message.value()))?;
    if reading.level() == Level::Provider {
        out.raw(catalogue::text(&lang, Text::AsProviderSends))?;
    }
    out.newline()?;
    out.row(
        2,
        &[],
        &[span(&prose(message.description(&lang)), Style::Plain)],
    )?;
    for (param, decoded) in shown.iter().zip(decoded) {
        let hex = format!("0x{:08X}", param.value() as u32);
        let shown = match decoded {
            Some(decoded) => decoded.text.clone(),
            None => label(param, &lang),
        };
        out.row(
            2,
            &[
                (&[span(param.name(), Style::Name)], NAME_WIDTH),
                (&[span(&hex, Style::Value)], 10),
            ],
            &[span(&shown, Style::Name)],
        )?;
        out.row(
            4 + NAME_WIDTH,
            &[],
            &[span(&prose(param.description(&lang)), Style::Plain)],
        )?;
        if let Some(decoded) = decoded {
            members(out, decoded, &lang)?;
        }
    }
    Ok(())
}

/// The constants a value is made of, one line each, and what is left.
fn members(out: &mut crate::output::Output, decoded: &Decoded, lang: &str) -> Result<(), Failure> {
    for entry in &decoded.members {
        let line = format!("{}: {}", entry.name(), prose(entry.description(lang)));
        out.row(6 + NAME_WIDTH, &[], &[span(&line, Style::Plain)])?;
    }
    if decoded.device_specific != 0 {
        let bits = format!("{:#x}", decoded.device_specific);
        let line = fill(lang, Text::VendorPart, &[("bits", &bits)]);
        out.row(6 + NAME_WIDTH, &[], &[span(&line, Style::Plain)])?;
    }
    if decoded.unknown != 0 {
        let bits = format!("{:#x}", decoded.unknown);
        let line = fill(lang, Text::UnknownPart, &[("bits", &bits)]);
        out.row(6 + NAME_WIDTH, &[], &[span(&line, Style::Unknown)])?;
    }
    Ok(())
}

fn json(
    context: &mut Context,
    reading: &Reading,
    shown: &[Param],
    decoded: &[Option<Decoded>],
) -> Result<(), Failure> {
    let lang = context.lang.as_str();
    let message: Entry = reading.message();
    let mut text = String::new();
    let mut object = Object::new(&mut text);
    object
        .str("message", message.name())
        .num("number", message.value())
        .str(
            "level",
            match reading.level() {
                Level::Application => "application",
                Level::Provider => "provider",
            },
        )
        .str("lang", lang)
        .str("description", message.description(lang))
        .with("params", |out| {
            json::array(out, shown.iter().zip(decoded), |out, (param, decoded)| {
                let mut object = Object::new(out);
                object
                    .str("name", param.name())
                    .num("value", param.value() as u64)
                    .str("hex", &format!("0x{:08X}", param.value() as u32))
                    .str("role", json::role_name(param.role()))
                    .opt_str(
                        "family",
                        param.role().family().map(|family| family.prefix()),
                    )
                    .str("description", param.description(lang));
                match decoded {
                    Some(decoded) => {
                        object.str("text", &decoded.text).breakdown(decoded, lang);
                    }
                    None => {
                        object.str("text", &label(param, "en"));
                    }
                }
                object.finish();
            })
        });
    object.finish();
    text.push('\n');
    context.out.raw(&text)?;
    Ok(())
}
