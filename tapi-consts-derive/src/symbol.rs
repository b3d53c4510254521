//! The attribute keys the derive understands, compared without scattering
//! string literals through the parser.

use std::fmt;
use syn::{Ident, Path};

#[derive(Clone, Copy)]
pub struct Symbol(&'static str);

pub const TAPI: Symbol = Symbol("tapi");
pub const REPR: Symbol = Symbol("repr");
pub const DOC: Symbol = Symbol("doc");
pub const PREFIX: Symbol = Symbol("prefix");
pub const FLAGS: Symbol = Symbol("flags");
pub const SINCE: Symbol = Symbol("since");
pub const HEADER: Symbol = Symbol("header");
pub const NAME: Symbol = Symbol("name");
pub const ALIAS: Symbol = Symbol("alias");
pub const SELECTOR: Symbol = Symbol("selector");
pub const C_CONSTS: Symbol = Symbol("c_consts");
pub const DEVICE_SPECIFIC: Symbol = Symbol("device_specific");
pub const C_TYPE: Symbol = Symbol("c_type");
pub const BITS: Symbol = Symbol("bits");
pub const FROM: Symbol = Symbol("from");

/// Keys of `#[tapi(...)]` on the enum.
pub const FAMILY_KEYS: &[Symbol] = &[
    PREFIX,
    FLAGS,
    SINCE,
    HEADER,
    C_TYPE,
    DOC,
    C_CONSTS,
    DEVICE_SPECIFIC,
];
/// Keys of `device_specific(...)`.
pub const DEVICE_SPECIFIC_KEYS: &[Symbol] = &[BITS, FROM];
/// Keys of `#[tapi(...)]` on a variant.
pub const MEMBER_KEYS: &[Symbol] = &[NAME, ALIAS, SINCE, DOC, SELECTOR];

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// "`prefix`, `flags`, `since`" for error messages.
pub fn list(keys: &[Symbol]) -> String {
    let keys: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    keys.join(", ")
}
