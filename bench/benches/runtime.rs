//! Runtime benchmark: tapi-consts side by side with strum, num_enum, bitflags
//! and hand-written floors, in one binary and one run. See `bench/README.md`.
//!
//! Families: F6 = `LINEAGENTSESSIONSTATE_` (6 flags), F32 = `LINECALLFEATURE_`
//! (32 flags), F95 = `LINEERR_` (95 codes `0x800000xx` with gaps). The
//! competitors are in `src/anchors.rs`, generated from the prebuilt crate.
//!
//! Every measured function is `#[inline(never)]` and gets its input through
//! `black_box`. One criterion iteration is one pass of `PASS_LEN` inputs:
//! successive pseudo-random shuffles of every member (or of the sets
//! drawn), in a copy of its own for each contender, shuffled independently,
//! texts as owned strings; so ns/op = time per iteration / `PASS_LEN`.
//! After criterion's groups, the ratio table times each row's contenders
//! again, in paired rounds whose first contender rotates (`paired`).

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use tapi_consts::families::{
    LineAgentSessionState, LineAgentSessionStateSet, LineCallFeature, LineCallFeatureSet, LineErr,
};
use tapi_consts_bench::anchors::{
    line_agent_session_state_from_name_match, line_agent_session_state_from_u32_match,
    line_agent_session_state_name_by_table, line_call_feature_from_u32_match,
    line_call_feature_name_by_table, line_err_from_name_match, line_err_from_u32_match,
    line_err_name_by_table, LineAgentSessionStateStrum, LineAgentSessionStatesBitflags,
    LineCallFeatureStrum, LineCallFeaturesBitflags, LineErrStrum, LineErrStrumCi,
    LINE_AGENT_SESSION_STATE_ENTRIES, LINE_CALL_FEATURE_ENTRIES, LINE_ERR_ENTRIES,
};

/// Distinct inputs of a kind: names and values in shuffled rounds of every
/// member, sets drawn at random.
const SEQUENCE_LEN: usize = 1024;
const SET_SEQUENCE_LEN: usize = 256;
/// Inputs per iteration (one pass), for every operation: each contender
/// gets its own copy of the distinct inputs, shuffled independently and
/// repeated to this length, its texts owned strings (as text read at run
/// time is), so that neither a cache nor a branch predictor carries one
/// contender's sequence over to another's, and a pass is larger than the
/// first-level caches, as a trace is.
const PASS_LEN: usize = 65_536;
/// Members per set (operations 5 and 6): F6's sets have 3, F32's 4.
const F6_SET_TERMS: usize = 3;
const F32_SET_TERMS: usize = 4;

// ---------------------------------------------------------------------------
// 1. Exact full name -> member.

#[inline(never)]
fn f6_name_tapi_from_name(name: &str) -> Option<LineAgentSessionState> {
    LineAgentSessionState::from_name(name)
}

#[inline(never)]
fn f6_name_tapi_parse(
    name: &str,
) -> Result<LineAgentSessionState, <LineAgentSessionState as FromStr>::Err> {
    name.parse::<LineAgentSessionState>()
}

#[inline(never)]
fn f6_name_strum(name: &str) -> Result<LineAgentSessionStateStrum, strum::ParseError> {
    LineAgentSessionStateStrum::from_str(name)
}

#[inline(never)]
fn f6_name_match(name: &str) -> Option<LineAgentSessionStateStrum> {
    line_agent_session_state_from_name_match(name)
}

#[inline(never)]
fn f95_name_tapi_from_name(name: &str) -> Option<LineErr> {
    LineErr::from_name(name)
}

#[inline(never)]
fn f95_name_tapi_parse(name: &str) -> Result<LineErr, <LineErr as FromStr>::Err> {
    name.parse::<LineErr>()
}

/// A near miss as a user sees it: the error's message, with its "did you
/// mean" search (issue 13: a trace of bad names must stay cheap).
#[inline(never)]
fn f95_name_tapi_message(name: &str) -> usize {
    match name.parse::<LineErr>() {
        Ok(_) => 0,
        Err(error) => error.to_string().len(),
    }
}

#[inline(never)]
fn f95_name_strum(name: &str) -> Result<LineErrStrum, strum::ParseError> {
    LineErrStrum::from_str(name)
}

#[inline(never)]
fn f95_name_match(name: &str) -> Option<LineErrStrum> {
    line_err_from_name_match(name)
}

#[inline(never)]
fn f95_name_linear_scan(name: &str) -> Option<u32> {
    LINE_ERR_ENTRIES
        .iter()
        .find(|(full, _)| *full == name)
        .map(|&(_, value)| value)
}

// ---------------------------------------------------------------------------
// 2. ASCII-case-insensitive full name -> member.

#[inline(never)]
fn f95_ci_tapi(name: &str) -> Option<LineErr> {
    LineErr::from_name_ignore_case(name)
}

#[inline(never)]
fn f95_ci_strum(name: &str) -> Result<LineErrStrumCi, strum::ParseError> {
    LineErrStrumCi::from_str(name)
}

/// Floor: upper-case into a stack buffer, then the exact `match`.
#[inline(never)]
fn f95_ci_upper_match(name: &str) -> Option<LineErrStrum> {
    let mut buffer = [0u8; 64];
    let upper = buffer.get_mut(..name.len())?;
    upper.copy_from_slice(name.as_bytes());
    upper.make_ascii_uppercase();
    line_err_from_name_match(std::str::from_utf8(upper).ok()?)
}

