//! The rustdoc the derive adds to the enum's inherent `impl` block: a table
//! of every member in every language, and a Requirements section in each
//! language we have labels for.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Family, Member, Repr};

/// Which builds get the member table (always under `cfg_attr(doc)`, so
/// only documentation shows it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberTable {
    /// Only when rustdoc is the compiler running the macro. Building the
    /// table — every description again, in one literal per family — is
    /// most of the macro's own time, and a proc macro runs inside the
    /// compiler process, so that process's name tells rustdoc apart.
    WhenRustdoc,
    /// Always: code expanded ahead of time (tapi-consts' prebuilt
    /// families, by the `prebuilt` test) is compiled by rustc and rustdoc
    /// alike.
    #[cfg(test)]
    Always,
}

/// The member table as a `#[cfg_attr(doc, doc = …)]` attribute, or nothing
/// when `when` leaves it out of this build.
pub fn doc_attr(when: MemberTable, table: impl FnOnce() -> String) -> TokenStream {
    if when == MemberTable::WhenRustdoc && !running_under_rustdoc() {
        return TokenStream::new();
    }
    let table = table();
    quote!(#[cfg_attr(doc, doc = #table)])
}

fn running_under_rustdoc() -> bool {
    std::env::args_os()
        .next()
        .and_then(|program| {
            let stem = std::path::Path::new(&program).file_stem()?.to_owned();
            Some(stem.to_string_lossy().starts_with("rustdoc"))
        })
        .unwrap_or(true)
}

/// Labels of the Requirements section, by language.
struct Labels {
    tag: &'static str,
    heading: &'static str,
    requirement: &'static str,
    value: &'static str,
    version: &'static str,
    requires: &'static str,
    header: &'static str,
}

const LABELS: &[Labels] = &[
    Labels {
        tag: "en",
        heading: "Requirements",
        requirement: "Requirement",
        value: "Value",
        version: "TAPI version",
        requires: "Requires TAPI",
        header: "Header",
    },
    Labels {
        tag: "fr",
        heading: "Configuration requise",
        requirement: "Condition requise",
        value: "Valeur",
        version: "Version TAPI",
        requires: "Nécessite TAPI",
        header: "En-tête",
    },
    Labels {
        tag: "de",
        heading: "Anforderungen",
        requirement: "Anforderung",
        value: "Wert",
        version: "TAPI-Version",
        requires: "Erfordert TAPI",
        header: "Header",
    },
];

pub fn impl_doc(family: &Family, repr: &Repr, languages: &[String]) -> String {
    let mut doc = String::new();
    let kind = if family.flags {
        "bit flags"
    } else {
        "enumeration"
    };
    let _ = writeln!(
        doc,
        "Constants of the `{}` family ({kind}, `{}`).\n",
        family.prefix(),
        repr.ident
    );
    for (tag, text) in family.docs.texts.iter().filter(|(tag, _)| tag != "en") {
        let _ = writeln!(doc, "**{tag}** — {}\n", cell(text));
    }
    member_table(&mut doc, family, repr, languages);
    requirements(&mut doc, family, languages);
    doc
}

fn member_table(doc: &mut String, family: &Family, repr: &Repr, languages: &[String]) {
    let with_since = family.members.iter().any(|member| member.since.is_some());
    doc.push_str("| Constant | Value |");
    for tag in languages {
        let _ = write!(doc, " {tag} |");
    }
    if with_since {
        doc.push_str(" Since |");
    }
    doc.push_str("\n|---|---|");
    doc.push_str(&"---|".repeat(languages.len() + usize::from(with_since)));
    doc.push('\n');
    let prefix = family.prefix();
    for member in &family.members {
        let _ = write!(doc, "| `{prefix}{}`", member.name.text);
        for alias in &member.aliases {
            let _ = write!(doc, "<br>alias `{prefix}{}`", alias.text);
        }
        let _ = write!(doc, " | {} |", value_text(repr, member));
        for tag in languages {
            let text = member
                .docs
                .texts
                .iter()
                .find(|(have, _)| have == tag)
                .map_or("", |(_, text)| text.as_str());
            let _ = write!(doc, " {} |", cell(text));
        }
        if with_since {
            let since = member
                .since
                .map(|(major, minor)| format!("TAPI {major}.{minor}"));
            let _ = write!(doc, " {} |", since.unwrap_or_default());
        }
        doc.push('\n');
    }
}

fn requirements(doc: &mut String, family: &Family, languages: &[String]) {
    if family.since.is_none() && family.header.is_none() {
        return;
    }
    for labels in LABELS {
        if labels.tag != "en" && !languages.iter().any(|tag| tag == labels.tag) {
            continue;
        }
        let _ = write!(
            doc,
            "\n# {}\n\n| {} | {} |\n|---|---|\n",
            labels.heading, labels.requirement, labels.value
        );
        if let Some((major, minor)) = family.since {
            let _ = writeln!(
                doc,
                "| {} | {} {major}.{minor} |",
                labels.version, labels.requires
            );
        }
        if let Some(header) = &family.header {
            let _ = writeln!(doc, "| {} | `{header}` |", labels.header);
        }
    }
}

/// Text made safe for one Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace("\n\n", "<br><br>")
        .replace('\n', " ")
}

