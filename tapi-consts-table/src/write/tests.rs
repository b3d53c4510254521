//! The writer checked against the reader: every table written here is read
//! back through [`Table`]'s methods, as the runtime reads it.

use std::borrow::ToOwned;
use std::boxed::Box;
use std::string::String;
use std::vec::Vec;
use std::{format, vec};

use super::{name_hash, write, Family, Member, TooManyKeys, Written, MAX_KEYS};
use crate::{doc_records, Details, Found, Index, NameHash, Table};

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn leak_strs(items: &[String]) -> &'static [&'static str] {
    leak(
        items
            .iter()
            .map(|item| &*Box::leak(item.clone().into_boxed_str()))
            .collect(),
    )
}

/// The table the derive would write, as the runtime sees it.
fn read(written: &Written) -> Table {
    let descriptions = leak_strs(&written.descriptions);
    // `descriptions` is a `fn`, which cannot capture: it returns the texts
    // of the table last read on this thread.
    DESCRIPTIONS.with(|slot| *slot.borrow_mut() = descriptions);
    Table {
        names: leak_strs(&written.names),
        bits: leak(written.bits.clone()),
        details: Some(Details {
            doc_languages: leak_strs(&written.doc_languages),
            languages: leak_strs(&written.doc_languages),
            descriptions: || DESCRIPTIONS.with(|slot| *slot.borrow()),
            records: leak(written.records.clone()),
        }),
        index: Some(Index {
            keys: leak_strs(&written.keys),
            by_value: leak(written.by_value.clone()),
            bit_index: leak(written.bit_index.clone()),
            bit_terms: leak_strs(&written.bit_terms),
            name_hash: written.name_hash.as_ref().map(|hash| NameHash {
                full: hash.full,
                seed: hash.seed,
                shift: hash.shift,
                slots: leak(hash.slots.clone()),
            }),
        }),
    }
}

std::thread_local! {
    static DESCRIPTIONS: core::cell::RefCell<&'static [&'static str]> = const { core::cell::RefCell::new(&[]) };
}

fn docs(pairs: &[(&str, &str)]) -> &'static [(String, String)] {
    leak(
        pairs
            .iter()
            .map(|&(tag, text)| (tag.to_owned(), text.to_owned()))
            .collect(),
    )
}

fn member(name: &'static str, bits: u64) -> Member<'static> {
    Member {
        name,
        aliases: Vec::new(),
        bits,
        since: None,
        docs: docs(&[]),
        selector: false,
    }
}

/// A mixed family with aliases, versions and docs in three languages.
fn sample() -> Family<'static> {
    let mut members = vec![
        member("USEHIDDENWINDOW", 1),
        member("USEEVENT", 2),
        member("USECOMPLETIONPORT", 3),
        member("CALLHUBTRACKING", 0x8000_0000),
        member("SPARE", 0x10),
    ];
    for selector in &mut members[..3] {
        selector.selector = true;
    }
    members[1].aliases = vec!["EVENT", "EV"];
    members[3].aliases = vec!["HUB"];
    members[1].since = Some((2, 0));
    members[3].since = Some((3, 1));
    members[0].docs = docs(&[("en", "Hidden window."), ("fr", "Fenêtre cachée.")]);
    members[3].docs = docs(&[("de", "Verfolgung."), ("en", "Tracking.")]);
    Family {
        prefix: "LINEINITIALIZEEXOPTION_",
        docs: docs(&[("fr", "Options."), ("en", "Options.")]),
        members,
        flag_positions: Some(32),
    }
}

