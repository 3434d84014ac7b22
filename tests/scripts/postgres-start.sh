#!/bin/sh
# Starts a throwaway PostgreSQL server for the tests and writes its URL to DIR/url:
#   postgresql://postgres@127.0.0.1:PORT/
#
# usage: postgres-start.sh DIR
#
# The cluster lives in a private temporary directory (recorded in DIR/base) holding
# data/ (the cluster), sock/ (the unix socket) and server.log. It listens on 127.0.0.1
# only, on a free port, with trust authentication and fsync off: never use it for data
# you want to keep. Stop it with postgres-stop.sh DIR.
#
# As root, the server runs as the "postgres" system user (PostgreSQL refuses to run as
# root); the temporary directory is then owned by postgres, so DIR's parents need not be
# readable by it. As any other user, the server runs as that user.
#
# Environment: PGBIN (folder with initdb/pg_ctl/postgres, default: the newest
# /usr/lib/postgresql/*/bin, preferring 15), S15N_PG_START_TIMEOUT (seconds, default 60).
set -eu

me=$(basename "$0")
die() { echo "$me: error: $*" >&2; exit 1; }

if [ $# -ne 1 ] || [ -z "$1" ]; then die "usage: $me DIR"; fi
mkdir -p "$1" || die "cannot create $1"
DIR=$(cd "$1" && pwd -P)
TIMEOUT=${S15N_PG_START_TIMEOUT:-60}

# A server from an earlier run that was not stopped (crashed or killed test run).
if [ -e "$DIR/base" ] || [ -e "$DIR/url" ]; then
    echo "$me: stopping the server left over from an earlier run in $DIR"
    "$(dirname "$0")/postgres-stop.sh" "$DIR" || die "could not stop the earlier server in $DIR"
fi
rm -f "$DIR/url" "$DIR/port" "$DIR/server.log"

# --- binaries ---------------------------------------------------------------------
if [ -z "${PGBIN:-}" ]; then
    if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
        PGBIN=/usr/lib/postgresql/15/bin
    else
        # shellcheck disable=SC2012  # version folders are plain names
        PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        if [ -z "$PGBIN" ] && command -v pg_config >/dev/null 2>&1; then
            PGBIN=$(pg_config --bindir)
        fi
    fi
fi
for tool in initdb pg_ctl postgres; do
    [ -x "$PGBIN/$tool" ] || die "PostgreSQL server binaries not found (no $PGBIN/$tool); install the 'postgresql' package (packaging/setup-debian.sh) or set PGBIN"
done
PSQL="$PGBIN/psql"
[ -x "$PSQL" ] || PSQL=$(command -v psql || true)

# --- who runs the server --------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    PGUSER_OS=postgres
    id "$PGUSER_OS" >/dev/null 2>&1 || die "running as root, but there is no '$PGUSER_OS' system user to run the server as"
    command -v runuser >/dev/null 2>&1 || die "running as root, but 'runuser' is missing (util-linux)"
    as_pg() { (cd / && runuser -u "$PGUSER_OS" -- "$@"); }
else
    PGUSER_OS=$(id -un)
    as_pg() { "$@"; }
fi

# --- private folder ---------------------------------------------------------------------
# Kept short and outside DIR: unix socket paths are limited to ~107 bytes, and as root the
# postgres user must be able to reach it.
TMPROOT=${TMPDIR:-/tmp}
[ -d "$TMPROOT" ] || TMPROOT=/tmp
BASE=$(mktemp -d "$TMPROOT/s15n-pg.XXXXXX") || die "cannot create a temporary directory in $TMPROOT"
echo "$BASE" > "$DIR/base"
DATA=$BASE/data
SOCK=$BASE/sock
LOG=$BASE/server.log
mkdir -p "$DATA" "$SOCK"
chmod 700 "$BASE" "$DATA" "$SOCK"
touch "$LOG"
if [ "$(id -u)" -eq 0 ]; then
    chown -R "$PGUSER_OS:" "$BASE" || die "cannot chown $BASE to $PGUSER_OS"
fi

fail() {
    echo "$me: error: $*" >&2
    if [ -s "$LOG" ]; then
        echo "---- last lines of $LOG ----" >&2
        tail -n 30 "$LOG" >&2
        echo "----" >&2
        cp "$LOG" "$DIR/server.log" 2>/dev/null || true
    fi
    "$(dirname "$0")/postgres-stop.sh" "$DIR" >/dev/null 2>&1 || true
    exit 1
}

# --- initdb ---------------------------------------------------------------------------------
LOCALE=C
if locale -a 2>/dev/null | grep -qi '^c\.utf-\{0,1\}8$'; then LOCALE=C.UTF-8; fi
if ! as_pg "$PGBIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale="$LOCALE" \
        --no-sync >"$BASE/initdb.log" 2>&1; then
    cat "$BASE/initdb.log" >&2
    fail "initdb failed (as user $PGUSER_OS, in $DATA)"
fi

# --- pick a port and start -------------------------------------------------------------------
port_in_use() {
    # True if something accepts connections on 127.0.0.1:$1.
    if command -v ss >/dev/null 2>&1; then
        ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
    elif command -v bash >/dev/null 2>&1; then
        bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
    else
        return 1
    fi
}

# Random start in 20000..59999, then walk upwards; bounded.
seed=$(od -An -N2 -tu2 /dev/urandom 2>/dev/null | tr -d ' ' || echo $$)
[ -n "$seed" ] || seed=$$
port=$((20000 + seed % 40000))
started=0
attempt=0
while [ $attempt -lt 20 ]; do
    attempt=$((attempt + 1))
    port=$((port + 1))
    [ $port -le 60000 ] || port=20001
    if port_in_use "$port"; then continue; fi
    : > "$LOG"
    if as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t "$TIMEOUT" -s \
            -o "-p $port -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >"$BASE/pg_ctl.log" 2>&1; then
        started=1
        break
    fi
    # A lost race for the port: try the next one. Anything else is fatal.
    if grep -q 'could not bind\|Address already in use\|could not create any TCP/IP sockets' "$LOG"; then
        # Make sure no half-started postmaster lingers before the next attempt.
        as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        continue
    fi
    cat "$BASE/pg_ctl.log" >&2
    fail "the server did not start (port $port, waited up to ${TIMEOUT}s)"
done
[ $started -eq 1 ] || fail "no free port found after $attempt attempts"

echo "$port" > "$DIR/port"

# --- check it answers over TCP as the superuser named in the URL -----------------------------
if [ -n "$PSQL" ]; then
    i=0
    until "$PSQL" -X -q -w -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -lt "$TIMEOUT" ] || fail "the server runs but does not answer on 127.0.0.1:$port"
        sleep 1
    done
fi

URL="postgresql://postgres@127.0.0.1:$port/"
echo "$URL" > "$DIR/url.tmp"
mv "$DIR/url.tmp" "$DIR/url"
echo "$me: PostgreSQL $(cat "$DATA/PG_VERSION") running at $URL (data in $DATA)"
