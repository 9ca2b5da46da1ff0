#!/usr/bin/env bash
# The plan workbook edited by LibreOffice Calc as a person would: a Basic macro opens the workbook from
# 'phaen export --workbook', finds columns by their English header, changes a project's status (picking the Thai
# label), budget, type, budget programme and SDGs, types a quarter of its spending plan below the sample's and a new goal under an
# existing strategic issue, and saves it as XLSX. 'phaen import-workbook --dry-run' must then list exactly those
# edits and nothing Calc's own saving changed; the real import must save a plan that loads and validates, and its
# workbook, opened and saved by Calc without an edit, must ask no change. The names Calc looks up beside the columns
# of several codes (a formula) must be those of the elements the codes name.
# Usage: check-plan-workbook-libreoffice.sh REGION.phaen PLAN.phaen   (needs soffice with Calc)
set -euo pipefail
work="$(mktemp -d)"; profile="$(mktemp -d)"
# Both files side by side, as the plan's links to the regional one name it.
cp "$1" "$2" "$work/"
region="$work/$(basename "$1")"; plan="$work/$(basename "$2")"
cp "$plan" "$work/before.phaen"
./phaen export "$region" "$plan" --workbook "$work/plan.xlsx" > /dev/null
# The macro goes into the throw-away profile's own Basic library ("My Macros", trusted without asking): start
# Calc once so it makes the profile (Standard library, empty Module1), then write Module1.
soffice -env:UserInstallation="file://$profile" --headless --norestore --terminate_after_init > /dev/null 2>&1 || true
[ -f "$profile/user/basic/Standard/Module1.xba" ] || { echo "FAIL: LibreOffice made no Basic library in its profile"; exit 1; }
python3 - "$profile/user/basic/Standard/Module1.xba" <<'PY'
import sys, html
basic = r'''
Function Col(sheet As Object, header As String) As Long
    Dim c As Long
    For c = 0 To 80
        If sheet.getCellByPosition(c, 1).getString() = header Then
            Col = c
            Exit Function
        End If
    Next c
    Col = -1
End Function

Function LastRow(sheet As Object) As Long
    Dim cursor As Object
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    LastRow = cursor.getRangeAddress().EndRow
End Function

Sub Edit(path As String)
    Dim args(0) As New com.sun.star.beans.PropertyValue
    args(0).Name = "Hidden" : args(0).Value = True
    Dim doc As Object
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, args())
    Dim projects As Object, goals As Object
    projects = doc.Sheets.getByName("โครงการ")
    ' The names Calc looks up beside the columns of several codes, as the planner sees them (before any edit).
    doc.calculateAll()
    Dim f As Integer, header As Variant, c As Long
    f = FreeFile
    Open path & ".names" For Output As #f
    For Each header In Array("Implements Strategies", "Partners", "Measured By")
        c = Col(projects, header)
        Print #f, projects.getCellByPosition(c, 2).getString() & Chr(9) & projects.getCellByPosition(c + 1, 2).getString()
    Next header
    Close #f
    projects.getCellByPosition(Col(projects, "Status"), 2).setString("ระงับชั่วคราว")
    projects.getCellByPosition(Col(projects, "Budget Total"), 2).setValue(123456.75)
    projects.getCellByPosition(Col(projects, "Project or Operation"), 2).setString("การดำเนินงาน")
    projects.getCellByPosition(Col(projects, "Budget Programme"), 2).setString("แผนงานบูรณาการ")
    projects.getCellByPosition(Col(projects, "SDG Goals (1-17)"), 2).setString("4, 10")
    Dim spending As Object, s As Long
    spending = doc.Sheets.getByName("แผนการใช้จ่ายงบประมาณ")
    s = LastRow(spending) + 1
    spending.getCellByPosition(Col(spending, "Project Under (code)"), s).setString(projects.getCellByPosition(Col(projects, "Code"), 2).getString())
    spending.getCellByPosition(Col(spending, "Period"), s).setString("รายไตรมาส")
    spending.getCellByPosition(Col(spending, "Quarter or Month of the Fiscal Year"), s).setValue(1)
    spending.getCellByPosition(Col(spending, "Amount (Baht)"), s).setValue(25000.5)
    goals = doc.Sheets.getByName("เป้าประสงค์")
    Dim r As Long
    r = LastRow(goals) + 1
    goals.getCellByPosition(Col(goals, "Strategic Issue Under (code)"), r).setString(goals.getCellByPosition(Col(goals, "Strategic Issue Under (code)"), 2).getString())
    goals.getCellByPosition(Col(goals, "Code"), r).setString("LO-G1")
    goals.getCellByPosition(Col(goals, "Name"), r).setString("เป้าประสงค์ที่พิมพ์ใน LibreOffice Calc")
    Dim save(0) As New com.sun.star.beans.PropertyValue
    save(0).Name = "FilterName" : save(0).Value = "Calc MS Excel 2007 XML"
    doc.storeToURL(ConvertToURL(path), save())
    doc.close(True)
End Sub

Sub Resave(path As String)
    Dim args(0) As New com.sun.star.beans.PropertyValue
    args(0).Name = "Hidden" : args(0).Value = True
    Dim doc As Object
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, args())
    Dim save(0) As New com.sun.star.beans.PropertyValue
    save(0).Name = "FilterName" : save(0).Value = "Calc MS Excel 2007 XML"
    doc.storeToURL(ConvertToURL(path), save())
    doc.close(True)
End Sub
'''
open(sys.argv[1], "w", encoding="utf-8").write('<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
    '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">'
    + html.escape(basic, quote=True) + '</script:module>\n')
