#!/usr/bin/env python3
"""Writes the seed corpus for fuzz_photo_decode from ImageMagick: small JPEGs
(plain, progressive, greyscale, CMYK, with EXIF orientation), PNGs (RGB, RGBA,
palette, 16-bit, interlaced) and cut-off copies. Run once; the files are committed."""
import os
import subprocess

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
print(len(os.listdir(out)), "seeds in", out)
