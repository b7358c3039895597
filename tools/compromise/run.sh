#!/usr/bin/env bash
# Side-by-side speed: compromise (npm, installed here by this script) and `attache bench` on the
# same files and the same number of words. Usage: tools/compromise/run.sh [PATH...] (default: the seeds)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
words=400000
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=("$repo/training-data/seeds")
(cd "$here" && npm ci --no-audit --no-fund --silent)
node "$here/bench.mjs" --words "$words" "${paths[@]}" | tee /tmp/attache-compromise.txt
# attache as its tool package ships on this platform: published for this runtime, ReadyToRun.
rid="$(dotnet --info | sed -nE 's/^ *RID: *//p' | head -n 1)"
tool="$(mktemp -d)"
trap 'rm -rf "$tool"' EXIT
dotnet publish "$repo/src/Attache.Cli" -c Release -r "$rid" --self-contained false -o "$tool" -v q -nologo >/dev/null
dotnet "$tool/Attache.Cli.dll" bench "${paths[@]}" --words "$words" | tee /tmp/attache-bench.txt
c=$(grep -Eo '^1 thread +[0-9]+' /tmp/attache-compromise.txt | grep -Eo '[0-9]+$')
a=$(grep -Eo '^1 thread +[0-9]+' /tmp/attache-bench.txt | grep -Eo '[0-9]+$')
echo "ratio (attache / compromise, one thread): $(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.1fx", a / c }')"
