//! [`Message`]: a callback message number, read as a [`Line`] or a [`Phone`] message.

use core::fmt;
use core::str::FromStr;

#[cfg(doc)]
use crate::UnknownValueError;
use crate::{ConstFamily as _, Entry, ParseError};

use super::{Line, Phone};

/// A callback message number: `dwMessage` of a `LINECALLBACK` or
/// `PHONECALLBACK`, `dwMessageID` of a `LINEMESSAGE` or `PHONEMESSAGE`.
///
/// `LINE_` and `PHONE_` messages are numbered in one interleaved sequence,
/// 0 to 34 (`PHONE_BUTTON` is 14, `LINE_CREATE` 19), so each number names
/// exactly one message of one of the two families. Decode a number you
/// received here rather than guessing the family:
///
/// ```
/// use tapi_consts::families::{Line, Message, Phone};
///
/// assert_eq!(Message::from_value(14), Some(Message::Phone(Phone::Button)));
/// assert_eq!(Message::from_value(19), Some(Message::Line(Line::Create)));
/// assert_eq!(Message::try_from(2u32).unwrap().name(), "LINE_CALLSTATE");
/// assert_eq!("PHONE_REPLY".parse::<Message>().unwrap().value(), 17);
/// assert_eq!(Message::from_value(35), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Message {
    /// A `LINE_` message, about a line device, address or call.
    Line(Line),
    /// A `PHONE_` message, about a phone device.
    Phone(Phone),
}

impl Message {
    /// Every message, in ascending order of number.
    #[inline]
    pub fn all() -> impl Iterator<Item = Message> {
        (0..=i32::MAX).map_while(Message::from_value)
    }

    /// The message with this number.
    #[inline]
    pub const fn from_value(value: i32) -> Option<Self> {
        match (Line::from_value(value), Phone::from_value(value)) {
            (Some(line), _) => Some(Message::Line(line)),
            (None, Some(phone)) => Some(Message::Phone(phone)),
            (None, None) => None,
        }
    }

    /// The message number.
    #[inline]
    pub const fn value(self) -> i32 {
        match self {
            Message::Line(line) => line.value(),
            Message::Phone(phone) => phone.value(),
        }
    }

    /// The full C name: `"LINE_CALLSTATE"`, `"PHONE_BUTTON"`.
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Message::Line(line) => line.name(),
            Message::Phone(phone) => phone.name(),
        }
    }

    /// The constant, with its family and descriptions.
    #[inline]
    pub fn entry(self) -> Entry {
        match self {
            Message::Line(line) => line.entry(),
            Message::Phone(phone) => phone.entry(),
        }
    }

    /// What the message reports, in `lang` (falling back to its primary
    /// language, then to English).
    #[inline]
    pub fn description(self, lang: &str) -> &'static str {
        match self {
            Message::Line(line) => line.description(lang),
            Message::Phone(phone) => phone.description(lang),
        }
    }

    /// The message with this name: a full name (`LINE_REPLY`) or a short
    /// name of either family (`REPLY` is `LINE_REPLY`, which is tried first).
    #[inline]
    pub fn from_name(name: &str) -> Option<Self> {
        Line::from_name(name)
            .map(Message::Line)
            .or_else(|| Phone::from_name(name).map(Message::Phone))
    }
}

impl From<Line> for Message {
    #[inline]
    fn from(line: Line) -> Self {
        Message::Line(line)
    }
}

impl From<Phone> for Message {
    #[inline]
    fn from(phone: Phone) -> Self {
        Message::Phone(phone)
    }
}

/// From a `dwMessage`, which TAPI passes as a `DWORD`.
impl TryFrom<u32> for Message {
    type Error = UnknownMessageError;

    #[inline]
    fn try_from(value: u32) -> Result<Self, Self::Error> {
        i32::try_from(value)
            .ok()
            .and_then(Message::from_value)
            .ok_or(UnknownMessageError {
                value: value.into(),
            })
    }
}

impl TryFrom<i32> for Message {
    type Error = UnknownMessageError;

    #[inline]
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Message::from_value(value).ok_or(UnknownMessageError {
            value: value.into(),
        })
    }
}

/// A number that is no `LINE_` or `PHONE_` callback message: the error of
/// `Message::try_from`. (Not an [`UnknownValueError`] of either family: the
/// number belongs to neither.)
///
/// ```
/// use tapi_consts::families::Message;
///
/// let error = Message::try_from(35u32).unwrap_err();
/// assert_eq!(error.value(), 35);
/// assert_eq!(error.to_string(), "35 is not the number of any LINE_ or PHONE_ message");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownMessageError {
    value: i64,
}

impl UnknownMessageError {
    /// The number, as given (a `u32` or an `i32`).
    #[inline]
    pub fn value(&self) -> i64 {
        self.value
    }
}

impl fmt::Display for UnknownMessageError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not the number of any LINE_ or PHONE_ message",
            self.value
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownMessageError {}

/// The full C name; `{:#}` gives the short name.
impl fmt::Display for Message {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Line(line) => fmt::Display::fmt(line, f),
            Message::Phone(phone) => fmt::Display::fmt(phone, f),
        }
    }
}

/// A name of either family, or a message number.
impl FromStr for Message {
    type Err = ParseError;

    #[inline]
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let line_error = match text.parse::<Line>() {
            Ok(line) => return Ok(Message::Line(line)),
            Err(error) => error,
        };
        match text.parse::<Phone>() {
            Ok(phone) => Ok(Message::Phone(phone)),
            // Report against the family the text was closest to.
            Err(phone_error)
                if phone_error.suggestion().is_some() && line_error.suggestion().is_none() =>
            {
                Err(phone_error)
            }
            Err(_) => Err(line_error),
        }
    }
}
