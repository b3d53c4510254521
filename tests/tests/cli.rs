//! The `tapi-consts` command-line tool, run as a real process: every
//! subcommand, the `--json` shapes of CLI.md, exit codes, the language from
//! the environment, standard-input mode and hostile input.
//!
//! Finding the binary: `CARGO_BIN_EXE_*` exists only for a package's own
//! tests, and the tool is the `tapi-consts-cli` package's, so the first test
//! that needs it runs `cargo build -p tapi-consts-cli --bin tapi-consts`
//! (the `cargo` running these tests, same profile, same target directory)
//! and takes the executable's path from cargo's JSON messages. Nothing is
//! rebuilt when `cargo test` already built it. `TAPI_CONSTS_BIN=/path`
//! runs the tests against another build instead.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;
use tapi_consts::families::{LineAgentSessionState, LineCallState, ALL, STANDALONE};
use tapi_consts::{lookup, ConstFamily};

/// The built tool.
fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        if let Some(path) = std::env::var_os("TAPI_CONSTS_BIN") {
            return PathBuf::from(path);
        }
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let workspace = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut command = Command::new(cargo);
        command
            .current_dir(workspace)
            .args(["build", "--quiet", "-p", "tapi-consts-cli"])
            .args(["--bin", "tapi-consts"])
            .arg("--message-format=json-render-diagnostics")
            .stderr(Stdio::inherit());
        if !cfg!(debug_assertions) {
            command.arg("--release");
        }
        let output = command.output().expect("run cargo build for the tool");
        assert!(output.status.success(), "cargo build of the tool failed");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["target"]["name"] == "tapi-consts")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reported no tapi-consts executable")
    })
}

/// What a run printed and how it exited.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.stdout))
    }

    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// Runs the tool with a clean locale (no `LC_*`, `LANG`, `NO_COLOR`,
/// `COLUMNS`), plus `env`, feeding it `stdin`.
fn tool_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::new(binary());
    command.args(args);
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "COLUMNS",
    ] {
        command.env_remove(name);
    }
    // A panic would show a backtrace if one could: there must be none.
    command.env("RUST_BACKTRACE", "1");
    command.envs(env.iter().copied());
    command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("start the tool");
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // The tool may stop reading early; that is its business.
            let _ = pipe.write_all(&bytes);
        })
    });
    let output = child.wait_with_output().expect("wait for the tool");
    if let Some(writer) = writer {
        writer.join().expect("stdin writer");
    }
    let run = Run {
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        code: output
            .status
            .code()
            .expect("exited, not killed by a signal"),
    };
    check_stderr(&run);
    // A pipe gets no colour unless it was asked for.
    let asked = args.windows(2).any(|pair| pair == ["--color", "always"])
        || env.iter().any(|&(name, _)| name == "CLICOLOR_FORCE");
    assert!(asked || !run.stdout.contains('\u{1b}'), "colour in a pipe");
    run
}

fn tool(args: &[&str]) -> Run {
    tool_with(args, &[], None)
}

/// Every line of standard error is one `error: …` or `note: …` line: no
/// panic, no backtrace, no control characters from the input.
fn check_stderr(run: &Run) {
    for line in run.stderr.lines() {
        assert!(
            line.starts_with("error: ") || line.starts_with("note: "),
            "stderr line: {line:?}"
        );
        assert!(!line.contains("panicked"), "{line}");
        assert!(!line.to_lowercase().contains("backtrace"), "{line}");
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
}

/// Exit code `code`, and standard error saying `needle`.
fn assert_refused(run: &Run, code: i32, needle: &str) {
    assert_code(run, code);
    assert!(run.stderr.contains(needle), "{needle:?} in {}", run.stderr);
}

/// Asserts that standard output holds `needle`, showing it whole if not.
fn assert_shows(run: &Run, needle: &str) {
    assert!(run.stdout.contains(needle), "{}", run.stdout);
}

fn assert_code(run: &Run, code: i32) {
    assert_eq!(
        run.code, code,
        "exit code; stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
}

/// The English description of `name` as the tool prints it: plain text.
fn english(name: &str) -> String {
    tapi_consts::plain(lookup(name).unwrap().description("en")).to_string()
}

/// The French one.
fn french(name: &str) -> String {
    tapi_consts::plain(lookup(name).unwrap().description("fr")).to_string()
}

/// The German one.
fn german(name: &str) -> String {
    tapi_consts::plain(lookup(name).unwrap().description("de")).to_string()
}

// decode

#[test]
fn decode_a_flags_value_into_the_set_and_its_members() {
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "0x6"]);
    assert_code(&run, 0);
    assert!(run.stderr.is_empty());
    let lines = run.lines();
    assert_eq!(
        lines[0],
        "0x00000006 = LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL"
    );
    assert_eq!(lines.len(), 3);
    assert!(lines[1].contains("LINEAGENTSESSIONSTATE_READY"));
    assert!(lines[1].contains("0x00000002"));
    assert!(lines[1].ends_with(&english("LINEAGENTSESSIONSTATE_READY")));
    assert!(lines[2].ends_with(&english("LINEAGENTSESSIONSTATE_BUSYONCALL")));
    // Aligned: the value column starts at the same place on both rows.
    assert_eq!(lines[1].find("0x"), lines[2].find("0x"));
}

#[test]
fn decode_accepts_the_family_in_any_spelling() {
    let expected = tool(&["decode", "LINEAGENTSESSIONSTATE_", "6"]).stdout;
    for spelling in [
        "LINEAGENTSESSIONSTATE",
        "lineagentsessionstate",
        "lineagentsessionstate_",
        "LineAgentSessionState",
    ] {
        let run = tool(&["decode", spelling, "0x6"]);
        assert_code(&run, 0);
        assert_eq!(run.stdout, expected, "{spelling}");
    }
}

#[test]
fn decode_shows_unknown_bits_and_exits_with_1() {
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "0x41"]);
    assert_code(&run, 1);
    let lines = run.lines();
    assert_eq!(
        lines[0],
        "0x00000041 = LINEAGENTSESSIONSTATE_NOTREADY | 0x00000040"
    );
    assert!(lines[1].contains("LINEAGENTSESSIONSTATE_NOTREADY"));
    assert!(lines[2].contains("(unknown)") && lines[2].contains("0x00000040"));
    assert_eq!(run.stderr.lines().count(), 1);
}

#[test]
fn decode_enumerations_in_every_number_notation() {
    for value in ["0x80000048", "0X80000048", "2147483720", "-2147483576"] {
        let run = tool(&["decode", "lineerr", value]);
        assert_code(&run, 0);
        assert!(
            run.stdout
                .starts_with("0x80000048 = LINEERR_OPERATIONFAILED\n"),
            "{value}: {}",
            run.stdout
        );
        assert!(run.stdout.contains(&english("LINEERR_OPERATIONFAILED")));
    }
    // A signed family shows the negative reading too.
    let run = tool(&["decode", "TAPIERR", "-1", "0xFFFFFFFE"]);
    assert_code(&run, 0);
    assert!(run
        .stdout
        .starts_with("0xFFFFFFFF (-1) = TAPIERR_DROPPED\n"));
    assert!(run
        .stdout
        .contains("0xFFFFFFFE (-2) = TAPIERR_NOREQUESTRECIPIENT\n"));
}

/// A vendor's part says what the family leaves to vendors: values from one
/// up, or bits.
#[test]
fn decode_says_what_a_family_leaves_to_vendors() {
    let value = tool(&["decode", "LINEERR", "0xC0000001"]);
    assert_eq!(value.code, 0, "{}", value.stderr);
    assert_shows(&value, "0xC0000001  a vendor's value: LINEERR_ leaves 0xC0000000 and up to device-specific extensions\n");
    let bits = tool(&["decode", "LINEBEARERMODE", "0x10001"]);
    assert_eq!(bits.code, 0, "{}", bits.stderr);
    assert_shows(&bits, "0x00010000  a vendor's bits: LINEBEARERMODE_ leaves 0xFFFF0000 to device-specific extensions\n");
}

#[test]
fn decode_an_unknown_enumeration_value_says_so() {
    let run = tool(&["decode", "LINEERR", "0x80000004", "0x80000001"]);
    assert_code(&run, 1);
    assert!(run.stdout.starts_with("0x80000004\n"));
    assert!(run.stdout.contains("(unknown)"));
    assert!(run.stdout.contains("0x80000001 = LINEERR_ALLOCATED"));
    // Message numbers: the other family has it.
    let run = tool(&["decode", "LINE", "14"]);
    assert_code(&run, 1);
    assert_shows(&run, "PHONE_BUTTON");
}

#[test]
fn decode_a_mixed_family_and_names() {
    let run = tool(&["decode", "LINEINITIALIZEEXOPTION", "0x80000002"]);
    assert_code(&run, 0);
    assert!(run.stdout.starts_with(
        "0x80000002 = LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING\n"
    ));
    // A family's own text is a value too.
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "READY | 0x4"]);
    assert_code(&run, 0);
    assert!(run.stdout.starts_with("0x00000006 = "));
    // The empty set.
    let run = tool(&["decode", "LINECALLHUBTRACKING", "0"]);
    assert_code(&run, 0);
    assert!(run
        .stdout
        .starts_with("0x00000000 = LINECALLHUBTRACKING_NONE\n"));
}

