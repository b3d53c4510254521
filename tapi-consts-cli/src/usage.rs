//! The command-line parser's errors in our own words, one line each, built
//! from clap's error kind and context (never from its rendered English,
//! which may change with any clap release), with every piece of argv shown
//! quoted and tamed (CLI.md).

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::CommandFactory;

use crate::args::Cli;
use crate::catalogue::{fill, is_english, joined, text as words, Text};
use crate::{locale, output, report, Status};

/// Help and version go to standard output (exit 0); every other clap error
/// becomes one line on standard error (exit 2).
pub fn clap_error(error: &clap::Error) -> Status {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let mut stdout = io::stdout().lock();
            let _ = write!(stdout, "{}", error.render());
            let _ = stdout.flush();
            Status::Success
        }
        _ => {
            report(&one_line(error, &locale::for_usage_errors()));
            Status::Usage
        }
    }
}

/// How many characters of one argument a message shows.
const SHOWN: usize = 64;

/// How many characters of a clap hint (`to pass '-x' as a value, …`) a
/// message shows.
const HINT: usize = 160;

/// A clap error in our own words, on one line: a sentence per kind, made
/// from the error's kind and context (never from clap's rendered text,
/// whose wording and layout change between releases), then clap's
/// suggestions and the pointer to `--help`. Every piece of argv in it goes
/// through `output::tame`.
fn one_line(error: &clap::Error, lang: &str) -> String {
    let mut line = sentence(error, lang).unwrap_or_else(|| fallback(error, lang));
    hints(error, &mut line, lang);
    line.push_str(words(lang, Text::SeeHelp));
    line
}

/// The sentence for the kinds we know, or `None` for another kind or when
/// the context it should carry is not there.
fn sentence(error: &clap::Error, lang: &str) -> Option<String> {
    let arg = || text(error, ContextKind::InvalidArg).map(shown);
    let value = || text(error, ContextKind::InvalidValue);
    let say = |key, values: &[(&str, &str)]| fill(lang, key, values);
    let (and, or) = (Text::And, Text::Or);
    let count = |kind| match error.get(kind) {
        Some(ContextValue::Number(count)) => Some(*count),
        _ => None,
    };
    let line = match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = shown(text(error, ContextKind::InvalidSubcommand)?);
            say(Text::UnknownSubcommand, &[("name", &name)])
        }
        ErrorKind::UnknownArgument => say(Text::UnexpectedArgument, &[("arg", &arg()?)]),
        ErrorKind::MissingRequiredArgument => match texts(error, ContextKind::InvalidArg)? {
            [] => return None,
            [missing] => say(Text::MissingArgument, &[("arg", &shown(missing))]),
            missing => say(
                Text::MissingArguments,
                &[("args", &listed(missing, lang, and))],
            ),
        },
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut line = if value.is_empty() {
                say(Text::NeedsValue, &[("arg", &arg)])
            } else {
                say(
                    Text::InvalidValueFor,
                    &[("value", &shown(value)), ("arg", &arg)],
                )
            };
            match texts(error, ContextKind::ValidValue) {
                Some([]) | None => {}
                Some(valid) => {
                    let values = listed(valid, lang, and);
                    line.push_str(&say(Text::ValidValues, &[("values", &values)]));
                }
            }
            line
        }
        ErrorKind::ValueValidation => {
            let (value, arg) = (shown(value()?), arg()?);
            let mut line = say(Text::InvalidValueFor, &[("value", &value), ("arg", &arg)]);
            // The value parser's reason (its own words), which may repeat
            // the value.
            if let Some(reason) = std::error::Error::source(error) {
                let reason = tamed(&reason.to_string(), HINT);
                line.push_str(&say(Text::AfterColon, &[("text", &reason)]));
            }
            line
        }
        ErrorKind::TooManyValues => {
            let (arg, value) = (arg()?, shown(value()?));
            say(Text::TooManyValues, &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::TooFewValues => {
            let arg = arg()?;
            let min = count(ContextKind::MinValues)?.to_string();
            let got = count(ContextKind::ActualNumValues)?.to_string();
            say(
                Text::TooFewValues,
                &[("arg", &arg), ("min", &min), ("got", &got)],
            )
        }
        ErrorKind::WrongNumberOfValues => {
            let arg = arg()?;
            let expected = count(ContextKind::ExpectedNumValues)?.to_string();
            let got = count(ContextKind::ActualNumValues)?.to_string();
            say(
                Text::WrongNumberOfValues,
                &[("arg", &arg), ("expected", &expected), ("got", &got)],
            )
        }
        ErrorKind::ArgumentConflict => {
            let (what, culprit) = match text(error, ContextKind::InvalidArg) {
                Some(arg) => (shown(arg), arg),
                None => {
                    let subcommand = text(error, ContextKind::InvalidSubcommand)?;
                    let name = shown(subcommand);
                    (say(Text::SubcommandNamed, &[("name", &name)]), subcommand)
                }
            };
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == culprit => {
                    say(Text::GivenTwice, &[("what", &what)])
                }
                Some(ContextValue::String(prior)) => say(
                    Text::CannotBeUsedWith,
                    &[("what", &what), ("others", &shown(prior))],
                ),
                Some(ContextValue::Strings(prior)) if !prior.is_empty() => say(
                    Text::CannotBeUsedWith,
                    &[("what", &what), ("others", &listed(prior, lang, or))],
                ),
                _ => say(Text::CannotBeUsedWithOthers, &[("what", &what)]),
            }
        }
        ErrorKind::NoEquals => say(Text::ValueAfterEquals, &[("arg", &arg()?)]),
        ErrorKind::MissingSubcommand => {
            let name = shown(text(error, ContextKind::InvalidSubcommand)?);
            let mut line = say(Text::NeedsSubcommand, &[("name", &name)]);
            if let Some(valid @ [_, ..]) = texts(error, ContextKind::ValidSubcommand) {
                let names = listed(valid, lang, or);
                line.push_str(&say(Text::AfterColon, &[("text", &names)]));
            }
            line
        }
        ErrorKind::InvalidUtf8 => words(lang, Text::NotUtf8).to_owned(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            words(lang, Text::ArgumentMissing).to_owned()
        }
        _ => return None,
    };
    Some(line)
}

