#!/usr/bin/env bash
# ./phaen test: what CI runs, on this machine. Installs the Debian packages it needs when it can (else says in one
# line what is missing), checks the generated EMF code, starts PostgreSQL for the store tests, builds and runs every
# test (UI tests on a virtual display when there is none), then the checks on the built product: the embedding
# example, the command line, SARIF, LibreOffice and poppler on the generated documents, plan exchange (JSON, the
# alignment sheet, the plan workbook edited in LibreOffice Calc, the eMENSCR sheet), the demo.
# Arguments go to the Maven build.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/find-jdk.sh
echo "== JDK: $JAVA_HOME"

echo "== Debian packages for the UI, diagram client, document and store tests"
releng/scripts/test-setup.sh

echo "== generated EMF code is up to date"
./mvnw -B -q -f releng/org.phaen.codegen/pom.xml compile exec:java -Dexec.args="--check $PWD bundles/org.phaen.model/model/phaen.genmodel"

echo "== PostgreSQL on loopback for the monitoring-store tests (stopped at the end)"
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  eval "$(releng/scripts/start-postgres.sh)"
  stop_postgres() { runuser -u postgres -- "$PHAEN_TEST_POSTGRES_BIN/pg_ctl" -D "$PHAEN_TEST_POSTGRES_DATA" -m fast stop >/dev/null 2>&1 || "$PHAEN_TEST_POSTGRES_BIN/pg_ctl" -D "$PHAEN_TEST_POSTGRES_DATA" -m fast stop >/dev/null 2>&1 || true; }
  trap stop_postgres EXIT
  echo "$PHAEN_TEST_POSTGRES_URL"
else
  echo "no PostgreSQL: its store tests are reported as skipped"
fi

echo "== build and tests"
# The workbench's UI tests need a display; without one they run on a virtual one (xvfb-run).
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B install "$@"
else
  ./mvnw -B install "$@"
fi

echo "== examples/embedding: the model and validation as plain Maven dependencies (org.eclipse.osgi excluded), output checked"
embedding_out="$(mktemp)"
./mvnw -B -q -f examples/embedding/pom.xml compile exec:java > "$embedding_out"
diff -u examples/embedding/expected-output.txt "$embedding_out" || { echo "FAIL: examples/embedding printed something else (above)"; exit 1; }
echo "ok   $(wc -l < "$embedding_out") lines as expected"

echo "== command line smoke test"
./phaen info models/region17-2562.phaen models/phitsanulok-2562.phaen
if ./phaen info models/does-not-exist.phaen 2>/dev/null; then echo "expected a non-zero exit for a missing file"; exit 1; fi

echo "== the command line's class-data-sharing caches: made safely by runs at once, used, a broken one skipped"
releng/scripts/check-cli-aot.sh

echo "== the sample plans validate with no errors; JSON output parses"
./phaen validate models/region17-2562.phaen models/phitsanulok-2562.phaen
./phaen validate --format json --lang th models/region17-2562.phaen models/phitsanulok-2562.phaen | python3 -m json.tool > /dev/null

echo "== SARIF from phaen validate, checked by Microsoft's SARIF multitool (npm)"
sarif_dir="$(mktemp -d)"
(cd "$sarif_dir" && npm install --silent --no-audit --no-fund @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1)
multitool="$sarif_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$multitool"
./phaen validate --format sarif models/region17-2562.phaen models/phitsanulok-2562.phaen > "$sarif_dir/samples.sarif"
"$multitool" validate -o "$sarif_dir/check.sarif" "$sarif_dir/samples.sarif" | tail -3
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; bad=[x for x in r if x.get('level','warning')=='error']; print(len(r),'multitool notes,',len(bad),'errors'); sys.exit(1 if bad else 0)" "$sarif_dir/check.sarif"

