//! Finding what the user named: a family from a FAMILY argument, a constant
//! from a full name, and "did you mean …" when there is none.

use tapi_consts::__private::closest_by;
use tapi_consts::families::{ALL, DISPATCH_MASKS, STANDALONE};
use tapi_consts::{family, lookup, Entry, FamilyInfo, Kind, ParseOptions};

use crate::catalogue::{self, fill, Text};
use crate::output::quote;
use crate::values::{is_number, Refused};
use crate::Status;

/// The family a FAMILY argument names: its prefix with or without the
/// trailing `_`, in any case, or its Rust type (`ProviderMessage`, which
/// shares `LINE_` with `Line`). The error is a one-line message with a
/// suggestion when one is close.
pub fn family_arg(text: &str, lang: &str) -> Result<&'static FamilyInfo, String> {
    let wanted = text.trim();
    if wanted.is_empty() {
        return Err(catalogue::text(lang, Text::EmptyFamily).to_owned());
    }
    if let Some(found) = family(wanted).or_else(|| family_by_type(wanted)) {
        return Ok(found);
    }
    let hint = match family_suggestions(wanted) {
        Suggestion::Constant(family) => {
            fill(lang, Text::FamilyIsConstant, &[("family", family.prefix())])
        }
        Suggestion::Standalone(name) => fill(lang, Text::FamilyIsStandalone, &[("name", name)]),
        Suggestion::Families(names) => did_you_mean(lang, &names),
        Suggestion::None => String::new(),
    };
    Err(fill(
        lang,
        Text::UnknownFamily,
        &[("family", &quote(wanted)), ("hint", &hint)],
    ))
}