#[test]
fn every_spelling_reads_back_as_its_entry() {
    let family = sample();
    let written = write(&family).unwrap();
    let table = read(&written);
    let prefix = family.prefix.len();
    let spellings = [
        ("LINEINITIALIZEEXOPTION_USEEVENT", 1, true),
        ("USEEVENT", 1, false),
        ("EVENT", 1, false),
        ("EV", 1, false),
        ("LINEINITIALIZEEXOPTION_EV", 1, true),
        ("HUB", 3, false),
        ("LINEINITIALIZEEXOPTION_HUB", 3, true),
        ("SPARE", 4, false),
    ];
    // With the hash, and as a family too large for one (a scan of keys).
    let mut scanned = read(&written);
    scanned.index.as_mut().unwrap().name_hash = None;
    for table in [&table, &scanned] {
        for (name, entry, full) in spellings {
            let found = table.find_name(name, false, prefix).unwrap();
            assert_eq!((found.entry, table.is_full(found)), (entry, full), "{name}");
            assert_eq!(written.keys[found.key], name);
            let lower = name.to_ascii_lowercase();
            assert_eq!(table.find_name(&lower, false, prefix), None, "{lower}");
            assert_eq!(
                table.find_name(&lower, true, prefix),
                Some(found),
                "{lower}"
            );
        }
        for miss in [
            "",
            "E",
            "USEEVENT_",
            "LINEINITIALIZEEXOPTION_",
            "EVENTS",
            "LINEINITIALIZEEXOPTION_USEEVEN",
        ] {
            assert_eq!(table.find_name(miss, true, prefix), None, "{miss}");
        }
    }
    assert_eq!(table.spellings(prefix).count(), 2 * 5 + 2 * 3);
    assert!(table
        .spellings(prefix)
        .any(|key| key == "LINEINITIALIZEEXOPTION_HUB"));
}

#[test]
fn values_flags_and_terms_read_back() {
    let written = write(&sample()).unwrap();
    let table = read(&written);
    for (entry, &bits) in written.bits.iter().enumerate() {
        assert_eq!(table.find_bits(bits), Some(entry));
        assert_eq!(table.bits(entry), bits);
    }
    for miss in [0, 4, 5, 0x20, 0x8000_0001, u64::MAX] {
        assert_eq!(table.find_bits(miss), None, "{miss:#x}");
    }
    // Selectors are values of a field, not flags: bits 0 and 1 have none.
    assert_eq!(table.flag(1), None);
    assert_eq!(table.flag(2), None);
    assert_eq!(table.flag(0x10), Some(4));
    assert_eq!(table.flag(0x8000_0000), Some(3));
    assert_eq!(table.flag(0x20), None);
    let terms = table.bit_terms();
    assert_eq!(terms[4], " | LINEINITIALIZEEXOPTION_SPARE");
    assert_eq!(terms[31], " | LINEINITIALIZEEXOPTION_CALLHUBTRACKING");
    assert_eq!(terms[0], "");
    // Up to the last flag.
    assert_eq!(terms.len(), 32);
    assert_eq!(written.selector_mask, 3);
    assert_eq!(written.known_bits, 0x8000_0013);
    // An enumeration has neither.
    let mut plain = sample();
    plain.flag_positions = None;
    let table = read(&write(&plain).unwrap());
    assert!(table.bit_terms().is_empty());
    assert_eq!(table.flag(0x10), None);
}

#[test]
fn versions_aliases_and_docs_read_back() {
    let written = write(&sample()).unwrap();
    let table = read(&written);
    assert_eq!(written.doc_languages, ["en", "de", "fr"]);
    assert_eq!(table.since(0), None);
    assert_eq!(table.since(1), Some((2, 0)));
    assert_eq!(table.since(3), Some((3, 1)));
    assert_eq!(table.since(5), None);
    let aliases = |entry| table.aliases(entry).collect::<Vec<_>>();
    assert_eq!(aliases(1), ["EVENT", "EV"]);
    assert_eq!(aliases(3), ["HUB"]);
    assert!(aliases(0).is_empty() && aliases(4).is_empty());
    let (en, de, fr) = (0, 1, 2);
    assert_eq!(table.doc(0, en), Some("Options."));
    assert_eq!(table.doc(0, fr), Some("Options."));
    assert_eq!(table.doc(0, de), None);
    assert_eq!(table.doc(1, en), Some("Hidden window."));
    assert_eq!(table.doc(1, fr), Some("Fenêtre cachée."));
    assert_eq!(table.doc(4, de), Some("Verfolgung."));
    assert_eq!(table.doc(4, en), Some("Tracking."));
    assert_eq!(table.doc(2, en), None);
    assert_eq!(table.doc(9, en), None);
}