/// For a kind `sentence` does not know (clap adds kinds: `ErrorKind` is
/// non-exhaustive) or without the context it expects: clap's one-phrase
/// description of the kind (not its rendered message), then the arguments
/// and values the context blames.
fn fallback(error: &clap::Error, lang: &str) -> String {
    let mut line = match error.kind().as_str() {
        Some(description) => tamed(description, HINT),
        None => words(lang, Text::NotValid).to_owned(),
    };
    let blamed: Vec<String> = [
        ContextKind::InvalidSubcommand,
        ContextKind::InvalidArg,
        ContextKind::InvalidValue,
    ]
    .into_iter()
    .filter_map(|kind| match error.get(kind)? {
        ContextValue::String(piece) if !piece.is_empty() => Some(shown(piece)),
        ContextValue::Strings(pieces) if !pieces.is_empty() => {
            Some(listed(pieces, lang, Text::And))
        }
        _ => None,
    })
    .collect();
    if !blamed.is_empty() {
        let _ = write!(line, ": {}", blamed.join(", "));
    }
    if let Some(reason) = std::error::Error::source(error) {
        let _ = write!(line, " ({})", tamed(&reason.to_string(), HINT));
    }
    line
}

/// Appends clap's suggestions: `did you mean …?` from the suggested
/// subcommand, argument or value, or the subcommands for an unknown one;
/// then clap's free-text hints (`to pass '-x' as a value, use '-- -x'`),
/// tamed, each after a `;`.
/// The subcommands' names, as clap knows them (not `help`, which clap adds
/// when it builds the command).
fn subcommands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|subcommand| subcommand.get_name().to_owned())
        .collect()
}

/// The error for a command line with no argument at all: the usage line
/// says `<COMMAND>`, and this says which.
pub fn no_subcommand() -> Status {
    let lang = locale::for_usage_errors();
    let names = joined(&lang, &subcommands(), Text::Or);
    report(&fill(&lang, Text::SubcommandRequired, &[("names", &names)]));
    Status::Usage
}

