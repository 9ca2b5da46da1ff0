#!/usr/bin/env bash
# phaen bench workbench: the workbench's cold start to a usable window, and the time to open a plan of about
# 10,000 objects (a synthetic national plan of 8 provinces), then one of about 100,000 (77 provinces), in the plan
# editor until it is drawn, then how the UI thread answers while the two plans' whole validations run in the background
# (the longest it ran late for a 10 ms timer: what a click would have waited). Each run starts a
# new JVM with a new workspace; medians of 5 runs. Under Xvfb when there is no display. The class-data-sharing
# archive (workbench-env.sh) is deleted first, so run 1 is a first start after installing (it writes the archive) and
# runs 2-5 are ordinary starts. Each run of Phaen is followed by a run of the anchor: a bare RCP application (the
# platform's workbench with an empty perspective, no Phaen bundle, releng/bench-rcp) started the same way (same JVM
# options, its own class-data-sharing cache written on its first start, new workspace), and the ratio of the medians.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/workbench-env.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
objects="$("$ROOT/phaen" generate-sample --provinces 8 --projects-per-province 100 --out "$work/plan-10k.phaen" | sed -n 's/.*: \([0-9,]*\) objects.*/\1/p')"
# The national scale: the synthetic plan of bench load, opened after the first one in the same window.
large="$("$ROOT/phaen" generate-sample --provinces 77 --projects-per-province 100 --out "$work/plan-100k.phaen" | sed -n 's/.*: \([0-9,]*\) objects.*/\1/p')"
display=()
if [ -z "${DISPLAY:-}" ]; then display=(xvfb-run -a -s "-screen 0 1400x900x24"); fi
rm -f "$CDS_FILE"
# The anchor's bundle, compiled against the product's plugins, and a configuration with the platform's bundles only:
# the product's list without Phaen's bundles and the libraries only they use.
bare="$work/bare"
mkdir -p "$bare/classes" "$bare/configuration/org.eclipse.equinox.simpleconfigurator"
"$JAVA_HOME/bin/javac" -nowarn -d "$bare/classes" -cp "$PRODUCT/plugins/*" "$ROOT"/releng/bench-rcp/src/bench/bare/rcp/*.java
cp "$ROOT/releng/bench-rcp/plugin.xml" "$bare/classes/"
"$JAVA_HOME/bin/jar" --create --file "$bare/bench.bare.rcp_1.0.0.jar" --manifest "$ROOT/releng/bench-rcp/META-INF/MANIFEST.MF" -C "$bare/classes" .
not_platform='^(org\.phaen\.|picocli|com\.fasterxml|org\.eclipse\.emfcloud|org\.apache\.pdfbox|wrapped\.org\.apache\.(poi|xmlbeans)|wrapped\.com\.zaxxer|org\.apache\.commons\.commons-(math3|collections4)|org\.eclipse\.(elk|xtext)|com\.google\.guava|org\.apache\.logging\.log4j)'
{ grep -v -E "$not_platform" "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  echo "bench.bare.rcp,1.0.0,file:$bare/bench.bare.rcp_1.0.0.jar,4,false"; } > "$bare/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
sed -e 's/^eclipse\.application=.*/eclipse.application=bench.bare.rcp.application/' -e '/^eclipse\.product=/d' -e '/^eclipse\.p2\./d' \
  "$PRODUCT/configuration/config.ini" > "$bare/configuration/config.ini"
