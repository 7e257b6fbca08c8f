#!/usr/bin/env bash
# Load test on loopback (targets: 500 users p95 <= 300 ms, p99 <= 1 s, no errors; 200 users p95 <= 150 ms): for
# each user count, a fresh app (dev profile, fresh database, one "Changed" history row added), then
# com.triallens.bench.LoadBench: simulated viewers speaking Vaadin's protocol: sign in, then LOOPS times Efficacy,
# Safety via the side navigation, a history popup, the Safety export and Compare; meanwhile a curator saves a figure
# every 5 s (BenchCurator). Usage: bench/load.sh "50 200 500" [ramp_s] [think_ms] [loops]
# DB=postgres: the app runs on PostgreSQL (postgres profile, a fresh database per run) on the server at
#   localhost:${BENCH_PG_PORT:-55499}, user postgres (start one with .ci/postgres start DIR 55499).
# WARMUP=N: N viewers make WARMUP_LOOPS (1) loops of the journey each (ramp 10 s, think 0.5 s) before the measured
#   run, as on a server that has been up for a while (the JIT has compiled the hot paths); by default the measured
#   run meets a fresh JVM. WARMUP=same: the measured run's own users, ramp, think time and loops, once, unmeasured,
#   before it (the JIT keeps compiling for minutes under a new load pattern).
# LAYOUT=aot: the app runs as the Dockerfile deploys it: the jar extracted, with the JDK's AOT cache from a training
#   start (bench/lib.sh, aot_cache); by default `java -jar` on the jar itself.
# APP_ARGS: more arguments for the app (--triallens.sign-in.checks-at-once=2, say).
# JFR=1: the app is recorded with JFR (profile settings, kept in target/bench-jfr/) and the top costs of the load
#   window are printed (JfrTop).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
counts=${1:-50 200 500}
ramp=${2:-30}
think=${3:-2000}
loops=${4:-3}
port=19040
pg_port=${BENCH_PG_PORT:-55499}
APP_PID=
layout_dir=$(mktemp -d)
trap 'stop_app; rm -rf "$layout_dir"' EXIT # an app left running would answer the next run's requests
jar=$APP_JAR
aot_opts=
if [ "${LAYOUT:-jar}" = aot ]; then
  jar=$(aot_cache "$APP_JAR" "$layout_dir")
  aot_opts="-XX:AOTCache=$layout_dir/app.aot"
fi
for users in $counts; do
  dir=$(mktemp -d)
  jvm_opts="${APP_JVM_OPTS:-} $aot_opts"
  [ -n "${JFR:-}" ] && jvm_opts="$jvm_opts -XX:StartFlightRecording=filename=$dir/app.jfr,settings=profile,dumponexit=true"
  if [ "${DB:-h2}" = postgres ]; then
    database=bench_$(date +%s)
    psql -h localhost -p "$pg_port" -U postgres -qc "create database $database"
    db_url="jdbc:postgresql://localhost:$pg_port/$database"
    APP_JVM_OPTS=$jvm_opts APP_DB_URL=$db_url TRIALLENS_DB_USER=postgres TRIALLENS_SECURE_COOKIE=false \
      start_app "$jar" $port "$dir" --spring.profiles.active=postgres --triallens.demo-users=true ${APP_ARGS:-}
    db_url="$db_url?user=postgres"
  else
    APP_JVM_OPTS=$jvm_opts start_app "$jar" $port "$dir" --spring.profiles.active=dev ${APP_ARGS:-}
    db_url="jdbc:h2:file:$dir/db;AUTO_SERVER=TRUE"
  fi
  wait_ready "http://localhost:$port/login"
  bench_java com.triallens.bench.BenchDb "$db_url"
  if [ "${WARMUP:-}" = same ]; then
    bench_java com.triallens.bench.LoadBench "http://localhost:$port" "$users" "$ramp" "$think" "$loops" "$db_url" |
      grep '^users' | sed 's/^/warm-up, not measured: /'
  elif [ -n "${WARMUP:-}" ]; then
    bench_java com.triallens.bench.LoadBench "http://localhost:$port" "$WARMUP" 10 500 "${WARMUP_LOOPS:-1}" | grep '^users' | sed 's/^/warm-up, not measured: /'
  fi
  echo "load before $users users ($(basename "$APP_JAR"), ${LAYOUT:-jar}, ${DB:-h2}): $(load)"
  thread_cpu "$APP_PID" > "$dir/cpu-before"
  from=$(date +%s%3N)
  out=$(bench_java com.triallens.bench.LoadBench "http://localhost:$port" "$users" "$ramp" "$think" "$loops" "$db_url")
  to=$(date +%s%3N)
  thread_cpu "$APP_PID" > "$dir/cpu-after"
  cpu=$(cpu_between "$dir/cpu-before" "$dir/cpu-after")
  stop_app
  if [ -n "${JFR:-}" ]; then
    mkdir -p target/bench-jfr
    jfr=target/bench-jfr/$(basename "$APP_JAR" .jar)-$users-${DB:-h2}.jfr
    mv "$dir/app.jfr" "$jfr"
    echo "JFR recording: $jfr, load window $from-$to (epoch ms)"
    bench_java com.triallens.bench.JfrTop "$jfr" "$from" "$to" 12
  fi
  [ "${DB:-h2}" = postgres ] && psql -h localhost -p "$pg_port" -U postgres -qc "drop database $database"
  if echo "$out" | grep -q 'failed journeys'; then # the app's log says why (an HTTP 500's stack trace)
    mkdir -p target/bench-logs
    cp "$dir/log" "target/bench-logs/$(basename "$APP_JAR" .jar)-$users-${DB:-h2}-$(date +%H%M%S).log"
    echo "app log kept: target/bench-logs/"
  fi
  rm -rf "$dir"
  echo "$out" | grep -v '^RESULT'
  echo "$cpu"
  echo "$out" | sed -n 's/^RESULT users=\([0-9]*\) p50=\([0-9]*\) p95=\([0-9]*\) p99=\([0-9]*\) errors=\([0-9]*\) requests=\([0-9]*\) completed=\([0-9]*\)/\1 \2 \3 \4 \5 \6 \7/p' |
    while read -r n p50 p95 p99 errors requests completed; do
      result "load $n users: p50/p95/p99, errors" "$p50/$p95/$p99 ms, $errors errors of $requests, $completed/$n journeys" \
          "$([ "$n" = 500 ] && echo 'p95 <= 300 ms, p99 <= 1 s, 0 errors' || { [ "$n" = 200 ] && echo 'p95 <= 150 ms'; })" "bench/load.sh $n $ramp $think $loops"
    done
done
