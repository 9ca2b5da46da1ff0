#!/usr/bin/env bash
# A reader nobody here wrote: LibreOffice converts every DOCX in a folder to PDF. Each PDF must exist, have
# pages, embed Sarabun, contain the document's Thai title as text and the footer's page number of pages; a document
# with a table of contents (the plan books) must show a page number after every entry's leader dots as LibreOffice
# opens it (it does not update the TOC field: docs/notes/docx-toc-page-numbers.md). Page 1 of each is kept as a PNG to look at.
# Usage: check-docx-libreoffice.sh DIR   (needs soffice and poppler-utils)
set -euo pipefail
dir="$1"
out="$dir/libreoffice"
mkdir -p "$out"
shopt -s nullglob
docs=("$dir"/*.docx)
[ ${#docs[@]} -gt 0 ] || { echo "no DOCX files in $dir"; exit 1; }
profile="$(mktemp -d)"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "${docs[@]}" >/dev/null 2>&1
failed=0
for docx in "${docs[@]}"; do
  name="$(basename "$docx" .docx)"
  pdf="$out/$name.pdf"
  if [ ! -s "$pdf" ]; then echo "FAIL $name: LibreOffice wrote no PDF"; failed=1; continue; fi
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  fonts="$(pdffonts "$pdf" | awk 'NR>2 && $0 ~ /Sarabun/ && $(NF-4)=="yes"' | wc -l)"
  # The title as text, compared without white space (it wraps, and Thai has no space where it wraps) and
  # without Thai above/below marks: pdftotext moves a stacked tone mark of LibreOffice's PDFs to the next line.
  title_found="$(unzip -p "$docx" docProps/core.xml | python3 -c '
import sys, re, html, subprocess
m = re.search(r"<dc:title>(.*?)</dc:title>", sys.stdin.read())
flat = lambda s: re.sub(r"[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", s)
text = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True).stdout
print("yes" if m and flat(html.unescape(m.group(1))) and flat(html.unescape(m.group(1))) in flat(text) else "no")' "$pdf")"
  # The footer's page fields as LibreOffice computes them: "n/N" in digits, never Thai letters (ThaiArabic).
  last_page="$(pdftotext -f "${pages:-1}" -l "${pages:-1}" "$pdf" - | tr -d ' \n')"
  footer=no; [[ "$last_page" == *"${pages}/${pages}"* ]] && footer=yes
  # Table of contents: as many lines ending in a leader dot and a page number as the field has PAGEREF entries.
  # (no TOC: grep finds nothing, which must not end the script under pipefail)
  entries="$(unzip -p "$docx" word/document.xml | { grep -o ' PAGEREF ' || true; } | wc -l)"
  numbered="$(pdftotext "$pdf" - | grep -cE '\. *[0-9]+$' || true)"
  toc=yes; [ "$entries" -eq 0 ] || [ "$numbered" -ge "$entries" ] || toc=no
  if [ "${pages:-0}" -lt 1 ] || [ "$fonts" -lt 1 ] || [ "$title_found" != yes ] || [ "$footer" != yes ] || [ "$toc" != yes ]; then
    echo "FAIL $name: pages=$pages, embedded Sarabun fonts=$fonts, title found=$title_found, footer n/N=$footer, TOC entries with page numbers=$numbered of $entries"
    failed=1
  else
    contents=""; [ "$entries" -eq 0 ] || contents=", $numbered of $entries TOC entries with page numbers"
    echo "ok   $name: $pages pages, Sarabun embedded, title found$contents"
  fi
  pdftoppm -r 60 -png -f 1 -l 1 "$pdf" "$out/$name"
done
rm -rf "$profile"
exit $failed
