#!/bin/sh
# Makes the README's screenshots (docs/images/*.png) from real HTML reports rendered by headless Chromium.
# Run from the repository root:   sh docs/make-screenshots.sh
# Needs the .NET SDK and Debian's chromium (apt-get install -y chromium); CHROMIUM=/path overrides the browser.
# The assessment time is fixed, so the pages (and, with the same fonts, the screenshots) are reproducible.
set -eu

chromium=${CHROMIUM:-/usr/bin/chromium}
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$out"

dotnet build src/EmhRt.Cli -c Release -nologo -v quiet >/dev/null
emhrt() {
    # Exit code 1 only means "a finding at or above --fail-on": the page is still written.
    dotnet run --no-build -c Release --project src/EmhRt.Cli -- "$@" || [ $? -eq 1 ]
}

# Seed 003 (the README's quick start) and a re-irradiation plan.
emhrt plan --lesion T5-T8 --dose 20 --fractions 10 --margin 10 --treated T3-T9 --start 2026-12-01 --age 19 --sex male \
    --format html --label "seed 003" --assessed-at 2026-12-01T09:00:00Z --output "$tmp/plan-seed003.html"
emhrt plan --lesion T8-T12 --dose 30 --fractions 15 --margin 10 --start 2026-12-14 --holiday 2026-12-25 \
    --prior 30Gy/15@2023-01-10:T3-T8 --age 45 --sex female \
    --format html --label "re-irradiation" --assessed-at 2026-12-01T09:00:00Z --output "$tmp/plan-reirradiation.html"

shot() { # name window-size
    "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$tmp/profile-$1" --hide-scrollbars \
        --window-size="$2" --screenshot="$out/$1.png" "file://$tmp/$1.html" 2>/dev/null
    echo "$out/$1.png"
}

shot plan-seed003 1000,1350
shot plan-reirradiation 1000,2250
