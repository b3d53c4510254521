//! The writer: a family's description in, the table's parts out, as plain
//! data that `tapi-consts-derive` turns into literals. Feature `write`.

mod name_hash;

use std::string::String;
use std::vec::Vec;
use std::{format, vec};

use crate::layout::{KeyRuns, NONE, NO_VERSION};

pub use self::name_hash::{name_hash, WrittenHash, MAX_KEYS};

/// A family to write.
#[derive(Clone, Debug)]
pub struct Family<'a> {
    /// The C prefix with its trailing `_`.
    pub prefix: &'a str,
    /// The family's descriptions, `(language tag, text)`.
    pub docs: &'a [(String, String)],
    /// In declaration order.
    pub members: Vec<Member<'a>>,
    /// In a flags or mixed family, the repr's width in bits (sets are
    /// written per bit position); `None` in an enumeration.
    pub flag_positions: Option<u32>,
}

/// A member of a [`Family`].
#[derive(Clone, Debug)]
pub struct Member<'a> {
    /// The name after the prefix.
    pub name: &'a str,
    /// Other names after the prefix.
    pub aliases: Vec<&'a str>,
    /// The value's bit pattern, zero-extended.
    pub bits: u64,
    /// Its own TAPI version, `(major, minor)`.
    pub since: Option<(u8, u8)>,
    /// Its descriptions, `(language tag, text)`.
    pub docs: &'a [(String, String)],
    /// A selector value of a mixed family, which is not a flag.
    pub selector: bool,
}

/// The parts of a [`Table`](crate::Table) (and its [`Details`](crate::Details)
/// and [`Index`](crate::Index)), as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Full names, in declaration order.
    pub names: Vec<String>,
    /// Bit patterns, in declaration order.
    pub bits: Vec<u64>,
    /// Every tag the family or a member is described in, English first,
    /// then the others in alphabetical order.
    pub doc_languages: Vec<String>,
    /// Per tag of `doc_languages`, its texts concatenated.
    pub descriptions: Vec<String>,
    /// The records.
    pub records: Vec<u8>,
    /// Every accepted spelling, in [`KeyRuns`] order.
    pub keys: Vec<String>,
    /// Entry indices in ascending order of bits.
    pub by_value: Vec<u8>,
    /// Per bit position, its flag (flags and mixed families).
    pub bit_index: Vec<u8>,
    /// Per bit position, ` | ` and its flag's full name, up to the last
    /// flag (flags and mixed families).
    pub bit_terms: Vec<String>,
    /// The perfect hash of the keys; `None` past 2^16 slots.
    pub name_hash: Option<WrittenHash>,
    /// Every member's bits OR'ed together.
    pub known_bits: u64,
    /// The bits of the selector members (a mixed family's selector field).
    pub selector_mask: u64,
}

/// More keys than a `u16` can number: [`MAX_KEYS`] at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooManyKeys(pub usize);

