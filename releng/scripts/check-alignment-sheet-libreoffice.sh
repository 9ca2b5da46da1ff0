#!/usr/bin/env bash
# A reader nobody here wrote: LibreOffice Calc opens an alignment sheet from 'phaen export --alignment-sheet' and
# saves both sheets as CSV. Every row with a target key must show that target's name, which Calc computes itself
# from the sheet's VLOOKUP into the list of targets; the Thai headers must survive.
# Usage: check-alignment-sheet-libreoffice.sh SHEET.xlsx   (needs soffice with Calc)
set -euo pipefail
sheet="$1"
out="$(mktemp -d)"
profile="$(mktemp -d)"
# Filter options: comma, double quote, UTF-8, from line 1, ..., every sheet to its own file (-1).
soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir "$out" "$sheet" >/dev/null 2>&1
python3 - "$out" <<'PY'
import csv, glob, sys
rows_file = [f for f in glob.glob(sys.argv[1] + "/*.csv") if "การเชื่อมโยง" in f]
targets_file = [f for f in glob.glob(sys.argv[1] + "/*.csv") if "รายการเป้าหมาย" in f]
if not rows_file or not targets_file:
    sys.exit("FAIL: LibreOffice did not write both sheets: " + str(glob.glob(sys.argv[1] + "/*")))
rows = list(csv.reader(open(rows_file[0], encoding="utf-8")))
names = {r[0]: r[1] for r in csv.reader(open(targets_file[0], encoding="utf-8"))}
assert rows[0][5] == "เชื่อมโยงกับ (รหัส)", rows[0]
linked = [r for r in rows[2:] if r[5]]
wrong = [r for r in linked if r[6] != names.get(r[5])]
if not linked or wrong:
    sys.exit(f"FAIL: {len(linked)} aligned rows, {len(wrong)} without their target's name, e.g. {wrong[:1]}")
print(f"ok   alignment sheet: {len(rows) - 2} rows, {len(linked)} aligned rows name their target (computed by Calc)")
PY
rm -rf "$profile" "$out"
