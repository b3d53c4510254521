//! "Did you mean …?" for unknown names: the closest member name by edit
//! distance, computed without allocating.

use crate::family::FamilyInfo;

/// Names longer than this are not compared (and get no suggestion).
const MAX_LEN: usize = 64;

/// The member name closest to `token`, written the way the user wrote it:
/// a full name for a token that looks like one, else a short name or alias.
#[inline]
pub(crate) fn closest_name(family: &FamilyInfo, token: &str) -> Option<&'static str> {
    // Every spelling the parser accepts: full and short names, aliases (a
    // family built by `FamilyInfo::new` has names only, and no keys).
    let names = (0..family.len())
        .filter(|_| family.keys.is_empty())
        .flat_map(|index| [family.name_at(index), family.short_name_at(index)]);
    closest_by(token, family.keys.iter().copied().chain(names), |name| name)
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
/// case, or `None` when it exceeds `limit`.
#[inline]
fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let upper = |bytes: &[u8], i: usize| bytes[i].to_ascii_uppercase();
    // Three rows of the dynamic-programming table: i-2, i-1 and i.
    let mut older = [0usize; MAX_LEN + 1];
    let mut previous = [0usize; MAX_LEN + 1];
    let mut current = [0usize; MAX_LEN + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let (x, y) = (upper(a, i - 1), upper(b, j - 1));
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + usize::from(x != y));
            if i > 1 && j > 1 && x == upper(b, j - 2) && upper(a, i - 2) == y {
                d = d.min(older[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        core::mem::swap(&mut older, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    let d = previous[b.len()];
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::{closest_by, distance};

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
