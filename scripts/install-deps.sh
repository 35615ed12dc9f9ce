#!/usr/bin/env bash
# Installs everything North Star Studio needs to build, run, test and package on Debian 12.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config clang python3
    # Qt 6 (Debian 12 ships 6.4)
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # libraries
    libsqlite3-dev sqlite3 libgraphviz-dev libeigen3-dev
    # fonts the cards are designed with
    fonts-inter fonts-noto-core
    # headless GUI tests and screenshots; reading the report's PDFs in its tests
    xvfb xauth poppler-utils
    # packaging checks
    desktop-file-utils appstream dpkg-dev file lintian help2man
    # benchmarks (peak memory, timings)
    time hyperfine
    # tests/warehouse: the ClickHouse and PostgreSQL queries on Debian's servers (18.16, 15);
    # node and npm below
    clickhouse-server clickhouse-client postgresql
    # northstar pull: Qt's PostgreSQL driver (ClickHouse is read over HTTP with QtNetwork)
    libqt6sql6-psql
)
# node and npm for tests/warehouse (scripts/install-test-node.sh): Debian's, unless a node
# is already there (NodeSource's nodejs brings its own npm and conflicts with Debian's).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
