#!/bin/sh
# Installs every Debian 12 package Rebound needs to build, run and test.
# Idempotent: packages already present are left alone.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git clang-format
qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
libqcustomplot-dev libqcustomplot2.1-qt6
libsofia-sip-ua-dev libsofia-sip-ua-glib-dev libglib2.0-dev
libspandsp-dev libsndfile1-dev liburing-dev libssl-dev libsqlite3-dev
sqlite3 sip-tester espeak-ng sox xvfb xauth tzdata poppler-utils
baresip-core kamailio
chromium openssl
lintian desktop-file-utils appstream help2man librsvg2-bin systemd
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

# Node.js and npm drive Chromium in the portal's browser test. A machine
# with Node.js from elsewhere already has both; only then is Debian's skipped.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi

if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: run as root to install:$missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi
echo "install-deps: all build, run and test dependencies are present"
