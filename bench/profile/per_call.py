#!/usr/bin/env python3
"""Per call of each measured function: instructions, conditional branches
and (simulated) mispredicted ones, from a callgrind output file written
with --branch-sim=yes. Every measured function of the runtime benchmark is
#[inline(never)], so its calls are counted exactly; cost is inclusive (its
callees too).

    per_call.py CALLGRIND_OUT [REGEX]     # REGEX on function names
"""
import collections
import re
import sys

# One pass of the benchmark (PASS_LEN): fewer calls were the answer checks.
MEASURED_CALLS = 65_536


def main(path, pattern):
    names = {}  # callgrind's name compression: "(id) name" once, then "(id)"

    def name(token):
        m = re.match(r'\((\d+)\)(?: (.*))?', token)
        if not m:
            return token
        if m.group(2):
            names[m.group(1)] = m.group(2)
        return names.get(m.group(1), token)

    events, callee, pending = None, None, None
    calls = collections.Counter()
    cost = collections.defaultdict(lambda: collections.Counter())
    for line in open(path, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        if line.startswith('events:'):
            events = line.split()[1:]
        elif line.startswith('fn='):
            name(line[3:])
        elif line.startswith('cfn='):
            callee = name(line[4:])
        elif line.startswith('calls='):
            pending = (callee, int(line.split('=')[1].split()[0]))
        elif pending and line[:1] and (line[0].isdigit() or line[0] in '+-*'):
            # The line after `calls=`: the call's inclusive cost.
            function, count = pending
            calls[function] += count
            for event, value in zip(events, line.split()[1:]):
                cost[function][event] += int(value)
            pending = None
    if not events or 'Bcm' not in events:
        sys.exit(f'{path}: no branch events; run callgrind with --branch-sim=yes')
    wanted = re.compile(pattern)
    print(f'{"function":44} {"calls":>11} {"instr/call":>10} {"branches":>9} {"mispred.":>9}')
    for function in sorted(calls):
        # Functions the benchmark only called in its checks, before it
        # measured anything, are not what was measured.
        if not wanted.search(function) or calls[function] < MEASURED_CALLS:
            continue
        n, c = calls[function], cost[function]
        print(f'{function:44} {n:>11,} {c["Ir"] / n:>10.1f} '
              f'{c["Bc"] / n:>9.1f} {c["Bcm"] / n:>9.2f}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else r'^runtime::')
