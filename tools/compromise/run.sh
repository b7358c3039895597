#!/usr/bin/env bash
# Side-by-side speed: compromise (npm, installed here by this script) and attache on the same files.
# Usage: tools/compromise/run.sh [PATH...] (default: the seeds)
#  1. in one process, warmed up: `node bench.mjs` and `attache bench` over the same words;
#  2. as whole processes, start-up included, as a user runs them (issue #21): `node extract.mjs`
#     and `attache extract --input jsonl --format jsonl` over the corpus and seed articles
#     repeated to one JSONL file, then the 8 MB dense article's time and peak memory through
#     `attache extract`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
words=400000
# The corpus and seeds (82,000 words) this many times: about 330,000 words, so start-up is a
# part of each whole process and not all of it, and compromise takes half a minute.
repeats=4
rounds=3
# Issue #21's dense document: one meeting sentence repeated to 8 MB; the target is its peak RSS.
dense_sentence='Xi Jinping met Kim Jong Un in Beijing. '
dense_bytes=$((8 * 1024 * 1024))
dense_limit_kb=$((500 * 1024))
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=("$repo/training-data/seeds")
(cd "$here" && npm ci --no-audit --no-fund --silent)
node "$here/bench.mjs" --words "$words" "${paths[@]}" | tee /tmp/attache-compromise.txt
# attache as its tool package ships on this platform: published for this runtime, ReadyToRun.
rid="$(dotnet --info | sed -nE 's/^ *RID: *//p' | head -n 1)"
tool="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$tool" "$work"' EXIT
dotnet publish "$repo/src/Attache.Cli" -c Release -r "$rid" --self-contained false -o "$tool" -v q -nologo >/dev/null
dotnet "$tool/Attache.Cli.dll" bench "${paths[@]}" --words "$words" | tee /tmp/attache-bench.txt
c=$(grep -Eo '^1 thread +[0-9]+' /tmp/attache-compromise.txt | grep -Eo '[0-9]+$')
a=$(grep -Eo '^1 thread +[0-9]+' /tmp/attache-bench.txt | grep -Eo '[0-9]+$')
echo "ratio (attache / compromise, one thread): $(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.1fx", a / c }')"

echo
echo "whole processes (start-up included), $repeats x the corpus and seed articles as JSONL:"
python3 - "$repo" "$repeats" "$work/articles.jsonl" <<'PY'
import glob, json, sys
repo, repeats, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(f"{repo}/training-data/corpus/*.txt")) + sorted(glob.glob(f"{repo}/training-data/seeds/*.txt"))
with open(out, "w", encoding="utf-8") as f:
    for r in range(repeats):
        for path in files:
            text = open(path, encoding="utf-8").read()
            f.write(json.dumps({"id": f"{r}/{path.rsplit('/', 1)[-1]}", "text": text}) + "\n")
PY
seconds() { # seconds COMMAND...: wall-clock time of one whole process, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# alternating rounds, so both meet the same load on a shared machine; the median of each
ctimes=() atimes=()
for _ in $(seq "$rounds"); do
  ctimes+=("$(seconds node "$here/extract.mjs" "$work/articles.jsonl")")
  atimes+=("$(seconds dotnet "$tool/Attache.Cli.dll" extract --input jsonl --format jsonl "$work/articles.jsonl")")
done
cs=$(printf '%s\n' "${ctimes[@]}" | median)
as=$(printf '%s\n' "${atimes[@]}" | median)
echo "compromise (node extract.mjs)          ${cs} s (median of ${ctimes[*]})"
echo "attache extract --input jsonl          ${as} s (median of ${atimes[*]})"
echo "ratio (compromise time / attache time, whole processes): $(awk -v a="$as" -v c="$cs" 'BEGIN { printf "%.1fx", c / a }')"

echo
python3 - "$dense_sentence" "$dense_bytes" "$work/dense.txt" <<'PY'
import sys
sentence, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
open(out, "w", encoding="utf-8").write(sentence * (size // len(sentence)))
PY
/usr/bin/time -f '%e %M' -o "$work/dense.time" dotnet "$tool/Attache.Cli.dll" extract --format jsonl "$work/dense.txt" >/dev/null
read -r dense_seconds dense_kb < "$work/dense.time"
echo "dense 8 MB article (attache extract)  ${dense_seconds} s, peak RSS $((dense_kb / 1024)) MB (target under $((dense_limit_kb / 1024)) MB: $([ "$dense_kb" -lt "$dense_limit_kb" ] && echo met || echo not met))"
