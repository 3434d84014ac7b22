#!/bin/sh
# Takes a screenshot of each page of the real admin application under Xvfb, on a small
# parent/child set-up made for the occasion (sample data, one sync round, a job), into
# packaging/screenshots/<page>.png — the pictures the README shows — plus the Repositories
# page's Schedule tab (scheduleTab.png) and, from a second start with no node at all, the
# first-run page (firstRunPage.png). Run from any folder:
#   packaging/screenshots.sh [--lang fr|es]
# Needs the packages of packaging/setup-debian.sh (xvfb among them) and a build (dev.sh run);
# S15N_BUILD names another build folder than build/.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
BUILD=${S15N_BUILD:-$ROOT/build}
S=$BUILD/app/s15n
ADMIN=$BUILD/app/s15n-admin
OUT=$ROOT/packaging/screenshots
[ -x "$S" ] && [ -x "$ADMIN" ] || { echo "screenshots: build first (packaging/dev.sh run)" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export S15N_CREDENTIALS_FILE="$WORK/credentials"
unset S15N_DB
mkdir -p "$HOME"

P="$WORK/headoffice.sqlite"
C="$WORK/clinic.sqlite"
"$S" init --db "$P" --name "Head office" --sync-id 1 --sample-data >/dev/null
printf 'clinic4-secret\n' | "$S" account add clinic4 --db "$P" >/dev/null
"$S" serve --db "$P" --listen 127.0.0.1:0 --no-worker >"$WORK/serve.out" 2>&1 &
SERVER=$!
i=0
until grep -q "Listening on" "$WORK/serve.out"; do
    i=$((i + 1)); [ $i -le 100 ] || { cat "$WORK/serve.out" >&2; exit 1; }; sleep 0.1
done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.out" | head -1)

"$S" init --db "$C" --name "Clinic 4" --sync-id 4 >/dev/null
sqlite3 "$C" < "$ROOT/resources/sample/sqlite.sql"
sqlite3 "$C" "DELETE FROM transaction_lines; DELETE FROM transactions;
              DELETE FROM items; DELETE FROM names; DELETE FROM stores;"
for t in stores names items transactions transaction_lines; do
    "$S" resource add $t --db "$C" >/dev/null
done
printf 'clinic4-secret\n' | "$S" repo add headoffice "$URL" --user clinic4 --db "$C" >/dev/null
"$S" sync --db "$C" >/dev/null
"$S" job add headoffice --every 1h --db "$C" >/dev/null
# Something for the Changes page: two local edits, one of them also changed at the parent.
# Rows are matched by their code: integer keys differ between nodes.
sqlite3 "$C" "UPDATE items SET price = price + 1 WHERE code IN ('ORS', 'PARA500');"
sqlite3 "$P" "UPDATE items SET price = price + 2 WHERE code = 'ORS';"

rm -rf "$OUT"
S15N_DB="$C" xvfb-run -a -s '-screen 0 1280x800x24' "$ADMIN" --screenshots "$OUT" "$@"
# A first start: a home of its own with no node in it, and no S15N_DB.
FIRST="$WORK/admin"
mkdir -p "$FIRST"
HOME="$FIRST" XDG_CONFIG_HOME="$FIRST/.config" XDG_DATA_HOME="$FIRST/.local/share" \
    xvfb-run -a -s '-screen 0 1280x800x24' "$ADMIN" --screenshots "$OUT" "$@"
[ -f "$OUT/firstRunPage.png" ] || { echo "screenshots: no first-run page" >&2; exit 1; }
echo "screenshots: written to $OUT"
