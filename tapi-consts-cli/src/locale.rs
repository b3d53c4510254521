//! Which language the descriptions are written in: `--lang`, else the POSIX
//! locale variables, else the system's language (Windows' user locale,
//! where those variables are rarely set; macOS'), else English.

use std::env;

use tapi_consts::families::ALL;
use tapi_consts::lang::{primary_subtag, same_tag};

use crate::catalogue::{fill, Text};

/// The locale variables that name the language of messages, strongest
/// first: the first one set and non-empty decides (as POSIX has it).
pub const VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language the descriptions are shown in, and the note to give when
/// it is not the one asked for.
pub struct Resolved {
    /// One of the tags the descriptions exist in.
    pub lang: String,
    /// Said once on standard error when the language asked for has no
    /// descriptions here (CLI.md, "Language").
    pub note: Option<String>,
}

/// The language tag to describe things in: `--lang`'s (an error if it is
/// not a language tag), else the environment's or the system's, else
/// `"en"`, narrowed to one the descriptions exist in.
pub fn resolve(flag: Option<&str>) -> Result<Resolved, String> {
    let requested = match flag {
        // `C` and `POSIX` mean English, as they do in `LANG`.
        Some(text) if is_c_locale(text) => "en".to_owned(),
        // Said in the environment's language, the flag's being no language.
        Some(text) => to_tag(text).ok_or_else(|| {
            // Narrowed to the build's languages, as every other message is.
            let said = available(&from_environment().unwrap_or_else(|| "en".to_owned()));
            let value = crate::output::quote(text);
            fill(said, Text::InvalidLang, &[("value", &value)])
        })?,
        None => from_environment().unwrap_or_else(|| "en".to_owned()),
    };
    let lang = available(&requested).to_owned();
    let note = (!same_tag(primary_subtag(&lang), primary_subtag(&requested))).then(|| {
        let asked = primary_subtag(&requested).to_ascii_lowercase();
        let dropped = match asked.as_str() {
            "fr" => !cfg!(feature = "lang-fr"),
            "de" => !cfg!(feature = "lang-de"),
            _ => false,
        };
        // Said in the language asked for where the tool speaks it (a
        // build without French descriptions still has French words).
        if dropped {
            fill(&requested, Text::BuiltWithout, &[("lang", &asked)])
        } else {
            fill(&requested, Text::NoDescriptionsIn, &[("lang", &requested)])
        }
    });
    Ok(Resolved { lang, note })
}

/// The language of a command line the parser refused (it has no `--lang`
/// value to give): `--lang`'s own if argv has a valid one, else the
/// environment's, narrowed as `resolve` narrows it, so the error is in
/// the language the run would have spoken.
pub fn for_usage_errors() -> String {
    let args: Vec<String> = env::args_os()
        .skip(1)
        .map_while(|arg| arg.into_string().ok())
        .collect();
    // An invalid `--lang` is no language: the environment's, as `resolve`
    // says it in.
    resolve(lang_flag(&args))
        .or_else(|_| resolve(None))
        .map_or_else(|_| "en".to_owned(), |resolved| resolved.lang)
}

/// The value of the last `--lang` in `args` (`--lang fr`, `--lang=fr`),
/// options only: nothing after `--`.
fn lang_flag(args: &[String]) -> Option<&str> {
    let mut found = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            found = Some(value);
        } else if arg == "--lang" {
            found = args.next().map(String::as_str).or(found);
        }
    }
    found
}

/// The language the environment asks for, if it names one.
fn from_environment() -> Option<String> {
    for name in VARIABLES {
        match env::var_os(name) {
            Some(value) if !value.is_empty() => {
                // The first variable set decides, even when its value is
                // `C`, `POSIX` or not text: it does not fall through.
                return value.to_str().and_then(to_tag);
            }
            _ => {}
        }
    }
    // None is set: the system's own setting (sys-locale; on Linux it reads
    // the same variables, so there is nothing more to find).
    sys_locale::get_locale().as_deref().and_then(to_tag)
}

/// Whether `text` is the C locale: `C`, `POSIX`, `C.UTF-8`.
fn is_c_locale(text: &str) -> bool {
    let text = text.trim();
    let name = &text[..text.find(['.', '@']).unwrap_or(text.len())];
    name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX")
}

/// A BCP 47-style tag (`fr-FR`) from a tag or a POSIX locale name
/// (`fr_FR.UTF-8@euro`); `None` for `C`, `POSIX` and anything malformed.
pub fn to_tag(text: &str) -> Option<String> {
    let text = text.trim();
    // `language[_territory][.codeset][@modifier]`: only the first two count.
    if is_c_locale(text) {
        return None;
    }
    let end = text.find(['.', '@']).unwrap_or(text.len());
    let name = &text[..end];
    let mut subtags = name.split(['-', '_']);
    let language = subtags.next()?;
    if !(2..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut tag = language.to_ascii_lowercase();
    for subtag in subtags {
        if !(1..=8).contains(&subtag.len()) || !subtag.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        tag.push('-');
        tag.push_str(subtag);
    }
    Some(tag)
}

/// The tag, among those the descriptions are written in, that `tag` falls
/// back to as the library's `description` does: itself, its primary
/// language, else English.
fn available(tag: &str) -> &'static str {
    let languages = || {
        ALL.iter()
            .flat_map(|family| family.languages().iter().copied())
    };
    languages()
        .find(|have| same_tag(have, tag))
        .or_else(|| languages().find(|have| same_tag(have, primary_subtag(tag))))
        .unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::{lang_flag, to_tag};

    #[test]
    fn the_lang_flag_is_found_before_the_parser_runs() {
        let args = |text: &str| -> Vec<String> { text.split(' ').map(str::to_owned).collect() };
        assert_eq!(lang_flag(&args("--lang fr decod X")), Some("fr"));
        assert_eq!(lang_flag(&args("decode --lang=de X 1")), Some("de"));
        assert_eq!(lang_flag(&args("--lang fr --lang de list")), Some("de"));
        assert_eq!(lang_flag(&args("list -- --lang fr")), None);
        assert_eq!(lang_flag(&args("list --lang")), None);
    }

    #[test]
    fn posix_locale_names_become_tags() {
        assert_eq!(to_tag("fr_FR.UTF-8").as_deref(), Some("fr-FR"));
        assert_eq!(to_tag("de_DE@euro").as_deref(), Some("de-DE"));
        assert_eq!(to_tag("fr").as_deref(), Some("fr"));
        assert_eq!(to_tag("FR-ca").as_deref(), Some("fr-ca"));
        assert_eq!(to_tag("C.UTF-8"), None);
        assert_eq!(to_tag("POSIX"), None);
        assert_eq!(to_tag(""), None);
        assert_eq!(to_tag("f"), None);
        assert_eq!(to_tag("fr__FR"), None);
        assert_eq!(to_tag("fr FR"), None);
        assert_eq!(to_tag("é"), None);
    }
}
