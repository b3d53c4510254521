#!/usr/bin/env python3
"""Prints the table of bench/compile-time/run.sh.

    report.py RUNS_DIR N [ANCHOR_SUMMARY]

RUNS_DIR holds anchor-1 … anchor-N and user-1 … user-N, each with wall_ms,
rlib_bytes and the build's cargo-timing.html, whose `const UNIT_DATA = [...]`
gives every unit's duration (seconds, to 0.01).
"""

import json
import os
import statistics
import subprocess
import sys

UNIT_DATA = "const UNIT_DATA = "


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
        with open(os.path.join(d, "rlib_bytes")) as f:
            rlib = int(f.read())
        runs.append({"wall": wall, "rlib": rlib, "units": units(os.path.join(d, "cargo-timing.html"))})
    return runs


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
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    runs_dir, n = sys.argv[1], int(sys.argv[2])
    anchor, user = load(runs_dir, "anchor", n), load(runs_dir, "user", n)
    med = statistics.median

    a_wall, b_wall = [r["wall"] for r in anchor], [r["wall"] for r in user]
    a_own, _ = unit_times(anchor, "tapi-anchor")
    b_own, version = unit_times(user, "tapi-consts")
    a_rlib = [r["rlib"] / 1e6 for r in anchor]
    b_rlib = [r["rlib"] / 1e6 for r in user]
    if a_own is None or b_own is None:
        sys.exit("report.py: a timing report lacks the tapi-anchor or tapi-consts unit")

    rows = [
        # label, tapi-consts runs, anchor runs, unit, target text, passes(median b, ratio)
        ("wall, clean build + deps", b_wall, a_wall, "s", "ratio <= 0.50", lambda b, r: r <= 0.5),
        ("own unit (crate itself)", b_own, a_own, "s", "<= 1.00 s", lambda b, r: b <= 1.0),
        ("rlib size (10^6 bytes)", b_rlib, a_rlib, "MB", "<= 4.00 MB", lambda b, r: b <= 4.0),
    ]

    print()
    print(
        f"tapi-consts {version} as a dependency (B) vs strum + num_enum + bitflags anchor (A):"
        f" dev profile, clean, CARGO_INCREMENTAL=0, medians of {n} runs each"
    )
    head = f"{'':26} {'tapi-consts':>11} {'anchor':>10} {'ratio':>6}   {'target':<14} {'met':<3}"
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            print(f"A = {f.read().strip()}")
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"B = an empty lib depending on tapi-consts (default features) by path; {rustc}")
    print(head)
    print("-" * len(head))
    for label, b, a, unit, target, passes in rows:
        mb, ma = med(b), med(a)
        ratio = mb / ma if ma else float("inf")
        met = "yes" if passes(mb, ratio) else "NO"
        print(f"{label:26} {mb:>8.2f} {unit:<2} {ma:>7.2f} {unit:<2} {ratio:>6.2f}   {target:<14} {met}")

    print()
    print("for information, median unit times (A = anchor build, B = tapi-consts build):")
    info = [("B", user, "tapi-consts-derive"), ("B", user, "syn"), ("B", user, "proc-macro2"),
            ("A", anchor, "syn"), ("A", anchor, "strum_macros"), ("A", anchor, "num_enum_derive"),
            ("A", anchor, "toml_edit")]
    for side, runs, name in info:
        times, ver = unit_times(runs, name)
        if times is None:
            continue
        print(f"  {side} {name + ' ' + ver:32} {med(times):>6.2f}   runs: {fmt_runs(times, 's')}")

    print()
    print("every run (built in the order A1 B1 A2 B2 ...):")
    print(f"  A wall: {fmt_runs(a_wall, 's')}   own: {fmt_runs(a_own, 's')}   rlib: {fmt_runs(a_rlib, 'MB')}")
    print(f"  B wall: {fmt_runs(b_wall, 's')}   own: {fmt_runs(b_own, 's')}   rlib: {fmt_runs(b_rlib, 'MB')}")


if __name__ == "__main__":
    main()
