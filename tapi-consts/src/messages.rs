//! Callback messages in context: what the numbers that come with a message
//! hold, so that `LINE_CALLSTATE 0x100 0x1 0x0` reads as a connected call
//! in its active mode.
//!
//! An application's callback (and a `LINEMESSAGE` or `PHONEMESSAGE` from
//! `lineGetMessage`) receives a message number and five numbers: `hDevice`,
//! `dwCallbackInstance`, `dwParam1`, `dwParam2`, `dwParam3`. A service
//! provider's `LINEEVENT` sends TAPI `htLine`, `htCall`, the message and
//! three parameters, and reads some of them differently (`LINE_CALLSTATE`'s
//! `dwParam3` is a media mode there, a privilege for the application).
//! [`read`] gives each number its [`Role`]: a member or a set of which
//! family, a handle, an ID, …, and a description.
//!
//! ```
//! use tapi_consts::messages::{read, Level, Role};
//! use tapi_consts::families::{LineCallState, LineConnectedMode};
//! use tapi_consts::ConstFamily;
//!
//! // LINE_CALLSTATE (2): the call is connected, in its active mode.
//! let reading = read(Level::Application, 2, [0x10c4, 0, 0x100, 0x1, 0]).unwrap();
//! assert_eq!(reading.message().name(), "LINE_CALLSTATE");
//! let [_, _, state, mode, privilege] = reading.params();
//! assert_eq!(state.role(), Role::Value(LineCallState::INFO));
//! assert_eq!(mode.role(), Role::Value(LineConnectedMode::INFO));
//! assert_eq!(mode.entry().unwrap().name(), "LINECONNECTEDMODE_ACTIVE");
//! assert!(privilege.description("en").contains("has not changed"));
//! ```
//!
//! Where Microsoft's pages slip, the facts win: `LINE_AGENTSESSIONSTATUS`'s
//! `dwParam2` holds `LINEAGENTSESSIONSTATUS_` bits and its `dwParam3` a
//! `LINEAGENTSESSIONSTATE_` (the page names `LINEAGENTSTATUSEX_` and
//! `LINEAGENTSTATEEX_`), and `LINE_AGENTSTATUSEX`'s `dwParam2` holds
//! `LINEAGENTSTATUSEX_` bits (the page repeats `LINEQUEUESTATUS_`).

mod rows;

use crate::entry::Entry;
use crate::families::{Message, ProviderMessage};
use crate::given::bits_for;
use crate::repr::{Integer, Repr};
pub use crate::roles::Role;
use crate::roles::Text;
use crate::ConstFamily;

/// Who receives the message, which decides how some numbers read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// An application: its line or phone callback, or `lineGetMessage`.
    Application,
    /// TAPI, from a service provider's `LINEEVENT` (`TSPI.h`); the provider
    /// messages 500 to 506 exist only here.
    Provider,
}

/// One of the five numbers that come with a message, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `hDevice` (application), `htLine` (provider).
    Device,
    /// `dwCallbackInstance` (application), `htCall` (provider).
    Instance,
    /// `dwParam1`.
    Param1,
    /// `dwParam2`.
    Param2,
    /// `dwParam3`.
    Param3,
}

impl Slot {
    /// The five, in the order a callback receives them.
    pub const ALL: [Slot; 5] = [
        Slot::Device,
        Slot::Instance,
        Slot::Param1,
        Slot::Param2,
        Slot::Param3,
    ];

