//! What one line of a trace says about TAPI, with confidence: a callback
//! message with its parameters, a structure field, a function's result.
//! A number without such context is left alone, and so is one whose
//! writer's notation is in doubt (bare digits on a line that also prints
//! bare hex): never a guess.

use tapi_consts::families::{Line, LineErr, Phone, PhoneErr, ProviderMessage, TapiErr};
use tapi_consts::fields::{self, Field, Role};
use tapi_consts::messages::{self, Level, Reading};
use tapi_consts::{ConstFamily, FamilyInfo, ParseOptions, Repr};

use crate::catalogue::{fill, text as words, Text};

/// What a line says.
pub enum Annotation {
    /// A message and the parameters the line gives (in order from
    /// `dwParam1`, so each is read knowing the ones before it).
    Message {
        reading: Box<Reading>,
        given: Vec<usize>,
    },
    /// A structure field and its value.
    Field { field: Field, value: u32 },
    /// A TAPI function and the error code it returned.
    Result {
        function: String,
        family: &'static FamilyInfo,
        bits: u64,
    },
}

/// A word of the line: its text, and what separates it from the next one.
struct Token<'a> {
    text: &'a str,
    /// `=` or `:` follows (spaces aside): the token is a key.
    key: bool,
    /// `->` or `.` comes just before: the token is a member of the token
    /// before it.
    member_of: Option<&'a str>,
}

/// Bytes that make up a word: names and every number form the runtime
/// reads (`0x…`, `x…`, `&H…&`, `-…`, `…UL`).
fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'&')
}

fn tokens(line: &str) -> Vec<Token<'_>> {
    let bytes = line.as_bytes();
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let negative = bytes[at] == b'-' && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        if !(is_word(bytes[at]) || negative) {
            at += 1;
            continue;
        }
        let start = at;
        at += 1;
        while at < bytes.len() && is_word(bytes[at]) {
            at += 1;
        }
        let before = &line[..start];
        let member_of = if before.ends_with("->") || before.ends_with('.') {
            out.last().map(|token| token.text)
        } else {
            None
        };
        let rest = line[at..].trim_start_matches([' ', '\t']);
        let key = (rest.starts_with('=') && !rest.starts_with("=="))
            || (rest.starts_with(':') && !rest.starts_with("::"));
        out.push(Token {
            text: &line[start..at],
            key,
            member_of,
        });
    }
    out
}

/// How the line writes numbers without a prefix.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bare {
    /// The line writes hex with `0x` (`dwParam1 = 0x00000100`): bare
    /// digits are decimal (`dwMsg=27`).
    Decimal,
    /// `--hex` says so: bare numbers are hex.
    Hex,
    /// Hex written with `x`, as TAPISRV's log does, with message numbers
    /// bare (`msg=1f4, P1=x5f48790`): bare numbers are hex too.
    XPrefix,
    /// Nothing says (`message=8, param1=40` from a log that means 0x40):
    /// a bare number is read only where both radices agree (0 to 9).
    Unknown,
}

/// The writer's convention, from the values of the line's `key=value`
/// pairs.
fn bare(tokens: &[Token<'_>], hex_flag: bool) -> Bare {
    let values = tokens
        .windows(2)
        .filter(|pair| pair[0].key)
        .map(|pair| pair[1].text);
    let mut x_prefix = false;
    let mut zero_x = false;
    for value in values {
        let bytes = value.as_bytes();
        let hex_after =
            |at: usize| bytes.len() > at && bytes[at..].iter().all(u8::is_ascii_hexdigit);
        if matches!(bytes.first(), Some(b'x' | b'X')) && hex_after(1) {
            x_prefix = true;
        } else if bytes.len() > 2
            && bytes[0] == b'0'
            && matches!(bytes[1], b'x' | b'X')
            && hex_after(2)
        {
            zero_x = true;
        }
    }
    match (x_prefix, hex_flag, zero_x) {
        (true, _, _) => Bare::XPrefix,
        (false, true, _) => Bare::Hex,
        (false, false, true) => Bare::Decimal,
        (false, false, false) => Bare::Unknown,
    }
}

/// A number as the line writes it: `None` when it is not one, or when its
/// radix is in doubt.
fn number(text: &str, bare: Bare) -> Option<u32> {
    let is_bare = text.bytes().all(|b| b.is_ascii_hexdigit());
    if bare == Bare::Unknown && is_bare && text.len() > 1 {
        return None;
    }
    let options = ParseOptions::new().unprefixed_hex(matches!(bare, Bare::Hex | Bare::XPrefix));
    match <u32 as Repr>::KIND.parse_number(text, options) {
        Ok(Some(bits)) => Some(bits as u32),
        _ => None,
    }
}

fn lower_eq(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.eq_ignore_ascii_case(word))
}

