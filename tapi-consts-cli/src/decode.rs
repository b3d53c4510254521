//! `decode FAMILY VALUE...`: names and descriptions of values, from the
//! arguments or, for `-`, from standard input one per line.

use std::collections::HashMap;
use std::io::{self, BufRead};

use tapi_consts::{families, DeviceSpecific, FamilyInfo, Kind, ParseOptions};

use crate::catalogue::{fill, text, Text};
use crate::json::{self, Object};
use crate::output::{prose, span, Style};
use crate::values::{self, Decoded, Refused};
use crate::{resolve, Context, Failure, Status};

/// Longest line read from standard input; longer ones are reported and
/// skipped, so no input makes the tool hold more than this.
const MAX_LINE: usize = 4096;

/// Distinct refused values remembered (each under `MAX_LINE` bytes).
const MAX_REFUSALS: usize = 4096;

pub fn run(context: &mut Context, family: &str, inputs: &[String]) -> Result<Status, Failure> {
    let family = resolve::family_arg(family, &context.lang).map_err(Failure::Usage)?;
    let options = ParseOptions::new().unprefixed_hex(context.hex);
    let mut decoder = Decoder::new(context, family, options);
    decoder.start()?;
    for input in inputs {
        if input == "-" {
            decoder.stdin()?;
        } else {
            decoder.value(input, None)?;
        }
    }
    decoder.finish()
}

struct Decoder<'c> {
    context: &'c mut Context,
    family: &'static FamilyInfo,
    /// How numbers are read (`--hex`).
    options: ParseOptions,
    status: Status,
    /// Values decoded with bits or a value no constant has.
    not_known: usize,
    /// Values written, for JSON separators.
    written: usize,
    /// The name column's width: the family's longest name.
    name_width: usize,
    /// Each constant's description on one line, by index.
    descriptions: Vec<String>,
    /// What was said of each distinct refused value, so that a trace
    /// repeating one bad token pays for its "did you mean" search once.
    refusals: HashMap<String, Refused>,
    /// Each constant's JSON member object, by index (with --json).
    members: Vec<String>,
    buffer: String,
}

impl<'c> Decoder<'c> {
    fn new(context: &'c mut Context, family: &'static FamilyInfo, options: ParseOptions) -> Self {
        let name_width = family
            .entries()
            .map(|entry| entry.name().len())
            .max()
            .unwrap_or(0)
            .max(text(&context.lang, Text::UnknownLabel).chars().count())
            .max(
                text(&context.lang, Text::DeviceSpecificLabel)
                    .chars()
                    .count(),
            );
        let descriptions = family
            .entries()
            .map(|entry| prose(entry.description(&context.lang)))
            .collect();
        let members = if context.json {
            family
                .entries()
                .map(|entry| {
                    let mut member = String::new();
                    json::member(&mut member, entry, &context.lang);
                    member
                })
                .collect()
        } else {
            Vec::new()
        };
        Decoder {
            descriptions,
            members,
            context,
            family,
            options,
            status: Status::Success,
            not_known: 0,
            written: 0,
            name_width,
            refusals: HashMap::new(),
            buffer: String::new(),
        }
    }

