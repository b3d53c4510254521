//! The runtime's modules form a layered graph, as README's Layout lists
//! them: each uses only the modules listed before it, so none imports
//! another in a circle (issue 14). Read from the sources: a `crate::m`
//! path outside a test module is a use of `m`.

use std::collections::BTreeSet;
use std::path::Path;

/// README's order. The prebuilt families, `raw` and `__private` are data
/// and re-exports over all of these (doc links into them do not count).
const LAYERS: &[&str] = &[
    "repr",
    "given",
    "device_specific",
    "version",
    "kind",
    "storage",
    "lang",
    "plain",
    "suggest",
    "error_words",
    "entry",
    "family",
    "error",
    "number",
    "text",
    "members",
    "info",
    "hand_made",
    "flags",
    "roles",
    "messages",
    "fields",
    "serde_impls",
    "arbitrary_impls",
];

/// The runtime modules `source` names through `crate::`, tests left out.
fn uses(source: &str) -> BTreeSet<String> {
    let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // Doc links (`[..](crate::families::ALL)`) are not uses.
        let line_start = code[..at].rfind('\n').map_or(0, |i| i + 1);
        if code[line_start..at].trim_start().starts_with("//") {
            continue;
        }
        found.insert(name);
    }
    found
}

#[test]
fn each_module_uses_only_the_ones_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tapi-consts/src");
    let mut modules: BTreeSet<String> = std::fs::read_dir(&src)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".rs").map(str::to_owned)
        })
        .collect();
    for root in ["lib", "private"] {
        assert!(modules.remove(root), "{root}.rs");
    }
    let listed: BTreeSet<String> = LAYERS.iter().map(|&m| m.to_owned()).collect();
    assert_eq!(
        modules, listed,
        "a module is missing from LAYERS (and README's Layout)"
    );
    for (layer, module) in LAYERS.iter().enumerate() {
        let source = std::fs::read_to_string(src.join(format!("{module}.rs"))).unwrap();
        for used in uses(&source) {
            let Some(at) = LAYERS.iter().position(|&m| m == used) else {
                continue;
            };
            // A module naming itself (`$crate::roles::Text` in its own
            // macro) is no cycle.
            assert!(
                at <= layer,
                "{module}.rs uses crate::{used}, which comes after it: a cycle in waiting"
            );
        }
    }
}