enum Suggestion {
    /// The text is a constant's full name.
    Constant(&'static FamilyInfo),
    /// The text is the name of a constant of no family.
    Standalone(&'static str),
    /// Prefixes close to the text, best first.
    Families(Vec<&'static str>),
    None,
}

fn family_suggestions(wanted: &str) -> Suggestion {
    let bare = wanted.strip_suffix('_').unwrap_or(wanted);
    // Only a real constant's name says "it is a constant's name": a name
    // that merely starts like a prefix (`TAPI_DIGITMODE`, a TAPI 3 type)
    // does not.
    if let Some(entry) = lookup(wanted) {
        return match entry.family().kind() {
            Kind::Standalone => Suggestion::Standalone(entry.name()),
            _ => Suggestion::Constant(entry.family()),
        };
    }
    // Compared without their trailing `_`, as `bare` is.
    let prefixes = ALL.iter().map(|family| family.prefix());
    if let Some(prefix) = closest_by(bare, prefixes, |prefix| {
        prefix.strip_suffix('_').unwrap_or(prefix)
    }) {
        return Suggestion::Families(vec![prefix]);
    }
    // A part of a prefix (`AGENTSESSIONSTATE`): the families containing it.
    if bare.len() >= 3 {
        let containing: Vec<&'static str> = ALL
            .iter()
            .map(|family| family.prefix())
            .filter(|prefix| contains_ignore_ascii_case(prefix, bare))
            .collect();
        if (1..=4).contains(&containing.len()) {
            return Suggestion::Families(containing);
        }
    }
    Suggestion::None
}

/// The family whose prefix starts `name` (ignoring ASCII case), the
/// longest if several do.
pub fn family_of_name(name: &str) -> Option<&'static FamilyInfo> {
    ALL.iter()
        .copied()
        .filter(|family| {
            let prefix = family.prefix().as_bytes();
            name.len() > prefix.len()
                && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix)
        })
        .max_by_key(|family| family.prefix().len())
}

/// The constant with this full name (any case), or why there is none and
/// which one was probably meant.
pub fn constant(text: &str, lang: &str) -> Result<Entry, Refused> {
    let name = text.trim();
    if let Some(entry) = lookup(name) {
        return Ok(entry);
    }
    if let Some(found) = rust_path(name, lang).or_else(|| dotnet_name(name, lang)) {
        return found;
    }
    if name.is_empty() {
        return Err(Refused {
            status: Status::NotKnown,
            message: catalogue::text(lang, Text::EmptyName).to_owned(),
            suggestion: None,
            unknown_name: None,
        });
    }
    // A known prefix: the family says what it lacks, and what is close.
    if let Some(family) = family_of_name(name) {
        return Err(match family.parse_entry(name) {
            Err(error) => Refused::from_parse(&error, lang),
            Ok(_) => Refused::not_known(unknown_constant(lang, name)),
        });
    }
    // A short name: the full names it is short for.
    let full: Vec<&'static str> = ALL
        .iter()
        .filter_map(|family| Some(family.entry_by_name_ignore_case(name)?.name()))
        .collect();
    if !full.is_empty() {
        let shown: Vec<&str> = full.iter().copied().take(4).collect();
        let more = match full.len() - shown.len() {
            0 => String::new(),
            1 => catalogue::text(lang, Text::OneMore).to_owned(),
            more => fill(lang, Text::OrMore, &[("count", &more.to_string())]),
        };
        return Err(Refused {
            status: Status::NotKnown,
            message: fill(
                lang,
                Text::ShortName,
                &[
                    ("name", &quote(name)),
                    ("names", &or_list(&shown, lang)),
                    ("more", &more),
                ],
            ),
            suggestion: full.first().map(|name| (*name).to_owned()),
            unknown_name: None,
        });
    }
    if let Some(suggestion) = closest_constant(name) {
        return Err(Refused {
            status: Status::NotKnown,
            message: unknown_constant(lang, name) + &did_you_mean(lang, &[suggestion]),
            suggestion: Some(suggestion.to_owned()),
            unknown_name: None,
        });
    }
    if is_number(name, ParseOptions::new()) {
        return Err(Refused {
            status: Status::NotKnown,
            message: fill(
                lang,
                Text::NumberNotName,
                &[
                    ("name", &quote(name)),
                    ("number", &name.escape_debug().to_string()),
                ],
            ),
            suggestion: None,
            unknown_name: None,
        });
    }
    Err(Refused::not_known(unknown_constant(lang, name)))
}

fn unknown_constant(lang: &str, name: &str) -> String {
    fill(lang, Text::UnknownConstant, &[("name", &quote(name))])
}

/// "; did you mean `A` or `B`?" in `lang`.
pub fn did_you_mean(lang: &str, names: &[&str]) -> String {
    fill(lang, Text::DidYouMean, &[("names", &or_list(names, lang))])
}

/// Every constant: each family's, then those of no family.
pub fn every_constant() -> impl Iterator<Item = Entry> {
    ALL.iter()
        .flat_map(|family| family.entries())
        .chain(STANDALONE.entries())
        .chain(DISPATCH_MASKS.entries())
}

/// The full constant name closest to `name` across every family.
pub fn closest_constant(name: &str) -> Option<&'static str> {
    closest_by(name, every_constant().map(|entry| entry.name()), |name| {
        name
    })
}

/// The family whose Rust type is `name` (any case): `LineCallState`, or
/// its sets' alias `LineCallStateSet` (the `families` module's naming
/// rule); the plural (`LineCallStates`), which a user may guess, too.
pub fn family_by_type(name: &str) -> Option<&'static FamilyInfo> {
    let by_type = |name: &str| {
        ALL.iter()
            .copied()
            .find(|family| family.type_name().eq_ignore_ascii_case(name))
    };
    let strip = |suffix: &str| {
        let cut = name.len().checked_sub(suffix.len())?;
        let (stem, end) = (name.get(..cut)?, name.get(cut..)?);
        end.eq_ignore_ascii_case(suffix).then_some(stem)
    };
    by_type(name)
        .or_else(|| by_type(strip("set")?))
        .or_else(|| by_type(strip("s")?))
}

