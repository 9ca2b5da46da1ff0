#!/usr/bin/env bash
# The diagram editor's first render in headless Chromium (Debian's chromium and chromium-driver), measured by
# DiagramRenderBenchmark inside the OSGi test runtime where the GLSP server runs; prints its figure line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/find-jdk.sh"
cd "$ROOT"
log="$(mktemp)"
if ! ./mvnw -B install -pl bundles/org.phaen.diagram.server.tests -am -Dtest=DiagramRenderBenchmark \
     -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1; then
  tail -40 "$log" >&2
  echo "phaen: the diagram render benchmark failed (log: $log)" >&2
  exit 1
fi
grep '^BENCH ' "$log" | sed 's/^BENCH //'
rm -f "$log"
