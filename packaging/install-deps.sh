#!/usr/bin/env bash
# Installs everything Klasdeur needs to build, run and test on Debian 12,
# from Debian's own packages. Safe to run again: apt skips what is there.
set -euo pipefail

PKGS=(
    # build
    build-essential cmake pkg-config gettext python3
    # libraries (see ../shared/DESIGN.md for why each)
    libimgui-dev libglfw3-dev libgl-dev libsqlite3-dev libsqlitecpp-dev libstb-dev
    libfreetype-dev libharfbuzz-dev libicu-dev libcli11-dev
    libturbojpeg0-dev libexif-dev libical-dev libsodium-dev libsystemd-dev
    # phone photos: HEIC/HEIF (libheif; Debian 12's libheif1 decodes HEVC through libde265,
    # linked in, no plugin package) and WebP (libwebp, libwebpdemux). The test photos are
    # committed; tests/data/photos/make_fixtures.sh lists the encoders that made them.
    libheif-dev libwebp-dev
    # today's pick-up list as a page to print: cairo (PDF, PNG) with Pango's layout
    libcairo2-dev libpango1.0-dev
    # the voice: SDL2's audio (ALSA, PulseAudio, PipeWire; dummy and disk drivers for
    # tests), libsndfile to read and write clips (WAV, Ogg, Opus, FLAC, MP3), and at
    # build time espeak-ng (run, not linked) and opusenc to make the synthetic clips
    libsdl2-dev libsndfile1-dev espeak-ng opus-tools
    # fonts used at run time (CJK: opened only when a name is written in Chinese, Japanese or Korean)
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    # tests: Catch2, a virtual display, taps, screenshots, software GL
    catch2 xvfb xdotool x11-utils imagemagick libgl1-mesa-dri sqlite3 procps
    # fuzzing: clang with its sanitizer and libFuzzer runtimes
    clang libclang-rt-14-dev
    # the Debian package: dpkg-shlibdeps, lintian, systemd-analyze; the fault tests' small ext4 disk
    dpkg-dev lintian systemd e2fsprogs mount
    # the USB stick test's FAT image (mkfs.vfat; mounted through FUSE where the kernel has no vfat)
    dosfstools fusefat
    # the pick-up list test reads the PDF back (pdftotext, pdfinfo)
    poppler-utils
    # the kiosk session at run time (the package depends on them; a test runs it headless)
    cage xwayland
)

missing=()
for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PKGS[@]} packages present"
    exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
