#!/usr/bin/env bash
# Every screen of the kiosk as a picture, for a machine without a screen:
#   bash packaging/render-demo.sh BUILD/bin/klasdeur DATA
# makes the demo school in DATA if it has no database yet, and writes
# DATA/screen-<name>.png for each name of `klasdeur screenshot --list`.
# Starts its own Xvfb when there is no display. `dev.sh demo` runs it there;
# tests/e2e/test_render_demo.py tests it.
#
# The teacher screens past the code need the code. The demo sets none (the
# teacher chooses it at the door), so they are rendered from a scratch copy of
# DATA with a throwaway code; DATA itself keeps no code. If DATA already has a
# code, nobody here knows it: those screens are left out, and it says so.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: bash packaging/render-demo.sh BUILD/bin/klasdeur DATA" >&2
    exit 2
fi
bin=$1
data=$2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/klasdeur-render-XXXXXX")
xvfb_pid=""
trap 'rm -rf "$scratch" "$scratch.display"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; true' EXIT

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # A private virtual screen: Xvfb picks a free display number and writes it once it is ready.
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$scratch.display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$scratch.display" ] && break; sleep 0.1; done
    n=$(cat "$scratch.display")
    rm -f "$scratch.display"
    if [ -z "$n" ]; then
        echo "render-demo: Xvfb did not start" >&2
        exit 1
    fi
    export DISPLAY=":$n"
fi

[ -f "$data/klasdeur.db" ] || "$bin" --data "$data" demo >/dev/null

# The scratch copy, with a code only this script knows (letters and digits: what the kiosk's keys type).
cp -a "$data/." "$scratch/"
rm -f "$scratch"/screen-*.png
code=""
# (check's whole output first: `grep -q` would stop reading at its match and,
# with pipefail, make check's next line a failure)
checked=$("$bin" --data "$scratch" check 2>/dev/null || true)
if [[ "$checked" == *"no teacher code is set"* ]]; then
    code=render$RANDOM$RANDOM
    printf '%s\n' "$code" | "$bin" --data "$scratch" set-code >/dev/null
fi

n=0
skipped=0
for s in $("$bin" screenshot --list); do
    case "$s" in
        teacher-login) ;;
        teacher-*)
            if [ -z "$code" ]; then
                skipped=$((skipped + 1))
                continue
            fi ;;
    esac
    # Only the teacher screens read the code on standard input; the others ignore it.
    printf '%s\n' "$code" | "$bin" --data "$scratch" screenshot --screen "$s" --out "$data/screen-$s.png" >/dev/null
    n=$((n + 1))
done
if [ "$skipped" -gt 0 ]; then
    echo "$data has a teacher code already, so the $skipped teacher screens past the code were not rendered."
fi
echo "$n screens rendered to $data/screen-*.png"
