#!/usr/bin/env bash
# `emhrt batch` on 10,000 and 1,000,000 generated plans, the Native AOT build (the shipped tool) against the JIT
# build, side by side in one run: alternating runs, median wall time and peak RSS of each, and a byte comparison of
# their outputs. Targets (issue 16): native no slower than JIT, native peak below 60 MiB.
#   benchmarks/batch/native-vs-jit.sh            # 5 alternating runs per build and size
#   RUNS=9 benchmarks/batch/native-vs-jit.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/benchmarks/data"
runs="${RUNS:-5}"
mkdir -p "$data"
out="$(mktemp -d "${TMPDIR:-/tmp}/emhrt-native-batch.XXXXXX")"
trap 'rm -rf "$out"' EXIT

echo "building the JIT build (Release) and publishing the native build ..." >&2
dotnet build -c Release -v q --nologo "$here/Generator" >/dev/null
dotnet build -c Release -v q --nologo "$root/src/EmhRt.Cli" >/dev/null
dotnet publish "$root/src/EmhRt.Cli" -c Release -r linux-x64 -o "$out/native" -v q --nologo >/dev/null
jit=(dotnet "$root/src/EmhRt.Cli/bin/Release/net10.0/EmhRt.Cli.dll")
native=("$out/native/EmhRt.Cli")
for n in 10000 1000000; do
  [ -s "$data/plans-$n.csv" ] || dotnet "$here/Generator/bin/Release/net10.0/Generator.dll" "$n" "$data/plans-$n.csv"
done

# one <label> <n> cmd... -> "seconds kib"
one() {
  local n=$2; shift 2
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %M' "$@" batch "$data/plans-$n.csv" --output "$out/$label-$n.csv" --quiet 2>"$log" >/dev/null || true
  tail -1 "$log"; rm -f "$log"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-10s %-7s %10s %10s %10s\n' rows build median_s min_s peak_MiB
declare -A W
for n in 10000 1000000; do
  : >"$out/jit.t"; : >"$out/native.t"
  for ((i = 1; i <= runs + 1; i++)); do   # the first round warms the disk cache and is dropped
    label=jit; r=$(one jit "$n" "${jit[@]}"); [ "$i" -gt 1 ] && echo "$r" >>"$out/jit.t"
    label=native; r=$(one native "$n" "${native[@]}"); [ "$i" -gt 1 ] && echo "$r" >>"$out/native.t"
  done
  for b in jit native; do
    w=$(cut -d' ' -f1 "$out/$b.t" | median); mn=$(cut -d' ' -f1 "$out/$b.t" | sort -g | head -n1)
    k=$(cut -d' ' -f2 "$out/$b.t" | sort -g | tail -n1)
    W[$b,$n]=$w
    printf '%-10s %-7s %10.3f %10.3f %10.1f\n' "$n" "$b" "$w" "$mn" "$(awk -v k="$k" 'BEGIN{print k/1024}')"
  done
  if cmp -s "$out/jit-$n.csv" "$out/native-$n.csv"; then echo "$n rows: outputs byte-identical ($(wc -l <"$out/native-$n.csv") lines)"; else echo "$n rows: OUTPUTS DIFFER"; fi
done
awk -v j="${W[jit,1000000]}" -v a="${W[native,1000000]}" 'BEGIN { printf "native / JIT wall at 1M = %.2f (target <= 1)\n", a/j }'
