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
echo rendercode1 | "$bin" --data "$data" set-code >/dev/null  # teacher screens past the code need it
for lang in $langs; do
    for s in $("$bin" screenshot --list); do
        [ "$s" = tell-class ] && continue  # entrance kiosks only; the demo is a classroom door
        # Other languages: the screens with words (photos are the same in every language).
        if [ "$lang" != nl ]; then case "$s" in photos|photo-view|slideshow|night) continue ;; esac; fi
        # Teacher mode: Dutch, and Arabic to see it right to left.
        case "$lang:$s" in nl:teacher-*|ar:teacher-*) ;; *:teacher-*) continue ;; esac
        echo rendercode1 | "$bin" --data "$data" screenshot --screen "$s" --lang "$lang" \
            --out "$top/docs/screens/$lang-$s.png" >/dev/null
    done
done
# The inbox with the notices a teacher finds after trouble: a database restored
# from a backup (two messages rescued) and a run of restarts, as the kiosk records them.
now=$(date +%s)
sqlite3 "$data/klasdeur.db" "INSERT INTO notices (kind, detail, created_at) VALUES
  ('database_restored', 'from_backup=1
backup_made_at=$((now - 9 * 3600))
concerns_rescued=2
rows_rescued=5
damaged_file=/var/lib/klasdeur/damaged/klasdeur-1.db
', $now),
  ('restarts', 'count=3
', $now);"
for lang in $langs; do
    case "$lang" in nl|ar) ;; *) continue ;; esac
    echo rendercode1 | "$bin" --data "$data" screenshot --screen teacher-inbox --lang "$lang" \
        --out "$top/docs/screens/$lang-teacher-inbox-notices.png" >/dev/null
done
# An upright screen beside a classroom door (1080x1920): the parent's screens,
# stored at half size in docs/screens/portrait/.
mkdir -p "$top/docs/screens/portrait"
for lang in $langs; do
    case "$lang" in nl|ar|ti) ;; *) continue ;; esac
    for s in home tell-child tell-topic tell-feeling tell-wish tell-done week event-card photos photo-view; do
        [ "$lang" != nl ] && case "$s" in photos|photo-view) continue ;; esac
        out="$top/docs/screens/portrait/$lang-$s.png"
        "$bin" --data "$data" screenshot --screen "$s" --lang "$lang" --size 1080x1920 --out "$out" >/dev/null
        convert "$out" -resize 50% "$out"
    done
done
ls "$top/docs/screens/"*.png "$top/docs/screens/portrait/"*.png | wc -l
