#!/usr/bin/env bash
# Renders every screen, on the demo school, in the given languages into docs/screens/.
#   docs/screens/render.sh [build/bin/klasdeur] [nl en ...]
# Needs a display (starts Xvfb when there is none).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$top/build/bin/klasdeur}
shift || true
langs=${*:-nl}
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${xvfb:-}" ] && kill "$xvfb"' EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :98 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    export DISPLAY=:98
    sleep 1
fi
"$bin" --data "$data" demo >/dev/null
echo render-code-1 | "$bin" --data "$data" set-code >/dev/null  # teacher screens past the code need it
for lang in $langs; do
    for s in $("$bin" screenshot --list); do
        [ "$s" = tell-class ] && continue  # entrance kiosks only; the demo is a classroom door
        # Other languages: the screens with words (photos are the same in every language).
        if [ "$lang" != nl ]; then case "$s" in photos|photo-view|slideshow|night) continue ;; esac; fi
        # Teacher mode: Dutch, and Arabic to see it right to left.
        case "$lang:$s" in nl:teacher-*|ar:teacher-*) ;; *:teacher-*) continue ;; esac
        echo render-code-1 | "$bin" --data "$data" screenshot --screen "$s" --lang "$lang" \
            --out "$top/docs/screens/$lang-$s.png" >/dev/null
    done
done
ls "$top/docs/screens/"*.png | wc -l
