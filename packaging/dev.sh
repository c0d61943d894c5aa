#!/usr/bin/env bash
# The two things a developer does, from a fresh clone on Debian 12:
#   bash packaging/dev.sh demo   install, build the kiosk, make demo data (once), run it in a window
#                                (no display: every screen as a picture, packaging/render-demo.sh)
#   bash packaging/dev.sh test   install, build, run every test through ctest (Xvfb if no display)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"
what=${1:-}
case "$what" in demo|test) ;; *) echo "usage: bash packaging/dev.sh demo|test" >&2; exit 2 ;; esac

bash "$top/packaging/install-deps.sh"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# The demo needs only the kiosk (its catalogs come with it); the tests need everything.
if [ "$what" = demo ]; then cmake --build "$build" -j2 --target klasdeur
else cmake --build "$build" -j2
fi

xvfb_pid=""
start_xvfb() {
    # A private virtual screen on the first free display number.
    local n=99
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "dev.sh: Xvfb did not start" >&2
    return 1
}
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; true' EXIT

if [ "$what" = demo ]; then
    data=${KLASDEUR_DATA:-$top/demo-data}
    [ -f "$data/klasdeur.db" ] || "$build/bin/klasdeur" --data "$data" demo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        # No screen here: show what the kiosk would, as pictures (teacher screens too).
        bash "$top/packaging/render-demo.sh" "$build/bin/klasdeur" "$data"
        echo "No display here, so the kiosk was rendered to pictures instead of opened."
        echo "On a machine with a screen this command opens the kiosk (close the window to stop)."
        exit 0
    fi
    exec "$build/bin/klasdeur" --data "$data" run --windowed
fi

if [ -z "${DISPLAY:-}" ]; then start_xvfb; fi
cd "$build"
ctest --output-on-failure -j2
