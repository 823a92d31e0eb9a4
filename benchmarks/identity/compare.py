#!/usr/bin/env python3
"""Byte identity of two emhrt builds (issue 17): the same arguments through both, every output compared byte for byte.

Usage:
  benchmarks/identity/compare.py --base BASE/EmhRt.Cli.dll --new NEW/EmhRt.Cli.dll [--plans 200] [--seed 17]
                                 [--batch-rows 1000000 --generator Generator.dll] [--jobs 3] [--out DIR]

For each command (plan, ctv, eqd2, schedule, cases) it draws --plans varied argument sets (a fixed seed, so a re-run
draws the same ones; about one in ten holds an edge-case value such as '5.', '+5', '0' or '14' thoracic vertebrae)
and runs each set in every format (plan: text, json, csv, html with a fixed --assessed-at; the others: text, json,
csv). stdout, stderr and the exit code of both builds are compared. With --batch-rows it also generates that many
rows with benchmarks/batch/Generator and compares `emhrt batch` CSV and JSON Lines output of both builds.

Prints one line per command and format (runs, identical, different) and writes every difference (arguments, exit
codes, the first differing lines) to OUT/differences.txt. Exit code 0 when it ran (differences are reported, not
judged: an intended change is expected to show up).
"""
import argparse
import concurrent.futures
import difflib
import itertools
import json
import os
import random
import subprocess
import sys

LEVELS = [f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]
EDGE_DOSES = ["5.", "+5", "0", "0 Gy", "20.0", "2000cGy", "20 Gy", ".5", "2,5", "abc", "-0", "1e3", "20Gy"]
EDGE_INTS = ["+10", "0", "10.0", "-1", "1e1", " 10 ", "99999999999"]
EDGE_LENGTHS = ["5.", "+5", "0", "5mm", "7.5 MM", "-1", "1cm", "60"]
EDGE_AGES = ["+34", "34.", "0", "150", "151", "0.5", "-1"]
EDGE_DATES = ["2026-3-2", "2026-02-29", "02.03.2026", " 2026-03-02 ", "0000-01-01"]


def span(r, levels=LEVELS):
    a = r.randrange(len(levels) - 1)
    b = min(len(levels) - 1, a + r.randrange(0, 6))
    return levels[a] if a == b else f"{levels[a]}-{levels[b]}"


def date(r, year=2026):
    return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def edge(r, normal, edges):
    return r.choice(edges) if r.random() < 0.1 else normal


def regimen(r, args, allow_edge=True):
    dose = r.choice(["9", "10", "12", "15", "16", "18", "20", "20.5", "21.6", "24", "25", "30", "2000cGy", "20Gy", "36"])
    fractions = str(r.randint(1, 20))
    dpf = r.choice(["1.8", "2", "2.5", "3", "4", "5", "8", "180cGy"])
    if allow_edge:
        dose = edge(r, dose, EDGE_DOSES)
        fractions = edge(r, fractions, EDGE_INTS)
        dpf = edge(r, dpf, EDGE_DOSES)
    pick = r.randrange(4)
    if pick in (0, 3):
        args += [f"--dose={dose}", f"--fractions={fractions}"]
    elif pick == 1:
        args += [f"--fractions={fractions}", f"--dose-per-fraction={dpf}"]
    else:
        args += [f"--dose={dose}", f"--dose-per-fraction={dpf}"]


def anatomy(r, args):
    if r.random() < 0.15:
        args.append("--thoracic-vertebrae=" + edge(r, r.choice(["11", "12", "13"]), ["14", "+12", "10", "0"]))
    if r.random() < 0.15:
        args.append("--lumbar-vertebrae=" + edge(r, r.choice(["4", "5", "6"]), ["7", "3", "+5"]))


def margins(r, args):
    if r.random() < 0.7:
        args.append("--margin=" + edge(r, r.choice(["0", "5", "10", "10mm", "15", "20", "7.5"]), EDGE_LENGTHS))
    if r.random() < 0.15:
        args.append("--margin-superior=" + edge(r, r.choice(["5", "15", "20"]), EDGE_LENGTHS))
    if r.random() < 0.1:
        args.append("--margin-radial=" + r.choice(["5", "8"]))
    if r.random() < 0.4:
        args.append("--ctv-levels=" + edge(r, r.choice(["0", "1", "2", "3"]), EDGE_INTS))
    elif r.random() < 0.15:
        args.append(r.choice(["--ctv-levels-above=", "--ctv-levels-below="]) + r.choice(["0", "2"]))