fn hints(error: &clap::Error, line: &mut String, lang: &str) {
    let mut suggestions = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedCommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        match error.get(kind) {
            Some(ContextValue::String(suggestion)) => suggestions.push(suggestion.clone()),
            // clap lists the closest last; we name it first.
            Some(ContextValue::Strings(more)) => suggestions.extend(more.iter().rev().cloned()),
            _ => {}
        }
    }
    if !suggestions.is_empty() {
        let names = listed(&suggestions, lang, Text::Or);
        line.push_str(&fill(lang, Text::DidYouMean, &[("names", &names)]));
    } else if error.kind() == ErrorKind::InvalidSubcommand {
        let names = subcommands();
        if !names.is_empty() {
            let names = joined(lang, &names, Text::And);
            line.push_str(&fill(lang, Text::TheSubcommandsAre, &[("names", &names)]));
        }
    }
    let free: Vec<String> = match error.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(texts)) => texts.iter().map(ToString::to_string).collect(),
        Some(ContextValue::StyledStr(text)) => vec![text.to_string()],
        _ => Vec::new(),
    };
    if !is_english(lang) {
        // clap's hints are English: in another language, the one it gives
        // for an unknown argument that starts with `-` is said in ours, and
        // the others are left out rather than mixed into the sentence.
        let arg = text(error, ContextKind::InvalidArg).filter(|arg| arg.starts_with('-'));
        if let (ErrorKind::UnknownArgument, Some(arg), false) = (error.kind(), arg, free.is_empty())
        {
            let (shown, bare) = (shown(arg), tamed(arg, SHOWN));
            line.push_str(&fill(
                lang,
                Text::PassAsValue,
                &[("arg", &shown), ("bare", &bare)],
            ));
        }
        return;
    }
    for hint in free {
        let hint = output::flat(&hint);
        if !hint.is_empty() {
            let hint = tamed(&hint, HINT);
            line.push_str(&fill(lang, Text::Hint, &[("text", &hint)]));
        }
    }
}

/// A context entry that is one string.
fn text(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text),
        _ => None,
    }
}

/// A context entry that is a list of strings.
fn texts(error: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match error.get(kind)? {
        ContextValue::Strings(texts) => Some(texts),
        _ => None,
    }
}

/// At most `limit` characters of `text`, through `output::tame` (control
/// characters escaped, words cut after 64 characters), with `…` when cut.
fn tamed(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(limit).collect();
    let mut tamed = output::tame(&head);
    if chars.next().is_some() && !tamed.ends_with('…') {
        tamed.push('…');
    }
    tamed
}

/// An argument (or an argument's name, a subcommand, a value) for the
/// message: in single quotes, as the parser's errors quote, at most 64 of
/// its characters, tamed.
fn shown(text: &str) -> String {
    format!("'{}'", tamed(text, SHOWN))
}

/// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` (or `or`), each `shown`.
fn listed(items: &[String], lang: &str, last: Text) -> String {
    let shown: Vec<String> = items.iter().map(|item| shown(item)).collect();
    joined(lang, &shown, last)
}

#[cfg(test)]
mod tests {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use clap::Parser;

    use super::{one_line, Cli};

    const HELP: &str = " (`tapi-consts --help` explains the usage)";

    /// The error the tool's own parser gives for `args`.
    fn error(args: &[&str]) -> clap::Error {
        Cli::try_parse_from(std::iter::once("tapi-consts").chain(args.iter().copied()))
            .expect_err("a usage error")
    }

    /// Asserts the kind of the error for `args` and its line.
    fn check(args: &[&str], kind: ErrorKind, expected: &str) {
        let error = error(args);
        assert_eq!(error.kind(), kind, "{args:?}");
        assert_eq!(
            one_line(&error, "en"),
            format!("{expected}{HELP}"),
            "{args:?}"
        );
    }

    /// A line has no control character and stays short whatever argv was.
    fn assert_tame(line: &str) {
        assert!(!line.chars().any(char::is_control), "{line:?}");
        assert!(line.len() < 400, "{} bytes: {line}", line.len());
    }

    #[test]
    fn unknown_subcommands() {
        check(
            &["decod", "LINECALLSTATE", "1"],
            ErrorKind::InvalidSubcommand,
            "unknown subcommand 'decod'; did you mean 'decode' or 'encode'?",
        );
        check(
            &["lst"],
            ErrorKind::InvalidSubcommand,
            "unknown subcommand 'lst'; did you mean 'list'?",
        );
        check(
            &["bogus"],
            ErrorKind::InvalidSubcommand,
            "unknown subcommand 'bogus'; the subcommands are decode, encode, describe, list, \
             find, message, field, annotate and completions",
        );
    }

    #[test]
    fn unexpected_arguments() {
        check(
            &["--bogus", "list"],
            ErrorKind::UnknownArgument,
            "unexpected argument '--bogus'",
        );
        check(
            &["list", "--lnag", "fr"],
            ErrorKind::UnknownArgument,
            "unexpected argument '--lnag'; did you mean '--lang'?",
        );
        check(
            &["list", "a", "b"],
            ErrorKind::UnknownArgument,
            "unexpected argument 'b'",
        );
        // In a subcommand clap adds a hint of its own (how to pass it as a
        // value): kept, after a `;`, in whatever words clap has for it.
        let line = one_line(&error(&["list", "--bogus"]), "en");
        assert!(
            line.starts_with("unexpected argument '--bogus'; "),
            "{line}"
        );
        assert!(line.ends_with(HELP), "{line}");
        assert!(line.len() > "unexpected argument '--bogus'; ".len() + HELP.len());
        assert_tame(&line);
    }

