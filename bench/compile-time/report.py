#!/usr/bin/env python3
"""Prints the table of bench/compile-time/run.sh.

    report.py RUNS_DIR N SUMMARY ONE_TREE

RUNS_DIR holds CRATE-1 … CRATE-N for each crate (anchor, derive, one-ws,
one), each with wall_ms and the build's cargo-timing.html, whose
`const UNIT_DATA = [...]` gives every unit's duration (seconds, to 0.01),
and one-binary_bytes, one-ws-binary_bytes (stripped release binaries).
SUMMARY is gen.py's line about the crates; ONE_TREE is `cargo tree -e
normal,build` of the one-family program.
"""

import json
import os
import statistics
import subprocess
import sys

UNIT_DATA = "const UNIT_DATA = "

# The kinds of user (issue "Pay only for what you use"): the crate measured,
# what it is compared with, and the target ratio of their median walls.
USERS = [
    ("reads one prebuilt family (default features)", "one",
     "the same program on windows-sys", "one-ws", 2.0),
    ("derives every family (`derive` only)", "derive",
     "strum + num_enum + bitflags", "anchor", 0.45),
]
BINARY_SLACK = 64 * 1024


def units(html_path):
    """{(name, target): (version, duration)} of one timing report."""
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    start = html.find(UNIT_DATA)
    if start < 0:
        sys.exit(f"report.py: no UNIT_DATA in {html_path}: has cargo's timing report changed?")
    data, _ = json.JSONDecoder().raw_decode(html, start + len(UNIT_DATA))
    return {(u["name"], u["target"].strip()): (u["version"], float(u["duration"])) for u in data}


def load(runs_dir, crate, n):
    runs = []
    for i in range(1, n + 1):
        d = os.path.join(runs_dir, f"{crate}-{i}")
        with open(os.path.join(d, "wall_ms")) as f:
            wall = int(f.read()) / 1000
        runs.append({"wall": wall, "units": units(os.path.join(d, "cargo-timing.html"))})
    return runs


def read_int(path):
    with open(path) as f:
        return int(f.read())


def unit_times(runs, name):
    """Durations of the lib unit `name` in each run, and its version."""
    times, version = [], None
    for run in runs:
        hit = run["units"].get((name, ""))
        if hit is None:
            return None, None
        version, duration = hit
        times.append(duration)
    return times, version


def fmt_runs(values, unit):
    return " ".join(f"{v:.2f}" for v in values) + f" {unit}"


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    runs_dir, n, summary, tree = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    crates = {c: load(runs_dir, c, n) for c in ("anchor", "derive", "one-ws", "one")}
    med = statistics.median
    wall = {c: [r["wall"] for r in runs] for c, runs in crates.items()}

    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    with open(summary, encoding="utf-8") as f:
        print(f"\n{f.read().strip()}")
    print(f"dev profile, clean, CARGO_INCREMENTAL=0, every dependency built, medians of {n} runs; {rustc}")
    head = f"{'user':46} {'tapi-consts':>11} {'compared with':>32} {'ratio':>6} {'target':>7}  met"
    print(head)
    print("-" * len(head))
    failed = False
    for label, crate, other_label, other, target in USERS:
        mine, theirs = med(wall[crate]), med(wall[other])
        ratio = mine / theirs
        met = ratio <= target
        failed |= not met
        print(f"{label:46} {mine:>9.2f} s {other_label + ':':>23} {theirs:>5.2f} s "
              f"{ratio:>6.2f} {'<= ' + str(target):>7}  {'yes' if met else 'NO'}")

    print()
    with open(tree, encoding="utf-8") as f:
        macros = [line.strip() for line in f if "(proc-macro)" in line]
    print(f"proc-macro crates the one-family program builds: {len(macros)}"
          f" (target 0){': ' + ', '.join(macros) if macros else ''}")
    failed |= bool(macros)
    one = read_int(os.path.join(runs_dir, "one-binary_bytes"))
    ws = read_int(os.path.join(runs_dir, "one-ws-binary_bytes"))
    met = one - ws <= BINARY_SLACK
    failed |= not met
    print(f"stripped release binary: tapi-consts {one / 1024:.1f} KiB, windows-sys {ws / 1024:.1f} KiB,"
          f" difference {(one - ws) / 1024:+.1f} KiB (target <= +64 KiB): {'yes' if met else 'NO'}")

    print()
    print("for information, median unit times:")
    info = [("one", "tapi-consts"), ("one", "tapi-consts-table"), ("one-ws", "windows-sys"),
            ("derive", "tapi-consts"), ("derive", "tapi-consts-derive"), ("derive", "syn"),
            ("derive", "tapi-derive"), ("anchor", "syn"), ("anchor", "strum_macros"),
            ("anchor", "num_enum_derive"), ("anchor", "tapi-anchor")]
    for crate, name in info:
        times, ver = unit_times(crates[crate], name)
        if times is None:
            continue
        print(f"  {crate:7} {name + ' ' + ver:34} {med(times):>6.2f} s   runs: {fmt_runs(times, 's')}")

    print()
    print("every run's wall time (built in turn: anchor, derive, one-ws, one; then again):")
    for crate, values in wall.items():
        print(f"  {crate:7} {fmt_runs(values, 's')}")
    if failed:
        print("\nsome target is not met (NO above)")


if __name__ == "__main__":
    main()