def lesion(r):
    return span(r) if r.random() < 0.85 else f"{span(r)} and {span(r)}"


def plan_args(r):
    args = ["plan", "--lesion=" + lesion(r)]
    regimen(r, args)
    margins(r, args)
    anatomy(r, args)
    if r.random() < 0.2:
        args.append("--treated=" + span(r))
    start = None
    if r.random() < 0.6:
        start = edge(r, date(r), EDGE_DATES)
        args.append("--start=" + start)
    if r.random() < 0.15:
        args += ["--holiday=2026-12-24", "--holiday=2026-12-25"]
    if r.random() < 0.1:
        args.append("--treatment-days=" + r.choice(["Mon-Fri", "Mon,Wed,Fri", "Mon-Thu"]))
    if start is not None and r.random() < 0.2:
        args.append("--prior=" + r.choice(["20Gy/5@2019-03-01:T4-T9", "8Gy/1@2021-06-15:L1-L2", "30Gy/10@2024-01-10:" + span(r), "20Gy/10@2022-09-12"]))
    if r.random() < 0.6:
        args.append("--age=" + edge(r, str(r.randint(3, 90)), EDGE_AGES))
    if r.random() < 0.6:
        args.append("--sex=" + r.choice(["female", "male", "F", "M"]))
    if r.random() < 0.1:
        args.append("--alpha-beta-emh=" + edge(r, r.choice(["10", "3", "8"]), EDGE_DOSES))
    if r.random() < 0.1:
        args.append("--alpha-beta-cord=" + r.choice(["2", "0.87", "4"]))
    return args


def ctv_args(r):
    args = ["ctv", "--lesion=" + lesion(r)]
    margins(r, args)
    anatomy(r, args)
    if r.random() < 0.25:
        args.append("--treated=" + span(r))
    if r.random() < 0.5:
        args.append("--sex=" + r.choice(["female", "male", "F", "M"]))
    return args


def eqd2_args(r):
    args = ["eqd2"]
    if r.random() < 0.25:
        args.append(r.choice(["--target-eqd2=", "--target-bed="]) + edge(r, r.choice(["20", "24", "30", "45", "135.5"]), EDGE_DOSES))
        args.append("--alpha-beta=" + r.choice(["10", "2", "3", "0.87"]))
        args.append(r.choice(["--dose-per-fraction=" + r.choice(["1.8", "2", "3"]), "--fractions=" + str(r.randint(1, 15))]))
        if r.random() < 0.5:
            args.append("--purpose=" + r.choice(["tolerance", "efficacy"]))
        return args
    regimen(r, args)
    for _ in range(r.choice([0, 0, 1, 2])):
        args.append("--alpha-beta=" + edge(r, r.choice(["10", "2", "3", "4", "0.87"]), EDGE_DOSES))
    if r.random() < 0.2:
        args.append("--eqdx=" + edge(r, r.choice(["2", "3", "5"]), EDGE_DOSES))
    return args


def schedule_args(r):
    args = ["schedule", "--start=" + edge(r, date(r), EDGE_DATES)]
    regimen(r, args)
    if r.random() < 0.25:
        args += ["--holiday=" + date(r), "--holiday=2026-12-25"]
    if r.random() < 0.15:
        args.append("--treatment-days=" + r.choice(["Mon-Fri", "Mon,Wed,Fri", "Tue-Sat"]))
    if r.random() < 0.15:
        args += ["--treated-on=2026-03-02", "--treated-on=2026-03-03"]
    return args


def cases_args(r):
    args = ["cases"]
    if r.random() < 0.3:
        args.append("--region=" + r.choice(["thoracic", "lumbar", "thoracic,lumbar", "sacral", "cervical"]))
    if r.random() < 0.3:
        args.append("--rt")
    if r.random() < 0.25:
        args.append("--min-eqd2=" + edge(r, r.choice(["10", "15", "20"]), EDGE_DOSES))
    if r.random() < 0.25:
        args.append("--max-eqd2=" + r.choice(["25", "30", "40"]))
    if r.random() < 0.2:
        args.append("--alpha-beta=" + edge(r, r.choice(["10", "3"]), EDGE_DOSES))
    if r.random() < 0.4:
        regimen(r, args)
    return args


COMMANDS = {
    "plan": (plan_args, ["text", "json", "csv", "html"]),
    "ctv": (ctv_args, ["text", "json", "csv"]),
    "eqd2": (eqd2_args, ["text", "json", "csv"]),
    "schedule": (schedule_args, ["text", "json", "csv"]),
    "cases": (cases_args, ["text", "json", "csv"]),
}


