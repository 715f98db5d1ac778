#!/usr/bin/env bash
# Installs every Debian 12 package EduFusion Desk needs to build, test and run.
# Runs as root directly; as another user it uses sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libgl-dev
    libsqlite3-dev sqlite3 libsodium-dev libqrencode-dev libxlsxwriter-dev
    libzstd-dev zlib1g-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    postgresql rsync
    fonts-dejavu-core fonts-noto-core
    xvfb xauth poppler-utils
    libzxing-dev qt6-pdf-dev python3-openpyxl clang-format
)

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
else
    as_root=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