#[test]
fn decode_json_shape() {
    let run = tool(&[
        "decode",
        "--json",
        "LINEAGENTSESSIONSTATE",
        "0x6",
        "0x41",
        "zz",
    ]);
    assert_code(&run, 1);
    let json = run.json();
    assert_eq!(json["family"], "LINEAGENTSESSIONSTATE_");
    assert_eq!(json["kind"], "flags");
    assert_eq!(json["repr"], "u32");
    assert_eq!(json["lang"], "en");
    let values = json["values"].as_array().unwrap();
    assert_eq!(values.len(), 3);
    let six = &values[0];
    assert_eq!(six["input"], "0x6");
    assert_eq!(six["value"], 6);
    assert_eq!(six["hex"], "0x00000006");
    assert_eq!(
        six["text"],
        "LINEAGENTSESSIONSTATE_READY | LINEAGENTSESSIONSTATE_BUSYONCALL"
    );
    assert_eq!(six["known"], true);
    assert_eq!(six["unknown_bits"], 0);
    assert!(six.get("line").is_none());
    let members = six["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    assert_eq!(members[0]["name"], "LINEAGENTSESSIONSTATE_READY");
    assert_eq!(members[0]["short_name"], "READY");
    assert_eq!(members[0]["value"], 2);
    assert_eq!(members[0]["hex"], "0x00000002");
    assert_eq!(
        members[0]["description"],
        LineAgentSessionState::Ready.description("en")
    );
    let odd = &values[1];
    assert_eq!(odd["known"], false);
    assert_eq!(odd["unknown_bits"], 0x40);
    assert_eq!(odd["unknown_hex"], "0x00000040");
    let bad = &values[2];
    assert_eq!(bad["input"], "zz");
    assert!(bad["error"].as_str().unwrap().contains("`zz`"));
    assert!(bad.get("value").is_none());
    // The error went to stderr as well, and the summary of unknown bits.
    assert_eq!(run.stderr.lines().count(), 2);
    // The array closes on a line of its own after its last value.
    assert!(run.stdout.ends_with("}\n]}\n"), "{:?}", run.stdout);
}

#[test]
fn decode_reads_100k_lines_from_stdin() {
    // Realistic trace values, a few unknown ones, blank lines and CRLF.
    let values = ["0x1", "2", "0x00000004", " 0x8 ", "0x10\r", "32", "0x6", ""];
    let mut input = String::new();
    let mut count = 0;
    for index in 0..100_000 {
        let value = values[index % values.len()];
        if !value.is_empty() {
            count += 1;
        }
        input.push_str(value);
        input.push('\n');
    }
    let started = Instant::now();
    let run = tool_with(
        &["decode", "--json", "LINEAGENTSESSIONSTATE", "-"],
        &[],
        Some(input.as_bytes()),
    );
    let took = started.elapsed();
    assert_code(&run, 0);
    let json = run.json();
    let decoded = json["values"].as_array().unwrap();
    assert_eq!(decoded.len(), count);
    assert_eq!(decoded[0]["line"], 1);
    assert_eq!(decoded[0]["text"], "LINEAGENTSESSIONSTATE_NOTREADY");
    assert_eq!(decoded[6]["line"], 7);
    assert_eq!(decoded[6]["value"], 6);
    assert!(decoded.iter().all(|value| value["known"] == true));
    assert!(took < Duration::from_secs(20), "took {took:?}");

    let run = tool_with(
        &["decode", "LINEAGENTSESSIONSTATE", "-"],
        &[],
        Some(input.as_bytes()),
    );
    assert_code(&run, 0);
    let headers = run
        .lines()
        .iter()
        .filter(|line| line.starts_with("0x"))
        .count();
    assert_eq!(headers, count);
}

#[test]
fn decode_mixes_arguments_and_stdin() {
    let run = tool_with(
        &["decode", "LINECALLSTATE", "0x1", "-", "0x4"],
        &[],
        Some(b"0x2\n"),
    );
    assert_code(&run, 0);
    let headers: Vec<&str> = run
        .lines()
        .into_iter()
        .filter(|line| line.starts_with("0x"))
        .collect();
    assert_eq!(
        headers,
        [
            "0x00000001 = LINECALLSTATE_IDLE",
            "0x00000002 = LINECALLSTATE_OFFERING",
            "0x00000004 = LINECALLSTATE_ACCEPTED"
        ]
    );
}

/// Bytes from a fixed xorshift sequence: binary garbage, the same every run.
fn garbage(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

#[test]
fn decode_survives_binary_garbage_on_stdin() {
    let mut input = garbage(256 * 1024);
    // A line far over the length limit, NULs, escape sequences, and then a
    // good line that must still be decoded.
    input.extend_from_slice(b"\n");
    input.extend(std::iter::repeat_n(b'7', 100_000));
    input.extend_from_slice(b"\n\0\0\0\n\x1b[2J\x1b]0;pwned\x07\n0x2\n");
    for args in [
        &["decode", "LINECALLSTATE", "-"][..],
        &["decode", "--json", "LINEERR", "-"],
        &["decode", "--json", "LINEINITIALIZEEXOPTION", "-"],
    ] {
        let run = tool_with(args, &[], Some(&input));
        assert_code(&run, 1);
        assert!(!run.stderr.is_empty());
        assert!(run.stderr.contains("longer than"), "{args:?}");
        assert!(run.stderr.contains("not UTF-8"), "{args:?}");
        if args.contains(&"--json") {
            let json = run.json();
            let values = json["values"].as_array().unwrap();
            assert!(values.iter().any(|value| value.get("error").is_some()));
        } else {
            assert!(run.stdout.contains("0x00000002 = LINECALLSTATE_OFFERING"));
        }
    }
}

#[test]
fn decode_rejects_hostile_arguments_one_line_each() {
    let long = "9".repeat(100_000);
    let hex = format!("0x{}", "F".repeat(100));
    let bad = [
        "",
        "   ",
        "0x",
        "+1",
        "1__",
        "12g",
        "-0x1",
        "99999999999999999999999999999999",
        hex.as_str(),
        "-99999999999999999999999999",
        "0x100000000",
        "-2147483649",
        long.as_str(),
        "\u{1b}[31mred",
        "READY\u{7f}\t|",
        "é",
    ];
    // `--`: `-0x1` would otherwise be an unknown option (exit 2).
    let mut args = vec!["decode", "LINEAGENTSESSIONSTATE", "--"];
    args.extend(bad);
    let run = tool(&args);
    assert_code(&run, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), bad.len(), "{}", run.stderr);
    assert!(run.stderr.len() < 100 * bad.len() * 4, "messages are short");
}

// encode

#[test]
fn encode_names_into_a_number() {
    let run = tool(&["encode", "LINEAGENTSESSIONSTATE_READY | BUSYONCALL"]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0x00000006\n");
    assert!(run.stderr.is_empty());
    for (expr, expected) in [
        ("lineagentsessionstate_ready|busyoncall", "0x00000006\n"),
        ("LINEAGENTSESSIONSTATE_READY | 0x40", "0x00000042\n"),
        ("LINEERR_OPERATIONFAILED", "0x80000048\n"),
        ("TAPIERR_DROPPED", "0xFFFFFFFF\n"),
        (
            "LINEINITIALIZEEXOPTION_USEEVENT | CALLHUBTRACKING",
            "0x80000002\n",
        ),
    ] {
        let run = tool(&["encode", expr]);
        assert_code(&run, 0);
        assert_eq!(run.stdout, expected, "{expr}");
    }
}

#[test]
fn encode_with_a_family_takes_short_names_and_numbers() {
    let run = tool(&[
        "encode",
        "--family",
        "lineagentsessionstate",
        "READY | busyoncall",
    ]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0x00000006\n");
    let run = tool(&["encode", "--family", "TAPIERR_", "-1"]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0xFFFFFFFF\n");
    let run = tool(&["encode", "--family", "LINECALLHUBTRACKING", ""]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0x00000000\n");
}

#[test]
fn encode_errors() {
    let typo = tool(&["encode", "LINEAGENTSESSIONSTATE_READY | BUSYONCAL"]);
    assert_code(&typo, 1);
    assert!(typo.stdout.is_empty());
    assert!(
        typo.stderr.contains("did you mean `BUSYONCALL`?"),
        "{}",
        typo.stderr
    );
    let misspelt_family = tool(&["encode", "LINEAGENTSESIONSTATE_READY"]);
    assert_code(&misspelt_family, 1);
    assert!(misspelt_family
        .stderr
        .contains("did you mean `LINEAGENTSESSIONSTATE_READY`?"));
    let short = tool(&["encode", "BUSYONCALL"]);
    assert_code(&short, 1);
    assert!(short.stderr.contains("LINEAGENTSESSIONSTATE_BUSYONCALL"));
    // Nothing to infer the family from: a usage error.
    let numbers = tool(&["encode", "0x6"]);
    assert_code(&numbers, 2);
    let empty = tool(&["encode", ""]);
    assert_code(&empty, 2);
    // One enumeration member at a time.
    let two = tool(&["encode", "LINEERR_ALLOCATED | LINEERR_BADDEVICEID"]);
    assert_code(&two, 1);
    let other = tool(&["encode", "LINEAGENTSESSIONSTATE_READY | PHONESTATE_OWNER"]);
    assert_code(&other, 1);
    let selectors = tool(&[
        "encode",
        "LINEINITIALIZEEXOPTION_USEEVENT | USEHIDDENWINDOW",
    ]);
    assert_code(&selectors, 1);
    let unknown_family = tool(&["encode", "--family", "NOPE", "X"]);
    assert_code(&unknown_family, 2);
    assert!(unknown_family.stdout.is_empty());
}

#[test]
fn encode_json_shape() {
    let run = tool(&["encode", "--json", "LINEAGENTSESSIONSTATE_READY | 0x40"]);
    assert_code(&run, 0);
    let json = run.json();
    assert_eq!(json["input"], "LINEAGENTSESSIONSTATE_READY | 0x40");
    assert_eq!(json["family"], "LINEAGENTSESSIONSTATE_");
    assert_eq!(json["kind"], "flags");
    assert_eq!(json["value"], 0x42);
    assert_eq!(json["hex"], "0x00000042");
    assert_eq!(json["text"], "LINEAGENTSESSIONSTATE_READY | 0x00000040");
    assert_eq!(json["members"][0]["name"], "LINEAGENTSESSIONSTATE_READY");
    assert_eq!(json["unknown_bits"], 0x40);

    let run = tool_with(
        &["encode", "--json", "LINEAGENTSESSIONSTATE_REDY"],
        &[],
        None,
    );
    assert_code(&run, 1);
    let json = run.json();
    assert_eq!(json["family"], "LINEAGENTSESSIONSTATE_");
    assert!(json["error"].as_str().unwrap().contains("REDY"));
    assert_eq!(json["suggestion"], "LINEAGENTSESSIONSTATE_READY");
}

/// `describe` and `encode` refuse an unknown name with the same object
/// (CLI.md), the full name of the constant meant whatever was typed.
#[test]
fn refusals_have_one_json_shape() {
    for args in [
        ["--json", "describe", "LINECALLSTATE_OFERING"],
        ["--json", "encode", "LINECALLSTATE_OFERING"],
    ] {
        let run = tool(&args);
        assert_code(&run, 1);
        let json = run.json();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["error", "family", "input", "suggestion"], "{args:?}");
        assert_eq!(json["input"], "LINECALLSTATE_OFERING");
        assert_eq!(json["family"], "LINECALLSTATE_");
        assert_eq!(json["suggestion"], "LINECALLSTATE_OFFERING", "{args:?}");
    }
    // No known prefix: no family.
    let json = tool(&["--json", "describe", "NOSUCHTHING_AT_ALL"]).json();
    assert_eq!(json["family"], Value::Null);
}

// describe

#[test]
fn describe_a_constant() {
    let run = tool(&["describe", "lineerr_service_not_running"]);
    assert_code(&run, 0);
    let lines = run.lines();
    assert_eq!(lines[0], "LINEERR_SERVICE_NOT_RUNNING");
    assert!(run.stdout.contains("value        0x80000061 (2147483745)"));
    assert!(run.stdout.contains("family       LINEERR_ (enum, u32)"));
    // Its own version: `Tapi.h` guards it with TAPI 2.2 (the family's is 2.0).
    assert!(run.stdout.contains("requires     TAPI 2.2"));
    assert!(run.stdout.contains("header       tapi.h"));
    assert!(run.stdout.contains(&english("LINEERR_SERVICE_NOT_RUNNING")));
    let signed = tool_with(&["describe", "TAPIERR_DROPPED"], &[], None);
    assert!(signed.stdout.contains("0xFFFFFFFF (-1)"));
}

#[test]
fn describe_json_shapes() {
    let run = tool(&["describe", "--json", "LINECALLSTATE_IDLE"]);
    assert_code(&run, 0);
    let json = run.json();
    check_constant(&json, "en");
    assert_eq!(json["name"], "LINECALLSTATE_IDLE");
    assert_eq!(json["since"], "2.0");
    assert_eq!(json["header"], "tapi.h");

    let run = tool_with(&["describe", "--json", "linecallstate_"], &[], None);
    assert_code(&run, 0);
    let json = run.json();
    assert_eq!(json["prefix"], "LINECALLSTATE_");
    assert_eq!(json["type_name"], "LineCallState");
    assert_eq!(json["kind"], "flags");
    assert_eq!(json["count"], LineCallState::INFO.len());
    assert_eq!(json["docs"]["en"], LineCallState::INFO.description("en"));
    let constants = json["constants"].as_array().unwrap();
    assert_eq!(constants.len(), LineCallState::INFO.len());
    constants
        .iter()
        .for_each(|constant| check_constant(constant, "en"));
}

#[test]
fn describe_unknown_names_with_suggestions() {
    let run = tool(&["describe", "LINECALLSTATE_IDEL"]);
    assert_code(&run, 1);
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1);
    assert!(run.stderr.contains("did you mean `LINECALLSTATE_IDLE`?"));
    let run_json = tool_with(&["describe", "--json", "LINECALLSTATE_IDEL"], &[], None);
    assert_code(&run_json, 1);
    assert_eq!(run_json.json()["suggestion"], "LINECALLSTATE_IDLE");
    for hostile in ["", "\u{1b}c", "0x7FFFFFF0", &"A".repeat(10_000)] {
        let run = tool(&["describe", hostile]);
        assert_code(&run, 1);
    }
}

// list

/// The constant object of CLI.md, checked against the library.
fn check_constant(json: &Value, lang: &str) {
    let name = json["name"].as_str().unwrap();
    let entry = lookup(name).unwrap_or_else(|| panic!("{name}"));
    if entry.family().kind() == tapi_consts::Kind::Standalone {
        assert_eq!(json["family"], Value::Null, "{name}");
        assert_eq!(json["kind"], "standalone");
    } else {
        assert_eq!(json["family"], entry.family().prefix());
        assert!(["enum", "flags", "mixed"].contains(&json["kind"].as_str().unwrap()));
    }
    assert_eq!(json["short_name"], entry.short_name());
    // The bit pattern, unsigned (CLI.md): `TAPIERR_DROPPED` is 4294967295.
    assert_eq!(json["value"].as_u64(), Some(entry.bits()));
    assert_eq!(
        json["hex"].as_str().unwrap(),
        format!("0x{:08X}", entry.bits())
    );
    assert!(json["repr"].is_string());
    assert!(json["since"].is_string() || json["since"].is_null());
    assert!(json["aliases"].is_array());
    assert_eq!(json["description"], entry.description(lang));
    let docs = json["docs"].as_object().unwrap();
    for (tag, text) in entry.docs().iter() {
        assert_eq!(docs[tag], text, "{name} {tag}");
    }
    assert!(docs.contains_key("en") && docs.contains_key("fr"));
}

#[test]
fn list_json_is_every_constant() {
    let run = tool(&["list", "--json"]);
    assert_code(&run, 0);
    let json = run.json();
    let constants = json.as_array().unwrap();
    // Every family's constants, the seven of no family and the TAPI 3
    // dispatch masks.
    let expected: usize = ALL.iter().map(|family| family.len()).sum();
    let standalone = STANDALONE.len() + tapi_consts::families::DISPATCH_MASKS.len();
    assert_eq!(constants.len(), expected + standalone);
    constants
        .iter()
        .for_each(|constant| check_constant(constant, "en"));
    let dropped = constants
        .iter()
        .find(|constant| constant["name"] == "TAPIERR_DROPPED")
        .unwrap();
    assert_eq!(dropped["value"], 0xFFFF_FFFFu32);
    assert_eq!(dropped["family"], "TAPIERR_");
    assert_eq!(dropped["kind"], "enum");
}

#[test]
fn list_families_and_members() {
    let run = tool(&["list"]);
    assert_code(&run, 0);
    let lines = run.lines();
    // A heading, each family, a blank line, then the constants of no family
    // (a title, their description, a blank line, one row each).
    assert_eq!(
        lines.len(),
        ALL.len() + 1 + 4 + STANDALONE.len(),
        "{}",
        run.stdout
    );
    assert_eq!(
        lines[ALL.len() + 2],
        "(no family)  standalone, 7 constants, tapi.h"
    );
    assert!(lines[0].starts_with("FAMILY"));
    for family in ALL {
        assert!(
            lines.iter().any(|line| line.starts_with(family.prefix())),
            "{}",
            family.prefix()
        );
    }
    let run = tool_with(&["list", "lineagentsessionstate"], &[], None);
    assert_code(&run, 0);
    let rows: Vec<&str> = run
        .lines()
        .into_iter()
        .filter(|line| line.starts_with("  LINEAGENTSESSIONSTATE_"))
        .collect();
    assert_eq!(rows.len(), LineAgentSessionState::ALL.len());
    let column = rows[0].find("0x").unwrap();
    assert!(rows.iter().all(|row| row.find("0x") == Some(column)));

    let run = tool_with(&["list", "--json", "LINECALLSTATE_"], &[], None);
    assert_code(&run, 0);
    let json = run.json();
    assert_eq!(json.as_array().unwrap().len(), LineCallState::ALL.len());
}

#[test]
fn list_an_unknown_family_is_a_usage_error_with_a_suggestion() {
    let run = tool(&["list", "LINEAGENTSESIONSTATE"]);
    assert_code(&run, 2);
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1);
    assert!(run
        .stderr
        .contains("did you mean `LINEAGENTSESSIONSTATE_`?"));
    let run_json = tool_with(&["list", "--json", "nope"], &[], None);
    assert_code(&run_json, 2);
    assert!(run_json.stdout.is_empty());
    for family in ["", "_", "LINECALLSTATE__", "\u{7}"] {
        assert_code(&tool(&["list", family]), 2);
        assert_code(&tool(&["decode", family, "1"]), 2);
    }
}

// find

#[test]
fn find_in_names_and_descriptions_ignoring_case() {
    let run = tool(&["find", "WRAPUP"]);
    assert_code(&run, 0);
    assert!(run.stdout.contains("LINEAGENTSESSIONSTATE_BUSYWRAPUP"));
    let lower = tool_with(&["find", "wrapup"], &[], None);
    assert_eq!(lower.stdout, run.stdout);
    let json = tool_with(&["find", "--json", "hang"], &[], None);
    assert_code(&json, 0);
    let found = json.json();
    let found = found.as_array().unwrap();
    assert!(!found.is_empty());
    for constant in found {
        check_constant(constant, "en");
        let haystack = format!("{} {}", constant["name"], constant["description"]).to_lowercase();
        assert!(haystack.contains("hang"), "{haystack}");
    }
}

#[test]
fn find_searches_descriptions_in_the_chosen_language() {
    let run = tool(&["--lang", "fr", "find", "RACCROCH"]);
    assert_code(&run, 0);
    assert!(run.stdout.contains("TAPIERR_DROPPED"));
    assert!(run.stdout.contains(&french("TAPIERR_DROPPED")));
    let english_only = tool_with(&["find", "raccroch"], &[], None);
    assert_code(&english_only, 1);
    assert!(english_only.stdout.is_empty());
    let json = tool_with(&["find", "--json", "raccroch"], &[], None);
    assert_code(&json, 1);
    assert_eq!(json.json(), Value::Array(Vec::new()));
    assert_code(&tool_with(&["find", ""], &[], None), 2);
    assert_code(&tool_with(&["find", "  "], &[], None), 2);
}

/// `help SUBCOMMAND` is help, as in clap-based tools; with no argument the
/// error names the subcommands and agrees with the usage line.
#[test]
fn help_subcommand_and_no_arguments() {
    let run = tool_with(&["help", "decode"], &[], None);
    assert_code(&run, 0);
    assert_shows(
        &run,
        "Usage: tapi-consts decode [OPTIONS] <FAMILY> <VALUE>...",
    );
    let run = tool_with(&["help"], &[], None);
    assert_code(&run, 0);
    assert_shows(&run, "Usage: tapi-consts [OPTIONS] <COMMAND>");
    let run = tool_with(&[], &[], None);
    assert_code(&run, 2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "a subcommand is required: decode, encode, describe, list, find, message, \
             field, annotate or completions"
        ),
        "{}",
        run.stderr
    );
    let help = tool_with(&["--help"], &[], None);
    assert_shows(&help, "Usage: tapi-consts [OPTIONS] <COMMAND>");
}

/// `completions SHELL` prints a script for each shell clap_complete knows;
/// bash's, sourced, completes subcommands and options.
#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "_tapi__consts"),
        ("zsh", "#compdef tapi-consts"),
        ("fish", "complete -c tapi-consts"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[tapi-consts]"),
    ] {
        let run = tool(&["completions", shell]);
        assert_code(&run, 0);
        assert_shows(&run, marker);
        for subcommand in ["decode", "annotate", "completions"] {
            assert_shows(&run, subcommand);
        }
    }
    let run = tool(&["completions", "tcsh"]);
    assert_code(&run, 2);
    assert!(run.stderr.contains("'powershell'"), "{}", run.stderr);
    // Bash itself, where there is one: `de<TAB>` and `--co<TAB>`.
    let script = tool(&["completions", "bash"]).stdout;
    let dir = std::env::temp_dir().join(format!("tapi-consts-completion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tapi-consts.bash");
    std::fs::write(&file, script).unwrap();
    let complete = |words: &str| {
        let program = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _tapi__consts tapi-consts \"${{COMP_WORDS[-1]}}\" x; echo \"${{COMPREPLY[*]}}\"",
            file.display()
        );
        Command::new("bash").args(["-c", &program]).output().ok()
    };
    if let Some(output) = complete("tapi-consts de") {
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "decode describe"
        );
        let output = complete("tapi-consts --co").unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "--color");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--json` gives both readings of a value, and serde reads either back.
#[test]
fn json_values_have_both_readings_and_read_back() {
    use tapi_consts::families::{LineErr, TapiErr};
    let run = tool_with(&["describe", "--json", "TAPIERR_DROPPED"], &[], None);
    assert_code(&run, 0);
    let json = run.json();
    assert_eq!(json["value"], 4_294_967_295_u64);
    assert_eq!(json["signed"], -1);
    for reading in [&json["value"], &json["signed"]] {
        let back: TapiErr = serde_json::from_value(reading.clone()).expect("reads back");
        assert_eq!(back, TapiErr::Dropped);
    }
    let run = tool_with(&["decode", "--json", "LINEERR", "0x80000001"], &[], None);
    let value = &run.json()["values"][0];
    assert_eq!(value["signed"], -2_147_483_647);
    for reading in [&value["value"], &value["signed"]] {
        let back: LineErr = serde_json::from_value(reading.clone()).expect("reads back");
        assert_eq!(back, LineErr::Allocated);
    }
}

/// A description's Markdown is shown as text: `hCall` without backticks.
#[test]
fn descriptions_are_shown_as_plain_text() {
    let markdown = lookup("LINEERR_INVALCALLHANDLE").unwrap().description("en");
    assert!(markdown.contains("`hCall`"), "{markdown}");
    for args in [
        &["describe", "LINEERR_INVALCALLHANDLE"][..],
        &["decode", "LINEERR", "0x80000018"][..],
        &["list", "LINEERR"][..],
        &["find", "hCall given"][..],
    ] {
        let run = tool_with(args, &[], None);
        assert_code(&run, 0);
        assert_shows(&run, "The hCall given");
        assert!(!run.stdout.contains("`hCall`"), "{args:?}: {}", run.stdout);
    }
}

// languages

/// `describe`'s labels are in the language of the descriptions, aligned
/// to that language's widest label; `--json` keys are not.
#[test]
fn describe_speaks_the_language_it_describes_in() {
    for (lang, value, description) in [
        ("en", "  value        0x00000001", "  description  "),
        ("fr", "  valeur       0x00000001", "  description  "),
        ("de", "  Wert          0x00000001", "  Beschreibung  "),
    ] {
        let run = tool(&["--lang", lang, "describe", "LINECALLSTATE_IDLE"]);
        assert_code(&run, 0);
        assert_shows(&run, value);
        assert_shows(&run, description);
    }
    let family = tool(&["--lang", "de", "describe", "LINECALLSTATE"]);
    assert_shows(&family, "(`tapi-consts list LINECALLSTATE` listet sie auf)");
    let json = tool(&["--lang", "de", "describe", "--json", "LINECALLSTATE_IDLE"]).json();
    assert_eq!(json["value"], 1);
}

/// `decode`'s rows for what no constant names speak the language too.
#[test]
fn decode_speaks_the_language_it_describes_in() {
    for (lang, unknown, what) in [
        ("en", "(unknown)", "no LINE_ constant has this value (it is PHONE_REPLY, a PHONE_ message)"),
        ("fr", "(inconnu)", "aucune constante LINE_ n’a cette valeur (c’est PHONE_REPLY, un message PHONE_)"),
        ("de", "(unbekannt)", "keine Konstante von LINE_ hat diesen Wert (das ist PHONE_REPLY, eine Nachricht von PHONE_)"),
    ] {
        let run = tool(&["--lang", lang, "decode", "LINE", "17"]);
        assert_code(&run, 1);
        assert_shows(&run, unknown);
        assert_shows(&run, what);
    }
    let none = tool(&["--lang", "de", "decode", "LINECALLSTATE", "0"]);
    assert_shows(&none, "(kein Bit gesetzt)");
    // `list`: headings, counts and the constants of no family.
    let list = tool(&["--lang", "de", "list"]);
    assert!(list.stdout.starts_with("FAMILIE "), "{}", list.stdout);
    assert_shows(&list, " ART    KONSTANTEN  SEIT  BESCHREIBUNG\n");
    assert_shows(&list, "(keine Familie)  standalone, 7 Konstanten, tapi.h");
    let one = tool(&["--lang", "fr", "list", "LINECALLSTATE"]);
    assert_shows(&one, "16 constantes");
    // `message`'s readings; its JSON stays English, for scripts.
    let reply = tool(&["--lang", "fr", "message", "LINE_REPLY", "12", "0"]);
    assert_shows(&reply, "0 : succès");
    let json = tool(&["--lang", "fr", "message", "--json", "LINE_REPLY", "12", "0"]).json();
    assert_eq!(json["params"][1]["text"], "0: success", "{json}");
    // `find`'s errors, after the `error: ` every line starts with.
    let nothing = tool(&["--lang", "de", "find", "zzzqqq"]);
    assert_code(&nothing, 1);
    assert_eq!(
        nothing.stderr,
        "error: kein Name und keine Beschreibung einer Konstante enthält `zzzqqq`\n"
    );
    let empty = tool(&["--lang", "fr", "find", " "]);
    assert_code(&empty, 2);
    assert!(empty.stderr.contains("TEXT vide"), "{}", empty.stderr);
}

/// A language with no descriptions: English is shown, and standard error
/// says so once; a language that has them, or English, says nothing.
#[test]
fn the_language_shown_is_said_when_it_is_not_the_one_asked_for() {
    let note = "note: there are no descriptions in `es`; they are shown in English\n";
    for (args, env) in [
        (
            &["--lang", "es", "describe", "LINECALLSTATE_IDLE"][..],
            &[][..],
        ),
        (&["list", "LINECALLSTATE"][..], &[("LANG", "es.UTF-8")][..]),
        (&["--json", "--lang", "es", "list"][..], &[][..]),
    ] {
        let run = tool_with(args, env, None);
        assert_code(&run, 0);
        assert_eq!(run.stderr, note, "{args:?}");
    }
    let shown = tool_with(
        &["--lang", "es", "describe", "LINECALLSTATE_IDLE"],
        &[],
        None,
    );
    assert_shows(&shown, &english("LINECALLSTATE_IDLE"));
    for lang in ["en", "fr", "de-AT", "C"] {
        let run = tool_with(
            &["--lang", lang, "describe", "LINECALLSTATE_IDLE"],
            &[],
            None,
        );
        assert!(run.stderr.is_empty(), "{lang}: {}", run.stderr);
    }
}

#[test]
fn language_from_the_environment() {
    let args = ["describe", "LINECALLSTATE_IDLE"];
    let fr = &french("LINECALLSTATE_IDLE");
    let en = &english("LINECALLSTATE_IDLE");
    let de = &german("LINECALLSTATE_IDLE");
    assert_ne!(de, en);
    for (env, expected) in [
        (&[][..], en),
        (&[("LANG", "fr_FR.UTF-8")][..], fr),
        (&[("LANG", "fr_CA")][..], fr),
        (&[("LANG", "de_DE.UTF-8")][..], de),
        (&[("LANG", "de_AT")][..], de),
        // A language with no descriptions: English.
        (&[("LANG", "es_ES.UTF-8")][..], en),
        (&[("LANG", "C")][..], en),
        (&[("LANG", "garbage!!")][..], en),
        (
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")][..],
            fr,
        ),
        (
            &[("LC_MESSAGES", "fr_FR.UTF-8"), ("LC_ALL", "en_GB.UTF-8")][..],
            en,
        ),
        (
            &[("LANG", "en_US.UTF-8"), ("LC_ALL", "fr_BE.UTF-8")][..],
            fr,
        ),
        // An empty variable does not count; the next one decides.
        (&[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")][..], fr),
        // POSIX: LC_ALL=C wins over LANG.
        (&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")][..], en),
    ] {
        let run = tool_with(&args, env, None);
        assert_code(&run, 0);
        assert!(run.stdout.contains(expected), "{env:?}: {}", run.stdout);
    }
    // --lang wins over the environment; `C` and `POSIX` mean English there
    // as in `LANG`.
    for lang in ["en", "C", "POSIX", "C.UTF-8", "posix"] {
        let run = tool_with(
            &["--lang", lang, "describe", "LINECALLSTATE_IDLE"],
            &[("LC_ALL", "fr_FR.UTF-8")],
            None,
        );
        assert_code(&run, 0);
        assert!(run.stdout.contains(en), "--lang {lang}: {}", run.stdout);
    }
    let run = tool_with(
        &[
            "describe",
            "--lang",
            "fr-CA",
            "--json",
            "LINECALLSTATE_IDLE",
        ],
        &[],
        None,
    );
    // JSON keeps the description's Markdown; text shows it plain.
    let fr_markdown = lookup("LINECALLSTATE_IDLE").unwrap().description("fr");
    assert!(fr_markdown.contains('`') || fr_markdown == fr);
    assert_eq!(run.json()["description"], fr_markdown);
    let run = tool_with(
        &["decode", "--json", "LINECALLSTATE", "1"],
        &[("LANG", "fr_FR.UTF-8")],
        None,
    );
    let json = run.json();
    assert_eq!(json["lang"], "fr");
    assert_eq!(json["values"][0]["members"][0]["description"], fr_markdown);
    for bad in ["", "!!", "fr FR", "x", "\u{1b}"] {
        let run = tool_with(&["--lang", bad, "list"], &[], None);
        assert_code(&run, 2);
        assert!(run.stdout.is_empty());
    }
}