// ---------------------------------------------------------------------------
// 3. u32 -> full name.

#[inline(never)]
fn f6_value_name_tapi(value: u32) -> Option<&'static str> {
    LineAgentSessionState::from_value(value).map(|member| member.name())
}

#[inline(never)]
fn f6_value_name_strum(value: u32) -> Option<&'static str> {
    LineAgentSessionStateStrum::from_repr(value).map(<&'static str>::from)
}

#[inline(never)]
fn f6_value_name_table(value: u32) -> Option<&'static str> {
    line_agent_session_state_name_by_table(value)
}

#[inline(never)]
fn f32_value_name_tapi(value: u32) -> Option<&'static str> {
    LineCallFeature::from_value(value).map(|member| member.name())
}

#[inline(never)]
fn f32_value_name_strum(value: u32) -> Option<&'static str> {
    LineCallFeatureStrum::from_repr(value).map(<&'static str>::from)
}

#[inline(never)]
fn f32_value_name_table(value: u32) -> Option<&'static str> {
    line_call_feature_name_by_table(value)
}

#[inline(never)]
fn f95_value_name_tapi(value: u32) -> Option<&'static str> {
    LineErr::from_value(value).map(|member| member.name())
}

#[inline(never)]
fn f95_value_name_strum(value: u32) -> Option<&'static str> {
    LineErrStrum::from_repr(value).map(<&'static str>::from)
}

#[inline(never)]
fn f95_value_name_table(value: u32) -> Option<&'static str> {
    line_err_name_by_table(value)
}

// ---------------------------------------------------------------------------
// 4. u32 -> member.

#[inline(never)]
fn f6_value_tapi(value: u32) -> Option<LineAgentSessionState> {
    LineAgentSessionState::from_value(value)
}

#[inline(never)]
fn f6_value_num_enum(
    value: u32,
) -> Result<LineAgentSessionStateStrum, num_enum::TryFromPrimitiveError<LineAgentSessionStateStrum>>
{
    LineAgentSessionStateStrum::try_from(value)
}

#[inline(never)]
fn f6_value_match(value: u32) -> Option<LineAgentSessionStateStrum> {
    line_agent_session_state_from_u32_match(value)
}

#[inline(never)]
fn f32_value_tapi(value: u32) -> Option<LineCallFeature> {
    LineCallFeature::from_value(value)
}

#[inline(never)]
fn f32_value_num_enum(
    value: u32,
) -> Result<LineCallFeatureStrum, num_enum::TryFromPrimitiveError<LineCallFeatureStrum>> {
    LineCallFeatureStrum::try_from(value)
}

#[inline(never)]
fn f32_value_match(value: u32) -> Option<LineCallFeatureStrum> {
    line_call_feature_from_u32_match(value)
}

#[inline(never)]
fn f95_value_tapi(value: u32) -> Option<LineErr> {
    LineErr::from_value(value)
}

#[inline(never)]
fn f95_value_num_enum(
    value: u32,
) -> Result<LineErrStrum, num_enum::TryFromPrimitiveError<LineErrStrum>> {
    LineErrStrum::try_from(value)
}

#[inline(never)]
fn f95_value_match(value: u32) -> Option<LineErrStrum> {
    line_err_from_u32_match(value)
}

// ---------------------------------------------------------------------------
// 5. Set text -> set, through `FromStr` (`text.parse::<Flags<_>>()`).

#[inline(never)]
fn f6_set_parse_tapi(text: &str) -> Result<LineAgentSessionStateSet, tapi_consts::ParseError> {
    text.parse::<LineAgentSessionStateSet>()
}

#[inline(never)]
fn f6_set_parse_bitflags(
    text: &str,
) -> Result<LineAgentSessionStatesBitflags, bitflags::parser::ParseError> {
    bitflags::parser::from_str::<LineAgentSessionStatesBitflags>(text)
}

#[inline(never)]
fn f32_set_parse_tapi(text: &str) -> Result<LineCallFeatureSet, tapi_consts::ParseError> {
    text.parse::<LineCallFeatureSet>()
}

#[inline(never)]
fn f32_set_parse_bitflags(
    text: &str,
) -> Result<LineCallFeaturesBitflags, bitflags::parser::ParseError> {
    bitflags::parser::from_str::<LineCallFeaturesBitflags>(text)
}

// ---------------------------------------------------------------------------
// 6. Set -> text, into a reused `String`: `write!(out, "{set}")` as a user
// writes it (`Display`); `Flags::write_to`, the inner writer, beside it.

#[inline(never)]
fn f6_set_display_tapi(out: &mut String, set: LineAgentSessionStateSet) {
    out.clear();
    write!(out, "{set}").unwrap();
}

#[inline(never)]
fn f6_set_write_to_tapi(out: &mut String, set: LineAgentSessionStateSet) {
    out.clear();
    set.write_to(out, false).unwrap();
}

#[inline(never)]
fn f6_set_format_bitflags(out: &mut String, set: LineAgentSessionStatesBitflags) {
    out.clear();
    bitflags::parser::to_writer(&set, &mut *out).unwrap();
}

#[inline(never)]
fn f32_set_display_tapi(out: &mut String, set: LineCallFeatureSet) {
    out.clear();
    write!(out, "{set}").unwrap();
}

