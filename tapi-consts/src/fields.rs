//! Structure fields in context: which `DWORD` fields of the TAPI 2
//! structures hold a member or a set of which family, so that
//! `LINEADDRESSSTATUS.dwAddressFeatures = 0x1003` reads as
//! `LINEADDRFEATURE_` bits.
//!
//! Microsoft's pages often say "one of" where a field is a mask
//! (`LINEADDRESSCAPS.dwTransferModes` lists every mode the address
//! supports): each field's [`Role`] follows its meaning, and
//! [`Field::note`] says where that departs from the page's wording. Some
//! fields hold a family that depends on another field
//! (`LINECALLSTATUS.dwCallStateMode` by `dwCallState`); [`Field::read`]
//! takes that field's value. The fields of `LINEMESSAGE` and
//! `PHONEMESSAGE` are a message's numbers: see
//! [`messages`](crate::messages).
//!
//! ```
//! use tapi_consts::fields::{field, Role};
//! use tapi_consts::families::{LineAddrFeature, LineConnectedMode};
//! use tapi_consts::ConstFamily;
//!
//! let features = field("LINEADDRESSSTATUS", "dwAddressFeatures").unwrap();
//! assert_eq!(features.read(0x1003, &[]).role(), Role::Set(LineAddrFeature::INFO));
//!
//! // The mode of a call's state depends on the state.
//! let mode = field("linecallstatus", "dwcallstatemode").unwrap();
//! assert_eq!(mode.depends_on(), Some("dwCallState"));
//! let connected = mode.read(0x1, &[("dwCallState", 0x100)]);
//! assert_eq!(connected.role(), Role::Value(LineConnectedMode::INFO));
//! assert_eq!(mode.read(0x1, &[]).role(), Role::Unspecified);
//! ```

mod rows;

pub use crate::roles::Role;
use crate::roles::Text;
use crate::storage::FamilyInfo;
use crate::version::Version;

/// One row: a field, in one case.
struct Row {
    /// `LINECALLSTATUS`.
    structure: &'static str,
    /// `dwCallStateMode`; `SetAgentState.dwAgentState` for a member of a
    /// union; `dwTerminalModesOffset[]` for each `DWORD` of an array the
    /// offset points to.
    field: &'static str,
    /// The case, for a field whose family depends on another field.
    when: Option<Depends>,
    role: Role,
    /// The TAPI version from which the field exists, when later than 1.4.
    since: Option<Version>,
    /// Whether windows-sys 0.61 declares the field.
    in_windows_sys: bool,
    /// Where the role departs from the page's wording, and why.
    note: &'static str,
    text: Text,
}

/// The field another one depends on, and the values of it that select a
/// row.
struct Depends {
    field: &'static str,
    family: &'static FamilyInfo,
    members: &'static [u64],
}

/// A structure field that holds a family's value or set (or that a family
/// field's meaning depends on).
#[derive(Clone, Copy)]
pub struct Field {
    /// The field's first row, and where it is in `rows::ROWS`.
    row: &'static Row,
    first: usize,
}

impl Field {
    /// The structure: `LINECALLSTATUS`.
    #[inline]
    pub fn structure(&self) -> &'static str {
        self.row.structure
    }

    /// The field: `dwCallStateMode`.
    #[inline]
    pub fn name(&self) -> &'static str {
        self.row.field
    }

    /// The TAPI version from which the field exists, when the page gives
    /// one later than 1.4 (`LINECALLINFO.dwCallerIDAddressType`: 3.0).
    #[inline]
    pub fn since(&self) -> Option<Version> {
        self.row.since
    }

    /// Whether windows-sys 0.61 declares the field (it lacks some TAPI 3.0
    /// and 3.1 fields: read them at their offset).
    #[inline]
    pub fn in_windows_sys(&self) -> bool {
        self.row.in_windows_sys
    }

    /// The field whose value decides this one's family, if any:
    /// `dwCallState` for `LINECALLSTATUS.dwCallStateMode`.
    #[inline]
    pub fn depends_on(&self) -> Option<&'static str> {
        self.row.when.as_ref().map(|depends| depends.field)
    }

    /// The family of the field it depends on (`LINECALLSTATE_` for
    /// `dwCallState`), to read a name given for it.
    #[inline]
    pub fn depends_on_family(&self) -> Option<&'static FamilyInfo> {
        self.row.when.as_ref().map(|depends| depends.family)
    }

    /// Where the field's role departs from the wording of Microsoft's
    /// page, and why (English); `""` where it does not.
    #[inline]
    pub fn note(&self) -> &'static str {
        self.rows()
            .map(|row| row.note)
            .find(|note| !note.is_empty())
            .unwrap_or("")
    }

    /// The field holding `value`, read: `given` holds the fields it depends
    /// on, by name (`("dwCallState", 0x100)`; any case). Without them, or
    /// with a value no row is for, a dependent field is
    /// [`Role::Unspecified`].
    #[inline]
    pub fn read(&self, value: u32, given: &[(&str, u32)]) -> FieldReading {
        let row = self.rows().find(|row| match &row.when {
            None => true,
            Some(depends) => given
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(depends.field))
                .is_some_and(|&(_, value)| {
                    let bits = u64::from(value);
                    let bits = bits & !depends.family.device_specific_bits(bits);
                    depends.members.contains(&bits)
                }),
        });
        FieldReading {
            field: *self,
            value,
            role: row.map_or(Role::Unspecified, |row| row.role),
            text: row.map_or(&DEPENDS, |row| &row.text),
        }
    }

    /// Every row of this field: from its first one, while they are its
    /// own (a field's rows are adjacent; a test checks).
    fn rows(&self) -> impl Iterator<Item = &'static Row> {
        let (structure, field) = (self.row.structure, self.row.field);
        rows::ROWS
            .get(self.first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |row| row.structure == structure && row.field == field)
    }
}