/// A member's value as the docs show it: `` `0x00000040` ``, or for a
/// negative one `` `-1` (`0xFFFFFFFF`) ``.
fn value_text(repr: &Repr, member: &Member) -> String {
    let int = member.value.as_ref().map_or(0, |value| value.int);
    let hex = format!(
        "0x{:0width$X}",
        repr.bits_of(int),
        width = repr.bits as usize / 4
    );
    if int < 0 {
        format!("`{int}` (`{hex}`)")
    } else {
        format!("`{hex}`")
    }
}

/// The line added to a prebuilt variant's docs (rustdoc shows its value in
/// decimal, and the C name only in the member table further down):
/// `` `LINEERR_ALLOCATED` = `0x80000001` ``. (Only the prebuilt families'
/// generator, a test, writes it.)
#[cfg(test)]
pub fn variant_line(family: &Family, repr: &Repr, member: &Member) -> String {
    format!(
        "`{}{}` = {}",
        family.prefix(),
        member.name.text,
        value_text(repr, member)
    )
}

#[cfg(test)]
mod tests {
    use crate::ast::Family;
    use crate::ctxt::Ctxt;

    /// The rustdoc text of a family written in English, French and German.
    fn doc_of(source: &str) -> String {
        let input: syn::DeriveInput = syn::parse_str(source).unwrap();
        let cx = Ctxt::new();
        let family = Family::from_syn(&cx, &input).unwrap();
        cx.check().unwrap();
        let repr = family.repr.as_ref().unwrap();
        let prefix = family.prefix();
        let bits = vec![0; family.members.len()];
        let described = crate::table::describe(&family, &prefix, repr, &bits);
        let languages = tapi_consts_table::write::doc_languages(&described);
        super::impl_doc(&family, repr, &languages)
    }

    #[test]
    fn member_table_has_every_language_and_localized_requirements() {
        let doc = doc_of(
            r#"
            /// Lamps.
            #[repr(u32)]
            #[tapi(prefix = "ACME_", flags, since = "2.2", header = "acme.h")]
            #[tapi(doc(fr = "Voyants.", de = "Lampen."))]
            enum Acme {
                /// Red | lit.
                #[tapi(doc(fr = "Rouge.", de = "Rot."))]
                Red = 1,
                /// Green.
                #[tapi(doc(fr = "Vert."))]
                Green = 2,
            }
            "#,
        );
        assert!(doc.contains("| Constant | Value | en | de | fr |"), "{doc}");
        // A `|` in a text is escaped; a missing language is an empty cell.
        assert!(
            doc.contains("| `ACME_RED` | `0x00000001` | Red \\| lit. | Rot. | Rouge. |"),
            "{doc}"
        );
        assert!(
            doc.contains("| `ACME_GREEN` | `0x00000002` | Green. |  | Vert. |"),
            "{doc}"
        );
        assert!(doc.contains("**fr** — Voyants."), "{doc}");
        assert!(doc.contains("**de** — Lampen."), "{doc}");
        for (heading, version, header) in [
            (
                "# Requirements",
                "| TAPI version | Requires TAPI 2.2 |",
                "| Header | `acme.h` |",
            ),
            (
                "# Configuration requise",
                "| Version TAPI | Nécessite TAPI 2.2 |",
                "| En-tête | `acme.h` |",
            ),
            (
                "# Anforderungen",
                "| TAPI-Version | Erfordert TAPI 2.2 |",
                "| Header | `acme.h` |",
            ),
        ] {
            assert!(doc.contains(heading), "{heading}: {doc}");
            assert!(doc.contains(version), "{version}: {doc}");
            assert!(doc.contains(header), "{header}: {doc}");
        }
    }

    #[test]
    fn requirements_only_in_languages_the_family_has() {
        let doc = doc_of(
            r#"
            /// Lamps.
            #[repr(u8)]
            #[tapi(prefix = "ACME_", since = "2.0")]
            enum Acme {
                /// Red.
                Red = 1,
            }
            "#,
        );
        assert!(doc.contains("# Requirements"), "{doc}");
        assert!(
            !doc.contains("Configuration requise") && !doc.contains("Anforderungen"),
            "{doc}"
        );
        assert!(doc.contains("| Constant | Value | en |"), "{doc}");
    }
}
