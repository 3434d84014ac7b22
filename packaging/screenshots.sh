#!/bin/sh
# Takes a screenshot of each page of the real admin application under Xvfb, on a small
# parent/child set-up made for the occasion (sample data, a child seeded from the parent's
# backup, one sync round, a job): <page>.png of the child, the parent's Children page
# (childrenPage.png), the Repositories page's Schedule tab (scheduleTab.png) and, from a start
# with no node at all, the first-run page (firstRunPage.png). Run from any folder:
#   packaging/screenshots.sh [--lang en|fr|es] [DIR]
# In English (the default) they go to packaging/screenshots/, the pictures the README shows;
# in another language to packaging/screenshots/<lang>/; or to DIR. Only the PNG files there
# are replaced, once every picture is taken: the English set and the other languages' folders
# stay as they are.
# Needs the packages of packaging/setup-debian.sh (xvfb among them) and a build (dev.sh run);
# S15N_BUILD names another build folder than build/.
set -eu

usage() { echo "usage: packaging/screenshots.sh [--lang en|fr|es] [DIR]" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
BUILD=${S15N_BUILD:-$ROOT/build}
S=$BUILD/app/s15n
ADMIN=$BUILD/app/s15n-admin
LANGUAGE=en
OUT=""
while [ $# -gt 0 ]; do
    case $1 in
        --lang) [ $# -ge 2 ] || usage; LANGUAGE=$2; shift 2 ;;
        --lang=*) LANGUAGE=${1#--lang=}; shift ;;
        -h|--help) usage ;;
        -*) usage ;;
        *) [ -z "$OUT" ] || usage; OUT=$1; shift ;;
    esac
done
case $LANGUAGE in
    en) ;;
    *[!a-z]*|"") echo "screenshots: '$LANGUAGE' is not a language code (fr, es...)" >&2; exit 2 ;;
    *) [ -f "$ROOT/translations/s15n_$LANGUAGE.ts" ] || {
           echo "screenshots: s15n has no translation for '$LANGUAGE'" >&2; exit 2; } ;;
esac
if [ -z "$OUT" ]; then
    OUT=$ROOT/packaging/screenshots
    [ "$LANGUAGE" = en ] || OUT=$OUT/$LANGUAGE
fi
[ -x "$S" ] && [ -x "$ADMIN" ] || { echo "screenshots: build first (packaging/dev.sh run)" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache"
export S15N_CREDENTIALS_FILE="$WORK/credentials"
unset S15N_DB
mkdir -p "$HOME"

P="$WORK/headoffice.sqlite"
C="$WORK/clinic.sqlite"
"$S" init --db "$P" --name "Head office" --sync-id 1 --sample-data >/dev/null
printf 'clinic4-secret\n' | "$S" child add "Clinic 4" --user clinic4 \
    --note "District clinic; weekly courier" --db "$P" >/dev/null
printf 'warehouse-secret\n' | "$S" child add "North warehouse" --user northwh \
    --exclude transaction_lines --db "$P" >/dev/null
"$S" serve --db "$P" --listen 127.0.0.1:0 --no-worker >"$WORK/serve.out" 2>&1 &
SERVER=$!
i=0
until grep -q "Listening on" "$WORK/serve.out"; do
    i=$((i + 1)); [ $i -le 100 ] || { cat "$WORK/serve.out" >&2; exit 1; }; sleep 0.1
done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.out" | head -1)

"$S" init --db "$C" --name "Clinic 4" --sync-id 4 >/dev/null
printf 'clinic4-secret\n' | "$S" parent set "$URL" --user clinic4 --fetch --name headoffice \
    --quiet --db "$C" >/dev/null
"$S" sync --db "$C" >/dev/null
"$S" job add headoffice --every 1h --db "$C" >/dev/null
# Something for the Changes page: two local edits, one of them also changed at the parent.
# Rows are matched by their code: integer keys differ between nodes.
sqlite3 "$C" "UPDATE items SET price = price + 1 WHERE code IN ('ORS', 'PARA500');"
sqlite3 "$P" "UPDATE items SET price = price + 2 WHERE code = 'ORS';"

SHOTS="$WORK/shots"
S15N_DB="$C" xvfb-run -a -s '-screen 0 1280x800x24' "$ADMIN" --lang "$LANGUAGE" --screenshots "$SHOTS"
# The Children page is the parent's.
S15N_DB="$P" xvfb-run -a -s '-screen 0 1280x800x24' "$ADMIN" --lang "$LANGUAGE" \
    --screenshots "$WORK/parent-shots"
cp "$WORK/parent-shots/childrenPage.png" "$SHOTS/"
# A first start: a home of its own with no node in it, and no S15N_DB. The page proposes
# <data folder>/s15n/node.sqlite for the new node: a data folder as a user's would be, so the
# picture shows no temporary folder. Nothing is written there (the page only proposes it), and
# a folder of that name that exists (a real user's, and maybe a real node) is never used.
FIRST="$WORK/admin"
mkdir -p "$FIRST"
SHOWN_DATA=/home/admin/.local/share
FIRST_DATA=$SHOWN_DATA
if [ -e /home/admin ]; then
    FIRST_DATA="$FIRST/.local/share"
fi
HOME="$FIRST" XDG_CONFIG_HOME="$FIRST/.config" XDG_DATA_HOME="$FIRST_DATA" \
    xvfb-run -a -s '-screen 0 1280x800x24' "$ADMIN" --lang "$LANGUAGE" --screenshots "$SHOTS"
if [ "$FIRST_DATA" = "$SHOWN_DATA" ] && [ -e /home/admin ]; then
    echo "screenshots: the first start made /home/admin; remove it" >&2; exit 1
fi
[ -f "$SHOTS/firstRunPage.png" ] || { echo "screenshots: no first-run page" >&2; exit 1; }

# Every picture is there: only now are the old ones (and only they) replaced.
mkdir -p "$OUT"
rm -f "$OUT"/*.png
cp "$SHOTS"/*.png "$OUT"/
echo "screenshots: written to $OUT"