/// A constant by the crate's Rust path: `LineCallState::Connected`,
/// `tapi_consts::families::LineErr::ServiceNotRunning`. A variant matches
/// its short name ignoring case and `_`. `None`: not a path.
fn rust_path(name: &str, lang: &str) -> Option<Result<Entry, Refused>> {
    let (path, variant) = name.rsplit_once("::")?;
    let ty = path.rsplit("::").next().unwrap_or(path);
    let Some(family) = family_by_type(ty) else {
        return Some(Err(Refused::not_known(fill(
            lang,
            Text::NoFamilyType,
            &[("name", &quote(ty))],
        ))));
    };
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let wanted = squeeze(variant);
    let found = family
        .entries()
        .find(|entry| squeeze(entry.short_name()) == wanted);
    Some(found.ok_or_else(|| {
        let mut refused = Refused::not_known(fill(
            lang,
            Text::NoMember,
            &[("family", family.type_name()), ("name", &quote(variant))],
        ));
        if let Some(close) = closest_by(
            &variant.to_ascii_uppercase(),
            family.entries().map(|entry| entry.name()),
            |name| name.strip_prefix(family.prefix()).unwrap_or(name),
        ) {
            refused.message.push_str(&did_you_mean(lang, &[close]));
            refused.suggestion = Some(close.to_owned());
        }
        refused
    }))
}

/// A constant by the qualified name of .NET wrappers (Vanara):
/// `LINEFORWARDMODE.LINEFORWARDMODE_UNCOND`, whose qualifier is the prefix
/// without `_`, or the Rust type. `None`: not such a name.
fn dotnet_name(name: &str, lang: &str) -> Option<Result<Entry, Refused>> {
    let (qualifier, constant) = name.rsplit_once('.')?;
    let entry = lookup(constant)?;
    let family = entry.family();
    let prefix = family.prefix().trim_end_matches('_');
    let agrees = family.kind() == Kind::Standalone
        || qualifier.eq_ignore_ascii_case(prefix)
        || qualifier.eq_ignore_ascii_case(family.type_name());
    Some(if agrees {
        Ok(entry)
    } else {
        Err(Refused::not_known(fill(
            lang,
            Text::NotOfQualifier,
            &[
                ("name", &quote(name)),
                ("constant", entry.name()),
                ("family", family.prefix()),
                ("qualifier", &quote(qualifier)),
            ],
        )))
    })
}

/// "`A`", "`A` or `B`", "`A`, `B` or `C`" in `lang`.
pub fn or_list(names: &[&str], lang: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    catalogue::joined(lang, &quoted, Text::Or)
}

fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    needle.len() <= haystack.len()
        && haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::{constant, contains_ignore_ascii_case, family_arg, family_of_name, or_list};
    use tapi_consts::families::{ALL, STANDALONE};

    #[test]
    fn a_name_s_family_is_its_longest_prefix_and_never_the_prefix_alone() {
        let family = |name| family_of_name(name).map(|family| family.prefix());
        assert_eq!(
            family("lineagentsessionstate_x"),
            Some("LINEAGENTSESSIONSTATE_")
        );
        assert_eq!(family("LINECALLSTATE_IDLEX"), Some("LINECALLSTATE_"));
        assert_eq!(family("LINECALLSTATE_"), None);
        assert_eq!(family("NOTAPREFIX_X"), None);
    }

    #[test]
    fn qualified_names_as_net_writes_them() {
        for name in [
            "LINEFORWARDMODE.LINEFORWARDMODE_UNCOND",
            "LineForwardMode.LINEFORWARDMODE_UNCOND",
        ] {
            assert_eq!(
                constant(name, "en").unwrap().name(),
                "LINEFORWARDMODE_UNCOND"
            );
        }
        // Where the type's name is not the prefix's (`CallState`, `CS_`),
        // either qualifies.
        for name in ["CS.CS_IDLE", "CallState.CS_IDLE"] {
            assert_eq!(constant(name, "en").unwrap().name(), "CS_IDLE");
        }
        let wrong = constant("LINECALLSTATE.LINEFORWARDMODE_UNCOND", "en").unwrap_err();
        assert!(
            wrong.message.contains("not of `LINECALLSTATE`"),
            "{}",
            wrong.message
        );
        // A constant of no family takes any qualifier (.NET puts it in a
        // class of its own).
        let standalone = STANDALONE.entries().next().unwrap();
        let qualified = format!("Constants.{}", standalone.name());
        assert_eq!(constant(&qualified, "en").unwrap(), standalone);
    }

    #[test]
    fn a_short_name_lists_four_full_names_and_counts_the_rest() {
        let families = ALL
            .iter()
            .filter(|family| family.entry_by_name_ignore_case("UNKNOWN").is_some())
            .count();
        assert!(families > 4);
        let many = constant("UNKNOWN", "en").unwrap_err().message;
        assert!(
            many.ends_with(&format!("(or {} more)?", families - 4)),
            "{many}"
        );
        let one = constant("BUSYONCALL", "en").unwrap_err().message;
        assert!(!one.contains("more"), "{one}");
    }

    #[test]
    fn lists_and_containment() {
        assert_eq!(or_list(&[], "en"), "");
        assert_eq!(or_list(&["A"], "en"), "`A`");
        assert_eq!(or_list(&["A", "B"], "en"), "`A` or `B`");
        assert_eq!(or_list(&["A", "B", "C"], "en"), "`A`, `B` or `C`");
        assert!(contains_ignore_ascii_case(
            "LINEAGENTSESSIONSTATE_",
            "agentSession"
        ));
        assert!(contains_ignore_ascii_case("ABC", "abc"));
        assert!(!contains_ignore_ascii_case("ABC", "abcd"));
        assert!(!contains_ignore_ascii_case("ABC", "abd"));
    }

    #[test]
    fn families_in_any_spelling_and_suggestions() {
        for spelling in ["LINECALLSTATE", "linecallstate_", " LineCallState "] {
            assert_eq!(
                family_arg(spelling, "en").unwrap().prefix(),
                "LINECALLSTATE_"
            );
        }
        let typo = family_arg("LINEAGENTSESIONSTATE", "en").unwrap_err();
        assert!(
            typo.contains("did you mean `LINEAGENTSESSIONSTATE_`"),
            "{typo}"
        );
        let constant_name = family_arg("LINECALLSTATE_IDLE", "en").unwrap_err();
        assert!(
            constant_name.contains("`LINECALLSTATE_`"),
            "{constant_name}"
        );
        // A TAPI 3 family by its type (`AgentSessionState`, `ASST_`).
        let tapi3 = family_arg("agentsessionstate", "en").unwrap();
        assert_eq!(tapi3.c_type(), Some("AGENT_SESSION_STATE"));
        assert!(family_arg("", "en").is_err());
        assert!(family_arg("\u{1b}[31m", "en")
            .unwrap_err()
            .contains("\\u{1b}"));
    }

    #[test]
    fn constants_and_suggestions() {
        assert_eq!(
            constant("lineerr_inuse", "en").unwrap().name(),
            "LINEERR_INUSE"
        );
        let typo = constant("LINECALLSTATE_IDEL", "en").unwrap_err();
        assert_eq!(typo.suggestion.as_deref(), Some("LINECALLSTATE_IDLE"));
        let short = constant("BUSYONCALL", "en").unwrap_err();
        assert_eq!(
            short.suggestion.as_deref(),
            Some("LINEAGENTSESSIONSTATE_BUSYONCALL")
        );
        let far = constant("LINEAGENTSESIONSTATE_READY", "en").unwrap_err();
        assert_eq!(
            far.suggestion.as_deref(),
            Some("LINEAGENTSESSIONSTATE_READY")
        );
        assert!(constant("0x80000048", "en")
            .unwrap_err()
            .message
            .contains("decode"));
        assert!(constant("", "en").is_err());
    }
}
