//! `annotate [FILE...]`: copies a trace through, every line unchanged and
//! in order, and after each line that says something about TAPI with
//! confidence, a line starting `#tapi: ` with the names (`scan.rs` decides
//! what). Streams: memory does not grow with the input.

mod scan;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use crate::catalogue::{fill, Text};
use crate::json::Object;
use crate::{Context, Failure, Status};

use scan::{describe, scan, Annotation};

/// What starts every annotation line: `grep -v '^#tapi: '` strips them.
pub const MARK: &str = "#tapi: ";

/// Longest line looked at; longer ones are copied through unread.
const MAX_LINE: usize = 4096;

pub fn run(context: &mut Context, files: &[String]) -> Result<Status, Failure> {
    let mut status = Status::Success;
    let inputs: Vec<&str> = if files.is_empty() {
        vec!["-"]
    } else {
        files.iter().map(String::as_str).collect()
    };
    let mut annotator = Annotator {
        line: Vec::new(),
        number: 0,
    };
    for name in inputs {
        let reader: Box<dyn Read> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(name) {
                Ok(file) => Box::new(file),
                Err(error) => {
                    context.error(&cannot_read(&context.lang, name, &error));
                    status = status.max(Status::NotKnown);
                    continue;
                }
            }
        };
        annotator.number = 0;
        // A file that cannot be read is reported and the next one is read;
        // output that cannot be written ends the run (`?`).
        if let Err(error) = annotator.copy(context, BufReader::with_capacity(64 * 1024, reader))? {
            context.error(&cannot_read(&context.lang, name, &error));
            status = status.max(Status::NotKnown);
        }
    }
    Ok(status)
}

struct Annotator {
    /// The current line, up to `MAX_LINE + 1` bytes.
    line: Vec<u8>,
    number: u64,
}

impl Annotator {
    /// Copies `input` through: `Err` when writing failed, `Ok(Err)` when
    /// reading `input` did.
    fn copy(
        &mut self,
        context: &mut Context,
        mut input: impl BufRead,
    ) -> Result<io::Result<()>, Failure> {
        self.line.clear();
        loop {
            let chunk = match input.fill_buf() {
                Ok(chunk) => chunk,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Ok(Err(error)),
            };
            if chunk.is_empty() {
                if !self.line.is_empty() {
                    self.finish_line(context)?;
                }
                return Ok(Ok(()));
            }
            let (piece, used, end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(at) => (&chunk[..=at], at + 1, true),
                None => (chunk, chunk.len(), false),
            };
            if !context.json {
                context.out.bytes(piece)?;
            }
            let room = (MAX_LINE + 1).saturating_sub(self.line.len());
            self.line.extend_from_slice(&piece[..piece.len().min(room)]);
            input.consume(used);
            if end {
                self.finish_line(context)?;
            }
        }
    }

    /// Annotates the line just copied.
    fn finish_line(&mut self, context: &mut Context) -> Result<(), Failure> {
        self.number += 1;
        let line = std::mem::take(&mut self.line);
        let ended = line.last() == Some(&b'\n');
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.len() <= MAX_LINE {
            if let Ok(text) = std::str::from_utf8(text) {
                let found = scan(text, context.hex);
                if !found.is_empty() {
                    self.write(context, text, ended, &found)?;
                }
            }
        }
        self.line = line;
        self.line.clear();
        Ok(())
    }

    fn write(
        &self,
        context: &mut Context,
        text: &str,
        ended: bool,
        found: &[Annotation],
    ) -> Result<(), Failure> {
        if context.json {
            let mut out = String::new();
            let mut object = Object::new(&mut out);
            object.num("line", self.number).str("text", text).strs(
                "annotations",
                // English whatever the language: scripts read it.
                found
                    .iter()
                    .map(|annotation| describe(annotation, "en"))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            );
            object.finish();
            out.push('\n');
            context.out.raw(&out)?;
            return Ok(());
        }
        if !ended {
            context.out.raw("\n")?;
        }
        for annotation in found {
            context.out.raw(MARK)?;
            context.out.raw(&describe(annotation, &context.lang))?;
            context.out.raw("\n")?;
        }
        Ok(())
    }
}

/// The error for an input that cannot be read, in `lang`.
fn cannot_read(lang: &str, name: &str, error: &io::Error) -> String {
    let error = error.to_string();
    fill(lang, Text::CannotRead, &[("name", name), ("error", &error)])
}
