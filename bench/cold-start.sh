#!/usr/bin/env bash
# Cold start to ready: wall time from `java` to the first HTTP 200 of the first page, on a fresh embedded
# database each run, with the CPU time (user + system) the JVM had used by then, for four starts that take
# turns run by run (so a change in the machine's load falls on all of them):
#   triallens      the production TrialLens jar, `java -jar` (/login)
#   triallens-aot  the same jar extracted (java -Djarmode=tools extract) and started with the JDK's AOT cache
#                  from a training run (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh), as the Dockerfile does
#   hello          the bare hello-grid app (its grid page, /), `java -jar`
#   hello-aot      hello-grid extracted and with its own AOT cache: the same JVM options as triallens-aot
# Prints each run, the medians and the ratios (targets: triallens <= 1.3 x hello; triallens-aot <= 1.0 x hello).
# Wall time suffers from other processes on the machine, CPU time much less. APP_JVM_OPTS, when set, goes to
# every start and training run. Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -B package -DskipTests
# and ./mvnw -B -f bench/hello-grid/pom.xml package -DskipTests; bench/run-all.sh does both). Needs JDK 25+.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
port=19010
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# start_once NAME JAR PATH [JVM options]: one cold start; appends "wall_ms cpu_ms" to $times/NAME
start_once() {
  local name=$1 jar=$2 path=$3; shift 3
  local dir; dir=$(mktemp -d)
  local start; start=$(date +%s%N)
  APP_JVM_OPTS="${APP_JVM_OPTS:-} $*" start_app "$jar" $port "$dir"
  wait_ready "http://localhost:$port$path" || { tail -20 "$dir/log"; exit 1; }
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu; cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$APP_PID/stat")
  stop_app
  rm -rf "$dir"
  echo "$ms $cpu" >> "$times/$name"
  printf '  %-13s run %s: %6s ms wall, %6s ms CPU (load %s)\n' "$name" "$run" "$ms" "$cpu" "$(load)"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
wall() { cut -d' ' -f1 "$times/$1" | median; }
cpu() { cut -d' ' -f2 "$times/$1" | median; }
ratio() { awk -v a="$1" -v h="$2" 'BEGIN { printf "%.2f", a / h }'; }

echo "training the AOT caches (load $(load))"
app_aot=$(aot_cache "$APP_JAR" "$work/triallens")
hello_aot=$(aot_cache "$HELLO_JAR" "$work/hello")
times=$work/times
mkdir -p "$times"
for run in $(seq 1 "$runs"); do
  start_once triallens "$APP_JAR" /login
  start_once triallens-aot "$app_aot" /login -XX:AOTCache="$work/triallens/app.aot"
  start_once hello "$HELLO_JAR" /
  start_once hello-aot "$hello_aot" / -XX:AOTCache="$work/hello/app.aot"
done
echo "cold start to first 200, median of $runs ($(nproc) cores, $("$JAVA" -version 2>&1 | head -1)," \
     "JVM options: ${APP_JVM_OPTS:-none}):"
for name in triallens triallens-aot hello hello-aot; do
  printf '  %-13s %6s ms wall, %6s ms CPU\n' "$name" "$(wall $name)" "$(cpu $name)"
done
echo "  triallens / hello $(ratio "$(wall triallens)" "$(wall hello)") wall, $(ratio "$(cpu triallens)" "$(cpu hello)") CPU;" \
     "triallens-aot / hello $(ratio "$(wall triallens-aot)" "$(wall hello)") wall;" \
     "triallens-aot / hello-aot $(ratio "$(wall triallens-aot)" "$(wall hello-aot)") wall"
cmd="bench/cold-start.sh $runs"
result "cold start TrialLens (median of $runs)" "$(wall triallens) ms wall, $(cpu triallens) ms CPU" "" "$cmd"
result "cold start TrialLens, AOT cache (median of $runs)" \
       "$(wall triallens-aot) ms wall, $(cpu triallens-aot) ms CPU" "" "$cmd"
result "cold start hello-grid (median of $runs)" "$(wall hello) ms wall, $(cpu hello) ms CPU" "" "$cmd"
result "cold start hello-grid, AOT cache (median of $runs)" "$(wall hello-aot) ms wall, $(cpu hello-aot) ms CPU" "" "$cmd"
result "cold start ratio TrialLens / hello-grid" \
       "$(ratio "$(wall triallens)" "$(wall hello)") wall, $(ratio "$(cpu triallens)" "$(cpu hello)") CPU" "<= 1.3" "$cmd"
result "cold start ratio TrialLens with AOT cache / hello-grid" \
       "$(ratio "$(wall triallens-aot)" "$(wall hello)") wall, $(ratio "$(cpu triallens-aot)" "$(cpu hello)") CPU" \
       "<= 1.0" "$cmd"
result "cold start ratio TrialLens / hello-grid, both with AOT cache" \
       "$(ratio "$(wall triallens-aot)" "$(wall hello-aot)") wall, $(ratio "$(cpu triallens-aot)" "$(cpu hello-aot)") CPU" \
       "" "$cmd"
