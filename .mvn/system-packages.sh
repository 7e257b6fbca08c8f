# Sourced by mvnw (POSIX sh, under `set -euf`) and by .ci/run. The end-to-end tests need Chromium and
# .ci/run's PostgreSQL pass needs the PostgreSQL server binaries. Both come from the system's packages:
# where the build may install them (root, or passwordless sudo, with apt-get) it does, once, saying so
# in one line; otherwise it leaves them and the tests that need them are reported as not run, with the
# command that installs them.

# Runs the command as root: directly when root, through passwordless sudo otherwise; fails if neither.
triallens_as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}

triallens_may_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

# triallens_apt_install WHAT PACKAGE...: one line saying so, apt-get's output in a log file.
triallens_apt_install() {
  what=$1
  shift
  log="${TMPDIR:-/tmp}/triallens-apt-install.log"
  echo "mvnw: installing $what from the system's packages (apt-get install $*) (once)" >&2
  if ! { triallens_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         triallens_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >"$log" 2>&1; then
    echo "mvnw: apt-get install $* failed (see $log)" >&2
    return 1
  fi
}

# Does this Maven run reach the end-to-end tests (failsafe)? Arguments: mvnw's.
triallens_runs_e2e() {
  e2e=
  for a in "$@"; do
    case "$a" in
      verify | install | deploy | integration-test | *failsafe*:integration-test) e2e=1 ;;
      -DskipTests | -DskipTests=true | -DskipITs | -DskipITs=true | -Dmaven.test.skip | -Dmaven.test.skip=true) return 1 ;;
    esac
  done
  [ -n "$e2e" ]
}

# Chromium for the end-to-end tests: when this run reaches them and /usr/bin/chromium (the default of
# -Dtriallens.chromium) is missing, install Debian's chromium where allowed. When it stays missing, the
# build itself reports the end-to-end tests as not run (pom.xml, ChromiumTest).
triallens_select_chromium() {
  triallens_runs_e2e "$@" || return 0
  for a in "$@"; do
    case "$a" in -Dtriallens.chromium=*) return 0 ;; esac # a Chromium of one's own: leave it to the tests
  done
  [ ! -x /usr/bin/chromium ] || return 0
  if triallens_may_install; then
    triallens_apt_install "Chromium for the end-to-end tests" chromium || :
  fi
  return 0
}

# The directory of PostgreSQL's server binaries (initdb, pg_ctl, postgres), or nothing.
triallens_postgres_bin() {
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  case $- in *f*) noglob=1 ;; *) noglob= ;; esac
  set +f
  found=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -z "$noglob" ] || set -f
  [ -n "$found" ] || return 1
  dirname "$found"
}

# PostgreSQL's server binaries for .ci/run's PostgreSQL pass: there, installed now, or one line saying
# that the PostgreSQL tests do not run and how to install them (then it fails).
triallens_ensure_postgres() {
  triallens_postgres_bin >/dev/null && return 0
  if triallens_may_install; then
    triallens_apt_install "the PostgreSQL server binaries for the PostgreSQL pass" postgresql || :
    triallens_postgres_bin >/dev/null && return 0
  fi
  echo "PostgreSQL tests not run: the PostgreSQL server binaries (initdb) were not found; install them with \`sudo apt-get install postgresql\`" >&2
  return 1
}
