//! The rustdoc the derive adds to the enum's inherent `impl` block: what the
//! family is and requires, a table of its members, and their descriptions
//! in each language but English (whose are the variants' own docs).

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
    /// alike. The sets of those at the top of `families/` (tapi.h's) have
    /// an alias, `XSet`, which the page names.
    #[cfg(test)]
    Prebuilt { set_alias: bool },
}

impl MemberTable {
    /// Whether the family's page names its set alias: only tapi.h's
    /// prebuilt families have one.
    fn names_set_alias(self) -> bool {
        match self {
            MemberTable::WhenRustdoc => false,
            #[cfg(test)]
            MemberTable::Prebuilt { set_alias } => set_alias,
        }
    }
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

/// The name of each language whose descriptions get a section of their
/// own (a tag without one is its own heading).
const LANGUAGE_NAMES: &[(&str, &str)] = &[("fr", "Français"), ("de", "Deutsch")];

/// The page the derive adds under the enum's methods, each fact once: what
/// the family is and requires, its set type, a narrow table of the members
/// (name, aliases, value, version: the English descriptions are the
/// variants' own docs, right above), then one section per other language
/// with its descriptions as a list, which wraps at any width where a
/// column per language was cut off.
pub fn impl_doc(family: &Family, repr: &Repr, languages: &[String], when: MemberTable) -> String {
    let mut doc = String::new();
    let kind = if family.flags {
        "bit flags"
    } else {
        "enumeration"
    };
    let _ = write!(
        doc,
        "Constants of the `{}` family ({kind}, `{}`)",
        family.prefix(),
        repr.ident
    );
    if let Some((major, minor)) = family.since {
        let _ = write!(doc, "; requires TAPI {major}.{minor}");
    }
    if let Some(header) = &family.header {
        let _ = write!(doc, "; defined in `{header}`");
    }
    doc.push_str(
        ".

",
    );
    if family.flags {
        let _ = write!(
            doc,
            "A set of them is a [`Flags<{}>`](::tapi_consts::Flags)",
            family.ident
        );
        if when.names_set_alias() {
            let _ = write!(
                doc,
                ", named [`{0}Set`](crate::families::{0}Set)",
                family.ident
            );
        }
        let _ = writeln!(
            doc,
            ", written `A | B | 0x40`; `|` between members makes one.\n"
        );
    }
    member_table(&mut doc, family, repr);
    for tag in languages.iter().filter(|tag| *tag != "en") {
        language_section(&mut doc, family, tag);
    }
    doc
}

fn member_table(doc: &mut String, family: &Family, repr: &Repr) {
    let with_since = family.members.iter().any(|member| member.since.is_some());
    doc.push_str("| Constant | Value |");
    if with_since {
        doc.push_str(" Since |");
    }
    doc.push_str("\n|---|---|");
    if with_since {
        doc.push_str("---|");
    }
    doc.push('\n');
    let prefix = family.prefix();
    for member in &family.members {
        let _ = write!(doc, "| `{prefix}{}`", member.name.text);
        for alias in &member.aliases {
            let _ = write!(doc, "<br>alias `{prefix}{}`", alias.text);
        }
        let _ = write!(doc, " | {} |", value_text(repr, member));
        if with_since {
            let since = member
                .since
                .map(|(major, minor)| format!("TAPI {major}.{minor}"));
            let _ = write!(doc, " {} |", since.unwrap_or_default());
        }
        doc.push('\n');
    }
}

/// `# Français`: the family's description, then each member's, in `tag`.
fn language_section(doc: &mut String, family: &Family, tag: &str) {
    let text = |docs: &crate::ast::Docs| {
        docs.texts
            .iter()
            .find(|(have, _)| have == tag)
            .map(|(_, text)| flat(text))
    };
    let heading = LANGUAGE_NAMES
        .iter()
        .find(|(have, _)| *have == tag)
        .map_or(tag, |(_, name)| name);
    let _ = write!(doc, "\n# {heading}\n\n");
    if let Some(family_text) = text(&family.docs) {
        let _ = writeln!(doc, "{family_text}\n");
    }
    let prefix = family.prefix();
    for member in &family.members {
        if let Some(member_text) = text(&member.docs) {
            let _ = writeln!(doc, "- `{prefix}{}`: {member_text}", member.name.text);
        }
    }
}

/// A description on one line (a list item), its paragraphs kept apart.
fn flat(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("<br><br>")
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
        doc_as(source, super::MemberTable::WhenRustdoc)
    }

