//! Text output: a buffered standard output, colour as `--color` and the
//! environment say, aligned columns, descriptions wrapped to the
//! terminal's width, and quoting of untrusted text in messages.

use std::borrow::Cow;
use std::env;
use std::fmt::Write as _;
use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};

/// Width assumed for a terminal when `COLUMNS` does not say.
const DEFAULT_WIDTH: usize = 80;

/// Narrowest description column worth wrapping into; below it, a
/// description goes on its own lines under the row.
const MIN_TEXT_WIDTH: usize = 40;

/// Indentation of a description put under its row.
const UNDER_INDENT: usize = 6;

/// How a piece of text is shown on a colour terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    /// Constant and family names.
    Name,
    /// Numbers.
    Value,
    /// Bits or values that no constant has.
    Unknown,
    /// Column headings and secondary text.
    Dim,
    /// The matched part of a `find` result.
    Match,
}

impl Style {
    fn anstyle(self) -> anstyle::Style {
        use anstyle::{AnsiColor, Effects};
        let style = anstyle::Style::new();
        match self {
            Style::Plain => style,
            Style::Name => style.effects(Effects::BOLD),
            Style::Value => style.fg_color(Some(AnsiColor::Cyan.into())),
            Style::Unknown => style
                .effects(Effects::BOLD)
                .fg_color(Some(AnsiColor::Yellow.into())),
            Style::Dim => style.effects(Effects::DIMMED),
            Style::Match => style.effects(Effects::BOLD | Effects::UNDERLINE),
        }
    }
}

/// A piece of text and its style.
#[derive(Clone, Copy, Debug)]
pub struct Span<'a> {
    pub text: &'a str,
    pub style: Style,
}

/// Text in a style.
pub fn span(text: &str, style: Style) -> Span<'_> {
    Span { text, style }
}

/// Standard output, buffered, knowing whether to colour and how wide the
/// terminal is.
pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
    colour: bool,
    /// The terminal's width, when standard output is one; `None`: no
    /// wrapping (a pipe or a file gets one line per row).
    width: Option<usize>,
}

impl Output {
    /// Standard output, coloured as `--color` (`choice`) and the
    /// environment say: anstream's decision, the one every clap-based tool
    /// makes (and, on Windows, it turns the console's escape sequences on).
    pub fn stdout(choice: clap::ColorChoice) -> Self {
        let stdout = io::stdout();
        let terminal = stdout.is_terminal();
        anstream::ColorChoice::write_global(match choice {
            clap::ColorChoice::Always => anstream::ColorChoice::Always,
            clap::ColorChoice::Never => anstream::ColorChoice::Never,
            clap::ColorChoice::Auto => anstream::ColorChoice::Auto,
        });
        let colour = anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never;
        let width = terminal.then(terminal_width);
        Output {
            out: BufWriter::with_capacity(64 * 1024, stdout.lock()),
            colour,
            width,
        }
    }

