#!/usr/bin/env bash
# Cold start of the packaged jar: wall time from `java -jar` to the first HTTP 200 of /login,
# on a fresh embedded database each run. Prints each run and the median.
# Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/triallens-*.jar | grep -v original | head -1)
. .mvn/select-jdk.sh # the JDK 21+ that mvnw uses
java=$JAVA_HOME/bin/java
port=18181
times=()
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  "$java" -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:file:$dir/db" \
      --triallens.admin.initial-password=bench-only > "$dir/log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/login || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "jar exited:"; tail -20 "$dir/log"; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  times+=("$ms")
  echo "run $run: $ms ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold start to first /login 200, median of $runs: ${sorted[$(( runs / 2 ))]} ms ($(nproc) cores, $("$java" -version 2>&1 | head -1))"