echo "== instruments for the sample plan in every format: DOCX read by LibreOffice, PDF by poppler"
releng/scripts/install-thai-fonts.sh
instruments_dir="$(mktemp -d)"
./phaen instruments models/phitsanulok-2562.phaen --fy 2562 --formats all --out "$instruments_dir" | tail -1
releng/scripts/check-docx-libreoffice.sh "$instruments_dir"
for pdf in "$instruments_dir"/*.pdf; do
  # Read whole before matching (grep -q closing the pipe early would fail the pipeline); lines wrap inside words.
  fonts="$(pdffonts "$pdf")"; text="$(pdftotext "$pdf" - | tr -d ' \n')"
  [[ "$fonts" =~ Sarabun-Regular[^$'\n']*yes ]] || { echo "FAIL $pdf: Sarabun not embedded"; exit 1; }
  [[ "$text" == *ปีงบประมาณ* ]] || { echo "FAIL $pdf: Thai text not extractable"; exit 1; }
done
echo "ok   $(ls "$instruments_dir"/*.pdf | wc -l) PDFs: Sarabun embedded, Thai text extractable"

echo "== plan exchange: JSON there and back, and the alignment sheet read by LibreOffice Calc"
exchange_dir="$(mktemp -d)"
./phaen export models/region17-2562.phaen models/phitsanulok-2562.phaen --json "$exchange_dir/plan.json"
python3 -m json.tool "$exchange_dir/plan.json" > /dev/null
./phaen from-json "$exchange_dir/plan.json" --out "$exchange_dir/plan.phaen"
./phaen validate models/region17-2562.phaen "$exchange_dir/plan.phaen" | tail -1
./phaen export models/region17-2562.phaen models/phitsanulok-2562.phaen --alignment-sheet "$exchange_dir/alignment.xlsx"
releng/scripts/check-alignment-sheet-libreoffice.sh "$exchange_dir/alignment.xlsx"
./phaen align models/region17-2562.phaen models/phitsanulok-2562.phaen --sheet "$exchange_dir/alignment.xlsx" --dry-run
./phaen export models/region17-2562.phaen models/phitsanulok-2562.phaen --emenscr "$exchange_dir/emenscr.xlsx" --fy 2562

echo "== plan workbook: an unedited round trip leaves the plan file byte-identical; edits made in LibreOffice Calc come back exactly"
cp models/region17-2562.phaen models/phitsanulok-2562.phaen "$exchange_dir/"
./phaen export "$exchange_dir/region17-2562.phaen" "$exchange_dir/phitsanulok-2562.phaen" --workbook "$exchange_dir/plan.xlsx"
./phaen import-workbook "$exchange_dir/region17-2562.phaen" "$exchange_dir/phitsanulok-2562.phaen" --workbook "$exchange_dir/plan.xlsx"
cmp models/phitsanulok-2562.phaen "$exchange_dir/phitsanulok-2562.phaen" || { echo "FAIL: an unedited workbook changed the plan file"; exit 1; }
releng/scripts/check-plan-workbook-libreoffice.sh models/region17-2562.phaen models/phitsanulok-2562.phaen

echo "== plans in git: phaen diff and phaen merge as git's diff and merge drivers, in a throw-away repository"
releng/scripts/check-git-drivers.sh

echo "== the README's main command: ./phaen demo (validate, instruments, import, reports, public site, plan books, packages, regional report)"
demo_dir="$(mktemp -d)"
./phaen demo --out "$demo_dir/out" | tee "$demo_dir/demo.log" | grep -E '^(==|imported|recorded|received|PLK|done|[0-9]+ (errors|reports)|regional report)'
grep -q '^done\.' "$demo_dir/demo.log" || { echo "FAIL: phaen demo did not finish"; exit 1; }
releng/scripts/check-docx-libreoffice.sh "$demo_dir/out/reports"
# The plan books of the demo (the regional strategic plan, the provincial action plan): converted by LibreOffice
releng/scripts/check-docx-libreoffice.sh "$demo_dir/out/book"
[ "$(grep -c '^received ' "$demo_dir/demo.log")" -eq 5 ] || { echo "FAIL: the region did not receive the five packages"; exit 1; }
releng/scripts/check-docx-libreoffice.sh "$demo_dir/out/region/report"

echo "== summary"
python3 - <<'PY' 2>/dev/null || true
import glob, re
t = f = s = 0
for path in glob.glob("bundles/*/target/surefire-reports/TEST-*.xml"):
    head = open(path, encoding="utf-8").read(2000)
    m = re.search(r'<testsuite[^>]*', head).group(0)
    get = lambda k: int(re.search(k + r'="(\d+)"', m).group(1)) if re.search(k + r'="(\d+)"', m) else 0
    t += get("tests"); f += get("failures") + get("errors"); s += get("skipped")
print(f"tests: {t - f - s} passed, {f} failed, {s} skipped")
PY
