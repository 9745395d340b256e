#!/usr/bin/env bash
# Side-by-side benchmarks for issue 11, in one run on one machine: whole-process runs, paired and
# alternated (A, B, A, B, ...), the median of each side kept and reported as a ratio, because
# absolute times on a shared machine move from minute to minute while ratios of interleaved runs
# hold. What is compared:
#
#   1. one small journey (journeys/pizza-delivery.yaml) rendered cold to SVG through ./slippers,
#      against Mermaid CLI (mmdc) drawing the same journey as exported by 'slippers export --format
#      mermaid';
#   2. ./slippers --version against java -version (what the JVM alone costs);
#   3. build of the bundled journeys (journeys/), by default (no PNG) and with the PNG, against an
#      older jar, when SLIPPERS_OLD_JAR names one (e.g. main before issue 11), else alone;
#   4. a 100-stage journey of 1,000 touchpoints (bench/big-journey.py 100 10) rendered to SVG,
#      against mmdc on its Mermaid export (1,000 tasks).
#
# Usage: bench/compare.sh [RUNS]            (RUNS pairs per comparison, default 5)
#   MMDC=/path/to/mmdc       Mermaid CLI to use; without it, it is installed into a temporary folder
#                            with PUPPETEER_SKIP_DOWNLOAD=1 (npm), and drives /usr/bin/chromium
#   CHROMIUM=/path           the browser mmdc drives (default /usr/bin/chromium)
#   SLIPPERS_OLD_JAR=FILE    a jar to compare the build with (run as 'java -Xss16m -jar FILE build')
#   SLIPPERS_BUILD_JOURNEYS=DIR  the folder both builds read (default journeys/; give the old
#                            commit's journeys/ when the old jar does not read today's format)
# Results and how to read them: docs/performance.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
slippers="$here/slippers"
chromium="${CHROMIUM:-/usr/bin/chromium}"

# The launcher builds the jar and its class-data archive on first use: not part of any timing.
"$slippers" --version >/dev/null

if [ -z "${MMDC:-}" ]; then
  echo "installing Mermaid CLI into $work/mmdc (PUPPETEER_SKIP_DOWNLOAD=1) ..." >&2
  mkdir -p "$work/mmdc"
  (cd "$work/mmdc" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent @mermaid-js/mermaid-cli >&2)
  MMDC="$work/mmdc/node_modules/.bin/mmdc"
fi
cat >"$work/puppeteer.json" <<JSON
{"executablePath": "$chromium", "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
 "--disable-component-update", "--disable-sync", "--no-first-run"]}
JSON

# Mermaid refuses a diagram of more than 50,000 characters by default (maxTextSize) and draws an
# error message instead, quickly: the 1,000-task export is about 57,000 characters, so the limit is
# raised, and every Mermaid output is checked below to be a journey diagram and not that message.
cat >"$work/mermaid.json" <<JSON
{"maxTextSize": 10000000}
JSON

small="$here/journeys/pizza-delivery.yaml"
python3 "$here/bench/big-journey.py" 100 10 >"$work/big.yaml"
"$slippers" export --format mermaid "$small" -o "$work/small.mmd" 2>/dev/null
"$slippers" export --format mermaid "$work/big.yaml" -o "$work/big.mmd" 2>/dev/null
# The build pair reads one folder on both sides: an older jar may not read today's journeys.
build_in="${SLIPPERS_BUILD_JOURNEYS:-$here/journeys}"

# Seconds taken by one run of a command (its output thrown away; a failure stops the benchmark).
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# pair NAME A-LABEL B-LABEL -- A command... -- B command...
pair() {
  local name="$1" label_a="$2" label_b="$3"; shift 4
  local a=() b=() in_b=0
  for word in "$@"; do
    if [ "$word" = "--" ] && [ $in_b = 0 ]; then in_b=1; continue; fi
    if [ $in_b = 0 ]; then a+=("$word"); else b+=("$word"); fi
  done
  local times_a=() times_b=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    times_a+=("$(seconds "${a[@]}")")
    rm -rf "$work/out"
    times_b+=("$(seconds "${b[@]}")")
  done
  local ma mb
  ma=$(median "${times_a[@]}")
  mb=$(median "${times_b[@]}")
  awk -v n="$name" -v la="$label_a" -v a="$ma" -v lb="$label_b" -v b="$mb" \
    'BEGIN { printf "%-44s %-9s %6.2f s   %-14s %6.2f s   ratio %5.2f  (slippers %.1fx as fast)\n", n, la, a, lb, b, a / b, b / a }'
}

single() {
  local name="$1"; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    times+=("$(seconds "$@")")
  done
  printf '%-44s %-10s %7.2f s\n' "$name" slippers "$(median "${times[@]}")"
}

echo "slippers bench/compare.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $runs pair(s) each, medians"
echo "machine: $(nproc) processor(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); mmdc $("$MMDC" --version 2>/dev/null | tail -1); $("$chromium" --version 2>/dev/null)"
echo "ratio = slippers / other: below 1 means slippers is faster"
echo

pair "small journey to SVG, cold (pizza-delivery)" slippers "mermaid-cli" -- \
  "$slippers" render "$small" -o "$work/out" --format svg -- \
  "$MMDC" -q -p "$work/puppeteer.json" -c "$work/mermaid.json" -i "$work/small.mmd" -o "$work/small.svg"
pair "--version against java -version" slippers "java -version" -- \
  "$slippers" --version -- java -version
# build's default leaves the PNG out (the HTML page draws it); the second row writes it as before.
if [ -n "${SLIPPERS_OLD_JAR:-}" ]; then
  pair "build journeys/ (default, no PNG)" slippers "old jar" -- \
    "$slippers" build "$build_in" -o "$work/out" -q -- \
    java -Xss16m -jar "$SLIPPERS_OLD_JAR" build "$build_in" -o "$work/out"
  pair "build journeys/ --format ...,png" slippers "old jar" -- \
    "$slippers" build "$build_in" -o "$work/out" -q --format svg,graph,html,png -- \
    java -Xss16m -jar "$SLIPPERS_OLD_JAR" build "$build_in" -o "$work/out"
else
  single "build journeys/ (default, no PNG)" "$slippers" build "$build_in" -o "$work/out" -q
  single "build journeys/ --format ...,png" "$slippers" build "$build_in" -o "$work/out" -q --format svg,graph,html,png
fi
pair "100 stages, 1,000 touchpoints to SVG" slippers "mermaid-cli" -- \
  "$slippers" render "$work/big.yaml" -o "$work/out" --format svg -- \
  "$MMDC" -q -p "$work/puppeteer.json" -c "$work/mermaid.json" -i "$work/big.mmd" -o "$work/big.svg"
for drawn in "$work/small.svg" "$work/big.svg"; do
  if ! grep -q 'aria-roledescription="journey"' "$drawn"; then
    echo "bench/compare.sh: Mermaid CLI did not draw a journey into $drawn (an error diagram?); its timings above do not count" >&2
    exit 1
  fi
done