/// Writes `family`'s table. The one error: more than [`MAX_KEYS`]
/// spellings (full and short names and aliases, with and without the
/// prefix).
pub fn write(family: &Family) -> Result<Written, TooManyKeys> {
    let prefix = family.prefix;
    let members = &family.members;
    let names: Vec<String> = members
        .iter()
        .map(|member| format!("{prefix}{}", member.name))
        .collect();
    let bits: Vec<u64> = members.iter().map(|member| member.bits).collect();
    let keys = keys(family, &names);
    if keys.len() > MAX_KEYS {
        return Err(TooManyKeys(keys.len()));
    }

    let doc_languages = doc_languages(family);
    let mut descriptions = vec![String::new(); doc_languages.len()];
    let mut records = Vec::new();
    let mut push_record = |since: Option<(u8, u8)>,
                           aliases: (usize, usize),
                           docs: &[(String, String)]| {
        records.extend_from_slice(&since.map_or([NO_VERSION; 2], |(major, minor)| [major, minor]));
        records.extend_from_slice(&(aliases.0 as u16).to_le_bytes());
        records.extend_from_slice(&(aliases.1 as u16).to_le_bytes());
        for (language, tag) in doc_languages.iter().enumerate() {
            let text = docs
                .iter()
                .find(|(have, _)| have == tag)
                .map_or("", |(_, text)| text);
            let all = &mut descriptions[language];
            let start = if text.is_empty() { 0 } else { all.len() };
            all.push_str(text);
            records.extend_from_slice(&(start as u32).to_le_bytes());
            records.extend_from_slice(&(text.len() as u32).to_le_bytes());
        }
    };
    // Record 0: the family; only its docs are read.
    push_record(None, (0, 0), family.docs);
    let runs = KeyRuns::of(members.len(), keys.len());
    let mut alias = 0;
    for member in members {
        // No alias: (0, 0), as `doc_records` writes it.
        let first = match member.aliases.len() {
            0 => 0,
            _ => runs.alias_key(alias),
        };
        push_record(member.since, (first, member.aliases.len()), member.docs);
        alias += member.aliases.len();
    }

    let mut by_value: Vec<usize> = (0..members.len()).collect();
    by_value.sort_by_key(|&entry| bits[entry]);
    let flag_of = |position: u32| {
        members
            .iter()
            .position(|member| !member.selector && member.bits == 1u64 << position)
    };
    let positions = family.flag_positions.unwrap_or(0);
    let bit_index = u16_list((0..positions).map(flag_of));
    let mut bit_terms: Vec<String> = (0..positions)
        .map(|position| {
            flag_of(position).map_or_else(String::new, |entry| format!(" | {}", names[entry]))
        })
        .collect();
    // No trailing empty terms: a bit past the end reads as no flag.
    while bit_terms.last().is_some_and(String::is_empty) {
        bit_terms.pop();
    }
    let key_names: Vec<&str> = keys.iter().map(|(key, _)| key.as_str()).collect();
    let key_entries: Vec<usize> = keys.iter().map(|&(_, entry)| entry).collect();
    let selector_mask = members
        .iter()
        .filter(|member| member.selector)
        .fold(0, |mask, member| mask | member.bits);
    Ok(Written {
        known_bits: bits.iter().fold(0, |all, bits| all | bits),
        selector_mask,
        name_hash: name_hash(&key_names, &key_entries),
        names,
        bits,
        doc_languages,
        descriptions,
        records,
        keys: keys.into_iter().map(|(key, _)| key).collect(),
        by_value: u16_list(by_value.into_iter().map(Some)),
        bit_index,
        bit_terms,
    })
}

/// Every accepted spelling with its entry, in [`KeyRuns`] order: full
/// names, short names, aliases, aliases with the prefix.
fn keys(family: &Family, names: &[String]) -> Vec<(String, usize)> {
    let members = &family.members;
    let aliases = || {
        members
            .iter()
            .enumerate()
            .flat_map(|(entry, member)| member.aliases.iter().map(move |&alias| (alias, entry)))
    };
    let full = names
        .iter()
        .enumerate()
        .map(|(entry, name)| (name.clone(), entry));
    let short = members
        .iter()
        .enumerate()
        .map(|(entry, member)| (String::from(member.name), entry));
    let alias = aliases().map(|(alias, entry)| (String::from(alias), entry));
    let full_alias = aliases().map(|(alias, entry)| (format!("{}{alias}", family.prefix), entry));
    full.chain(short).chain(alias).chain(full_alias).collect()
}

/// Every tag the family or a member is described in: English first, then
/// the others alphabetically.
pub fn doc_languages(family: &Family) -> Vec<String> {
    let mut tags: Vec<String> = core::iter::once(family.docs)
        .chain(family.members.iter().map(|member| member.docs))
        .flat_map(|docs| docs.iter().map(|(tag, _)| tag.clone()))
        .collect();
    tags.sort_by(|a, b| (a != "en", a).cmp(&(b != "en", b)));
    tags.dedup();
    tags
}

/// Entry indices as little-endian `u16`s, [`NONE`] for none: the encoding
/// of `by_value`, `bit_index` and the derive's value maps (read by
/// [`map_index`](crate::map_index)).
pub fn u16_list(entries: impl IntoIterator<Item = Option<usize>>) -> Vec<u8> {
    entries
        .into_iter()
        .flat_map(|entry| entry.map_or(NONE, |entry| entry as u16).to_le_bytes())
        .collect()
}

#[cfg(test)]
mod tests;
