#!/usr/bin/env bash
# Cold start to ready: wall time from `java -jar` to the first HTTP 200 of the first page, on a fresh
# embedded database each run, for the production TrialLens jar (/login) and for the bare hello-grid app
# (its grid page, /). Prints each run, both medians and the ratio (target: TrialLens <= 1.3 x hello-grid).
# Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -B package -DskipTests and
#        ./mvnw -B -f bench/hello-grid/pom.xml package -DskipTests; bench/run-all.sh does both)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
port=19010

# median_start JAR PATH [args]: prints the runs, then the median in ms on the last line
median_start() {
  local jar=$1 path=$2; shift 2
  local times=()
  for run in $(seq 1 "$runs"); do
    local dir; dir=$(mktemp -d)
    local start; start=$(date +%s%N)
    start_app "$jar" $port "$dir" "$@"
    wait_ready "http://localhost:$port$path" || { tail -20 "$dir/log"; exit 1; }
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    stop_app
    rm -rf "$dir"
    times+=("$ms")
    echo "  $(basename "$jar") run $run: $ms ms (load $(load))" >&2
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "${sorted[$(( runs / 2 ))]}"
}

app=$(median_start "$APP_JAR" /login)
hello=$(median_start "$HELLO_JAR" /)
ratio=$(awk -v a="$app" -v h="$hello" 'BEGIN { printf "%.2f", a / h }')
echo "cold start to first 200, median of $runs: TrialLens /login $app ms, hello-grid / $hello ms, ratio $ratio" \
     "($(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
result "cold start TrialLens (median of $runs)" "$app ms" "" "bench/cold-start.sh $runs"
result "cold start hello-grid (median of $runs)" "$hello ms" "" "bench/cold-start.sh $runs"
result "cold start ratio TrialLens / hello-grid" "$ratio" "<= 1.3" "bench/cold-start.sh $runs"
