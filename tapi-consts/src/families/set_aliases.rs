//! The set alias of each `flags` and `mixed` family of the list: `XSet`
//! (see the module docs, "Set aliases").

use super::*;
use crate::Flags;

/// The set alias of each `flags` and `mixed` family of the list.
macro_rules! set_aliases {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        $(set_alias!($kind $family $($set)?);)*
    };
}

/// One family's: none for an enumeration, `XSet` for the others (the name
/// is checked at compile time).
macro_rules! set_alias {
    (enum $family:ident) => {};
    (flags $family:ident $set:ident) => {
        set_alias!(
            $family $set,
            concat!("A set of [`", stringify!($family), "`] flags.")
        );
    };
    (mixed $family:ident $set:ident) => {
        set_alias!(
            $family $set,
            concat!(
                "A [`",
                stringify!($family),
                "`] value: one selector member plus any of the flags."
            )
        );
    };
    ($family:ident $set:ident, $doc:expr) => {
        #[doc = $doc]
        pub type $set = Flags<$family>;
        const _: () = assert!(
            is_set_alias(stringify!($set), stringify!($family)),
            concat!(
                "the set alias of ",
                stringify!($family),
                " must be named ",
                stringify!($family),
                "Set"
            )
        );
    };
}

crate::__tapi_every_family!(set_aliases);

/// Whether `alias` is `family` followed by `Set`.
const fn is_set_alias(alias: &str, family: &str) -> bool {
    let (alias, family) = (alias.as_bytes(), family.as_bytes());
    if alias.len() != family.len() + 3 {
        return false;
    }
    let mut i = 0;
    while i < family.len() {
        if alias[i] != family[i] {
            return false;
        }
        i += 1;
    }
    matches!(alias.split_at(family.len()).1, b"Set")
}

#[cfg(test)]
mod tests {
    use super::is_set_alias;

    /// The check that keeps each alias named `<Family>Set`.
    #[test]
    fn an_alias_is_its_family_s_name_then_set() {
        assert!(is_set_alias("LineCallStateSet", "LineCallState"));
        assert!(!is_set_alias("LineCallStates", "LineCallState"));
        assert!(!is_set_alias("LineCallStateSet", "LineCallStatus"));
        assert!(!is_set_alias("PineCallStateSet", "LineCallState"));
        assert!(!is_set_alias("LineCallStateXet", "LineCallState"));
        assert!(!is_set_alias("LineCallStateSetSet", "LineCallState"));
    }
}
