#!/usr/bin/env bash
# Renders a seed article's page (`attache extract SEED --format html`) in headless Chromium and saves a
# screenshot (1280x2000), and optionally the DOM Chromium built. The README's docs/visualiser.png is made
# by this script, and so are the pages the Browser test category checks.
#
#   tools/screenshot.sh [SEED.txt] [OUT.png] [DOM.html]
#
# Defaults: seed 001 and docs/visualiser.png. ATTACHE is the command that runs attache (default: the
# Release build of src/Attache.Cli in this checkout, built if missing); CHROMIUM the browser
# (default /usr/bin/chromium, Debian package `chromium`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seed="${1:-$repo/training-data/seeds/001_02aa92d358672171.txt}"
png="${2:-$repo/docs/visualiser.png}"
dom="${3:-}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
window="${WINDOW:-1280,2000}"

if [ ! -x "$chromium" ]; then
  echo "screenshot: no Chromium at $chromium: install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM" >&2
  exit 1
fi

if [ -n "${ATTACHE:-}" ]; then
  read -r -a attache <<<"$ATTACHE"
else
  dll="$repo/src/Attache.Cli/bin/Release/net10.0/Attache.Cli.dll"
  [ -f "$dll" ] || dotnet build "$repo/src/Attache.Cli" -c Release -v q -nologo >&2
  attache=(dotnet "$dll")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
page="$work/page.html"
"${attache[@]}" extract "$seed" --format html >"$page"

# --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$window")
if ! "$chromium" "${flags[@]}" --screenshot="$png" "file://$page" >"$work/chromium.log" 2>&1 || [ ! -s "$png" ]; then
  echo "screenshot: Chromium did not write $png:" >&2
  cat "$work/chromium.log" >&2
  exit 1
fi

if [ -n "$dom" ]; then
  "$chromium" "${flags[@]}" --dump-dom "file://$page" >"$dom" 2>"$work/chromium.log" \
    || { echo "screenshot: Chromium could not dump the DOM:" >&2; cat "$work/chromium.log" >&2; exit 1; }
fi

echo "screenshot: $png"
