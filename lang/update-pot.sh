#!/usr/bin/env bash
# Regenerates lang/klasdeur.pot from the code (N_("...") msgids) and the label
# column of the tables in assets/, then merges it into every lang/*.po.
#   lang/update-pot.sh          update the files
#   lang/update-pot.sh --check  exit 1 if klasdeur.pot is out of date (a test)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

find kiosk -name '*.cpp' | LC_ALL=C sort > "$tmp/files"
xgettext --from-code=UTF-8 --language=C++ --keyword= --keyword=N_ --add-comments=TRANSLATORS: \
    --package-name=klasdeur --msgid-bugs-address=klasdeur@localhost \
    --files-from="$tmp/files" -o "$tmp/code.pot"

# The tables' labels, with the table's comment lines as context for translators.
{
    printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    for t in assets/*.tsv; do
        awk -F'\t' -v file="$t" '
            /^#/ || NF < 3 { next }
            { gsub(/"/, "\\\"", $3); printf "#. %s: %s\n#: %s:%d\nmsgid \"%s\"\nmsgstr \"\"\n\n", file, $2, file, NR, $3 }
        ' "$t"
    done
} > "$tmp/assets.po"
msguniq --use-first "$tmp/assets.po" -o "$tmp/assets.pot"
msgcat --use-first "$tmp/code.pot" "$tmp/assets.pot" -o "$tmp/klasdeur.pot"
# Stable output: no creation date churn.
sed -i '/^"POT-Creation-Date:/d' "$tmp/klasdeur.pot"

if [ "${1:-}" = "--check" ]; then
    if ! diff -q <(grep -E '^msgid' "$tmp/klasdeur.pot" | sort) <(grep -E '^msgid' lang/klasdeur.pot | sort) >/dev/null; then
        echo "lang/klasdeur.pot is out of date: run lang/update-pot.sh" >&2
        diff <(grep -E '^msgid' "$tmp/klasdeur.pot" | sort) <(grep -E '^msgid' lang/klasdeur.pot | sort) >&2 || true
        exit 1
    fi
    echo "lang/klasdeur.pot is up to date"
    exit 0
fi

cp "$tmp/klasdeur.pot" lang/klasdeur.pot
for po in lang/*.po; do
    msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" lang/klasdeur.pot
done
echo "updated lang/klasdeur.pot and $(ls lang/*.po | wc -l) catalogs"
