#!/usr/bin/env bash
# Prints the README's accuracy table: rules, model and combined on the dev and test splits of
# training-data/ and, when given, on a folder of real-news gold (e.g. a development set kept outside
# the repository). Usage: tools/accuracy-table.sh [MODELS_DIR] [REAL_NEWS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
models="${1:-models}"
realnews="${2:-}"
cli=(dotnet run --project src/Attache.Cli -c Release --no-build --)
row() { # row LABEL PIPELINE EVALUATE-ARGS...
  local label="$1" pipeline="$2"; shift 2
  "${cli[@]}" evaluate "$@" --models "$models" --pipeline "$pipeline" --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
e = d["entities"]
ev = d["events"]
f = lambda v: "%.1f" % (100 * v)
print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (sys.argv[1], sys.argv[2], f(e["strict"]["ALL"]["f1"]), f(e["type"]["ALL"]["f1"]),
      f(d["relations"]["HasTitle"]["f1"]), f(ev["identification"]["precision"]), f(ev["identification"]["recall"]),
      f(ev["identification"]["f1"]), f(ev["classification"]["f1"]), f(d["documentSets"]["event types"]["f1"])))' "$label" "$pipeline"
}
echo "| data | pipeline | entities strict F1 | entities overlap F1 | HasTitle F1 | event trigger P | event trigger R | event trigger F1 | event type F1 | document event types F1 |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for split in dev test; do
  for pipeline in rules model combined; do row "corpus $split" "$pipeline" --gold training-data --split "$split"; done
done
if [ -n "$realnews" ]; then
  for pipeline in rules model combined; do row "real news" "$pipeline" --gold "$realnews"; done
fi

# Per entity type (overlap F1) and the document-level lists an analyst reads (officials and places by
# canonical name), for the default extractor: the figures issue #18's targets are stated in.
types() { # types LABEL EVALUATE-ARGS...
  local label="$1"; shift
  "${cli[@]}" evaluate "$@" --models "$models" --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
t = d["entities"]["type"]
f = lambda v: "%.1f" % (100 * v)
print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (sys.argv[1], f(t["Official"]["f1"]), f(t["Place"]["f1"]), f(t["Title"]["f1"]),
      f(t["Organization"]["f1"]), f(d["relations"]["HasTitle"]["f1"]), f(d["documentSets"]["officials"]["f1"]), f(d["documentSets"]["places"]["f1"])))' "$label"
}
echo
echo "| data (combined) | Official | Place | Title | Organization | HasTitle | document officials | document places |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
types "corpus test" --gold training-data --split test
if [ -n "$realnews" ]; then types "real news" --gold "$realnews"; fi
