#!/usr/bin/env bash
# Cold start to ready: wall time from `java -jar` to the first HTTP 200 of the first page, on a fresh
# embedded database each run, for the production TrialLens jar (/login) and for the bare hello-grid app
# (its grid page, /), with the CPU time (user + system) the JVM had used by then. The two apps take turns
# run by run, so a change in the machine's load falls on both. Prints each run, the medians and the ratios
# (target: TrialLens <= 1.3 x hello-grid). Wall time suffers from other processes on the machine, CPU time
# much less. Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -B package -DskipTests and
#        ./mvnw -B -f bench/hello-grid/pom.xml package -DskipTests; bench/run-all.sh does both)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
port=19010
ticks=$(getconf CLK_TCK)

# start_once JAR PATH [args]: one cold start; appends "wall_ms cpu_ms" to $dir_times/NAME
start_once() {
  local jar=$1 path=$2; shift 2
  local dir; dir=$(mktemp -d)
  local start; start=$(date +%s%N)
  start_app "$jar" $port "$dir" "$@"
  wait_ready "http://localhost:$port$path" || { tail -20 "$dir/log"; exit 1; }
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu; cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$APP_PID/stat")
  stop_app
  rm -rf "$dir"
  echo "$ms $cpu" >> "$times/$(basename "$jar")"
  echo "  $(basename "$jar") run $run: $ms ms wall, $cpu ms CPU (load $(load))"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

times=$(mktemp -d)
for run in $(seq 1 "$runs"); do
  start_once "$APP_JAR" /login
  start_once "$HELLO_JAR" /
done
app=$(cut -d' ' -f1 "$times/$(basename "$APP_JAR")" | median)
hello=$(cut -d' ' -f1 "$times/$(basename "$HELLO_JAR")" | median)
app_cpu=$(cut -d' ' -f2 "$times/$(basename "$APP_JAR")" | median)
hello_cpu=$(cut -d' ' -f2 "$times/$(basename "$HELLO_JAR")" | median)
rm -rf "$times"
ratio=$(awk -v a="$app" -v h="$hello" 'BEGIN { printf "%.2f", a / h }')
cpu_ratio=$(awk -v a="$app_cpu" -v h="$hello_cpu" 'BEGIN { printf "%.2f", a / h }')
echo "cold start to first 200, median of $runs: TrialLens /login $app ms ($app_cpu ms CPU)," \
     "hello-grid / $hello ms ($hello_cpu ms CPU); ratio $ratio wall, $cpu_ratio CPU" \
     "($(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
result "cold start TrialLens (median of $runs)" "$app ms wall, $app_cpu ms CPU" "" "bench/cold-start.sh $runs"
result "cold start hello-grid (median of $runs)" "$hello ms wall, $hello_cpu ms CPU" "" "bench/cold-start.sh $runs"
result "cold start ratio TrialLens / hello-grid" "$ratio wall, $cpu_ratio CPU" "<= 1.3" "bench/cold-start.sh $runs"