const MESSAGE_KEYS: &[&str] = &[
    "msg",
    "dwMsg",
    "dwMessage",
    "dwMessageID",
    "message",
    "uMsg",
];
const PARAM_KEYS: [&[&str]; 3] = [
    &["P1", "dwParam1", "Param1"],
    &["P2", "dwParam2", "Param2"],
    &["P3", "dwParam3", "Param3"],
];

/// Whether the line has a word that can start an annotation: a message
/// key (`msg`, `dwMsg`, `message`), a field (`dw…`), a message name
/// (`LINE_`, `PHONE_`) or a function (`line…`, `phone…`, `tapi…`,
/// `TSPI_…`). Parameter keys (`P1`, `Param2`) start nothing: they count
/// only beside a message, whose key or name is looked for. One pass, no
/// allocation: most lines have none.
fn worth_a_look(bytes: &[u8]) -> bool {
    let starts = |at: usize, word: &[u8]| {
        bytes.len() >= at + word.len()
            && bytes[at..at + word.len()]
                .iter()
                .zip(word)
                .all(|(b, w)| b.to_ascii_lowercase() == *w)
    };
    (0..bytes.len()).any(|at| match bytes[at] | 0x20 {
        b'm' => starts(at, b"msg") || starts(at, b"message"),
        b'p' => starts(at, b"phone"),
        b'd' => starts(at, b"dw"),
        b'l' => starts(at, b"line"),
        b't' => starts(at, b"tapi") || starts(at, b"tspi_"),
        _ => false,
    })
}

/// Every annotation of `line`. `hex_flag`: `--hex`, bare numbers are hex.
pub fn scan(line: &str, hex_flag: bool) -> Vec<Annotation> {
    let mut found = Vec::new();
    // Most lines say nothing of TAPI: a cheap test first.
    if !worth_a_look(line.as_bytes()) {
        return found;
    }
    let tokens = tokens(line);
    if tokens.is_empty() {
        return found;
    }
    let bare = bare(&tokens, hex_flag);
    if let Some(message) = message(&tokens, bare) {
        found.push(message);
    }
    found.extend(fields(&tokens, bare));
    found.extend(result(&tokens, bare));
    found
}

