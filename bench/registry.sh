#!/usr/bin/env bash
# Registry results at size (targets: import of a 5 MB record <= 2 s server time; the Registry results page's
# data for 30 measures x 8 groups x 4 time points <= 300 ms), timed through the app's services on a throw-away
# H2 file database (com.triallens.bench.RegistryBench). Usage: bench/registry.sh [measures] [ae_terms] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
out=$(bench_java com.triallens.bench.RegistryBench "${1:-300}" "${2:-2500}" "${3:-5}" 2>&1 | grep -v ' WARN ')
echo "$out" | grep -v '^RESULT'
echo "$out" | sed -n 's/^RESULT registry=\(.*\) median_ms=\(.*\)/\1 \2/p' | while read -r name median; do
  case $name in page*|Efficacy*|Safety*) target="<= 300 ms" ;; *preview_write*) target="<= 2000 ms" ;; *) target="-" ;; esac
  result "registry ${name//_/ }" "median $median ms" "$target" "bench/registry.sh ${1:-300} ${2:-2500} ${3:-5}"
done
