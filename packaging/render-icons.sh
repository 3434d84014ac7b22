#!/bin/sh
# Regenerates the hicolor PNG renderings of the application icon from its SVG.
# The PNGs are committed: Qt 6.4 here has no SVG image plugin, so the application and the
# desktop use these. Made once with rsvg-convert (Debian package librsvg2-bin:
# apt-get install -y librsvg2-bin); run this again only when the SVG changes.
set -eu
icons="$(cd "$(dirname "$0")/../resources/icons/hicolor" && pwd)"
svg="$icons/scalable/apps/s15n-admin.svg"
command -v rsvg-convert >/dev/null || {
    echo "render-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
}
for size in 16 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$icons/${size}x${size}/apps/s15n-admin.png"
done
