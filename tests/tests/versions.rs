//! The TAPI version of each constant against the Windows SDK's `Tapi.h`.
//!
//! `tests/data/tapi-h-versions.tsv` has one row per integer `#define` of
//! `tapi.h` (columns `name`, `guard`, `comment`): `guard` is the version of
//! the `#if (TAPI_CURRENT_VERSION >= 0x000X000Y)` block the constant sits
//! in, `comment` its `// TAPI vX.Y` comment; either may be empty. A
//! constant's own version ([`Entry::since`]) is the guard if there is one,
//! else the comment; with neither it has none, and [`Entry::requires`] falls
//! back to its family's.

use tapi_consts::families::ALL;
use tapi_consts::{lookup, Entry, Version};

const TSV: &str = include_str!("../data/tapi-h-versions.tsv");

struct Row {
    name: &'static str,
    guard: Option<Version>,
    comment: Option<Version>,
}

impl Row {
    /// The version the header requires: the guard, else the comment.
    fn version(&self) -> Option<Version> {
        self.guard.or(self.comment)
    }
}

/// `"2.1"` as a version; `""` as none.
fn version(text: &str) -> Option<Version> {
    if text.is_empty() {
        return None;
    }
    let (major, minor) = text
        .split_once('.')
        .unwrap_or_else(|| panic!("not a version: {text:?}"));
    Some(Version::new(major.parse().unwrap(), minor.parse().unwrap()))
}

fn rows() -> Vec<Row> {
    let mut lines = TSV.lines();
    assert_eq!(lines.next(), Some("name\tguard\tcomment"));
    let rows: Vec<Row> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [name, guard, comment] = fields[..] else {
                panic!("not three columns: {line:?}");
            };
            Row {
                name,
                guard: version(guard),
                comment: version(comment),
            }
        })
        .collect();
    assert_eq!(rows.len(), 847, "one row per tapi.h constant");
    rows
}

#[test]
fn every_row_has_its_headers_version() {
    for row in rows() {
        // Every constant of tapi.h, the seven of no family included.
        let entry = lookup(row.name).unwrap_or_else(|| panic!("{} not found", row.name));
        assert_eq!(entry.name(), row.name);
        assert_eq!(entry.since(), row.version(), "{}: since()", row.name);
        assert_eq!(
            entry.requires(),
            row.version().or(entry.family().since()),
            "{}: requires()",
            row.name
        );
    }
}

#[test]
fn guard_and_comment_agree_where_both_are_given() {
    for row in rows() {
        if let (Some(guard), Some(comment)) = (row.guard, row.comment) {
            assert_eq!(guard, comment, "{}", row.name);
        }
    }
}

#[test]
fn only_the_headers_versioned_constants_have_an_own_version() {
    let rows = rows();
    let versioned = rows.iter().filter(|row| row.version().is_some()).count();
    assert_eq!(versioned, 238);
    // tapi.h's families (the provider messages of TSPI.h say their own).
    let with_since: Vec<Entry> = ALL
        .iter()
        .filter(|info| info.header() == Some("tapi.h"))
        .flat_map(|info| info.entries())
        .filter(|entry| entry.since().is_some())
        .collect();
    assert_eq!(with_since.len(), versioned);
    // And those are the header's: none comes from elsewhere (the two
    // `LINEDISCONNECTMODE_` members only Windows' metadata has get none).
    for entry in with_since {
        assert!(
            rows.iter()
                .any(|row| row.name == entry.name() && row.version().is_some()),
            "{} has a version tapi.h does not give it",
            entry.name()
        );
    }
}

#[test]
fn a_constant_may_require_more_or_less_than_its_family() {
    let video = lookup("LINEMEDIAMODE_VIDEO").unwrap();
    assert_eq!(video.family().since(), Some(Version::new(2, 0)));
    assert_eq!(video.since(), Some(Version::new(2, 1)));
    assert_eq!(video.requires(), Some(Version::new(2, 1)));

    // Lower than the family's: the header's 1.4 is kept, the family's 2.0
    // is only the floor Microsoft's reference page states.
    let voiceview = lookup("LINEMEDIAMODE_VOICEVIEW").unwrap();
    assert_eq!(voiceview.since(), Some(Version::new(1, 4)));
    assert_eq!(voiceview.requires(), Some(Version::new(1, 4)));

    // No version of its own: the family's.
    let voice = lookup("LINEMEDIAMODE_INTERACTIVEVOICE").unwrap();
    assert_eq!(voice.since(), None);
    assert_eq!(voice.requires(), Some(Version::new(2, 0)));

    // In a family with no requirement: its own, or none at all.
    let create = lookup("LINE_CREATE").unwrap();
    assert_eq!(create.family().since(), None);
    assert_eq!(create.requires(), Some(Version::new(1, 4)));
    let close = lookup("LINE_CLOSE").unwrap();
    assert_eq!(close.requires(), None);
}

#[test]
fn a_version_gives_its_parts() {
    let version = tapi_consts::Version::new(3, 1);
    assert_eq!((version.major(), version.minor()), (3, 1));
    assert_eq!(version.to_string(), "3.1");
    let agent = lookup("LINEAGENTSESSIONSTATE_READY")
        .unwrap()
        .requires()
        .unwrap();
    assert_eq!((agent.major(), agent.minor()), (2, 2));
}
