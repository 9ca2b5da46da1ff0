#!/usr/bin/env bash
# phaen diff as git's diff driver and phaen merge as its merge driver, set up as the README says, tried in a
# throw-away repository: a one-field edit is a one-line plain diff and phaen diff names the element; two branches
# editing different elements merge cleanly through the driver; the same attribute edited on both is a conflict
# with the file left as it was.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PHAEN="$ROOT/phaen"
repo="$(mktemp -d)"
trap '[ -n "${KEEP_REPO:-}" ] || rm -rf "$repo"' EXIT
cd "$repo"
git init -q
git config user.email ci@phaen.invalid
git config user.name "Phaen CI"
cp "$ROOT"/models/region17-2562.phaen "$ROOT"/models/phitsanulok-2562.phaen .
# The README's lines:
printf '*.phaen diff=phaen merge=phaen\n' > .gitattributes
git config diff.phaen.command "$PHAEN diff --lang en"
git config merge.phaen.name "Phaen plan merge by element UUID"
git config merge.phaen.driver "$PHAEN merge %O %A %B --out %A --no-backup --lang en"
git add -A && git commit -qm base && git branch -q base

edit() { # FILE PYTHON-REGEX REPLACEMENT: one text edit, as a planner's tool would save it
  python3 -c 'import re,sys; p,a,b=sys.argv[1:]; s=open(p,encoding="utf-8").read(); n=re.sub(a,b,s,count=1); assert n!=s; open(p,"w",encoding="utf-8").write(n)' "$@"
}

echo "-- a one-field edit: one line in git's own diff, the element by code and name in phaen's"
edit phitsanulok-2562.phaen '(code="PLK62-03" name=")' '\1แก้ไข '
[ "$(git diff --no-ext-diff --numstat | cut -f1,2)" = "$(printf '1\t1')" ] || { git diff --no-ext-diff --stat; echo "FAIL: not a one-line diff"; exit 1; }
git diff > diff.txt
grep -q 'changed Project PLK62-03' diff.txt || { cat diff.txt; echo "FAIL: phaen diff did not name PLK62-03"; exit 1; }
grep -q '1 differences' diff.txt
git checkout -q -- phitsanulok-2562.phaen

echo "-- two branches editing different elements merge through the driver"
git checkout -qb theirs base
edit phitsanulok-2562.phaen '(fiscalYear="2562" value=")55(")' '\g<1>60\2'
git commit -qam "theirs: FY 2562 target 60"
git checkout -qb mine base
edit phitsanulok-2562.phaen '(code="PLK62-03" name=")' '\1ของเรา '
git commit -qam "mine: project renamed"
git merge -q --no-edit theirs
grep -q 'code="PLK62-03" name="ของเรา ' phitsanulok-2562.phaen && grep -q 'fiscalYear="2562" value="60"' phitsanulok-2562.phaen \
  || { echo "FAIL: the merge lost an edit"; exit 1; }
rc=0; "$PHAEN" diff --lang en "$ROOT/models/phitsanulok-2562.phaen" phitsanulok-2562.phaen > merged.txt || rc=$?
[ "$rc" = 1 ] && grep -q '^2 differences' merged.txt || { cat merged.txt; echo "FAIL: the merged plan is not the base with both edits"; exit 1; }
"$PHAEN" validate region17-2562.phaen phitsanulok-2562.phaen | tail -1
ls -a | grep -q '\.bak$' && { echo "FAIL: the merge driver left a backup"; exit 1; }

echo "-- the same attribute edited on both branches: a conflict, the file left as mine"
git checkout -qb other base
edit phitsanulok-2562.phaen '(code="PLK62-03" name=")' '\1ของเขา '
git commit -qam "other: project renamed differently"
git checkout -q mine
before="$(sha256sum phitsanulok-2562.phaen)"
if git merge -q --no-edit other > merge.txt 2>&1; then echo "FAIL: a conflicting merge succeeded"; exit 1; fi
cat merge.txt | grep -E 'conflict' | head -3
grep -q 'the same attribute changed to different values: Project PLK62-03' merge.txt || { echo "FAIL: the conflict was not named"; exit 1; }
[ "$(sha256sum phitsanulok-2562.phaen)" = "$before" ] || { echo "FAIL: the driver wrote a conflicted plan"; exit 1; }
git merge --abort
echo "ok   git diff and merge drivers"
