#!/usr/bin/env bash
# Builds what the benchmarks need and runs them all, then prints every figure in one table with the load
# average at the time it was taken. Takes about 15 minutes on 2 cores. Usage: bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_RESULTS=target/bench-results.txt
./mvnw -B -q -Pbench package -DskipTests
./mvnw -B -q -f bench/hello-grid/pom.xml package -DskipTests
rm -f "$BENCH_RESULTS"
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench/cold-start.sh 5
bench/render.sh 5
bench/heap.sh 100
bench/load.sh "50 200 500"
bench/grids.sh
bench/registry.sh 450 4000 3
echo
echo "figure | value | target | load (1/5/15 min) | command"
echo "--- | --- | --- | --- | ---"
awk -F'\t' '{ printf "%s | %s | %s | %s | %s\n", $1, $2, ($3 == "" ? "-" : $3), $4, $5 }' "$BENCH_RESULTS"
