#!/usr/bin/env bash
# Runs one benchmark several times in a row and prints, for each figure it reports (ms, s, MB, per second, ratios),
# the values of every run and their spread: (largest - smallest) / median. The issue asks that five consecutive runs
# agree within 10%. Usage: releng/scripts/bench-repeat.sh [-n RUNS] load|validate|instruments|store|workbench [OPTIONS...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=5
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
[ $# -ge 1 ] || { echo "usage: $0 [-n RUNS] BENCHMARK [OPTIONS...]" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "phaen bench $*, $runs runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  "$ROOT/phaen" bench "$@" > "$work/run$i.txt" 2>&1 || { echo "run $i failed:"; tail -20 "$work/run$i.txt"; exit 1; }
  echo "run $i done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
# A figure is a line "label: number ..." (the benchmarks print them so); lines starting with a space are progress.
for i in $(seq 1 "$runs"); do
  grep -E '^[^ ][^:]*: *[0-9]' "$work/run$i.txt" \
    | sed -E 's/^([^:]*): *([0-9][0-9,]*\.?[0-9]*).*/\1\t\2/' | sed "s/^/$i\t/"
done | awk -F'\t' '
  { v = $3; gsub(",", "", v); key = $2; if (!(key in n)) order[++keys] = key; vals[key, ++n[key]] = v + 0 }
  END {
    for (k = 1; k <= keys; k++) {
      key = order[k]; m = n[key]; line = ""
      for (i = 1; i <= m; i++) { a[i] = vals[key, i]; line = line sprintf(" %s", vals[key, i]) }
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      med = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
      spread = med == 0 ? 0 : (a[m] - a[1]) / med * 100
      printf "%-55s %s   spread %.1f%%%s\n", substr(key, 1, 55), line, spread, spread <= 10 ? "" : "  (more than 10%)"
    }
  }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
