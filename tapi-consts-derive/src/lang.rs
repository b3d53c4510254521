//! Language keys of `doc(...)` → BCP 47 tags, and TAPI version strings.

/// `pt_br` → `pt-BR`, `zh_hant_tw` → `zh-Hant-TW`, `fr` → `fr`.
///
/// A key is a primary language subtag (2–3 letters) followed by optional
/// subtags: a script (4 letters), a region (2 letters or 3 digits) or a
/// variant (5–8 letters or digits), with `_` standing for `-`.
pub fn tag_from_key(key: &str) -> Result<String, String> {
    let key = key.strip_prefix("r#").unwrap_or(key);
    let mut parts = key.split('_');
    let primary = parts.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!(
            "`{key}` is not a language key: start with a 2- or 3-letter language code such as `fr`, \
             then optional `_`-separated subtags, as in `pt_br`"
        ));
    }
    let mut tag = primary.to_ascii_lowercase();
    for part in parts {
        let alpha = part.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = part.bytes().all(|b| b.is_ascii_digit());
        let alnum = part.bytes().all(|b| b.is_ascii_alphanumeric());
        let subtag = match part.len() {
            2 if alpha => part.to_ascii_uppercase(),
            3 if digits => part.to_owned(),
            4 if alpha => {
                let lower = part.to_ascii_lowercase();
                lower[..1].to_ascii_uppercase() + &lower[1..]
            }
            5..=8 if alnum => part.to_ascii_lowercase(),
            _ => {
                return Err(format!(
                    "`{key}` is not a language key: `{part}` is not a script (4 letters), \
                     region (2 letters or 3 digits) or variant (5-8 characters) subtag"
                ))
            }
        };
        tag.push('-');
        tag.push_str(&subtag);
    }
    Ok(tag)
}

/// `"2.2"` → `(2, 2)`.
pub fn parse_version(text: &str) -> Result<(u8, u8), String> {
    let parsed = text.split_once('.').and_then(|(major, minor)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(major) && digits(minor) {
            Some((major.parse().ok()?, minor.parse().ok()?))
        } else {
            None
        }
    });
    parsed.ok_or_else(|| {
        format!("`{text}` is not a TAPI version: write `major.minor` with numbers up to 255, as in `2.2`")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_canonical_tags() {
        assert_eq!(tag_from_key("fr").unwrap(), "fr");
        assert_eq!(tag_from_key("pt_br").unwrap(), "pt-BR");
        assert_eq!(tag_from_key("zh_hant_tw").unwrap(), "zh-Hant-TW");
        assert_eq!(tag_from_key("es_419").unwrap(), "es-419");
        assert_eq!(tag_from_key("DE").unwrap(), "de");
        assert!(tag_from_key("french").is_err());
        assert!(tag_from_key("f").is_err());
        assert!(tag_from_key("fr_").is_err());
        assert!(tag_from_key("fr_b").is_err());
        // A region of three is digits, a variant of five to eight is ASCII
        // letters and digits (a Rust identifier may hold other letters).
        assert!(tag_from_key("fr_abc").is_err());
        assert_eq!(tag_from_key("sl_rozaj").unwrap(), "sl-rozaj");
        assert!(tag_from_key("de_ümlaut").is_err());
    }

    #[test]
    fn versions() {
        assert_eq!(parse_version("2.2"), Ok((2, 2)));
        assert_eq!(parse_version("3.10"), Ok((3, 10)));
        for bad in ["2", "2.", ".2", "2.2.1", "v2.2", "2.x", "256.0", " 2.2", ""] {
            assert!(parse_version(bad).is_err(), "{bad}");
        }
    }
}