    fn doc_as(source: &str, when: super::MemberTable) -> String {
        let input: syn::DeriveInput = syn::parse_str(source).unwrap();
        let cx = Ctxt::new();
        let family = Family::from_syn(&cx, &input).unwrap();
        cx.check().unwrap();
        let repr = family.repr.as_ref().unwrap();
        let prefix = family.prefix();
        let bits = vec![0; family.members.len()];
        let described = crate::table::describe(&family, &prefix, repr, &bits);
        let languages = tapi_consts_table::write::doc_languages(&described);
        super::impl_doc(&family, repr, &languages, when)
    }

    /// A prebuilt tapi.h family's page names its set alias; a TAPI 3 or a
    /// user's family has none to name.
    #[test]
    fn only_a_prebuilt_family_names_its_set_alias() {
        let source = r#"
            #[repr(u32)]
            #[tapi(prefix = "ACME_", flags)]
            enum Acme { Red = 1 }
        "#;
        let alias = "[`Flags<Acme>`](::tapi_consts::Flags), named \
                     [`AcmeSet`](crate::families::AcmeSet), written";
        assert!(doc_as(source, super::MemberTable::Prebuilt { set_alias: true }).contains(alias));
        for when in [
            super::MemberTable::Prebuilt { set_alias: false },
            super::MemberTable::WhenRustdoc,
        ] {
            let doc = doc_as(source, when);
            assert!(!doc.contains("AcmeSet"), "{doc}");
        }
    }

    /// Each fact once: the requirements in the first sentence, the values
    /// in a narrow table with no description (the English ones are the
    /// variants' docs), each other language in a list of its own.
    #[test]
    fn every_fact_once_every_language_in_a_list() {
        let doc = doc_of(
            r#"
            /// Lamps.
            #[repr(u32)]
            #[tapi(prefix = "ACME_", flags, since = "2.2", header = "acme.h")]
            #[tapi(doc(fr = "Voyants.", de = "Lampen."))]
            enum Acme {
                /// Red | lit.
                #[tapi(doc(fr = "Rouge\n\nvif.", de = "Rot."))]
                Red = 1,
                /// Green.
                #[tapi(doc(fr = "Vert."), alias = "LIME", since = "3.0")]
                Green = 2,
            }
            "#,
        );
        assert!(
            doc.starts_with(
                "Constants of the `ACME_` family (bit flags, `u32`); requires TAPI 2.2; \
                 defined in `acme.h`.\n\nA set of them is a [`Flags<Acme>`]"
            ),
            "{doc}"
        );
        assert!(
            doc.contains("| Constant | Value | Since |\n|---|---|---|\n"),
            "{doc}"
        );
        assert!(doc.contains("| `ACME_RED` | `0x00000001` |  |\n"), "{doc}");
        assert!(
            doc.contains("| `ACME_GREEN`<br>alias `ACME_LIME` | `0x00000002` | TAPI 3.0 |\n"),
            "{doc}"
        );
        // English is not repeated; French and German each have a list.
        assert!(
            !doc.contains("Red | lit.") && !doc.contains("Green."),
            "{doc}"
        );
        assert!(
            doc.contains(
                "\n# Français\n\nVoyants.\n\n- `ACME_RED`: Rouge<br><br>vif.\n- `ACME_GREEN`: Vert.\n"
            ),
            "{doc}"
        );
        assert!(
            doc.contains("\n# Deutsch\n\nLampen.\n\n- `ACME_RED`: Rot.\n"),
            "{doc}"
        );
        assert!(!doc.contains("`ACME_GREEN`: Green"), "{doc}");
        assert_eq!(doc.matches("2.2").count(), 1, "{doc}");
    }

    #[test]
    fn a_family_in_english_only_has_no_language_section() {
        let doc = doc_of(
            r#"
            /// Lamps.
            #[repr(u8)]
            #[tapi(prefix = "ACME_", since = "2.0")]
            #[tapi(doc(pt_br = "Lâmpadas."))]
            enum Acme {
                /// Red.
                Red = 1,
            }
            "#,
        );
        assert!(
            doc.contains("(enumeration, `u8`); requires TAPI 2.0."),
            "{doc}"
        );
        assert!(!doc.contains("Flags"), "{doc}");
        assert!(
            doc.contains("| Constant | Value |\n|---|---|\n| `ACME_RED` | `0x01` |"),
            "{doc}"
        );
        // A language with no name of ours is headed by its tag.
        assert!(doc.contains("\n# pt-BR\n\nLâmpadas.\n"), "{doc}");
        assert!(!doc.contains("# Français"), "{doc}");
    }
}
