#!/usr/bin/env bash
# Retained heap per open session (target <= 1 MB per viewer session): used heap after a full GC
# (jcmd GC.run, GC.heap_info) with [sessions] sessions open, less the baseline, divided by the count;
# TrialLens viewer sessions (journey of load.sh) against hello-grid sessions on its grid page.
# Usage: bench/heap.sh [sessions]   (default 100; needs ./mvnw -B -Pbench package -DskipTests and hello-grid)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
sessions=${1:-100}
port=19030
APP_PID=
trap stop_app EXIT # an app left running would hold the next run's port
measure() { # measure NAME JAR READY_PATH [args]
  local name=$1 jar=$2 path=$3; shift 3
  local dir; dir=$(mktemp -d)
  start_app "$jar" $port "$dir" "$@"
  wait_ready "http://localhost:$port$path"
  if [ "$name" = triallens ]; then
    bench_java com.triallens.bench.BenchDb "jdbc:h2:file:$dir/db;AUTO_SERVER=TRUE"
  fi
  local out; out=$(bench_java com.triallens.bench.HeapBench "$name" "http://localhost:$port" "$APP_PID" "$sessions")
  stop_app
  rm -rf "$dir"
  echo "$out" | grep -v '^RESULT'
  local kb; kb=$(echo "$out" | sed -n 's/^RESULT.*kb_per_session=\([0-9-]*\) errors=\([0-9]*\)/\1 KB (errors \2)/p')
  result "heap per session, $name ($sessions sessions)" "$kb" "$([ "$name" = triallens ] && echo '<= 1024 KB')" \
      "bench/heap.sh $sessions"
}
measure triallens "$APP_JAR" /login --spring.profiles.active=dev
measure hello "$HELLO_JAR" /
