//! Exhaustive check of FORMAT.md's round trip for `LINEAGENTSESSIONSTATE_`:
//! every one of the 2^32 bit patterns, through `Flags::from_bits_retain`,
//! the set text in both forms (`Display` and `{:#}`) and `FromStr`.
//!
//! Ignored by default: it takes minutes, in release mode, on every core.
//!
//! ```sh
//! cargo test --release -p tapi-consts-tests --test exhaustive -- --ignored --nocapture
//! ```

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Instant;

use tapi_consts::families::LineAgentSessionStateSet;

/// Patterns checked between two looks at the stop flag, and between two
/// comparisons of `write_to` with `Display`.
const STRIDE: u64 = 1 << 16;

#[test]
#[ignore = "all 2^32 bit patterns: minutes in release mode (run with --ignored)"]
fn every_line_agent_session_states_pattern_round_trips() {
    const TOTAL: u64 = 1 << 32;
    let threads = thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let started = Instant::now();
    let failed = AtomicBool::new(false);
    let results: Vec<Result<u64, String>> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let range = TOTAL * worker / threads..TOTAL * (worker + 1) / threads;
                let failed = &failed;
                scope.spawn(move || check_range(range, failed))
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("a worker panicked"))
            .collect()
    });
    let elapsed = started.elapsed();
    let mut checked = 0;
    for result in results {
        match result {
            Ok(count) => checked += count,
            Err(failure) => panic!("{failure}"),
        }
    }
    assert_eq!(checked, TOTAL);
    println!(
        "{checked} LINEAGENTSESSIONSTATE_ bit patterns round-trip in both forms \
         ({threads} threads, {elapsed:.1?})"
    );
}

/// Checks the patterns of `range`; returns how many, or the first failure.
fn check_range(range: std::ops::Range<u64>, failed: &AtomicBool) -> Result<u64, String> {
    let mut text = String::with_capacity(512);
    let mut displayed = String::with_capacity(512);
    let count = range.end - range.start;
    for bits in range {
        let set = LineAgentSessionStateSet::from_bits_retain(bits as u32);
        let sample = bits % STRIDE == 0;
        if sample && failed.load(Ordering::Relaxed) {
            return Err("stopped: another worker failed".into());
        }
        for short in [false, true] {
            text.clear();
            set.write_to(&mut text, short)
                .map_err(|_| format!("{bits:#010x}: write_to failed"))?;
            if sample {
                // `write_to` writes what `Display` does.
                displayed.clear();
                if short {
                    write!(displayed, "{set:#}")
                } else {
                    write!(displayed, "{set}")
                }
                .map_err(|_| format!("{bits:#010x}: Display failed"))?;
                if displayed != text {
                    failed.store(true, Ordering::Relaxed);
                    return Err(format!(
                        "{bits:#010x}: Display {displayed:?}, write_to {text:?}"
                    ));
                }
            }
            match text.parse::<LineAgentSessionStateSet>() {
                Ok(back) if back == set => {}
                other => {
                    failed.store(true, Ordering::Relaxed);
                    return Err(format!("{bits:#010x}: {text:?} parses as {other:?}"));
                }
            }
        }
    }
    Ok(count)
}