#[inline(never)]
fn f32_set_write_to_tapi(out: &mut String, set: LineCallFeatureSet) {
    out.clear();
    set.write_to(out, false).unwrap();
}

/// `{:#}`: short names, as bitflags writes them.
#[inline(never)]
fn f32_set_display_short_tapi(out: &mut String, set: LineCallFeatureSet) {
    out.clear();
    write!(out, "{set:#}").unwrap();
}

#[inline(never)]
fn f32_set_format_bitflags(out: &mut String, set: LineCallFeaturesBitflags) {
    out.clear();
    bitflags::parser::to_writer(&set, &mut *out).unwrap();
}

// ---------------------------------------------------------------------------
// Inputs.

/// xorshift64*: a fixed pseudo-random sequence, the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// `len` items made of successive shuffles of `items`, so every item appears
/// equally often, in an order the branch predictor cannot learn from a
/// short cycle.
fn sequence<T: Clone>(items: &[T], len: usize, seed: u64) -> Vec<T> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(len);
    let mut round = items.to_vec();
    while out.len() < len {
        for i in (1..round.len()).rev() {
            round.swap(i, rng.below(i + 1));
        }
        out.extend(round.iter().take(len - out.len()).cloned());
    }
    out
}

/// `name` with its last character replaced by another capital letter, so
/// that the result is no full name of the family (`valid` says which are).
fn near_miss(name: &str, valid: &[&str]) -> String {
    let head = &name[..name.len() - 1];
    (b'A'..=b'Z')
        .map(|letter| format!("{head}{}", letter as char))
        .find(|candidate| candidate != name && !valid.contains(&candidate.as_str()))
        .expect("some letter makes a near miss")
}

/// `name` with the case of its letters flipped at random (at least one).
fn mixed_case(name: &str, rng: &mut Rng) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if rng.next() & 1 == 1 {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect();
    if out == name {
        out = name.to_ascii_lowercase();
    }
    out
}

