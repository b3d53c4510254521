#!/usr/bin/env bash
# Compile-time comparison: tapi-consts as a dependency versus the
# strum + num_enum + bitflags code a user would write for the same families.
# See README.md beside this file.
#
#   bash bench/compile-time/run.sh
#
# Environment:
#   RUNS=3                 clean builds of each crate (alternated A, B, A, B, ...)
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
export CARGO_TERM_COLOR=never

say() { printf '== %s\n' "$*" >&2; }

mkdir -p "$WORK"
START=$(date +%s)

# 1. Dump the families from the tapi-consts crate itself.
say "dumping tapi_consts::families::ALL"
CARGO_TARGET_DIR="$WORK/dump-target" \
    cargo run --quiet --manifest-path "$HERE/dump/Cargo.toml" >"$WORK/families.tsv"

# 2. Generate the two throwaway crates.
say "generating crates in $WORK/crates"
rm -rf "$WORK/crates"
python3 "$HERE/gen.py" "$WORK/families.tsv" "$REPO/tapi-consts/src/raw/ungrouped.rs" \
    "$REPO" "$WORK/crates" >"$WORK/anchor-summary.txt"
cat "$WORK/anchor-summary.txt" >&2

# The user crate starts from the workspace's lock file, so tapi-consts builds
# against the same syn, quote and proc-macro2 versions as in the repository
# (cargo drops the entries it does not need).
if [ -f "$REPO/Cargo.lock" ]; then
    cp "$REPO/Cargo.lock" "$WORK/crates/user/Cargo.lock"
fi

# Downloads happen here, never inside a timed build.
for crate in anchor user; do
    say "fetching dependencies of $crate"
    cargo fetch --quiet --manifest-path "$WORK/crates/$crate/Cargo.toml"
done

# 3. Clean builds, alternating, each in its own fresh target directory.
rm -rf "$WORK/runs"
mkdir -p "$WORK/runs"
for ((i = 1; i <= RUNS; i++)); do
    for crate in anchor user; do
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
        # The crate's own rlib: the anchor, or tapi-consts for the user crate.
        lib=$([ "$crate" = anchor ] && echo tapi_anchor || echo tapi_consts)
        rlibs=("$target"/debug/deps/lib"$lib"-*.rlib)
        if [ "${#rlibs[@]}" -ne 1 ] || [ ! -f "${rlibs[0]}" ]; then
            echo "expected exactly one lib$lib-*.rlib, found: ${rlibs[*]}" >&2
            exit 1
        fi
        stat -c %s "${rlibs[0]}" >"$run/rlib_bytes"
        [ "${KEEP_TARGETS:-0}" = 1 ] || rm -rf "$target"
    done
done

# 4. Medians, ratios and targets.
python3 "$HERE/report.py" "$WORK/runs" "$RUNS" "$WORK/anchor-summary.txt"
say "done in $(($(date +%s) - START)) s; timing reports in $WORK/runs/*/cargo-timing.html"
