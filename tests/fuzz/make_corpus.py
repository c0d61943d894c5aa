#!/usr/bin/env python3
"""Writes the seed corpus for fuzz_photo_decode from ImageMagick: small JPEGs
(plain, progressive, greyscale, CMYK, with EXIF orientation), PNGs (RGB, RGBA,
palette, 16-bit, interlaced) and cut-off copies; and the phone formats: the
HEIC and WebP test photos of tests/data/photos (made by make_fixtures.sh there)
with cut-off and lying copies. Run once; the files are committed.
`--phones` writes only the phone formats."""
import os
import shutil
import struct
import subprocess
import sys


def phone_seeds(out):
    photos = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "photos")
    for name in ("heic-orient-1.heic", "heic-orient-2.heic", "heic-orient-6.heic", "heic-dated.heic",
                 "webp-lossy.webp", "webp-lossless.webp", "webp-alpha.webp", "webp-animated.webp",
                 "webp-exif-orientation-6.webp"):
        shutil.copyfile(os.path.join(photos, name), os.path.join(out, name))
    for name in ("heic-orient-6.heic", "webp-animated.webp"):
        data = open(os.path.join(photos, name), "rb").read()
        open(os.path.join(out, "cut-" + name), "wb").write(data[: len(data) // 2])
    data = bytearray(open(os.path.join(photos, "webp-lossy.webp"), "rb").read())
    data[4:8] = struct.pack("<I", len(data) + 1000)  # the RIFF size lies
    open(os.path.join(out, "riff-lie.webp"), "wb").write(bytes(data))


if "--phones" in sys.argv[1:]:
    out = os.path.join(os.path.dirname(__file__), "corpus", "photo")
    phone_seeds(out)
    print(len(os.listdir(out)), "seeds in", out)
    sys.exit(0)

out = os.path.join(os.path.dirname(__file__), "corpus", "photo")
os.makedirs(out, exist_ok=True)
jobs = {
    "plain.jpg": ["-size", "48x32", "gradient:red-blue", "-quality", "80"],
    "progressive.jpg": ["-size", "40x30", "plasma:", "-interlace", "JPEG"],
    "grey.jpg": ["-size", "32x32", "gradient:", "-colorspace", "Gray"],
    "cmyk.jpg": ["-size", "24x24", "xc:orange", "-colorspace", "CMYK"],
    "rotated.jpg": ["-size", "40x20", "gradient:green-yellow", "-orient", "RightTop"],
    "rgb.png": ["-size", "30x20", "gradient:white-black"],
    "rgba.png": ["-size", "20x20", "xc:none", "-fill", "red", "-draw", "circle 10,10 10,3"],
    "palette.png": ["-size", "16x16", "xc:blue", "-type", "Palette", "PNG8:"],
    "deep.png": ["-size", "12x12", "gradient:", "-depth", "16"],
    "interlaced.png": ["-size", "20x20", "plasma:", "-interlace", "PNG"],
}
for name, args in jobs.items():
    target = os.path.join(out, name)
    if args[-1].endswith(":") and args[-1].startswith("PNG"):
        subprocess.run(["convert"] + args[:-1] + [args[-1] + target], check=True)
    else:
        subprocess.run(["convert"] + args + [target], check=True)
for name in ("plain.jpg", "rgb.png"):
    data = open(os.path.join(out, name), "rb").read()
    open(os.path.join(out, "cut-" + name), "wb").write(data[: len(data) // 2])
phone_seeds(out)
print(len(os.listdir(out)), "seeds in", out)
