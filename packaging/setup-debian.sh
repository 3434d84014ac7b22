#!/bin/sh
# Installs the Debian 12 packages s15n needs to build, run and test. Idempotent:
# packages already present are not downloaded again.
set -eu

PACKAGES="g++ cmake ninja-build pkg-config \
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libquazip1-qt6-dev \
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql \
  libsqlite3-dev libssl-dev libsecret-1-0 sqlite3 zip unzip \
  postgresql postgresql-client xvfb xauth dbus-daemon gnome-keyring"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
done

if [ -z "$missing" ]; then
  echo "setup: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup: these packages are missing:$missing" >&2
    echo "setup: run this script as root (su -c '$0'), or install sudo, then try again." >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "setup: installing$missing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
