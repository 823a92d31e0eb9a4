#!/usr/bin/env bash
# Startup time of the emhrt CLI compared with a hello-world .NET console app, both published the same way
# (framework-dependent, ReadyToRun, linux-x64 by default). Prints hyperfine's table and the ratios.
#
#   benchmarks/startup/compare.sh              # 10 warm-up runs, 50 measured runs per command
#   RUNS=100 RID=linux-arm64 benchmarks/startup/compare.sh
#   KEEP=1 benchmarks/startup/compare.sh       # keep the published binaries (path printed)
#   COMPOSITE=1 benchmarks/startup/compare.sh  # both self-contained with a composite ReadyToRun image of app +
#                                              # framework (no JIT of generic instantiations; ~100 MB, ~1 min)
#
# Needs: dotnet SDK; hyperfine (installed with apt-get when missing and possible, otherwise skipped).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rid="${RID:-linux-x64}"
runs="${RUNS:-50}"
warmup="${WARMUP:-10}"
out="$(mktemp -d "${TMPDIR:-/tmp}/emhrt-startup.XXXXXX")"
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$out"' EXIT; fi

if ! command -v hyperfine >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "hyperfine not found: trying apt-get install -y hyperfine" >&2
    apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; } || true
  fi
fi
if ! command -v hyperfine >/dev/null 2>&1; then
  echo "SKIPPED: hyperfine is not installed and could not be installed (apt-get install hyperfine)." >&2
  exit 0
fi

if [[ "${COMPOSITE:-0}" == 1 ]]; then
  mode=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true); label="self-contained composite"
else
  mode=(--self-contained false -p:PublishReadyToRun=true); label="framework-dependent"
fi
publish() { # project output-dir
  dotnet publish "$1" -c Release -r "$rid" "${mode[@]}" -o "$2" --nologo -v quiet -clp:ErrorsOnly
}
echo "Publishing (ReadyToRun, $rid, $label) to $out ..." >&2
publish "$here/HelloWorld/HelloWorld.csproj" "$out/hello"
publish "$root/src/EmhRt.Cli/EmhRt.Cli.csproj" "$out/emhrt"

hello="$out/hello/HelloWorld"
emhrt="$out/emhrt/EmhRt.Cli"
plan_args=(plan --lesion T5-T9 --dose 20 --fractions 10 --start 2026-03-02)

# -i keeps hyperfine going if plan exits 1 (findings) under a stricter --fail-on.
hyperfine -N -i --warmup "$warmup" --runs "$runs" --export-json "$out/startup.json" \
  -n hello-world "$hello" \
  -n "emhrt --version" "$emhrt --version" \
  -n "emhrt plan" "$emhrt ${plan_args[*]}"

echo
jq -r '
  .results as $r
  | ($r[0].mean) as $base
  | "Mean startup (ms), ratio to hello-world:",
    ($r[] | "  \(.command | . + (" " * (20 - length)))  \(.mean * 1000 | . * 10 | round / 10) ms ± \(.stddev * 1000 | . * 10 | round / 10)   x\(.mean / $base | . * 100 | round / 100)")
' "$out/startup.json"
[[ "${KEEP:-0}" == 1 ]] && echo "Binaries and startup.json kept in $out" >&2
exit 0
