//! The derive never panics: malformed and unusual inputs give a spanned
//! error or valid output.

use proc_macro2::TokenStream;

/// Runs the derive on `source` (an item), as the compiler would: its
/// output, or, when that holds errors, their text.
fn run(source: &str) -> Result<TokenStream, String> {
    let tokens: TokenStream = source.parse().map_err(|e| format!("lex: {e:?}"))?;
    let input: syn::DeriveInput = syn::parse2(tokens).map_err(|e| format!("parse: {e}"))?;
    let output = std::panic::catch_unwind(|| {
        crate::expand::derive(
            &input,
            crate::docs::MemberTable::Prebuilt { set_alias: false },
        )
    })
    .map_err(|_| format!("the derive panicked on: {source}"))?;
    let text = output.to_string();
    if text.contains("compile_error") {
        Err(text)
    } else {
        Ok(output)
    }
}

fn enum_with(attrs: &str, body: &str) -> String {
    format!("#[repr(u32)] {attrs} enum Acme {{ {body} }}")
}

#[test]
fn malformed_inputs_give_errors_not_panics() {
    let prefix = r#"#[tapi(prefix = "ACME_")]"#;
    let cases = [
        enum_with("#[tapi(prefix = )]", "A = 1"),
        enum_with("#[tapi(prefix)]", "A = 1"),
        enum_with("#[tapi(prefix = \"ACME_\", doc(fr = ))]", "A = 1"),
        enum_with("#[tapi(prefix = \"ACME_\", doc(fr))]", "A = 1"),
        enum_with("#[tapi(prefix = \"ACME_\", since = 2.2)]", "A = 1"),
        enum_with(
            "#[tapi(prefix = \"ACME_\", doc(fr = \"x\"), doc(fr = \"y\"))]",
            "A = 1",
        ),
        enum_with("#[tapi = \"ACME_\"]", "A = 1"),
        enum_with("#[tapi(,,)]", "A = 1"),
        enum_with(
            prefix,
            "A = 0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000",
        ),
        enum_with(prefix, "A = -340282366920938463463374607431768211455"),
        enum_with(prefix, "A = 1 + 1"),
        enum_with(prefix, "A = B"),
        enum_with(prefix, "A = 'a'"),
        enum_with(prefix, "A = 1.5"),
        enum_with(prefix, "A = \"1\""),
        enum_with(prefix, "#[doc = include_str!(\"README.md\")] A = 1"),
        enum_with(prefix, "#[tapi(name = \"\")] A = 1"),
        enum_with(prefix, "#[tapi(name = \"ÉTÉ\")] A = 1"),
        enum_with(prefix, "Été = 1"),
        enum_with(prefix, "#[tapi(doc(ζζ = \"x\"))] A = 1"),
        enum_with(prefix, "#[tapi(doc(r#fr = \"x\"))] A = 1"),
        enum_with(prefix, "#[tapi(since = \"99999.1\")] A = 1"),
        enum_with(prefix, "A = 1, A2 = 1, A3 = 1"),
        enum_with(
            &format!("{prefix} #[tapi(flags)]"),
            "A = 3, B = 0x8000_0000_0000",
        ),
        enum_with(prefix, ""),
        "struct Acme;".to_owned(),
        "union Acme { a: u32 }".to_owned(),
        "#[tapi(prefix = \"ACME_\")] enum Acme<T> { A = 1 }".to_owned(),
        "#[repr(u32, C, align(8))] #[tapi(prefix = \"ACME_\")] enum Acme { A = 1 }".to_owned(),
    ];
    for case in &cases {
        match run(case) {
            Ok(_) => {}
            Err(message) => assert!(
                !message.contains("panicked") && !message.is_empty(),
                "{message}"
            ),
        }
    }
}

#[test]
fn unusual_but_valid_inputs_expand() {
    let prefix = r#"#[tapi(prefix = "ACME_", flags)]"#;
    let cases = [
        enum_with(prefix, "r#type = 1, r#match = 2"),
        enum_with(prefix, "#[cfg(any())] Gone = 1, Kept = 2"),
        enum_with(prefix, "#[tapi(name = \"PRET\")] Prêt = 1"),
        enum_with(prefix, "/// Un. \n/// \n/// Deux. \n A = 1"),
        enum_with(prefix, "#[doc = \"x\"] #[doc(hidden)] A = 1"),
        enum_with(prefix, "A = 0, B = 0x8000_0000"),
        "#[repr(i64)] #[tapi(prefix = \"ACME_\")] enum Acme { Min = -9223372036854775808, Max = 9223372036854775807 }".to_owned(),
        "#[repr(u8)] #[tapi(prefix = \"ACME_\", flags)] enum Acme { A = 1, H = 0x80 }".to_owned(),
    ];
    for case in &cases {
        let output = run(case).unwrap_or_else(|message| panic!("{case}: {message}"));
        assert!(!output.is_empty(), "{case}");
    }
}

#[test]
fn many_members_expand() {
    let body: Vec<String> = (0..2000).map(|i| format!("M{i} = {i}")).collect();
    let source = enum_with(r#"#[tapi(prefix = "BIG_")]"#, &body.join(", "));
    assert!(run(&source).is_ok());
}

/// `INHERENT_ITEMS` is exactly what the inherent `impl` defines, and a
/// variant named like one of them is refused, on its ident.
#[test]
fn variants_cannot_take_the_names_of_generated_items() {
    let source = enum_with(r#"#[tapi(prefix = "ACME_")]"#, "A = 1");
    let expanded = run(&source).expect("a valid family").to_string();
    let start = expanded.find("impl Acme {").expect("the inherent impl");
    let inherent = &expanded[start..];
    let inherent = &inherent[..inherent.find("impl ::").unwrap_or(inherent.len())];
    let mut defined: Vec<&str> = inherent
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|pair| pair[0] == "fn" || (pair[0] == "const" && pair[1] != "fn"))
        .map(|pair| pair[1])
        .filter(|name| !name.is_empty())
        .collect();
    defined.sort_unstable();
    let mut listed = crate::api::INHERENT_ITEMS.to_vec();
    listed.sort_unstable();
    assert_eq!(defined, listed, "{inherent}");
    for item in crate::api::INHERENT_ITEMS {
        let error = run(&enum_with(
            r#"#[tapi(prefix = "ACME_")]"#,
            &format!("{item} = 1"),
        ))
        .expect_err(item);
        assert!(
            error.contains(&format!("a variant named `{item}` collides")),
            "{error}"
        );
    }
}

/// Every trait impl the derive writes is marked `#[automatically_derived]`
/// (lints and tools skip what the user did not write), in the expansion and
/// in the stand-in beside errors.
#[test]
fn trait_impls_are_marked_automatically_derived() {
    let flags = r#"#[tapi(prefix = "ACME_", flags)]"#;
    let expanded = run(&enum_with(flags, "A = 1, B = 2")).expect("a valid family");
    let stand_in = run(&enum_with(flags, "A = 1, B = 3")).expect_err("not a single bit");
    for text in [expanded.to_string(), stand_in] {
        let impls: Vec<usize> = text.match_indices("impl :: ").map(|(at, _)| at).collect();
        assert!(impls.len() >= 8, "{text}");
        for at in impls {
            // The impl's attributes: from the end of the item before it.
            let start = text[..at].rfind(['}', ';']).map_or(0, |end| end + 1);
            assert!(
                text[start..at].contains("# [automatically_derived]"),
                "{}",
                &text[start..]
            );
        }
    }
}