fn names(entries: &[(&'static str, u32)]) -> Vec<&'static str> {
    entries.iter().map(|&(name, _)| name).collect()
}

fn values(entries: &[(&'static str, u32)]) -> Vec<u32> {
    entries.iter().map(|&(_, value)| value).collect()
}

struct Inputs {
    f6_names: Vec<&'static str>,
    f6_misses: Vec<String>,
    f95_names: Vec<&'static str>,
    f95_misses: Vec<String>,
    f95_mixed_case: Vec<String>,
    f6_values: Vec<u32>,
    f32_values: Vec<u32>,
    f95_values: Vec<u32>,
    f6_sets: Sets,
    f32_sets: Sets,
}

/// Sets of one family: `SET_SEQUENCE_LEN` random sets of a fixed number of
/// distinct members, as bits and as text.
struct Sets {
    bits: Vec<u32>,
    /// `A | B | C` with full names, as tapi-consts writes them.
    full: Vec<String>,
    /// The same with short names, as bitflags writes them.
    short: Vec<String>,
}

impl Sets {
    fn new(entries: &[(&'static str, u32)], prefix: &str, terms: usize, seed: u64) -> Self {
        let mut rng = Rng(seed);
        let members: Vec<Vec<usize>> = (0..SET_SEQUENCE_LEN)
            .map(|_| {
                let mut members = Vec::with_capacity(terms);
                while members.len() < terms {
                    let member = rng.below(entries.len());
                    if !members.contains(&member) {
                        members.push(member);
                    }
                }
                members
            })
            .collect();
        let text = |name: &dyn Fn(&'static str) -> &'static str| -> Vec<String> {
            members
                .iter()
                .map(|set| {
                    let names: Vec<&str> = set.iter().map(|&i| name(entries[i].0)).collect();
                    names.join(" | ")
                })
                .collect()
        };
        Sets {
            bits: members
                .iter()
                .map(|set| set.iter().fold(0, |bits, &i| bits | entries[i].1))
                .collect(),
            full: text(&|name| name),
            short: text(&|name| &name[prefix.len()..]),
        }
    }
}

impl Inputs {
    fn new() -> Self {
        let f6 = names(&LINE_AGENT_SESSION_STATE_ENTRIES);
        let f95 = names(&LINE_ERR_ENTRIES);
        let f6_misses: Vec<String> = f6.iter().map(|name| near_miss(name, &f6)).collect();
        let f95_misses: Vec<String> = f95.iter().map(|name| near_miss(name, &f95)).collect();
        let mut rng = Rng(0x5EED_CA5E);
        let f95_mixed: Vec<String> = f95.iter().map(|name| mixed_case(name, &mut rng)).collect();

        Inputs {
            f6_names: sequence(&f6, SEQUENCE_LEN, 1),
            f6_misses: sequence(&f6_misses, SEQUENCE_LEN, 2),
            f95_names: sequence(&f95, SEQUENCE_LEN, 3),
            f95_misses: sequence(&f95_misses, SEQUENCE_LEN, 4),
            f95_mixed_case: sequence(&f95_mixed, SEQUENCE_LEN, 5),
            f6_values: sequence(&values(&LINE_AGENT_SESSION_STATE_ENTRIES), SEQUENCE_LEN, 6),
            f32_values: sequence(&values(&LINE_CALL_FEATURE_ENTRIES), SEQUENCE_LEN, 7),
            f95_values: sequence(&values(&LINE_ERR_ENTRIES), SEQUENCE_LEN, 8),
            f6_sets: Sets::new(
                &LINE_AGENT_SESSION_STATE_ENTRIES,
                "LINEAGENTSESSIONSTATE_",
                F6_SET_TERMS,
                0x5E76,
            ),
            f32_sets: Sets::new(
                &LINE_CALL_FEATURE_ENTRIES,
                "LINECALLFEATURE_",
                F32_SET_TERMS,
                0x5E75,
            ),
        }
    }
}

fn strs(strings: &[String]) -> Vec<&str> {
    strings.iter().map(String::as_str).collect()
}

// ---------------------------------------------------------------------------
// Every contender must give the same answers before anything is timed.

fn check(inputs: &Inputs) {
    for &(name, value) in &LINE_AGENT_SESSION_STATE_ENTRIES {
        assert_eq!(f6_name_tapi_from_name(name).map(|m| m.value()), Some(value));
        assert_eq!(f6_name_tapi_parse(name).map(|m| m.value()), Ok(value));
        assert_eq!(f6_name_strum(name).map(|m| m as u32), Ok(value));
        assert_eq!(f6_name_match(name).map(|m| m as u32), Some(value));
        assert_eq!(f6_value_name_tapi(value), Some(name));
        assert_eq!(f6_value_name_strum(value), Some(name));
        assert_eq!(f6_value_name_table(value), Some(name));
        assert_eq!(f6_value_tapi(value).map(|m| m.value()), Some(value));
        assert_eq!(f6_value_num_enum(value).map(|m| m as u32).ok(), Some(value));
        assert_eq!(f6_value_match(value).map(|m| m as u32), Some(value));
    }
    for name in &inputs.f6_misses {
        assert_eq!(f6_name_tapi_from_name(name), None, "{name}");
        assert!(f6_name_tapi_parse(name).is_err(), "{name}");
        assert!(f6_name_strum(name).is_err(), "{name}");
        assert_eq!(f6_name_match(name), None, "{name}");
    }
    for &(name, value) in &LINE_CALL_FEATURE_ENTRIES {
        assert_eq!(f32_value_name_tapi(value), Some(name));
        assert_eq!(f32_value_name_strum(value), Some(name));
        assert_eq!(f32_value_name_table(value), Some(name));
        assert_eq!(f32_value_tapi(value).map(|m| m.value()), Some(value));
        assert_eq!(
            f32_value_num_enum(value).map(|m| m as u32).ok(),
            Some(value)
        );
        assert_eq!(f32_value_match(value).map(|m| m as u32), Some(value));
    }
    for &(name, value) in &LINE_ERR_ENTRIES {
        assert_eq!(
            f95_name_tapi_from_name(name).map(|m| m.value()),
            Some(value)
        );
        assert_eq!(f95_name_tapi_parse(name).map(|m| m.value()), Ok(value));
        assert_eq!(f95_name_strum(name).map(|m| m as u32), Ok(value));
        assert_eq!(f95_name_match(name).map(|m| m as u32), Some(value));
        assert_eq!(f95_name_linear_scan(name), Some(value));
        assert_eq!(f95_value_name_tapi(value), Some(name));
        assert_eq!(f95_value_name_strum(value), Some(name));
        assert_eq!(f95_value_name_table(value), Some(name));
        assert_eq!(f95_value_tapi(value).map(|m| m.value()), Some(value));
        assert_eq!(
            f95_value_num_enum(value).map(|m| m as u32).ok(),
            Some(value)
        );
        assert_eq!(f95_value_match(value).map(|m| m as u32), Some(value));
    }
    for name in &inputs.f95_misses {
        assert_eq!(f95_name_tapi_from_name(name), None, "{name}");
        assert!(f95_name_tapi_parse(name).is_err(), "{name}");
        assert!(f95_name_strum(name).is_err(), "{name}");
        assert_eq!(f95_name_match(name), None, "{name}");
        assert_eq!(f95_name_linear_scan(name), None, "{name}");
    }
    for name in &inputs.f95_mixed_case {
        let expected = LineErr::from_name(&name.to_ascii_uppercase()).map(|m| m.value());
        assert!(expected.is_some(), "{name}");
        assert_ne!(f95_name_tapi_from_name(name), f95_ci_tapi(name), "{name}");
        assert_eq!(f95_ci_tapi(name).map(|m| m.value()), expected, "{name}");
        assert_eq!(
            f95_ci_strum(name).ok().map(|m| m as u32),
            expected,
            "{name}"
        );
        assert_eq!(
            f95_ci_upper_match(name).map(|m| m as u32),
            expected,
            "{name}"
        );
    }
    check_sets(
        &inputs.f6_sets,
        &LINE_AGENT_SESSION_STATE_ENTRIES,
        |text| f6_set_parse_tapi(text).map(|set| set.bits()).ok(),
        |text| f6_set_parse_bitflags(text).map(|set| set.bits()).ok(),
        |out, bits| f6_set_display_tapi(out, LineAgentSessionStateSet::from_bits_retain(bits)),
        |out, bits| f6_set_write_to_tapi(out, LineAgentSessionStateSet::from_bits_retain(bits)),
        |out, bits| {
            f6_set_format_bitflags(out, LineAgentSessionStatesBitflags::from_bits_retain(bits))
        },
        "LINEAGENTSESSIONSTATE_",
    );
    check_sets(
        &inputs.f32_sets,
        &LINE_CALL_FEATURE_ENTRIES,
        |text| f32_set_parse_tapi(text).map(|set| set.bits()).ok(),
        |text| f32_set_parse_bitflags(text).map(|set| set.bits()).ok(),
        |out, bits| f32_set_display_tapi(out, LineCallFeatureSet::from_bits_retain(bits)),
        |out, bits| f32_set_write_to_tapi(out, LineCallFeatureSet::from_bits_retain(bits)),
        |out, bits| f32_set_format_bitflags(out, LineCallFeaturesBitflags::from_bits_retain(bits)),
        "LINECALLFEATURE_",
    );
    let mut out = String::new();
    for &bits in &inputs.f32_sets.bits {
        f32_set_display_short_tapi(&mut out, LineCallFeatureSet::from_bits_retain(bits));
        let short = out.clone();
        f32_set_format_bitflags(&mut out, LineCallFeaturesBitflags::from_bits_retain(bits));
        assert_eq!(short, out);
    }
}

/// Both contenders read every set text as its bits and write every set as
/// its members' names in ascending bit order (bitflags: short names).
#[allow(clippy::too_many_arguments)]
fn check_sets(
    sets: &Sets,
    entries: &[(&str, u32)],
    parse_tapi: impl Fn(&str) -> Option<u32>,
    parse_bitflags: impl Fn(&str) -> Option<u32>,
    display_tapi: impl Fn(&mut String, u32),
    write_to_tapi: impl Fn(&mut String, u32),
    format_bitflags: impl Fn(&mut String, u32),
    prefix: &str,
) {
    let mut out = String::new();
    for ((&bits, full), short) in sets.bits.iter().zip(&sets.full).zip(&sets.short) {
        assert_eq!(parse_tapi(full), Some(bits), "{full}");
        assert_eq!(parse_tapi(short), Some(bits), "{short}");
        assert_eq!(parse_bitflags(short), Some(bits), "{short}");
        let sorted: Vec<&str> = entries
            .iter()
            .filter(|&&(_, value)| bits & value != 0)
            .map(|&(name, _)| name)
            .collect();
        display_tapi(&mut out, bits);
        assert_eq!(out, sorted.join(" | "));
        write_to_tapi(&mut out, bits);
        assert_eq!(out, sorted.join(" | "));
        format_bitflags(&mut out, bits);
        let short_sorted: Vec<&str> = sorted.iter().map(|name| &name[prefix.len()..]).collect();
        assert_eq!(out, short_sorted.join(" | "));
    }
}

// ---------------------------------------------------------------------------
// Groups.

/// One contender of a group: its name and one pass over its own copy of
/// the inputs. Criterion times the pass, and so do the paired rounds of
/// the ratio table.
struct Contender<'a> {
    id: &'static str,
    pass: Box<dyn FnMut() + 'a>,
}

/// One operation on one family, with every contender for it.
struct Group<'a> {
    name: &'static str,
    contenders: Vec<Contender<'a>>,
}

impl<'a> Group<'a> {
    fn new(name: &'static str) -> Self {
        Group {
            name,
            contenders: Vec::new(),
        }
    }

    /// The contender `id`, whose pass `pass` runs.
    fn with(mut self, id: &'static str, pass: impl FnMut() + 'a) -> Self {
        self.contenders.push(Contender {
            id,
            pass: Box::new(pass),
        });
        self
    }

    /// `f` on every input of this contender's pass over `inputs` (values).
    fn values<I: Copy + 'a, O>(
        self,
        id: &'static str,
        inputs: &[I],
        f: impl Fn(I) -> O + 'a,
    ) -> Self {
        let pass = sequence(inputs, PASS_LEN, next_seed());
        let pass = move || {
            for &input in &pass {
                black_box(f(black_box(input)));
            }
        };
        self.with(id, pass)
    }

    /// `f` on every text of this contender's pass over `texts`, each an
    /// owned copy.
    fn texts<O>(self, id: &'static str, texts: &[&str], f: impl Fn(&str) -> O + 'a) -> Self {
        let pass: Vec<String> = sequence(texts, PASS_LEN, next_seed())
            .into_iter()
            .map(str::to_owned)
            .collect();
        let pass = move || {
            for text in &pass {
                black_box(f(black_box(text.as_str())));
            }
        };
        self.with(id, pass)
    }

    /// Every set of this contender's pass over `sets`, formatted into one
    /// reused `String`.
    fn formats<S: Copy + 'a>(
        self,
        id: &'static str,
        sets: &[S],
        f: impl Fn(&mut String, S) + 'a,
    ) -> Self {
        let pass = sequence(sets, PASS_LEN, next_seed());
        let mut out = String::with_capacity(1024);
        let pass = move || {
            for &set in &pass {
                f(&mut out, black_box(set));
                black_box(&out);
            }
        };
        self.with(id, pass)
    }
}

/// A new seed for each contender's copy of the inputs.
fn next_seed() -> u64 {
    static SEED: AtomicU64 = AtomicU64::new(0x1000);
    SEED.fetch_add(1, Ordering::Relaxed)
}

fn groups(inputs: &Inputs) -> Vec<Group<'static>> {
    let mut groups = Vec::new();
    // 1. Exact full name.
    let f6_misses = strs(&inputs.f6_misses);
    let f95_misses = strs(&inputs.f95_misses);
    for (name, names) in [
        ("exact_name_f6_valid", &inputs.f6_names[..]),
        ("exact_name_f6_invalid", &f6_misses[..]),
    ] {
        groups.push(
            Group::new(name)
                .texts("tapi_from_name", names, f6_name_tapi_from_name)
                .texts("tapi_parse", names, f6_name_tapi_parse)
                .texts("strum", names, f6_name_strum)
                .texts("match", names, f6_name_match),
        );
    }
    for (name, names) in [
        ("exact_name_f95_valid", &inputs.f95_names[..]),
        ("exact_name_f95_invalid", &f95_misses[..]),
    ] {
        groups.push(
            Group::new(name)
                .texts("tapi_from_name", names, f95_name_tapi_from_name)
                .texts("tapi_parse", names, f95_name_tapi_parse)
                .texts("tapi_message", names, f95_name_tapi_message)
                .texts("strum", names, f95_name_strum)
                .texts("match", names, f95_name_match)
                .texts("linear_scan", names, f95_name_linear_scan),
        );
    }

    // 2. Case-insensitive full name.
    let mixed = strs(&inputs.f95_mixed_case);
    groups.push(
        Group::new("ignore_case_f95")
            .texts("tapi", &mixed, f95_ci_tapi)
            .texts("strum", &mixed, f95_ci_strum)
            .texts("upper_match", &mixed, f95_ci_upper_match),
    );

    // 3. u32 -> name.
    groups.push(
        Group::new("u32_to_name_f6")
            .values("tapi", &inputs.f6_values, f6_value_name_tapi)
            .values("strum", &inputs.f6_values, f6_value_name_strum)
            .values("table", &inputs.f6_values, f6_value_name_table),
    );
    groups.push(
        Group::new("u32_to_name_f32")
            .values("tapi", &inputs.f32_values, f32_value_name_tapi)
            .values("strum", &inputs.f32_values, f32_value_name_strum)
            .values("table", &inputs.f32_values, f32_value_name_table),
    );
    groups.push(
        Group::new("u32_to_name_f95")
            .values("tapi", &inputs.f95_values, f95_value_name_tapi)
            .values("strum", &inputs.f95_values, f95_value_name_strum)
            .values("table", &inputs.f95_values, f95_value_name_table),
    );

    // 4. u32 -> member.
    groups.push(
        Group::new("u32_to_enum_f6")
            .values("tapi", &inputs.f6_values, f6_value_tapi)
            .values("num_enum", &inputs.f6_values, f6_value_num_enum)
            .values("match", &inputs.f6_values, f6_value_match),
    );
    groups.push(
        Group::new("u32_to_enum_f32")
            .values("tapi", &inputs.f32_values, f32_value_tapi)
            .values("num_enum", &inputs.f32_values, f32_value_num_enum)
            .values("match", &inputs.f32_values, f32_value_match),
    );
    groups.push(
        Group::new("u32_to_enum_f95")
            .values("tapi", &inputs.f95_values, f95_value_tapi)
            .values("num_enum", &inputs.f95_values, f95_value_num_enum)
            .values("match", &inputs.f95_values, f95_value_match),
    );

    // 5. Set text -> set.
    let (full, short) = (strs(&inputs.f6_sets.full), strs(&inputs.f6_sets.short));
    groups.push(
        Group::new("set_parse_f6")
            .texts("tapi_full_names", &full, f6_set_parse_tapi)
            .texts("tapi_short_names", &short, f6_set_parse_tapi)
            .texts("bitflags", &short, f6_set_parse_bitflags),
    );
    let (full, short) = (strs(&inputs.f32_sets.full), strs(&inputs.f32_sets.short));
    groups.push(
        Group::new("set_parse_f32")
            .texts("tapi_full_names", &full, f32_set_parse_tapi)
            .texts("tapi_short_names", &short, f32_set_parse_tapi)
            .texts("bitflags", &short, f32_set_parse_bitflags),
    );

    // 6. Set -> text.
    let bits = &inputs.f6_sets.bits;
    let tapi: Vec<_> = bits
        .iter()
        .map(|&b| LineAgentSessionStateSet::from_bits_retain(b))
        .collect();
    let bitflags: Vec<_> = bits
        .iter()
        .map(|&b| LineAgentSessionStatesBitflags::from_bits_retain(b))
        .collect();
    groups.push(
        Group::new("set_format_f6")
            .formats("tapi_display", &tapi, f6_set_display_tapi)
            .formats("tapi_write_to", &tapi, f6_set_write_to_tapi)
            .formats("bitflags", &bitflags, f6_set_format_bitflags),
    );
    let bits = &inputs.f32_sets.bits;
    let tapi: Vec<_> = bits
        .iter()
        .map(|&b| LineCallFeatureSet::from_bits_retain(b))
        .collect();
    let bitflags: Vec<_> = bits
        .iter()
        .map(|&b| LineCallFeaturesBitflags::from_bits_retain(b))
        .collect();
    groups.push(
        Group::new("set_format_f32")
            .formats("tapi_display", &tapi, f32_set_display_tapi)
            .formats("tapi_write_to", &tapi, f32_set_write_to_tapi)
            .formats("tapi_display_short", &tapi, f32_set_display_short_tapi)
            .formats("bitflags", &bitflags, f32_set_format_bitflags),
    );
    groups
}

/// Criterion's report: every contender of every group.
fn benches(c: &mut Criterion, groups: &mut [Group<'_>]) {
    for group in groups {
        let mut g = c.benchmark_group(group.name);
        g.throughput(Throughput::Elements(PASS_LEN as u64));
        for contender in &mut group.contenders {
            let pass = &mut contender.pass;
            g.bench_function(contender.id, |b| b.iter(&mut *pass));
        }
        g.finish();
    }
}

// ---------------------------------------------------------------------------
// The ratio table.

struct Row {
    operation: &'static str,
    family: &'static str,
    group: &'static str,
    tapi: &'static str,
    anchor: &'static str,
    floor: Option<&'static str>,
    /// The target for tapi/anchor, if the issue sets one.
    target: Option<f64>,
}

const fn row(
    operation: &'static str,
    family: &'static str,
    group: &'static str,
    tapi: &'static str,
    anchor: &'static str,
    floor: Option<&'static str>,
    target: Option<f64>,
) -> Row {
    Row {
        operation,
        family,
        group,
        tapi,
        anchor,
        floor,
        target,
    }
}

#[rustfmt::skip]
const ROWS: &[Row] = &[
    row("exact name, valid", "F6", "exact_name_f6_valid", "tapi_from_name", "strum", Some("match"), Some(1.0)),
    row("exact name, valid", "F6", "exact_name_f6_valid", "tapi_parse", "strum", Some("match"), Some(1.0)),
    row("exact name, invalid", "F6", "exact_name_f6_invalid", "tapi_from_name", "strum", Some("match"), Some(1.0)),
    row("exact name, invalid", "F6", "exact_name_f6_invalid", "tapi_parse", "strum", Some("match"), Some(1.0)),
    row("exact name, valid", "F95", "exact_name_f95_valid", "tapi_from_name", "strum", Some("match"), Some(1.0)),
    row("exact name, valid", "F95", "exact_name_f95_valid", "tapi_parse", "strum", Some("match"), Some(1.0)),
    row("exact name, invalid", "F95", "exact_name_f95_invalid", "tapi_from_name", "strum", Some("match"), Some(1.0)),
    row("exact name, invalid", "F95", "exact_name_f95_invalid", "tapi_parse", "strum", Some("match"), Some(1.0)),
    row("ignore-case name", "F95", "ignore_case_f95", "tapi", "strum", Some("upper_match"), Some(0.5)),
    row("u32 -> name", "F6", "u32_to_name_f6", "tapi", "strum", Some("table"), Some(1.0)),
    row("u32 -> name", "F32", "u32_to_name_f32", "tapi", "strum", Some("table"), Some(1.0)),
    row("u32 -> name", "F95", "u32_to_name_f95", "tapi", "strum", Some("table"), Some(1.0)),
    row("u32 -> enum", "F6", "u32_to_enum_f6", "tapi", "num_enum", Some("match"), Some(1.0)),
    row("u32 -> enum", "F32", "u32_to_enum_f32", "tapi", "num_enum", Some("match"), Some(1.0)),
    row("u32 -> enum", "F95", "u32_to_enum_f95", "tapi", "num_enum", Some("match"), Some(1.0)),
    row("set parse, 3 terms", "F6", "set_parse_f6", "tapi_full_names", "bitflags", None, Some(0.5)),
    row("set parse, 3 terms", "F6", "set_parse_f6", "tapi_short_names", "bitflags", None, None),
    row("set parse, 4 terms", "F32", "set_parse_f32", "tapi_full_names", "bitflags", None, Some(0.5)),
    row("set parse, 4 terms", "F32", "set_parse_f32", "tapi_short_names", "bitflags", None, None),
    row("set Display, 3 members", "F6", "set_format_f6", "tapi_display", "bitflags", None, Some(0.5)),
    row("set write_to, 3 members", "F6", "set_format_f6", "tapi_write_to", "bitflags", None, None),
    row("set Display, 4 members", "F32", "set_format_f32", "tapi_display", "bitflags", None, Some(0.5)),
    row("set write_to, 4 members", "F32", "set_format_f32", "tapi_write_to", "bitflags", None, None),
    row("set Display {:#}, 4", "F32", "set_format_f32", "tapi_display_short", "bitflags", None, None),
];

/// Rounds per row of the ratio table. Each round times one pass of every
/// contender of the row, the one that goes first rotating from round to
/// round, so that a drift of the machine (frequency, a neighbour's load)
/// weighs on both sides of a ratio alike.
const ROUNDS: usize = 101;
/// Untimed passes before a row's rounds, and before criterion's.
const WARM_UP: Duration = Duration::from_millis(300);

/// A row's paired rounds: per-op times (median over the rounds) and the
/// tapi/anchor ratio (median and quartiles of the rounds' own ratios).
struct Paired {
    tapi_ns: f64,
    anchor_ns: f64,
    floor_ns: Option<f64>,
    ratio: f64,
    ratio_low: f64,
    ratio_high: f64,
}

/// The value at `fraction` of the sorted `values` (nearest rank).
fn quantile(values: &mut [f64], fraction: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * fraction).round() as usize]
}

/// Times the row's contenders in `ROUNDS` rounds of one pass each.
fn paired(group: &mut Group<'_>, row: &Row, warm_up: Duration) -> Option<Paired> {
    let index = |id: &str| group.contenders.iter().position(|c| c.id == id);
    let mut sides = vec![index(row.tapi)?, index(row.anchor)?];
    sides.extend(row.floor.and_then(index));
    // Warm, untimed, for as long as criterion warms a function: caches,
    // branch predictors and the clock settle on this row's code.
    let warm = Instant::now();
    while warm.elapsed() < warm_up {
        for &side in &sides {
            (group.contenders[side].pass)();
        }
    }
    let mut times = vec![Vec::with_capacity(ROUNDS); sides.len()];
    for round in 0..ROUNDS {
        for step in 0..sides.len() {
            let which = (round + step) % sides.len();
            let pass = &mut group.contenders[sides[which]].pass;
            let start = Instant::now();
            pass();
            times[which].push(start.elapsed().as_secs_f64() * 1e9 / PASS_LEN as f64);
        }
    }
    let mut ratios: Vec<f64> = times[0].iter().zip(&times[1]).map(|(t, a)| t / a).collect();
    let mut median = |values: &mut Vec<f64>| quantile(values, 0.5);
    Some(Paired {
        tapi_ns: median(&mut times[0]),
        anchor_ns: median(&mut times[1]),
        floor_ns: times.get_mut(2).map(&mut median),
        ratio: quantile(&mut ratios, 0.5),
        ratio_low: quantile(&mut ratios, 0.25),
        ratio_high: quantile(&mut ratios, 0.75),
    })
}

/// The filter criterion was given (`cargo bench -p tapi-consts-bench -- FILTER`),
/// so that the table measures the rows of the groups criterion ran.
fn filter(args: &[String]) -> Option<regex::Regex> {
    // Criterion's options that take a value (the value is not a filter).
    const WITH_VALUE: &[&str] = &[
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--load-baseline",
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--color",
        "--output-format",
        "--plotting-backend",
        "--format",
        "--profile-time",
    ];
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        if WITH_VALUE.contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with('-') {
            return regex::Regex::new(arg).ok();
        }
    }
    None
}

fn print_table(groups: &mut [Group<'_>], filter: Option<&regex::Regex>) {
    let ns = |value: f64| format!("{value:.2}");
    println!();
    println!("Ratio table: {ROUNDS} rounds of one pass ({PASS_LEN} inputs) per contender,");
    println!("the first of each round rotating; ns/op is the median pass time / {PASS_LEN},");
    println!("tapi/anchor the median of the rounds' ratios, [q1, q3] its quartiles.");
    println!();
    println!(
        "{:<22} {:<4} {:<17} {:>8}  {:<9} {:>8}  {:>11}  {:<13}  {:<6} {:<4}  {:<12} {:>8}",
        "operation",
        "fam",
        "tapi-consts",
        "ns/op",
        "anchor",
        "ns/op",
        "tapi/anchor",
        "[q1, q3]",
        "target",
        "met",
        "floor",
        "ns/op"
    );
    let mut missed = Vec::new();
    let mut first = true;
    for row in ROWS {
        let selected = |id: &str| filter.is_none_or(|f| f.is_match(&format!("{}/{id}", row.group)));
        if !selected(row.tapi) && !selected(row.anchor) {
            continue;
        }
        let Some(group) = groups.iter_mut().find(|g| g.name == row.group) else {
            continue;
        };
        // The first row measured after criterion's analyses ran 50 % slow
        // in two full runs of three with 300 ms of warm-up, and in neither
        // of the two runs since with two seconds.
        let warm_up = if first {
            Duration::from_secs(2)
        } else {
            WARM_UP
        };
        first = false;
        let Some(paired) = paired(group, row, warm_up) else {
            continue;
        };
        // Compared as printed, to two decimals: at the harness's floor
        // (1.6 ns a call) equal code measures 1.00 give or take 0.001.
        let ratio = (paired.ratio * 100.0).round() / 100.0;
        let met = match row.target {
            Some(target) if ratio <= target => "yes",
            Some(_) => {
                missed.push(row);
                "NO"
            }
            None => "",
        };
        println!(
            "{:<22} {:<4} {:<17} {:>8}  {:<9} {:>8}  {:>11}  {:<13}  {:<6} {:<4}  {:<12} {:>8}",
            row.operation,
            row.family,
            row.tapi,
            ns(paired.tapi_ns),
            row.anchor,
            ns(paired.anchor_ns),
            format!("{ratio:.2}"),
            format!("[{:.2}, {:.2}]", paired.ratio_low, paired.ratio_high),
            row.target
                .map_or(String::new(), |target| format!("<={target:.1}")),
            met,
            row.floor.unwrap_or(""),
            paired.floor_ns.map_or(String::new(), ns),
        );
    }
    println!();
    if missed.is_empty() {
        println!("Every target measured is met.");
    } else {
        println!("Targets missed: {}", missed.len());
        for row in missed {
            println!(
                "  {} {} ({} vs {})",
                row.operation, row.family, row.tapi, row.anchor
            );
        }
    }
}

fn main() {
    let inputs = Inputs::new();
    check(&inputs);
    let mut groups = groups(&inputs);

    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(WARM_UP)
        .measurement_time(Duration::from_secs(1))
        .nresamples(10_000)
        .without_plots()
        .configure_from_args();
    benches(&mut c, &mut groups);
    c.final_summary();

    // Only a real measurement prints the table: not `cargo test --benches`
    // (criterion's test mode), `--list` or `--profile-time`.
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|arg| arg == flag);
    if has("--bench")
        && !has("--test")
        && !has("--list")
        && !args.iter().any(|arg| arg.starts_with("--profile-time"))
    {
        print_table(&mut groups, filter(&args).as_ref());
    }
}
