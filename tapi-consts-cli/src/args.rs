//! The command line, as clap sees it. The interface is stable: scripts and
//! tests outside the project call these subcommands (see CLI.md).

use clap::{Parser, Subcommand};

/// Decode, encode, describe and list Windows Telephony API (tapi.h)
/// constants.
///
/// Turns the numbers of TAPI traces and logs into constant names and
/// descriptions, and names back into numbers.
#[derive(Debug, Parser)]
#[command(
    name = "tapi-consts",
    version,
    propagate_version = true,
    after_help = "\
Examples:
  tapi-consts decode LINEAGENTSESSIONSTATE 0x6
  tapi-consts decode lineerr -2147483576
  tapi-consts decode --hex linecallstate 00000100
  tapi-consts encode 'LINEAGENTSESSIONSTATE_READY | BUSYONCALL'
  tapi-consts describe LINECALLSTATE_IDLE
  tapi-consts message LINE_CALLSTATE 0x100 0x1 0
  tapi-consts field LINECALLSTATUS.dwCallStateMode 0x1 dwCallState=CONNECTED
  tapi-consts annotate tapisrv.log
  tapi-consts list linecallstate
  tapi-consts --lang fr find raccroch

Exit status: 0 success, 1 a value or name is not known, 2 usage error.
FAMILY is a prefix such as LINECALLSTATE or linecallstate_ (see `tapi-consts list`)."
)]
pub struct Cli {
    /// Language of the descriptions, such as `en`, `fr` or `fr-CA` [default:
    /// from LC_ALL, LC_MESSAGES or LANG, else `en`]
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,

    /// Print JSON instead of text (the shapes are documented in CLI.md)
    #[arg(long, global = true)]
    pub json: bool,

    /// Read numbers without a prefix as hex (`1f4`, `00000100`), as Wine's
    /// traces and tapisrv.LOG print them; without it they are refused
    /// unless plainly decimal
    #[arg(long, global = true)]
    pub hex: bool,

    /// When to colour the output: `auto` (on a terminal, unless NO_COLOR is
    /// set or TERM is `dumb`; CLICOLOR_FORCE forces it), `always`, `never`
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: clap::ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Names and descriptions of values of one family
    ///
    /// A VALUE is a number as C, traces and other languages print it: hex
    /// (`0x104`, `x104`, `$104`, `&H104`, `0x104L`, `0xFFFFFFFF80000048`
    /// for a sign-extended 32-bit value), decimal (`260`, `260UL`) or
    /// negative decimal (`-2147483576`, read as the two's-complement bit
    /// pattern), or a family's own text (`READY | 0x40`). Hex without a
    /// prefix (`00000104`) needs --hex. For a flags family every member
    /// of the set is listed; bits that no constant has are shown, never
    /// dropped. `-` reads values from standard input, one per line (blank
    /// lines are skipped).
    Decode {
        /// The family: its prefix, with or without the trailing `_`, any case
        #[arg(value_name = "FAMILY")]
        family: String,
        /// Values to decode, or `-` for standard input
        #[arg(value_name = "VALUE", required = true, allow_negative_numbers = true)]
        values: Vec<String>,
    },

    /// The number of a name or of a set of names
    ///
    /// EXPR is one name or, in a flags family, names and numbers joined
    /// with `|`: `LINEAGENTSESSIONSTATE_READY | BUSYONCALL` is 0x00000006.
    /// The family is the one of the full names in EXPR, or --family's;
    /// names are matched ignoring case.
    Encode {
        /// The text to encode (quote it: `|` is a shell pipe)
        #[arg(value_name = "EXPR", allow_negative_numbers = true)]
        expr: String,
        /// The family of EXPR's short names and numbers
        #[arg(long, value_name = "FAMILY")]
        family: Option<String>,
    },

    /// Everything known about one constant or one family
    ///
    /// NAME is a full constant name (`LINECALLSTATE_IDLE`, any case) or a
    /// family prefix (`LINECALLSTATE_`). Shows the value, family, required
    /// TAPI version, header, aliases and the full description.
    Describe {
        /// A full constant name or a family prefix
        #[arg(value_name = "NAME", allow_negative_numbers = true)]
        name: String,
    },

    /// The families, or the constants of one family
    ///
    /// With --json and no FAMILY: every constant of every family.
    List {
        /// The family whose constants to list
        #[arg(value_name = "FAMILY")]
        family: Option<String>,
    },

    /// Constants whose name or description contains TEXT
    ///
    /// Case-insensitive; descriptions are searched in the --lang language.
    /// Exits with 1 when nothing matches.
    Find {
        /// The text to look for
        #[arg(value_name = "TEXT", allow_negative_numbers = true)]
        text: String,
    },

    /// A callback message with its parameters, each read in context: what it
    /// holds (a state, a set of bits, a handle, an ID, …), its names and
    /// descriptions.
    Message {
        /// A message name (LINE_CALLSTATE, any case) or number.
        #[arg(value_name = "MSG", allow_negative_numbers = true)]
        message: String,
        /// dwParam1, dwParam2, dwParam3: numbers in any form (as for
        /// `decode`), or names of the family a parameter holds.
        #[arg(value_name = "PARAM", allow_negative_numbers = true, num_args = 0..=3)]
        params: Vec<String>,
        /// Read it as a service provider sends it to TAPI (`LINEEVENT`):
        /// LINE_CALLSTATE's dwParam3 is then a media mode. Messages 500 to
        /// 506 are always read so.
        #[arg(long)]
        provider: bool,
    },

    /// One structure field's value, read in context: what it holds, its
    /// names and descriptions.
    Field {
        /// STRUCT.FIELD, any case: LINEADDRESSSTATUS.dwAddressFeatures.
        #[arg(value_name = "STRUCT.FIELD")]
        field: String,
        /// The value: a number in any form (as for `decode`) or names of
        /// the family the field holds.
        #[arg(value_name = "VALUE", allow_negative_numbers = true)]
        value: String,
        /// FIELD=VALUE for the field it depends on:
        /// dwCallState=CONNECTED for LINECALLSTATUS.dwCallStateMode.
        #[arg(value_name = "FIELD=VALUE", allow_negative_numbers = true)]
        given: Vec<String>,
    },

    /// Copies a trace through, adding after each line that shows TAPI
    /// numbers in context (a callback message, a structure field, a
    /// function's result) a `#tapi: ` line with their names.
    Annotate {
        /// Files to read, in order; none or `-`: standard input.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
    },

    /// Prints a completion script for SHELL on standard output
    ///
    /// Bash: `tapi-consts completions bash > ~/.local/share/bash-completion/completions/tapi-consts`.
    /// Zsh: into a directory of `$fpath`, as `_tapi-consts`. Fish:
    /// `~/.config/fish/completions/tapi-consts.fish`. PowerShell: add
    /// `tapi-consts completions powershell | Out-String | Invoke-Expression`
    /// to `$PROFILE`. Elvish: `eval (tapi-consts completions elvish | slurp)`
    /// in `rc.elv`.
    Completions {
        /// bash, zsh, fish, powershell or elvish
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}
