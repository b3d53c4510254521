#!/usr/bin/env bash
# Compile-time comparison, for each kind of user: a program reading one
# prebuilt family versus the same program on windows-sys's raw consts, and a
# crate deriving every family versus strum + num_enum + bitflags.
# See README.md beside this file.
#
#   bash bench/compile-time/run.sh
#
# Environment:
#   RUNS=3                 clean builds of each crate (alternated, in turn)
#   COMPILE_TIME_DIR=DIR   scratch directory (default: <repo>/target/compile-time)
#   ANCHOR_FLAG_ENUMS=0    leave the enum form of flags families out of the anchor
#   KEEP_TARGETS=1         keep every build's target directory (default: removed)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${COMPILE_TIME_DIR:-$REPO/target/compile-time}"
RUNS="${RUNS:-3}"
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "RUNS must be a positive integer, not '$RUNS'" >&2
    exit 2
fi

# Plain rustc for every build: no caching wrapper, no incremental state.
# CARGO_INCREMENTAL=0 makes the path dependency tapi-consts (and the anchor
# crate) build the way a crates.io dependency does; cargo would otherwise
# compile path dependencies incrementally.
unset RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER
export CARGO_INCREMENTAL=0
# No flags from the workspace's .cargo/config.toml (the runtime benchmark's
# code alignment): a user's build does not read it.
export RUSTFLAGS=""
export CARGO_TERM_COLOR=never

say() { printf '== %s\n' "$*" >&2; }

mkdir -p "$WORK"
START=$(date +%s)

# 1. Dump the families from the tapi-consts crate itself.
say "dumping tapi_consts::families::ALL"
CARGO_TARGET_DIR="$WORK/dump-target" \
    cargo run --quiet --manifest-path "$HERE/dump/Cargo.toml" >"$WORK/families.tsv"

# 2. Generate the throwaway crates.
say "generating crates in $WORK/crates"
rm -rf "$WORK/crates"
python3 "$HERE/gen.py" "$WORK/families.tsv" "$REPO/tapi-consts/src/raw/ungrouped.rs" \
    "$REPO" "$WORK/crates" >"$WORK/anchor-summary.txt"
cat "$WORK/anchor-summary.txt" >&2

# The crates that use tapi-consts (and windows-sys) start from the
# workspace's lock file, so they build against the versions the repository
# tests with (cargo drops the entries it does not need).
CRATES=(anchor derive one-ws one)
for crate in derive one one-ws; do
    [ -f "$REPO/Cargo.lock" ] && cp "$REPO/Cargo.lock" "$WORK/crates/$crate/Cargo.lock"
done

# Downloads happen here, never inside a timed build.
for crate in "${CRATES[@]}"; do
    say "fetching dependencies of $crate"
    cargo fetch --quiet --manifest-path "$WORK/crates/$crate/Cargo.toml"
done

# What the one-family user builds: its normal and build dependencies, where
# no proc-macro crate may appear.
cargo tree --frozen --manifest-path "$WORK/crates/one/Cargo.toml" -e normal,build \
    >"$WORK/one-tree.txt"

# 3. Clean builds, alternating, each in its own fresh target directory.
rm -rf "$WORK/runs"
mkdir -p "$WORK/runs"
for ((i = 1; i <= RUNS; i++)); do
    for crate in "${CRATES[@]}"; do
        run="$WORK/runs/$crate-$i"
        target="$run/target"
        mkdir -p "$run"
        say "build $i/$RUNS: $crate"
        t0=$(date +%s%N)
        if ! CARGO_TARGET_DIR="$target" cargo build --frozen --timings \
            --manifest-path "$WORK/crates/$crate/Cargo.toml" >"$run/cargo.log" 2>&1; then
            cat "$run/cargo.log" >&2
            exit 1
        fi
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000000)) >"$run/wall_ms"
        cp "$target/cargo-timings/cargo-timing.html" "$run/"
        [ "${KEEP_TARGETS:-0}" = 1 ] || rm -rf "$target"
    done
done

# The programs' stripped release binaries (not timed).
for crate in one one-ws; do
    say "release build: $crate"
    target="$WORK/release-$crate"
    rm -rf "$target"
    CARGO_TARGET_DIR="$target" cargo build --frozen --release -q \
        --manifest-path "$WORK/crates/$crate/Cargo.toml"
    bin=$([ "$crate" = one ] && echo tapi-one || echo ws-one)
    # Run it: both programs must print the same thing.
    "$target/release/$bin" 4 >"$WORK/runs/$crate-output"
    stat -c %s "$target/release/$bin" >"$WORK/runs/$crate-binary_bytes"
    rm -rf "$target"
done
if ! cmp -s "$WORK/runs/one-output" "$WORK/runs/one-ws-output"; then
    echo "the two one-family programs disagree:" >&2
    cat "$WORK/runs/one-output" "$WORK/runs/one-ws-output" >&2
    exit 1
fi

# 4. Medians, ratios and targets.
python3 "$HERE/report.py" "$WORK/runs" "$RUNS" "$WORK/anchor-summary.txt" "$WORK/one-tree.txt"
say "done in $(($(date +%s) - START)) s; timing reports in $WORK/runs/*/cargo-timing.html"
