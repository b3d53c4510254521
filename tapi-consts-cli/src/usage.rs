//! The command-line parser's errors in our own words, one line each, built
//! from clap's error kind and context (never from its rendered English,
//! which may change with any clap release), with every piece of argv shown
//! quoted and tamed (CLI.md).

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::CommandFactory;

use crate::args::Cli;
use crate::{output, report, Status};

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
            report(&one_line(error));
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
fn one_line(error: &clap::Error) -> String {
    let mut line = sentence(error).unwrap_or_else(|| fallback(error));
    hints(error, &mut line);
    line.push_str(" (`tapi-consts --help` explains the usage)");
    line
}

/// The sentence for the kinds we know, or `None` for another kind or when
/// the context it should carry is not there.
fn sentence(error: &clap::Error) -> Option<String> {
    let arg = || text(error, ContextKind::InvalidArg).map(shown);
    let value = || text(error, ContextKind::InvalidValue);
    let count = |kind| match error.get(kind) {
        Some(ContextValue::Number(count)) => Some(*count),
        _ => None,
    };
    let line = match error.kind() {
        ErrorKind::InvalidSubcommand => format!(
            "unknown subcommand {}",
            shown(text(error, ContextKind::InvalidSubcommand)?)
        ),
        ErrorKind::UnknownArgument => format!("unexpected argument {}", arg()?),
        ErrorKind::MissingRequiredArgument => match texts(error, ContextKind::InvalidArg)? {
            [] => return None,
            [missing] => format!("missing required argument {}", shown(missing)),
            missing => format!("missing required arguments {}", listed(missing, "and")),
        },
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut line = if value.is_empty() {
                format!("{arg} needs a value")
            } else {
                format!("invalid value {} for {arg}", shown(value))
            };
            match texts(error, ContextKind::ValidValue) {
                Some([]) | None => {}
                Some(valid) => {
                    let _ = write!(line, ": the valid values are {}", listed(valid, "and"));
                }
            }
            line
        }
        ErrorKind::ValueValidation => {
            let mut line = format!("invalid value {} for {}", shown(value()?), arg()?);
            // The value parser's reason, which may repeat the value.
            if let Some(reason) = std::error::Error::source(error) {
                let _ = write!(line, ": {}", tamed(&reason.to_string(), HINT));
            }
            line
        }
        ErrorKind::TooManyValues => format!(
            "too many values for {}: {} was not expected",
            arg()?,
            shown(value()?)
        ),
        ErrorKind::TooFewValues => format!(
            "too few values for {}: it takes at least {}, got {}",
            arg()?,
            count(ContextKind::MinValues)?,
            count(ContextKind::ActualNumValues)?
        ),
        ErrorKind::WrongNumberOfValues => format!(
            "wrong number of values for {}: it takes {}, got {}",
            arg()?,
            count(ContextKind::ExpectedNumValues)?,
            count(ContextKind::ActualNumValues)?
        ),
        ErrorKind::ArgumentConflict => {
            let (what, culprit) = match text(error, ContextKind::InvalidArg) {
                Some(arg) => (shown(arg), arg),
                None => {
                    let subcommand = text(error, ContextKind::InvalidSubcommand)?;
                    (format!("subcommand {}", shown(subcommand)), subcommand)
                }
            };
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == culprit => {
                    format!("{what} is given more than once")
                }
                Some(ContextValue::String(prior)) => {
                    format!("{what} cannot be used with {}", shown(prior))
                }
                Some(ContextValue::Strings(prior)) if !prior.is_empty() => {
                    format!("{what} cannot be used with {}", listed(prior, "or"))
                }
                _ => format!("{what} cannot be used with the other arguments"),
            }
        }
        ErrorKind::NoEquals => format!("{} takes its value after '='", arg()?),
        ErrorKind::MissingSubcommand => {
            let mut line = format!(
                "{} needs a subcommand",
                shown(text(error, ContextKind::InvalidSubcommand)?)
            );
            if let Some(valid @ [_, ..]) = texts(error, ContextKind::ValidSubcommand) {
                let _ = write!(line, ": {}", listed(valid, "or"));
            }
            line
        }
        ErrorKind::InvalidUtf8 => "an argument is not valid UTF-8".to_owned(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "an argument or a subcommand is missing".to_owned()
        }
        _ => return None,
    };
    Some(line)
}

/// For a kind `sentence` does not know (clap adds kinds: `ErrorKind` is
/// non-exhaustive) or without the context it expects: clap's one-phrase
/// description of the kind (not its rendered message), then the arguments
/// and values the context blames.
fn fallback(error: &clap::Error) -> String {
    let mut line = match error.kind().as_str() {
        Some(description) => tamed(description, HINT),
        None => "the command line is not valid".to_owned(),
    };
    let blamed: Vec<String> = [
        ContextKind::InvalidSubcommand,
        ContextKind::InvalidArg,
        ContextKind::InvalidValue,
    ]
    .into_iter()
    .filter_map(|kind| match error.get(kind)? {
        ContextValue::String(piece) if !piece.is_empty() => Some(shown(piece)),
        ContextValue::Strings(pieces) if !pieces.is_empty() => Some(listed(pieces, "and")),
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
    report(&format!(
        "a subcommand is required: {} (`tapi-consts --help` explains them)",
        plain_list(&subcommands(), "or")
    ));
    Status::Usage
}

fn hints(error: &clap::Error, line: &mut String) {
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
        let _ = write!(line, "; did you mean {}?", listed(&suggestions, "or"));
    } else if error.kind() == ErrorKind::InvalidSubcommand {
        let names = subcommands();
        if !names.is_empty() {
            let _ = write!(line, "; the subcommands are {}", plain_list(&names, "and"));
        }
    }
    let free: Vec<String> = match error.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(texts)) => texts.iter().map(ToString::to_string).collect(),
        Some(ContextValue::StyledStr(text)) => vec![text.to_string()],
        _ => Vec::new(),
    };
    for hint in free {
        let hint = output::flat(&hint);
        if !hint.is_empty() {
            let _ = write!(line, "; {}", tamed(&hint, HINT));
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
fn listed(items: &[String], last: &str) -> String {
    let shown: Vec<String> = items.iter().map(|item| shown(item)).collect();
    plain_list(&shown, last)
}

/// `a`, `a and b`, `a, b and c` (or `or`).
fn plain_list(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [head @ .., tail] => format!("{} {last} {tail}", head.join(", ")),
    }
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
        assert_eq!(one_line(&error), format!("{expected}{HELP}"), "{args:?}");
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
        let line = one_line(&error(&["list", "--bogus"]));
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
        let line = one_line(&error(&["decode", "LINECALLSTATE", &flag]));
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
            one_line(&error),
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
            let line = one_line(&error);
            assert_eq!(line, format!("{expected}{HELP}"), "{kind:?}");
            assert_tame(&line);
        }
    }
}
