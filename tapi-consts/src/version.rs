//! TAPI versions, as in a family's "requires TAPI 2.2".

use core::fmt;

/// A TAPI version such as 2.2, ordered as versions are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    // Hidden, not private, so generated tables are plain literals; not API.
    #[doc(hidden)]
    pub major: u8,
    #[doc(hidden)]
    pub minor: u8,
}

impl Version {
    /// The version `major.minor`.
    #[inline]
    pub const fn new(major: u8, minor: u8) -> Self {
        Version { major, minor }
    }

    /// The major version: 2 for TAPI 2.2.
    #[inline]
    pub const fn major(self) -> u8 {
        self.major
    }

    /// The minor version: 2 for TAPI 2.2.
    #[inline]
    pub const fn minor(self) -> u8 {
        self.minor
    }
}

impl fmt::Display for Version {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}