def run(dll, args):
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100", TERM="dumb")
    p = subprocess.run(["dotnet", dll, *args], capture_output=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr


def first_difference(a, b, label):
    lines = list(difflib.unified_diff(a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines(),
                                      f"base {label}", f"new {label}", n=0, lineterm=""))
    return "\n".join(lines[:12])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--plans", type=int, default=200)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--jobs", type=int, default=3)
    ap.add_argument("--batch-rows", type=int, default=0)
    ap.add_argument("--generator")
    ap.add_argument("--out", default="benchmarks/identity/out")
    ap.add_argument("--only", help="comma-separated commands to run")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    jobs = []
    for name, (make, formats) in COMMANDS.items():
        if a.only and name not in a.only.split(","):
            continue
        r = random.Random(f"{a.seed}-{name}")
        for i in range(a.plans):
            args = make(r)
            for fmt in formats:
                extra = ["--format=" + fmt]
                if name == "plan" and fmt == "html":
                    extra.append("--assessed-at=2026-12-01T09:00:00Z")
                jobs.append((name, fmt, i, args + extra))

    def one(job):
        name, fmt, i, args = job
        return job, run(a.base, args), run(a.new, args)

    counts = {}
    with open(os.path.join(a.out, "differences.txt"), "w", encoding="utf-8") as report, \
            concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for (name, fmt, i, args), base, new in pool.map(one, jobs):
            key = (name, fmt)
            c = counts.setdefault(key, [0, 0, 0, 0])
            c[0] += 1
            if base == new:
                c[1] += 1
                continue
            c[2] += 1
            if base[0] != new[0]:
                c[3] += 1
            report.write(f"### {name} {fmt} #{i}: {json.dumps(args)}\nexit {base[0]} -> {new[0]}\n")
            if base[1] != new[1]:
                report.write(first_difference(base[1], new[1], "stdout") + "\n")
            if base[2] != new[2]:
                report.write(first_difference(base[2], new[2], "stderr") + "\n")
            report.write("\n")

        print(f"{'command':10} {'format':6} {'runs':>5} {'same':>5} {'differ':>6} {'exit_differs':>12}")
        for (name, fmt), (n, same, differ, exits) in counts.items():
            print(f"{name:10} {fmt:6} {n:5} {same:5} {differ:6} {exits:12}")

        if a.batch_rows:
            batch(a, report)


def batch(a, report):
    data = os.path.join(a.out, f"plans-{a.batch_rows}.csv")
    if not os.path.exists(data):
        subprocess.run(["dotnet", a.generator, str(a.batch_rows), data], check=True)
    for fmt in ["csv", "jsonl"]:
        outs = {}
        for label, dll in (("base", a.base), ("new", a.new)):
            out = os.path.join(a.out, f"batch-{label}.{fmt}")
            code = subprocess.run(["dotnet", dll, "batch", data, "--format", fmt, "--output", out, "--quiet"]).returncode
            outs[label] = (code, out)
        # Streamed line by line: 1,000,000 JSON Lines rows are about 13 GB per build (reading both whole ran out of memory).
        shown = {}
        differ = base_count = new_count = 0
        with open(outs["base"][1], "rb") as fb, open(outs["new"][1], "rb") as fn:
            for x, y in itertools.zip_longest(fb, fn):
                base_count += x is not None
                new_count += y is not None
                if x == y:
                    continue
                differ += 1
                if x is None or y is None:
                    continue
                x, y = x.rstrip(b"\n"), y.rstrip(b"\n")
                # Group by the error text without the row's own line and id, to list each kind of difference once.
                kx = x.split(b",", 2)[-1] if fmt == "csv" else x[x.find(b'"status"'):]
                ky = y.split(b",", 2)[-1] if fmt == "csv" else y[y.find(b'"status"'):]
                k = (kx, ky)
                shown[k] = shown.get(k, 0) + 1
        print(f"batch {fmt}: {a.batch_rows} rows, {base_count} vs {new_count} lines, {differ} lines differ, exit {outs['base'][0]} -> {outs['new'][0]}")
        report.write(f"### batch {fmt} ({a.batch_rows} rows): {differ} lines differ\n")
        for (x, y), n in sorted(shown.items(), key=lambda kv: -kv[1]):
            report.write(f"{n} rows:\n- {x.decode('utf-8', 'replace')}\n+ {y.decode('utf-8', 'replace')}\n")
        report.write("\n")


if __name__ == "__main__":
    sys.exit(main())
