#!/usr/bin/env bash
# Lazy grids at scale (target: a grid page <= 100 ms): 1 000 trials and 100 000 audit rows generated into a
# throw-away H2 file database, then the Audit grid's page fetches and the trial listing timed through the
# app's services (com.triallens.bench.GridBench). Usage: bench/grids.sh [trials] [audit_rows] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
out=$(bench_java com.triallens.bench.GridBench "${1:-1000}" "${2:-100000}" "${3:-50}" 2>&1 | grep -v ' WARN ')
echo "$out" | grep -v '^RESULT'
echo "$out" | sed -n 's/^RESULT grid=\(.*\) median_ms=\(.*\) p95_ms=\(.*\)/\1 \2 \3/p' | while read -r name median p95; do
  result "grid ${name//_/ }" "median $median ms, p95 $p95 ms" "<= 100 ms" "bench/grids.sh ${1:-1000} ${2:-100000} ${3:-50}"
done
