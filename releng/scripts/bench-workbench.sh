#!/usr/bin/env bash
# phaen bench workbench: the workbench's cold start to a usable window, and the time to open a plan of about
# 10,000 objects (a synthetic national plan of 8 provinces) in the plan editor until it is drawn. Each run starts a
# new JVM with a new workspace; medians of 5 runs. Under Xvfb when there is no display. The class-data-sharing
# archive (workbench-env.sh) is deleted first, so run 1 is a first start after installing (it writes the archive) and
# runs 2-5 are ordinary starts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/workbench-env.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
objects="$("$ROOT/phaen" generate-sample --provinces 8 --projects-per-province 100 --out "$work/plan-10k.phaen" | sed -n 's/.*: \([0-9,]*\) objects.*/\1/p')"
display=()
if [ -z "${DISPLAY:-}" ]; then display=(xvfb-run -a -s "-screen 0 1400x900x24"); fi
rm -f "$CDS_FILE" "$CDS_FILE.new"
windows=() opens=() window_cpu=() open_cpu=() open_ui=()
for run in 1 2 3 4 5; do
  rm -rf "$work/ws"
  log="$work/run$run.log"
  workbench_jvm_args
  rc=0
  (cd "$PRODUCT" && timeout 300 "${display[@]}" "$JAVA_HOME/bin/java" "${WORKBENCH_JVM_ARGS[@]}" -Dphaen.bench=true \
     -jar "$LAUNCHER" -data "$work/ws" "$work/plan-10k.phaen") > "$log" 2>&1 || rc=$?
  cds_done "$rc"
  w="$(sed -n 's/^phaen-bench window-ms=\([0-9]*\).*/\1/p' "$log")"
  o="$(sed -n 's/^phaen-bench open-ms=\([0-9]*\).*/\1/p' "$log")"
  if [ -z "$w" ] || [ -z "$o" ]; then echo "run $run printed no timing; its log:"; tail -20 "$log"; exit 1; fi
  if grep -q '\[error\]\[\(cds\|aot\)\]' "$log"; then echo "run $run: class-data sharing failed:"; grep '\[error\]' "$log"; exit 1; fi
  # CPU time beside the wall time: on a machine other builds load, the wall time is mostly waiting for a core.
  wc="$(sed -n 's/^phaen-bench window-ms=.* process-cpu-ms=\([0-9]*\).*/\1/p' "$log")"
  oc="$(sed -n 's/^phaen-bench open-ms=.* process-cpu-ms=\([0-9]*\).*/\1/p' "$log")"
  ou="$(sed -n 's/^phaen-bench open-ms=.* ui-cpu-ms=\([0-9]*\).*/\1/p' "$log")"
  echo "run $run: window ${w} ms (CPU ${wc} ms), open ${o} ms (CPU ${oc} ms, UI thread ${ou} ms) at load $(cut -d' ' -f1 /proc/loadavg)"
  windows+=("$w") opens+=("$o") window_cpu+=("$wc") open_cpu+=("$oc") open_ui+=("$ou")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "cold start to a usable window, median of 5: $(median "${windows[@]}") ms (target under 3000 ms; run 1, the first start after installing: ${windows[0]} ms)"
echo "open a ${objects}-object plan in the editor, median of 5: $(median "${opens[@]}") ms (target under 2000 ms)"
echo "CPU time, medians of 5: window $(median "${window_cpu[@]}") ms (all threads); open $(median "${open_cpu[@]}") ms (all threads), $(median "${open_ui[@]}") ms on the UI thread"
