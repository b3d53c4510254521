//! Every prebuilt family, through its typed API and through its
//! `FamilyInfo`: every member round-trips value ↔ name ↔ text, and every
//! bit-flag family's set text round-trips for every single bit and for
//! random bit patterns.

use tapi_consts::families::*;
use tapi_consts::{ConstFamily, FamilyInfo, FlagFamily, FlagSet, Flags, Kind, Repr};

// The families come from the crate's one list, `__tapi_every_family!`
// (`tapi-consts/src/families/list.rs`): one line a family, `kind Type
// c_module [TypeSet]`, handed to the callbacks below.

macro_rules! typed_round_trips {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        $(typed_round_trip::<$family>();)*
    };
}

macro_rules! set_round_trips {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        $(set_round_trip_if!($family $($set)?);)*
    };
}

/// A family with a set alias (`flags` or `mixed`) has sets to round-trip.
macro_rules! set_round_trip_if {
    ($family:ident) => {};
    ($family:ident $set:ident) => {
        set_round_trip::<$family>();
    };
}

/// `(type, kind)` of every family of the list.
macro_rules! kinds {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        [$((stringify!($family), stringify!($kind))),*]
    };
}

/// `(family, alias, the alias's type, Flags<family>)` of every family
/// with a set alias in the list.
macro_rules! set_aliases {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        [$($((
            stringify!($family),
            stringify!($set),
            std::any::type_name::<$set>(),
            std::any::type_name::<Flags<$family>>(),
        ),)?)*]
    };
}

#[test]
fn every_member_round_trips_through_the_typed_api() {
    tapi_consts::__tapi_every_family!(typed_round_trips);
}

