#!/usr/bin/env bash
# Compares two folders written by 'phaen demo' file by file: same names, same bytes, except what changes every run
# (DOCX/XLSX/packages: the zip's entry times, docProps/core.xml's dates and a package manifest's Created line,
# compared entry by entry; PDF: creation and modification dates and the document ID). The Derby stores are
# databases, not documents, and differ on every run: left out. Usage: compare-demo.sh BEFORE AFTER; exit 0 when
# they are the same.
set -euo pipefail
before="$1" after="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
list() { (cd "$1" && find . -type f -not -path './store/*' -not -path '*.store/*' -not -name '*.lck' -not -name '*.log' | sort); }
list "$before" > "$tmp/a"; list "$after" > "$tmp/b"
status=0
if ! diff "$tmp/a" "$tmp/b" > "$tmp/names"; then echo "files differ:"; cat "$tmp/names"; status=1; fi
# PDF: dates and the trailer ID change every run.
pdfnorm() { LC_ALL=C sed -E 's/\/(CreationDate|ModDate) ?\(D:[^)]*\)/\/\1()/g; s/\/ID ?\[<[0-9A-Fa-f]*> ?<[0-9A-Fa-f]*>\]/\/ID[]/g; s/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</<xmp:\1></g' "$1"; }
# Zip: each entry's bytes (entry times ignored), docProps/core.xml's dcterms dates ignored.
zipnorm() {
  local dir="$2"; mkdir -p "$dir"; (cd "$dir" && unzip -q -o "$1")
  [ -f "$dir/docProps/core.xml" ] && sed -i -E 's/(<dcterms:(created|modified)[^>]*>)[^<]*/\1/g' "$dir/docProps/core.xml"
  [ -f "$dir/manifest.txt" ] && sed -i -E 's/^Created: .*/Created:/' "$dir/manifest.txt"; true
}
while read -r f; do
  [ -f "$after/$f" ] || continue
  cmp -s "$before/$f" "$after/$f" && continue
  case "$f" in
    *.pdf) cmp -s <(pdfnorm "$before/$f") <(pdfnorm "$after/$f") && continue ;;
    *.docx|*.xlsx|*.zip|*.phaenpkg)
      rm -rf "$tmp/x" "$tmp/y"; zipnorm "$(realpath "$before/$f")" "$tmp/x"; zipnorm "$(realpath "$after/$f")" "$tmp/y"
      diff -r -q "$tmp/x" "$tmp/y" > /dev/null && continue ;;
  esac
  echo "differs: $f"; status=1
done < "$tmp/a"
[ $status = 0 ] && echo "same: $(wc -l < "$tmp/a") files"
exit $status