#[test]
fn records_written_by_hand_match_the_writer() {
    // A family with docs only, as `doc_records` describes the constants of
    // no family: the same bytes from both writers.
    let mut family = sample();
    for member in &mut family.members {
        member.aliases.clear();
        member.since = None;
    }
    let written = write(&family).unwrap();
    let lengths: Vec<[usize; 3]> = (0..=family.members.len())
        .map(|record| {
            core::array::from_fn(|language| {
                let tag = &written.doc_languages[language];
                let docs = match record {
                    0 => family.docs,
                    _ => family.members[record - 1].docs,
                };
                docs.iter()
                    .find(|(have, _)| have == tag)
                    .map_or(0, |(_, text)| text.len())
            })
        })
        .collect();
    let by_hand: [u8; 6 * (6 + 8 * 3)] = doc_records(&lengths);
    assert_eq!(written.records, by_hand);
}

/// Past the last entry every reader answers "none", and reads no further
/// than the data (a short record still gives its version).
#[test]
fn readers_stop_at_the_end() {
    let written = write(&sample()).unwrap();
    let table = read(&written);
    let len = written.names.len();
    assert_eq!(table.len(), len);
    assert!(!table.is_empty());
    assert_eq!(table.name(len - 1), "LINEINITIALIZEEXOPTION_SPARE");
    assert_eq!(table.name(len), "");
    assert_eq!(table.bits(len - 1), 0x10);
    assert_eq!(table.bits(len), 0);
    assert_eq!(table.since(len), None);
    assert_eq!(table.aliases(len).len(), 0);
    // Records cut just after entry 1's version: the version is still read.
    let record = written.records.len() / (len + 1);
    let cut = &written.records[..2 * record + 2];
    let short = Table {
        names: table.names,
        bits: table.bits,
        details: Some(Details {
            doc_languages: table.doc_languages(),
            languages: table.doc_languages(),
            descriptions: || &[],
            records: leak(cut.to_vec()),
        }),
        index: None,
    };
    assert_eq!(short.since(1), Some((2, 0)));
    assert_eq!(short.since(2), None);
    let empty = Table {
        names: &[],
        bits: &[],
        details: None,
        index: None,
    };
    assert!(empty.is_empty());
    assert_eq!(empty.len(), 0);
}

#[test]
fn a_family_written_by_hand_is_read_by_scans() {
    let table = Table {
        names: &["C_RED", "C_GREEN", "C_BLUE"],
        bits: &[1, 2, 4],
        details: None,
        index: None,
    };
    let green = table.find_name("C_GREEN", false, 2).unwrap();
    assert_eq!(green, Found { entry: 1, key: 1 });
    assert!(table.is_full(green));
    let red = table.find_name("RED", false, 2).unwrap();
    assert_eq!(red, Found { entry: 0, key: 3 });
    assert!(!table.is_full(red));
    let blue = table.find_name("blue", true, 2).unwrap();
    assert_eq!(blue, Found { entry: 2, key: 5 });
    assert!(!table.is_full(blue));
    assert_eq!(table.find_name("blue", false, 2), None);
    assert_eq!(table.find_bits(4), Some(2));
    assert_eq!(table.flag(2), Some(1));
    assert_eq!(table.since(0), None);
    assert_eq!(table.aliases(0).len(), 0);
    assert_eq!(table.doc(1, 0), None);
    assert!(table.bit_terms().is_empty());
    assert_eq!(
        table.spellings(2).collect::<Vec<_>>(),
        ["C_RED", "RED", "C_GREEN", "GREEN", "C_BLUE", "BLUE"]
    );
}

