#!/usr/bin/env bash
# Renders the PNG icons of the web manifest from public/favicon.svg. Run it when the favicon
# changes and commit the PNGs. Needs rsvg-convert (apt-get install -y librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
out=public/icons
mkdir -p "$out"
rsvg-convert -w 192 -h 192 public/favicon.svg -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 public/favicon.svg -o "$out/icon-512.png"
# Maskable and Apple icons are cut to shape by the launcher, so they must fill the square:
# the favicon without its rounded corners. The envelope already sits inside the central
# 80% circle that every mask keeps.
square=$(sed 's/ rx="6"//' public/favicon.svg)
rsvg-convert -w 512 -h 512 -o "$out/icon-maskable-512.png" <<<"$square"
rsvg-convert -w 180 -h 180 -o "$out/apple-touch-icon-180.png" <<<"$square"
