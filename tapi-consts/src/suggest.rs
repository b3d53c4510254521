//! "Did you mean …?" for unknown names: the closest member name by edit
//! distance, computed without allocating.

use crate::family::FamilyInfo;

/// Names longer than this are not compared (and get no suggestion).
const MAX_LEN: usize = 64;

/// The member name closest to `token`, written the way the user wrote it:
/// a full name for a token that looks like one, else a short name or alias.
#[inline]
pub(crate) fn closest_name(family: &FamilyInfo, token: &str) -> Option<&'static str> {
    let token = token.as_bytes();
    if token.is_empty() || token.len() > MAX_LEN {
        return None;
    }
    // Allow about one typo per three characters, at most three.
    let limit = (token.len() / 3).clamp(1, 3);
    let mut best: Option<(usize, &'static str)> = None;
    let mut consider = |candidate: &'static str| {
        if let Some(d) = distance(token, candidate.as_bytes(), limit) {
            if best.is_none_or(|(best_d, _)| d < best_d) {
                best = Some((d, candidate));
            }
        }
    };
    // Every spelling the parser accepts: full and short names, aliases (a
    // family built by `FamilyInfo::new` has names only, and no keys).
    for &key in family.keys {
        consider(key);
    }
    if family.keys.is_empty() {
        for index in 0..family.len() {
            consider(family.name_at(index));
            consider(family.short_name_at(index));
        }
    }
    best.map(|(_, name)| name)
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
