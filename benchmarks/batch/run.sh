#!/usr/bin/env bash
# Times the CsvHelper-only baseline against the batch engine on 10,000 and 1,000,000 generated plans.
# Usage: benchmarks/batch/run.sh [command...]
#   With no argument it times `emhrt batch {in} --output {out} --quiet` (Release build of src/EmhRt.Cli).
#   Pass another command to time, with {in} and {out} placeholders.
# Prints wall time, peak RSS (/usr/bin/time -v), the time ratio engine/baseline and the memory growth 1M/10k,
# then where the time goes at 1M rows: the batch engine stopped after each stage (PipelineStages: engine only,
# engine only writing rows as long as the real ones, + cell parsing, + request, + assessment, full with formatting), CPU time included.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/benchmarks/data"
mkdir -p "$data"

echo "building (Release)..." >&2
for p in Generator CsvBaseline PipelineStages; do
  dotnet build -c Release -v q --nologo "$here/$p" >/dev/null
done
dotnet build -c Release -v q --nologo "$root/src/EmhRt.Cli" >/dev/null
bin() { echo "$here/$1/bin/Release/net10.0/$1.dll"; }

for n in 10000 1000000; do
  [ -s "$data/plans-$n.csv" ] || dotnet "$(bin Generator)" "$n" "$data/plans-$n.csv"
done

if [ $# -gt 0 ]; then engine=("$@"); else engine=(dotnet "$root/src/EmhRt.Cli/bin/Release/net10.0/EmhRt.Cli.dll" batch {in} --output {out} --quiet); fi

# measure <label> <input> <output> cmd... -> prints "label seconds peak_kib"
measure() {
  local label=$1 in=$2 out=$3; shift 3
  local cmd=() a
  for a in "$@"; do a=${a//\{in\}/$in}; a=${a//\{out\}/$out}; cmd+=("$a"); done
  local log; log=$(mktemp)
  /usr/bin/time -v "${cmd[@]}" 2>"$log" >/dev/null || true   # exit code 2 = some invalid rows (expected)
  local secs kib
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  grep -E '^(batch|baseline):' "$log" >&2 || true
  rm -f "$log"
  echo "$label $secs $kib"
}

declare -A T M
for n in 10000 1000000; do
  in="$data/plans-$n.csv"
  for run in 1 2; do   # the first run warms the disk cache; keep the second
    read -r _ s k < <(measure baseline "$in" "$data/out-baseline-$n.csv" dotnet "$(bin CsvBaseline)" {in} {out})
    T[baseline,$n]=$s; M[baseline,$n]=$k
    read -r _ s k < <(measure engine "$in" "$data/out-engine-$n.csv" "${engine[@]}")
    T[engine,$n]=$s; M[engine,$n]=$k
  done
  if command -v hyperfine >/dev/null; then
    ecmd=(); for a in "${engine[@]}"; do a=${a//\{in\}/$in}; a=${a//\{out\}/$data/out-engine-$n.csv}; ecmd+=("$a"); done
    hyperfine -i -w 1 -r 3 "dotnet $(bin CsvBaseline) $in $data/out-baseline-$n.csv" "${ecmd[*]}" || true
  fi
done

printf '\n%-10s %10s %12s %12s %14s %14s\n' rows baseline_s engine_s ratio baseline_MiB engine_MiB
for n in 10000 1000000; do
  awk -v n=$n -v tb="${T[baseline,$n]}" -v te="${T[engine,$n]}" -v mb="${M[baseline,$n]}" -v me="${M[engine,$n]}" \
    'BEGIN { printf "%-10s %10.2f %12.2f %12.2f %14.1f %14.1f\n", n, tb, te, (tb>0?te/tb:0), mb/1024, me/1024 }'
done
awk -v a="${M[engine,10000]}" -v b="${M[engine,1000000]}" -v t="${T[engine,1000000]}" -v tb="${T[baseline,1000000]}" 'BEGIN {
  printf "\nengine peak RSS 1M / 10k = %.2f (target <= 1.25), peak at 1M = %.1f MiB (target < 200)\n", b/a, b/1024
  printf "engine / baseline time at 1M = %.2f (target <= 1.5)\n", t/tb }'
wc -l "$data/out-engine-1000000.csv" "$data/out-baseline-1000000.csv" | sed -n 1,2p   # not head: no SIGPIPE under pipefail

echo
echo "where the time goes, 1,000,000 rows (batch engine stopped after each stage; best of 3 wall):"
printf '%-34s %8s %8s\n' stage wall_s cpu_s
stage() {
  local label=$1; shift
  local best="" cpu="" i log
  for i in 1 2 3; do
    log=$(mktemp)
    /usr/bin/time -f '%e %U %S' "$@" 2>"$log" >/dev/null || true
    read -r w u s < <(tail -1 "$log"); rm -f "$log"
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$w; cpu=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}'); fi
  done
  printf '%-34s %8.2f %8s\n' "$label" "$best" "$cpu"
}
in="$data/plans-1000000.csv"
stage "baseline (CsvHelper read + write)" dotnet "$(bin CsvBaseline)" "$in" "$data/out-baseline-1000000.csv"
stage "engine, fixed values" dotnet "$(bin PipelineStages)" engine "$in" "$data/out-stage.csv"
stage "  same, real output row size" dotnet "$(bin PipelineStages)" volume "$in" "$data/out-stage.csv"
stage "engine + cell parsing" dotnet "$(bin PipelineStages)" cells "$in" "$data/out-stage.csv"
stage "  + request (PlanInput.ToRequest)" dotnet "$(bin PipelineStages)" request "$in" "$data/out-stage.csv"
stage "  + assessment (TryAssess)" dotnet "$(bin PipelineStages)" assess "$in" "$data/out-stage.csv"
stage "engine + full assessment" dotnet "$(bin PipelineStages)" full "$in" "$data/out-stage.csv"
rm -f "$data/out-stage.csv"

echo
echo "the shipped Native AOT build against the JIT build (benchmarks/batch/native-vs-jit.sh):"
RUNS="${RUNS:-5}" "$here/native-vs-jit.sh"
