//! Prints a prebuilt family's members, values and descriptions in the
//! language given on the command line: a BCP 47 tag, French by default.
//!
//! ```text
//! cargo run -p tapi-consts --example localized_table                      # fr
//! cargo run -p tapi-consts --example localized_table -- de-CH linecallstate
//! cargo run -p tapi-consts --example localized_table -- pt-BR             # English
//! ```

use std::process::ExitCode;

use tapi_consts::lang::{primary_subtag, same_tag};
use tapi_consts::Docs;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "fr".to_owned());
    let prefix = args
        .next()
        .unwrap_or_else(|| "LINEAGENTSESSIONSTATE_".to_owned());
    let Some(info) = tapi_consts::family(&prefix) else {
        eprintln!("no prebuilt family has the prefix `{prefix}`");
        return ExitCode::from(2);
    };

    // Settle the language once for the whole table, as `description` does
    // for each text: the tag itself (`fr-CA`), else its primary language
    // (`fr`), else English. Only languages this build keeps count (see the
    // `lang-*` features).
    let shown = match info.docs().resolve(&lang) {
        Some((tag, _)) if same_tag(tag, &lang) || same_tag(tag, primary_subtag(&lang)) => tag,
        _ => {
            let have = info.languages().join(", ");
            let prefix = info.prefix();
            eprintln!("{prefix} has no `{lang}` descriptions here ({have}); showing English\n");
            "en"
        }
    };

    println!("{} [{shown}]", info.prefix());
    println!("{}\n", first_paragraph(info.docs(), shown));
    let width = info
        .entries()
        .map(|entry| entry.name().len())
        .max()
        .unwrap_or(0);
    for entry in info.entries() {
        let text = first_paragraph(entry.docs(), shown);
        println!("{:<width$}  0x{:08X}  {text}", entry.name(), entry.value());
    }
    ExitCode::SUCCESS
}

/// The first paragraph of the text in `lang`, so that each member takes one
/// line; English, marked, for a text not translated into `lang` (a family
/// of your own may be partly translated).
fn first_paragraph(docs: Docs, lang: &str) -> String {
    let (text, mark) = match docs.get(lang) {
        Some(text) => (text, ""),
        None => (docs.description("en"), "[en] "),
    };
    let paragraph = text.split("\n\n").next().unwrap_or(text);
    format!("{mark}{}", paragraph.replace('\n', " "))
}