    /// Writes raw text (JSON, or text already laid out).
    pub fn raw(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())
    }

    /// Writes bytes as they came (`annotate` copies its input through,
    /// whatever it holds).
    pub fn bytes(&mut self, data: &[u8]) -> io::Result<()> {
        self.out.write_all(data)
    }

    /// Writes text in a style.
    pub fn styled(&mut self, text: &str, style: Style) -> io::Result<()> {
        if self.colour && style != Style::Plain && !text.is_empty() {
            let style = style.anstyle();
            write!(self.out, "{}{text}{}", style.render(), style.render_reset())
        } else {
            self.out.write_all(text.as_bytes())
        }
    }

    /// Writes spans one after the other.
    pub fn spans(&mut self, spans: &[Span<'_>]) -> io::Result<()> {
        for piece in spans {
            self.styled(piece.text, piece.style)?;
        }
        Ok(())
    }

    pub fn newline(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n")
    }

    /// Writes one row: `indent` spaces, then each cell (styled pieces)
    /// padded to its width, two spaces between columns, then `text`,
    /// wrapped under its own column on a terminal.
    pub fn row(
        &mut self,
        indent: usize,
        cells: &[(&[Span<'_>], usize)],
        text: &[Span<'_>],
    ) -> io::Result<()> {
        let mut column = indent;
        self.spaces(indent)?;
        for (index, (cell, width)) in cells.iter().enumerate() {
            self.spans(cell)?;
            let used: usize = cell.iter().map(|piece| piece.text.chars().count()).sum();
            column += used;
            let last = index + 1 == cells.len() && is_blank(text);
            if !last {
                let pad = width.saturating_sub(used) + 2;
                self.spaces(pad)?;
                column += pad;
            }
        }
        if !is_blank(text) {
            self.text(column, text)?;
        }
        self.newline()
    }

    /// Writes `text` starting at `column`, wrapping it (on a terminal) so
    /// that continuation lines start at `column` too, or under the row when
    /// the column is too narrow.
    pub fn text(&mut self, column: usize, text: &[Span<'_>]) -> io::Result<()> {
        let Some(width) = self.width else {
            return self.spans(text);
        };
        let start = if width.saturating_sub(column) >= MIN_TEXT_WIDTH {
            column
        } else {
            self.newline()?;
            self.spaces(UNDER_INDENT)?;
            UNDER_INDENT
        };
        let room = width.saturating_sub(start).max(1);
        let mut used = 0;
        for word in words(text) {
            let length: usize = word.iter().map(|piece| piece.text.chars().count()).sum();
            if used > 0 && used + 1 + length > room {
                self.newline()?;
                self.spaces(start)?;
                used = 0;
            } else if used > 0 {
                self.out.write_all(b" ")?;
                used += 1;
            }
            self.spans(&word)?;
            used += length;
        }
        Ok(())
    }

    fn spaces(&mut self, count: usize) -> io::Result<()> {
        const SPACES: &[u8] = &[b' '; 64];
        let mut left = count;
        while left > 0 {
            let now = left.min(SPACES.len());
            self.out.write_all(&SPACES[..now])?;
            left -= now;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Whether standard output is a terminal.
    pub fn is_terminal(&self) -> bool {
        self.width.is_some()
    }
}

/// The terminal's width: `COLUMNS`, else the width of the terminal on
/// standard output (terminal_size: the console on Windows, `TIOCGWINSZ`
/// elsewhere), else 80.
fn terminal_width() -> usize {
    let valid = |columns: usize| (20..=1000).contains(&columns);
    env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|&columns| valid(columns))
        .or_else(|| {
            terminal_size::terminal_size()
                .map(|(width, _)| usize::from(width.0))
                .filter(|&columns| valid(columns))
        })
        .unwrap_or(DEFAULT_WIDTH)
}

fn is_blank(text: &[Span<'_>]) -> bool {
    text.iter()
        .all(|piece| piece.text.bytes().all(|byte| byte.is_ascii_whitespace()))
}

/// Cuts styled text into words at ASCII spaces and line breaks, each word a
/// list of styled pieces (a word may straddle two styles).
fn words<'a>(text: &[Span<'a>]) -> Vec<Vec<Span<'a>>> {
    let mut words = Vec::new();
    let mut word: Vec<Span<'a>> = Vec::new();
    for piece in text {
        let mut rest = piece.text;
        while !rest.is_empty() {
            match rest.find([' ', '\n', '\t', '\r']) {
                Some(0) => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                    rest = &rest[1..];
                }
                Some(end) => {
                    word.push(span(&rest[..end], piece.style));
                    rest = &rest[end..];
                }
                None => {
                    word.push(span(rest, piece.style));
                    rest = "";
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Untrusted text (an argument, a line of input) for a message: in
/// backquotes, control characters escaped, cut after 64 characters.
pub fn quote(text: &str) -> String {
    const LIMIT: usize = 64;
    let mut quoted = String::with_capacity(text.len().min(LIMIT * 2) + 2);
    quoted.push('`');
    for (count, c) in text.chars().enumerate() {
        if count == LIMIT {
            quoted.push('…');
            break;
        }
        if c.is_control() || c == '`' || c == '\\' {
            let _ = write!(quoted, "{}", c.escape_debug());
            if c == '`' {
                quoted.pop();
                quoted.push_str("\\`");
            }
        } else {
            quoted.push(c);
        }
    }
    quoted.push('`');
    quoted
}

/// A message whose parts came from the user unquoted (clap's errors quote
/// argv their own way): as `quote` does, control characters escaped and
/// every word cut after 64 characters.
pub fn tame(text: &str) -> String {
    const LIMIT: usize = 64;
    let mut tamed = String::with_capacity(text.len().min(1024));
    let mut word = 0;
    for c in text.chars() {
        word = if c == ' ' { 0 } else { word + 1 };
        if word > LIMIT {
            if word == LIMIT + 1 {
                tamed.push('…');
            }
            continue;
        }
        if c.is_control() {
            let _ = write!(tamed, "{}", c.escape_debug());
        } else {
            tamed.push(c);
        }
    }
    tamed
}

/// A description's first paragraph on one line, for a table.
pub fn first_paragraph(markdown: &str) -> String {
    match markdown.find("\n\n") {
        Some(end) => prose(&markdown[..end]),
        None => prose(markdown),
    }
}

/// A description as a terminal shows it: its Markdown as plain text
/// (`tapi_consts::plain`), on one line.
pub fn prose(markdown: &str) -> String {
    flat(&tapi_consts::plain(markdown).to_string()).into_owned()
}

/// Text on one line: each run of whitespace holding a line break becomes
/// one space.
pub fn flat(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if !text.bytes().any(|byte| byte == b'\n' || byte == b'\r') {
        return Cow::Borrowed(text);
    }
    let mut line = String::with_capacity(text.len());
    for (index, piece) in text
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .enumerate()
    {
        if index > 0 {
            line.push(' ');
        }
        line.push_str(piece);
    }
    Cow::Owned(line)
}

#[cfg(test)]
mod tests {
    use super::{flat, is_blank, quote, span, tame, words, Span, Style};

    #[test]
    fn tame_escapes_and_cuts_each_word() {
        assert_eq!(tame("a b"), "a b");
        assert_eq!(tame("x\u{1b}y"), "x\\u{1b}y");
        let long = "x".repeat(70);
        assert_eq!(tame(&long), format!("{}…", "x".repeat(64)));
        assert_eq!(
            tame(&format!("{long} ok {long}")),
            format!("{x}… ok {x}…", x = "x".repeat(64))
        );
        assert_eq!(tame(&"y".repeat(64)), "y".repeat(64));
    }

    #[test]
    fn flat_joins_lines_with_one_space() {
        assert_eq!(flat("  one line  "), "one line");
        assert_eq!(flat("a\n  b"), "a b");
        assert_eq!(flat("a\r\nb"), "a b");
        assert_eq!(flat("a\rb"), "a b");
        assert_eq!(flat("a\n\n\nb\nc"), "a b c");
        assert_eq!(flat("\na\n"), "a");
    }

    #[test]
    fn blank_text_is_whitespace_only() {
        assert!(is_blank(&[]));
        assert!(is_blank(&[span(" \t", Style::Plain), span("", Style::Dim)]));
        assert!(!is_blank(&[span(" ", Style::Plain), span("x", Style::Dim)]));
    }

    #[test]
    fn quote_escapes_and_cuts() {
        assert_eq!(quote("READY"), "`READY`");
        assert_eq!(quote("a\u{1b}[2Jb"), "`a\\u{1b}[2Jb`");
        assert_eq!(quote("x\ny"), "`x\\ny`");
        assert_eq!(quote("a`b"), "`a\\`b`");
        assert_eq!(quote(&"x".repeat(100)), format!("`{}…`", "x".repeat(64)));
        assert_eq!(quote(""), "``");
        assert_eq!(quote("a\\b"), "`a\\\\b`");
    }

    #[test]
    fn words_keep_styles_across_pieces() {
        let text = [
            Span {
                text: "ab",
                style: Style::Plain,
            },
            Span {
                text: "cd ef",
                style: Style::Match,
            },
        ];
        let words = words(&text);
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].len(), 2);
        assert_eq!(words[1][0].text, "ef");
    }
}
