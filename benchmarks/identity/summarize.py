#!/usr/bin/env python3
"""Groups the differences compare.py wrote (OUT/differences.txt) by kind, to check each against the intended changes.

Usage: benchmarks/identity/summarize.py OUT/differences.txt

A kind is a changed line with the quoted values and numbers blanked ('…', #), so one message change counts once
however many inputs showed it. Prints, per kind, how many runs showed it and one example pair of lines.
"""
import re
import sys
from collections import OrderedDict


def shape(line):
    line = re.sub(r"'[^']*'", "'…'", line)
    return re.sub(r"\d+(\.\d+)?", "#", line)


def main(path):
    kinds = OrderedDict()
    run = None
    minus = []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("### "):
            run = line
            minus = []
            continue
        if line.startswith("---") or line.startswith("+++") or line.startswith("@@"):
            continue
        if line.startswith("-"):
            minus.append(line)
        elif line.startswith("+") and run is not None:
            before = minus.pop(0) if minus else ""
            key = (shape(before), shape(line))
            entry = kinds.setdefault(key, [0, before, line, run])
            entry[0] += 1
    for (_, _), (n, before, after, run) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
        print(f"{n:6} x  {run[4:][:100]}\n        {before[:220]}\n        {after[:220]}")


if __name__ == "__main__":
    main(sys.argv[1])
