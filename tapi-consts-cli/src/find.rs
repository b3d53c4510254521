//! `find TEXT`: the constants whose name (or an alias) or description, in
//! the chosen language, contains TEXT, ignoring case.

use std::ops::Range;

use tapi_consts::Entry;

use crate::catalogue::{self, fill, Text};
use crate::list::json_constants;
use crate::output::{prose, quote, span, Span, Style};
use crate::{resolve, Context, Failure, Status};

pub fn run(context: &mut Context, text: &str) -> Result<Status, Failure> {
    let wanted = text.trim();
    if wanted.is_empty() {
        let empty = catalogue::text(&context.lang, Text::FindEmpty);
        return Err(Failure::Usage(empty.to_owned()));
    }
    let needle: Vec<char> = wanted.chars().flat_map(char::to_lowercase).collect();
    let lang = context.lang.clone();
    let found: Vec<Found> = resolve::every_constant()
        .filter_map(|entry| {
            let description = prose(entry.description(&lang));
            let in_name = find_ignoring_case(entry.name(), &needle);
            let in_alias = entry.aliases().any(|alias| {
                let full = format!("{}{alias}", entry.family().prefix());
                find_ignoring_case(&full, &needle).is_some()
            });
            let in_description = find_ignoring_case(&description, &needle);
            (in_name.is_some() || in_alias || in_description.is_some()).then_some(Found {
                entry,
                description,
                in_name,
                in_description,
            })
        })
        .collect();
    if found.is_empty() {
        let nothing = fill(&lang, Text::FindNothing, &[("text", &quote(wanted))]);
        context.error(&nothing);
    }
    if context.json {
        json_constants(
            &mut context.out,
            found.iter().map(|found| found.entry),
            &lang,
        )?;
    } else {
        write(context, &found)?;
    }
    Ok(if found.is_empty() {
        Status::NotKnown
    } else {
        Status::Success
    })
}

struct Found {
    entry: Entry,
    description: String,
    in_name: Option<Range<usize>>,
    in_description: Option<Range<usize>>,
}

fn write(context: &mut Context, found: &[Found]) -> Result<(), Failure> {
    let name_width = found
        .iter()
        .map(|found| found.entry.name().len())
        .max()
        .unwrap_or(0);
    let value_width = found
        .iter()
        .map(|found| 2 + found.entry.family().repr().hex_digits())
        .max()
        .unwrap_or(0);
    for found in found {
        let entry = found.entry;
        let value = entry.family().repr().hex(entry.bits()).to_string();
        let name = highlighted(entry.name(), found.in_name.clone(), Style::Name);
        let description = highlighted(
            &found.description,
            found.in_description.clone(),
            Style::Plain,
        );
        context.out.row(
            0,
            &[
                (&name, name_width),
                (&[span(&value, Style::Value)], value_width),
            ],
            &description,
        )?;
    }
    Ok(())
}

/// `text` cut around the matched range, the match in [`Style::Match`].
fn highlighted(text: &str, matched: Option<Range<usize>>, style: Style) -> Vec<Span<'_>> {
    match matched {
        Some(range) if range.start < range.end => [
            span(&text[..range.start], style),
            span(&text[range.clone()], Style::Match),
            span(&text[range.end..], style),
        ]
        .into_iter()
        .filter(|piece| !piece.text.is_empty())
        .collect(),
        _ => vec![span(text, style)],
    }
}

/// The byte range of the first occurrence of `needle` (lower-cased chars)
/// in `haystack`, comparing lower-cased chars.
fn find_ignoring_case(haystack: &str, needle: &[char]) -> Option<Range<usize>> {
    // Each lower-cased char, with the range of the char it comes from.
    let lowered: Vec<(char, usize, usize)> = haystack
        .char_indices()
        .flat_map(|(at, c)| {
            c.to_lowercase()
                .map(move |lower| (lower, at, at + c.len_utf8()))
        })
        .collect();
    if needle.is_empty() || needle.len() > lowered.len() {
        return None;
    }
    lowered
        .windows(needle.len())
        .find(|window| window.iter().map(|(c, _, _)| c).eq(needle.iter()))
        .map(|window| window[0].1..window[window.len() - 1].2)
}

#[cfg(test)]
mod tests {
    use super::{find_ignoring_case, highlighted};
    use crate::output::Style;

    fn lower(text: &str) -> Vec<char> {
        text.chars().flat_map(char::to_lowercase).collect()
    }

    #[test]
    fn matches_ignore_case_beyond_ascii() {
        assert_eq!(
            find_ignoring_case("LINECALLSTATE_IDLE", &lower("idle")),
            Some(14..18)
        );
        assert_eq!(find_ignoring_case("L’ÉTAT", &lower("état")), Some(4..9));
        assert_eq!(find_ignoring_case("abc", &lower("abcd")), None);
        assert_eq!(find_ignoring_case("", &lower("a")), None);
        assert_eq!(find_ignoring_case("abc", &[]), None);
    }

    fn pieces(matched: Option<std::ops::Range<usize>>) -> Vec<(String, Style)> {
        highlighted("abcdef", matched, Style::Plain)
            .into_iter()
            .map(|piece| (piece.text.to_owned(), piece.style))
            .collect()
    }

    #[test]
    fn only_a_match_is_highlighted() {
        let plain = |text: &str| (text.to_owned(), Style::Plain);
        let matched = |text: &str| (text.to_owned(), Style::Match);
        assert_eq!(
            pieces(Some(2..4)),
            [plain("ab"), matched("cd"), plain("ef")]
        );
        assert_eq!(pieces(Some(0..6)), [matched("abcdef")]);
        assert_eq!(pieces(Some(3..3)), [plain("abcdef")]);
        assert_eq!(pieces(None), [plain("abcdef")]);
    }
}