impl core::fmt::Debug for Field {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Field({}.{})", self.structure(), self.name())
    }
}

/// What a dependent field says when the field it depends on is not given
/// or has a value no row is for.
const DEPENDS: Text = crate::roles::text!(
    "What this field holds depends on another field of the structure (`Field::depends_on`), whose value was not given or is one for which the pages specify nothing.",
    "Le contenu de ce champ dépend d’un autre champ de la structure (`Field::depends_on`), dont la valeur n’a pas été donnée ou est une valeur pour laquelle la documentation ne précise rien.",
    "Was dieses Feld enthält, hängt von einem anderen Feld der Struktur ab (`Field::depends_on`), dessen Wert nicht angegeben wurde oder einer ist, für den die Dokumentation nichts festlegt."
);

/// A field's value, read.
#[derive(Clone, Copy)]
pub struct FieldReading {
    field: Field,
    value: u32,
    role: Role,
    text: &'static Text,
}

impl FieldReading {
    /// The field.
    #[inline]
    pub fn field(&self) -> Field {
        self.field
    }

    /// The value as read.
    #[inline]
    pub fn value(&self) -> u32 {
        self.value
    }

    /// What it holds in this case.
    #[inline]
    pub fn role(&self) -> Role {
        self.role
    }

    /// What the field holds, in `lang` (English when the language is not
    /// there); for a dependent field in no known case, that it depends on
    /// another field.
    #[inline]
    pub fn description(&self, lang: &str) -> &'static str {
        self.text.get(lang)
    }
}

impl core::fmt::Debug for FieldReading {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FieldReading")
            .field("field", &self.field)
            .field("value", &self.value)
            .field("role", &self.role)
            .finish()
    }
}

/// The field `structure.field`, names in any case (`LINECALLSTATUS`,
/// `dwCallStateMode`).
#[inline]
pub fn field(structure: &str, field: &str) -> Option<Field> {
    rows::ROWS
        .iter()
        .position(|row| {
            row.structure.eq_ignore_ascii_case(structure) && row.field.eq_ignore_ascii_case(field)
        })
        .map(|first| Field {
            row: &rows::ROWS[first],
            first,
        })
}

/// Every field, each once, in the order of the structures' pages.
#[inline]
pub fn fields() -> impl Iterator<Item = Field> {
    // A field's rows are adjacent (a test checks), so a field starts where
    // the row before is another field's.
    rows::ROWS
        .iter()
        .enumerate()
        .filter(|&(at, row)| {
            at == 0 || {
                let before = &rows::ROWS[at - 1];
                before.structure != row.structure || before.field != row.field
            }
        })
        .map(|(first, row)| Field { row, first })
}

#[cfg(test)]
mod tests {
    use super::rows::ROWS;

    #[test]
    fn the_rows_of_a_field_are_adjacent() {
        for (at, row) in ROWS.iter().enumerate() {
            let same =
                |other: &&super::Row| other.structure == row.structure && other.field == row.field;
            let first = ROWS.iter().position(|other| same(&other)).unwrap();
            assert!(
                ROWS[first..=at].iter().all(|other| same(&other)),
                "{}.{}: its rows are not together",
                row.structure,
                row.field
            );
        }
    }
}