    /// The C name of the number at `level`: `hDevice`, `htCall`, `dwParam2`.
    #[inline]
    pub const fn name(self, level: Level) -> &'static str {
        match (self, level) {
            (Slot::Device, Level::Application) => "hDevice",
            (Slot::Device, Level::Provider) => "htLine",
            (Slot::Instance, Level::Application) => "dwCallbackInstance",
            (Slot::Instance, Level::Provider) => "htCall",
            (Slot::Param1, _) => "dwParam1",
            (Slot::Param2, _) => "dwParam2",
            (Slot::Param3, _) => "dwParam3",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// A message number for every message (the provider-level readings of
/// `htLine` and `htCall`).
const ANY: i32 = -1;

/// When a row applies, given the message's numbers.
enum When {
    Always,
    /// The number, its device-specific part aside, is one of these.
    Is(Slot, &'static [u64]),
    /// The number has this bit.
    Has(Slot, u64),
    /// The number is exactly this.
    Equals(Slot, u64),
    /// The number has more than one bit set.
    Several(Slot),
    Both(&'static When, &'static When),
}

struct Row {
    /// The message number, or [`ANY`].
    message: i32,
    slot: Slot,
    /// `None`: both levels.
    level: Option<Level>,
    when: When,
    role: Role,
    text: Text,
}

/// One number of a message, read.
#[derive(Clone, Copy)]
pub struct Param {
    slot: Slot,
    level: Level,
    value: usize,
    role: Role,
    text: &'static Text,
}

impl Param {
    /// Which of the five numbers this is.
    #[inline]
    pub fn slot(&self) -> Slot {
        self.slot
    }

    /// Its C name at this level (`dwParam1`, `htCall`).
    #[inline]
    pub fn name(&self) -> &'static str {
        self.slot.name(self.level)
    }

    /// The number as received.
    #[inline]
    pub fn value(&self) -> usize {
        self.value
    }

    /// What it holds.
    #[inline]
    pub fn role(&self) -> Role {
        self.role
    }

    /// The bit pattern a family reads: the low 32 bits (a `DWORD`, or a
    /// `LONG` result as its bits). See [`entry`](Self::entry) for a number
    /// that is no 32-bit value at all.
    #[inline]
    pub fn bits(&self) -> u64 {
        u64::from(self.value as u32)
    }

    /// The member it holds, for a [`Role::Value`] or a nonzero
    /// [`Role::Result`] that is one. A number that stands for no 32-bit
    /// value (not a `DWORD` zero-extended, nor a `LONG` sign-extended, as
    /// `TryFrom<usize>` reads them) holds none: `0x1_0000_0004` is not
    /// `LINECALLSTATE_ACCEPTED`.
    #[inline]
    pub fn entry(&self) -> Option<Entry> {
        match self.role {
            Role::Value(family) | Role::Result(family) => family.entry_by_bits(dword(self.value)?),
            _ => None,
        }
    }

    /// What it holds in this message and case, in `lang` (a BCP 47 tag;
    /// English when the language is not there).
    #[inline]
    pub fn description(&self, lang: &str) -> &'static str {
        self.text.get(lang)
    }
}

impl core::fmt::Debug for Param {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Param")
            .field("slot", &self.slot)
            .field("value", &self.value)
            .field("role", &self.role)
            .finish()
    }
}

/// A message with its five numbers, read.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    message: Entry,
    level: Level,
    params: [Param; 5],
}

impl Reading {
    /// The message (`LINE_CALLSTATE`), with its description.
    #[inline]
    pub fn message(&self) -> Entry {
        self.message
    }

    /// The level it was read at.
    #[inline]
    pub fn level(&self) -> Level {
        self.level
    }

    /// The five numbers, in the order of [`Slot::ALL`].
    #[inline]
    pub fn params(&self) -> [Param; 5] {
        self.params
    }
}

/// The message `number` with its five numbers (`[hDevice,
/// dwCallbackInstance, dwParam1, dwParam2, dwParam3]`, or `[htLine, htCall,
/// …]` at the provider level), read; `None` for a number that is no message
/// at this level (the provider messages 500 to 506 are read only at
/// [`Level::Provider`]).
#[inline]
pub fn read(level: Level, number: u32, numbers: [usize; 5]) -> Option<Reading> {
    let message = message_entry(level, number)?;
    let rows = rows_for(message.value() as i32);
    let params = Slot::ALL.map(|slot| {
        let row = row(level, rows, slot, &numbers);
        Param {
            slot,
            level,
            value: numbers[slot.index()],
            role: row.map_or(Role::Unspecified, |row| row.role),
            text: row.map_or(&Text::NONE, |row| &row.text),
        }
    });
    Some(Reading {
        message,
        level,
        params,
    })
}

/// The message numbered `number` at `level`.
fn message_entry(level: Level, number: u32) -> Option<Entry> {
    let number = i32::try_from(number).ok()?;
    match Message::from_value(number) {
        Some(Message::Line(line)) => Some(line.entry()),
        Some(Message::Phone(phone)) => Some(phone.entry()),
        None if level == Level::Provider => ProviderMessage::from_value(number).map(|m| m.entry()),
        None => None,
    }
}

/// The first row for this message and number whose case holds.
fn row(level: Level, rows: Rows, slot: Slot, numbers: &[usize; 5]) -> Option<&'static Row> {
    rows.iter().find(|row| {
        row.slot == slot
            && row.level.is_none_or(|only| only == level)
            && holds(&row.when, rows, numbers)
    })
}

