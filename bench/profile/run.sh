#!/usr/bin/env bash
# What bounds each operation of the runtime benchmark, counted rather than
# timed: the benchmark binary runs under valgrind's callgrind (with its
# branch simulator), one criterion group at a time, and per_call.py prints,
# per call of each contender, the instructions, conditional branches and
# mispredicted branches. Counts do not depend on the machine's load, so
# they hold where timings drift; see bench/README.md, "Profiles".
#
#   bash bench/profile/run.sh                       # every group, ~2 min a group
#   bash bench/profile/run.sh exact_name_f6_valid   # groups matching a regex
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="${PROFILE_DIR:-$REPO/target/profile}"
FILTER="${1:-.}"
command -v valgrind >/dev/null || { echo "needs valgrind (apt install valgrind)" >&2; exit 2; }
mkdir -p "$OUT"

echo "== building the benchmark (release)" >&2
BIN=$(cargo bench -q -p tapi-consts-bench --bench runtime --no-run --message-format=json \
      --manifest-path "$REPO/Cargo.toml" 2>/dev/null |
      python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "runtime" and m.get("executable"):
        print(m["executable"])')

for group in $("$BIN" --list 2>/dev/null | sed -n 's|^\([^/]*\)/.*: benchmark$|\1|p' | uniq | grep -E "$FILTER"); do
    echo "== $group" >&2
    valgrind --tool=callgrind --branch-sim=yes --callgrind-out-file="$OUT/$group.out" \
        "$BIN" --bench --profile-time 1 "^$group/" > "$OUT/$group.log" 2>&1
    echo "$group"
    python3 "$HERE/per_call.py" "$OUT/$group.out" '^runtime::'
    echo
done