/// Full names, short names and `aliases` aliases each, as the writer lists
/// them.
fn large(count: usize, prefix: &'static str, aliases: usize) -> Family<'static> {
    let name = |text: String| &*Box::leak(text.into_boxed_str());
    let members = (0..count)
        .map(|i| Member {
            aliases: (0..aliases).map(|a| name(format!("A{a}_{i}"))).collect(),
            ..member(name(format!("N{i}")), i as u64)
        })
        .collect();
    Family {
        prefix,
        docs: docs(&[("en", "Large.")]),
        members,
        flag_positions: None,
    }
}

#[test]
fn every_family_up_to_the_limit_is_written_and_read() {
    // Sizes around the largest table of 2^16 slots, several prefixes
    // (issue 13: one prefix failed where another passed), with aliases.
    for (count, prefix, aliases) in [
        (2_000, "P0FAMILY_", 0),
        (2_000, "P1FAMILY_", 0),
        (1_100, "X_", 1),
        (60, "LINEAGENTSESSIONSTATE_", 0),
        (1_000, "Q_", 0),
        (1_100, "Q_", 0),
    ] {
        let family = large(count, prefix, aliases);
        let written = write(&family).unwrap();
        let table = read(&written);
        for entry in (0..count).step_by(97).chain([count - 1]) {
            let short = format!("N{entry}");
            let full = format!("{prefix}{short}");
            let found = |full: bool| {
                let table = &table;
                move |found: Option<Found>| {
                    found.map(|found| (found.entry, table.is_full(found))) == Some((entry, full))
                }
            };
            assert!(
                found(true)(table.find_name(&full, false, prefix.len())),
                "{full}"
            );
            assert!(
                found(false)(table.find_name(&short, true, prefix.len())),
                "{short}"
            );
            if aliases > 0 {
                let alias = format!("A0_{entry}");
                assert!(found(false)(table.find_name(&alias, false, prefix.len())));
                let full_alias = format!("{prefix}{alias}");
                assert!(found(true)(table.find_name(
                    &full_alias,
                    false,
                    prefix.len()
                )));
            }
        }
        assert_eq!(table.find_name("N", false, prefix.len()), None);
        // The same table on every build.
        assert_eq!(write(&family).unwrap(), written, "{count} {prefix}");
    }
}

#[test]
fn the_key_limit_is_exact() {
    let keys: Vec<String> = (0..MAX_KEYS).map(|i| format!("K{i}")).collect();
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let entries: Vec<usize> = (0..keys.len()).collect();
    // Too many for a hash table, not for the family: its lookups scan.
    assert_eq!(name_hash(&keys, &entries), None);
    // Exactly the limit: full and short names, 2 keys a member; one alias
    // more (2 keys) is over it.
    let mut family = large(MAX_KEYS / 2, "L_", 0);
    assert_eq!(write(&family).map(|written| written.keys.len()), Ok(65_534));
    family.members[0].aliases.push("ONE_MORE");
    assert_eq!(write(&family), Err(TooManyKeys(65_536)));
    // Full and short names, with aliases: 4 keys a member.
    let at_limit = large(MAX_KEYS / 4, "L_", 1);
    assert!(write(&at_limit).is_ok());
    let over = large(MAX_KEYS / 4 + 1, "L_", 1);
    assert_eq!(write(&over), Err(TooManyKeys(4 * (MAX_KEYS / 4 + 1))));
    // Small families keep their table.
    let small = write(&large(3, "S_", 0)).unwrap();
    assert!(small.name_hash.is_some());
    assert_eq!(small.keys.len(), 6);
}

/// The seed search succeeds at the first table size for families of every
/// size up to a thousand keys: slots stay about 8 a key (n²/16 past 128),
/// so lookups touch one small table. A weaker hash or slot function needs
/// more slots (or gives up), which this notices.
#[test]
fn tables_are_as_small_as_planned() {
    for count in [1, 2, 3, 6, 20, 32, 95, 150, 250] {
        // Full and short names, as a family lists them.
        let keys: Vec<String> = (0..count)
            .flat_map(|i| [format!("LINEERR_NAME{i}"), format!("NAME{i}")])
            .collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let entries: Vec<usize> = (0..keys.len()).map(|key| key % count).collect();
        let n = keys.len();
        let planned = (8 * n).max(n * n / 16).max(2).next_power_of_two();
        let table = name_hash(&keys, &entries).unwrap_or_else(|| panic!("{count}"));
        assert_eq!(table.slots.len(), 4 * planned, "{count} members");
    }
}

/// Keys no seed can tell apart (equal but for ASCII case, which the
/// derive refuses before the writer sees them): the search grows the table
/// to its largest size, then gives up, rather than looping or failing.
#[test]
fn keys_that_never_fit_end_the_search() {
    assert_eq!(name_hash(&["READY", "ready"], &[0, 1]), None);
}

#[test]
fn names_alike_at_both_ends_use_the_full_hash() {
    let keys = ["xx_a_0123456789ABCDEF", "xx_b_0123456789ABCDEF"];
    assert!(name_hash(&keys, &[0, 1]).unwrap().full);
    assert!(!name_hash(&["READY", "BUSY"], &[0, 1]).unwrap().full);
}
