# Shared by the bench scripts (source it from the repository root): the JDK, the jars, starting an app
# on a fresh database and waiting for its first 200, and the load average to print beside each figure.
. .mvn/select-jdk.sh # the JDK 21+ that mvnw uses
set +f # select-jdk.sh turns globbing off
JAVA=$JAVA_HOME/bin/java
JCMD=$JAVA_HOME/bin/jcmd
APP_JAR=${APP_JAR:-$(ls target/triallens-*.jar 2>/dev/null | grep -v original | head -1 || true)}
HELLO_JAR=${HELLO_JAR:-$(ls bench/hello-grid/target/hello-grid-*.jar 2>/dev/null | grep -v original | head -1 || true)}
BENCH_RESULTS=${BENCH_RESULTS:-target/bench-results.txt}
ADMIN_PASSWORD=bench-only-4Qv7-Lark-Tide # the first admin's; it has to pass PasswordRule (issue 12)

load() { cut -d' ' -f1-3 /proc/loadavg; }

# result NAME VALUE TARGET COMMAND: one line of the final table (tab-separated), and echoed
result() {
  mkdir -p "$(dirname "$BENCH_RESULTS")"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(load)" "$4" >> "$BENCH_RESULTS"
  echo "== $1: $2 (target $3; load $(load))"
}

bench_java() { # runs a bench main class on the test classpath (built by ./mvnw -Pbench package)
  "$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@"
}

# start_app JAR PORT DIR [args...]: starts the jar in the background on a fresh H2 file database in DIR (or on
# APP_DB_URL when set),
# sets APP_PID; wait_ready URL waits for its first 200.
start_app() {
  local jar=$1 port=$2 dir=$3; shift 3
  "$JAVA" ${APP_JVM_OPTS:-} -jar "$jar" --server.port="$port" \
      --spring.datasource.url="${APP_DB_URL:-jdbc:h2:file:$dir/db;AUTO_SERVER=TRUE}" \
      --triallens.admin.initial-password=$ADMIN_PASSWORD "$@" > "$dir/log" 2>&1 &
  APP_PID=$!
}

wait_ready() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app exited:" >&2; return 1; }
    sleep 0.05
  done
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

# thread_cpu PID: the process's CPU ticks so far, in all and by kind of thread ("total N", "requests N", ...;
# from /proc, so the JIT compiler and GC threads count too, which JFR's samples leave out)
thread_cpu() {
  awk '{ print $1 + $2 }' <(cut -d' ' -f14,15 "/proc/$1/stat") | sed 's/^/total /'
  for task in /proc/"$1"/task/*; do
    local comm; comm=$(cat "$task/comm" 2>/dev/null) || continue
    local ticks; ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }') || continue
    case $comm in
      http-nio*) echo "requests $ticks" ;;
      C1\ Compiler*|C2\ Compiler*) echo "JIT $ticks" ;;
      GC\ Thread*|G1\ *|VM\ Thread) echo "GC $ticks" ;;
      *) echo "other $ticks" ;;
    esac
  done | awk '{ t[$1] += $2 } END { for (k in t) print k, t[k] }'
}

# cpu_between BEFORE AFTER: prints the CPU seconds each kind of thread used between two thread_cpu snapshots
# (threads that ended in between are in "total" only)
cpu_between() {
  local hz; hz=$(getconf CLK_TCK)
  join -a2 -e0 -o 0,1.2,2.2 <(sort "$1") <(sort "$2") |
    awk -v hz="$hz" '{ d[$1] = ($3 - $2) / hz }
      END { printf "CPU in the window (s): total %.1f, request threads %.1f, JIT compilers %.1f, GC %.1f, other %.1f\n",
              d["total"], d["requests"], d["JIT"], d["GC"], d["other"] }'
}

# aot_cache JAR DIR [app args]: the deployed layout (Dockerfile): extracts JAR into DIR, trains its AOT cache
# DIR/app.aot (the context starts and exits after refresh, on a throw-away H2 file database), checks that a start
# with the cache takes its classes from it, and prints the extracted jar's path on stdout. Start that jar with
# -XX:AOTCache=DIR/app.aot.
aot_cache() {
  local jar=$1 dir=$2; shift 2
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
  local app; app=$dir/$(basename "$jar")
  local train; train=$(mktemp -d)
  (cd "$dir" && "$JAVA" ${APP_JVM_OPTS:-} -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh \
      -jar "$app" --spring.datasource.url="jdbc:h2:file:$train/db" \
      --triallens.admin.initial-password=$ADMIN_PASSWORD "$@" > "$train/log" 2>&1) \
    || { tail -20 "$train/log" >&2; exit 1; }
  (cd "$dir" && "$JAVA" ${APP_JVM_OPTS:-} -XX:AOTCache="$dir/app.aot" -Xlog:class+load=info:file="$train/classes" \
      -Dspring.context.exit=onRefresh -jar "$app" --spring.datasource.url="jdbc:h2:file:$train/db2" \
      --triallens.admin.initial-password=$ADMIN_PASSWORD "$@" > "$train/log2" 2>&1) \
    || { tail -20 "$train/log2" >&2; exit 1; }
  echo "  $(basename "$dir"): AOT cache $(( $(stat -c %s "$dir/app.aot") / 1048576 )) MB; a start with it took" \
       "$(grep -c 'source: shared objects file' "$train/classes") of $(grep -c 'source:' "$train/classes")" \
       "classes from it" >&2
  rm -rf "$train"
  echo "$app"
}
