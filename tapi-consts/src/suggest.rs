//! "Did you mean …?" for unknown names: the closest member name by edit
//! distance, computed without allocating.

use crate::storage::FamilyInfo;

/// Names longer than this are not compared (and get no suggestion).
const MAX_LEN: usize = 64;

/// The member name closest to `token`, written the way the user wrote it:
/// a full name for a token that looks like one, else a short name or alias.
#[inline]
pub(crate) fn closest_name(family: &FamilyInfo, token: &str) -> Option<&'static str> {
    // Every spelling the parser accepts: full and short names, aliases.
    closest_by(token, family.spellings(), |name| name)
}

/// The candidate whose `key` is closest to `token` by edit distance,
/// ignoring ASCII case: about one typo per three characters, at most three;
/// the first of equally close ones. Texts over 64 bytes match nothing. The
/// parse errors' "did you mean" and the command-line tool's (through
/// `__private`) are this one function.
#[inline]
pub fn closest_by<T>(
    token: &str,
    candidates: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> &str,
) -> Option<T> {
    let token = token.as_bytes();
    if token.is_empty() || token.len() > MAX_LEN {
        return None;
    }
    let limit = (token.len() / 3).clamp(1, 3);
    let mut best: Option<(usize, T)> = None;
    for candidate in candidates {
        if let Some(d) = distance(token, key(&candidate).as_bytes(), limit) {
            if best.as_ref().is_none_or(|(best_d, _)| d < *best_d) {
                best = Some((d, candidate));
            }
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Optimal-string-alignment distance between `a` and `b`, ignoring ASCII
/// case, or `None` when it exceeds `limit`. Only the part between their
/// common start and end is compared, and only the cells within `limit` of
/// the diagonal are computed (any other is further than `limit`), in bytes:
/// a candidate costs a few dozen cells, not a 64 × 64 table.
#[inline]
fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // What the two share at either end costs nothing: a family's names
    // share their prefix, so the table is over the differing middle only.
    let same = |x: &u8, y: &u8| x.eq_ignore_ascii_case(y);
    let start = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let (a, b) = (&a[start..], &b[start..]);
    let end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let (a, b) = (&a[..a.len() - end], &b[..b.len() - end]);
    // Further than any limit; `FAR + 2` still fits a byte.
    const FAR: u8 = 100;
    let upper = |bytes: &[u8], i: usize| bytes[i].to_ascii_uppercase();
    let m = b.len();
    // Three rows of the table: i-2, i-1 and i.
    let mut older = [FAR; MAX_LEN + 2];
    let mut previous = [FAR; MAX_LEN + 2];
    let mut current = [FAR; MAX_LEN + 2];
    for (j, cell) in previous.iter_mut().enumerate().take(m.min(limit) + 1) {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        let (low, high) = (i.saturating_sub(limit).max(1), (i + limit).min(m));
        current[0] = if i <= limit { i as u8 } else { FAR };
        // The cells left and right of the band read as far.
        current[low - 1] = if low == 1 { current[0] } else { FAR };
        current[high + 1] = FAR;
        let mut row_min = current[0];
        for j in low..=high {
            let (x, y) = (upper(a, i - 1), upper(b, j - 1));
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + u8::from(x != y));
            if i > 1 && j > 1 && x == upper(b, j - 2) && upper(a, i - 2) == y {
                d = d.min(older[j - 2] + 1);
            }
            current[j] = d.min(FAR);
            row_min = row_min.min(current[j]);
        }
        if usize::from(row_min) > limit {
            return None;
        }
        core::mem::swap(&mut older, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    let d = usize::from(previous[m]);
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::{closest_by, distance};

    /// The whole table, for comparison with the banded one.
    fn full_distance(a: &[u8], b: &[u8]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut t = [[0usize; 12]; 12];
        for (i, row) in t.iter_mut().enumerate().take(n + 1) {
            row[0] = i;
        }
        for (j, cell) in t[0].iter_mut().enumerate().take(m + 1) {
            *cell = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let (x, y) = (a[i - 1].to_ascii_uppercase(), b[j - 1].to_ascii_uppercase());
                let mut d = (t[i - 1][j] + 1)
                    .min(t[i][j - 1] + 1)
                    .min(t[i - 1][j - 1] + usize::from(x != y));
                if i > 1
                    && j > 1
                    && x == b[j - 2].to_ascii_uppercase()
                    && a[i - 2].to_ascii_uppercase() == y
                {
                    d = d.min(t[i - 2][j - 2] + 1);
                }
                t[i][j] = d;
            }
        }
        t[n][m]
    }

    #[test]
    fn the_band_agrees_with_the_whole_table() {
        // Every pair of strings up to 5 letters over a small alphabet, at
        // every limit.
        const ALPHABET: &[u8] = b"abA";
        // Word number `n` in length order: 0 is empty, then the 3 of one
        // letter, the 9 of two, …
        let word = |mut n: usize| {
            let mut word = [0u8; 5];
            let mut len = 0;
            let mut count = 1;
            while n >= count {
                n -= count;
                count *= ALPHABET.len();
                len += 1;
            }
            for letter in word.iter_mut().take(len) {
                *letter = ALPHABET[n % ALPHABET.len()];
                n /= ALPHABET.len();
            }
            (word, len)
        };
        let words = 1 + 3 + 9 + 27 + 81 + 243;
        for x in 0..words {
            let (a, a_len) = word(x);
            for y in (0..words).step_by(3) {
                let (b, b_len) = word(y);
                let (a, b) = (&a[..a_len], &b[..b_len]);
                let full = full_distance(a, b);
                for limit in 0..=3 {
                    let expected = (full <= limit).then_some(full);
                    assert_eq!(distance(a, b, limit), expected, "{a:?} {b:?} {limit}");
                }
            }
        }
    }

    #[test]
    fn lengths_and_limits_at_their_edges() {
        // The length gap alone may be the whole distance.
        assert_eq!(distance(b"ab", b"abcd", 2), Some(2));
        assert_eq!(distance(b"ab", b"abcde", 2), None);
        // 64 bytes are compared, 65 are not (and do not overrun the rows).
        let long = [b'A'; 64];
        let mut near = long;
        near[40] = b'B';
        assert_eq!(distance(&long, &near, 1), Some(1));
        let longer = [b'A'; 65];
        assert_eq!(distance(&long, &longer, 3), None);
        assert_eq!(distance(&longer, &long, 3), None);
        let (long, near) = (
            core::str::from_utf8(&long).unwrap(),
            core::str::from_utf8(&near).unwrap(),
        );
        assert_eq!(closest_by(long, [near], |name| name), Some(near));
        let longer = core::str::from_utf8(&longer).unwrap();
        assert_eq!(closest_by(longer, [longer], |name| name), None);
        // Nothing is close to nothing.
        assert_eq!(closest_by("", ["A", ""], |name| name), None);
    }

    #[test]
    fn about_one_typo_per_three_characters() {
        // 9 characters: 3 typos; 4 characters: 1.
        assert_eq!(
            closest_by("ABCDEFGHI", ["XYZDEFGHI"], |n| n),
            Some("XYZDEFGHI")
        );
        assert_eq!(closest_by("ABCDEFGHI", ["WXYZEFGHI"], |n| n), None);
        assert_eq!(closest_by("ABCD", ["XBCD"], |n| n), Some("XBCD"));
        assert_eq!(closest_by("ABCD", ["XYCD"], |n| n), None);
    }

    #[test]
    fn distance_counts_transpositions_once() {
        assert_eq!(distance(b"READY", b"REDAY", 2), Some(1));
        assert_eq!(distance(b"ready", b"READY", 0), Some(0));
        assert_eq!(distance(b"abc", b"xyz", 2), None);
    }

    #[test]
    fn closest_by_takes_the_first_of_the_nearest_within_the_limit() {
        let names = ["LINE_A", "LINE_B", "PHONE_A"];
        assert_eq!(closest_by("line_c", names, |name| name), Some("LINE_A"));
        assert_eq!(closest_by("PHONE_B", names, |name| name), Some("PHONE_A"));
        // About one typo per three characters: `xyz` is too far from all.
        assert_eq!(closest_by("xyz", names, |name| name), None);
        assert_eq!(closest_by("", names, |name| name), None);
        // By a key: the candidate itself comes back.
        let pairs = [(1, "ONE"), (2, "TWO")];
        assert_eq!(closest_by("TWE", pairs, |pair| pair.1), Some((2, "TWO")));
    }
}