PHAEN_CDS_FILE="$CDS_FILE"
# One start of the anchor, with its own class-data-sharing cache (made on its first start, as Phaen's is).
bare_run() {
  CDS_FILE="$bare/anchor.aot"
  workbench_jvm_args
  local rc=0 log="$work/bare$1.log"
  rm -rf "$work/ws-bare"
  (cd "$PRODUCT" && timeout 300 "${display[@]}" "$JAVA_HOME/bin/java" "${WORKBENCH_JVM_ARGS[@]}" -jar "$LAUNCHER" \
     -configuration "$bare/configuration" -data "$work/ws-bare") > "$log" 2>&1 || rc=$?
  cds_done "$rc"
  CDS_FILE="$PHAEN_CDS_FILE"
  bare_w="$(sed -n 's/^phaen-bench window-ms=\([0-9]*\).*/\1/p' "$log")"
  bare_c="$(sed -n 's/^phaen-bench window-ms=.* process-cpu-ms=\([0-9]*\).*/\1/p' "$log")"
  if [ -z "$bare_w" ]; then echo "bare RCP run $1 printed no timing; its log:"; tail -20 "$log"; exit 1; fi
}
windows=() opens=() bares=() window_cpu=() open_cpu=() open_ui=() bare_cpu=() larges=() large_ui=() large_cpu=() stalls=() validated=()
for run in 1 2 3 4 5; do
  rm -rf "$work/ws"
  log="$work/run$run.log"
  workbench_jvm_args
  rc=0
  (cd "$PRODUCT" && timeout 300 "${display[@]}" "$JAVA_HOME/bin/java" "${WORKBENCH_JVM_ARGS[@]}" -Dphaen.bench=true \
     -jar "$LAUNCHER" -data "$work/ws" "$work/plan-10k.phaen" "$work/plan-100k.phaen") > "$log" 2>&1 || rc=$?
  cds_done "$rc"
  w="$(sed -n 's/^phaen-bench window-ms=\([0-9]*\).*/\1/p' "$log")"
  o="$(sed -n 's/^phaen-bench open-ms=\([0-9]*\) .*file=plan-10k.*/\1/p' "$log")"
  l="$(sed -n 's/^phaen-bench open-ms=\([0-9]*\) .*file=plan-100k.*/\1/p' "$log")"
  vm="$(sed -n 's/^phaen-bench validated-ms=\([0-9]*\).*/\1/p' "$log")"
  vs="$(sed -n 's/^phaen-bench validated-ms=.* longest-ui-stall-ms=\([0-9]*\).*/\1/p' "$log")"
  if [ -z "$w" ] || [ -z "$o" ] || [ -z "$l" ] || [ -z "$vs" ]; then echo "run $run printed no timing; its log:"; tail -20 "$log"; exit 1; fi
  if grep -q '\[error\]\[\(cds\|aot\)\]' "$log"; then echo "run $run: class-data sharing failed:"; grep '\[error\]' "$log"; exit 1; fi
  # CPU time beside the wall time: on a machine other builds load, the wall time is mostly waiting for a core.
  wc="$(sed -n 's/^phaen-bench window-ms=.* process-cpu-ms=\([0-9]*\).*/\1/p' "$log")"
  oc="$(sed -n 's/^phaen-bench open-ms=.* process-cpu-ms=\([0-9]*\).* file=plan-10k.*/\1/p' "$log")"
  ou="$(sed -n 's/^phaen-bench open-ms=.* ui-cpu-ms=\([0-9]*\).* file=plan-10k.*/\1/p' "$log")"
  lu="$(sed -n 's/^phaen-bench open-ms=.* ui-cpu-ms=\([0-9]*\).* file=plan-100k.*/\1/p' "$log")"
  lc="$(sed -n 's/^phaen-bench open-ms=.* process-cpu-ms=\([0-9]*\).* file=plan-100k.*/\1/p' "$log")"
  bare_run "$run"
  echo "run $run: window ${w} ms (CPU ${wc} ms), open ${o} ms (CPU ${oc} ms, UI thread ${ou} ms), open ${l} ms (${large} objects; CPU ${lc} ms, UI thread ${lu} ms), validated ${vm} ms after (UI thread late at most ${vs} ms); bare RCP application: window ${bare_w} ms (CPU ${bare_c} ms); at load $(cut -d' ' -f1 /proc/loadavg)"
  windows+=("$w") opens+=("$o") window_cpu+=("$wc") open_cpu+=("$oc") open_ui+=("$ou") bares+=("$bare_w") bare_cpu+=("$bare_c") larges+=("$l") large_ui+=("$lu") large_cpu+=("$lc") validated+=("$vm") stalls+=("$vs")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "cold start to a usable window, median of 5: $(median "${windows[@]}") ms (target under 2500 ms; run 1, the first start after installing: ${windows[0]} ms)"
echo "bare RCP application (platform bundles only, empty perspective), median of 5: $(median "${bares[@]}") ms (run 1: ${bares[0]} ms)"
echo "ratio Phaen / bare RCP, wall time: $(awk -v a="$(median "${windows[@]}")" -v b="$(median "${bares[@]}")" 'BEGIN{printf "%.2f", a/b}') (window; target <= 1.3)"
# The CPU time of all the process's threads: what repeats on a machine whose cores other work takes turns on.
echo "ratio Phaen / bare RCP, CPU time: $(awk -v a="$(median "${window_cpu[@]}")" -v b="$(median "${bare_cpu[@]}")" 'BEGIN{printf "%.2f", a/b}') (all threads, medians $(median "${window_cpu[@]}") / $(median "${bare_cpu[@]}") ms)"
echo "open a ${objects}-object plan in the editor, median of 5: $(median "${opens[@]}") ms (target under 2000 ms)"
echo "CPU time, medians of 5: window $(median "${window_cpu[@]}") ms (all threads); open $(median "${open_cpu[@]}") ms (all threads), $(median "${open_ui[@]}") ms on the UI thread"
echo "open a ${large}-object plan in the editor, median of 5: $(median "${larges[@]}") ms, $(median "${large_ui[@]}") ms of it CPU on the UI thread, $(median "${large_cpu[@]}") ms in all threads (the plan loads on a thread of its own; target under 3000 ms, drawn; the whole validation runs after, in the background)"
echo "while the two plans' whole validations ran in the background (median $(median "${validated[@]}") ms after the opening), the UI thread ran late by at most, median of 5: $(median "${stalls[@]}") ms (the longest a click waited)"
