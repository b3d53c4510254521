//! tapi-consts' prebuilt families, expanded ahead of time.
//!
//! The families are written as `#[derive(ConstFamily)]` descriptions in
//! `tapi-consts/families/`, the source of truth. A user's build must not
//! run this macro for them, so tapi-consts compiles what it makes of them,
//! checked in under `tapi-consts/src/families/generated/`. The test below
//! expands every description with the macro's own code (`expand::derive`),
//! formats the result, and fails when a generated file differs, after
//! writing the new one: rerun the test and commit what it wrote.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Attribute, DeriveInput, Item, ItemEnum, Meta, Token};

use crate::ast::Family;
use crate::ctxt::Ctxt;
use crate::docs::{self, MemberTable};
use crate::expand;

/// The descriptions, and where their expansion goes.
fn dirs() -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tapi-consts");
    (root.join("families"), root.join("src/families/generated"))
}

/// `use tapi_consts::ConstFamily;`: the derive's import, which a description
/// has (it reads as a user's code) and the generated file drops.
fn is_derive_import(item: &Item) -> bool {
    matches!(item, Item::Use(item) if quote!(#item).to_string() == "use tapi_consts :: ConstFamily ;")
}

fn is_tapi(attr: &Attribute) -> bool {
    attr.path().is_ident("tapi")
}

/// `#[derive(…)]` without `ConstFamily`, or `None` when that was all.
fn without_const_family(attr: &Attribute) -> Result<Option<Attribute>, String> {
    if !attr.path().is_ident("derive") {
        return Ok(Some(attr.clone()));
    }
    let paths = attr
        .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        .map_err(|e| format!("a `#[derive]` list: {e}"))?;
    let kept: Vec<_> = paths
        .into_iter()
        .filter(|path| !path.is_ident("ConstFamily"))
        .collect();
    Ok((!kept.is_empty()).then(|| syn::parse_quote!(#[derive(#(#kept),*)])))
}

fn derives_const_family(item: &ItemEnum) -> bool {
    item.attrs.iter().any(|attr| {
        matches!(&attr.meta, Meta::List(list) if list.path.is_ident("derive")
            && list.tokens.to_string().split(',').any(|d| d.trim() == "ConstFamily"))
    })
}

/// The enum as the generated file declares it: its derives and docs, no
/// `#[tapi]` attributes (they are the macro's input, spent), and on each
/// variant, for rustdoc only, its C name and hex value (rustdoc shows the
/// discriminant in decimal: `Allocated = 2_147_483_649`). A user's derive
/// cannot add these: a derive does not change the enum.
fn declared(item: &ItemEnum) -> Result<ItemEnum, String> {
    let input = DeriveInput::from(item.clone());
    let cx = Ctxt::new();
    let family = Family::from_syn(&cx, &input);
    cx.check().map_err(|error| error.to_string())?;
    let family = family.ok_or("no family model")?;
    let repr = family.repr.as_ref().ok_or("no repr")?;
    let lines: Vec<String> = family
        .members
        .iter()
        .map(|member| docs::variant_line(&family, repr, member))
        .collect();
    let mut item = item.clone();
    let mut attrs = Vec::new();
    for attr in item.attrs.iter().filter(|attr| !is_tapi(attr)) {
        attrs.extend(without_const_family(attr)?);
    }
    item.attrs = attrs;
    for (variant, line) in item.variants.iter_mut().zip(lines) {
        variant.attrs.retain(|attr| !is_tapi(attr));
        variant
            .attrs
            .push(syn::parse_quote!(#[cfg_attr(doc, doc = "")]));
        variant
            .attrs
            .push(syn::parse_quote!(#[cfg_attr(doc, doc = #line)]));
    }
    Ok(item)
}

/// The generated file for one description: its items, each family
/// followed by its expansion.
fn generate(description: &str, file: &str) -> Result<String, String> {
    let parsed = syn::parse_file(description).map_err(|e| format!("{file}: {e}"))?;
    let mut items = Vec::new();
    for item in &parsed.items {
        match item {
            Item::Enum(family) if derives_const_family(family) => {
                let input = DeriveInput::from(family.clone());
                // tapi.h's families sit at the top of `families/`; only
                // they have a set alias (`families::set_aliases`).
                let set_alias = !file.contains('/');
                let expansion = expand::derive(&input, MemberTable::Prebuilt { set_alias });
                if expansion.to_string().contains("compile_error") {
                    return Err(format!(
                        "{file}: `{}` does not derive: {expansion}",
                        family.ident
                    ));
                }
                let expansion: syn::File = syn::parse2(expansion)
                    .map_err(|e| format!("{file}: the expansion of `{}`: {e}", family.ident))?;
                items.push(Item::Enum(
                    declared(family).map_err(|e| format!("{file}: {e}"))?,
                ));
                items.extend(expansion.items);
            }
            item if is_derive_import(item) => {}
            Item::Use(_) => items.push(item.clone()),
            _ => {
                return Err(format!(
                    "{file}: a description holds `use` items and `#[derive(ConstFamily)]` enums \
                     only; hand-written code goes in tapi-consts/src/families/"
                ))
            }
        }
    }
    let generated = syn::File { items, ..parsed };
    Ok(format!(
        "// @generated from tapi-consts/families/{file} by tapi-consts-derive's `prebuilt` test\n\
         // (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.\n\n{}",
        prettyplease::unparse(&generated)
    ))
}

/// A `mod.rs`: one module per description, re-exported, and one public
/// module per group (a subdirectory), compiled with the feature of its
/// name (`families/tapi3/` → feature `tapi3`).
fn module_list(docs: &str, modules: &[String], groups: &[String], families: &[String]) -> String {
    let mut out = String::from(
        "// @generated by tapi-consts-derive's `prebuilt` test: one module per file of\n\
         // tapi-consts/families/, one per subdirectory (a feature group).\n\n",
    );
    out.push_str(docs);
    for module in modules {
        writeln!(out, "mod {module};").unwrap();
    }
    for group in groups {
        writeln!(out, "#[cfg(feature = \"{group}\")]\npub mod {group};").unwrap();
    }
    if !modules.is_empty() {
        out.push('\n');
    }
    for module in modules {
        writeln!(out, "pub use {module}::*;").unwrap();
    }
    // A group lists its families for the registry (`families::ALL`).
    if !families.is_empty() {
        out.push_str("\n/// Every family of this group, in the order of its files.\n");
        out.push_str("pub(crate) const FAMILIES: &[&crate::FamilyInfo] = &[\n");
        for family in families {
            writeln!(out, "    <{family} as crate::ConstFamily>::INFO,").unwrap();
        }
        out.push_str("];\n");
    }
    out
}

/// The families a description declares, in order.
fn family_names(description: &str) -> Vec<String> {
    syn::parse_file(description)
        .map(|file| {
            file.items
                .iter()
                .filter_map(|item| match item {
                    Item::Enum(family) if derives_const_family(family) => {
                        Some(family.ident.to_string())
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every generated file, by its path under `generated/`, from the
/// descriptions in `from` (`dir`: the subdirectory, `""` at the top).
fn expected(from: &Path, dir: &str) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let mut modules = Vec::new();
    let mut groups = Vec::new();
    // A group's `mod.rs` holds its docs (`//!` lines) only.
    let mut docs = String::new();
    let mut families = Vec::new();
    let here = from.join(dir);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&here)
        .map_err(|e| format!("{}: {e}", here.display()))?
        .map(|entry| entry.map(|entry| entry.path()).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let relative = if dir.is_empty() {
            name.clone()
        } else {
            format!("{dir}/{name}")
        };
        if path.is_dir() {
            if !dir.is_empty() {
                return Err(format!("{relative}: groups are one level deep"));
            }
            files.extend(expected(from, &name)?);
            groups.push(name);
        } else if name == "mod.rs" && !dir.is_empty() {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{relative}: {e}"))?;
            let parsed = syn::parse_file(&text).map_err(|e| format!("{relative}: {e}"))?;
            if !parsed.items.is_empty() {
                return Err(format!(
                    "{relative}: a group's mod.rs holds its `//!` docs only"
                ));
            }
            docs = text
                .lines()
                .filter(|line| line.starts_with("//!"))
                .map(|line| format!("{line}\n"))
                .collect();
            docs.push('\n');
        } else if let Some(module) = name.strip_suffix(".rs") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{relative}: {e}"))?;
            files.insert(relative.clone(), generate(&text, &relative)?);
            modules.push(module.to_owned());
            if !dir.is_empty() {
                families.extend(family_names(&text));
            }
        }
    }
    let list = if dir.is_empty() {
        "mod.rs".to_owned()
    } else {
        format!("{dir}/mod.rs")
    };
    if !dir.is_empty() && docs.is_empty() {
        return Err(format!(
            "families/{dir}/: a group needs a mod.rs with its `//!` docs"
        ));
    }
    files.insert(list, module_list(&docs, &modules, &groups, &families));
    Ok(files)
}

/// Every file under `dir`, by its path relative to `root`.
fn existing(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            existing(root, &path, out);
        } else if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn prebuilt_families_are_generated_from_their_descriptions() {
    let (from, to) = dirs();
    if !from.exists() && !to.exists() {
        // The published crate, unpacked alone: tapi-consts is not beside it.
        eprintln!("skipped: no tapi-consts beside this crate");
        return;
    }
    let expected = expected(&from, "").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        expected.len() > 1,
        "no description found in {}",
        from.display()
    );
    let mut stale = Vec::new();
    for (name, text) in &expected {
        let path = to.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            stale.push(name.clone());
        }
    }
    let mut found = Vec::new();
    existing(&to, &to, &mut found);
    for name in found {
        if !expected.contains_key(&name) {
            std::fs::remove_file(to.join(&name)).unwrap();
            stale.push(format!("{name} (removed: no description)"));
        }
    }
    assert!(
        stale.is_empty(),
        "the generated families were out of date and have been rewritten: {}.\n\
         Review and commit tapi-consts/src/families/generated/.",
        stale.join(", ")
    );
}

#[test]
fn a_description_holds_families_only() {
    let error = generate("fn helper() {}", "x.rs").unwrap_err();
    assert!(error.contains("hand-written code goes in"), "{error}");
    let error = generate(
        "#[derive(ConstFamily)] #[repr(u32)] #[tapi(prefix = \"X_\")] enum X { A = 1, B = 1 }",
        "x.rs",
    )
    .unwrap_err();
    assert!(error.contains("does not derive"), "{error}");
}

#[test]
fn the_generated_enum_keeps_its_derives_and_docs_only() {
    let text = generate(
        "//! Doc.\nuse tapi_consts::ConstFamily;\n\
         /// X.\n#[derive(Clone, Copy, ConstFamily)] #[repr(u32)] #[tapi(prefix = \"X_\")]\n\
         pub enum X { /// A.\n #[tapi(since = \"2.0\")] A = 1 }",
        "x.rs",
    )
    .unwrap();
    assert!(
        text.contains("#[derive(Clone, Copy)]\n#[repr(u32)]\npub enum X {"),
        "{text}"
    );
    assert!(!text.contains("#[tapi"), "{text}");
    assert!(!text.contains("use tapi_consts::ConstFamily"), "{text}");
    assert!(text.contains("//! Doc."), "{text}");
    assert!(text.contains("INFO"), "{text}");
    // Rustdoc shows `A = 1` in decimal: the variant's docs end with its C
    // name and hex value, for rustdoc only.
    assert!(
        text.contains(
            "/// A.\n    #[cfg_attr(doc, doc = \"\")]\n    \
             #[cfg_attr(doc, doc = \"`X_A` = `0x00000001`\")]\n    A = 1,"
        ),
        "{text}"
    );
}

/// `member | set` is hidden from rustdoc, which would list it on the
/// `Flags` page once per family; `member | member` is not.
#[test]
fn member_or_set_is_hidden_from_the_flags_page() {
    let text = generate(
        "use tapi_consts::ConstFamily;\n\
         /// X.\n#[derive(Clone, Copy, ConstFamily)] #[repr(u32)] #[tapi(prefix = \"X_\", flags)]\n\
         pub enum X { /// A.\n A = 1 }",
        "x.rs",
    )
    .unwrap();
    let hidden = "#[doc(hidden)]\n    impl ::core::ops::BitOr<::tapi_consts::Flags<X>> for X {";
    assert!(text.contains(hidden), "{text}");
    assert!(
        text.contains("#[automatically_derived]\n    impl ::core::ops::BitOr for X {"),
        "{text}"
    );
}