    #[test]
    fn missing_arguments() {
        check(
            &["decode"],
            ErrorKind::MissingRequiredArgument,
            "missing required arguments '<FAMILY>' and '<VALUE>...'",
        );
        check(
            &["decode", "LINECALLSTATE"],
            ErrorKind::MissingRequiredArgument,
            "missing required argument '<VALUE>...'",
        );
        check(
            &["encode"],
            ErrorKind::MissingRequiredArgument,
            "missing required argument '<EXPR>'",
        );
    }

    /// clap does not validate `--lang`'s value (`locale::resolve` does): its
    /// only error of `--lang` is a missing value.
    #[test]
    fn options_without_their_value_or_given_twice() {
        check(
            &["list", "--lang"],
            ErrorKind::InvalidValue,
            "'--lang <TAG>' needs a value",
        );
        check(
            &["--json", "--json", "list"],
            ErrorKind::ArgumentConflict,
            "'--json' is given more than once",
        );
        check(
            &["--lang", "en", "--lang", "fr", "list"],
            ErrorKind::ArgumentConflict,
            "'--lang <TAG>' is given more than once",
        );
        check(
            &["--json=yes", "list"],
            ErrorKind::TooManyValues,
            "too many values for '--json': 'yes' was not expected",
        );
    }

    #[test]
    fn hostile_arguments_are_escaped_and_cut() {
        check(
            &["\u{1b}[2Jevil"],
            ErrorKind::InvalidSubcommand,
            "unknown subcommand '\\u{1b}[2Jevil'; the subcommands are decode, encode, \
             describe, list, find, message, field, annotate and completions",
        );
        let long = "a".repeat(5_000);
        check(
            &[&long],
            ErrorKind::InvalidSubcommand,
            &format!(
                "unknown subcommand '{}…'; the subcommands are decode, encode, describe, list, \
                 find, message, field, annotate and completions",
                "a".repeat(64)
            ),
        );
        check(
            &["--\u{1b}]0;pwned\u{7}"],
            ErrorKind::UnknownArgument,
            "unexpected argument '--\\u{1b}]0;pwned\\u{7}'",
        );
        check(
            &["list", "a", &format!("{long}\n{long}")],
            ErrorKind::UnknownArgument,
            &format!("unexpected argument '{}…'", "a".repeat(64)),
        );
        // Spaces do not let a long argument through: 64 characters of it.
        let spaced = "a ".repeat(2_500);
        check(
            &["list", "a", &spaced],
            ErrorKind::UnknownArgument,
            &format!("unexpected argument '{}…'", "a ".repeat(32)),
        );
        // clap's hint repeats the argument: tamed and cut too.
        let flag = format!("--\u{1b}{long}");
        let line = one_line(&error(&["decode", "LINECALLSTATE", &flag]), "en");
        assert!(
            line.starts_with(&format!(
                "unexpected argument '--\\u{{1b}}{}…'; ",
                "a".repeat(61)
            )),
            "{line}"
        );
        assert!(line.ends_with(HELP), "{line}");
        assert_tame(&line);
    }

