#!/usr/bin/env bash
# Start-up of the emhrt tool as a user gets it (packed, then installed from a local folder with
# `dotnet tool install`: the Native AOT package on linux-x64) against a native (AOT) hello-world and a JIT
# (framework-dependent) hello-world, side by side with hyperfine. Prints hyperfine's table and the ratios.
# Targets (issue 16): `emhrt plan` at most 2x the native hello-world and at most 0.25x the JIT hello-world (median).
#
#   benchmarks/startup/compare.sh              # 10 warm-up runs, 50 measured runs per command
#   RUNS=200 benchmarks/startup/compare.sh     # the figures in benchmarks/startup/README.md
#   RUNS=100 benchmarks/startup/compare.sh
#   KEEP=1 benchmarks/startup/compare.sh       # keep the packages, the installed tool and the JSON (path printed)
#   FALLBACK=1 benchmarks/startup/compare.sh   # also the CoreCLR fallback package (EmhRt.Cli.any), run with dotnet
#
# Needs: dotnet SDK, the native linker (gcc or clang), hyperfine and jq (installed with apt-get when missing and possible);
# perf and valgrind, when present, add page-fault and instruction counts. Why the figures are what they are:
# benchmarks/startup/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-50}"
warmup="${WARMUP:-10}"
out="$(mktemp -d "${TMPDIR:-/tmp}/emhrt-startup.XXXXXX")"
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$out"' EXIT; fi

for tool in hyperfine jq; do
  if ! command -v "$tool" >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "$tool not found: trying apt-get install -y $tool" >&2
    apt-get install -y "$tool" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$tool" >/dev/null 2>&1; } || true
  fi
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed and could not be installed (apt-get install $tool)." >&2
    exit 0
  fi
done

quiet=(--nologo -v quiet -clp:ErrorsOnly)
echo "Packing and installing emhrt from a local folder (as in README) into $out ..." >&2
dotnet pack "$root/src/EmhRt.Cli/EmhRt.Cli.csproj" -c Release -o "$out/nupkg" "${quiet[@]}" >/dev/null
dotnet tool install --tool-path "$out/tools" --source "$out/nupkg" EmhRt.Cli >/dev/null
emhrt="$out/tools/emhrt"
echo "installed: $(readlink -f "$emhrt")" >&2

echo "Publishing the hello-world baselines (native AOT and JIT) ..." >&2
dotnet publish "$here/HelloWorld/HelloWorld.csproj" -c Release -r linux-x64 -p:PublishAot=true -p:PublishReadyToRun=false \
  -o "$out/hello-native" "${quiet[@]}" >/dev/null
dotnet publish "$here/HelloWorld/HelloWorld.csproj" -c Release -p:PublishReadyToRun=false -o "$out/hello-jit" "${quiet[@]}" >/dev/null

plan="$emhrt plan --lesion T5-T8 --dose 20 --fractions 10 --margin 10 --treated T3-T9 --start 2026-12-01 --age 19 --sex male --format json"
commands=(-n "hello-world (native)" "$out/hello-native/HelloWorld"
          -n "hello-world (JIT)" "dotnet $out/hello-jit/HelloWorld.dll"
          -n "emhrt --version" "$emhrt --version"
          -n "emhrt plan --format json" "$plan")
if [[ "${FALLBACK:-0}" == 1 ]]; then
  mkdir -p "$out/any" && unzip -q -o "$out/nupkg/EmhRt.Cli.any."*.nupkg -d "$out/any"
  commands+=(-n "emhrt plan (any, CoreCLR)" "dotnet $out/any/tools/net10.0/any/EmhRt.Cli.dll ${plan#"$emhrt "}")
fi

# -N: no shell, so the figures are the processes' own; -i: keep going if a command exits non-zero.
# The runs are split into $rounds rounds of every command in turn, and the medians are taken over all rounds' times:
# hyperfine runs one command's runs back to back, so a burst of load from other processes would otherwise fall on one
# command only.
rounds="${ROUNDS:-5}"
for ((round = 1; round <= rounds; round++)); do
  hyperfine -N -i --warmup "$warmup" --runs "$(((runs + rounds - 1) / rounds))" --export-json "$out/startup-$round.json" "${commands[@]}" \
    >"$out/hyperfine-$round.txt"
done
cat "$out/hyperfine-$rounds.txt"
jq -s '[.[].results[]] | group_by(.command) | map({command: .[0].command, times: ([.[].times[]] | sort)})
       | map(. + {median: (.times | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end)})
       | {results: .}' "$out"/startup-*.json >"$out/startup.json"

echo
echo "Pooled over $rounds rounds ($(jq '.results[0].times | length' "$out/startup.json") runs per command):"
jq -r '
  .results as $r
  | ($r[] | select(.command == "hello-world (native)") | .median) as $native
  | ($r[] | select(.command == "hello-world (JIT)") | .median) as $jit
  | ($r[] | select(.command == "emhrt plan --format json") | .median) as $plan
  | "Median start-up (ms) and ratios:",
    ($r[] | "  \(.command | . + (" " * (28 - length)))  \(.median * 1000 | . * 100 | round / 100) ms"),
    "  emhrt plan / native hello-world = \($plan / $native | . * 100 | round / 100)   (target <= 2)",
    "  emhrt plan / JIT hello-world    = \($plan / $jit | . * 1000 | round / 1000)  (target <= 0.25)"
' "$out/startup.json"
# Deterministic counts, less sensitive to the machine's load than wall time: minor page faults (perf stat, mean of 20
# runs) and user-space instructions (callgrind), each where the tool is installed.
plan_args=(${plan#"$emhrt "})
if command -v perf >/dev/null 2>&1; then
  faults() { perf stat -x, -e minor-faults -r 20 "$@" 2>&1 >/dev/null | awk -F, '/minor-faults/ {printf "%.0f", $1}'; }
  echo "Minor page faults (perf stat, mean of 20): hello-world (native) $(faults "$out/hello-native/HelloWorld"), emhrt plan $(faults "$emhrt" "${plan_args[@]}")"
fi
if command -v valgrind >/dev/null 2>&1; then
  instructions() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs:/ {print $NF}'; }
  # The hello-world's .dbg file is moved aside: valgrind 3.19 cannot read its DWARF 5.
  mkdir -p "$out/hello-nodbg" && cp "$out/hello-native/HelloWorld" "$out/hello-nodbg/"
  echo "Instructions (callgrind): hello-world (native) $(instructions "$out/hello-nodbg/HelloWorld"), emhrt plan $(instructions "$emhrt" "${plan_args[@]}")"
fi
echo "Load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Package sizes:"; ls -l "$out/nupkg"/EmhRt.Cli*.nupkg | awk '{printf "  %-40s %7.0f KiB\n", $NF, $5/1024}' | sed "s|$out/nupkg/||"
[[ "${KEEP:-0}" == 1 ]] && echo "Kept in $out" >&2
exit 0