/// The rows of one message, then the rows for any message.
#[derive(Clone, Copy)]
struct Rows {
    own: &'static [Row],
    every: &'static [Row],
}

impl Rows {
    fn iter(self) -> impl Iterator<Item = &'static Row> {
        self.own.iter().chain(self.every)
    }
}

/// The rows `message` reads by. The table keeps a message's rows together,
/// in ascending order of message, and the rows for any message last (a
/// test checks), so a read looks at a few rows, not all.
fn rows_for(message: i32) -> Rows {
    let any = rows::ROWS.partition_point(|row| row.message != ANY);
    let (own, every) = rows::ROWS.split_at(any);
    let start = own.partition_point(|row| row.message < message);
    let end = own.partition_point(|row| row.message <= message);
    Rows {
        own: own.get(start..end).unwrap_or(&[]),
        every,
    }
}

/// The 32-bit value a callback's `usize` number stands for, read as
/// `TryFrom<usize>` reads it (`given.rs`); `None` when it stands for none.
fn dword(number: usize) -> Option<u64> {
    bits_for(<u32 as Repr>::KIND, usize::INTEGER, number as i128)
}

fn holds(when: &When, rows: Rows, numbers: &[usize; 5]) -> bool {
    // A condition on a number that stands for no 32-bit value does not
    // hold: its low bits are not what its writer meant.
    let bits = |slot: Slot| dword(numbers[slot.index()]);
    match when {
        When::Always => true,
        When::Is(slot, members) => {
            let Some(value) = bits(*slot) else {
                return false;
            };
            // The number without the family's device-specific part
            // (`LINECALLSTATE_CONNECTED` with a vendor's substate).
            let family = rows.iter().find_map(|row| match row {
                Row {
                    slot: s,
                    when: When::Always,
                    role: Role::Value(family) | Role::Set(family),
                    ..
                } if s == slot => Some(*family),
                _ => None,
            });
            let value = value & !family.map_or(0, |family| family.device_specific_bits(value));
            members.contains(&value)
        }
        When::Has(slot, bit) => bits(*slot).is_some_and(|value| value & bit != 0),
        When::Equals(slot, value) => bits(*slot) == Some(*value),
        When::Several(slot) => bits(*slot).is_some_and(|value| value.count_ones() > 1),
        When::Both(a, b) => holds(a, rows, numbers) && holds(b, rows, numbers),
    }
}

#[cfg(test)]
mod tests {
    use super::rows::ROWS;
    use super::{holds, Role, Row, Rows, Slot, When, ANY};
    use crate::families::{LineAgentSessionState, LineCallState};
    use crate::roles::text;
    use crate::ConstFamily;

    /// A condition on a number strips the device-specific part of that
    /// number's own family, not of another slot's listed before it.
    #[test]
    fn a_condition_reads_its_own_slot_s_family() {
        const TEXT: crate::roles::Text = text!("", "", "");
        static OWN: [Row; 2] = [
            // LINECALLSTATE_: the high 8 bits are a vendor's.
            Row {
                message: 0,
                slot: Slot::Param2,
                level: None,
                when: When::Always,
                role: Role::Value(LineCallState::INFO),
                text: TEXT,
            },
            // LINEAGENTSESSIONSTATE_: nothing is.
            Row {
                message: 0,
                slot: Slot::Param1,
                level: None,
                when: When::Always,
                role: Role::Value(LineAgentSessionState::INFO),
                text: TEXT,
            },
        ];
        let rows = Rows {
            own: &OWN,
            every: &[],
        };
        let numbers = [0, 0, 0x0100_0001, 0, 0];
        assert!(holds(
            &When::Is(Slot::Param1, &[0x0100_0001]),
            rows,
            &numbers
        ));
        assert!(!holds(&When::Is(Slot::Param1, &[0x1]), rows, &numbers));
    }

    /// What `rows_for` relies on.
    #[test]
    fn rows_are_in_ascending_order_of_message_and_any_last() {
        let any = ROWS.iter().position(|row| row.message == ANY).unwrap();
        assert!(ROWS[any..].iter().all(|row| row.message == ANY));
        assert!(
            ROWS[..any]
                .windows(2)
                .all(|pair| pair[0].message <= pair[1].message),
            "rows out of order"
        );
    }
}
