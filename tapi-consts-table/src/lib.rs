//! The compact table a `tapi-consts` family's constants are stored in: its
//! one definition. `tapi-consts-derive` writes it (the [`write`](mod@write) module,
//! feature `write`), `tapi-consts` reads it ([`Table`]'s methods); a change
//! to the format is an edit here, and the round-trip tests of this crate
//! check the writer against the reader.
//!
//! Not for use on its own: the API serves those two crates and may change
//! in any release.
//!
//! # Why a table
//! The derive writes each family as a handful of literals — arrays of name
//! strings, one string of descriptions per language, byte strings of
//! fixed-size records — instead of one struct literal per constant: the
//! compiler then has almost nothing to type-check, borrow-check or
//! const-evaluate per constant, which is most of what a family costs to
//! compile.
//!
//! # The format
//! All integers little-endian. A [`Table`] has:
//!
//! - `names`: the full names, in declaration order (entry `i`); `bits`:
//!   the values' bit patterns, zero-extended to 64 bits, in the same order.
//! - `details` ([`Details`]), absent from a family written by hand:
//!   - `doc_languages`: every language tag the family was written with,
//!     English first; `languages`: those the build keeps.
//!   - `descriptions()`: per tag of `doc_languages`, its texts
//!     concatenated (`""` for a language the build drops).
//!   - `records`: [`record_size`] bytes per record. Record 0 is the
//!     family (only its docs are read), record `i + 1` entry `i`:
//!     `since: (major: u8, minor: u8)` (both [`NO_VERSION`]: none),
//!     `aliases: (first key: u16, count: u16)`, then per tag of
//!     `doc_languages` `doc: (start: u32, len: u32)` into that language's
//!     string (`len` 0: none).
//! - `index` ([`Index`]), absent from a family written by hand (its
//!   lookups scan `names` and `bits`):
//!   - `keys`: every spelling a lookup accepts, in four runs ([`KeyRuns`]):
//!     the full names (key `i` is entry `i`), the short names (key
//!     `len + i`), the aliases grouped by entry, then the same aliases with
//!     the prefix.
//!   - `by_value`: entry indices as `u16`, in ascending order of bits.
//!   - `bit_index`: in a flags or mixed family, per bit position the flag
//!     member of that bit as a `u16` ([`NONE`]: none); empty in other
//!     families.
//!   - `bit_terms`: in a flags or mixed family, per bit position the full
//!     name of that bit's flag after ` | ` (the set separator), `""` for
//!     none, so that a set is written with one lookup and one write per
//!     term; empty in other families.
//!   - `name_hash` ([`NameHash`]): a perfect hash of the keys — seed, shift
//!     and slots of 4 bytes, a `u16` key ([`NONE`]: empty) and the `u16`
//!     entry of that key; [`hash`] and [`slot`] place a name. Absent from a
//!     family too large for a table of 2^16 slots: its lookups scan `keys`.
//!
//! The derive's value maps (`from_value` and a member's position, where a
//! table beats a `match`) are `u16` entry indices in the same encoding, read
//! by [`map_index`].
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(any(test, feature = "write"))]
extern crate std;

mod bytes;
mod hash;
mod layout;
mod table;
#[cfg(feature = "write")]
pub mod write;

pub use crate::bytes::map_index;
pub use crate::hash::{hash, slot};
pub use crate::layout::{doc_records, record_size, KeyRuns, NONE, NO_VERSION};
pub use crate::table::{Details, Found, Index, NameHash, Table};
