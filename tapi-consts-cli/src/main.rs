//! `tapi-consts`: decode, encode, describe and list Windows Telephony API
//! constants from the command line (the `tapi-consts-cli` package); the
//! interface, JSON shapes and exit codes are documented in CLI.md.
//!
//! One module per responsibility: `args` (the command line), `locale`
//! (the language of descriptions), `output` (text layout and colour),
//! `json` (JSON writing), `values` (numbers and decoding), `resolve`
//! (families and names, with suggestions), then one module per subcommand.
#![forbid(unsafe_code)]

mod annotate;
mod args;
mod catalogue;
mod decode;
mod describe;
mod encode;
mod field;
mod find;
mod json;
mod list;
mod locale;
mod message;
mod output;
mod resolve;
mod usage;
mod values;

use std::io::{self, Write};
use std::panic;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::catalogue::{fill, Text};
use crate::output::Output;

/// How a run ended; the process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// 0: everything asked for was found.
    Success = 0,
    /// 1: a value or name is not known (the output says what it could).
    NotKnown = 1,
    /// 2: the command line is wrong.
    Usage = 2,
}

/// Why a subcommand stopped early.
#[derive(Debug)]
pub enum Failure {
    /// A usage error: one line for standard error, exit code 2.
    Usage(String),
    /// Writing standard output failed.
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

/// What every subcommand gets: the language, the output mode and standard
/// output.
pub struct Context {
    /// The tag descriptions are written in: `en`, `fr`, …
    pub lang: String,
    pub json: bool,
    /// `--hex`: numbers without a prefix are hex.
    pub hex: bool,
    pub out: Output,
}

impl Context {
    /// Reports an error line, after what standard output holds so far when
    /// both go to a terminal, so they appear in order.
    pub fn error(&mut self, message: &str) {
        if self.out.is_terminal() {
            let _ = self.out.flush();
        }
        report(message);
    }
}

/// Writes one error line on standard error: `error: …`. Never panics
/// (a closed standard error is ignored).
pub fn report(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {message}");
}

/// Tells standard error something worth knowing that is not an error.
pub fn note(message: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "note: {message}");
}

fn main() -> ExitCode {
    // Nothing should panic; if something does, say so in one line, without
    // a backtrace, and exit with 1.
    panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let lang = locale::for_usage_errors();
        let message = message.escape_debug().to_string();
        report(&fill(&lang, Text::InternalError, &[("message", &message)]));
    }));
    let status = panic::catch_unwind(run).unwrap_or(Status::NotKnown);
    ExitCode::from(status as u8)
}

/// `completions SHELL`: clap_complete's script for the command line as
/// clap knows it, so it never lags behind the subcommands and options.
fn completions(context: &mut Context, shell: clap_complete::Shell) -> Result<Status, Failure> {
    use clap::CommandFactory;
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut args::Cli::command(), "tapi-consts", &mut script);
    context.out.bytes(&script)?;
    Ok(Status::Success)
}

fn run() -> Status {
    if std::env::args_os().len() <= 1 {
        return usage::no_subcommand();
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage::clap_error(&error),
    };
    let command = cli.command;
    let lang = match locale::resolve(cli.lang.as_deref()) {
        Ok(resolved) => {
            if let Some(message) = &resolved.note {
                note(message);
            }
            resolved.lang
        }
        Err(message) => {
            report(&message);
            return Status::Usage;
        }
    };
    let mut context = Context {
        lang,
        json: cli.json,
        hex: cli.hex,
        out: Output::stdout(cli.color),
    };
    let result = match command {
        Command::Decode { family, values } => decode::run(&mut context, &family, &values),
        Command::Encode { expr, family } => encode::run(&mut context, &expr, family.as_deref()),
        Command::Describe { name } => describe::run(&mut context, &name),
        Command::List { family } => list::run(&mut context, family.as_deref()),
        Command::Find { text } => find::run(&mut context, &text),
        Command::Message {
            message,
            params,
            provider,
        } => message::run(&mut context, &message, &params, provider),
        Command::Field {
            field,
            value,
            given,
        } => field::run(&mut context, &field, &value, &given),
        Command::Annotate { files } => annotate::run(&mut context, &files),
        Command::Completions { shell } => completions(&mut context, shell),
    };
    let result = result.and_then(|status| {
        context.out.flush()?;
        Ok(status)
    });
    match result {
        Ok(status) => status,
        Err(Failure::Usage(message)) => {
            report(&message);
            Status::Usage
        }
        // A reader that went away (`| head`) is not an error worth a word.
        Err(Failure::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => Status::Success,
        Err(Failure::Io(error)) => {
            let error = error.to_string();
            report(&fill(
                &context.lang,
                Text::CannotWrite,
                &[("error", &error)],
            ));
            Status::NotKnown
        }
    }
}
