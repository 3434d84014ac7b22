#!/bin/sh
# Stops the throwaway PostgreSQL server started by postgres-start.sh DIR and removes its
# data. Succeeds when no server is running (already stopped, never started, or crashed).
#
# usage: postgres-stop.sh DIR
set -eu

me=$(basename "$0")
die() { echo "$me: error: $*" >&2; exit 1; }

if [ $# -ne 1 ] || [ -z "$1" ]; then die "usage: $me DIR"; fi
if [ ! -d "$1" ]; then
    echo "$me: $1 does not exist: nothing to stop"
    exit 0
fi
DIR=$(cd "$1" && pwd -P)
rm -f "$DIR/url" "$DIR/port"

if [ ! -s "$DIR/base" ]; then
    rm -f "$DIR/base"
    echo "$me: no server recorded in $DIR: nothing to stop"
    exit 0
fi
BASE=$(cat "$DIR/base")
case "$(basename "$BASE")" in
    s15n-pg.*) ;;
    *) die "$DIR/base names '$BASE', which is not a folder made by postgres-start.sh; not touching it" ;;
esac
DATA=$BASE/data

if [ -z "${PGBIN:-}" ]; then
    if [ -f "$DATA/PG_VERSION" ] && [ -x "/usr/lib/postgresql/$(cat "$DATA/PG_VERSION")/bin/pg_ctl" ]; then
        PGBIN=/usr/lib/postgresql/$(cat "$DATA/PG_VERSION")/bin
    else
        # shellcheck disable=SC2012  # version folders are plain names
        PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    fi
fi

if [ "$(id -u)" -eq 0 ]; then
    as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
    as_pg() { "$@"; }
fi

# True while the postmaster recorded in the data folder is alive. A killed postmaster can
# linger as a zombie (containers without an init that reaps): that counts as stopped.
pm_alive() {
    [ -f "$DATA/postmaster.pid" ] || return 1
    pid=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)
    case "$pid" in ''|*[!0-9]*) return 1 ;; esac
    kill -0 "$pid" 2>/dev/null || return 1
    if [ -r "/proc/$pid/stat" ]; then
        state=$(sed 's/.*) //' "/proc/$pid/stat" | cut -d ' ' -f 1)
        [ "$state" != Z ] && [ "$state" != X ] || return 1
    fi
    return 0
}

status=0
if pm_alive; then
    if [ ! -x "$PGBIN/pg_ctl" ]; then
        echo "$me: error: pg_ctl not found in $PGBIN; cannot stop the server in $DATA" >&2
        status=1
    elif ! as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop && pm_alive; then
        echo "$me: fast shutdown failed; trying immediate" >&2
        if ! as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop && pm_alive; then
            echo "$me: error: the server in $DATA did not stop; leaving its files in place" >&2
            status=1
        fi
    fi
else
    echo "$me: the server in $DATA is not running"
fi

if [ $status -eq 0 ]; then
    # Keep the log next to DIR for post-mortems; the rest goes.
    if [ -f "$BASE/server.log" ]; then cp "$BASE/server.log" "$DIR/server.log" 2>/dev/null || true; fi
    rm -rf "$BASE"
    rm -f "$DIR/base"
fi
exit $status