    #[cfg(unix)]
    #[test]
    fn arguments_that_are_not_utf8() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let error = Cli::try_parse_from([
            OsStr::new("tapi-consts"),
            OsStr::new("describe"),
            OsStr::from_bytes(b"LINE\xFF\xFE"),
        ])
        .expect_err("not UTF-8");
        assert_eq!(error.kind(), ErrorKind::InvalidUtf8);
        assert_eq!(
            one_line(&error, "en"),
            format!("an argument is not valid UTF-8{HELP}")
        );
    }

    /// Kinds and contexts the tool's own parser does not produce (no
    /// `--lang` value list, no value counts), built by hand as clap builds
    /// them.
    #[test]
    fn kinds_the_parser_does_not_produce() {
        let string = |text: &str| ContextValue::String(text.to_owned());
        let strings =
            |texts: &[&str]| ContextValue::Strings(texts.iter().map(|t| (*t).to_owned()).collect());
        let number = ContextValue::Number;
        let cases = [
            (
                ErrorKind::InvalidValue,
                vec![
                    (ContextKind::InvalidArg, string("--lang <TAG>")),
                    (ContextKind::InvalidValue, string("frx\u{1b}")),
                    (ContextKind::ValidValue, strings(&["en", "fr", "de"])),
                    (ContextKind::SuggestedValue, string("fr")),
                ],
                "invalid value 'frx\\u{1b}' for '--lang <TAG>': the valid values are 'en', \
                 'fr' and 'de'; did you mean 'fr'?",
            ),
            (
                ErrorKind::ValueValidation,
                vec![
                    (ContextKind::InvalidArg, string("--width <N>")),
                    (ContextKind::InvalidValue, string("wide")),
                ],
                "invalid value 'wide' for '--width <N>'",
            ),
            (
                ErrorKind::TooFewValues,
                vec![
                    (ContextKind::InvalidArg, string("--pair <A> <B>")),
                    (ContextKind::MinValues, number(2)),
                    (ContextKind::ActualNumValues, number(1)),
                ],
                "too few values for '--pair <A> <B>': it takes at least 2, got 1",
            ),
            (
                ErrorKind::WrongNumberOfValues,
                vec![
                    (ContextKind::InvalidArg, string("--pair <A> <B>")),
                    (ContextKind::ExpectedNumValues, number(2)),
                    (ContextKind::ActualNumValues, number(3)),
                ],
                "wrong number of values for '--pair <A> <B>': it takes 2, got 3",
            ),
            (
                ErrorKind::ArgumentConflict,
                vec![
                    (ContextKind::InvalidArg, string("--json")),
                    (ContextKind::PriorArg, strings(&["--hex", "--lang <TAG>"])),
                ],
                "'--json' cannot be used with '--hex' or '--lang <TAG>'",
            ),
            (
                ErrorKind::ArgumentConflict,
                vec![
                    (ContextKind::InvalidArg, string("--json")),
                    (ContextKind::PriorArg, string("--hex")),
                ],
                "'--json' cannot be used with '--hex'",
            ),
            (
                ErrorKind::ArgumentConflict,
                vec![
                    (ContextKind::InvalidArg, string("--json")),
                    (ContextKind::PriorArg, strings(&[])),
                ],
                "'--json' cannot be used with the other arguments",
            ),
            (
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
                vec![],
                "an argument or a subcommand is missing",
            ),
            (
                ErrorKind::NoEquals,
                vec![(ContextKind::InvalidArg, string("--lang <TAG>"))],
                "'--lang <TAG>' takes its value after '='",
            ),
            (
                ErrorKind::MissingSubcommand,
                vec![
                    (ContextKind::InvalidSubcommand, string("tapi-consts")),
                    (ContextKind::ValidSubcommand, strings(&["decode", "list"])),
                ],
                "'tapi-consts' needs a subcommand: 'decode' or 'list'",
            ),
            // The fallback: a kind without the context its sentence needs
            // (as a kind this code does not know would be) says the kind's
            // description and what the context blames.
            (
                ErrorKind::UnknownArgument,
                vec![],
                "unexpected argument found",
            ),
            (
                ErrorKind::TooFewValues,
                vec![(ContextKind::InvalidArg, string("--x\u{7}"))],
                "more values required for an argument: '--x\\u{7}'",
            ),
            // Empty blame is no blame.
            (
                ErrorKind::Io,
                vec![
                    (ContextKind::InvalidArg, string("")),
                    (ContextKind::InvalidValue, strings(&[])),
                ],
                "the command line is not valid",
            ),
            (
                ErrorKind::Io,
                vec![(ContextKind::InvalidValue, strings(&["a", "b"]))],
                "the command line is not valid: 'a' and 'b'",
            ),
            (
                ErrorKind::UnknownArgument,
                vec![
                    (ContextKind::InvalidArg, string("--x")),
                    (
                        ContextKind::Suggested,
                        ContextValue::StyledStr("to pass '--x', write '-- --x'".into()),
                    ),
                ],
                "unexpected argument '--x'; to pass '--x', write '-- --x'",
            ),
            (ErrorKind::Io, vec![], "the command line is not valid"),
        ];
        for (kind, context, expected) in cases {
            let mut error = clap::Error::new(kind);
            for (key, value) in context {
                error.insert(key, value);
            }
            let line = one_line(&error, "en");
            assert_eq!(line, format!("{expected}{HELP}"), "{kind:?}");
            assert_tame(&line);
        }
    }
}
