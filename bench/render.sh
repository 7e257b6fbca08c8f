#!/usr/bin/env bash
# Time to first render of Efficacy, Safety and Compare in headless Chromium (/usr/bin/chromium), median of
# [runs] (default 5): navigation until every chart on the page has drawn. Starts the jar (dev profile,
# fresh database) on port 19020; a curator first imports a synthetic record of 8 groups (30 measures x 4 time
# points x 2 categories, 100 adverse-event terms, a participant flow and 10 baseline measures) through the Import
# page, whose Efficacy, Safety, Participant flow, Baseline and Registry results pages are timed too. Usage: bench/render.sh [runs]   (needs ./mvnw -B -Pbench package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
port=19020
dir=$(mktemp -d)
start_app "$APP_JAR" $port "$dir" --spring.profiles.active=dev
trap 'stop_app; rm -rf "$dir"' EXIT
wait_ready "http://localhost:$port/login"
bench_java com.triallens.bench.RegistryBench --write-page-record "$dir/eight-groups.json"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 bench_java com.triallens.e2e.RenderBench "http://localhost:$port" "$runs" \
    "$dir/eight-groups.json" NCT09999500 \
    | tee "$dir/out" | grep -v '^RESULT'
cat "$dir/out" | sed -n 's/^RESULT page=\([A-Za-z]*\) median_ms=\(.*\)/\1 \2/p' | while read -r page ms; do
  if [ "$ms" = none ]; then
    result "first render $page" "page not present" "" "bench/render.sh $runs"
  else
    case $page in *Imported) target="<= 1500 ms" ;; *) target="" ;; esac
    result "first render $page (median of $runs)" "$ms ms" "$target" "bench/render.sh $runs"
  fi
done
