#!/usr/bin/env bash
# The command line's class-data-sharing caches (releng/scripts/cli-aot.sh), as CI meets them on a clean clone: two
# first runs at once each record and leave one whole cache, and print what a run without caches prints; a later run
# uses the cache and prints the same; a broken cache is skipped and the run still prints the same.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
. releng/scripts/find-jdk.sh
if [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")" -lt 25 ]; then
  echo "skipped: AOT caches need JDK 25 or newer"; exit 0
fi
aot=bundles/org.phaen.cli/target/aot
plans=(models/region17-2562.phaen models/phitsanulok-2562.phaen)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
PHAEN_AOT=0 ./phaen info "${plans[@]}" > "$out/plain.txt"
rm -f "$aot"/info-*.aot
./phaen info "${plans[@]}" > "$out/first1.txt" & first1=$!
./phaen info "${plans[@]}" > "$out/first2.txt" & first2=$!
wait "$first1" && wait "$first2" || fail "a first run with recording failed"
caches=("$aot"/info-*.aot)
[ ${#caches[@]} = 1 ] && [ -s "${caches[0]}" ] || fail "expected one cache for info, found: ${caches[*]}"
[ -z "$(ls -A "$aot" | grep '^\.')" ] || fail "records or unfinished caches left in $aot: $(ls -A "$aot")"
./phaen info "${plans[@]}" > "$out/cached.txt"
# The cache is used: Phaen's and EMF's classes come from it, not from the jars.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$out/classes.txt" ./phaen info "${plans[@]}" > /dev/null 2>&1
mapped="$(grep -cE '\] org\.(phaen\.model|eclipse\.emf\.ecore)\..* source: shared objects file' "$out/classes.txt" || true)"
[ "$mapped" -gt 100 ] || fail "the run with the cache loaded only $mapped of Phaen's and EMF's classes from it"
head -c 100000 /dev/urandom > "${caches[0]}"
./phaen info "${plans[@]}" > "$out/broken.txt" || fail "a run with a broken cache failed"
for run in first1 first2 cached broken; do
  cmp -s "$out/plain.txt" "$out/$run.txt" || fail "the $run run printed something else: $(diff "$out/plain.txt" "$out/$run.txt" | head -5)"
done
rm -f "${caches[0]}"
echo "ok   two first runs at once left one whole cache; a run with it ($mapped model and EMF classes mapped) and one with a broken cache print the same"
