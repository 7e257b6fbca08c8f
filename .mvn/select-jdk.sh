# Sourced by mvnw. TrialLens builds and runs on Java 21 or newer. When JAVA_HOME (or the `java`
# on PATH) is older, look for a newer JDK in the usual install places and use that instead;
# when there is none, stop with a message that says what to install.
triallens_jdk_major() {
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  fi
  [ "$v" = 1 ] && v=8
  printf '%s' "${v:-0}"
}

triallens_select_jdk() {
  current="${JAVA_HOME-}"
  if [ -z "$current" ] && command -v java >/dev/null 2>&1; then
    current=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  if [ -n "$current" ] && [ -x "$current/bin/javac" ] && [ "$(triallens_jdk_major "$current")" -ge 21 ]; then
    return 0
  fi
  best="" best_major=0
  set +f # mvnw runs with globbing off
  for jdk in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
             "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$jdk/bin/javac" ] || continue
    m=$(triallens_jdk_major "$jdk")
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$jdk" best_major="$m"; fi
  done
  set -f
  if [ -z "$best" ]; then
    echo "TrialLens needs a JDK 21 or newer; found ${current:-no JDK} (Java $( [ -n "$current" ] && triallens_jdk_major "$current" || echo none))." >&2
    echo "Install one (for example 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it." >&2
    exit 1
  fi
  [ "${MVNW_VERBOSE-}" = true ] && echo "mvnw: using JDK $best_major at $best" >&2
  JAVA_HOME="$best"
  export JAVA_HOME
}

triallens_select_jdk
