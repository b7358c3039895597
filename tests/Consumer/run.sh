#!/usr/bin/env bash
# The consumer test: packs Attache and Attache.Cli into a temporary local feed, builds a fresh
# console application outside the solution from the README's examples, referencing Attache from
# that feed only, runs it on a seed article, then installs the tool from the same feed and runs
# `attache extract`. Prints "consumer: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() { # check NAME FILE PATTERN: FILE has a line matching the extended regex PATTERN
  if grep -Eq -- "$3" "$2"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "consumer: FAILED $1: no line matching /$3/ in:" >&2
    sed 's/^/    /' "$2" >&2
  fi
}

finish() {
  echo "consumer: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

fail() {
  echo "consumer: $1" >&2
  failed=$((failed + 1))
  finish
}

feed="$work/feed"
# Restores go to a package folder of this run's own, so nothing is read from or left in the user's
# global NuGet cache.
export NUGET_PACKAGES="$work/packages"
echo "consumer: packing Attache"
dotnet pack "$repo/Attache.sln" -c Release -o "$feed" -p:PackPlatformTools=true -v q -nologo >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
# The version is this commit's (Directory.Build.targets): read it from the package packed.
version="$(ls "$feed" | sed -nE 's/^Attache\.([0-9].*)\.nupkg$/\1/p' | head -n 1)"
echo "consumer: packed Attache $version"
[ -f "$feed/Attache.$version.nupkg" ] && [ -f "$feed/Attache.$version.snupkg" ] && [ -f "$feed/Attache.Cli.$version.nupkg" ] \
  || fail "expected Attache.$version.nupkg, .snupkg and Attache.Cli.$version.nupkg in $(ls "$feed")"
# The document JSON's schema ships at the package root, beside the README (docs/cli.md says so).
python3 -c 'import sys, zipfile; sys.exit("document.schema.json" not in zipfile.ZipFile(sys.argv[1]).namelist())' \
  "$feed/Attache.$version.nupkg" \
  || fail "Attache.$version.nupkg lacks document.schema.json at its root"

# Attache comes from the local feed only; everything else from the sources already configured.
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo "  <packageSources><add key=\"attache-local\" value=\"$feed\" /></packageSources>"
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="attache-local"><package pattern="Attache" /><package pattern="Attache.Cli" /><package pattern="Attache.Cli.*" /></packageSource>'
  dotnet nuget list source --format detailed | sed -nE 's/^ *[0-9]+\. +(.+) \[Enabled\]$/\1/p' | while read -r key; do
    [ "$key" = "attache-local" ] || echo "    <packageSource key=\"$key\"><package pattern=\"*\" /></packageSource>"
  done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} >"$work/nuget.config"

app="$work/app"
mkdir -p "$app"
cp "$work/nuget.config" "$app/nuget.config"
sed "s/@VERSION@/$version/" "$repo/tests/Consumer/Consumer.csproj.template" >"$app/Consumer.csproj"
python3 "$repo/tests/Consumer/extract_examples.py" "$repo/README.md" "$app" >/dev/null || fail "README examples could not be extracted"

seed="$repo/training-data/seeds/002_afb99fe33d6da9e5.txt"
echo "consumer: building the README's program against the package"
(cd "$app" && dotnet build -c Release -v q -nologo >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; fail "the README's program does not build against the package"; }
(cd "$app" && dotnet run -c Release --no-build -- "$seed" 2013-05-23 >"$work/run.log" 2>&1) || { cat "$work/run.log" >&2; fail "the README's program failed"; }
check "official with canonical name" "$work/run.log" '^Official +Choe Ryong-hae +Choe Ryong Hae '
check "place" "$work/run.log" '^Place +Beijing +Beijing '
check "event" "$work/run.log" "^Visit '"
check "batch over the seeds" "$work/run.log" '^004_f8ac76f2c6776053.txt: [1-9][0-9]* official mentions$'
check "user officials file" "$work/run.log" '^mine: Official Ri Kwang-chol -> Ri Kwang Chol$'
check "user component" "$work/run.log" '^mine: Organization Pyongyang Peace Institute'
check "user triggers file" "$work/run.log" "^mine: Meeting 'huddled with'$"
check "user output format" "$work/run.log" $'^Official\t0\t13\tRi Kwang-chol$'
check "user language folder" "$work/run.log" '^language: 18 function words, [0-9]+ mentions$'

echo "consumer: installing the attache tool from the feed"
dotnet tool install Attache.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log" >&2; fail "dotnet tool install failed"; }
"$work/tools/attache" extract "$seed" --format brat >"$work/tool-run.log" 2>&1 || { cat "$work/tool-run.log" >&2; fail "attache extract failed"; }
check "tool finds the official" "$work/tool-run.log" $'^T[0-9]+\tOfficial [0-9]+ [0-9]+\tChoe Ryong-hae$'
# The HTML page's stylesheet is a resource of the package: the installed tool's page has it and the highlights.
"$work/tools/attache" extract "$seed" --format html >"$work/tool-html.log" 2>&1 || { cat "$work/tool-html.log" >&2; fail "attache extract --format html failed"; }
check "tool writes the HTML page with its stylesheet" "$work/tool-html.log" '^\.m-official \{'
check "tool highlights the official in HTML" "$work/tool-html.log" '<span class="m m-official" data-mention="[0-9]+" data-type="Official" title="[^"]*">Choe Ryong-hae</span>'
# Outside a checkout: from an empty folder, the user's officials file loads and a corpus verb without its corpus prints usage.
empty="$work/empty"
mkdir -p "$empty"
cp "$app/my-officials.yaml" "$empty/"
(cd "$empty" && echo "Ri Kwang-chol, director of the Pyongyang Peace Institute, met Chinese diplomats." \
  | "$work/tools/attache" extract --officials my-officials.yaml --format jsonl >"$work/tool-officials.log" 2>&1) \
  || { cat "$work/tool-officials.log" >&2; fail "attache extract --officials failed"; }
check "tool loads the user's officials file" "$work/tool-officials.log" '"canonical":"Ri Kwang Chol"'
(cd "$empty" && "$work/tools/attache" stats >"$work/tool-stats.log" 2>&1; echo "exit $?" >>"$work/tool-stats.log")
check "stats without a corpus prints usage" "$work/tool-stats.log" '^  attache stats <dir>'
check "stats without a corpus is a usage error" "$work/tool-stats.log" '^exit 2$'
# On the platforms with a package of their own, the tool installed is that ReadyToRun package.
rid="$(dotnet --info | sed -nE 's/^ *RID: *//p' | head -n 1)"
case "$rid" in
  linux-x64 | linux-arm64 | osx-arm64 | win-x64)
    ls -d "$work/tools/.store/attache.cli/$version/attache.cli.$rid" >"$work/tool-rid.log" 2>&1
    check "tool installed from the ReadyToRun package for $rid" "$work/tool-rid.log" "attache.cli.$rid\$"
    ;;
esac
finish