PY
timeout 180 soffice -env:UserInstallation="file://$profile" --headless --norestore \
  "macro:///Standard.Module1.Edit(\"$work/plan.xlsx\")" > "$work/soffice.log" 2>&1 || true
# The names beside the codes, as Calc evaluated them, are those of the elements the codes name in the plan files.
python3 - "$work/plan.xlsx.names" "$region" "$plan" <<'PY'
import sys, xml.etree.ElementTree as ET
names = {}
for plan in sys.argv[2:]:
    for e in ET.parse(plan).iter():
        if "code" in e.attrib and "name" in e.attrib:
            names.setdefault(e.attrib["code"], e.attrib["name"])
lines = [l.rstrip("\r\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
if len(lines) != 3:
    sys.exit(f"FAIL: Calc gave {len(lines)} lines of codes and names, want 3")
for line in lines:
    codes, shown = line.split("\t")
    want = ", ".join(names[c.strip()] for c in codes.split(",") if c.strip())
    if not want or shown != want:
        sys.exit(f"FAIL: beside {codes!r} Calc shows {shown!r}, want {want!r}")
print(f"ok   Calc looks up the names beside {len(lines)} columns of several codes")
PY
./phaen import-workbook "$region" "$plan" --workbook "$work/plan.xlsx" --dry-run > "$work/dry.log" || { cat "$work/dry.log"; exit 1; }
python3 - "$work/dry.log" <<'PY'
import sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
edits = [l for l in lines if l and not l.endswith("deleted)")]
want = ["status \"COMPLETED\" -> \"SUSPENDED\"", "budgetTotal (blank) -> 123456.75", "new Goal LO-G1", "name (blank) -> \"เป้าประสงค์ที่พิมพ์ใน LibreOffice Calc\"",
        "projectKind \"PROJECT\" -> \"OPERATION\"", "budgetProgramme \"STRATEGIC\" -> \"INTEGRATED\"", "sdgGoals \"[4]\" -> \"[4, 10]\"",
        "new SpendingPlanEntry", "periodKind (blank) -> \"QUARTER\"", "sequence (blank) -> \"1\"", "amount (blank) -> 25000.5"]
missing = [w for w in want if not any(w in e for e in edits)]
if missing or len(edits) != len(want):
    sys.exit(f"FAIL: after Calc's edits the import asks {len(edits)} changes, want exactly {len(want)}; missing {missing}:\n" + "\n".join(edits))
PY
./phaen import-workbook "$region" "$plan" --workbook "$work/plan.xlsx" > /dev/null
./phaen validate "$region" "$plan" > /dev/null || [ $? -eq 1 ] # findings are fine; it must load
grep -q 'code="LO-G1"' "$plan" || { echo "FAIL: the new goal is not in the saved plan"; exit 1; }
grep -q 'amount="25000.5"' "$plan" || { echo "FAIL: the new spending plan entry is not in the saved plan"; exit 1; }
# The plan now has every kind of cell the edits typed: written again, opened and saved by Calc unedited, it asks nothing.
./phaen export "$region" "$plan" --workbook "$work/again.xlsx" > /dev/null
timeout 180 soffice -env:UserInstallation="file://$profile" --headless --norestore \
  "macro:///Standard.Module1.Resave(\"$work/again.xlsx\")" >> "$work/soffice.log" 2>&1 || true
unzip -p "$work/again.xlsx" docProps/app.xml | grep -q LibreOffice || { echo "FAIL: Calc did not save the workbook again"; cat "$work/soffice.log"; exit 1; }
./phaen import-workbook "$region" "$plan" --workbook "$work/again.xlsx" --dry-run > "$work/again.log" || { cat "$work/again.log"; exit 1; }
grep -q ': 0 changes (0 new elements, 0 deleted)$' "$work/again.log" || { echo "FAIL: a workbook Calc only opened and saved asks changes:"; cat "$work/again.log"; exit 1; }
echo "ok   plan workbook edited in LibreOffice Calc: exactly the 11 edits came back and were saved; saved again by Calc unedited, it asks nothing"
rm -rf "$profile" "$work"
