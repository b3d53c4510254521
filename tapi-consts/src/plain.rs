//! Descriptions are written in a small Markdown subset — names as code in
//! backticks and, in a few family texts, links `[text](target)` — so that
//! rustdoc and a web page render them. A log line or a terminal does not:
//! [`plain`] shows one as plain text.

use core::fmt;

/// A description shown as plain text: backticks dropped, a link shown as
/// its text. Made by [`plain`]; written with `Display`, no allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlainText<'a>(&'a str);

/// `markdown` (a description, such as [`Entry::description`]'s) as plain
/// text.
///
/// ```
/// use tapi_consts::families::LineErr;
/// use tapi_consts::plain;
///
/// let markdown = LineErr::InvalCallHandle.description("en");
/// assert!(markdown.starts_with("The `hCall` given"));
/// let text = plain(markdown).to_string();
/// assert!(text.starts_with("The hCall given"));
/// assert_eq!(plain("See [`Kind::Mixed`](crate::Kind::Mixed).").to_string(), "See Kind::Mixed.");
/// ```
///
/// [`Entry::description`]: crate::Entry::description
#[inline]
pub fn plain(markdown: &str) -> PlainText<'_> {
    PlainText(markdown)
}

impl fmt::Display for PlainText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['`', '[']) {
            f.write_str(&rest[..at])?;
            let after = &rest[at + 1..];
            rest = match rest.as_bytes()[at] {
                b'`' => after,
                // `[text](target)`: the text alone; a `[` that opens no
                // link is text.
                _ => match link(after) {
                    Some((text, end)) => {
                        PlainText(text).fmt(f)?;
                        &after[end..]
                    }
                    None => {
                        f.write_str("[")?;
                        after
                    }
                },
            };
        }
        f.write_str(rest)
    }
}

/// After a `[`: the link's text and where the link ends, if `text](target)`
/// follows.
fn link(after: &str) -> Option<(&str, usize)> {
    let close = after.find("](")?;
    let end = close + 2 + after[close + 2..].find(')')? + 1;
    // A text with a line break or another `[` is no link of ours.
    let text = &after[..close];
    (!text.contains(['\n', '['])).then_some((text, end))
}

#[cfg(test)]
mod tests {
    use super::plain;
    use std::string::ToString;

    #[test]
    fn code_and_links_become_text() {
        let cases = [
            ("", ""),
            ("no markup", "no markup"),
            ("`LINEERR_ALLOCATED`", "LINEERR_ALLOCATED"),
            ("a `b` c `d`", "a b c d"),
            ("[`A`](crate::A) and [B](https://x.test/b)", "A and B"),
            (
                "[1] is a footnote, not a link",
                "[1] is a footnote, not a link",
            ),
            ("a [ b", "a [ b"),
            ("[a](b", "[a](b"),
            ("l’agent `dwFeatures` ; ok", "l’agent dwFeatures ; ok"),
        ];
        for (markdown, text) in cases {
            assert_eq!(plain(markdown).to_string(), text, "{markdown:?}");
        }
    }
}
