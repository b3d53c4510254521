//! [`Kind`]: what a family's values are made of.

/// Whether a family's members are alternatives or combinable bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Exactly one member describes a value.
    Enum,
    /// A value is a set of members, each one bit.
    Flags,
    /// A value is one *selector* member (a value of a field of bits) plus
    /// flag members, as `LINEINITIALIZEEXOPTION_USEEVENT |
    /// LINEINITIALIZEEXOPTION_CALLHUBTRACKING`.
    Mixed,
    /// Not a family: constants of their own, with no shared prefix, that may
    /// share values ([`families::STANDALONE`](crate::families::STANDALONE):
    /// `LINEMAPPER`, `TAPIMAX*SIZE`). Their entries are found by name
    /// ([`lookup`](crate::lookup)); no text parses or formats as a value of
    /// it. The derive never makes one.
    Standalone,
}

impl Kind {
    /// Whether a value is a set of members ([`Flags`](Kind::Flags),
    /// [`Mixed`](Kind::Mixed)) rather than one of them: how its text is read
    /// and written ([`FamilyInfo::parse`](crate::FamilyInfo::parse),
    /// [`write`](crate::FamilyInfo::write)).
    #[inline]
    pub const fn is_set(self) -> bool {
        matches!(self, Kind::Flags | Kind::Mixed)
    }

    /// The kind's name, as the command-line tool's JSON gives it: `"enum"`,
    /// `"flags"`, `"mixed"` or `"standalone"`.
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Enum => "enum",
            Kind::Flags => "flags",
            Kind::Mixed => "mixed",
            Kind::Standalone => "standalone",
        }
    }
}
