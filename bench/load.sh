#!/usr/bin/env bash
# Load test on loopback (targets: 500 users p95 <= 300 ms, p99 <= 1 s, no errors; 200 users p95 <= 150 ms): for
# each user count, a fresh app (dev profile, fresh database, one "Changed" history row added), then
# com.triallens.bench.LoadBench: simulated viewers speaking Vaadin's protocol: sign in, then LOOPS times Efficacy,
# Safety via the side navigation, a history popup, the Safety export and Compare; meanwhile a curator saves a figure
# every 5 s (BenchCurator). Usage: bench/load.sh "50 200 500" [ramp_s] [think_ms] [loops]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
counts=${1:-50 200 500}
ramp=${2:-30}
think=${3:-2000}
loops=${4:-3}
port=19040
for users in $counts; do
  dir=$(mktemp -d)
  start_app "$APP_JAR" $port "$dir" --spring.profiles.active=dev
  wait_ready "http://localhost:$port/login"
  bench_java com.triallens.bench.BenchDb "jdbc:h2:file:$dir/db;AUTO_SERVER=TRUE"
  echo "load before $users users: $(load)"
  out=$(bench_java com.triallens.bench.LoadBench "http://localhost:$port" "$users" "$ramp" "$think" "$loops" \
      "jdbc:h2:file:$dir/db;AUTO_SERVER=TRUE")
  stop_app
  rm -rf "$dir"
  echo "$out" | grep -v '^RESULT'
  echo "$out" | sed -n 's/^RESULT users=\([0-9]*\) p50=\([0-9]*\) p95=\([0-9]*\) p99=\([0-9]*\) errors=\([0-9]*\) requests=\([0-9]*\) completed=\([0-9]*\)/\1 \2 \3 \4 \5 \6 \7/p' |
    while read -r n p50 p95 p99 errors requests completed; do
      result "load $n users: p50/p95/p99, errors" "$p50/$p95/$p99 ms, $errors errors of $requests, $completed/$n journeys" \
          "$([ "$n" = 500 ] && echo 'p95 <= 300 ms, p99 <= 1 s, 0 errors' || { [ "$n" = 200 ] && echo 'p95 <= 150 ms'; })" "bench/load.sh $n $ramp $think $loops"
    done
done
