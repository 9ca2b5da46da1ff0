#!/usr/bin/env bash
# Makes the Sarabun fonts shipped in the instruments bundle (OFL) known to fontconfig for this user, and
# maps "TH Sarabun New" (the font Phaen's DOCX files name, as Thai government documents do) to Sarabun.
# LibreOffice and other office programs can only use fonts fontconfig knows; the PDFs Phaen writes need none.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
fonts_dir="${XDG_DATA_HOME:-$HOME/.local/share}/fonts/phaen"
mkdir -p "$fonts_dir"
cp "$root"/bundles/org.phaen.fonts/fonts/*.ttf "$fonts_dir/"
conf_dir="${XDG_CONFIG_HOME:-$HOME/.config}/fontconfig/conf.d"
mkdir -p "$conf_dir"
cat > "$conf_dir/60-phaen-th-sarabun.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <alias binding="same">
    <family>TH Sarabun New</family>
    <prefer><family>Sarabun</family></prefer>
  </alias>
</fontconfig>
XML
fc-cache -f "$fonts_dir" >/dev/null
echo "TH Sarabun New -> $(fc-match -f '%{family[0]} (%{file})' 'TH Sarabun New')"
