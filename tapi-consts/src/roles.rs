//! What a number holds where TAPI puts it, in a callback message
//! ([`messages`](crate::messages)) or a structure field
//! ([`fields`](crate::fields)): a [`Role`], and the texts that say it.

use crate::lang::{primary_subtag, same_tag};
use crate::storage::FamilyInfo;

/// What a number holds.
#[derive(Clone, Copy, Debug)]
pub enum Role {
    /// Nothing: the number is 0, or to be ignored.
    Unused,
    /// Not specified for this case: the pages say nothing, so it is not
    /// decoded.
    Unspecified,
    /// A handle (of a line, call, phone, agent, …): an opaque number.
    Handle,
    /// The callback instance the application gave when it opened the
    /// device.
    Instance,
    /// An identifier: of a device, an address, a request, a queue.
    Id,
    /// A count (of owners, of rings, …).
    Count,
    /// A time stamp in milliseconds since the system started
    /// (`GetTickCount`).
    TickCount,
    /// A size in bytes.
    Size,
    /// Another number that means itself: a ring mode, a button or lamp,
    /// an application's own value, a version.
    Number,
    /// A character in the low byte (a digit the line detected).
    Digit,
    /// A pointer to a structure or buffer.
    Pointer,
    /// A message number (`LINE_LINEDEVSTATE` with `REINIT` names the
    /// message a newer one stands for).
    Message,
    /// Exactly one member of the family.
    Value(&'static FamilyInfo),
    /// Bits of the family.
    Set(&'static FamilyInfo),
    /// 0 for success, or an error code of the family delivered as a
    /// negative `LONG` (`LINE_REPLY`'s `dwParam2`).
    Result(&'static FamilyInfo),
    /// Defined by the device's provider.
    DeviceSpecific,
}

/// Families compare as the same table.
impl PartialEq for Role {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        use Role::*;
        match (self, other) {
            (Value(a), Value(b)) | (Set(a), Set(b)) | (Result(a), Result(b)) => {
                core::ptr::eq(*a, *b)
            }
            _ => core::mem::discriminant(self) == core::mem::discriminant(other),
        }
    }
}

impl Eq for Role {}

impl Role {
    /// The family whose values the number holds: that of a
    /// [`Value`](Role::Value), a [`Set`](Role::Set) or a
    /// [`Result`](Role::Result); `None` for the other roles.
    ///
    /// ```
    /// use tapi_consts::messages::{read, Level};
    ///
    /// let reading = read(Level::Application, 2, [0, 0, 0x4, 0, 0]).unwrap(); // LINE_CALLSTATE
    /// let family = reading.params()[2].role().family().unwrap();
    /// assert_eq!(family.prefix(), "LINECALLSTATE_");
    /// ```
    #[inline]
    pub fn family(self) -> Option<&'static FamilyInfo> {
        match self {
            Role::Value(family) | Role::Set(family) | Role::Result(family) => Some(family),
            _ => None,
        }
    }
}

/// A description in English, French and German (`""`: dropped by this
/// build's features), written with `text!`.
#[derive(Clone, Copy)]
pub(crate) struct Text {
    pub(crate) en: &'static str,
    pub(crate) fr: &'static str,
    pub(crate) de: &'static str,
}

impl Text {
    /// No text.
    pub(crate) const NONE: Text = Text {
        en: "",
        fr: "",
        de: "",
    };

    /// The text in `lang`'s primary language, else English.
    pub(crate) fn get(&self, lang: &str) -> &'static str {
        let primary = primary_subtag(lang);
        let text = if same_tag(primary, "fr") {
            self.fr
        } else if same_tag(primary, "de") {
            self.de
        } else {
            ""
        };
        if text.is_empty() {
            self.en
        } else {
            text
        }
    }
}

/// A [`Text`] in English, French and German; a language this build drops
/// (`lang-fr`, `lang-de` off) is `""`.
macro_rules! text {
    ($en:literal, $fr:literal, $de:literal) => {
        $crate::roles::Text {
            en: $en,
            fr: $crate::__tapi_keep!("fr", $fr),
            de: $crate::__tapi_keep!("de", $de),
        }
    };
}
pub(crate) use text;
