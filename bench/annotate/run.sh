#!/usr/bin/env bash
# annotate's throughput: a large generated trace, annotated by the release
# tool, beside `wc -l` on the same file (which only counts newlines: the
# floor of reading the file). Reports MB/s (10^6 bytes) and the ratio.
#
#   bash bench/annotate/run.sh            # a 200 MB trace, 3 runs each
#
# Environment: SIZE_MB=200, RUNS=3, ANNOTATE_DIR=target/annotate-bench.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${ANNOTATE_DIR:-$REPO/target/annotate-bench}"
SIZE_MB="${SIZE_MB:-200}"
RUNS="${RUNS:-3}"
mkdir -p "$WORK"

echo "== building the tool (release)" >&2
cargo build -q --release -p tapi-consts-cli --manifest-path "$REPO/Cargo.toml"
TOOL="$REPO/target/release/tapi-consts"

# The trace: the real lines of tests/data/traces/ (one line in five, as a
# TAPI-heavy log has), between ordinary log lines, deterministic.
TRACE="$WORK/trace.log"
echo "== generating a ${SIZE_MB} MB trace in $TRACE" >&2
python3 - "$REPO/tests/data/traces" "$TRACE" "$SIZE_MB" <<'PY'
import os, random, sys
traces, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
real = []
for name in sorted(os.listdir(traces)):
    if name.endswith('.log'):
        real += open(os.path.join(traces, name), encoding='utf-8').read().splitlines()
filler = [
    '[4984] 15:46:18:464: [TRACE] LineEventProc',
    '2026-11-30 08:00:01.123 INFO  worker-3 processed request id=48213 in 12 ms',
    '[3344] 15:37:25:615: [TRACE] DestroytCall: enter, ptCall=x000000EA18125370',
    'GET /api/v1/items?page=3 200 0.012s',
]
random.seed(1)
size, limit = 0, size_mb * 1_000_000
with open(out, 'w', encoding='utf-8') as f:
    while size < limit:
        line = random.choice(real) if random.random() < 0.2 else random.choice(filler)
        f.write(line + '\n')
        size += len(line.encode()) + 1
PY
BYTES=$(stat -c %s "$TRACE")
# Warm the page cache, so both read from memory.
cat "$TRACE" >/dev/null

time_ms() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

WC=() ; ANNOTATE=()
for ((i = 1; i <= RUNS; i++)); do
    WC+=("$(time_ms wc -l "$TRACE")")
    ANNOTATE+=("$(time_ms "$TOOL" annotate "$TRACE")")
done
wc_ms=$(printf '%s\n' "${WC[@]}" | median)
an_ms=$(printf '%s\n' "${ANNOTATE[@]}" | median)
annotated=$("$TOOL" annotate "$TRACE" | grep -c '^#tapi: ' || true)
python3 - "$BYTES" "$wc_ms" "$an_ms" "$annotated" "${WC[*]}" "${ANNOTATE[*]}" <<'PY'
import sys
size, wc, an, annotated, wc_runs, an_runs = sys.argv[1:]
size, wc, an = int(size), max(int(wc), 1), max(int(an), 1)
mb = size / 1e6
print(f"trace: {mb:.0f} MB, {annotated} annotation lines")
print(f"wc -l:                {wc:6d} ms  {mb / wc * 1000:8.0f} MB/s   runs: {wc_runs} ms")
print(f"tapi-consts annotate: {an:6d} ms  {mb / an * 1000:8.0f} MB/s   runs: {an_runs} ms")
print(f"annotate / wc -l time: {an / wc:.1f}x; target: at least 100 MB/s: {'yes' if mb / an * 1000 >= 100 else 'NO'}")
PY
