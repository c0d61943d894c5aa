#!/usr/bin/env bash
# Makes the HEIC and WebP test photos in this folder, the way phones and
# converters make them, with Debian's own tools. Run once; the files are
# committed (each well under 50 KB), so CI needs no encoder.
#
# Needs: imagemagick, exiftool (libimage-exiftool-perl), webp (cwebp, img2webp),
# libheif-examples (heif-enc), libheif-dev and g++ (make_heic.cpp: libheif's
# encoder with an irot/imir transform, as an iPhone writes it).
#
# The picture: 64x48, four corners of distinct colours (top left red, top right
# green, bottom left blue, bottom right yellow) on grey, so any turn or mirror shows.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

corners=(-fill red -draw "rectangle 0,0 15,15" -fill lime -draw "rectangle 48,0 63,15"
         -fill blue -draw "rectangle 0,32 15,47" -fill yellow -draw "rectangle 48,32 63,47")
convert -size 64x48 xc:gray50 "${corners[@]}" PNG24:pattern.png
convert pattern.png -quality 97 pattern.jpg

# --- HEIC -------------------------------------------------------------------
g++ -O1 -o make_heic "$here/make_heic.cpp" $(pkg-config --cflags --libs libheif)
# As an iPhone: sensor pixels, an irot/imir transform, and the same orientation in Exif.
for o in 1 2 3 4 5 6 7 8; do
    cp pattern.jpg exif$o.jpg
    exiftool -q -overwrite_original -Orientation#=$o -DateTimeOriginal="2026:03:1$o 08:0$o:00" exif$o.jpg
    exiftool -q -b -EXIF exif$o.jpg > exif$o.tiff
    ./make_heic "$here/heic-orient-$o.heic" $o exif$o.tiff
done
# As heif-enc converts a camera JPEG: its Exif (the taken date) comes along, no transform.
cp pattern.jpg dated.jpg
exiftool -q -overwrite_original -DateTimeOriginal="2026:05:04 13:14:15" -Make=Klasdeur dated.jpg
heif-enc -q 85 -o "$here/heic-dated.heic" dated.jpg
# As a phone stores a small preview beside the photo (an iPhone's is 320 wide): 640x480 with a
# 160-pixel thumbnail item, for the stick's picker.
convert pattern.png -filter point -resize 640x480 PNG24:large-heic.png
heif-enc -q 50 -t 160 -o "$here/heic-with-thumbnail.heic" large-heic.png
# heif-enc 1.15 copies a rotated JPEG's Exif orientation (6) without writing irot:
# by the HEIF rule (the transforms win, Exif orientation is not applied) it shows as stored.
cp pattern.jpg exifonly.jpg
exiftool -q -overwrite_original -Orientation#=6 exifonly.jpg
heif-enc -q 85 -o "$here/heic-exif-orientation-only.heic" exifonly.jpg

# --- WebP -------------------------------------------------------------------
cwebp -quiet -q 90 pattern.png -o "$here/webp-lossy.webp"
cwebp -quiet -lossless pattern.png -o "$here/webp-lossless.webp"
# Alpha: the top left corner transparent.
convert pattern.png -alpha set -fill none -draw "color 2,2 floodfill" PNG32:alpha.png
cwebp -quiet -q 90 -alpha_q 100 alpha.png -o "$here/webp-alpha.webp"
# Animated (as messengers send stickers and short clips): the pattern, then plain white.
convert -size 64x48 xc:white PNG24:white.png
img2webp -loop 0 -d 500 -lossy pattern.png -d 500 white.png -o "$here/webp-animated.webp"
# A phone photo turned into WebP with its metadata: Exif orientation 6 and a date.
cp pattern.jpg rotated.jpg
exiftool -q -overwrite_original -Orientation#=6 -DateTimeOriginal="2026:06:07 08:09:10" rotated.jpg
cwebp -quiet -q 95 -metadata exif rotated.jpg -o "$here/webp-exif-orientation-6.webp"
# A larger one: decoded whole, then scaled to what is needed.
convert pattern.png -filter point -resize 800x600 PNG24:large.png
cwebp -quiet -q 80 large.png -o "$here/webp-800x600.webp"

ls -l "$here"/*.heic "$here"/*.webp

# hostile-grid.heic is not made here: the fuzzer found it (a grid image whose ispe says 48x64 while
# its grid data says 16384x12288). Kept as found, for the test that refuses it before decoding.
