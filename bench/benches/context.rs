//! Run-time benchmark of the context readers: callback messages
//! (`tapi_consts::messages::read`) and structure fields
//! (`tapi_consts::fields`). Nothing else does this job, so there is no
//! anchor: the numbers are absolute (ns per call), printed by criterion.
//! `annotate`, which calls both per trace line, has its own throughput
//! benchmark (`bench/annotate/run.sh`).
//!
//! Inputs as in `runtime.rs`: every case in a shuffled sequence, the same
//! for every run, so that branch prediction cannot learn a short cycle.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use tapi_consts::families::{LineCallState, LineConnectedMode, LineDisconnectMode, LineErr};
use tapi_consts::fields::{self, Field};
use tapi_consts::messages::{read, Level};

/// Calls per iteration.
const LEN: usize = 1024;

/// A message as a callback receives it.
type Message = (Level, u32, [usize; 5]);

/// Every message of both levels with numbers of the right kind, plus the
/// cases real traces show most (`LINE_CALLSTATE` in each state with its
/// mode, `LINE_REPLY` with results, the provider's `LINE_NEWCALL` of
/// tapisrv's trace).
fn messages() -> Vec<Message> {
    let mut all: Vec<Message> = (0..=34)
        .map(|number| (Level::Application, number, [0x10c4, 0, 0x100, 0x1, 0]))
        .chain((500..=506).map(|number| (Level::Provider, number, [0x10300, 0, 0x5f48790, 0, 0])))
        .collect();
    // From tests/data/traces/tapisrv.log.
    all.push((
        Level::Provider,
        0x1f4,
        [0x10300, 0, 0x5f4_8790, 0x5f4_87b0, 0],
    ));
    all.push((Level::Provider, 2, [0x10300, 0x101ee, 2, 1, 0]));
    for state in LineCallState::ALL {
        all.push((
            Level::Application,
            2,
            [0x10c4, 0, state.value() as usize, 0, 0],
        ));
    }
    for mode in LineConnectedMode::ALL {
        let connected = LineCallState::Connected.value() as usize;
        all.push((
            Level::Application,
            2,
            [0x10c4, 0, connected, mode.value() as usize, 1],
        ));
    }
    for mode in LineDisconnectMode::ALL {
        let disconnected = LineCallState::Disconnected.value() as usize;
        all.push((
            Level::Application,
            2,
            [0x10c4, 0, disconnected, mode.value() as usize, 0],
        ));
    }
    for error in LineErr::ALL.iter().take(20) {
        all.push((
            Level::Application,
            12,
            [0, 0, 0x1000_0042, error.value() as usize, 0],
        ));
    }
    all
}

/// What a user (or `annotate`) does with a message: read it, then name
/// every number that holds a constant.
#[inline(never)]
fn read_and_name(message: &Message) -> usize {
    let (level, number, numbers) = *message;
    let Some(reading) = read(level, number, numbers) else {
        return 0;
    };
    reading
        .params()
        .iter()
        .filter_map(|param| param.entry())
        .map(|entry| entry.name().len())
        .sum()
}

/// A field as its page spells it, looked up.
#[inline(never)]
fn look_up(names: &(&str, &str)) -> Option<Field> {
    fields::field(names.0, names.1)
}

/// A field's value read, given what a dependent field needs.
#[inline(never)]
fn read_field(case: &(Field, u32)) -> usize {
    let (field, value) = *case;
    let reading = field.read(value, &[("dwCallState", 0x100), ("dwReason", 0x80)]);
    reading.description("en").len()
}

/// xorshift64*, as in `runtime.rs`.
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut state = seed;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut out = Vec::with_capacity(LEN);
    let mut round = items.to_vec();
    while out.len() < LEN {
        for i in (1..round.len()).rev() {
            round.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        out.extend(round.iter().take(LEN - out.len()).cloned());
    }
    out
}

fn main() {
    let messages = shuffled(&messages(), 11);
    let all_fields: Vec<Field> = fields::fields().collect();
    let names: Vec<(&str, &str)> = all_fields
        .iter()
        .map(|f| (f.structure(), f.name()))
        .collect();
    let names = shuffled(&names, 12);
    let values: Vec<(Field, u32)> = all_fields.iter().map(|&f| (f, 0x1)).collect();
    let values = shuffled(&values, 13);
    // What is timed works.
    assert!(messages
        .iter()
        .all(|message| read(message.0, message.1, message.2).is_some()));
    assert!(names.iter().all(|names| look_up(names).is_some()));

    let mut c = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .without_plots()
        .configure_from_args();
    let mut group = c.benchmark_group("context");
    group.throughput(Throughput::Elements(LEN as u64));
    group.bench_function("message_read_and_name", |b| {
        b.iter(|| {
            messages
                .iter()
                .map(|m| read_and_name(black_box(m)))
                .sum::<usize>()
        })
    });
    group.bench_function("field_look_up", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|n| look_up(black_box(n)).is_some())
                .count()
        })
    });
    group.bench_function("field_read", |b| {
        b.iter(|| {
            values
                .iter()
                .map(|v| read_field(black_box(v)))
                .sum::<usize>()
        })
    });
    group.finish();
    c.final_summary();
}