macro_rules! windows_sys_integers {
    ($($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?) => {
        $(read_from_windows_sys_integers::<$family>();)*
    };
}

/// Every member, given as windows-sys gives it: a structure's `u32`
/// field, a function's `i32` result, a callback's `usize` parameter
/// zero-extended (a `DWORD`) and sign-extended (a `LONG`, as 64-bit
/// Windows stores one in a `DWORD_PTR`), is that member.
#[test]
fn every_member_is_read_from_the_integers_windows_sys_gives() {
    tapi_consts::__tapi_every_family!(windows_sys_integers);
}

fn read_from_windows_sys_integers<E>()
where
    E: ConstFamily + TryFrom<u32> + TryFrom<i32> + TryFrom<usize>,
{
    // Every prebuilt family is 32 bits wide (DWORD or LONG).
    assert_eq!(E::INFO.repr().bits(), 32, "{}", E::INFO.prefix());
    for &member in E::ALL {
        let dword = member.entry().bits() as u32;
        let long = dword as i32;
        let name = member.entry().name();
        assert_eq!(E::try_from(dword).ok(), Some(member), "{name} as u32");
        assert_eq!(E::try_from(long).ok(), Some(member), "{name} as i32");
        assert_eq!(
            E::try_from(dword as usize).ok(),
            Some(member),
            "{name} zero-extended"
        );
        let sign_extended = long as isize as usize;
        assert_eq!(
            E::try_from(sign_extended).ok(),
            Some(member),
            "{name} sign-extended"
        );
        // Above 32 bits, and no sign extension: no member, whatever the low
        // bits say.
        #[cfg(target_pointer_width = "64")]
        assert!(E::try_from(dword as usize | 1 << 40).is_err(), "{name}");
    }
}

#[test]
fn every_flags_family_round_trips_set_text() {
    tapi_consts::__tapi_every_family!(set_round_trips);
}

/// The list, `ALL` (generated from it) and each family's own `Kind` agree,
/// and the list is every family the sources declare: every `pub enum`
/// deriving `ConstFamily` in the descriptions (`tapi-consts/families/`) or
/// under `tapi-consts/src/families/`, in any file.
/// Leaving one out of the list fails here (and in `windows_sys_values.rs`,
/// whose `raw::NAME` would not compile).
#[test]
fn the_list_is_every_family() {
    let listed = tapi_consts::__tapi_every_family!(kinds);
    // ALL starts with the list's families (the `tapi.h` group), in order;
    // the feature groups (TSPI, TAPI 3) follow.
    let registry: Vec<(&str, &str)> = ALL[..listed.len()]
        .iter()
        .map(|info| {
            let kind = match info.kind() {
                Kind::Enum => "enum",
                Kind::Flags => "flags",
                Kind::Mixed => "mixed",
                other => panic!("{}: {other:?} in ALL", info.type_name()),
            };
            (info.type_name(), kind)
        })
        .collect();
    assert_eq!(listed.as_slice(), registry.as_slice());

    // The list covers the descriptions at the top of `families/`; the
    // groups in its subdirectories list themselves (generated).
    let mut declared = declared_families(false);
    declared.sort();
    let mut listed: Vec<String> = listed.iter().map(|(ty, _)| ty.to_string()).collect();
    listed.sort();
    assert_eq!(
        declared, listed,
        "families declared in families/ (left) and listed in src/families/list.rs (right) differ"
    );
    assert_eq!(listed.len(), 86);
}

/// The naming rule of the `families` docs: every family whose values are
/// sets (`flags` and `mixed`, as their `FamilyInfo` says) has the alias
/// `XSet = Flags<X>`, and no other family has one.
#[test]
fn every_set_alias_is_the_family_name_and_set() {
    let aliases = tapi_consts::__tapi_every_family!(set_aliases);
    for (family, alias, alias_type, flags_type) in aliases {
        assert_eq!(alias, format!("{family}Set"));
        assert_eq!(alias_type, flags_type, "{alias}");
        // `Flags<X>` is `Flags<X, X's repr>`, its second parameter's default.
        let info = ALL.iter().find(|info| info.type_name() == family).unwrap();
        let repr = info.repr().name();
        assert!(
            flags_type.ends_with(&format!("::{family}, {repr}>")),
            "{flags_type}"
        );
    }
    let with_alias: Vec<&str> = aliases.iter().map(|(family, ..)| *family).collect();
    let listed = tapi_consts::__tapi_every_family!(kinds).len();
    let set_families: Vec<&str> = ALL[..listed]
        .iter()
        .filter(|info| matches!(info.kind(), Kind::Flags | Kind::Mixed))
        .map(|info| info.type_name())
        .collect();
    assert_eq!(with_alias, set_families);
    assert_eq!(with_alias.len(), 71);

    // The names a reader would guess from the rule, for the families whose
    // names end in a digit, `Ex`, `Flags` or a plural-looking word.
    let _: LineAgentSessionStateSet =
        LineAgentSessionState::Ready | LineAgentSessionState::BusyOnCall;
    let _: LineCallFeature2Set = Flags::<LineCallFeature2>::empty();
    let _: LineAgentStateExSet = Flags::<LineAgentStateEx>::empty();
    let _: LineDevCapFlagsSet = Flags::<LineDevCapFlags>::empty();
    let _: LineAgentStatusExSet = Flags::<LineAgentStatusEx>::empty();
    let _: LineInitializeExOptionSet = Flags::<LineInitializeExOption>::empty();

    // No alias is written by hand beside the generated ones (the generator's
    // own line, `pub type $set = Flags<$family>;`, aside), under another name.
    for (path, source) in family_sources() {
        for line in source.lines() {
            let line = line.trim();
            assert!(
                !(line.starts_with("pub type") && line.contains("Flags<") && !line.contains('$')),
                "{path}: `{line}`: set aliases come from families/list.rs"
            );
        }
    }
}

/// Every `.rs` file of the descriptions (`tapi-consts/families/`) and under
/// `tapi-consts/src/families/` (hand-written and generated), with its text.
fn family_sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tapi-consts");
    let mut out = Vec::new();
    for dir in ["families", "src/families"] {
        let before = out.len();
        walk(&root.join(dir), &mut out);
        assert!(
            out.len() - before > 3,
            "read {} files under {}",
            out.len() - before,
            root.join(dir).display()
        );
    }
    out
}

/// The name of every `pub enum` whose attributes derive `ConstFamily`, in
/// the feature groups' subdirectories too when `groups`.
fn declared_families(groups: bool) -> Vec<String> {
    let mut found = Vec::new();
    for (path, source) in family_sources() {
        let in_group = ["/families/tapi3/", "/families/tspi/"]
            .iter()
            .any(|dir| path.replace('\\', "/").contains(dir));
        if in_group && !groups {
            continue;
        }
        let lines: Vec<&str> = source.lines().collect();
        for (at, line) in lines.iter().enumerate() {
            let Some(rest) = line.strip_prefix("pub enum ") else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // The attributes and doc comment above it, up to the previous
            // item, and in them the `#[derive(...)]` (on one line or more).
            let mut above: Vec<&str> = lines[..at]
                .iter()
                .rev()
                .take_while(|above| !above.is_empty() && !above.starts_with('}'))
                .copied()
                .collect();
            above.reverse();
            let attributes = above.join("\n");
            let derives = attributes.split("#[derive(").skip(1).any(|derive| {
                derive
                    .split(")]")
                    .next()
                    .is_some_and(|list| list.split(',').any(|d| d.trim() == "ConstFamily"))
            });
            if derives {
                found.push(name);
            }
        }
    }
    found
}

