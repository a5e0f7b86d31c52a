#!/bin/sh
# Readout set-up for Debian 12, run as root (or with sudo available).
#   ./setup.sh run    install dependencies, build (Qt 6) and start Readout on its bundled samples
#   ./setup.sh test   install dependencies, build both configurations (Qt 6, Qt 5 + KF5
#                     syntax highlighting) and run the whole test suite in each, with a
#                     PostgreSQL server of its own for the team tests
#   ./setup.sh build  install dependencies and build both configurations
# Set READOUT_SKIP_APT=1 to skip the package installation (already done).
set -eu

cd "$(dirname "$0")"
ROOT=$(pwd)
MODE=${1:-run}
JOBS=$(nproc 2>/dev/null || echo 2)

PACKAGES="cmake ninja-build g++ pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qttranslations5-l10n
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev postgresql
  qtbase5-dev qtbase5-dev-tools qttools5-dev qttools5-dev-tools libqt5sql5-sqlite libqt5sql5-psql
  libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-tools extra-cmake-modules
  libicu-dev libxml2-dev libsqlite3-dev
  xvfb xauth imagemagick x11-utils
  desktop-file-utils appstream
  poppler-utils chromium"

install_packages() {
    if [ "${READOUT_SKIP_APT:-0}" = 1 ]; then
        return
    fi
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing="$missing $p"
    done
    if [ -z "$missing" ]; then
        echo "setup: all packages already installed"
        return
    fi
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
        SUDO=sudo
    fi
    echo "setup: installing from Debian:$missing"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q --no-install-recommends $missing
}

build() { # build <qt-major>
    dir="$ROOT/build/qt$1"
    cmake -S "$ROOT" -B "$dir" -G Ninja -DQT_MAJOR_VERSION="$1" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$dir" --parallel "$JOBS"
}

run_tests() { # run_tests <qt-major>
    echo "=== Tests, Qt $1 configuration"
    (cd "$ROOT/build/qt$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$JOBS")
}

install_packages
case "$MODE" in
run)
    build 6
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: no display; starting Readout under xvfb-run"
        exec xvfb-run -a "$ROOT/build/qt6/app/readout"
    fi
    exec "$ROOT/build/qt6/app/readout"
    ;;
build)
    build 6
    build 5
    ;;
test)
    build 6
    build 5
    # The team tests need a PostgreSQL server: one of our own, in a temporary folder, stopped
    # however the tests end.
    PGDIR=$(mktemp -d /tmp/readout-pg.XXXXXX)
    trap '"$ROOT/tests/pg-test-server.sh" stop "$PGDIR"' EXIT
    trap 'exit 130' INT TERM
    PGENV=$("$ROOT/tests/pg-test-server.sh" start "$PGDIR")
    eval "$PGENV"
    status=0
    run_tests 6 > "$ROOT/build/qt6-tests.log" 2>&1 || status=1
    run_tests 5 > "$ROOT/build/qt5-tests.log" 2>&1 || status=1
    # Both logs in full; the output ends with ctest's summary lines.
    cat "$ROOT/build/qt6-tests.log" "$ROOT/build/qt5-tests.log"
    exit $status
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