// usage, output

#[test]
fn usage_errors_exit_with_2_on_one_line() {
    for args in [
        &[][..],
        &["decod", "LINECALLSTATE", "1"],
        &["decode"],
        &["decode", "LINECALLSTATE"],
        &["encode"],
        &["describe"],
        &["find"],
        &["list", "a", "b"],
        &["--bogus", "list"],
        &["list", "--lang"],
        &["--json"],
    ] {
        let run = tool(args);
        assert_code(&run, 2);
        assert!(run.stdout.is_empty(), "{args:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
    }
    // The tool's own words for clap's errors, from their kind and context.
    for (args, line) in [
        (
            &["decod", "LINECALLSTATE", "1"][..],
            "unknown subcommand 'decod'; did you mean 'decode' or 'encode'?",
        ),
        (
            &["decode"],
            "missing required arguments '<FAMILY>' and '<VALUE>...'",
        ),
        (&["list", "a", "b"], "unexpected argument 'b'"),
        (&["--bogus", "list"], "unexpected argument '--bogus'"),
        (
            &["list", "--lnag", "fr"],
            "unexpected argument '--lnag'; did you mean '--lang'?",
        ),
        (&["list", "--lang"], "'--lang <TAG>' needs a value"),
    ] {
        assert_eq!(
            tool(args).stderr,
            format!("error: {line} (`tapi-consts --help` explains the usage)\n"),
            "{args:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(binary())
        .arg("describe")
        .arg(std::ffi::OsStr::from_bytes(b"LINE\xFF\xFE"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        "error: an argument is not valid UTF-8 (`tapi-consts --help` explains the usage)\n"
    );
}

#[test]
fn help_and_version() {
    let run = tool(&["--help"]);
    assert_code(&run, 0);
    for subcommand in [
        "decode", "encode", "describe", "list", "find", "--lang", "--json",
    ] {
        assert!(run.stdout.contains(subcommand), "{subcommand}");
    }
    let run = tool_with(&["decode", "--help"], &[], None);
    assert_code(&run, 0);
    assert!(run.stdout.contains("stdin") || run.stdout.contains("standard input"));
    let run = tool_with(&["--version"], &[], None);
    assert_code(&run, 0);
    assert!(run.stdout.starts_with("tapi-consts "));
}

#[test]
fn every_subcommand_has_json() {
    for args in [
        &["decode", "--json", "LINECALLSTATE", "4"][..],
        &["encode", "--json", "LINECALLSTATE_IDLE"],
        &["describe", "--json", "LINECALLSTATE_IDLE"],
        &["list", "--json"],
        &["list", "--json", "LINECALLSTATE"],
        &["find", "--json", "idle"],
        &["--json", "find", "idle"],
    ] {
        let run = tool(args);
        assert_code(&run, 0);
        run.json();
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(binary())
        .args(["list", "--json"])
        .env("RUST_BACKTRACE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut start = [0u8; 16];
    stdout.read_exact(&mut start).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Colour only on a terminal, and not with `NO_COLOR`: run under
/// `script`, which gives the tool a pseudo-terminal, where it exists.
#[cfg(target_os = "linux")]
#[test]
fn colour_only_on_a_terminal_without_no_color() {
    let Ok(probe) = Command::new("script").arg("--version").output() else {
        eprintln!("no `script`: skipped");
        return;
    };
    if !probe.status.success() {
        return;
    }
    let command = format!("{} decode LINECALLSTATE 0x5", binary().display());
    let on_terminal = |no_color: bool| {
        let mut script = Command::new("script");
        script
            .args(["-qec", &command, "/dev/null"])
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CI")
            .env("TERM", "xterm")
            .env("COLUMNS", "100")
            .stdin(Stdio::null());
        if no_color {
            script.env("NO_COLOR", "1");
        }
        let output = script.output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let coloured = on_terminal(false);
    assert!(coloured.contains("LINECALLSTATE_IDLE"), "{coloured}");
    assert!(coloured.contains("\u{1b}["), "{coloured:?}");
    let plain = on_terminal(true);
    assert!(plain.contains("LINECALLSTATE_IDLE"), "{plain}");
    assert!(!plain.contains("\u{1b}["), "{plain:?}");
}

// describe: the version a constant requires

/// `describe` shows the constant's own version, else its family's, else
/// none, in text and JSON.
#[test]
fn describe_shows_a_constants_own_version_else_its_familys() {
    for (name, since) in [
        // Came with TAPI 2.1; its family requires 2.0.
        ("LINEMEDIAMODE_VIDEO", Some("2.1")),
        // No version of its own in `Tapi.h`: the family's 2.0.
        ("LINEMEDIAMODE_INTERACTIVEVOICE", Some("2.0")),
        // A family with no requirement, no version of its own: none.
        ("LINE_CLOSE", None),
    ] {
        let text = tool(&["describe", name]);
        assert_code(&text, 0);
        let json = tool(&["describe", "--json", name]);
        assert_code(&json, 0);
        let requires: Vec<&str> = text
            .lines()
            .into_iter()
            .filter(|line| line.contains("requires"))
            .collect();
        match since {
            Some(version) => {
                assert_eq!(requires, [format!("  requires     TAPI {version}")]);
                assert_eq!(json.json()["since"], version);
            }
            None => {
                assert!(requires.is_empty(), "{}", text.stdout);
                assert!(json.json()["since"].is_null(), "{}", json.stdout);
            }
        }
    }
}

// numbers as real sources print them (FORMAT.md, "Numbers")

/// LINEERR_RESOURCEUNAVAIL (0x8000004B) as C, .NET, tapisrv.LOG, Pascal,
/// Visual Basic and Rust write it: every form decodes to the constant.
#[test]
fn decode_reads_every_notation_real_sources_print() {
    let forms = [
        "0x8000004B",
        "0X8000004B",
        "2147483723",
        "-2147483573",
        "0xFFFFFFFF8000004B",
        "x8000004b",
        "0x8000004BL",
        "2147483723UL",
        "2147483723lu",
        "$8000004B",
        "&H8000004B",
        "&H8000004B&",
        "0x8000_004B",
        "2147483723u32",
    ];
    let mut args = vec!["decode", "LINEERR", "--"];
    args.extend(forms);
    let run = tool(&args);
    assert_code(&run, 0);
    let headers: Vec<&str> = run
        .lines()
        .into_iter()
        .filter(|line| line.starts_with("0x"))
        .collect();
    assert_eq!(headers.len(), forms.len(), "{}", run.stdout);
    for header in headers {
        assert_eq!(header, "0x8000004B = LINEERR_RESOURCEUNAVAIL");
    }
    // tapisrv.LOG's `x040` and `P1=x2`.
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "x2", "x040"]);
    assert_code(&run, 1);
    assert!(run
        .stdout
        .starts_with("0x00000002 = LINEAGENTSESSIONSTATE_READY\n"));
    assert_shows(&run, "0x00000040\n");
}

/// Hex without a prefix is refused (a usage error) unless `--hex` says so;
/// the message says how to write it.
#[test]
fn hex_without_a_prefix_needs_hex_or_0x() {
    for value in ["00000100", "fffffff0", "1f4", "0100"] {
        let run = tool(&["decode", "LINECALLSTATE", value]);
        assert_code(&run, 2);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        check_stderr(&run);
        assert!(
            run.stderr.contains(&format!("`0x{value}`")) && run.stderr.contains("--hex"),
            "{}",
            run.stderr
        );
        let run = tool(&["encode", "--family", "LINECALLSTATE", value]);
        assert_code(&run, 2);
        assert!(run.stderr.contains("--hex"), "{}", run.stderr);
    }
    // Wine's `%08lx` and tapisrv's `msg=1f4`, with --hex (anywhere).
    let run = tool(&["decode", "--hex", "LINECALLSTATE", "00000100"]);
    assert_code(&run, 0);
    assert!(run
        .stdout
        .starts_with("0x00000100 = LINECALLSTATE_CONNECTED\n"));
    let run = tool(&["--hex", "decode", "LINE", "1f4"]);
    assert_eq!(run.lines()[0], "0x000001F4");
    let run = tool(&["encode", "--hex", "--family", "LINECALLSTATE", "100 | 1"]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0x00000101\n");
    // Plain decimal stays decimal, with or without leading zeros refused.
    let run = tool(&["decode", "LINECALLSTATE", "256"]);
    assert!(run
        .stdout
        .starts_with("0x00000100 = LINECALLSTATE_CONNECTED\n"));
    // Letters only: a name that does not exist, with advice for hex.
    assert_refused(
        &tool(&["decode", "LINECALLSTATE", "ffffffff"]),
        1,
        "`0xffffffff`",
    );
    // Standard input: the line is reported, the others decoded, exit 2.
    let run = tool_with(
        &["decode", "LINECALLSTATE", "-"],
        &[],
        Some(b"0x1\n00000100\n0x4\n"),
    );
    assert_code(&run, 2);
    assert!(
        run.stderr.starts_with("error: line 2: ambiguous number"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stdout.lines().filter(|l| l.starts_with("0x")).count(),
        2
    );
}

/// A number reads the same alone and as a term of a set; `decode` and
/// `encode` agree; error positions are the input's own.
#[test]
fn decode_and_encode_read_one_grammar() {
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "--", "-2147483646"]);
    assert!(run.stdout.starts_with("0x80000002 ="), "{}", run.stdout);
    let run = tool(&[
        "decode",
        "LINEAGENTSESSIONSTATE",
        "--",
        "-2147483646 | READY",
    ]);
    assert!(run.stdout.starts_with("0x80000002 ="), "{}", run.stdout);
    let decode = tool(&["decode", "LINEAGENTSESSIONSTATE", "--", "-1 | READY"]);
    assert!(
        decode.stdout.starts_with("0xFFFFFFFF ="),
        "{}",
        decode.stdout
    );
    let encode = tool(&[
        "encode",
        "--family",
        "LINEAGENTSESSIONSTATE",
        "--",
        "-1 | READY",
    ]);
    assert_eq!(encode.stdout, "0xFFFFFFFF\n");
    // The empty term is at byte 20 of what the user typed.
    let text = "READY | BUSYONCALL || ENDED";
    let expected = text
        .parse::<tapi_consts::families::LineAgentSessionStateSet>()
        .unwrap_err();
    assert_eq!(expected.span(), 20..20);
    let run = tool(&["encode", "--family", "LINEAGENTSESSIONSTATE", text]);
    assert_code(&run, 1);
    assert_eq!(run.stderr, format!("error: {expected}\n"));
    let run = tool(&[
        "encode",
        "--family",
        "lineagentsessionstate",
        "ready | BUSYONCAL",
    ]);
    assert!(run.stderr.contains("`BUSYONCAL`"), "{}", run.stderr);
}

mod same_grammar {
    //! The tool and the library read every text alike: the same value, or
    //! the library's own error message.

    use proptest::collection::vec;
    use proptest::prelude::*;
    use tapi_consts::{ConstFamily, FamilyInfo, ParseOptions};

    use super::tool;

    /// One term: names in several spellings, numbers in every notation,
    /// and junk made of the characters numbers are written with.
    fn term() -> impl Strategy<Value = String> {
        let names = prop_oneof![
            Just("READY".to_owned()),
            Just("ready".to_owned()),
            Just("LINEAGENTSESSIONSTATE_BUSYONCALL".to_owned()),
            Just("LINEERR_INUSE".to_owned()),
            Just("ADD".to_owned()),
        ];
        let numbers = (any::<u64>(), 0..12u8, any::<bool>()).prop_map(|(value, form, small)| {
            let value = if small { value % 0x100 } else { value };
            let low = value as u32;
            match form {
                0 => format!("0x{value:X}"),
                1 => format!("{value}"),
                2 => format!("-{}", value % 0x1_0000_0000),
                3 => format!("0xFFFFFFFF{low:08X}"),
                4 => format!("x{value:x}"),
                5 => format!("${low:X}"),
                6 => format!("&H{low:X}&"),
                7 => format!("{low}UL"),
                8 => format!("0x{low:X}L"),
                9 => format!("{low:08x}"),
                10 => format!("{low:x}"),
                _ => format!("0x{:X}_{:04X}", low >> 16, low & 0xFFFF),
            }
        });
        let junk = "[0-9a-fA-FxXhH$&_LUlui+ -]{1,10}";
        prop_oneof![names, numbers, junk]
    }

    fn text() -> impl Strategy<Value = String> {
        vec(term(), 1..4)
            .prop_map(|terms| terms.join(" | "))
            .prop_filter(
                "blank arguments are refused, `-` is standard input",
                |text| !text.trim().is_empty() && text != "-",
            )
    }

    /// Runs `decode` over all `texts` at once and compares each item.
    fn compare(family: &'static FamilyInfo, texts: &[String], hex: bool) {
        let prefix = family.prefix();
        let mut args = vec!["--json"];
        if hex {
            args.push("--hex");
        }
        args.extend(["decode", prefix, "--"]);
        args.extend(texts.iter().map(String::as_str));
        let run = tool(&args);
        let json = run.json();
        let items = json["values"].as_array().expect("values");
        assert_eq!(items.len(), texts.len());
        let options = ParseOptions::new().unprefixed_hex(hex);
        for (text, item) in texts.iter().zip(items) {
            assert_eq!(item["input"], text.as_str());
            let library = match family.kind() {
                tapi_consts::Kind::Enum => family.parse_value(text, options),
                _ => family.parse_bits_with(text, options),
            };
            match library {
                Ok(bits) => assert_eq!(item["value"], bits, "{text:?}: {item}"),
                Err(error) => {
                    let message = item["error"].as_str().unwrap_or_else(|| {
                        panic!("{text:?}: the tool read {item}, the library said {error}")
                    });
                    let enum_with_bar =
                        family.kind() == tapi_consts::Kind::Enum && text.contains('|');
                    assert!(
                        enum_with_bar || message.starts_with(&error.to_string()),
                        "{text:?}: tool {message:?}, library {error}"
                    );
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        #[test]
        fn tool_and_library_read_text_alike(texts in vec(text(), 1..150), hex in any::<bool>()) {
            use tapi_consts::families::{LineAgentSessionState, LineErr, TapiErr};
            compare(LineAgentSessionState::INFO, &texts, hex);
            compare(LineErr::INFO, &texts, hex);
            compare(TapiErr::INFO, &texts, hex);
        }
    }
}

#[test]
fn encode_refuses_a_number_no_member_of_an_enumeration_has() {
    let run = tool(&["encode", "--family", "LINEERR", "0x80000004"]);
    assert_code(&run, 1);
    assert_eq!(
        run.stderr,
        "error: `0x80000004` is not the value of any LINEERR_ constant\n"
    );
    let run = tool(&["encode", "--family", "LINEERR", "x8000000f"]);
    assert_code(&run, 0);
    assert_eq!(run.stdout, "0x8000000F\n");
}

// constants of no family, Rust paths, .NET names

#[test]
fn every_constant_of_no_family_is_found_by_every_subcommand() {
    // The library's seven (tests/registry.rs checks them against windows-sys).
    let names: Vec<&str> = STANDALONE.entries().map(|entry| entry.name()).collect();
    assert_eq!(names.len(), 7);
    let list = tool(&["list"]);
    assert_code(&list, 0);
    let listed = tool(&["--json", "list"]).json();
    for name in names {
        for (lang, no_family) in [
            ("en", "family       none"),
            ("fr", "famille      aucune"),
            ("de", "Familie       keine"),
        ] {
            let run = tool(&["--lang", lang, "describe", &name.to_ascii_lowercase()]);
            assert_code(&run, 0);
            assert!(
                run.stdout.starts_with(&format!("{name}\n")),
                "{}",
                run.stdout
            );
            assert_shows(&run, no_family);
            let entry = lookup(name).unwrap();
            let first_words: String = entry.description(lang).chars().take(20).collect();
            assert!(run.stdout.contains(&first_words), "{lang}: {}", run.stdout);
        }
        let json = tool(&["--json", "describe", name]).json();
        assert_eq!(json["family"], Value::Null);
        assert_eq!(json["kind"], "standalone");
        assert_eq!(json["value"].as_u64(), Some(lookup(name).unwrap().bits()));
        let found = tool(&["find", name]);
        assert_code(&found, 0);
        assert_shows(&found, name);
        assert_shows(&list, &format!("  {name} "));
        assert!(
            listed
                .as_array()
                .unwrap()
                .iter()
                .any(|constant| constant["name"] == name),
            "{name} in list --json"
        );
    }
    // Asked for as a family: the tool says what it is.
    let run = tool(&["decode", "TAPIMAXAPPNAMESIZE", "40"]);
    assert_code(&run, 2);
    assert!(
        run.stderr.contains("belongs to no family")
            && run.stderr.contains("describe TAPIMAXAPPNAMESIZE"),
        "{}",
        run.stderr
    );
}

#[test]
fn describe_takes_rust_paths_and_dotnet_names() {
    for (spelling, name) in [
        ("LineCallState::Connected", "LINECALLSTATE_CONNECTED"),
        (
            "tapi_consts::families::LineErr::ServiceNotRunning",
            "LINEERR_SERVICE_NOT_RUNNING",
        ),
        (
            "LineAgentSessionState::BusyWrapUp",
            "LINEAGENTSESSIONSTATE_BUSYWRAPUP",
        ),
        (
            "LINEFORWARDMODE.LINEFORWARDMODE_UNCOND",
            "LINEFORWARDMODE_UNCOND",
        ),
        (
            "LineForwardMode.LINEFORWARDMODE_UNCOND",
            "LINEFORWARDMODE_UNCOND",
        ),
        ("LINEERR.LINEERR_ALLOCATED", "LINEERR_ALLOCATED"),
    ] {
        let run = tool(&["describe", spelling]);
        assert_code(&run, 0);
        assert!(
            run.stdout.starts_with(&format!("{name}\n")),
            "{spelling}: {}",
            run.stdout
        );
    }
    // A Rust type names its family, and so does its set alias (`…Set`), or
    // the plural a user may guess.
    for spelling in [
        "LineCallState",
        "LineCallStateSet",
        "linecallstateset",
        "LineCallStates",
    ] {
        let run = tool(&["describe", spelling]);
        assert_code(&run, 0);
        assert!(
            run.stdout.starts_with("LINECALLSTATE_  (LineCallState)"),
            "{}",
            run.stdout
        );
    }
    assert_refused(
        &tool(&["describe", "LineCallState::Conected"]),
        1,
        "did you mean `LINECALLSTATE_CONNECTED`?",
    );
    assert_refused(
        &tool(&["describe", "LINECALLSTATE.LINEERR_INUSE"]),
        1,
        "a constant of LINEERR_",
    );
    // A TAPI 3 type (the `tapi3` group, which the tool builds).
    let tapi3 = tool(&["describe", "CallState::Idle"]);
    assert_code(&tapi3, 0);
    assert!(tapi3.stdout.starts_with("CS_IDLE\n"), "{}", tapi3.stdout);
    assert_refused(&tool(&["describe", "CallStat::Idle"]), 1, "no family type");
}

#[test]
fn decode_of_something_that_is_not_a_family_does_not_call_it_a_constant() {
    // TAPI_DIGITMODE is a TAPI 3 type: no constant of ours has the name.
    let run = tool(&["decode", "TAPI_DIGITMODE", "2"]);
    assert_code(&run, 2);
    assert!(!run.stderr.contains("constant's name"), "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown family `TAPI_DIGITMODE`"),
        "{}",
        run.stderr
    );
    // A real constant's name still points to its family.
    let run = tool(&["decode", "LINECALLSTATE_IDLE", "1"]);
    assert!(run.stderr.contains("constant's name"), "{}", run.stderr);
}

/// A line over the limit is refused however it arrives: here the first
/// line, whole in the first read.
#[test]
fn a_first_line_over_the_limit_is_refused() {
    let input = format!("{}1\n2\n", " ".repeat(5000));
    let run = tool_with(
        &["decode", "LINECALLSTATE", "-"],
        &[],
        Some(input.as_bytes()),
    );
    assert_refused(&run, 1, "error: line 1: longer than 4096 bytes");
    // The next line is still read; the refused one is not decoded.
    assert!(
        run.stdout
            .starts_with("0x00000002 = LINECALLSTATE_OFFERING\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("IDLE"), "{}", run.stdout);
}

/// The 4,096-byte limit of a standard-input line does not count its line
/// ending: a CRLF line of exactly 4,096 bytes is read, one more byte is not.
#[test]
fn the_line_limit_leaves_out_a_trailing_cr() {
    let at_limit = format!("{}1", " ".repeat(4095));
    let over = format!(" {at_limit}");
    let input = format!("{at_limit}\r\n{over}\r\n{at_limit}\n");
    let run = tool_with(
        &["decode", "LINECALLSTATE", "-"],
        &[],
        Some(input.as_bytes()),
    );
    assert_refused(&run, 1, "error: line 2: longer than 4096 bytes");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert_eq!(
        run.stdout
            .lines()
            .filter(|line| line.starts_with("0x00000001 = LINECALLSTATE_IDLE"))
            .count(),
        2,
        "{}",
        run.stdout
    );
}

/// clap's own errors quote argv raw: the tool escapes control characters
/// and cuts long words in them too, as CLI.md's quoting rule says.
#[test]
fn clap_errors_are_quoted_like_every_other_error() {
    let long = "a".repeat(5_000);
    for args in [
        vec!["\u{1b}[2Jevil"],
        vec![long.as_str()],
        vec!["--\u{1b}]0;pwned\u{7}"],
        vec!["decode", "LINECALLSTATE", "1", "--lang", "\u{1b}[31m"],
        vec!["list", "a", long.as_str()],
    ] {
        let run = tool(&args);
        assert_code(&run, 2);
        check_stderr(&run);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(run.stderr.len() < 400, "{} bytes", run.stderr.len());
    }
    let subcommands =
        "the subcommands are decode, encode, describe, list, find, message, field, annotate and \
         completions (`tapi-consts --help` explains the usage)";
    let run = tool(&["\u{1b}[2Jevil"]);
    assert_eq!(
        run.stderr,
        format!("error: unknown subcommand '\\u{{1b}}[2Jevil'; {subcommands}\n")
    );
    let run = tool(&[long.as_str()]);
    assert_eq!(
        run.stderr,
        format!(
            "error: unknown subcommand '{}…'; {subcommands}\n",
            "a".repeat(64)
        )
    );
}

#[test]
fn decode_refuses_a_second_selector_given_as_a_number() {
    let run = tool(&["decode", "LINEINITIALIZEEXOPTION", "USEHIDDENWINDOW | 0x2"]);
    assert_refused(&run, 1, "`0x2` is a second selector");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let run = tool(&["encode", "--family", "LINEINITIALIZEEXOPTION", "0x1 | 0x2"]);
    assert_refused(&run, 1, "second selector");
}

#[test]
fn message_reads_each_parameter_in_context() {
    let run = tool(&["message", "LINE_CALLSTATE", "0x100", "0x1", "0"]);
    assert_code(&run, 0);
    assert!(
        run.stdout.starts_with("LINE_CALLSTATE (2)\n"),
        "{}",
        run.stdout
    );
    for needle in [
        "dwParam1  0x00000100  LINECALLSTATE_CONNECTED",
        "dwParam2  0x00000001  LINECONNECTEDMODE_ACTIVE",
        "dwParam3  0x00000000",
    ] {
        assert!(run.stdout.contains(needle), "{needle}: {}", run.stdout);
    }
    // Names work as parameters too, in the family each one holds.
    let named = tool(&["message", "line_callstate", "BUSY", "STATION"]);
    assert_code(&named, 0);
    assert_shows(&named, "LINEBUSYMODE_STATION");
}

#[test]
fn message_reads_dwparam3_as_the_level_says() {
    let app = tool(&["message", "LINE_CALLSTATE", "0x2", "0", "0x4"]);
    assert_shows(&app, "LINECALLPRIVILEGE_OWNER");
    let tapi = tool(&["message", "--provider", "LINE_CALLSTATE", "0x2", "0", "0x4"]);
    assert_shows(&tapi, "as a service provider sends it");
    assert_shows(&tapi, "LINEMEDIAMODE_INTERACTIVEVOICE");
}

/// tapisrv.LOG (TAPI's service log, provider level), as published in
/// nic-at/siptapi's doc/tapi-debugging.txt: `msg=1f4, P1=x5f48790`.
#[test]
fn message_reads_a_real_tapisrv_log_line() {
    let run = tool(&["message", "--hex", "1f4", "x5f48790"]);
    assert_code(&run, 0);
    assert!(
        run.stdout
            .starts_with("LINE_NEWCALL (500), as a service provider sends it"),
        "{}",
        run.stdout
    );
    assert_shows(&run, "dwParam1  0x05F48790  (a handle)");
}

#[test]
fn message_refusals() {
    let misspelt = tool(&["message", "LINE_CALSTATE", "1"]);
    assert_refused(&misspelt, 2, "did you mean `LINE_CALLSTATE`?");
    assert_refused(&tool(&["message", "35"]), 2, "not a message number");
    assert_refused(
        &tool(&["message", "2", "1", "2", "3", "4"]),
        2,
        "too many values",
    );
    assert_refused(&tool(&["message", "2", "NOSUCHSTATE"]), 2, "dwParam1");
    // A value no constant has: shown, and exit status 1.
    let unknown = tool(&["message", "LINE_CALLSTATE", "0x100", "0x80"]);
    assert_code(&unknown, 1);
    assert_shows(&unknown, "(unknown)");
}

#[test]
fn message_json_shape() {
    let run = tool(&["--json", "message", "LINE_REPLY", "12", "-2147483576"]);
    assert_code(&run, 0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["message"], "LINE_REPLY");
    assert_eq!(json["number"], 12);
    assert_eq!(json["level"], "application");
    let params = json["params"].as_array().unwrap();
    assert_eq!(params.len(), 2);
    assert_eq!(params[0]["name"], "dwParam1");
    assert_eq!(params[0]["role"], "id");
    assert_eq!(params[1]["role"], "result");
    assert_eq!(params[1]["family"], "LINEERR_");
    assert_eq!(params[1]["hex"], "0x80000048");
    assert_eq!(params[1]["members"][0]["name"], "LINEERR_OPERATIONFAILED");
    assert_eq!(params[1]["known"], true);
}

/// A TSPI trace's structure dump, as posted in markjulmar/atapi.net issue
/// #20: `lpAddressStatus->dwAddressFeatures = 0x00001003`.
#[test]
fn field_reads_a_real_structure_dump_line() {
    let run = tool(&["field", "LINEADDRESSSTATUS.dwAddressFeatures", "0x00001003"]);
    assert_code(&run, 0);
    assert!(
        run.stdout.starts_with(
            "LINEADDRESSSTATUS.dwAddressFeatures = 0x00001003 = LINEADDRFEATURE_FORWARD | \
             LINEADDRFEATURE_MAKECALL | LINEADDRFEATURE_FORWARDFWD\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn field_reads_a_dependent_field_with_what_it_depends_on() {
    let run = tool(&[
        "field",
        "linecallstatus.dwcallstatemode",
        "1",
        "dwCallState=CONNECTED",
    ]);
    assert_code(&run, 0);
    assert_shows(&run, "= LINECONNECTEDMODE_ACTIVE");
    let busy = tool(&[
        "field",
        "LINECALLSTATUS.dwCallStateMode",
        "1",
        "dwcallstate=0x40",
    ]);
    assert_shows(&busy, "= LINEBUSYMODE_STATION");
    let alone = tool(&["field", "LINECALLSTATUS.dwCallStateMode", "1"]);
    assert_code(&alone, 0);
    assert_shows(&alone, "(depends on dwCallState: give dwCallState=VALUE)");
    // A field windows-sys lacks says so.
    let caller = tool(&["field", "LINECALLINFO.dwCallerIDAddressType", "1"]);
    assert_shows(&caller, "not in windows-sys 0.61");
}

#[test]
fn field_refusals() {
    let misspelt = tool(&["field", "LINECALLSTATUS.dwCalState", "1"]);
    assert_refused(&misspelt, 2, "did you mean LINECALLSTATUS.dwCallState?");
    assert_refused(
        &tool(&["field", "LINECALLSTAT.dwCallState", "1"]),
        2,
        "no structure",
    );
    assert_refused(&tool(&["field", "dwCallState", "1"]), 2, "STRUCT.FIELD");
    assert_refused(
        &tool(&["field", "LINEMESSAGE.dwParam1", "1"]),
        2,
        "`tapi-consts message MSG",
    );
    let other = tool(&["field", "LINECALLSTATUS.dwCallStateMode", "1", "dwReason=1"]);
    assert_refused(&other, 2, "depends on dwCallState");
    let unknown = tool(&["field", "LINECALLSTATUS.dwCallState", "0x3"]);
    assert_code(&unknown, 1);
}

#[test]
fn field_json_shape() {
    let run = tool(&[
        "--json",
        "field",
        "LINECALLINFO.dwCallerIDAddressType",
        "PHONENUMBER",
    ]);
    assert_code(&run, 0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["structure"], "LINECALLINFO");
    assert_eq!(json["field"], "dwCallerIDAddressType");
    assert_eq!(json["value"], 1);
    assert_eq!(json["role"], "value");
    assert_eq!(json["family"], "LINEADDRESSTYPE_");
    assert_eq!(json["since"], "3.0");
    assert_eq!(json["in_windows_sys"], false);
    assert_eq!(json["members"][0]["name"], "LINEADDRESSTYPE_PHONENUMBER");
}

/// The real trace lines of `tests/data/traces/` (sources in its README).
fn trace(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/traces")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The annotations of `input`, each with the line before it.
fn annotated(args: &[&str], input: &[u8]) -> (Run, Vec<(String, String)>) {
    let run = tool_with(args, &[], Some(input));
    let lines: Vec<&str> = run.stdout.lines().collect();
    let pairs = lines
        .windows(2)
        .filter(|pair| pair[1].starts_with("#tapi: ") && !pair[0].starts_with("#tapi: "))
        .map(|pair| (pair[0].to_owned(), pair[1]["#tapi: ".len()..].to_owned()))
        .collect();
    (run, pairs)
}

#[test]
fn annotate_copies_every_trace_line_through_unchanged() {
    for name in [
        "tapisrv.log",
        "tspi-struct-dump.log",
        "atapi-results.log",
        "cisco-app.log",
        "cisco-guide.log",
    ] {
        let input = trace(name);
        let run = tool_with(&["annotate"], &[], Some(&input));
        assert_code(&run, 0);
        let stripped: String = run
            .stdout
            .split_inclusive('\n')
            .filter(|line| !line.starts_with("#tapi: "))
            .collect();
        assert_eq!(stripped.as_bytes(), &input[..], "{name}");
    }
    // Bytes that are not text, a last line without a newline, CRLF and a
    // line over the analysed length: all copied as they came.
    let mut odd = b"\xff\xfe binary\r\nmsg=2, P1=x100, P2=x1\r\n".to_vec();
    odd.extend(std::iter::repeat_n(b'a', 10_000));
    odd.extend_from_slice(b"\nlineOpen failed [0x80000048]");
    let mut child = std::process::Command::new(binary())
        .args(["annotate", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = odd.clone();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success());
    let stdout = output.stdout;
    let stripped: Vec<u8> = stdout
        .split_inclusive(|&b| b == b'\n')
        .filter(|line| !line.starts_with(b"#tapi: "))
        .flat_map(|line| line.to_vec())
        .collect();
    // The last line gets a newline before its annotation.
    assert!(
        stripped[..stripped.len() - 1] == odd[..],
        "{} bytes",
        stdout.len()
    );
    let text = String::from_utf8_lossy(&stdout);
    assert!(text.contains("#tapi: LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_CONNECTED dwParam2=LINECONNECTEDMODE_ACTIVE\n"));
    assert!(text.ends_with("#tapi: lineOpen -> LINEERR_OPERATIONFAILED\n"));
}

#[test]
fn annotate_names_what_the_real_traces_show() {
    let (_, tapisrv) = annotated(&["annotate"], &trace("tapisrv.log"));
    let says = |pairs: &[(String, String)], line: &str, note: &str| {
        assert!(
            pairs.iter().any(|(l, n)| l.contains(line) && n == note),
            "{line} -> {note}: {pairs:?}"
        );
    };
    says(
        &tapisrv,
        "msg=1f4,       P1=x5f48790",
        "LINE_NEWCALL (500, provider) dwParam1=(handle) dwParam2=(pointer) dwParam3=(unused)",
    );
    says(&tapisrv, "msg=2, P1=x2, P2=x1, P3=x0", "LINE_CALLSTATE (2, provider) dwParam1=LINECALLSTATE_OFFERING dwParam2=LINEOFFERINGMODE_ACTIVE dwParam3=0");
    // A handle after "returned" is no function result.
    assert!(
        !tapisrv
            .iter()
            .any(|(line, _)| line.contains("NewObject returned")),
        "{tapisrv:?}"
    );
    assert_eq!(tapisrv.len(), 3, "{tapisrv:?}");

    let (_, dump) = annotated(&["annotate"], &trace("tspi-struct-dump.log"));
    says(&dump, "lpAddressStatus->dwAddressFeatures = 0x00001003", "LINEADDRESSSTATUS.dwAddressFeatures=LINEADDRFEATURE_FORWARD | LINEADDRFEATURE_MAKECALL | LINEADDRFEATURE_FORWARDFWD");
    // Counts, and a success code 0, are left alone.
    assert_eq!(dump.len(), 1, "{dump:?}");

    let (_, atapi) = annotated(&["annotate"], &trace("atapi-results.log"));
    says(
        &atapi,
        "lineOpen failed [0xFFFFFFFF8000004B]",
        "lineOpen -> LINEERR_RESOURCEUNAVAIL",
    );
    says(
        &atapi,
        "lineOpen failed [0xFFFFFFFF80000048]",
        "lineOpen -> LINEERR_OPERATIONFAILED",
    );
    // A bare -2147483576 with no function on its line: a guess, so not.
    assert!(
        !atapi.iter().any(|(line, _)| line.contains("-2147483576")),
        "{atapi:?}"
    );

    let (_, guide) = annotated(&["annotate"], &trace("cisco-guide.log"));
    says(
        &guide,
        "Param1 = CONNECTED Param2 = 0x02",
        "LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_CONNECTED dwParam2=LINECONNECTEDMODE_INACTIVE",
    );
    says(
        &guide,
        "dwParam1 = 0x00000100 dwParam2 = 0x00000001",
        "LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_CONNECTED dwParam2=LINECONNECTEDMODE_ACTIVE",
    );
}

/// This application prints hex without a prefix (`param1=40` is
/// LINEDEVSTATE_INSERVICE, 0x40): nothing on its lines says so, so its
/// multi-digit numbers are left alone, unless `--hex` says how to read them.
#[test]
fn annotate_never_guesses_a_radix() {
    let (_, plain) = annotated(&["annotate"], &trace("cisco-app.log"));
    assert!(
        plain.iter().all(|(line, _)| line.contains("param1=1,")),
        "{plain:?}"
    );
    let (_, hex) = annotated(&["--hex", "annotate"], &trace("cisco-app.log"));
    let says = |line: &str, note: &str| {
        assert!(
            hex.iter()
                .any(|(l, n)| l.contains(line) && n.starts_with(note)),
            "{line} -> {note}: {hex:?}"
        );
    };
    says(
        "In Service event",
        "LINE_LINEDEVSTATE (8) dwParam1=LINEDEVSTATE_INSERVICE",
    );
    says(
        "goes out of service (LINE_LINEDEVSTATE",
        "LINE_LINEDEVSTATE (8) dwParam1=LINEDEVSTATE_OUTOFSERVICE",
    );
    says(
        "Phone_A goes out of service",
        "PHONE_STATE (18) dwParam1=PHONESTATE_SUSPEND",
    );
}

/// A vendor's part is named as such, in a message and in a result (Cisco's
/// `LINEERR_OPERATION_FAIL_NO_ACTIVE_RD_SET`, 0xC0000016).
#[test]
fn annotate_says_what_is_device_specific() {
    let input =
        b"LINE_CALLSTATE dwParam1=0x01000100 dwParam2=0x1\nlineMakeCall returned 0xC0000016\n";
    let (_, pairs) = annotated(&["annotate"], input);
    let notes: Vec<&str> = pairs.iter().map(|(_, note)| note.as_str()).collect();
    assert_eq!(
        notes,
        [
            "LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_CONNECTED | 0x01000000 (0x01000000 device-specific) dwParam2=LINECONNECTEDMODE_ACTIVE",
            "lineMakeCall -> 0xC0000016 (0xC0000016 device-specific)",
        ]
    );
}

#[test]
fn annotate_json_has_one_object_per_annotated_line() {
    let run = tool_with(&["--json", "annotate"], &[], Some(&trace("tapisrv.log")));
    assert_code(&run, 0);
    let objects: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(objects.len(), 3);
    let input = String::from_utf8(trace("tapisrv.log")).unwrap();
    for object in &objects {
        let line = object["line"].as_u64().unwrap() as usize;
        assert_eq!(object["text"], input.lines().nth(line - 1).unwrap());
    }
    assert!(objects[0]["text"].as_str().unwrap().contains("msg=1f4"));
    assert_eq!(
        objects[1]["annotations"][0],
        "LINE_CALLSTATE (2, provider) dwParam1=LINECALLSTATE_OFFERING dwParam2=LINEOFFERINGMODE_ACTIVE dwParam3=0"
    );
}

/// The README's `annotate` example is what the tool prints.
#[test]
fn the_readme_annotate_example_is_real() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"),
    )
    .unwrap();
    let block = readme
        .split("$ tapi-consts annotate tapisrv.LOG\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README's annotate example");
    let input: String = block
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("#tapi: "))
        .collect();
    let run = tool_with(&["annotate"], &[], Some(input.as_bytes()));
    assert_eq!(run.stdout, block);
}

/// `describe` links a TAPI 3 constant and its TAPI 2 counterparts, both ways.
#[test]
fn describe_names_the_other_apis_constant() {
    let tapi3 = tool(&["describe", "ASST_READY"]);
    assert_code(&tapi3, 0);
    assert_shows(&tapi3, "  TAPI 2       LINEAGENTSESSIONSTATE_READY\n");
    let tapi2 = tool(&["describe", "LINEAGENTSESSIONSTATE_READY"]);
    assert_shows(&tapi2, "  TAPI 3       ASST_READY\n");
    let json = tool(&["--json", "describe", "CS_HOLD"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        value["counterparts"],
        serde_json::json!([
            "LINECALLSTATE_ONHOLD",
            "LINECALLSTATE_ONHOLDPENDCONF",
            "LINECALLSTATE_ONHOLDPENDTRANSFER"
        ])
    );
    let family = tool(&["describe", "CALL_STATE"]);
    assert_shows(&family, "  C type       CALL_STATE\n");
}

/// A number names a constant only within an enumeration: `describe 500`
/// lists every one that has it, the provider message and the TSPI ordinal.
#[test]
fn describe_a_number_lists_every_constant_that_has_it() {
    let run = tool(&["describe", "500"]);
    assert_code(&run, 0);
    assert_shows(&run, "LINE_NEWCALL ");
    assert_shows(&run, "TSPI_LINEACCEPT ");
    // The HRESULT, in both forms.
    for form in ["0x80040044", "-2147221436"] {
        let run = tool(&["describe", form]);
        assert!(
            run.stdout.starts_with("TAPI_E_TIMEOUT "),
            "{form}: {}",
            run.stdout
        );
    }
    let json = tool(&["--json", "describe", "500"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let names: Vec<&str> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"LINE_NEWCALL") && names.contains(&"TSPI_LINEACCEPT"),
        "{names:?}"
    );
    assert_refused(
        &tool(&["describe", "0x7FFFFFF0"]),
        1,
        "no constant of an enumeration",
    );
}

/// TSPI and TAPI 3 constants are found by every subcommand (the tool has
/// every group): the issue's `describe LINE_NEWCALL` names the provider
/// message, not `LINE_APPNEWCALL`.
#[test]
fn tspi_and_tapi3_constants_are_found_everywhere() {
    let newcall = tool(&["describe", "LINE_NEWCALL"]);
    assert_code(&newcall, 0);
    assert!(
        newcall.stdout.starts_with("LINE_NEWCALL\n"),
        "{}",
        newcall.stdout
    );
    assert_shows(&newcall, "TSPI.h");
    let ordinal = tool(&["describe", "TSPI_LINEACCEPT"]);
    assert_shows(&ordinal, "0x000001F4 (500)");
    let list = tool(&["list", "AGENT_SESSION_STATE"]);
    assert_code(&list, 0);
    assert_shows(&list, "ASST_BUSY_WRAPUP");
    let find = tool(&["find", "ASST_SESSION_ENDED"]);
    assert_code(&find, 0);
    let families = tool(&["list"]);
    assert!(
        families.stdout.contains("TAPI_E_"),
        "TAPI 3's HRESULTs are listed"
    );
    let decode = tool(&["decode", "TE_", "0x1"]);
    assert_code(&decode, 0);
    // A shared prefix names the first family that has it; the C type names either.
    let agent = tool(&["decode", "AGENT_STATE", "1"]);
    assert_shows(&agent, "AS_READY");
    let address = tool(&["decode", "ADDRESS_STATE", "1"]);
    assert_shows(&address, "AS_OUTOFSERVICE");
}

/// How `decode` sums up what it could not name, by kind and number.
#[test]
fn decode_sums_up_unknown_values() {
    let run = tool(&["decode", "lineerr", "0x80000004"]);
    assert_eq!(
        run.stderr,
        "error: 1 value is not the value of any LINEERR_ constant (shown as unknown)\n"
    );
    let run = tool(&["decode", "lineerr", "0x80000004", "0x80000031"]);
    assert!(
        run.stderr
            .contains("2 values are not the value of any LINEERR_ constant"),
        "{}",
        run.stderr
    );
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "0x40"]);
    assert!(
        run.stderr
            .contains("1 value has bits that no LINEAGENTSESSIONSTATE_ constant has"),
        "{}",
        run.stderr
    );
    let run = tool(&["decode", "LINEAGENTSESSIONSTATE", "0x40", "0x80"]);
    assert!(
        run.stderr
            .contains("2 values have bits that no LINEAGENTSESSIONSTATE_ constant has"),
        "{}",
        run.stderr
    );
    assert!(tool(&["decode", "lineerr", "0x80000048"]).stderr.is_empty());
    // No value read from an empty standard input: an empty array, exactly.
    let empty = tool_with(&["--json", "decode", "lineerr", "-"], &[], Some(b""));
    assert!(
        empty.stdout.ends_with(",\"values\":[]}\n"),
        "{:?}",
        empty.stdout
    );
}

/// A line exactly as long as `annotate` reads (4,096 bytes before its
/// newline) is read whole, and keeps its own newline.
#[test]
fn annotate_reads_lines_up_to_its_limit() {
    let head = "lineOpen failed [0x80000048] ";
    let line = format!("{head}{}", "x".repeat(4096 - head.len()));
    assert_eq!(line.len(), 4096);
    let input = format!("{line}\n");
    let run = tool_with(&["annotate"], &[], Some(input.as_bytes()));
    assert_eq!(
        run.stdout,
        format!("{line}\n#tapi: lineOpen -> LINEERR_OPERATIONFAILED\n")
    );
    // One byte more: copied through, not read.
    let longer = format!("{line}x\n");
    let run = tool_with(&["annotate"], &[], Some(longer.as_bytes()));
    assert_eq!(run.stdout, longer);
}

/// Runs the tool with `stdin` and `stdout` as given (a directory to read, a
/// full device to write): its exit code and standard error.
fn tool_stdio(args: &[&str], stdin: Stdio, stdout: Stdio) -> (i32, String) {
    let output = Command::new(binary())
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(stdin)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("run the tool");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    (output.status.code().expect("exited"), stderr)
}

/// An input that cannot be read is an error about that input, and the tool
/// goes on with the next file; it does not retry it for ever. Linux opens a
/// directory for reading and fails the read (EISDIR).
#[cfg(target_os = "linux")]
#[test]
fn an_input_that_cannot_be_read_is_reported_by_name() {
    let dir = std::env::temp_dir();
    let dir = dir.to_str().expect("a UTF-8 temp dir");
    let trace = concat!(env!("CARGO_MANIFEST_DIR"), "/data/traces/atapi-results.log");
    let run = tool(&["annotate", dir, trace]);
    assert_refused(&run, 1, &format!("error: cannot read {dir}: "));
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run
        .stdout
        .contains("#tapi: lineOpen -> LINEERR_RESOURCEUNAVAIL\n"));

    for args in [&["annotate", "-"][..], &["decode", "LINECALLSTATE", "-"]] {
        let (code, stderr) = tool_stdio(
            args,
            std::fs::File::open(dir).expect("open a directory").into(),
            Stdio::null(),
        );
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot read ") && stderr.lines().count() == 1,
            "{args:?}: {stderr}"
        );
    }
}

/// Output that cannot be written (a full disk) is an error, exit code 1,
/// unlike a reader that went away (`| head`), which is not. It is never
/// mistaken for an input that cannot be read.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error() {
    let trace = concat!(env!("CARGO_MANIFEST_DIR"), "/data/traces/atapi-results.log");
    for args in [
        &["list"][..],
        &["decode", "LINECALLSTATE", "1"],
        &["annotate", trace],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("Linux has /dev/full");
        let (code, stderr) = tool_stdio(args, Stdio::null(), full.into());
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end(),
            "error: cannot write the output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}

/// The last line of standard input counts even without a newline, with
/// its own line number.
#[test]
fn the_last_line_needs_no_newline() {
    let run = tool_with(&["decode", "LINECALLSTATE", "-"], &[], Some(b"0x1\nbogus"));
    assert_refused(&run, 1, "error: line 2: unknown name `bogus`");
    let run = tool_with(&["decode", "LINECALLSTATE", "-"], &[], Some(b"\n0x1\n0x2"));
    assert_code(&run, 0);
    assert!(
        run.stdout.contains("= LINECALLSTATE_IDLE\n")
            && run.stdout.contains("= LINECALLSTATE_OFFERING\n"),
        "{}",
        run.stdout
    );
}

/// What the unknown row says depends on the family's kind and on whether
/// a member matched; a set with no bit says so, and only then.
#[test]
fn decode_says_what_an_unknown_part_is() {
    let flags = tool(&[
        "decode",
        "LINEADDRESSSTATE",
        "0x80000001",
        "0x80000000",
        "0",
    ]);
    assert_code(&flags, 1);
    let rows: Vec<&str> = flags.lines();
    let unknown_rows: Vec<&&str> = rows.iter().filter(|l| l.contains("(unknown)")).collect();
    assert_eq!(unknown_rows.len(), 2, "{}", flags.stdout);
    for row in unknown_rows {
        assert!(
            row.ends_with("no LINEADDRESSSTATE_ constant has these bits"),
            "{row}"
        );
    }
    assert_eq!(
        flags.stdout.matches("(no flag set)").count(),
        1,
        "only 0 has no flag: {}",
        flags.stdout
    );
    // Unknown bits alone are a part too; only 0 has no flag.
    let unknown_only = tool(&["decode", "LINEADDRESSSTATE", "0x80000000"]);
    assert!(
        !unknown_only.stdout.contains("(no flag set)"),
        "{}",
        unknown_only.stdout
    );
    let zero = tool(&["decode", "LINEADDRESSSTATE", "0"]);
    assert_eq!(zero.stdout, "0x00000000 = 0\n  (no flag set)\n");
    // A device-specific part is a part: not "no flag set".
    let vendor = tool(&["decode", "LINECALLSTATE", "0x01000000"]);
    assert_code(&vendor, 0);
    assert_shows(&vendor, "(device-specific)");
    assert!(
        !vendor.stdout.contains("(no flag set)"),
        "{}",
        vendor.stdout
    );

    // LINE_ and PHONE_ messages share one numbering: each points to the other.
    let phone = tool(&["decode", "PHONE_", "2"]);
    assert_shows(
        &phone,
        "no PHONE_ constant has this value (it is LINE_CALLSTATE, a LINE_ message)",
    );
    let line = tool(&["decode", "LINE_", "0x11"]);
    assert_shows(
        &line,
        "no LINE_ constant has this value (it is PHONE_REPLY, a PHONE_ message)",
    );
}

/// `describe NUMBER` says "no family" for a constant that has none, and
/// the family (C type first) for one that has; `describe` shows aliases
/// only where there are some, and labels only a description's first
/// paragraph.
#[test]
fn describe_shows_what_each_constant_has() {
    let run = tool(&["describe", "80"]);
    assert_code(&run, 0);
    let line = run
        .lines()
        .into_iter()
        .find(|line| line.starts_with("TAPIMAXDESTADDRESSSIZE "))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(line.trim_end().ends_with("(no family)"), "{line}");

    let aliased = tool(&["describe", "CS_QUEUED"]);
    assert_shows(&aliased, "\n  aliases      CS_LASTITEM\n");
    let plain = tool(&["describe", "CS_IDLE"]);
    assert!(!plain.stdout.contains("aliases"), "{}", plain.stdout);

    // LINECALLSTATE_'s description has two paragraphs: one label.
    let family = tool(&["describe", "LINECALLSTATE"]);
    let rows: Vec<&str> = family.lines();
    let first = rows
        .iter()
        .position(|row| row.starts_with("  description  States a call"))
        .unwrap_or_else(|| panic!("{}", family.stdout));
    assert_eq!(family.stdout.matches("description").count(), 1);
    assert!(
        rows[first + 1..]
            .iter()
            .any(|row| row.contains("high 8 bits")),
        "{}",
        family.stdout
    );
}

/// `find` aligns its columns to the widest name and value: two spaces
/// after a `u32` value's ten characters.
#[test]
fn find_aligns_values_to_their_width() {
    let run = tool(&["find", "logged on"]);
    assert_code(&run, 0);
    for line in run.lines() {
        let at = line.find(" 0x").unwrap_or_else(|| panic!("{line}"));
        let after = &line[at + 1..];
        assert!(
            after.len() > 12 && after.as_bytes()[10..12] == *b"  " && after.as_bytes()[12] != b' ',
            "{line:?}"
        );
    }
}

/// What `field` prints beyond the names: device-specific and unknown
/// parts, the version a field needs, a note only where there is one; the
/// JSON role of every kind of field; suggestions from the same structure.
#[test]
fn field_shows_parts_versions_notes_and_roles() {
    let vendor = tool(&["field", "LINECALLSTATUS.dwCallState", "0x01000002"]);
    assert!(
        vendor
            .stdout
            .contains("    (device-specific): 0x1000000, a vendor's\n")
            && !vendor.stdout.contains("(unknown)"),
        "{}",
        vendor.stdout
    );
    let unknown = tool(&["field", "LINECALLSTATUS.dwCallState", "0x00800000"]);
    assert!(
        unknown
            .stdout
            .contains("    (unknown): 0x800000, which no constant has\n")
            && !unknown.stdout.contains("(device-specific)"),
        "{}",
        unknown.stdout
    );
    let since = tool(&["field", "LINEDEVCAPS.dwSettableDevStatus", "1"]);
    assert_shows(&since, "\n  since TAPI 2.0\n");
    let old = tool(&["field", "LINEDEVCAPS.dwDevCapFlags", "1"]);
    assert!(
        !old.stdout.contains("since TAPI") && !old.stdout.contains("note:"),
        "{}",
        old.stdout
    );

    let role = |args: &[&str]| {
        let run = tool(&[&["--json", "field"][..], args].concat());
        run.json()["role"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(role(&["LINEADDRESSSTATUS.dwAddressFeatures", "1"]), "set");
    assert_eq!(role(&["LINECALLSTATUS.dwCallState", "1"]), "value");
    assert_eq!(
        role(&["LINECALLSTATUS.dwCallStateMode", "5", "dwCallState=1"]),
        "unspecified"
    );
    assert_eq!(
        role(&["LINECALLINFO.dwCompletionID", "5", "dwReason=0x80"]),
        "id"
    );

    // Suggestions: a field of the structure named; a field of another
    // structure when the one named has nothing close (a structure's name
    // misspelt into another one's).
    let run = tool(&["field", "LINEDEVSTATUS.dwLineFeature", "1"]);
    assert_refused(&run, 2, "did you mean LINEDEVSTATUS.dwLineFeatures?");
    let run = tool(&["field", "LINEAPPINFO.dwBearerMode", "1"]);
    assert_refused(
        &run,
        2,
        "LINEAPPINFO has no field `dwBearerMode` that holds a constant; \
         did you mean LINECALLINFO.dwBearerMode?",
    );
}

/// A parameter no family's value is in says what it is: unused (and
/// whether it is 0 as it should be), a success result without a
/// breakdown.
#[test]
fn message_labels_numbers_that_hold_no_constant() {
    let unused = tool(&["message", "LINE_CLOSE", "0"]);
    assert_shows(&unused, "\n  dwParam1  0x00000000  (unused)\n");
    let stray = tool(&["message", "LINE_CLOSE", "7"]);
    assert_shows(&stray, "\n  dwParam1  0x00000007  (unused, but not 0)\n");
    // Success is a label, with nothing decoded under it; a failure is
    // decoded.
    let success = tool(&["message", "LINE_REPLY", "5", "0"]);
    let rows = success.lines();
    let at = rows
        .iter()
        .position(|row| *row == "  dwParam2  0x00000000  0: success")
        .unwrap_or_else(|| panic!("{}", success.stdout));
    assert_eq!(rows.len(), at + 2, "{}", success.stdout);
    let failure = tool(&["message", "LINE_REPLY", "5", "0x80000048"]);
    assert_shows(&failure, "LINEERR_OPERATIONFAILED");
}

/// `list` aligns its columns: two spaces after a `u32` value's ten
/// characters.
#[test]
fn list_aligns_values_to_their_width() {
    let run = tool(&["list", "LINEAGENTSESSIONSTATE"]);
    assert_code(&run, 0);
    let rows: Vec<&str> = run
        .lines()
        .into_iter()
        .filter(|line| line.starts_with("  LINEAGENTSESSIONSTATE_"))
        .collect();
    assert_eq!(rows.len(), 6, "{}", run.stdout);
    for row in rows {
        let at = row.find(" 0x").unwrap_or_else(|| panic!("{row}"));
        let after = &row[at + 1..];
        assert!(
            after.as_bytes()[10..12] == *b"  " && after.as_bytes()[12] != b' ',
            "{row:?}"
        );
    }
}

/// `message`: a digit as its character, a message number by its name, the
/// layout of descriptions (12 spaces) and of the constants under them (14),
/// a device-specific part only where there is one.
#[test]
fn message_shows_digits_message_names_and_parts() {
    let digit = tool(&["message", "LINE_MONITORDIGITS", "0x35", "2"]);
    assert_shows(&digit, "\n  dwParam1  0x00000035  '5'\n");
    let control = tool(&["message", "LINE_MONITORDIGITS", "0x05", "2"]);
    assert_shows(&control, "\n  dwParam1  0x00000005  (character 0x05)\n");
    // LINE_LINEDEVSTATE REINIT: dwParam2 is the message TAPI turned into it.
    let reinit = tool(&["message", "LINE_LINEDEVSTATE", "0x40000", "2"]);
    assert_shows(&reinit, "\n  dwParam2  0x00000002  LINE_CALLSTATE\n");
    let no_such = tool(&["message", "LINE_LINEDEVSTATE", "0x40000", "99"]);
    assert_shows(&no_such, "\n  dwParam2  0x00000063  (no such message)\n");

    let state = tool(&["message", "LINE_CALLSTATE", "0x01000100", "1"]);
    let rows = state.lines();
    let param = rows
        .iter()
        .position(|row| row.starts_with("  dwParam1  0x01000100"))
        .unwrap_or_else(|| panic!("{}", state.stdout));
    let indent = |row: &str| row.len() - row.trim_start().len();
    assert_eq!(indent(rows[param + 1]), 12, "{}", state.stdout);
    assert!(
        rows[param + 2].starts_with("              LINECALLSTATE_CONNECTED: "),
        "{}",
        state.stdout
    );
    assert!(
        rows.contains(&"              (device-specific): 0x1000000, a vendor's"),
        "{}",
        state.stdout
    );
    let plain = tool(&["message", "LINE_CALLSTATE", "0x100", "1"]);
    assert!(
        !plain.stdout.contains("(device-specific)") && !plain.stdout.contains("(unknown)"),
        "{}",
        plain.stdout
    );
    let unknown = tool(&["message", "LINE_CALLSTATE", "0x00800100", "1"]);
    assert!(
        unknown
            .lines()
            .contains(&"              (unknown): 0x800000, which no constant has"),
        "{}",
        unknown.stdout
    );
}

/// Runs the tool on a terminal (a pseudo-terminal from util-linux's
/// `script`), `columns` wide, with `env` (`""` unsets): what the terminal showed, line
/// endings as `\n`. `None` where `script` is missing (Linux only; CI has it).
#[cfg(target_os = "linux")]
fn on_terminal(args: &[&str], columns: usize, env: &[(&str, &str)]) -> Option<String> {
    let quoted: Vec<String> = std::iter::once(binary().to_str().expect("UTF-8 path"))
        .chain(args.iter().copied())
        .map(|arg| format!("'{}'", arg.replace('\'', r"'\''")))
        .collect();
    let mut command = Command::new("script");
    command
        .args(["-qec", &quoted.join(" "), "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        // anstream colours a terminal with no TERM under CI (`CI` set), as
        // CI logs render colour: the tests decide for themselves.
        .env_remove("CI")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("TERM", "xterm")
        .env("COLUMNS", columns.to_string())
        .stdin(Stdio::null());
    // An empty value unsets the variable.
    for &(name, value) in env {
        match value {
            "" => command.env_remove(name),
            value => command.env(name, value),
        };
    }
    let output = match command.output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("no `script` (util-linux): terminal output not tested");
            return None;
        }
        Err(error) => panic!("script: {error}"),
    };
    // (Its exit code is the tool's, which may say "unknown": not checked.)
    Some(
        String::from_utf8(output.stdout)
            .expect("UTF-8")
            .replace("\r\n", "\n"),
    )
}

/// Without the colour sequences.
#[cfg(target_os = "linux")]
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("a colour sequence ends with m");
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out
}

/// On a terminal: names bold, values cyan, `find`'s match bold and
/// underlined, unknown bits bold yellow, headings dim; nothing else
/// coloured; no colour with `NO_COLOR`, with `TERM=dumb` or with no `TERM`
/// (the conventions of clap-based tools, through anstream).
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_gets_colour_unless_no_color() {
    let Some(found) = on_terminal(&["find", "wrap-up"], 200, &[]) else {
        return;
    };
    for coloured in [
        "\u{1b}[1mLINEAGENTSTATE_WORKINGAFTERCALL\u{1b}[0m",
        "\u{1b}[36m0x00000080\u{1b}[0m",
        "(\u{1b}[1m\u{1b}[4mwrap-up\u{1b}[0m)",
    ] {
        assert!(found.contains(coloured), "{coloured:?} in {found:?}");
    }
    // Plain text is never wrapped in sequences.
    assert!(found.contains("  The agent has finished"), "{found:?}");
    assert!(!found.contains("yet.\u{1b}"), "{found:?}");
    let described = on_terminal(&["describe", "LINEAGENTSESSIONSTATE_READY"], 200, &[]).unwrap();
    assert!(
        described.contains("\n  \u{1b}[2mvalue\u{1b}[0m        \u{1b}[36m0x00000002\u{1b}[0m"),
        "{described:?}"
    );
    let unknown = on_terminal(&["decode", "LINEADDRESSSTATE", "0x80000000"], 200, &[]).unwrap();
    assert!(
        unknown.contains("\u{1b}[1m\u{1b}[33m(unknown)\u{1b}[0m"),
        "{unknown:?}"
    );
    let no_color = on_terminal(&["find", "wrap-up"], 200, &[("NO_COLOR", "1")]).unwrap();
    assert!(!no_color.contains('\u{1b}'), "{no_color:?}");
    assert_eq!(no_color, plain(&found));
    for term in ["", "dumb"] {
        let shown = on_terminal(&["find", "wrap-up"], 200, &[("TERM", term)]).unwrap();
        assert_eq!(shown, no_color, "TERM={term:?}");
    }
}

/// `--color always|never` overrides the terminal and the environment;
/// `CLICOLOR_FORCE` colours a pipe; an unknown WHEN is a usage error.
#[test]
fn color_option_and_environment() {
    let args = ["find", "wrap-up"];
    let piped = |extra: &[&str], env: &[(&str, &str)]| {
        let all: Vec<&str> = extra.iter().chain(&args).copied().collect();
        let run = tool_with(&all, env, None);
        assert_code(&run, 0);
        run.stdout
    };
    let plain_text = piped(&[], &[]);
    assert!(!plain_text.contains('\u{1b}'), "{plain_text:?}");
    let always = piped(&["--color", "always"], &[]);
    assert!(
        always.contains("\u{1b}[1mLINEAGENTSTATE_WORKINGAFTERCALL\u{1b}[0m"),
        "{always:?}"
    );
    // Before or after the subcommand, and over NO_COLOR.
    assert_eq!(piped(&[], &[("CLICOLOR_FORCE", "1")]), always);
    let after = tool_with(
        &["find", "wrap-up", "--color", "always"],
        &[("NO_COLOR", "1")],
        None,
    );
    assert_eq!(after.stdout, always);
    assert_eq!(
        piped(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]),
        plain_text
    );
    assert_eq!(piped(&["--color", "auto"], &[]), plain_text);
    let bad = tool_with(&["--color", "sometimes", "list"], &[], None);
    assert_code(&bad, 2);
    assert!(
        bad.stderr
            .contains("the valid values are 'auto', 'always' and 'never'"),
        "{}",
        bad.stderr
    );
    #[cfg(target_os = "linux")]
    if let Some(never) = on_terminal(&["--color", "never", "find", "wrap-up"], 200, &[]) {
        assert!(!never.contains('\u{1b}'), "{never:?}");
    }
}

/// Without `COLUMNS`, the width is the terminal's own (here a
/// pseudo-terminal set to 60 columns by `stty`): descriptions and `--help`
/// wrap to it.
#[cfg(target_os = "linux")]
#[test]
fn the_width_is_the_terminal_s_without_columns() {
    let binary = binary().to_str().expect("UTF-8 path").to_owned();
    let shown = |args: &str| {
        let command = format!("stty cols 60 rows 40; '{binary}' --color never {args}");
        let output = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env_remove("COLUMNS")
            .env("TERM", "xterm")
            .stdin(Stdio::null())
            .output()
            .ok()?;
        Some(String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n"))
    };
    let Some(described) = shown("describe LINEAGENTSESSIONSTATE_BUSYWRAPUP") else {
        return;
    };
    let widest = |text: &str| {
        text.lines()
            .map(|line| line.chars().count())
            .max()
            .unwrap_or(0)
    };
    assert!(widest(&described) <= 60, "{described}");
    assert!(
        described.contains("\n               "),
        "wrapped: {described}"
    );
    let help = shown("--help").unwrap();
    assert!(widest(&help) <= 60, "{help}");
}

/// On a terminal, descriptions wrap at its width, each continuation line
/// under the start of its text; a column too narrow puts the text under
/// the row instead. In a pipe, one line a row.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_wraps_descriptions_under_their_column() {
    let Some(listed) = on_terminal(&["list", "LINEAGENTSESSIONSTATE"], 100, &[]) else {
        return;
    };
    let listed = plain(&listed);
    let lines: Vec<&str> = listed.lines().collect();
    assert!(
        lines.iter().all(|line| line.chars().count() <= 100),
        "{listed}"
    );
    let first = lines
        .iter()
        .position(|line| line.starts_with("  LINEAGENTSESSIONSTATE_NOTREADY"))
        .unwrap_or_else(|| panic!("{listed}"));
    let column = lines[first].find("The agent").unwrap();
    assert_eq!(column, 2 + 32 + 2 + 10 + 2, "{listed}");
    let next = lines[first + 1];
    assert_eq!(next.len() - next.trim_start().len(), column, "{listed}");
    assert!(next.trim_start().starts_with("than handling"), "{listed}");

    // 60 columns leave the description less than 40: it goes under the
    // row, six spaces in.
    let narrow = plain(&on_terminal(&["list", "LINEAGENTSESSIONSTATE"], 60, &[]).unwrap());
    let lines: Vec<&str> = narrow.lines().collect();
    let row = lines
        .iter()
        .position(|line| line.starts_with("  LINEAGENTSESSIONSTATE_NOTREADY"))
        .unwrap_or_else(|| panic!("{narrow}"));
    assert_eq!(
        lines[row].trim_end(),
        "  LINEAGENTSESSIONSTATE_NOTREADY    0x00000001"
    );
    assert!(
        lines[row + 1].starts_with("      The agent is logged on"),
        "{narrow}"
    );
    assert!(
        lines.iter().all(|line| line.chars().count() <= 60),
        "{narrow}"
    );

    // A pipe: the same rows, unwrapped.
    let piped = tool(&["list", "LINEAGENTSESSIONSTATE"]);
    assert!(piped.stdout.lines().any(|line| line.starts_with(
        "  LINEAGENTSESSIONSTATE_NOTREADY    0x00000001  The agent is logged on but busy with a task other than handling a call"
    )));
}

/// Wrapping is greedy: a line ends only where the next word would not fit
/// (so a word that fits exactly stays), at every width; and however narrow
/// the terminal, the first word of a text starts its line, with no blank
/// line before it.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_fills_each_line_before_it_wraps() {
    let first_word = |line: &str| line.split_whitespace().next().unwrap_or("").chars().count();
    for columns in 50..=110 {
        let Some(listed) = on_terminal(&["list", "LINEERR"], columns, &[]) else {
            return;
        };
        let listed = plain(&listed);
        let lines: Vec<&str> = listed.lines().collect();
        for pair in lines.windows(2) {
            let (line, next) = (pair[0].trim_end(), pair[1]);
            // A continuation: indented text, not the next row (`  LINEERR_…`).
            let continues =
                next.starts_with("      ") && !next.trim_start().starts_with("LINEERR_");
            // A row that ends at its value put its text under it by
            // design (too little room beside it): not a wrap.
            let ends_at_value = line
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.starts_with("0x"));
            if continues && !line.is_empty() && !ends_at_value {
                assert!(
                    line.chars().count() + 1 + first_word(next) > columns,
                    "{columns} columns: {line:?} had room for the first word of {next:?}"
                );
            }
        }
    }
    // 20 columns leave 14 for a text under its row, less than some first
    // words (`` `lineCompleteCall` ``): still, each row's text follows it.
    let narrow = plain(&on_terminal(&["list", "LINEERR"], 20, &[]).unwrap());
    let lines: Vec<&str> = narrow.lines().collect();
    for pair in lines.windows(2) {
        if pair[0].starts_with("  LINEERR_") {
            assert!(!pair[1].trim().is_empty(), "{pair:?}");
        }
    }
}

/// On a terminal, a value typed on standard input is answered at once, not
/// when the input ends (the tool flushes after each value there).
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_gets_each_answer_as_it_is_typed() {
    let command = format!(
        "'{}' decode LINECALLSTATE -",
        binary().to_str().expect("UTF-8 path")
    );
    let mut child = match Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .env("COLUMNS", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return,
        Err(error) => panic!("script: {error}"),
    };
    let mut typed = child.stdin.take().expect("stdin");
    let mut shown = child.stdout.take().expect("stdout");
    let (sender, receiver) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n @ 1..) = shown.read(&mut buffer) {
            if sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    typed.write_all(b"0x2\n").expect("type a value");
    typed.flush().expect("flush");
    // The input stays open: the answer must come before it ends.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut output = Vec::new();
    let answered = loop {
        if String::from_utf8_lossy(&output).contains("LINECALLSTATE_OFFERING") {
            break true;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(left) {
            Ok(chunk) => output.extend(chunk),
            Err(_) => break false,
        }
    };
    drop(typed);
    let _ = child.kill();
    let _ = child.wait();
    let _ = reader.join();
    assert!(
        answered,
        "no answer while the input was open: {:?}",
        String::from_utf8_lossy(&output)
    );
}

/// A function's negative `LONG` result in decimal is read as the error it
/// is; a comparison in code (`==`) is not a `key = value` of a trace.
#[test]
fn annotate_reads_negative_results_and_leaves_comparisons_alone() {
    let input = b"lineMakeCall returned -2147483595\n\
                  if (dwMsg == 2 && dwParam1 == 0x4) return;\n\
                  dwMsg=2 dwParam1=0x4\n";
    let (run, pairs) = annotated(&["annotate"], input);
    assert_code(&run, 0);
    assert_eq!(
        pairs,
        [
            (
                "lineMakeCall returned -2147483595".to_owned(),
                "lineMakeCall -> LINEERR_INVALPOINTER".to_owned()
            ),
            (
                "dwMsg=2 dwParam1=0x4".to_owned(),
                "LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_ACCEPTED".to_owned()
            ),
        ]
    );
}

/// Each kind of word that can start an annotation, and the rules that
/// decide what a line says, one line each (mutation testing found these
/// untested): message keys and names, phone and tapi functions, `:` keys
/// but not `::`, a key needs its `=` or `:`, the writer's radix from the
/// other values (`x` alone is no hex prefix; `0x` makes bare digits
/// decimal; one bare digit reads the same either way), a name and a key
/// that disagree, a parameter given by name, a field that depends on one
/// not on the line.
#[test]
fn annotate_reads_each_kind_of_line_by_its_rules() {
    let cases: &[(&str, &[&str])] = &[
        ("message=2 Param1=0x4", &["LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_ACCEPTED"]),
        ("uMsg=2 P1=0x4", &["LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_ACCEPTED"]),
        ("phoneOpen returned -1879048188", &["phoneOpen -> PHONEERR_INCOMPATIBLEEXTVERSION"]),
        ("tapiRequestMakeCall returned -2", &["tapiRequestMakeCall -> TAPIERR_NOREQUESTRECIPIENT"]),
        ("end", &[]),
        ("LINECALLSTATUS dwCallState: 0x4", &["LINECALLSTATUS.dwCallState=LINECALLSTATE_ACCEPTED"]),
        ("LINECALLSTATUS dwCallState 0x4", &[]),
        ("LINECALLSTATUS CallState=0x4", &[]),
        ("Foo::dwCallState 0x4 LINECALLSTATUS", &[]),
        ("msg=2 P1=10 flag=x", &[]),
        ("dwMsg=10 dwParam1=0x00000001", &["LINE_MONITORMEDIA (10) dwParam1=0x00000001"]),
        ("msg=2 P1=4", &["LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_ACCEPTED"]),
        ("LINE_CALLSTATE msg=3 P1=0x4", &[]),
        (
            "LINE_CALLSTATE P1=0x2 P2=ACTIVE",
            &["LINE_CALLSTATE (2) dwParam1=LINECALLSTATE_OFFERING dwParam2=LINEOFFERINGMODE_ACTIVE"],
        ),
        ("LINECALLSTATUS dwCallStateMode=0x1 dwOther=2", &[]),
        // No structure named: a field whose structures read it alike, and
        // one they read differently (a mode in one, a set in another).
        ("dwBearerMode=0x1", &["LINECALLINFO.dwBearerMode=LINEBEARERMODE_VOICE"]),
        ("dwMediaMode=0x4", &[]),
        // A reply's result: 0 is success, else an error code.
        ("msg=12 P1=0x5 P2=0x0", &["LINE_REPLY (12) dwParam1=5 dwParam2=0 (success)"]),
        (
            "msg=12 P1=0x5 P2=0x80000048",
            &["LINE_REPLY (12) dwParam1=5 dwParam2=LINEERR_OPERATIONFAILED"],
        ),
        // A function's result is annotated only when it is an error, and
        // only after a function's camel-case name.
        ("tapiRequestMakeCall returned 0", &[]),
        ("lines -2147483595", &[]),
        (
            "LINECALLSTATUS dwCallState=0x2 dwCallStateMode=0x1",
            &[
                "LINECALLSTATUS.dwCallState=LINECALLSTATE_OFFERING",
                "LINECALLSTATUS.dwCallStateMode=(not specified)",
            ],
        ),
    ];
    for (line, expected) in cases {
        let run = tool_with(&["annotate"], &[], Some(format!("{line}\n").as_bytes()));
        assert_code(&run, 0);
        let mut lines = run.stdout.lines();
        assert_eq!(lines.next(), Some(*line));
        let annotations: Vec<&str> = lines
            .map(|annotation| annotation.strip_prefix("#tapi: ").expect("an annotation"))
            .collect();
        assert_eq!(annotations, *expected, "{line}");
    }
}

/// Error lines for the tool's failures, as `--lang` (or the environment,
/// for a command line the parser refused) asks: the same facts in each
/// language (the names and numbers the user typed), the words the
/// catalogue and the library give.
#[test]
fn errors_speak_the_language_asked_for() {
    let cases: &[(&[&str], &str, &str, &str)] = &[
        (
            &["decode", "LINECALLSTATE", "OFERING"],
            "unknown name `OFERING` for LINECALLSTATE_; did you mean `OFFERING`?",
            "nom inconnu `OFERING` pour LINECALLSTATE_ ; vouliez-vous dire `OFFERING` ?",
            "unbekannter Name `OFERING` für LINECALLSTATE_; meinten Sie `OFFERING`?",
        ),
        (
            &["decode", "LINEERR", "00000100"],
            "; or pass --hex to read numbers without a prefix as hex",
            " ; ou passez --hex pour lire en hexadécimal les nombres sans préfixe",
            "; oder --hex angeben, um Zahlen ohne Präfix hexadezimal zu lesen",
        ),
        (
            &["decode", "LINECALLSTAT", "1"],
            "unknown family `LINECALLSTAT`; did you mean `LINECALLSTATE_`?",
            "famille inconnue `LINECALLSTAT` ; vouliez-vous dire `LINECALLSTATE_` ?",
            "unbekannte Familie `LINECALLSTAT`; meinten Sie `LINECALLSTATE_`?",
        ),
        (
            &["describe", "LINECALLSTATE_OFERING"],
            "did you mean `LINECALLSTATE_OFFERING`?",
            "vouliez-vous dire `LINECALLSTATE_OFFERING` ?",
            "meinten Sie `LINECALLSTATE_OFFERING`?",
        ),
        (
            &["describe", "IDLE"],
            "(or 1 more)?",
            "(ou 1 autre) ?",
            "(oder 1 weiterer)?",
        ),
        (
            &["describe", "IDLE"],
            "`IDLE` is a short name, not a full one; did you mean",
            "`IDLE` est un nom court, pas un nom complet ; vouliez-vous dire",
            "`IDLE` ist ein Kurzname, kein vollständiger Name; meinten Sie",
        ),
        (
            &["encode", "LINEAGENTSESSIONSTATE_READY | LINECALLSTATE_IDLE"],
            "`LINECALLSTATE_IDLE` is a name of LINECALLSTATE_, not of LINEAGENTSESSIONSTATE_",
            "`LINECALLSTATE_IDLE` est un nom de LINECALLSTATE_, pas de LINEAGENTSESSIONSTATE_",
            "`LINECALLSTATE_IDLE` ist ein Name von LINECALLSTATE_, nicht von \
             LINEAGENTSESSIONSTATE_",
        ),
        (
            &["message", "LINE_CALLSTATEE"],
            "no message is named `LINE_CALLSTATEE`; did you mean `LINE_CALLSTATE`? give",
            "aucun message ne s’appelle `LINE_CALLSTATEE` ; vouliez-vous dire \
             `LINE_CALLSTATE` ? donnez",
            "keine Nachricht heißt `LINE_CALLSTATEE`; meinten Sie `LINE_CALLSTATE`? einen",
        ),
        (
            &["message", "LINE_CALLSTATE", "BOGUS"],
            "dwParam1: unknown name `BOGUS` for LINECALLSTATE_",
            "dwParam1: nom inconnu `BOGUS` pour LINECALLSTATE_",
            "dwParam1: unbekannter Name `BOGUS` für LINECALLSTATE_",
        ),
        (
            &["field", "LINECALLINFO.dwBearerMod", "1"],
            "LINECALLINFO has no field `dwBearerMod` that holds a constant; did you mean \
             LINECALLINFO.dwBearerMode?",
            "LINECALLINFO n’a pas de champ `dwBearerMod` qui contienne une constante ; \
             vouliez-vous dire LINECALLINFO.dwBearerMode ?",
            "LINECALLINFO hat kein Feld `dwBearerMod`, das eine Konstante enthält; meinten \
             Sie LINECALLINFO.dwBearerMode?",
        ),
        (
            &["annotate", "/nonexistent/trace.log"],
            "cannot read /nonexistent/trace.log: ",
            "impossible de lire /nonexistent/trace.log : ",
            "/nonexistent/trace.log kann nicht gelesen werden: ",
        ),
    ];
    for (args, en, fr, de) in cases {
        for (lang, expected) in [("en", en), ("fr", fr), ("de", de)] {
            let mut with_lang = vec!["--lang", lang];
            with_lang.extend_from_slice(args);
            let run = tool(&with_lang);
            assert!(run.code != 0, "{with_lang:?}");
            assert!(
                run.stderr.contains(expected),
                "{with_lang:?}: {}",
                run.stderr
            );
        }
    }
}

/// A command line the parser refused has no `--lang` value yet: the error
/// is in `--lang`'s language if argv has one, else the environment's.
#[test]
fn usage_errors_speak_the_language_asked_for() {
    let run = tool(&["--lang", "fr", "decod", "LINECALLSTATE", "1"]);
    assert_refused(
        &run,
        2,
        "error: sous-commande inconnue 'decod' ; vouliez-vous dire 'decode' ou 'encode' ? \
         (`tapi-consts --help` explique l’utilisation)\n",
    );
    let run = tool_with(&["list", "--bogus"], &[("LANG", "de_AT.UTF-8")], None);
    assert_refused(&run, 2, "error: unerwartetes Argument '--bogus'");
    let run = tool_with(&[], &[("LC_ALL", "fr_CA.UTF-8")], None);
    assert_refused(&run, 2, "error: une sous-commande est requise : ");
    // An invalid --lang is said in the environment's language.
    let run = tool_with(&["--lang", "f", "list"], &[("LANG", "de_DE.UTF-8")], None);
    assert_refused(
        &run,
        2,
        "error: ungültiges --lang `f`: erwartet wird ein Sprach-Tag",
    );
}

/// What `field` says besides the descriptions, in the language asked for.
#[test]
fn field_facts_speak_the_language_asked_for() {
    let run = tool(&[
        "--lang",
        "de",
        "field",
        "LINECALLSTATUS.dwCallStateMode",
        "1",
    ]);
    assert_shows(
        &run,
        "(hängt von dwCallState ab: dwCallState=VALUE angeben)",
    );
    let run = tool(&[
        "--lang",
        "fr",
        "field",
        "LINECALLSTATUS.dwCallStateMode",
        "1",
    ]);
    assert_shows(&run, "(dépend de dwCallState : donnez dwCallState=VALUE)");
    // `--json`'s `text` stays English: scripts read it.
    let run = tool(&[
        "--lang",
        "fr",
        "--json",
        "field",
        "LINECALLSTATUS.dwCallStateMode",
        "1",
    ]);
    assert_shows(
        &run,
        "\"text\":\"(depends on dwCallState: give dwCallState=VALUE)\"",
    );
}

/// No English left in French or German errors: every failure the tool
/// reports, run in both, has none of the words English sentences are made
/// of (the inputs below have none either).
#[test]
fn french_and_german_errors_have_no_english_words() {
    let failures: &[&[&str]] = &[
        &["decode", "LINECALLSTATE", ""],
        &["decode", "LINECALLSTATE", "0x"],
        &["decode", "LINECALLSTATE", "-0100"],
        &["decode", "LINECALLSTATE", "0x1_0000_0000"],
        &["decode", "LINEERR", "IDLE | BUSY"],
        &[
            "decode",
            "LINEINITIALIZEEXOPTION",
            "USEEVENT | USEHIDDENWINDOW",
        ],
        &["decode", "LINEAGENTSESSIONSTATE", "ffffffff"],
        &["decode", "", "1"],
        &["decode", "LINECALLSTATE_IDLE", "1"],
        &["decode", "TAPIMAXDESTADDRESSSIZE", "1"],
        &["decode", "AGENTSESSION", "1"],
        &["describe", "LineCallState::Bogus"],
        &["describe", "LineCallStat::Idle"],
        &["describe", "LINECALLSTATE.LINEERR_INUSE"],
        &["describe", "0x12345"],
        &["describe", "QWERTYUIOP"],
        &["describe", ""],
        &["encode", "0x4"],
        &["encode", "LINECALLSTATE_BOGUSS"],
        &["encode", "FOO_BAR"],
        &["message", "99"],
        &["message", "0x"],
        &["message", "LINE_BOGUS"],
        &["message", "LINE_CALLSTATE", "0xZZ"],
        &["message", "LINE_CALLSTATE", "1", "X"],
        &["field", "LINECALLSTATUS"],
        &["field", "LINEMESSAGE.dwParam1", "1"],
        &["field", "LINEBOGUS.dwX", "1"],
        &[
            "field",
            "LINECALLSTATUS.dwCallStateMode",
            "1",
            "dwCallState",
        ],
        &["field", "LINECALLSTATUS.dwCallStateMode", "1", "dwX=1"],
        &["field", "LINECALLSTATUS.dwCallState", "1", "dwX=1"],
        &["field", "LINECALLSTATUS.dwCallState", "0xZZ"],
        &["field", "LINEDEVCAPS.dwNumAddresses", "X"],
        &["find", ""],
        &["find", "QWERTYUIOPASDF"],
        &["decod"],
        &["list", "a", "b"],
        &["decode"],
        &["--color", "sometimes", "list"],
        &["--json=yes", "list"],
        &["list", "--bogus"],
        &["decode", "LINEERR", "-x1"],
    ];
    let english = [
        " the ",
        " is ",
        " not ",
        " no ",
        "unknown",
        "did you mean",
        "expected",
        "cannot",
        " of ",
        " or ",
        " and ",
        " with ",
        "give ",
        "write ",
        "missing",
        " invalid ",
    ];
    // And what `decode -` reads from standard input, line by line.
    let stdin = b"zz\n\xff\n0x80000004\n";
    let runs = failures
        .iter()
        .flat_map(|args| ["fr", "de"].map(|lang| (lang, args.to_vec(), None)))
        .chain(["fr", "de"].map(|lang| (lang, vec!["decode", "LINEERR", "-"], Some(&stdin[..]))));
    for (lang, args, input) in runs {
        {
            let mut with_lang = vec!["--lang", lang];
            with_lang.extend_from_slice(&args);
            let run = tool_with(&with_lang, &[], input);
            assert!(run.code != 0, "{with_lang:?}");
            for line in run.stderr.lines() {
                let lower = line.to_lowercase();
                for word in english {
                    assert!(!lower.contains(word), "{word:?} in {with_lang:?}: {line}");
                }
            }
        }
    }
}

/// `annotate`'s lines and `decode`'s summary in the language asked for;
/// `annotate --json` keeps English, which scripts read.
#[test]
fn annotations_and_summaries_speak_the_language_asked_for() {
    let trace = b"[4984] 15:46:18:464: [INFO ] LineEventProcSP: HTapiLine=0000000000010300, \
HTapiCall=0000000000000000, msg=1f4,       P1=x5f48790, P2=x5f487b0, P3=x0\n";
    let run = tool_with(&["--lang", "de", "annotate"], &[], Some(trace));
    assert_shows(
        &run,
        "LINE_NEWCALL (500, Dienstanbieter) dwParam1=(Handle) dwParam2=(Zeiger) \
         dwParam3=(nicht verwendet)\n",
    );
    let run = tool_with(&["--lang", "fr", "annotate"], &[], Some(trace));
    assert_shows(
        &run,
        "LINE_NEWCALL (500, fournisseur de services) dwParam1=(handle) \
         dwParam2=(pointeur) dwParam3=(inutilisé)\n",
    );
    let run = tool_with(&["--lang", "fr", "--json", "annotate"], &[], Some(trace));
    assert_shows(
        &run,
        "LINE_NEWCALL (500, provider) dwParam1=(handle) dwParam2=(pointer) dwParam3=(unused)",
    );

    let run = tool(&[
        "--lang",
        "fr",
        "decode",
        "LINEERR",
        "0x80000004",
        "0x80000099",
    ]);
    assert_refused(
        &run,
        1,
        "2 valeurs ne sont la valeur d’aucune constante LINEERR_ (affichées comme inconnues)",
    );
    let run = tool(&["--lang", "de", "decode", "LINEAGENTSESSIONSTATE", "0x40"]);
    assert_refused(
        &run,
        1,
        "1 Wert hat Bits, die keine LINEAGENTSESSIONSTATE_-Konstante hat (als unbekannt angezeigt)",
    );
}