fn typed_round_trip<E>()
where
    E: ConstFamily + core::fmt::Display + core::str::FromStr<Err = tapi_consts::ParseError>,
{
    let info = E::INFO;
    assert_eq!(E::ALL.len(), info.entries().len());
    for (index, &member) in E::ALL.iter().enumerate() {
        let entry = member.entry();
        assert_eq!(member.index(), index);
        assert_eq!(
            E::from_value(member.value()),
            Some(member),
            "{}",
            entry.name()
        );
        assert_eq!(member.value().to_bits(), entry.bits());
        let text = member.to_string();
        assert_eq!(text, entry.name());
        assert!(text.starts_with(info.prefix()));
        assert_eq!(format!("{member:#}"), entry.short_name());
        for written in [
            text,
            entry.short_name().to_owned(),
            member.value().to_string(),
            hex(info, entry.bits()),
        ] {
            assert_eq!(written.parse::<E>(), Ok(member), "{written}");
        }
        for alias in entry.aliases() {
            assert_eq!(alias.parse::<E>(), Ok(member));
        }
    }
}

fn set_round_trip<E: FlagFamily>() {
    let info = E::INFO;
    let width = info.repr().bits();
    let single_bits = (0..width).map(|bit| 1u64 << bit);
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ info.known_bits();
    let random = (0..200).map(move |_| {
        // xorshift64: a fixed, reproducible sample of patterns.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    });
    let members = E::ALL.iter().map(|member| member.value().to_bits());
    for bits in single_bits
        .chain(random)
        .chain(members)
        .chain([0, u64::MAX])
    {
        let set = Flags::<E>::from_bits_retain(E::Repr::from_bits(bits));
        for text in [set.to_string(), format!("{set:#}")] {
            assert_eq!(
                text.parse::<Flags<E>>(),
                Ok(set),
                "{}: {text}",
                info.prefix()
            );
        }
        let known: u64 = set
            .iter()
            .fold(0, |all, member| all | member.value().to_bits());
        assert_eq!(known | set.unknown_bits().to_bits(), set.bits().to_bits());
    }
}

fn hex(info: &'static FamilyInfo, bits: u64) -> String {
    format!("0x{bits:0width$X}", width = info.repr().hex_digits())
}

/// With the feature groups on (the tests build with `tapi3`, `tspi` and
/// `context`), every family described anywhere under `families/` is in
/// `ALL`, once: a group's list is generated from its descriptions.
#[test]
fn every_described_family_is_registered() {
    let mut declared = declared_families(true);
    declared.sort();
    let mut registered: Vec<String> = ALL.iter().map(|info| info.type_name().to_owned()).collect();
    registered.sort();
    assert_eq!(declared, registered);
    // TAPI 3 families carry their C type; TAPI 2 ones do not.
    let typed = ALL.iter().filter(|info| info.c_type().is_some()).count();
    assert!(typed > 50, "{typed}");
    assert!(ALL
        .iter()
        .filter(|info| info.header() == Some("tapi.h"))
        .all(|info| info.c_type().is_none()));
}

/// Every description, of every member and family in every language, as
/// plain text: no backtick and no link syntax left, and nothing but the
/// markup gone.
#[test]
fn every_description_reads_as_plain_text() {
    let mut checked = 0;
    for info in tapi_consts::families::ALL {
        let family_docs = info.docs().iter();
        let member_docs = info.entries().flat_map(|entry| entry.docs().iter());
        for (lang, markdown) in family_docs.chain(member_docs) {
            let text = tapi_consts::plain(markdown).to_string();
            assert!(
                !text.contains('`') && !text.contains("]("),
                "{lang}: {text}"
            );
            let kept = |text: &str| text.chars().filter(char::is_ascii_alphanumeric).count();
            assert!(kept(&text) <= kept(markdown), "{lang}: {text}");
            checked += 1;
        }
    }
    assert!(checked > 2 * 800, "{checked} descriptions");
}
