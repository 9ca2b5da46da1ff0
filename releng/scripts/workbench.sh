#!/usr/bin/env bash
# Starts the Phaen workbench (the RCP product Tycho materialised), building it on first use.
# Usage: phaen workbench [-nl th|en] [FILE.phaen...]   (no file: a copy of the sample plans, in ~/phaen-workspace/Plans)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/workbench-env.sh"
WORKSPACE="${PHAEN_WORKSPACE:-$HOME/phaen-workspace}"
args=() files=()
while [ $# -gt 0 ]; do
  case "$1" in
    -nl) args+=("-nl" "$2"); shift 2 ;;
    *)   files+=("$(realpath -m "$1")"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  mkdir -p "$WORKSPACE/Plans"
  for plan in region17-2562.phaen phitsanulok-2562.phaen; do
    [ -f "$WORKSPACE/Plans/$plan" ] || cp "$ROOT/models/$plan" "$WORKSPACE/Plans/"
  done
  files=("$WORKSPACE/Plans/phitsanulok-2562.phaen")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "phaen: no display. On a Linux desktop run it there; on a server: xvfb-run -a ./phaen workbench" >&2
  exit 2
fi
cd "$PRODUCT"
rc=0
"$JAVA_HOME/bin/java" "${WORKBENCH_JVM_ARGS[@]}" -jar "$LAUNCHER" -consoleLog -data "$WORKSPACE" "${args[@]}" "${files[@]}" || rc=$?
cds_done "$rc"
exit "$rc"
