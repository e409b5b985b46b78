#!/usr/bin/env bash
# Re-renders the committed icons from resources/icons/io.github.hbrbrowser.HbrClientBrowser.svg after it changes:
# the hicolor PNGs, the Windows .ico and the macOS .icns. Building never runs this (the results are committed).
# Needs: librsvg2-bin (rsvg-convert), imagemagick (/usr/bin/convert), icnsutils (png2icns).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
id=io.github.hbrbrowser.HbrClientBrowser
svg=resources/icons/$id.svg
for tool in rsvg-convert /usr/bin/convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing" >&2; exit 1; }
done

pngs=()
for n in 16 24 32 48 64 128 256; do
    out=resources/icons/hicolor/${n}x${n}/apps/$id.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert -w "$n" -h "$n" "$svg" -o "$out"
    pngs+=("$out")
done
# ImageMagick's own convert, not another one earlier on PATH.
/usr/bin/convert "${pngs[@]}" packaging/windows/hbr-browser.ico

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 512 -h 512 "$svg" -o "$tmp/512.png"
# png2icns takes 16, 32, 48, 128, 256, 512 and 1024 px.
png2icns packaging/macos/hbr-browser.icns resources/icons/hicolor/{16x16,32x32,48x48,128x128,256x256}/apps/$id.png \
    "$tmp/512.png" >/dev/null
echo "render-icons: wrote ${#pngs[@]} PNGs, packaging/windows/hbr-browser.ico, packaging/macos/hbr-browser.icns"
