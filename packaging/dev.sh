#!/bin/sh
# Developer entry point (Debian 12). From any folder:
#   packaging/dev.sh run     install packages, build, make a sample node if there is none,
#                            show it, and open the admin GUI (or explain how to run it)
#   packaging/dev.sh test    install packages, build, run the whole test suite headless,
#                            isolated from your own node, settings and keychain
#                            (extra arguments go to ctest, e.g. `test -R unit`)
#   packaging/dev.sh bench   build, then run every benchmark (build/tests/bench/bench_*)
#                            by hand; extra arguments go to each benchmark
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
BUILD=$ROOT/build

say() { printf '\n== %s\n' "$*"; }

usage() {
    sed -n '2,9s/^# \{0,1\}//p' "$0"
}

setup() {
    say "packages (packaging/setup-debian.sh)"
    sh packaging/setup-debian.sh
}

build() {
    say "configure (cmake --preset default)"
    cmake --preset default
    say "build (cmake --build --preset default)"
    cmake --build --preset default
}

cmd_run() {
    setup
    build
    s15n=$BUILD/app/s15n
    if ! "$s15n" info >/dev/null 2>&1; then
        say "no node yet: s15n init --sample-data"
        "$s15n" init --sample-data
    fi
    say "s15n info"
    "$s15n" info
    admin=$BUILD/app/s15n-admin
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "starting the admin GUI"
        exec "$admin"
    fi
    cat <<EOF

No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the admin GUI was not started.
  GUI on a virtual X server:  xvfb-run -a -s '-screen 0 1280x800x24' $admin
  GUI from a desktop session: $admin
  Headless CLI and server:    $s15n --help
                              $s15n info
EOF
}

cmd_test() {
    setup
    build
    say "tests (ctest --preset default -j2 --output-on-failure)"
    # A throwaway HOME (and XDG folders, and keyring) so the tests never see or change the
    # user's own node, settings or keychain.
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/s15n-test-home.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -p "$tmp/runtime"
    chmod 700 "$tmp" "$tmp/runtime"
    status=0
    # shellcheck disable=SC2016  # "$1", "$@" are the inner shell's
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME \
        -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
        HOME="$tmp" XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- sh -c '
            # A Secret Service for QtKeychain: gnome-keyring with a login keyring that is
            # created and unlocked with a throwaway password.
            printf %s s15n-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
                echo "dev.sh: warning: gnome-keyring-daemon did not start; keychain tests will fail" >&2
            cd "$1"; shift
            ctest --preset default -j2 --output-on-failure "$@"
        ' sh "$ROOT" "$@" || status=$?
    # The keyring daemon leaves with the session bus; make sure none of ours is left behind.
    if command -v pgrep >/dev/null 2>&1; then
        for pid in $(pgrep -u "$(id -u)" -f "gnome-keyring-daemon" 2>/dev/null || true); do
            # (the process may be gone by now: then there is nothing to do)
            if { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qx "HOME=$tmp"; then
                kill "$pid" 2>/dev/null || true
            fi
        done
    fi
    return $status
}

cmd_bench() {
    build
    found=0
    status=0
    for b in "$BUILD"/tests/bench/bench_*; do
        if [ ! -f "$b" ] || [ ! -x "$b" ]; then continue; fi
        found=1
        say "$(basename "$b") $*"
        "$b" "$@" || status=$?
    done
    if [ $found -eq 0 ]; then
        echo "dev.sh: no benchmarks built (nothing matches $BUILD/tests/bench/bench_*)" >&2
        return 1
    fi
    return $status
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
