//! Lookups across every prebuilt family: by prefix, and by full C name.

use super::ALL;
use crate::{Entry, FamilyInfo};

/// The prebuilt family with this C prefix, ignoring ASCII case, with or
/// without the trailing `_`: `"LINECALLSTATE_"`, `"linecallstate"`.
#[inline]
pub fn family(prefix: &str) -> Option<&'static FamilyInfo> {
    let wanted = prefix.strip_suffix('_').unwrap_or(prefix);
    // A TAPI 3 family by its C type first (`CALL_STATE`), which is unique
    // where prefixes are not.
    let by_type = ALL.iter().copied().find(|info| {
        info.c_type()
            .is_some_and(|c_type| c_type.eq_ignore_ascii_case(prefix))
    });
    by_type.or_else(|| {
        ALL.iter().copied().find(|info| {
            let have = info.prefix().strip_suffix('_').unwrap_or(info.prefix());
            have.eq_ignore_ascii_case(wanted)
        })
    })
}

/// The constant with this full C name, in any prebuilt family or among the
/// constants of no family ([`STANDALONE`](super::STANDALONE): `LINEMAPPER`,
/// `TAPIMAX*SIZE`): an exact match first, then one ignoring ASCII case.
///
/// ```
/// let entry = tapi_consts::lookup("lineerr_service_not_running").unwrap();
/// assert_eq!(entry.name(), "LINEERR_SERVICE_NOT_RUNNING");
/// assert_eq!(entry.value(), 0x8000_0061);
/// assert_eq!(entry.family().prefix(), "LINEERR_");
///
/// let mapper = tapi_consts::lookup("LINEMAPPER").unwrap();
/// assert_eq!(mapper.value(), 0xFFFF_FFFF);
/// assert_eq!(mapper.family().kind(), tapi_consts::Kind::Standalone);
/// ```
#[inline]
pub fn lookup(full_name: &str) -> Option<Entry> {
    find(full_name, false).or_else(|| find(full_name, true))
}

#[inline]
fn find(full_name: &str, ignore_case: bool) -> Option<Entry> {
    // Several prefixes may start a name (`LINE_` and `LINECALLSTATE_` do not,
    // but `LINEAGENTSTATE_` and `LINEAGENTSTATEEX_` share a start), so every
    // family whose prefix matches is asked.
    ALL.iter()
        .copied()
        .chain(standalone())
        .find_map(|info| info.entry_by_full_name(full_name, ignore_case))
}

/// The constants of no family, of the groups this build enables: `tapi.h`'s
/// (`tapi`), TAPI 3's dispatch masks (`tapi3`).
fn standalone() -> impl Iterator<Item = &'static FamilyInfo> {
    let tables: [Option<&'static FamilyInfo>; 2] = [
        #[cfg(feature = "tapi")]
        Some(&super::STANDALONE),
        #[cfg(not(feature = "tapi"))]
        None,
        #[cfg(feature = "tapi3")]
        Some(&super::DISPATCH_MASKS),
        #[cfg(not(feature = "tapi3"))]
        None,
    ];
    tables.into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The registry covers the groups this build enables, and only those
    /// (CI runs the library's tests with and without `tapi`).
    #[test]
    fn the_registry_covers_the_enabled_groups() {
        let tapi = cfg!(feature = "tapi");
        let groups = [(cfg!(feature = "tspi"), 7), (cfg!(feature = "tapi3"), 61)];
        let grouped: usize = groups.iter().filter(|(on, _)| *on).map(|(_, n)| n).sum();
        assert_eq!(ALL.len(), if tapi { 86 + grouped } else { 0 });
        assert_eq!(family("LINECALLSTATE_").is_some(), tapi);
        assert_eq!(lookup("LINECALLSTATE_IDLE").is_some(), tapi);
        assert_eq!(
            lookup("LINEMAPPER").is_some(),
            tapi,
            "the constants of no family"
        );
        assert_eq!(crate::__tapi_every_family!(count) + grouped, ALL.len());
    }

    macro_rules! count {
        ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
            [$(stringify!($family)),*].len()
        };
    }
    use count;
}