    fn start(&mut self) -> Result<(), Failure> {
        if self.context.json {
            let mut head = String::new();
            let mut object = Object::new(&mut head);
            object
                .str("family", self.family.prefix())
                .str("kind", self.family.kind().as_str())
                .str("repr", self.family.repr().name())
                .str("lang", &self.context.lang);
            // The object stays open: `"values":[` … `]}`.
            head.push_str(",\"values\":[");
            self.context.out.raw(&head)?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Status, Failure> {
        if self.context.json {
            self.context
                .out
                .raw(if self.written > 0 { "\n]}\n" } else { "]}\n" })?;
        }
        if self.not_known > 0 {
            let key = match (self.not_known, self.family.kind() == Kind::Enum) {
                (1, true) => Text::OneValueUnknown,
                (_, true) => Text::ValuesUnknown,
                (1, false) => Text::OneValueBits,
                (_, false) => Text::ValuesBits,
            };
            let count = self.not_known.to_string();
            let values = [("count", count.as_str()), ("prefix", self.family.prefix())];
            let message = fill(&self.context.lang, key, &values);
            self.context.error(&message);
            self.status = self.status.max(Status::NotKnown);
        }
        Ok(self.status)
    }

    /// Decodes every line of standard input (blank lines skipped).
    fn stdin(&mut self) -> Result<(), Failure> {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let mut line: Vec<u8> = Vec::new();
        let mut too_long = false;
        let mut number: u64 = 0;
        loop {
            let chunk = match input.fill_buf() {
                Ok(chunk) => chunk,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    let error = error.to_string();
                    let lang = &self.context.lang;
                    let message = fill(lang, Text::CannotReadStdin, &[("error", &error)]);
                    self.context.error(&message);
                    self.status = self.status.max(Status::NotKnown);
                    return Ok(());
                }
            };
            if chunk.is_empty() {
                if !line.is_empty() || too_long {
                    number += 1;
                    self.line(number, &line, too_long)?;
                }
                return Ok(());
            }
            let (piece, used, end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(at) => (&chunk[..at], at + 1, true),
                None => (chunk, chunk.len(), false),
            };
            // Room for a `\r` past the limit: it is not part of the line.
            if line.len() + piece.len() > MAX_LINE + 1 {
                too_long = true;
            } else if !too_long {
                line.extend_from_slice(piece);
            }
            input.consume(used);
            if end {
                number += 1;
                self.line(number, &line, too_long)?;
                line.clear();
                too_long = false;
            }
        }
    }

    fn line(&mut self, number: u64, line: &[u8], too_long: bool) -> Result<(), Failure> {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = if too_long || line.len() > MAX_LINE {
            let max = MAX_LINE.to_string();
            Err(fill(&self.context.lang, Text::LongerThan, &[("max", &max)]))
        } else {
            std::str::from_utf8(line)
                .map_err(|_| text(&self.context.lang, Text::NotUtf8Line).to_owned())
        };
        match text {
            Ok(text) if text.trim().is_empty() => Ok(()),
            Ok(text) => self.value(text, Some(number)),
            Err(message) => {
                let input = String::from_utf8_lossy(&line[..line.len().min(64)]);
                self.failed(&input, Some(number), &Refused::not_known(message))
            }
        }
    }

    /// Decodes one value; on a terminal, shows it at once (values typed on
    /// standard input are answered line by line).
    fn value(&mut self, input: &str, line: Option<u64>) -> Result<(), Failure> {
        self.decode_value(input, line)?;
        if self.context.out.is_terminal() {
            self.context.out.flush()?;
        }
        Ok(())
    }

    fn decode_value(&mut self, input: &str, line: Option<u64>) -> Result<(), Failure> {
        // A blank argument is a mistake, not the empty set.
        let read = if input.trim().is_empty() {
            Err(Refused::not_known(
                text(&self.context.lang, Text::EmptyValue).to_owned(),
            ))
        } else {
            self.read(input)
        };
        match read {
            Ok(bits) => {
                let decoded = values::decode(self.family, bits);
                if !decoded.known {
                    self.not_known += 1;
                }
                if self.context.json {
                    self.json(input, line, &decoded)
                } else {
                    self.text(&decoded)
                }
            }
            Err(refused) => self.failed(input, line, &refused),
        }
    }

    /// Reads one value; a refusal is remembered by its text (up to
    /// `MAX_REFUSALS` distinct ones).
    fn read(&mut self, input: &str) -> Result<u64, Refused> {
        if let Some(refused) = self.refusals.get(input) {
            return Err(refused.clone());
        }
        values::read(self.family, input, self.options, &self.context.lang).inspect_err(|refused| {
            if self.refusals.len() == MAX_REFUSALS {
                self.refusals.clear();
            }
            self.refusals.insert(input.to_owned(), refused.clone());
        })
    }

    fn failed(&mut self, input: &str, line: Option<u64>, refused: &Refused) -> Result<(), Failure> {
        self.status = self.status.max(refused.status);
        let message = refused.message.as_str();
        match line {
            Some(number) => {
                let number = number.to_string();
                let values = [("number", number.as_str()), ("message", message)];
                let line = fill(&self.context.lang, Text::AtLine, &values);
                self.context.error(&line);
            }
            None => self.context.error(message),
        }
        if self.context.json {
            let mut item = std::mem::take(&mut self.buffer);
            let mut object = item_object(&mut item, input, line);
            object.str("error", message);
            object.finish();
            self.json_item(&item)?;
            self.buffer = item;
        }
        Ok(())
    }

    fn json(&mut self, input: &str, line: Option<u64>, decoded: &Decoded) -> Result<(), Failure> {
        let members = &self.members;
        let mut item = std::mem::take(&mut self.buffer);
        let mut object = item_object(&mut item, input, line);
        object
            .readings(self.family.repr(), decoded.bits)
            .str("text", &decoded.text)
            .bool("known", decoded.known)
            .with("members", |out| {
                json::array(out, decoded.members.iter(), |out, entry| {
                    out.push_str(members.get(entry.index()).map_or("{}", String::as_str));
                });
            })
            .num("device_specific_bits", decoded.device_specific)
            .str(
                "device_specific_hex",
                &self.family.repr().hex(decoded.device_specific).to_string(),
            )
            .num("unknown_bits", decoded.unknown)
            .str(
                "unknown_hex",
                &self.family.repr().hex(decoded.unknown).to_string(),
            );
        object.finish();
        self.json_item(&item)?;
        self.buffer = item;
        Ok(())
    }

    /// Writes one finished item of the JSON array.
    fn json_item(&mut self, item: &str) -> Result<(), Failure> {
        let out = &mut self.context.out;
        out.raw(if self.written == 0 { "\n" } else { ",\n" })?;
        out.raw(item)?;
        self.written += 1;
        Ok(())
    }

    fn text(&mut self, decoded: &Decoded) -> Result<(), Failure> {
        let family = self.family;
        let lang = self.context.lang.clone();
        let lang = lang.as_str();
        let out = &mut self.context.out;
        let value_hex = family.repr().hex(decoded.bits).to_string();
        let value_width = value_hex.len();
        // `0x00000006 = A | B`, with the signed reading of a negative value.
        out.styled(&value_hex, Style::Value)?;
        let value = family.repr().value(decoded.bits);
        if value < 0 {
            out.styled(&format!(" ({value})"), Style::Value)?;
        }
        if decoded.text != value_hex {
            out.raw(" = ")?;
            out.styled(&decoded.text, Style::Name)?;
        }
        out.newline()?;
        for entry in &decoded.members {
            let member_hex = family.repr().hex(entry.bits()).to_string();
            out.row(
                2,
                &[
                    (&[span(entry.name(), Style::Name)], self.name_width),
                    (&[span(&member_hex, Style::Value)], value_width),
                ],
                &[span(
                    self.descriptions
                        .get(entry.index())
                        .map_or("", String::as_str),
                    Style::Plain,
                )],
            )?;
        }
        // What no constant names: a label, the bits, and why.
        let mut leftover = |label: Text, style: Style, bits: u64, what: &str| {
            let hex = family.repr().hex(bits).to_string();
            out.row(
                2,
                &[
                    (&[span(text(lang, label), style)], self.name_width),
                    (&[span(&hex, style)], value_width),
                ],
                &[span(what, Style::Plain)],
            )
        };
        if decoded.device_specific != 0 {
            let what = family.device_specific().map_or_else(String::new, |range| {
                let (key, at) = match range {
                    DeviceSpecific::From(first) => (Text::VendorValue, first),
                    DeviceSpecific::Bits(mask) => (Text::VendorBits, mask),
                };
                let at = family.repr().hex(at).to_string();
                fill(lang, key, &[("family", family.prefix()), ("at", &at)])
            });
            leftover(
                Text::DeviceSpecificLabel,
                Style::Name,
                decoded.device_specific,
                &what,
            )?;
        }
        if decoded.unknown != 0 {
            let of_family = [("family", family.prefix())];
            let what = if decoded.members.is_empty() && family.kind() == Kind::Enum {
                fill(lang, Text::NoConstantHasThisValue, &of_family)
                    + &elsewhere(lang, family, decoded.bits)
            } else {
                fill(lang, Text::NoConstantHasTheseBits, &of_family)
            };
            leftover(Text::UnknownLabel, Style::Unknown, decoded.unknown, &what)?;
        }
        if decoded.members.is_empty() && decoded.unknown == 0 && decoded.device_specific == 0 {
            let none = text(lang, Text::NoFlagSet);
            out.row(2, &[(&[span(none, Style::Dim)], 0)], &[])?;
        }
        Ok(())
    }
}

/// For a `LINE_` or `PHONE_` message number the other family has: where it
/// is. The two are numbered in one sequence.
fn elsewhere(lang: &str, family: &'static FamilyInfo, bits: u64) -> String {
    let other = match family.prefix() {
        "LINE_" => "PHONE_",
        "PHONE_" => "LINE_",
        _ => return String::new(),
    };
    families::family(other)
        .and_then(|other| other.entry_by_bits(bits))
        .map(|entry| {
            fill(
                lang,
                Text::ItIsElsewhere,
                &[("name", entry.name()), ("family", entry.family().prefix())],
            )
        })
        .unwrap_or_default()
}

/// One item's object in `item` (cleared), begun as every item is: the
/// `input`, then its `line` number when values are read from lines.
fn item_object<'a>(item: &'a mut String, input: &str, line: Option<u64>) -> Object<'a> {
    item.clear();
    let mut object = Object::new(item);
    object.str("input", input);
    if let Some(number) = line {
        object.num("line", number);
    }
    object
}
