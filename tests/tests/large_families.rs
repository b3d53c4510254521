//! Families too large for a hash table of names (over about a thousand
//! spellings): they build, whatever their prefix, and every spelling is
//! found, through the scan that replaces the table (issue 13: 2,000 members
//! under `P0FAMILY_` did not build, 1,100 members with an alias never did).
//! `build.rs` writes the families: `P0` and `P1` (2,000 members `N<i>`),
//! `Aliased` (1,100 members, each with the alias `A<i>`).

use tapi_consts::{ConstFamily, ParseErrorKind};

include!(concat!(env!("OUT_DIR"), "/large_families.rs"));

fn every_spelling_is_found<E: ConstFamily>(prefix: &str, aliases: bool) {
    let info = E::INFO;
    for (index, member) in E::ALL.iter().enumerate() {
        let short = format!("N{index}");
        let mut spellings = vec![format!("{prefix}{short}"), short];
        if aliases {
            spellings.push(format!("A{index}"));
            spellings.push(format!("{prefix}A{index}"));
        }
        for spelling in spellings {
            assert_eq!(
                info.entry_by_name(&spelling).map(|e| e.index()),
                Some(index),
                "{spelling}"
            );
            let lower = spelling.to_ascii_lowercase();
            assert_eq!(
                info.entry_by_name_ignore_case(&lower).map(|e| e.index()),
                Some(index),
                "{lower}"
            );
            assert_eq!(
                info.parse_entry(&spelling)
                    .map(|e| e.index())
                    .map(|i| E::ALL[i]),
                Ok(*member)
            );
        }
        assert_eq!(E::from_value(member.value()), Some(*member));
    }
    assert_eq!(
        info.entry_by_name(&format!("{prefix}N{}", E::ALL.len()))
            .map(|e| e.index()),
        None
    );
    let error = info
        .parse_entry(&format!("{prefix}N1x"))
        .map(|e| e.index())
        .unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::UnknownName);
    assert!(error.suggestion().is_some(), "{error}");
}

#[test]
fn large_families_build_and_find_every_name() {
    every_spelling_is_found::<P0>("P0FAMILY_", false);
    every_spelling_is_found::<P1>("P1FAMILY_", false);
    every_spelling_is_found::<Aliased>("X_", true);
}