/// A message named on the line (`LINE_CALLSTATE`) or given by a key
/// (`msg=1f4`, `dwMsg=27`), with its `P1`…`P3`.
fn message(tokens: &[Token<'_>], bare: Bare) -> Option<Annotation> {
    let named = tokens.iter().find_map(|token| message_by_name(token.text));
    let keyed = tokens.windows(2).find_map(|pair| {
        (pair[0].key && lower_eq(pair[0].text, MESSAGE_KEYS))
            .then(|| number(pair[1].text, bare))
            .flatten()
    });
    let id = match (named, keyed) {
        // Both: they must agree, or the number was read wrong.
        (Some(named), Some(keyed)) if named != keyed => return None,
        (Some(named), _) => named,
        (None, Some(keyed)) => keyed,
        (None, None) => return None,
    };
    // TAPISRV logs the provider's events from `LineEventProcSP` (and
    // `PhoneEventProcSP`); 500 and up exist only at that level.
    let provider = tokens
        .iter()
        .any(|token| token.text.ends_with("EventProcSP"));
    let level = if provider || id >= 500 {
        Level::Provider
    } else {
        Level::Application
    };
    // Each parameter is read knowing the ones before it: a number, or a
    // name of the family its role names (`Param1 = CONNECTED`). Stop at the
    // first one missing or unread.
    let mut numbers = [0usize; 5];
    let mut given = Vec::new();
    let mut numeric = false;
    for (at, keys) in PARAM_KEYS.iter().enumerate() {
        let Some(text) = tokens
            .windows(2)
            .find_map(|pair| (pair[0].key && lower_eq(pair[0].text, keys)).then_some(pair[1].text))
        else {
            break;
        };
        let value = match number(text, bare) {
            Some(bits) => {
                numeric = true;
                bits
            }
            None => {
                let role = messages::read(level, id, numbers)?.params()[2 + at].role();
                let (Role::Value(family) | Role::Set(family)) = role else {
                    break;
                };
                match family.entry_by_name(text) {
                    Some(entry) => entry.bits() as u32,
                    None => break,
                }
            }
        };
        numbers[2 + at] = value as usize;
        given.push(value as usize);
    }
    // Names alone need no annotation: a number must be there to name.
    if !numeric {
        return None;
    }
    let reading = messages::read(level, id, numbers)?;
    Some(Annotation::Message {
        reading: Box::new(reading),
        given,
    })
}

fn message_by_name(text: &str) -> Option<u32> {
    if !(text.starts_with("LINE_") || text.starts_with("PHONE_")) {
        return None;
    }
    [Line::INFO, Phone::INFO, ProviderMessage::INFO]
        .iter()
        .find_map(|family| family.entry_by_full_name(text, false))
        .map(|entry| entry.value() as u32)
}

/// `dwXxx = value` or `dwXxx: value` where `dwXxx` is a field that holds a
/// family, in a structure the line names (`lpAddressStatus->`,
/// `LINECALLSTATUS`), or the only structure with that field.
fn fields<'a>(tokens: &'a [Token<'a>], bare: Bare) -> impl Iterator<Item = Annotation> + 'a {
    tokens.windows(2).filter_map(move |pair| {
        let (name, value) = (&pair[0], &pair[1]);
        if !name.key || !name.text.starts_with("dw") {
            return None;
        }
        let value = number(value.text, bare)?;
        let candidates: Vec<Field> = fields::fields()
            .filter(|field| field.name().eq_ignore_ascii_case(name.text))
            .collect();
        let named = |field: &&Field| {
            name.member_of
                .is_some_and(|owner| names_structure(owner, field.structure()))
                || tokens
                    .iter()
                    .any(|token| token.text.eq_ignore_ascii_case(field.structure()))
        };
        let field = match candidates.iter().find(named) {
            Some(field) => *field,
            // No structure named: only a field that reads the same in
            // every structure that has it.
            None => {
                let first = candidates.first()?;
                let role = first.read(value, &[]).role();
                let same = candidates.iter().all(|field| {
                    field.depends_on().is_none() && field.read(value, &[]).role() == role
                });
                if !same {
                    return None;
                }
                *first
            }
        };
        // A field that depends on another is read only with it on the line.
        if let Some(on) = field.depends_on() {
            let given = tokens
                .windows(2)
                .any(|pair| pair[0].key && pair[0].text.eq_ignore_ascii_case(on));
            if !given {
                return None;
            }
        }
        Some(Annotation::Field { field, value })
    })
}

/// Whether a pointer or variable name (`lpAddressStatus`, `pCallInfo`,
/// `LineDevCaps`) names `structure` (`LINEADDRESSSTATUS`).
fn names_structure(owner: &str, structure: &str) -> bool {
    let owner = owner
        .strip_prefix("lp")
        .or_else(|| owner.strip_prefix("p"))
        .unwrap_or(owner);
    owner.eq_ignore_ascii_case(structure)
        || ["LINE", "PHONE"].iter().any(|device| {
            structure
                .strip_prefix(device)
                .is_some_and(|rest| owner.eq_ignore_ascii_case(rest))
        })
}

/// A TAPI function (`lineOpen`, `phoneInitializeEx`, `tapiRequestMakeCall`,
/// `TSPI_lineMakeCall`) and, after it on the line, a number that is one of
/// its family's error codes.
fn result<'a>(tokens: &'a [Token<'a>], bare: Bare) -> Option<Annotation> {
    let (at, family) = tokens.iter().enumerate().find_map(|(at, token)| {
        let name = token.text.strip_prefix("TSPI_").unwrap_or(token.text);
        let family = function_family(name)?;
        Some((at, family))
    })?;
    let function = tokens[at].text;
    let bits = tokens[at + 1..]
        .iter()
        .find_map(|token| number(token.text, bare).map(u64::from))?;
    // An error code: a member, or a vendor's; anything else (a request ID,
    // a handle) is left alone.
    let error = family
        .entry_by_bits(bits)
        .is_some_and(|entry| entry.value() < 0 || entry.value() >= 0x8000_0000)
        || family.device_specific_bits(bits) != 0;
    error.then(|| Annotation::Result {
        function: function.to_owned(),
        family,
        bits,
    })
}

/// `lineXxx` → `LINEERR_`, `phoneXxx` → `PHONEERR_`, `tapiXxx` → `TAPIERR_`.
fn function_family(name: &str) -> Option<&'static FamilyInfo> {
    let camel = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.bytes().next())
            .is_some_and(|b| b.is_ascii_uppercase())
            && name.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    if camel("line") {
        Some(LineErr::INFO)
    } else if camel("phone") {
        Some(PhoneErr::INFO)
    } else if camel("tapi") {
        Some(TapiErr::INFO)
    } else {
        None
    }
}

