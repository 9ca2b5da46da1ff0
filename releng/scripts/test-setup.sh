#!/usr/bin/env bash
# What ./phaen test needs from the machine: the Debian packages of the workbench's UI tests (a virtual display,
# GTK, WebKitGTK, Thai fonts), the diagram client's tests (headless Chromium and its driver), the LibreOffice and
# poppler checks and PostgreSQL for the store tests. Installs the missing ones when it can (root or sudo without a
# password, with apt); otherwise says in one line what is missing, before the long build starts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packages=(xvfb xauth libgtk-3-0 libwebkit2gtk-4.1-0 x11-utils xdotool fonts-dejavu-core fonts-thai-tlwg chromium chromium-driver
  imagemagick libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils unzip fontconfig postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
  "$here/apt-install.sh" "${missing[@]}"
else
  why="not root"; command -v apt-get >/dev/null || why="no apt-get"
  echo "phaen test: cannot install ($why), missing: ${missing[*]}; the checks that need them will fail (Debian: sudo apt-get install ${missing[*]})" >&2
fi