/// What an annotation says, on one line, in `lang`:
/// `LINE_CALLSTATE dwParam1=…`.
pub fn describe(annotation: &Annotation, lang: &str) -> String {
    match annotation {
        Annotation::Message { reading, given } => {
            let mut text = format!(
                "{} ({}{})",
                reading.message().name(),
                reading.message().value(),
                if reading.level() == Level::Provider {
                    words(lang, Text::AnnotationProvider)
                } else {
                    ""
                }
            );
            for param in &reading.params()[2..2 + given.len()] {
                let shown = role_text(param.role(), param.bits(), param.value(), lang);
                text.push_str(&format!(" {}={shown}", param.name()));
            }
            text
        }
        Annotation::Field { field, value } => {
            let reading = field.read(*value, &[]);
            format!(
                "{}.{}={}",
                field.structure(),
                field.name(),
                role_text(reading.role(), u64::from(*value), *value as usize, lang)
            )
        }
        Annotation::Result {
            function,
            family,
            bits,
        } => {
            format!("{function} -> {}", family_text(family, *bits, lang))
        }
    }
}

/// The family's text for `bits`, saying which part is a vendor's:
/// `LINECALLSTATE_CONNECTED | 0x01000000 (0x01000000 device-specific)`.
fn family_text(family: &'static FamilyInfo, bits: u64, lang: &str) -> String {
    let mut text = String::new();
    let _ = family.write(&mut text, bits, false);
    let vendor = family.device_specific_bits(bits);
    if vendor != 0 {
        let vendor = family.repr().hex(vendor).to_string();
        text.push_str(&fill(
            lang,
            Text::AnnotationVendorPart,
            &[("bits", &vendor)],
        ));
    }
    text
}

fn role_text(role: Role, bits: u64, value: usize, lang: &str) -> String {
    let word = |key| words(lang, key).to_owned();
    match role {
        Role::Value(family) | Role::Set(family) => family_text(family, bits, lang),
        Role::Result(_) if bits == 0 => word(Text::AnnotationSuccess),
        Role::Result(family) => family_text(family, bits, lang),
        Role::Unused => word(Text::Unused),
        Role::Unspecified => word(Text::FieldNotSpecified),
        Role::Handle => word(Text::AnnotationHandle),
        Role::Instance => word(Text::AnnotationInstance),
        Role::Pointer => word(Text::AnnotationPointer),
        Role::DeviceSpecific => word(Text::DeviceSpecificLabel),
        Role::Digit => format!("'{}'", char::from(value as u8).escape_default()),
        Role::Message => messages::read(Level::Application, value as u32, [0; 5]).map_or_else(
            || format!("{value}"),
            |reading| reading.message().name().to_owned(),
        ),
        Role::Id | Role::Count | Role::Number => format!("{value}"),
        Role::TickCount => format!("{value} ms"),
        Role::Size => fill(lang, Text::Bytes, &[("value", &value.to_string())]),
    }
}
